"""The shortcuts of figure resolution (`cues.py`) answer what the plain
forms they stand for answer: a difference would change a figure's kind or
period."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cds_desktop.extract import cues
from cds_desktop.extract.vocab import vocabulary
from tests.extract.word_texts import word_texts

_V = vocabulary()
_WORD_LISTS = (cues.kind_words(), _V.now)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_text_holds_a_key_exactly_when_it_holds_a_word(data: st.DataObject) -> None:
    for words in _WORD_LISTS:
        text = data.draw(word_texts(words))
        keys = cues._keys(words)
        assert any(k in text for k in keys) == any(w in text for w in words)


def test_the_keys_are_fewer_than_the_words() -> None:
    """The point of `_keys`: the kind cues and the words of now hold words
    that hold others (`phải đạt`, `hiện nay`)."""
    assert len(cues.kind_keys()) < len(cues.kind_words())
    assert len(cues.now_keys()) < len(_V.now)
    assert set(cues.kind_keys()) <= set(cues.kind_words())
