"""Several processes on one database: no corruption, no lost write.

Overlaps are made deterministic with `killer.py`'s pause: a child stops just
before a chosen SQL statement (holding its locks) and waits for the test to
release it, so "the window writes while an import holds the write lock" is a
fact of the test, not a hope about timing.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from cds_desktop.store.db import StoreError
from cds_desktop.store.queries import Store
from tests.reliability.badinputs import article
from tests.reliability.helpers import HANG_GUARD_S, cli_env, curation_rows, integrity, run_cli

KILLER = Path(__file__).with_name("killer.py")


def start(env: dict[str, str], *args: str | Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(KILLER), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env() | env,
    )


def finish(proc: subprocess.Popen[str]) -> str:
    out, err = proc.communicate(timeout=HANG_GUARD_S)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    return out


def wait_for(flag: Path, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + HANG_GUARD_S
    while not flag.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the child never reached its pause"
        time.sleep(0.02)


def pause_env(tmp_path: Path, statement: str) -> tuple[dict[str, str], Path, Path]:
    paused, release = tmp_path / "paused", tmp_path / "release"
    env = {"PAUSE_SQL": statement, "PAUSE_FLAG": str(paused), "RELEASE_FLAG": str(release)}
    return env, paused, release


def files_in(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {r[0] for r in conn.execute("SELECT file FROM articles")}
    finally:
        conn.close()


def write(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text(article(name), encoding="utf-8")
    return path


def test_four_imports_at_once_all_land(curated_db: Path, tmp_path: Path) -> None:
    kept = curation_rows(curated_db)
    paths = [write(tmp_path, f"song song {i}.txt") for i in range(4)]
    procs = [start({}, "import", p, "--db", curated_db) for p in paths]
    for proc in procs:
        finish(proc)
    assert {p.name for p in paths} <= files_in(curated_db)
    assert integrity(curated_db) == "ok"
    assert curation_rows(curated_db) == kept


def test_window_reads_and_curates_while_an_import_holds_the_write_lock(
    curated_db: Path, tmp_path: Path
) -> None:
    env, paused, release = pause_env(tmp_path, r"^COMMIT")
    store = Store(curated_db)
    try:
        before = store.counts()
        target = store.article_observations(store.articles()[-1].id)[-1]
        proc = start(env, "import", write(tmp_path, "dang nhap.txt"), "--db", curated_db)
        wait_for(paused, proc)
        # Readers never wait for a writer (WAL): the window still answers.
        assert store.counts() == before
        assert store.search("chuyển đổi số")
        # The window's write waits for the lock (busy timeout) instead of failing.
        threading.Timer(0.3, release.touch).start()
        store.curate(target.id, "confirm", note="trong lúc nhập")
        finish(proc)
        assert store.counts()["articles"] == before["articles"] + 1
    finally:
        store.close()
    assert "dang nhap.txt" in files_in(curated_db)
    assert ("confirm", "trong lúc nhập") in {(r[4], r[6]) for r in curation_rows(curated_db)}
    assert integrity(curated_db) == "ok"


def test_an_import_during_a_rebuild_is_not_lost(curated_db: Path, tmp_path: Path) -> None:
    """The build has read the user's work; an import commits; the build goes on to put
    its database in place. The import must survive: kept in, or the build refused."""
    env, paused, release = pause_env(tmp_path, r"^BEGIN IMMEDIATE")
    build = start(env, "build", "--db", curated_db)
    wait_for(paused, build)
    late = write(tmp_path, "nhap muon.txt")
    done = run_cli("import", late, "--db", curated_db)
    assert done.returncode == 0, done.stderr
    release.touch()
    _, err = build.communicate(timeout=HANG_GUARD_S)
    assert "Traceback" not in err
    if build.returncode != 0:
        assert "run the build again" in err, err
    assert "nhap muon.txt" in files_in(curated_db)
    assert integrity(curated_db) == "ok"


def test_a_window_open_across_a_rebuild_neither_corrupts_nor_misfiles(curated_db: Path) -> None:
    """A rebuild by another process under an open window: the file stays sound (moving
    a new file over it used to let the window's WAL corrupt it), and a curation by
    an id from before the rebuild, which now names another figure, is refused."""
    store = Store(curated_db)
    try:
        target = store.article_observations(store.articles()[0].id)[-1]
        done = run_cli("build", "--db", curated_db)
        assert done.returncode == 0, done.stderr
        with pytest.raises(StoreError, match="reopen"):
            store.curate(target.id, "confirm", note="sau khi dựng lại")
        assert store.counts()["articles"] >= 5
    finally:
        store.close()
    assert integrity(curated_db) == "ok"
    fresh = Store(curated_db)
    try:
        again = fresh.article_observations(fresh.articles()[0].id)[-1]
        fresh.curate(again.id, "confirm", note="sau khi mở lại")
    finally:
        fresh.close()
    assert ("confirm", "sau khi mở lại") in {(r[4], r[6]) for r in curation_rows(curated_db)}
    assert integrity(curated_db) == "ok"


def test_an_import_during_the_final_copy_waits_and_lands(curated_db: Path, tmp_path: Path) -> None:
    """The build holds the write lock while it copies the new content in: an import
    started then waits for it (busy timeout) and is stored in the new database."""
    paused, release = tmp_path / "paused", tmp_path / "release"
    env = {"PAUSE_AT": "backup", "PAUSE_FLAG": str(paused), "RELEASE_FLAG": str(release)}
    build = start(env, "build", "--db", curated_db)
    wait_for(paused, build)
    late = write(tmp_path, "trong luc chep.txt")
    importer = subprocess.Popen(
        [sys.executable, "-m", "cds_desktop", "import", str(late), "--db", str(curated_db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )
    threading.Timer(1.0, release.touch).start()
    finish(build)
    out, err = importer.communicate(timeout=HANG_GUARD_S)
    assert "Traceback" not in err
    if importer.returncode == 0:
        assert "trong luc chep.txt" in files_in(curated_db), out
    else:
        assert "locked" in err and str(curated_db) in err
    assert integrity(curated_db) == "ok"
