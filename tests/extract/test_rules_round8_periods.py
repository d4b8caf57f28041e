"""Period rules of round 8, from the general causes behind the ninth
held-out set's period and scope misses: a comparison said without `so với`
(`cao hơn cùng kỳ năm 2026`) taken for the figure's period, the month or
year a source measured or surveyed (`theo số liệu của Ookla, tháng 8/2027`)
leading the paragraph's later sentences, a phrase opening a clause past a
`;` dating the figure before it, and a second province's passage opened by
`Còn` and its name.

The sentences are written for these tests (other provinces, people, numbers
and wordings than any article of the repository). Each rule has its negative
cases: the figures the obvious form of the rule would have got wrong.
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import extract, periods_on

# ------------------------------------------------ a comparison without `so với`


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        (
            "Sau 6 tháng, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 58,3%, thấp hơn"
            " cùng kỳ năm 2025 khoảng 2 điểm phần trăm.\n",
            "2026-07-10",
            [("58,3%", "2026-H1"), ("2 điểm phần trăm", "2026-H1")],
        ),
        (
            "Doanh thu thương mại điện tử quý II ước đạt 4.200 tỷ đồng, nhiều hơn cùng kỳ"
            " năm 2025 gần 600 tỷ đồng.\n",
            "2026-07-10",
            [("4.200 tỷ đồng", "2026-Q2"), ("600 tỷ đồng", "2026-Q2")],
        ),
    ],
)
def test_last_years_same_stretch_after_hon_is_a_comparison_base(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        # The same stretch of last year opening the sentence dates its figure.
        ("Cùng kỳ năm 2025, tỷ lệ này mới là 41%.\n", "2026-07-10", [("41%", "2025")]),
        # `so với cùng kỳ` was a comparison base before: one year on.
        (
            "Tỷ lệ hồ sơ trực tuyến đạt 61%, tăng 9 điểm phần trăm so với cùng kỳ năm 2025.\n",
            "2026-07-10",
            [("61%", "2026"), ("9 điểm phần trăm", "2026")],
        ),
    ],
)
def test_the_same_stretch_without_a_comparative_keeps_its_year(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods


# ------------------------------------------------ a source's edition


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        (
            "Theo bảng xếp hạng của Ookla, tháng 3/2026 tốc độ Internet cố định đạt 250,2"
            " Mbps. Tỷ lệ dân số được phủ sóng 5G đạt 70%.\n",
            "2026-07-10",
            [("250,2 Mbps", "2026-03"), ("70%", "2026-07-10")],
        ),
        (
            "Theo kết quả khảo sát năm 2025 của Bộ Nội vụ, chỉ số hài lòng của người dân"
            " đạt 82,4%. Toàn tỉnh có 96% hồ sơ được số hóa.\n",
            "2026-07-10",
            [("82,4%", "2025"), ("96%", "2026-07-10")],
        ),
    ],
)
def test_a_sources_edition_dates_its_own_sentence_only(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        # A report's stretch is the paragraph's: it leads the next sentence.
        (
            "Theo báo cáo của Sở, trong quý I/2026, tỷ lệ hồ sơ trực tuyến đạt 61%. Tỷ lệ"
            " thanh toán trực tuyến đạt 45%.\n",
            "2026-07-10",
            [("61%", "2026-Q1"), ("45%", "2026-Q1")],
        ),
        # Within its own sentence the edition dates every figure.
        (
            "Theo số liệu của Ookla, tháng 3/2026 tốc độ di động đạt 180,5 Mbps, xếp thứ"
            " 12 thế giới.\n",
            "2026-07-10",
            [("180,5 Mbps", "2026-03"), ("12", "2026-03")],
        ),
    ],
)
def test_a_reports_period_still_leads_and_an_edition_dates_its_sentence(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods


# ------------------------------------------------ a clause opened past a `;`


@pytest.mark.parametrize(
    ("text", "day", "periods"),
    [
        (
            "Tổng doanh thu dịch vụ số đạt khoảng 3.400 tỷ đồng; năm 2025, doanh thu đạt"
            " 2.900 tỷ đồng.\n",
            "2026-07-10",
            [("3.400 tỷ đồng", "2026-07-10"), ("2.900 tỷ đồng", "2025")],
        ),
        (
            "Mạng cáp quang đã đến 97% hộ gia đình; theo Ookla, tháng 2/2026 tốc độ cố định"
            " đạt 240 Mbps.\n",
            "2026-07-10",
            [("97%", "2026-07-10"), ("240 Mbps", "2026-02")],
        ),
        (
            "Tỷ lệ hồ sơ số hóa đạt 70%; tỷ lệ thanh toán không dùng tiền mặt đạt 55%, năm"
            " 2025 là 40%.\n",
            "2026-07-10",
            [("70%", "2026-07-10"), ("55%", "2025"), ("40%", "2025")],
        ),
    ],
)
def test_a_phrase_opening_a_clause_past_a_semicolon_does_not_date_back(
    text: str, day: str, periods: list[tuple[str, str | None]]
) -> None:
    assert periods_on(text, day) == periods


def test_a_phrase_inside_the_later_clause_still_dates_back() -> None:
    text = "Toàn tỉnh có 120 xã có điểm phục vụ; 80 xã đã triển khai mô hình trong năm 2025.\n"
    assert periods_on(text, "2026-07-10") == [("120", "2025"), ("80", "2025")]


# ------------------------------------------------ `Còn` and a second province


def _scopes(text: str) -> list[tuple[str, str]]:
    return [(f.raw, f.scope) for f in extract(text, None)]


_FIRST = (
    "Tại điểm cầu Nghệ An, Công an tỉnh cho biết toàn tỉnh đã kích hoạt 2,1 triệu tài khoản.\n\n"
)


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        (
            _FIRST + "Còn Quảng Trị, 9 tháng qua, tỷ lệ thanh toán trực tuyến của tỉnh đạt"
            " 61,2%; 98% trường học đã thu học phí không dùng tiền mặt.\n",
            [("2,1 triệu", "Nghệ An"), ("61,2%", "Quảng Trị"), ("98%", "Quảng Trị")],
        ),
        (
            _FIRST + "Còn tỉnh Quảng Trị, tỷ lệ thanh toán trực tuyến của tỉnh đạt 61,2%.\n",
            [("2,1 triệu", "Nghệ An"), ("61,2%", "Quảng Trị")],
        ),
    ],
)
def test_con_and_a_province_opening_a_sentence_opens_its_passage(
    text: str, scopes: list[tuple[str, str]]
) -> None:
    assert _scopes(text) == scopes


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        # `Còn` before a count is what remains, of the province reported on.
        (
            _FIRST + "Còn 12 xã của tỉnh chưa có cáp quang, chiếm 4%.\n",
            [("2,1 triệu", "Nghệ An"), ("12", "Nghệ An"), ("4%", "Nghệ An")],
        ),
        # After an opening clause it sets two provinces in one sentence: the
        # sentence stays the first one's.
        ("Hà Tĩnh đạt 80%, còn Quảng Trị đạt 70%.\n", [("80%", "Hà Tĩnh"), ("70%", "Hà Tĩnh")]),
    ],
)
def test_con_elsewhere_opens_no_passage(text: str, scopes: list[tuple[str, str]]) -> None:
    assert _scopes(text) == scopes


# ------------------------------------------------ a heading rounded to thousands


_BODY = (
    "\n\nTính đến ngày 31/5/2025, Công an tỉnh Bình Phước đã kích hoạt 245.318 tài khoản"
    " định danh điện tử.\n"
)


def test_a_heading_rounded_to_whole_thousands_takes_its_body_twins_period() -> None:
    text = "Bình Phước: hơn 245.000 tài khoản định danh điện tử được kích hoạt" + _BODY
    assert periods_on(text, "2025-06-12") == [("245.000", "2025-05-31"), ("245.318", "2025-05-31")]


@pytest.mark.parametrize(
    "heading",
    [
        # Another number of thousands is another figure.
        "Bình Phước: hơn 246.000 tài khoản định danh điện tử được kích hoạt",
        # So is one rounded to other thousands than the body's.
        "Bình Phước: hơn 240.000 tài khoản định danh điện tử được kích hoạt",
    ],
)
def test_a_heading_of_other_thousands_keeps_its_own_period(heading: str) -> None:
    raw = heading.split()[3]
    assert periods_on(heading + _BODY, "2025-06-12") == [
        (raw, "2025-06-12"),
        ("245.318", "2025-05-31"),
    ]
