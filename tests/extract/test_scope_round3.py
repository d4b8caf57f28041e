"""The province a passage reports on, round 3: a report named as the bridge
point's (`Báo cáo tại điểm cầu X cho thấy, ...:`) leading items numbered in
brackets (`(1) ...`, `(2) ...`).

The sentences are written for these tests (another province, other
indicators and numbers than any article of the repository).
"""

from __future__ import annotations

from tests.extract.figure_rows import extract

REPORT_WITH_BRACKETED_ITEMS = (
    "Báo cáo từ điểm cầu Quảng Ninh cho thấy, sau một năm triển khai, tỉnh đạt các kết quả:\n"
    "(1) Tỷ lệ hồ sơ trực tuyến toàn trình đạt 63,4%.\n"
    "(2) Kích hoạt 812.000 tài khoản định danh điện tử.\n"
    "(3) Có 97% hộ gia đình có Internet cáp quang.\n"
    "\n"
    "Cả nước có 70 triệu tài khoản định danh điện tử.\n"
)


def _scopes(text: str) -> dict[str, str]:
    return {f.raw: f.scope for f in extract(text, None)}


def test_bracketed_items_take_the_bridge_points_province_from_the_report() -> None:
    scopes = _scopes(REPORT_WITH_BRACKETED_ITEMS)
    assert scopes["63,4%"] == "Quảng Ninh"
    assert scopes["812.000"] == "Quảng Ninh"
    assert scopes["97%"] == "Quảng Ninh"


def test_the_country_after_the_list_stays_national() -> None:
    assert _scopes(REPORT_WITH_BRACKETED_ITEMS)["70 triệu"] == "national"


def test_a_bracketed_number_inside_a_sentence_opens_no_item() -> None:
    text = (
        "Tại điểm cầu Quảng Ninh, tỉnh đạt các kết quả:\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 63,4%.\n"
        "\n"
        "Theo Nghị định (2) nội dung, cả nước cấp 9,1 triệu chữ ký số.\n"
    )
    assert _scopes(text)["9,1 triệu"] == "national"
