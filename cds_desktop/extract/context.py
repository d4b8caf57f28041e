"""What every figure of one article, and of one sentence, is resolved against.

`Context` holds what is worked out once per article (its folded text,
quantities, period phrases, the meeting's date); `SentenceView` what is
worked out once per sentence that keeps a figure (clause and zone ends, kind
and "now" cues, period phrases). Separate so the drafting, dating and label
rules can share them without depending on each other.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Protocol, TypeVar

from cds_desktop.extract.cues import kind_keys, now_keys, patterns
from cds_desktop.extract.model import Meeting, Period, Sentence, Span
from cds_desktop.extract.numbers import Quantity, find_quantities
from cds_desktop.extract.periods import (
    Comparison,
    PeriodPhrase,
    RunEnds,
    date_period,
    find_comparisons,
    find_periods,
    reviewed_period,
    year_label,
)
from cds_desktop.extract.tables import PipeColumn, pipe_columns
from cds_desktop.extract.vocab import vocabulary

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


@dataclass(frozen=True)
class Context:
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
    # Where the words of what remains (`còn`) start, in order: most articles
    # have few, and a figure with none right before it needs no closer look.
    remains_at: tuple[int, ...]

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


def within(phrases: tuple[_P, ...], start: int, end: int) -> list[_P]:
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


def article_context(text: str, folded: str, meeting: Meeting | None) -> Context:
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
    reviewed = reviewed_period(folded, period, _paragraph_of(folded, evidence))
    # A run up to now (`từ đầu năm`) ends at the meeting or at the end of
    # what it reviews, so the review is read before the phrases.
    ends = None
    if period is not None:
        ends = RunEnds(period, period if reviewed is None else reviewed.period)
    periods = tuple(find_periods(folded, 0, len(folded), year, ends))
    return Context(
        text,
        folded,
        year,
        period,
        evidence,
        reviewed,
        periods,
        tuple(find_comparisons(folded, 0, len(folded))),
        quantities,
        tuple(q.start for q in quantities),
        # Only an article with a `|` can hold a `|` table.
        pipe_columns(folded, periods) if "|" in folded else {},
        _starts_of(folded, vocabulary().remains),
    )


def _starts_of(folded: str, words: tuple[str, ...]) -> tuple[int, ...]:
    """Every start of one of `words` in `folded`, in order."""
    starts = []
    for word in words:
        at = folded.find(word)
        while at >= 0:
            starts.append(at)
            at = folded.find(word, at + 1)
    return tuple(sorted(starts))


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


class SentenceView:
    """One sentence as every figure in it reads it: its folded text, whether it
    holds a kind cue, its clause ends, periods and comparison bases. Worked
    out once per sentence with quantities instead of once per figure (and
    eagerly: `functools.cached_property` takes a lock on every read in
    Python 3.11, which cost more than it saved)."""

    __slots__ = (
        "clause_ends",
        "clause_starts",
        "elsewhere",
        "folded",
        "has_kind_cue",
        "now_ends",
        "periods",
        "s",
        "says_now",
        "zone_ends",
        "zone_starts",
    )

    def __init__(self, ctx: Context, s: Sentence, folded: str) -> None:
        p = patterns()
        self.s = s
        self.folded = folded
        # Most sentences hold no target or forecast cue, and their figures
        # need no clause-by-clause look.
        # A cue is one of the words: a plain look for them first spares most
        # sentences the two searches.
        # (`map` over the bound `__contains__`: no generator frame per word.)
        self.has_kind_cue = any(map(folded.__contains__, kind_keys())) and bool(
            p.target.search(folded)
            or p.forecast.search(folded)
            or p.plan_setting.search(folded)
            or p.target_after.search(folded)
        )
        # Few sentences hold a word of "now": one look per sentence spares
        # every figure of the others a search before it (`dating._said_now`).
        self.says_now = any(map(folded.__contains__, now_keys()))
        # Where its words of now end: found by `dating.py` at its first figure.
        self.now_ends: list[int] | None = None
        clauses, zones = _clause_and_zone_ends(ctx.folded, s.start, s.end)
        self.clause_starts, self.clause_ends = _starts_and_ends(clauses)
        self.zone_starts, self.zone_ends = _starts_and_ends(zones)
        self.periods = within(ctx.periods, s.start, s.end)
        label = year_label(ctx.folded, s.start)
        if label is not None:
            self.periods.insert(0, label)
        # The period its figures take when their words state none, for its
        # actuals and for its targets: worked out by `dating.py` once each.
        self.elsewhere: dict[bool, tuple[Period | None, bool, Span | None]] = {}

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
