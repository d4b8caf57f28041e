"""Rules of round 5 (extractor 11), from the general causes behind the
seventh held-out set's errors: a review's stretch after the programme it
reviews, counted nouns cut inside a compound, a chair's family name missing
from the list, and numbers that are not figures.

The sentences are written for these tests (other provinces, people, numbers
and wordings than any article of the repository). Each rule has its negative
cases: the figures the obvious form of the rule would have got wrong.
"""

from __future__ import annotations

import pytest

from cds_desktop.extract.meetings import find_meeting
from cds_desktop.extract.text import image_lines, sentences
from tests.extract.figure_rows import extract, periods_on

# ------------------------------------------------ the review's stretch after a programme's number


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        (
            "Ban Chỉ đạo họp đánh giá kết quả triển khai Đề án 06 trong 7 tháng năm 2025.\n\n"
            "Toàn tỉnh đã cấp 318.000 tài khoản định danh điện tử.",
            "2025-08-06",
            [("318.000", "2025-01/2025-07")],
        ),
        (
            "Sở Nội vụ tổ chức sơ kết việc thực hiện Kế hoạch số 45 quý III/2024.\n\n"
            "Có 2.150 hồ sơ được số hóa.",
            "2024-10-11",
            [("2.150", "2024-Q3")],
        ),
        (
            "Tổ công tác giao ban tiến độ Đề án 06 của tỉnh trong 4 tháng đầu năm.\n\n"
            "Tỷ lệ thanh toán trực tuyến đạt 37%.",
            "2023-05-04",
            [("37%", "2023-01/2023-04")],
        ),
    ],
)
def test_a_review_reads_over_the_number_of_the_programme_it_reviews(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        # A number that names no programme still stops the review's words.
        (
            "Đoàn công tác đánh giá 14 xã trong 6 tháng tới.\n\n"
            "Toàn huyện có 260 điểm thanh toán số.",
            "2025-03-14",
            [("14", "2025-03-14"), ("260", "2025-03-14")],
        ),
        # The programme's number, then a stop: the stretch is in another sentence.
        (
            "Hội nghị đánh giá cao Đề án 06. 9 tháng năm 2024 là giai đoạn khó khăn.\n\n"
            "Toàn tỉnh có 410 điểm phát sóng 5G.",
            "2024-11-02",
            [("410", "2024-11-02")],
        ),
        # A year after the programme's word is no programme's number.
        (
            "Tổ công tác đánh giá Kế hoạch 2024 trong 6 tháng đầu năm.\n\n"
            "Toàn tỉnh có 520 điểm phát sóng 5G.",
            "2024-07-05",
            [("520", "2024-07-05")],
        ),
    ],
)
def test_a_review_does_not_read_over_other_numbers_or_stops(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods


def test_a_review_of_a_programme_outside_the_lead_is_what_was_discussed() -> None:
    text = (
        "Sáng 12/3, Ủy ban họp phiên thứ 6.\n\n"
        "Các đại biểu đã đánh giá việc thực hiện Đề án 06 năm 2025.\n\n"
        "Toàn quốc có 480 dịch vụ công thiết yếu."
    )
    assert periods_on(text, "2026-03-12") == [("480", "2026-03-12")]


# ------------------------------------------------ counted nouns not cut inside a compound


@pytest.mark.parametrize(
    ("text", "raw", "unit"),
    [
        ("Kho lưu trữ đã số hóa 3,4 triệu trang tài liệu lưu trữ.", "3,4 triệu", "trang tài liệu"),
        ("Tỉnh đã quét 640.000 tờ hồ sơ, tài liệu của các sở.", "640.000", "tờ hồ sơ, tài liệu"),
        ("Bộ phận một cửa trả 5.300 tập giấy tờ cho công dân.", "5.300", "tập giấy tờ"),
        ("Sở đã ban hành 120 mẫu văn bản điện tử.", "120", "mẫu văn bản"),
    ],
)
def test_a_counted_noun_ends_after_the_compound_it_opens(text: str, raw: str, unit: str) -> None:
    units = {f.raw: f.unit for f in extract(text, None)}
    assert units[raw] == unit


def test_a_compound_of_papers_does_not_run_into_the_next_item() -> None:
    text = "Đã số hóa 2.600 trang hồ sơ, 1.400 trang tài liệu."
    units = {f.raw: f.unit for f in extract(text, None)}
    assert units == {"2.600": "trang hồ sơ", "1.400": "trang tài liệu"}


# ------------------------------------------------ less common family names


@pytest.mark.parametrize(
    "name", ["Lữ Thanh Hải", "Lã Văn Tuấn", "Đậu Minh Phương", "Khương Thị Hoa", "Cù Đức Long"]
)
def test_a_chair_of_a_less_common_family_name_is_found(name: str) -> None:
    text = (
        "Sáng 14/8/2025, Tổ công tác Đề án 06 tỉnh tổ chức hội nghị sơ kết. "
        f"Đồng chí {name}, Phó Chủ tịch UBND tỉnh, chủ trì hội nghị.\n"
    )
    meeting = find_meeting(text, sentences(text), image_lines(text))
    assert meeting is not None
    assert meeting.chair == name


# ------------------------------------------------ numbers that are not figures


def test_the_number_of_a_national_facility_is_its_name() -> None:
    text = (
        "Trung tâm Dữ liệu quốc gia số 2 sẽ lưu trữ dữ liệu của 63 tỉnh, thành phố "
        "và 1.500 hệ thống thông tin."
    )
    assert [f.raw for f in extract(text, None)] == ["63", "1.500"]
