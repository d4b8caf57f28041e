"""Rules of round 12: a session's speeches counted by `ý kiến` alone
(`Phiên họp kéo dài hơn 2 giờ rưỡi với 11 ý kiến.`, heldout12 w04) count who
spoke at the meeting, which the issue lists as no figure, as `ý kiến phát
biểu` already was; feedback counted by the same noun stays a figure. A year
labelling a line of a year-by-year list (`2023 – 46,2 triệu`, heldout12 w05)
is the period of the line's figure, where it took the meeting's year.

From heldout13: the first number of a range whose last is a duration (`từ 15
đến 20 ngày`) is a duration too; the field a rank is held in (`đứng thứ 2
trong 13 tỉnh`) is no figure; a number right after `mục tiêu` in a
comparison is the target's value, not the gap (`thấp hơn mục tiêu 70%`); a
sentence opening on `Với` and a province turns to that province; a count
of months in words is a stretch of the year as digits are (`Chín tháng năm
2026`); a period after `riêng`, `còn` or `trong` opening a clause past a `;`
dates that clause, not the figure before the `;`; a multiple after
`tương đương` or `bằng` is a change, as after `gấp`; numbered points
(`Một là, ...`) after a sentence asking for them take its cue, as list items
take their lead's. Catalogue wordings: ID cards counted by who received
them, and the share of dossiers sent online written after their count. A
count restating the whole a ratio of its sentence counts against (`Với 25
dịch vụ ..., đã cung cấp 23/25 dịch vụ`) is no figure, as the ratio's
denominator is none.

The sentences are written for these tests (other sessions, numbers and
wordings than any article of the repository). Each rule has its negative
cases: the figures the obvious form of the rule would have got wrong.
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import article_scopes, indicator_rows, kinds_of, periods_on, raws_of


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


# ------------------------------------------------ heldout13


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        ("Thời gian cấp phép xây dựng vẫn mất từ 10 đến 12 ngày làm việc.\n", []),
        ("Mỗi hồ sơ phải chờ 3 - 5 tuần mới được trả kết quả.\n", []),
        # A range of counts keeps both numbers.
        ("Mỗi xã có từ 12 đến 15 điểm phát sóng mới.\n", ["12", "15"]),
    ],
)
def test_a_range_ending_on_a_duration_is_a_duration(text: str, raws: list[str]) -> None:
    assert raws_of(text) == raws


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        ("Chỉ số của tỉnh xếp thứ 4 trong số 11 tỉnh miền núi phía Bắc.\n", ["4"]),
        ("Thành phố giữ hạng 3 trên tổng số 34 địa phương về dịch vụ công.\n", ["3"]),
        # After an ordinal, a count after `trên` stays.
        ("Lần thứ 2 trên 63 tỉnh, thành phố triển khai đồng bộ.\n", ["63"]),
        # Without a rank, a count after `trong` stays.
        ("Trong 14 xã biên giới, 9 xã đã phủ sóng 4G.\n", ["14", "9"]),
    ],
)
def test_the_field_of_a_rank_is_no_figure(text: str, raws: list[str]) -> None:
    assert raws_of(text) == raws


def test_the_value_right_after_muc_tieu_in_a_comparison_is_the_target() -> None:
    text = "Tỷ lệ thanh toán không dùng tiền mặt đạt 58%, còn thấp hơn mục tiêu 65% của năm.\n"
    assert kinds_of(text) == {"58%": "actual", "65%": "target"}


def test_a_gap_to_a_target_in_points_stays_a_change() -> None:
    text = "Tỷ lệ hồ sơ trực tuyến thấp hơn mục tiêu 4,5 điểm phần trăm.\n"
    assert kinds_of(text) == {"4,5 điểm phần trăm": "change"}


def test_a_sentence_opening_on_voi_and_a_province_turns_to_it() -> None:
    text = (
        "Hội nghị sơ kết Đề án 06 của Bộ Công an có điểm cầu các tỉnh.\n\n"
        "Cả nước đã kích hoạt 61 triệu tài khoản.\n\n"
        "Với Sơn La, địa bàn rộng, tỉnh kích hoạt thêm 42.300 tài khoản trong quý.\n"
    )
    scopes = article_scopes(text)
    assert scopes["61 triệu"] == "national"
    assert scopes["42.300"] == "Sơn La"


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        ("Sáu tháng đầu năm 2025, tỉnh cấp 12.400 chữ ký số.\n", [("12.400", "2025-H1")]),
        ("Mười một tháng năm 2024, tỉnh thu 830 tỷ đồng.\n", [("830 tỷ đồng", "2024-01/2024-11")]),
        # Months counted in words with no year after them are a duration:
        # the figure takes the meeting's day.
        ("Cứ hai tháng một lần, Sở rà soát 150 hồ sơ.\n", [("150", "2025-12-05")]),
    ],
)
def test_a_count_of_months_in_words_is_a_stretch_of_the_year(
    text: str, periods: list[tuple[str, str]]
) -> None:
    assert periods_on(text, "2025-12-05") == periods


@pytest.mark.parametrize(
    "text",
    [
        "Trong 9 tháng, tỉnh cấp 4.000 chữ ký số. Tỷ lệ thanh toán trực tuyến đạt 64,2%;"
        " riêng tháng 9, tỉnh thu 12 tỷ đồng.\n",
        "Trong 9 tháng, tỉnh cấp 4.000 chữ ký số. Tỷ lệ thanh toán trực tuyến đạt 64,2%;"
        " còn trong quý III, tỉnh thu 12 tỷ đồng.\n",
    ],
)
def test_a_period_set_apart_past_a_semicolon_dates_only_its_clause(text: str) -> None:
    assert periods_on(text, "2025-10-08")[1] == ("64,2%", "2025-01/2025-09")


def test_a_period_inside_the_words_past_a_semicolon_still_reaches_back() -> None:
    text = "Tỉnh có 41 xã đạt chuẩn; 12 xã khác hoàn thành trong quý III.\n"
    assert periods_on(text, "2025-10-08")[0] == ("41", "2025-Q3")


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Doanh thu thương mại điện tử tăng 31%, bằng 1,8 lần mức tăng của bán lẻ.\n",
            {"31%": "change", "1,8 lần": "change"},
        ),
        (
            "Số giao dịch đạt 4,2 triệu, tương đương 3 lần cùng kỳ.\n",
            {"4,2 triệu": "actual", "3 lần": "change"},
        ),
        # Before another unit `tương đương` gives a level.
        (
            "Tỉnh tiết kiệm 64 tỷ đồng, tương đương 12 tỷ đồng mỗi năm.\n",
            {"64 tỷ đồng": "actual", "12 tỷ đồng": "actual"},
        ),
    ],
)
def test_a_multiple_after_tuong_duong_or_bang_is_a_change(text: str, kinds: dict[str, str]) -> None:
    assert kinds_of(text) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param(
            "Phó Thủ tướng yêu cầu các địa phương tập trung ba nhiệm vụ trọng tâm. "
            "Thứ nhất, trong quý IV hoàn thành số hóa 90% hồ sơ hộ tịch. "
            "Thứ hai, đến cuối năm đưa 2.500 điểm phục vụ vào vận hành.\n",
            {"90%": "target", "2.500": "target"},
            id="after a request: targets",
        ),
        pytest.param(
            "Báo cáo nêu rõ những kết quả nổi bật của tỉnh. "
            "Một là, tỉnh đã số hóa 90% hồ sơ hộ tịch. "
            "Hai là, 2.500 điểm phục vụ đã đi vào vận hành.\n",
            {"90%": "actual", "2.500": "actual"},
            id="after a report: results",
        ),
        pytest.param(
            "Hội nghị đã nghe báo cáo của các sở. "
            "Thứ nhất, tỉnh phấn đấu số hóa 95% hồ sơ. "
            "Thứ hai, tỉnh đã cấp 1.200 chữ ký số.\n",
            {"95%": "target", "1.200": "actual"},
            id="a point's own cue is not the next point's",
        ),
    ],
)
def test_numbered_points_take_the_cue_of_the_sentence_before_them(
    text: str, kinds: dict[str, str]
) -> None:
    assert kinds_of(text) == kinds


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Tỉnh đã cấp thẻ căn cước cho 842.000 người.\n",
            [("842.000", "chip_id_cards")],
        ),
        (
            "Sở nhận 52.300 hồ sơ, trong đó 40.100 hồ sơ được nộp trực tuyến, bằng 76,7%.\n",
            [("52.300", None), ("40.100", None), ("76,7%", "online_dossier_share")],
        ),
        # One procedure's dossiers sent online are no share of all dossiers.
        (
            "Có 9.800 hồ sơ cấp phiếu lý lịch tư pháp nộp trực tuyến, chiếm 61%.\n",
            [("9.800", None), ("61%", None)],
        ),
    ],
)
def test_catalogue_wordings_of_round_12(text: str, rows: list[tuple[str, str | None]]) -> None:
    assert indicator_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        ("Trong 18 xã biên giới của tỉnh, 15/18 xã đã có sóng 4G.\n", ["15/18"]),
        # The same number of another noun stays.
        ("Tỉnh có 18 trường học; 15/18 xã đã có sóng 4G.\n", ["18", "15/18"]),
        # Another number of the same noun stays.
        ("Đã có 20 xã đạt chuẩn; 15/18 xã biên giới đã có sóng 4G.\n", ["20", "15/18"]),
    ],
)
def test_a_count_restating_a_ratios_whole_is_no_figure(text: str, raws: list[str]) -> None:
    assert raws_of(text) == raws
