"""Meetings in articles the rules were not written from (`tests/data/articles`),
annotated by reading them, plus the traps the issue names, one at a time."""

from __future__ import annotations

from pathlib import Path

import pytest

from cds_desktop.extract.meetings import find_meeting, find_published, find_title
from cds_desktop.extract.model import Meeting
from cds_desktop.extract.text import image_lines, normalize, sentences

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


def load(name: str) -> str:
    return normalize((ARTICLES / name).read_bytes().decode("utf-8"))


def meeting_of(text: str) -> Meeting | None:
    return find_meeting(text, sentences(text), image_lines(text))


def evidence(meeting: Meeting, text: str, field: str) -> list[str]:
    return [text[e.start : e.end] for e in meeting.evidence if e.field == field]


# file, kind, session, date, precision, inferred, chair, bridge points,
# session evidence, date evidence, year evidence
EXPECTED = [
    (
        "g01_phien_hop_lan_thu_6_da_nang.txt",
        "committee_session", 6, "2023-09-21", "day", True, "Phạm Minh Chính", ("Đà Nẵng",),
        "phiên thứ sáu", "Chiều thứ Năm, 21/9", ["21/09/2023"],
    ),
    (
        "g02_hoi_nghi_de_an_06_thanh_hoa.txt",
        "de_an_06_conference", None, "2024-03-15", "day", False, "Phạm Minh Chính",
        ("Thanh Hóa",), None, "Sáng 15/3/2024", [],
    ),
    (
        "g03_phien_hop_thu_7_quang_ninh.txt",
        "committee_session", 7, "2023-11", "month", False, "Trần Lưu Quang", ("Quảng Ninh",),
        "Phiên\u00a0họp\u00a0thứ\u00a0bảy", "tháng\u00a011/2023", [],
    ),
    (
        "g04_phien_hop_lan_thu_11_kien_giang.txt",
        "committee_session", 11, "2025-06", "month", True, "Phạm Minh Chính", ("Kiên Giang",),
        "Phiên họp lần thứ 11", None, ["2025_06_14"],
    ),
    (
        "g05_hoi_nghi_de_an_06_binh_duong.txt",
        "de_an_06_conference", None, "2023-10-12", "day", False, "Tô Lâm", ("Bình Dương",),
        None, "Ngày 12-10-2023", [],
    ),
    (
        "g06_phien_hop_thu_hai_ha_tinh.txt",
        "committee_session", 2, "2022", "year", True, "Phạm Minh Chính", ("Hà Tĩnh",),
        "Phiên họp thứ hai", None, None,
    ),
    (
        "g07_phien_hop_thu_4_lam_dong.txt",
        "committee_session", 4, "2023-03-13", "day", True, "Phạm Minh Chính", ("Lâm Đồng",),
        "Phiên họp thứ 4", "Sáng 13/3", ["date 2023-03"],
    ),
    (
        "g08_hoi_nghi_va_phien_hop_thu_nam_ttxvn.txt",
        "committee_session", 5, "2023-07-07", "day", True, "Phạm Minh Chính",
        ("Hải Phòng", "Bắc Ninh", "Hậu Giang"),
        "Phiên họp toàn thể lần thứ năm", "Hà Nội, 7/7", ["07/07/2023"],
    ),
]  # fmt: skip


@pytest.mark.parametrize("row", EXPECTED, ids=[r[0][:3] for r in EXPECTED])
def test_generality_article_meeting(row: tuple) -> None:  # type: ignore[type-arg]
    name, kind, session, date, precision, inferred, chair, bridges, s_ev, d_ev, y_ev = row
    text = load(name)
    m = meeting_of(text)
    assert m is not None
    assert (m.kind, m.session) == (kind, session)
    assert (m.date, m.date_precision, m.date_inferred) == (date, precision, inferred)
    assert m.chair == chair
    assert m.bridge_points == bridges
    assert evidence(m, text, "session") == ([s_ev] if s_ev else [])
    assert evidence(m, text, "date") == ([d_ev] if d_ev else [])
    if y_ev is not None:
        assert evidence(m, text, "year") == y_ev
    assert (m.date_reason is not None) == inferred


def test_g01_crlf_file_weekday_is_not_a_session_and_dateline_is_published() -> None:
    raw = (ARTICLES / "g01_phien_hop_lan_thu_6_da_nang.txt").read_bytes()
    assert b"\r\n" in raw
    text = load("g01_phien_hop_lan_thu_6_da_nang.txt")
    m = meeting_of(text)
    assert m is not None and m.session == 6  # not 5 from "thứ Năm"
    assert find_published(text, image_lines(text)) == "2023-09-21"
    assert find_title(text, sentences(text)) == (
        "Ủy ban Quốc gia về chuyển đổi số họp phiên thứ sáu: "
        "tăng tốc dịch vụ công trực tuyến toàn trình"
    )
    people = {p.name: p.title for p in m.leaders}
    assert people["Lê Trung Chinh"] == "Phó Bí thư Thành ủy, Chủ tịch UBND thành phố"
    assert people["Nguyễn Huy Dũng"] == "Cục trưởng Cục Chuyển đổi số quốc gia"


def test_g02_eth_letter_is_folded_and_names_shown_with_dj() -> None:
    text = load("g02_hoi_nghi_de_an_06_thanh_hoa.txt")
    assert "\u00d0" in text and "Đ" not in text
    m = meeting_of(text)
    assert m is not None
    assert evidence(m, text, "kind") == ["Hội nghị", "\u00d0ề án 06"]
    people = {p.name: p.title for p in m.leaders}
    assert people["Đỗ Minh Tuấn"] == "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"
    assert people["Trần Phú Hà"] == "Thiếu tướng"
    assert m.session is None  # "Cách mạng công nghiệp lần thứ 4"


def test_g03_no_break_spaces_in_names_and_places() -> None:
    text = load("g03_phien_hop_thu_7_quang_ninh.txt")
    m = meeting_of(text)
    assert m is not None
    assert evidence(m, text, "chair") == ["Trần\u00a0Lưu\u00a0Quang"]
    assert "Cao Tường Huy" in {p.name for p in m.leaders}


def test_g04_images_are_not_body_and_caption_position_is_not_a_session() -> None:
    text = load("g04_phien_hop_lan_thu_11_kien_giang.txt")
    m = meeting_of(text)
    assert m is not None and m.session == 11
    assert m.date_reason == (
        "no meeting date in the text; month 2025-06 taken from the image URL 2025_06_14"
    )
    assert find_published(text, image_lines(text)) is None
    for s in sentences(text):
        assert "](" not in text[s.start : s.end]


def test_g05_has_no_headline() -> None:
    text = load("g05_hoi_nghi_de_an_06_binh_duong.txt")
    assert find_title(text, sentences(text)) is None


def test_g06_year_from_period_phrases_lists_them() -> None:
    text = load("g06_phien_hop_thu_hai_ha_tinh.txt")
    m = meeting_of(text)
    assert m is not None
    years = evidence(m, text, "year")
    assert "quý I năm 2022" in years and "đến cuối năm 2022" in years
    assert "so với cùng kỳ năm 2021" in years  # votes for the year after: 2022


def test_g07_headline_follows_the_header() -> None:
    text = load("g07_phien_hop_thu_4_lam_dong.txt")
    assert find_title(text, sentences(text)) == (
        "Lâm Đồng tham dự Phiên họp thứ 4 Ủy ban Quốc gia về chuyển đổi số"
    )
    assert find_published(text, image_lines(text)) == "2023-03"


# ---- the traps, each on its own -------------------------------------------------

BASE = "Thủ tướng Chính phủ Phạm Minh Chính chủ trì {meeting} của Ủy ban Quốc gia về chuyển đổi số."


@pytest.mark.parametrize(
    ("meeting", "session"),
    [
        ("Phiên họp lần thứ tám", 8),
        ("phiên họp thứ 3", 3),
        ("Phiên họp lần thứ 10", 10),
        ("Phiên họp thứ nhất", 1),
        ("Phiên họp thứ tư", 4),
        ("Phiên họp lần thứ mười một", 11),
        ("Phiên họp thứ IX", 9),
        ("phiên họp", None),
        ("phiên họp. Ủy ban họp lần thứ 12", 12),
        ("phiên họp. Ủy ban họp thứ Hai", None),
    ],
)
def test_session_numbers_in_digits_words_and_roman(meeting: str, session: int | None) -> None:
    m = meeting_of(BASE.format(meeting=meeting))
    assert m is not None
    assert m.session == session
    assert m.kind == "committee_session"


@pytest.mark.parametrize(
    "sentence",
    [
        "Đây là nền tảng của cuộc Cách mạng công nghiệp lần thứ 4 tại Việt Nam.",
        "Chủ tịch UBND tỉnh Huỳnh Quốc Việt (thứ 2 từ trái sang) trải nghiệm mô hình.",
        "Chiều thứ Năm, 21/9, Ủy ban Quốc gia về chuyển đổi số họp.",
    ],
)
def test_ordinals_that_are_not_sessions(sentence: str) -> None:
    text = "Ủy ban Quốc gia về chuyển đổi số tổ chức phiên họp.\n" + sentence
    m = meeting_of(text)
    assert m is not None
    assert m.session is None


@pytest.mark.parametrize("bad", ["31/2/2024", "0/13/2024", "30/2", "12/13"])
def test_invalid_dates_are_not_meeting_dates(bad: str) -> None:
    m = meeting_of(f"Sáng ngày {bad}, Ủy ban Quốc gia về chuyển đổi số tổ chức phiên họp.")
    assert m is not None
    assert m.date is None
    assert m.date_inferred is False


def test_day_month_without_any_year_source_gives_no_date() -> None:
    m = meeting_of("Chiều 6/2, Ủy ban Quốc gia về chuyển đổi số tổ chức phiên họp.")
    assert m is not None
    assert m.date is None
    assert m.date_reason == "the text gives the day and month but no year"


def test_period_end_is_not_the_meeting_date() -> None:
    text = (
        "Ủy ban Quốc gia về chuyển đổi số tổ chức phiên họp thứ 5.\n"
        "Đến hết ngày 30/6/2023 đã có 33 bộ, ngành hoàn thành kết nối."
    )
    m = meeting_of(text)
    assert m is not None and m.date != "2023-06-30"


def test_meeting_late_in_december_reported_in_january_takes_the_year_before() -> None:
    text = (
        "02/01/2025 09:00\n"
        "Chiều 30/12, Thủ tướng Chính phủ Phạm Minh Chính chủ trì phiên họp thứ 9 "
        "của Ủy ban Quốc gia về chuyển đổi số."
    )
    m = meeting_of(text)
    assert m is not None
    assert (m.date, m.date_inferred) == ("2024-12-30", True)


def test_an_article_about_something_else_has_no_meeting() -> None:
    assert meeting_of("Giá lúa tại Cà Mau tăng 5% so với tháng trước.") is None


def test_bridge_point_with_alias_and_local_chair_is_not_the_chair() -> None:
    text = (
        "Sáng 15/3/2024, Thủ tướng Chính phủ Phạm Minh Chính chủ trì phiên họp thứ 8 của "
        "Ủy ban Quốc gia về chuyển đổi số.\n"
        "Tại điểm cầu TP.HCM, đồng chí Phan Văn Mãi, Chủ tịch UBND Thành phố chủ trì."
    )
    m = meeting_of(text)
    assert m is not None
    assert m.chair == "Phạm Minh Chính"
    assert m.bridge_points == ("Thành phố Hồ Chí Minh",)
    assert [p.name for p in m.leaders] == ["Phan Văn Mãi"]


def test_chair_named_after_the_verb_and_central_bridge_point_is_not_local() -> None:
    text = (
        "Sáng nay (24/4), Phiên họp toàn thể lần thứ 3 của Ủy ban Quốc gia về chuyển đổi số "
        "diễn ra dưới sự chủ trì của Thủ tướng Chính phủ Phạm Minh Chính tại điểm cầu "
        "Trụ sở Chính phủ.\n"
        "Tại các điểm cầu Hà Nội, Đà Nẵng và TP. Hồ Chí Minh có lãnh đạo các địa phương."
    )
    m = meeting_of(text)
    assert m is not None
    assert m.session == 3
    assert m.chair == "Phạm Minh Chính"
    assert m.bridge_points == ("Hà Nội", "Đà Nẵng", "Thành phố Hồ Chí Minh")
    assert m.date is None  # "Sáng nay (24/4)" has no year anywhere
    assert evidence(m, text, "date") == ["Sáng nay (24/4)"]


def test_provincial_conference_chaired_by_its_own_leader() -> None:
    text = (
        "Thứ Tư, 11/10/2023, 20:53 (GMT+7)\n"
        "Sáng 11/10, UBND tỉnh Bình Dương tổ chức hội nghị đánh giá 9 tháng triển khai Đề án 06. "
        "Đồng chí Võ Văn Minh, Chủ tịch UBND tỉnh chủ trì hội nghị."
    )
    m = meeting_of(text)
    assert m is not None
    assert m.kind == "de_an_06_conference"
    assert (m.date, m.date_inferred) == ("2023-10-11", True)
    assert evidence(m, text, "year") == ["11/10/2023"]
    assert m.chair == "Võ Văn Minh"
    assert find_published(text, image_lines(text)) == "2023-10-11"


def test_local_host_at_an_unnamed_bridge_point_is_not_the_chair() -> None:
    text = (
        "Chiều 6/2/2025, Ủy ban Quốc gia về chuyển đổi số họp phiên thứ mười.\n"
        "Đồng chí Nguyễn Khắc Hiếu, Phó Chủ tịch UBND tỉnh chủ trì tại điểm cầu của tỉnh.\n"
        "Phát biểu kết luận, Thủ tướng Chính phủ Phạm Minh Chính đề nghị đẩy mạnh CĐS."
    )
    m = meeting_of(text)
    assert m is not None
    assert m.session == 10
    assert m.chair == "Phạm Minh Chính"
    assert "Nguyễn Khắc Hiếu" in {p.name for p in m.leaders}


@pytest.mark.parametrize(
    ("text", "session", "date", "chair"),
    [
        (
            "Cập nhật lúc 14:35, 18/12/2023\n"
            "Sáng thứ Hai (18/12), Ủy ban Quốc gia về chuyển đổi số tổ chức Phiên họp đầu tiên. "
            "Ông Nguyễn Văn Hùng, Bộ trưởng Bộ Thông tin và Truyền thông chủ trì phiên họp.",
            1,
            "2023-12-18",
            "Nguyễn Văn Hùng",
        ),
        (
            "Thứ Ba, 07/02/2023 - 09:10\n"
            "Hôm 6/2, Thủ tướng Phạm Minh Chính chủ trì phiên họp lần thứ hai mươi của Ủy ban "
            "Quốc gia về chuyển đổi số.",
            20,
            "2023-02-06",
            "Phạm Minh Chính",
        ),
    ],
)
def test_other_wordings(text: str, session: int, date: str, chair: str) -> None:
    m = meeting_of(text)
    assert m is not None
    assert (m.session, m.date, m.chair) == (session, date, chair)
    assert m.date_inferred


def test_news_agency_lead_and_deputy_pm_chairing_at_the_hanoi_point() -> None:
    text = (
        "Hà Nội, 18/1/2024 (TTXVN) - Phó Thủ tướng Chính phủ Trần Lưu Quang chủ trì "
        "Phiên họp thứ 7 của Ủy ban Quốc gia về chuyển đổi số tại điểm cầu Hà Nội.\n"
        "Tại điểm cầu tỉnh Nghệ An, đồng chí Bùi Đình Long, Phó Chủ tịch UBND tỉnh chủ trì."
    )
    m = meeting_of(text)
    assert m is not None
    assert (m.session, m.date, m.date_inferred) == (7, "2024-01-18", False)
    assert evidence(m, text, "date") == ["Hà Nội, 18/1/2024"]
    assert m.chair == "Trần Lưu Quang"
    assert m.bridge_points == ("Hà Nội", "Nghệ An")


def test_a_ratio_at_the_start_of_a_line_is_not_a_date() -> None:
    text = "Theo đó, 6/10 tỉnh đã tổ chức hội nghị về Đề án 06."
    m = meeting_of(text)
    assert m is not None and m.date is None


def test_an_archive_photo_from_another_year_dates_nothing() -> None:
    text = (
        "Ủy ban Quốc gia về chuyển đổi số tổ chức phiên họp thứ 9 đánh giá 6 tháng đầu năm 2024.\n"
        "![Ảnh tư liệu](https://cdn.example/2019_05_10_x/a.jpg)\n"
        "Tỷ lệ hồ sơ trực tuyến tăng 20% so với cùng kỳ năm 2023."
    )
    m = meeting_of(text)
    assert m is not None
    assert (m.date, m.date_precision, m.date_inferred) == ("2024", "year", True)
    assert evidence(m, text, "year") == ["6 tháng đầu năm 2024", "so với cùng kỳ năm 2023"]


def test_g08_leaders_and_headline() -> None:
    text = load("g08_hoi_nghi_va_phien_hop_thu_nam_ttxvn.txt")
    m = meeting_of(text)
    assert m is not None
    assert {p.name: p.title for p in m.leaders} == {
        "Nguyễn Văn Tùng": "Chủ tịch UBND thành phố Hải Phòng",
        "Đồng Văn Thanh": "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh",
    }
    assert (
        find_title(text, sentences(text)) == "Thúc đẩy chuyển đổi số, triển khai hiệu quả Đề án 06"
    )
    assert find_published(text, image_lines(text)) == "2023-07-07"


def test_the_first_meeting_noun_decides_the_kind() -> None:
    text = (
        "Sáng 12/10/2023, Hội nghị trực tuyến toàn quốc đánh giá kết quả Đề án 06 diễn ra tại "
        "Hà Nội. Dự có Bộ trưởng Bộ Thông tin và Truyền thông Nguyễn Mạnh Hùng, Phó Chủ tịch "
        "Ủy ban Quốc gia về chuyển đổi số.\n"
        "Kết quả sẽ được báo cáo tại phiên họp tới của Chính phủ."
    )
    m = meeting_of(text)
    assert m is not None
    assert m.kind == "de_an_06_conference"
    assert evidence(m, text, "kind") == ["Hội nghị", "Đề án 06"]
