"""The meeting timeline and the details panel a click on it fills."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget

from cds_desktop.ui import MainWindow
from cds_desktop.ui.dates import iso_to_timestamp, midpoint_timestamp
from cds_desktop.ui.meeting_text import meeting_tip


def _meeting(window: MainWindow, session: int | None, kind: str = "committee_session"):
    return next(m for m in window.store.meetings() if m.session == session and m.kind == kind)


def test_every_meeting_sits_at_its_date_labelled_by_session_or_kind(window: MainWindow) -> None:
    timeline = window.timeline()
    meetings = window.store.meetings()
    assert len(meetings) == 4
    for m in meetings:
        x, _lane = timeline.position_of(m.id)
        assert x == iso_to_timestamp(m.date)
    assert sorted(timeline.label_texts()) == sorted(["2", "3", "8", "ĐA06"])


def test_imprecise_dates_sit_mid_period() -> None:
    assert midpoint_timestamp("2023") == iso_to_timestamp("2023-07-02")
    assert midpoint_timestamp("2022-08") == iso_to_timestamp("2022-08-16")
    assert midpoint_timestamp("2024-04-24") == iso_to_timestamp("2024-04-24")


def test_covered_range_spans_the_whole_period() -> None:
    from cds_desktop.ui.dates import covered_range

    assert covered_range("2022-08") == (
        iso_to_timestamp("2022-08-01"),
        iso_to_timestamp("2022-09-01") - 1,
    )
    assert covered_range("2024-12") == (
        iso_to_timestamp("2024-12-01"),
        iso_to_timestamp("2025-01-01") - 1,
    )
    assert covered_range("2023") == (
        iso_to_timestamp("2023-01-01"),
        iso_to_timestamp("2024-01-01") - 1,
    )
    assert covered_range("2024-04-24") == (
        iso_to_timestamp("2024-04-24"),
        iso_to_timestamp("2024-04-25") - 1,
    )


def test_inferred_dates_are_hollow_and_dashed(window: MainWindow) -> None:
    timeline = window.timeline()
    inferred = _meeting(window, 3)
    stated = _meeting(window, 8)
    assert inferred.date_inferred and not stated.date_inferred
    assert timeline.marker_style(inferred.id) == (False, Qt.PenStyle.DashLine)
    assert timeline.marker_style(stated.id) == (True, Qt.PenStyle.SolidLine)


def test_lanes_keep_kinds_apart(window: MainWindow) -> None:
    timeline = window.timeline()
    conference = _meeting(window, None, "de_an_06_conference")
    session = _meeting(window, 8)
    assert timeline.position_of(conference.id)[1] != timeline.position_of(session.id)[1]
    assert timeline.position_of(session.id)[1] == timeline.position_of(_meeting(window, 2).id)[1]


def test_hover_text_gives_date_chair_and_bridge_points(window: MainWindow) -> None:
    m = _meeting(window, 8)
    assert meeting_tip(m).splitlines()[1:] == [
        "Date: 2024-04-24",
        "Chair: Phạm Minh Chính",
        "Bridge points: Ninh Thuận",
    ]
    inferred = _meeting(window, 3)
    assert "inferred: năm lấy từ ngày đăng bài" in meeting_tip(inferred)
    scatter = window.timeline()._scatter
    assert scatter.opts["hoverable"]
    assert scatter.opts["tip"](x=0, y=0, data=m.id) == meeting_tip(m)


def test_timeline_pans_and_zooms_along_time_only(window: MainWindow) -> None:
    vb = window.timeline().getPlotItem().vb
    assert vb.state["mouseEnabled"] == [True, False]
    before = vb.viewRange()[0]
    vb.scaleBy(x=0.5)
    after = vb.viewRange()[0]
    assert after[1] - after[0] < before[1] - before[0]


def test_clicking_a_meeting_shows_its_details_article_and_date(qtbot, window: MainWindow) -> None:
    timeline = window.timeline()
    m = _meeting(window, 3)
    qtbot.mouseClick(
        timeline.viewport(), Qt.MouseButton.LeftButton, pos=timeline.view_point(m.id).toPoint()
    )
    assert timeline.selected() == m.id
    text = window.findChild(QWidget, "meetingDetails").plain_text()
    assert "National Committee session, session 3" in text
    assert "Date: 2023-02-06 (inferred: năm lấy từ ngày đăng bài)" in text
    assert "“Chiều 6/2, Ủy ban Quốc gia về chuyển đổi số họp phiên thứ 3.”" in text
    assert "Chair: Phạm Minh Chính" in text
    assert "b_session3.txt" in text
    assert "Key figures: 3" in text
    assert window.viewer_left.current_article_id() == m.article_ids[0]
    assert window.chart().marked_meeting_date() == iso_to_timestamp("2023-02-06")


def test_details_links_open_articles_and_figures(qtbot, window: MainWindow) -> None:
    m = _meeting(window, 8)
    window.select_meeting(m.id)
    other = next(a for a in window.store.articles() if a.id not in m.article_ids)
    window.open_article(window.viewer_left, other.id)
    details = window.details
    assert details.figures_model.rowCount() == 4
    link = details.summary.document().find("a_session8.txt")
    assert not link.isNull()
    inside = QTextCursor(details.summary.document())
    inside.setPosition(link.selectionStart() + 3)  # within the link text
    details.summary.setTextCursor(inside)
    details.summary.ensureCursorVisible()
    qtbot.mouseClick(
        details.summary.viewport(),
        Qt.MouseButton.LeftButton,
        pos=details.summary.cursorRect(inside).center(),
    )
    assert window.viewer_left.current_article_id() == m.article_ids[0]
    row = next(
        r
        for r in range(details.figures_model.rowCount())
        if details.figures_model.index(r, 0).data() == "8,2%"
    )
    index = details.figures_model.index(row, 0)
    details.figures.scrollTo(index)
    qtbot.mouseClick(
        details.figures.viewport(),
        Qt.MouseButton.LeftButton,
        pos=details.figures.visualRect(index).center(),
    )
    obs = window.store.observation(details.figures_model.observation_id(row))
    assert obs.raw == "8,2%"
    assert window.viewer_left.highlighted_span() == (obs.start, obs.end)
    assert window.chart().selected() == obs.id


def test_evidence_quote_bolds_each_span_once_and_escapes_markup() -> None:
    from cds_desktop.ui.details import quote_html

    sentence = "Sáng ngày 24/4/2024, <Phiên họp> lần thứ tám."
    html = quote_html(sentence, [(21, 32), (10, 19), (12, 19)])
    assert html == ("Sáng ngày <b>24/4/2024</b>, <b>&lt;Phiên họp&gt;</b> lần thứ tám.")


def test_details_show_markup_in_meeting_fields_literally(qtbot) -> None:
    from dataclasses import dataclass

    from cds_desktop.ui.details import MeetingDetails, Quote

    @dataclass(frozen=True)
    class Row:
        id: int = 1
        session: int | None = None
        kind: str = "de_an_06_conference"
        date: str | None = "2024"
        date_inferred: bool = True
        date_reason: str | None = "<b>guess</b>"
        chair: str | None = '<img src="http://example.com/a.png">'
        bridge_points: tuple[str, ...] = ("Hà Nội",)

    @dataclass(frozen=True)
    class Detail:
        meeting: Row
        articles: tuple = ()
        key_figures: tuple = ()

    details = MeetingDetails()
    qtbot.addWidget(details)
    details.show()
    text = "Năm 2024 <i>họp</i>."
    details.show_meeting(Detail(Row()), [Quote.from_text("date", text, 4, 8, (0, len(text)))])
    shown = details.plain_text()
    assert 'Chair: <img src="http://example.com/a.png">' in shown
    assert "(inferred: <b>guess</b>)" in shown
    assert "“Năm 2024 <i>họp</i>.”" in shown
    assert details.summary.resource_requests == []


def test_arrow_keys_walk_the_meetings_in_time(qtbot, window: MainWindow) -> None:
    timeline = window.timeline()
    timeline.setFocus()
    by_date = sorted(window.store.meetings(), key=lambda m: midpoint_timestamp(m.date))
    qtbot.keyClick(timeline, Qt.Key.Key_Right)  # nothing selected: the first meeting
    assert timeline.selected() == by_date[0].id
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.selected() == by_date[1].id
    assert window.viewer_left.current_article_id() == by_date[1].article_ids[0]
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    qtbot.keyClick(timeline, Qt.Key.Key_Left)  # already the first: stays
    assert timeline.selected() == by_date[0].id


def test_an_undated_meeting_is_left_off_the_axis(qtbot) -> None:
    from dataclasses import dataclass

    from cds_desktop.ui.timeline import TimelinePlot

    @dataclass(frozen=True)
    class Row:
        id: int
        date: str | None
        session: int | None = 5
        kind: str = "committee_session"
        date_precision: str | None = "day"
        date_inferred: bool = False
        date_reason: str | None = None
        chair: str | None = None
        bridge_points: tuple[str, ...] = ()

    timeline = TimelinePlot()
    qtbot.addWidget(timeline)
    timeline.set_meetings([Row(1, "2024-04-24"), Row(2, None, session=6)])
    assert timeline.position_of(1) == (midpoint_timestamp("2024-04-24"), 1.0)
    assert timeline.position_of(2) is None
    assert timeline.label_texts() == ["5"]
    timeline.select(2)  # selecting it rings nothing rather than failing
    assert timeline.selected() == 2


def test_labels_only_for_a_readable_number_of_markers_in_view(qtbot) -> None:
    from dataclasses import dataclass

    from cds_desktop.ui.timeline import MAX_LABELS, TimelinePlot

    @dataclass(frozen=True)
    class Row:
        id: int
        date: str
        session: int | None = None
        kind: str = "committee_session"
        date_precision: str | None = "day"
        date_inferred: bool = False
        date_reason: str | None = None
        chair: str | None = None
        bridge_points: tuple[str, ...] = ()

    days = [f"2024-{m:02d}-{d:02d}" for m in range(1, 13) for d in (1, 5, 9, 13, 17, 21, 25)]
    rows = [Row(i, day, session=i) for i, day in enumerate(days)]
    assert len(rows) > MAX_LABELS
    timeline = TimelinePlot()
    qtbot.addWidget(timeline)
    timeline.set_meetings(rows)
    assert timeline.label_texts() == []  # all 84 in view: too many to read
    vb = timeline.getPlotItem().vb
    vb.setXRange(midpoint_timestamp("2024-03-01"), midpoint_timestamp("2024-03-31"), padding=0)
    march = [str(r.session) for r in rows if r.date.startswith("2024-03")]
    assert sorted(timeline.label_texts(), key=int) == march
