"""ISO dates of varying precision placed on a time axis.

Meetings carry `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; observations carry the ISO
`period_end`. Charts need seconds since the epoch, in UTC so that the axis
labels (drawn with utcOffset=0) show the date that was written, not a
neighbouring day in the machine's time zone.
"""

from __future__ import annotations

import calendar
from datetime import date
from functools import cache


def midpoint_timestamp(value: str) -> float:
    """Where an imprecise date sits on an axis: the middle of what it covers.

    `2023` (a year) lands on 2 July, `2022-08` (a month) on the 16th; a day is
    itself. Putting a year-only meeting on 1 January would claim a precision
    the text does not give.
    """
    parts = value.split("-")
    if len(parts) == 3:
        return iso_to_timestamp(value)
    if len(parts) == 2:
        return iso_to_timestamp(value) + 15 * 86400.0
    return iso_to_timestamp(f"{parts[0]}-07-02")


@cache  # a chart redraw asks for the same few hundred dates thousands of times
def iso_to_timestamp(value: str) -> float:
    """Seconds since the epoch (UTC midnight) of the first day an ISO date covers."""
    parts = [int(p) for p in value.split("-")]
    year, month, day = [*parts, 1, 1][:3]
    return float(calendar.timegm(date(year, month, day).timetuple()))


def covered_range(value: str) -> tuple[float, float]:
    """First and last second an ISO date of any precision covers (a day covers one day)."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        start, end = date(parts[0], 1, 1), date(parts[0] + 1, 1, 1)
    elif len(parts) == 2:
        year, month = parts
        start = date(year, month, 1)
        end = date(year + month // 12, month % 12 + 1, 1)
    else:
        start = date(*parts)
        end = date.fromordinal(start.toordinal() + 1)
    first = float(calendar.timegm(start.timetuple()))
    return first, float(calendar.timegm(end.timetuple())) - 1.0
