"""The database at start: healthy, someone else's, or damaged and recovered.

A desktop database meets power cuts, full disks, sync tools and bad sectors.
A damaged file is never silently replaced: it is moved aside under a
timestamped name (the user or a specialist can still work on it), what is
readable of the user's own work (imported articles and curations) is read
from a private copy of it, and a fresh database is built from the seeds
carrying that work over through the same path as any rebuild
(`build.build` reads imports and curations from the file it replaces).

What is not damage is left alone and raised as `StoreError`: a database
locked by another process, one from a newer version, one we may not read,
and an SQLite file that belongs to another application.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cds_desktop.store.build import Progress, build
from cds_desktop.store.curation import ACTIONS
from cds_desktop.store.db import (
    BUSY_TIMEOUT_S,
    StoreError,
    connect,
    is_environment_error,
    known_errors,
    transaction,
)
from cds_desktop.store.ingest import content_hash

# SQLite primary result codes that mean the file itself is damaged.
_DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
# How long to wait for another process's lock before saying the file is busy.
OPEN_TIMEOUT_S = BUSY_TIMEOUT_S
# Files up to this size get every page checked at each start (about 0.2 s).
DEEP_CHECK_MAX_BYTES = 16_000_000
# Rowids tried one by one when a table cannot be read in one scan.
PROBE_LIMIT = 50_000
_PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512)
_BUILDING = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.building(?:-wal|-shm|-journal)?$")

_CURATION_COLUMNS = (
    "content_hash, start, end, raw, context_before, context_after, action, value,"
    " indicator_id, period, kind, scope, note, created_at"
)
_IMPORT_COLUMNS = "file, text, imported_at"


@dataclass(frozen=True)
class RecoveryReport:
    """What start-up found and did; `message` is for the user when `damaged`."""

    path: Path
    damaged: bool = False
    problem: str = ""  # what SQLite said about the file
    backup: Path | None = None  # where the damaged file now is
    imports: int = 0  # imported articles carried into the new database
    curations: int = 0  # curations carried into the new database
    incomplete: tuple[str, ...] = ()  # kinds of the user's work not all readable
    leftovers: tuple[Path, ...] = ()  # temporary files of killed builds, removed

    @property
    def message(self) -> str:
        if not self.damaged:
            return ""
        lost = (
            f" Some {' and some '.join(self.incomplete)} could not be read; "
            "the backup still holds them."
            if self.incomplete
            else ""
        )
        return (
            f"{self.path}: the database was damaged ({self.problem}). "
            f"It was moved to {self.backup} and a new one was built from the seed articles, "
            f"keeping {self.curations} curations and {self.imports} imported articles "
            f"read from the damaged file.{lost}"
        )


@dataclass(frozen=True)
class _Salvage:
    imports: list[tuple[str, str, str | None]]
    curations: list[tuple[object, ...]]
    incomplete: tuple[str, ...]


def open_or_recover(
    db_path: Path, seeds_dir: Path, *, progress: Progress | None = None
) -> RecoveryReport:
    """Check the database before the app uses it; rebuild it when damaged.

    A missing database is left for the caller's usual build. Raises
    StoreError for problems that are not damage (see the module docstring).
    """
    db_path = Path(db_path)
    leftovers = remove_build_leftovers(db_path)
    if not db_path.exists():
        return RecoveryReport(db_path, leftovers=leftovers)
    problem = diagnose(db_path)
    if problem is None:
        return RecoveryReport(db_path, leftovers=leftovers)
    salvage = _salvage(db_path)
    backup = _move_aside(db_path)
    try:
        _stage(db_path, salvage)
        report = build(db_path, seeds_dir, progress=progress)
    except StoreError as exc:
        raise StoreError(
            f"{db_path}: the database was damaged ({problem}) and moved to {backup}, "
            f"but a new one could not be built: {exc}"
        ) from exc
    return RecoveryReport(
        db_path,
        damaged=True,
        problem=problem,
        backup=backup,
        imports=report.imports_kept,
        curations=report.curations,
        incomplete=salvage.incomplete,
        leftovers=leftovers,
    )


def _is_damage(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(_DAMAGE)


def _not_damage(db_path: Path, exc: sqlite3.Error) -> Exception:
    """A locked, unreadable or unopenable file is the user's to fix: StoreError, untouched."""
    if is_environment_error(exc):
        return StoreError(f"{db_path}: {exc}")
    return exc


def diagnose(db_path: Path) -> str | None:
    """What is wrong with the file, or None when SQLite finds it sound.

    Reads only. Always: the header, the schema, the length the header claims.
    Every page (`PRAGMA quick_check`) only when that is cheap (a file up to
    `DEEP_CHECK_MAX_BYTES`) or the last session did not close cleanly (a
    `-wal` left behind): on 10,000 articles (342 MB) it took 5.7 s cold, too
    long for every start. An empty file is a sound, empty database (nothing
    to lose); the caller's build fills it.
    """
    size = db_path.stat().st_size
    unclean = Path(f"{db_path}-wal").exists()
    try:
        conn = sqlite3.connect(db_path, timeout=OPEN_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise _not_damage(db_path, exc) from exc
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if version == 0 and tables:
            raise StoreError(
                f"{db_path}: an SQLite database of another application, not cds-desktop; "
                "it was left untouched (choose another --db file)"
            )
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        if not unclean and size < page_size * pages:
            return f"truncated: {size} bytes where the header says {page_size * pages}"
        if size > DEEP_CHECK_MAX_BYTES and not unclean:
            return None
        result = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.Error as exc:
        if _is_damage(exc):
            return str(exc)
        raise _not_damage(db_path, exc) from exc
    finally:
        conn.close()
    if result == ["ok"]:
        return None
    return f"{len(result)} problems, first: {result[0].splitlines()[-1]}"


def remove_build_leftovers(db_path: Path) -> tuple[Path, ...]:
    """Delete the temporary files of builds that were killed before they finished."""
    removed = []
    folder = db_path.parent
    if not folder.is_dir():
        return ()
    for path in folder.iterdir():
        m = _BUILDING.match(path.name)
        if m is None or m["name"] != db_path.name or _alive(int(m["pid"])):
            continue
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    return tuple(sorted(removed))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _move_aside(db_path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backup = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    n = 1
    while backup.exists():
        backup = db_path.with_name(f"{db_path.name}.damaged-{stamp}-{n}")
        n += 1
    try:
        os.replace(db_path, backup)
        for side in ("-wal", "-shm", "-journal"):
            if Path(f"{db_path}{side}").exists():
                os.replace(f"{db_path}{side}", f"{backup}{side}")
    except OSError as exc:
        raise StoreError(
            f"{db_path}: the database is damaged and cannot be moved aside: "
            f"{exc.strerror or exc}; it was left as it is"
        ) from exc
    return backup


# -- salvage ----------------------------------------------------------------


@contextlib.contextmanager
def _private_copy(db_path: Path) -> Iterator[Path]:
    """A copy of the damaged file (and its WAL), so reading never writes to the original."""
    with tempfile.TemporaryDirectory(prefix="cds-salvage-") as folder:
        copy = Path(folder) / "damaged.sqlite"
        shutil.copyfile(db_path, copy)
        wal = Path(f"{db_path}-wal")
        if wal.exists():
            shutil.copyfile(wal, f"{copy}-wal")
        yield copy


def _salvage(db_path: Path) -> _Salvage:
    with _private_copy(db_path) as copy:
        found = _read_work(copy)
        if found is None and _fit_page_count(copy):
            found = _read_work(copy)
        if found is None:
            # No SQLite header: try a fresh one for each usual page size and
            # keep whichever reads the most of the user's work.
            tried = [
                work
                for size in _PAGE_SIZES
                if _write_header(copy, size) and (work := _read_work(copy)) is not None
            ]
            found = max(tried, key=lambda w: len(w.imports) + len(w.curations), default=None)
    return found or _Salvage([], [], ("imported articles", "curations"))


def _fit_page_count(path: Path) -> bool:
    """Make a truncated file's header agree with its length.

    SQLite refuses a file shorter than its header says; with the count fixed,
    the pages that survived the cut can be read.
    """
    with path.open("r+b") as fh:
        header = fh.read(100)
        if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
            return False
        (page_size,) = struct.unpack(">H", header[16:18])
        page_size = 65536 if page_size == 1 else page_size
        pages = path.stat().st_size // page_size
        if page_size < 512 or pages == struct.unpack(">I", header[28:32])[0]:
            return False
        fh.seek(28)
        fh.write(struct.pack(">I", pages))
    return True


def _write_header(path: Path, page_size: int) -> bool:
    """Give a file whose first 100 bytes were destroyed a fresh SQLite header.

    The rest of page 1 (the schema) and every other page are untouched; the
    header only says how to read them. Tried for each usual page size.
    """
    size = path.stat().st_size
    if size < page_size or size % page_size:
        return False
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    header = bytearray(100)
    header[0:16] = b"SQLite format 3\x00"
    header[16:18] = struct.pack(">H", 1 if page_size == 65536 else page_size)
    header[18:24] = bytes([1, 1, 0, 64, 32, 32])
    header[24:28] = struct.pack(">I", 1)  # change counter
    header[28:32] = struct.pack(">I", size // page_size)
    header[40:48] = struct.pack(">II", 1, 4)  # schema cookie, schema format
    header[56:60] = struct.pack(">I", 1)  # UTF-8
    header[92:100] = struct.pack(">II", 1, 3_000_000)  # valid-for = change counter
    with path.open("r+b") as fh:
        fh.write(header)
    return True


def _read_work(path: Path) -> _Salvage | None:
    """The imports and curations readable in `path`, or None when it is no database at all."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        try:
            # Tolerate a schema that points at lost pages (a truncated file):
            # the tables whose pages survived stay readable. The connection is
            # read-only, so nothing can be written through it.
            conn.execute("PRAGMA writable_schema = ON")
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        except sqlite3.DatabaseError:
            return None
        imports, imports_whole = (
            _rows(conn, "articles", _IMPORT_COLUMNS, "source = 'import'")
            if "articles" in names
            else ([], False)
        )
        curations, curations_whole = (
            _rows(conn, "curations", _CURATION_COLUMNS, "1")
            if "curations" in names
            else ([], False)
        )
    finally:
        conn.close()
    good_imports = [r for r in imports if _valid_import(r)]
    good_curations = [r for r in curations if _valid_curation(r)]
    incomplete = []
    if not imports_whole or len(good_imports) < len(imports):
        incomplete.append("imported articles")
    if not curations_whole or len(good_curations) < len(curations):
        incomplete.append("curations")
    typed_imports = [(str(f), str(t), None if a is None else str(a)) for f, t, a in good_imports]
    return _Salvage(typed_imports, good_curations, tuple(incomplete))


def _rows(
    conn: sqlite3.Connection, table: str, columns: str, where: str
) -> tuple[list[tuple[object, ...]], bool]:
    """Rows of `table`, and whether all of them could be read.

    One scan when the table's pages are sound; otherwise rowid by rowid, so
    one bad page costs only the rows on it.
    """
    sql = f"SELECT {columns} FROM {table} WHERE {where}"
    try:
        return conn.execute(f"{sql} ORDER BY rowid").fetchall(), True
    except sqlite3.DatabaseError:
        pass
    try:
        last = int(conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0)
        whole = last <= PROBE_LIMIT
    except (sqlite3.DatabaseError, TypeError, ValueError):
        last, whole = PROBE_LIMIT, False
    rows: list[tuple[object, ...]] = []
    for rowid in range(1, min(last, PROBE_LIMIT) + 1):
        try:
            row = conn.execute(f"{sql} AND rowid = ?", (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            whole = False
            continue
        if row is not None:
            rows.append(row)
    return rows, whole


def _valid_import(row: tuple[object, ...]) -> bool:
    file, text, imported_at = row
    return (
        isinstance(file, str)
        and bool(file)
        and isinstance(text, str)
        and bool(text.strip())
        and (imported_at is None or isinstance(imported_at, str))
    )


def _valid_curation(row: tuple[object, ...]) -> bool:
    digest, start, end, raw, before, after, action, value, *names, note, created = row
    return (
        isinstance(digest, str)
        and re.fullmatch(r"[0-9a-f]{64}", digest) is not None
        and isinstance(start, int)
        and isinstance(end, int)
        and 0 <= start <= end
        and all(isinstance(s, str) for s in (raw, before, after, note, created))
        and action in ACTIONS
        and (value is None or (isinstance(value, int | float) and math.isfinite(value)))
        and all(n is None or isinstance(n, str) for n in names)
    )


def _stage(db_path: Path, salvage: _Salvage) -> None:
    """Put the salvaged work where `build` looks for the user's work: the file it replaces.

    If the build is interrupted, this staging file is what the next start
    finds: a sound database that is out of date, so it is rebuilt again with
    the same work.
    """
    conn = connect(db_path, create=True)
    try:
        with known_errors(db_path), transaction(conn):
            conn.executemany(
                "INSERT OR IGNORE INTO articles (content_hash, file, text, source, imported_at)"
                " VALUES (?, ?, ?, 'import', ?)",
                [(content_hash(text), file, text, at) for file, text, at in salvage.imports],
            )
            conn.executemany(
                f"INSERT OR IGNORE INTO curations ({_CURATION_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                salvage.curations,
            )
    finally:
        conn.close()
