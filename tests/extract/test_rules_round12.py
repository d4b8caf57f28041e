"""Rules of round 12: a session's speeches counted by `ý kiến` alone
(`Phiên họp kéo dài hơn 2 giờ rưỡi với 11 ý kiến.`, heldout12 w04) count who
spoke at the meeting, which the issue lists as no figure, as `ý kiến phát
biểu` already was; feedback counted by the same noun stays a figure. A year
labelling a line of a year-by-year list (`2023 – 46,2 triệu`, heldout12 w05)
is the period of the line's figure, where it took the meeting's year.

The sentences are written for these tests (other sessions, numbers and
wordings than any article of the repository). Each rule has its negative
cases: the figures the obvious form of the rule would have got wrong.
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import periods_on, raws_of


@pytest.mark.parametrize(
    "text",
    [
        "Cuộc họp diễn ra trong gần 4 giờ với 16 ý kiến.\n",
        "Hội nghị kéo dài cả buổi sáng, có hơn 20 ý kiến; Phó Thủ tướng kết luận.\n",
        "Tại phiên họp, Ủy ban đã nghe 9 ý kiến, tập trung vào dữ liệu đất đai.\n",
    ],
)
def test_a_sessions_speeches_counted_by_y_kien_alone_are_no_figures(text: str) -> None:
    assert raws_of(text) == []


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        # Feedback received: no meeting's run in the sentence.
        ("Cổng thông tin đã tiếp nhận 1.240 ý kiến.\n", ["1.240"]),
        # At a meeting, but received, not heard (no `với`, `có`, `nghe`).
        ("Tại hội nghị, Sở cho biết đã tiếp nhận 310 ý kiến.\n", ["310"]),
        # `ý kiến` followed by what the opinions are: feedback.
        ("Hội nghị ghi nhận có 57 ý kiến phản ánh của doanh nghiệp.\n", ["57"]),
    ],
)
def test_feedback_counted_by_y_kien_stays_a_figure(text: str, raws: list[str]) -> None:
    assert raws_of(text) == raws


# ------------------------------------------------ a year-by-year list


def test_a_year_labelling_a_line_dates_its_figure() -> None:
    text = (
        "Doanh thu thương mại điện tử của tỉnh (mỗi năm):\n"
        "2021: 1.240 tỷ đồng\n"
        "2022 - 1.610 tỷ đồng\n"
        "2023 — 2.050 tỷ đồng\n"
    )
    assert periods_on(text, "2024-03-12") == [
        ("1.240 tỷ đồng", "2021"),
        ("1.610 tỷ đồng", "2022"),
        ("2.050 tỷ đồng", "2023"),
    ]


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # A span of years labels a plan's stretch, not one year.
        ("Kết quả của tỉnh:\n2021 - 2025: 80% hồ sơ được số hóa\n", [("80%", "2024-03-12")]),
        # A year inside a line labels nothing.
        ("Kết quả của tỉnh:\nSo với 2023 - 15% hồ sơ còn giấy.\n", [("15%", "2024-03-12")]),
    ],
)
def test_a_year_that_labels_no_line_leaves_the_period(
    text: str, periods: list[tuple[str, str]]
) -> None:
    assert periods_on(text, "2024-03-12") == periods
