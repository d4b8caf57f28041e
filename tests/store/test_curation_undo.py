"""Undoing a verdict puts the database back exactly as it was before it.

The window's Edit > Undo reads `curation_record` before each verdict and
hands it to `restore_curation`; these tests hold the store to "exactly": the
whole database dumped as SQL, discrepancy flags and created times included.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cds_desktop.store.curation import CurationRecord
from cds_desktop.store.db import StoreError
from cds_desktop.store.queries import Store
from tests.store.conftest import dump


def _copy(template: Path, folder: Path) -> Path:
    """A private copy of a built database (the backup API, so a WAL is included)."""
    path = folder / "copy.sqlite"
    source, target = sqlite3.connect(template), sqlite3.connect(path)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return path


def _verdict(store: Store, observation_id: int, action: str, note: str = "") -> None:
    if action == "correct":
        value = store.observation(observation_id).value + 1
        store.curate(observation_id, action, value=value, period="2021", note=note)
    else:
        store.curate(observation_id, action, note=note)


def test_undoing_a_first_verdict_leaves_no_trace(fig_db: Path) -> None:
    original = dump(fig_db)
    store = Store(fig_db)
    try:
        target = store.series("share")[0].id
        assert store.curation_record(target) is None
        store.curate(target, "reject", note="not a share")
        assert store.observation(target).curation == "reject"
        store.restore_curation(target, None)
        row = store.observation(target)
        assert (row.curation, row.curated, row.note) == (None, False, "")
    finally:
        store.close()
    assert dump(fig_db) == original


def test_undoing_a_second_verdict_brings_back_the_first_as_it_was(fig_db: Path) -> None:
    store = Store(fig_db)
    try:
        target = store.series("share")[0].id
        value = store.observation(target).value
        store.curate(target, "correct", value=value + 5, note="typo")
        first = store.curation_record(target)
        assert isinstance(first, CurationRecord)
        assert (first.action, first.value, first.note) == ("correct", value + 5, "typo")
        store.curate(target, "reject", note="changed my mind")
        assert store.observation(target).curation == "reject"
        store.restore_curation(target, first)
        assert store.curation_record(target) == first  # id and created time included
        row = store.observation(target)
        assert (row.curation, row.value, row.note) == ("correct", value + 5, "typo")
    finally:
        store.close()


def test_an_orphan_taken_over_by_a_verdict_is_an_orphan_again_after_undo(fig_db: Path) -> None:
    store = Store(fig_db)
    try:
        target = store.series("share")[0].id
        store.curate(target, "confirm", note="old verdict")
    finally:
        store.close()
    conn = sqlite3.connect(fig_db)
    with conn:  # as a rebuild leaves a verdict it could not place
        conn.execute("UPDATE curations SET observation_id = NULL")
    conn.close()
    orphaned = dump(fig_db)
    store = Store(fig_db)
    try:
        record = store.curation_record(target)
        assert record is not None and record.observation_id is None
        assert record.note == "old verdict"
        store.curate(target, "reject", note="new verdict")
        assert store.orphaned_curations() == []
        store.restore_curation(target, record)
        assert [o.raw for o in store.orphaned_curations()] == [record.raw]
        assert store.observation(target).curated is False
    finally:
        store.close()
    assert dump(fig_db) == orphaned


def test_undo_is_refused_when_the_database_was_rebuilt_elsewhere(fig_db: Path) -> None:
    store = Store(fig_db)
    try:
        target = store.series("share")[0].id
        store.curate(target, "reject")
        other = sqlite3.connect(fig_db)
        with other:  # what a build in another process changes
            other.execute("UPDATE meta SET value = 'later' WHERE key = 'built_at'")
        other.close()
        with pytest.raises(StoreError, match="rebuilt by another process"):
            store.restore_curation(target, None)
    finally:
        store.close()
    conn = sqlite3.connect(fig_db)
    assert conn.execute("SELECT action FROM curations").fetchall() == [("reject",)]
    conn.close()


def test_undo_of_a_figure_that_is_gone_is_refused(fig_db: Path) -> None:
    store = Store(fig_db)
    try:
        with pytest.raises(StoreError, match="no observation"):
            store.restore_curation(10**9, None)
    finally:
        store.close()


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    steps=st.lists(
        st.tuples(st.integers(0, 5), st.sampled_from(["confirm", "reject", "correct"])),
        min_size=1,
        max_size=6,
    )
)
def test_undoing_every_verdict_in_turn_walks_the_database_back(
    fig_db: Path, tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[int, str]]
) -> None:
    db = _copy(fig_db, tmp_path_factory.mktemp("undo"))
    store = Store(db)
    try:
        figures = [o.id for o in store.series("share")[:6]]
        states = [dump(db)]
        undo: list[tuple[int, CurationRecord | None]] = []
        for n, (which, action) in enumerate(steps):
            target = figures[which]
            undo.append((target, store.curation_record(target)))
            _verdict(store, target, action, note=f"step {n}")
            states.append(dump(db))
        for target, record in reversed(undo):
            store.restore_curation(target, record)
            states.pop()
            assert dump(db) == states[-1]
    finally:
        store.close()
