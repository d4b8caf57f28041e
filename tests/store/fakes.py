"""A small, predictable extractor for store tests.

The real extractor is being rewritten and finds a changing number of figures;
these tests are about what the store does with figures, so they use the real
text, sentences and title and add figures by one transparent rule: every
percentage in a sentence (`16,5%`) is an `actual` of the indicator `share`
for the year 2024, and the first `d/m/yyyy` date is the meeting's day.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from cds_desktop.extract import Article, Evidence, Figure, Meeting, Period, extract_article

PERCENT = re.compile(r"\d+(?:,\d+)?%")
DAY = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
YEAR_2024 = Period("2024", "2024-01-01", "2024-12-31")


def percent_figures(article: Article, *, widen: int = 0) -> tuple[Figure, ...]:
    """Percentages of every sentence; `widen` takes that many extra characters before each."""
    out = []
    for s in article.sentences:
        for m in PERCENT.finditer(article.text, s.start, s.end):
            start = max(s.start, m.start() - widen)
            out.append(
                Figure(
                    raw=article.text[start : m.end()],
                    start=start,
                    end=m.end(),
                    sentence_start=s.start,
                    sentence_end=s.end,
                    value=float(m.group()[:-1].replace(",", ".")),
                    unit="%",
                    kind="actual",
                    rule="test:percent",
                    label="share",
                    indicator_id="share",
                    period=YEAR_2024,
                )
            )
    return tuple(out)


def day_meeting(article: Article) -> Meeting | None:
    m = DAY.search(article.text)
    if m is None:
        return None
    day, month, year = (int(g) for g in m.groups())
    return Meeting(
        kind="committee_session",
        date=f"{year:04d}-{month:02d}-{day:02d}",
        date_precision="day",
        evidence=(Evidence("date", m.start(), m.end()),),
    )


def percent_extractor(*, widen: int = 0, skip: str | None = None) -> Callable[[str], Article]:
    """The test extractor; `skip` drops figures whose raw text equals it (a rule change)."""

    def extract(text: str) -> Article:
        article = extract_article(text)
        figures = tuple(f for f in percent_figures(article, widen=widen) if f.raw != skip)
        return replace(article, figures=figures, meeting=day_meeting(article))

    return extract
