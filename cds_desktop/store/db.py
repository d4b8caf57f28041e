"""Opening the database: WAL, busy timeout, foreign keys, schema version.

Errors are split the way qutebrowser's `misc/sql.py` splits them: problems a
user can meet and fix (the file is locked, read-only, not a database, made by
a newer version, the disk is full) become `StoreError`, whose message names
the file and is shown as is; anything else is a bug in our SQL and is left to
propagate with its traceback.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cds_desktop.store.schema import SCHEMA_VERSION, migrate

BUSY_TIMEOUT_S = 10.0

# SQLite primary result codes that describe the environment, not our code.
_ENVIRONMENT_ERRORS = frozenset(
    {
        "SQLITE_BUSY",
        "SQLITE_LOCKED",
        "SQLITE_READONLY",
        "SQLITE_IOERR",
        "SQLITE_CORRUPT",
        "SQLITE_FULL",
        "SQLITE_CANTOPEN",
        "SQLITE_NOTADB",
        "SQLITE_PERM",
        "SQLITE_PROTOCOL",
        "SQLITE_NOLFS",
        "SQLITE_AUTH",
    }
)


class StoreError(Exception):
    """A problem the user can act on; the message names the file and the cause."""


def _primary(name: str) -> str:
    # Extended codes such as SQLITE_BUSY_SNAPSHOT share their primary prefix.
    parts = name.split("_")
    return "_".join(parts[:2])


def is_environment_error(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", None)
    return isinstance(name, str) and _primary(name) in _ENVIRONMENT_ERRORS


@contextmanager
def known_errors(path: Path) -> Iterator[None]:
    """Turn SQLite errors caused by the file or the machine into `StoreError`."""
    try:
        yield
    except sqlite3.Error as exc:
        if is_environment_error(exc):
            raise StoreError(f"{path}: {exc}") from exc
        raise


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def readable_version(conn: sqlite3.Connection, path: Path) -> int:
    """The schema version of `conn`, refused (StoreError) when a newer release made it."""
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: made by a newer cds-desktop (schema version {version}, "
            f"this one reads up to {SCHEMA_VERSION}); it was left untouched"
        )
    return version


def connect(path: Path, *, create: bool = False) -> sqlite3.Connection:
    """Open (or with `create`, make) the database at `path`, migrated to the current schema.

    The version is read before anything is written, so a database from a newer
    release, or a file that is not a database, is refused without being touched.
    """
    path = Path(path)
    if not path.exists() and not create:
        raise StoreError(f"{path}: no such database (run `cds-desktop build` first)")
    if not path.exists() and not path.parent.is_dir():
        raise StoreError(f"{path}: the folder {path.parent} does not exist")
    with known_errors(path):
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        try:
            version = readable_version(conn, path)
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")
            if version < SCHEMA_VERSION:
                with transaction(conn):
                    migrate(conn, version)
        except BaseException:
            conn.close()
            raise
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction, taking the write lock up front.

    `BEGIN IMMEDIATE` makes a second writer wait (busy timeout) at the start
    instead of failing half-way when a read lock cannot be upgraded.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        # SQLite has already rolled back after some errors (a full disk, I/O):
        # a second ROLLBACK would raise and hide the error the user must see.
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
