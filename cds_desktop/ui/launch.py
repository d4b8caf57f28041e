"""Opening the window from the command line, or proving it opens (`--smoke`)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from cds_desktop.app import application
from cds_desktop.ui.icon import app_icon
from cds_desktop.ui.main_window import MainWindow
from cds_desktop.ui.notices import open_warning

if TYPE_CHECKING:
    from cds_desktop.store.recovery import RecoveryReport

SMOKE_TIMEOUT_MS = 30_000

translate = QCoreApplication.translate


def recovery_text(report: RecoveryReport) -> str:
    """What the start-up check did, in the UI's language (the command line
    prints `report.message`, in English; SQLite's own words stay as it said them)."""
    kinds = {
        "imported articles": translate("Launch", "imported articles"),
        "curations": translate("Launch", "curations"),
    }
    text = translate(
        "Launch",
        "{path}: the database was damaged ({problem}). It was moved to {backup} and a new "
        "one was built from the seed articles, keeping {curations} curations and {imports} "
        "imported articles read from the damaged file.",
    ).format(
        path=report.path,
        problem=report.problem,
        backup=report.backup,
        curations=report.curations,
        imports=report.imports,
    )
    if report.incomplete:
        lost = ", ".join(kinds.get(kind, kind) for kind in report.incomplete)
        text += " " + translate(
            "Launch", "Some {kinds} could not be read; the backup still holds them."
        ).format(kinds=lost)
    return text


def notify_recovery(parent: QWidget, report: RecoveryReport) -> QMessageBox:
    """Show what the start-up check did to a damaged database.

    The command line prints it on stderr, which nobody sees when the app is
    started from a desktop menu; the box is window-modal and does not block.
    """
    return open_warning(
        parent, translate("Launch", "Database recovered"), recovery_text(report), "recoveryNotice"
    )


def _wait_for_overview(window: MainWindow) -> bool:
    """Spin the event loop until the overview arrives (or fails, or times out)."""
    if window.is_loaded():
        return True
    loop = QEventLoop()
    window.overviewLoaded.connect(loop.quit)
    window.overviewFailed.connect(loop.quit)
    QTimer.singleShot(SMOKE_TIMEOUT_MS, loop.quit)
    loop.exec()
    return window.is_loaded()


def run(db_path: Path, smoke: bool, recovery: RecoveryReport | None = None) -> int:
    """Show the main window on `db_path` and run until it closes.

    With `smoke`, render one frame with the timeline filled (offscreen when
    there is no display), print what it showed and return 0 (1 when the
    database could not be read). `recovery` is the start-up check's report
    when it had to move a damaged database aside; the window shows it.
    """
    if smoke and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        # A smoke run proves the window builds and draws; with no screen it
        # draws offscreen rather than abort in Qt's platform plugin.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application()
    app.setWindowIcon(app_icon())
    window = MainWindow(db_path)
    window.show()
    if not smoke:
        if recovery is not None:
            notify_recovery(window, recovery)
        return app.exec()
    loaded = _wait_for_overview(window)
    window.ensure_plots()
    app.processEvents()
    frame = window.grab()
    overview = window.overview
    if not loaded or overview is None:
        print(f"smoke: {db_path}: the window opened but could not read the database")
        window.close()
        return 1
    timeline = window.timeline()
    placed = sum(1 for m in overview.meetings if timeline.position_of(m.id) is not None)
    counts = overview.counts
    print(
        f"smoke: {db_path}: rendered {frame.width()}x{frame.height()}; "
        f"timeline shows {placed} of {counts.get('meetings', 0)} meetings; "
        f"{len(overview.indicators)} indicators listed; "
        f"{counts.get('observations', 0)} observations; {counts.get('articles', 0)} articles"
    )
    window.close()
    return 0
