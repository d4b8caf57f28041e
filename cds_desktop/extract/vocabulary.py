"""Domain word lists from `resources/`, loaded once and folded for matching.

Vocabulary a domain expert would edit (ordinal words, titles, meeting words,
family names, provinces) lives as data so that a new wording is a one-line
change to a resource file, not a new branch in the code.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from cds_desktop.extract.text import fold
from cds_desktop.paths import resources_dir


@cache
def toml_resource(name: str) -> dict[str, Any]:
    with (resources_dir() / name).open("rb") as fh:
        return tomllib.load(fh)


def folded_words(words: Iterable[object]) -> tuple[str, ...]:
    """Folded and longest first, so alternations prefer `phó thủ tướng` to `thủ tướng`."""
    return tuple(sorted({fold(str(w)) for w in words}, key=lambda w: (-len(w), w)))


@cache
def ordinals() -> dict[str, int]:
    """Folded ordinal word -> number (`tám` -> 8)."""
    return {fold(k): int(v) for k, v in toml_resource("ordinals.toml")["ordinals"].items()}


@cache
def meeting_words(key: str) -> tuple[str, ...]:
    """One folded list from `meeting_words.toml`, longest first."""
    return folded_words(toml_resource("meeting_words.toml")[key])


@cache
def title_words(key: str) -> tuple[str, ...]:
    """One folded list from `titles.toml` (`titles`, `honorifics`, `title_stops`)."""
    return folded_words(toml_resource("titles.toml")[key])


@cache
def surnames() -> frozenset[str]:
    lines = (resources_dir() / "surnames.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(fold(s.strip()) for s in lines if s.strip() and not s.startswith("#"))


@dataclass(frozen=True)
class Province:
    """A province as `provinces.toml` names it, with every folded spelling."""

    id: str
    name: str
    spellings: tuple[str, ...]  # folded, longest first, without `tỉnh`/`TP` prefixes


_PLACE_PREFIXES = ("tp. ", "tp ", "thành phố ", "tỉnh ")


def _bare(folded: str) -> str:
    for prefix in _PLACE_PREFIXES:
        if folded.startswith(prefix):
            return folded[len(prefix) :]
    return folded


@cache
def provinces() -> tuple[Province, ...]:
    out = []
    for entry in toml_resource("provinces.toml")["province"]:
        names = [entry["name"], *entry.get("aliases", [])]
        spellings = {_bare(fold(n)) for n in names} | {fold(n) for n in names}
        out.append(
            Province(entry["id"], entry["name"], tuple(sorted(spellings, key=len, reverse=True)))
        )
    return tuple(out)
