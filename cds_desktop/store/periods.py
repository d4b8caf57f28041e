"""Bounds of a period label, for periods a user typed in a correction.

Labels follow `extract.model.Period`: `2024`, `2024-H1`, `2024-Q1`, `2024-06`,
`2024-06-30`, or a run `2022-01/2022-05`. The extractor gives bounds with
its own periods; a corrected period needs them computed here so the chart can
still place the point.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_YEAR = re.compile(r"^(\d{4})$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _month_bounds(year: int, first: int, last: int) -> tuple[str, str]:
    end_day = calendar.monthrange(year, last)[1]
    return f"{year:04d}-{first:02d}-01", f"{year:04d}-{last:02d}-{end_day:02d}"


def _single(label: str) -> tuple[str, str] | None:
    if m := _YEAR.match(label):
        return _month_bounds(int(m[1]), 1, 12)
    if m := _HALF.match(label):
        half = int(m[2])
        return _month_bounds(int(m[1]), 6 * half - 5, 6 * half)
    if m := _QUARTER.match(label):
        quarter = int(m[2])
        return _month_bounds(int(m[1]), 3 * quarter - 2, 3 * quarter)
    if (m := _MONTH.match(label)) and 1 <= int(m[2]) <= 12:
        return _month_bounds(int(m[1]), int(m[2]), int(m[2]))
    if _DAY.match(label):
        try:
            date.fromisoformat(label)
        except ValueError:
            return None
        return label, label
    return None


def period_bounds(label: str) -> tuple[str | None, str | None]:
    """(start, end) ISO dates of a period label, (None, None) when it is not one."""
    first, slash, last = label.strip().partition("/")
    a = _single(first)
    b = _single(last) if slash else a
    if a is None or b is None:
        return None, None
    return a[0], b[1]
