"""The cheap looks that spare a search in the newer rules (round 6 of
docs/extraction.md) decide what the plain searches decided: a look that
missed a match would change what is extracted."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cds_desktop.extract import cues, dating, drafting, scope
from cds_desktop.extract.vocab import vocabulary

_V = vocabulary()
_BACK_WORDS = (*_V.scope_back_references, *_V.scope_back_reference_subjects)
_PIECES = (
    *_BACK_WORDS,
    *_V.scope_kinds,
    *_V.scope_back_reference_not_after,
    *_V.growth,
    *_V.now,
    *_V.now_not_after,
    *_V.others,
    *_V.others_not,
    *_V.attending,
    "hà nội",
    "sóc trăng",
    "63",
    "doanh nghiệp",
    "tăng",
    "hiện",
    " ",
    ", ",
    "; ",
    ": ",
    ". ",
    ".",
    "(",
    "a",
)
_texts = st.lists(st.sampled_from(_PIECES), max_size=14).map(" ".join)


def _plain_refers_back(sentence: str) -> bool:
    return any(w in sentence for w in _BACK_WORDS) and (
        scope._back_reference().search(sentence) is not None
    )


def test_every_back_reference_word_holds_a_key() -> None:
    keys = scope._back_reference_keys()
    assert len(keys) < len(_BACK_WORDS)
    assert all(any(k in w for k in keys) for w in _BACK_WORDS)


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_refers_back_as_the_plain_search(sentence: str) -> None:
    assert (scope._back_reference_in(sentence) is not None) == _plain_refers_back(sentence)


@settings(max_examples=400, deadline=None)
@given(_texts, st.integers(0, 200), st.integers(0, 200))
def test_clause_end_as_the_class_form(text: str, pos: int, end: int) -> None:
    plain = re.compile(r"[;:(]|\.\s").search(text, pos, end)
    fast = drafting._CLAUSE_END.search(text, pos, end)
    assert (fast and fast.span()) == (plain and plain.span())


def _plain_growth_rate(folded: str, sentence_start: int, start: int) -> str | None:
    growth = cues.patterns().growth
    if growth.search(folded, sentence_start, start) is None:
        return None
    clause = max(folded.rfind(c, sentence_start, start) for c in ",;:(") + 1
    m = growth.search(folded, max(clause, sentence_start), start)
    return None if m is None else m.group(0)


@settings(max_examples=400, deadline=None)
@given(_texts, st.integers(0, 20), st.integers(0, 200))
def test_growth_rate_as_the_plain_search(text: str, start: int, end: int) -> None:
    assert drafting._growth_rate(text, start, end) == _plain_growth_rate(text, start, end)


@settings(max_examples=400, deadline=None)
@given(_texts, st.integers(0, 20), st.integers(0, 200))
def test_said_now_only_where_a_word_of_now_stands(text: str, start: int, end: int) -> None:
    """`_SentenceView.says_now` skips `_said_now` in a sentence without one."""
    if dating._now_ends(text, start, end, []):
        assert any(w in text[start:end] for w in _V.now)


@settings(max_examples=400, deadline=None)
@given(_texts, st.integers(0, 20), st.integers(0, 200))
def test_others_match_only_where_its_word_stands(text: str, start: int, end: int) -> None:
    """`_background_count` looks for the words of `others` before the match."""
    if drafting._count_rules().others.match(text, start, end) is not None:
        assert any(w in text[start:end] for w in _V.others)


@settings(max_examples=400, deadline=None)
@given(_texts, st.integers(0, 20), st.integers(0, 200))
def test_attending_found_only_where_its_word_stands(text: str, start: int, end: int) -> None:
    """`_background_count` looks for the words of `attending` before the search."""
    if drafting._count_rules().attending.search(text, start, end) is not None:
        assert any(w in text[start:end] for w in _V.attending)


def test_every_growth_word_holds_the_scanned_word() -> None:
    """`_draft` scans for `growth_word` alone before asking `_growth_rate`:
    a growth word without it would be missed."""
    word = cues.patterns().growth_word
    assert word
    assert all(word in w for w in _V.growth)


def test_words_sharing_no_word_are_scanned_for_each() -> None:
    """Without a shared word the scan is for '', which every text holds."""
    assert cues._common_word(("kiến nghị", "đề xuất")) == ""
    assert cues._common_word(("tốc độ tăng", "mức tăng trưởng")) == "tăng"
    assert cues._common_word(()) == ""
