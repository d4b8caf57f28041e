"""Counts whose being a figure depends on the figure before them or on what
they count: a rank continued after `và thứ`, the rest of a whole the
sentence counted, a province's own communes, the provinces a meeting was
linked to.

The sentences are written for these tests (other provinces, nouns and
numbers than any article of the repository); the negative cases are the
wordings the obvious form of each rule would get wrong.
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import extract


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(f.raw, f.unit, f.kind) for f in extract(text, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chỉ số DTI của Bình Phước xếp thứ 4 khu vực Đông Nam Bộ, thứ 17 toàn quốc.\n",
            [("4", "hạng", "rank"), ("17", "hạng", "rank")],
        ),
        (
            "Kết quả cải cách hành chính của tỉnh đứng thứ 2 vùng và hạng 11 cả nước.\n",
            [("2", "hạng", "rank"), ("11", "hạng", "rank")],
        ),
    ],
)
def test_a_rank_continued_after_and_is_a_rank(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


def test_an_ordinal_after_a_figure_that_is_no_rank_stays_out() -> None:
    text = "Tỉnh có 12 mô hình điểm và thứ 5 là mô hình chợ số.\n"
    assert _found(text) == [("12", "mô hình", "actual")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đến nay đã có 20/30 thủ tục được số hóa, 10 thủ tục còn lại đang triển khai.\n",
            [("20/30", "thủ tục", "actual"), ("10", "thủ tục", "actual")],
        ),
        (
            "Năm 2024 có 41/52 bệnh viện kết nối; 11 bệnh viện còn lại chưa kết nối.\n",
            [("41/52", "bệnh viện", "actual"), ("11", "bệnh viện", "actual")],
        ),
    ],
)
def test_the_rest_of_a_whole_counted_before_is_a_figure(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [f[:2] for f in _found(text)] == [e[:2] for e in expected]


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Tỉnh đã có 30 trường học số hóa, mô hình sẽ nhân rộng ra 25 địa phương còn lại.\n", "30"),
        ("Tỉnh có 8 bệnh viện thông minh, đi trước 12 tỉnh còn lại.\n", "8"),
    ],
)
def test_others_of_another_noun_stay_background(text: str, raw: str) -> None:
    assert [f.raw for f in extract(text, None)] == [raw]


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        ("Sau sắp xếp, toàn tỉnh gồm 99 xã, phường; tỷ lệ hồ sơ trực tuyến đạt 51%.\n", ["51%"]),
        ("Hiện tỉnh có 170 xã, phường, thị trấn.\n", []),
        ("Sau hợp nhất, tỉnh có 124 đơn vị hành chính cấp xã.\n", []),
    ],
)
def test_what_a_province_is_made_of_is_no_figure(text: str, raws: list[str]) -> None:
    assert [f.raw for f in extract(text, None)] == raws


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Toàn tỉnh đã có 120 xã đạt chuẩn nông thôn mới.\n", "120"),
        ("Đến nay có 45/99 xã, phường triển khai chợ không dùng tiền mặt.\n", "45/99"),
    ],
)
def test_communes_that_did_something_stay_figures(text: str, raw: str) -> None:
    assert [f.raw for f in extract(text, None)] == [raw]


def test_the_provinces_a_meeting_was_linked_to_are_no_figure() -> None:
    text = "Hội nghị được kết nối tới 63 tỉnh, thành phố và 700 điểm cầu cấp huyện.\n"
    assert extract(text, None) == []
