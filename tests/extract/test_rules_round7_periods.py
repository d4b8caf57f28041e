"""Period rules of round 7, from the general causes behind the eighth
held-out set's period misses: the year's end said without its year, the
month an index was published taken for the period it measures, a run of
months from the year's start (`từ đầu năm`, `từ tháng 7/2022 đến nay`), and
the period of the report a meeting hears stated only by the report.

The sentences are written for these tests (other provinces, people, numbers
and wordings than any article of the repository). Each rule has its negative
cases: the figures the obvious form of the rule would have got wrong.
"""

from __future__ import annotations

import pytest

from cds_desktop.extract.model import Evidence, Meeting
from tests.extract.figure_rows import extract


def _periods(text: str, day: str) -> list[tuple[str, str | None]]:
    """Each figure's raw and period label, for a meeting dated on `day` in the
    text's first line."""
    meeting = Meeting(kind="committee_session", date=day, evidence=(Evidence("date", 0, 1),))
    return [(f.raw, f.period.label if f.period else None) for f in extract(text, meeting)]


# ------------------------------------------------ the year's end without its year


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        (
            "Chủ tịch tỉnh yêu cầu đến hết năm, toàn tỉnh phải số hóa ít nhất 70% hồ sơ.\n",
            "2025-09-20",
            [("70%", "2025")],
        ),
        (
            "Ông nói: “Cuối năm, tỷ lệ thanh toán không dùng tiền mặt phải đạt 85%.”\n",
            "2023-10-04",
            [("85%", "2023")],
        ),
        (
            "Từ nay đến cuối năm, các sở phấn đấu đạt tối thiểu 65% hồ sơ toàn trình.\n",
            "2026-11-02",
            [("65%", "2026")],
        ),
    ],
)
def test_the_years_end_without_a_year_is_the_meetings_year(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert _periods(text, day) == periods


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        # Last year's end is not this year.
        (
            "Cuối năm ngoái, tỷ lệ hồ sơ trực tuyến của tỉnh chỉ đạt 38%.\n",
            "2025-03-10",
            [("38%", "2025-03-10")],
        ),
        # Nor is the end of a school year a calendar year.
        (
            "Đến cuối năm học, 96% trường học đã thu học phí không dùng tiền mặt.\n",
            "2024-06-15",
            [("96%", "2024-06-15")],
        ),
        # A year stated keeps its own.
        (
            "Đến cuối năm 2027, tỉnh phấn đấu có 90% hồ sơ được số hóa.\n",
            "2026-12-01",
            [("90%", "2027")],
        ),
    ],
)
def test_other_ends_of_a_year_keep_their_own_period(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert _periods(text, day) == periods


# ------------------------------------------------ when an index was published


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        (
            "Theo Chỉ số cải cách hành chính năm 2024 công bố tháng 5/2025, "
            "tỉnh Lào Cai xếp thứ 12/63.\n",
            "2025-06-10",
            [("12/63", "2024")],
        ),
        (
            "Bảng xếp hạng năm 2022 được công bố vào tháng 4/2023 cho thấy "
            "tỉnh đứng thứ 9/63, tăng 5 bậc.\n",
            "2023-05-18",
            [("9/63", "2022"), ("5 bậc", "2022")],
        ),
    ],
)
def test_the_month_an_index_was_published_is_not_its_period(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert _periods(text, day) == periods


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        # A month of data, not of publishing.
        (
            "Theo số liệu tháng 5/2025, tốc độ băng rộng cố định đạt 150,2 Mbps.\n",
            "2025-06-10",
            [("150,2 Mbps", "2025-05")],
        ),
        # After `công bố,` the month opens a clause of its own.
        (
            "Theo báo cáo vừa công bố, tháng 5/2025 tỷ lệ hồ sơ toàn trình đạt 47%.\n",
            "2025-06-10",
            [("47%", "2025-05")],
        ),
    ],
)
def test_other_months_still_date_their_figures(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert _periods(text, day) == periods
