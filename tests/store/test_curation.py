"""Curations: applied everywhere, kept through rebuilds and extractor changes, never lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cds_desktop.extract import EXTRACTOR_VERSION
from cds_desktop.store import build as build_module
from cds_desktop.store.build import build, stale_reason
from cds_desktop.store.db import StoreError
from cds_desktop.store.queries import Store
from tests.store.fakes import percent_extractor


def _curation_count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM curations").fetchone()[0])
    finally:
        conn.close()


def _first_two(store: Store) -> tuple[int, int]:
    series = store.series("share")
    return series[0].id, series[1].id


def test_corrections_replace_values_and_rejections_hide_figures(fig_db: Path) -> None:
    store = Store(fig_db)
    try:
        before = store.series("share")
        corrected, rejected = _first_two(store)
        original = store.observation(corrected).value
        store.curate(corrected, "correct", value=original + 1, period="2023-H1", note="typo")
        store.curate(rejected, "reject", note="not a share")
        fixed = store.observation(corrected)
        assert (fixed.value, fixed.original_value, fixed.curated) == (original + 1, original, True)
        assert (fixed.period, fixed.period_start, fixed.period_end) == (
            "2023-H1",
            "2023-01-01",
            "2023-06-30",
        )
        assert fixed.note == "typo" and fixed.curation == "correct"
        after = store.series("share")
        assert len(after) == len(before) - 1
        assert rejected not in {o.id for o in after}
        assert store.observation(rejected).curation == "reject"
        article = store.observation(rejected).article_id
        assert rejected in {o.id for o in store.article_observations(article)}
    finally:
        store.close()


def test_a_later_verdict_replaces_the_earlier_one(fig_db: Path) -> None:
    store = Store(fig_db)
    try:
        target, _ = _first_two(store)
        store.curate(target, "reject")
        store.curate(target, "confirm", note="on second look")
        row = store.observation(target)
        assert (row.curation, row.note) == ("confirm", "on second look")
        assert _curation_count(fig_db) == 1
    finally:
        store.close()


@pytest.mark.parametrize(
    ("action", "fields", "message"),
    [
        ("delete", {}, "unknown curation"),
        ("correct", {}, "at least one field"),
        ("reject", {"value": 3.0}, "takes no corrected fields"),
        ("correct", {"value": float("nan")}, "finite"),
        ("correct", {"kind": "guess"}, "unknown kind"),
        ("correct", {"period": "mùa xuân"}, "unknown period"),
        ("correct", {"indicator_id": "no_such_indicator"}, "unknown indicator"),
        ("correct", {"scope": "  "}, "scope cannot be empty"),
    ],
)
def test_invalid_curations_are_refused(
    fig_db: Path, action: str, fields: dict[str, float | str], message: str
) -> None:
    store = Store(fig_db)
    try:
        target, _ = _first_two(store)
        with pytest.raises(StoreError, match=message):
            store.curate(target, action, **fields)
        assert store.observation(target).curated is False
    finally:
        store.close()


def test_curation_of_an_unknown_observation_is_refused(fig_db: Path) -> None:
    store = Store(fig_db)
    try:
        with pytest.raises(StoreError, match="no observation 99999"):
            store.curate(99999, "confirm")
    finally:
        store.close()


def _curate_two(db: Path) -> tuple[str, str]:
    """Correct one figure and reject another; returns their raw texts."""
    store = Store(db)
    try:
        corrected, rejected = _first_two(store)
        store.curate(corrected, "correct", value=77.0, note="checked")
        store.curate(rejected, "reject")
        return store.observation(corrected).raw, store.observation(rejected).raw
    finally:
        store.close()


def test_curations_survive_a_rebuild(fig_db: Path, seed_dir: Path) -> None:
    raw_corrected, _ = _curate_two(fig_db)
    report = build(fig_db, seed_dir, extract=percent_extractor())
    assert (report.curations, report.orphaned) == (2, 0)
    store = Store(fig_db)
    try:
        curated = [o for o in store.article_observations(1) + store.series("share") if o.curated]
        assert {(o.raw, o.curation) for o in curated} >= {(raw_corrected, "correct")}
        assert sum(o.curation == "reject" for o in store.series("share")) == 0
        assert any(o.value == 77.0 and o.note == "checked" for o in store.series("share"))
    finally:
        store.close()


def test_curations_follow_an_extractor_change_that_widens_the_span(
    fig_db: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _curate_two(fig_db)
    store = Store(fig_db)
    first = store.series("share")[0]
    store.close()
    monkeypatch.setattr(build_module, "EXTRACTOR_VERSION", EXTRACTOR_VERSION + "-wider")
    assert stale_reason(fig_db, seed_dir) is not None
    report = build(fig_db, seed_dir, extract=percent_extractor(widen=4))
    assert report.orphaned == 0
    assert stale_reason(fig_db, seed_dir) is None
    store = Store(fig_db)
    try:
        moved = [o for o in store.article_observations(first.article_id) if o.curation == "correct"]
        (row,) = moved
        assert row.raw.endswith(first.raw) and len(row.raw) > len(first.raw)
        assert row.value == 77.0 and row.original_value == first.original_value
        # A new verdict on the moved figure replaces the old one, not a second row.
        store.curate(row.id, "confirm", note="fine after all")
        assert store.observation(row.id).curation == "confirm"
        assert _curation_count(fig_db) == 2
    finally:
        store.close()


def test_an_unanchorable_curation_is_kept_as_orphan_and_comes_back(
    fig_db: Path, seed_dir: Path
) -> None:
    raw_corrected, _ = _curate_two(fig_db)
    report = build(fig_db, seed_dir, extract=percent_extractor(skip=raw_corrected))
    assert report.orphaned >= 1
    store = Store(fig_db)
    try:
        orphans = store.orphaned_curations()
        assert raw_corrected in {o.raw for o in orphans}
        assert all(o.article_id is not None for o in orphans)
        # Not re-attached to another figure: no observation carries the correction.
        assert not any(o.curation == "correct" for o in store.series("share"))
    finally:
        store.close()
    build(fig_db, seed_dir, extract=percent_extractor())
    store = Store(fig_db)
    try:
        assert store.orphaned_curations() == []
        assert any(o.curation == "correct" and o.value == 77.0 for o in store.series("share"))
    finally:
        store.close()


BASE = "Mở đầu bài viết.\nTỷ lệ A đạt 10%. Tỷ lệ B đạt 20%. Tỷ lệ C đạt 30%.\nKết thúc bài viết.\n"


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    position=st.integers(min_value=0, max_value=len(BASE)),
    inserted=st.sampled_from(["X", "Tỷ lệ D đạt 20%. ", "\n", "đạt 20%", " 40% "]),
)
def test_an_edited_article_never_moves_a_curation_to_another_figure(
    tmp_path_factory: pytest.TempPathFactory, position: int, inserted: str
) -> None:
    folder = tmp_path_factory.mktemp("edit")
    seeds = folder / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(BASE, encoding="utf-8")
    db = folder / "cds.sqlite"
    build(db, seeds, extract=percent_extractor())
    store = Store(db)
    target = next(o for o in store.series("share") if o.raw == "20%")
    before = store.article(target.article_id).text[target.start - 12 : target.end + 1]
    store.curate(target.id, "correct", value=21.0)
    store.close()

    edited = BASE[:position] + inserted + BASE[position:]
    (seeds / "a.txt").write_text(edited, encoding="utf-8")
    report = build(db, seeds, extract=percent_extractor())
    store = Store(db)
    try:
        corrected = [o for o in store.series("share") if o.curation == "correct"]
        assert len(corrected) + report.orphaned == 1
        for o in corrected:
            text = store.article(o.article_id).text
            assert o.raw == "20%" and o.value == 21.0
            assert text[o.start - 12 : o.end + 1] == before  # the same words around it
    finally:
        store.close()


@pytest.mark.parametrize(
    ("position", "anchored"),
    [(0, True), (len(BASE), True), (BASE.index("20%") - 3, False), (BASE.index("20%") + 5, False)],
)
def test_an_edit_far_from_the_figure_keeps_it_and_one_near_it_orphans_it(
    tmp_path: Path, position: int, anchored: bool
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(BASE, encoding="utf-8")
    db = tmp_path / "cds.sqlite"
    build(db, seeds, extract=percent_extractor())
    store = Store(db)
    store.curate(next(o.id for o in store.series("share") if o.raw == "20%"), "reject")
    store.close()
    (seeds / "a.txt").write_text(BASE[:position] + "Thêm. " + BASE[position:], encoding="utf-8")
    report = build(db, seeds, extract=percent_extractor())
    store = Store(db)
    try:
        assert report.orphaned == (0 if anchored else 1)
        shown = {o.raw for o in store.series("share")}
        assert shown == ({"10%", "30%"} if anchored else {"10%", "20%", "30%"})
        assert len(store.orphaned_curations()) == report.orphaned
    finally:
        store.close()
