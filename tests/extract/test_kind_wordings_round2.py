"""Kinds read from a second round of wordings: a gap to the plan is a
change, a value the text says has been reached is an actual whatever cue its
sentence holds, and an obligation after the number makes it a target; a
qualifier after the number (`trở lên`) is read when none stands before it.
Sentences written for these tests (other provinces and numbers than any
article), with the near wordings that must keep their kind.
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import extract


def _kinds(text: str) -> dict[str, str]:
    return {f.raw: f.kind for f in extract(text + "\n", None)}


@pytest.mark.parametrize(
    ("text", "raw", "kind"),
    [
        (
            "Tỷ lệ số hóa hồ sơ của tỉnh đạt 71%, thấp hơn chỉ tiêu 9 điểm phần trăm.",
            "9 điểm phần trăm",
            "change",
        ),
        (
            "Doanh thu thương mại điện tử tăng 18%, cao hơn mục tiêu 3 điểm phần trăm.",
            "3 điểm phần trăm",
            "change",
        ),
        (
            "Chỉ tiêu còn chậm nhất là tỷ lệ thanh toán trực tuyến, mới đạt 38,5%.",
            "38,5%",
            "actual",
        ),
        ("Mục tiêu phủ sóng 5G năm nay khó hoàn thành, hiện ở mức 41%.", "41%", "actual"),
        ("Đến năm 2027, 100% hồ sơ sức khỏe phải được cập nhật trên VNeID.", "100%", "target"),
        ("Năm tới, 90% xã cần có điểm phục vụ chuyển đổi số.", "90%", "target"),
    ],
)
def test_a_wording_gives_its_kind(text: str, raw: str, kind: str) -> None:
    assert _kinds(text)[raw] == kind


@pytest.mark.parametrize(
    ("text", "raw", "kind"),
    [
        # The target's own value after `so với chỉ tiêu`.
        ("Tỷ lệ đạt 71%, thấp hơn so với chỉ tiêu 80%.", "80%", "target"),
        # A directive before the number stays a target.
        ("Thủ tướng yêu cầu năm 2025 đạt 80% hồ sơ trực tuyến.", "80%", "target"),
        # Words after the number that oblige nothing.
        ("Năm 2024, 62% hồ sơ được cập nhật trên VNeID.", "62%", "actual"),
    ],
)
def test_a_near_wording_keeps_its_kind(text: str, raw: str, kind: str) -> None:
    assert _kinds(text)[raw] == kind


@pytest.mark.parametrize(
    ("text", "raw", "qualifier"),
    [
        ("Năm 2026, tốc độ băng rộng cố định cần đạt 300 Mbps trở lên.", "300 Mbps", "trở lên"),
        ("Tỷ lệ hồ sơ trễ hạn phải ở mức 2% trở xuống.", "2%", "trở xuống"),
        # A qualifier before the number is the one a reader is told.
        ("Tỷ lệ hồ sơ trực tuyến đạt hơn 60% trở lên.", "60%", "hơn"),
        # After the counted noun it qualifies the noun (`cấp xã trở lên`).
        ("Có 41/63 cơ sở y tế cấp huyện trở lên kết nối dữ liệu.", "41/63", None),
    ],
)
def test_a_qualifier_after_the_number_is_read_when_none_stands_before(
    text: str, raw: str, qualifier: str | None
) -> None:
    found = {f.raw: f.qualifier for f in extract(text + "\n", None)}
    assert found[raw] == qualifier
