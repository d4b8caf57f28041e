"""Random texts made of pieces of a list of words, for the property tests
that check a fast look for words (one search, a few keys) against looking
for each word plainly."""

from __future__ import annotations

from hypothesis import strategies as st


def word_texts(words: tuple[str, ...]) -> st.SearchStrategy[str]:
    """Pieces of the words and whole ones run together with junk, so a text
    holds a word, only a piece of one (a shorter word inside a longer), or a
    word cut by a stretch's ends."""
    pieces = {w[:i] for w in words for i in range(1, len(w) + 1)}
    pieces |= {w[i:] for w in words for i in range(len(w))}
    junk = (" ", "x", "ế", "1", ",")
    return st.lists(st.sampled_from(sorted(pieces) + list(junk)), max_size=8).map("".join)
