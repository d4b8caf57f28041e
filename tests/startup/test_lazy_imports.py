"""What start-up imports, checked in fresh interpreters.

The window paints before it needs the extraction rules, pyqtgraph or the
HTML reader; importing one of them on the way to the first frame costs tens
to hundreds of milliseconds. These tests fail when an import at module level
pulls one back in.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RULES = tuple(
    f"cds_desktop.extract.{name}"
    for name in ("figures", "cues", "context", "drafting", "dating", "labels", "meetings")
)


def loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running `code`."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=ROOT, check=True
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_folding_text_loads_no_extraction_rule() -> None:
    loaded = loaded_after("from cds_desktop.extract.text import search_fold")
    assert "cds_desktop.extract.text" in loaded
    assert not loaded & set(RULES)


def test_extractor_version_loads_no_extraction_rule() -> None:
    loaded = loaded_after("from cds_desktop.extract import EXTRACTOR_VERSION")
    assert not loaded & set(RULES)
    assert "cds_desktop.extract.model" not in loaded


def test_every_exported_name_resolves_to_its_home_module() -> None:
    import cds_desktop.extract as extract
    from cds_desktop.extract import figures, meetings, model, text

    homes = {"figures": figures, "meetings": meetings, "model": model, "text": text}
    for name in extract.__all__:
        if name in ("EXTRACTOR_VERSION", "extract_article"):
            continue
        value = getattr(extract, name)
        assert any(getattr(m, name, None) is value for m in homes.values()), name


def test_unknown_name_is_an_attribute_error() -> None:
    import cds_desktop.extract as extract

    with pytest.raises(AttributeError, match="no_such_rule"):
        _ = extract.no_such_rule


def test_submodules_still_import_by_from_import() -> None:
    from cds_desktop.extract import extract_article, indicators

    assert indicators.__name__ == "cds_desktop.extract.indicators"
    article = extract_article("Tỷ trọng kinh tế số đạt 16,5% GDP năm 2024.")
    assert [f.raw for f in article.figures] == ["16,5%"]


def test_the_window_module_leaves_hidden_parts_and_plots_unimported() -> None:
    """Docks, importer, exports, plots and the rules load after the first frame."""
    loaded = loaded_after(
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from cds_desktop.ui import MainWindow"
    )
    assert "cds_desktop.ui.main_window" in loaded
    later = {
        "pyqtgraph",
        "numpy",
        "cds_desktop.ui.curation",
        "cds_desktop.ui.exports",
        "cds_desktop.ui.import_dialog",
        "cds_desktop.ui.search",
        "cds_desktop.store.importer",
        "cds_desktop.store.build",
        "multiprocessing",
        "platformdirs",
        "importlib.resources",
        "cds_desktop.extract.periods",
        "cds_desktop.store.search",
        "cds_desktop.ui.details",
        "cds_desktop.extract.text",
        "cds_desktop.extract.model",
        *RULES,
    }
    assert not loaded & later, sorted(loaded & later)
