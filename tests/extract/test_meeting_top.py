"""The top of an article (dateline, credit lines, headline) and the meeting's
year when the text leaves it out, on short articles written for these tests:
other provinces, days and wordings than the seeds and the held-out set."""

from __future__ import annotations

import pytest

from cds_desktop.extract.meetings import find_meeting, find_published, find_title
from cds_desktop.extract.model import Meeting
from cds_desktop.extract.text import image_lines, sentences

BODY = (
    "Chiều 14/12, Ủy ban Quốc gia về chuyển đổi số tổ chức Phiên họp thứ ba. "
    "Kế hoạch năm 2023 đặt ra 12 nhiệm vụ trọng tâm.\n"
)


def meeting(text: str) -> Meeting:
    m = find_meeting(text, sentences(text), image_lines(text))
    assert m is not None
    return m


def test_time_first_dateline_gives_the_year_not_next_years_plan() -> None:
    """`07:40 | 15/12/2022` is the dateline: it is neither the headline nor
    outvoted by a plan for the year after the meeting."""
    text = "07:40 | 15/12/2022\n\nLạng Sơn dự phiên họp của Ủy ban Quốc gia\n\n" + BODY
    m = meeting(text)
    assert m.date == "2022-12-14"
    assert m.date_reason == "year 2022 taken from the dateline 15/12/2022"
    year = next(e for e in m.evidence if e.field == "year")
    assert text[year.start : year.end] == "15/12/2022"
    assert find_published(text, image_lines(text)) == "2022-12-15"
    assert find_title(text, sentences(text)) == "Lạng Sơn dự phiên họp của Ủy ban Quốc gia"


def test_dateline_opening_the_first_paragraph_dates_the_article() -> None:
    text = (
        "Bến Tre sơ kết Đề án 06\n"
        "Mỹ Tho, 11/7/2023 (TTXVN) - Sáng 11/7, Ban Chỉ đạo Đề án 06 tỉnh tổ chức hội nghị. "
        "Đến hết năm 2024, tỉnh phấn đấu 90% hồ sơ trực tuyến.\n"
    )
    m = meeting(text)
    assert m.date == "2023-07-11"
    assert m.date_reason == "year 2023 taken from the dateline 11/7/2023"
    assert find_published(text, image_lines(text)) == "2023-07-11"
    assert find_title(text, sentences(text)) == "Bến Tre sơ kết Đề án 06"


def test_a_date_opening_a_sentence_is_not_a_dateline() -> None:
    """`Ngày 14/6/2023, ...` dates the meeting in the text; it does not date
    the publication."""
    text = "Ngày 14/6/2023, Ủy ban Quốc gia về chuyển đổi số tổ chức Phiên họp thứ năm.\nHết.\n"
    assert find_published(text, image_lines(text)) is None
    assert meeting(text).date == "2023-06-14"
    assert not meeting(text).date_inferred


def test_a_reviewed_period_outweighs_plans_for_the_next_year() -> None:
    text = (
        "Chiều 20/11, Ủy ban Quốc gia về chuyển đổi số tổ chức Phiên họp thứ hai. "
        "Trong 10 tháng đầu năm 2021, tỷ lệ hồ sơ trực tuyến đạt 30%. "
        "Kế hoạch năm 2022 đặt ra nhiều việc; đến cuối năm 2022 phải xong.\n"
    )
    m = meeting(text)
    assert m.date == "2021-11-20"
    assert m.date_reason == "year 2021 inferred from the period phrases '10 tháng đầu năm 2021'"


def test_plans_still_give_the_year_when_no_period_is_reviewed() -> None:
    text = (
        "Chiều 20/11, Ủy ban Quốc gia về chuyển đổi số tổ chức Phiên họp thứ hai. "
        "Kế hoạch năm 2022 đặt ra nhiều việc.\n"
    )
    assert meeting(text).date == "2022-11-20"


def test_the_dateline_wins_over_period_phrases() -> None:
    text = (
        "Thứ Sáu, 17/11/2023 - 09:10\n\nTiêu đề về phiên họp thứ sáu\n\n"
        "Chiều 16/11, Ủy ban Quốc gia về chuyển đổi số tổ chức Phiên họp thứ sáu. "
        "Trong 6 tháng đầu năm 2024 sẽ hoàn thành; so với cùng kỳ năm 2023 tăng 5%.\n"
    )
    m = meeting(text)
    assert m.date == "2023-11-16"
    assert "dateline 17/11/2023" in (m.date_reason or "")


@pytest.mark.parametrize(
    "top",
    [
        "(Baochinhphu.vn)",
        "VOV",
        "Theo Báo Lào Cai",
        "Nguồn: VGP",
        "Bài và ảnh: Thu Trang",
        "PV Minh Khôi",
        "15:30 Thứ Ba 3/12/2024 | Thời sự",
    ],
)
def test_credit_and_dateline_lines_are_passed_over(top: str) -> None:
    text = f"{top}\n\nCà Mau đẩy mạnh chuyển đổi số\n\nSáng 3/12, tỉnh họp.\n"
    assert find_title(text, sentences(text)) == "Cà Mau đẩy mạnh chuyển đổi số"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # Headlines that open like credits but go on in lower case or a number.
        ("Theo dõi sát tiến độ Đề án 06\nSáng 3/12, tỉnh họp.\n", "Theo dõi sát tiến độ Đề án 06"),
        ("Ảnh hưởng của dữ liệu số\nSáng 3/12, tỉnh họp.\n", "Ảnh hưởng của dữ liệu số"),
        ("Bài 2: Dữ liệu là tài nguyên\nSáng 3/12, tỉnh họp.\n", "Bài 2: Dữ liệu là tài nguyên"),
        # Body text first: no headline, and the line after it is not taken for one.
        ("Theo báo cáo của Bộ, tỉnh đã làm xong.\nCà Mau đẩy mạnh chuyển đổi số\nHết.\n", None),
        # A headline with a date but no clock after it.
        (
            "Ngày 2/3/2023: tỉnh ra mắt cổng dữ liệu\nSáng 2/3, tỉnh họp.\n",
            "Ngày 2/3/2023: tỉnh ra mắt cổng dữ liệu",
        ),
    ],
)
def test_lines_that_only_look_like_credits_are_not_passed_over(
    text: str, title: str | None
) -> None:
    assert find_title(text, sentences(text)) == title


def test_an_outlet_credit_opening_the_first_paragraph_changes_nothing() -> None:
    """`(Chinhphu.vn) - Sáng 5/6, ...`: the credit is neither a dateline nor
    the headline; the dateline above it dates the meeting."""
    text = (
        "Thứ Hai, 5/6/2023 - 18:00\n\nPhú Yên dự phiên họp về chuyển đổi số\n\n"
        "(Chinhphu.vn) - Sáng 5/6, Ủy ban Quốc gia về chuyển đổi số tổ chức Phiên họp thứ tư.\n"
    )
    m = meeting(text)
    assert m.date == "2023-06-05"
    assert m.date_reason == "year 2023 taken from the dateline 5/6/2023"
    assert find_published(text, image_lines(text)) == "2023-06-05"
    assert find_title(text, sentences(text)) == "Phú Yên dự phiên họp về chuyển đổi số"
