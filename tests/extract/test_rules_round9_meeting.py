"""Meeting rules of round 9, from general causes behind misses of heldout10:
a meeting told by its verb alone (`Chiều 8/11, Tổ công tác họp giao ban`),
with no meeting noun (`hội nghị`, `phiên họp`) before it, was no meeting at
all, and every figure of its article lost the period the meeting reviews.

The sentences are written for these tests (other provinces, people and
wordings than any article of the repository). Each rule has its negative
cases: what the obvious form of the rule would have got wrong.
"""

from __future__ import annotations

import pytest

from cds_desktop.extract.meetings import COMMITTEE, CONFERENCE, find_meeting
from cds_desktop.extract.model import Meeting
from cds_desktop.extract.text import image_lines, normalize, sentences
from tests.extract.figure_rows import periods_on

_DATELINE = "Thứ ba, 15/4/2025, 18:05 (GMT+7)\n\n"


def meeting_in(text: str) -> Meeting | None:
    text = normalize(text)
    return find_meeting(text, sentences(text), image_lines(text))


# ------------------------------------------------ a meeting told by its verb


@pytest.mark.parametrize(
    "opening",
    [
        "Sáng 15/4, Tổ công tác triển khai Đề án 06 họp trực tuyến với Công an các địa phương.",
        "Chiều 15/4, Ban Chỉ đạo thực hiện Đề án 06 của tỉnh họp đánh giá kết quả quý I.",
        "Ngày 15/4, Tổ công tác họp giao ban quý I triển khai Đề án 06 với các bộ, ngành.",
    ],
)
def test_a_verb_in_the_dated_sentence_makes_a_de_an_06_meeting(opening: str) -> None:
    text = (
        _DATELINE + opening + " Thiếu tướng Hoàng Văn Nam, Cục trưởng Cục C06, chủ trì. "
        "Tại điểm cầu Bình Định có Phó chủ tịch UBND tỉnh Lê Văn Tuấn.\n"
    )
    meeting = meeting_in(text)
    assert meeting is not None
    assert meeting.kind == CONFERENCE
    assert (meeting.date, meeting.date_precision, meeting.date_inferred) == (
        "2025-04-15",
        "day",
        True,
    )
    assert meeting.chair == "Hoàng Văn Nam"
    assert meeting.bridge_points == ("Bình Định",)
    verb = next(e for e in meeting.evidence if e.field == "kind")
    assert normalize(text)[verb.start : verb.end] == "họp"


def test_a_verb_with_the_committee_named_makes_a_committee_session() -> None:
    text = (
        _DATELINE + "Sáng 15/4, Ủy ban Quốc gia về chuyển đổi số họp trực tuyến với "
        "các bộ, ngành và địa phương. Thủ tướng Chính phủ Lê Minh Hải chủ trì.\n"
    )
    meeting = meeting_in(text)
    assert meeting is not None
    assert meeting.kind == COMMITTEE
    assert meeting.date == "2025-04-15"


@pytest.mark.parametrize(
    "text",
    [
        # A meeting mentioned in passing, in a sentence no date phrase dates.
        _DATELINE + "Theo Tổ công tác triển khai Đề án 06, kết luận cuộc họp tháng trước "
        "đã được các địa phương thực hiện. Tỉnh Bình Định kích hoạt 1,2 triệu tài khoản.\n",
        # The dated sentence is about something else; the verb stands elsewhere.
        _DATELINE + "Ngày 15/4, tỉnh Bình Định công bố kết quả triển khai Đề án 06. "
        "Các sở sẽ họp vào tuần sau.\n",
        # A dated meeting verb with neither the Committee nor Đề án 06 named.
        _DATELINE + "Sáng 15/4, Sở Y tế tỉnh Bình Định họp giao ban với các bệnh viện.\n",
    ],
)
def test_no_meeting_without_a_verb_in_a_dated_sentence_of_a_named_programme(
    text: str,
) -> None:
    assert meeting_in(text) is None


# ------------------------------------------------ `N lần cùng kỳ năm Y`


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        (
            "Trong quý II, doanh thu thương mại điện tử của tỉnh đạt 1.250 tỷ đồng, gấp "
            "hơn 2,1 lần cùng kỳ năm 2025.\n",
            "2026-07-08",
            [("1.250 tỷ đồng", "2026-Q2"), ("2,1 lần", "2026-Q2")],
        ),
        (
            "Sau 9 tháng, số giao dịch thanh toán qua VNeID tăng 3,4 lần cùng kỳ năm "
            "2025; 100% bệnh viện đã kết nối.\n",
            "2026-10-06",
            [("3,4 lần", "2026-01/2026-09"), ("100%", "2026-01/2026-09")],
        ),
    ],
)
def test_a_multiple_of_last_years_same_stretch_is_a_comparison_base(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        # `lần` that counts sessions or times, no `cùng kỳ`: the year stays.
        (
            "Gấp 2 lần năm 2024, doanh thu năm 2025 đạt 800 tỷ đồng.\n",
            "2026-01-09",
            [("2 lần", "2025"), ("800 tỷ đồng", "2025")],
        ),
        # The same stretch of last year, said as the figure's own time.
        (
            "Cùng kỳ năm 2025, số giao dịch mới đạt 1,2 triệu.\n",
            "2026-07-08",
            [("1,2 triệu", "2025")],
        ),
    ],
)
def test_a_year_not_after_a_multiples_cung_ky_keeps_dating(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods


# ------------------------------------------------ `cùng kỳ năm Y` as a figure's own time


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        # The stretch from the list's lead.
        (
            "Kết quả 6 tháng đầu năm:\n\n- Tỷ lệ thanh toán trực tuyến: 47,2% (cùng kỳ năm "
            "2025: 39,8%)\n",
            "2026-07-08",
            [("47,2%", "2026-H1"), ("39,8%", "2025-H1")],
        ),
        # The stretch from the figure's own sentence.
        (
            "Trong quý III, doanh thu đạt 930 tỷ đồng; cùng kỳ năm 2025 chỉ đạt 610 tỷ đồng.\n",
            "2026-10-06",
            [("930 tỷ đồng", "2026-Q3"), ("610 tỷ đồng", "2025-Q3")],
        ),
    ],
)
def test_last_years_same_stretch_takes_the_stretch_in_its_year(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        # A whole year's stretch: the year itself.
        (
            "Năm 2025, tỷ lệ hồ sơ trực tuyến đạt 80% (cùng kỳ năm 2024: 71%).\n",
            "2026-01-09",
            [("80%", "2025"), ("71%", "2024")],
        ),
        # A plain year, no `cùng kỳ`: not shifted to the stretch.
        (
            "Trong quý III, doanh thu đạt 930 tỷ đồng; năm 2024 đạt 2.100 tỷ đồng.\n",
            "2026-10-06",
            [("930 tỷ đồng", "2026-Q3"), ("2.100 tỷ đồng", "2024")],
        ),
    ],
)
def test_a_year_that_is_no_same_stretch_keeps_its_year(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods


# ------------------------------------------------ what remains not yet done


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        (
            "Sau 9 tháng, tỉnh đã cấp 412.000 thẻ căn cước.\n\nToàn tỉnh còn gần 8.300 "
            "hồ sơ chưa được trả kết quả.\n",
            "2026-10-06",
            [("412.000", "2026-01/2026-09"), ("8.300", "2026-10-06")],
        ),
        (
            "Trong 6 tháng đầu năm, tỉnh kích hoạt 95.000 tài khoản. Huyện miền núi "
            "còn khoảng 47 bản chưa có điện lưới.\n",
            "2026-07-08",
            [("95.000", "2026-H1"), ("47", "2026-07-08")],
        ),
    ],
)
def test_what_remains_not_yet_done_is_as_of_the_meeting(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        # `còn` with no `chưa`: a level fallen to, of the stretch.
        (
            "Sau 9 tháng, tỉnh đã cấp 412.000 thẻ căn cước.\n\nTỷ lệ hồ sơ trễ hạn "
            "giảm còn 2,1%.\n",
            "2026-10-06",
            [("412.000", "2026-01/2026-09"), ("2,1%", "2026-01/2026-09")],
        ),
        # A phrase of its own sentence dates what remains.
        (
            "Đến cuối tháng 6/2026, tỉnh còn 21 thôn chưa có sóng di động.\n",
            "2026-07-08",
            [("21", "2026-06")],
        ),
        # `chưa` with no `còn` before the number.
        (
            "Sau 9 tháng, tỉnh đã cấp 412.000 thẻ căn cước.\n\nCó 5.200 hồ sơ chưa được "
            "trả kết quả.\n",
            "2026-10-06",
            [("412.000", "2026-01/2026-09"), ("5.200", "2026-01/2026-09")],
        ),
    ],
)
def test_no_remains_without_con_and_chua_or_with_its_own_phrase(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods
