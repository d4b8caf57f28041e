"""ISO dates of varying precision placed on a time axis.

Meetings carry `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; observations carry the ISO
`period_end`. Charts need seconds since the epoch, in UTC so that the axis
labels (drawn with utcOffset=0) show the date that was written, not a
neighbouring day in the machine's time zone.
"""

from __future__ import annotations

import calendar
from datetime import date


def iso_to_timestamp(value: str) -> float:
    """Seconds since the epoch (UTC midnight) of the first day an ISO date covers."""
    parts = [int(p) for p in value.split("-")]
    year, month, day = [*parts, 1, 1][:3]
    return float(calendar.timegm(date(year, month, day).timetuple()))
