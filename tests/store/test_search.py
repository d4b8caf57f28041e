"""Search is blind to case, diacritics and the three D-with-stroke letters, and never raises."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cds_desktop.extract.text import search_fold
from cds_desktop.store import search as search_module
from cds_desktop.store.queries import Store
from cds_desktop.store.search import MAX_PHRASES, fts_query


@pytest.fixture(scope="module")
def store(seed_db: Path):  # type: ignore[no-untyped-def]
    s = Store(seed_db)
    yield s
    s.close()


def _hit_texts(store: Store, query: str) -> list[str]:
    out = []
    for hit in store.search(query):
        text = store.article(hit.article_id).text
        out += [text[s:e] for s, e in hit.hits]
    return out


def test_words_without_diacritics_find_the_accented_words(store: Store) -> None:
    found = _hit_texts(store, "kinh te so")
    assert "tế" in found and "số" in found
    assert {search_fold(t) for t in found} == {"kinh", "te", "so"}


def test_dien_tu_finds_dien_tu_with_d_stroke(store: Store) -> None:
    found = set(_hit_texts(store, "dien tu"))
    assert "điện" in found and "tử" in found


def test_cds_finds_both_spellings_of_the_capital_d_stroke(store: Store) -> None:
    found = set(_hit_texts(store, "cds"))
    assert "CĐS" in found
    assert "C\u00d0S" in found  # Icelandic Eth, as one seed writes it


def test_accented_query_finds_the_same_as_the_bare_one(store: Store) -> None:
    assert store.search("Chuyển đổi số") == store.search("chuyen doi so")


def test_hits_and_snippet_highlights_point_at_the_matched_words(store: Store) -> None:
    hits = store.search("dien tu")
    assert hits
    for hit in hits:
        text = store.article(hit.article_id).text
        sentence = text[hit.sentence_start : hit.sentence_end]
        assert hit.snippet in sentence
        for s, e in hit.hits:
            assert hit.sentence_start <= s < e <= hit.sentence_end
            assert search_fold(text[s:e]) in {"dien", "tu"}
        for s, e in hit.snippet_highlights:
            assert search_fold(hit.snippet[s:e]) in {"dien", "tu"}


def test_a_figure_with_decimal_comma_is_found_as_written(store: Store) -> None:
    hits = store.search("16,5%")
    assert hits
    for hit in hits:
        text = store.article(hit.article_id).text
        assert [text[s:e] for s, e in hit.hits] == ["16,5"] * len(hit.hits)


@pytest.mark.parametrize(
    "query", ['"', "AND", "*", "16,5%", "(", "NEAR(", "a OR", "-x", "^", "col:x", "''", "   ", ""]
)
def test_hostile_queries_never_raise(store: Store, query: str) -> None:
    hits = store.search(query)
    assert isinstance(hits, list)
    assert all(h.hits for h in hits)


def test_fts_operators_are_plain_words(store: Store) -> None:
    # "AND" is not an operator: only sentences containing the word "and" match.
    assert store.search("AND") == []
    assert store.search("kinh AND te") == []


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=30))
def test_any_text_is_a_valid_query(store: Store, query: str) -> None:
    assert isinstance(store.search(query, limit=5), list)


def test_limit_is_respected(store: Store) -> None:
    assert len(store.search("so", limit=3)) == 3


def test_a_pasted_page_is_cut_to_its_first_phrases() -> None:
    _, phrases = fts_query(" ".join(f"từ{i}" for i in range(10_000)) + " 16,5%")
    assert len(phrases) == MAX_PHRASES
    assert phrases[0] == ["tu0"] and ["16", "5"] not in phrases
    assert fts_query("số SỐ so")[1] == [["so"]]
    assert fts_query('16,5% "AND" (NEAR')[0] == '"16 5" "and" "near"'


def test_a_common_term_ranks_only_the_newest_matches(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    everything = store.search("so", limit=10_000)
    newest = sorted((h.article_id, h.sentence_start) for h in everything)[-3:]
    monkeypatch.setattr(search_module, "RANKED", 3)
    bounded = store.search("so", limit=10_000)
    assert len(everything) > 3
    assert sorted((h.article_id, h.sentence_start) for h in bounded) == newest


def test_a_term_with_fewer_matches_than_the_bound_is_ranked_whole(seed_db: Path) -> None:
    conn = sqlite3.connect(seed_db)
    try:
        expression, _ = fts_query("dien tu")
        by_bm25 = conn.execute(
            "SELECT s.article_id, s.start FROM sentences_fts f JOIN sentences s ON s.id = f.rowid"
            " WHERE sentences_fts MATCH ? ORDER BY f.rank, s.article_id, s.start",
            (expression,),
        ).fetchall()
    finally:
        conn.close()
    store = Store(seed_db)
    try:
        hits = store.search("dien tu", limit=10_000)
    finally:
        store.close()
    assert 10 < len(by_bm25) < search_module.RANKED
    assert [(h.article_id, h.sentence_start) for h in hits] == by_bm25
