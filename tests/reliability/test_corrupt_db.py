"""A damaged database at start: kept aside, the user's work read back, a fresh build.

Each kind of damage is applied to a copy of a curated database holding one
imported article. `open_or_recover` must say what happened, keep the damaged
bytes in a timestamped backup, carry over every curation and import that is
still readable (all of them when their pages survived) and leave a sound,
current database. What is not damage (someone else's database, a newer one,
a locked one) is refused with the file untouched.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from cds_desktop.store import recovery
from cds_desktop.store.build import build, stale_reason
from cds_desktop.store.db import StoreError
from cds_desktop.store.queries import Store
from cds_desktop.store.recovery import open_or_recover, remove_build_leftovers
from tests.reliability.badinputs import article
from tests.reliability.damage import (
    first_page,
    garbage_middle,
    noise,
    text_file,
    truncate,
    zero_header,
)
from tests.reliability.helpers import (
    SEEDS,
    curation_rows,
    dump,
    imported_files,
    integrity,
    run_cli,
    without_root_file_access,
)

# damage -> what must come back whole ("curations", "imports"); the rest as readable.
# A cut at 40% keeps the curations: their table's pages come early in the file
# (created with the schema), the imported article was written last.
DAMAGE: dict[str, tuple[Callable[[bytes], bytes], frozenset[str]]] = {
    "header-zeroed": (zero_header, frozenset({"curations", "imports"})),
    "truncated-to-40%": (truncate(0.4), frozenset({"curations"})),
    "truncated-to-one-page": (first_page, frozenset()),
    "garbage-in-the-middle": (garbage_middle, frozenset()),
    "a-text-file": (text_file, frozenset()),
    "random-bytes": (noise, frozenset()),
}


@pytest.mark.parametrize("name", DAMAGE)
def test_damaged_database_is_rebuilt_keeping_what_is_readable(name: str, user_db: Path) -> None:
    damage, whole = DAMAGE[name]
    kept, imports = curation_rows(user_db), imported_files(user_db)
    damaged = damage(user_db.read_bytes())
    user_db.write_bytes(damaged)

    report = open_or_recover(user_db, SEEDS)

    assert report.damaged
    assert report.problem
    assert report.backup is not None
    assert report.backup.name.startswith("cds.sqlite.damaged-")
    assert report.backup.read_bytes() == damaged
    assert integrity(user_db) == "ok"
    assert stale_reason(user_db, SEEDS) is None
    store = Store(user_db)
    try:
        assert store.counts()["articles"] == 5 + len(imported_files(user_db))
    finally:
        store.close()
    now = curation_rows(user_db)
    assert report.curations == len(now)
    assert report.imports == len(imported_files(user_db))
    assert set(now) <= set(kept)
    assert set(imported_files(user_db)) <= set(imports)
    if "curations" in whole:
        assert now == kept
        assert "curations" not in report.incomplete
    if "imports" in whole:
        assert imported_files(user_db) == imports
        assert "imported articles" not in report.incomplete
    if len(now) < len(kept):
        assert "curations" in report.incomplete
    if len(imported_files(user_db)) < len(imports):
        assert "imported articles" in report.incomplete
    for words in (str(user_db), str(report.backup), f"{report.curations} curations"):
        assert words in report.message
    assert ("could not be read" in report.message) == bool(report.incomplete)


def test_no_damage_means_no_change(user_db: Path) -> None:
    before = dump(user_db)
    report = open_or_recover(user_db, SEEDS)
    assert not report.damaged and report.backup is None and report.message == ""
    assert dump(user_db) == before


def test_a_missing_database_is_left_to_the_usual_build(tmp_path: Path) -> None:
    report = open_or_recover(tmp_path / "none.sqlite", SEEDS)
    assert not report.damaged
    assert not (tmp_path / "none.sqlite").exists()


def test_an_empty_file_is_an_empty_database_not_damage(tmp_path: Path) -> None:
    db = tmp_path / "cds.sqlite"
    db.write_bytes(b"")
    assert not open_or_recover(db, SEEDS).damaged
    assert stale_reason(db, SEEDS) is not None
    build(db, SEEDS)
    assert integrity(db) == "ok"


def test_another_applications_database_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "other.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE articles (x)")
    conn.execute("INSERT INTO articles VALUES ('not ours')")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    with pytest.raises(StoreError, match="another application"):
        open_or_recover(db, SEEDS)
    assert db.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["other.sqlite"]


def test_a_newer_database_is_not_damage(user_db: Path) -> None:
    conn = sqlite3.connect(user_db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = user_db.read_bytes()
    assert not open_or_recover(user_db, SEEDS).damaged
    assert user_db.read_bytes() == before
    with pytest.raises(StoreError, match="newer"):
        Store(user_db)


def test_a_locked_database_is_not_damage(
    user_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process holding an exclusive lock: refused, never moved aside."""
    monkeypatch.setattr(recovery, "OPEN_TIMEOUT_S", 0.1)
    holder = sqlite3.connect(user_db, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("DELETE FROM meta WHERE key = 'nothing'")
    try:
        with pytest.raises(StoreError, match="locked"):
            open_or_recover(user_db, SEEDS)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not list(tmp_path.glob("*.damaged-*"))
    assert integrity(user_db) == "ok"


def test_two_recoveries_in_the_same_second_keep_both_backups(user_db: Path) -> None:
    data = user_db.read_bytes()
    user_db.write_bytes(zero_header(data))
    first = open_or_recover(user_db, SEEDS)
    user_db.write_bytes(text_file(data))
    second = open_or_recover(user_db, SEEDS)
    assert first.backup is not None and second.backup is not None
    assert first.backup != second.backup
    assert first.backup.exists() and second.backup.exists()
    assert second.curations == 0  # a text file holds none


def test_leftovers_of_killed_builds_are_removed(tmp_path: Path) -> None:
    db = tmp_path / "cds.sqlite"
    dead = 2**22 + 12345  # above pid_max on default kernels: never a live process
    mine = os.getpid()
    stale = [
        tmp_path / f".cds.sqlite.{dead}.building",
        tmp_path / f".cds.sqlite.{dead}.building-wal",
    ]
    live = tmp_path / f".cds.sqlite.{mine}.building"
    other = tmp_path / f".other.sqlite.{dead}.building"
    for p in [*stale, live, other]:
        p.write_bytes(b"x")
    assert remove_build_leftovers(db) == tuple(sorted(stale))
    assert live.exists() and other.exists()
    assert not any(p.exists() for p in stale)


def test_window_starts_on_garbage_settings(qtbot, curated_db: Path, tmp_path: Path) -> None:
    """A settings file mangled by a crash or by hand: defaults, not a failed start."""
    from PySide6.QtCore import QSettings

    from cds_desktop.ui.main_window import MainWindow
    from cds_desktop.ui.preferences import Preferences

    ini = tmp_path / "settings.ini"
    ini.write_bytes(
        b"[ui]\nlanguage=xx-\xff\xfe\n[window]\ngeometry=@ByteArray(\\0\\x1garbage)\n"
        b"state=@ByteArray(zzzz)\n[splitters]\nviewerSplitter=@ByteArray(\\xff)\n"
        + random.Random(7).randbytes(512)
    )
    prefs = Preferences(QSettings(str(ini), QSettings.Format.IniFormat))
    window = MainWindow(curated_db, preferences=prefs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.is_loaded, timeout=60_000)
    assert window.language in ("en", "vi")
    assert window.width() > 100 and window.height() > 100
    assert window.store.counts()["articles"] == 5
    window.close()


def test_a_read_only_database_is_readable_and_refuses_writes_clearly(
    curated_db: Path, tmp_path: Path
) -> None:
    """A database on a read-only share (file mode 0444, enforced even for root)."""
    before = dump(curated_db)
    curated_db.chmod(0o444)
    guard = without_root_file_access()
    shown = run_cli("export", "--db", curated_db, "--format", "json", preexec_fn=guard)
    assert shown.returncode == 0, shown.stderr
    assert len(json.loads(shown.stdout)["articles"]) == 5
    src = tmp_path / "moi.txt"
    src.write_text(article("chỉ đọc"), encoding="utf-8")
    refused = run_cli("import", src, "--db", curated_db, preexec_fn=guard)
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr
    assert str(curated_db) in refused.stderr and "readonly" in refused.stderr
    curated_db.chmod(0o644)
    assert dump(curated_db) == before


def test_a_folder_at_the_database_path_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "cds.sqlite"
    db.mkdir()
    with pytest.raises(StoreError, match=str(db)):
        open_or_recover(db, SEEDS)
    assert db.is_dir() and not list(tmp_path.glob("*.damaged-*"))


def test_a_big_database_is_read_in_full_only_after_an_unclean_exit(
    user_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every page is checked at start only for small files or after a crash (a `-wal`
    left behind): 5.7 s on 10,000 articles is too long for every start. Damage
    inside a big, cleanly closed file is found when it is read, not at start."""
    monkeypatch.setattr(recovery, "DEEP_CHECK_MAX_BYTES", 0)
    user_db.write_bytes(garbage_middle(user_db.read_bytes()))
    assert recovery.diagnose(user_db) is None
    Path(f"{user_db}-wal").write_bytes(b"")
    assert open_or_recover(user_db, SEEDS).damaged


def test_a_truncated_big_database_is_caught_by_the_cheap_check(
    user_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recovery, "DEEP_CHECK_MAX_BYTES", 0)
    user_db.write_bytes(truncate(0.6)(user_db.read_bytes()))
    problem = recovery.diagnose(user_db)
    assert problem is not None and ("truncated" in problem or "malformed" in problem)
