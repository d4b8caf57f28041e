"""Seed 000: session 8 of the National Committee, 24/4/2024, bridge point Ninh Thuận.

Annotated by reading the article. The first report paragraph states its
period (`quý I năm 2024`); later paragraphs state none, so their figures take
the meeting's date. The Ninh Thuận paragraph is the province's own results.
Not figures: `05 bộ, ngành`, `05 tỉnh/thành phố`, `03 doanh nghiệp` (who spoke),
`mô hình 04 lớp` and `liên thông văn bản 4 cấp` (describe a design, measure
nothing), `3G, 4G`, `5G`, years and `giai đoạn 2021-2025`.
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import F, check_row, extract, meeting_on, score

FILE = "000_ece4792df603b440.txt"
A, C, T, FC = "actual", "change", "target", "forecast"
Q1, M = "2024-Q1", "2024-04-24"
NT = "Ninh Thuận"

ROWS = [
    F("kết nối với 18 bộ", "18", 18, "bộ, ngành", A, Q1, "population_db_connected_ministries"),
    F("ngành, 63 tỉnh", "63", 63, "tỉnh, thành phố", A, Q1, "population_db_connected_localities"),
    F("phố và 4 doanh", "4", 4, "doanh nghiệp", A, Q1, "population_db_connected_enterprises"),
    F("trên 268 triệu", "268 triệu", 268e6, "thông tin", A, Q1, "population_db_synced_records",
      "trên"),
    F("hơn 1,5 tỷ", "1,5 tỷ", 1.5e9, "yêu cầu", A, Q1, "population_db_auth_requests", "hơn"),
    F("tăng 213 triệu", "213 triệu", 213e6, "thông tin", C, Q1, "population_db_auth_requests"),
    F("có 80,2%", "80,2%", 80.2, "%", A, M, "fibre_household_share"),
    F("100% số xã", "100%", 100, "%", A, M, "commune_fibre_share"),
    F("tới 99,8%", "99,8%", 99.8, "%", A, M, "mobile_4g_population_coverage"),
    F("thêm 1 Trung", "1", 1, "Trung tâm dữ liệu", C, M),
    F("2.400 racks", "2.400", 2400, "racks", A, M),
    F("có 80,44%", "80,44%", 80.44, "%", A, M, "eligible_services_online_share"),
    F("47,79%", "47,79%", 47.79, "%", A, M, "end_to_end_services_share"),
    F("13,2 triệu", "13,2 triệu", 13.2e6, "tài khoản", A, M, "national_portal_accounts"),
    F("trên 4.500", "4.500", 4500, "dịch vụ công trực tuyến", A, M,
      "national_portal_integrated_services", "trên"),
    F("trên 199,5 triệu", "199,5 triệu", 199.5e6, "thủ tục hành chính", A, M,
      "national_portal_synced_dossiers", "trên"),
    F("ước đạt 16,5%", "16,5%", 16.5, "%", A, "2023", "digital_economy_gdp_share", "ước đạt"),
    F("tốc độ tăng 20%", "20%", 20, "%", C, "2023", "digital_economy_growth"),
    F("gấp 3 lần", "3 lần", 3, "lần", C, "2023"),
    F("đạt trên 20%", "20%", 20, "%", FC, "2025", "digital_economy_gdp_share", "trên"),
    F("trên 86 triệu", "86 triệu", 86e6, "thẻ", A, M, "chip_id_cards", "trên"),
    F("trên 74,85 triệu", "74,85 triệu", 74.85e6, "hồ sơ", A, M, "eid_applications", "trên"),
    F("trên 53,62 triệu", "53,62 triệu", 53.62e6, "tài khoản", A, M, "vneid_accounts", "trên"),
    F("100% các cơ sở khám", "100%", 100, "%", A, M, "cashless_health_facility_share"),
    F("khoảng 64%", "64%", 64, "%", A, M, "social_benefits_cashless_share", "khoảng"),
    F("có 779/3.418", "779/3.418", 779, "hệ thống", A, M, "info_systems_protected",
      denominator=3418),
    F("đạt 22,8%", "22,8%", 22.8, "%", A, M, "info_systems_protected_share"),
    # Ninh Thuận's own results.
    F("đến 100% số thôn", "100%", 100, "%", A, M, scope=NT),
    F("tại 75 trạm", "75", 75, "trạm BTS", A, M, scope=NT),
    F("đạt 83,81%", "83,81%", 83.81, "%", A, M, "smartphone_population_share", scope=NT),
    F("đạt 84,26%", "84,26%", 84.26, "%", A, M, "fibre_household_share", scope=NT),
    F("Có 829 dịch", "829", 829, "dịch vụ công trực tuyến", A, M, scope=NT),
    F("tích hợp 812/829", "812/829", 812, "DVC", A, M, denominator=829, scope=NT),
    F("đạt 97,95%", "97,95%", 97.95, "%", A, M, scope=NT),
    F("trực tuyến 484 thủ tục", "484", 484, "thủ tục", A, M, scope=NT),
    F("phí 4.415 hồ sơ", "4.415", 4415, "hồ sơ", A, M, scope=NT),
    F("có 619 hồ sơ", "619", 619, "hồ sơ", A, M, scope=NT),
    F("được 328.508 hồ sơ", "328.508", 328508, "hồ sơ", A, M, scope=NT),
    F("có 273.500 hồ sơ", "273.500", 273500, "hồ sơ", A, M, scope=NT),
    F("chiếm 83,26%", "83,26%", 83.26, "%", A, M, scope=NT),
    F("đạt 98,90%", "98,90%", 98.90, "%", A, M, scope=NT),
    F("96,52%", "96,52%", 96.52, "%", A, M, scope=NT),
    F("94,89%", "94,89%", 94.89, "%", A, M, scope=NT),
    F("đạt 9,56%", "9,56%", 9.56, "%", A, M, "digital_economy_gdp_share", scope=NT),
    F("100% doanh nghiệp đã triển khai chữ ký", "100%", 100, "%", A, M, scope=NT),
    F("hơn 90% doanh", "90%", 90, "%", A, M, "e_invoice_enterprise_share", "hơn", scope=NT),
    F("với 526 trường", "526", 526, "trường", A, M, scope=NT),
    F("4.584 lớp", "4.584", 4584, "lớp", A, M, scope=NT),
    F("135.076 học sinh", "135.076", 135076, "học sinh", A, M, scope=NT),
    F("23,9% người dân", "23,9%", 23.9, "%", A, M, "e_health_book_share", scope=NT),
    F("và 17/72 cơ sở", "17/72", 17, "cơ sở y tế", A, M, denominator=72, scope=NT),
    F("(511 Tổ", "511", 511, "Tổ", A, M, scope=NT),
    F("3.279 thành viên", "3.279", 3279, "thành viên", A, M, scope=NT),
]


@pytest.fixture(scope="module")
def text(seed_texts: dict[str, str]) -> str:
    return seed_texts[FILE]


@pytest.fixture(scope="module")
def figures(text: str):
    return extract(text, meeting_on(text, "2024-04-24", "Sáng ngày 24/4/2024", "day", False))


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.anchor)
def test_figure(text: str, figures, row: F) -> None:
    check_row(text, figures, row)


def test_nothing_else_is_a_figure(text: str, figures) -> None:
    result = score(text, figures, ROWS)
    assert result.extracted == result.matched == len(ROWS)


@pytest.mark.parametrize(
    "phrase", ["05 bộ", "05 tỉnh/thành phố", "03 doanh nghiệp", "04 lớp", "văn bản 4 cấp", "4G"]
)
def test_not_figures(text: str, figures, phrase: str) -> None:
    start = text.index(phrase)
    assert not any(start <= f.start < start + len(phrase) for f in figures)
