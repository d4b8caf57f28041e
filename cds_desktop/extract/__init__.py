"""Pure text -> facts. No Qt, no SQL: a deterministic function of the text.

`extract_article(text)` is the one entry point the store uses. Bump
`EXTRACTOR_VERSION` whenever a rule changes what is extracted, so databases
built by an older extractor are rebuilt at start.
"""

from __future__ import annotations

from cds_desktop.extract.figures import find_figures
from cds_desktop.extract.meetings import find_meeting, find_published, find_title
from cds_desktop.extract.model import (
    Article,
    Evidence,
    Figure,
    ImageLine,
    Meeting,
    Period,
    Person,
    Sentence,
    Span,
)
from cds_desktop.extract.text import image_lines, normalize, sentences

EXTRACTOR_VERSION = "4"

__all__ = [
    "EXTRACTOR_VERSION",
    "Article",
    "Evidence",
    "Figure",
    "ImageLine",
    "Meeting",
    "Period",
    "Person",
    "Sentence",
    "Span",
    "extract_article",
]


def extract_article(text: str) -> Article:
    """Every figure and the meeting of one article, offsets into `normalize(text)`."""
    text = normalize(text)
    sents = sentences(text)
    images = image_lines(text)
    meeting = find_meeting(text, sents, images)
    figures = find_figures(text, sents, meeting)
    return Article(
        text=text,
        title=find_title(text, sents),
        published=find_published(text, images),
        sentences=sents,
        images=images,
        figures=tuple(figures),
        meeting=meeting,
    )
