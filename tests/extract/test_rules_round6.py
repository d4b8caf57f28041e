"""Rules of round 6 (extractor 12), from two general causes behind misses of
the development sets: tasks asked of someone counted as reached, and a
subset after `trong đó` given the total's indicator.

The sentences are written for these tests (other provinces, people, numbers
and wordings than any article of the repository). Each rule has its negative
cases: the figures the obvious form of the rule would have got wrong.
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import extract


def _raws(text: str) -> list[str]:
    return [f.raw for f in extract(text, None)]


# ------------------------------------------------ tasks asked of someone


@pytest.mark.parametrize(
    "text",
    [
        "Bà đề nghị Sở Nội vụ phối hợp các huyện sớm hoàn thành 9 nhiệm vụ còn tồn đọng.\n",
        "Chủ tịch yêu cầu các đơn vị khẩn trương triển khai 15 đầu việc đã đăng ký.\n",
        "Đồng chí Phó Chủ tịch đề nghị Công an thành phố chủ trì thực hiện 7 việc trong quý IV.\n",
    ],
)
def test_tasks_asked_of_someone_are_not_figures(text: str) -> None:
    assert _raws(text) == []


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        # A target set in the request stays.
        (
            "Ông đề nghị tỉnh phấn đấu đạt ít nhất 850.000 tài khoản định danh điện tử.\n",
            ["850.000"],
        ),
        # Tasks done, after the request's clause, stay.
        (
            "Sở đề nghị bổ sung kinh phí; đến nay đã hoàn thành 21 nhiệm vụ.\n",
            ["21"],
        ),
        # A ratio of tasks is a result, even in a request's sentence.
        (
            "Ông đề nghị các đơn vị giữ vững kết quả hoàn thành 18/20 nhiệm vụ.\n",
            ["18/20"],
        ),
    ],
)
def test_other_counts_of_a_request_stay(text: str, raws: list[str]) -> None:
    assert _raws(text) == raws


# ------------------------------------------------ a part after `trong đó`


def _indicators(text: str) -> dict[str, str | None]:
    return {f.raw: f.indicator_id for f in extract(text, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2023, kinh tế số đóng góp khoảng 16,5% GDP, trong đó kinh tế số lõi chiếm "
            "9,4% và kinh tế số lan tỏa 7,1%.\n",
            {"16,5%": "digital_economy_gdp_share", "9,4%": None, "7,1%": None},
        ),
        (
            "Doanh thu công nghiệp công nghệ số năm 2023 ước đạt 142 tỷ USD, trong đó phần "
            "mềm chiếm khoảng 9 tỷ USD.\n",
            {"142 tỷ USD": "digital_industry_revenue", "9 tỷ USD": None},
        ),
    ],
)
def test_a_part_does_not_take_the_whole_s_indicator(
    text: str, expected: dict[str, str | None]
) -> None:
    assert _indicators(text) == expected


@pytest.mark.parametrize(
    ("text", "raw", "indicator"),
    [
        # Its own words name the whole's indicator.
        (
            "Tỉnh đã cấp 1,3 triệu tài khoản định danh điện tử, trong đó 980.000 tài khoản "
            "đã kích hoạt.\n",
            "980.000",
            "vneid_accounts",
        ),
        # Its own words name a sibling of the whole's.
        (
            "Tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 61,5%, trong đó toàn trình đạt 37,2%.\n",
            "37,2%",
            "end_to_end_dossier_share",
        ),
        # A change is the whole's growth in a shorter stretch.
        (
            "Công an tỉnh đã cấp hơn 1,6 triệu thẻ căn cước, trong đó riêng quý IV cấp thêm "
            "85.000 thẻ.\n",
            "85.000",
            "chip_id_cards",
        ),
    ],
)
def test_a_part_keeps_what_its_own_words_name(raw: str, text: str, indicator: str) -> None:
    assert _indicators(text)[raw] == indicator


def test_a_later_reference_points_back_to_the_whole_not_its_parts() -> None:
    text = (
        "Năm 2023, kinh tế số đóng góp khoảng 16,5% GDP, trong đó kinh tế số lõi chiếm 9,4% "
        "và kinh tế số lan tỏa 7,1%. Dự báo năm 2024 tỷ trọng này đạt khoảng 18% GDP.\n"
    )
    assert _indicators(text)["18%"] == "digital_economy_gdp_share"


# ------------------------------------------------ hotlines written without groups


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        ("Mọi vướng mắc xin gọi đường dây nóng: 19008198.\n", []),
        ("Tổng đài 18006565 hỗ trợ người dân 24/7.\n", []),
        # Counts of millions are written in groups, and stay.
        ("Tỉnh đã thu nhận 1.250.300 hồ sơ định danh điện tử.\n", ["1.250.300"]),
        # So do six digits in a row (a count some outlets leave ungrouped).
        ("Toàn tỉnh có 125300 tài khoản được kích hoạt.\n", ["125300"]),
    ],
)
def test_a_hotline_written_without_groups_is_no_figure(text: str, raws: list[str]) -> None:
    assert _raws(text) == raws
