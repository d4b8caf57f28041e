"""Figures: every quantitative statement an analyst could chart or cite.

A figure starts as a Vietnamese-formatted quantity (`numbers.py`); it stays
one only when nothing around it says it is a year, a date, an ordinal, a
document number, a duration, a comparison base or a count of who spoke. Its
kind, qualifier and unit come from the words right around it, its period from
the sentence, else the paragraph, else the meeting (`periods.py`), its scope
from the paragraph's lead (`scope.py`), its indicator from the catalogue
(`indicators.py`). The vocabulary is data: `resources/figures.toml`.

This module is the driver: it walks an article's blocks, paragraphs and
sentences, carries their scope, periods and list cue forward, and resolves
each drafted figure. The rules live beside it, each in a module of its own:
`cues.py` (the word patterns), `context.py` (what an article and a sentence
are read against), `drafting.py` (whether a number is a figure, its unit and
kind), `dating.py` (its period) and `labels.py` (its label).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from functools import cache

from cds_desktop.extract.context import Context, SentenceView, article_context, within
from cds_desktop.extract.cues import patterns
from cds_desktop.extract.dating import figure_period
from cds_desktop.extract.drafting import Draft, cue_in, draft, stated_kind
from cds_desktop.extract.indicators import (
    MARK,
    Indicator,
    match_indicator,
    names_local_part,
    names_ruled_out,
    read_in_full,
    unit_sort,
)
from cds_desktop.extract.labels import figure_label
from cds_desktop.extract.model import Figure, Meeting, Period, Sentence, Span
from cds_desktop.extract.numbers import NUMBER, exact_value
from cds_desktop.extract.periods import PeriodPhrase
from cds_desktop.extract.scan import PhraseIndex
from cds_desktop.extract.scope import (
    NATIONAL,
    national_lead,
    national_level,
    national_value,
    organiser,
    province_lead,
    referred_back,
    unnamed_organiser,
)
from cds_desktop.extract.tables import PipeColumn, read_table
from cds_desktop.extract.text import fold
from cds_desktop.extract.vocab import vocabulary
from cds_desktop.extract.vocabulary import folded_words, toml_resource

_URL = re.compile(r"https?://\S+|www\.\S+")


def find_figures(
    text: str,
    sentences: Sequence[Sentence],
    meeting: Meeting | None,
    folded: str | None = None,
) -> list[Figure]:
    """Every figure of an article, in text order, offsets into `text`.

    `folded` is `fold(text)` when the caller has it already.
    """
    ctx = article_context(text, fold(text) if folded is None else folded, meeting)
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
    enumerators = vocabulary().enumerators  # open numbered points (`Một là, ...`)
    same_time = vocabulary().same_time  # `Cùng thời điểm, ...`: the time just reported
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
            paragraph_periods = lead_periods + within(ctx.periods, group[0].start, group[-1].end)
            if ctx.folded.startswith(same_time, group[0].start):
                carried = _carried_period(ctx, out)
                if carried is not None:
                    paragraph_periods = [carried, *paragraph_periods]
            recent = previous_scope  # the province last reported on
            # Numbered points (`Một là, ...`) take the cue of the sentence
            # before the first of them, never one another's.
            points_cue: tuple[str, str] | None = None
            in_points = False
            before: Sentence | None = None
            for s in group:
                sentence = ctx.folded[s.start : s.end]
                if before is not None and sentence.startswith(enumerators):
                    if not in_points:
                        points_cue, in_points = _list_lead_cue(ctx.folded, [before]), True
                else:
                    points_cue, in_points = None, False
                before = s
                scope = _next_scope(sentence, scope, recent)
                recent = recent if scope == NATIONAL else scope
                speaker = speaker_open or speaker_words.holds(s.start, s.end)
                # A speaker sentence runs on into the next only when it stops
                # mid-clause (`Dự hội nghị có các đồng chí:`); a line ending on
                # a word is a caption or a heading, and closes.
                speaker_open = speaker and sentence.rstrip().endswith((":", ",", ";"))
                figures = _sentence_figures(
                    ctx,
                    s,
                    sentence,
                    paragraph_periods,
                    scope,
                    speaker,
                    paragraph_figures,
                    points_cue or lead_cue,
                )
                paragraph_figures.extend(figures)
            if i == 0 and len(block) > 1:
                lead_scope, lead_periods = scope, paragraph_periods
                lead_cue = _list_lead_cue(ctx.folded, group)
            previous_scope = scope
            out.extend(paragraph_figures)
    return _headings_read_by_body(ctx, out)


def _carried_period(ctx: Context, figures: list[Figure]) -> PeriodPhrase | None:
    """The period phrase the last figure so far was dated by, for a
    paragraph that says it reports the same time; none when that figure
    took the meeting's date (the default anyway) or no phrase."""
    evidence = figures[-1].period_evidence if figures else None
    if evidence is None or evidence == ctx.meeting_evidence:
        return None
    return next((p for p in ctx.periods if p.start == evidence.start), None)


def _headings_read_by_body(ctx: Context, figures: list[Figure]) -> list[Figure]:
    """A figure of a headline or heading is read as the same figure in the
    body (the same raw, and the same unit or indicator), where the article
    says what and when it is. Whose line states no period (it took the
    meeting's date or a period from elsewhere) takes the body's period:
    `Đề án 06 sau 2 năm: 45,6 triệu người ...` as `Tính đến ngày 20/1/2024,
    ... 45,6 triệu`, or rounded as headlines round (`Hơn 62 triệu tài khoản`
    for `62,3 triệu`). Whose line names no indicator (`TP.HCM đặt mục tiêu
    40% GRDP`) takes the body's (`kinh tế số chiếm 40% GRDP`)."""
    out = list(figures)
    for i, f in enumerate(figures):
        # (The cheap tests first: a `Span` comparison is a Python call, and
        # a figure whose period its own words state needs none.)
        undated = f.period_inferred
        if undated:
            evidence = f.period_evidence
            undated = not (
                evidence is not None
                and f.sentence_start <= evidence.start < f.sentence_end
                and evidence != ctx.meeting_evidence
            )
        unnamed = f.indicator_id is None
        if not (undated or unnamed) or not _is_heading(ctx.text, f):
            continue
        body = next(
            (
                g
                for g in figures[i + 1 :]
                if (g.raw == f.raw or _rounds_to(f.raw, g.raw))
                and (g.unit == f.unit or (f.indicator_id and g.indicator_id == f.indicator_id))
                and not _is_heading(ctx.text, g)
            ),
            None,
        )
        if body is None:
            continue
        if undated:
            f = replace(
                f,
                period=body.period,
                period_inferred=body.period_inferred,
                period_evidence=body.period_evidence,
            )
        if unnamed:
            f = replace(f, indicator_id=body.indicator_id)
        out[i] = f
    return out


_LEADING_NUMBER = re.compile(NUMBER)


def _rounds_to(heading: str, body: str) -> bool:
    """Whether a heading's raw figure is a body's rounded to fewer decimals
    (`62 triệu` of `62,3 triệu`, `45,6%` of `45,62%`) or to whole thousands
    written as zeros (`612.000` of `612.475`): the same words after the
    number, and the body's number rounded or cut to the heading's precision
    is the heading's."""
    h, b = _LEADING_NUMBER.match(heading), _LEADING_NUMBER.match(body)
    if h is None or b is None or heading[h.end() :] != body[b.end() :]:
        return False
    decimals = len(h.group().partition(",")[2])
    zero_groups = 0
    while not decimals and h.group().endswith(".000" * (zero_groups + 1)):
        zero_groups += 1
    if not zero_groups and len(b.group().partition(",")[2]) <= decimals:
        return False
    exact, step = exact_value(b.group()), Decimal(1).scaleb(3 * zero_groups - decimals)
    rounded = (exact.quantize(step, ROUND_HALF_UP), exact.quantize(step, ROUND_DOWN))
    return exact_value(h.group()) in rounded


def _is_heading(text: str, f: Figure) -> bool:
    """Whether a figure's sentence is a whole line with no closing
    punctuation: a headline or a heading inside the article. Its length and
    last character are looked at first: most sentences close on a stop, and
    a longer line (a table flattened into one) is no heading."""
    if f.sentence_end - f.sentence_start > _HEADING_MAX:
        return False
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
_HEADING_MAX = 200  # characters, as a headline (`meetings._TITLE_MAX`)


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
    return referred_back(sentence, recent) or scope


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
    own; so do numbered points (`Một là, ...`) after the sentence before
    them. A lead of a few words (`Cụ thể:`) only connects: the cue is then in
    the sentence before it (`Tỉnh đặt mục tiêu đến năm 2025. Cụ thể:`)."""
    last = lead[-1]
    words = folded[last.start : last.end].rstrip()[:-1]
    found = cue_in(_last_clause(words), governs_list=True)
    if found is None and len(lead) > 1 and len(words.split()) <= _CONNECTOR_WORDS:
        before = lead[-2]
        found = cue_in(_last_clause(folded[before.start : before.end].rstrip(" .")), True)
    return found


def _last_clause(words: str) -> str:
    """The words after the last `;`, `(` or `. `."""
    return words[max(words.rfind(";"), words.rfind("("), words.rfind(". ")) + 1 :]


def _sentence_figures(
    ctx: Context,
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
    drafts: list[Draft] = []
    rate_bases: set[int] = set()
    ratio = False  # a kept figure is a ratio
    for q in quantities:
        # (`urls` first: a generator per number costs more than most rules.)
        if q.start in rate_bases or (urls and any(a <= q.start < b for a, b in urls)):
            continue
        d = draft(ctx, s, q, speaker, drafts[-1] if drafts else None, rate_bases)
        if d is not None:
            drafts.append(d)
            ratio = ratio or q.denominator is not None
    if not drafts:
        return []
    # Few sentences hold a ratio: only theirs are looked at for its whole restated.
    if ratio and len(drafts) > 1:
        drafts = _without_restated_wholes(drafts)
    view = SentenceView(ctx, s, sentence)
    if view.has_kind_cue or lead_cue:
        first = drafts[0].q.start
        drafts = [stated_kind(ctx.folded, view, d, first, lead_cue) for d in drafts]
    figures: list[Figure] = []
    for i, d in enumerate(drafts):
        nxt = drafts[i + 1].q.start if i + 1 < len(drafts) else s.end
        figures.append(_figure(ctx, view, paragraph_periods, scope, d, figures, nxt, earlier))
    return figures


def _without_restated_wholes(drafts: list[Draft]) -> list[Draft]:
    """The drafts less the counts that restate the whole a ratio of the
    sentence counts against (`Với 25 dịch vụ công thiết yếu, ... đã cung cấp
    được 23/25 dịch vụ`): the denominator of a ratio is no figure of its own,
    nor is it when written apart, the same number of the same noun."""
    wholes = {(d.q.denominator, d.unit.split(" ")[0]) for d in drafts if d.q.denominator}
    return [
        d
        for d in drafts
        if d.q.denominator is not None
        or d.q.unit is not None
        or (d.q.value, d.unit.split(" ")[0]) not in wholes
    ]


def _related_titles(folded: str, sentences: Sequence[Sentence]) -> Sequence[Sentence]:
    """The sentences without the page's list of related articles: a heading
    of `related_headings` alone on its line (or one of `related_inline`
    with a title after its colon) and the lines under it that end on no
    stop (titles), up to a line of prose or the end. The heading is
    looked for among the short sentences (a line with no stop is one): a
    search of the article for each heading cost more."""
    headings, longest, inline = _related_headings()
    for x in sentences:
        alone = x.end - x.start <= longest and folded[x.start : x.end].strip(" :\n") in headings
        if not alone and not folded.startswith(inline, x.start):
            continue
        line_start = folded.rfind("\n", 0, x.start) + 1
        line_end = folded.find("\n", x.start)
        line_end = len(folded) if line_end < 0 else line_end
        line = folded[line_start:line_end].strip(" :")
        # The heading with the first title after its colon on the same line
        # (`Tin liên quan: Thủ tướng: ... 5 nền tảng số dùng chung`).
        if line in headings or (line.startswith(inline) and line[-1] not in _CLOSING):
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
def _related_headings() -> tuple[frozenset[str], int, tuple[str, ...]]:
    """The headings, the length a sentence holding one may have at most (a
    colon and blanks around it allowed), and the `related_inline` ones with
    their colon, as they open a line that goes on with a title."""
    nots = toml_resource("figures.toml")["not_figures"]
    words = folded_words(nots["related_headings"])
    inline = tuple(f"{w}:" for w in folded_words(nots["related_inline"]))
    return frozenset(words), max(map(len, words)) + 4, inline


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
    ctx: Context,
    view: SentenceView,
    paragraph_periods: list[PeriodPhrase],
    scope: str,
    d: Draft,
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
    period, inferred, evidence = figure_period(
        ctx, view, paragraph_periods, q, zone, d.kind == "target"
    )
    indicator = _indicator(ctx, view, d, before, earlier, zone_start, zone_end)
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
    if scope != NATIONAL and (
        national_level(ctx.folded, q.start, q.end)
        or (not gap and national_value(ctx.folded[s.start : q.start]))
    ):
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
            "label": figure_label(ctx.text, q, d.unit, (zone_start, zone_end)),
            "indicator_id": indicator,
            "denominator": q.denominator,
            "qualifier": qualifier,
            "period": period,
            "period_inferred": inferred,
            "period_evidence": evidence,
            "scope": scope,
        }
    )


def _after_the_meeting(ctx: Context, period: Period | None) -> bool:
    """Whether a period starts after the meeting's day (or month, or year):
    a level of that period is aimed at, whatever verb states it."""
    meeting = ctx.meeting_period
    return period is not None and meeting is not None and period.start > meeting.end


def _pipe_column(ctx: Context, start: int) -> PipeColumn | None:
    """The column of a `|` table the number at `start` stands in, if any."""
    line = ctx.folded.rfind("\n", 0, start) + 1
    columns = ctx.pipe_columns.get(line)
    if columns is None:
        return None
    index = ctx.folded.count("|", line, start)
    return columns[index] if index < len(columns) else None


def _indicator(
    ctx: Context,
    view: SentenceView,
    d: Draft,
    before: list[Figure],
    earlier: list[Figure],
    zone_start: int,
    zone_end: int,
) -> str | None:
    """The catalogue id: the figure's own words, else what it follows up,
    else its clause; `before` holds the figures of its sentence so far."""
    folded, q = ctx.folded, d.q
    zone = folded[zone_start : q.start] + MARK + folded[q.end : zone_end]
    mark = q.start - zone_start
    # A change may be in another unit than its indicator's level (`tăng 18%`
    # of a count), but a gap in percentage points is only ever a share's.
    check_unit = d.kind != "change" or d.unit == "điểm phần trăm"
    found = match_indicator(zone, mark, view.folded, d.unit, check_unit)
    if found:
        # Words after a multiple name what it is compared with (`cao gấp 3 lần
        # tốc độ tăng trưởng GDP`), not what it measures: a multiple they
        # alone name has no indicator of its own, nor one borrowed. (Words
        # placing it or before it would have been preferred to them.)
        if d.unit == "lần" and not match_indicator(
            zone, mark, view.folded, d.unit, check_unit, max_after=0
        ):
            return None
        return found.id
    if names_ruled_out(zone, view.folded):
        return None
    borrowed = _borrowed(ctx, view, d, before, earlier, zone)
    if borrowed is not None and borrowed == _whole_indicator(folded, d, before):
        return None
    return borrowed


def _borrowed(
    ctx: Context,
    view: SentenceView,
    d: Draft,
    before: list[Figure],
    earlier: list[Figure],
    zone: str,
) -> str | None:
    """The indicator of a figure whose own words (`zone`) name none: the one
    it follows up, else its clause's."""
    folded, q, s, sentence = ctx.folded, d.q, view.s, view.folded
    level = d.kind != "change"
    prev = before[-1] if before else None
    if prev is not None and prev.sentence_start == s.start:
        if d.coordinated:
            return prev.indicator_id
        if d.kind == "change" and prev.unit == "%" and d.unit not in ("%", "điểm phần trăm"):
            prev = _same_unit(before, d.unit) or prev
        # A move in a ranking (`tăng 5 bậc`) follows up a rank only, and a
        # rank is followed up by nothing else; a target or forecast follows
        # up a level of its own unit (not `100%` after `40 triệu tài khoản`,
        # nor `40 triệu công dân` after `25 dịch vụ công`), or a count with
        # no noun a count. Targets listed between `;` (`bảo đảm: 80% hồ sơ
        # ...; cắt giảm ít nhất 30% chi phí`) are each of their own item.
        if (
            d.kind in ("change", "target", "forecast")
            and (
                prev.kind != "change"
                # The growth of an increment (`kích hoạt mới 873.410 tài
                # khoản, giảm 6,2% so với tháng 10`) is the stock's too.
                or (d.kind == "change" and d.unit == "%" and unit_sort(prev.unit) == "count")
            )
            and (unit_sort(d.unit) == "rank") == (prev.kind == "rank")
            and (
                d.kind == "change"
                or d.unit == prev.unit
                or (not d.unit and unit_sort(prev.unit) == "count")
            )
            and not (prev.kind == d.kind and ";" in folded[prev.end : q.start])
        ):
            return prev.indicator_id
        if _restates(folded, prev.end, q.start):
            # Past a change in another unit, the level it changed is the one
            # restated (`đạt 52,6%, tăng 9,4 điểm phần trăm ... và cao hơn mức
            # bình quân cả nước (46,8%)`).
            restated: Figure | None = prev
            if prev.unit != d.unit:
                restated = _same_unit(before, d.unit) if prev.kind == "change" else None
            if restated is not None and restated.indicator_id:
                return restated.indicator_id
    # The words are looked for as such first: most zones hold none (a plain
    # loop: `any(map(zone.__contains__, ...))` costs half as much again). They
    # point back to the figure just before, in this sentence or an earlier one.
    pointed = before or earlier
    if pointed:
        for word in vocabulary().anaphora:
            if word in zone:
                if patterns().anaphora.search(zone):
                    # (`có xã tỷ lệ này chỉ khoảng 10%`: a commune's, not the province's.)
                    if names_local_part(zone):
                        return None
                    # (`Cơ sở dữ liệu này đã kết nối với 15 bộ`: a body named
                    # before, not a figure.)
                    start = view.clause_start(q.start)
                    clause = folded[start : q.start] + MARK + folded[q.end : view.clause_end(q.end)]
                    body = _body_named(clause, q.start - start, folded, start, d.unit)
                    return body.id if body else _antecedent(pointed).indicator_id
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
        start = view.clause_start(start - 1)
        clause = folded[start : q.start] + MARK + folded[q.end : end]
        found = match_indicator(clause, q.start - start, sentence, d.unit, True, max_after=2)
    if found is None:
        found = _body_named(clause, q.start - start, folded, start, d.unit)
    return found.id if found else None


def _body_named(clause: str, mark: int, folded: str, start: int, unit: str) -> Indicator | None:
    """The indicator of a figure (`mark` in `clause`, which starts at `start`
    of `folded`) whose clause calls a body its paragraph named in full by a
    short name (`..., hệ thống đã phục vụ trên 9,6 tỷ lượt yêu cầu`): what
    the body holds or served is counted, so a share needs no look."""
    if unit == "%":
        return None
    full = read_in_full(clause, mark, folded, start)
    if full is None:
        return None
    return match_indicator(full[0], full[1], full[0], unit, True, max_after=2)


def _same_unit(before: list[Figure], unit: str) -> Figure | None:
    """The last level before a change in the change's unit: a count grows
    as a count, so a change of one follows it up past a share between them
    (`73,8 triệu tài khoản ..., đạt 97,1% chỉ tiêu; ... số tài khoản tăng
    4,6 triệu`). A change in `%` or points may be of the share itself, and
    one right after anything but a share follows that figure."""
    for f in reversed(before):
        if f.unit == unit and f.kind != "change":
            return f
    return None


def _antecedent(figures: list[Figure]) -> Figure:
    """The figure `này` points back to: the last of the last sentence that
    names an indicator (`đạt 18,3%, trong đó ... 12,3% và ... 6%. ... tỷ lệ
    đóng góp này`: the parts name none, the whole does), else the last."""
    last = figures[-1]
    for f in reversed(figures):
        if f.sentence_start != last.sentence_start:
            break
        if f.indicator_id is not None:
            return f
    return last


def _whole_indicator(folded: str, d: Draft, before: list[Figure]) -> str | None:
    """The indicator of the whole a level after a subset word is a part of
    (`đạt 18,3%, trong đó kinh tế số ICT chiếm 12,3% và kinh tế số ngành
    6%`: the last figure of the sentence before the word). A part measures
    something narrower than the whole, so it keeps that indicator only if
    its own words name it (`70 triệu tài khoản ..., trong đó hơn 60 triệu
    tài khoản đã kích hoạt`), not through the follow-up or clause rules.
    A change (`trong đó riêng tháng 12 cấp thêm 1,2 triệu thẻ`) is still
    the whole's growth."""
    if d.kind == "change" or not before:
        return None
    lo = before[0].end  # a subset word before the sentence's first figure has no whole there
    words = [folded.rfind(w, lo, d.q.start) for w in vocabulary().subset]
    at = max(words)
    if at < 0:
        return None
    whole = [f for f in before if f.end <= at][-1]
    return whole.indicator_id


def _restates(folded: str, prev_end: int, start: int) -> bool:
    """Whether a figure gives another value of the quantity the figure
    ending at `prev_end` measures: in brackets opened after it (`đạt 58,9%
    (cả nước đạt 52,3%)`, `58,1% (cùng kỳ năm 2025: 44,9%)`), or as the total
    it brings it to (`có thêm 4,9 triệu tài khoản ..., nâng tổng số lên
    23,6 triệu`; `...; lũy kế ... đạt trên 21,6 tỷ lượt`)."""
    between = folded[prev_end:start]
    if between.rfind("(") > between.rfind(")"):
        return True
    if patterns().total.match(between[::-1]) is not None:
        return True
    return any(w in between for w in vocabulary().cumulative)


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


def _rule(d: Draft) -> str:
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


# ---------------------------------------------------------------- the table


def _table_figures(ctx: Context, group: list[Sentence]) -> list[Figure] | None:
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
