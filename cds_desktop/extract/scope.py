"""Whose results a passage reports: the nation's, or one province's own.

A sentence that opens by naming a province after a lead (`Đối với tỉnh Ninh
Thuận,`, `Tại TP Đà Nẵng,`, `Tỉnh Hà Tĩnh có`, `UBND tỉnh Cà Mau cho biết`),
possibly after a short opening clause (`6 tháng đầu năm, tỉnh Cà Mau ...`),
starts that province's own results, which run to the end of its paragraph.
Province names and their spellings come from `resources/provinces.toml`.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache

from cds_desktop.extract.text import fold
from cds_desktop.extract.vocab import vocabulary
from cds_desktop.paths import resources_dir

NATIONAL = "national"


@cache
def _names() -> dict[str, str]:
    """Folded spelling -> the province's display name."""
    with (resources_dir() / "provinces.toml").open("rb") as f:
        data = tomllib.load(f)
    out: dict[str, str] = {}
    for province in data["province"]:
        name = str(province["name"])
        for spelling in (name, *province.get("aliases", ())):
            out[fold(str(spelling))] = name
    return out


@cache
def _lead_pattern() -> re.Pattern[str]:
    vocab = vocabulary()
    leads = "|".join(re.escape(w) for w in vocab.scope_leads)
    kinds = "|".join(re.escape(w) for w in vocab.scope_kinds)
    names = "|".join(re.escape(n) for n in sorted(_names(), key=len, reverse=True))
    return re.compile(
        r"(?:[^,;:]{0,40},\s*)?"
        rf"(?:(?:{leads})\s+(?:(?:{kinds})\s+)?|(?:{kinds})\s+)(?P<name>{names})(?!\w)"
    )


def province_lead(folded_sentence: str) -> str | None:
    """The province a sentence opens on (`Đối với tỉnh Ninh Thuận, ...`), if any."""
    m = _lead_pattern().match(folded_sentence)
    return _names()[m["name"]] if m else None
