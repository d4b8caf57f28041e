"""Fixtures for store tests: databases built with the predictable test extractor."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cds_desktop.store.build import build
from tests.store.fakes import percent_extractor


@pytest.fixture
def fig_db(tmp_path: Path, seed_dir: Path) -> Path:
    """A fresh database of the seeds where every percentage is a figure."""
    path = tmp_path / "cds.sqlite"
    build(path, seed_dir, extract=percent_extractor())
    return path


def dump(path: Path) -> str:
    """The whole database as SQL text, to compare before and after."""
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()
