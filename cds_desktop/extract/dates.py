"""Vietnamese date phrases, datelines, header dates and dates in image URLs.

Articles write the meeting date loosely (`Sáng ngày 24/4/2024`, `Chiều 6/2`,
`Ngày 10-7`, `Chiều thứ Năm, 21/9`, `Trong tháng 11/2023`) and often leave the
year to the context: a dateline (`10/07/2024 - 20:53`), a header
(`date 2022-08`), or the date an image was uploaded (`2025_02_06` in its URL).
Every phrase keeps its span so a date shown to the user can be traced back.
Day and month are checked against the calendar: `31/2/2024` is not a date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from cds_desktop.extract.model import ImageLine
from cds_desktop.extract.places import province_at
from cds_desktop.extract.scan import AnchoredPattern
from cds_desktop.extract.text import dateline_match, fold, header_match, lead_dateline_match
from cds_desktop.extract.vocabulary import meeting_words


@dataclass(frozen=True)
class DatePhrase:
    """A date written in the text; a part the text leaves out is `None`."""

    start: int
    end: int
    year: int | None
    month: int
    day: int | None


@dataclass(frozen=True)
class DateStamp:
    """A full or partial date from a dateline, header or URL (not prose)."""

    start: int
    end: int
    year: int
    month: int
    day: int | None
    source: str  # dateline | header | image URL


def is_date(year: int, month: int, day: int | None) -> bool:
    """True when the calendar has that day (`31/2/2024` and `0/13/2024` are not)."""
    try:
        dt.date(year, month, day or 1)
    except ValueError:
        return False
    return 1900 <= year <= 2100


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in words)


# The date itself; the words that lead it are read backwards from its start
# (a pattern that begins with optional words would be tried at every
# position of the text, which is slow). `24/4/2024` or `24 tháng 4 năm 2024`
# (group `m2` set): the day is written first in both, and opening on a plain
# `\d` lets `re` skip to digits. `\d\d?` tries two digits, then one, as
# `\d{1,2}` does; two digits then a separator and one digit then ` tháng`
# cannot both fit, so this finds what the two forms tried one after the
# other find.
_CORE = re.compile(
    r"(?P<day>\d\d?)"
    r"(?:(?P<sep>[/.-])(?P<m>\d{1,2})(?:(?P=sep)(?P<y>\d{4}))?(?![\d/]|[.,-]\d)"
    r"| tháng (?P<m2>\d{1,2})(?: năm (?P<y2>\d{4}))?(?!\d))"
)
# Every date holds its separator one or two characters after its start (the
# day's digits): finding those with `str.find` spares `re` testing every
# character for a digit, ~90 instructions each.
_CORE_DATES = AnchoredPattern(
    _CORE, ("/", ".", "-", " tháng "), dict.fromkeys(("/", ".", "-", " tháng "), (-2, -1))
)
_LEAD_WINDOW = 40


@cache
def _lead() -> re.Pattern[str]:
    """What may stand before a date: `sáng (nay)`, a weekday, `ngày`, `(`."""
    parts = _alternation(meeting_words("parts_of_day"))
    weekdays = _alternation(meeting_words("weekdays"))
    return re.compile(
        rf"(?:(?P<part>{parts})(?: nay| qua| hôm qua| hôm nay)?,? )?"
        rf"(?:(?P<wd>{weekdays}),? )?(?:(?P<ngay>ngày|hôm nay|hôm qua|hôm),? )?(?P<open>\()?$"
    )


def _place_lead(folded: str, pos: int, core: int) -> int | None:
    """Start of a news-agency lead `Hà Nội, 24/4 (TTXVN)`: a line that opens
    with a province's name and a comma right before the date."""
    line = max(pos, folded.rfind("\n", 0, core) + 1)
    while line < core and folded[line] in " \t(":
        line += 1
    place = province_at(folded, line)
    if place is None or folded[place.end : core] != ", ":
        return None
    return place.start


def day_phrases(text: str) -> list[DatePhrase]:
    """`Sáng ngày 24/4/2024`, `Chiều thứ Năm, 21/9`, `Ngày 10-7`, `Ngày 12-10-2023`,
    `ngày 24 tháng 4 năm 2024`, `Sáng nay (24/4)`: day-month phrases that are
    calendar dates. A numeric date needs a leading part of day, weekday or
    `ngày`, or a place opening the line (`Hà Nội, 24/4 (TTXVN)`): a bare
    `17/72` is a ratio."""
    return folded_day_phrases(fold(text))


def folded_day_phrases(folded: str, pos: int = 0, endpos: int | None = None) -> list[DatePhrase]:
    """`day_phrases` on text already folded, within `folded[pos:endpos]`."""
    out = []
    for m in _CORE_DATES.finditer(folded, pos, len(folded) if endpos is None else endpos):
        if m.start() > 0 and folded[m.start() - 1] in "0123456789/.,":
            continue  # the tail of a number (`1.24/4`), not a date
        window = max(pos, m.start() - _LEAD_WINDOW)
        lead = _lead().search(folded, window, m.start())
        start = m.start()
        end = m.end()
        led = False
        if (
            lead is not None
            and lead.end() > lead.start()
            and (lead.start() == 0 or not folded[lead.start() - 1].isalnum())
        ):
            start = lead.start()
            led = bool(lead.group("part") or lead.group("wd") or lead.group("ngay"))
            if lead.group("open") and folded.startswith(")", end):
                end += 1
        if not (led or m.group("m2")):
            place = _place_lead(folded, pos, m.start())
            if place is None:
                continue
            start = place
        day = int(m.group("day"))
        month = int(m.group("m") or m.group("m2"))
        year_text = m.group("y") or m.group("y2")
        year = int(year_text) if year_text else None
        if not is_date(year or 2000, month, day):  # 2000 is a leap year: 29/2 stays
            continue
        out.append(DatePhrase(start, end, year, month, day))
    return out


# `(?<!\w)tháng ` written as `tháng (?<!\wtháng )`: the same test of the
# character before the word, made after it, so the pattern opens on the
# literal word and `re` finds candidates with a fast literal search.
_MONTH = re.compile(r"tháng (?<!\wtháng )(?P<m>\d{1,2})(?:/| năm )(?P<y>\d{4})(?!\d)")


def month_phrases(text: str) -> list[DatePhrase]:
    """`tháng 11/2023`, `tháng 6 năm 2022`: a month of a year."""
    return folded_month_phrases(fold(text))


def folded_month_phrases(folded: str, pos: int = 0, endpos: int | None = None) -> list[DatePhrase]:
    """`month_phrases` on text already folded, within `folded[pos:endpos]`."""
    out = []
    for m in _MONTH.finditer(folded, pos, len(folded) if endpos is None else endpos):
        month, year = int(m.group("m")), int(m.group("y"))
        if is_date(year, month, None):
            out.append(DatePhrase(m.start(), m.end(), year, month, None))
    return out


def dateline(text: str) -> DateStamp | None:
    """The publication dateline at the top of the article, if any: a line of
    its own, else one opening the first paragraph (`Tam Kỳ, 4/10/2024 (TTXVN) -`)."""
    m = dateline_match(text) or lead_dateline_match(text)
    if not m:
        return None
    day, month, year = int(m.group("d")), int(m.group("m")), int(m.group("y"))
    if not is_date(year, month, day):
        return None
    return DateStamp(m.start("d"), m.end("y"), year, month, day, "dateline")


def header_date(text: str) -> DateStamp | None:
    """A `date 2022-08` header at the top of the article, if any."""
    m = header_match(text)
    if not m:
        return None
    year, month = int(m.group("y")), int(m.group("m"))
    day = int(m.group("d")) if m.group("d") else None
    if not is_date(year, month, day):
        return None
    return DateStamp(m.start() + m.group(0).index("date"), m.end(), year, month, day, "header")


_URL_DATE = re.compile(r"(?<!\d)(?P<y>20\d\d)(?P<sep>[_/-])(?P<m>\d\d)(?P=sep)(?P<d>\d\d)(?!\d)")


def image_dates(text: str, images: Sequence[ImageLine]) -> list[DateStamp]:
    """Dates in image URLs (`.../2025_02_06_589_.../x.jpg`, `.../2023/03/13/...`).

    Content servers file uploads by day, so the URL dates the photo: the day
    of the meeting or of the report on it.
    """
    out = []
    for image in images:
        url = text[image.url.start : image.url.end]
        for m in _URL_DATE.finditer(url):
            year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if is_date(year, month, day):
                base = image.url.start
                out.append(
                    DateStamp(base + m.start(), base + m.end(), year, month, day, "image URL")
                )
    return out


def iso(year: int, month: int | None = None, day: int | None = None) -> str:
    """`2024`, `2024-07` or `2024-07-10`."""
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"
