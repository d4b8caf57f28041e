"""What a window user is told when start-up found the database damaged."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from cds_desktop.store.recovery import open_or_recover
from cds_desktop.ui.launch import notify_recovery
from tests.conftest import SEEDS


def test_a_recovered_database_is_announced_in_the_window(
    qtbot, seed_db: Path, tmp_path: Path
) -> None:
    damaged = tmp_path / "cds.sqlite"
    shutil.copy(seed_db, damaged)
    data = damaged.read_bytes()
    damaged.write_bytes(data[: len(data) // 3])
    report = open_or_recover(damaged, SEEDS)
    assert report.damaged and report.backup is not None

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    box = notify_recovery(parent, report.message)

    assert isinstance(box, QMessageBox)
    assert box.objectName() == "recoveryNotice"
    assert box.isVisible()
    assert str(damaged) in box.text()
    assert str(report.backup) in box.text()
    box.accept()
    assert not box.isVisible()
