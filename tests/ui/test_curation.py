"""Confirm, reject and correct figures through the figures table and its dialog.

The database is the seeds with the store tests' predictable extractor (every
percentage is an `actual` of the indicator `share`): these tests are about
what curation does, not about what the real extractor finds.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QBrush, QFont, QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from cds_desktop.extract.text import search_fold
from cds_desktop.store.queries import Store
from cds_desktop.ui.curation import (
    ID_ROLE,
    CurationDialog,
    FiguresModel,
    FiguresPanel,
    format_number,
    parse_number,
)
from cds_desktop.ui.exports import write_series_csv
from cds_desktop.ui.i18n import LanguageSwitcher
from cds_desktop.ui.preferences import Preferences
from tests.ui.typing_helpers import type_text

INDICATOR = "share"


@pytest.fixture
def panel(qtbot, store: Store) -> FiguresPanel:
    panel = FiguresPanel(store)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_indicator(INDICATOR)
    return panel


def _cell(panel: FiguresPanel, observation_id: int, column: str, role: int) -> object:
    row = panel.model.row_of(observation_id)
    assert row is not None
    return panel.model.index(row, FiguresModel.COLUMNS.index(column)).data(role)


def _open_dialog(qtbot, panel: FiguresPanel, row: int, action: str) -> CurationDialog:
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.proxy.index(row, 0))
    qtbot.mouseClick(panel.buttons[action], Qt.MouseButton.LeftButton)
    dialog = panel.findChild(CurationDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _ok(qtbot, dialog: CurationDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_vietnamese_numbers_are_read_as_written() -> None:
    assert parse_number("10,41") == 10.41
    assert parse_number("1.418") == 1418
    assert parse_number("1.418,5") == 1418.5
    assert parse_number("12.5") == 12.5
    assert parse_number("abc") is None
    assert format_number(1418.5) == "1.418,5"


def test_table_lists_the_series(panel: FiguresPanel, store: Store) -> None:
    series = store.series(INDICATOR)
    assert panel.model.rowCount() == len(series) > 0
    ids = {int(panel.proxy.index(r, 0).data(ID_ROLE)) for r in range(panel.proxy.rowCount())}
    assert ids == {row.id for row in series}
    raws = {panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())}
    assert raws == {row.raw for row in series}


def test_confirm_with_a_note_marks_the_row(qtbot, panel: FiguresPanel, store: Store) -> None:
    dialog = _open_dialog(qtbot, panel, 0, "confirm")
    assert dialog.focusWidget() is dialog.note  # the reason is what one types next
    observation_id = panel.current_observation_id()
    assert observation_id is not None
    assert _cell(panel, observation_id, "raw", Qt.ItemDataRole.BackgroundRole) is None
    dialog.note.setFocus()
    type_text(dialog.note, "Khớp với báo cáo của Bộ")

    with qtbot.waitSignal(panel.curated) as signal:
        _ok(qtbot, dialog)

    assert signal.args == [observation_id]
    stored = store.observation(observation_id)
    assert (stored.curation, stored.note) == ("confirm", "Khớp với báo cáo của Bộ")
    assert _cell(panel, observation_id, "curation", Qt.ItemDataRole.DisplayRole) == "confirmed"
    assert isinstance(_cell(panel, observation_id, "raw", Qt.ItemDataRole.BackgroundRole), QBrush)
    font = _cell(panel, observation_id, "raw", Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert panel.current_observation_id() == observation_id


def test_correct_changes_table_store_and_export(
    qtbot, panel: FiguresPanel, store: Store, tmp_path: Path
) -> None:
    dialog = _open_dialog(qtbot, panel, 1, "correct")
    observation_id = panel.current_observation_id()
    assert observation_id is not None
    before = store.observation(observation_id)
    assert dialog.value.isEnabled()
    assert dialog.focusWidget() is dialog.value
    assert dialog.value.selectedText() == dialog.value.text()
    dialog.value.selectAll()
    type_text(dialog.value, "42,5")
    dialog.period.selectAll()
    type_text(dialog.period, "2023")
    type_text(dialog.note, "Bài viết ghi 42,5%")
    _ok(qtbot, dialog)

    after = store.observation(observation_id)
    assert (after.value, after.original_value, after.period) == (42.5, before.value, "2023")
    assert after.curation == "correct"
    assert _cell(panel, observation_id, "value", Qt.ItemDataRole.DisplayRole) == "42,5"
    assert format_number(before.value) in str(
        _cell(panel, observation_id, "value", Qt.ItemDataRole.ToolTipRole)
    )

    out = tmp_path / "series.csv"
    assert write_series_csv(store, INDICATOR, out) == len(store.series(INDICATOR))
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = {int(r["start"]): r for r in csv.DictReader(handle)}
    exported = rows[before.start]
    assert float(exported["value"]) == 42.5
    assert float(exported["original_value"]) == before.value
    assert (exported["curated"], exported["curation"], exported["period"]) == (
        "true",
        "correct",
        "2023",
    )


def test_reject_drops_the_figure_from_the_series(qtbot, panel: FiguresPanel, store: Store) -> None:
    count = panel.model.rowCount()
    dialog = _open_dialog(qtbot, panel, 0, "reject")
    observation_id = panel.current_observation_id()
    assert observation_id is not None
    article_id = store.observation(observation_id).article_id
    type_text(dialog.note, "Không phải tỷ trọng")
    _ok(qtbot, dialog)

    assert panel.model.rowCount() == count - 1
    assert panel.model.row_of(observation_id) is None
    assert observation_id not in {row.id for row in store.series(INDICATOR)}

    panel.set_article(article_id)
    assert panel.model.row_of(observation_id) is None  # still the indicator's series
    panel.source_picker.setCurrentIndex(panel.source_picker.findData("article"))
    panel.source_picker.activated.emit(panel.source_picker.currentIndex())
    font = _cell(panel, observation_id, "raw", Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert _cell(panel, observation_id, "curation", Qt.ItemDataRole.DisplayRole) == "rejected"

    panel.select_observation(observation_id)
    dialog = panel.curate_current("confirm")
    assert dialog is not None
    _ok(qtbot, dialog)
    assert store.observation(observation_id).curation == "confirm"
    assert observation_id in {row.id for row in store.series(INDICATOR)}


def test_an_invalid_correction_is_refused_and_nothing_stored(
    qtbot, panel: FiguresPanel, store: Store
) -> None:
    dialog = _open_dialog(qtbot, panel, 0, "correct")
    observation_id = panel.current_observation_id()
    assert observation_id is not None
    dialog.value.selectAll()
    type_text(dialog.value, "mười")
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "mười" in dialog.problem.text()
    assert store.observation(observation_id).curation is None

    dialog.value.setText(format_number(store.observation(observation_id).value))
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.problem.text()
    assert store.observation(observation_id).curation is None


def test_filter_keeps_matching_rows(panel: FiguresPanel, store: Store) -> None:
    first = store.series(INDICATOR)[0]
    type_text(panel.filter, first.raw)
    shown = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]
    assert 0 < len(shown) < panel.model.rowCount()
    assert all(first.raw in raw for raw in shown)


def test_vietnamese_table_is_filtered_without_accents(
    qtbot, panel: FiguresPanel, tmp_path: Path
) -> None:
    switcher = LanguageSwitcher(
        Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    )
    switcher.switch("vi")
    try:
        qtbot.waitUntil(lambda: panel.buttons["confirm"].text() == "Xác nhận…")
        scope = FiguresModel.COLUMNS.index("scope")
        assert panel.proxy.index(0, scope).data() == "toàn quốc"
        type_text(panel.filter, "TOAN QUOC")
        assert panel.proxy.rowCount() == panel.model.rowCount()
        panel.filter.clear()
        type_text(panel.filter, "toan quoc xyz")
        assert panel.proxy.rowCount() == 0
    finally:
        switcher.switch("en")


def test_sorting_by_value_is_numeric(panel: FiguresPanel) -> None:
    panel.table.sortByColumn(FiguresModel.COLUMNS.index("value"), Qt.SortOrder.AscendingOrder)
    values = [
        panel.model.observation(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row()).value
        for r in range(panel.proxy.rowCount())
    ]
    assert values == sorted(values)


def test_curated_points_get_a_halo_on_the_chart(qtbot, store: Store) -> None:
    from cds_desktop.ui.chart import IndicatorChart
    from cds_desktop.ui.curation_marks import CURATION_COLOURS_STRONG, CurationMarks

    chart = IndicatorChart()
    qtbot.addWidget(chart)
    marks = CurationMarks(chart)
    series = store.series(INDICATOR)
    confirmed, corrected, rejected = series[0], series[1], series[2]
    store.curate(confirmed.id, "confirm", note="")
    store.curate(corrected.id, "correct", value=1.5, note="")
    store.curate(rejected.id, "reject", note="")
    series = store.series(INDICATOR)
    chart.set_series("share", "%", series)
    marks.update(series)

    assert marks.marked_ids() == {confirmed.id, corrected.id}
    halo = {int(s.data()): s for s in marks.item.points()}
    _item, spot = chart.spot(corrected.id)
    assert (halo[corrected.id].pos().x(), halo[corrected.id].pos().y()) == (
        spot.pos().x(),
        spot.pos().y(),
    )
    assert spot.pos().y() == 1.5
    assert halo[confirmed.id].pen().color().name() == CURATION_COLOURS_STRONG["confirm"]
    assert halo[corrected.id].pen().color().name() == CURATION_COLOURS_STRONG["correct"]
    assert marks.item.acceptedMouseButtons() == Qt.MouseButton.NoButton


def test_row_menu_offers_the_commands_and_copies_a_citation(
    qtbot, panel: FiguresPanel, store: Store
) -> None:
    menu_texts = [a.text() for a in panel.table.actions()]
    assert menu_texts == ["Confirm…", "Reject…", "Correct…", "Copy citation"]
    assert not any(a.isEnabled() for a in panel.table.actions())

    panel.table.setCurrentIndex(panel.proxy.index(0, 0))
    observation_id = panel.current_observation_id()
    assert observation_id is not None
    assert all(a.isEnabled() for a in panel.table.actions())
    with qtbot.waitSignal(panel.citationCopied) as copied:
        panel.row_actions["cite"].trigger()
    row = store.observation(observation_id)
    clipboard = QGuiApplication.clipboard().text()
    assert clipboard == copied.args[0].text()
    assert f"“{row.raw}”" in clipboard
    assert store.article(row.article_id).text[row.sentence_start : row.sentence_end] in clipboard

    panel.row_actions["reject"].trigger()
    dialog = panel.findChild(CurationDialog)
    assert dialog is not None and dialog.radios["reject"].isChecked()
    dialog.reject()


def test_a_figure_can_be_moved_to_any_catalogue_indicator(
    qtbot, panel: FiguresPanel, store: Store
) -> None:
    from cds_desktop.store.catalogue import load_catalogue

    target = load_catalogue()[0]
    dialog = _open_dialog(qtbot, panel, 0, "correct")
    observation_id = panel.current_observation_id()
    assert observation_id is not None
    assert dialog.indicator.count() == len(load_catalogue()) + 2  # "—" and its own "share"
    dialog.indicator.setCurrentIndex(dialog.indicator.findData(target.id))
    type_text(dialog.note, "Đây là số doanh nghiệp, không phải tỷ trọng")
    _ok(qtbot, dialog)
    moved = store.observation(observation_id)
    assert (moved.indicator_id, moved.curation) == (target.id, "correct")
    assert observation_id in {row.id for row in store.series(target.id)}
    assert panel.model.row_of(observation_id) is None  # no longer in the "share" series


def _shown_values(panel: FiguresPanel) -> list[float]:
    return [
        panel.model.observation(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row()).value
        for r in range(panel.proxy.rowCount())
    ]


def test_sort_order_is_kept_when_the_rows_are_reloaded(panel: FiguresPanel) -> None:
    panel.table.sortByColumn(FiguresModel.COLUMNS.index("value"), Qt.SortOrder.DescendingOrder)
    panel.reload()
    values = _shown_values(panel)
    assert len(values) > 1
    assert values == sorted(values, reverse=True)


def test_selected_figure_stays_selected_when_the_table_is_sorted(panel: FiguresPanel) -> None:
    last = panel.model.observation(panel.model.rowCount() - 1).id
    assert panel.select_observation(last)
    panel.table.sortByColumn(FiguresModel.COLUMNS.index("value"), Qt.SortOrder.DescendingOrder)
    assert panel.current_observation_id() == last
    assert panel.model.observation(panel.model.row_of(last) or 0).id == last


def test_text_columns_sort_ignoring_accents_and_case(panel: FiguresPanel) -> None:
    column = FiguresModel.COLUMNS.index("raw")
    panel.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    shown = [panel.proxy.index(r, column).data() for r in range(panel.proxy.rowCount())]
    assert len(shown) > 1
    assert shown == sorted(shown, key=search_fold)


def test_a_series_the_window_already_read_is_listed_without_reading_it_again(
    panel: FiguresPanel, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    series = store.series(INDICATOR)
    panel.show_indicator("other")
    assert panel.model.rowCount() == 0

    def no_read(_indicator: str) -> list[object]:
        raise AssertionError("the series was read again")

    monkeypatch.setattr(store, "series", no_read)
    panel.set_indicator(INDICATOR, series)
    listed = {panel.model.observation(r).id for r in range(panel.model.rowCount())}
    assert listed == {o.id for o in series}


def test_a_verdict_is_undone_and_redone_with_the_table_following(
    qtbot, panel: FiguresPanel, store: Store
) -> None:
    dialog = _open_dialog(qtbot, panel, 0, "correct")
    observation_id = panel.current_observation_id()
    assert observation_id is not None
    original = store.observation(observation_id).value
    dialog.value.selectAll()
    type_text(dialog.value, format_number(original + 3))
    _ok(qtbot, dialog)
    assert store.observation(observation_id).value == original + 3
    dialog = panel.curate(observation_id, "reject")
    _ok(qtbot, dialog)
    assert panel.model.row_of(observation_id) is None
    assert panel.history.count() == 2 and "Reject" in panel.history.undoText()

    with qtbot.waitSignal(panel.curated) as undone:
        panel.history.undo()
    assert undone.args == [observation_id]
    assert _cell(panel, observation_id, "curation", Qt.ItemDataRole.DisplayRole) == "corrected"
    assert store.observation(observation_id).value == original + 3
    panel.history.undo()
    assert _cell(panel, observation_id, "curation", Qt.ItemDataRole.DisplayRole) == ""
    assert store.observation(observation_id).value == original
    assert not panel.history.canUndo()

    panel.history.redo()
    panel.history.redo()
    assert panel.model.row_of(observation_id) is None
    assert store.observation(observation_id).curation == "reject"


def _rebuilt_elsewhere(store: Store) -> None:
    """What a build in another process changes under an open window."""
    conn = sqlite3.connect(store.path)
    with conn:
        conn.execute("UPDATE meta SET value = 'later' WHERE key = 'built_at'")
    conn.close()


def test_a_verdict_the_database_refuses_is_reported_and_kept_out_of_the_history(
    qtbot, panel: FiguresPanel, store: Store
) -> None:
    dialog = _open_dialog(qtbot, panel, 0, "reject")
    observation_id = panel.current_observation_id()
    assert observation_id is not None
    _rebuilt_elsewhere(store)  # while the dialog is open
    _ok(qtbot, dialog)
    box = panel.findChild(QMessageBox, "curationRefused")
    assert box is not None and box.isVisible()
    assert "rebuilt by another process" in box.text()
    assert store.observation(observation_id).curation is None
    assert panel.history.count() == 0
    box.close()


def test_an_undo_the_database_refuses_is_reported_and_the_history_cleared(
    qtbot, panel: FiguresPanel, store: Store
) -> None:
    dialog = _open_dialog(qtbot, panel, 0, "reject")
    observation_id = panel.current_observation_id()
    _ok(qtbot, dialog)
    assert panel.history.canUndo()
    _rebuilt_elsewhere(store)
    panel.history.undo()
    box = panel.findChild(QMessageBox, "curationRefused")
    assert box is not None and "rebuilt by another process" in box.text()
    qtbot.waitUntil(lambda: panel.history.count() == 0)
    assert store.observation(observation_id).curation == "reject"  # nothing half-undone
    box.close()
