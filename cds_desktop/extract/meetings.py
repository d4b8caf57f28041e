"""The meeting an article reports: kind, session, date, chair, bridge points.

Every field comes with the characters it was read from (`Evidence`). A date
part the text leaves out (the year of `Chiều 6/2`) is taken from the
dateline, a header, an image URL or the article's period phrases, in that
order, and the meeting says so (`date_inferred`, `date_reason`, evidence
`year`/`month`). Nothing is guessed beyond that: an article with no day or
month anywhere gets a year-only date, and one with no year at all no date.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from cds_desktop.extract.dates import (
    DatePhrase,
    DateStamp,
    dateline,
    folded_day_phrases,
    folded_month_phrases,
    header_date,
    image_dates,
    iso,
)
from cds_desktop.extract.model import Evidence, ImageLine, Meeting, Person, Sentence
from cds_desktop.extract.people import PersonMention, display, find_people
from cds_desktop.extract.places import PlaceMention, province_at, province_before
from cds_desktop.extract.scan import AnchoredPattern
from cds_desktop.extract.text import fold, metadata_spans
from cds_desktop.extract.vocabulary import meeting_words, ordinals

COMMITTEE = "committee_session"
CONFERENCE = "de_an_06_conference"


@cache
def _words(key: str) -> str:
    return "|".join(re.escape(w) for w in meeting_words(key))


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{pattern})(?!\w)")


def _find(
    pattern: str, folded: str, start: int = 0, end: int | None = None
) -> re.Match[str] | None:
    """First whole-word match of `pattern` in `folded[start:end]`.

    The left word boundary is checked here, not in the pattern: a pattern
    that starts with a look-behind is tried at every position, much slower.
    """
    compiled = _compiled(pattern)
    stop = len(folded) if end is None else end
    while (m := compiled.search(folded, start, stop)) is not None:
        if m.start() == 0 or not folded[m.start() - 1].isalnum():
            return m
        start = m.start() + 1
    return None


def _is_word_char(ch: str) -> bool:
    """What `\\w` matches in a `str` pattern."""
    return ch.isalnum() or ch == "_"


def _first_whole_word(key: str, folded: str) -> re.Match[str] | None:
    """What `_find(_words(key), folded)` finds, the words found with `str.find`.

    A regex of the words stops at every letter one of them opens with (`u`,
    `p`, `c`, `h`: most of an article); each word is found here by a C-speed
    literal search, only up to the best start found so far, and the regex
    is run once, where the first whole word starts, so the match (and which
    word it prefers there) is the regex's own."""
    best = len(folded)
    for word in meeting_words(key):
        at = folded.find(word, 0, best - 1 + len(word))
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not folded[at - 1].isalnum()) and (
                end == len(folded) or not _is_word_char(folded[end])
            ):
                best = at
                break
            at = folded.find(word, at + 1, best - 1 + len(word))
    if best == len(folded):
        return None
    return _compiled(_words(key)).match(folded, best)


# ---- session -----------------------------------------------------------------

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def _roman(s: str) -> int | None:
    if not s or any(c not in _ROMAN for c in s):
        return None
    total = 0
    for a, b in zip(s, s[1:] + " ", strict=True):
        va = _ROMAN[a]
        total += -va if b in _ROMAN and _ROMAN[b] > va else va
    return total


@cache
def _session_pattern() -> AnchoredPattern:
    """Every session phrase starts on a session noun, or on a verb followed by
    `lần thứ`: scanning for those first spares trying the pattern at every
    character, and anchoring a verb with its `lần thứ` spares trying it at
    every `họp` of the article. A noun another one begins with (`phiên họp`
    after `phiên`) starts where that one does and needs no scan of its own."""
    words = "|".join(re.escape(w) for w in sorted(ordinals(), key=len, reverse=True))
    number = rf"(?P<n>\d{{1,2}}|{words}|[ivxl]{{1,6}})"
    fillers = rf"(?:(?:{_words('session_fillers')}) )?"
    nouns = _words("session_nouns")
    verbs = _words("session_verbs")
    pattern = re.compile(
        rf"(?:(?:{nouns}) {fillers}(?:(?:lần )?thứ {number}|(?P<first>đầu tiên))"
        rf"|(?:{verbs}) lần thứ (?P<n2>\d{{1,2}}|{words}))(?!\w)"
    )
    noun_list = meeting_words("session_nouns")
    starts = [n for n in noun_list if not any(o != n and n.startswith(o) for o in noun_list)]
    anchors = (*starts, *(f"{verb} lần thứ " for verb in meeting_words("session_verbs")))
    return AnchoredPattern(pattern, anchors, {})


def _session(folded: str) -> tuple[int, Evidence] | None:
    """The first `phiên họp (lần) thứ N` in the text, N in digits, words or Roman."""
    for m in _session_pattern().finditer(folded):
        if m.start() > 0 and folded[m.start() - 1].isalnum():
            continue
        raw = m.group("n") or m.group("n2")
        if m.group("first"):
            number: int | None = 1
        else:
            number = int(raw) if raw.isdigit() else ordinals().get(raw) or _roman(raw)
        if number:
            return number, Evidence("session", m.start(), m.end())
    return None


# ---- kind ----------------------------------------------------------------------


def _kind(folded: str, session: Evidence | None) -> tuple[str, tuple[Evidence, ...]] | None:
    """A committee session when a session is named, or when the Committee is
    named and the first meeting noun is `phiên họp`/`cuộc họp`; a Đề án 06
    conference when the first is `hội nghị` in an article naming Đề án 06.
    The first noun decides: later ones may be about other meetings."""
    if session is not None:
        return COMMITTEE, (Evidence("kind", session.start, session.end),)
    committee = _first_whole_word("committee_names", folded)
    de_an = _first_whole_word("de_an_06", folded)
    nouns = [
        (m.start(), kind, m)
        for kind, key in ((COMMITTEE, "committee_nouns"), (CONFERENCE, "conference_nouns"))
        if (m := _first_whole_word(key, folded)) is not None
    ]
    for _, kind, noun in sorted(nouns, key=lambda n: n[0]):
        if kind == COMMITTEE and committee:
            return COMMITTEE, (Evidence("kind", noun.start(), noun.end()),)
        if kind == CONFERENCE and de_an:
            return CONFERENCE, (
                Evidence("kind", noun.start(), noun.end()),
                Evidence("kind", de_an.start(), de_an.end()),
            )
    if committee and nouns:
        noun = min(nouns, key=lambda n: n[0])[2]
        return COMMITTEE, (Evidence("kind", noun.start(), noun.end()),)
    return None


def _kind_by_verb(
    folded: str, sentences: Sequence[Sentence], phrase: DatePhrase | None
) -> tuple[str, tuple[Evidence, ...]] | None:
    """The kind of a meeting told by its verb alone (`Chiều 8/11, Tổ công tác
    họp giao ban trực tuyến`), for an article no meeting noun decides: the
    verb must stand in the sentence that dates the meeting, so a meeting only
    mentioned in passing (`kết luận cuộc họp trước`) still makes none. The
    Committee, else Đề án 06, named anywhere gives the kind."""
    if phrase is None:
        return None
    s = sentences[bisect_right([s.start for s in sentences], phrase.start) - 1]
    verb = _find(_words("meeting_verbs"), folded, s.start, s.end)
    if verb is None:
        return None
    said = Evidence("kind", verb.start(), verb.end())
    if _first_whole_word("committee_names", folded) is not None:
        return COMMITTEE, (said,)
    de_an = _first_whole_word("de_an_06", folded)
    if de_an is not None:
        return CONFERENCE, (said, Evidence("kind", de_an.start(), de_an.end()))
    return None


# ---- date --------------------------------------------------------------------


@dataclass(frozen=True)
class _Date:
    value: str | None
    precision: str | None
    inferred: bool
    reason: str | None
    evidence: tuple[Evidence, ...]


def _not_a_period(folded: str, sentence: Sentence, phrase: DatePhrase) -> bool:
    """A date phrase that ends a period (`đến hết ngày 30/6`) is not the meeting's.

    The prefix is compared with `endswith` and the character before it, what
    `re.search(r"(?<!\\w)prefix$", before)` tests (`before` holds no trailing
    line feed for `$` to stop at) without a scan of the whole clause."""
    before = folded[sentence.start : phrase.start].rstrip()
    for prefix in (*meeting_words("date_prefixes_not_meeting"), "ngày"):
        if before.endswith(prefix):
            lead = len(before) - len(prefix)
            if lead == 0 or not _is_word_char(before[lead - 1]):
                return False
    return True


def _event_sentences(folded: str, sentences: Sequence[Sentence]) -> Iterator[Sentence]:
    """The sentences holding an event word, whole (the sentences for which
    `_find(event words, folded, s.start, s.end)` finds one), in order.

    Each word is found with `str.find` and its sentence by bisection: a regex
    of the words, run on each sentence, stopped at every `c`, `t`, `h`, `p`,
    `d` or `k`. The words' occurrences are merged in text order and found
    only as far as the caller reads: the meeting's date mostly stands in the
    first event sentence, and the rest of the article need not be searched.
    A word fits its sentence when it ends inside it and no word character
    follows it there: the regex, bounded by the sentence end, saw none past
    it."""
    starts = [s.start for s in sentences]
    words = meeting_words("event_words")
    upcoming = [(at, word) for word in words if (at := folded.find(word)) >= 0]
    heapq.heapify(upcoming)
    last = -1
    while upcoming:
        at, word = upcoming[0]
        following = folded.find(word, at + 1)
        if following >= 0:
            heapq.heapreplace(upcoming, (following, word))
        else:
            heapq.heappop(upcoming)
        end = at + len(word)
        i = bisect_right(starts, at) - 1
        if (
            i > last
            and end <= sentences[i].end
            and (at == 0 or not folded[at - 1].isalnum())
            and (end == sentences[i].end or not _is_word_char(folded[end]))
        ):
            last = i
            yield sentences[i]


def _meeting_date_phrase(folded: str, sentences: Sequence[Sentence]) -> DatePhrase | None:
    """The first date phrase in a sentence about the meeting taking place: a
    day phrase, else a month phrase (`Trong tháng 11/2023, ... tổ chức Phiên
    họp`). Only the first decides, so the sentences after it are not read."""
    events: list[Sentence] = []
    for s in _event_sentences(folded, sentences):
        events.append(s)
        for p in folded_day_phrases(folded, s.start, s.end):
            if _not_a_period(folded, s, p):
                return p
    for s in events:
        for p in folded_month_phrases(folded, s.start, s.end):
            if _not_a_period(folded, s, p):
                return p
    return None


# Phrases that place the report in a year. Group `p<i>` holds the year;
# `_PERIOD_VOTES[i]` says how it gives the meeting's year (the offset to add)
# and whether it is a period the report reviews or one a plan looks ahead to.
# Each starts on one of the anchor phrases, or on the digits before
# ` tháng đầu năm` (see `scan.py`); the anchors are as long as the pattern
# allows, so the scan stops at few of the article's many `tháng` and `đến`.
_PERIOD_PATTERN = AnchoredPattern(
    re.compile(
        r"(?:so với cùng kỳ(?: năm)? (?P<p0>\d{4})"
        r"|\d{1,2} tháng đầu năm (?P<p1>\d{4})"
        r"|quý (?:i{1,3}|iv|[1-4])(?: năm |/)(?P<p2>\d{4})"
        r"|(?:đến|tới) (?:hết |cuối )+năm (?P<p3>\d{4})"
        r"|kế hoạch (?:hoạt động )?(?:[^.;\n]{0,60} )?năm (?P<p4>\d{4})"
        r"|(?:yêu cầu|đề nghị|phấn đấu) (?:trong )?năm (?P<p5>\d{4}))(?!\d)"
    ),
    (
        "so với cùng kỳ",
        "tháng đầu năm ",
        "quý ",
        "đến hết ",
        "đến cuối ",
        "tới hết ",
        "tới cuối ",
        "kế hoạch ",
        "yêu cầu ",
        "đề nghị ",
        "phấn đấu ",
    ),
    {"tháng đầu năm ": (-3, -2)},
)


@dataclass(frozen=True)
class _Vote:
    offset: int
    reviewed: bool  # a period behind the report; else a plan's or a deadline's year


_PERIOD_VOTES = (
    _Vote(1, reviewed=True),
    _Vote(0, reviewed=True),
    _Vote(0, reviewed=True),
    _Vote(0, reviewed=False),
    _Vote(0, reviewed=False),
    _Vote(0, reviewed=False),
)


def _period_year(folded: str) -> tuple[int, list[tuple[int, int]]] | None:
    """The year the article's period phrases point to, with every phrase that
    points to it.

    `so với cùng kỳ năm 2022` compares with the year before the report, so it
    votes for 2023; `6 tháng đầu năm 2022` and `quý I năm 2024` vote for their
    own year. A plan (`Kế hoạch năm 2024`, the year the meeting asks
    something for: `Thủ tướng yêu cầu trong năm 2023 hoàn thành ...`) or a
    deadline (`đến cuối năm 2023`) looks ahead, often to the year after the
    meeting, so the reviewed periods decide and plans count only among years
    the reviewed periods tie on (or when there is none). Then the latest year
    wins. `đến năm 2025` is a long-term target and does not vote.
    """
    votes: dict[int, list[tuple[int, int]]] = {}
    reviewed: Counter[int] = Counter()
    for m in _PERIOD_PATTERN.finditer(folded):
        if m.start() > 0 and folded[m.start() - 1].isalnum():
            continue
        i = next(i for i in range(len(_PERIOD_VOTES)) if m.group(f"p{i}"))
        year = int(m.group(f"p{i}")) + _PERIOD_VOTES[i].offset
        votes.setdefault(year, []).append((m.start(), m.end()))
        reviewed[year] += _PERIOD_VOTES[i].reviewed
    if not votes:
        return None
    year = max(votes, key=lambda y: (reviewed[y], len(votes[y]), y))
    return year, sorted(votes[year])


def _stamps(text: str, images: Sequence[ImageLine]) -> list[DateStamp]:
    """Publication-side dates, most trusted first: dateline, header, image URLs."""
    out = [s for s in (dateline(text), header_date(text)) if s is not None]
    return out + image_dates(text, images)


def _quote(text: str, start: int, end: int) -> str:
    return display(text[start:end])


def _year_for(phrase: DatePhrase, stamp: DateStamp) -> int:
    """The stamp's year, or the one before when the meeting day falls after the
    stamp's (a `30/12` meeting in an article dated January)."""
    later = (phrase.month, phrase.day or 0) > (stamp.month, stamp.day or 31)
    return stamp.year - 1 if later else stamp.year


def _date(text: str, folded: str, phrase: DatePhrase | None, images: Sequence[ImageLine]) -> _Date:
    stamps = _stamps(text, images)
    period = None
    if not (phrase is not None and phrase.year) and all(s.source == "image URL" for s in stamps):
        period = _period_year(folded)
        if period is not None:
            # A photo filed in another year than the one the report is about
            # is an archive picture: it dates nothing.
            stamps = [s for s in stamps if s.year == period[0]]
    if phrase is not None:
        precision = "day" if phrase.day else "month"
        stated = Evidence("date", phrase.start, phrase.end)
        if phrase.year is not None:
            return _Date(
                iso(phrase.year, phrase.month, phrase.day), precision, False, None, (stated,)
            )
        if stamps:
            stamp = stamps[0]
            year = _year_for(phrase, stamp)
            reason = (
                f"year {year} taken from the {stamp.source} {_quote(text, stamp.start, stamp.end)}"
            )
            return _Date(
                iso(year, phrase.month, phrase.day),
                precision,
                True,
                reason,
                (stated, Evidence("year", stamp.start, stamp.end)),
            )
        if period:
            year, spans = period
            quoted = ", ".join(f"'{_quote(text, a, b)}'" for a, b in spans)
            return _Date(
                iso(year, phrase.month, phrase.day),
                precision,
                True,
                f"year {year} inferred from the period phrases {quoted}",
                (stated, *(Evidence("year", a, b) for a, b in spans)),
            )
        return _Date(None, None, False, "the text gives the day and month but no year", (stated,))
    if stamps:
        stamp = stamps[0]
        span = (Evidence("year", stamp.start, stamp.end), Evidence("month", stamp.start, stamp.end))
        reason = (
            f"no meeting date in the text; month {iso(stamp.year, stamp.month)} taken from "
            f"the {stamp.source} {_quote(text, stamp.start, stamp.end)}"
        )
        return _Date(iso(stamp.year, stamp.month), "month", True, reason, span)
    if period:
        year, spans = period
        quoted = ", ".join(f"'{_quote(text, a, b)}'" for a, b in spans)
        return _Date(
            iso(year),
            "year",
            True,
            f"no meeting date in the text; year {year} inferred from the period phrases {quoted}",
            tuple(Evidence("year", a, b) for a, b in spans),
        )
    return _Date(None, None, False, None, ())


# ---- chair, leaders, bridge points ----------------------------------------------


def _local_point(folded: str, person: PersonMention, bridges: Sequence[Evidence]) -> bool:
    """Whether the person's sentence is about a bridge point and the person is
    its host: a local office (`Chủ tịch UBND tỉnh ... chủ trì tại điểm cầu của
    tỉnh`), or no national office with a province after `điểm cầu`. A Deputy
    Prime Minister chairing "tại điểm cầu Hà Nội" still chairs the meeting."""
    s = person.sentence
    if not _find(_words("bridge_words"), folded, s.start, s.end):
        return False
    title = fold(person.title)
    if _find(_words("local_offices"), title) is not None:
        return True
    if title.startswith(meeting_words("chair_titles")):
        return False
    return any(s.start <= e.start < s.end for e in bridges)


def _chair(
    folded: str, people: Sequence[PersonMention], bridges: Sequence[Evidence]
) -> PersonMention | None:
    """Who `chủ trì` the meeting itself (not a bridge point); else who gives the
    directing or closing speech, when that person holds a national office."""
    verbs = _words("chair_verbs")
    verbs_before = _words("chair_verbs_before_name")
    candidates = [p for p in people if not _local_point(folded, p, bridges)]
    for person in candidates:
        s = person.sentence
        verb = _find(verbs, folded, person.end, s.end)
        if verb and not _find(r"đề nghị|yêu cầu|giao", folded, person.end, verb.start()):
            return person
        verb = _find(verbs_before, folded, s.start, person.start)
        if verb and not _find(r"[;.]", folded, verb.end(), person.start):
            return person
    titles = meeting_words("chair_titles")
    speech = _words("chair_speech")
    for person in candidates:
        s = person.sentence
        if _find(speech, folded, s.start, person.start) and fold(person.title).startswith(titles):
            return person
    # The speech given by a title alone (`Phát biểu chỉ đạo, Thủ tướng đánh
    # giá ...`): the person the article names with that title.
    by_title = _find(rf"(?:{speech})\s*,?\s*(?P<t>{_words('chair_titles')})", folded)
    if by_title is not None:
        title = by_title["t"]
        return next((p for p in candidates if fold(p.title).startswith(title)), None)
    return None


def _leaders(people: Sequence[PersonMention], chair: str | None) -> tuple[Person, ...]:
    """Each named person once, with the fullest office the text gives them."""
    best: dict[str, PersonMention] = {}
    for p in people:
        if p.name == chair:
            continue
        if p.name not in best or len(p.title) > len(best[p.name].title):
            best[p.name] = p
    order = sorted(best.values(), key=lambda p: p.start)
    return tuple(Person(p.name, p.title, p.start, p.end) for p in order)


@cache
def _fillers() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in meeting_words("bridge_fillers"))
    return re.compile(rf"(?:{words})(?!\w) *")


@cache
def _joins() -> re.Pattern[str]:
    return re.compile(rf" *(?:{_words('bridge_list_joins')}) *")


def _skip_spaces_back(folded: str, end: int) -> int:
    """`end` moved back over spaces: the words before it are compared with `endswith`."""
    while end > 0 and folded[end - 1] == " ":
        end -= 1
    return end


def _word_ending(folded: str, end: int, key: str) -> int | None:
    """Start of the word of `meeting_words(key)` that `folded[:end]` ends on,
    taken whole (a word opening on a letter needs no letter before it)."""
    for word in meeting_words(key):
        start = end - len(word)
        if (
            start >= 0
            and folded.startswith(word, start)
            and (start == 0 or not word[0].isalnum() or not folded[start - 1].isalnum())
        ):
            return start
    return None


def _skip_word_back(folded: str, end: int, key: str) -> int:
    """`end` moved back over one optional word of `key` and the spaces before it."""
    start = _word_ending(folded, end, key)
    return end if start is None else _skip_spaces_back(folded, start)


def _attendees_places(folded: str, point: int) -> list[PlaceMention]:
    """The provinces named as who attends a bridge point before the verb
    (`Tiền Giang và Bạc Liêu dự tại điểm cầu`, `point` where `điểm cầu`
    starts), in text order; none without such a verb right before it."""
    end = _skip_word_back(folded, _skip_spaces_back(folded, point), "bridge_point_determiners")
    verb = _word_ending(folded, end, "bridge_attend_verbs")
    places: list[PlaceMention] = []
    join = verb
    while join is not None:
        place = province_before(folded, _skip_spaces_back(folded, join))
        if place is None:
            break
        places.append(place)
        end = _skip_word_back(folded, _skip_spaces_back(folded, place.start), "bridge_place_kinds")
        join = _word_ending(folded, end, "bridge_before_joins")
    return places[::-1]


def _local_point_at(folded: str, pos: int) -> bool:
    """Whether the words after `điểm cầu` and its fillers leave the point to
    its attendees: a local word (`địa phương`) or the end of the clause."""
    local = meeting_words("bridge_local_points")
    return pos >= len(folded) or not folded[pos].isalnum() or folded.startswith(local, pos)


def _bridge_points(folded: str) -> tuple[tuple[str, ...], tuple[Evidence, ...]]:
    """Provinces named right after `điểm cầu` (fillers such as `tỉnh`, `trực
    tuyến ở`), and the rest of a list (`các điểm cầu Hà Nội, Đà Nẵng và Huế`);
    a point named only as local (`điểm cầu địa phương`) is the province or
    list of provinces that attend it, named before the verb."""
    names: list[str] = []
    evidence = []
    pos = 0
    while (m := _find(_words("bridge_words"), folded, pos)) is not None:
        pos = m.end()
        while folded.startswith(" ", pos):
            pos += 1
        places: list[PlaceMention] = []
        for _ in range(8):
            place = province_at(folded, pos)
            if place is not None:
                places.append(place)
                join = _joins().match(folded, place.end)
                if join is None or join.end() == place.end:
                    break
                pos = join.end()
                continue
            filler = _fillers().match(folded, pos)
            if filler is None:
                break
            pos = filler.end()
        if not places and _local_point_at(folded, pos):
            places = _attendees_places(folded, m.start())
        for place in places:
            evidence.append(Evidence("bridge_point", place.start, place.end))
            if place.province.name not in names:
                names.append(place.province.name)
    return tuple(names), tuple(evidence)


# ---- entry points ------------------------------------------------------------------


def find_meeting(
    text: str,
    sentences: Sequence[Sentence],
    images: Sequence[ImageLine],
    folded: str | None = None,
) -> Meeting | None:
    """The meeting the article reports, or None when it reports none.

    `folded` is `fold(text)` when the caller has it already.
    """
    folded = fold(text) if folded is None else folded
    session = _session(folded)
    kind = _kind(folded, session[1] if session else None)
    phrase = _meeting_date_phrase(folded, sentences)
    kind = kind or _kind_by_verb(folded, sentences, phrase)
    if kind is None:
        return None
    date = _date(text, folded, phrase, images)
    people = find_people(text, sentences, folded)
    bridges, bridge_evidence = _bridge_points(folded)
    chair = _chair(folded, people, bridge_evidence)
    evidence = [
        *([session[1]] if session else []),
        *kind[1],
        *date.evidence,
        *([Evidence("chair", chair.start, chair.end)] if chair else []),
        *bridge_evidence,
    ]
    return Meeting(
        kind=kind[0],
        session=session[0] if session else None,
        date=date.value,
        date_precision=date.precision,
        date_inferred=date.inferred,
        date_reason=date.reason,
        chair=chair.name if chair else None,
        bridge_points=bridges,
        leaders=_leaders(people, chair.name if chair else None),
        evidence=tuple(evidence),
    )


_TITLE_MAX = 200
_NOT_TITLE_END = ".!?…:;,\"'”’"
_BYLINE_WORDS = 6
_DATELINE_MAX = 80
# A full date and a clock on one line, in either order.
_DATE_AND_CLOCK = re.compile(
    r"\d{1,2}([/.-])\d{1,2}\1\d{4}.*?\d{1,2}[:h]\d{2}|\d{1,2}[:h]\d{2}.*?\d{1,2}([/.-])\d{1,2}\2\d{4}"
)


def _credit_or_dateline(line: str) -> bool:
    """Whether a top line is publication data, not the headline: the outlet
    or writer credited (`(Chinhphu.vn)`, `TTXVN`, `Theo Báo Nghệ An`, `Nguồn:
    VGP`), or a short line with a date and a clock that the dateline forms do
    not cover (`15:30 12/9/2024 | Thời sự`). Such lines sit above or below the
    headline, so the search for it goes on past them."""
    if len(line) <= _DATELINE_MAX and _DATE_AND_CLOCK.search(line):
        return True
    words = line.split()
    if len(words) > _BYLINE_WORDS:
        return False
    if (line.startswith("(") and line.endswith(")")) or (len(words) == 1 and line.isupper()):
        return True
    folded = fold(line)
    for opener in meeting_words("byline_openers"):
        if folded.startswith(opener):
            rest = line[len(opener) :].lstrip()
            return rest.startswith(":") or rest[:1].isupper()
    return False


def find_title(text: str, sentences: Sequence[Sentence]) -> str | None:
    """The headline: the first line of body text when it reads as one (short,
    no closing punctuation, one sentence, more text after it); else None.
    Credit lines and unread datelines before it are passed over."""
    skip = metadata_spans(text)
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        for span in skip:
            if span.start <= start + len(line) and span.end > start:
                cut = span.end - start
                start, line = start + cut, line[cut:]
        candidate = line.strip()
        if not candidate:
            continue
        if line.lstrip().startswith("!["):
            return None
        if _credit_or_dateline(candidate):
            continue
        has_more = any(rest.strip() for rest in lines[i + 1 :])
        within = [s for s in sentences if start <= s.start < start + len(line)]
        if (
            has_more
            and len(candidate) <= _TITLE_MAX
            and len(candidate.split()) >= 3
            and not candidate.endswith(tuple(_NOT_TITLE_END))
            and len(within) <= 1
        ):
            return candidate
        return None
    return None


def find_published(text: str, images: Sequence[ImageLine]) -> str | None:
    """The publication date as ISO, from a dateline or a `date` header; else None.

    Image URLs date a photo, not the article, so they are not used here.
    """
    stamp = dateline(text) or header_date(text)
    if stamp is None:
        return None
    return iso(stamp.year, stamp.month, stamp.day)
