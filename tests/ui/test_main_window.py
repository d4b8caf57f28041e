"""The main window on the fictional `ui_db`: named regions, clicks, and what they show."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QToolBar, QTreeView, QWidget

from cds_desktop.ui import MainWindow
from tests.ui.conftest import ONLINE, SHARE

NAMES = (
    "timelineView",
    "indicatorList",
    "indicatorChart",
    "articleViewerLeft",
    "articleViewerRight",
    "searchBox",
)


def _obs(window: MainWindow, raw: str):
    return next(o for o in window.store.observations() if o.raw == raw)


def _find_row(view: QTreeView, text: str, parent: QModelIndex | None = None) -> QModelIndex:
    model = view.model()
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data() == text:
            return index
        found = _find_row(view, text, index)
        if found.isValid():
            return found
    return QModelIndex()


def _visible_names(view: QTreeView, parent: QModelIndex | None = None) -> list[str]:
    model = view.model()
    parent = parent or QModelIndex()
    names = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        names.append(index.data())
        names += _visible_names(view, index)
    return names


def _click(qtbot, tree: QTreeView, index: QModelIndex) -> None:
    point = tree.visualRect(index).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_every_named_region_exists(window: MainWindow) -> None:
    for name in NAMES:
        assert window.findChild(QWidget, name) is not None, name
    search = window.findChild(QLineEdit, "searchBox")
    assert isinstance(search.parent(), QToolBar)
    assert window.findChild(QWidget, "timelineView").isVisible()


def test_window_builds_on_an_empty_database(qtbot, tmp_path: Path) -> None:
    from cds_desktop.store.db import connect

    path = tmp_path / "empty.sqlite"
    connect(path, create=True).close()
    win = MainWindow(path)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.overviewLoaded, timeout=10_000):
        win.show()
    win.ensure_plots()
    assert win.overview is not None and win.overview.meetings == ()
    assert win.viewer_left.current_article_id() is None


def test_clicking_an_indicator_plots_every_report_of_it(qtbot, window: MainWindow) -> None:
    tree = window.findChild(QTreeView, "indicatorList")
    index = _find_row(tree, "Digital economy share of GDP")
    assert index.isValid()
    assert index.siblingAtColumn(1).data() == len(window.store.series(SHARE))
    _click(qtbot, tree, index)
    chart = window.chart()
    assert chart.plotted_ids() == {o.id for o in window.store.series(SHARE)}
    assert ("Ninh Thuận", "actual") in chart.series_keys()
    assert ("national", "forecast") in chart.series_keys()


def test_clicking_a_chart_point_opens_its_sentence_and_the_previous_report(
    window: MainWindow,
) -> None:
    window.select_indicator(SHARE)
    chart = window.chart()
    obs = _obs(window, "16,5%")
    item, spot = chart.spot(obs.id)
    item.sigClicked.emit(item, [spot], None)

    left = window.findChild(QWidget, "articleViewerLeft")
    assert left.current_article_id() == obs.article_id
    assert left.highlighted_span() == (obs.start, obs.end)
    start, end = left.highlighted_span()
    assert left.text()[start:end] == obs.raw == "16,5%"
    assert left.highlighted_sentence() == (obs.sentence_start, obs.sentence_end)
    assert left.text()[obs.sentence_start : obs.sentence_end].startswith("Tỷ trọng kinh tế số/GDP")
    assert chart.selected() == obs.id

    previous = window.store.previous_report(obs.id)
    assert previous is not None and previous.raw == "16%"
    right = window.findChild(QWidget, "articleViewerRight")
    assert right.current_article_id() == previous.article_id != obs.article_id
    assert right.highlighted_span() == (previous.start, previous.end)
    assert right.text()[previous.start : previous.end] == "16%"


def test_a_real_mouse_click_on_a_chart_point_selects_it(qtbot, window: MainWindow) -> None:
    window.select_indicator(SHARE)
    chart = window.chart()
    chart.getPlotItem().vb.autoRange()
    qtbot.wait(50)
    obs = _obs(window, "12%")
    point = chart.view_point(obs.id).toPoint()
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert chart.selected() == obs.id
    assert window.viewer_left.highlighted_span() == (obs.start, obs.end)


def test_the_first_report_has_no_previous_one(window: MainWindow) -> None:
    first = _obs(window, "12%")
    window.select_observation(first.id)
    assert window.viewer_right.current_article_id() is None
    assert window.viewer_right.highlighted_span() is None
    assert window.viewer_right.caption.text()


def test_arrow_keys_step_along_the_series(qtbot, window: MainWindow) -> None:
    start = _obs(window, "14,26%")
    window.select_observation(start.id)
    chart = window.chart()
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    stepped = window.store.observation(chart.selected())
    assert stepped.id != start.id
    assert (stepped.scope, stepped.kind, stepped.period) == ("national", "actual", "2023")
    assert window.viewer_left.highlighted_span() == (stepped.start, stepped.end)
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.selected() == start.id
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.selected() == _obs(window, "12%").id  # stays at the first point


def test_up_and_down_move_between_series(qtbot, window: MainWindow) -> None:
    window.select_observation(_obs(window, "14,26%").id)  # national actual, 2022
    chart = window.chart()
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)  # national forecast: its only point
    assert chart.selected() == _obs(window, "20%").id
    qtbot.keyClick(chart, Qt.Key.Key_Down)  # Ninh Thuận: the point nearest 2025
    assert chart.selected() == _obs(window, "8,2%").id
    assert window.viewer_left.highlighted_span() == (
        _obs(window, "8,2%").start,
        _obs(window, "8,2%").end,
    )
    qtbot.keyClick(chart, Qt.Key.Key_Down)  # no series below: stays
    assert chart.selected() == _obs(window, "8,2%").id
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    assert chart.selected() == _obs(window, "20%").id


def test_clicking_a_figure_in_the_viewer_selects_it_on_the_chart(qtbot, window: MainWindow) -> None:
    from PySide6.QtGui import QTextCursor

    from cds_desktop.ui.offsets import OffsetMap

    selected = _obs(window, "16,5%")
    window.select_observation(selected.id)
    target = _obs(window, "8,2%")
    browser = window.viewer_left.browser
    cursor = QTextCursor(browser.document())
    cursor.setPosition(OffsetMap(window.viewer_left.text()).to_utf16(target.start + 1))
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    qtbot.mouseClick(
        browser.viewport(), Qt.MouseButton.LeftButton, pos=browser.cursorRect(cursor).center()
    )
    assert window.chart().selected() == target.id
    assert window.viewer_left.highlighted_span() == (target.start, target.end)


def test_right_viewer_picker_opens_any_article(qtbot, window: MainWindow) -> None:
    picker = window.viewer_right.picker
    files = [picker.itemText(i) for i in range(picker.count())]
    assert "c_markup.txt" in files
    picker.setFocus()
    for _ in range(files.index("c_markup.txt") + 1):  # nothing is chosen at first
        qtbot.keyClick(picker, Qt.Key.Key_Down)
    article = next(a for a in window.store.articles() if a.file == "c_markup.txt")
    assert window.viewer_right.current_article_id() == article.id
    markup = '<b>x</b><img src="http://example.com/a.png">'
    assert markup in window.viewer_right.browser.toPlainText()
    assert window.viewer_right.browser.resource_requests == []


def test_filter_box_keeps_matching_indicators_only(qtbot, window: MainWindow) -> None:
    tree = window.findChild(QTreeView, "indicatorList")
    assert "Online public services" in _visible_names(tree)
    box = window.findChild(QLineEdit, "indicatorFilter")
    qtbot.keyClicks(box, "kinh te so")
    names = _visible_names(tree)
    assert "Digital economy share of GDP" in names
    assert "Online public services" not in names
    box.clear()
    assert "Online public services" in _visible_names(tree)
    qtbot.waitUntil(window.indicators.model().other_loaded, timeout=10_000)
    qtbot.keyClicks(box, "80 TRIEU")  # an uncatalogued figure, typed without accents
    assert _visible_names(tree) == ["Other figures", "80 triệu — 80 triệu"]


def test_other_figures_are_reachable_from_the_list(qtbot, window: MainWindow) -> None:
    tree = window.findChild(QTreeView, "indicatorList")
    qtbot.waitUntil(window.indicators.model().other_loaded, timeout=10_000)  # read off-thread
    group = _find_row(tree, "Other figures")
    assert group.isValid()
    tree.expand(group)
    leaf = _find_row(tree, "80 triệu — 80 triệu", group)
    assert leaf.isValid()
    assert group.siblingAtColumn(1).data() == 1
    _click(qtbot, tree, leaf)
    obs = _obs(window, "80 triệu")
    assert window.viewer_left.current_article_id() == obs.article_id
    assert window.viewer_left.highlighted_span() == (obs.start, obs.end)


def test_indicator_names_follow_the_language(window: MainWindow) -> None:
    tree = window.findChild(QTreeView, "indicatorList")
    assert _find_row(tree, "Digital economy").isValid()  # the domain, named from domains.toml
    window.set_language("vi")
    assert _find_row(tree, "Kinh tế số").isValid()
    assert _find_row(tree, "Tỷ trọng kinh tế số trong GDP").isValid()
    assert not _find_row(tree, "Digital economy share of GDP").isValid()
    window.set_language("en")
    assert _find_row(tree, "Digital economy share of GDP").isValid()


def test_online_services_chart_shows_both_reports(window: MainWindow) -> None:
    window.select_indicator(ONLINE)
    assert {window.store.observation(i).raw for i in window.chart().plotted_ids()} == {
        "80,44%",
        "60%",
    }


def test_smoke_run_reports_what_it_showed(qtbot, ui_db: Path, capsys) -> None:
    from cds_desktop.ui.launch import run

    assert run(ui_db, smoke=True) == 0
    out = capsys.readouterr().out
    assert "timeline shows 4 of 4 meetings" in out
    assert "2 indicators listed" in out
    assert "10 observations" in out


def test_opening_the_window_module_does_not_import_pyqtgraph() -> None:
    """pyqtgraph costs most of a second; the window must paint before paying it."""
    import subprocess
    import sys

    code = "import sys, cds_desktop.ui.main_window; print('pyqtgraph' in sys.modules)"
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == "False"
