"""Facts extracted from one article.

Every fact carries code-point offsets into the article text exactly as it is
stored and shown, so any number the application displays can be traced back
to the characters it came from (`text[start:end] == raw`).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A stretch of the article text: `text[start:end]`."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True)
class Sentence:
    """A body sentence; `paragraph` numbers the line it sits in."""

    start: int
    end: int
    paragraph: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True)
class ImageLine:
    """A markdown image line `![caption](url)`: not body text, but its caption
    is readable and its URL may carry a date (`2025_02_06`)."""

    start: int
    end: int
    caption: Span
    url: Span


@dataclass(frozen=True)
class Period:
    """A normalised reporting period.

    `label` is ISO-like: `2024` (year), `2024-H1` (half), `2024-Q1` (quarter),
    `2024-06` (month), `2024-06-30` (as-of day), `2022-01/2022-05` (a run of
    months such as "5 tháng đầu năm 2022"). `start`/`end` are ISO dates
    bounding it, used to place the figure on a time axis.
    """

    label: str
    start: str
    end: str


@dataclass(frozen=True)
class Figure:
    """One quantitative statement an analyst could chart or cite."""

    raw: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    value: float
    unit: str
    kind: str  # actual | target | forecast | change | rank
    rule: str  # which rule produced it, shown to users as "why"
    label: str  # the noun phrase it quantifies
    indicator_id: str | None = None
    denominator: float | None = None
    qualifier: str | None = None
    period: Period | None = None
    period_inferred: bool = False
    period_evidence: Span | None = None
    scope: str = "national"  # "national" or a province name


@dataclass(frozen=True)
class Evidence:
    """Which characters support one field of a meeting."""

    field: str  # session | kind | date | chair | bridge_point | year ...
    start: int
    end: int


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    start: int
    end: int


@dataclass(frozen=True)
class Meeting:
    """The meeting an article reports."""

    kind: str  # committee_session | de_an_06_conference
    session: int | None = None
    date: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    date_precision: str | None = None  # day | month | year
    date_inferred: bool = False
    date_reason: str | None = None  # why a part of the date was inferred
    chair: str | None = None
    bridge_points: tuple[str, ...] = ()
    leaders: tuple[Person, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Article:
    """Everything extracted from one article text."""

    text: str
    title: str | None
    published: str | None
    sentences: tuple[Sentence, ...]
    images: tuple[ImageLine, ...] = ()
    figures: tuple[Figure, ...] = ()
    meeting: Meeting | None = None
    notes: tuple[str, ...] = field(default=())
