"""Indicator and scope rules of round 9, from the misses of `tests/data/heldout10`.

Each cause is fixed in general: a wording the catalogue lacked
(`resources/indicators.toml`), a sibling pair, a short name with `này`
(`figures._borrowed`), words naming an indicator the sentence rules out
(`indicators.names_ruled_out`), targets listed between `;`, and three scope
wordings (`scope.py`, the `[scope]` table of `resources/figures.toml`). The
sentences are written for these tests, in other wordings than any article
of the repository; every positive case failed before the fix, and every
rule has a negative case: what must not change.
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import extract, indicator_rows


def _indicators(text: str) -> list[tuple[str, str | None]]:
    return indicator_rows(text + "\n")


def _scopes(text: str) -> list[tuple[str, str]]:
    return [(f.raw, f.scope) for f in extract(text + "\n", None)]


# ------------------------------------------------ wordings of the catalogue


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Systems whose `hồ sơ cấp độ` is approved: the count and its share.
        (
            "Đến nay, 2.150/2.300 hệ thống thông tin đã được phê duyệt hồ sơ cấp độ, đạt 93,5%.",
            [("2.150/2.300", "info_systems_protected"), ("93,5%", "info_systems_protected_share")],
        ),
        # Procedures offered `dưới hình thức` end-to-end online services.
        (
            "Năm 2026, phấn đấu 90% thủ tục hành chính đủ điều kiện được cung cấp dưới hình "
            "thức dịch vụ công trực tuyến toàn trình.",
            [("90%", "end_to_end_services_share")],
        ),
        # A network's rank right after its speed.
        (
            "Theo Ookla, tốc độ Internet cố định của Việt Nam đạt trung bình 210,5 Mbps, "
            "xếp thứ 12/110 thế giới.",
            [("210,5 Mbps", "fixed_broadband_speed"), ("12/110", "internet_speed_rank")],
        ),
        # Communes counted, then the share of them with fibre.
        (
            "Sau hợp nhất, thành phố có 102 xã, phường, trong đó 98% đã có Internet cáp quang.",
            [("98%", "commune_fibre_share")],
        ),
        # The results digitised, and dossiers with which ones between.
        (
            "Trong năm, 97% kết quả giải quyết thủ tục hành chính đã được số hóa.",
            [("97%", "dossier_digitisation_share")],
        ),
        (
            "Từ quý II, 100% hồ sơ thủ tục hành chính nộp trực tiếp phải được số hóa.",
            [("100%", "dossier_digitisation_share")],
        ),
        # A share of all dossiers after the count of them sent online.
        (
            "Quý III, người dân và doanh nghiệp nộp trực tuyến 58.700 hồ sơ, chiếm 79,6% "
            "tổng số hồ sơ tiếp nhận.",
            [("58.700", None), ("79,6%", "online_dossier_share")],
        ),
        # E-invoices and e-contracts, the second named by its own words only.
        (
            "Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 98,7%, hợp đồng điện tử 61,2%.",
            [("98,7%", "e_invoice_enterprise_share"), ("61,2%", "e_contract_enterprise_share")],
        ),
        (
            "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 40%, hoá đơn điện tử 99%.",
            [("40%", "e_contract_enterprise_share"), ("99%", "e_invoice_enterprise_share")],
        ),
    ],
)
def test_catalogue_wordings(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _indicators(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A rank in a region after a change of speed is no world speed rank.
        (
            "Tốc độ Internet di động tăng 12% so với cuối năm 2025, giúp Việt Nam đứng thứ 4 "
            "trong ASEAN.",
            [("12%", "mobile_broadband_speed"), ("4", None)],
        ),
        # One procedure's dossiers sent online: no share of all dossiers.
        (
            "Có 21.300 hồ sơ cấp đổi giấy phép lái xe được nộp trực tuyến, "
            "chiếm 74% tổng số hồ sơ.",
            [("21.300", None), ("74%", None)],
        ),
        # The national B2C revenue keeps its indicator.
        (
            "Doanh thu thương mại điện tử B2C của Việt Nam năm 2025 đạt 31 tỷ USD.",
            [("31 tỷ USD", "ecommerce_b2c_revenue")],
        ),
    ],
)
def test_what_the_wordings_leave_alone(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _indicators(text) == expected


# ------------------------------------------------------------- resolution


def test_a_population_share_after_a_fibre_share_is_no_household_share() -> None:
    text = (
        "Hết quý III, tỷ lệ hộ gia đình sử dụng cáp quang đạt 81,2%, sóng 5G đã phủ tới 65% dân số."
    )
    assert _indicators(text) == [("81,2%", "fibre_household_share"), ("65%", None)]


def test_a_provinces_ecommerce_revenue_is_no_national_b2c_figure() -> None:
    text = (
        "Doanh thu thương mại điện tử trên địa bàn tỉnh năm 2025 ước đạt 9.200 tỷ đồng, "
        "tăng 18% so với năm trước."
    )
    assert _indicators(text) == [("9.200 tỷ đồng", None), ("18%", None)]


def test_words_of_a_ruled_out_indicator_make_a_change_follow_up_nothing() -> None:
    text = (
        "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 52%; doanh thu thương mại điện tử trên "
        "địa bàn tăng 14% so với cùng kỳ."
    )
    assert _indicators(text) == [("52%", "end_to_end_dossier_share"), ("14%", None)]


def test_a_change_without_words_of_its_own_still_follows_up() -> None:
    text = "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 52%, tăng 6 điểm phần trăm so với cùng kỳ."
    assert _indicators(text) == [
        ("52%", "end_to_end_dossier_share"),
        ("6 điểm phần trăm", "end_to_end_dossier_share"),
    ]


def test_a_short_name_with_nay_names_the_body_not_the_figure_before() -> None:
    text = (
        "Cơ sở dữ liệu quốc gia về dân cư đã phục vụ 1,2 tỷ lượt xác thực trong năm. "
        "Hệ thống này đã kết nối với 22 bộ, ngành và 63 tỉnh, thành phố."
    )
    assert _indicators(text) == [
        ("1,2 tỷ", "population_db_auth_requests"),
        ("22", "population_db_connected_ministries"),
        ("63", "population_db_connected_localities"),
    ]


def test_targets_listed_between_semicolons_are_each_their_own() -> None:
    text = (
        "Năm 2026 phấn đấu: 85% hồ sơ được giải quyết trực tuyến toàn trình; giảm ít nhất "
        "20% thời gian chờ của người dân."
    )
    assert _indicators(text) == [("85%", "end_to_end_dossier_share"), ("20%", None)]


def test_a_target_after_a_level_across_a_semicolon_still_follows_it_up() -> None:
    text = "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 45%; phấn đấu cuối năm đạt 60%."
    assert _indicators(text) == [
        ("45%", "end_to_end_dossier_share"),
        ("60%", "end_to_end_dossier_share"),
    ]


# ------------------------------------------------------------------- scope


def test_the_country_named_with_a_colon_in_a_provinces_sentence() -> None:
    text = (
        "Tại điểm cầu Thái Nguyên, ông Nguyễn Văn An cho biết tỷ lệ thanh toán trực tuyến "
        "của tỉnh đạt 38,5% (toàn quốc: 41,2%)."
    )
    assert _scopes(text) == [("38,5%", "Thái Nguyên"), ("41,2%", "national")]


def test_a_province_called_the_locality_after_its_name() -> None:
    text = (
        "Bộ trưởng khen ngợi Bắc Ninh, địa phương có tỷ lệ kích hoạt tài khoản định danh "
        "điện tử cao nhất với 92,3%."
    )
    assert _scopes(text) == [("92,3%", "Bắc Ninh")]


def test_several_provinces_called_localities_stay_national() -> None:
    text = "Bắc Ninh, Hải Phòng và Đà Nẵng là địa phương có tỷ lệ kích hoạt trên 90%."
    assert _scopes(text) == [("90%", "national")]


def test_the_countrys_level_after_a_comparison_is_national() -> None:
    text = (
        "Tại điểm cầu Cần Thơ, ông Trần Văn Bình cho biết tỷ lệ hồ sơ trực tuyến của thành "
        "phố đạt 70,2%, vượt mức 55,4% của cả nước."
    )
    assert _scopes(text) == [("70,2%", "Cần Thơ"), ("55,4%", "national")]


def test_a_provinces_part_of_the_country_stays_the_provinces() -> None:
    text = (
        "Tại điểm cầu Cần Thơ, ông Trần Văn Bình cho biết doanh thu của thành phố đạt "
        "900 tỷ đồng, chiếm 3,1% của cả nước."
    )
    assert _scopes(text) == [("900 tỷ đồng", "Cần Thơ"), ("3,1%", "Cần Thơ")]
