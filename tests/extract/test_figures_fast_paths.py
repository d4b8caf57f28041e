"""The combined forms in `cues.py` and `labels.py` decide what the plain rules they
replaced decide, for any words before a number: each decides whether a
number is a figure, or its kind, cue or qualifier, so a difference would
change what is extracted."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from cds_desktop.extract.cues import (
    _DESCRIPTIVE_GAP,
    _QUALIFIER_GAP,
    _change_gap,
    _rank_source,
    alt,
    patterns,
    reversed_alt,
    suffix,
)
from cds_desktop.extract.labels import _BLANKS, _LABEL_TAIL, _LABEL_TAIL_WORDS, _without_tail
from cds_desktop.extract.numbers import NUMBER
from cds_desktop.extract.scope import _name_alternatives
from cds_desktop.extract.scope import _names as _province_names
from cds_desktop.extract.tables import _RUN
from cds_desktop.extract.vocab import vocabulary

_V = vocabulary()
_RULE_WORDS = (*_V.rank, *_V.not_before, *_V.comparison_base, *_V.descriptive)
_AROUND_WORDS = (*_V.qualifiers, *_V.change, *_V.change_gap, "là", "đạt", "có")


def _plain_alt(words: tuple[str, ...]) -> str:
    """The words as the flat longest-first alternation `alt` stands for."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_JUNK = (" ", "  ", "\n", "x", "ế", "1", ",", "(", "_", "thứ", "số")


def _before(words: tuple[str, ...]) -> st.SearchStrategy[str]:
    """Junk, then a few of `words` (the rules read the end), run together or
    one blank apart, then blanks or junk before the number."""
    return st.builds(
        lambda head, sep, body, tail: "".join(head) + sep + sep.join(body) + tail,
        st.lists(st.sampled_from((*words, *_JUNK)), max_size=6),
        st.sampled_from(("", " ", "  ")),
        st.lists(st.sampled_from(words), max_size=4),
        st.sampled_from(("", " ", "\n", "x", " (")),
    )


def _ending(pattern: re.Pattern[str], reverse: str, pos: int = 0) -> tuple[int, str] | None:
    """The plain rule: where in `reverse` the words end, and which (read forwards)."""
    m = pattern.match(reverse, pos)
    return None if m is None else (m.end("w"), m["w"][::-1])


def test_rule_words_hold_no_outer_blanks() -> None:
    """The combined patterns find the words the plain ones find only if no
    word opens or ends on a blank (a shorter leading `\\s*` is never tried)."""
    assert all(w == w.strip() and w for w in (*_RULE_WORDS, *_AROUND_WORDS))


@settings(max_examples=600)
@given(_before(_RULE_WORDS))
def test_before_rules_decide_as_the_four_plain_rules(before: str) -> None:
    reverse = before[::-1]
    rank = _ending(re.compile(rf"\s*(?P<w>{_rank_source(_V)})(?!\w)"), reverse)
    plain_rejected = (
        (rank is None and _ending(suffix(_V.not_before), reverse) is not None)
        or _ending(suffix(_V.comparison_base), reverse) is not None
        or _ending(suffix(_V.descriptive, _DESCRIPTIVE_GAP), reverse) is not None
    )
    m = patterns().before_rules.match(reverse)
    combined_rank = m["rank"][::-1] if m and m["rank"] else None
    assert combined_rank == (rank[1] if rank else None)
    if combined_rank is None:
        assert (m is not None) == plain_rejected


@settings(max_examples=600)
@given(_before(_AROUND_WORDS))
def test_qualifier_then_change_as_two_plain_matches(before: str) -> None:
    reverse = before[::-1]
    qualifier = _ending(suffix(_V.qualifiers, _QUALIFIER_GAP), reverse)
    change = _ending(suffix(_V.change, _change_gap(_V)), reverse, qualifier[0] if qualifier else 0)
    m = patterns().qualifier_then_change.match(reverse)
    assert m is not None
    assert (m["q"] and m["q"][::-1]) == (qualifier[1] if qualifier else None)
    assert (m["c"] and m["c"][::-1]) == (change[1] if change else None)


_PLAIN_RUN = re.compile(rf"(?<![\w%])(?:(?:{NUMBER}%|-)[ \t]+)+{NUMBER}%(?!\w)")


@settings(max_examples=600)
@given(
    st.lists(
        st.sampled_from(
            ("1", "75", "71,75", "1.000", "1.0000", "%", "-", " ", "\t", "x", ".", ",")
        ),
        max_size=30,
    ).map("".join),
    st.integers(0, 5),
)
def test_table_runs_as_the_look_behind_pattern(text: str, start: int) -> None:
    """The table's run pattern, opening on its first character, finds the
    runs the plain pattern (opening on its look-behind) finds."""
    assert [m.span() for m in _RUN.finditer(text, start)] == [
        m.span() for m in _PLAIN_RUN.finditer(text, start)
    ]


def test_blanks_are_every_character_a_regex_blank_matches() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert "".join(re.findall(r"\s", every)) == _BLANKS


_TAIL_PIECES = (*_LABEL_TAIL_WORDS, " ", "  ", "\u00a0", "\n", "x", "nhất", "số", "đã", ",", "(")


@settings(max_examples=600)
@given(
    st.lists(st.sampled_from(_TAIL_PIECES), max_size=6),
    st.sampled_from(("", " ", "\u2003")),
    st.lists(st.sampled_from(_LABEL_TAIL_WORDS), max_size=4),
    st.sampled_from(("", " ", "\n", " \n", "x")),
)
def test_label_tail_taken_off_as_the_plain_sub(
    head: list[str], sep: str, tail: list[str], end: str
) -> None:
    words = "".join(head) + sep + sep.join(tail) + end
    assert _without_tail(words) == _LABEL_TAIL.sub("", words)


_AFTER_WORDS = (*_V.count_nouns, *_V.meeting_nouns, *_V.not_after, *_V.describing)
_AFTER_PIECES = (*_AFTER_WORDS, "/QĐ-TTg", "-NQ", "/", "-", "/5", "QĐ", " ", "\n", "x", "1", ",")


@settings(max_examples=600)
@given(
    st.sampled_from(("", " ", "  ", "\n")),
    st.lists(st.sampled_from(_AFTER_PIECES), max_size=5).map(" ".join),
    st.integers(0, 8),
)
def test_words_after_a_number_decide_as_the_plain_rules(lead: str, words: str, cut: int) -> None:
    """The rules on the words after a number, combined, rule it out and find
    its counted noun as the plain patterns do, with the sentence ending
    anywhere (`cut` characters before the text's end)."""
    text = "5" + lead + words
    end = max(1, len(text) - cut)
    plain_noun = re.compile(rf"\s*(?P<n>{_plain_alt(_V.count_nouns)})(?!\w)").match(text, 1, end)
    plain_out = bool(
        re.compile(r"[/\-][^\W\d_]").match(text, 1, end)
        or re.compile(rf"\s*(?:{_plain_alt(_V.meeting_nouns)})(?!\w)").match(text, 1, end)
    )
    m = patterns().unit_free_after.match(text, 1, end)
    assert (m is not None and m["n"] is None) == plain_out
    if not plain_out:
        assert (m and m.span("n"), m and m.end()) == (
            plain_noun and plain_noun.span("n"),
            plain_noun and plain_noun.end(),
        )
    not_after = re.compile(rf"\s*(?:{_plain_alt(_V.not_after)})(?!\w)").match(text, 1)
    describing = patterns().describing.match(text, 1)
    combined = patterns().not_after_or_describing.match(text, 1)
    assert (combined is not None) == bool(not_after or describing)


_NAMES = sorted(_province_names())
_NAME_PIECES = (*_NAMES, *{w for n in _NAMES for w in n.split()}, " ", ",", "x", "tỉnh ")
_PLAIN_NAMES = re.compile(
    rf"(?:{'|'.join(re.escape(n) for n in sorted(_NAMES, key=len, reverse=True))})(?!\w)"
)


@settings(max_examples=600)
@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=6).map("".join))
def test_province_trie_matches_as_the_longest_first_alternation(text: str) -> None:
    """The province names written as a trie find, at every position, the
    spelling the plain longest-first list finds."""
    trie = re.compile(rf"(?:{_name_alternatives()})(?!\w)")
    for pos in range(len(text) + 1):
        want, got = _PLAIN_NAMES.match(text, pos), trie.match(text, pos)
        assert (got and got.group()) == (want and want.group())


_WORD_LISTS = (_V.count_nouns, _V.meeting_nouns, _V.not_after, _V.not_before, _V.qualifiers)
_LIST_PIECES = tuple(sorted({p for ws in _WORD_LISTS for w in ws for p in (w, w[: len(w) // 2])}))


@settings(max_examples=600)
@given(
    st.sampled_from(_WORD_LISTS),
    st.lists(st.sampled_from((*_LIST_PIECES, " ", "x", ",")), max_size=5).map("".join),
)
def test_word_trie_matches_as_the_longest_first_alternation(
    words: tuple[str, ...], text: str
) -> None:
    """A word list written as a trie finds, at every position, the word the
    flat longest-first list finds, forwards and on reversed text."""
    pairs = (
        (alt(words), _plain_alt(words)),
        (reversed_alt(words), _plain_alt(tuple(w[::-1] for w in words))),
    )
    for trie_source, plain_source in pairs:
        trie = re.compile(rf"(?:{trie_source})(?!\w)")
        plain = re.compile(rf"(?:{plain_source})(?!\w)")
        for subject in (text, text[::-1]):
            for pos in range(len(subject) + 1):
                want, got = plain.match(subject, pos), trie.match(subject, pos)
                assert (got and got.group()) == (want and want.group())
