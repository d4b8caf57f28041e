"""The word patterns that decide whether a number is a figure, and of what kind.

Each is built once from the vocabulary (`resources/figures.toml`) and
matched on the words right before a number (reversed, so a match costs the
length of the words, not of the context) or right after it. Kept apart from
the rules that use them so that the compiled forms, and the fast-path
equivalences the tests check on them, are found in one place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from cds_desktop.extract.numbers import NUMBER
from cds_desktop.extract.scan import WholeWords, alternation_trie
from cds_desktop.extract.vocab import Vocabulary, vocabulary

_CODE_AFTER = r"[/\-][^\W\d_]"  # `749/QĐ-TTg`, `57-NQ/TW`: a document code


def alt(words: Sequence[str]) -> str:
    """The words as one alternation, longest first where one extends another.
    Written as a trie: `re` tries the branches of a flat alternation one
    after another, ~160 for the counted nouns after every number."""
    return alternation_trie(sorted(set(words)))


def reversed_alt(words: Sequence[str]) -> str:
    """`alt` of the words spelt backwards, for the patterns matched on the
    reversed words before a number."""
    return alt([w[::-1] for w in words])


def _suffix_source(words: Sequence[str], gap: str = "", group: str = "w") -> str:
    """Words that must end a string (`... lần thứ `), matched on the reversed
    string from its start (group `group`, reversed), `gap` allowed between
    them and the end: the cost is the length of the words, not of the
    context, which matters when every number of an article is checked. The
    caller reverses the words before a number once for all the rules."""
    return rf"\s*{gap}(?P<{group}>{reversed_alt(words)})(?!\w)"


def suffix(words: Sequence[str], gap: str = "") -> re.Pattern[str]:
    return re.compile(_suffix_source(words, gap))


_QUALIFIER_GAP = r"(?:(?:àl|tạđ|óc)\s+)?"  # `là`, `đạt`, `có`, reversed
_DESCRIPTIVE_GAP = r"(?:\w+\s+)?"  # one word


def _change_gap(v: Vocabulary) -> str:
    """`lần lượt` or `lần lượt là` between a change word and its number, reversed."""
    return rf"(?:(?:àl\s+)?(?:{reversed_alt(v.change_gap)})\s+)?"


def _qualifier_then_change(v: Vocabulary) -> re.Pattern[str]:
    """On the reversed words before a number: the qualifier right before it
    (group `q`; `là`, `đạt` or `có` may sit between), then a change word
    right before the qualifier, or right before the number when there is
    none (group `c`). One match for what were two, and it always matches:
    both parts are optional, each taken when it can be. `lần lượt (là)` may
    stand between the change word and the number."""
    qualifier = _suffix_source(v.qualifiers, _QUALIFIER_GAP, group="q")
    change = _suffix_source(v.change, _change_gap(v), "c")
    return re.compile(rf"(?:{qualifier})?(?:{change})?")


def _rank_source(v: Vocabulary) -> str:
    """A rank phrase, reversed: one of `rank`, or `thứ` after a ranking verb
    and one to three words of what it ranks (`xếp Việt Nam thứ`), the verb
    not after `sắp` (`sắp xếp bộ máy lần thứ 2` arranges)."""
    return (
        rf"{reversed_alt(v.rank)}"
        rf"|ứht(?:\s+[^\W\d_]+){{1,3}}\s+(?:{reversed_alt(v.rank_verbs)})"
        rf"(?!\w)(?!\s+(?:{reversed_alt(v.rank_verbs_not_after)})(?!\w))"
    )


def _before_rules(v: Vocabulary) -> re.Pattern[str]:
    """The four rules on the words right before a number as one pattern on
    the reversed words (`_suffix_source`), one match for every number instead of
    four: a rank phrase (group `rank`, tried first, so it is the one
    `_rank_source` finds), else an ordinal, name or level word
    (`not_before`), a comparison base, or a descriptive noun with at most one
    word between. A rank phrase lifts only the `not_before` rule: when it
    matches, the other two are checked on their own."""
    plain = reversed_alt((*v.not_before, *v.comparison_base))
    return re.compile(
        rf"\s*(?:(?P<rank>{_rank_source(v)})(?!\w)|(?:{plain})(?!\w)"
        rf"|{_DESCRIPTIVE_GAP}(?:{reversed_alt(v.descriptive)})(?!\w))"
    )


def _unit_free_after(v: Vocabulary) -> re.Pattern[str]:
    """The three rules on the words right after a number without a unit, as
    one pattern (one match instead of three for most numbers): a document
    code (`749/QĐ-TTg`, `57-NQ/TW`), else a noun counting the meeting's own
    (`hơn 1.000 đại biểu`), else the counted noun (group `n`, the one the
    plain count-noun pattern finds: meeting nouns are tried first, and a
    word never opens on a blank). A match without `n` rules the number out."""
    return re.compile(
        rf"{_CODE_AFTER}|\s*(?:{alt(v.meeting_nouns)}|(?P<n>{alt(v.count_nouns)}))(?!\w)"
    )


@dataclass(frozen=True)
class Patterns:
    before_rules: re.Pattern[str]
    not_after_or_describing: re.Pattern[str]
    describing: re.Pattern[str]
    unit_free_after: re.Pattern[str]
    comparison_base: re.Pattern[str]
    descriptive: re.Pattern[str]
    qualifier_then_change: re.Pattern[str]
    qualifier_after: re.Pattern[str]
    target: WholeWords
    forecast: WholeWords
    not_target: re.Pattern[str]
    count_noun: re.Pattern[str]
    head_noun: re.Pattern[str]
    total: re.Pattern[str]  # on reversed words
    rank_again: re.Pattern[str]  # on reversed words
    rate: re.Pattern[str]
    anaphora: WholeWords
    plan_setting: re.Pattern[str]
    comparative: re.Pattern[str]
    compared_with: re.Pattern[str]  # on reversed words
    base_values: tuple[str, ...]  # reversed, each with the blank after it
    base_after: re.Pattern[str]
    growth: WholeWords
    growth_word: str  # held by every growth word (`_common_word`)
    results: re.Pattern[str]
    reached: WholeWords
    reached_before: re.Pattern[str]  # on reversed words
    target_after: re.Pattern[str]
    # One of `kind_keys` anywhere (no word bounds): one `re` search costs
    # less than a plain look for each.
    kind_key: re.Pattern[str]


@cache
def patterns() -> Patterns:
    v: Vocabulary = vocabulary()
    return Patterns(
        before_rules=_before_rules(v),
        not_after_or_describing=re.compile(rf"\s*(?:{alt((*v.not_after, *v.describing))})(?!\w)"),
        describing=re.compile(rf"\s*(?:{alt(v.describing)})(?!\w)"),
        unit_free_after=_unit_free_after(v),
        comparison_base=suffix(v.comparison_base),
        descriptive=suffix(v.descriptive, _DESCRIPTIVE_GAP),
        qualifier_then_change=_qualifier_then_change(v),
        qualifier_after=re.compile(rf"\s*(?P<q>{alt(v.qualifiers_after)})(?!\w)"),
        target=WholeWords(alt(v.target)),
        forecast=WholeWords(alt(v.forecast)),
        not_target=re.compile(rf"(?<!\w)(?:{alt(v.not_target)})(?!\w)"),
        count_noun=re.compile(rf"\s*(?P<n>{alt(v.count_nouns)})(?!\w)"),
        rank_again=suffix(v.rank_again),
        head_noun=re.compile(rf"\s*(?:tổng\s+)?số\s+(?P<n>{alt(v.head_nouns)})(?!\w)"),
        total=suffix(v.total),
        rate=re.compile(
            rf"(?:\s+trên\s*|\s*/\s*)(?P<den>{NUMBER})\s+(?P<base>{alt(v.rate_bases)})(?!\w)"
        ),
        anaphora=WholeWords(alt(v.anaphora)),
        plan_setting=re.compile(
            rf"(?<!\w)(?:{alt(v.plan)})(?!\w)[^;:(]*?(?<!\w)(?P<w>{alt(v.plan_setting)})(?!\w)"
        ),
        results=re.compile(rf"(?<!\w)(?:{alt(v.list_results)})(?!\w)"),
        growth=WholeWords(alt(v.growth)),
        growth_word=_common_word(v.growth),
        # After a number: its noun (at most five words), then a comparison
        # base (`nhiều hơn 2.800 doanh nghiệp so với cuối năm 2024`).
        base_after=re.compile(rf"(?:\s+[^\W\d_]+){{0,5}}?\s+(?:{alt(v.comparison_base)})(?!\w)"),
        compared_with=re.compile(rf"(?<!\w)(?:{reversed_alt(v.comparison_base)})(?!\w)"),
        base_values=tuple(f"{w[::-1]} " for w in v.base_values),
        reached=WholeWords(alt(v.reached)),
        reached_before=suffix(v.reached_before),
        target_after=re.compile(rf"(?<!\w)(?:{alt(v.target_after)})(?!\w)"),
        kind_key=re.compile(alt(kind_keys())),
        # On the reversed words before a number: a comparative, then at most
        # five words of comparison base (group `base`) before the number; a
        # base may name its year (`cao hơn cùng kỳ năm 2026 khoảng 1,4 điểm
        # phần trăm`, `quý II/2026`: `6202/ii` reversed).
        comparative=re.compile(
            rf"\s*(?P<base>(?:(?:[^\W\d_]+|\d{{4}}(?:/\w{{1,4}})?)\s+){{0,5}}?)"
            rf"(?P<c>{reversed_alt(v.comparatives)})(?!\w)"
        ),
    )


def _common_word(words: Sequence[str]) -> str:
    """The longest word every one of `words` holds (`tăng` of `tốc độ tăng
    trưởng`), else '', which every text holds: where it is missing, none
    of `words` stands, so one scan for it spares the scans for each."""
    common = set.intersection(*(set(w.split()) for w in words)) if words else set()
    return max(sorted(common), key=len, default="")


@cache
def kind_words() -> tuple[str, ...]:
    """Every target and forecast cue word, the verbs that make a plan set
    targets, and the obligations that follow a target's number."""
    v = vocabulary()
    return (*v.target, *v.forecast, *v.plan_setting, *v.target_after)


def _keys(words: Sequence[str]) -> tuple[str, ...]:
    """The words that hold none of the others: a text holds one of `words`
    exactly when it holds one of these, so a plain look for them takes fewer
    scans of the text (`phải` stands for `phải đạt` and `phải có`, `hiện`
    for `hiện nay` and `hiện có`)."""
    unique = tuple(dict.fromkeys(words))
    return tuple(w for w in unique if not any(o != w and o in w for o in unique))


@cache
def kind_keys() -> tuple[str, ...]:
    """`_keys` of the kind cue words: 17 scans of a sentence instead of 24."""
    return _keys(kind_words())


@cache
def now_keys() -> tuple[str, ...]:
    """`_keys` of the words of now: 2 scans of a sentence instead of 8."""
    return _keys(vocabulary().now)
