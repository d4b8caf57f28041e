"""Properties that must hold for any text, not only the seeds: nothing raises,
folds keep offsets, sentences are ordered, disjoint, inside and stripped, and
meeting evidence always points at characters of the text."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cds_desktop.extract.dates import day_phrases, month_phrases
from cds_desktop.extract.meetings import find_meeting, find_published, find_title
from cds_desktop.extract.text import (
    _DATELINE,
    _HEADER,
    _LEAD_DATELINE,
    TextError,
    _search_lines,
    _top,
    decode_bytes,
    fold,
    image_lines,
    normalize,
    search_fold,
    sentences,
)

# Text that looks like the articles: Vietnamese letters, digits, the
# punctuation the rules look at, the quirks (Ð, no-break space, curly quotes),
# line breaks, image-line syntax and meeting words.
_PIECES = [
    "Sáng ngày ", "Chiều ", "24/4/2024", "6/2", "10-7", "31/2/2024", " phiên họp lần thứ tám",
    " Phiên họp thứ 3", " lần thứ 4", " (thứ 2 từ trái sang)", " Thủ tướng Phạm Minh Chính",
    " chủ trì", " điểm cầu tỉnh Ninh Thuận", " Ủy ban Quốc gia về chuyển đổi số", " hội nghị",
    " Đề án 06", "\u00d0", "\u00a0", "“", "”", '"', "...", "…", ". ", "TP. ", "1.418", "10,41%",
    "\n", "\r\n", "![", "](", ")", "date 2022-08 ", "10/07/2024 - 20:53\n", "2025_02_06",
    " so với cùng kỳ năm 2022", " đồng chí ", ", ", " - ", "İ", "ẞ",
]  # fmt: skip
articles = st.lists(
    st.one_of(
        st.sampled_from(_PIECES), st.text(alphabet=string.ascii_letters + "ạảấầẩẫậ ", max_size=8)
    ),
    max_size=40,
).map("".join)
anything = st.one_of(st.text(max_size=300), articles)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(anything)
def test_folds_never_raise_and_keep_length(text: str) -> None:
    assert len(fold(text)) == len(text)
    assert len(search_fold(text)) == len(text)
    assert fold(fold(text)) == fold(text)


@SETTINGS
@given(st.one_of(anything, st.text(alphabet="ΣσİẞǅĐÐðɖ\u0301e\u00a0 Aa한", max_size=30)))
def test_folds_are_per_character_whatever_the_context(text: str) -> None:
    # Offsets into folded text are offsets into the text, and a word folds the
    # same inside any sentence: the fast whole-string path must agree.
    assert fold(text) == "".join(fold(c) for c in text)
    assert search_fold(text) == "".join(search_fold(c) for c in text)


@SETTINGS
@given(anything)
def test_normalize_is_idempotent_and_has_no_carriage_returns(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert "\r" not in once


@SETTINGS
@given(anything)
def test_sentence_spans_ordered_disjoint_inside_and_stripped(text: str) -> None:
    text = normalize(text)
    previous_end = 0
    paragraphs = []
    for s in sentences(text):
        assert previous_end <= s.start < s.end <= len(text)
        piece = text[s.start : s.end]
        assert piece == piece.strip()
        previous_end = s.end
        paragraphs.append(s.paragraph)
    assert paragraphs == sorted(paragraphs)


@SETTINGS
@given(anything)
def test_sentences_never_cover_image_lines(text: str) -> None:
    text = normalize(text)
    for img in image_lines(text):
        for s in sentences(text):
            assert s.end <= img.start or s.start >= img.end


@SETTINGS
@given(st.binary(max_size=400))
def test_decode_bytes_returns_text_or_raises_text_error(data: bytes) -> None:
    try:
        text = decode_bytes(data)
    except TextError as exc:
        assert str(exc)
    else:
        assert isinstance(text, str) and text.strip()
        assert normalize(text) == text


@SETTINGS
@given(anything)
def test_meeting_evidence_points_into_the_text(text: str) -> None:
    text = normalize(text)
    sents = sentences(text)
    images = image_lines(text)
    meeting = find_meeting(text, sents, images)
    find_title(text, sents)
    published = find_published(text, images)
    assert published is None or published[:4].isdigit()
    if meeting is None:
        return
    assert meeting.kind in {"committee_session", "de_an_06_conference"}
    assert meeting.session is None or meeting.session > 0
    assert (meeting.date is None) == (meeting.date_precision is None)
    if meeting.date_inferred:
        assert meeting.date_reason
    for e in meeting.evidence:
        assert 0 <= e.start < e.end <= len(text)
    for p in meeting.leaders:
        assert 0 <= p.start < p.end <= len(text)


@SETTINGS
@given(anything)
def test_date_phrases_are_calendar_dates_inside_the_text(text: str) -> None:
    for p in [*day_phrases(text), *month_phrases(text)]:
        assert 0 <= p.start < p.end <= len(text)
        assert 1 <= p.month <= 12
        assert p.day is None or 1 <= p.day <= 31


@SETTINGS
@given(st.text(alphabet="\n \tab", max_size=30))
def test_the_top_ends_after_the_third_non_blank_line(text: str) -> None:
    """Datelines and headers are looked for before the end of the third
    non-blank line (or in the whole text when it has fewer)."""
    ends, pos = [], 0
    for line in text.split("\n"):
        pos += len(line) + 1
        if line.strip():
            ends.append(pos)
    expected = min(ends[2], len(text)) if len(ends) >= 3 else len(text)
    assert _top(text) == expected


_TOPS = ("10/07/2024 - 20:53", "Thứ Bảy, 13/01/2024 - 11:05", "date 2022-08", "date: 2023-01-02")
_TOPS += ("\n", " ", "\t", "x", "21/09/2023 08:15", "Hà Nội")
_TOPS += ("12:05 | 28/11/2023", "Thứ Tư, 09-07-2025, 19:25", "Vinh, 4/10/2024 (TTXVN) - ", "\u00a0")


@SETTINGS
@given(st.lists(st.sampled_from(_TOPS), max_size=10).map("".join), st.integers(0, 80))
def test_line_start_search_is_the_plain_search(text: str, end: int) -> None:
    """Datelines and headers are tried only at the starts of lines holding
    a date separator or `date`; a plain search must find the same match."""
    end = min(end, len(text))
    separators = ("/", ".", "-")
    for pattern, needles in (
        (_DATELINE, separators),
        (_LEAD_DATELINE, separators),
        (_HEADER, ("date",)),
    ):
        found = _search_lines(pattern, text, end, needles)
        expected = pattern.search(text, 0, end)
        assert (found and found.span()) == (expected and expected.span())
