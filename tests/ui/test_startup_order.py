"""The window's start-up order: first frame, chart, then the overview and the
hidden parts; each part is still built at once when something asks for it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDockWidget, QWidget

from cds_desktop.ui import MainWindow


def test_hidden_parts_exist_once_the_overview_is_shown(qtbot, window: MainWindow) -> None:
    for name in ("searchDock", "figuresDock"):
        dock = window.findChild(QDockWidget, name)
        assert dock is not None, name
        assert not dock.isVisible()
    assert window.acceptDrops()


def test_an_unshown_window_builds_its_parts_when_asked(qtbot, ui_db: Path) -> None:
    win = MainWindow(ui_db)
    qtbot.addWidget(win)
    assert win.findChild(QDockWidget, "figuresDock") is None  # not built yet
    assert win.figures_dock.objectName() == "figuresDock"
    assert win.findChild(QDockWidget, "figuresDock") is win.figures_dock
    assert win.figures.parent() is not None


def test_typing_before_the_search_panel_exists_still_searches(qtbot, ui_db: Path) -> None:
    win = MainWindow(ui_db)
    qtbot.addWidget(win)
    qtbot.keyClicks(win.search_box, "Ninh")
    assert win.findChild(QDockWidget, "searchDock") is not None
    qtbot.waitUntil(lambda: win.search_panel.model.rowCount() > 0, timeout=5_000)
    assert win.search_panel.box is win.search_box


def test_the_overview_waits_for_the_chart_when_shown(qtbot, ui_db: Path) -> None:
    win = MainWindow(ui_db)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.overviewLoaded, timeout=10_000):
        win.show()
    assert win.chart_pane.is_built()  # the chart came first
    assert win.is_loaded()
    assert win.timeline().position_of(win.overview.meetings[0].id) is not None


def test_a_hidden_window_gets_its_overview_without_painting(qtbot, ui_db: Path) -> None:
    win = MainWindow(ui_db)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.overviewLoaded, timeout=10_000):
        pass
    assert not win.chart_pane.is_built()
    assert win.indicators.model() is not None
    assert win.viewer_left.picker.count() == len(win.overview.articles)


def test_a_figure_chosen_before_show_still_gets_timeline_and_overview(qtbot, ui_db: Path) -> None:
    win = MainWindow(ui_db)
    qtbot.addWidget(win)
    obs = next(o for o in win.store.observations() if o.indicator_id is not None)
    win.select_observation(obs.id)  # builds the chart before the window is shown
    win.show()
    with qtbot.waitSignal(win.overviewLoaded, timeout=10_000):
        pass
    qtbot.waitUntil(win.timeline_pane.is_built, timeout=5_000)
    meeting = win.overview.meetings[0]
    assert win.timeline().position_of(meeting.id) is not None
    assert win.viewer_left.highlighted_span() == (obs.start, obs.end)


def test_the_meeting_panel_is_built_after_the_chart_paints(qtbot, ui_db: Path) -> None:
    win = MainWindow(ui_db)
    qtbot.addWidget(win)
    assert not win.details_pane.is_built()  # not in the first frame
    win.show()
    qtbot.waitUntil(win.details_pane.is_built, timeout=10_000)
    assert win.chart_pane.is_built()
    panel = win.findChild(QWidget, "meetingDetails")
    assert panel is win.details
    assert "Click a meeting" in panel.plain_text()


def test_a_meeting_chosen_before_show_builds_its_panel_at_once(qtbot, ui_db: Path) -> None:
    win = MainWindow(ui_db)
    qtbot.addWidget(win)
    meeting = win.store.meetings()[0]
    win.select_meeting(meeting.id)
    assert win.details_pane.is_built()
    assert win.details.parent() is win.details_pane
    assert win.details.figures_model.rowCount() == len(win.store.meeting(meeting.id).key_figures)
