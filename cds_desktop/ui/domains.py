"""Reader-facing names of the indicator domains, from `resources/domains.toml`."""

from __future__ import annotations

import tomllib
from functools import cache

from cds_desktop.paths import resources_dir


@cache
def domain_names() -> dict[str, tuple[str, str]]:
    """Domain id -> (Vietnamese name, English name); empty when the file is absent."""
    path = resources_dir() / "domains.toml"
    if not path.is_file():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {d["id"]: (d["name_vi"], d["name_en"]) for d in data.get("domain", [])}
