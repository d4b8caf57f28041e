"""Rules of round 7 on whether a number is a figure and of what kind, from
the general causes behind misses of heldout8: a group's threshold whose
property lists its nouns with a comma.

The sentences are written for these tests (other provinces, people, numbers
and wordings than any article of the repository). Each rule has its negative
cases: the figures the obvious form of the rule would have got wrong.
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import extract


def _raws(text: str) -> list[str]:
    return [f.raw for f in extract(text, None)]


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
    assert _raws(text) == raws


@pytest.mark.parametrize(
    "text",
    [
        # A comma then a level verb: the level reached, not the group's mark.
        "Tỉnh có 140 thôn có sóng di động, tỷ lệ phủ sóng đạt trên 90%.\n",
        "Huyện có 12 xã có điểm phục vụ, tỷ lệ hồ sơ trực tuyến là trên 90%.\n",
    ],
)
def test_a_level_after_a_comma_and_its_verb_stays(text: str) -> None:
    assert "90%" in _raws(text)
