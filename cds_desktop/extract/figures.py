"""Figures: every quantitative statement, with value, unit, kind, period, scope (first cut; being rewritten)."""

from __future__ import annotations

from collections.abc import Sequence

from cds_desktop.extract.model import Figure, Meeting, Sentence


def find_figures(text: str, sentences: Sequence[Sentence], meeting: Meeting | None) -> list[Figure]:
    return []
