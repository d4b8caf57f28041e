"""Matching a figure to the indicator catalogue (`resources/indicators.toml`).

Each entry's patterns are regular expressions over the folded clause around
a figure, with the figure itself written `#`, so one indicator worded
differently (`tỷ trọng kinh tế số/GDP`, `Tỷ trọng giá trị tăng thêm của kinh
tế số trong GDP`) gets one id. A level figure only matches an indicator whose
unit is of the same sort (a share to a share, a count to a count).
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from cds_desktop.extract.text import fold
from cds_desktop.paths import resources_dir

MARK = "#"


@dataclass(frozen=True)
class Indicator:
    id: str
    name_vi: str
    name_en: str
    unit: str
    domain: str
    patterns: tuple[re.Pattern[str], ...]
    requires: tuple[str, ...]
    sort: str  # unit_sort(unit), kept to match units without recomputing
    literals: tuple[str, ...]  # per pattern, words it cannot match without ("" if none)
    unless: tuple[re.Pattern[str], ...] = ()  # placing the figure, they rule the indicator out
    # Found anywhere in the sentence, they rule it out for all its figures.
    unless_sentence: tuple[re.Pattern[str], ...] = ()


def unit_sort(unit: str) -> str:
    """What sort of quantity a unit measures; counts of any noun are one sort."""
    # A gap in percentage points (`thấp hơn kế hoạch 7 điểm phần trăm`) is
    # about a share indicator, as the share itself is.
    if unit in ("%", "điểm phần trăm"):
        return "share"
    if unit in ("đồng", "USD"):
        return "money"
    if unit.endswith("bps"):
        return "speed"
    if unit in ("hạng", "bậc"):
        return "rank"
    if unit == "lần":
        return "multiple"
    if "/" in unit:
        return "rate"
    return "count"


# Every figure's unit is sorted once or twice: few distinct units, so
# remembering them spares the chain of tests.
_unit_sort = lru_cache(maxsize=256)(unit_sort)

_GROUP = re.compile(r"\((?:[^()\\]|\\.)*\)[?*+]?(?:\{\d*,?\d*\})?")
_CLASS = re.compile(r"\[(?:[^\]\\]|\\.)*\][?*+]?(?:\{\d*,?\d*\})?")
_OPTIONAL_CHAR = re.compile(r".(?:[?*]|\{0,?\d*\})")
_META = re.compile(r"[\\.^$|?*+{}()\[\]]")


def required_literal(pattern: str) -> str:
    """The longest stretch of plain text every match of `pattern` contains.

    A cheap `in` test on it skips patterns that cannot match, which is most of
    them for any one clause. Groups, classes and optional characters are taken
    out first; a pattern with a top-level `|` has no such stretch.
    """
    while True:
        stripped = _GROUP.sub("\0", pattern)
        if stripped == pattern:
            break
        pattern = stripped
    pattern = _CLASS.sub("\0", pattern)
    if "|" in pattern or "\\" in pattern:
        return ""
    pattern = _OPTIONAL_CHAR.sub("\0", pattern)
    pieces = [p for p in _META.split(pattern.replace("\0", "|")) if p.strip()]
    return max(pieces, key=len) if pieces else ""


@cache
def _load() -> dict[str, Any]:
    with (resources_dir() / "indicators.toml").open("rb") as f:
        return tomllib.load(f)


def with_variants(pattern: str, variants: Mapping[str, Sequence[str]]) -> str:
    """`pattern` (folded) with every written phrase of `variants` also
    accepting its other spellings (`tỷ lệ` or `tỉ lệ`, `thủ tục hành chính`
    or `TTHC`): a catalogue pattern names an indicator once, and articles
    abbreviate and spell it each their own way. Longer phrases first, in one
    pass, so `cơ sở dữ liệu quốc gia` is not also rewritten as `cơ sở dữ liệu`.
    Variants are plain words, written into the pattern as they are."""
    if not variants:
        return pattern
    phrases = sorted(variants, key=len, reverse=True)
    found = re.compile("|".join(map(re.escape, phrases)))
    return found.sub(lambda m: "(?:" + "|".join((m[0], *variants[m[0]])) + ")", pattern)


@cache
def _variants() -> dict[str, tuple[str, ...]]:
    """`[variants]` of the catalogue, folded: each written phrase and its other spellings."""
    return {fold(k): tuple(fold(v) for v in vs) for k, vs in _load().get("variants", {}).items()}


def _with_spellings(words: Sequence[str]) -> list[str]:
    """Folded words, each followed by its other spellings (`[variants]`)."""
    variants = _variants()
    return [v for w in words for v in (w, *variants.get(w, ()))]


@cache
def catalogue() -> tuple[Indicator, ...]:
    data = _load()
    variants = _variants()

    def patterns(e: dict[str, Any]) -> list[str]:
        return [with_variants(fold(str(p)), variants) for p in e.get("patterns", ())]

    def requires(e: dict[str, Any]) -> list[str]:
        return _with_spellings([fold(str(w)) for w in e.get("requires", ())])

    return tuple(
        Indicator(
            id=str(e["id"]),
            name_vi=str(e["name_vi"]),
            name_en=str(e["name_en"]),
            unit=str(e["unit"]),
            domain=str(e["domain"]),
            patterns=tuple(re.compile(p) for p in patterns(e)),
            requires=tuple(requires(e)),
            sort=unit_sort(str(e["unit"])),
            literals=tuple(required_literal(p) for p in patterns(e)),
            unless=tuple(re.compile(p) for p in patterns({"patterns": e.get("unless", ())})),
            unless_sentence=tuple(
                re.compile(p) for p in patterns({"patterns": e.get("unless_sentence", ())})
            ),
        )
        for e in data["indicator"]
    )


_Entry = tuple[Indicator, re.Pattern[str], str]  # an indicator, one pattern, its words
# Gate words (any one will do), the entries of `_entries()` they admit on
# their own, and those that must show their own words too.
_Gate = tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]


@cache
def _entries() -> tuple[tuple[_Entry, str], ...]:
    """Every (indicator, pattern, literal), with the literal's words minus the mark."""
    return tuple(
        ((i, p, lit), lit.replace(MARK, "").strip())
        for i in catalogue()
        for p, lit in zip(i.patterns, i.literals, strict=True)
    )


def _phrases(words: str) -> set[str]:
    """Every run of whole words in `words` (`a b c`: `a`, `a b`, `b c`, ...)."""
    split = words.split()
    return {" ".join(split[i:j]) for i in range(len(split)) for j in range(i + 1, len(split) + 1)}


@cache
def _gates() -> tuple[tuple[int, ...], tuple[_Gate, ...]]:
    """The entries (by position in `_entries()`) to look for in every sentence,
    and the others grouped under words one of which all of them need: a
    sentence without them holds none of its group.

    An entry with `requires` is grouped under those words (`kinh tế số` or
    `kts`). The others go greedily under a phrase their words share (`doanh`,
    `trực tuyến`), the phrase shared by the most entries first; a phrase of
    one entry gates nothing. A sentence then takes about 40 substring tests
    (19 groups, 14 entries alone, the members of the groups it holds) where
    it took one per entry, 74.

    Each group is split into the entries whose words every one of its gate
    words contains (`kết nối` under `kết nối`, an entry with no words of its
    own under `kinh tế số`), which need no look of their own once the gate
    word is found, and the others."""
    entries = _entries()
    left = set(range(len(entries)))
    by_requires: dict[tuple[str, ...], list[int]] = {}
    for k in sorted(left):
        if requires := entries[k][0][0].requires:
            by_requires.setdefault(requires, []).append(k)
    gates = [(words, tuple(group)) for words, group in by_requires.items()]
    for _, group in gates:
        left.difference_update(group)
    while True:
        shared = Counter(p for k in left for p in _phrases(entries[k][1]) if len(p) >= 5)
        phrase, count = max(shared.items(), key=lambda pc: (pc[1], len(pc[0])), default=("", 0))
        if count < 2:
            break
        group = tuple(k for k in sorted(left) if phrase in entries[k][1])
        gates.append(((phrase,), group))
        left.difference_update(group)
    return tuple(sorted(left)), tuple(
        (
            words,
            tuple(k for k in group if all(entries[k][1] in w for w in words)),
            tuple(k for k in group if not all(entries[k][1] in w for w in words)),
        )
        for words, group in gates
    )


@lru_cache(maxsize=64)
def _in_sentence(sentence: str) -> tuple[_Entry, ...]:
    """The patterns a sentence can hold at all (their words, less the figure's
    mark, are in it; their required words too; the sentence does not rule
    their indicator out), in catalogue order: checked
    once per sentence rather than once per figure. Each entry's words are
    looked for at most once, and not when its gate word holds them; plain
    loops, as a generator costs more here than the few tests it would run."""
    everywhere, gates = _gates()
    entries = _entries()
    candidates = []
    for k in everywhere:
        if entries[k][1] in sentence:
            candidates.append(k)
    for words, sure, unsure in gates:
        for w in words:
            if w in sentence:
                candidates.extend(sure)
                for k in unsure:
                    if entries[k][1] in sentence:
                        candidates.append(k)
                break
    candidates.sort()
    if _guarded().isdisjoint(candidates):
        return tuple(entries[k][0] for k in candidates)
    ruled = _ruled_out_in(sentence)
    return tuple(entries[k][0] for k in candidates if k not in ruled)


@cache
def _guarded() -> frozenset[int]:
    """The entries (by position in `_entries()`) whose indicator a sentence
    can rule out: only a sentence holding one of them needs the look."""
    return frozenset(k for k, ((i, _, _), _) in enumerate(_entries()) if i.unless_sentence)


def ruled_out_by(indicator: Indicator, sentence: str) -> bool:
    """Whether the sentence says its figures are another quantity than the
    indicator, whatever words name them (`Cổng dịch vụ công của tỉnh ghi
    nhận 18.900 giao dịch thanh toán trực tuyến`: a province's own portal,
    not the national one)."""
    return any(u.search(sentence) for u in indicator.unless_sentence)


@cache
def _ruling_words() -> tuple[tuple[str, frozenset[str]], ...]:
    """Each word (the required literal of an `unless_sentence` pattern,
    `trên địa bàn`, `cổng `) with the ids of the indicators a sentence
    holding it may rule out: a sentence holds none of these words most of
    the time, and then rules nothing out, which a few looks tell."""
    ids: dict[str, set[str]] = {}
    for i in catalogue():
        for u in i.unless_sentence:
            ids.setdefault(required_literal(u.pattern), set()).add(i.id)
    return tuple((words, frozenset(group)) for words, group in ids.items())


@lru_cache(maxsize=64)
def _ruled_out_in(sentence: str) -> tuple[int, ...]:
    """The patterns (by position in `_entries()`), with words in the
    sentence, of the indicators it rules out. Found once per sentence for
    `_in_sentence` and `names_ruled_out` both; few indicators can be ruled
    out, so few are looked at, and each indicator once for all its patterns,
    only when the sentence holds the words its ruling out needs."""
    maybe = {i for words, ids in _ruling_words() if words in sentence for i in ids}
    if not maybe:
        return ()
    entries = _entries()
    ruled: dict[str, bool] = {}
    out = []
    for k in sorted(_guarded()):
        (indicator, _, _), words = entries[k]
        if indicator.id not in maybe or words not in sentence:
            continue
        if indicator.id not in ruled:
            ruled[indicator.id] = ruled_out_by(indicator, sentence)
        if ruled[indicator.id]:
            out.append(k)
    return tuple(out)


def names_ruled_out(words: str, sentence: str) -> bool:
    """Whether folded words name an indicator their sentence rules out
    (`doanh thu thương mại điện tử trên địa bàn tăng 21,3%`: a province's
    revenue, not the national B2C one): their figure measures that other
    quantity, so it follows up no figure before it either."""
    entries = _entries()
    for k in _ruled_out_in(sentence):
        _, pattern, literal = entries[k][0]
        if literal in words and pattern.search(words):
            return True
    return False


@dataclass(frozen=True)
class _ShortName:
    """A body named in full (`full`, its variants accepted), and its short
    names (`words`) before a verb (`at`, group 1), as the subject opening a
    clause: after its start or a comma, nothing or one of `openers` stands
    before the short name."""

    full: re.Pattern[str]
    replacement: str
    words: tuple[str, ...]
    at: re.Pattern[str]
    openers: frozenset[str]


@cache
def _short_names() -> tuple[_ShortName, ...]:
    """`[[short_names]]` of the catalogue, compiled once."""
    out = []
    for e in _load().get("short_names", ()):
        full = fold(str(e["full"]))
        words = _with_spellings([fold(str(w)) for w in e["short"]])
        short = "|".join(map(re.escape, words))
        verbs = "|".join(re.escape(fold(str(v))) for v in e["verbs"])
        out.append(
            _ShortName(
                full=re.compile(with_variants(full, _variants())),
                replacement=full,
                words=tuple(words),
                # Opening on the short names, `at` is tried only where one starts.
                at=re.compile(rf"({short}) (?=(?:{verbs})(?!\w))"),
                openers=frozenset(("", *(fold(str(o)) for o in e.get("openers", ())))),
            )
        )
    return tuple(out)


def read_in_full(clause: str, mark: int, folded: str, start: int) -> tuple[str, int] | None:
    """`clause` with a short name opening it (`hệ thống đã phục vụ`) written
    as the body its paragraph names in full before `start` (`Cơ sở dữ liệu
    quốc gia về dân cư`; `folded` is the article), and the figure's `mark`
    moved with it; None when the clause calls no such body by a short name.
    An article names a body once and then shortens it: the figures of the
    later sentences are still that body's. Most clauses hold no short name:
    a plain look for its words comes first."""
    for name in _short_names():
        for w in name.words:
            if w in clause:
                break
        else:
            continue
        m = name.at.search(clause)
        if m is None:
            continue
        a, b = m.span(1)
        comma = clause.rfind(", ", 0, a)
        if clause[comma + 2 if comma >= 0 else 0 : a].strip() not in name.openers:
            continue
        if name.full.search(folded, folded.rfind("\n", 0, start) + 1, start):
            shift = len(name.replacement) - (b - a) if a < mark else 0
            return clause[:a] + name.replacement + clause[b:], mark + shift
    return None


@cache
def _local_parts() -> re.Pattern[str]:
    """`[local_parts]` of the catalogue as one pattern: looked for only in
    the few zones that point back to a figure."""
    return re.compile("|".join(fold(str(p)) for p in _load()["local_parts"]["patterns"]))


def names_local_part(words: str) -> bool:
    """Whether folded words say what follows holds for some places inside a
    province (`có những xã`, `một số huyện`), not for the province: such a
    figure is no level of a catalogue indicator."""
    return _local_parts().search(words) is not None


def match_indicator(
    clause: str,
    mark: int,
    sentence: str,
    unit: str | None,
    check_unit: bool,
    max_after: int | None = None,
) -> Indicator | None:
    """The catalogue entry a folded clause (with the figure as `#` at `mark`) names.

    Preference: a pattern that places the figure, then words standing before
    it (nearest first), then words after it (nearest first); on a tie, the
    first found. `max_after` limits how far after the figure words may start:
    in a long clause, words further on describe the next figure.

    The first pattern to place the figure is the answer: no later match
    ranks higher, and ties go to the first, so the patterns after it are not
    scanned.
    """
    best: Indicator | None = None
    best_rank = (True, 0)
    sort = _unit_sort(unit) if check_unit and unit is not None else None
    for indicator, pattern, literal in _in_sentence(sentence):
        if (sort is not None and indicator.sort != sort) or literal not in clause:
            continue
        for m in pattern.finditer(clause):
            start, end = m.span()
            # `unless` is looked at only once a pattern matches: most never do.
            if indicator.unless and _ruled_out(indicator, clause, mark):
                break
            if start <= mark < end:
                return indicator
            before = end <= mark
            distance = mark - end if before else start - mark
            if not before and max_after is not None and distance > max_after:
                continue
            # Ranked as a tuple, lowest first: not standing before the
            # figure, then the distance.
            rank = (not before, distance)
            if best is None or rank < best_rank:
                best, best_rank = indicator, rank
    if best is not None and best.id in _siblings():
        return _sibling_named(best, clause, mark, sort)
    return best


def _ruled_out(indicator: Indicator, clause: str, mark: int) -> bool:
    """Whether one of the indicator's `unless` patterns places the figure:
    words that make it another quantity with the same words (`cấp mới 10
    triệu tài khoản định danh điện tử`: issued, not activated)."""
    return any(m.start() <= mark < m.end() for u in indicator.unless for m in u.finditer(clause))


@cache
def _by_id() -> dict[str, Indicator]:
    """The catalogue by id, built once: a sibling is looked up for a figure
    of every sentence that names one."""
    return {i.id: i for i in catalogue()}


@cache
def _siblings() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Per indicator id, the words that tell it apart and those of its
    siblings (`cố định` / `di động`), each sibling set of the catalogue's
    `siblings` as one mapping id -> words."""
    by_id = _by_id()
    out: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {}
    for group in _load().get("siblings", ()):
        members = tuple((str(k), tuple(fold(str(w)) for w in ws)) for k, ws in group.items())
        for k, _ in members:
            if k not in by_id:
                raise ValueError(f"siblings: no indicator {k!r} in the catalogue")
            out[k] = members
    return out


_OWN_WORDS_END = re.compile(r"[,;]")


def _sibling_named(best: Indicator, clause: str, mark: int, sort: str | None) -> Indicator:
    """`best`, matched by words outside the figure's own stretch of the clause
    (between the commas or semicolons around it), or the sibling that stretch
    names instead: in `cố định đạt 135,9 Mbps, di động đạt 61,3 Mbps` the
    second figure's stretch says only what differs from the first."""
    before = clause.rfind(",", 0, mark)
    before = max(before, clause.rfind(";", 0, mark))
    after = _OWN_WORDS_END.search(clause, mark)
    own = clause[before + 1 : after.start() if after else len(clause)]
    named = [k for k, words in _siblings()[best.id] if any(w in own for w in words)]
    if len(named) != 1 or named[0] == best.id:
        return best
    sibling = _by_id()[named[0]]
    return sibling if sort is None or sibling.sort == sort else best
