"""Seed 001: the Committee's mid-2023 session with the Đề án 06 review, bridge point Cà Mau.

The article never dates the meeting; its year (2023) follows from `so với
cùng kỳ năm 2022` and `đến cuối năm 2023`, so a bare `6 tháng đầu năm` is
2023-H1 and `đến tháng 6` is 2023-06, both inferred. `trong vòng 6 tháng đạt
khoảng 95%` states no period (`trong vòng 6 tháng` is how fast) and the
article names no period its meeting reviews, so it takes the meeting's date,
2023; the next sentence's `Đến hết ngày 30/6` dates that sentence only.
Not figures: `Đề án 06`, `92 ngày đêm`, `thứ 2 từ trái sang`, `Phường 8`,
`6 tháng` (durations), `100% trùng khớp` (describes which requests count),
`30/6` (a date), `hàng ngàn tỷ đồng` (no number).
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import F, check_row, extract, meeting_on, score

FILE = "001_7500e7b9badc424b.txt"
A, C, T = "actual", "change", "target"
Y = "2023"

ROWS = [
    F("khoảng 14,96%", "14,96%", 14.96, "%", A, "2023-H1", "digital_economy_gdp_share", "khoảng"),
    F("với 13 bộ", "13", 13, "bộ, ngành", A, "2023-06", "population_db_connected_ministries"),
    F("ngành, 4 doanh", "4", 4, "doanh nghiệp", A, "2023-06",
      "population_db_connected_enterprises"),
    F("và 63/63 địa phương", "63/63", 63, "địa phương", A, "2023-06",
      "population_db_connected_localities", denominator=63),
    F("trên 1,014 tỷ", "1,014 tỷ", 1.014e9, "yêu cầu", A, Y, "population_db_auth_requests", "trên"),
    F("gần 605 triệu", "605 triệu", 605e6, "yêu cầu", A, Y, None, "gần"),
    F("khoảng 95%", "95%", 95, "%", A, Y, None, "khoảng"),
    F("có 33 bộ", "33", 33, "bộ, ngành", A, "2023-06-30"),
    F("và 63 tỉnh", "63", 63, "tỉnh, thành phố", A, "2023-06-30"),
    F("được 2.416/3.924", "2.416/3.924", 2416, "thôn", A, Y, "dead_zone_villages_covered",
      denominator=3924),
    F("hơn 7,77 triệu", "7,77 triệu", 7.77e6, "tài khoản", A, Y, "national_portal_accounts", "hơn"),
    F("hơn 3,8 lần", "3,8 lần", 3.8, "lần", C, Y, "national_portal_accounts", "hơn"),
    F("hơn 212 triệu", "212 triệu", 212e6, "hồ sơ", A, Y, "national_portal_synced_dossiers", "hơn"),
    F("hơn 1,76 lần", "1,76 lần", 1.76, "lần", C, Y, "national_portal_synced_dossiers", "hơn"),
    F("hơn 17,49 triệu", "17,49 triệu", 17.49e6, "lượt", A, Y, None, "hơn"),
    F("hơn 3 lần); 17,72", "3 lần", 3, "lần", C, Y, None, "hơn"),
    F("17,72 triệu", "17,72 triệu", 17.72e6, "hồ sơ", A, Y),
    F("hơn 4,4 lần", "4,4 lần", 4.4, "lần", C, Y, None, "hơn"),
    F("hơn 10,98 triệu", "10,98 triệu", 10.98e6, "giao dịch", A, Y,
      "national_portal_online_payments", "hơn"),
    F("hơn 6.056 tỷ đồng", "6.056 tỷ đồng", 6.056e12, "đồng", A, Y,
      "national_portal_payment_value", "hơn"),
    F("đồng (tăng hơn 3 lần)", "3 lần", 3, "lần", C, Y, "national_portal_payment_value", "hơn"),
    F("ít nhất có 20 triệu", "20 triệu", 20e6, "người dân", T, Y, "vneid_accounts", "ít nhất"),
]


@pytest.fixture(scope="module")
def text(seed_texts: dict[str, str]) -> str:
    return seed_texts[FILE]


@pytest.fixture(scope="module")
def figures(text: str):
    return extract(text, meeting_on(text, "2023", "cùng kỳ năm 2022", "year", True))


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.anchor)
def test_figure(text: str, figures, row: F) -> None:
    check_row(text, figures, row)


def test_nothing_else_is_a_figure(text: str, figures) -> None:
    result = score(text, figures, ROWS)
    assert result.extracted == result.matched == len(ROWS)


@pytest.mark.parametrize(
    "phrase",
    ["Đề án 06", "92 ngày đêm", "thứ 2 từ", "Phường 8", "100% trùng", "ngày 30/6", "6 tháng đạt"],
)
def test_not_figures(text: str, figures, phrase: str) -> None:
    start = text.index(phrase)
    assert not any(start <= f.start < start + len(phrase) for f in figures)


def test_bare_half_year_takes_the_meeting_year_and_says_so(text: str, figures) -> None:
    (share,) = [f for f in figures if f.raw == "14,96%"]
    assert share.period is not None
    assert (share.period.start, share.period.end) == ("2023-01-01", "2023-06-30")
    assert share.period_inferred
    assert share.period_evidence is not None
