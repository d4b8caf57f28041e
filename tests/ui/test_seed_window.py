"""The window on the real seed database: what issue 7's "done when" asks of it.

Expected sets come from the store (which meetings, which reports), checked
against facts read from the seeds by hand: every seed reports one meeting,
and four seeds give the digital-economy share of GDP.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from cds_desktop.ui import MainWindow
from cds_desktop.ui.dates import covered_range, midpoint_timestamp

SHARE = "digital_economy_gdp_share"
# Read in the seeds: the national share each of these articles reports.
SHARE_REPORTS = {
    "000_ece4792df603b440.txt": "16,5%",
    "001_7500e7b9badc424b.txt": "14,96%",
    "002_a279c6271ee83ab4.txt": "18,3%",
    "003_0ccab965f8dd1fbf.txt": "10,41%",
}


@pytest.fixture
def seed_window(qtbot, seed_db: Path) -> MainWindow:
    win = MainWindow(seed_db)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.overviewLoaded, timeout=20_000):
        win.show()
    win.ensure_plots()
    return win


def test_every_seed_meeting_is_on_the_timeline_at_its_date(seed_window: MainWindow) -> None:
    store = seed_window.store
    meetings = store.meetings()
    files = {a.id: a.file for a in store.articles()}
    reported = {files[a] for m in meetings for a in m.article_ids}
    assert reported == set(files.values())  # each seed's meeting is there
    timeline = seed_window.timeline()
    for m in meetings:
        assert m.date is not None, m
        x, _lane = timeline.position_of(m.id)
        assert x == midpoint_timestamp(m.date)
        assert datetime.fromtimestamp(x, UTC).date().isoformat().startswith(m.date)
        span = timeline.span_of(m.id)
        if m.date_precision in ("month", "year"):  # the bar covers what the text allows
            assert span == covered_range(m.date)
            assert span[0] <= x <= span[1]
        else:
            assert span is None


def test_digital_economy_chart_shows_every_seed_that_gives_it(seed_window: MainWindow) -> None:
    store = seed_window.store
    seed_window.select_indicator(SHARE)
    chart = seed_window.chart()
    series = store.series(SHARE)
    assert chart.plotted_ids() == {o.id for o in series if o.period_end or o.meeting_date}
    plotted = [store.observation(i) for i in chart.plotted_ids()]
    for file, raw in SHARE_REPORTS.items():
        assert any(o.article_file == file and o.raw == raw for o in plotted), (file, raw)
    left = seed_window.findChild(QWidget, "articleViewerLeft")
    for obs in plotted:
        item, spot = chart.spot(obs.id)
        item.sigClicked.emit(item, [spot], None)
        assert left.current_article_id() == obs.article_id
        assert left.highlighted_span() == (obs.start, obs.end)
        assert left.text()[obs.start : obs.end] == obs.raw
        assert obs.sentence_start <= obs.start < obs.end <= obs.sentence_end


def test_a_figure_outside_the_catalogue_replaces_the_previous_chart(
    seed_window: MainWindow,
) -> None:
    store = seed_window.store
    share = store.series(SHARE)[0]
    seed_window.select_observation(share.id)
    assert share.id in seed_window.chart().plotted_ids()

    other = next(o for o in store.other_figures() if o.period_end is not None)
    seed_window.select_observation(other.id)

    assert seed_window.chart().plotted_ids() == {other.id}
    assert seed_window.chart().selected() == other.id
    left = seed_window.findChild(QWidget, "articleViewerLeft")
    assert left.current_article_id() == other.article_id
    assert left.highlighted_span() == (other.start, other.end)
