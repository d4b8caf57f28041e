"""Running the real CLI in a child process and looking at a database from outside.

Reliability is about what a user sees at the front door, so most checks go
through `python -m cds_desktop` exactly as a user (or a script) would call it,
and read the database with a plain `sqlite3` connection rather than through
the code under test.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
# A hang guard only: any of these commands finishes in seconds when healthy.
HANG_GUARD_S = 600


def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_cli(
    *args: str | Path,
    cwd: Path | None = None,
    preexec_fn: Callable[[], None] | None = None,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cds_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        cwd=cwd,
        env=cli_env(),
        timeout=HANG_GUARD_S,
        preexec_fn=preexec_fn,
        check=False,
    )


# linux/prctl.h and linux/capability.h
_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE = 1
_CAP_DAC_READ_SEARCH = 2


def without_root_file_access() -> Callable[[], None] | None:
    """A preexec_fn that makes a root child obey file permissions, as a user would.

    Root reads any file, so a file without read permission only fails for a
    root test run once the child drops the two capabilities that bypass
    permission checks (dropping to `nobody` instead fails: the interpreter
    lives under /root).
    """
    if os.geteuid() != 0:
        return None

    def drop() -> None:
        libc = ctypes.CDLL(None, use_errno=True)
        for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
            if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")

    return drop


def dump(path: Path) -> str:
    """The whole database as SQL text, read-only, to compare before and after."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


CURATION_FIELDS = "content_hash, start, end, raw, action, value, note"


def curation_rows(path: Path) -> list[tuple[object, ...]]:
    """The user's curations, by what identifies them (not the observation id)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(
            f"SELECT {CURATION_FIELDS} FROM curations ORDER BY content_hash, start"
        ).fetchall()
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def copy_db(source: Path, target: Path) -> Path:
    """Copy a closed database (and any `-wal` beside it) to `target`."""
    shutil.copyfile(source, target)
    for suffix in ("-wal", "-shm"):
        side = Path(f"{source}{suffix}")
        if side.exists():
            shutil.copyfile(side, Path(f"{target}{suffix}"))
    return target


def make_curated_db(path: Path) -> Path:
    """A database of the seeds holding two curations (a correction and a rejection).

    Built with the store's own percentage test extractor so there are figures
    to curate whatever the state of the real extractor.
    """
    from cds_desktop.store.build import build
    from cds_desktop.store.queries import Store
    from tests.store.fakes import percent_extractor

    build(path, SEEDS, extract=percent_extractor())
    store = Store(path)
    try:
        first, second = [o for a in store.articles() for o in store.article_observations(a.id)][:2]
        store.curate(first.id, "correct", value=12.5, note="sửa: đã kiểm tra")
        store.curate(second.id, "reject", note="trùng")
    finally:
        store.close()
    return path


def imported_files(db: Path) -> list[str]:
    """The files of the articles the user imported (not seeds)."""
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT file FROM articles WHERE source = 'import'")]
    finally:
        conn.close()
