"""`AnchoredPattern` finds exactly what a full `finditer` of its pattern finds.

The anchored scans replace whole-text `finditer`s for speed; any difference
would silently change which periods and meeting years are extracted, so the
equivalence is checked on text made of the words the patterns look for,
packed close together so that phrases touch, overlap and run into each other.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cds_desktop.extract.context import _ZONE_END, _clause_and_zone_ends
from cds_desktop.extract.dates import _CORE, _MONTH
from cds_desktop.extract.dating import _FROM_TO, _FROM_TO_REACH
from cds_desktop.extract.labels import _LABEL_END, _LABEL_HEAD, _LABEL_TAIL, _LABEL_TAIL_WORDS
from cds_desktop.extract.meetings import _PERIOD_PATTERN, _session_pattern
from cds_desktop.extract.numbers import NUMBER, _quantity_pattern
from cds_desktop.extract.periods import _COMPARISON, _phrase_pattern
from cds_desktop.extract.scan import AnchoredPattern, PhraseIndex, WholeWords
from cds_desktop.extract.tables import _CELL_GAP, _RUN
from cds_desktop.extract.text import _END, _IMAGE_LINE, image_lines
from cds_desktop.extract.vocab import vocabulary

_TOKENS = (
    "tháng",
    "quý",
    "ngày",
    "năm",
    "đến",
    "tới",
    "cuối",
    "hết",
    "đầu",
    "nửa",
    "nay",
    "so với",
    "cùng kỳ",
    "kế hoạch",
    "hoạt động",
    "i",
    "iv",
    "ii",
    "1",
    "6",
    "12",
    "30",
    "2023",
    "2024",
    "/",
    " ",
    " ",
    "-",
    ".",
    ";",
    "\n",
    "x",
    "ế",
    "a1",
    "_",
)
_TEXT = st.lists(st.sampled_from(_TOKENS), max_size=40).map("".join)


def _spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


def _same(anchored: AnchoredPattern, text: str, start: int, end: int) -> None:
    expected = _spans(anchored.pattern.finditer(text, start, end))
    assert _spans(anchored.finditer(text, start, end)) == expected


@settings(max_examples=400)
@given(_TEXT, st.integers(0, 20), st.integers(0, 20))
def test_period_phrases_as_full_scan(text: str, cut_start: int, cut_end: int) -> None:
    start = min(cut_start, len(text))
    end = max(start, len(text) - cut_end)
    _same(_phrase_pattern(), text, start, end)


@settings(max_examples=400)
@given(_TEXT)
def test_meeting_year_phrases_as_full_scan(text: str) -> None:
    _same(_PERIOD_PATTERN, text, 0, len(text))


def test_phrases_found_in_a_sentence() -> None:
    text = "6 tháng đầu năm 2024, so với cùng kỳ năm 2023; quý ii/2024 và đến hết năm 2025"
    assert [m.group() for m in _PERIOD_PATTERN.finditer(text)] == [
        "6 tháng đầu năm 2024",
        "so với cùng kỳ năm 2023",
        "quý ii/2024",
        "đến hết năm 2025",
    ]
    assert [m.group() for m in _phrase_pattern().finditer(text)] == [
        "6 tháng đầu năm 2024",
        "năm 2023",
        "quý ii/2024",
        "hết năm 2025",
    ]


def test_a_match_needing_an_unlisted_start_is_missed() -> None:
    """The contract is the caller's: a pattern whose matches can start away
    from every anchor loses them, which is why the offsets must be right."""
    anchored = AnchoredPattern(re.compile(r"\d tháng"), ("tháng",), {})
    assert list(anchored.finditer("6 tháng")) == []
    shifted = AnchoredPattern(re.compile(r"\d tháng"), ("tháng",), {"tháng": (-2,)})
    assert [m.group() for m in shifted.finditer("6 tháng")] == ["6 tháng"]


_WORDS = ("mục tiêu", "chỉ tiêu", "dự báo", "này", "con số này", "kế hoạch đề ra")
_WORDY = st.lists(
    st.sampled_from((*_WORDS, " ", "x", "_", "1", "ế", ",", "\n", "mục", "tiêu")), max_size=30
).map("".join)


@settings(max_examples=400)
@given(_WORDY, st.integers(0, 10), st.integers(0, 10))
def test_whole_words_as_look_behind_pattern(text: str, cut_start: int, cut_end: int) -> None:
    alternation = "|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True))
    plain = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
    words = WholeWords(alternation)
    start = min(cut_start, len(text))
    end = max(start, len(text) - cut_end)
    assert [m.span() for m in words.finditer(text, start, end)] == [
        m.span() for m in plain.finditer(text, start, end)
    ]
    found, expected = words.search(text, start, end), plain.search(text, start, end)
    assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=300)
@given(_WORDY)
def test_phrase_index_holds_what_whole_words_find_in_every_slice(text: str) -> None:
    # Every stretch of the text, as find_figures asks for each sentence:
    # phrases touching, overlapping and crossing the stretch's edges.
    index = PhraseIndex(text, _WORDS)
    words = WholeWords("|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True)))
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            expected = words.search(text[start:end]) is not None
            assert index.holds(start, end) == expected, (text, start, end)


def test_phrase_index_refuses_an_empty_phrase() -> None:
    with pytest.raises(ValueError):
        PhraseIndex("abc", ("a", ""))


def test_whole_words_skip_a_word_inside_another() -> None:
    words = WholeWords("này")
    assert [m.start() for m in words.finditer("nàynày này")] == [7]


_PUNCTUATED = st.text(alphabet=".;:(,!?…\"'”’») \n\tAaĐ1", max_size=40)


@settings(max_examples=400)
@given(_PUNCTUATED)
def test_character_class_openings_match_the_plain_forms(text: str) -> None:
    """The clause, zone and sentence ends are written to open on a character
    class for speed; they must find what the plain alternations find."""
    pairs = (
        (_ZONE_END, r"[;:(]|[,.]\s"),
        (_END, r"(?:\.{3}|[.!?…])[\"'”’»)\]]*(?=\s+[\"“‘(\[]?[0-9A-ZÀ-ỸĐÐ])"),
    )
    for fast, plain in pairs:
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in re.finditer(plain, text)
        ]


@settings(max_examples=300)
@given(st.text(alphabet="0123456789%- \t,.x", max_size=60))
def test_table_prefilter_keeps_every_run(text: str) -> None:
    """A flattened-table run always holds a cell gap (`%`/`-`, blanks, digit),
    so counting gaps first never hides a table."""
    runs = list(_RUN.finditer(text))
    assert len(_CELL_GAP.findall(text)) >= len(runs)


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(("lên", "xuống", " mức", "từ", " ", "\n", "x", "ế", "5")), max_size=12)
)
def test_from_to_found_near_the_end_as_anywhere(pieces: list[str]) -> None:
    before = "".join(pieces)
    near = _FROM_TO.search(before, max(0, len(before.rstrip()) - _FROM_TO_REACH))
    anywhere = _FROM_TO.search(before)
    assert (near and near.span()) == (anywhere and anywhere.span())


_NUMBERISH = ("1", "12", "123", ".", ",", "/", ":", "-", " ", "%", " tỷ", " triệu", " đồng")
_NUMBERISH += ("lần", "x", "ế", "_", "\n", "1.000", ",5", "2.416/3.924")


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_NUMBERISH), max_size=20).map("".join))
def test_quantity_pattern_opening_on_a_digit_matches_the_plain_form(text: str) -> None:
    """The quantity pattern opens on `\\d` with its look-behinds shifted one
    character for speed; it must find what the plain form (look-behinds
    first, then `NUMBER`) finds, with the same groups."""
    vocab = vocabulary()
    scale = "|".join(re.escape(w) for w in sorted(vocab.scale, key=len, reverse=True))
    unit = "|".join(re.escape(w) for w in sorted(vocab.units, key=len, reverse=True))
    plain = re.compile(
        rf"(?<![\w])(?<!\d[.,/:\-])(?<![^\W\d_]-)(?P<num>{NUMBER})(?:/(?P<den>{NUMBER}))?"
        rf"(?![.,/:\-]?\d)(?P<scale>(?:\s*(?:{scale})(?!\w))*)(?:\s*(?P<unit>{unit})(?!\w))?"
    )
    assert _spans(_quantity_pattern().finditer(text)) == _spans(plain.finditer(text))


_COMPARING = ("so với", "lần", "cùng kỳ", "cuối", "năm", "2023", "12", " ", "x", "ế", "\n")


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_COMPARING), max_size=30).map("".join))
def test_comparison_phrases_as_full_scan(text: str) -> None:
    _same(_COMPARISON, text, 0, len(text))


_MARKDOWN = ("![", "](", "]", ")", "(", "\n", " ", "\t", "a", "!", "[", "http://x/2024_01_02")


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_MARKDOWN), max_size=30).map("".join))
def test_image_lines_as_full_scan(text: str) -> None:
    """Image lines are looked for only on lines holding `![`; a whole-text
    scan of the image-line pattern must find the same lines."""
    expected = [(m.start(), m.end()) for m in _IMAGE_LINE.finditer(text)]
    assert [(i.start, i.end) for i in image_lines(text)] == expected


_TAILS = ("đạt", "là", "tỷ lệ", "lệ", "so với", "với", "ít nhất", "nhất", "x", " ", "\n", "\t", ",")
_TAILS += ("Của", "VÀ", "so", "trong")


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_TAILS), max_size=12).map("".join))
def test_label_tail_matches_only_words_ending_on_a_tail_word(words: str) -> None:
    """A label is tried with the tail pattern only when it ends on a tail word."""
    if _LABEL_TAIL.search(words) is not None:
        assert words.rstrip().endswith(_LABEL_TAIL_WORDS)


_DATEISH = ("1", "12", "2024", "/", ".", "-", ",", " tháng ", " năm ", " ", "x", "\n")
_TWO_FORMS = re.compile(
    r"(?:(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?:(?P=sep)(?P<y>\d{4}))?"
    r"(?![\d/]|[.,-]\d)"
    r"|(?P<d2>\d{1,2}) tháng (?P<m2>\d{1,2})(?: năm (?P<y2>\d{4}))?(?!\d))"
)


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_DATEISH), max_size=20).map("".join))
def test_date_core_opening_on_the_day_as_its_two_forms(text: str) -> None:
    """The date pattern writes the day once, before both forms, for speed;
    it must find what the two forms written out in full find."""
    found = [
        (m.span(), m["day"], m["m"] or m["m2"], m["y"] or m["y2"]) for m in _CORE.finditer(text)
    ]
    expected = [
        (m.span(), m["d"] or m["d2"], m["m"] or m["m2"], m["y"] or m["y2"])
        for m in _TWO_FORMS.finditer(text)
    ]
    assert found == expected


_SESSIONS = ("phiên", "họp", "cuộc", "phiên họp", "lần", "thứ", "định kỳ", "đầu tiên", "tám", "ix")
_SESSIONS += ("10", "3", " ", " ", "x", "\n")


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_SESSIONS), max_size=30).map("".join))
def test_session_phrases_as_full_scan(text: str) -> None:
    _same(_session_pattern(), text, 0, len(text))


@settings(max_examples=400)
@given(_PUNCTUATED, st.integers(0, 40), st.integers(0, 40))
def test_clause_and_zone_ends_from_one_scan(text: str, lo: int, hi: int) -> None:
    """Clause ends are taken from the zone-end scan; they must be what a scan
    for clause ends alone finds, in any stretch of the text."""
    lo, hi = sorted((min(lo, len(text)), min(hi, len(text))))
    clauses, zones = _clause_and_zone_ends(text, lo, hi)
    assert clauses == [m.span() for m in re.compile(r"[;:(]|\.\s").finditer(text, lo, hi)]
    assert zones == [m.span() for m in re.compile(r"[;:(]|[,.]\s").finditer(text, lo, hi)]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_TAILS), max_size=12).map("".join))
def test_label_endings_opening_on_a_blank_match_the_plain_forms(words: str) -> None:
    """The label-ending patterns open on a blank for speed; they must match
    where the plain `(?:\\s+(?:...))+` forms match."""
    plain_tail = re.compile(rf"(?:\s+(?:{'|'.join(_LABEL_TAIL_WORDS)}))+\s*$")
    plain_end = re.compile(r"(?:\s+(?:và|chiếm|đạt|là|với|của|trong|so))+$", re.I)
    for fast, plain in ((_LABEL_TAIL, plain_tail), (_LABEL_END, plain_end)):
        found, expected = fast.search(words), plain.search(words)
        assert (found and found.span()) == (expected and expected.span())


_MONTHS = ("tháng ", "tháng", "11", "6", "/", " năm ", "2023", "x", " ", "ế", "_", "\n")


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_MONTHS), max_size=20).map("".join), st.integers(0, 10))
def test_month_pattern_opening_on_its_word_as_the_plain_form(text: str, pos: int) -> None:
    plain = re.compile(r"(?<!\w)tháng (?P<m>\d{1,2})(?:/| năm )(?P<y>\d{4})(?!\d)")
    pos = min(pos, len(text))
    assert _spans(_MONTH.finditer(text, pos)) == _spans(plain.finditer(text, pos))


_HEADS = ("trong đó", "Theo đó", "và", "có", "đã", "với", "gồm", " ", "  ", "x", "vàng", "đó", ",")


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_HEADS), max_size=10).map("".join))
def test_label_head_taken_by_one_match_at_the_start(words: str) -> None:
    """`_trim` takes the leading fillers off by one `match` instead of a `sub`
    that tried the `^` pattern at every character; it must leave the same."""
    head = _LABEL_HEAD.match(words)
    assert (words[head.end() :] if head else words) == _LABEL_HEAD.sub("", words)
