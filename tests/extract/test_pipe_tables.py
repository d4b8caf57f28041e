"""Tables of `|`-separated lines: the header tells each column's kind and
period, the caption above it the period of the results. Tables written for
these tests (other indicators, years and captions than any article)."""

from __future__ import annotations

from cds_desktop.extract.model import Evidence, Meeting
from tests.extract.figure_rows import extract

TABLE = (
    "Thứ Ba, ngày 7/3/2023, Ủy ban họp phiên thứ năm.\n"
    "Kết quả một số chỉ tiêu (tính đến 28/2/2023)\n"
    "Chỉ tiêu | Đã đạt | Mục tiêu năm 2023 | Ghi chú\n"
    "Tỷ lệ hồ sơ trực tuyến | 38,2% | 50% | tăng\n"
    "Tỷ lệ hộ gia đình có cáp quang | 81% | 85% | đạt\n"
    "Tỷ lệ thanh toán không dùng tiền mặt | 44,5% | 60% | chậm\n"
)


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    meeting = Meeting(
        kind="committee_session", date="2023-03-07", evidence=(Evidence("date", 0, 1),)
    )
    return [(f.raw, f.kind, f.period.label if f.period else None) for f in extract(text, meeting)]


def test_a_pipe_tables_columns_give_kind_and_period() -> None:
    assert _rows(TABLE) == [
        ("38,2%", "actual", "2023-02-28"),
        ("50%", "target", "2023"),
        ("81%", "actual", "2023-02-28"),
        ("85%", "target", "2023"),
        ("44,5%", "actual", "2023-02-28"),
        ("60%", "target", "2023"),
    ]


def test_a_plan_column_is_dated_by_its_header_not_the_caption() -> None:
    text = TABLE.replace("Mục tiêu năm 2023", "Kế hoạch năm 2024")
    assert [(raw, kind, period) for raw, kind, period in _rows(text) if kind == "target"] == [
        ("50%", "target", "2024"),
        ("85%", "target", "2024"),
        ("60%", "target", "2024"),
    ]


def test_two_lines_with_a_bar_are_no_table() -> None:
    text = (
        "Thứ Ba, ngày 7/3/2023, Ủy ban họp phiên thứ năm.\n"
        "Năm 2022 | Tỷ lệ hồ sơ trực tuyến | 38,2%\n"
        "Kế hoạch | Tỷ lệ hộ gia đình có cáp quang | 81%\n"
    )
    assert _rows(text) == [("38,2%", "actual", "2022"), ("81%", "actual", "2023-03-07")]
