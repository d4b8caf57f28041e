"""Run the CLI (or one curation) and SIGKILL or pause ourselves at a chosen point of a write.

Run as a script in a child process; the point is set by environment variables:

- `KILL_SQL` (a regex) and `KILL_NTH`: just before the nth SQL statement that
  matches, as SQLite's trace callback reports it (so `^COMMIT` dies with the
  transaction written to the WAL but not committed);
- `KILL_AT=close` with `KILL_NTH`: just before the nth connection close;
  `KILL_AT=close-after-commit`: just before closing the first connection that
  committed (the commit is in the WAL, not yet checkpointed into the file);
- `KILL_AT=backup-start`: when a built database is about to be copied in;
- `KILL_AT=replace` or `KILL_AT=backup`: right after a freshly built database
  was put in place (`os.replace` for a new file, the backup API over an old one);
- `PAUSE_SQL` (a regex), `PAUSE_FLAG` and `RELEASE_FLAG` (paths): instead of
  dying, just before the first matching statement create `PAUSE_FLAG` and wait
  until `RELEASE_FLAG` exists, holding whatever locks the process holds, so a
  test can act while this process is part-way through its write;
- `PAUSE_AT=backup` with the same flags: pause after the first step of a
  backup (the one that puts a built database in place), its lock held.

SIGKILL cannot be caught, so nothing of ours runs after it: no `finally`, no
rollback, no close; exactly what a power cut or an OOM kill leaves behind.
"""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def pause() -> None:
    Path(os.environ["PAUSE_FLAG"]).touch()
    release = Path(os.environ["RELEASE_FLAG"])
    deadline = time.monotonic() + 120  # a hang guard, not a timing assumption
    while not release.exists() and time.monotonic() < deadline:
        time.sleep(0.02)


def _pausing(progress: Any) -> Any:
    """A backup progress callback that pauses once, after the first step: the
    copy then holds the target's write lock and has not finished."""
    done = False

    def step(status: int, remaining: int, total: int) -> None:
        nonlocal done
        if progress is not None:
            progress(status, remaining, total)
        if not done:
            done = True
            pause()

    return step


class _Counter:
    def __init__(self, nth: int) -> None:
        self.left = nth

    def tick(self) -> None:
        self.left -= 1
        if self.left == 0:
            die()


def _arm() -> None:
    nth = int(os.environ.get("KILL_NTH", "1"))
    counter = _Counter(nth)
    pattern = os.environ.get("KILL_SQL")
    pause_at = os.environ.get("PAUSE_SQL")
    paused = False
    at = os.environ.get("KILL_AT")
    real_connect = sqlite3.connect

    class Connection(sqlite3.Connection):
        committed = False

        def close(self) -> None:
            if at == "close" or (at == "close-after-commit" and self.committed):
                counter.tick()
            super().close()

        def backup(self, *args: Any, **kwargs: Any) -> None:
            if at == "backup-start":
                die()
            if os.environ.get("PAUSE_AT") == "backup":
                kwargs["progress"] = _pausing(kwargs.get("progress"))
            super().backup(*args, **kwargs)
            if at == "backup":
                die()

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        kwargs.setdefault("factory", Connection)
        conn = real_connect(*args, **kwargs)
        kill_re = re.compile(pattern) if pattern is not None else None
        pause_re = re.compile(pause_at) if pause_at is not None else None

        def trace(statement: str) -> None:
            nonlocal paused
            if statement.startswith("COMMIT"):
                conn.committed = True
            if kill_re is not None and kill_re.search(statement):
                counter.tick()
            if pause_re is not None and not paused and pause_re.search(statement):
                paused = True
                pause()

        conn.set_trace_callback(trace)
        return conn

    sqlite3.connect = connect  # type: ignore[assignment]
    if at == "replace":
        real_replace = os.replace

        def replace(src: Any, dst: Any) -> None:
            real_replace(src, dst)
            die()

        os.replace = replace


def main(argv: list[str]) -> int:
    _arm()
    if argv[0] == "curate":
        from cds_desktop.store.queries import Store

        store = Store(Path(argv[1]))
        store.curate(int(argv[2]), "correct", value=float(argv[3]), note="trước khi mất điện")
        store.close()
        return 0
    from cds_desktop.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
