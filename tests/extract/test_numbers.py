"""Vietnamese number formats, read from how the seeds write them."""

from __future__ import annotations

import pytest

from cds_desktop.extract.numbers import (
    counted_noun,
    counts_something,
    find_quantities,
    parse_number,
    scale_factor,
)
from cds_desktop.extract.text import fold


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("1.418", 1418.0),
        ("10,41", 10.41),
        ("328.508", 328508.0),
        ("135.076", 135076.0),
        ("1,014", 1.014),
        ("01", 1.0),
        ("0,69", 0.69),
        ("1.234.567,5", 1234567.5),
    ],
)
def test_parse_number_reads_vietnamese_format(token: str, value: float) -> None:
    assert parse_number(token) == pytest.approx(value)


@pytest.mark.parametrize("token", ["1418.5", "1.41", "12.3456", "abc", "", "1,2,3", "1.418."])
def test_parse_number_refuses_what_is_not_vietnamese_format(token: str) -> None:
    assert parse_number(token) is None


def test_scale_words_multiply() -> None:
    assert scale_factor("tỷ") == 1e9
    assert scale_factor("nghìn tỷ") == 1e12
    assert scale_factor("") == 1.0


# (text, raw, value, unit, denominator)
QUANTITIES = [
    ("tiếp nhận hơn 1,5 tỷ yêu cầu", "1,5 tỷ", 1.5e9, None, None),
    ("ước đạt 16,5% với", "16,5%", 16.5, "%", None),
    ("số tiền hơn 6.056 tỷ đồng (tăng", "6.056 tỷ đồng", 6.056e12, "đồng", None),
    ("được 2.416/3.924 thôn", "2.416/3.924", 2416.0, None, 3924.0),
    ("lớn nhất (20Tbps) được", "20Tbps", 20.0, "Tbps", None),
    ("tăng hơn 3,8 lần so", "3,8 lần", 3.8, "lần", None),
    ("đạt 71,79 Mbps, tăng", "71,79 Mbps", 71.79, "Mbps", None),
    ("vượt 20%/năm.", "20%", 20.0, "%", None),
    ("trên 268 triệu thông tin", "268 triệu", 2.68e8, None, None),
    ("tăng 15 bậc so với", "15 bậc", 15.0, "bậc", None),
    ("hàng 2 nghìn tỷ đồng", "2 nghìn tỷ đồng", 2e12, "đồng", None),
]


@pytest.mark.parametrize(("text", "raw", "value", "unit", "denominator"), QUANTITIES)
def test_find_quantities_reads_value_unit_and_span(
    text: str, raw: str, value: float, unit: str | None, denominator: float | None
) -> None:
    (q,) = find_quantities(fold(text))
    assert text[q.start : q.end] == raw
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert q.denominator == denominator


@pytest.mark.parametrize(
    "text",
    ["Sáng ngày 24/4/2024,", "giai đoạn 2021-2025", "https://c63.mic.gov.vn/", "Ngày 10-7,"],
)
def test_dates_ranges_and_urls_are_not_quantities(text: str) -> None:
    assert find_quantities(fold(text)) == []


def test_slash_lists_are_three_counts_not_a_ratio() -> None:
    text = "526 trường/4.584 lớp/135.076 học sinh"
    got = [(text[q.start : q.end], q.denominator) for q in find_quantities(fold(text))]
    assert got == [("526", None), ("4.584", None), ("135.076", None)]


@pytest.mark.parametrize(
    ("text", "raw", "value"),
    [
        ("tăng trưởng đạt -5% so với năm trước", "-5%", -5.0),
        ("chỉ số (-2,5%) trong quý", "-2,5%", -2.5),
        ("giai đoạn 2021 - 2025 có 30 dự án", "30", 30.0),
        ("COVID-19 làm giảm 7%", "7%", 7.0),
    ],
)
def test_a_free_standing_minus_is_part_of_the_figure(text: str, raw: str, value: float) -> None:
    quantities = find_quantities(fold(text))
    last = quantities[-1]
    assert text[last.start : last.end] == raw
    assert last.value == value


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("có 5 đồng chí phát biểu", None),
        ("hỗ trợ 12.000 đồng bào", None),
        ("hoàn thành 45 hạng mục", None),
        ("tăng 2 hạng so với", "bậc"),
        ("thu 7 đồng bộ", None),
        ("thu 7 đồng, bộ", "đồng"),
    ],
)
def test_a_noun_opening_with_a_unit_word_is_no_unit(text: str, unit: str | None) -> None:
    (q,) = find_quantities(fold(text))
    assert q.unit == unit


@pytest.mark.parametrize(
    ("after", "noun"),
    [
        (" đối tượng được hỗ trợ", "đối tượng"),  # ends before a function word
        (" giấy phép xây dựng mới", "giấy phép"),  # two syllables at most
        (" trung tâm Hành chính", "trung tâm"),  # a capital starts a name
        (" nhóm tiện ích thiết yếu", "nhóm tiện ích"),  # a head and two words
        (" lĩnh vực ưu tiên của tỉnh", "lĩnh vực ưu tiên"),  # a head of two words
        (" số xã đã hoàn thành", "xã"),  # `số`, then a listed noun
        (" số bệnh xá đã kết nối", "bệnh xá"),  # `số`, then an unlisted one
        (" số", "số"),  # `số` alone is the noun
        (" được cấp", ""),  # a function word: nothing counted
        (", tăng", ""),  # punctuation: nothing counted
        (" Bộ", "Bộ"),  # the first word is taken whatever its case
    ],
)
def test_counted_noun_is_the_noun_phrase_after_the_count(after: str, noun: str) -> None:
    text = "có 12" + after
    assert counted_noun(text, fold(text), len("có 12"), len(text)) == noun


def test_counted_noun_stops_at_the_end_it_is_given() -> None:
    text = "có 12 đối tượng. Sáng nay"
    end = text.index(".")
    assert counted_noun(text, fold(text), len("có 12"), end) == "đối tượng"
    assert counted_noun(text, fold(text), len("có 12"), len("có 12 đối")) == "đối"


@pytest.mark.parametrize(
    ("text", "ratio"),
    [
        ("đạt 3/5 chỉ tiêu", True),
        ("nay 2/3 số xã", True),
        ("có 9/10 nhóm tiện ích", True),
        ("Sáng 9/10, Thủ tướng", False),  # a day word leads
        ("ngày 2/3 đánh giá", False),
        ("thứ Sáu (5/7) tại", False),  # `(` leads
        ("từ 1/7 người dân", False),  # a date word leads even a listed noun
        ("làm việc 4/10 tại Hà Nội", False),  # a function word follows
        ("hội nghị 12/3 Bộ Công an", False),  # a capital follows
        ("hội nghị 12/3.", False),  # nothing follows
    ],
)
def test_a_small_ratio_is_told_from_a_date_by_its_neighbours(text: str, ratio: bool) -> None:
    (q,) = find_quantities(fold(text))
    assert counts_something(text, fold(text), q.start, q.num_end) is ratio


@pytest.mark.parametrize(
    ("text", "spans"),
    [("1%1", [(0, 1), (2, 3)]), ("1lần1", [(0, 1)]), ("2 tỷ3", [(0, 1)])],
)
def test_a_unit_or_scale_word_glued_to_a_digit_is_not_read(
    text: str, spans: list[tuple[int, int]]
) -> None:
    """Debian 12's Python 3.11.2 matched possessive groups wrongly and read
    `1%1` as one quantity; the quantity pattern must not depend on them."""
    assert [(q.start, q.end) for q in find_quantities(text)] == spans
