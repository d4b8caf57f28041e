"""Datelines followed by the site's section after a bar, round 3
(`Đăng lúc: 20:15 - 22/01/2026 | Chuyên mục: Chuyển đổi số`).

The lines are written for these tests (other sites' wordings and dates); the
negative cases are sentences, whose digits after the bar keep them prose.
"""

from __future__ import annotations

import pytest

from cds_desktop.extract.dates import dateline


@pytest.mark.parametrize(
    ("top", "date"),
    [
        ("Cập nhật: 08:40 - 03/11/2025 | Chuyên mục: Thời sự", (2025, 11, 3)),
        ("Thứ Ba, 14/05/2024 | Xã hội", (2024, 5, 14)),
        ("Ngày đăng: 27/12/2023 16:05 | Mục: Khoa học - Công nghệ", (2023, 12, 27)),
    ],
)
def test_a_section_after_a_bar_leaves_the_dateline(top: str, date: tuple[int, int, int]) -> None:
    stamp = dateline(f"{top}\n\nTIÊU ĐỀ BÀI VIẾT\n\nNội dung bài viết.\n")
    assert stamp is not None
    assert (stamp.year, stamp.month, stamp.day) == date


@pytest.mark.parametrize(
    "top",
    [
        "Sáng 14/05/2024 | Ủy ban họp lần 3",
        "Ngày 14/05/2024, Ủy ban họp phiên thứ ba | trực tuyến",
    ],
)
def test_a_sentence_after_a_date_is_no_dateline(top: str) -> None:
    assert dateline(f"{top}\n\nNội dung bài viết.\n") is None
