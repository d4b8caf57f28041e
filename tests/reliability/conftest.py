"""Fixtures: a curated database made once, copied fresh into each test."""

from __future__ import annotations

from pathlib import Path

import pytest

from cds_desktop.store.importer import import_files
from tests.reliability.badinputs import article
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


@pytest.fixture
def user_db(curated_db: Path, tmp_path: Path) -> Path:
    """The curated database plus one imported article, closed and checkpointed."""
    src = tmp_path / "bai cua toi.txt"
    src.write_text(article("của tôi"), encoding="utf-8")
    import_files(curated_db, [src])
    assert not Path(f"{curated_db}-wal").exists()
    return curated_db
