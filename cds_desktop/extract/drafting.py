"""Drafting: whether a number is a figure, and its unit, kind, cue and qualifier.

Every rule that rules a number out (a year, a date, an ordinal, a document
number, a phone number, a count of who attended ...) and every rule that
gives its kind (rank, change, target, forecast, actual) lives here. What the
figure is then resolved to (period, indicator, label, scope) is in
`dating.py`, `labels.py` and `figures.py`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from cds_desktop.extract.context import Context, SentenceView
from cds_desktop.extract.cues import Patterns, alt, patterns, reversed_alt, suffix
from cds_desktop.extract.model import Sentence
from cds_desktop.extract.numbers import Quantity, counted_noun, counts_something
from cds_desktop.extract.periods import ends_on_word
from cds_desktop.extract.scan import WholeWords
from cds_desktop.extract.text import fold
from cds_desktop.extract.vocab import vocabulary
from cds_desktop.extract.vocabulary import folded_words, toml_resource

_WINDOW = 48  # characters of context read on each side of a number
_POINTS = "điểm phần trăm"  # a difference of two percentages


# `1. Tăng cường ...`, `2) ...`, `3/ ...` opening a sentence.
_NUMBERING = re.compile(r"[.)/](?:\s|$)")
# `đến 20`, `- 20`: the rest of a range after its first number.
_RANGE_END = re.compile(r"\s*(?:đến|tới|-|–)\s*\d+(?:[.,]\d+)*")
# `trong `, `trên `, `số ` reversed, right before a number: a rank's field is
# looked for only then.
_RANK_FIELD_GATE = re.compile(r"\s*(?:gnort|nêrt|ốs)(?!\w)")
# A bracket that opens an aside, not an item number (`(1) ...`, `(b) ...`).
_ASIDE = re.compile(r"\((?!(?:\d{1,2}|[a-zđ])\))")


@cache
def _rank_field() -> re.Pattern[str]:
    """On the reversed words before a number: one of `rank_fields` right
    after a rank (`thứ 2 trong `, `hạng 5 trên tổng số `), not after an
    ordinal (`lần thứ 4 trên`)."""
    fields = reversed_alt(vocabulary().rank_fields)
    return re.compile(rf"\s*(?:{fields})\s+\d+\s+(?:ứht|gnạh)(?!\w)(?!\s+nầl(?!\w))")


class Draft(NamedTuple):
    """A quantity kept as a figure, before its period, indicator and label
    (a named tuple: one is made for most numbers of every article)."""

    q: Quantity
    unit: str
    kind: str
    cue: str  # the words the kind or the value rests on, for the rule
    qualifier: str | None
    coordinated: bool  # `tăng 76% về số lượng và 30,6% về giá trị`: shares the first's kind


# Digits in a row that no count is written with: Vietnamese groups thousands
# with `.`, so seven ungrouped digits are a phone number or a code.
_UNGROUPED_DIGITS = 7
# A space and a digit: the next group of a number written in groups.
_DIGIT_GROUP_NEXT = frozenset(f" {d}" for d in "0123456789")
# A bracket, a space and a digit after an area code: `(024) 3942 1356`.
_AREA_CODE_NEXT = frozenset(f") {d}" for d in "0123456789")


def draft(
    ctx: Context,
    s: Sentence,
    q: Quantity,
    speaker: bool,
    prev: Draft | None,
    rate_bases: set[int],
) -> Draft | None:
    """The quantity as a figure, or None when it is not one. A figure that
    is neither a rank nor a change is drafted as an actual: whether a target
    or forecast cue stands before it is read later, and only in sentences
    holding such a cue (`stated_kind`). The rules that reject a number have
    no other effect, so their order is free: the cheap ones come first."""
    p = patterns()
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
    if bare and len(digits) >= _UNGROUPED_DIGITS and digits.isdigit():
        return None  # `18001096`: a hotline or a code; a count of millions is written `1.800.109`
    if bare and (
        (q.start >= 2 and folded[q.start - 1] == " " and folded[q.start - 2].isdigit())
        or folded[q.end : q.end + 2] in _DIGIT_GROUP_NEXT
        or (digits[0] == "0" and folded[q.end : q.end + 3] in _AREA_CODE_NEXT)
    ):
        return None  # `1800 0099`, `0912 345 678`, `(024) 3942`: a phone number's groups
    if (p.not_after_or_describing if bare else p.describing).match(folded, q.end):
        return None
    # The first number of a range takes the last one's noun (`từ 15 đến 20
    # ngày`: a duration too).
    if (
        bare
        and (last := _RANGE_END.match(folded, q.end, s.end)) is not None
        and p.not_after_or_describing.match(folded, last.end())
    ):
        return None
    # The words before the number are read only for what the checks above
    # kept: a sixth of the numbers are years.
    before = folded[max(s.start, q.start - _WINDOW) : q.start]
    if q.unit is None and _NUMBERING.match(folded, q.end) and _numbers_an_item(before):
        return None
    reverse = before[::-1]
    if q.unit is not None and _group_threshold(folded, s, q, before):
        return None
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
    if rank is None and _RANK_FIELD_GATE.match(reverse) and _rank_field().match(reverse):
        return None  # the field of a rank (`đứng thứ 2 trong 13 tỉnh`)
    # The costliest rejection comes last: it rules out few numbers, and
    # those the others reject need not reach it.
    if q.unit is None and _background_count(folded, s, q, reverse, prev):
        return None  # the meeting's reach or attendance, or a count of others
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
    elif (
        gap is not None
        and unit != _POINTS
        and (p.compared_with.search(gap["base"]) or gap["base"].startswith(p.base_values))
    ):
        # `thấp hơn so với mục tiêu 50%`, `cao hơn mức 48,9%`: the base's value, not the gap
        gap = None
    if rank:
        kind, cue = "rank", rank[::-1]
    elif change:
        kind, cue = "change", change[::-1]
    elif gap is not None:
        kind, cue = "change", gap["c"][::-1]
        if not gap["base"]:
            qualifier = None  # the `hơn` of `thấp hơn`
    elif (
        qualifier is not None
        and qualifier in vocabulary().exceeding
        and (unit == _POINTS or p.base_after.match(folded, q.end, s.end))
    ):
        kind, cue, qualifier = "change", qualifier, None  # `vượt 2,2 điểm phần trăm`
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
    elif (
        # Most numbers count no stock: a plain look at the words after them
        # spares the call.
        folded.startswith(_increment_rules().stocks, q.end)
        and (increment := _increment(folded, s, q, reverse)) is not None
    ):
        kind, cue = "change", increment
    elif unit == "lần" and (
        multiple := next(
            (w for w in vocabulary().multiple_change if ends_on_word(before.rstrip(), w)), None
        )
    ):
        kind, cue = "change", multiple
    else:
        kind, cue = "actual", ""
    # `tuple.__new__` directly: a named tuple's own `__new__` is a Python
    # function, a third of the cost of this return.
    return tuple.__new__(Draft, (q, unit, kind, cue, qualifier, coordinated))


class _ThresholdRules(NamedTuple):
    words: tuple[str, ...]  # each with a space before it, for a plain look
    group: re.Pattern[str]
    level: WholeWords


@cache
def _threshold_rules() -> _ThresholdRules:
    """The threshold words, the group a clause counts before one (a number,
    one to five words of its noun, `có`, then the property: `24 địa phương
    có tỷ lệ hồ sơ trực tuyến dưới`; the property may list its nouns with a
    comma, `tỷ lệ số hóa hồ sơ, kết quả giải quyết ... dưới`), and the verbs
    of a level reached that make a comma end the group's clause instead."""
    table = toml_resource("figures.toml")["not_figures"]
    words = folded_words(table["thresholds"])
    group = re.compile(
        rf"\d(?:[\d.,/]*\d)?%?\s+(?:[^\W\d_]+\s+){{1,5}}có\s+(?:[^\W\d_]+,?\s+){{1,16}}"
        rf"(?:{alt(words)})\s*$"
    )
    level = WholeWords(alt(folded_words(table["threshold_clause_verbs"])))
    return _ThresholdRules(tuple(f" {w}" for w in words), group, level)


def _group_threshold(folded: str, s: Sentence, q: Quantity, before: str) -> bool:
    """Whether a percentage is the threshold that defines a group the clause
    counts (`còn 24 địa phương có tỷ lệ ... dưới 20%`: the 24 is the figure,
    the 20% says which provinces), not a level reached. The word right
    before it is looked at first: nearly every percentage fails there. A
    comma ends the clause only when a level verb follows it (`có 12 xã có
    sóng, tỷ lệ phủ sóng đạt trên 80%`): else it joins the property's nouns."""
    rules = _threshold_rules()
    if not before.rstrip().endswith(rules.words):
        return False
    clause = max(max(folded.rfind(c, s.start, q.start) for c in ";:(") + 1, s.start)
    comma = folded.rfind(",", clause, q.start)
    if comma >= 0 and rules.level.search(folded, comma, q.start):
        clause = comma + 1
    return rules.group.search(folded, clause, q.start) is not None


class _IncrementRules(NamedTuple):
    stocks: tuple[str, ...]  # each after a blank: a number and its noun are one blank apart
    reversed_verbs: tuple[str, ...]  # looked for plainly first
    verb: re.Pattern[str]  # on the reversed words before the number
    passive: re.Pattern[str]  # after the number and its stock
    stretch: WholeWords
    month_opening: re.Pattern[str]
    totals: tuple[str, ...]


@cache
def _increment_rules() -> _IncrementRules:
    """Built once from `[kinds]` of `figures.toml`: the verb right before the
    number, a qualifier and `được` allowed between (reversed, as the words
    before a number are read), the stock right after it, and the ways a
    sentence names a stretch."""
    kinds = toml_resource("figures.toml")["kinds"]
    verbs = folded_words(kinds["increment_verbs"])
    qualifier = reversed_alt(vocabulary().qualifiers)
    openings = alt(folded_words(kinds["increment_openings"]))
    runs = alt(folded_words(kinds["increment_runs"]))
    stocks = folded_words(kinds["increment_stocks"])
    return _IncrementRules(
        tuple(f" {w}" for w in stocks),
        # (A verb holding another, `cấp mới`, needs no look of its own.)
        tuple(v[::-1] for v in verbs if not any(o != v and o in v for o in verbs)),
        re.compile(
            rf"\s*(?:(?:{qualifier})\s+)?(?:{'được'[::-1]}\s+)?(?P<w>{reversed_alt(verbs)})(?!\w)"
        ),
        # The stock's words (at most six), then `(đã) được` and the verb.
        re.compile(rf"(?:\s+[^\W\d_]+){{1,6}}?\s+(?:đã\s+)?được\s+(?P<w>{alt(verbs)})(?!\w)"),
        # A stretch named, or run over a count of months (`trong 9 tháng`).
        WholeWords(
            rf"{alt(folded_words(kinds['increment_stretches']))}"
            rf"|(?:{runs})\s+\d{{1,2}}\s+(?:{openings})"
        ),
        # `Tháng 2,`, `Quý III/2024,`: the month or quarter and its number.
        re.compile(rf"\s*(?:{openings})\s+\w{{1,4}}(?:/\d{{4}})?\s*,"),
        folded_words(kinds["increment_totals"]),
    )


def _increment(folded: str, s: Sentence, q: Quantity, reverse: str) -> str | None:
    """The verb (`kích hoạt`, `cấp`) of an increment of a stock stated with
    its own stretch (`trong tháng 2/2024, cả nước kích hoạt 1,08 triệu tài
    khoản`, `Tháng 2, kích hoạt gần 1,1 triệu tài khoản`, `trong 6 tháng ...
    cấp 9,8 triệu thẻ căn cước`): a change of the stock it adds to, not the
    stock. A total up to a day names no such stretch and stays a level, and
    what is no stock (`cấp 486.250 phiếu lý lịch tư pháp`) is the stretch's
    own count, and so is a total counted up to now in the number's own
    `;`-clause. The verb may follow the stock in the passive (`Hơn 1,3 triệu
    tài khoản ... được kích hoạt trong tháng 10`): the stretch may then
    follow too. `draft` calls it only for a number its stock follows; the
    verb is looked for plainly first: most such numbers have none."""
    rules = _increment_rules()
    verb = None
    if any(map(reverse.__contains__, rules.reversed_verbs)):
        verb = rules.verb.match(reverse)
    if verb is not None:
        own = folded[max(folded.rfind(";", s.start, q.start) + 1, s.start) : q.start]
        if any(map(own.__contains__, rules.totals)):
            return None  # `...; đến nay đã cấp 1,21 triệu thẻ`: a total in its own clause
        word, start, end = verb["w"][::-1], s.start, q.start
    else:
        passive = (
            rules.passive.match(folded, q.end, s.end)
            if "được" in folded[q.end : q.end + _WINDOW]
            else None
        )
        if passive is None:
            return None
        # Its own `;`-clause only: `trong tháng 10 ... kích hoạt 1,3 triệu;
        # lũy kế ..., 61,2 triệu tài khoản được kích hoạt` is a total.
        start = max(folded.rfind(";", s.start, q.start) + 1, s.start)
        end = folded.find(";", q.end, s.end)
        word, end = passive["w"], (s.end if end < 0 else end)
    if rules.stretch.search(folded, start, end) is None and not rules.month_opening.match(
        folded, s.start, q.start
    ):
        return None
    return word


def _measured_after_date_word(p: Patterns, q: Quantity, digits: str, reverse: str) -> bool:
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
    ctx: Context, s: Sentence, q: Quantity, reverse: str, prev: Draft | None
) -> str:
    """What a count with no noun after it counts, named before it: the head
    noun its clause opens on (`Số giao dịch thanh toán ... là 19,8 triệu`,
    `Về kinh tế số, số doanh nghiệp ... đạt khoảng 73.000`; a label's `:`
    does not end the clause), or the unit of the figure before it after a
    `total` word (`..., nâng tổng số lên 23,6 triệu`); else ''."""
    p = patterns()
    if prev is not None and p.total.match(reverse):
        return prev.unit
    start = max(s.start, *(ctx.folded.rfind(c, s.start, q.start) + 1 for c in ",;("))
    # A list item's mark is no word of its clause (`* Số hồ sơ ... đạt 52 triệu`).
    lead = ctx.folded[start : start + 4]
    start += len(lead) - len(lead.lstrip(_MARKS))
    head = p.head_noun.match(ctx.folded, start, q.start)
    return "" if head is None else ctx.text[head.start("n") : head.end("n")]


def _rank_again(folded: str, q: Quantity, reverse: str, prev: Draft) -> str | None:
    """The `rank_again` word (reversed, as matched) before a number that
    continues the rank `prev` (`xếp thứ 3 khu vực Tây Nguyên và thứ 29 cả
    nước`), else None: `thứ` alone is an ordinal."""
    again = patterns().rank_again.match(reverse)
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
    m = patterns().growth.search(folded, max(clause, sentence_start), start)
    return None if m is None else m.group(0)


class _CountRules(NamedTuple):
    reach: re.Pattern[str]  # on the reversed words before the number
    place: re.Pattern[str]
    assigning: re.Pattern[str]  # on the reversed words before the number
    task: re.Pattern[str]
    attending: WholeWords
    others: re.Pattern[str]
    speeches: re.Pattern[str]
    speeches_before: re.Pattern[str]  # on the reversed words before the number
    speeches_sentence: tuple[str, ...]
    holding: re.Pattern[str]  # on the reversed words before the number
    makeup: re.Pattern[str]
    requesting: WholeWords
    requesting_head: re.Pattern[str]  # looked for first, anywhere (no word bounds)
    directing: WholeWords
    directing_words: tuple[str, ...]  # looked for plainly first
    after_word: re.Pattern[str]  # anywhere after a count `attending` or `others` finds
    named_day: re.Pattern[str]


@cache
def _count_rules() -> _CountRules:
    v = vocabulary()
    places = (*v.reach_nouns, *v.subdivisions)
    return _CountRules(
        # Right after a reach word and the seat it reaches, if named, or after
        # earlier places joined by `,` or `và`, counted or not (`tới 34 tỉnh,
        # thành phố và 3.321 xã`, `với các bộ, ngành và 34 tỉnh`, `tới trụ sở
        # UBND 34 tỉnh`).
        # A join word (group `j`) reaches only in an online meeting's clause
        # (`_online_meeting`); a reach word (group `w`) always does.
        reach=re.compile(
            rf"\s*(?:(?:,|àv)\s*(?:{reversed_alt(places)})"
            rf"(?:\s+\d[\d.]*|\s+(?:{reversed_alt(v.reach_determiners)}))?\s+)*"
            rf"(?:(?:{reversed_alt(v.reach_venues)})\s+)?"
            rf"(?:(?P<w>{reversed_alt(v.reach_before)})|(?P<j>{reversed_alt(v.reach_joins)}))(?!\w)"
        ),
        place=re.compile(rf"\s*(?:{alt(places)})(?!\w)"),
        assigning=suffix(v.assigning),
        task=re.compile(rf"\s*(?:{alt(v.task_nouns)})(?!\w)"),
        attending=WholeWords(alt(v.attending)),
        # Its noun (a listed one, else at most two words), then `khác`.
        others=re.compile(
            rf"\s*(?:{alt(v.count_nouns)}|[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+(?:{alt(v.others)})(?!\w)"
            rf"(?!\s+(?:{alt(v.others_not)})(?!\w))"
        ),
        # `ý kiến` closing its clause; `với`, `có` or `nghe` before the count.
        speeches=re.compile(rf"\s*(?:{alt(v.speeches)})\s*(?:[;.,:(]|$)"),
        speeches_before=suffix(v.speeches_before, gap=rf"(?:(?:{reversed_alt(v.qualifiers)})\s+)?"),
        speeches_sentence=v.speeches_sentence,
        # Right after a holding word, or after earlier counts of parts listed
        # after it (`có 5 nhóm tiện ích, 7 ...`: `, hcí nệit móhn 5` reversed).
        # A qualifier may stand right before the number (`có hơn 4,2 triệu`).
        holding=suffix(
            v.holding,
            gap=rf"(?:(?:{reversed_alt(v.qualifiers)})\s+)?"
            rf"(?:,\s*(?:{reversed_alt((*v.subdivisions, *v.parts))})\s+\d[\d.]*\s+)*",
        ),
        # The longest listed name, taken whole (a lookahead and its copy: `re`
        # does not backtrack into it), so `xã, phường số hóa` is no `xã,`.
        makeup=re.compile(
            rf"\s*(?=(?P<part>{alt((*v.subdivisions, *v.parts, *v.population))}))(?P=part)"
            rf"\s*(?:[;.,:(]|$)"
        ),
        requesting=WholeWords(alt(v.requesting)),
        # Each request's first two words (`xin cấp`, `xin được`, ...), nine
        # instead of two dozen requests, without the word bounds: one `re`
        # search, cheaper than a plain look for each over a slice.
        requesting_head=re.compile(alt(sorted({" ".join(w.split()[:2]) for w in v.requesting}))),
        directing=WholeWords(alt(v.directing)),
        directing_words=v.directing,
        after_word=re.compile(alt((*v.attending, *v.others))),
        # The day's noun, its name's first word (groups), up to six more words.
        named_day=re.compile(
            rf"(?<!\w)(?P<day>{alt(v.named_days)})\s+(?P<name>[^\W\d_])[^\W\d_]*"
            rf"(?:\s+[^\W\d_]+){{0,6}}\s+$"
        ),
    )


# One character or literal per branch: `re` then skips ahead to those
# characters, where a class beside `\.\s` was tried at every character.
_CLAUSE_END = re.compile(r";|:|\(|\.\s")


def _background_count(
    folded: str, s: Sentence, q: Quantity, reverse: str, prev: Draft | None
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
    reach = rules.reach.match(reverse)
    if (
        reach is not None
        and rules.place.match(folded, q.end, s.end)
        and (reach["w"] is not None or _online_meeting(folded, s, q.start - reach.end()))
    ):
        return True
    if rules.assigning.match(reverse) and rules.task.match(folded, q.end, s.end):
        return True
    if (
        q.denominator is None
        and rules.holding.match(reverse)
        and rules.makeup.match(folded, q.end, s.end)
    ):
        return True
    # Few sentences hold a request word before the count: a look for the
    # heads spares finding the clause.
    if rules.requesting_head.search(folded, s.start, q.start):
        clause = max(folded.rfind(c, s.start, q.start) for c in ",;:(") + 1
        if rules.requesting.search(folded, max(clause, s.start), q.start):
            return True
    # A session's speeches (`kéo dài hơn 2 giờ với 11 ý kiến.`).
    if (
        rules.speeches.match(folded, q.end, s.end)
        and rules.speeches_before.match(reverse)
        and any(map(folded[s.start : s.end].__contains__, rules.speeches_sentence))
    ):
        return True
    # Tasks asked of someone are handed out wherever the verb stands in the
    # clause (`đề nghị Công an tỉnh phối hợp ... hoàn thành 12 nhiệm vụ`).
    if (
        q.denominator is None
        and rules.task.match(folded, q.end, s.end)
        and any(map(folded[s.start : q.start].__contains__, rules.directing_words))
    ):
        clause = max(folded.rfind(c, s.start, q.start) for c in ",;:(") + 1
        if rules.directing.search(folded, max(clause, s.start), q.start):
            return True
    # Most counts have no word of `attending` or `others` in the window
    # after them: a look for the words (one `re` search, which costs less
    # than a plain look for each) spares the clause's end and both
    # searches, which stay inside that window.
    if rules.after_word.search(folded, q.end, q.end + _WINDOW) is None:
        return False
    end = _CLAUSE_END.search(folded, q.end, s.end)
    clause_end = min(end.start() if end else s.end, q.end + _WINDOW)
    if rules.attending.search(folded, q.end, clause_end):
        return True
    others = rules.others.match(folded, q.end, clause_end)
    return others is not None and not _rest_of(folded, q, prev)


def _online_meeting(folded: str, s: Sentence, end: int) -> bool:
    """Whether the clause ending at `end` (a join word, `với`) names an
    online meeting (`hội nghị trực tuyến sơ kết ...`, `họp giao ban trực
    tuyến ...`): the places it is held with are then its reach, where a
    portal's `kết nối với 63 tỉnh` is what the portal reaches."""
    clause = folded[max(folded.rfind(",", s.start, end) + 1, s.start) : end]
    v = vocabulary()
    return any(map(clause.__contains__, v.reach_meetings)) and any(
        map(clause.__contains__, v.reach_online)
    )


def _rest_of(folded: str, q: Quantity, prev: Draft | None) -> bool:
    """Whether a count of `còn lại` is the rest of what the figure before it
    in the sentence counted: its counted noun opens that figure's unit."""
    if prev is None or not prev.unit:
        return False
    noun = patterns().count_noun.match(folded, q.end)
    return noun is not None and fold(prev.unit).startswith(folded[noun.start("n") : noun.end("n")])


def _numbers_an_item(before: str) -> bool:
    """Whether a number followed by `.`, `)` or `/` numbers a list item, given
    the words before it: it opens the sentence (`1. Tăng cường ...`, `2) ...`,
    `3/ ...`),
    or stands in brackets after a list's `:` or an item's `;` (`Mục tiêu: (1)
    ...; (2) ...`), where `năm 2023: 4)` is no item."""
    lead = before.rstrip()
    if not lead.strip(" ("):
        return True
    return lead.endswith("(") and lead[:-1].rstrip().endswith((":", ";"))


def _date_like(ctx: Context, q: Quantity) -> bool:
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


def _named_day(ctx: Context, start: int) -> bool:
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


def stated_kind(
    folded: str,
    view: SentenceView,
    d: Draft,
    first: int,
    lead_cue: tuple[str, str] | None,
) -> Draft:
    """An actual's draft made a target or forecast when a cue governs it, a
    change's made a target (a growth rate's a forecast too); any other
    draft as it is. The cue stands earlier in the same clause, or it
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
        # A change a target cue asks for, as a level's would be (`yêu cầu
        # các bộ, ngành ... cắt giảm ít nhất 30%`, an item `Kích hoạt thêm
        # 25.000 tài khoản` under `Nhiệm vụ trọng tâm quý IV:`), is a
        # target; forecasts leave it. A gap to a base names the plan it is
        # measured against (`cao hơn chỉ tiêu 2,4 điểm phần trăm`): it asks
        # for nothing. A growth rate (`tăng trưởng kinh tế số có thể đạt
        # 24%`) takes a forecast cue too, as a level would.
        v = vocabulary()
        if d.cue in v.comparatives:
            return d
        found = cue_in(clause) if view.has_kind_cue else None
        found = found or _item_cue(folded, view, start, first, lead_cue, clause)
        if found is None or (found[0] != "target" and d.cue not in v.growth):
            return d
        return d._replace(kind=found[0], cue=found[1])
    p = patterns()
    if p.reached_before.match(clause[: -_REACHED_REACH - 1 : -1]):
        return d
    found = cue_in(clause) if view.has_kind_cue else None
    if found is None and view.has_kind_cue:
        after = p.target_after.search(folded, d.q.end, view.clause_end(d.q.end))
        found = None if after is None else ("target", after.group(0))
    found = found or _item_cue(folded, view, start, first, lead_cue, clause)
    if found is None:
        return d
    return d._replace(kind=found[0], cue=found[1])


def _item_cue(
    folded: str,
    view: SentenceView,
    start: int,
    first: int,
    lead_cue: tuple[str, str] | None,
    clause: str,
) -> tuple[str, str] | None:
    """The cue of the list a clause starting at `start` is an item of, when
    it can be one and says nothing has been reached (`đã`, `mới`)."""
    if not _opens_item(folded, view.s.start, start):
        return None
    found = (_list_cue(folded, view, start, first) if view.has_kind_cue else None) or lead_cue
    if found is not None and patterns().reached.search(clause):
        return None
    return found


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


def cue_in(clause: str, governs_list: bool = False) -> tuple[str, str] | None:
    """The last target or forecast cue in `clause` (kind, words), once the
    words that cancel a target (`so với kế hoạch`) are taken out. A cue
    leading a list (`governs_list`) is none when a word of results stands
    before it, not itself asked for: the list holds results against the
    targets."""
    # Every cue holds one of the words: most clauses are ruled out by a look for them.
    p = patterns()
    if p.kind_key.search(clause) is None:
        return None
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
    if best is None:
        return None
    if governs_list:
        done = p.results.search(clause, 0, best[0])
        if done is not None and not _asked(clause[: done.start()]):
            return None
    return best[1], best[2]


def _asked(words: str) -> bool:
    """Whether words before a word of results ask for them (`yêu cầu ... hoàn
    thành các chỉ tiêu`): what is to be reached, not what was."""
    return any(w in words for w in vocabulary().list_results_asked)


def _cancelled(clause: str, m: re.Match[str]) -> str:
    """A cancelling phrase blanked out, unless it ends the clause: then the
    number after it is the value of the target it names (`thấp hơn so với
    mục tiêu 50%`), and its cue word counts."""
    return m.group(0) if not clause[m.end() :].strip() else " " * len(m.group(0))


def _list_cue(folded: str, view: SentenceView, start: int, first: int) -> tuple[str, str] | None:
    """The cue of the list an item clause starting at `start` belongs to: the
    clause ending in the `:` before it (`;` only between), else the
    sentence's opening words up to its first comma, when no figure is in them."""
    s = view.s
    colon = folded.rfind(":", s.start, start)
    # (The bracket is searched for past `start`: an item number's `)` may lie there.)
    aside = _ASIDE.search(folded, colon, s.end) if colon >= 0 else None
    if colon >= 0 and not (aside and aside.start() < start) and ". " not in folded[colon:start]:
        found = cue_in(folded[view.clause_start(colon) : colon], governs_list=True)
        if found is not None:
            return found
    if start == s.start:
        return None
    comma = folded.find(", ", s.start, min(first, start))
    if comma >= 0:
        opening = folded[s.start : comma]
        if any(c in opening for c in ";:") or _ASIDE.search(opening):
            return None
        found = cue_in(opening, governs_list=True)
        if found is not None:
            return found
    # A directive before the first figure, after any opening clause
    # (`Kết luận phiên họp, Thủ tướng yêu cầu ... phải đạt 60% ...; ... 16%
    # GDP`), governs the items too.
    words = folded[s.start : min(first, start)]
    if any(c in words for c in ";:") or _ASIDE.search(words):
        return None
    return cue_in(words, governs_list=True)
