"""Rules of round 13, from the general causes behind misses of heldout14: a
province's own meeting chaired by an official whose title ends on `tỉnh`
before a comma (`Trưởng Ban Chỉ đạo chuyển đổi số tỉnh, chủ trì hội nghị`)
is still the province's; a time zone's offset (`20:48 GMT+7`) is no figure;
a province opening a sentence may have an aside in brackets before its verb
(`Lâm Đồng (sau hợp nhất với ...) báo cáo`); a value in brackets after a
change restates the level the change changed (`đạt 52,6%, tăng 9,4 điểm
phần trăm ... và cao hơn mức bình quân cả nước (46,8%)`), and so does a
running total after `lũy kế`; `nhanh hơn` and `chậm hơn` compare as `cao
hơn` does; `kích hoạt mới` adds to the accounts as `cấp mới` adds to the
cards, and the growth of such an increment is the stock's; `từ đầu năm
2023 đến nay` is a run as `từ đầu năm đến nay` is; a paragraph opening on
`Cùng thời điểm` reports the time the figure before it was dated to;
`không dưới` is a qualifier. Catalogue wordings: the share of dossiers sent
online after their count with no verb, and hospitals paid without cash
named after the payment.

The sentences are written for these tests (other provinces, numbers and
wordings than any article of the repository). Each rule has its negative
cases: the figures the obvious form of the rule would have got wrong.
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import (
    article_scopes,
    extract_on,
    indicator_rows,
    kinds_of,
    periods_on,
    raws_of,
)


def test_a_title_ending_on_tinh_before_a_comma_still_organises() -> None:
    text = (
        "Bắc Giang: 6 tháng, kích hoạt thêm 31.000 tài khoản\n\n"
        "Sáng 12/7/2024, đồng chí Lê Văn Hùng, Phó Chủ tịch UBND tỉnh, Trưởng Ban "
        "Chỉ đạo Đề án 06 tỉnh, chủ trì hội nghị sơ kết 6 tháng đầu năm 2024.\n\n"
        "Toàn tỉnh đã thu nhận 48.200 hồ sơ định danh điện tử.\n"
    )
    assert article_scopes(text)["48.200"] == "Bắc Giang"


def test_a_meeting_held_at_a_bridge_point_stays_national() -> None:
    text = (
        "Bắc Giang: dự hội nghị trực tuyến\n\n"
        "Sáng 12/7/2024, đồng chí Lê Văn Hùng, Phó Chủ tịch UBND tỉnh, chủ trì "
        "hội nghị tại điểm cầu của tỉnh.\n\n"
        "Cả nước đã thu nhận 48,2 triệu hồ sơ định danh điện tử.\n"
    )
    assert article_scopes(text)["48,2 triệu"] == "national"


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        ("Cập nhật: 08:15 GMT+7, ngày 3/3/2026\n\nTỉnh có 7 xã đạt chuẩn.\n", ["7"]),
        ("Thứ Hai, 3/3/2026 - 21:40 (GMT + 7)\n\nĐã cấp 9.100 thẻ.\n", ["9.100"]),
        ("03/03/2026 07:02 UTC+7\n\nCó 5 tỉnh về đích.\n", ["5"]),
    ],
)
def test_a_time_zones_offset_is_no_figure(text: str, raws: list[str]) -> None:
    assert raws_of(text) == raws


def test_a_province_opening_a_sentence_with_an_aside_is_its_subject() -> None:
    text = (
        "Hội nghị giao ban Đề án 06 có điểm cầu các tỉnh.\n\n"
        "Cả nước có 78,1 triệu tài khoản định danh điện tử.\n\n"
        "Gia Lai (sau hợp nhất với Bình Định) báo cáo đã có 2,1 triệu tài khoản.\n"
    )
    scopes = article_scopes(text)
    assert scopes["78,1 triệu"] == "national"
    assert scopes["2,1 triệu"] == "Gia Lai"


def test_provinces_listed_with_asides_are_no_subject() -> None:
    text = (
        "Hội nghị giao ban Đề án 06 có điểm cầu các tỉnh.\n\n"
        "Gia Lai (sau hợp nhất) và Đắk Lắk cùng có 2,1 triệu tài khoản.\n"
    )
    assert article_scopes(text)["2,1 triệu"] == "national"


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # A value in brackets after a change restates the level it changed.
        (
            "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 61,2%, tăng 3,1 điểm phần trăm "
            "so với năm 2024 và cao hơn bình quân cả nước (55,4%).\n",
            [
                ("61,2%", "end_to_end_dossier_share"),
                ("3,1 điểm phần trăm", "end_to_end_dossier_share"),
                ("55,4%", "end_to_end_dossier_share"),
            ],
        ),
        # ... but a bracket after a count restates the count's quantity, not
        # a share said earlier in the sentence.
        (
            "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 45%; cổng đã tích hợp 4.210 thủ tục "
            "(68,1% tổng số thủ tục).\n",
            [
                ("45%", "end_to_end_dossier_share"),
                ("4.210", "national_portal_integrated_services"),
                ("68,1%", None),
            ],
        ),
    ],
)
def test_a_value_in_brackets_restates_the_level_a_change_changed(
    text: str, rows: list[tuple[str, str | None]]
) -> None:
    assert indicator_rows(text) == rows


def test_a_running_total_after_luy_ke_restates_the_count() -> None:
    text = (
        "Trong quý III, Cơ sở dữ liệu quốc gia về dân cư tiếp nhận và trả lời 2,7 tỷ lượt "
        "yêu cầu xác thực thông tin công dân, tăng 9% so với quý II; "
        "lũy kế đạt trên 19,4 tỷ lượt.\n"
    )
    rows = dict(indicator_rows(text))
    assert rows["19,4 tỷ"] == rows["2,7 tỷ"] == "population_db_auth_requests"


def test_without_a_running_total_a_later_count_borrows_nothing() -> None:
    text = (
        "Trong quý III, Cơ sở dữ liệu quốc gia về dân cư tiếp nhận và trả lời 2,7 tỷ lượt "
        "yêu cầu xác thực thông tin công dân, tăng 9% so với quý II; "
        "Sở tiếp 1,2 triệu lượt khách.\n"
    )
    assert dict(indicator_rows(text))["1,2 triệu"] is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Doanh thu tăng 21%, nhanh hơn 1,8 lần so với bình quân ngành.\n", "change"),
        ("Tốc độ giải ngân chậm hơn 2,5 điểm phần trăm so với kế hoạch.\n", "change"),
        # No base: a level qualified by `hơn`, as `cao hơn 80%` is.
        ("Tốc độ xử lý đạt 3 lần.\n", "actual"),
    ],
)
def test_nhanh_hon_and_cham_hon_compare_as_cao_hon_does(text: str, kind: str) -> None:
    assert list(kinds_of(text).values())[-1] == kind


def test_an_increment_activated_anew_is_a_change_and_its_growth_the_stocks() -> None:
    text = (
        "Trong tháng 9, cả nước kích hoạt mới 1,02 triệu tài khoản định danh điện tử, "
        "tăng 4,1% so với tháng 8.\n"
    )
    assert kinds_of(text) == {"1,02 triệu": "change", "4,1%": "change"}
    assert indicator_rows(text) == [("1,02 triệu", "vneid_accounts"), ("4,1%", "vneid_accounts")]


def test_accounts_activated_anew_up_to_a_day_are_a_level() -> None:
    text = "Tính đến ngày 30/9/2025, cả nước đã kích hoạt mới 79,4 triệu tài khoản.\n"
    assert kinds_of(text) == {"79,4 triệu": "actual"}


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        (
            "Từ đầu năm 2024 đến nay có 18,2 triệu đơn thuốc được liên thông.\n",
            [("18,2 triệu", "2024-01/2024-05")],
        ),
        (
            "Từ đầu năm 2023 đến nay có 18,2 triệu đơn thuốc được liên thông.\n",
            [("18,2 triệu", "2023-01/2024-05")],
        ),
        # `Hiện` before a `;` dates its own clause, not the run past it.
        (
            "Hiện 900 cơ sở đã kết nối; từ đầu năm 2024 đến nay có 18,2 triệu đơn thuốc.\n",
            [("900", "2024-05-20"), ("18,2 triệu", "2024-01/2024-05")],
        ),
        # A year after the meeting's opens no run.
        (
            "Từ đầu năm 2025 đến nay có 18,2 triệu đơn thuốc.\n",
            [("18,2 triệu", "2024-05-20")],
        ),
    ],
)
def test_a_run_from_the_start_of_a_named_year(text: str, periods: list[tuple[str, str]]) -> None:
    assert periods_on(text, "2024-05-20") == periods


def test_cung_thoi_diem_carries_the_time_just_reported() -> None:
    text = (
        "Đến hết tháng 8/2024, cả nước có 41,2 triệu người có sổ sức khỏe điện tử.\n\n"
        "Cùng thời điểm, tỷ lệ bệnh viện thu viện phí không dùng tiền mặt đạt 71%, "
        "tăng 9 điểm phần trăm so với cuối năm 2023.\n"
    )
    assert periods_on(text, "2024-09-18") == [
        ("41,2 triệu", "2024-08"),
        ("71%", "2024-08"),
        ("9 điểm phần trăm", "2024-08"),
    ]


def test_without_cung_thoi_diem_the_comparison_still_dates() -> None:
    text = (
        "Đến hết tháng 8/2024, cả nước có 41,2 triệu người có sổ sức khỏe điện tử.\n\n"
        "Tỷ lệ bệnh viện thu viện phí không dùng tiền mặt đạt 71%, "
        "tăng 9 điểm phần trăm so với cuối năm 2023.\n"
    )
    assert dict(periods_on(text, "2024-09-18"))["71%"] == "2024"


def test_cung_thoi_diem_after_a_figure_of_the_meetings_day_keeps_the_default() -> None:
    text = (
        "Hiện cả nước có 41,2 triệu người có sổ sức khỏe điện tử.\n\n"
        "Cùng thời điểm, có 1.320 bệnh viện triển khai bệnh án điện tử.\n"
    )
    assert periods_on(text, "2024-09-18") == [("41,2 triệu", "2024-09-18"), ("1.320", "2024-09-18")]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Kinh tế số phải chiếm không dưới 25% GDP.\n", "không dưới"),
        ("Tỷ lệ này không thấp hơn 80%.\n", "không thấp hơn"),
        ("Tỷ lệ này dưới 80%.\n", "dưới"),
    ],
)
def test_khong_duoi_is_a_qualifier(text: str, qualifier: str) -> None:
    figures = extract_on(text, "2025-01-10")
    assert [f.qualifier for f in figures] == [qualifier]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Sở tiếp nhận 96.400 hồ sơ, trong đó 71.900 hồ sơ trực tuyến, chiếm 74,6%.\n",
            [("96.400", None), ("71.900", None), ("74,6%", "online_dossier_share")],
        ),
        # Dossiers processed end to end are another share.
        (
            "Có 31.200 hồ sơ trực tuyến toàn trình, chiếm 32,4%.\n",
            [("31.200", None), ("32,4%", "end_to_end_dossier_share")],
        ),
        (
            "Tỉnh đã triển khai thanh toán không dùng tiền mặt tại 96% bệnh viện công lập.\n",
            [("96%", "cashless_health_facility_share")],
        ),
        # Schools paid without cash are no hospitals.
        (
            "Tỉnh đã triển khai thu học phí không dùng tiền mặt tại 88% trường học.\n",
            [("88%", None)],
        ),
    ],
)
def test_catalogue_wordings_of_round_13(text: str, rows: list[tuple[str, str | None]]) -> None:
    assert indicator_rows(text) == rows
