"""Seed 004: session 9, 10/7/2024 (dateline `10/07/2024 - 20:53`), bridge point Cần Thơ.

Written with `Ð` (U+00D0) for `Đ`. A bare `6 tháng đầu năm` is 2024-H1
(inferred from the meeting); `từ mức 17% vào cuối năm 2023 ... lên 42%` gives
the 17% its own period and leaves the 42% to the paragraph's. `kế hoạch năm
2024` names a plan: it is no period, so the plan paragraph (`Qua 6 tháng, ...
50.350 doanh nghiệp`) takes the period the meeting reviews, `Qua 6 tháng`:
2024-H1 (a figure with no period of its own and no word of now takes the
reviewed period, not the meeting's day).
Not figures: `lần thứ 9`, `Ðề án 06`, `sau 20 năm`, `giai đoạn 2022-2025`, the dateline.
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import F, check_row, extract, meeting_on, score

FILE = "004_f35bec352890091e.txt"
A, C = "actual", "change"
H = "2024-H1"

ROWS = [
    F("mức 17%", "17%", 17, "%", A, "2023", "end_to_end_dossier_share"),
    F("lên 42%", "42%", 42, "%", A, H, "end_to_end_dossier_share"),
    F("tăng 80%", "80%", 80, "%", C, H),
    F("tăng 8%", "8%", 8, "%", C, H, "digital_tech_enterprises"),
    F("tăng 67%", "67%", 67, "%", C, H),
    F("là 50.350", "50.350", 50350, "doanh nghiệp", A, H, "digital_tech_enterprises"),
    F("tỷ lệ 104,9%", "104,9%", 104.9, "%", A, H),
    F("thành 45/53", "45/53", 45, "dịch vụ", A, H, "essential_public_services_online",
      denominator=53),
    F("đạt 19/21", "19/21", 19, "bộ, cơ quan ngang bộ", A, H, denominator=21),
    F("tăng 9 bộ", "9", 9, "bộ", C, H),
    F("và 63/63 tỉnh", "63/63", 63, "tỉnh, thành phố", A, H, denominator=63),
    F("tăng 26 tỉnh", "26", 26, "tỉnh, thành phố", C, H),
    F("100% các bộ", "100%", 100, "%", A, H),
]


@pytest.fixture(scope="module")
def text(seed_texts: dict[str, str]) -> str:
    return seed_texts[FILE]


@pytest.fixture(scope="module")
def figures(text: str):
    return extract(text, meeting_on(text, "2024-07-10", "Ngày 10-7", "day", True))


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.anchor)
def test_figure(text: str, figures, row: F) -> None:
    check_row(text, figures, row)


def test_nothing_else_is_a_figure(text: str, figures) -> None:
    result = score(text, figures, ROWS)
    assert result.extracted == result.matched == len(ROWS)


@pytest.mark.parametrize("phrase", ["lần thứ 9", "sau 20 năm", "2022-2025", "10/07/2024 - 20:53"])
def test_not_figures(text: str, figures, phrase: str) -> None:
    start = text.index(phrase)
    assert not any(start <= f.start < start + len(phrase) for f in figures)
