"""Period phrases as the articles write them, and what is not a period."""

from __future__ import annotations

import pytest

from cds_desktop.extract.periods import date_period, find_comparisons, find_periods, months_period
from cds_desktop.extract.text import fold


def _labels(text: str, year: int | None = 2023) -> list[tuple[str, bool]]:
    folded = fold(text)
    return [(p.period.label, p.year_inferred) for p in find_periods(folded, 0, len(folded), year)]


@pytest.mark.parametrize(
    ("text", "label", "inferred"),
    [
        ("quý I năm 2024", "2024-Q1", False),
        ("Quý II/2023", "2023-Q2", False),
        ("6 tháng đầu năm 2022", "2022-H1", False),
        ("6 tháng cuối năm 2022", "2022-H2", False),
        ("Trong 5 tháng đầu năm 2022,", "2022-01/2022-05", False),
        ("9 tháng đầu năm", "2023-01/2023-09", True),
        ("3 tháng đầu năm 2024", "2024-Q1", False),
        ("6 tháng năm 2024", "2024-H1", False),
        ("tháng 6/2022", "2022-06", False),
        ("đến tháng 6,", "2023-06", True),
        ("Đến hết ngày 30/6", "2023-06-30", True),
        ("Đến ngày 28/2/2023,", "2023-02-28", False),
        ("năm 2023", "2023", False),
        ("đến cuối năm 2023", "2023", False),
        ("đến hết năm 2025", "2025", False),
        ("Mục tiêu đặt ra đến năm 2025", "2025", False),
        ("NĂM 2024,", "2024", False),
        # months of a year, a quarter, a month, the end of a year: as the wider set writes them
        ("Trong 8 tháng năm 2025,", "2025-01/2025-08", False),
        ("9 tháng năm 2024", "2024-01/2024-09", False),
        ("Riêng quý IV/2025,", "2025-Q4", False),
        ("trong tháng 11/2023", "2023-11", False),
        ("tính đến hết năm 2026", "2026", False),
        # an as-of day without `ngày`: with its year, or closing its clause
        ("Tính đến 31/10/2025, toàn tỉnh", "2025-10-31", False),
        ("đến hết 30/11/2023 đã có", "2023-11-30", False),
        ("Đến 15/9, cả nước", "2023-09-15", True),
        # a span of years: the run a rate per year is averaged over ...
        ("tăng trưởng bình quân 15%/năm trong giai đoạn 2021-2024", "2021-01/2024-12", False),
        ("Giai đoạn 2020 - 2025, mỗi năm tăng 11%", "2020-01/2025-12", False),
        # ... or, within it, the time a figure is reached: the span's end
        ("Trong giai đoạn 2026–2030, tỉnh phấn đấu", "2030", False),
        ("hết giai đoạn 2022-2025, 80% hồ sơ", "2025", False),
        # the months so far after `qua`/`sau`/`trong`: the year's first months
        ("Qua 6 tháng, đã thực hiện", "2023-H1", True),
        ("sau 11 tháng, các bộ", "2023-01/2023-11", True),
        ("được thực hiện trong 10 tháng.", "2023-01/2023-10", True),
        ("7 tháng qua, thành phố đã", "2023-01/2023-07", True),
        ("Xuất khẩu điện tử 5 tháng ước đạt", "2023-01/2023-05", True),
        ("trong 4 tháng là 2,3 triệu", "2023-01/2023-04", True),
        # an as-of day after `tính đến`, without year or comma
        ("Tính đến 31/5 đã có", "2023-05-31", True),
    ],
)
def test_period_phrases(text: str, label: str, inferred: bool) -> None:
    assert _labels(text) == [(label, inferred)]


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch hoạt động năm 2024",
        "kế hoạch năm 2023",
        "giai đoạn 2021-2025",
        "Chương trình chuyển đổi số quốc gia giai đoạn 2021-2025",
        "Kế hoạch giai đoạn 2021-2025 của tỉnh",
        "trong Đề án giai đoạn 2022-2025",
        "giai đoạn 2025-2021",
        "gấp đôi năm 2023",
        # a ratio after `đến` is no day
        "tăng đến 3/4 số huyện",
        "tầm nhìn đến 2030",
        "so với cùng kỳ năm 2022",
        "so với tháng 12/2021",
        "gấp 2 lần năm 2021",
        "sau 20 năm",
        "92 ngày đêm",
        "trong vòng 6 tháng",
        # durations, not the year's months so far
        "sau 2 tháng thí điểm",
        "trong vòng 3 tháng đạt",
        "kéo dài 4 tháng.",
    ],
)
def test_names_comparisons_and_durations_are_not_periods(text: str) -> None:
    assert _labels(text) == []


def test_bare_phrase_without_a_year_to_borrow_gives_nothing() -> None:
    assert _labels("6 tháng đầu năm", year=None) == []


def test_period_bounds_place_the_point_on_a_time_axis() -> None:
    h1 = months_period(2024, 1, 6)
    assert (h1.label, h1.start, h1.end) == ("2024-H1", "2024-01-01", "2024-06-30")
    feb = months_period(2024, 2, 2)
    assert (feb.label, feb.end) == ("2024-02", "2024-02-29")


@pytest.mark.parametrize(
    ("iso", "label"), [("2024-04-24", "2024-04-24"), ("2022-08", "2022-08"), ("2023", "2023")]
)
def test_meeting_dates_as_periods(iso: str, label: str) -> None:
    period = date_period(iso)
    assert period is not None and period.label == label


@pytest.mark.parametrize(
    "iso", ["", "2024-13", "2024-02-30", "abcd", "2024-1-2-3", "0000", "²", "２０２４"]
)
def test_bad_meeting_dates_give_no_period(iso: str) -> None:
    assert date_period(iso) is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("tăng 32,7% so với cùng kỳ năm 2021", "2022"),
        ("tăng 2,5 lần so với năm 2023", "2024"),
        ("tăng gần 4.100 doanh nghiệp so với cuối năm 2022", "2023"),
        ("gấp 2 lần năm 2021", "2022"),
        ("gấp đôi năm 2023", "2024"),
        ("gấp rưỡi năm 2022", "2023"),
    ],
)
def test_comparison_base_gives_the_year_after(text: str, label: str) -> None:
    folded = fold(text)
    (comparison,) = find_comparisons(folded, 0, len(folded))
    assert comparison.period.label == label
