"""Where the bundled data lives and where the user's database goes.

`resources/` and `seeds/` sit at the top of the source tree and are copied
into the package (`cds_desktop/resources`, `cds_desktop/seeds`) when a wheel
or a frozen build is made, so both are looked up beside this module.

This module is imported before the window's first frame (text folding reads
its tables from `resources/`): it imports neither `importlib.resources` nor
`platformdirs` (about 12 ms CPU together), which only the default database
path needs.
"""

from __future__ import annotations

from pathlib import Path

APP_NAME = "cds-desktop"
DB_NAME = "cds.sqlite"
# The package folder: what importlib.resources.files("cds_desktop") names for a
# package on disk (a checkout, a wheel, a frozen build's unpacked tree).
PACKAGE = Path(__file__).parent


def _bundled(name: str) -> Path:
    inside = PACKAGE / name
    if inside.is_dir():
        return inside
    # Running from a source checkout (editable install): the folder sits
    # beside the package instead of inside it.
    return PACKAGE.parent / name


def resources_dir() -> Path:
    return _bundled("resources")


def seeds_dir() -> Path:
    return _bundled("seeds")


def source_tree() -> Path | None:
    """The checkout this package runs from, or None when installed."""
    root = PACKAGE.parent
    if (root / "pyproject.toml").is_file() and (root / "seeds").is_dir():
        return root
    return None


def default_db_path() -> Path:
    """`data/cds.sqlite` in a source checkout, the user data folder otherwise."""
    root = source_tree()
    if root is not None:
        return root / "data" / DB_NAME
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / DB_NAME
