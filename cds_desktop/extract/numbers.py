"""Vietnamese-formatted quantities: `1.418` is 1418, `10,41%` is 10.41 %,
`1,5 tỷ` is 1.5e9, `6.056 tỷ đồng` is money, `2.416/3.924` a ratio.

The quantity pattern runs over the folded text (same length as the shown
text), so its offsets are offsets into the article.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from cds_desktop.extract.vocab import vocabulary
from cds_desktop.extract.vocabulary import folded_words, toml_resource

# `.` groups thousands only in groups of three; `,` is the decimal mark.
NUMBER = r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?"
# `NUMBER` after its first digit, tried in the same order (`\d{1,3}` is a
# digit and `\d{0,2}`, `\d+` a digit and `\d*`), so it matches the same text.
_NUMBER_TAIL = r"(?:\d{0,2}(?:\.\d{3})+|\d*)(?:,\d+)?"
_NUMBER_FULL = re.compile(NUMBER)
# A decimal digit (`\d`), written so that `re` finds it faster. To skip to
# where a pattern may start, `re` tests each character against the pattern's
# opening class; for `\d` that is a Unicode category look-up, for a class of
# code-point ranges a bitmap look-up, which makes the number scan of an article
# ~25% faster. The class leaves out ranges that hold no decimal digit and
# most of what articles are made of (ASCII but `0-9`, Latin to Arabic letters
# up to U+065F, the toned Vietnamese letters, general punctuation); the
# look-behind then keeps only digits (tests/extract/test_catalogue_and_number_paths.py
# checks every code point).
_DIGIT = r"[^\x00-/:-\u065f\u1e00-\u1eff\u2000-\u206f](?<=\d)"


def parse_number(token: str) -> float | None:
    """The value of one Vietnamese-formatted number, or None when `token` is not one.

    Strict on purpose: `1418.5` (an English decimal) is not read as 14185.
    """
    token = token.strip()
    if not _NUMBER_FULL.fullmatch(token):
        return None
    value = float(exact_value(token))
    return value if math.isfinite(value) else None


def exact_value(token: str) -> Decimal:
    """A Vietnamese-formatted number (`1.418`, `62,3`) as an exact `Decimal`."""
    return Decimal(token.replace(".", "").replace(",", "."))


class Quantity(NamedTuple):
    """A number as written, with what the characters around it say about it.

    A named tuple, not a frozen dataclass: every number of every article
    makes one, and a tuple is built in a third of the time."""

    start: int
    end: int  # end of the number, its scale words and its unit
    number: float  # as written, before scale
    value: float  # scale applied
    unit: str | None  # a measurement unit from the vocabulary (`%`, `đồng`, `lần`)
    denominator: float | None  # `a/b`
    num_end: int  # end of the digits (and denominator) alone


# `Quantity(...)` goes through the named tuple's generated `__new__` (~0.5 us);
# the tuple constructor itself, given the fields in order, makes the same
# object in a third of that, for every number of every article.
_make_quantity = tuple.__new__


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _quantity_pattern() -> re.Pattern[str]:
    vocab = vocabulary()
    scale = _alternation(tuple(vocab.scale))
    unit = _alternation(tuple(vocab.units))
    not_unit = _alternation(vocab.not_units)
    return re.compile(
        # Opening on a digit (the look-behinds come after it) lets `re` skip
        # to digits instead of trying the pattern at every position.
        # Not inside a word, a date or time (`24/4`, `20:53`), or a code (`COVID-19`).
        rf"(?P<num>{_DIGIT}(?<!\w\d)(?<!\d[.,/:\-]\d)(?<![^\W\d_]-\d){_NUMBER_TAIL})"
        rf"(?:/(?P<den>{NUMBER}))?"
        rf"(?![.,/:\-]?\d)"
        # Not possessive (`*+`, `?+`), though nothing after them can fail:
        # Debian 12's Python 3.11.2 matches a possessive group wrongly (it
        # reads `1%1` as one quantity; fixed in later 3.11 releases).
        rf"(?P<scale>(?:\s*(?:{scale})(?!\w))*)"
        rf"(?:\s*(?!(?:{not_unit})(?!\w))(?P<unit>{unit})(?!\w))?"
    )


def scale_factor(words: str) -> float:
    """The product of the scale words in `words` (`nghìn tỷ` = 1e12); 1 with none."""
    return float(_factor(words))


@cache
def _scale_decimals() -> dict[str, Decimal]:
    """Each scale word's factor as a `Decimal`, converted once rather than at
    every scaled number."""
    return {word: Decimal(factor) for word, factor in vocabulary().scale.items()}


_ONE = Decimal(1)


def _factor(words: str) -> Decimal:
    factors = _scale_decimals()
    factor = _ONE
    for word in words.split():
        factor *= factors.get(word, _ONE)
    return factor


def find_quantities(folded: str) -> list[Quantity]:
    """Every quantity in a folded text, in order. Never raises.

    Every article's every number passes here, so the loop reads the match
    once: its groups in order (`num`, `den`, `scale`, `unit`) and its span;
    the match ends where its unit or scale words end, and the digits end
    where the scale group starts."""
    units = vocabulary().units
    out = []
    for m in _quantity_pattern().finditer(folded):
        token, den_token, scale, unit_word = m.groups()
        number = float(token.replace(".", "").replace(",", "."))
        den = float(den_token.replace(".", "").replace(",", ".")) if den_token else None
        # A scale word is applied in decimal, so `16,4 tỷ` is exactly 1.64e10.
        value = float(exact_value(token) * _factor(scale)) if scale else number
        if not (
            math.isfinite(number)
            and (not scale or math.isfinite(value))
            and (den is None or math.isfinite(den))
        ):
            # Hundreds of digits in a row: no one wrote that as a figure, and
            # no float holds it (it would be stored and exported as Infinity).
            continue
        start, end = m.span()
        # Looked at here first: a call for every number cost more than the
        # rest of the test, and few numbers follow a `-`.
        if start and folded[start - 1] == "-" and _minus_before(folded, start):
            # `đạt -5%`: the sign is part of the figure as written.
            start, number, value = start - 1, -number, -value
        unit = units.get(unit_word) if unit_word else None
        out.append(
            _make_quantity(Quantity, (start, end, number, value, unit, den, m.start("scale")))
        )
    return out


def _minus_before(folded: str, start: int) -> bool:
    """A minus sign written against the number and standing free (`đạt -5%`),
    not a hyphen joining words or a range (`2021-2025`, `COVID-19`)."""
    return (
        start >= 1
        and folded[start - 1] == "-"
        and (start == 1 or folded[start - 2].isspace() or folded[start - 2] in "(:")
    )


# One word after blanks in folded text (where every space is ` `); a comma or
# any other mark ends the run of words.
_WORD = re.compile(r" *([^\W\d_]+)")
_NOUN_WORDS = 4  # the longest phrase `counted_noun` takes: a two-word head and two words


@cache
def _listed_noun() -> re.Pattern[str]:
    return re.compile(rf" *(?P<n>{_alternation(vocabulary().count_nouns)})(?!\w)")


@cache
def _date_lead() -> re.Pattern[str]:
    return re.compile(rf"(?:\(|(?<!\w)(?:{_alternation(vocabulary().date_before)})) *$")


def _words(folded: str, pos: int, end: int) -> list[tuple[int, int]]:
    """The spans of the words that follow `pos` with only blanks between
    them, at most `_NOUN_WORDS`."""
    spans: list[tuple[int, int]] = []
    while len(spans) < _NOUN_WORDS:
        m = _WORD.match(folded, pos, end)
        if m is None:
            break
        spans.append(m.span(1))
        pos = m.end()
    return spans


def counted_noun(text: str, folded: str, pos: int, end: int) -> str:
    """What a count at `pos` counts when no listed noun follows it, as
    written: the noun phrase up to `end` (`45.200 đối tượng được hỗ trợ`
    counts `đối tượng`), or '' when none follows.

    Vietnamese marks no word ends, so the phrase is bounded by what the
    vocabulary knows (`[counts]` in figures.toml): a listed noun after `số`
    (`2/3 số xã`), a collective head and the two words after it (`nhóm
    tiện ích`), else at most two syllables, as the one-syllable nouns of
    the genre are listed; it stops before a function word (`phrase_ends`)
    and before a capital (a name)."""
    vocab = vocabulary()
    words = _words(folded, pos, end)
    if len(words) > 1 and folded[words[0][0] : words[0][1]] == "số":
        listed = _listed_noun().match(folded, words[0][1], end)
        if listed is not None:
            return text[listed.start("n") : listed.end("n")]
        words = words[1:]
    if not words or folded[words[0][0] : words[0][1]] in vocab.phrase_ends:
        return ""
    size = 2
    for n in (2, 1):
        if len(words) > n and folded[words[0][0] : words[n - 1][1]] in vocab.noun_heads:
            size = n + 2
            break
    taken = words[:1]
    for a, b in words[1:size]:
        if folded[a:b] in vocab.phrase_ends or text[a].isupper():
            break
        taken.append((a, b))
    return text[taken[0][0] : _compound_end(folded, taken, end)]


@cache
def _compound() -> re.Pattern[str]:
    """One of `[counts] compounds` (`tấn công mạng`, `lõm sóng`) as whole words."""
    words = toml_resource("figures.toml")["counts"]["compounds"]
    return re.compile(rf"(?:{_alternation(folded_words(words))})(?!\w)")


def _compound_end(folded: str, taken: list[tuple[int, int]], end: int) -> int:
    """Where the counted noun of the words `taken` ends: after the last of
    them, unless a known compound noun opens at one of them and runs past
    it (`12.400 cuộc tấn công mạng` is no `cuộc tấn`, `312 xóm lõm sóng`
    no `xóm lõm`): the compound is the noun's and is taken whole."""
    last = taken[-1][1]
    for a, _ in taken:
        m = _compound().match(folded, a, end)
        if m is not None and m.end() > last:
            return m.end()
    return last


def counts_something(text: str, folded: str, start: int, num_end: int) -> bool:
    """Whether the `a/b` at `start` (digits ending at `num_end`) is a ratio
    by its neighbours, where its digits could be a day and a month too: no
    date word or `(` leads it (`sáng 9/10`, `đến 30/6`, `(5/7)`), and a
    lower-case word that is not a function word follows it (`3/5 chỉ tiêu`,
    `2/3 số xã`)."""
    if _date_lead().search(folded, max(0, start - 16), start):
        return False
    m = _WORD.match(folded, num_end)
    return (
        m is not None
        and not text[m.start(1)].isupper()
        and m.group(1) not in vocabulary().phrase_ends
    )
