"""Ranks written with what is ranked between the verb and `thứ` (`xếp Việt
Nam thứ 44/132`), round 3.

The sentences are written for these tests (other indices, places and
numbers than any article of the repository); the negative case is `sắp xếp`
(to arrange), whose `lần thứ` stays an ordinal.
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import extract


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Chỉ số GII năm 2023 xếp Việt Nam thứ 46/132 nền kinh tế.\n", "46/132"),
        ("Bộ Nội vụ xếp tỉnh Bình Định thứ 9 cả nước về chỉ số DTI.\n", "9"),
        ("Báo cáo của Liên hợp quốc xếp nước ta thứ 71/193 quốc gia.\n", "71/193"),
    ],
)
def test_a_ranking_verb_with_its_subject_before_thu_makes_a_rank(text: str, raw: str) -> None:
    found = {f.raw: f for f in extract(text, None)}
    assert raw in found
    assert found[raw].kind == "rank"
    assert found[raw].unit == "hạng"


def test_arranging_leaves_an_ordinal() -> None:
    text = "Tỉnh sắp xếp bộ máy lần thứ 2 trong năm, giảm 14 đầu mối.\n"
    assert [f.raw for f in extract(text, None)] == ["14"]
