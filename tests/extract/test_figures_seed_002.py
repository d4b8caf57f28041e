"""Seed 002: session 10 (the 2024 review), 6/2/2025, bridge point Vĩnh Phúc.

`Năm 2024` opens the ranking paragraphs; a figure measured `so với năm 2023`
is a 2024 figure (inferred); the rest take the meeting's date, including the
portal sentence after that comparison (its own words name no period).
Not figures: `lần thứ 10`, `tuyến thứ 6`, `top 10`, `Đề án 06`, the image URLs.
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import F, check_row, extract, meeting_on, score

FILE = "002_a279c6271ee83ab4.txt"
A, C, T, R = "actual", "change", "target", "rank"
M = "2025-02-06"

ROWS = [
    F("thứ 71/193", "71/193", 71, "hạng", R, "2024", "egov_development_rank", denominator=193),
    F("tăng 15 bậc", "15 bậc", 15, "bậc", C, "2024", "egov_development_rank"),
    F("thứ 37/110", "37/110", 37, "hạng", R, "2024", "internet_speed_rank", denominator=110),
    F("tăng 7 bậc", "7 bậc", 7, "bậc", C, "2024", "internet_speed_rank"),
    F("khai thác 1 tuyến", "1", 1, "tuyến cáp biển", A, "2024"),
    F("(20Tbps)", "20Tbps", 20, "Tbps", A, "2024"),
    F("đạt 45%", "45%", 45, "%", A, "2024", "end_to_end_dossier_share"),
    F("tăng 2,5 lần", "2,5 lần", 2.5, "lần", C, "2024", "end_to_end_dossier_share"),
    F("với 4.475", "4.475", 4475, "thủ tục", A, M, "national_portal_integrated_services"),
    F("(70,8%", "70,8%", 70.8, "%", A, M),
    F("ước đạt 18,3%", "18,3%", 18.3, "%", A, "2024", "digital_economy_gdp_share", "ước đạt"),
    F("vượt 20%/năm", "20%", 20, "%", C, "2024", "digital_economy_growth", "vượt"),
    F("ngoài vượt 20%", "20%", 20, "%", A, M, None, "vượt"),
    F("trên 55,25 triệu", "55,25 triệu", 55.25e6, "tài khoản", A, M, "vneid_accounts", "trên"),
    F("mục tiêu 40 triệu", "40 triệu", 40e6, "tài khoản", T, M, "vneid_accounts"),
    F("90% người", "90%", 90, "%", A, M, "e_health_book_share"),
    F("100% bệnh viện", "100%", 100, "%", A, M, "cashless_health_facility_share"),
]


@pytest.fixture(scope="module")
def text(seed_texts: dict[str, str]) -> str:
    return seed_texts[FILE]


@pytest.fixture(scope="module")
def figures(text: str):
    return extract(text, meeting_on(text, "2025-02-06", "Chiều 6/2", "day", True))


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.anchor)
def test_figure(text: str, figures, row: F) -> None:
    check_row(text, figures, row)


def test_nothing_else_is_a_figure(text: str, figures) -> None:
    result = score(text, figures, ROWS)
    assert result.extracted == result.matched == len(ROWS)


@pytest.mark.parametrize("phrase", ["lần thứ 10", "tuyến thứ 6", "top 10", "2025_02_06"])
def test_not_figures(text: str, figures, phrase: str) -> None:
    start = text.index(phrase)
    assert not any(start <= f.start < start + len(phrase) for f in figures)


def test_year_inferred_from_comparison_keeps_its_evidence(text: str, figures) -> None:
    (rate,) = [f for f in figures if f.raw == "45%"]
    assert rate.period_inferred
    assert rate.period_evidence is not None
    assert "năm 2023" in text[rate.period_evidence.start : rate.period_evidence.end]
