"""The indicator catalogue (`resources/indicators.toml`), as the store reads it.

The catalogue is written by domain experts and may be absent while it is
being drafted: then every figure is kept, just without a catalogue name.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cds_desktop.paths import resources_dir


@dataclass(frozen=True)
class CatalogueEntry:
    id: str
    name_vi: str
    name_en: str
    unit: str
    domain: str


def _first(entry: dict[str, Any], *keys: str) -> str:
    for key in keys:
        value = entry.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


def load_catalogue(path: Path | None = None) -> tuple[CatalogueEntry, ...]:
    """Entries of the catalogue, or none when the file does not exist yet."""
    path = path or resources_dir() / "indicators.toml"
    if not path.is_file():
        return ()
    with path.open("rb") as f:
        data = tomllib.load(f)
    entries = data.get("indicator", [])
    out = []
    for entry in entries:
        ident = _first(entry, "id")
        if not ident:
            continue
        name_vi = _first(entry, "name_vi", "vi", "name") or ident
        out.append(
            CatalogueEntry(
                id=ident,
                name_vi=name_vi,
                name_en=_first(entry, "name_en", "en") or name_vi,
                unit=_first(entry, "unit"),
                domain=_first(entry, "domain"),
            )
        )
    return tuple(out)
