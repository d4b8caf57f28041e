"""Schema versions: old databases are migrated, newer or foreign files refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from cds_desktop.store import db as db_module
from cds_desktop.store.build import build, stale_reason
from cds_desktop.store.db import StoreError, connect, known_errors
from cds_desktop.store.importer import import_files
from cds_desktop.store.queries import Store
from cds_desktop.store.schema import MIGRATIONS, SCHEMA_VERSION
from tests.store.fakes import percent_extractor

V1_SQL = Path(__file__).parent / "fixtures" / "schema_v1.sql"


@pytest.fixture
def v1_db(tmp_path: Path) -> Path:
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript(V1_SQL.read_text(encoding="utf-8"))
    conn.close()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_fixture_is_the_previous_version() -> None:
    assert SCHEMA_VERSION == 4
    assert "PRAGMA user_version = 1;" in V1_SQL.read_text(encoding="utf-8")


def test_a_version_1_database_is_migrated_and_searchable(v1_db: Path) -> None:
    conn = connect(v1_db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT folded FROM sentences WHERE id = 1").fetchone()[0] == (
        "chinh phu dien tu dat 42,5%."
    )
    conn.close()
    store = Store(v1_db)
    try:
        (hit,) = store.search("dien tu")
        assert (hit.article_id, hit.sentence_start, hit.sentence_end) == (1, 0, 28)
        assert store.article(1).text[hit.hits[0][0] : hit.hits[0][1]] == "điện"
    finally:
        store.close()


def test_a_rebuild_over_version_1_keeps_imports_and_reanchors_curations(
    v1_db: Path, seed_dir: Path
) -> None:
    assert stale_reason(v1_db, seed_dir) == "its schema is version 1, this version uses 4"
    report = build(v1_db, seed_dir, extract=percent_extractor())
    assert (report.imports_kept, report.curations, report.orphaned) == (1, 1, 0)
    store = Store(v1_db)
    try:
        (kept,) = [a for a in store.articles() if a.file == "old.txt"]
        (figure,) = store.article_observations(kept.id)
        assert (figure.raw, figure.curation, figure.note) == ("42,5%", "confirm", "checked")
    finally:
        store.close()


def _index_columns(conn: sqlite3.Connection, name: str) -> list[str]:
    return [r[2] for r in conn.execute(f"PRAGMA index_info({name})")]


def test_a_version_2_database_gets_the_covering_indicator_index(v1_db: Path) -> None:
    conn = sqlite3.connect(v1_db, isolation_level=None)
    MIGRATIONS[1](conn)
    conn.execute("PRAGMA user_version = 2")
    assert _index_columns(conn, "observations_by_indicator") == [
        "indicator_id",
        "scope",
        "period_end",
    ]
    conn.close()
    conn = connect(v1_db)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert _index_columns(conn, "observations_by_indicator") == [
            "indicator_id",
            "scope",
            "period_end",
            "article_id",
            "start",
        ]
        assert conn.execute("SELECT count(*) FROM sentences").fetchone()[0] >= 1
    finally:
        conn.close()


def test_a_version_3_database_gets_its_discrepancy_flags(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in {
        "a.txt": "Ngày 6/2/2024.\nTỷ lệ đạt 40%.\n",
        "b.txt": "Ngày 7/2/2024.\nTỷ lệ đạt 45%.\n",
    }.items():
        (seeds / name).write_text(text, encoding="utf-8")
    path = tmp_path / "db.sqlite"
    build(path, seeds, extract=percent_extractor())
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE observations DROP COLUMN discrepant")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    store = Store(path)
    try:
        assert [o.discrepant for o in store.observations()] == [True, True]
        assert len(store.discrepancies()) == 1
    finally:
        store.close()


@pytest.fixture
def newer_db(tmp_path: Path, seed_dir: Path) -> Path:
    path = tmp_path / "newer.sqlite"
    build(path, seed_dir)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    return path


def test_a_newer_database_is_refused_untouched(
    newer_db: Path, seed_dir: Path, tmp_path: Path
) -> None:
    before = _digest(newer_db)
    article = tmp_path / "a.txt"
    article.write_text("Tỷ lệ đạt 42,5%.\n", encoding="utf-8")
    attempts = [
        lambda: connect(newer_db),
        lambda: Store(newer_db),
        lambda: stale_reason(newer_db, seed_dir),
        lambda: build(newer_db, seed_dir),
        lambda: import_files(newer_db, [article]),
    ]
    for attempt in attempts:
        with pytest.raises(StoreError, match="newer cds-desktop") as info:
            attempt()
        assert str(newer_db) in str(info.value)
        assert _digest(newer_db) == before
    assert sorted(p.name for p in newer_db.parent.iterdir()) == ["a.txt", "newer.sqlite"]


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database\n" * 50, encoding="utf-8")
    before = _digest(path)
    with pytest.raises(StoreError, match="not a database") as info:
        Store(path)
    assert str(path) in str(info.value)
    assert _digest(path) == before


def test_a_missing_database_is_named(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"nothing\.sqlite: no such database"):
        Store(tmp_path / "nothing.sqlite")
    assert not (tmp_path / "nothing.sqlite").exists()


def test_connections_use_wal_foreign_keys_and_a_busy_timeout(seed_db: Path) -> None:
    conn = connect(seed_db)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "INSERT INTO sentences (article_id, start, end, paragraph, text)"
                " VALUES (999, 0, 1, 0, 'x')"
            )
    finally:
        conn.close()


def test_errors_of_the_file_are_store_errors_and_bugs_stay_bugs(
    seed_db: Path, tmp_path: Path
) -> None:
    with pytest.raises(StoreError, match="unable to open") as info:
        Store(tmp_path)  # a folder, not a database file
    assert str(tmp_path) in str(info.value)
    conn = connect(seed_db)
    try:
        with pytest.raises(sqlite3.OperationalError, match="syntax error"), known_errors(seed_db):
            conn.execute("SELEC 1")
    finally:
        conn.close()


def test_a_locked_database_is_a_store_error(
    seed_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "locked.sqlite"
    db.write_bytes(seed_db.read_bytes())
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_S", 0.05)
    holder = sqlite3.connect(db)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="locked") as info:
            store = Store(db)
            store.curate(store.observations()[0].id, "confirm")
        assert str(db) in str(info.value)
    finally:
        holder.rollback()
        holder.close()
