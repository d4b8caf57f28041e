"""The whole workflow in the main window, driven from the keyboard.

Runs on a private copy of the UI tests' fictional database (`ui_db`, see
conftest), because curation and import write to it, and with settings in a
file of the test's own.
"""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QWidget

from cds_desktop.extract.text import search_fold
from cds_desktop.ui import MainWindow
from cds_desktop.ui.actions import COMMANDS
from cds_desktop.ui.curation import CurationDialog, FiguresModel
from cds_desktop.ui.preferences import Preferences
from tests.ui.conftest import SHARE
from tests.ui.typing_helpers import type_text


@pytest.fixture
def db(ui_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "cds.sqlite"
    shutil.copy(ui_db, path)
    return path


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def _open(qtbot, db: Path, settings_file: Path) -> MainWindow:
    prefs = Preferences(QSettings(str(settings_file), QSettings.Format.IniFormat))
    win = MainWindow(db, preferences=prefs)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.overviewLoaded, timeout=10_000):
        win.show()
    qtbot.waitExposed(win)
    win.ensure_plots()
    win.activateWindow()
    return win


@pytest.fixture
def win(qtbot, db: Path, settings_file: Path) -> Iterator[MainWindow]:
    window = _open(qtbot, db, settings_file)
    yield window
    _back_to_english(window)


def _back_to_english(window: MainWindow) -> None:
    """The translator is application-wide: take it out before the next test."""
    window.switcher.languageChanged.disconnect()
    window.switcher.switch("en")


def _press(qtbot, win: MainWindow, sequence: str) -> None:
    """Type a shortcut where the keyboard focus is, as a user would."""
    key = QKeySequence(sequence)[0]
    _activate(qtbot, win)
    target = QApplication.focusWidget() or win
    qtbot.keyClick(target, key.key(), key.keyboardModifiers())


def _menu_actions(menu: QMenu) -> list:
    out = []
    for action in menu.actions():
        out.append(action)
        if action.menu() is not None:
            out += _menu_actions(action.menu())
    return out


def test_every_command_has_a_menu_entry_and_its_own_shortcut(win: MainWindow) -> None:
    in_menus = [
        action
        for top in win.menuBar().actions()
        if top.menu() is not None
        for action in _menu_actions(top.menu())
    ]
    names = {a.objectName() for a in in_menus}
    assert {f"action{c.name}" for c in COMMANDS} <= names
    keys = [a.shortcut().toString() for a in in_menus if not a.shortcut().isEmpty()]
    assert len(keys) == len(set(keys))
    for command in COMMANDS:
        assert not win.workflow[command.name].shortcut().isEmpty()
    languages = set(win.language_menu.actions())  # choices in View > Language, not commands
    commands = [a for a in in_menus if a.menu() is None and not a.isSeparator()]
    assert [a.text() for a in commands if a.shortcut().isEmpty() and a not in languages] == []


def test_find_then_enter_opens_the_article_at_the_hit(qtbot, win: MainWindow) -> None:
    win.viewer_left.browser.setFocus()
    _press(qtbot, win, "Ctrl+F")
    assert QApplication.focusWidget() is win.search_box
    qtbot.keyClicks(win.search_box, "ty trong kinh te so")
    qtbot.keyClick(win.search_box, Qt.Key.Key_Return)

    assert win.search_dock.isVisible()
    results = win.search_panel.results
    assert results.hasFocus() and results.model().rowCount() >= 3
    hit = win.search_panel.model.hit(results.currentIndex().row())
    qtbot.keyClick(results, Qt.Key.Key_Return)

    viewer = win.viewer_left
    assert viewer.current_article_id() == hit.article_id
    span = viewer.highlighted_span()
    assert span is not None
    assert search_fold(viewer.text()[span[0] : span[1]]).startswith("ty trong")
    assert hit.sentence_start <= span[0] < span[1] <= hit.sentence_end


def _activate(qtbot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _share_observation(win: MainWindow, raw: str) -> int:
    return next(o.id for o in win.store.series(SHARE) if o.raw == raw)


def test_confirm_and_correct_from_the_keyboard(
    qtbot, win: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    confirmed = _share_observation(win, "14,26%")
    win.select_observation(confirmed)
    win.chart().setFocus()
    _press(qtbot, win, "Ctrl+K")
    dialog = win.figures.findChild(CurationDialog)
    assert dialog is not None and dialog.radios["confirm"].isChecked()
    _activate(qtbot, dialog)
    dialog.note.setFocus()
    type_text(dialog.note, "Khớp với báo cáo")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.store.observation(confirmed).curation == "confirm")
    assert confirmed in win.curation_marks.marked_ids()
    row = win.figures.model.row_of(confirmed)
    assert row is not None
    font = win.figures.model.index(row, 0).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()

    corrected = _share_observation(win, "16,5%")
    win.select_observation(corrected)
    _press(qtbot, win, "F2")
    dialog = next(d for d in win.figures.findChildren(CurationDialog) if d.isVisible())
    assert dialog.radios["correct"].isChecked()
    _activate(qtbot, dialog)
    dialog.value.selectAll()
    qtbot.keyClicks(dialog.value, "17,25")
    dialog.note.setFocus()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.store.observation(corrected).curation == "correct")

    _item, spot = win.chart().spot(corrected)
    assert spot.pos().y() == 17.25
    assert win.chart().selected() == corrected
    value_col = FiguresModel.COLUMNS.index("value")
    row = win.figures.model.row_of(corrected)
    assert row is not None
    assert win.figures.model.index(row, value_col).data() == "17,25"

    out = tmp_path / "share.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), ""))
    _press(qtbot, win, "Ctrl+E")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        exported = {r["raw"]: r for r in csv.DictReader(handle)}
    assert (exported["16,5%"]["value"], exported["16,5%"]["curation"]) == ("17.25", "correct")
    assert exported["14,26%"]["curated"] == "true"
    assert exported["16%"]["curated"] == "false"

    png = tmp_path / "share.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(png), ""))
    _press(qtbot, win, "Ctrl+Shift+E")
    assert png.stat().st_size > 5_000


def test_copy_citation_of_the_selected_figure(qtbot, win: MainWindow) -> None:
    observation = _share_observation(win, "8,2%")
    win.select_observation(observation)
    _press(qtbot, win, "Ctrl+Shift+C")
    text = QGuiApplication.clipboard().text()
    assert "“8,2%”" in text
    assert "Tại Ninh Thuận, tỷ trọng kinh tế số/GRDP năm 2023 đạt 8,2%." in text


def test_go_to_shortcuts_move_the_focus(qtbot, win: MainWindow) -> None:
    _press(qtbot, win, "Alt+3")
    assert QApplication.focusWidget() is win.chart()
    _press(qtbot, win, "Alt+5")
    assert QApplication.focusWidget() is win.viewer_left.browser
    _press(qtbot, win, "Alt+2")
    assert QApplication.focusWidget() is win.indicators.tree
    _press(qtbot, win, "Alt+4")
    assert win.figures_dock.isVisible()
    assert QApplication.focusWidget() is win.figures.table


def test_tab_order_follows_the_layout(win: MainWindow) -> None:
    expected: list[QWidget] = [
        win.search_box,
        win.timeline(),
        win.indicators.filter,
        win.indicators.tree,
        win.chart(),
        win.viewer_left.picker,
        win.viewer_left.browser,
        win.viewer_right.picker,
        win.viewer_right.browser,
    ]
    chain: list[QWidget] = []
    widget = win.search_box
    for _ in range(500):
        if widget in expected and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is win.search_box:
            break
    assert chain == expected


def test_language_switch_changes_the_menus_and_is_remembered(
    qtbot, win: MainWindow, db: Path, settings_file: Path
) -> None:
    titles = [a.text() for a in win.menuBar().actions()]
    assert titles[:4] == ["&File", "&Edit", "F&igure", "&View"]
    win.language_menu.action_for("vi").trigger()
    qtbot.waitUntil(lambda: win.menuBar().actions()[0].text() == "&Tệp")
    assert [a.text() for a in win.menuBar().actions()][:4] == ["&Tệp", "&Sửa", "Số &liệu", "&Xem"]
    assert win.workflow["Import"].text() == "&Nhập bài viết…"
    assert win.figures.buttons["confirm"].text() == "Xác nhận…"
    assert win.language == "vi"
    dialog = win.figures.curate(_share_observation(win, "16%"), "confirm")
    buttons = dialog.buttons.buttons()
    assert sorted(b.text() for b in buttons) == ["Hủy", "Lưu"]
    assert dialog.radios["reject"].text() == "&Loại bỏ"
    dialog.reject()
    win.close()

    again = _open(qtbot, db, settings_file)
    try:
        qtbot.waitUntil(lambda: again.menuBar().actions()[0].text() == "&Tệp")
        assert again.language_menu.action_for("vi").isChecked()
        assert again.search_box.placeholderText().startswith("Tìm")
    finally:
        _back_to_english(again)


def test_geometry_and_splitters_are_remembered(
    qtbot, win: MainWindow, db: Path, settings_file: Path
) -> None:
    win.resize(700, 560)
    win.main_splitter.setSizes([100, 200, 220])
    sizes = win.main_splitter.sizes()
    win.close()
    again = _open(qtbot, db, settings_file)
    assert again.size() == win.size()
    assert again.main_splitter.sizes() == sizes


def _mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return None if at < 0 else text.replace("&&", "")[at + 1].lower()


def _clashes(menu: QMenu) -> list[tuple[str, list[str]]]:
    """Menus whose entries share an Alt-key letter (the second would never be reached)."""
    seen: dict[str, list[str]] = {}
    for action in menu.actions():
        letter = _mnemonic(action.text())
        if letter is not None and action.isVisible():
            seen.setdefault(letter, []).append(action.text())
    out = [(menu.title(), texts) for texts in seen.values() if len(texts) > 1]
    for action in menu.actions():
        if action.menu() is not None:
            out += _clashes(action.menu())
    return out


@pytest.mark.parametrize("language", ["en", "vi"])
def test_alt_key_letters_are_unique_in_every_menu(qtbot, win: MainWindow, language: str) -> None:
    win.switcher.switch(language)
    qtbot.waitUntil(lambda: (win.menuBar().actions()[0].text() == "&Tệp") == (language == "vi"))
    bar = QMenu()
    qtbot.addWidget(bar)
    bar.addActions(win.menuBar().actions())
    assert _clashes(bar) == []
    assert all(_mnemonic(a.text()) for a in win.menuBar().actions())


def test_every_field_of_the_curation_dialog_has_an_alt_key(qtbot, win: MainWindow) -> None:
    win.select_observation(_share_observation(win, "16%"))
    dialog = win.figures.curate(_share_observation(win, "16%"), "correct")
    texts = [r.text() for r in dialog.radios.values()] + [label.text() for label in dialog.labels]
    letters = [_mnemonic(t) for t in texts]
    assert None not in letters
    assert len(set(letters)) == len(letters)
    assert all(label.buddy() is not None for label in dialog.labels)
    dialog.reject()


def test_ctrl_o_imports_the_chosen_files_and_the_views_refresh(
    qtbot, win: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = Path(__file__).resolve().parents[1] / "data" / "articles"
    chosen = sorted(article.glob("g02_*.txt"))[0]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(chosen)], ""))
    before = win.viewer_left.picker.count()
    with qtbot.waitSignal(win.overviewLoaded, timeout=30_000):
        _press(qtbot, win, "Ctrl+O")
    assert win.viewer_left.picker.count() == before + 1
    assert chosen.name in [a.file for a in win.store.articles()]
    assert win.importer.results is not None
    assert win.importer.results.row_texts() == [(chosen.name, "imported", "")]


def test_viewer_menu_offers_copy_and_the_figure_commands(qtbot, win: MainWindow) -> None:
    observation = _share_observation(win, "14,26%")
    win.select_observation(observation)
    menu = win.viewer_menu(win.viewer_left, QPoint(5, 5))
    names = [a.objectName() for a in menu.actions()]
    assert names[-4:] == [
        "actionConfirmFigure",
        "actionRejectFigure",
        "actionCorrectFigure",
        "actionCopyCitation",
    ]
    assert any("Copy" in a.text() for a in menu.actions()[:-4])  # the text's own commands stay
    menu.actions()[-3].trigger()  # Reject…
    dialog = next(d for d in win.figures.findChildren(CurationDialog) if d.isVisible())
    assert dialog.radios["reject"].isChecked()
    assert dialog.figure.text().startswith("“14,26%”")
    dialog.reject()
    menu.close()


def test_ctrl_z_takes_a_verdict_back_everywhere_and_ctrl_shift_z_repeats_it(
    qtbot, win: MainWindow
) -> None:
    rejected = _share_observation(win, "16,5%")
    win.select_observation(rejected)
    win.chart().setFocus()
    assert not win.action_undo.isEnabled() and not win.action_redo.isEnabled()
    _press(qtbot, win, "Ctrl+Shift+K")
    dialog = next(d for d in win.figures.findChildren(CurationDialog) if d.isVisible())
    _activate(qtbot, dialog)
    dialog.note.setFocus()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.store.observation(rejected).curation == "reject")
    assert rejected not in win.chart().plotted_ids()
    assert win.action_undo.isEnabled()
    assert win.action_undo.text() == "&Undo Reject “16,5%”"
    assert win.action_undo in win.edit_menu.actions()

    win.chart().setFocus()
    _press(qtbot, win, "Ctrl+Z")
    assert win.store.observation(rejected).curation is None
    assert rejected in win.chart().plotted_ids()
    assert rejected not in win.curation_marks.marked_ids()
    assert win.chart().selected() == rejected
    assert not win.action_undo.isEnabled()
    assert win.action_redo.text() == "&Redo Reject “16,5%”"

    _press(qtbot, win, "Ctrl+Shift+Z")
    assert win.store.observation(rejected).curation == "reject"
    assert rejected not in win.chart().plotted_ids()

    win.switcher.switch("vi")
    qtbot.waitUntil(lambda: win.edit_menu.title() != "&Edit")
    assert win.action_undo.text() == "&Hoàn tác Loại bỏ “16,5%”"
