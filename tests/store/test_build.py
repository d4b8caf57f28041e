"""Building the database from the seeds: complete, atomic, and knows when it is stale."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from cds_desktop.extract import EXTRACTOR_VERSION, extract_article
from cds_desktop.extract.text import normalize
from cds_desktop.store import build as build_module
from cds_desktop.store.build import (
    BuildCancelled,
    build,
    recorded_seeds,
    seeds_hash,
    stale_reason,
)
from cds_desktop.store.catalogue import load_catalogue
from cds_desktop.store.db import StoreError
from cds_desktop.store.importer import import_files
from cds_desktop.store.queries import Store
from tests.store.conftest import dump
from tests.store.fakes import percent_extractor


def test_seed_database_holds_every_seed_as_extracted(seed_db: Path, seed_dir: Path) -> None:
    store = Store(seed_db)
    try:
        articles = {a.file: store.article(a.id) for a in store.articles()}
        assert sorted(articles) == sorted(p.name for p in seed_dir.glob("*.txt"))
        for name, row in articles.items():
            extracted = extract_article((seed_dir / name).read_text(encoding="utf-8"))
            assert row.text == normalize((seed_dir / name).read_text(encoding="utf-8"))
            assert row.title == extracted.title
            assert len(store.article_observations(row.id)) == len(extracted.figures)
            for o in store.article_observations(row.id):
                assert row.text[o.start : o.end] == o.raw
    finally:
        store.close()


def test_sentences_are_stored_with_their_text(seed_db: Path, seed_dir: Path) -> None:
    conn = sqlite3.connect(seed_db)
    try:
        rows = conn.execute(
            "SELECT a.text, s.start, s.end, s.text FROM sentences s"
            " JOIN articles a ON a.id = s.article_id"
        ).fetchall()
        expected = sum(
            len(extract_article(p.read_text(encoding="utf-8")).sentences)
            for p in seed_dir.glob("*.txt")
        )
    finally:
        conn.close()
    assert len(rows) == expected
    assert all(text[start:end] == sentence for text, start, end, sentence in rows)


def test_a_fresh_build_is_current(seed_db: Path, seed_dir: Path) -> None:
    assert stale_reason(seed_db, seed_dir) is None
    conn = sqlite3.connect(seed_db)
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    conn.close()
    assert meta["seeds_hash"] == seeds_hash(seed_dir)
    assert meta["extractor_version"] == EXTRACTOR_VERSION


def test_stale_when_missing_seeds_change_or_extractor_changes(
    tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(seed_dir, seeds)
    db = tmp_path / "cds.sqlite"
    assert stale_reason(db, seeds) == "the database does not exist yet"
    build(db, seeds)
    assert stale_reason(db, seeds) is None
    first = sorted(seeds.iterdir())[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nThêm một câu.\n", encoding="utf-8")
    assert stale_reason(db, seeds) == "the seed articles changed"
    build(db, seeds)
    assert stale_reason(db, seeds) is None
    monkeypatch.setattr(build_module, "EXTRACTOR_VERSION", EXTRACTOR_VERSION + "-next")
    reason = stale_reason(db, seeds)
    assert reason is not None and "extractor" in reason


def test_unchanged_seed_files_are_not_read_at_the_stale_check(
    tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(seed_dir, seeds)
    db = tmp_path / "cds.sqlite"
    build(db, seeds, extract=percent_extractor())

    def no_hash(_seeds: Path) -> str:
        raise AssertionError("seeds_hash read the seeds although nothing changed")

    with monkeypatch.context() as patched:
        patched.setattr(build_module, "seeds_hash", no_hash)
        assert stale_reason(db, seeds) is None
    first = sorted(seeds.iterdir())[0]
    info = first.stat()
    os.utime(first, ns=(info.st_atime_ns, info.st_mtime_ns + 10**9))
    assert stale_reason(db, seeds) is None  # touched, same bytes: the full hash decides
    first.write_text(first.read_text(encoding="utf-8") + "\nThêm một câu.\n", encoding="utf-8")
    assert stale_reason(db, seeds) == "the seed articles changed"


def test_a_failed_build_leaves_the_old_database_and_no_temporary_file(
    tmp_path: Path, seed_dir: Path
) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(seed_dir, seeds)
    db = tmp_path / "cds.sqlite"
    build(db, seeds)
    before = db.read_bytes()
    (seeds / "broken.txt").write_bytes(b"\x00\x01\x02 binary")
    with pytest.raises(StoreError, match=r"broken\.txt: the file is binary"):
        build(db, seeds)
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cds.sqlite", "seeds"]


def test_a_cancelled_build_changes_nothing(tmp_path: Path, seed_dir: Path) -> None:
    db = tmp_path / "cds.sqlite"
    build(db, seed_dir)
    before = dump(db)
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(BuildCancelled):
        build(db, seed_dir, extract=percent_extractor(), cancelled=cancelled)
    assert dump(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cds.sqlite"]


def test_progress_counts_every_article(tmp_path: Path, seed_dir: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    build(tmp_path / "cds.sqlite", seed_dir, progress=lambda d, t, n: seen.append((d, t, n)))
    total = len(list(seed_dir.glob("*.txt")))
    assert seen[0] == (0, total, sorted(p.name for p in seed_dir.glob("*.txt"))[0])
    assert seen[-1] == (total, total, "")


def test_build_refuses_a_missing_or_empty_seed_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such folder"):
        build(tmp_path / "cds.sqlite", tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match="holds no article files"):
        build(tmp_path / "cds.sqlite", tmp_path / "empty")
    assert not (tmp_path / "cds.sqlite").exists()


def test_articles_about_the_same_day_share_one_meeting_each_with_its_evidence(
    tmp_path: Path, seed_dir: Path
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    original = (seed_dir / "000_ece4792df603b440.txt").read_text(encoding="utf-8")
    (seeds / "a.txt").write_text(original, encoding="utf-8")
    (seeds / "b.txt").write_text("Bài khác. " + original[:400], encoding="utf-8")
    db = tmp_path / "cds.sqlite"
    build(db, seeds, extract=percent_extractor())
    store = Store(db)
    try:
        meetings = store.meetings()
        assert len(meetings) == 1
        assert meetings[0].date == "2024-04-24"
        assert meetings[0].article_ids == (1, 2)
        detail = store.meeting(meetings[0].id)
        assert {e.article_id for e in detail.evidence} == {1, 2}
        for e in detail.evidence:
            assert store.article(e.article_id).text[e.start : e.end] == e.text == "24/4/2024"
            assert e.sentence_start is not None and e.sentence_start <= e.start
    finally:
        store.close()


def test_catalogue_indicators_partition_the_seed_figures(seed_db: Path) -> None:
    catalogue = {e.id: e for e in load_catalogue()}
    store = Store(seed_db)
    try:
        charted: set[int] = set()
        for row in store.indicators():
            entry = catalogue[row.id]
            assert (row.name_vi, row.name_en, row.unit, row.domain) == (
                entry.name_vi, entry.name_en, entry.unit, entry.domain,
            )  # fmt: skip
            series = store.series(row.id)
            assert row.count == len(series) > 0
            assert all(o.indicator_vi == entry.name_vi for o in series)
            charted |= {o.id for o in series}
        others = {o.id for o in store.other_figures()}
        assert not charted & others
        assert charted | others == {o.id for o in store.observations()}
    finally:
        store.close()


def test_a_database_made_by_import_alone_is_built_keeping_the_import(
    tmp_path: Path, seed_dir: Path
) -> None:
    article = tmp_path / "mine.txt"
    article.write_text("Bài của tôi.\nTỷ lệ đạt 42,5%.\n", encoding="utf-8")
    db = tmp_path / "cds.sqlite"
    import_files(db, [article])
    assert stale_reason(db, seed_dir) == "it was never built from the seed articles"
    report = build(db, seed_dir)
    assert report.imports_kept == 1
    store = Store(db)
    try:
        files = [a.file for a in store.articles()]
        assert files == [*sorted(p.name for p in seed_dir.glob("*.txt")), "mine.txt"]
    finally:
        store.close()


def test_a_database_remembers_the_seed_folder_it_was_built_from(
    tmp_path: Path, seed_dir: Path
) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(seed_dir, seeds)
    db = tmp_path / "cds.sqlite"
    assert recorded_seeds(db) is None
    build(db, seeds)
    assert recorded_seeds(db) == seeds.resolve()
    shutil.rmtree(seeds)
    assert recorded_seeds(db) is None


def test_the_search_index_built_at_the_end_holds_every_sentence(fig_db: Path) -> None:
    conn = sqlite3.connect(fig_db)
    try:
        # FTS5 raises "database disk image is malformed" when index and content differ.
        conn.execute("INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)")
        (sentences,) = conn.execute("SELECT count(*) FROM sentences").fetchone()
        (indexed,) = conn.execute(
            "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'so OR ty OR va'"
        ).fetchone()
        (expected,) = conn.execute(
            "SELECT count(*) FROM sentences WHERE ' ' || folded || ' ' GLOB '*[^a-z]so[^a-z]*'"
            " OR ' ' || folded || ' ' GLOB '*[^a-z]ty[^a-z]*'"
            " OR ' ' || folded || ' ' GLOB '*[^a-z]va[^a-z]*'"
        ).fetchone()
    finally:
        conn.close()
    assert sentences > 100
    assert indexed == expected > 10
