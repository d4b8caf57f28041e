"""The indicator chart: series, markers, discrepancies, meeting lines, hover text."""

from __future__ import annotations

from cds_desktop.ui import MainWindow
from cds_desktop.ui.chart import point_tip
from cds_desktop.ui.dates import iso_to_timestamp
from tests.ui.conftest import SHARE


def _obs(window: MainWindow, raw: str):
    return next(o for o in window.store.observations() if o.raw == raw)


def _legend_names(chart) -> list[str]:
    return [label.text for _sample, label in chart._legend.items]


def test_series_split_by_scope_and_kind_with_a_legend(window: MainWindow) -> None:
    window.select_indicator(SHARE)
    chart = window.chart()
    assert set(chart.series_keys()) == {
        ("national", "actual"),
        ("national", "forecast"),
        ("Ninh Thuận", "actual"),
    }
    names = _legend_names(chart)
    assert "national — actual" in names
    assert "national — forecast" in names
    assert "Ninh Thuận — actual" in names


def test_the_legend_shows_only_when_there_is_a_series_to_name(window: MainWindow) -> None:
    chart = window.chart()
    assert chart._legend.isVisible() is False  # no indicator chosen yet: no empty white box
    window.select_indicator(SHARE)
    assert chart._legend.isVisible() is True
    chart.show_reading("Reading the database…")
    assert chart._legend.isVisible() is False


def test_points_sit_at_period_end_with_their_value(window: MainWindow) -> None:
    window.select_indicator(SHARE)
    obs = _obs(window, "14,26%")
    _item, spot = window.chart().spot(obs.id)
    assert spot.pos().x() == iso_to_timestamp("2022-12-31")
    assert spot.pos().y() == 14.26


def test_forecasts_are_hollow_and_shaped_apart_from_actuals(window: MainWindow) -> None:
    window.select_indicator(SHARE)
    chart = window.chart()
    _item, forecast = chart.spot(_obs(window, "20%").id)
    _item, actual = chart.spot(_obs(window, "16,5%").id)
    assert forecast.symbol() != actual.symbol()
    assert forecast.brush().color().name() == "#ffffff"
    assert actual.brush().color().name() != "#ffffff"


def test_discrepant_reports_are_flagged(window: MainWindow) -> None:
    window.select_indicator(SHARE)
    chart = window.chart()
    assert chart.flagged_ids() == {_obs(window, "16,5%").id, _obs(window, "16%").id}
    assert "reports disagree" in _legend_names(chart)
    assert "disagree" in point_tip(_obs(window, "16%"))
    assert "disagree" not in point_tip(_obs(window, "14,26%"))


def test_meeting_dates_are_drawn_as_lines(window: MainWindow) -> None:
    window.select_indicator(SHARE)
    dates = sorted(iso_to_timestamp(m.date) for m in window.store.meetings())
    assert sorted(window.chart().meeting_line_positions()) == dates


def test_hover_text_gives_value_period_article_and_qualifier(window: MainWindow) -> None:
    window.select_indicator(SHARE)
    obs = _obs(window, "16,5%")
    item, _spot = window.chart().spot(obs.id)
    tip = item.opts["tip"](x=0, y=0, data=obs.id)
    lines = tip.splitlines()
    assert lines[0] == "16,5%"
    assert "Period: 2023" in lines
    assert "Qualifier: ước đạt" in lines
    assert "Article: a_session8.txt" in lines


def test_the_selected_point_is_ringed(window: MainWindow) -> None:
    window.select_indicator(SHARE)
    chart = window.chart()
    assert chart.selection_visible() is False
    window.select_observation(_obs(window, "16,5%").id)
    assert chart.selection_visible() is True


def test_switching_indicator_replaces_points_and_clears_selection(window: MainWindow) -> None:
    window.select_observation(_obs(window, "16,5%").id)
    chart = window.chart()
    window.select_indicator("online_public_services")
    assert chart.selection_visible() is False
    assert {window.store.observation(i).raw for i in chart.plotted_ids()} == {"80,44%", "60%"}
    # the two 2024 reports disagree (80,44% and 60%): one flag entry, nothing left over
    assert _legend_names(chart) == ["national — actual", "reports disagree"]


def test_many_provinces_keep_a_readable_legend(qtbot) -> None:
    from dataclasses import dataclass

    from cds_desktop.ui.chart import PROVINCE_COLOURS, IndicatorChart

    @dataclass(frozen=True)
    class Obs:
        id: int
        value: float
        scope: str
        raw: str = "1%"
        unit: str = "%"
        period: str | None = "2024"
        period_end: str | None = "2024-12-31"
        meeting_date: str | None = None
        kind: str = "actual"
        qualifier: str | None = None
        article_title: str | None = None
        article_file: str = "x.txt"
        discrepant: bool = False

    provinces = [f"Tỉnh {chr(65 + i)}" for i in range(len(PROVINCE_COLOURS) + 2)]
    rows = [Obs(1, 5.0, "national")]
    rows += [Obs(10 + i, float(i), p) for i, p in enumerate(provinces)]
    rows.append(Obs(99, 3.0, provinces[-1]))  # the last province has the most points
    chart = IndicatorChart()
    qtbot.addWidget(chart)
    chart.set_series("Test", "%", rows)
    assert chart.plotted_ids() == {r.id for r in rows}
    names = _legend_names(chart)
    assert names[0] == "national — actual"
    assert f"{provinces[-1]} — actual" in names  # most points: named
    assert sum(1 for n in names if n.startswith("Tỉnh")) == len(PROVINCE_COLOURS)
    assert names[-1] == "other provinces (2)"
    muted_f, _spot = chart.spot(10 + len(PROVINCE_COLOURS) - 1)  # the two unnamed provinces
    muted_g, _spot = chart.spot(10 + len(PROVINCE_COLOURS))
    assert muted_f is muted_g  # drawn by one item, clickable like any point
    assert len(chart.series_keys()) == len(provinces) + 1  # still a series each
    chart.set_meeting_dates(["2024-04-24", "2024-04-24", "2025-02-06"])
    assert len(chart.meeting_line_positions()) == 2


def test_history_line_follows_the_latest_report_of_each_period() -> None:
    import numpy as np

    from cds_desktop.ui.chart import _latest_per_period

    ids = np.array([1, 2, 3, 4, 5])
    xs = np.array([10.0, 10.0, 20.0, 5.0, 20.0])
    # 2: the same period as 1, reported later; 5: the same period and day as 3, higher id
    reported = np.array(["2023-02-06", "2024-04-24", "2025-02-06", "", "2025-02-06"])
    assert ids[_latest_per_period(xs, reported, ids)].tolist() == [4, 2, 5]


def _as_if_large(window: MainWindow) -> None:
    """Count every indicator above what is read at once, as at 10,000 articles."""
    from cds_desktop.ui.series_reader import READ_AT_ONCE

    window.series_reader.set_sizes({i.id: READ_AT_ONCE + 1 for i in window.store.indicators()})


def test_a_long_series_is_read_off_the_gui_thread_and_then_drawn(qtbot, window: MainWindow) -> None:
    _as_if_large(window)
    chart = window.chart()
    window.select_indicator(SHARE)
    assert chart.plotted_ids() == set()  # nothing of another indicator stays on screen
    assert chart.getPlotItem().titleLabel.text == "Reading the database…"
    expected = {o.id for o in window.store.series(SHARE)}
    qtbot.waitUntil(lambda: chart.plotted_ids() == expected, timeout=10_000)
    assert "national — actual" in _legend_names(chart)
    assert window.series_reader.reading() is False


def test_a_point_selected_while_its_series_is_read_is_ringed_when_it_arrives(
    qtbot, window: MainWindow
) -> None:
    _as_if_large(window)
    obs = _obs(window, "16,5%")
    window.select_observation(obs.id)
    assert window.viewer_left.highlighted_span() == (obs.start, obs.end)  # the viewer at once
    qtbot.waitUntil(window.chart().selection_visible, timeout=10_000)
    assert window.chart().selected() == obs.id


def test_a_later_pick_wins_over_a_read_still_under_way(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    from PySide6.QtCore import QThreadPool

    _as_if_large(window)
    chart = window.chart()
    drawn: list[str] = []
    draw = chart.set_series
    monkeypatch.setattr(chart, "set_series", lambda t, *args: (drawn.append(t), draw(t, *args)))
    window.select_indicator(SHARE)
    window.select_indicator("online_public_services")  # before the first read is delivered
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.waitUntil(lambda: not window.series_reader.reading(), timeout=10_000)
    qtbot.wait(50)  # the first read's result is delivered too, and dropped
    raws = {window.store.observation(i).raw for i in chart.plotted_ids()}
    assert raws == {"80,44%", "60%"}
    assert drawn == ["Reading the database…", "Reading the database…", "Online public services"]


def test_the_hidden_figures_table_lists_the_charted_series_once_shown(
    qtbot, window: MainWindow
) -> None:
    window.select_indicator(SHARE)
    window.select_indicator("online_public_services")
    assert not window.figures_dock.isVisible()
    window.figures_dock.show()
    model = window.figures.model
    expected = {o.id for o in window.store.series("online_public_services")}
    qtbot.waitUntil(lambda: {model.observation(r).id for r in range(model.rowCount())} == expected)
