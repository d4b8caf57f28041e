"""Meeting rules of round 7, from general causes behind misses of the
development sets: bridge points named only by who attends them (`Yên Bái và
Ninh Thuận dự tại điểm cầu địa phương`), and a dateline that ends on the
page's view counter (`10/01/2024 - 07:55 | Lượt xem: 842`), which held the
year of a meeting dated `Chiều 9/1`; with no dateline at all, the year the
meeting asks something for (`Thủ tướng yêu cầu trong năm 2023 hoàn thành`)
gives the year of a year-less meeting day, as a plan's year does.

The sentences are written for these tests (other provinces, people and
wordings than any article of the repository). Each rule has its negative
cases: what the obvious form of the rule would have got wrong.
"""

from __future__ import annotations

import pytest

from cds_desktop.extract.dates import dateline
from cds_desktop.extract.meetings import find_meeting, find_published
from cds_desktop.extract.model import Meeting
from cds_desktop.extract.text import image_lines, normalize, sentences

_OPENING = (
    "Sáng 5/3/2024, Thủ tướng Chính phủ chủ trì phiên họp của Ủy ban Quốc gia "
    "về chuyển đổi số, kết nối trực tuyến với các tỉnh, thành phố. "
)


def meeting_of(text: str) -> Meeting:
    text = normalize(text)
    meeting = find_meeting(text, sentences(text), image_lines(text))
    assert meeting is not None
    return meeting


def bridge_texts(meeting: Meeting, text: str) -> list[str]:
    return [text[e.start : e.end] for e in meeting.evidence if e.field == "bridge_point"]


# ------------------------------------------ bridge points named by who attends


@pytest.mark.parametrize(
    ("sentence", "points"),
    [
        (
            "Lãnh đạo các tỉnh Hà Giang, Cao Bằng và tỉnh Lào Cai tham dự tại các điểm "
            "cầu địa phương.",
            ("Hà Giang", "Cao Bằng", "Lào Cai"),
        ),
        ("Quảng Trị, Nghệ An dự tại điểm cầu.", ("Quảng Trị", "Nghệ An")),
        (
            "Đại diện Bà Rịa - Vũng Tàu và Hòa Bình có mặt tại điểm cầu của tỉnh mình.",
            ("Bà Rịa - Vũng Tàu", "Hòa Bình"),
        ),
        ("Lãnh đạo UBND tỉnh Đồng Nai dự tại điểm cầu tỉnh nhà.", ("Đồng Nai",)),
        ("Chủ tịch UBND TP Cần Thơ dự ở điểm cầu thành phố.", ("Cần Thơ",)),
    ],
)
def test_provinces_attending_an_unnamed_local_point_are_bridge_points(
    sentence: str, points: tuple[str, ...]
) -> None:
    text = _OPENING + sentence + "\n"
    meeting = meeting_of(text)
    assert meeting.bridge_points == points
    assert len(bridge_texts(meeting, text)) == len(points)


def test_attending_list_keeps_text_order_before_a_later_named_point() -> None:
    text = (
        _OPENING
        + "Lãnh đạo UBND tỉnh Sơn La và Điện Biên dự tại điểm cầu địa phương.\n\n"
        + "Tại điểm cầu Điện Biên, tỉnh cho biết đã kích hoạt 300.000 tài khoản.\n"
    )
    meeting = meeting_of(text)
    assert meeting.bridge_points == ("Sơn La", "Điện Biên")
    assert bridge_texts(meeting, text) == ["Sơn La", "Điện Biên", "Điện Biên"]


@pytest.mark.parametrize(
    ("sentence", "points"),
    [
        # A point named after `điểm cầu` is that point, not the attendee's office.
        ("Chủ tịch UBND tỉnh Thái Bình dự tại điểm cầu Hà Nội.", ("Hà Nội",)),
        # The central point: the attendees' province is not a bridge point.
        ("Lãnh đạo tỉnh Quảng Ninh dự tại điểm cầu Trụ sở Chính phủ.", ()),
        ("Hơn 300 đại biểu dự tại điểm cầu Trụ sở Chính phủ.", ()),
        # A province without the verb of attending right before the point.
        ("Tỉnh Phú Thọ đã kết nối tới 120 điểm cầu cấp xã.", ()),
        # The list stops at what is not a join: the office's other province.
        (
            "Công an tỉnh Gia Lai phối hợp UBND tỉnh Kon Tum dự tại điểm cầu địa phương.",
            ("Kon Tum",),
        ),
        # After the point's own list, the forward reading is unchanged.
        ("Dự tại các điểm cầu Hà Nam và Ninh Bình có lãnh đạo hai tỉnh.", ("Hà Nam", "Ninh Bình")),
    ],
)
def test_what_is_not_read_as_attending_provinces(sentence: str, points: tuple[str, ...]) -> None:
    assert meeting_of(_OPENING + sentence + "\n").bridge_points == points


# ------------------------------------------------- a dateline's page counter


@pytest.mark.parametrize(
    ("top", "date"),
    [
        ("Đăng ngày: 21/03/2025 08:15 | Lượt đọc: 1.024", (2025, 3, 21)),
        ("14/06/2023 - 16:40 | Số lượt xem: 56", (2023, 6, 14)),
        ("Thứ Hai, 02/12/2024 | Lượt xem:\u00a012.530", (2024, 12, 2)),
    ],
)
def test_a_page_counter_after_a_bar_leaves_the_dateline(
    top: str, date: tuple[int, int, int]
) -> None:
    stamp = dateline(f"{top}\n\nTIÊU ĐỀ BÀI VIẾT\n\nNội dung bài viết.\n")
    assert stamp is not None
    assert (stamp.year, stamp.month, stamp.day) == date


@pytest.mark.parametrize(
    "top",
    [
        # Digits after the bar with no label's colon, or words after the
        # number: a sentence, not a counter.
        "Sáng 14/05/2024 | Ủy ban họp lần 3",
        "Ngày 14/05/2024 | Tổng số: 12 hồ sơ",
        "Ngày 14/05/2024 | Tỷ lệ: 45,6%",
    ],
)
def test_a_sentence_with_a_count_after_the_bar_is_no_dateline(top: str) -> None:
    assert dateline(f"{top}\n\nNội dung bài viết.\n") is None


def test_a_year_less_meeting_day_takes_its_year_from_a_counted_dateline() -> None:
    text = normalize(
        "Trang chủ / Thời sự\n"
        "Cập nhật: 05/01/2025 - 18:20 | Lượt xem: 1.377\n\n"
        "Hậu Giang tổng kết Đề án 06 năm 2024\n\n"
        "Chiều 4/1, Tổ công tác triển khai Đề án 06 tỉnh tổ chức hội nghị tổng kết.\n"
    )
    meeting = meeting_of(text)
    assert (meeting.date, meeting.date_precision, meeting.date_inferred) == (
        "2025-01-04",
        "day",
        True,
    )
    assert [text[e.start : e.end] for e in meeting.evidence if e.field == "year"] == ["05/01/2025"]
    assert find_published(text, image_lines(text)) == "2025-01-05"


# --------------------------------------- the year a meeting asks things for


_WIRE_OPENING = (
    "Cần Thơ, 14/2 (TTXVN) - Sáng 14/2, Bộ trưởng Bộ Công an chủ trì hội nghị "
    "trực tuyến sơ kết Đề án 06.\n\n"
)


@pytest.mark.parametrize(
    ("closing", "date", "phrase"),
    [
        (
            "Phát biểu kết luận, Bộ trưởng yêu cầu năm 2026 hoàn thành cấp căn cước.",
            "2026-02-14",
            "yêu cầu năm 2026",
        ),
        (
            "Kết luận hội nghị, Phó Thủ tướng đề nghị trong năm 2025 các bộ hoàn thành kết nối.",
            "2025-02-14",
            "đề nghị trong năm 2025",
        ),
        (
            "Các địa phương phấn đấu trong năm 2027 đạt 80% hồ sơ trực tuyến.",
            "2027-02-14",
            "phấn đấu trong năm 2027",
        ),
    ],
)
def test_a_year_less_meeting_day_takes_the_year_it_asks_things_for(
    closing: str, date: str, phrase: str
) -> None:
    text = normalize(_WIRE_OPENING + closing + "\n")
    meeting = meeting_of(text)
    assert (meeting.date, meeting.date_precision, meeting.date_inferred) == (date, "day", True)
    assert [text[e.start : e.end] for e in meeting.evidence if e.field == "year"] == [phrase]
    assert phrase in (meeting.date_reason or "")


@pytest.mark.parametrize(
    ("closing", "date"),
    [
        # A reviewed period still decides over the year asked for.
        (
            "Trong 6 tháng đầu năm 2024, tỉnh đạt 41% hồ sơ trực tuyến. "
            "Bộ trưởng yêu cầu trong năm 2025 hoàn thành cấp căn cước.",
            "2024-02-14",
        ),
        # Requests counted in a year (a noun, words between) and a long-term
        # target give no year: the meeting stays without one.
        ("Hệ thống tiếp nhận 12 triệu yêu cầu xác thực trong năm 2023.", None),
        ("Tỉnh phấn đấu đến năm 2030 đạt 90% hồ sơ trực tuyến.", None),
    ],
)
def test_what_gives_no_year_asked_for(closing: str, date: str | None) -> None:
    assert meeting_of(normalize(_WIRE_OPENING + closing + "\n")).date == date
