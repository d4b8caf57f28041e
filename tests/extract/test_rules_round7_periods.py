"""Period rules of round 7, from the general causes behind the eighth
held-out set's period misses: the year's end said without its year, the
month an index was published taken for the period it measures, a run of
months from the year's start (`từ đầu năm`, `từ tháng 7/2022 đến nay`), and
the period of the report a meeting hears stated only by the report.

The sentences are written for these tests (other provinces, people, numbers
and wordings than any article of the repository). Each rule has its negative
cases: the figures the obvious form of the rule would have got wrong.
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import periods_on

# ------------------------------------------------ the year's end without its year


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        (
            "Chủ tịch tỉnh yêu cầu đến hết năm, toàn tỉnh phải số hóa ít nhất 70% hồ sơ.\n",
            "2025-09-20",
            [("70%", "2025")],
        ),
        (
            "Ông nói: “Cuối năm, tỷ lệ thanh toán không dùng tiền mặt phải đạt 85%.”\n",
            "2023-10-04",
            [("85%", "2023")],
        ),
        (
            "Từ nay đến cuối năm, các sở phấn đấu đạt tối thiểu 65% hồ sơ toàn trình.\n",
            "2026-11-02",
            [("65%", "2026")],
        ),
    ],
)
def test_the_years_end_without_a_year_is_the_meetings_year(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        # Last year's end is not this year.
        (
            "Cuối năm ngoái, tỷ lệ hồ sơ trực tuyến của tỉnh chỉ đạt 38%.\n",
            "2025-03-10",
            [("38%", "2025-03-10")],
        ),
        # Nor is the end of a school year a calendar year.
        (
            "Đến cuối năm học, 96% trường học đã thu học phí không dùng tiền mặt.\n",
            "2024-06-15",
            [("96%", "2024-06-15")],
        ),
        # A year stated keeps its own.
        (
            "Đến cuối năm 2027, tỉnh phấn đấu có 90% hồ sơ được số hóa.\n",
            "2026-12-01",
            [("90%", "2027")],
        ),
    ],
)
def test_other_ends_of_a_year_keep_their_own_period(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods


# ------------------------------------------------ when an index was published


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        (
            "Theo Chỉ số cải cách hành chính năm 2024 công bố tháng 5/2025, "
            "tỉnh Lào Cai xếp thứ 12/63.\n",
            "2025-06-10",
            [("12/63", "2024")],
        ),
        (
            "Bảng xếp hạng năm 2022 được công bố vào tháng 4/2023 cho thấy "
            "tỉnh đứng thứ 9/63, tăng 5 bậc.\n",
            "2023-05-18",
            [("9/63", "2022"), ("5 bậc", "2022")],
        ),
    ],
)
def test_the_month_an_index_was_published_is_not_its_period(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        # A month of data, not of publishing.
        (
            "Theo số liệu tháng 5/2025, tốc độ băng rộng cố định đạt 150,2 Mbps.\n",
            "2025-06-10",
            [("150,2 Mbps", "2025-05")],
        ),
        # After `công bố,` the month opens a clause of its own.
        (
            "Theo báo cáo vừa công bố, tháng 5/2025 tỷ lệ hồ sơ toàn trình đạt 47%.\n",
            "2025-06-10",
            [("47%", "2025-05")],
        ),
    ],
)
def test_other_months_still_date_their_figures(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods


# ------------------------------------------------ a run of months up to now


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        # `đến nay`: up to the meeting's month.
        (
            "Từ đầu năm đến nay, toàn tỉnh đã cấp 15.400 phiếu lý lịch tư pháp qua ứng dụng.\n",
            "2025-10-09",
            [("15.400", "2025-01/2025-10")],
        ),
        (
            "Kể từ tháng 3/2023 đến nay, hệ thống đã xử lý 2,4 tỷ hóa đơn điện tử.\n",
            "2025-02-20",
            [("2,4 tỷ", "2023-03/2025-02")],
        ),
        # A bare `từ đầu năm`: up to the end of the month the briefing reviews.
        (
            "Sáng 5/6, Tổ công tác tổ chức giao ban tháng 5/2025.\n\n"
            "Từ đầu năm, các địa phương đã thu nhận 930.000 hồ sơ định danh điện tử.\n",
            "2025-06-05",
            [("930.000", "2025-01/2025-05")],
        ),
        # The total after `nâng tổng số từ đầu năm lên` is the run's; the
        # month's own increment before it keeps the month.
        (
            "Sáng 4/10, Công an tỉnh giao ban tháng 9/2025.\n\n"
            "Trong tháng 9, tỉnh kích hoạt 21.000 tài khoản, "
            "nâng tổng số từ đầu năm lên 240.000 tài khoản.\n",
            "2025-10-04",
            [("21.000", "2025-09"), ("240.000", "2025-01/2025-09")],
        ),
    ],
)
def test_a_run_from_the_years_start_or_a_month_up_to_now(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        # Without `đến nay`, `từ tháng 7/2022` is a start, not a run up to now.
        (
            "Từ tháng 7/2022, tỷ lệ doanh nghiệp dùng hóa đơn điện tử đạt 100%.\n",
            "2024-05-16",
            [("100%", "2022-07")],
        ),
        # A run dates its own sentence: the next one takes the reviewed period.
        (
            "Sáng 8/10, tỉnh tổ chức sơ kết 9 tháng năm 2025.\n\n"
            "Từ đầu năm đến nay, tỉnh đã cấp 8.200 thẻ căn cước. "
            "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 55%.\n",
            "2025-10-08",
            [("8.200", "2025-01/2025-10"), ("55%", "2025-01/2025-09")],
        ),
        # Any other `đến nay` still dates a figure to the meeting's day.
        (
            "Đến nay, toàn tỉnh đã có 310 điểm thanh toán không dùng tiền mặt.\n",
            "2025-10-08",
            [("310", "2025-10-08")],
        ),
    ],
)
def test_what_is_no_run_up_to_now(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods


# ------------------------------------------------ a word of now past a `;`, and what remains


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        (
            "Sáng 3/7, tỉnh sơ kết 6 tháng đầu năm 2025.\n\n"
            "Hiện toàn tỉnh có 412 trạm phát sóng 5G; 97% xã đã có cáp quang.\n",
            "2025-07-03",
            [("412", "2025-07-03"), ("97%", "2025-07-03")],
        ),
        # What remains is as of the meeting's day, like `hiện`.
        (
            "Sáng 9/10, tỉnh sơ kết 9 tháng năm 2024.\n\n"
            "Toàn tỉnh vẫn còn 58 thôn, bản chưa có sóng di động.\n",
            "2024-10-09",
            [("58", "2024-10-09")],
        ),
    ],
)
def test_now_reaches_past_a_semicolon_and_what_remains_is_now(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        # A clause naming its own time after the `;` keeps it.
        (
            "Sáng 3/7, tỉnh sơ kết 6 tháng đầu năm 2025.\n\n"
            "Hiện tỷ lệ hồ sơ toàn trình đạt 61%; năm 2026 tỉnh phấn đấu đạt 80%.\n",
            "2025-07-03",
            [("61%", "2025-07-03"), ("80%", "2026")],
        ),
        # `còn` alone is no word of now (`còn thấp`).
        (
            "Sáng 9/10, tỉnh sơ kết 9 tháng năm 2024.\n\n"
            "Tỷ lệ thanh toán trực tuyến còn thấp, mới đạt 32%.\n",
            "2024-10-09",
            [("32%", "2024-01/2024-09")],
        ),
    ],
)
def test_a_word_of_now_does_not_reach_a_clause_with_its_own_time(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods


# ------------------------------------------------ the stretch the meeting's report covers


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        (
            "Theo báo cáo tại phiên họp chiều 12/7, 6 tháng đầu năm 2026 doanh thu "
            "thương mại điện tử đạt 14 tỷ USD.\n\n"
            "Tỷ lệ doanh nghiệp dùng chữ ký số đạt 77%.\n",
            "2026-07-12",
            [("14 tỷ USD", "2026-H1"), ("77%", "2026-H1")],
        ),
        (
            "Tỷ lệ hồ sơ toàn trình quý I/2025 đạt 48%, theo báo cáo tại phiên họp sáng 15/4.\n\n"
            "Cổng dịch vụ công đã tích hợp 4.100 dịch vụ công trực tuyến.\n",
            "2025-04-15",
            [("48%", "2025-Q1"), ("4.100", "2025-Q1")],
        ),
    ],
)
def test_the_stretch_the_report_covers_dates_what_states_no_period(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        # Outside the lead, a report's stretch dates its own sentence only.
        (
            "Chiều 12/7, Ủy ban họp phiên thứ 9.\n\n"
            "Theo báo cáo, 6 tháng đầu năm 2026, doanh thu đạt 14 tỷ USD.\n\n"
            "Tỷ lệ doanh nghiệp dùng chữ ký số đạt 77%.\n",
            "2026-07-12",
            [("14 tỷ USD", "2026-H1"), ("77%", "2026-07-12")],
        ),
        # A year, or a stretch not yet over, is no report's stretch.
        (
            "Theo báo cáo tại phiên họp chiều 12/7, năm 2025 doanh thu đạt 30 tỷ USD; "
            "6 tháng cuối năm 2026 phấn đấu đạt 18 tỷ USD.\n\n"
            "Tỷ lệ doanh nghiệp dùng chữ ký số đạt 77%.\n",
            "2026-07-12",
            [("30 tỷ USD", "2025"), ("18 tỷ USD", "2026-H2"), ("77%", "2026-07-12")],
        ),
        # A review word names the stretch first.
        (
            "Chiều 5/10, tỉnh sơ kết 9 tháng năm 2026. "
            "Theo báo cáo, 6 tháng đầu năm 2026, doanh thu đạt 14 tỷ USD.\n\n"
            "Tỷ lệ doanh nghiệp dùng chữ ký số đạt 77%.\n",
            "2026-10-05",
            [("14 tỷ USD", "2026-H1"), ("77%", "2026-01/2026-09")],
        ),
    ],
)
def test_what_is_no_report_stretch(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods


# ------------------------------------------------ the `từ` side of a change leads no sentence


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        (
            "Sáng 20/10, Ủy ban họp phiên thứ 7.\n\n"
            "Tỷ lệ hộ dùng cáp quang tăng từ 71% cuối năm 2023 lên 80% vào tháng 9/2024. "
            "Cả nước có 1.240 trạm 5G.\n",
            "2024-10-20",
            [("71%", "2023"), ("80%", "2024-09"), ("1.240", "2024-09")],
        ),
    ],
)
def test_the_from_side_of_a_change_leads_no_later_sentence(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        # A phrase with no `lên` after it leads the paragraph as before.
        (
            "Sáng 20/10, Ủy ban họp phiên thứ 7.\n\n"
            "Tỷ lệ hộ dùng cáp quang cuối năm 2023 là 71%. Cả nước có 1.240 trạm 5G.\n",
            "2024-10-20",
            [("71%", "2023"), ("1.240", "2023")],
        ),
    ],
)
def test_a_plain_phrase_still_leads_its_paragraph(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods
