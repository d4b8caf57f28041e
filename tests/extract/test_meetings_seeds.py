"""Each seed's meeting, as read from the article by a person (not printed
from the extractor): kind, session, date and how sure it is, chair, bridge
points, leaders, and the exact characters every field was read from."""

from __future__ import annotations

import pytest

from cds_desktop.extract.meetings import find_meeting, find_published, find_title
from cds_desktop.extract.model import Meeting
from cds_desktop.extract.text import image_lines, sentences


def meeting_of(text: str) -> Meeting:
    meeting = find_meeting(text, sentences(text), image_lines(text))
    assert meeting is not None
    return meeting


def evidence(meeting: Meeting, text: str, field: str) -> list[str]:
    return [text[e.start : e.end] for e in meeting.evidence if e.field == field]


def leaders(meeting: Meeting) -> dict[str, str]:
    return {p.name: p.title for p in meeting.leaders}


def test_000_eighth_session_stated_in_full(seed_texts: dict[str, str]) -> None:
    text = seed_texts["000_ece4792df603b440.txt"]
    m = meeting_of(text)
    assert (m.kind, m.session) == ("committee_session", 8)
    assert (m.date, m.date_precision, m.date_inferred) == ("2024-04-24", "day", False)
    assert m.date_reason is None
    assert m.chair == "Phạm Minh Chính"
    assert m.bridge_points == ("Ninh Thuận",)
    assert evidence(m, text, "session") == ["Phiên họp lần thứ tám"]
    assert evidence(m, text, "date") == ["Sáng ngày 24/4/2024"]
    assert evidence(m, text, "year") == []
    assert evidence(m, text, "chair") == ["Phạm Minh Chính"]
    assert set(evidence(m, text, "bridge_point")) == {"Ninh Thuận"}
    people = leaders(m)
    assert people["Trần Lưu Quang"] == "Phó Thủ tướng Chính phủ"
    assert people["Nguyễn Long Biên"].startswith("Phó Chủ tịch UBND tỉnh")
    # The provinces that spoke (Bình Phước, Bình Dương...) are not bridge points.
    assert "Bình Dương" not in m.bridge_points
    assert find_title(text, sentences(text)) is None
    assert find_published(text, image_lines(text)) is None


def test_001_conference_with_year_only_from_period_phrases(seed_texts: dict[str, str]) -> None:
    text = seed_texts["001_7500e7b9badc424b.txt"]
    m = meeting_of(text)
    assert m.kind == "de_an_06_conference"
    # "(thứ 2 từ trái sang)" in a caption is a position in a photo, not a session.
    assert m.session is None
    # No day or month anywhere: the year only, and it says it was inferred.
    assert (m.date, m.date_precision, m.date_inferred) == ("2023", "year", True)
    assert evidence(m, text, "date") == []
    years = evidence(m, text, "year")
    assert "so với cùng kỳ năm 2022" in years
    assert "đến cuối năm 2023" in years
    assert m.date_reason is not None and "2023" in m.date_reason
    assert "so với cùng kỳ năm 2022" in m.date_reason
    assert evidence(m, text, "kind") == ["hội nghị", "Đề án 06"]
    # The national chair is the Prime Minister who gives the directing speech;
    # Huỳnh Quốc Việt chairs only the Cà Mau bridge point.
    assert m.chair == "Phạm Minh Chính"
    assert m.bridge_points == ("Cà Mau",)
    people = leaders(m)
    assert "Chủ tịch UBND tỉnh" in people["Huỳnh Quốc Việt"]
    assert people["Huỳnh Quốc Việt"].startswith("Uỷ viên dự khuyết BCH Trung ương Đảng")
    assert people["Tô Lâm"] == "Đại tướng"
    assert people["Trần Hồng Hà"] == "Phó Thủ tướng Chính phủ"
    assert people["Nguyễn Mạnh Hùng"] == "Bộ trưởng Bộ Thông tin và Truyền thông"
    assert find_title(text, sentences(text)) is None


def test_002_tenth_session_year_from_image_url(seed_texts: dict[str, str]) -> None:
    text = seed_texts["002_a279c6271ee83ab4.txt"]
    m = meeting_of(text)
    assert (m.kind, m.session) == ("committee_session", 10)
    assert (m.date, m.date_precision, m.date_inferred) == ("2025-02-06", "day", True)
    assert evidence(m, text, "session") == ["phiên họp lần thứ 10"]
    assert evidence(m, text, "date") == ["Chiều 6/2"]
    assert evidence(m, text, "year") == ["2025_02_06"]
    assert m.date_reason == "year 2025 taken from the image URL 2025_02_06"
    assert m.chair == "Phạm Minh Chính"
    assert m.bridge_points == ("Vĩnh Phúc",)
    people = leaders(m)
    assert "Phó Thủ tướng Thường trực Chính phủ" in people["Nguyễn Hòa Bình"]
    assert "Phó Chủ tịch UBND tỉnh" in people["Nguyễn Khắc Hiếu"]
    # "Ảnh: Dương Chung" credits a photographer, not a leader.
    assert "Dương Chung" not in people
    assert find_title(text, sentences(text)) == "Việt Nam nâng tầm vượt bậc về chuyển đổi số"
    assert find_published(text, image_lines(text)) is None


def test_003_third_session_month_from_header(seed_texts: dict[str, str]) -> None:
    text = seed_texts["003_0ccab965f8dd1fbf.txt"]
    m = meeting_of(text)
    # "Cách mạng công nghiệp lần thứ 4" comes first and is not the session.
    assert (m.kind, m.session) == ("committee_session", 3)
    assert evidence(m, text, "session") == ["Phiên họp thứ 3"]
    assert (m.date, m.date_precision, m.date_inferred) == ("2022-08", "month", True)
    assert evidence(m, text, "year") == ["date 2022-08"]
    assert evidence(m, text, "month") == ["date 2022-08"]
    assert evidence(m, text, "date") == []
    # "Thủ tướng nêu rõ" names no one: no chair rather than a guess.
    assert m.chair is None
    assert m.bridge_points == ()
    assert m.leaders == ()
    assert find_title(text, sentences(text)) is None
    assert find_published(text, image_lines(text)) == "2022-08"


def test_004_ninth_session_year_from_dateline(seed_texts: dict[str, str]) -> None:
    text = seed_texts["004_f35bec352890091e.txt"]
    m = meeting_of(text)
    assert (m.kind, m.session) == ("committee_session", 9)
    assert (m.date, m.date_precision, m.date_inferred) == ("2024-07-10", "day", True)
    assert evidence(m, text, "session") == ["Phiên họp lần thứ 9"]
    assert evidence(m, text, "date") == ["Ngày 10-7"]
    assert evidence(m, text, "year") == ["10/07/2024"]
    assert m.date_reason == "year 2024 taken from the dateline 10/07/2024"
    assert m.chair == "Phạm Minh Chính"
    assert m.bridge_points == ("Cần Thơ",)
    assert set(evidence(m, text, "bridge_point")) == {"TP Cần Thơ"}
    # The local leader is written with U+00D0 in "Ðồng chí"; the name itself is plain.
    assert leaders(m)["Trần Việt Trường"] == "Phó Bí thư Thành ủy, Chủ tịch UBND TP Cần Thơ"
    title = "Nhiều kết quả tích cực trong thực hiện chuyển đổi số quốc gia"
    assert find_title(text, sentences(text)) == title
    assert find_published(text, image_lines(text)) == "2024-07-10"


@pytest.mark.parametrize(
    "name",
    [
        "000_ece4792df603b440.txt",
        "001_7500e7b9badc424b.txt",
        "002_a279c6271ee83ab4.txt",
        "003_0ccab965f8dd1fbf.txt",
        "004_f35bec352890091e.txt",
    ],
)
def test_every_evidence_span_and_leader_span_points_into_the_text(
    seed_texts: dict[str, str], name: str
) -> None:
    text = seed_texts[name]
    m = meeting_of(text)
    for e in m.evidence:
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start : e.end].strip() == text[e.start : e.end]
    for p in m.leaders:
        shown = text[p.start : p.end].replace("\u00d0", "Đ").replace("\u00a0", " ")
        assert shown == p.name
