"""The faster forms of the catalogue check, the number reader and the
period filter give what their plain forms give.

`_in_sentence` looks for an entry's words only when the sentence holds its
group's shared phrase, `match_indicator` stops at the first pattern that
places the figure, `find_quantities` reads each match by position, and
`_blocked` tests ends instead of searching; a difference would silently
change which indicator, value or period a figure gets, so each is checked
against the straightforward code on text made of the words it looks for.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from cds_desktop.extract.indicators import (
    Indicator,
    _entries,
    _gates,
    _in_sentence,
    _sibling_named,
    _siblings,
    _unit_sort,
    match_indicator,
    ruled_out_by,
)
from cds_desktop.extract.numbers import (
    _DIGIT,
    NUMBER,
    Quantity,
    _alternation,
    _quantity_pattern,
    find_quantities,
)
from cds_desktop.extract.periods import _blocked, _blocking_words
from cds_desktop.extract.vocab import vocabulary


def _catalogue_pieces() -> list[str]:
    """Every entry's words whole, and each of their words alone; also the
    runs of words of the patterns that rule an indicator out in a sentence
    (`trên địa bàn`, `cổng`), so the rule-out gate is exercised too."""
    phrases = {phrase for _, phrase in _entries()}
    phrases |= {r for entry, _ in _entries() for r in entry[0].requires}
    phrases |= {
        run
        for entry, _ in _entries()
        for u in entry[0].unless_sentence
        for run in re.findall(r"[^\W\d_]+(?: [^\W\d_]+)*", u.pattern)
    }
    return sorted(phrases | {w for phrase in phrases for w in phrase.split()})


_SENTENCE = st.lists(
    st.sampled_from([*_catalogue_pieces(), " ", "\n", "#", ",", "x", "ế", "tỷ", "lệ"]),
    max_size=30,
).map(" ".join)


def _plain_in_sentence(sentence: str) -> tuple[object, ...]:
    return tuple(
        entry
        for entry, words in _entries()
        if words in sentence
        and (not entry[0].requires or any(w in sentence for w in entry[0].requires))
        and not ruled_out_by(entry[0], sentence)
    )


@settings(max_examples=600)
@given(_SENTENCE)
def test_gated_catalogue_check_finds_what_testing_every_entry_finds(sentence: str) -> None:
    assert _in_sentence.__wrapped__(sentence) == _plain_in_sentence(sentence)


def _plain_match_indicator(
    clause: str, mark: int, unit: str | None, check_unit: bool, max_after: int | None
) -> Indicator | None:
    """`match_indicator` as first written: every match of every entry ranked."""
    best: Indicator | None = None
    best_rank = (True, True, 0)
    sort = _unit_sort(unit) if check_unit and unit is not None else None
    for indicator, pattern, _ in _plain_in_sentence(clause):
        if sort is not None and indicator.sort != sort:
            continue
        for m in pattern.finditer(clause):
            start, end = m.span()
            anchored = start <= mark < end
            before = end <= mark
            distance = 0 if anchored else (mark - end if before else start - mark)
            if not (anchored or before) and max_after is not None and distance > max_after:
                continue
            rank = (not anchored, not before, distance)
            if best is None or rank < best_rank:
                best, best_rank = indicator, rank
    if best is not None and best_rank[0] and best.id in _siblings():
        return _sibling_named(best, clause, mark, sort)
    return best


@settings(max_examples=600)
@given(
    _SENTENCE,
    _SENTENCE,
    st.sampled_from([None, "%", "tài khoản", "đồng", "Mbps", "hồ sơ"]),
    st.booleans(),
    st.sampled_from([None, 0, 10, 40]),
)
def test_stopping_at_the_first_placing_pattern_finds_what_ranking_all_finds(
    before: str, after: str, unit: str | None, check_unit: bool, max_after: int | None
) -> None:
    clause = f"{before} # {after}"
    mark = len(before) + 1
    expected = _plain_match_indicator(clause, mark, unit, check_unit, max_after)
    assert match_indicator(clause, mark, clause, unit, check_unit, max_after) == expected


def test_every_gate_phrase_is_in_every_entry_of_its_group() -> None:
    everywhere, gates = _gates()
    entries = _entries()
    grouped = [k for _, sure, unsure in gates for k in (*sure, *unsure)]
    assert sorted([*everywhere, *grouped]) == list(range(len(entries)))
    for words, sure, unsure in gates:
        for k in (*sure, *unsure):
            (indicator, _, _), entry_words = entries[k]
            # Gated by its required words, or by a phrase of its own words.
            assert indicator.requires == words or (
                not indicator.requires and len(words) == 1 and words[0] in entry_words
            )
        # Admitted without a look of its own only when any gate word found holds its words.
        for k in sure:
            assert all(entries[k][1] in w for w in words)


def _plain_quantities(folded: str) -> list[Quantity]:
    """`find_quantities` as first written: named groups, `Decimal` scale."""
    vocab = vocabulary()
    out = []
    for m in _quantity_pattern().finditer(folded):
        token, den_token, scale, unit_word = m.group("num", "den", "scale", "unit")
        number = float(token.replace(".", "").replace(",", "."))
        den = float(den_token.replace(".", "").replace(",", ".")) if den_token else None
        factor = Decimal(1)
        for word in scale.split():
            factor *= Decimal(vocab.scale.get(word, 1.0))
        value = float(Decimal(token.replace(".", "").replace(",", ".")) * factor)
        if not (math.isfinite(value) and math.isfinite(number) and math.isfinite(den or 0.0)):
            continue
        num_end = m.end("den") if den_token else m.end("num")
        end = m.end("unit") if unit_word else (m.end("scale") if scale else num_end)
        start = m.start("num")
        if (
            start >= 1
            and folded[start - 1] == "-"
            and (start == 1 or folded[start - 2].isspace() or folded[start - 2] in "(:")
        ):
            start, number, value = start - 1, -number, -value
        unit = vocab.units.get(unit_word) if unit_word else None
        out.append(Quantity(start, end, number, value, unit, den, num_end))
    return out


_NUMBERISH = ("1", "12", "123", "9" * 320, ".", ",", "/", ":", "-", " ", "(", "%", " tỷ")
_NUMBERISH += (" nghìn", " triệu", " đồng", " usd", "lần", "x", "ế", "\n", "1.000", ",5", "/3")
# Decimal digits of other scripts (Arabic-Indic, Devanagari, fullwidth, one
# beyond the 16-bit range), a superscript (no decimal digit) and a symbol.
_NUMBERISH += ("\u0663", "\u0967", "\uff15", "\U0001d7d9", "\u00b2", "\u20ab")


def test_digit_class_is_exactly_the_decimal_digits() -> None:
    """`_DIGIT` opens the quantity pattern in place of `\\d`: checked on every
    code point, so no script's digits are left out."""
    digit, plain = re.compile(_DIGIT), re.compile(r"\d")
    assert all(
        bool(digit.fullmatch(chr(c))) == bool(plain.fullmatch(chr(c))) for c in range(0x110000)
    )


@settings(max_examples=800)
@given(st.lists(st.sampled_from(_NUMBERISH), max_size=20).map("".join))
def test_quantity_pattern_as_the_plain_form_on_any_digits(text: str) -> None:
    """The quantity pattern (opening on `_DIGIT`, look-behinds after it)
    finds what the plain form (look-behinds, then `NUMBER`) finds."""
    vocab = vocabulary()
    scale, unit = _alternation(tuple(vocab.scale)), _alternation(tuple(vocab.units))
    plain = re.compile(
        rf"(?<![\w])(?<!\d[.,/:\-])(?<![^\W\d_]-)(?P<num>{NUMBER})(?:/(?P<den>{NUMBER}))?"
        rf"(?![.,/:\-]?\d)(?P<scale>(?:\s*(?:{scale})(?!\w))*)(?:\s*(?P<unit>{unit})(?!\w))?"
    )
    spans = [(m.span(), m.groupdict()) for m in _quantity_pattern().finditer(text)]
    assert spans == [(m.span(), m.groupdict()) for m in plain.finditer(text)]


@settings(max_examples=800)
@given(st.lists(st.sampled_from(_NUMBERISH), max_size=20).map("".join))
def test_quantities_read_by_position_as_by_name(text: str) -> None:
    got = find_quantities(text)
    assert got == _plain_quantities(text)
    assert all(type(q) is Quantity for q in got)


_BEFORE = ("kế hoạch", "hoạt động", "so với", "cùng kỳ", "năm", "lần", "đến", "đề án", "x", "ế")
_BEFORE += (" ", "  ", "\n", "\xa0", "\u2003", "\x1c", ",", "2024")


@settings(max_examples=800)
@given(st.lists(st.sampled_from(_BEFORE), max_size=25).map("".join))
def test_blocking_words_found_by_ends_as_by_the_search(text: str) -> None:
    """`_blocked` reads the 40 characters before a phrase from their end; the
    search it replaces: a naming or comparison word, blanks and one `đến`,
    then the phrase."""
    words = "|".join(re.escape(w) for w in _blocking_words())
    search = re.compile(rf"(?:{words})\s*(?:đến\s*)?$")
    for start in range(len(text) + 1):
        expected = bool(search.search(text, max(0, start - 40), start))
        assert _blocked(text, start) == expected
