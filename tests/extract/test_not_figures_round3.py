"""Numbers that are no figures, round 3: what a body or a plan is made of,
a plan's tasks, a request, phone numbers and the minutes of a time of day.

The sentences are written for these tests (other bodies, provinces, numbers
and wordings than any article of the repository). Each rule has its negative
cases: the figures the obvious form of the rule would have dropped.
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import extract


def _raws(text: str) -> list[str]:
    return [f.raw for f in extract(text, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Ban Chỉ đạo được kiện toàn theo Quyết định 512/QĐ-UBND, gồm 19 thành viên.\n",
        "Tổ công tác của tỉnh bao gồm 11 thành viên, do Phó Chủ tịch làm tổ trưởng.\n",
        "Chương trình có 4 nhóm giải pháp, 12 nhóm nhiệm vụ.\n",
        "Theo kế hoạch, dự án gồm 3 nhóm tiện ích; triển khai trong 2 năm.\n",
    ],
)
def test_what_a_body_or_a_plan_is_made_of_is_no_figure(text: str) -> None:
    assert _raws(text) == []


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        # A ratio of a plan's parts is a result.
        ("Đến nay tỉnh đã hoàn thành 6/8 nhóm tiện ích của Đề án.\n", ["6/8"]),
        # Members that a team has, not after a holding word, are counted.
        ("Tỉnh có 870 tổ công nghệ số cộng đồng với 5.412 thành viên.\n", ["870", "5.412"]),
        # Members that did something go on after the count and stay.
        ("Hội có 2.300 thành viên đã cài đặt VNeID.\n", ["2.300"]),
    ],
)
def test_the_make_up_rule_leaves_results(text: str, raws: list[str]) -> None:
    assert _raws(text) == raws


def test_the_tasks_a_plan_is_described_with_are_no_figure() -> None:
    text = "Sở được giao xây dựng chương trình năm 2027, với 24 nhiệm vụ trọng tâm.\n"
    assert _raws(text) == []


def test_tasks_completed_stay_a_figure() -> None:
    text = "Năm qua, tỉnh đã hoàn thành 21/24 nhiệm vụ được giao.\n"
    assert _raws(text) == ["21/24"]


@pytest.mark.parametrize(
    "text",
    [
        "Thành phố kiến nghị Bộ Công an bố trí thêm 40 máy cấp căn cước cho vùng biển.\n",
        "Sở đề xuất đầu tư mới 65 trạm BTS tại các xã biên giới.\n",
        # The request word far before the count, in the same clause.
        "Huyện kiến nghị Sở Thông tin và Truyền thông cùng các nhà mạng sớm lắp đặt"
        " thêm 16 trạm BTS.\n",
    ],
)
def test_what_a_clause_asks_for_is_no_figure(text: str) -> None:
    assert _raws(text) == []


def test_a_count_before_a_request_or_in_another_clause_stays() -> None:
    text = "Tỉnh đã lắp đặt 312 trạm BTS; Sở kiến nghị hỗ trợ thêm kinh phí.\n"
    assert _raws(text) == ["312"]


@pytest.mark.parametrize(
    "text",
    [
        "Mọi thắc mắc xin gọi tổng đài 1800 0099 để được hướng dẫn.\n",
        "Đường dây nóng hỗ trợ người dân: 0236 3822 114.\n",
        "Cần hỗ trợ, người dân gọi số 0913 257 846 của Công an xã.\n",
    ],
)
def test_a_phone_number_is_no_figure(text: str) -> None:
    assert _raws(text) == []


def test_a_leading_zero_in_a_decimal_or_a_short_count_stays() -> None:
    text = "Chỉ số DTI của tỉnh đạt 0,5312; có 05 sở, ngành được khen thưởng.\n"
    assert _raws(text) == ["0,5312", "05"]


def test_a_count_after_a_phone_numbers_label_stays() -> None:
    text = "Tổng đài 1022 đã tiếp nhận 15.000 cuộc gọi trong năm.\n"
    assert "15.000" in _raws(text)


def test_the_minutes_of_a_time_of_day_are_no_figure() -> None:
    text = "Bộ phận một cửa làm việc từ 8 giờ 15 đến 16 giờ 45 hằng ngày.\n"
    assert _raws(text) == []
