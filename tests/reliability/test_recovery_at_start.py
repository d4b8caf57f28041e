"""The CLI checks the database before every command (and before the window).

A damaged file is recovered and the user told on stderr, another
application's database is refused untouched, and a recovery killed half-way
loses nothing: the staged salvage is what the next build carries over.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from cds_desktop.store.build import stale_reason
from tests.reliability.badinputs import article
from tests.reliability.damage import garbage_middle, truncate, zero_header
from tests.reliability.helpers import (
    HANG_GUARD_S,
    SEEDS,
    cli_env,
    curation_rows,
    imported_files,
    integrity,
    run_cli,
)


def backups(db: Path) -> list[Path]:
    """The damaged files kept aside (their `-wal`/`-shm` travel with them)."""
    return [
        p for p in db.parent.glob(f"{db.name}.damaged-*") if not p.name.endswith(("-wal", "-shm"))
    ]


def test_cli_recovers_before_any_command_and_says_so(user_db: Path) -> None:
    kept = curation_rows(user_db)
    user_db.write_bytes(zero_header(user_db.read_bytes()))

    done = run_cli("export", "--db", user_db, "--format", "json")

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "the database was damaged" in done.stderr
    (backup,) = backups(user_db)
    assert str(backup) in done.stderr
    assert {a["file"] for a in json.loads(done.stdout)["articles"]} >= {"bai cua toi.txt"}
    assert curation_rows(user_db) == kept


def test_cli_import_into_a_damaged_database_recovers_then_imports(
    user_db: Path, tmp_path: Path
) -> None:
    user_db.write_bytes(garbage_middle(user_db.read_bytes()))
    src = tmp_path / "sau.txt"
    src.write_text(article("sau hỏng"), encoding="utf-8")
    done = run_cli("import", src, "--db", user_db)
    assert done.returncode == 0, done.stderr
    assert "the database was damaged" in done.stderr
    assert "sau.txt" in imported_files(user_db)
    assert integrity(user_db) == "ok"


def test_cli_refuses_another_applications_database(tmp_path: Path) -> None:
    db = tmp_path / "khac.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    src = tmp_path / "a.txt"
    src.write_text(article("khác"), encoding="utf-8")
    for args in (("import", src), ("build",), ("export", "--format", "json")):
        done = run_cli(*args, "--db", db)
        assert done.returncode == 1, (args, done.stdout)
        assert "another application" in done.stderr and str(db) in done.stderr
        assert db.read_bytes() == before


def test_window_start_on_a_damaged_database_recovers_and_opens(user_db: Path) -> None:
    user_db.write_bytes(truncate(0.4)(user_db.read_bytes()))
    done = run_cli("--smoke", "--db", user_db)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "the database was damaged" in done.stderr
    assert done.stdout.startswith(f"smoke: {user_db}")
    assert integrity(user_db) == "ok"


def test_a_recovery_killed_mid_build_loses_nothing(user_db: Path) -> None:
    """Killed after the damaged file was moved aside and the salvage staged, while
    the fresh build runs: the next build still carries every curation and import."""
    kept, imports = curation_rows(user_db), imported_files(user_db)
    user_db.write_bytes(zero_header(user_db.read_bytes()))
    killer = Path(__file__).with_name("killer.py")
    died = subprocess.run(
        [sys.executable, str(killer), "export", "--db", str(user_db), "--format", "json"],
        capture_output=True,
        text=True,
        env=cli_env() | {"KILL_SQL": r"^INSERT INTO indicators", "KILL_NTH": "1"},
        timeout=HANG_GUARD_S,
        check=False,
    )
    assert died.returncode == -signal.SIGKILL, died.stderr
    assert len(backups(user_db)) == 1
    assert integrity(user_db) == "ok"
    assert curation_rows(user_db) == kept

    done = run_cli("build", "--db", user_db)

    assert done.returncode == 0, done.stderr
    assert curation_rows(user_db) == kept
    assert imported_files(user_db) == imports
    assert stale_reason(user_db, SEEDS) is None
