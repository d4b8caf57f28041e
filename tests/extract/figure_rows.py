"""Annotated figures, one row per figure, and the checks that compare them to
the extractor's output. The rows are written by reading the articles.

A row names its figure by an `anchor`: a stretch of text that occurs once in
the article and contains `raw`; the figure's span is where `raw` first sits
inside the anchor. Periods are `Period.label`s; a period the article leaves to
the meeting is the meeting's date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import pytest

from cds_desktop.extract import extract_article
from cds_desktop.extract.figures import find_figures
from cds_desktop.extract.model import Evidence, Figure, Meeting
from cds_desktop.extract.text import fold, normalize, sentences


class F(NamedTuple):
    anchor: str
    raw: str
    value: float
    unit: str
    kind: str
    period: str | None
    indicator: str | None = None
    qualifier: str | None = None
    denominator: float | None = None
    scope: str = "national"


def locate(text: str, row: F) -> tuple[int, int]:
    """The span a row names; fails loudly when the anchor is not unique.

    Anchors are written with plain spaces; the text may hold no-break spaces,
    so both are compared folded (same length, so offsets carry over).
    """
    folded, anchor = fold(text), fold(row.anchor)
    assert folded.count(anchor) == 1, f"anchor {row.anchor!r} occurs {folded.count(anchor)}x"
    start = folded.index(anchor) + anchor.index(fold(row.raw))
    return start, start + len(row.raw)


def meeting_on(text: str, date: str, evidence: str, precision: str, inferred: bool) -> Meeting:
    """The meeting an article reports, as the figures need it: its date and where it is said."""
    start = fold(text).index(fold(evidence))
    return Meeting(
        kind="committee_session",
        date=date,
        date_precision=precision,
        date_inferred=inferred,
        evidence=(Evidence("date", start, start + len(evidence)),),
    )


def extract(text: str, meeting: Meeting | None) -> list[Figure]:
    return find_figures(text, sentences(text), meeting)


def extract_on(text: str, day: str) -> list[Figure]:
    """The figures of `text` under a Committee session held on `day`, its
    date evidence the text's first character (a rule's test sentences)."""
    meeting = Meeting(kind="committee_session", date=day, evidence=(Evidence("date", 0, 1),))
    return extract(text, meeting)


def raws_of(text: str) -> list[str]:
    """The raw text of each figure, without a meeting."""
    return [f.raw for f in extract(text, None)]


def kinds_of(text: str) -> dict[str, str]:
    """Each figure's kind by its raw text, without a meeting."""
    return {f.raw: f.kind for f in extract(text, None)}


def indicator_rows(text: str) -> list[tuple[str, str | None]]:
    """Each figure's raw text and indicator id, without a meeting."""
    return [(f.raw, f.indicator_id) for f in extract(text, None)]


def periods_on(text: str, day: str) -> list[tuple[str, str | None]]:
    """Each figure's raw and period label, under a session held on `day`."""
    return [(f.raw, f.period.label if f.period else None) for f in extract_on(text, day)]


def article_scopes(text: str) -> dict[str, str]:
    """Every figure's scope by its raw, the meeting found as a build finds it
    (a province's own meeting makes its figures that province's)."""
    return {f.raw: f.scope for f in extract_article(normalize(text)).figures}


def by_start(figures: Sequence[Figure]) -> dict[int, Figure]:
    return {f.start: f for f in figures}


def check_row(text: str, figures: Sequence[Figure], row: F) -> None:
    """Every annotated field of one figure, against what the extractor found there."""
    start, end = locate(text, row)
    assert fold(text[start:end]) == fold(row.raw)
    found = by_start(figures).get(start)
    assert found is not None, f"no figure at {row.raw!r} ({row.anchor!r})"
    got = (
        found.raw,
        found.end,
        found.value,
        found.unit,
        found.kind,
        found.period.label if found.period else None,
        found.indicator_id,
        found.qualifier,
        found.denominator,
        found.scope,
    )
    want = (
        text[start:end],
        end,
        pytest.approx(row.value, rel=1e-9),
        row.unit,
        row.kind,
        row.period,
        row.indicator,
        row.qualifier,
        row.denominator,
        row.scope,
    )
    assert got == want, f"\n got  {got}\n want {want}"


@dataclass(frozen=True)
class Score:
    annotated: int
    extracted: int
    matched: int

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.annotated if self.annotated else 1.0


def score(text: str, figures: Sequence[Figure], rows: Sequence[F]) -> Score:
    """A found figure counts when it starts where an annotated one starts with its value."""
    want = {locate(text, row)[0]: row.value for row in rows}
    matched = sum(
        1
        for f in figures
        if f.start in want and abs(f.value - want[f.start]) < 1e-6 * max(1, f.value)
    )
    return Score(annotated=len(want), extracted=len(figures), matched=matched)
