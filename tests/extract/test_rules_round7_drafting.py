"""Rules of round 7 on whether a number is a figure and of what kind, from
the general causes behind misses of heldout8: a group's threshold whose
property lists its nouns with a comma; a count of what is asked for after
`đề nghị` or `xin` and a verb of support or supply; what `có thể` (may)
reach, a forecast; a growth rate named by `tăng trưởng` alone, a change; increments in a
list a target cue leads, targets; an activation count stated with its own
stretch, a change.

The sentences are written for these tests (other provinces, people, numbers
and wordings than any article of the repository). Each rule has its negative
cases: the figures the obvious form of the rule would have got wrong.\n"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import kinds_of, raws_of

# ------------------------------------------------ a group's threshold


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        (
            "Cả nước còn 11 tỉnh có tỷ lệ thanh toán trực tuyến, nộp phí điện tử chưa đến 20%.\n",
            ["11"],
        ),
        (
            "Hiện có 6 huyện có tỷ lệ hồ sơ được số hóa, trả kết quả điện tử dưới 40%.\n",
            ["6"],
        ),
    ],
)
def test_a_threshold_after_a_property_listed_with_a_comma_is_no_figure(
    text: str, raws: list[str]
) -> None:
    assert raws_of(text) == raws


@pytest.mark.parametrize(
    "text",
    [
        # A year's comma is no group's count (`Năm 2024, Hà Nội có ...`).
        "Năm 2025, Huế và Đà Nẵng có tỷ lệ hồ sơ trực tuyến trên 90%.\n",
        # A comma then a level verb: the level reached, not the group's mark.
        "Tỉnh có 140 thôn có sóng di động, tỷ lệ phủ sóng đạt trên 90%.\n",
        "Huyện có 12 xã có điểm phục vụ, tỷ lệ hồ sơ trực tuyến là trên 90%.\n",
    ],
)
def test_a_level_after_a_comma_and_its_verb_stays(text: str) -> None:
    assert "90%" in raws_of(text)


# ------------------------------------------------ support asked for


@pytest.mark.parametrize(
    "text",
    [
        "Lãnh đạo huyện đề nghị hỗ trợ 25 máy chủ cho trung tâm dữ liệu của huyện.\n",
        "Công an xã xin cấp bổ sung 30 thiết bị đọc thẻ căn cước.\n",
        "Sở cho biết đã đề nghị được trang bị 12 camera; tỉnh xin hỗ trợ 8 trạm phát sóng.\n",
    ],
)
def test_a_count_of_support_asked_for_is_no_figure(text: str) -> None:
    assert raws_of(text) == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # A directive's `đề nghị`: the counts it asks to reach are targets.
        (
            "Thứ trưởng đề nghị các địa phương phấn đấu kích hoạt ít nhất 300.000 tài khoản.\n",
            {"300.000": "target"},
        ),
        (
            "Bộ trưởng đề nghị hoàn thành cấp khoảng 1,4 triệu thẻ căn cước trước ngày 30/9.\n",
            {"1,4 triệu": "target"},
        ),
        # Support given, not asked for, is a result.
        ("Năm qua, Sở đã hỗ trợ 25 máy tính cho các xã vùng cao.\n", {"25": "actual"}),
    ],
)
def test_directives_and_support_given_keep_their_counts(text: str, kinds: dict[str, str]) -> None:
    assert kinds_of(text) == kinds


# ------------------------------------------------ what may be reached


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        (
            "Theo Bộ trưởng, cả năm 2025 xã hội có thể tiết kiệm khoảng 3.200 tỷ đồng.\n",
            "3.200 tỷ đồng",
        ),
        ("Đến cuối năm, số thuê bao 5G có thể vượt 9 triệu.\n", "9 triệu"),
        ("Năm 2026, kinh tế số của tỉnh có thể đóng góp 11% GRDP.\n", "11%"),
    ],
)
def test_what_may_be_reached_is_a_forecast(text: str, raw: str) -> None:
    assert kinds_of(text)[raw] == "forecast"


def test_what_one_is_able_to_do_is_no_forecast() -> None:
    text = "Nhờ ứng dụng, người dân có thể tra cứu 1.250 thủ tục hành chính trên điện thoại.\n"
    assert kinds_of(text) == {"1.250": "actual"}


# ------------------------------------------------ a growth rate


@pytest.mark.parametrize(
    ("text", "raw", "kind"),
    [
        ("Năm 2025, tăng trưởng doanh thu thương mại điện tử đạt 27,4%.\n", "27,4%", "change"),
        ("Tăng trưởng kinh tế số của tỉnh ước khoảng 18%, cao nhất vùng.\n", "18%", "change"),
        # A growth rate that may be reached is a forecast.
        ("Bộ dự báo năm 2026, tăng trưởng kinh tế số có thể đạt 21%.\n", "21%", "forecast"),
    ],
)
def test_a_growth_rate_written_as_a_level_is_a_change(text: str, raw: str, kind: str) -> None:
    assert kinds_of(text)[raw] == kind


def test_a_level_in_another_clause_than_the_growth_word_stays_a_level() -> None:
    text = "Nhờ tăng trưởng mạnh, tỷ trọng kinh tế số trong GRDP đạt 14,2%.\n"
    assert kinds_of(text) == {"14,2%": "actual"}


# ------------------------------------------------ increments a list's lead sets


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Ban Chỉ đạo đặt mục tiêu trong quý I/2025:\n"
            "- Kích hoạt thêm ít nhất 30.000 tài khoản định danh điện tử;\n"
            "- Xóa 12 thôn lõm sóng.\n",
            {"30.000": "target", "12": "target"},
        ),
        (
            "Tổ công tác thống nhất các nhiệm vụ trọng tâm tháng 12/2024:\n"
            "1) Thu nhận thêm 8.500 hồ sơ định danh điện tử;\n"
            "2) 95% trường học thu học phí không dùng tiền mặt.\n",
            {"8.500": "target", "95%": "target"},
        ),
        (
            "Chủ tịch tỉnh yêu cầu năm 2025: giảm 25% thời gian xử lý hồ sơ; "
            "kích hoạt thêm 60.000 tài khoản.\n",
            {"25%": "target", "60.000": "target"},
        ),
    ],
)
def test_increments_in_a_list_a_target_cue_leads_are_targets(
    text: str, kinds: dict[str, str]
) -> None:
    assert kinds_of(text) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # Results against the key tasks: the lead reports, it sets nothing.
        (
            "Kết quả thực hiện các nhiệm vụ trọng tâm 9 tháng:\n"
            "- Kích hoạt thêm 41.000 tài khoản định danh điện tử;\n"
            "- Xóa 9 thôn lõm sóng.\n",
            {"41.000": "change", "9": "actual"},
        ),
        # An item that says what has been reached keeps its kind.
        (
            "Tỉnh đặt mục tiêu đến hết năm 2024:\n"
            "- 80% hồ sơ trực tuyến toàn trình;\n"
            "- Quý III đã kích hoạt thêm 14.000 tài khoản.\n",
            {"80%": "target", "14.000": "change"},
        ),
        # A gap to the plan names the plan, it asks for nothing.
        (
            "Yêu cầu các huyện trong quý IV:\n"
            "- Nâng tỷ lệ hồ sơ trực tuyến, hiện thấp hơn chỉ tiêu 4 điểm phần trăm.\n",
            {"4 điểm phần trăm": "change"},
        ),
    ],
)
def test_results_reached_items_and_gaps_in_a_list_keep_their_kind(
    text: str, kinds: dict[str, str]
) -> None:
    assert kinds_of(text) == kinds


# ------------------------------------------------ an increment over its own stretch


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        (
            "Riêng quý III, toàn tỉnh kích hoạt được 52.300 tài khoản định danh điện tử.\n",
            "52.300",
        ),
        ("Trong tháng 10/2024, Công an tỉnh kích hoạt khoảng 18.400 tài khoản.\n", "18.400"),
        ("Tháng 5, kích hoạt hơn 900.000 tài khoản định danh điện tử\n", "900.000"),
    ],
)
def test_an_activation_count_over_its_own_stretch_is_a_change(text: str, raw: str) -> None:
    assert kinds_of(text)[raw] == "change"


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        # A total up to a day, or over the year's months so far, is a level.
        ("Tính đến hết tháng 10/2024, toàn tỉnh đã kích hoạt 612.000 tài khoản.\n", "612.000"),
        ("6 tháng đầu năm, cả nước đã kích hoạt 52 triệu tài khoản.\n", "52 triệu"),
    ],
)
def test_totals_stay_levels(text: str, raw: str) -> None:
    assert kinds_of(text)[raw] == "actual"
