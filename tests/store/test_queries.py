"""The window's questions: timeline, indicators, series, previous report, discrepancies."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from cds_desktop.store.build import build
from cds_desktop.store.db import StoreError
from cds_desktop.store.discrepancies import mark_all
from cds_desktop.store.queries import Store
from tests.store.fakes import percent_extractor

ARTICLES = {
    "a.txt": "Ngày 6/2/2024, phiên họp.\nTỷ lệ dịch vụ công đạt 40%.\n",
    "b.txt": "Ngày 24/4/2024, phiên họp.\nTỷ lệ dịch vụ công đạt 45%.\n",
    "c.txt": "Ngày 24/4/2024, hội nghị khác.\nTỷ lệ dịch vụ công đạt 45%.\n",
    "d.txt": "Không có ngày.\nTỷ lệ đạt 40%.\n",
}


@pytest.fixture
def store(tmp_path: Path) -> Store:  # type: ignore[misc]
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    build(tmp_path / "db.sqlite", seeds, extract=percent_extractor())
    s = Store(tmp_path / "db.sqlite")
    yield s
    s.close()


def _by_file(store: Store) -> dict[str, int]:
    return {a.file: a.id for a in store.articles()}


def test_meetings_are_ordered_by_date_and_joined_by_day(store: Store) -> None:
    ids = _by_file(store)
    meetings = store.meetings()
    assert [m.date for m in meetings] == ["2024-02-06", "2024-04-24"]
    assert meetings[0].article_ids == (ids["a.txt"],)
    assert meetings[1].article_ids == (ids["b.txt"], ids["c.txt"])
    assert store.counts() == {"articles": 4, "meetings": 2, "indicators": 0, "observations": 4}


def test_discrepancies_need_different_values_from_different_articles(store: Store) -> None:
    (d,) = store.discrepancies()
    assert (d.indicator_id, d.period, d.scope) == ("share", "2024", "national")
    assert sorted(o.value for o in d.observations) == [40.0, 40.0, 45.0, 45.0]
    assert all(o.discrepant for o in store.series("share"))


def test_no_discrepancy_once_the_odd_values_are_rejected_or_corrected(store: Store) -> None:
    forty = [o for o in store.series("share") if o.value == 40.0]
    store.curate(forty[0].id, "correct", value=45.0)
    store.curate(forty[1].id, "reject")
    assert store.discrepancies() == []
    assert not any(o.discrepant for o in store.series("share"))


def test_series_is_in_time_order_and_previous_report_is_the_nearest_earlier(
    store: Store,
) -> None:
    ids = _by_file(store)
    series = store.series("share")
    assert [o.meeting_date for o in series] == [None, "2024-02-06", "2024-04-24", "2024-04-24"]
    by_article = {o.article_id: o for o in series}
    previous = store.previous_report(by_article[ids["b.txt"]].id)
    assert previous is not None and previous.article_id == ids["a.txt"]
    assert store.previous_report(by_article[ids["d.txt"]].id) is None


def test_figures_of_an_indicator_outside_the_catalogue_are_other_figures(store: Store) -> None:
    # The test extractor's indicator "share" is in no catalogue.
    assert store.indicators() == []
    assert {o.id for o in store.other_figures()} == {o.id for o in store.observations()}


def test_observation_rows_carry_provenance(store: Store) -> None:
    for o in store.observations():
        article = store.article(o.article_id)
        assert article.text[o.start : o.end] == o.raw
        assert o.article_file == article.file
        assert article.text[o.sentence_start : o.sentence_end].startswith("Tỷ lệ")


def test_unknown_ids_raise_store_error(store: Store) -> None:
    for call in (lambda: store.article(999), lambda: store.meeting(999)):
        with pytest.raises(StoreError, match="999"):
            call()
    with pytest.raises(StoreError, match="no observation 999"):
        store.observation(999)


def test_meeting_detail_lists_its_articles_and_figures(store: Store) -> None:
    ids = _by_file(store)
    second = store.meetings()[1]
    detail = store.meeting(second.id)
    assert [a.file for a in detail.articles] == ["b.txt", "c.txt"]
    assert {o.article_id for o in detail.key_figures} == {ids["b.txt"], ids["c.txt"]}
    assert [e.text for e in detail.evidence] == ["24/4/2024", "24/4/2024"]


def _reference_previous(store: Store, observation_id: int) -> int | None:
    """The definition read literally: the last earlier point of the whole series."""
    current = store.observation(observation_id)
    if current.indicator_id is None:
        return None
    key = (current.period_end or "", current.meeting_date or "")
    earlier = [
        o.id
        for o in store.series(current.indicator_id)
        if o.scope == current.scope
        and o.article_id != current.article_id
        and (o.period_end or "", o.meeting_date or "") < key
    ]
    return earlier[-1] if earlier else None


def test_previous_report_agrees_with_the_series_after_curations(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for day in range(1, 9):
        (seeds / f"{day}.txt").write_text(
            f"Ngày {day}/3/2024, phiên họp.\nTỷ lệ đạt {40 + day}%.\nTỷ lệ khác {day},5%.\n",
            encoding="utf-8",
        )
    (seeds / "undated.txt").write_text("Không có ngày.\nTỷ lệ đạt 30%.\n", encoding="utf-8")
    build(tmp_path / "db.sqlite", seeds, extract=percent_extractor())
    store = Store(tmp_path / "db.sqlite")
    try:
        figures = store.observations()
        store.curate(figures[0].id, "correct", period="2023")
        store.curate(figures[3].id, "correct", scope="Hà Nội")
        store.curate(figures[5].id, "reject")
        store.curate(figures[8].id, "correct", value=1.0, period="2025-H1")
        store.curate(figures[10].id, "confirm")
        answers = {}
        for o in figures:
            found = store.previous_report(o.id)
            assert (found.id if found else None) == _reference_previous(store, o.id), o
            answers[o.id] = found
        assert sum(a is not None for a in answers.values()) > len(figures) // 2
        moved = answers[figures[8].id]
        assert moved is not None and moved.period_end == "2024-12-31"
    finally:
        store.close()


def test_flags_kept_up_by_curations_equal_flags_computed_afresh(store: Store) -> None:
    figures = store.series("share")
    store.curate(figures[0].id, "correct", period="2023")
    store.curate(figures[1].id, "correct", value=45.0)
    store.curate(figures[2].id, "correct", indicator_id="share", scope="Hà Nội")
    store.curate(figures[0].id, "correct", period="2024")
    kept = {o.id: o.discrepant for o in store.observations()}
    conn = sqlite3.connect(store.path)
    try:
        with conn:
            conn.execute("UPDATE observations SET discrepant = 0")
            mark_all(conn)
    finally:
        conn.close()
    assert {o.id: o.discrepant for o in store.observations()} == kept
    assert sum(kept.values()) == 3


def test_indicator_counts_follow_rejections_and_corrected_indicators(
    seed_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "copy.sqlite"
    shutil.copy(seed_db, db)
    store = Store(db)
    try:
        first, second, *_ = sorted(store.indicators(), key=lambda i: i.count)
        store.curate(store.series(first.id)[0].id, "reject")
        moved = store.series(second.id)[0].id
        store.curate(moved, "correct", indicator_id=first.id)
        rows = {i.id: i.count for i in store.indicators()}
        assert rows[first.id] == first.count
        assert rows.get(second.id, 0) == second.count - 1
        for indicator_id, count in rows.items():
            assert count == len(store.series(indicator_id)) > 0
        with_figures = {o.indicator_id for o in store.observations() if o.indicator_id is not None}
        assert set(rows) == with_figures - {o.indicator_id for o in store.other_figures()}
        assert store.counts()["observations"] == len(store.observations())
        assert store.counts()["indicators"] == len(rows)
    finally:
        store.close()


def test_other_figure_labels_are_the_other_figures_in_light_form(seed_db) -> None:
    from cds_desktop.store.queries import Store

    store = Store(seed_db)
    try:
        full = store.other_figures()
        light = list(store.each_other_figure_label())
    finally:
        store.close()
    assert full  # the seeds have figures outside the catalogue
    assert [(o.id, o.raw, o.label, o.article_title) for o in full] == [tuple(x) for x in light]


def test_article_marks_are_the_spans_of_every_figure_of_the_article(
    seed_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "seeds.sqlite"
    shutil.copy(seed_db, db)
    store = Store(db)
    article_id = store.articles()[0].id
    figures = store.article_observations(article_id)
    corrected, rejected = figures[0], figures[1]
    store.curate(corrected.id, "correct", value=corrected.value + 1)
    store.curate(rejected.id, "reject")
    marks = store.article_marks(article_id)
    text = store.article(article_id).text
    assert [tuple(m) for m in marks] == [
        (f.id, f.start, f.end, f.sentence_start, f.sentence_end)
        for f in store.article_observations(article_id)
    ]
    assert rejected.id in {m.id for m in marks}  # the viewer still marks a rejected figure
    assert all(text[m.start : m.end] == f.raw for m, f in zip(marks, figures, strict=True))
    assert all(m.sentence_start <= m.start < m.end <= m.sentence_end for m in marks)
    assert len(marks) > 10
    store.close()
