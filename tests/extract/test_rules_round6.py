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
