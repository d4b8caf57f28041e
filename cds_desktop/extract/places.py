"""Province mentions, matched through every spelling in `provinces.toml`.

Matching runs on folded text (case, `Ð`, no-break spaces), so `TP Cần Thơ`,
`Quảng\u00a0Ninh` and `Thanh Hoá` all find their province while the span
still points at the characters shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from cds_desktop.extract.vocabulary import Province, provinces


@dataclass(frozen=True)
class PlaceMention:
    province: Province
    start: int
    end: int


@cache
def _pattern() -> re.Pattern[str]:
    spellings = sorted({s for p in provinces() for s in p.spellings}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in spellings) + r")(?!\w)")


@cache
def _by_spelling() -> dict[str, Province]:
    return {s: p for p in provinces() for s in p.spellings}


def province_at(folded: str, pos: int) -> PlaceMention | None:
    """The province whose spelling starts exactly at `pos` of the folded text."""
    m = _pattern().match(folded, pos)
    if not m:
        return None
    return PlaceMention(_by_spelling()[m.group(0)], m.start(), m.end())


@cache
def _ending_pattern() -> re.Pattern[str]:
    spellings = sorted({s for p in provinces() for s in p.spellings}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in spellings) + r")\Z")


@cache
def _longest_spelling() -> int:
    return max(len(s) for p in provinces() for s in p.spellings)


def province_before(folded: str, end: int) -> PlaceMention | None:
    """The province whose spelling ends exactly at `end` of the folded text.

    Searched only as far back as the longest spelling reaches: `\\Z` at
    `endpos` anchors the match at `end`, and the leftmost start is the longest
    spelling (`bà rịa - vũng tàu`, not `vũng tàu`)."""
    m = _ending_pattern().search(folded, max(0, end - _longest_spelling()), end)
    if not m:
        return None
    return PlaceMention(_by_spelling()[m.group(0)], m.start(), m.end())
