"""Figures of the generality articles (`tests/data/articles/`), annotated by reading them.

These articles were written by another engineer after the rules existed:
other sessions, provinces, wordings (`Tỉnh Hà Tĩnh có ...`, `gấp 2 lần năm
2021`, `9,2 điểm phần trăm`, `tỷ USD`), date formats and text quirks (CRLF,
`Ð`, no-break spaces, image lines). Each row is one figure; the meeting date
is the one the article states, passed in as the meetings extractor reports it.
Not figures here: `63 tỉnh, thành phố` the meeting was broadcast to, `lần thứ
6`, `2 năm`/`9 tháng`/`10 tháng` (durations), `15 tuổi`, `mức độ 4`, dates
(`21/9`, `31/12/2023`, `12-10-2023`), ordinals in captions (`thứ 3 từ trái sang`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cds_desktop.extract.text import normalize
from tests.extract.figure_rows import F, check_row, extract, meeting_on, score

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
A, C, T, FC, R = "actual", "change", "target", "forecast", "rank"
# The periods meetings review (`sơ kết 2 năm`, `10 tháng đầu năm`, `5 tháng
# đầu năm`, `9 tháng`): those of the figures stating none.
SK2, M10, M5, M9 = "2022-01/2023-12", "2023-01/2023-10", "2025-01/2025-05", "2023-01/2023-09"

# file -> (meeting date, the words that state it, precision, inferred)
MEETINGS = {
    "g01": ("2023-09-21", "21/9", "day", False),
    "g02": ("2024-03-15", "Sáng 15/3/2024", "day", False),
    "g03": ("2023-11", "tháng 11/2023", "month", False),
    "g04": ("2025-06-14", "2025_06_14", "day", True),
    "g05": ("2023-10-12", "Ngày 12-10-2023", "day", False),
    "g06": ("2022", "quý I năm 2022", "year", True),
    "g07": ("2023-03-13", "Sáng 13/3", "day", True),
    "g08": ("2023-07-07", "Hà Nội, 7/7", "day", True),
}

ROWS = {
    "g01": [
        F("đạt 31,4%", "31,4%", 31.4, "%", A, "2023-01/2023-08",
          "end_to_end_dossier_share"),
        F("tăng 9,2 điểm phần trăm", "9,2 điểm phần trăm", 9.2, "điểm phần trăm", C,
          "2023-01/2023-08",
          "end_to_end_dossier_share"),
        F("tích hợp 4.312", "4.312", 4312, "dịch vụ công trực tuyến", A, "2023-01/2023-08",
          "national_portal_integrated_services"),
        F("hơn 2,9 triệu", "2,9 triệu", 2.9e6, "hồ sơ", A, "2023-01/2023-08", None, "hơn"),
        F("bình quân 93,6 Mbps", "93,6 Mbps", 93.6, "Mbps", A, "2023-09-21",
          "fixed_broadband_speed", "bình quân"),
        F("được 1.627/2.142", "1.627/2.142", 1627, "thôn", A, "2023-09-21",
          "dead_zone_villages_covered", denominator=2142),
        F("đạt 75,9%", "75,9%", 75.9, "%", A, "2023-09-21"),
        F("khoảng 78,3%", "78,3%", 78.3, "%", A, "2023-09-21", "fibre_household_share", "khoảng"),
        F("ước đạt 15,8%", "15,8%", 15.8, "%", A, "2023", "digital_economy_gdp_share", "ước đạt"),
        F("đạt 20% GDP", "20%", 20, "%", T, "2025", "digital_economy_gdp_share"),
        F("khoảng 17,5%", "17,5%", 17.5, "%", FC, "2024", "digital_economy_gdp_share", "khoảng"),
        F("đạt 71.450", "71.450", 71450, "doanh nghiệp", A, "2023", "digital_tech_enterprises"),
        F("gần 4.100", "4.100", 4100, "doanh nghiệp", C, "2023", "digital_tech_enterprises", "gần"),
        F("16,4 tỷ USD", "16,4 tỷ USD", 16.4e9, "USD", A, "2023", "ecommerce_b2c_revenue",
          "ước đạt"),
        F("gấp 1,3 lần", "1,3 lần", 1.3, "lần", C, "2023", "ecommerce_b2c_revenue"),
        F("Nẵng, 100%", "100%", 100, "%", A, "2023-09-21", "end_to_end_services_share",
          scope="Đà Nẵng"),
        F("đạt 82,7%", "82,7%", 82.7, "%", A, "2023-09-21", "online_dossier_share",
          scope="Đà Nẵng"),
        F("khoảng 18,5%", "18,5%", 18.5, "%", A, "2023-09-21", "digital_economy_gdp_share",
          "khoảng", scope="Đà Nẵng"),
        F("cấp 812.000", "812.000", 812000, "tài khoản", A, "2023-09-21", "vneid_accounts",
          scope="Đà Nẵng"),
        F("đạt 96,1%", "96,1%", 96.1, "%", A, "2023-09-21", scope="Đà Nẵng"),
        F("ít nhất 40%", "40%", 40, "%", T, "2023", "end_to_end_dossier_share", "ít nhất"),
        F("cho 12 nền", "12", 12, "nền tảng số", A, "2023-09-21", "national_digital_platforms"),
    ],
    "g02": [
        F("với 14 bộ", "14", 14, "bộ, ngành", A, SK2,
          "population_db_connected_ministries"),
        F("và 63/63", "63/63", 63, "địa phương", A, SK2,
          "population_db_connected_localities", denominator=63),
        F("trên 82,4 triệu", "82,4 triệu", 82.4e6, "thẻ", A, SK2, "chip_id_cards", "trên"),
        F("hoạt 49,8 triệu", "49,8 triệu", 49.8e6, "tài khoản", A, SK2, "vneid_accounts"),
        F("đạt 83%", "83%", 83, "%", A, SK2),
        F("hơn 1,27 tỷ", "1,27 tỷ", 1.27e9, "yêu cầu", A, "2024", "population_db_auth_requests",
          "hơn"),
        F("tăng 37,5%", "37,5%", 37.5, "%", C, "2024", "population_db_auth_requests"),
        F("Có 25/25", "25/25", 25, "dịch vụ công thiết yếu", A, SK2,
          "essential_public_services_online", denominator=25),
        F("đạt 86,6%", "86,6%", 86.6, "%", A, "2024-Q1", "social_benefits_cashless_share"),
        F("khoảng 3,2 triệu", "3,2 triệu", 3.2e6, "người dân", A, "2024-Q1", None, "khoảng"),
        F("nhận 2.912.400", "2.912.400", 2912400, "hồ sơ", A, SK2, scope="Thanh Hóa"),
        F("đạt 99,2%", "99,2%", 99.2, "%", A, SK2, scope="Thanh Hóa"),
        F("hoạt 1.786.000", "1.786.000", 1786000, "tài khoản", A, SK2, "vneid_accounts",
          scope="Thanh Hóa"),
        F("627/627", "627/627", 627, "trạm y tế", A, SK2, denominator=627,
          scope="Thanh Hóa"),
        F("đạt 52,3%", "52,3%", 52.3, "%", A, SK2, "end_to_end_dossier_share",
          scope="Thanh Hóa"),
        F("có 60 triệu", "60 triệu", 60e6, "tài khoản", T, "2024", "vneid_accounts"),
        F("mục tiêu 80%", "80%", 80, "%", T, "2024", "online_dossier_share"),
    ],
    "g03": [
        F("đạt 54,2%", "54,2%", 54.2, "%", A, M10,
          "services_with_dossiers_share"),
        F("đạt 41,8%", "41,8%", 41.8, "%", A, M10, "online_dossier_share"),
        F("tăng 11,3%", "11,3%", 11.3, "%", C, M10, "online_dossier_share"),
        F("1.540/2.106", "1.540/2.106", 1540, "cơ sở dữ liệu", A, M10, denominator=2106),
        F("khoảng 620 triệu", "620 triệu", 620e6, "giao dịch", A, M10, None, "khoảng"),
        F("thứ 24/160", "24/160", 24, "hạng", R, M10, denominator=160),
        F("ước đạt 4.870 tỷ đồng", "4.870 tỷ đồng", 4.87e12, "đồng", A, "2022",
          "cyber_security_revenue",
          "ước đạt"),
        F("hơn 2,1 lần", "2,1 lần", 2.1, "lần", C, "2022", "cyber_security_revenue", "hơn"),
        F("đạt 78,6%", "78,6%", 78.6, "%", A, M10, "end_to_end_dossier_share",
          scope="Quảng Ninh"),
        F("98,4% hộ", "98,4%", 98.4, "%", A, M10, "fibre_household_share",
          scope="Quảng Ninh"),
        F("chiếm 14,2%", "14,2%", 14.2, "%", A, M10, "digital_economy_gdp_share",
          scope="Quảng Ninh"),
        F("thành 100% chỉ", "100%", 100, "%", T, "2023-12-31"),
        F("chiếm 16%", "16%", 16, "%", T, "2023-12-31", "digital_economy_gdp_share"),
    ],
    "g04": [
        F("đạt 51,6%", "51,6%", 51.6, "%", A, M5, "end_to_end_dossier_share"),
        F("có 67,3 triệu", "67,3 triệu", 67.3e6, "tài khoản", A, M5,
          "vneid_accounts"),
        F("tiêu 60 triệu", "60 triệu", 60e6, "tài khoản", T, M5, "vneid_accounts"),
        F("khoảng 19,8%", "19,8%", 19.8, "%", FC, "2025", "digital_economy_gdp_share", "khoảng"),
        F("thứ 19/111", "19/111", 19, "hạng", R, "2025", "internet_speed_rank", denominator=111),
        F("tăng 9 bậc", "9 bậc", 9, "bậc", C, "2025", "internet_speed_rank"),
        F("đạt 87,4%", "87,4%", 87.4, "%", A, M5, "payment_account_share",
          scope="Kiên Giang"),
        F("1.214/1.388", "1.214/1.388", 1214, "ấp", A, M5, denominator=1388,
          scope="Kiên Giang"),
        F("có 100%", "100%", 100, "%", T, "2025", "end_to_end_services_share"),
    ],
    "g05": [
        F("hoạt 41,6 triệu", "41,6 triệu", 41.6e6, "tài khoản", A, M9,
          "vneid_accounts"),
        F("hơn 1,1 tỷ", "1,1 tỷ", 1.1e9, "yêu cầu", A, M9,
          "population_db_auth_requests", "hơn"),
        F("tăng 42%", "42%", 42, "%", C, M9, "population_db_auth_requests"),
        F("Có 22/25", "22/25", 22, "dịch vụ công thiết yếu", A, M9,
          "essential_public_services_online", denominator=25),
        F("đạt 88%", "88%", 88, "%", A, M9),
        F("Khoảng 94,7%", "94,7%", 94.7, "%", A, M9, None, "khoảng"),
        F("nhận 2.130.540", "2.130.540", 2130540, "hồ sơ", A, M9, scope="Bình Dương"),
        F("đạt 69,1%", "69,1%", 69.1, "%", A, M9, "online_dossier_share",
          scope="Bình Dương"),
        F("hơn 1,3 triệu", "1,3 triệu", 1.3e6, "tài khoản", A, M9, "vneid_accounts",
          "hơn", scope="Bình Dương"),
        F("ít nhất 40 triệu", "40 triệu", 40e6, "tài khoản", T, "2023", "vneid_accounts",
          "ít nhất"),
    ],
    "g06": [
        F("đạt 94,6%", "94,6%", 94.6, "%", A, "2022-Q1"),
        F("đạt 29,3%", "29,3%", 29.3, "%", A, "2022-Q1", "online_dossier_share"),
        F("tăng 6,8%", "6,8%", 6.8, "%", C, "2022-Q1", "online_dossier_share"),
        F("312/1.050", "312/1.050", 312, "thôn", A, "2022-Q1", "dead_zone_villages_covered",
          denominator=1050),
        F("67,8 Mbps", "67,8 Mbps", 67.8, "Mbps", A, "2022-Q1", "fixed_broadband_speed"),
        F("khoảng 9,8%", "9,8%", 9.8, "%", A, "2022-Q1", "digital_economy_gdp_share", "khoảng"),
        F("đạt 10,5%", "10,5%", 10.5, "%", T, "2022", "digital_economy_gdp_share"),
        F("có 1.784", "1.784", 1784, "dịch vụ công trực tuyến", A, "2022-Q1", scope="Hà Tĩnh"),
        F("đạt 37,2%", "37,2%", 37.2, "%", A, "2022-Q1", "online_dossier_share", scope="Hà Tĩnh"),
        F("2022, 50%", "50%", 50, "%", T, "2022", "online_dossier_share"),
    ],
    "g07": [
        F("ước đạt 14,3%", "14,3%", 14.3, "%", A, "2022", "digital_economy_gdp_share", "ước đạt"),
        F("đạt 18,6%", "18,6%", 18.6, "%", A, "2022", "end_to_end_dossier_share"),
        F("gấp 2 lần", "2 lần", 2, "lần", C, "2022", "end_to_end_dossier_share"),
        F("có 12,7 triệu", "12,7 triệu", 12.7e6, "tài khoản", A, "2023-02-28", "vneid_accounts"),
        F("có 6,1 triệu", "6,1 triệu", 6.1e6, "tài khoản", A, "2023-02-28",
          "national_portal_accounts"),
        F("đạt 16%", "16%", 16, "%", T, "2023", "digital_economy_gdp_share"),
        F("phấn đấu 80%", "80%", 80, "%", T, "2023", "smartphone_population_share"),
        F("đạt 58,3%", "58,3%", 58.3, "%", A, "2022", "online_dossier_share",
          scope="Lâm Đồng"),
        F("chiếm 8,7%", "8,7%", 8.7, "%", A, "2022", "digital_economy_gdp_share",
          scope="Lâm Đồng"),
    ],
}

ROWS["g08"] = [
    F("khoảng 8,4 triệu", "8,4 triệu", 8.4e6, "tài khoản", A, "2023-H1", "national_portal_accounts",
      "khoảng"),
    F("tăng 3,6 lần", "3,6 lần", 3.6, "lần", C, "2023-H1", "national_portal_accounts"),
    F("đạt 26,8%", "26,8%", 26.8, "%", A, "2023-H1", "end_to_end_dossier_share"),
    F("có 34,5 triệu", "34,5 triệu", 34.5e6, "tài khoản", A, "2023-06-30", "vneid_accounts"),
    F("1.250/1.600", "1.250/1.600", 1250, "điểm giao dịch", A, "2023-06-30", denominator=1600),
    F("khoảng 15,1%", "15,1%", 15.1, "%", A, "2023-H1", "digital_economy_gdp_share", "khoảng"),
    F("chiếm 20%", "20%", 20, "%", T, "2025", "digital_economy_gdp_share"),
    F("đạt 71,2%", "71,2%", 71.2, "%", A, "2023-H1", "online_dossier_share",
      scope="Hậu Giang"),
    F("100% xã", "100%", 100, "%", A, "2023-H1", scope="Hậu Giang"),
    F("ít nhất 40 triệu", "40 triệu", 40e6, "tài khoản", T, "2023", "vneid_accounts", "ít nhất"),
]

NOT_FIGURES = {
    "g01": ["63 tỉnh", "lần thứ 6", "21/9", "08:15", "B2C"],
    "g02": ["2 năm", "lần thứ 4", "15/3/2024"],
    "g03": ["10 tháng đầu", "11/2023", "31/12/2023"],
    "g04": ["lần thứ 11", "thứ 3 từ", "15 tuổi"],
    "g05": ["9 tháng triển khai", "thứ 2 từ", "12-10-2023"],
    "g06": ["mức độ 4", "quý I năm 2022"],
    "g07": ["thứ 4", "13/3", "2023-03"],
    "g08": ["18:20", "07/07/2023", "7/7 (TTXVN)", "6 tháng triển khai"],
}


def _text(key: str) -> str:
    (path,) = ARTICLES.glob(f"{key}_*.txt")
    return normalize(path.read_bytes().decode("utf-8"))


def _figures(key: str):
    text = _text(key)
    date, evidence, precision, inferred = MEETINGS[key]
    return text, extract(text, meeting_on(text, date, evidence, precision, inferred))


@pytest.mark.parametrize(
    ("key", "row"),
    [(key, row) for key, rows in ROWS.items() for row in rows],
    ids=lambda v: v if isinstance(v, str) else v.anchor,
)
def test_figure(key: str, row: F) -> None:
    text, figures = _figures(key)
    check_row(text, figures, row)


@pytest.mark.parametrize("key", sorted(ROWS))
def test_nothing_else_is_a_figure(key: str) -> None:
    text, figures = _figures(key)
    result = score(text, figures, ROWS[key])
    assert result.extracted == result.matched == len(ROWS[key])


@pytest.mark.parametrize(
    ("key", "phrase"), [(key, phrase) for key, phrases in NOT_FIGURES.items() for phrase in phrases]
)
def test_not_figures(key: str, phrase: str) -> None:
    text, figures = _figures(key)
    start = text.index(phrase)
    assert not any(start <= f.start < start + len(phrase) for f in figures)


def test_precision_and_recall_through_extract_article(seed_texts: dict[str, str]) -> None:
    """The whole pipeline, with the meeting the meetings extractor finds, over
    every annotated article: a found figure counts when it starts where an
    annotated one starts, with its value. The issue's bar is 97% on both."""
    from cds_desktop.extract import extract_article
    from tests.extract import (
        test_figures_seed_000,
        test_figures_seed_001,
        test_figures_seed_002,
        test_figures_seed_003,
        test_figures_seed_004,
    )

    items = [(_text(key), rows) for key, rows in ROWS.items()]
    for module in (
        test_figures_seed_000,
        test_figures_seed_001,
        test_figures_seed_002,
        test_figures_seed_003,
        test_figures_seed_004,
    ):
        items.append((seed_texts[module.FILE], module.ROWS))
    annotated = extracted = matched = 0
    for text, rows in items:
        result = score(text, extract_article(text).figures, rows)
        annotated += result.annotated
        extracted += result.extracted
        matched += result.matched
    assert matched / extracted >= 0.97
    assert matched / annotated >= 0.97


# One-sentence cases written for wordings no article above has:
# (sentence, [(raw, kind, unit), ...] every figure in it, in order).
SENTENCES = [
    ("1. Tăng cường hạ tầng số, đạt 95 phần trăm.", [("95 phần trăm", A, "%")]),
    ("Theo Quyết định 749/QĐ-TTg và Nghị quyết 57-NQ/TW, sau đại dịch COVID-19.", []),
    ("Hội nghị có hơn 1.000 đại biểu dự, kết nối tới 700 điểm cầu.", []),
    ("Việt Nam xếp hạng 86/193 quốc gia.", [("86/193", R, "hạng")]),
    ("Phiên họp lần 2 ghi nhận doanh thu đạt 2,5 nghìn tỷ đồng, tăng từ 40% lên 55%.",
     [("2,5 nghìn tỷ đồng", A, "đồng"), ("40%", A, "%"), ("55%", A, "%")]),
    ("Nghị định 13/2023/NĐ-CP có hiệu lực; số vụ tấn công mạng giảm 12,5% so với cùng kỳ.",
     [("12,5%", C, "%")]),
    ("Dự kiến năm 2026 doanh thu công nghiệp số đạt 180 tỷ USD.", [("180 tỷ USD", FC, "USD")]),
    ("Khai mạc lúc 8h30, kéo dài 3 giờ, với 4 phiên thảo luận.", []),
    ("Năm 2023, hơn 2000 doanh nghiệp dùng hóa đơn điện tử.", [("2000", A, "doanh nghiệp")]),
    ("Tỉnh đứng thứ 2 cả nước, chỉ số DTI đạt 0,4869, xếp thứ 15/63 tỉnh, thành phố.",
     [("2", R, "hạng"), ("0,4869", A, ""), ("15/63", R, "hạng")]),
]


def test_each_figure_takes_the_period_stated_with_it() -> None:
    sentence = "Tỷ lệ hồ sơ trực tuyến năm 2023 là 50%, năm 2024 là 60%."
    assert [f.period.label for f in extract(sentence, None) if f.period] == ["2023", "2024"]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES, ids=[s for s, _ in SENTENCES])
def test_written_sentences(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    figures = extract(sentence, None)
    assert [(f.raw, f.kind, f.unit) for f in figures] == expected
    assert all(sentence[f.start : f.end] == f.raw for f in figures)


@pytest.mark.parametrize(
    ("paragraph", "scope"),
    [
        ("6 tháng đầu năm, tỉnh Cà Mau có 95% hồ sơ được xử lý trực tuyến.", "Cà Mau"),
        ("UBND tỉnh Bạc Liêu cho biết, tỷ lệ hồ sơ trực tuyến đạt 48%.", "Bạc Liêu"),
        ("Ở Cà Mau, 82% người dân có tài khoản thanh toán. Tỉnh có 120 trạm BTS 5G.", "Cà Mau"),
        ("Tại điểm cầu tỉnh Ninh Thuận, cả nước có 80% hộ gia đình có cáp quang.", "national"),
        ("Chủ tịch UBND tỉnh Huỳnh Quốc Việt cho biết cả nước đạt 45%.", "national"),
    ],
)
def test_scope_follows_the_province_a_paragraph_opens_on(paragraph: str, scope: str) -> None:
    figures = extract(paragraph, None)
    assert figures
    assert {f.scope for f in figures} == {scope}
