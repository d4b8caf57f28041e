"""The drafting rules look for a few words with one `re` search where they
looked for each word plainly (`in`): the search must find a word exactly
where one of the words stands, in the same stretch of the text, or a
number would be ruled out or given its kind differently."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cds_desktop.extract import cues
from cds_desktop.extract.drafting import _count_rules
from cds_desktop.extract.vocab import vocabulary
from tests.extract.word_texts import word_texts

_V = vocabulary()
_REQUEST_HEADS = tuple({" ".join(w.split()[:2]) for w in _V.requesting})
# Each search, and the words it stands for.
_SEARCHES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (cues.patterns().kind_key, cues.kind_keys()),
    (_count_rules().requesting_head, _REQUEST_HEADS),
    (_count_rules().after_word, (*_V.attending, *_V.others)),
)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_search_finds_a_word_exactly_where_one_stands(data: st.DataObject) -> None:
    for search, words in _SEARCHES:
        text = data.draw(word_texts(words))
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text) + 2))
        plain = any(map(text[start:end].__contains__, words))
        assert (search.search(text, start, end) is not None) == plain


def test_the_request_heads_are_fewer_than_the_requests() -> None:
    """The point of looking for the heads first: one for several requests."""
    assert len(_REQUEST_HEADS) < len(_V.requesting)
