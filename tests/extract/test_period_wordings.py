"""Periods read from wordings of their own: `nửa đầu năm (nay)`, `năm nay`,
and words of "now" that date a figure to the meeting's day whatever period
another clause names. The sentences are written for these tests, reported
at a meeting of 2025-03-14; the negative cases are the figures the obvious
form of each rule would date wrongly.
"""

from __future__ import annotations

import pytest

from cds_desktop.extract.model import Evidence, Meeting
from tests.extract.figure_rows import extract

MEETING_DAY = "2025-03-14"


def _periods(text: str) -> list[tuple[str, str | None]]:
    meeting = Meeting(
        kind="committee_session", date=MEETING_DAY, evidence=(Evidence("date", 0, 1),)
    )
    return [(f.raw, f.period.label if f.period else None) for f in extract(text, meeting)]


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        ("Trong nửa đầu năm nay, doanh thu phần mềm đạt 6,1 tỷ USD.", [("6,1 tỷ USD", "2025-H1")]),
        ("Nửa cuối năm 2024, tỷ lệ thanh toán số đạt 58%.", [("58%", "2024-H2")]),
        (
            "Doanh thu viễn thông năm nay ước đạt 390 nghìn tỷ đồng.",
            [("390 nghìn tỷ đồng", "2025")],
        ),
    ],
)
def test_a_half_or_this_year_in_words_is_the_period(
    text: str, periods: list[tuple[str, str | None]]
) -> None:
    assert _periods(text) == periods


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        (
            "Tỉnh đặt mục tiêu đến năm 2030 có 95% hộ dùng cáp quang; hiện nay mới đạt 71%.",
            [("95%", "2030"), ("71%", MEETING_DAY)],
        ),
        (
            "Theo khảo sát tháng 1/2025, tốc độ di động đạt 62 Mbps."
            " Đến nay, 4G đã phủ 99,2% dân số.",
            [("62 Mbps", "2025-01"), ("99,2%", MEETING_DAY)],
        ),
        (
            "Năm 2024, doanh thu đạt 4 tỷ USD. Cả nước hiện có 71.000 doanh nghiệp số.",
            [("4 tỷ USD", "2024"), ("71.000", MEETING_DAY)],
        ),
    ],
)
def test_words_of_now_date_a_figure_to_the_meeting(
    text: str, periods: list[tuple[str, str | None]]
) -> None:
    assert _periods(text) == periods


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # a period phrase between the word of now and the figure dates it
        ("Hiện nay, trong quý IV/2024, tỷ lệ hồ sơ trực tuyến đạt 48%.", [("48%", "2024-Q4")]),
        # `thực hiện` holds no word of now
        ("Năm 2024, tỉnh đã thực hiện đạt 87% chỉ tiêu.", [("87%", "2024")]),
    ],
)
def test_a_period_or_another_word_keeps_its_own_date(
    text: str, periods: list[tuple[str, str | None]]
) -> None:
    assert _periods(text) == periods


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        (
            "Năm 2024, kinh tế số chiếm 12% GRDP; tỷ lệ hộ dùng cáp quang đạt 83,1%"
            " (năm 2023 là 76,4%).",
            [("12%", "2024"), ("83,1%", "2024"), ("76,4%", "2023")],
        ),
        (
            "Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 61% (cùng kỳ năm 2023: 44%).",
            [("61%", MEETING_DAY), ("44%", "2023")],
        ),
    ],
)
def test_a_comparison_value_in_brackets_dates_only_itself(
    text: str, periods: list[tuple[str, str | None]]
) -> None:
    assert _periods(text) == periods


def test_a_period_in_brackets_before_a_figure_still_dates_it() -> None:
    text = "Theo báo cáo (quý I/2025), tỷ lệ thanh toán số đạt 66%."
    assert _periods(text) == [("66%", "2025-Q1")]


HEADLINED = (
    "Quảng Bình: 412.000 tài khoản định danh điện tử được kích hoạt\n\n"
    "Tính đến ngày 28/2/2025, toàn tỉnh đã kích hoạt 412.000 tài khoản định danh điện tử.\n"
    "Tỷ lệ hồ sơ trực tuyến đạt 57%.\n"
)


def test_a_headline_figure_is_dated_like_the_same_figure_in_the_body() -> None:
    assert _periods(HEADLINED) == [
        ("412.000", "2025-02-28"),
        ("412.000", "2025-02-28"),
        ("57%", MEETING_DAY),
    ]


def test_a_headline_figure_the_body_does_not_repeat_keeps_its_date() -> None:
    text = HEADLINED.replace("kích hoạt 412.000", "kích hoạt 398.000")
    assert _periods(text)[0] == ("412.000", MEETING_DAY)


def test_a_sentence_ending_on_a_full_stop_is_no_heading() -> None:
    text = HEADLINED.replace("được kích hoạt\n", "được kích hoạt.\n")
    assert _periods(text)[0] == ("412.000", MEETING_DAY)


ROUNDED_HEADLINE = (
    "Hà Tĩnh: {headline} người dân đã có tài khoản định danh điện tử\n\n"
    "Tính đến ngày 28/2/2025, toàn tỉnh đã kích hoạt {body} tài khoản định danh điện tử.\n"
)


@pytest.mark.parametrize(
    ("headline", "body", "dated"),
    [
        ("hơn 1,2 triệu", "1,23 triệu", True),  # cut to one decimal
        ("gần 1,3 triệu", "1,26 triệu", True),  # rounded to one decimal
        ("hơn 1 triệu", "1,23 triệu", True),  # to a whole number
        ("hơn 1,2 triệu", "1,2 triệu", True),  # the same raw
        ("hơn 1,3 triệu", "1,23 triệu", False),  # neither rounded nor cut
        ("hơn 1,2 triệu", "1,23 nghìn", False),  # another scale
        ("hơn 1,23 triệu", "1,2 triệu", False),  # the heading is the more precise
    ],
)
def test_a_headline_figure_is_dated_like_the_body_figure_it_rounds(
    headline: str, body: str, dated: bool
) -> None:
    text = ROUNDED_HEADLINE.format(headline=headline, body=body)
    head = _periods(text)[0]
    assert head == (headline.split(" ", 1)[1], "2025-02-28" if dated else MEETING_DAY)
