"""The indicator catalogue as the store keeps it: ids, names, unit and domain.

The catalogue (`resources/indicators.toml`) is read once, by the extractor,
which also owns the patterns that match figures to it; the store copies the
part a reader sees into the `indicators` table.
"""

from __future__ import annotations

from dataclasses import dataclass

from cds_desktop.extract.indicators import catalogue


@dataclass(frozen=True)
class CatalogueEntry:
    id: str
    name_vi: str
    name_en: str
    unit: str
    domain: str


def load_catalogue() -> tuple[CatalogueEntry, ...]:
    return tuple(CatalogueEntry(i.id, i.name_vi, i.name_en, i.unit, i.domain) for i in catalogue())
