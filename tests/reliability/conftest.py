"""Fixtures: a curated database made once, copied fresh into each test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.helpers import copy_db, curation_rows, make_curated_db


@pytest.fixture(scope="session")
def curated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = make_curated_db(tmp_path_factory.mktemp("template") / "cds.sqlite")
    assert len(curation_rows(path)) == 2
    return path


@pytest.fixture
def curated_db(curated_template: Path, tmp_path: Path) -> Path:
    """A private copy of the curated database, at `tmp_path / "cds.sqlite"`."""
    return copy_db(curated_template, tmp_path / "cds.sqlite")
