"""Rules of round 9 on whether a number is a figure and of what kind, from
the general causes behind misses of heldout10: an online meeting held with
N places, its purpose said between the meeting and `với`, no figure; a
province's population and its communes left after a merger, no figures; a
related article's title after the heading's colon, chrome; an increment of
a stock said in the passive, a change; by how much a base was exceeded
(`vượt 2,2 điểm phần trăm`), a change; a number after `mức` in a
comparison, the base's own level.

The sentences are written for these tests (other provinces, people, numbers
and wordings than any article of the repository). Each rule has its negative
cases: the figures the obvious form of the rule would have got wrong.
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import extract, kinds_of, raws_of

# ------------------------------------------------ an online meeting's reach


@pytest.mark.parametrize(
    "text",
    [
        # The meeting's purpose between `trực tuyến` and `với`.
        "Sáng 3/4, Ban Chỉ đạo tổ chức hội nghị trực tuyến triển khai nhiệm vụ "
        "quý II với 28 sở, ngành.\n",
        # The places' police as the seat, and a second count of places.
        "Chiều 5/9, Bộ Công an họp trực tuyến rà soát tiến độ Đề án 06 với "
        "Công an 34 tỉnh, thành phố và 3.321 xã, phường, đặc khu.\n",
        "Tổ công tác họp giao ban trực tuyến về dữ liệu dân cư với 12 huyện, thị xã, thành phố.\n",
    ],
)
def test_an_online_meeting_held_with_places_is_no_figure(text: str) -> None:
    assert raws_of(text) == []


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        # A portal connected with the provinces: what it reaches stays.
        (
            "Cổng dịch vụ công trực tuyến của Bộ đã kết nối với 63 tỉnh, thành phố.\n",
            ["63"],
        ),
        # A meeting named in an earlier clause: the comma ends it.
        (
            "Sau hội nghị trực tuyến, hệ thống đã liên thông với 41 tỉnh, thành phố.\n",
            ["41"],
        ),
    ],
)
def test_places_a_system_connects_with_stay(text: str, raws: list[str]) -> None:
    assert raws_of(text) == raws


# ------------------------------------------------ what a province is made of


@pytest.mark.parametrize(
    "text",
    [
        # Its population, a qualifier before the count.
        "Thành phố Cần Thơ sau sáp nhập có khoảng 3,2 triệu dân, diện tích hơn 6.300 km2.\n",
        "Tỉnh Gia Lai hiện có gần 3,6 triệu nhân khẩu.\n",
        # What is left of it after a merger.
        "Sau khi sắp xếp đơn vị hành chính, tỉnh còn 124 xã, phường; 100% có điểm phục vụ.\n",
    ],
)
def test_a_provinces_population_or_communes_after_a_merger_are_no_figures(text: str) -> None:
    assert "3,2 triệu" not in raws_of(text)
    assert "3,6 triệu" not in raws_of(text)
    assert "124" not in raws_of(text)


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        # People who did something go on after their noun: they stay.
        ("Toàn tỉnh có hơn 1,2 triệu người dân đã cài đặt ứng dụng VNeID.\n", ["1,2 triệu"]),
        # Communes still lacking something are what remains to do.
        ("Sau sắp xếp, tỉnh còn 14 xã chưa có cáp quang.\n", ["14"]),
    ],
)
def test_people_or_communes_that_did_something_stay(text: str, raws: list[str]) -> None:
    assert raws_of(text) == raws


# ------------------------------------------------ a related article's title


def test_a_related_title_after_the_headings_colon_is_no_figure() -> None:
    text = (
        "Tỉnh đã số hóa 82% hồ sơ hộ tịch.\n\n"
        "Bài liên quan: Bộ trưởng: Cuối năm phải có 12 trung tâm dữ liệu vùng\n"
        "Hơn 300 xã đạt chuẩn nông thôn mới kiểu mẫu\n"
    )
    assert raws_of(text) == ["82%"]


def test_a_sentence_opening_on_the_words_with_a_stop_stays() -> None:
    # A line of prose that ends on a stop is the article's own.
    text = "Bài liên quan: tỉnh đã cấp 5.400 chữ ký số cho người dân.\n"
    assert raws_of(text) == ["5.400"]


# ------------------------------------------------ an increment said in the passive


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        # The stretch after the verb, as a headline says it.
        ("Gần 820.000 thẻ căn cước được cấp trong quý III\n\nNội dung.\n", "820.000"),
        # The stretch before, `đã được` between.
        (
            "Riêng tháng 4, khoảng 950.000 tài khoản định danh điện tử đã được kích hoạt.\n",
            "950.000",
        ),
    ],
)
def test_an_increment_in_the_passive_with_its_stretch_is_a_change(text: str, raw: str) -> None:
    assert kinds_of(text)[raw] == "change"


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        # A total up to a day in its own clause, though a stretch is named
        # in the clause before.
        (
            "Trong tháng 5, cả nước cấp 1,1 triệu thẻ căn cước; lũy kế đến nay, "
            "87,4 triệu thẻ căn cước đã được cấp.\n",
            "87,4 triệu",
        ),
        # No stretch at all: the stock.
        ("Đến hết ngày 30/9, 58,7 triệu tài khoản đã được kích hoạt.\n", "58,7 triệu"),
    ],
)
def test_a_stock_said_in_the_passive_stays_a_level(text: str, raw: str) -> None:
    assert kinds_of(text)[raw] == "actual"


# ------------------------------------------------ a base exceeded, a base's own level


def _figure(text: str, raw: str) -> tuple[str, str | None]:
    return next((f.kind, f.qualifier) for f in extract(text, None) if f.raw == raw)


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Tỷ lệ thanh toán trực tuyến đạt 38%, vượt 4,5 điểm phần trăm.\n", "4,5 điểm phần trăm"),
        ("Thu ngân sách từ kinh tế số vượt 12% so với dự toán.\n", "12%"),
    ],
)
def test_by_how_much_a_base_was_exceeded_is_a_change(text: str, raw: str) -> None:
    assert _figure(text, raw) == ("change", None)


@pytest.mark.parametrize(
    ("text", "raw", "kind", "qualifier"),
    [
        # No base after it: a level, `vượt` its qualifier.
        ("Tốc độ tăng trưởng doanh thu bán lẻ trực tuyến vượt 30%/năm.\n", "30%", "change", "vượt"),
        ("Tỷ lệ người dùng VNeID trên địa bàn vượt 70%.\n", "70%", "actual", "vượt"),
    ],
)
def test_a_level_past_a_mark_keeps_its_qualifier(
    text: str, raw: str, kind: str, qualifier: str
) -> None:
    assert _figure(text, raw) == (kind, qualifier)


def test_a_number_after_the_bases_level_word_is_the_base() -> None:
    text = "Tỷ lệ hộ có cáp quang của tỉnh đạt 91%, thấp hơn mức 93,2% của cả nước.\n"
    assert kinds_of(text) == {"91%": "actual", "93,2%": "actual"}


def test_a_gap_to_a_named_base_stays_a_change() -> None:
    text = "Tỷ lệ hồ sơ toàn trình đạt 57%, cao hơn bình quân cả nước 6%.\n"
    assert kinds_of(text)["6%"] == "change"
