"""The period the meeting reviews dates the figures that state none.

The annotators' convention: a figure with no period in its sentence, its
paragraph's lead or its heading, and no word of now before it, belongs to
the stretch the meeting reviews (`sơ kết 6 tháng đầu năm`, `giao ban quý
I`, `tổng kết công tác năm 2023`, `sơ kết 2 năm (2022-2023)`), not to the
meeting's day. The sentences are written for these tests, in wordings the
development articles do not use; the negative cases are what the obvious
form of the rule would date wrongly.
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import extract_on


def _periods(text: str, day: str) -> list[tuple[str, str | None]]:
    return [(f.raw, f.period.label if f.period else None) for f in extract_on(text, day)]


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        (
            "Ban Chỉ đạo tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023.\n\n"
            "Toàn tỉnh đã cấp 512.000 tài khoản định danh điện tử.",
            "2023-07-12",
            [("512.000", "2023-H1")],
        ),
        (
            "Chiều 3/4, Tổ công tác họp giao ban quý I/2026.\n\n"
            "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 61%.",
            "2026-04-03",
            [("61%", "2026-Q1")],
        ),
        (
            "Sở Thông tin và Truyền thông tổ chức hội nghị tổng kết công tác năm 2023, "
            "triển khai nhiệm vụ năm 2024.\n\nDoanh thu công nghiệp công nghệ số đạt 15 tỷ USD.",
            "2024-01-20",
            [("15 tỷ USD", "2023")],
        ),
        (
            "Cuộc họp giao ban tháng 11 đánh giá tiến độ số hóa.\n\nĐã số hóa 2.400 hồ sơ hộ tịch.",
            "2024-12-05",
            [("2.400", "2024-11")],
        ),
        (
            "Báo cáo cho thấy sau 4 tháng, nhiều chỉ tiêu đã về đích.\n\n"
            "Có 1.250 doanh nghiệp sử dụng hóa đơn điện tử.",
            "2025-05-10",
            [("1.250", "2025-01/2025-04")],
        ),
        (
            "Hội nghị tổng kết 3 năm thực hiện chương trình chuyển đổi số của tỉnh.\n\n"
            "Toàn tỉnh có 870 tổ công nghệ số cộng đồng.",
            "2025-02-01",
            [("870", "2022-01/2024-12")],
        ),
        (
            "Ủy ban nhân dân tỉnh sơ kết hai năm triển khai Kế hoạch số 15 (2023-2024).\n\n"
            "Có 96% hồ sơ được tiếp nhận trực tuyến.",
            "2025-03-08",
            [("96%", "2023-01/2024-12")],
        ),
        (
            "Ban Chỉ đạo họp đánh giá tình hình thực hiện chuyển đổi số 9 tháng.\n\n"
            "Doanh thu thương mại điện tử đạt 1.200 tỷ đồng.",
            "2024-10-02",
            [("1.200 tỷ đồng", "2024-01/2024-09")],
        ),
    ],
)
def test_a_figure_stating_no_period_takes_the_period_reviewed(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert _periods(text, day) == periods


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        # Its own sentence's period comes first.
        (
            "Hội nghị sơ kết 6 tháng đầu năm 2025.\n\nNăm 2024, tỷ lệ thanh toán số đạt 40%.",
            "2025-07-09",
            [("40%", "2024")],
        ),
        # A word of now dates it to the meeting's day.
        (
            "Hội nghị sơ kết 6 tháng đầu năm 2025.\n\nHiện nay, toàn tỉnh có 45 điểm phát sóng 5G.",
            "2025-07-09",
            [("45", "2025-07-09")],
        ),
        # `Hiện` alone is a word of now; `hiện đại` is not.
        (
            "Hội nghị sơ kết 6 tháng đầu năm 2025.\n\n"
            "Hiện 320 trường học thu học phí không dùng tiền mặt.\n\n"
            "Hệ thống hiện đại hóa 410 điểm giao dịch.",
            "2025-07-09",
            [("320", "2025-07-09"), ("410", "2025-H1")],
        ),
        # Ten years of history are no review: the figure is as of the meeting.
        (
            "Sau 10 năm phát triển, ngành công nghệ thông tin đã lớn mạnh.\n\n"
            "Có 1.500 doanh nghiệp phần mềm.",
            "2025-03-14",
            [("1.500", "2025-03-14")],
        ),
        # A target aims past a half-year: it keeps the meeting's day.
        (
            "Hội nghị sơ kết 6 tháng đầu năm 2025.\n\n"
            "Tỉnh phấn đấu đạt 80% hồ sơ trực tuyến toàn trình.",
            "2025-07-09",
            [("80%", "2025-07-09")],
        ),
        # `sau 10 tháng` after the lead dates its own sentence only; the
        # meeting's date is in the first line here.
        (
            "Sáng 20/11, Ủy ban họp phiên thứ 9.\n"
            "Báo cáo nêu rõ, sau 10 tháng, tỷ lệ hồ sơ trực tuyến đạt 48%.\n"
            "Cả nước có 75% hộ gia đình dùng Internet cáp quang.",
            "2024-11-20",
            [("48%", "2024-01/2024-10"), ("75%", "2024-11-20")],
        ),
        # A later sentence's period dates that sentence, not the one before.
        (
            "Hội nghị tổng kết công tác năm 2024.\n\n"
            "Tỷ lệ thuê bao dùng điện thoại thông minh đạt 88%. "
            "Riêng tháng 12/2024, có thêm 45.000 thuê bao.",
            "2025-01-15",
            [("88%", "2024"), ("45.000", "2024-12")],
        ),
        # A review word before a number that is no stretch (`Đề án 06`) names none.
        (
            "Giao ban Đề án 06 của tỉnh.\n\nToàn tỉnh có 230 điểm thanh toán số.",
            "2025-03-14",
            [("230", "2025-03-14")],
        ),
    ],
)
def test_what_the_review_does_not_date(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert _periods(text, day) == periods


def test_the_review_phrase_is_the_evidence_and_the_period_is_inferred() -> None:
    text = (
        "Ban Chỉ đạo tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023.\n\n"
        "Toàn tỉnh đã cấp 512.000 tài khoản định danh điện tử."
    )
    (figure,) = extract_on(text, "2023-07-12")
    assert figure.period_inferred
    assert figure.period_evidence is not None
    evidence = text[figure.period_evidence.start : figure.period_evidence.end]
    assert evidence == "sơ kết công tác 6 tháng đầu năm 2023"
