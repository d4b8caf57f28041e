"""The combined forms in `figures.py` decide what the plain rules they
replaced decide, for any words before a number: each decides whether a
number is a figure, so a difference would change what is extracted."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cds_desktop.extract.figures import _patterns, _suffix
from cds_desktop.extract.vocab import vocabulary

_V = vocabulary()
_RULE_WORDS = (*_V.rank, *_V.not_before, *_V.comparison_base, *_V.descriptive)
_PIECES = (*_RULE_WORDS, " ", "  ", "\n", "x", "ế", "1", ",", "(", "_", "thứ", "số")
_BEFORE = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


def test_rule_words_hold_no_outer_blanks() -> None:
    """The combined pattern reports the rank phrase the plain one finds only
    if no word opens or ends on a blank (see `_before_rules`)."""
    assert all(w == w.strip() and w for w in _RULE_WORDS)


@settings(max_examples=600)
@given(_BEFORE)
def test_before_rules_decide_as_the_four_plain_rules(before: str) -> None:
    reverse = before[::-1]
    rank = _suffix(_V.rank).find(reverse)
    plain_rejected = (
        (rank is None and _suffix(_V.not_before).find(reverse) is not None)
        or _suffix(_V.comparison_base).find(reverse) is not None
        or _suffix(_V.descriptive, gap=r"(?:\w+\s+)?").find(reverse) is not None
    )
    m = _patterns().before_rules.match(reverse)
    combined_rank = m["rank"][::-1] if m and m["rank"] else None
    assert combined_rank == (rank[1] if rank else None)
    if combined_rank is None:
        assert (m is not None) == plain_rejected
