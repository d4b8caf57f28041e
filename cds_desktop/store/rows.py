"""What the query API hands to the window: plain frozen rows, no SQL.

All offsets are Python code points into the article text (`ArticleRow.text`).
Field names are the contract in `docs/architecture.md`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    file: str
    title: str | None
    published: str | None


@dataclass(frozen=True)
class ArticleRow(ArticleSummary):
    text: str
    content_hash: str


@dataclass(frozen=True)
class MeetingRow:
    id: int
    session: int | None
    kind: str
    date: str | None
    date_precision: str | None
    date_inferred: bool
    date_reason: str | None
    chair: str | None
    bridge_points: tuple[str, ...]
    article_ids: tuple[int, ...]


@dataclass(frozen=True)
class EvidenceRow:
    field: str
    article_id: int
    start: int
    end: int
    sentence_start: int | None
    sentence_end: int | None
    text: str


@dataclass(frozen=True)
class IndicatorRow:
    id: str
    name_vi: str
    name_en: str
    unit: str
    domain: str
    count: int


@dataclass(frozen=True)
class ObservationRow:
    """One figure as the user should see it: curated values applied.

    `original_value` is what the extractor read when a correction changed it;
    `curation` is the action (`confirm`, `reject`, `correct`) or None.
    """

    id: int
    article_id: int
    article_title: str | None
    article_file: str
    indicator_id: str | None
    indicator_vi: str | None
    indicator_en: str | None
    label: str
    value: float
    denominator: float | None
    unit: str
    raw: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    period: str | None
    period_start: str | None
    period_end: str | None
    period_inferred: bool
    scope: str
    kind: str
    qualifier: str | None
    rule: str
    meeting_date: str | None
    curated: bool
    curation: str | None
    original_value: float | None
    note: str
    discrepant: bool


class FigureLabel(NamedTuple):
    """What a list of figures outside the catalogue shows of each one.

    A tuple, not an `ObservationRow`: a large corpus has a hundred thousand
    such figures, and full rows for all of them cost hundreds of MB at peak.
    """

    id: int
    raw: str
    label: str
    article_title: str | None


class FigureMark(NamedTuple):
    """Where one figure of an article sits: all a viewer needs to mark it.

    A click shows two articles with their ~50 figures each; reading them as
    full `ObservationRow`s (curation applied, names joined) took about ten
    times as long as these five columns.
    """

    id: int
    start: int
    end: int
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True)
class MeetingDetail:
    meeting: MeetingRow
    evidence: tuple[EvidenceRow, ...]
    articles: tuple[ArticleSummary, ...]
    key_figures: tuple[ObservationRow, ...]


@dataclass(frozen=True)
class SearchHit:
    article_id: int
    article_title: str | None
    sentence_start: int
    sentence_end: int
    snippet: str
    snippet_highlights: tuple[tuple[int, int], ...]
    hits: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Discrepancy:
    indicator_id: str
    period: str | None
    scope: str
    observations: tuple[ObservationRow, ...]


@dataclass(frozen=True)
class OrphanedCuration:
    """A curation whose figure the current extraction no longer finds; kept, never re-attached."""

    id: int
    content_hash: str
    article_id: int | None
    start: int
    end: int
    raw: str
    action: str
    note: str
    created_at: str
