"""Tables pasted into text.

The flattened targets table: a table pasted into one line of text.
`Chỉ tiêu 6 tháng Năm 2022 ... Tỷ lệ hộ gia đình Internet cáp quang băng rộng
71,75% 75% Tỷ lệ ... - 50% ...`: a header naming the columns, then rows, each
a label followed by a run of cells (`71,75%`, or `-` for none). A line is
read as a table only when it holds several such runs; prose never does.

A table of `|`-separated lines (`Chỉ tiêu | Kết quả | Kế hoạch năm 2022`,
then `Tỷ lệ ... | 73,5% | 75%`): its header's cells tell each column's kind
and period, the caption line above it (`Bảng: ... (đến 31/10/2022)`) the
period of the columns of results.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from cds_desktop.extract.model import Period
from cds_desktop.extract.numbers import _NUMBER_TAIL, NUMBER, parse_number
from cds_desktop.extract.periods import PeriodPhrase, months_period, year_period
from cds_desktop.extract.scan import WholeWords
from cds_desktop.extract.vocab import vocabulary


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    value: float


@dataclass(frozen=True)
class Column:
    period: Period | None
    kind: str  # actual | target
    name: str  # as the header writes it


@dataclass(frozen=True)
class Row:
    label_start: int
    label_end: int
    cells: tuple[tuple[Column, Cell], ...]  # only the filled cells


_CELL = rf"(?:{NUMBER}%|-)"
# A run: `(?<![\w%])(?:{_CELL}[ \t]+)+{NUMBER}%(?!\w)`, written to open on its
# first character, `[\d-]`, with the look-behind after it: `re` then skips
# to digits and dashes instead of trying the run at every character of the
# table's line (0.1 ms in seed 003). The first cell goes on as a number
# (`_NUMBER_TAIL`: `NUMBER` after its first digit) or ends, as a dash.
_RUN = re.compile(
    rf"[\d-](?<![\w%].)(?:(?<=\d){_NUMBER_TAIL}%|(?<=-))[ \t]+"
    rf"(?:{_CELL}[ \t]+)*{NUMBER}%(?!\w)"
)
_CELL_ONE = re.compile(rf"(?P<num>{NUMBER})%|-")
# Every run holds one cell's end, its gap and the next number: counting these
# (a fast scan, it opens on a character class) rules out prose before the
# run pattern, which opens on a look-behind and is tried at every character.
_CELL_GAP = re.compile(r"[%-][ \t]+\d")
_HEADER_COLUMNS = re.compile(r"(?P<months>\d{1,2}) tháng|năm (?P<year>\d{4})")


@cache
def _row_head() -> WholeWords:
    r"""`(?<!\w)(?:heads)(?!\w)`, searched without opening on the look-behind."""
    return WholeWords("|".join(re.escape(h) for h in vocabulary().table_row_heads))


def _columns(header: str, default_year: int | None) -> list[Column]:
    """Columns named in the header; the last one is the year's target."""
    found = list(_HEADER_COLUMNS.finditer(header))
    years = [int(m["year"]) for m in found if m["year"]]
    year = years[-1] if years else default_year
    columns = []
    for i, m in enumerate(found):
        kind = "target" if i == len(found) - 1 else "actual"
        period = None
        if year is not None:
            if m["months"]:
                n = int(m["months"])
                period = months_period(year, 1, n) if 1 <= n <= 12 else None
            else:
                period = year_period(int(m["year"]))
        columns.append(Column(period, kind, m.group(0)))
    return columns


def read_table(folded: str, start: int, end: int, default_year: int | None) -> list[Row] | None:
    """The rows of a flattened table in `folded[start:end]`, or None when it is prose."""
    min_rows = vocabulary().table_min_rows
    if folded.count("%", start, end) < min_rows:
        return None  # every run ends on a percentage: too few for a table
    if len(_CELL_GAP.findall(folded, start, end)) < min_rows:
        return None
    runs = list(_RUN.finditer(folded, start, end))
    if len(runs) < min_rows:
        return None
    first_head = _row_head().search(folded, start, runs[0].start())
    if first_head is None:
        return None
    columns = _columns(folded[start : first_head.start()], default_year)
    if len(columns) < 2:
        return None
    rows = []
    previous_end = first_head.start()
    for run in runs:
        head = _row_head().search(folded, previous_end, run.start())
        label_start = head.start() if head else previous_end
        cells = list(_CELL_ONE.finditer(folded, run.start(), run.end()))
        # A run longer than the header shares its first (actual) cell across
        # sub-rows; the others are the sub-rows' targets.
        if len(cells) > len(columns):
            assigned = [columns[0]] + [columns[-1]] * (len(cells) - 1)
        else:
            assigned = columns[len(columns) - len(cells) :]
        filled = []
        for column, m in zip(assigned, cells, strict=True):
            value = parse_number(m["num"]) if m["num"] else None
            if value is not None:
                filled.append((column, Cell(m.start(), m.end(), value)))
        rows.append(Row(label_start, run.start(), tuple(filled)))
        previous_end = run.end()
    return rows


@dataclass(frozen=True)
class PipeColumn:
    """What a `|` table's header says of one column's cells."""

    kind: str  # actual | target
    period: PeriodPhrase | None  # where the header or the caption dates it


_PIPE_MIN_LINES = 3  # a header and two rows: one line with a `|` is a dateline


def _lines(folded: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for line in folded.split("\n"):
        out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def _header_year(cell: str, offset: int) -> PeriodPhrase | None:
    """`Kế hoạch năm 2022` in a header cell: the year the plan's column is
    for (the period phrases pass over a plan's year, which names the plan in
    prose)."""
    m = _HEADER_COLUMNS.search(cell)
    if m is None or not m["year"]:
        return None
    return PeriodPhrase(offset + m.start(), offset + m.end(), year_period(int(m["year"])), False)


def pipe_columns(
    folded: str, periods: tuple[PeriodPhrase, ...]
) -> dict[int, tuple[PipeColumn, ...]]:
    """The columns of every `|` table, by the start of each row line: lines in
    a run of at least three holding as many `|` each, the first of them the
    header. A header cell with a target or plan word (`Kế hoạch năm 2022`,
    `Mục tiêu`) makes its column targets; the period a cell names dates its
    column, and the caption's (the line above the header) dates the columns
    of results that name none."""
    vocab = vocabulary()
    cues = WholeWords("|".join(re.escape(w) for w in (*vocab.target, *vocab.plan)))
    lines = [(a, b) for a, b in _lines(folded) if a < b]
    out: dict[int, tuple[PipeColumn, ...]] = {}
    i = 0
    while i < len(lines):
        bars = folded.count("|", *lines[i])
        j = i + 1
        while bars and j < len(lines) and folded.count("|", *lines[j]) == bars:
            j += 1
        if j - i < _PIPE_MIN_LINES:
            i += 1
            continue
        header_start, header_end = lines[i]
        caption = lines[i - 1] if i > 0 else None
        in_caption = None
        if caption is not None and "|" not in folded[caption[0] : caption[1]]:
            in_caption = next((p for p in periods if caption[0] <= p.start < caption[1]), None)
        columns = []
        cell_start = header_start
        for cell in folded[header_start:header_end].split("|"):
            cell_end = cell_start + len(cell)
            target = cues.search(cell) is not None
            own = next((p for p in periods if cell_start <= p.start < cell_end), None)
            if own is None:
                own = _header_year(cell, cell_start)
            columns.append(
                PipeColumn(
                    "target" if target else "actual", own or (None if target else in_caption)
                )
            )
            cell_start = cell_end + 1
        for start, _ in lines[i + 1 : j]:
            out[start] = tuple(columns)
        i = j
    return out
