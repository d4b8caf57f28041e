"""The figures vocabulary (`resources/figures.toml`), loaded once.

Cue words live as data so a domain expert can extend them without touching
the rules; every entry is folded the way the text is folded for matching.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from cds_desktop.extract.text import fold
from cds_desktop.paths import resources_dir


@dataclass(frozen=True)
class Vocabulary:
    scale: dict[str, float]
    units: dict[str, str]  # folded spelling -> unit stored
    count_nouns: tuple[str, ...]  # longest first
    qualifiers: tuple[str, ...]  # longest first
    target: tuple[str, ...]
    forecast: tuple[str, ...]
    change: tuple[str, ...]
    not_target: tuple[str, ...]
    rank: tuple[str, ...]
    not_before: tuple[str, ...]
    not_after: tuple[str, ...]
    describing: tuple[str, ...]
    meeting_nouns: tuple[str, ...]
    comparison_base: tuple[str, ...]
    descriptive: tuple[str, ...]
    speaker_sentences: tuple[str, ...]
    roman: dict[str, int]
    naming: tuple[str, ...]
    comparison: tuple[str, ...]
    table_min_rows: int
    table_row_heads: tuple[str, ...]
    rate_bases: tuple[str, ...]
    scope_leads: tuple[str, ...]
    scope_kinds: tuple[str, ...]
    anaphora: tuple[str, ...]


def _words(items: Any) -> tuple[str, ...]:
    """Folded, longest first, so alternations built from them prefer the longest."""
    return tuple(sorted({fold(str(w)) for w in items}, key=lambda w: (-len(w), w)))


@cache
def vocabulary() -> Vocabulary:
    with (resources_dir() / "figures.toml").open("rb") as f:
        data = tomllib.load(f)
    units = {fold(w): str(u["name"]) for u in data["unit"] for w in u["words"]}
    kinds = data["kinds"]
    nots = data["not_figures"]
    periods = data["periods"]
    return Vocabulary(
        scale={fold(k): float(v) for k, v in data["scale"].items()},
        units=units,
        count_nouns=_words(data["counts"]["nouns"]),
        qualifiers=_words(data["qualifiers"]["words"]),
        target=_words(kinds["target"]),
        forecast=_words(kinds["forecast"]),
        change=_words(kinds["change"]),
        not_target=_words(kinds["not_target"]),
        rank=_words(kinds["rank"]),
        not_before=_words(nots["before"]),
        not_after=_words(nots["after"]),
        describing=_words(nots["describing"]),
        meeting_nouns=_words(nots["meeting_nouns"]),
        comparison_base=_words(nots["comparison_base"]),
        descriptive=_words(nots["descriptive"]),
        speaker_sentences=_words(nots["speaker_sentences"]),
        roman={fold(k): int(v) for k, v in periods["roman"].items()},
        naming=_words(periods["naming"]),
        comparison=_words(periods["comparison"]),
        table_min_rows=int(data["table"]["min_rows"]),
        table_row_heads=_words(data["table"]["row_heads"]),
        rate_bases=_words(data["rates"]["bases"]),
        scope_leads=_words(data["scope"]["leads"]),
        scope_kinds=_words(data["scope"]["kinds"]),
        anaphora=_words(data["anaphora"]["words"]),
    )
