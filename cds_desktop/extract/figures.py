"""Figures: every quantitative statement an analyst could chart or cite.

A figure starts as a Vietnamese-formatted quantity (`numbers.py`); it stays
one only when nothing around it says it is a year, a date, an ordinal, a
document number, a duration, a comparison base or a count of who spoke. Its
kind, qualifier and unit come from the words right around it, its period from
the sentence, else the paragraph, else the meeting (`periods.py`), its scope
from the paragraph's lead (`scope.py`), its indicator from the catalogue
(`indicators.py`). The vocabulary is data: `resources/figures.toml`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from operator import attrgetter
from typing import NamedTuple, Protocol, TypeVar

from cds_desktop.extract.indicators import MARK, match_indicator, unit_sort
from cds_desktop.extract.model import Figure, Meeting, Period, Sentence, Span
from cds_desktop.extract.numbers import (
    NUMBER,
    Quantity,
    counted_noun,
    counts_something,
    find_quantities,
)
from cds_desktop.extract.periods import (
    Comparison,
    PeriodPhrase,
    date_period,
    find_comparisons,
    find_periods,
    reviewed_period,
)
from cds_desktop.extract.scan import PhraseIndex, WholeWords, alternation_trie
from cds_desktop.extract.scope import (
    NATIONAL,
    named_and_referred_back,
    national_lead,
    national_value,
    organiser,
    province_lead,
    refers_back,
    unnamed_organiser,
)
from cds_desktop.extract.tables import PipeColumn, pipe_columns, read_table
from cds_desktop.extract.text import fold
from cds_desktop.extract.vocab import Vocabulary, vocabulary
from cds_desktop.extract.vocabulary import folded_words, toml_resource

_WINDOW = 48  # characters of context read on each side of a number
_POINTS = "điểm phần trăm"  # a difference of two percentages
_CODE_AFTER = r"[/\-][^\W\d_]"  # `749/QĐ-TTg`, `57-NQ/TW`: a document code


def _alt(words: Sequence[str]) -> str:
    """The words as one alternation, longest first where one extends another.
    Written as a trie: `re` tries the branches of a flat alternation one
    after another, ~160 for the counted nouns after every number."""
    return alternation_trie(sorted(set(words)))


def _reversed_alt(words: Sequence[str]) -> str:
    return _alt([w[::-1] for w in words])


def _suffix_source(words: Sequence[str], gap: str = "", group: str = "w") -> str:
    """Words that must end a string (`... lần thứ `), matched on the reversed
    string from its start (group `group`, reversed), `gap` allowed between
    them and the end: the cost is the length of the words, not of the
    context, which matters when every number of an article is checked. The
    caller reverses the words before a number once for all the rules."""
    return rf"\s*{gap}(?P<{group}>{_reversed_alt(words)})(?!\w)"


def _suffix(words: Sequence[str], gap: str = "") -> re.Pattern[str]:
    return re.compile(_suffix_source(words, gap))


_QUALIFIER_GAP = r"(?:(?:àl|tạđ|óc)\s+)?"  # `là`, `đạt`, `có`, reversed
_DESCRIPTIVE_GAP = r"(?:\w+\s+)?"  # one word


def _change_gap(v: Vocabulary) -> str:
    """`lần lượt` or `lần lượt là` between a change word and its number, reversed."""
    return rf"(?:(?:àl\s+)?(?:{_reversed_alt(v.change_gap)})\s+)?"


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
        rf"{_reversed_alt(v.rank)}"
        rf"|ứht(?:\s+[^\W\d_]+){{1,3}}\s+(?:{_reversed_alt(v.rank_verbs)})"
        rf"(?!\w)(?!\s+(?:{_reversed_alt(v.rank_verbs_not_after)})(?!\w))"
    )


def _before_rules(v: Vocabulary) -> re.Pattern[str]:
    """The four rules on the words right before a number as one pattern on
    the reversed words (`_suffix_source`), one match for every number instead of
    four: a rank phrase (group `rank`, tried first, so it is the one
    `_rank_source` finds), else an ordinal, name or level word
    (`not_before`), a comparison base, or a descriptive noun with at most one
    word between. A rank phrase lifts only the `not_before` rule: when it
    matches, the other two are checked on their own."""
    plain = _reversed_alt((*v.not_before, *v.comparison_base))
    return re.compile(
        rf"\s*(?:(?P<rank>{_rank_source(v)})(?!\w)|(?:{plain})(?!\w)"
        rf"|{_DESCRIPTIVE_GAP}(?:{_reversed_alt(v.descriptive)})(?!\w))"
    )


def _unit_free_after(v: Vocabulary) -> re.Pattern[str]:
    """The three rules on the words right after a number without a unit, as
    one pattern (one match instead of three for most numbers): a document
    code (`749/QĐ-TTg`, `57-NQ/TW`), else a noun counting the meeting's own
    (`hơn 1.000 đại biểu`), else the counted noun (group `n`, the one the
    plain count-noun pattern finds: meeting nouns are tried first, and a
    word never opens on a blank). A match without `n` rules the number out."""
    return re.compile(
        rf"{_CODE_AFTER}|\s*(?:{_alt(v.meeting_nouns)}|(?P<n>{_alt(v.count_nouns)}))(?!\w)"
    )


@dataclass(frozen=True)
class _Patterns:
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
    base_after: re.Pattern[str]
    growth: WholeWords
    growth_word: str  # held by every growth word (`_common_word`)
    results: re.Pattern[str]
    reached: WholeWords
    reached_before: re.Pattern[str]  # on reversed words
    target_after: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    v: Vocabulary = vocabulary()
    return _Patterns(
        before_rules=_before_rules(v),
        not_after_or_describing=re.compile(rf"\s*(?:{_alt((*v.not_after, *v.describing))})(?!\w)"),
        describing=re.compile(rf"\s*(?:{_alt(v.describing)})(?!\w)"),
        unit_free_after=_unit_free_after(v),
        comparison_base=_suffix(v.comparison_base),
        descriptive=_suffix(v.descriptive, _DESCRIPTIVE_GAP),
        qualifier_then_change=_qualifier_then_change(v),
        qualifier_after=re.compile(rf"\s*(?P<q>{_alt(v.qualifiers_after)})(?!\w)"),
        target=WholeWords(_alt(v.target)),
        forecast=WholeWords(_alt(v.forecast)),
        not_target=re.compile(rf"(?<!\w)(?:{_alt(v.not_target)})(?!\w)"),
        count_noun=re.compile(rf"\s*(?P<n>{_alt(v.count_nouns)})(?!\w)"),
        rank_again=_suffix(v.rank_again),
        head_noun=re.compile(rf"\s*(?:tổng\s+)?số\s+(?P<n>{_alt(v.head_nouns)})(?!\w)"),
        total=_suffix(v.total),
        rate=re.compile(
            rf"\s+(?:trên|/)\s*(?P<den>{NUMBER})\s+(?P<base>{_alt(v.rate_bases)})(?!\w)"
        ),
        anaphora=WholeWords(_alt(v.anaphora)),
        plan_setting=re.compile(
            rf"(?<!\w)(?:{_alt(v.plan)})(?!\w)[^;:(]*?(?<!\w)(?P<w>{_alt(v.plan_setting)})(?!\w)"
        ),
        results=re.compile(rf"(?<!\w)(?:{_alt(v.list_results)})(?!\w)"),
        growth=WholeWords(_alt(v.growth)),
        growth_word=_common_word(v.growth),
        # After a number: its noun (at most five words), then a comparison
        # base (`nhiều hơn 2.800 doanh nghiệp so với cuối năm 2024`).
        base_after=re.compile(rf"(?:\s+[^\W\d_]+){{0,5}}?\s+(?:{_alt(v.comparison_base)})(?!\w)"),
        compared_with=re.compile(rf"(?<!\w)(?:{_reversed_alt(v.comparison_base)})(?!\w)"),
        reached=WholeWords(_alt(v.reached)),
        reached_before=_suffix(v.reached_before),
        target_after=re.compile(rf"(?<!\w)(?:{_alt(v.target_after)})(?!\w)"),
        # On the reversed words before a number: a comparative, then at most
        # five words of comparison base (group `base`) before the number.
        comparative=re.compile(
            rf"\s*(?P<base>(?:[^\W\d_]+\s+){{0,5}}?)(?P<c>{_reversed_alt(v.comparatives)})(?!\w)"
        ),
    )


def _common_word(words: Sequence[str]) -> str:
    """The longest word every one of `words` holds (`tăng` of `tốc độ tăng
    trưởng`), else '', which every text holds: where it is missing, none
    of `words` stands, so one scan for it spares the scans for each."""
    common = set.intersection(*(set(w.split()) for w in words)) if words else set()
    return max(sorted(common), key=len, default="")


@cache
def _kind_words() -> tuple[str, ...]:
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
def _kind_keys() -> tuple[str, ...]:
    """`_keys` of the kind cue words: 17 scans of a sentence instead of 24."""
    return _keys(_kind_words())


@cache
def _now_keys() -> tuple[str, ...]:
    """`_keys` of the words of now: 2 scans of a sentence instead of 8."""
    return _keys(vocabulary().now)


_URL = re.compile(r"https?://\S+|www\.\S+")
_NUMBERING = re.compile(r"[.)](?:\s|$)")  # `1. Tăng cường ...`, `2) ...` opening a sentence
# A bracket that opens an aside, not an item number (`(1) ...`, `(b) ...`).
_ASIDE = re.compile(r"\((?!(?:\d{1,2}|[a-zđ])\))")
# Kind cues and the wide indicator search stop at `;`, `:`, `(` or `. ` (a
# clause end); the words one figure's own label sits in end at those or `, `
# (a zone end). Written to open on one character class (`[;:(]|[,.]\s` opens
# on a choice), which lets `re` skip to candidate characters instead of
# trying every position.
_ZONE_END = re.compile(r"[;:(,.](?:(?<=[;:(])|(?<=[,.])\s)")


def _clause_and_zone_ends(
    folded: str, lo: int, hi: int
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of the clause ends and of the zone ends in `folded[lo:hi]`,
    from one scan: the clause ends are the zone ends that are not `, `, as a
    comma and the blank after it never hold the start of another end."""
    zones = [m.span() for m in _ZONE_END.finditer(folded, lo, hi)]
    return [z for z in zones if folded[z[0]] != ","], zones


def _starts_and_ends(spans: list[tuple[int, int]]) -> tuple[Sequence[int], Sequence[int]]:
    """The spans' starts and their ends, each in order (`zip` does it in C)."""
    if not spans:
        return (), ()
    starts, ends = zip(*spans, strict=True)
    return starts, ends


_FROM_TO = re.compile(r"(?<!\w)(?:lên|xuống)(?: mức)?\s*$")
_FROM_TO_REACH = len("xuống mức")  # how far before the trailing blanks a match starts
_FROM_TO_LAST = ("lên", "xuống", "mức")  # the words a `_FROM_TO` match can end on
_LABEL_HEAD = re.compile(
    r"^(?:(?:trong đó|theo đó|ngoài ra|đồng thời|và|có|đã|với|gồm)\b\s*)+", re.I
)


def _words_ending(words: str, tail: str = "", flags: int = 0) -> re.Pattern[str]:
    """`(?:\\s+(?:words))+` then `tail` at the end of a string. Written as
    `\\s\\s*(?:words)(?:\\s+(?:words))*`, the same runs, so the pattern opens on
    a blank and `re` tries it only at blanks, not at every character."""
    return re.compile(rf"\s\s*(?:{words})(?:\s+(?:{words}))*{tail}$", flags)


_LABEL_END = _words_ending("và|chiếm|đạt|là|với|của|trong|so", flags=re.I)
_PAREN = re.compile(r"[()]")
_LABEL_TAIL_WORDS = (
    *("đạt", "là", "có", "chiếm", "được", "với", "tới", "đến", "lên", "mức", "tỷ lệ", "tỉ lệ"),
    *("ước", "tính", "khoảng", "hơn", "trên", "gần", "vượt", "tăng", "giảm", "gấp", "thêm"),
    *("ít nhất", "tối thiểu", "cả nước", "toàn quốc", "so với", "và"),
)
_LABEL_TAIL = _words_ending("|".join(_LABEL_TAIL_WORDS), tail=r"\s*")
# Every character `\s` matches (all lie below U+3001: a test checks), and with
# them every letter of the tail words: what a `_LABEL_TAIL` match is made of.
_BLANKS = "".join(c for c in map(chr, range(0x3001)) if c.isspace())
_LABEL_TAIL_CHARS = "".join(sorted(set("".join(_LABEL_TAIL_WORDS)))) + _BLANKS


@dataclass(frozen=True)
class _Context:
    """What every figure of one article is resolved against."""

    text: str
    folded: str
    default_year: int | None
    meeting_period: Period | None
    meeting_evidence: Span | None
    reviewed: PeriodPhrase | None  # the period the meeting reviews
    periods: tuple[PeriodPhrase, ...]  # every period phrase of the article, in order
    comparisons: tuple[Comparison, ...]
    quantities: tuple[Quantity, ...]  # every quantity of the article, in order
    starts: tuple[int, ...]  # their starts, to find a sentence's by bisection
    pipe_columns: dict[int, tuple[PipeColumn, ...]]  # of `|` tables, by row line start

    def quantities_in(self, s: Sentence) -> list[Quantity]:
        """The sentence's quantities; one that runs past the sentence's end is
        read again from the sentence alone, as if the text stopped there."""
        lo = bisect_left(self.starts, s.start)
        hi = bisect_left(self.starts, s.end)
        found = list(self.quantities[lo:hi])
        # They come from one `finditer`: only the last can run past the end.
        if found and found[-1].end > s.end:
            return [_shift(q, s.start) for q in find_quantities(self.folded[s.start : s.end])]
        return found


class _Phrase(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_P = TypeVar("_P", bound=_Phrase)


_START = attrgetter("start")


def _within(phrases: tuple[_P, ...], start: int, end: int) -> list[_P]:
    """The phrases lying inside `[start, end)`, found by bisection on their starts
    (they come from one `finditer`, so in order): scanning every phrase for
    every figure made a long line quadratic (a 5 MB line took over 10 minutes)."""
    i = bisect_left(phrases, start, key=_START)
    out = []
    while i < len(phrases) and phrases[i].start < end:
        if phrases[i].end <= end:
            out.append(phrases[i])
        i += 1
    return out


def find_figures(
    text: str,
    sentences: Sequence[Sentence],
    meeting: Meeting | None,
    folded: str | None = None,
) -> list[Figure]:
    """Every figure of an article, in text order, offsets into `text`.

    `folded` is `fold(text)` when the caller has it already.
    """
    ctx = _context(text, fold(text) if folded is None else folded, meeting)
    sentences = _related_titles(ctx.folded, sentences)
    paragraphs: dict[int, list[Sentence]] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph, []).append(s)
    out: list[Figure] = []
    speaker_open = False
    # The words of a speaker sentence, found once in the article: a search of
    # every sentence for them stopped at most of its letters.
    speaker_words = PhraseIndex(ctx.folded, vocabulary().speaker_sentences)
    # A province's own meeting makes its results the article's default.
    home = _home_province(ctx.folded, sentences, meeting) or NATIONAL
    previous_scope = home
    for block in _blocks(ctx.folded, list(paragraphs.values())):
        # What the block's lead gives each list item under it.
        lead_scope = home
        lead_periods: list[PeriodPhrase] = []
        lead_cue: tuple[str, str] | None = None
        for i, group in enumerate(block):
            table = _table_figures(ctx, group)
            if table is not None:
                out.extend(table)
                speaker_open = False
                previous_scope = home
                continue
            scope = lead_scope
            paragraph_figures: list[Figure] = []
            paragraph_periods = lead_periods + _within(ctx.periods, group[0].start, group[-1].end)
            recent = previous_scope  # the province last reported on
            for s in group:
                sentence = ctx.folded[s.start : s.end]
                scope = _next_scope(sentence, scope, recent)
                recent = recent if scope == NATIONAL else scope
                speaker = speaker_open or speaker_words.holds(s.start, s.end)
                # A speaker sentence runs on into the next only when it stops
                # mid-clause (`Dự hội nghị có các đồng chí:`); a line ending on
                # a word is a caption or a heading, and closes.
                speaker_open = speaker and sentence.rstrip().endswith((":", ",", ";"))
                figures = _sentence_figures(
                    ctx, s, sentence, paragraph_periods, scope, speaker, paragraph_figures, lead_cue
                )
                paragraph_figures.extend(figures)
            if i == 0 and len(block) > 1:
                lead_scope, lead_periods = scope, paragraph_periods
                lead_cue = _list_lead_cue(ctx.folded, group)
            previous_scope = scope
            out.extend(paragraph_figures)
    return _headings_dated_by_body(ctx, out)


def _headings_dated_by_body(ctx: _Context, figures: list[Figure]) -> list[Figure]:
    """A figure of a headline or heading whose line states no period (it took
    the meeting's date or a period from elsewhere) takes the period of the
    same figure in the body (the same raw, and the same unit or indicator),
    where the article says when it holds: `Đề án 06 sau 2 năm: 45,6 triệu
    người ...` as `Tính đến ngày 20/1/2024, ... 45,6 triệu`."""
    out = list(figures)
    for i, f in enumerate(figures):
        # (The cheap tests first: a `Span` comparison is a Python call, and
        # a figure whose period its own words state needs none.)
        if not f.period_inferred:
            continue
        evidence = f.period_evidence
        own = (
            evidence is not None
            and f.sentence_start <= evidence.start < f.sentence_end
            and evidence != ctx.meeting_evidence
        )
        if own or not _is_heading(ctx.text, f):
            continue
        body = next(
            (
                g
                for g in figures[i + 1 :]
                if g.raw == f.raw
                and (g.unit == f.unit or (f.indicator_id and g.indicator_id == f.indicator_id))
                and not _is_heading(ctx.text, g)
            ),
            None,
        )
        if body is not None:
            out[i] = replace(
                f,
                period=body.period,
                period_inferred=body.period_inferred,
                period_evidence=body.period_evidence,
            )
    return out


def _is_heading(text: str, f: Figure) -> bool:
    """Whether a figure's sentence is a whole line with no closing
    punctuation: a headline or a heading inside the article. Its last
    character is looked at first: most sentences close on a stop."""
    last = f.sentence_end
    while last > f.sentence_start and text[last - 1].isspace():
        last -= 1
    if last == f.sentence_start or text[last - 1] in _CLOSING:
        return False
    line_start = text.rfind("\n", 0, f.sentence_start) + 1
    line_end = text.find("\n", last)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start : f.sentence_start].strip() and not text[last:line_end].strip()


_CLOSING = '.!?…;:"”'


def _home_province(
    folded: str, sentences: Sequence[Sentence], meeting: Meeting | None
) -> str | None:
    """The province whose own meeting the article reports (`Ban Chỉ đạo Đề án
    06 tỉnh Quảng Nam tổ chức hội nghị`): named as the organiser right before
    the meeting's noun, when the meeting has no bridge point (a national
    meeting broadcast to provinces has them)."""
    if meeting is None or meeting.bridge_points:
        return None
    noun = next((e for e in meeting.evidence if e.field == "kind"), None)
    if noun is None:
        return None
    s = next((x for x in sentences if x.start <= noun.start < x.end), None)
    if s is None:
        return None
    before, sentence = folded[s.start : noun.start], folded[s.start : s.end]
    return organiser(before, sentence) or unnamed_organiser(before, sentence, folded[: s.start])


def _next_scope(sentence: str, scope: str, recent: str) -> str:
    """The scope of a sentence's figures (`sentence` folded), given the one of
    the sentence before it in its paragraph and the province last reported
    on, in this paragraph or the one before: a province the sentence opens
    on or has as its subject; the nation when it opens on the whole country;
    the recent province when it speaks of "the province" without naming one,
    or the province it named before doing so; else the scope before it."""
    province = province_lead(sentence)
    if province is not None:
        return province
    if scope != NATIONAL:
        return NATIONAL if national_lead(sentence) else scope
    if recent != NATIONAL and refers_back(sentence):
        return recent
    return named_and_referred_back(sentence) or scope


# A list item opening a line: `- `, `+ `, `* `, `• `, `1. `, `2) `, `(3) `, `a) `.
_LIST_ITEM = re.compile(r"\s*(?:[-+*•·–—]|\d{1,2}[.)]|\(\d{1,2}\)|[a-zđ]\))\s")


def _blocks(folded: str, paragraphs: list[list[Sentence]]) -> list[list[list[Sentence]]]:
    """The paragraphs in blocks: a lead line ending in `:` with the list lines
    under it, or one paragraph alone. An item is a line with a list mark, or
    any line after the lead's `:` or an item's `;`. The lead's period,
    province and target cue (`Trong 9 tháng năm 2024, tỉnh X đạt được:`,
    `Phấn đấu đến năm 2025:`) are each item's too; one item's are not the
    next's, and sentences stay as they are."""
    out: list[list[list[Sentence]]] = []
    in_list = False  # the last block is a lead, or a lead and its items
    end = ""  # the last character of the paragraph before
    for group in paragraphs:
        if in_list and (end in (":", ";") or _LIST_ITEM.match(folded, group[0].start)):
            out[-1].append(group)
        else:
            out.append([group])
        # The paragraph's last character, found without copying its sentence.
        last = group[-1]
        i = last.end
        while i > last.start and folded[i - 1].isspace():
            i -= 1
        end = folded[i - 1] if i > last.start else ""
        in_list = len(out[-1]) > 1 or end == ":"
    return out


_CONNECTOR_WORDS = 3  # at most this many words: a lead like `Cụ thể:`, `Như sau:`


def _list_lead_cue(folded: str, lead: list[Sentence]) -> tuple[str, str] | None:
    """The kind cue in the last clause of a list's lead paragraph (its `:`
    taken off), which the items under it take when they have none of their
    own. A lead of a few words (`Cụ thể:`) only connects: the cue is then in
    the sentence before it (`Tỉnh đặt mục tiêu đến năm 2025. Cụ thể:`)."""
    last = lead[-1]
    words = folded[last.start : last.end].rstrip()[:-1]
    found = _cue_in(_last_clause(words), governs_list=True)
    if found is None and len(lead) > 1 and len(words.split()) <= _CONNECTOR_WORDS:
        before = lead[-2]
        found = _cue_in(_last_clause(folded[before.start : before.end].rstrip(" .")), True)
    return found


def _last_clause(words: str) -> str:
    """The words after the last `;`, `(` or `. `."""
    return words[max(words.rfind(";"), words.rfind("("), words.rfind(". ")) + 1 :]


def _context(text: str, folded: str, meeting: Meeting | None) -> _Context:
    """The folded text, its period phrases and the meeting's date, computed once."""
    period = date_period(meeting.date) if meeting and meeting.date else None
    evidence = None
    if meeting is not None:
        for ev in meeting.evidence:
            if ev.field == "date":
                evidence = Span(ev.start, ev.end)
                break
    year = int(period.start[:4]) if period else None
    quantities = tuple(find_quantities(folded))
    periods = tuple(find_periods(folded, 0, len(folded), year))
    return _Context(
        text,
        folded,
        year,
        period,
        evidence,
        reviewed_period(folded, period, _paragraph_of(folded, evidence)),
        periods,
        tuple(find_comparisons(folded, 0, len(folded))),
        quantities,
        tuple(q.start for q in quantities),
        # Only an article with a `|` can hold a `|` table.
        pipe_columns(folded, periods) if "|" in folded else {},
    )


def _paragraph_of(folded: str, span: Span | None) -> tuple[int, int] | None:
    """The line holding `span` (the meeting's date evidence: the lead)."""
    if span is None:
        return None
    end = folded.find("\n", span.end)
    return folded.rfind("\n", 0, span.start) + 1, len(folded) if end < 0 else end


def _shift(q: Quantity, offset: int) -> Quantity:
    return Quantity(
        q.start + offset,
        q.end + offset,
        q.number,
        q.value,
        q.unit,
        q.denominator,
        q.num_end + offset,
    )


class _SentenceView:
    """One sentence as every figure in it reads it: its folded text, whether it
    holds a kind cue, its clause ends, periods and comparison bases. Worked
    out once per sentence with quantities instead of once per figure (and
    eagerly: `functools.cached_property` takes a lock on every read in
    Python 3.11, which cost more than it saved)."""

    __slots__ = (
        "_elsewhere",
        "clause_ends",
        "clause_starts",
        "folded",
        "has_kind_cue",
        "periods",
        "s",
        "says_now",
        "zone_ends",
        "zone_starts",
    )

    def __init__(self, ctx: _Context, s: Sentence, folded: str) -> None:
        p = _patterns()
        self.s = s
        self.folded = folded
        # Most sentences hold no target or forecast cue, and their figures
        # need no clause-by-clause look.
        # A cue is one of the words: a plain look for them first spares most
        # sentences the two searches.
        # (`map` over the bound `__contains__`: no generator frame per word.)
        self.has_kind_cue = any(map(folded.__contains__, _kind_keys())) and bool(
            p.target.search(folded)
            or p.forecast.search(folded)
            or p.plan_setting.search(folded)
            or p.target_after.search(folded)
        )
        # Few sentences hold a word of "now": one look per sentence spares
        # every figure of the others a search before it (`_said_now`).
        self.says_now = any(map(folded.__contains__, _now_keys()))
        clauses, zones = _clause_and_zone_ends(ctx.folded, s.start, s.end)
        self.clause_starts, self.clause_ends = _starts_and_ends(clauses)
        self.zone_starts, self.zone_ends = _starts_and_ends(zones)
        self.periods = _within(ctx.periods, s.start, s.end)
        self._elsewhere: dict[bool, tuple[Period | None, bool, Span | None]] = {}

    def stated_elsewhere(
        self, ctx: _Context, paragraph_periods: list[PeriodPhrase], target: bool
    ) -> tuple[Period | None, bool, Span | None]:
        """`_stated_elsewhere`, worked out once for the sentence's actuals and
        once for its targets: a third of the figures of an article reach it."""
        if target not in self._elsewhere:
            self._elsewhere[target] = _stated_elsewhere(ctx, self, paragraph_periods, target)
        return self._elsewhere[target]

    # The four look-ups below run several times for every figure: each does
    # its bisection itself rather than through a shared helper call.

    def clause_start(self, pos: int) -> int:
        """Start of the clause that holds `pos`: the last clause end at or before it."""
        i = bisect_right(self.clause_ends, pos)
        return self.clause_ends[i - 1] if i else self.s.start

    def zone_start(self, pos: int) -> int:
        """Start of the stretch of words (up to a comma) that holds `pos`."""
        i = bisect_right(self.zone_ends, pos)
        return self.zone_ends[i - 1] if i else self.s.start

    def clause_end(self, pos: int) -> int:
        """Where the clause that holds `pos` ends: the first clause end at or
        after it, else the sentence's end."""
        i = bisect_left(self.clause_starts, pos)
        return self.clause_starts[i] if i < len(self.clause_starts) else self.s.end

    def zone_end(self, pos: int) -> int:
        """Where the stretch of words that holds `pos` ends."""
        i = bisect_left(self.zone_starts, pos)
        return self.zone_starts[i] if i < len(self.zone_starts) else self.s.end


# ---------------------------------------------------------------- candidates


class _Draft(NamedTuple):
    """A quantity kept as a figure, before its period, indicator and label
    (a named tuple: one is made for most numbers of every article)."""

    q: Quantity
    unit: str
    kind: str
    cue: str  # the words the kind or the value rests on, for the rule
    qualifier: str | None
    coordinated: bool  # `tăng 76% về số lượng và 30,6% về giá trị`: shares the first's kind


def _sentence_figures(
    ctx: _Context,
    s: Sentence,
    sentence: str,
    paragraph_periods: list[PeriodPhrase],
    scope: str,
    speaker: bool,
    earlier: list[Figure],
    lead_cue: tuple[str, str] | None,
) -> list[Figure]:
    """Figures of one sentence: all its quantities are drafted first, so each
    figure can be resolved knowing its neighbours (where its own words end,
    what a change follows up). A third of the sentences with numbers keep
    none (years, dates, ordinals): their sentence view is never built.
    `sentence` is the sentence's folded text; `lead_cue` is the kind cue of
    the list lead the sentence is an item of."""
    quantities = ctx.quantities_in(s)
    if not quantities:
        return []
    # Every address holds `http` or `www.`: most sentences need no scan.
    has_url = "http" in sentence or "www." in sentence
    urls = [m.span() for m in _URL.finditer(ctx.folded, s.start, s.end)] if has_url else []
    drafts: list[_Draft] = []
    rate_bases: set[int] = set()
    for q in quantities:
        # (`urls` first: a generator per number costs more than most rules.)
        if q.start in rate_bases or (urls and any(a <= q.start < b for a, b in urls)):
            continue
        draft = _draft(ctx, s, q, speaker, drafts[-1] if drafts else None, rate_bases)
        if draft is not None:
            drafts.append(draft)
    if not drafts:
        return []
    view = _SentenceView(ctx, s, sentence)
    if view.has_kind_cue or lead_cue:
        first = drafts[0].q.start
        drafts = [_stated_kind(ctx.folded, view, d, first, lead_cue) for d in drafts]
    figures: list[Figure] = []
    for i, d in enumerate(drafts):
        nxt = drafts[i + 1].q.start if i + 1 < len(drafts) else s.end
        figures.append(_figure(ctx, view, paragraph_periods, scope, d, figures, nxt, earlier))
    return figures


# A space and a digit: the next group of a number written in groups.
_DIGIT_GROUP_NEXT = frozenset(f" {d}" for d in "0123456789")
# A bracket, a space and a digit after an area code: `(024) 3942 1356`.
_AREA_CODE_NEXT = frozenset(f") {d}" for d in "0123456789")


def _draft(
    ctx: _Context,
    s: Sentence,
    q: Quantity,
    speaker: bool,
    prev: _Draft | None,
    rate_bases: set[int],
) -> _Draft | None:
    """The quantity as a figure, or None when it is not one. A figure that
    is neither a rank nor a change is drafted as an actual: whether a target
    or forecast cue stands before it is read later, and only in sentences
    holding such a cue (`_stated_kind`). The rules that reject a number have
    no other effect, so their order is free: the cheap ones come first."""
    p = _patterns()
    folded = ctx.folded
    if q.unit is None:
        if speaker:
            return None  # who spoke or took part, counted
        if q.end < s.end and folded[q.end].isalpha():
            return None  # 4G, 3D: a name, not a quantity
        noun = p.unit_free_after.match(folded, q.end, s.end)
        if noun is not None and noun["n"] is None:
            return None  # a document code or a count of the meeting's own
    else:
        # The counted noun matters to a ratio; a percentage or an amount of
        # money needs none.
        noun = p.count_noun.match(folded, q.end, s.end) if q.denominator is not None else None
    bare = q.unit is None and q.denominator is None and q.value == q.number
    digits = ctx.text[q.start : q.num_end]
    if bare and noun is None and 1900 <= q.number <= 2100 and len(digits) == 4 and digits.isdigit():
        return None  # a year; `2000 doanh nghiệp` counts something
    if bare and digits[0] == "0" and len(digits) >= 4 and digits.isdigit():
        return None  # `0368`: a phone number or a code (`0,4869`, `05` are quantities)
    if bare and (
        (q.start >= 2 and folded[q.start - 1] == " " and folded[q.start - 2].isdigit())
        or folded[q.end : q.end + 2] in _DIGIT_GROUP_NEXT
        or (digits[0] == "0" and folded[q.end : q.end + 3] in _AREA_CODE_NEXT)
    ):
        return None  # `1800 0099`, `0912 345 678`, `(024) 3942`: a phone number's groups
    if (p.not_after_or_describing if bare else p.describing).match(folded, q.end):
        return None
    # The words before the number are read only for what the checks above
    # kept: a sixth of the numbers are years.
    before = folded[max(s.start, q.start - _WINDOW) : q.start]
    if q.unit is None and _NUMBERING.match(folded, q.end) and _numbers_an_item(before):
        return None
    reverse = before[::-1]
    if q.unit == "%" and _group_threshold(folded, s, q, before):
        return None
    if q.unit is None and _background_count(folded, s, q, reverse, prev):
        return None  # the meeting's reach or attendance, or a count of others
    before_rule = p.before_rules.match(reverse)
    rank = before_rule["rank"] if before_rule else None  # reversed, as matched
    if rank is None and prev is not None and prev.kind == "rank":
        rank = _rank_again(folded, q, reverse, prev)
    if (
        before_rule is not None
        and rank is None
        and not _measured_after_date_word(p, q, digits, reverse)
    ):
        return None
    # Where only whether the words are there matters, the pattern is matched
    # directly.
    if rank and (p.comparison_base.match(reverse) or p.descriptive.match(reverse)):
        return None
    if q.denominator is not None and _date_like(ctx, q):
        return None
    if rank:
        unit = "hạng"
    elif q.unit is not None:
        unit = q.unit
    elif noun:
        unit = ctx.text[noun.start("n") : noun.end("n")]
        per = p.rate.match(folded, noun.end(), s.end)
        if per:
            unit = f"{unit}/{ctx.text[per.start('den') : per.end('base')]}"
            rate_bases.add(per.start("den"))
    else:
        unit = counted_noun(ctx.text, folded, q.end, s.end) or _counted_before(
            ctx, s, q, reverse, prev
        )
    around = p.qualifier_then_change.match(reverse)
    assert around is not None  # every part of the pattern is optional
    qualifier = around["q"][::-1] if around["q"] else None
    if qualifier is None and (after := p.qualifier_after.match(folded, q.end, s.end)):
        qualifier = after["q"]
    change = around["c"]  # reversed, as matched
    coordinated = False
    # A comparative is read only where `hơn` stands, and only when no other
    # rule gave the kind.
    gap = p.comparative.match(reverse) if not (rank or change) and "hơn" in before else None
    if gap is not None and not (
        gap["base"] or unit == _POINTS or p.base_after.match(folded, q.end, s.end)
    ):
        gap = None  # `cao hơn 80%`: a level above 80%, `hơn` its qualifier
    elif gap is not None and unit != _POINTS and p.compared_with.search(gap["base"]):
        gap = None  # `thấp hơn so với mục tiêu 50%`: the base's value, not the gap
    if rank:
        kind, cue = "rank", rank[::-1]
    elif change:
        kind, cue = "change", change[::-1]
    elif gap is not None:
        kind, cue = "change", gap["c"][::-1]
        if not gap["base"]:
            qualifier = None  # the `hơn` of `thấp hơn`
    elif (
        prev is not None
        and prev.kind == "change"
        and prev.unit == unit
        and _joined(folded[prev.q.end : q.start])
    ):
        kind, cue, coordinated = "change", "và", True
    elif (
        # Most numbers have no growth word before them: one scan spares the call.
        folded.find(p.growth_word, s.start, q.start) >= 0
        and (growth := _growth_rate(folded, s.start, q.start)) is not None
    ):
        kind, cue = "change", growth
    else:
        kind, cue = "actual", ""
    # `tuple.__new__` directly: a named tuple's own `__new__` is a Python
    # function, a third of the cost of this return.
    return tuple.__new__(_Draft, (q, unit, kind, cue, qualifier, coordinated))


@cache
def _threshold_rules() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The threshold words (each with a space before it, for a plain look at
    the end of the words before a number) and the group a clause counts
    before one: a number, one to five words of its noun, `có`, then the
    property (`24 địa phương có tỷ lệ hồ sơ trực tuyến dưới`)."""
    words = folded_words(toml_resource("figures.toml")["not_figures"]["thresholds"])
    group = re.compile(
        rf"\d[\d.,/]*\s+(?:[^\W\d_]+\s+){{1,5}}có\s+(?:[^\W\d_]+\s+){{1,10}}"
        rf"(?:{_alt(words)})\s*$"
    )
    return tuple(f" {w}" for w in words), group


def _group_threshold(folded: str, s: Sentence, q: Quantity, before: str) -> bool:
    """Whether a percentage is the threshold that defines a group the clause
    counts (`còn 24 địa phương có tỷ lệ ... dưới 20%`: the 24 is the figure,
    the 20% says which provinces), not a level reached. The word right
    before it is looked at first: nearly every percentage fails there."""
    words, group = _threshold_rules()
    if not before.rstrip().endswith(words):
        return False
    clause = max(folded.rfind(c, s.start, q.start) for c in ",;:(") + 1
    return group.search(folded, max(clause, s.start), q.start) is not None


def _related_titles(folded: str, sentences: Sequence[Sentence]) -> Sequence[Sentence]:
    """The sentences without the page's list of related articles: a heading
    of `related_headings` alone on its line and the lines under it that end
    on no stop (titles), up to a line of prose or the end. The heading is
    looked for among the short sentences (a line with no stop is one): a
    search of the article for each heading cost more."""
    headings, longest = _related_headings()
    for x in sentences:
        if x.end - x.start > longest or folded[x.start : x.end].strip(" :\n") not in headings:
            continue
        line_start = folded.rfind("\n", 0, x.start) + 1
        line_end = folded.find("\n", x.start)
        line_end = len(folded) if line_end < 0 else line_end
        if folded[line_start:line_end].strip(" :") in headings:
            end = _titles_end(folded, line_end)
            return [y for y in sentences if not line_start <= y.start < end]
    return sentences


def _titles_end(folded: str, start: int) -> int:
    """Where the lines from `start` stop being titles: the start of the first
    line that ends on a stop, else the end of the text."""
    while start < len(folded):
        end = folded.find("\n", start + 1)
        end = len(folded) if end < 0 else end
        line = folded[start:end].strip()
        if line and line[-1] in _CLOSING:
            return start
        start = end
    return len(folded)


@cache
def _related_headings() -> tuple[frozenset[str], int]:
    """The headings, and the length a sentence holding one may have at most
    (a colon and blanks around it allowed)."""
    words = folded_words(toml_resource("figures.toml")["not_figures"]["related_headings"])
    return frozenset(words), max(map(len, words)) + 4


def _measured_after_date_word(p: _Patterns, q: Quantity, digits: str, reverse: str) -> bool:
    """Whether a number the `not_before` words would rule out is a
    measurement all the same: a decimal with its unit (`thấp hơn mục tiêu cả
    năm 5,2 điểm phần trăm`) is no year, day, ordinal or document number; a
    comparison base or a descriptive noun before it still rules it out."""
    return (
        q.unit is not None
        and "," in digits
        and p.comparison_base.match(reverse) is None
        and p.descriptive.match(reverse) is None
    )


_MARKS = " *-+•·–—"  # a list item's marks, and the blanks around them


def _counted_before(
    ctx: _Context, s: Sentence, q: Quantity, reverse: str, prev: _Draft | None
) -> str:
    """What a count with no noun after it counts, named before it: the head
    noun its clause opens on (`Số giao dịch thanh toán ... là 19,8 triệu`,
    `Về kinh tế số, số doanh nghiệp ... đạt khoảng 73.000`; a label's `:`
    does not end the clause), or the unit of the figure before it after a
    `total` word (`..., nâng tổng số lên 23,6 triệu`); else ''."""
    p = _patterns()
    if prev is not None and p.total.match(reverse):
        return prev.unit
    start = max(s.start, *(ctx.folded.rfind(c, s.start, q.start) + 1 for c in ",;("))
    # A list item's mark is no word of its clause (`* Số hồ sơ ... đạt 52 triệu`).
    lead = ctx.folded[start : start + 4]
    start += len(lead) - len(lead.lstrip(_MARKS))
    head = p.head_noun.match(ctx.folded, start, q.start)
    return "" if head is None else ctx.text[head.start("n") : head.end("n")]


def _rank_again(folded: str, q: Quantity, reverse: str, prev: _Draft) -> str | None:
    """The `rank_again` word (reversed, as matched) before a number that
    continues the rank `prev` (`xếp thứ 3 khu vực Tây Nguyên và thứ 29 cả
    nước`), else None: `thứ` alone is an ordinal."""
    again = _patterns().rank_again.match(reverse)
    if again is None or not _joined(folded[prev.q.end : q.start - again.end()]):
        return None
    return again["w"]


def _growth_rate(folded: str, sentence_start: int, start: int) -> str | None:
    """The growth rate named earlier in the number's clause (`Tốc độ tăng
    trưởng của kinh tế số đạt 21,4%`): the number is a change written as a
    level. The clause starts after the last `,`, `;`, `:` or `(`."""
    # Most sentences name no growth rate: a plain look for the words spares
    # the clause and the search (a search of its own cost twice as much).
    before = folded[sentence_start:start]
    if not any(map(before.__contains__, vocabulary().growth)):
        return None
    clause = max(folded.rfind(c, sentence_start, start) for c in ",;:(") + 1
    m = _patterns().growth.search(folded, max(clause, sentence_start), start)
    return None if m is None else m.group(0)


class _CountRules(NamedTuple):
    reach: re.Pattern[str]  # on the reversed words before the number
    place: re.Pattern[str]
    assigning: re.Pattern[str]  # on the reversed words before the number
    task: re.Pattern[str]
    attending: WholeWords
    others: re.Pattern[str]
    holding: re.Pattern[str]  # on the reversed words before the number
    makeup: re.Pattern[str]
    requesting: WholeWords
    requesting_words: tuple[str, ...]  # looked for plainly first
    after_words: tuple[str, ...]  # one of these stands after a count `attending` or `others` finds
    named_day: re.Pattern[str]


@cache
def _count_rules() -> _CountRules:
    v = vocabulary()
    return _CountRules(
        # Right after a reach word, or after earlier counts of places joined
        # by `,` or `và` (`tới 34 tỉnh, thành phố và 3.321 xã`).
        reach=_suffix(
            v.reach_before,
            gap=rf"(?:(?:,|àv)\s*(?:{_reversed_alt(v.reach_nouns)})\s+\d[\d.]*\s+)*",
        ),
        place=re.compile(rf"\s*(?:{_alt(v.reach_nouns)})(?!\w)"),
        assigning=_suffix(v.assigning),
        task=re.compile(rf"\s*(?:{_alt(v.task_nouns)})(?!\w)"),
        attending=WholeWords(_alt(v.attending)),
        # Its noun (a listed one, else at most two words), then `khác`.
        others=re.compile(
            rf"\s*(?:{_alt(v.count_nouns)}|[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+(?:{_alt(v.others)})(?!\w)"
            rf"(?!\s+(?:{_alt(v.others_not)})(?!\w))"
        ),
        # Right after a holding word, or after earlier counts of parts listed
        # after it (`có 5 nhóm tiện ích, 7 ...`: `, hcí nệit móhn 5` reversed).
        holding=_suffix(
            v.holding,
            gap=rf"(?:,\s*(?:{_reversed_alt((*v.subdivisions, *v.parts))})\s+\d[\d.]*\s+)*",
        ),
        # The longest listed name, taken whole (a lookahead and its copy: `re`
        # does not backtrack into it), so `xã, phường số hóa` is no `xã,`.
        makeup=re.compile(
            rf"\s*(?=(?P<part>{_alt((*v.subdivisions, *v.parts))}))(?P=part)\s*(?:[;.,:(]|$)"
        ),
        requesting=WholeWords(_alt(v.requesting)),
        requesting_words=v.requesting,
        after_words=(*v.attending, *v.others),
        # The day's noun, its name's first word (groups), up to six more words.
        named_day=re.compile(
            rf"(?<!\w)(?P<day>{_alt(v.named_days)})\s+(?P<name>[^\W\d_])[^\W\d_]*"
            rf"(?:\s+[^\W\d_]+){{0,6}}\s+$"
        ),
    )


# One character or literal per branch: `re` then skips ahead to those
# characters, where a class beside `\.\s` was tried at every character.
_CLAUSE_END = re.compile(r";|:|\(|\.\s")


def _background_count(
    folded: str, s: Sentence, q: Quantity, reverse: str, prev: _Draft | None
) -> bool:
    """Whether a count without a unit tells about the meeting or about others
    than the subject, which no indicator measures, wherever the sentence
    stands: the provinces a meeting was broadcast to (`trực tuyến với 34
    tỉnh, thành phố`), the tasks it hands out (`giao 28 nhiệm vụ`), who
    attended (`14 bộ, ngành và 63 địa phương tham dự`: the verb may follow a
    second count), peers (`cùng 46 quốc gia khác`). A database's reach (`63
    tỉnh, thành phố đã kết nối`) stays, and so does the rest of a whole the
    sentence counted just before (`29/46 cơ sở dữ liệu đã kết nối; 17 cơ sở
    dữ liệu còn lại`), as does what the province is made of (`tỉnh có 135
    xã, phường;`), a body or a plan (`gồm 25 thành viên,`), and what a
    clause asks for (`kiến nghị ... hỗ trợ khoảng 90 trạm`). `reverse`: the
    words before the number, reversed; `prev`: the sentence's figure before
    it."""
    rules = _count_rules()
    if rules.reach.match(reverse) and rules.place.match(folded, q.end, s.end):
        return True
    if rules.assigning.match(reverse) and rules.task.match(folded, q.end, s.end):
        return True
    if (
        q.denominator is None
        and rules.holding.match(reverse)
        and rules.makeup.match(folded, q.end, s.end)
    ):
        return True
    # Few sentences hold a request word before the count: a plain look spares
    # finding the clause (`map` over a slice: a generator of `find` calls
    # cost as much again).
    if any(map(folded[s.start : q.start].__contains__, rules.requesting_words)):
        clause = max(folded.rfind(c, s.start, q.start) for c in ",;:(") + 1
        if rules.requesting.search(folded, max(clause, s.start), q.start):
            return True
    # Most counts have no word of `attending` or `others` in the window
    # after them: a plain look for the words spares the clause's end and
    # both searches, which stay inside that window.
    after = folded[q.end : q.end + _WINDOW]
    if not any(map(after.__contains__, rules.after_words)):
        return False
    end = _CLAUSE_END.search(folded, q.end, s.end)
    clause_end = min(end.start() if end else s.end, q.end + _WINDOW)
    if rules.attending.search(folded, q.end, clause_end):
        return True
    others = rules.others.match(folded, q.end, clause_end)
    return others is not None and not _rest_of(folded, q, prev)


def _rest_of(folded: str, q: Quantity, prev: _Draft | None) -> bool:
    """Whether a count of `còn lại` is the rest of what the figure before it
    in the sentence counted: its counted noun opens that figure's unit."""
    if prev is None or not prev.unit:
        return False
    noun = _patterns().count_noun.match(folded, q.end)
    return noun is not None and fold(prev.unit).startswith(folded[noun.start("n") : noun.end("n")])


def _numbers_an_item(before: str) -> bool:
    """Whether a number followed by `.` or `)` numbers a list item, given the
    words before it: it opens the sentence (`1. Tăng cường ...`, `2) ...`),
    or stands in brackets after a list's `:` or an item's `;` (`Mục tiêu: (1)
    ...; (2) ...`), where `năm 2023: 4)` is no item."""
    lead = before.rstrip()
    if not lead.strip(" ("):
        return True
    return lead.endswith("(") and lead[:-1].rstrip().endswith((":", ";"))


def _date_like(ctx: _Context, q: Quantity) -> bool:
    """`21/9`, `30/6` (day/month) and `6/2022` (month/year) are dates, not
    ratios; when the digits allow a ratio too, only words around it make it
    one (`3/5 chỉ tiêu`, `2/3 số xã`, not `sáng 9/10` or `(5/7)`)."""
    den = q.denominator or 0
    if 1900 <= den <= 2100 and q.number <= 12:
        return True
    if den > 12 or q.number > 31:
        return False
    return (
        q.number > den
        or _named_day(ctx, q.start)
        or not counts_something(ctx.text, ctx.folded, q.start, q.num_end)
    )


def _named_day(ctx: _Context, start: int) -> bool:
    """Whether the words before `start` name a day (`Ngày Chuyển đổi số quốc
    gia`): its noun and its name's first word capitalised, as no running
    text writes them (`ngày càng nhiều`, `tháng 6`)."""
    m = _count_rules().named_day.search(ctx.folded, max(0, start - _WINDOW), start)
    if m is None:
        return False
    return ctx.text[m.start("day")].isupper() and ctx.text[m.start("name")].isupper()


def _joined(between: str) -> bool:
    """Only `về ...`, `và`, commas between two figures: one statement about both."""
    return bool(re.fullmatch(r"[^\d();]*(?:\svà|,)\s*", between))


def _stated_kind(
    folded: str,
    view: _SentenceView,
    d: _Draft,
    first: int,
    lead_cue: tuple[str, str] | None,
) -> _Draft:
    """An actual's draft made a target or forecast when a cue governs it; any
    other draft as it is. The cue stands earlier in the same clause, or it
    governs a list the clause is an item of: it ends the clause before a `:`
    (`Chỉ tiêu năm 2025: 80% ...; 60% ...`), or opens the sentence before
    its first figure and a `,` (`Phấn đấu đến năm 2025, ... 85%; ... 60%`),
    or the line leading a list (`lead_cue`). A clause in brackets or after
    another figure's comma is no item and takes only a cue of its own, and
    an item that says what has been reached (`đã`, `mới đạt`) none.
    `first` is where the sentence's first figure starts."""
    if d.kind not in ("actual", "change"):
        return d
    start = view.clause_start(d.q.start)
    clause = folded[start : d.q.start]
    if d.kind == "change":
        # A change a target cue of its own clause asks for, as a level's
        # would be (`yêu cầu các bộ, ngành ... cắt giảm ít nhất 30%`), is a
        # target; lists and forecasts leave it. A gap to a base names the
        # plan it is measured against (`cao hơn chỉ tiêu 2,4 điểm phần
        # trăm`): it asks for nothing.
        if d.cue in vocabulary().comparatives:
            return d
        found = _cue_in(clause) if view.has_kind_cue else None
        if found is None or found[0] != "target":
            return d
        return d._replace(kind=found[0], cue=found[1])
    p = _patterns()
    if p.reached_before.match(clause[: -_REACHED_REACH - 1 : -1]):
        return d
    found = _cue_in(clause) if view.has_kind_cue else None
    if found is None and view.has_kind_cue:
        after = p.target_after.search(folded, d.q.end, view.clause_end(d.q.end))
        found = None if after is None else ("target", after.group(0))
    if found is None and _opens_item(folded, view.s.start, start):
        if view.has_kind_cue:
            found = _list_cue(folded, view, start, first)
        found = found or lead_cue
        if found is not None and _patterns().reached.search(clause):
            found = None
    if found is None:
        return d
    return d._replace(kind=found[0], cue=found[1])


_REACHED_REACH = 16  # characters before a number `reached_before` words may take


def _opens_item(folded: str, sentence_start: int, start: int) -> bool:
    """Whether the clause starting at `start` can be a list item: it opens the
    sentence, follows a `:` or `;`, or follows the bracket of an item number
    that does (`: (1) ...; (2) ...`)."""
    if start == sentence_start or folded[start - 1] in ";:":
        return True
    if folded[start - 1] != "(" or _ASIDE.match(folded, start - 1):
        return False
    lead = folded[sentence_start : start - 1].rstrip()
    return not lead or lead.endswith((":", ";"))


def _cue_in(clause: str, governs_list: bool = False) -> tuple[str, str] | None:
    """The last target or forecast cue in `clause` (kind, words), once the
    words that cancel a target (`so với kế hoạch`) are taken out. A cue
    leading a list (`governs_list`) is none when a word of results stands
    before it: the list holds results against the targets."""
    # Every cue holds one of the words: most clauses are ruled out by a look for them.
    if not any(map(clause.__contains__, _kind_words())):
        return None
    p = _patterns()
    clause = p.not_target.sub(lambda m: _cancelled(clause, m), clause)
    best: tuple[int, str, str] | None = None
    for kind, pattern in (("target", p.target), ("forecast", p.forecast)):
        for m in pattern.finditer(clause):
            if best is None or m.start() > best[0]:
                best = (m.start(), kind, m.group(0))
    # A plan's word first, looked for as such: most clauses hold none.
    if any(map(clause.__contains__, vocabulary().plan)):
        for m in p.plan_setting.finditer(clause):
            if best is None or m.start() > best[0]:
                best = (m.start(), "target", m["w"])
    if best is None or (governs_list and p.results.search(clause, 0, best[0])):
        return None
    return best[1], best[2]


def _cancelled(clause: str, m: re.Match[str]) -> str:
    """A cancelling phrase blanked out, unless it ends the clause: then the
    number after it is the value of the target it names (`thấp hơn so với
    mục tiêu 50%`), and its cue word counts."""
    return m.group(0) if not clause[m.end() :].strip() else " " * len(m.group(0))


def _list_cue(folded: str, view: _SentenceView, start: int, first: int) -> tuple[str, str] | None:
    """The cue of the list an item clause starting at `start` belongs to: the
    clause ending in the `:` before it (`;` only between), else the
    sentence's opening words up to its first comma, when no figure is in them."""
    s = view.s
    colon = folded.rfind(":", s.start, start)
    # (The bracket is searched for past `start`: an item number's `)` may lie there.)
    aside = _ASIDE.search(folded, colon, s.end) if colon >= 0 else None
    if colon >= 0 and not (aside and aside.start() < start) and ". " not in folded[colon:start]:
        found = _cue_in(folded[view.clause_start(colon) : colon], governs_list=True)
        if found is not None:
            return found
    if start == s.start:
        return None
    comma = folded.find(", ", s.start, min(first, start))
    if comma >= 0:
        opening = folded[s.start : comma]
        if any(c in opening for c in ";:") or _ASIDE.search(opening):
            return None
        found = _cue_in(opening, governs_list=True)
        if found is not None:
            return found
    # A directive before the first figure, after any opening clause
    # (`Kết luận phiên họp, Thủ tướng yêu cầu ... phải đạt 60% ...; ... 16%
    # GDP`), governs the items too.
    words = folded[s.start : min(first, start)]
    if any(c in words for c in ";:") or _ASIDE.search(words):
        return None
    return _cue_in(words, governs_list=True)


# ---------------------------------------------------------------- resolution


def _new_figure(fields: dict[str, object]) -> Figure:
    """A `Figure` from all its fields, given in their declared order.

    What the dataclass's own `__init__` does (a frozen one sets each field with
    `object.__setattr__`), without a call per field: keyword arguments to a
    17-field frozen dataclass cost ~5 us, a tenth of the time per figure. The
    fields come as one dict literal, not as keywords, which would be gathered
    into a new dict on every call. The caller passes every field, defaults
    included; `Figure` has no `__post_init__` to skip
    (tests/extract/test_figures_properties.py checks both, and that the result
    equals `Figure(**fields)`).
    """
    figure = object.__new__(Figure)
    figure.__dict__.update(fields)
    return figure


def _figure(
    ctx: _Context,
    view: _SentenceView,
    paragraph_periods: list[PeriodPhrase],
    scope: str,
    d: _Draft,
    before: list[Figure],
    next_start: int,
    earlier: list[Figure],
) -> Figure:
    """The draft resolved; `before` holds the figures of its sentence so far."""
    q, s = d.q, view.s
    prev = before[-1] if before else None
    zone_start = view.zone_start(q.start)
    zone_start = max(zone_start, prev.end if prev else 0)
    zone_end = min(view.zone_end(q.end), next_start)
    zone = (zone_start, zone_end)
    period, inferred, evidence = _period(ctx, view, paragraph_periods, q, zone, d.kind == "target")
    indicator = _indicator(ctx, view, d, prev, earlier, zone_start, zone_end)
    kind, qualifier = d.kind, d.qualifier
    if kind == "actual" and _after_the_meeting(ctx, period):
        kind = "target"  # `lên 30% GDP vào năm 2030`: nothing has been reached in the future
    # Only an article with a `|` table has columns: most need no look at the sentence.
    if ctx.pipe_columns and "|" in view.folded:
        column = _pipe_column(ctx, q.start)
        if column is not None:
            kind = column.kind if kind == "actual" else kind
            if column.period is not None:
                p = column.period
                period, inferred, evidence = p.period, p.year_inferred, Span(p.start, p.end)
    # A gap to the national average (`thấp hơn bình quân cả nước 8,4 điểm
    # phần trăm`) is the province's, as the figure it qualifies.
    gap = d.kind == "change" and d.cue in vocabulary().comparatives
    if scope != NATIONAL and not gap and national_value(ctx.folded[s.start : q.start]):
        scope = NATIONAL
    return _new_figure(
        {
            "raw": ctx.text[q.start : q.end],
            "start": q.start,
            "end": q.end,
            "sentence_start": s.start,
            "sentence_end": s.end,
            "value": q.value,
            "unit": d.unit,
            "kind": kind,
            "rule": _rule(d),
            "label": _label(ctx, q, d.unit, (zone_start, zone_end)),
            "indicator_id": indicator,
            "denominator": q.denominator,
            "qualifier": qualifier,
            "period": period,
            "period_inferred": inferred,
            "period_evidence": evidence,
            "scope": scope,
        }
    )


def _after_the_meeting(ctx: _Context, period: Period | None) -> bool:
    """Whether a period starts after the meeting's day (or month, or year):
    a level of that period is aimed at, whatever verb states it."""
    meeting = ctx.meeting_period
    return period is not None and meeting is not None and period.start > meeting.end


def _pipe_column(ctx: _Context, start: int) -> PipeColumn | None:
    """The column of a `|` table the number at `start` stands in, if any."""
    line = ctx.folded.rfind("\n", 0, start) + 1
    columns = ctx.pipe_columns.get(line)
    if columns is None:
        return None
    index = ctx.folded.count("|", line, start)
    return columns[index] if index < len(columns) else None


def _indicator(
    ctx: _Context,
    view: _SentenceView,
    d: _Draft,
    prev: Figure | None,
    earlier: list[Figure],
    zone_start: int,
    zone_end: int,
) -> str | None:
    """The catalogue id: the figure's own words, else what it follows up, else its clause."""
    folded, q, s, sentence = ctx.folded, d.q, view.s, view.folded
    level = d.kind != "change"
    zone = folded[zone_start : q.start] + MARK + folded[q.end : zone_end]
    found = match_indicator(zone, q.start - zone_start, sentence, d.unit, level)
    if found:
        return found.id
    if prev is not None and prev.sentence_start == s.start:
        if d.coordinated:
            return prev.indicator_id
        # A move in a ranking (`tăng 5 bậc`) follows up a rank only, and a
        # rank is followed up by nothing else; a target or forecast follows
        # up a level of its own unit (not `100%` after `40 triệu tài khoản`,
        # nor `40 triệu công dân` after `25 dịch vụ công`), or a count with
        # no noun a count.
        if (
            d.kind in ("change", "target", "forecast")
            and prev.kind != "change"
            and (unit_sort(d.unit) == "rank") == (prev.kind == "rank")
            and (
                d.kind == "change"
                or d.unit == prev.unit
                or (not d.unit and unit_sort(prev.unit) == "count")
            )
        ):
            return prev.indicator_id
        if prev.indicator_id and prev.unit == d.unit and _restates(folded, prev.end, q.start):
            return prev.indicator_id
    # The words are looked for as such first: most zones hold none (a plain
    # loop: `any(map(zone.__contains__, ...))` costs half as much again). They
    # point back to the figure just before, in this sentence or an earlier one.
    before = prev if prev is not None and prev.sentence_start == s.start else None
    before = before or (earlier[-1] if earlier else None)
    if before is not None:
        for word in vocabulary().anaphora:
            if word in zone:
                if _patterns().anaphora.search(zone):
                    return before.indicator_id
                break
    if not level:
        return None
    start = view.clause_start(q.start)
    end = view.clause_end(q.end)
    clause = folded[start : q.start] + MARK + folded[q.end : end]
    found = match_indicator(clause, q.start - start, sentence, d.unit, True, max_after=2)
    if found is None and start > s.start and folded[start - 1] == ":":
        # A lead before `:` names what the clause after it counts
        # (`Thanh toán không dùng tiền mặt tăng mạnh: 10 tháng có 9,4 tỷ giao dịch`).
        lead = view.clause_start(start - 1)
        clause = folded[lead : q.start] + MARK + folded[q.end : end]
        found = match_indicator(clause, q.start - lead, sentence, d.unit, True, max_after=2)
    return found.id if found else None


def _restates(folded: str, prev_end: int, start: int) -> bool:
    """Whether a figure gives another value of the quantity the figure
    ending at `prev_end` measures: in brackets opened after it (`đạt 58,9%
    (cả nước đạt 52,3%)`, `58,1% (cùng kỳ năm 2025: 44,9%)`), or as the total
    it brings it to (`có thêm 4,9 triệu tài khoản ..., nâng tổng số lên
    23,6 triệu`)."""
    between = folded[prev_end:start]
    if between.rfind("(") > between.rfind(")"):
        return True
    return _patterns().total.match(between[::-1]) is not None


def _period(
    ctx: _Context,
    view: _SentenceView,
    paragraph_periods: list[PeriodPhrase],
    q: Quantity,
    zone: tuple[int, int],
    target: bool,
) -> tuple[Period | None, bool, Span | None]:
    """From the figure's own words (`năm 2023 là 50%, năm 2024 là 60%`: the one
    before it first), else its clause, else the nearest in its sentence; else
    a period the paragraph set before it, else the sentence's comparison base;
    else the period the meeting reviews, else the meeting. A later sentence's
    period dates that sentence only (`đạt 95,5%. Tỷ lệ ... tháng 6/2022 đạt
    72,6%`). A target takes the reviewed period only when it is a whole year
    (the year's plan): at a first-quarter review `Kế hoạch năm 2022 đặt chỉ
    tiêu ... 10,5%` aims past the quarter."""
    folded, s = ctx.folded, view.s
    phrases = view.periods
    if (
        ctx.meeting_period is not None
        and view.says_now
        and _said_now(folded, s.start, q.start, phrases)
    ):
        return ctx.meeting_period, True, ctx.meeting_evidence
    if phrases:
        found = _phrase_of_sentence(folded, view, phrases, q, zone)
        if found is not None:
            return found.period, found.year_inferred, Span(found.start, found.end)
    return view.stated_elsewhere(ctx, paragraph_periods, target)


def _phrase_of_sentence(
    folded: str,
    view: _SentenceView,
    phrases: list[PeriodPhrase],
    q: Quantity,
    zone: tuple[int, int],
) -> PeriodPhrase | None:
    """The sentence's period phrase that dates the figure, if any: one in its
    own words (the one before it first), else in its clause, else the nearest;
    not one after `từ` in `từ mức 17% vào cuối năm 2023 lên 42%` (it dates the
    17%), nor one in brackets opened after the figure."""
    s = view.s
    # The words before the number end where its leading blanks start (what
    # `rstrip` leaves): searching only there spares a try at every character
    # of the sentence, and the words are copied out only when they end on
    # `lên`, `xuống` or `mức`.
    tail_end = q.start
    while tail_end > s.start and folded[tail_end - 1].isspace():
        tail_end -= 1
    if folded.endswith(_FROM_TO_LAST, s.start, tail_end):
        before = folded[s.start : q.start]
        if _FROM_TO.search(before, max(0, tail_end - s.start - _FROM_TO_REACH)):
            origin = before.rfind("từ ")
            if origin >= 0:
                phrases = [p for p in phrases if not s.start + origin <= p.start < q.start]
    # (A phrase starting before the figure's end is never an aside after it.)
    phrases = [p for p in phrases if p.start < q.end or not _aside_after(folded, p, q)]
    if not phrases:
        return None
    own = [p for p in phrases if zone[0] <= p.start and p.end <= zone[1]]
    if own:
        return min(own, key=lambda p: (p.start > q.start, _gap(p, q)))
    c_start = view.clause_start(q.start)
    c_end = view.clause_end(q.end)
    same = [p for p in phrases if c_start <= p.start and p.end <= c_end]
    return min(same or phrases, key=lambda p: _gap(p, q))


def _stated_elsewhere(
    ctx: _Context, view: _SentenceView, paragraph_periods: list[PeriodPhrase], target: bool
) -> tuple[Period | None, bool, Span | None]:
    """The period of a figure its sentence dates with no phrase: what the
    paragraph stated before the sentence, else the sentence's comparison
    base, else the period the meeting reviews (for a target, only a whole
    year), else the meeting. The same for every figure of the sentence but
    for the target rule, so `_SentenceView.stated_elsewhere` keeps it."""
    s = view.s
    lead = next((p for p in paragraph_periods if p.end <= s.start), None)
    if lead is not None:
        return lead.period, lead.year_inferred, Span(lead.start, lead.end)
    comparisons = _within(ctx.comparisons, s.start, s.end)
    if comparisons:
        c = comparisons[0]
        return c.period, True, Span(c.start, c.end)
    r = ctx.reviewed
    if r is not None and (not target or len(r.period.label) == len("2024")):
        return r.period, True, Span(r.start, r.end)
    if ctx.meeting_period is not None:
        return ctx.meeting_period, True, ctx.meeting_evidence
    return None, False, None


@cache
def _now_words() -> WholeWords:
    """`Hiện 487/512 cơ sở ...`, but not `hiện đại`: `hiện` alone is a word of
    now unless one of `now_not_before` makes it another word."""
    vocab = vocabulary()
    return WholeWords(rf"(?:{_alt(vocab.now)})(?! (?:{_alt(vocab.now_not_before)})(?!\w))")


_NOW_WORD = 8  # characters: enough for the one word before `hiện` that makes another word


def _said_now(folded: str, start: int, end: int, phrases: list[PeriodPhrase]) -> bool:
    """Whether a word of "now" stands before the figure ending the words
    `folded[start:end]`, after their last `;`, with no period phrase between
    it and the figure: the figure is as of the meeting's day."""
    start = max(start, folded.rfind(";", start, end) + 1)
    last = -1
    for m in _now_words().finditer(folded, start, end):
        before = folded[max(start, m.start() - _NOW_WORD) : m.start()].split()
        if not before or before[-1] not in vocabulary().now_not_after:
            last = m.end()
    return last >= 0 and not any(last <= p.start < end for p in phrases)


def _aside_after(folded: str, phrase: PeriodPhrase, q: Quantity) -> bool:
    """Whether a period phrase sits in brackets opened after the figure
    (`đạt 52,6% (năm 2023 là 31,4%)`): it dates what the brackets say, a
    comparison value, not the figure. (Brackets before a figure often date
    it: `(quý I/2024), tỷ lệ ... đạt 50%`.)"""
    if phrase.start < q.end:
        return False
    between = folded[q.end : phrase.start]
    return "(" in between and ")" not in between[between.rfind("(") :]


def _gap(phrase: PeriodPhrase, q: Quantity) -> int:
    """Characters between a period phrase and a quantity."""
    return max(phrase.start - q.end, q.start - phrase.end)


_FORMS = {
    "%": "percent",
    "đồng": "money",
    "USD": "money",
    "Mbps": "speed",
    "Gbps": "speed",
    "Tbps": "speed",
    "lần": "multiple",
    "bậc": "rank change",
    "hạng": "rank a/b",
}


def _rule(d: _Draft) -> str:
    """Why this is a figure, in words a user reads: `percent after 'đạt'`."""
    if d.q.denominator is not None and d.kind != "rank":
        form = "ratio a/b"
    elif "/" in d.unit:
        form = "rate per base"
    else:
        form = _FORMS.get(d.unit) or (f"count of '{d.unit}'" if d.unit else "count")
    if d.coordinated:
        return f"{form} joined by 'và' to a change"
    cue = d.cue or (d.qualifier or "")
    return f"{form} after '{cue}'" if cue else form


def _label(ctx: _Context, q: Quantity, unit: str, zone: tuple[int, int]) -> str:
    """The noun phrase the figure quantifies: its own words before it when they
    say something (two words or more, fillers and verbs taken off), else the
    words after it (`100% số xã kết nối internet cáp quang`), else its unit."""
    text = ctx.text
    own = _trim(text[zone[0] : q.start])
    if len(own.split(maxsplit=1)) == 2:  # two words or more
        return own
    after = _PAREN.split(text[q.end : zone[1]], maxsplit=1)[0]
    after = " ".join(after.strip(" ,;:…").split()[:10])
    after = _LABEL_END.sub("", after).strip(" ,;:/….")
    return after or own or unit


def _trim(words: str) -> str:
    """Words before a number without the verbs and fillers that lead to it."""
    words = _without_tail(" " + words.strip(" ,;:()")).strip(" ,;:()")
    # The head pattern opens on `^`: one match at the start, not a `sub` that
    # tries it at every character of the label.
    head = _LABEL_HEAD.match(words)
    return (words[head.end() :] if head else words).strip(" ,;:().")


def _without_tail(words: str) -> str:
    """`_LABEL_TAIL.sub("", words)`: the verbs and fillers ending the words
    taken off. The pattern would be tried at every blank; a match holds only
    the tail words' letters and blanks, so it starts within the end of
    `words` made of those, and there is none when that end is empty."""
    cut = len(words.rstrip(_LABEL_TAIL_CHARS))
    if cut == len(words):
        return words
    m = _LABEL_TAIL.search(words, cut)
    return words if m is None else words[: m.start()] + words[m.end() :]


# ---------------------------------------------------------------- the table


def _table_figures(ctx: _Context, group: list[Sentence]) -> list[Figure] | None:
    """Figures of a flattened table line: per row, the half-year actual and the year's target."""
    start, end = group[0].start, group[-1].end
    rows = read_table(ctx.folded, start, end, ctx.default_year)
    if rows is None:
        return None
    out = []
    for row in rows:
        label = ctx.text[row.label_start : row.label_end].strip()
        folded_label = ctx.folded[row.label_start : row.label_end].strip()
        # The indicator rests on the row's label alone: once for all its cells.
        found = match_indicator(
            folded_label + " " + MARK, len(folded_label) + 1, folded_label, "%", True
        )
        for column, cell in row.cells:
            s = next(x for x in group if x.start <= cell.start < x.end)
            out.append(
                _new_figure(
                    {
                        "raw": ctx.text[cell.start : cell.end],
                        "start": cell.start,
                        "end": cell.end,
                        "sentence_start": s.start,
                        "sentence_end": s.end,
                        "value": cell.value,
                        "unit": "%",
                        "kind": column.kind,
                        "rule": f"table row: {column.kind} in column '{column.name}'",
                        "label": label,
                        "indicator_id": found.id if found else None,
                        "denominator": None,
                        "qualifier": None,
                        "period": column.period,
                        "period_inferred": False,
                        "period_evidence": None,
                        "scope": NATIONAL,
                    }
                )
            )
    return out
