"""The command line as users and scripts meet it: exit codes, messages, outputs."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cds_desktop import __version__
from cds_desktop.store.schema import SCHEMA_VERSION
from tests.store.conftest import dump
from tests.store.test_export import check_contract

ROOT = Path(__file__).resolve().parents[1]


def cli(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "cds_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=120,
    )


def assert_clean_failure(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("cds-desktop: ")
    for needle in needles:
        assert needle in result.stderr


def test_version() -> None:
    result = cli("--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"cds-desktop {__version__}")


def test_build_then_export_json_to_stdout(tmp_path: Path, seed_dir: Path) -> None:
    db = tmp_path / "cds.sqlite"
    built = cli("build", "--seeds", seed_dir, "--db", db)
    assert built.returncode == 0, built.stderr
    assert built.stdout.startswith(f"Built {db}: 5 seed articles")
    assert built.stderr == ""  # no progress when stderr is not a terminal
    exported = cli("export", "--db", db, "--format", "json")
    assert exported.returncode == 0, exported.stderr
    doc = json.loads(exported.stdout)
    check_contract(doc)
    assert len(doc["articles"]) == 5


def test_export_csv_to_a_file(seed_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "obs.csv"
    result = cli("export", "--db", seed_db, "--format", "csv", "--out", out)
    assert (result.returncode, result.stdout) == (0, "")
    assert out.read_text(encoding="utf-8").startswith("observation_id,article_id,article_file,")


def test_export_needs_a_format_and_an_existing_database(tmp_path: Path) -> None:
    usage = cli("export", "--db", tmp_path / "x.sqlite")
    assert usage.returncode == 2 and "--format" in usage.stderr
    missing = tmp_path / "missing.sqlite"
    assert_clean_failure(cli("export", "--db", missing, "--format", "json"), str(missing))
    assert not missing.exists()


def test_export_to_an_unwritable_place_is_named(seed_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "dir.json"
    assert_clean_failure(cli("export", "--db", seed_db, "--format", "json", "--out", out), str(out))


def test_build_with_a_missing_seed_folder_fails_cleanly(tmp_path: Path) -> None:
    seeds = tmp_path / "nowhere"
    assert_clean_failure(
        cli("build", "--seeds", seeds, "--db", tmp_path / "db.sqlite"), str(seeds), "no such"
    )


def test_import_bad_file_fails_cleanly_and_changes_nothing(tmp_path: Path, seed_dir: Path) -> None:
    db = tmp_path / "cds.sqlite"
    assert cli("build", "--seeds", seed_dir, "--db", db).returncode == 0
    good = tmp_path / "good.md"
    good.write_text("# Bài mới\n\nTỷ lệ đạt 42,5%.\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02\x03")
    before = dump(db)
    assert_clean_failure(cli("import", good, bad, "--db", db), str(bad), "binary")
    assert dump(db) == before
    ok = cli("import", good, "--db", db)
    assert ok.returncode == 0 and ok.stdout == f"Imported {good} as article 6.\n"
    again = cli("import", good, "--db", db)
    assert again.returncode == 0 and "already holds the same text" in again.stdout


def test_import_creates_a_missing_database(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Bài viết.\nTỷ lệ đạt 42,5%.\n", encoding="utf-8")
    db = tmp_path / "new.sqlite"
    assert cli("import", article, "--db", db).returncode == 0
    exported = json.loads(cli("export", "--db", db, "--format", "json").stdout)
    assert [a["file"] for a in exported["articles"]] == ["a.txt"]


def test_a_newer_database_is_refused_untouched(seed_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "newer.sqlite"
    shutil.copy(seed_db, db)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = db.read_bytes()
    for args in (("export", "--format", "json"), ("build",), ("--smoke",)):
        assert_clean_failure(cli(*args, "--db", db), str(db), "newer cds-desktop")
        assert db.read_bytes() == before


def test_build_does_not_import_qt(tmp_path: Path, seed_dir: Path) -> None:
    code = (
        "import sys; from cds_desktop.cli import main;"
        f"rc = main(['build', '--seeds', {str(seed_dir)!r}, '--db', {str(tmp_path / 'd')!r}]);"
        "assert rc == 0;"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_smoke_rebuilds_a_stale_database_keeping_imports(tmp_path: Path, seed_dir: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in sorted(seed_dir.glob("*.txt"))[:2]:
        shutil.copy(path, seeds)
    db = tmp_path / "cds.sqlite"
    assert cli("build", "--seeds", seeds, "--db", db).returncode == 0
    mine = tmp_path / "mine.txt"
    mine.write_text("Bài của tôi.\nTỷ lệ đạt 42,5%.\n", encoding="utf-8")
    assert cli("import", mine, "--db", db).returncode == 0

    def files() -> list[str]:
        doc = json.loads(cli("export", "--db", db, "--format", "json").stdout)
        return sorted(a["file"] for a in doc["articles"])

    # Its own seed folder is unchanged: the database is current and left as it is.
    smoke = cli("--db", db, "--smoke")
    assert smoke.returncode == 0, smoke.stderr
    assert "smoke:" in smoke.stdout
    assert files() == sorted([*(p.name for p in seeds.iterdir()), "mine.txt"])
    # Its seed folder is gone: rebuilt from the bundled seeds, keeping the import.
    shutil.rmtree(seeds)
    assert cli("--db", db, "--smoke").returncode == 0
    assert files() == sorted([*(p.name for p in seed_dir.glob("*.txt")), "mine.txt"])


def test_build_shows_progress_on_a_terminal(tmp_path: Path, seed_dir: Path) -> None:
    import pty

    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "cds_desktop", "build", "--seeds", str(seed_dir),
             "--db", str(tmp_path / "db.sqlite")],
            stdout=subprocess.PIPE, stderr=follower, cwd=ROOT, timeout=120,
        )  # fmt: skip
        os.close(follower)
        shown = b""
        while chunk := _read_available(leader):
            shown += chunk
    finally:
        os.close(leader)
    assert done.returncode == 0
    text = shown.decode("utf-8")
    assert "[0/5] 000_ece4792df603b440.txt" in text
    assert "[5/5] done" in text


def _read_available(fd: int) -> bytes:
    try:
        return os.read(fd, 65536)
    except OSError:  # the terminal closed: everything was read
        return b""
