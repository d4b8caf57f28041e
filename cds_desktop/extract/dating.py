"""The period a figure holds for: its own words, its clause, its sentence, its
paragraph, a comparison base, the period the meeting reviews, or the meeting.

The period phrases themselves are found by `periods.py`; this module only
chooses which of them dates a given figure, and says where it was stated.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from cds_desktop.extract.context import Context, SentenceView, within
from cds_desktop.extract.cues import alt
from cds_desktop.extract.model import Period, Span
from cds_desktop.extract.numbers import Quantity
from cds_desktop.extract.periods import (
    PeriodPhrase,
    ends_on_word,
    is_run_to_date,
    months_period,
)
from cds_desktop.extract.scan import WholeWords
from cds_desktop.extract.vocab import vocabulary

_FROM_TO = re.compile(r"(?<!\w)(?:lên|xuống)(?: mức)?\s*$")
_FROM_TO_REACH = len("xuống mức")  # how far before the trailing blanks a match starts
_FROM_TO_LAST = ("lên", "xuống", "mức")  # the words a `_FROM_TO` match can end on


def figure_period(
    ctx: Context,
    view: SentenceView,
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
    tiêu ... 10,5%` aims past the quarter. `cùng kỳ năm 2027` is the
    figure's stretch of months in 2027; what remains not yet done (`còn 162
    ấp chưa có sóng`) with no phrase of its sentence is as of the meeting."""
    folded = ctx.folded
    phrases = view.periods
    if ctx.meeting_period is not None and view.says_now and _said_now(folded, view, q.start):
        return ctx.meeting_period, True, ctx.meeting_evidence
    if phrases:
        found = _phrase_of_sentence(folded, view, phrases, q, zone)
        if found is not None:
            if _after_same_stretch(folded, found):
                rest = [p for p in phrases if p is not found]
                return _same_stretch(ctx, view, paragraph_periods, rest, q, zone, target, found)
            return found.period, found.year_inferred, Span(found.start, found.end)
    if ctx.remains_at and ctx.meeting_period is not None and _remains_now(ctx, view, q):
        return ctx.meeting_period, True, ctx.meeting_evidence
    return _stated_elsewhere_once(ctx, view, paragraph_periods, target)


_REMAINS_REACH = 20  # characters before a number that `còn` and a qualifier fit in


def _remains_now(ctx: Context, view: SentenceView, q: Quantity) -> bool:
    """Whether the figure counts what remains not yet done (`còn khoảng
    64.000 tài khoản ... chưa được kích hoạt`): `còn` right before the number
    or its qualifier, `chưa` after it in its clause. The article's `còn`s
    are looked up first: few figures have one before them."""
    reach = max(view.s.start, q.start - _REMAINS_REACH)
    i = bisect_left(ctx.remains_at, reach)
    if i == len(ctx.remains_at) or ctx.remains_at[i] >= q.start:
        return False
    folded, vocab = ctx.folded, vocabulary()
    before = folded[reach : q.start].rstrip()
    qualifier = next((w for w in vocab.qualifiers if ends_on_word(before, w)), "")
    before = before[: len(before) - len(qualifier)].rstrip()
    if not any(ends_on_word(before, w) for w in vocab.remains):
        return False
    clause = folded[q.end : view.clause_end(q.end)]
    return any(f" {w} " in clause for w in vocab.remains_not_yet)


_SAME_STRETCH_REACH = 12  # characters before a phrase that `cùng kỳ` and blanks fit in


def _after_same_stretch(folded: str, phrase: PeriodPhrase) -> bool:
    """Whether a year-only phrase follows `cùng kỳ` (`cùng kỳ năm 2027`)."""
    if len(phrase.period.label) != len("2024"):
        return False
    before = folded[max(0, phrase.start - _SAME_STRETCH_REACH) : phrase.start].rstrip()
    return any(ends_on_word(before, w) for w in vocabulary().same_stretch)


def _same_stretch(
    ctx: Context,
    view: SentenceView,
    paragraph_periods: list[PeriodPhrase],
    rest: list[PeriodPhrase],
    q: Quantity,
    zone: tuple[int, int],
    target: bool,
    phrase: PeriodPhrase,
) -> tuple[Period | None, bool, Span | None]:
    """`96,4% (cùng kỳ năm 2027: 88,1%)` under `trong 9 tháng` of 2028: the
    months the figure would be dated by without the phrase (its sentence's
    other phrases, else the paragraph's, else the reviewed period), in the
    phrase's year, 2027-01/2027-09. A stretch that is no run of months of
    one year (a day, several years) leaves the phrase's year alone."""
    year = int(phrase.period.label)
    other = _phrase_of_sentence(ctx.folded, view, rest, q, zone) if rest else None
    stretch = (
        other.period if other else _stated_elsewhere_once(ctx, view, paragraph_periods, target)[0]
    )
    span = Span(phrase.start, phrase.end)
    if stretch is None or not _whole_months_of_one_year(stretch):
        return phrase.period, phrase.year_inferred, span
    return months_period(year, int(stretch.start[5:7]), int(stretch.end[5:7])), True, span


def _whole_months_of_one_year(period: Period) -> bool:
    """Whether a period runs from a month's first day to a month's last, in one year."""
    last = int(period.end[5:7])
    return (
        period.start[:4] == period.end[:4]
        and period.start.endswith("-01")
        and period.end == months_period(int(period.end[:4]), last, last).end
    )


def _phrase_of_sentence(
    folded: str,
    view: SentenceView,
    phrases: list[PeriodPhrase],
    q: Quantity,
    zone: tuple[int, int],
) -> PeriodPhrase | None:
    """The sentence's period phrase that dates the figure, if any: one in its
    own words (the one before it first), else in its clause, else the nearest
    but one opening a clause past a `;` after it; not one after `từ` in `từ
    mức 17% vào cuối năm 2023 lên 42%` (it dates the 17%), nor one in
    brackets opened after the figure."""
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
            # (`từ đầu năm lên 1,5 tỷ`: the `từ` opens a run of months, no value.)
            if origin >= 0 and not any(p.start == s.start + origin for p in phrases):
                phrases = [p for p in phrases if not s.start + origin <= p.start < q.start]
    # (A phrase starting before the figure's end is never an aside after it.)
    phrases = [p for p in phrases if p.start < q.end or not _aside_after(folded, p, q)]
    if not phrases:
        return None
    own = [p for p in phrases if zone[0] <= p.start and p.end <= zone[1]]
    if own:
        return min(own, key=lambda p: (p.start > q.start, _gap(p, q)))
    # A run up to now counts the total of its own words: not a figure of an
    # earlier stretch (`trong tháng 8 ... tiếp nhận 186 triệu ..., nâng tổng
    # số từ đầu năm lên 1,5 tỷ`: the 186 triệu is August's).
    phrases = [p for p in phrases if p.start < zone[1] or not is_run_to_date(folded, p)]
    if not phrases:
        return None
    c_start = view.clause_start(q.start)
    c_end = view.clause_end(q.end)
    same = [p for p in phrases if c_start <= p.start and p.end <= c_end]
    if same:
        return min(same, key=lambda p: _gap(p, q))
    ahead = [p for p in phrases if not _opens_a_later_clause(folded, p, q)]
    return min(ahead, key=lambda p: _gap(p, q), default=None)


def _stated_elsewhere_once(
    ctx: Context, view: SentenceView, paragraph_periods: list[PeriodPhrase], target: bool
) -> tuple[Period | None, bool, Span | None]:
    """`_stated_elsewhere`, worked out once for the sentence's actuals and
    once for its targets: a third of the figures of an article reach it."""
    if target not in view.elsewhere:
        view.elsewhere[target] = _stated_elsewhere(ctx, view, paragraph_periods, target)
    return view.elsewhere[target]


def _stated_elsewhere(
    ctx: Context, view: SentenceView, paragraph_periods: list[PeriodPhrase], target: bool
) -> tuple[Period | None, bool, Span | None]:
    """The period of a figure its sentence dates with no phrase: what the
    paragraph stated before the sentence, else the sentence's comparison
    base, else the period the meeting reviews (for a target, only a whole
    year), else the meeting. The same for every figure of the sentence but
    for the target rule, so `_stated_elsewhere_once` keeps it."""
    s, folded = view.s, ctx.folded
    # A run up to now counts one total, the `từ` side of a change dates the
    # level left behind, and a source's edition dates what the source
    # measured: none leads a later sentence.
    lead = next(
        (
            p
            for p in paragraph_periods
            if p.end <= s.start
            and not is_run_to_date(folded, p)
            and not _from_side(folded, p)
            and not _an_edition(folded, p)
        ),
        None,
    )
    if lead is not None:
        return lead.period, lead.year_inferred, Span(lead.start, lead.end)
    comparisons = within(ctx.comparisons, s.start, s.end)
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
    return WholeWords(rf"(?:{alt(vocab.now)})(?! (?:{alt(vocab.now_not_before)})(?!\w))")


_NOW_WORD = 8  # characters: enough for the one word before `hiện` that makes another word


def _said_now(folded: str, view: SentenceView, end: int) -> bool:
    """Whether a word of "now" stands before the figure starting at `end`
    with no period phrase between it and the figure: the figure is as of the
    meeting's day. A `;` does not end its reach: `đến nay vẫn còn 112.300
    công dân chưa ...; tỷ lệ ... mới đạt 31,5%` goes on listing the present,
    while a clause that names its own time (`hiện đạt 71%; năm 2025 phấn đấu
    80%`) has the phrase between. The sentence's words of now are found once
    for all its figures."""
    if view.now_ends is None:
        view.now_ends = _now_ends(folded, view.s.start, view.s.end, view.periods)
    last = max((e for e in view.now_ends if e <= end), default=-1)
    return last >= 0 and not any(last <= p.start < end for p in view.periods)


def _now_ends(folded: str, start: int, end: int, phrases: list[PeriodPhrase]) -> list[int]:
    """Where the words of now in `folded[start:end]` end; not `hiện` inside
    another word (`thực hiện`), nor the `đến nay` that ends a run (`Từ đầu
    năm đến nay`: the run's end)."""
    ends = []
    for m in _now_words().finditer(folded, start, end):
        before = folded[max(start, m.start() - _NOW_WORD) : m.start()].split()
        if before and before[-1] in vocabulary().now_not_after:
            continue
        if not any(p.start <= m.start() < p.end for p in phrases):
            ends.append(m.end())
    return ends


_FROM_SIDE_REACH = 40  # characters before a phrase that its `từ` may stand in


def _from_side(folded: str, phrase: PeriodPhrase) -> bool:
    """Whether a phrase dates the `từ` side of a change (`tăng từ 97,4 Mbps
    cuối năm 2023 lên 151,6 Mbps vào tháng 9/2024`): `lên`/`xuống` right after
    it, `từ` shortly before it."""
    after = folded[phrase.end : phrase.end + 10].lstrip(" ,")
    if not after.startswith(("lên ", "xuống ")):
        return False
    return "từ " in folded[max(0, phrase.start - _FROM_SIDE_REACH) : phrase.start]


def _opens_a_later_clause(folded: str, phrase: PeriodPhrase, q: Quantity) -> bool:
    """Whether a phrase opens a clause past a `;` after the figure, at its
    head or after an opening stretch (`Quy mô ... đạt 112 tỷ USD; giai đoạn
    2021-2027, ... bình quân 24,1%`, `phủ sóng 91% dân số; theo Ookla, tháng
    12/2027 tốc độ ...`), or after a word that sets it apart (`; riêng quý
    III, ...`): it sets the time of what follows, not of the figure
    before the `;`. A phrase inside the later clause's words (`63/63 địa
    phương ...; 43/63 địa phương ... triển khai năm 2022`) still reaches back."""
    if phrase.start < q.end:
        return False
    semicolon = folded.rfind(";", q.end, phrase.start)
    if semicolon < 0:
        return False
    opening = folded[semicolon + 1 : phrase.start].strip()
    return not opening or opening.endswith(",") or opening in vocabulary().later_clause_openers


_EDITION_REACH = 80  # characters before a phrase that its `theo` may stand in


def _an_edition(folded: str, phrase: PeriodPhrase) -> bool:
    """Whether a phrase says when a source measured or surveyed (`theo số
    liệu của Ookla, tháng 8/2027`, `Theo Khảo sát ... năm 2026`): `theo` then
    one of `editions` before it in its sentence. A report's period (`Theo báo
    cáo của Sở, trong 6 tháng đầu năm`) is the paragraph's and stays a lead."""
    before = folded[max(0, phrase.start - _EDITION_REACH) : phrase.start]
    before = before[max(before.rfind(". "), before.rfind("\n")) + 1 :]
    source = before.rfind("theo ")
    if source < 0 or (source > 0 and before[source - 1].isalnum()):
        return False
    return any(w in before[source:] for w in vocabulary().editions)


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
