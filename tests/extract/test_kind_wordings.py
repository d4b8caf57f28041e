"""Kinds read from wordings of their own: a leader's directive sets targets,
the value of a target a result is compared with is a target, and a growth
rate written as a level is a change.

The sentences are written for these tests (other provinces, indicators and
numbers than any article of the repository); the negative cases are the
figures the obvious form of each rule would get wrong.
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import extract, extract_on


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(f.raw, f.kind) for f in extract(text, None)]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Phó Thủ tướng yêu cầu trong năm 2025 phải cấp chữ ký số cho 90% người trưởng thành.\n",
            [("90%", "target")],
        ),
        (
            "Chủ tịch UBND tỉnh đề nghị các sở đưa 75% hồ sơ lên xử lý trực tuyến.\n",
            [("75%", "target")],
        ),
        (
            "Tỉnh Gia Lai phải nâng tỷ lệ thanh toán số lên 65% trong năm nay.\n",
            [("65%", "target")],
        ),
    ],
)
def test_a_leaders_directive_sets_a_target(text: str, kinds: list[tuple[str, str]]) -> None:
    assert _kinds(text) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # `yêu cầu`, `đề nghị` as nouns: the requests and applications counted.
        ("Số yêu cầu xác thực qua ứng dụng đạt 3,4 tỷ trong năm.\n", [("3,4 tỷ", "actual")]),
        ("Các yêu cầu được xử lý đúng hạn chiếm 97,2%.\n", [("97,2%", "actual")]),
        ("Số hồ sơ đề nghị cấp phép được giải quyết là 4.120.\n", [("4.120", "actual")]),
        ("Người dân không phải nộp bản sao giấy tờ ở 88% thủ tục.\n", [("88%", "actual")]),
    ],
)
def test_request_nouns_are_no_directive(text: str, kinds: list[tuple[str, str]]) -> None:
    assert _kinds(text) == kinds


def test_the_target_a_result_falls_short_of_is_a_target() -> None:
    text = (
        "Tỷ lệ thanh toán không dùng tiền mặt mới đạt 41%, còn thấp so với mục tiêu 70% của năm.\n"
    )
    assert _kinds(text) == [("41%", "actual"), ("70%", "target")]


def test_the_value_after_a_comparative_and_its_base_is_the_bases() -> None:
    text = "Kết quả này cao hơn nhiều so với mục tiêu 60% đề ra.\n"
    assert _kinds(text) == [("60%", "target")]


def test_a_gap_to_the_plan_stays_a_change() -> None:
    text = "Tỷ lệ hồ sơ trực tuyến thấp hơn kế hoạch 4 điểm phần trăm.\n"
    assert _kinds(text) == [("4 điểm phần trăm", "change")]


def test_a_result_measured_against_the_target_stays_an_actual() -> None:
    text = "So với mục tiêu, tỉnh đã đạt 92% số tài khoản.\n"
    assert _kinds(text) == [("92%", "actual")]


@pytest.mark.parametrize(
    "text",
    [
        "Tốc độ tăng trưởng doanh thu thương mại điện tử đạt 18,7%.\n",
        "Mức tăng trưởng của kinh tế số tỉnh năm 2024 là 14,2%.\n",
        "Tăng trưởng bình quân giai đoạn này ước đạt 11,5%.\n",
    ],
)
def test_a_growth_rate_written_as_a_level_is_a_change(text: str) -> None:
    assert [k for _, k in _kinds(text)] == ["change"]


def test_a_level_after_a_growth_clause_stays_a_level() -> None:
    text = "Tốc độ tăng trưởng duy trì ổn định, tỷ trọng kinh tế số đạt 15,1% GRDP.\n"
    assert _kinds(text) == [("15,1%", "actual")]


@pytest.mark.parametrize(
    "text",
    [
        "Toàn tỉnh có 4.100 hộ kinh doanh số, nhiều hơn 650 hộ so với năm trước.\n",
        "Số thuê bao 5G ít hơn 1,2 triệu thuê bao so với kế hoạch.\n",
    ],
)
def test_a_comparative_before_a_count_and_its_base_after_is_a_change(text: str) -> None:
    (*_, (raw, kind)) = _kinds(text)
    assert kind == "change"
    assert next(f for f in extract(text, None) if f.raw == raw).qualifier is None


def test_a_comparative_with_no_base_stays_a_level() -> None:
    text = "Tỷ lệ hồ sơ trực tuyến cao hơn 80% ở 12 huyện.\n"
    assert _kinds(text)[0] == ("80%", "actual")


def _kinds_at(text: str, day: str) -> list[tuple[str, str]]:
    return [(f.raw, f.kind) for f in extract_on(text, day)]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Đưa tỷ lệ thanh toán số lên 80% vào năm 2027", [("80%", "target")]),
        ("Năm 2026, tỉnh có 95% hồ sơ được số hóa.", [("95%", "target")]),
        # the meeting's own year and earlier ones are reached
        ("Năm 2024, tỉnh có 71% hồ sơ được số hóa.", [("71%", "actual")]),
        ("Quý IV/2023, tỉnh có 66% hồ sơ được số hóa.", [("66%", "actual")]),
    ],
)
def test_a_level_dated_after_the_meeting_is_a_target(
    text: str, kinds: list[tuple[str, str]]
) -> None:
    assert _kinds_at(text, "2024-11-20") == kinds


def test_a_change_a_directive_asks_for_is_a_target() -> None:
    text = "Phó Thủ tướng yêu cầu các tỉnh giảm ít nhất 20% giấy tờ và 15% thời gian đi lại.\n"
    assert _kinds(text) == [("20%", "target"), ("15%", "target")]


def test_a_change_after_a_directive_in_another_clause_stays_a_change() -> None:
    text = "Bộ trưởng yêu cầu đẩy nhanh số hóa; năm qua số hồ sơ trực tuyến tăng 26%.\n"
    assert _kinds(text) == [("26%", "change")]
