"""What a window user is told when start-up found the database damaged."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from cds_desktop.store.recovery import RecoveryReport, open_or_recover
from cds_desktop.ui.i18n import LanguageSwitcher
from cds_desktop.ui.launch import notify_recovery, recovery_text
from cds_desktop.ui.preferences import Preferences
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
    box = notify_recovery(parent, report)

    assert isinstance(box, QMessageBox)
    assert box.objectName() == "recoveryNotice"
    assert box.isVisible()
    assert str(damaged) in box.text()
    assert str(report.backup) in box.text()
    box.accept()
    assert not box.isVisible()
    assert box.text() == report.message  # in English, what the command line printed


def test_the_recovery_notice_is_in_the_ui_language(qapp, tmp_path: Path) -> None:
    report = RecoveryReport(
        path=tmp_path / "cds.sqlite",
        damaged=True,
        problem="database disk image is malformed",
        backup=tmp_path / "cds.sqlite.damaged-1",
        imports=2,
        curations=5,
        incomplete=("imported articles", "curations"),
    )
    english = recovery_text(report)
    assert english.startswith(report.message.split(" Some ")[0])
    prefs = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    switcher = LanguageSwitcher(prefs)
    try:
        assert switcher.switch("vi")
        vietnamese = recovery_text(report)
    finally:
        switcher.switch("en")
    assert vietnamese != english
    assert "was damaged" not in vietnamese and "curations" not in vietnamese
    for kept in (str(report.path), str(report.backup), report.problem, " 5 ", " 2 "):
        assert kept in vietnamese
