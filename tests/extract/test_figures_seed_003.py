"""Seed 003: session 3 of the Committee (header `date 2022-08`), the 2022-H1 review.

The flattened table (one line) gives, per indicator, the half-year actual
(2022-H1) and the year's target (2022); `-` is none. The digitisation row has
two sub-rows (ministry/province and district one-stop shops) sharing one `-`
actual cell, so its two `100%` are both targets. The meeting reviews `6
tháng đầu năm` (`đánh giá kết quả chuyển đổi số 6 tháng đầu năm`): the
figures after the table, which state no period of their own, are 2022-H1,
not the meeting's month (the annotators' convention: a figure with no period
of its own, in its sentence, paragraph or heading, and no word of now, takes
the period the meeting reviews). So is `đạt 95,5%`: the next sentence's
`tháng 6/2022` dates the 72,6% there, not it.
Not figures: `lần thứ 4`, `Phiên họp thứ 3`, `15 tuổi` (an age), the URL,
`tháng 6/2022` and `tháng 1/2022` (dates), `so với 22 nhóm` (the base of a
ratio), `mức độ 4` (a service level), `1.000 dân` (the base of a rate).
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import F, check_row, extract, meeting_on, score

FILE = "003_0ccab965f8dd1fbf.txt"
A, C, T = "actual", "change", "target"
H, Y = "2022-H1", "2022"
P5 = "2022-01/2022-05"

ROWS = [
    F("công bố 55 bài", "55", 55, "bài toán", A, H),
    F("đạt 71,79 Mbps", "71,79 Mbps", 71.79, "Mbps", A, Y, "fixed_broadband_speed"),
    F("tăng 32,7%", "32,7%", 32.7, "%", C, Y, "fixed_broadband_speed"),
    F("đạt 35,29 Mbps", "35,29 Mbps", 35.29, "Mbps", A, Y, "mobile_broadband_speed"),
    F("tăng 4,7%", "4,7%", 4.7, "%", C, Y, "mobile_broadband_speed"),
    # The flattened table.
    F("hóa đơn điện tử 100%", "100%", 100, "%", A, H, "e_invoice_enterprise_share"),
    F("100% Tỉ trọng", "100%", 100, "%", T, Y, "e_invoice_enterprise_share"),
    F("bán lẻ 11,27%", "11,27%", 11.27, "%", A, H, "ecommerce_retail_share"),
    F(" 7% Tỷ lệ người", "7%", 7, "%", T, Y, "ecommerce_retail_share"),
    F("thanh toán 66%", "66%", 66, "%", A, H, "payment_account_share"),
    F("66% 65%", "65%", 65, "%", T, Y, "payment_account_share"),
    F("thông minh 70,91%", "70,91%", 70.91, "%", A, H, "smartphone_population_share"),
    F("70,91% 85%", "85%", 85, "%", T, Y, "smartphone_population_share"),
    F("băng rộng 71,75%", "71,75%", 71.75, "%", A, H, "fibre_household_share"),
    F(" 75% Tỷ lệ dịch", "75%", 75, "%", T, Y, "fibre_household_share"),
    F("hồ sơ 45,78%", "45,78%", 45.78, "%", A, H, "services_with_dossiers_share"),
    F("45,78% 80%", "80%", 80, "%", T, Y, "services_with_dossiers_share"),
    F("trực tuyến 36,91%", "36,91%", 36.91, "%", A, H, "online_dossier_share"),
    F("36,91% 50%", "50%", 50, "%", T, Y, "online_dossier_share"),
    F("điện tử 33%", "33%", 33, "%", A, H, "e_contract_enterprise_share"),
    F("33% 50%", "50%", 50, "%", T, Y, "e_contract_enterprise_share"),
    F("- 100% 100% Tỷ lệ báo cáo", "100%", 100, "%", T, Y, "dossier_digitisation_share"),
    F("100% Tỷ lệ báo cáo", "100%", 100, "%", T, Y, "dossier_digitisation_share"),
    F("- 50% Tỷ lệ cơ quan", "50%", 50, "%", T, Y, "state_reports_online_share"),
    F("mở 3%", "3%", 3, "%", A, H, "open_data_agencies_share"),
    F("mở 3% 50%", "50%", 50, "%", T, Y, "open_data_agencies_share"),
    F("nền tảng số 6%", "6%", 6, "%", A, H, "sme_digital_platform_share"),
    F("6% 30%", "30%", 30, "%", T, Y, "sme_digital_platform_share"),
    # After the table.
    F("được 477/832", "477/832", 477, "thôn", A, H, "dead_zone_villages_covered", denominator=832),
    F("là 457.249", "457.249", 457249, "máy tính", A, H),
    F("tăng 4 lần", "4 lần", 4, "lần", C, H),
    F("35/35 nền", "35/35", 35, "nền tảng số", A, H, "national_digital_platforms",
      denominator=35),
    F("có 31 nền", "31", 31, "nền tảng số", A, H),
    F("4 nền tảng số đang", "4", 4, "nền tảng số", A, H),
    F("công bố 50 nền", "50", 50, "nền tảng số", A, H),
    F("có 18 nền", "18", 18, "nền tảng", A, H),
    F("16 nền tảng phục vụ kinh", "16", 16, "nền tảng", A, H),
    F("và 16 nền", "16", 16, "nền tảng", A, H),
    F("63/63 địa phương đã được giao", "63/63", 63, "địa phương", A, Y, denominator=63),
    F("tối thiểu 01", "01", 1, "nền tảng số", T, Y, None, "tối thiểu"),
    F("43/63", "43/63", 43, "địa phương", A, Y, denominator=63),
    F("8/63", "8/63", 8, "địa phương", A, Y, denominator=63),
    F("đạt 1.418 tỷ đồng", "1.418 tỷ đồng", 1.418e12, "đồng", A, Y, "cyber_security_revenue"),
    F("tăng 48,8%", "48,8%", 48.8, "%", C, Y, "cyber_security_revenue"),
    F("đạt 95,5%", "95,5%", 95.5, "%", A, H),
    F("đạt 72,6%", "72,6%", 72.6, "%", A, "2022-06"),
    F("27 triệu", "27 triệu", 27e6, "hộ gia đình", A, H),
    F("98 triệu", "98 triệu", 98e6, "người dân", A, H),
    F("khoảng 28 triệu", "28 triệu", 28e6, "dữ liệu", A, H, None, "khoảng"),
    F("trên 7 triệu", "7 triệu", 7e6, "trẻ em", A, H, None, "trên"),
    F("trên 6 triệu", "6 triệu", 6e6, "dữ liệu", A, H, None, "trên"),
    F("trên 4 triệu", "4 triệu", 4e6, "dữ liệu", A, H, None, "trên"),
    F("hơn 01 triệu", "01 triệu", 1e6, "doanh nghiệp", A, H, None, "hơn"),
    F("doanh nghiệp đạt 100%", "100%", 100, "%", A, H),
    F("là 97,3%", "97,3%", 97.3, "%", A, Y, "eligible_services_online_share"),
    F("là 45,7%", "45,7%", 45.7, "%", A, Y, "services_with_dossiers_share"),
    F("gấp 1,6 lần", "1,6 lần", 1.6, "lần", C, Y, "services_with_dossiers_share"),
    F("là 36,9%", "36,9%", 36.9, "%", A, Y, "online_dossier_share"),
    F("tăng khoảng 10%", "10%", 10, "%", C, Y, "online_dossier_share", "khoảng"),
    F("là 10,41%", "10,41%", 10.41, "%", A, H, "digital_economy_gdp_share", "ước tính"),
    F("là 9,6%", "9,6%", 9.6, "%", A, "2021", "digital_economy_gdp_share", "ước tính"),
    F("là 20%.", "20%", 20, "%", T, "2025", "digital_economy_gdp_share"),
    F("ước đạt 67.300", "67.300", 67300, "doanh nghiệp", A, H, "digital_tech_enterprises",
      "ước đạt"),
    F("gần 3.500", "3.500", 3500, "doanh nghiệp", C, H, "digital_tech_enterprises", "gần"),
    F("tỷ lệ 0,69", "0,69", 0.69, "doanh nghiệp/1.000 dân", A, H),
    F("đạt 99%", "99%", 99, "%", A, H, "e_tax_enterprise_share"),
    F("hoá đơn điện tử là 100%", "100%", 100, "%", A, H, "e_invoice_enterprise_share"),
    F("tăng 76%", "76%", 76, "%", C, P5, "cashless_payment_transactions"),
    F("và 30,6%", "30,6%", 30.6, "%", C, P5, "cashless_payment_transactions"),
    F("tăng 99,1%", "99,1%", 99.1, "%", C, P5),
    F("và 86,1%", "86,1%", 86.1, "%", C, P5),
    F("tăng 68,9%", "68,9%", 68.9, "%", C, P5),
    F("và 113,2%", "113,2%", 113.2, "%", C, P5),
]


@pytest.fixture(scope="module")
def text(seed_texts: dict[str, str]) -> str:
    return seed_texts[FILE]


@pytest.fixture(scope="module")
def figures(text: str):
    return extract(text, meeting_on(text, "2022-08", "date 2022-08", "month", False))


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.anchor)
def test_figure(text: str, figures, row: F) -> None:
    check_row(text, figures, row)


def test_nothing_else_is_a_figure(text: str, figures) -> None:
    result = score(text, figures, ROWS)
    assert result.extracted == result.matched == len(ROWS)


@pytest.mark.parametrize(
    "phrase",
    ["lần thứ 4", "thứ 3 nhằm", "15 tuổi", "c63.mic", "tháng 6/2022", "tháng 1/2022",
     "22 nhóm", "mức độ 4", "1.000 dân"],
)
def test_not_figures(text: str, figures, phrase: str) -> None:
    start = text.index(phrase)
    assert not any(start <= f.start < start + len(phrase) for f in figures)


def test_table_rows_are_labelled_with_their_indicator_name(text: str, figures) -> None:
    (row,) = [f for f in figures if f.raw == "70,91%"]
    assert row.label.startswith("Tỷ lệ dân số trưởng thành có điện thoại thông minh")
    assert "table" in row.rule
