"""Meeting facts: session, kind, date, chair, bridge points (first cut; being rewritten)."""

from __future__ import annotations

from collections.abc import Sequence

from cds_desktop.extract.model import ImageLine, Meeting, Sentence


def find_meeting(
    text: str, sentences: Sequence[Sentence], images: Sequence[ImageLine]
) -> Meeting | None:
    return None


def find_title(text: str, sentences: Sequence[Sentence]) -> str | None:
    return None


def find_published(text: str, images: Sequence[ImageLine]) -> str | None:
    return None
