"""Shared fixtures. Qt runs offscreen here, whatever the machine has."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Speed is measured in benchmarks/, never asserted in tests: hypothesis's
# default 200 ms deadline per example would fail a property test on a loaded
# machine (seen with CI and several test runs sharing two cores).
settings.register_profile("cds", deadline=None)
settings.load_profile("cds")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """Seed file name -> its text as stored (normalised)."""
    from cds_desktop.extract.text import normalize

    return {p.name: normalize(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database built from `seeds/` once per test session; treat it as read-only."""
    from cds_desktop.store.build import build

    path = tmp_path_factory.mktemp("seed_db") / "cds.sqlite"
    build(path, SEEDS)
    return path


@pytest.fixture(autouse=True)
def _private_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Whatever the code under test remembers (language, window geometry) goes
    to a fresh temporary folder for each test: never into the user's own
    settings, and never from one test into the next."""
    from PySide6.QtCore import QSettings

    folder = str(tmp_path_factory.mktemp("qsettings"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, folder)
