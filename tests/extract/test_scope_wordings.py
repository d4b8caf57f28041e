"""Scopes read from wordings of their own: what a bridge point reports, a
heading or label naming a province, a sentence that names a province and
then says "the province", and the country's figure quoted inside a
province's passage.

The sentences are written for these tests (other provinces, indicators and
numbers than any article of the repository); the negative cases are the
figures the obvious form of each rule would get wrong.
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import extract


def _scopes(text: str) -> list[tuple[str, str]]:
    return [(f.raw, f.scope) for f in extract(text, None)]


def test_what_a_bridge_point_reports_is_its_provinces() -> None:
    text = (
        "Tại điểm cầu Kon Tum, Phó Chủ tịch UBND tỉnh cho biết tỷ lệ hồ sơ trực tuyến đạt 57,3%"
        " và tỉnh đã kích hoạt 214.000 tài khoản định danh điện tử.\n"
    )
    assert _scopes(text) == [("57,3%", "Kon Tum"), ("214.000", "Kon Tum")]


def test_a_bridge_point_inside_a_sentence_leaves_the_figures_national() -> None:
    text = "Thủ tướng phát biểu tại điểm cầu Hà Nội, cả năm cấp 12 triệu chữ ký số.\n"
    assert _scopes(text) == [("12 triệu", "national")]


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        (
            "Quảng Trị: 96% hộ gia đình có cáp quang\n\nCả nước có 22 triệu thuê bao băng rộng.\n",
            [("96%", "Quảng Trị"), ("22 triệu", "national")],
        ),
        (
            "Tỉnh Hậu Giang: tỷ lệ thanh toán số đạt 61,2%.\n",
            [("61,2%", "Hậu Giang")],
        ),
    ],
)
def test_a_province_and_a_colon_opening_a_line_give_its_scope(
    text: str, scopes: list[tuple[str, str]]
) -> None:
    assert _scopes(text) == scopes


def test_a_province_named_then_called_the_province_is_the_scope() -> None:
    text = (
        'Giám đốc Sở Khoa học và Công nghệ Phú Yên cho biết: "Năm qua, tỉnh đã đưa'
        ' 1.430 thủ tục lên cổng, tỷ lệ hồ sơ trực tuyến đạt 48,9%".\n'
    )
    assert _scopes(text) == [("1.430", "Phú Yên"), ("48,9%", "Phú Yên")]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Bộ Công an cùng Hà Giang trao đổi, các tỉnh đã cấp 9,5 triệu căn cước.\n",
        "Theo Bộ Tài chính và Nghệ An, 52 tỉnh có 70% số xã dùng hóa đơn điện tử.\n",
        "Lãnh đạo Long An cho biết cơ quan cấp tỉnh đã số hóa 88% hồ sơ.\n",
    ],
)
def test_the_province_as_one_of_several_or_a_level_is_no_back_reference(text: str) -> None:
    assert {scope for _, scope in _scopes(text)} == {"national"}


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        (
            "Tỉnh Yên Bái có 41,5% người dân dùng VNeID, cao hơn bình quân cả nước (khoảng 38%).\n",
            [("41,5%", "Yên Bái"), ("38%", "national")],
        ),
        (
            "Đối với tỉnh Hòa Bình, ông Bùi Văn Khánh cho biết cả nước đã cấp 70 triệu thẻ.\n",
            [("70 triệu", "national")],
        ),
    ],
)
def test_the_countrys_figure_inside_a_provinces_passage_is_national(
    text: str, scopes: list[tuple[str, str]]
) -> None:
    assert _scopes(text) == scopes


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        (
            "Tỉnh Bắc Ninh đứng đầu cả nước với 97,6% hồ sơ trực tuyến.\n",
            [("97,6%", "Bắc Ninh")],
        ),
        (
            "Tỉnh Điện Biên xếp thứ 12 cả nước, tỷ lệ thanh toán số đạt 58%.\n",
            [("12", "Điện Biên"), ("58%", "Điện Biên")],
        ),
    ],
)
def test_a_provinces_place_in_the_country_stays_the_provinces(
    text: str, scopes: list[tuple[str, str]]
) -> None:
    assert _scopes(text) == scopes
