"""The meeting an article reports: kind, session, date, chair, bridge points.

Every field comes with the characters it was read from (`Evidence`). A date
part the text leaves out (the year of `Chiều 6/2`) is taken from the
dateline, a header, an image URL or the article's period phrases, in that
order, and the meeting says so (`date_inferred`, `date_reason`, evidence
`year`/`month`). Nothing is guessed beyond that: an article with no day or
month anywhere gets a year-only date, and one with no year at all no date.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from cds_desktop.extract.dates import (
    DatePhrase,
    DateStamp,
    dateline,
    day_phrases,
    header_date,
    image_dates,
    iso,
    month_phrases,
)
from cds_desktop.extract.model import Evidence, ImageLine, Meeting, Person, Sentence
from cds_desktop.extract.people import PersonMention, display, find_people
from cds_desktop.extract.places import province_at
from cds_desktop.extract.text import fold, metadata_spans
from cds_desktop.extract.vocabulary import meeting_words, ordinals

COMMITTEE = "committee_session"
CONFERENCE = "de_an_06_conference"


def _words(key: str) -> str:
    return "|".join(re.escape(w) for w in meeting_words(key))


def _find(
    pattern: str, folded: str, start: int = 0, end: int | None = None
) -> re.Match[str] | None:
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)").search(
        folded, start, len(folded) if end is None else end
    )


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
def _session_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(ordinals(), key=len, reverse=True))
    number = rf"(?P<n>\d{{1,2}}|{words}|[ivxl]{{1,6}})"
    fillers = rf"(?:(?:{_words('session_fillers')}) )?"
    return re.compile(rf"(?<!\w)(?:{_words('session_nouns')}) {fillers}(?:lần )?thứ {number}(?!\w)")


def _session(folded: str) -> tuple[int, Evidence] | None:
    """The first `phiên họp (lần) thứ N` in the text, N in digits, words or Roman."""
    for m in _session_pattern().finditer(folded):
        raw = m.group("n")
        number = int(raw) if raw.isdigit() else ordinals().get(raw) or _roman(raw)
        if number:
            return number, Evidence("session", m.start(), m.end())
    return None


# ---- kind ----------------------------------------------------------------------


def _kind(folded: str, session: Evidence | None) -> tuple[str, tuple[Evidence, ...]] | None:
    """A committee session when a session is named or the Committee meets; a Đề án
    06 conference when a `hội nghị` is held in an article that names Đề án 06."""
    if session is not None:
        return COMMITTEE, (Evidence("kind", session.start, session.end),)
    committee = _find(_words("committee_names"), folded)
    meeting = _find(_words("committee_nouns"), folded)
    if committee and meeting:
        return COMMITTEE, (Evidence("kind", meeting.start(), meeting.end()),)
    conference = _find(_words("conference_nouns"), folded)
    de_an = _find(_words("de_an_06"), folded)
    if conference and de_an:
        return CONFERENCE, (
            Evidence("kind", conference.start(), conference.end()),
            Evidence("kind", de_an.start(), de_an.end()),
        )
    if committee and conference:
        return COMMITTEE, (Evidence("kind", conference.start(), conference.end()),)
    return None


# ---- date --------------------------------------------------------------------


@dataclass(frozen=True)
class _Date:
    value: str | None
    precision: str | None
    inferred: bool
    reason: str | None
    evidence: tuple[Evidence, ...]


def _sentence_at(sentences: Sequence[Sentence], pos: int) -> Sentence | None:
    return next((s for s in sentences if s.start <= pos < s.end), None)


def _is_meeting_date(folded: str, sentences: Sequence[Sentence], phrase: DatePhrase) -> bool:
    """In a sentence about the meeting, and not a period (`đến hết ngày 30/6`)."""
    sentence = _sentence_at(sentences, phrase.start)
    if sentence is None:
        return False
    before = folded[sentence.start : phrase.start].rstrip()
    for prefix in meeting_words("date_prefixes_not_meeting"):
        if re.search(rf"(?<!\w){re.escape(prefix)}$", before):
            return False
    if re.search(rf"(?<!\w){re.escape('ngày')}$", before):
        return False
    return _find(_words("event_words"), folded, sentence.start, sentence.end) is not None


_PERIOD_YEARS: tuple[tuple[str, int], ...] = (
    # (pattern with the year as group 1, offset from that year to the meeting's)
    (r"so với cùng kỳ(?: năm)? (\d{4})", 1),
    (r"\d{1,2} tháng đầu năm (\d{4})", 0),
    (r"quý (?:i{1,3}|iv|[1-4])(?: năm |/)(\d{4})", 0),
    (r"(?:đến|tới) (?:hết |cuối )+năm (\d{4})", 0),
    (r"kế hoạch (?:hoạt động )?(?:[^.;\n]{0,60} )?năm (\d{4})", 0),
)


def _period_year(text: str, folded: str) -> tuple[int, list[tuple[int, int]]] | None:
    """The year the article's period phrases point to, by majority (ties: latest).

    `so với cùng kỳ năm 2022` compares with the year before the report, so it
    votes for 2023; `6 tháng đầu năm 2022`, `quý I năm 2024`, `đến cuối năm
    2023` vote for their own year. `đến năm 2025` is a long-term target and
    does not vote.
    """
    votes: dict[int, list[tuple[int, int]]] = {}
    for pattern, offset in _PERIOD_YEARS:
        for m in re.finditer(rf"(?<!\w){pattern}(?!\d)", folded):
            votes.setdefault(int(m.group(1)) + offset, []).append((m.start(), m.end()))
    if not votes:
        return None
    counts = Counter({year: len(spans) for year, spans in votes.items()})
    year = max(counts, key=lambda y: (counts[y], y))
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


def _date(
    text: str, folded: str, sentences: Sequence[Sentence], images: Sequence[ImageLine]
) -> _Date:
    phrases = [p for p in day_phrases(text) if _is_meeting_date(folded, sentences, p)]
    if not phrases:
        phrases = [p for p in month_phrases(text) if _is_meeting_date(folded, sentences, p)]
    stamps = _stamps(text, images)
    period = _period_year(text, folded)
    if phrases:
        phrase = phrases[0]
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
    its host: a province after `điểm cầu` in the sentence, or a local office
    (`Chủ tịch UBND tỉnh ... chủ trì tại điểm cầu của tỉnh`)."""
    s = person.sentence
    if not _find(_words("bridge_words"), folded, s.start, s.end):
        return False
    if any(s.start <= e.start < s.end for e in bridges):
        return True
    return _find(_words("local_offices"), fold(person.title)) is not None


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


def _bridge_points(folded: str) -> tuple[tuple[str, ...], tuple[Evidence, ...]]:
    """Provinces named right after `điểm cầu` (fillers such as `tỉnh`, `trực
    tuyến ở`), and the rest of a list (`các điểm cầu Hà Nội, Đà Nẵng và Huế`)."""
    names: list[str] = []
    evidence = []
    for m in re.finditer(rf"(?<!\w)(?:{_words('bridge_words')}) *", folded):
        pos = m.end()
        for _ in range(8):
            place = province_at(folded, pos)
            if place is not None:
                evidence.append(Evidence("bridge_point", place.start, place.end))
                if place.province.name not in names:
                    names.append(place.province.name)
                join = _joins().match(folded, place.end)
                if join is None or join.end() == place.end:
                    break
                pos = join.end()
                continue
            filler = _fillers().match(folded, pos)
            if filler is None:
                break
            pos = filler.end()
    return tuple(names), tuple(evidence)


# ---- entry points ------------------------------------------------------------------


def find_meeting(
    text: str, sentences: Sequence[Sentence], images: Sequence[ImageLine]
) -> Meeting | None:
    """The meeting the article reports, or None when it reports none."""
    folded = fold(text)
    session = _session(folded)
    kind = _kind(folded, session[1] if session else None)
    if kind is None:
        return None
    date = _date(text, folded, sentences, images)
    people = find_people(text, tuple(sentences))
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


def find_title(text: str, sentences: Sequence[Sentence]) -> str | None:
    """The headline: the first line of body text when it reads as one (short,
    no closing punctuation, one sentence, more text after it); else None."""
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
