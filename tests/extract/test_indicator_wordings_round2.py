"""Indicator wordings of a second round: activation as the verb, villages
once out of coverage, benefits paid to their beneficiaries, B2C commerce and
its share of retail, portal accounts and payments, and a figure that gives
another value of the quantity before it (in brackets, or as the total it
brings it to). Sentences written for these tests (other provinces and
numbers than any article), each with one that must not take the indicator.
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import extract


def _indicators(text: str) -> dict[str, str | None]:
    return {f.raw: f.indicator_id for f in extract(text, None)}


@pytest.mark.parametrize(
    ("text", "raw", "indicator"),
    [
        (
            "Đến 30/6, Công an tỉnh Hòa Bình đã kích hoạt 512.400 tài khoản.",
            "512.400",
            "vneid_accounts",
        ),
        ("Trong quý II, tỉnh kích hoạt thêm khoảng 18.700 tài khoản.", "18.700", "vneid_accounts"),
        (
            "So với năm 2023, số tài khoản đã được kích hoạt tăng gấp 2,6 lần.",
            "2,6 lần",
            "vneid_accounts",
        ),
        (
            "Năm 2024, nhà mạng đã phủ sóng cho 52 thôn, bản lõm sóng.",
            "52",
            "dead_zone_villages_covered",
        ),
        (
            "Viettel đưa sóng 4G tới 19 thôn vốn là vùng lõm sóng của huyện.",
            "19",
            "dead_zone_villages_covered",
        ),
        (
            "Tỉnh có 91,2% người hưởng an sinh xã hội được chi trả qua tài khoản.",
            "91,2%",
            "social_benefits_cashless_share",
        ),
        (
            "Năm 2025, thương mại điện tử B2C ước đạt 29 tỷ USD.",
            "29 tỷ USD",
            "ecommerce_b2c_revenue",
        ),
        (
            "Thương mại điện tử năm 2024 chiếm 10,2% tổng mức bán lẻ hàng hóa.",
            "10,2%",
            "ecommerce_retail_share",
        ),
        (
            "Cổng Dịch vụ công quốc gia đã cung cấp 4.100 dịch vụ; 5,3 triệu tài khoản đăng ký.",
            "5,3 triệu",
            "national_portal_accounts",
        ),
        (
            "Giá trị thanh toán trực tuyến trên Cổng năm 2024 đạt khoảng 7.900 tỷ đồng.",
            "7.900 tỷ đồng",
            "national_portal_payment_value",
        ),
        (
            "Bộ đã cung cấp 19 dịch vụ công trực tuyến thiết yếu cho người dân.",
            "19",
            "essential_public_services_online",
        ),
    ],
)
def test_a_wording_names_its_indicator(text: str, raw: str, indicator: str) -> None:
    assert _indicators(text + "\n")[raw] == indicator


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        # Accounts registered elsewhere than on the portal.
        ("Ngân hàng có thêm 2,1 triệu tài khoản đăng ký mới trong năm.", "2,1 triệu"),
        # Villages still out of coverage.
        ("Toàn tỉnh còn 23 thôn, làng chưa có sóng di động.", "23"),
        # A share of something else than retail.
        ("Kinh tế số chiếm 9% tổng sản phẩm của tỉnh.", "9%"),
    ],
)
def test_a_near_wording_takes_none_of_them(text: str, raw: str) -> None:
    assert _indicators(text + "\n")[raw] not in {
        "national_portal_accounts",
        "dead_zone_villages_covered",
        "ecommerce_retail_share",
    }


@pytest.mark.parametrize(
    ("text", "raw", "indicator"),
    [
        (
            "Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Phú Thọ đạt 47,2% (cả nước đạt 44,1%).",
            "44,1%",
            "end_to_end_dossier_share",
        ),
        (
            "Tỷ lệ hồ sơ được số hóa: 79,4% (cùng kỳ năm 2024: 61,8%)",
            "61,8%",
            "dossier_digitisation_share",
        ),
        (
            "Cả nước cấp thêm 3,1 triệu tài khoản định danh điện tử trong quý, nâng tổng số lên "
            "61,2 triệu.",
            "61,2 triệu",
            "vneid_accounts",
        ),
    ],
)
def test_another_value_of_the_quantity_before_takes_its_indicator(
    text: str, raw: str, indicator: str
) -> None:
    assert _indicators(text + "\n")[raw] == indicator


def test_a_bracket_of_another_unit_keeps_its_own_indicator() -> None:
    text = "Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 58% (với 120.000 hồ sơ).\n"
    assert _indicators(text)["120.000"] != "online_dossier_share"


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2024 cần cấp mới 3,2 triệu tài khoản định danh điện tử cho người dân.",
        "Quý IV phải cấp mới khoảng 5 triệu tài khoản định danh điện tử mức độ 2.",
    ],
)
def test_accounts_issued_are_not_accounts_activated(text: str) -> None:
    (indicator,) = _indicators(text + "\n").values()
    assert indicator != "vneid_accounts"


def test_accounts_activated_after_issuing_stay_activated() -> None:
    text = "Tỉnh đã cấp 1,1 triệu thẻ căn cước, kích hoạt 640.000 tài khoản định danh điện tử.\n"
    assert _indicators(text)["640.000"] == "vneid_accounts"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Bình Thuận đạt 63%, trong đó toàn trình "
            "đạt 38,4%.",
            {"63%": "online_dossier_share", "38,4%": "end_to_end_dossier_share"},
        ),
        (
            "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 40%, hồ sơ trực tuyến một phần đạt 22%.",
            {"40%": "end_to_end_dossier_share", "22%": "online_dossier_share"},
        ),
    ],
)
def test_the_second_clause_names_the_sibling_dossier_share(
    text: str, expected: dict[str, str]
) -> None:
    assert _indicators(text + "\n") == expected


@pytest.mark.parametrize(
    ("text", "raw", "indicator"),
    [
        (
            "Tỉnh đặt mục tiêu năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%; con số thực "
            "tế mới đạt 41%.",
            "41%",
            "end_to_end_dossier_share",
        ),
        (
            "Mục tiêu đến năm 2030 kinh tế số chiếm 30% GRDP, con số hiện nay khoảng 11%.",
            "11%",
            "digital_economy_gdp_share",
        ),
    ],
)
def test_the_value_reached_against_a_target_just_named_takes_its_indicator(
    text: str, raw: str, indicator: str
) -> None:
    assert _indicators(text + "\n")[raw] == indicator
