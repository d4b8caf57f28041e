"""The indicator catalogue: well-formed, and one indicator worded differently gets one id."""

from __future__ import annotations

import pytest

from cds_desktop.extract.figures import find_figures
from cds_desktop.extract.indicators import MARK, catalogue, match_indicator, unit_sort
from cds_desktop.extract.text import fold, sentences
from tests.extract import (
    test_figures_generality,
    test_figures_seed_000,
    test_figures_seed_001,
    test_figures_seed_002,
    test_figures_seed_003,
    test_figures_seed_004,
)

SEEDS = {
    "000": test_figures_seed_000.ROWS,
    "001": test_figures_seed_001.ROWS,
    "002": test_figures_seed_002.ROWS,
    "003": test_figures_seed_003.ROWS,
    "004": test_figures_seed_004.ROWS,
}
DOMAINS = {"economy", "government", "data", "infrastructure", "society", "security"}


def test_entries_are_complete_and_unique() -> None:
    entries = catalogue()
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))
    for e in entries:
        assert e.name_vi and e.name_en and e.unit and e.patterns
        assert e.domain in DOMAINS


def test_every_indicator_in_two_or_more_seeds_is_catalogued() -> None:
    seeds_of: dict[str, set[str]] = {}
    for seed, rows in SEEDS.items():
        for row in rows:
            if row.indicator:
                seeds_of.setdefault(row.indicator, set()).add(seed)
    known = {e.id for e in catalogue()}
    assert set(seeds_of) <= known
    shared = {i for i, seeds in seeds_of.items() if len(seeds) >= 2}
    assert "digital_economy_gdp_share" in shared
    assert len(seeds_of["digital_economy_gdp_share"]) == 4


# Wordings met in other articles of the kind, one figure each: (sentence, raw, indicator).
WORDINGS = [
    ("Kinh tế số năm 2024 đóng góp khoảng 18,3% GDP.", "18,3%", "digital_economy_gdp_share"),
    ("Doanh thu công nghiệp công nghệ số đạt 152 tỷ USD.", "152 tỷ USD",
     "digital_industry_revenue"),
    ("Chỉ số chuyển đổi số (DTI) năm 2023 của tỉnh xếp thứ 12/63 tỉnh, thành phố.", "12/63",
     "dti_rank"),
    ("Đã cấp 82,4 triệu căn cước công dân gắn chíp.", "82,4 triệu", "chip_id_cards"),
    ("Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 50%.", "50%", "end_to_end_services_share"),
    ("Có 76% người trưởng thành sử dụng điện thoại thông minh.", "76%",
     "smartphone_population_share"),
]


@pytest.mark.parametrize(("sentence", "raw", "indicator"), WORDINGS)
def test_other_wordings(sentence: str, raw: str, indicator: str) -> None:
    (figure,) = [f for f in find_figures(sentence, sentences(sentence), None) if f.raw == raw]
    assert figure.indicator_id == indicator


def test_every_catalogue_entry_is_met_in_the_annotated_articles() -> None:
    used = {row.indicator for rows in SEEDS.values() for row in rows}
    used |= {row.indicator for rows in test_figures_generality.ROWS.values() for row in rows}
    used |= {indicator for _, _, indicator in WORDINGS}
    assert {e.id for e in catalogue()} <= used


@pytest.mark.parametrize(
    "sentence",
    [
        "Về phát triển kinh tế số, tỷ trọng kinh tế số/GDP năm 2023 ước đạt 16,5%.",
        "Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP đến hết 6 tháng đầu năm là 10,41%.",
        "Tỷ trọng kinh tế số năm 2024 ước đạt 18,3% GDP.",
        "Ước tính sơ bộ, tỷ trọng kinh tế số/GDP trong 6 tháng đầu năm đạt khoảng 14,96%.",
        "Kinh tế số, xã hội số từng bước hình thành, tỷ trọng kinh tế số đạt 9,56% GRDP của tỉnh.",
        "Kinh tế số ước chiếm khoảng 9,8% GDP.",
    ],
)
def test_one_indicator_worded_differently_gets_one_id(sentence: str) -> None:
    (figure,) = find_figures(sentence, sentences(sentence), None)
    assert figure.indicator_id == "digital_economy_gdp_share"


def test_a_share_is_not_matched_to_a_count_indicator() -> None:
    clause = fold("kích hoạt 49,8 triệu tài khoản định danh điện tử, đạt ") + MARK
    sentence = clause
    assert match_indicator(clause, len(clause) - 1, sentence, "%", True) is None
    found = match_indicator(clause, len(clause) - 1, sentence, "tài khoản", True)
    assert found is not None and found.id == "vneid_accounts"


def test_unmatched_figures_are_kept_with_the_noun_phrase_as_label() -> None:
    text = "Cơ sở dữ liệu hộ tịch điện tử toàn quốc có khoảng 28 triệu dữ liệu đăng ký khai sinh."
    (figure,) = find_figures(text, sentences(text), None)
    assert figure.indicator_id is None
    assert "hộ tịch điện tử" in figure.label


@pytest.mark.parametrize(
    ("unit", "sort"),
    [("%", "share"), ("đồng", "money"), ("Mbps", "speed"), ("hạng", "rank"), ("hồ sơ", "count"),
     ("doanh nghiệp/1.000 dân", "rate")],
)
def test_unit_sorts(unit: str, sort: str) -> None:
    assert unit_sort(unit) == sort
