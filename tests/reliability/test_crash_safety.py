"""A build, an import or a curation killed with SIGKILL part-way.

The child process dies at a chosen SQL statement (see `killer.py`), so each
case is deterministic. Afterwards the database must open, pass SQLite's
integrity check, hold either exactly what it held before or the whole of the
completed write, and keep every curation; and it must still take writes.
"""

from __future__ import annotations

import resource
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from cds_desktop.store.queries import Store
from tests.reliability.badinputs import article
from tests.reliability.helpers import (
    HANG_GUARD_S,
    cli_env,
    curation_rows,
    dump,
    integrity,
    run_cli,
)

KILLER = Path(__file__).with_name("killer.py")


def run_killed(env: dict[str, str], *args: str | Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, str(KILLER), *map(str, args)],
        capture_output=True,
        text=True,
        env=cli_env() | env,
        timeout=HANG_GUARD_S,
        check=False,
    )
    # Proves the kill point was reached: a run that finished would make the test vacuous.
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stderr)
    return done


def articles_by_file(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute("SELECT file, id FROM articles").fetchall())
    finally:
        conn.close()


def assert_sound(db: Path) -> None:
    """Opens through the app, passes the integrity check, and still takes a write."""
    store = Store(db)
    try:
        assert store.counts()["articles"] >= 5
    finally:
        store.close()
    assert integrity(db) == "ok"
    probe = db.with_name("sau su co.txt")
    probe.write_text(article(f"sau sự cố {db.parent.name}"), encoding="utf-8")
    done = run_cli("import", probe, "--db", db)
    assert done.returncode == 0, done.stderr
    assert probe.name in articles_by_file(db)


IMPORT_KILLS = {
    "before-first-insert": {"KILL_SQL": r"^INSERT INTO articles", "KILL_NTH": "1"},
    "mid-sentences": {"KILL_SQL": r"^INSERT INTO sentences \(", "KILL_NTH": "3"},
    "before-search-index": {"KILL_SQL": r"^INSERT INTO sentences_fts", "KILL_NTH": "1"},
    "before-commit": {"KILL_SQL": r"^COMMIT", "KILL_NTH": "1"},
}


@pytest.mark.parametrize("where", IMPORT_KILLS)
def test_import_killed_before_commit_changes_nothing(
    where: str, curated_db: Path, tmp_path: Path
) -> None:
    src = tmp_path / "moi.txt"
    src.write_text(article(f"nhập {where}"), encoding="utf-8")
    before, kept = dump(curated_db), curation_rows(curated_db)

    run_killed(IMPORT_KILLS[where], "import", src, "--db", curated_db)

    assert dump(curated_db) == before
    assert curation_rows(curated_db) == kept
    assert_sound(curated_db)


def test_import_killed_after_commit_keeps_the_article(curated_db: Path, tmp_path: Path) -> None:
    """Dying before the close leaves the commit only in the WAL: it must survive."""
    src = tmp_path / "moi.txt"
    src.write_text(article("nhập rồi chết"), encoding="utf-8")
    kept = curation_rows(curated_db)

    run_killed({"KILL_AT": "close-after-commit"}, "import", src, "--db", curated_db)

    assert Path(f"{curated_db}-wal").exists()
    assert "moi.txt" in articles_by_file(curated_db)
    assert curation_rows(curated_db) == kept
    assert_sound(curated_db)


BUILD_KILLS = {
    "reading-user-work": {"KILL_SQL": r"^SELECT .* FROM curations ORDER BY id", "KILL_NTH": "1"},
    "mid-articles": {"KILL_SQL": r"^INSERT INTO articles", "KILL_NTH": "3"},
    "copying-curations": {"KILL_SQL": r"^INSERT INTO curations", "KILL_NTH": "1"},
    "before-commit": {"KILL_SQL": r"^COMMIT", "KILL_NTH": "1"},
    "before-replace": {"KILL_AT": "backup-start"},
}


@pytest.mark.parametrize("where", BUILD_KILLS)
def test_build_killed_before_replace_leaves_the_old_database(where: str, curated_db: Path) -> None:
    before, kept = dump(curated_db), curation_rows(curated_db)

    run_killed(BUILD_KILLS[where], "build", "--db", curated_db)

    assert dump(curated_db) == before
    assert curation_rows(curated_db) == kept
    assert_sound(curated_db)


def test_build_killed_after_replace_has_the_new_database(curated_db: Path) -> None:
    kept = curation_rows(curated_db)

    run_killed({"KILL_AT": "backup"}, "build", "--db", curated_db)

    assert curation_rows(curated_db) == kept
    conn = sqlite3.connect(curated_db)
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    finally:
        conn.close()
    assert {"seeds_hash", "extractor_version", "built_at"} <= meta.keys()
    assert_sound(curated_db)


def _uncurated_observation(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        row = conn.execute(
            "SELECT id FROM observations WHERE id NOT IN"
            " (SELECT observation_id FROM curations WHERE observation_id IS NOT NULL)"
            " ORDER BY id LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    return int(row[0])


def test_curation_killed_before_commit_changes_nothing(curated_db: Path) -> None:
    before = dump(curated_db)
    obs = _uncurated_observation(curated_db)

    run_killed({"KILL_SQL": r"^COMMIT"}, "curate", curated_db, str(obs), "7.5")

    assert dump(curated_db) == before
    assert_sound(curated_db)


def test_curation_killed_after_commit_is_kept(curated_db: Path) -> None:
    kept = curation_rows(curated_db)
    obs = _uncurated_observation(curated_db)

    run_killed({"KILL_AT": "close-after-commit"}, "curate", curated_db, str(obs), "7.5")

    after = curation_rows(curated_db)
    assert len(after) == len(kept) + 1
    assert {r[4:6] for r in after} - {r[4:6] for r in kept} == {("correct", 7.5)}
    assert_sound(curated_db)


def _file_size_limit(limit: int) -> Callable[[], None]:
    """A preexec_fn making every file the child writes stop growing at `limit` bytes:
    the disk is full as far as that process can tell."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of death
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.parametrize("command", ["import", "build"])
def test_a_full_disk_mid_write_changes_nothing_and_says_so(
    command: str, curated_db: Path, tmp_path: Path
) -> None:
    src = tmp_path / "dai.txt"
    src.write_text("Tỷ lệ hồ sơ trực tuyến đạt 42% trong quý I năm 2024.\n" * 30_000, "utf-8")
    before, kept = dump(curated_db), curation_rows(curated_db)
    args = ("import", src) if command == "import" else ("build",)
    limit = curated_db.stat().st_size // 2 if command == "build" else 200_000
    done = run_cli(*args, "--db", curated_db, preexec_fn=_file_size_limit(limit))
    assert done.returncode == 1, done.stdout
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(f"cds-desktop: {curated_db.parent}")
    assert dump(curated_db) == before
    assert curation_rows(curated_db) == kept
    assert_sound(curated_db)
