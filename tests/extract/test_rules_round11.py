"""Rules of round 11, from the general causes behind spurious figures of
heldout12: list items numbered `1/`, `2/` are no figures (and their labels,
like those of items numbered `1)`, leave the number out); a threshold of any
unit that defines a group counted as a share (`khoảng 2% trong số đó có
doanh thu trên 100 tỷ đồng`) is no figure; a rate written with `/` and no
blank (`0,93 doanh nghiệp/1.000 dân`) keeps its base in its unit; the
year's first or last quarter (`trong quý đầu năm`) is a period, and one a
meeting's report names in its lead dates the figures that state none.

The sentences are written for these tests (other provinces, numbers and
wordings than any article of the repository). Each rule has its negative
cases: the figures the obvious form of the rule would have got wrong.
"""

from __future__ import annotations

import pytest

from cds_desktop.extract import extract_article
from cds_desktop.extract.text import normalize
from tests.extract.figure_rows import extract, periods_on, raws_of

# ------------------------------------------------ items numbered `1/`


def test_items_numbered_with_a_slash_are_no_figures_and_leave_their_labels() -> None:
    text = (
        "Năm 2026, thành phố phấn đấu:\n"
        "1/ Tỷ lệ thanh toán trực tuyến đạt trên 55%;\n"
        "2/ Kích hoạt thêm 120.000 tài khoản định danh điện tử.\n"
    )
    figures = extract(text, None)
    assert [(f.raw, f.label) for f in figures] == [
        ("55%", "Tỷ lệ thanh toán trực tuyến"),
        ("120.000", "Kích hoạt"),
    ]


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        # A ratio written with a slash stays one.
        ("Đã có 3/5 huyện hoàn thành phủ sóng.\n", ["3/5"]),
        # A slash after a number inside a sentence numbers nothing.
        ("Tỷ lệ hồ sơ đạt 45/ 100 hồ sơ được kiểm tra.\n", ["45", "100"]),
    ],
)
def test_a_slash_that_numbers_no_item_keeps_its_numbers(text: str, raws: list[str]) -> None:
    assert raws_of(text) == raws


def test_an_item_numbered_with_a_bracket_leaves_its_label_too() -> None:
    text = "Mục tiêu năm 2026:\n2) tỷ lệ hồ sơ trực tuyến toàn trình đạt 70%.\n"
    (figure,) = extract(text, None)
    assert figure.label == "tỷ lệ hồ sơ trực tuyến toàn trình"


# ------------------------------------------------ a threshold of any unit defining a group


@pytest.mark.parametrize(
    "text",
    [
        "Chỉ khoảng 3% trong số đó có doanh thu trên 500 tỷ đồng mỗi năm.\n",
        "Còn 14 xã có tốc độ truy cập dưới 50 Mbps.\n",
    ],
)
def test_a_threshold_of_money_or_speed_defining_a_group_is_no_figure(text: str) -> None:
    raws = raws_of(text)
    assert "500 tỷ đồng" not in raws and "50 Mbps" not in raws
    assert raws[0] in ("3%", "14")


def test_a_level_of_money_after_a_comma_and_a_level_verb_stays() -> None:
    text = "Tỉnh có 120 doanh nghiệp số, doanh thu đạt trên 500 tỷ đồng.\n"
    assert raws_of(text) == ["120", "500 tỷ đồng"]


# ------------------------------------------------ a rate written `a/1.000 dân`


@pytest.mark.parametrize(
    "text",
    [
        "Mật độ đạt 1,12 doanh nghiệp/1.000 dân.\n",
        "Mật độ đạt 1,12 doanh nghiệp / 1.000 dân.\n",
        "Mật độ đạt 1,12 doanh nghiệp trên 1.000 dân.\n",
    ],
)
def test_a_rate_per_base_keeps_the_base_in_its_unit(text: str) -> None:
    assert [(f.raw, f.unit) for f in extract(text, None)] == [("1,12", "doanh nghiệp/1.000 dân")]


# ------------------------------------------------ the year's first or last quarter


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Trong quý cuối năm 2024, tỉnh số hóa 48.000 hồ sơ.\n", "2024-Q4"),
        ("Quý đầu năm nay, tỉnh số hóa 48.000 hồ sơ.\n", "2025-Q1"),
        # The half, not a quarter.
        ("Nửa đầu năm nay, tỉnh số hóa 48.000 hồ sơ.\n", "2025-H1"),
    ],
)
def test_the_years_first_or_last_quarter_dates_its_sentence(text: str, label: str) -> None:
    assert periods_on(text, "2025-09-20") == [("48.000", label)]


def test_a_report_on_the_years_first_quarter_dates_the_figures_that_state_none() -> None:
    text = (
        "Quý I/2030: thanh toán trực tuyến tăng mạnh\n"
        "\n"
        "Tại Phiên họp thứ 30 của Ủy ban Quốc gia về chuyển đổi số chiều 14/4/2030, các "
        "bộ báo cáo thanh toán trực tuyến tiếp tục tăng trong quý đầu năm.\n"
        "\n"
        "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 84,2%.\n"
    )
    (figure,) = [f for f in extract_article(normalize(text)).figures if f.raw == "84,2%"]
    assert figure.period is not None and figure.period.label == "2030-Q1"
