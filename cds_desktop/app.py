"""Wiring between the window and the store: the application object and background jobs.

Anything that reads the whole corpus (the overview the window opens on,
builds, imports, exports) runs on a worker thread so the window keeps
painting. SQLite connections must not cross threads, so a job opens its own
`Store` on the worker and hands back plain frozen rows through a signal,
which Qt delivers on the GUI thread.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QApplication

from cds_desktop.store.queries import Store
from cds_desktop.store.rows import ArticleSummary, IndicatorRow, MeetingRow

ORGANIZATION = "cds-desktop"
APPLICATION = "cds-desktop"


def application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, created (with the names QSettings uses) if needed."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("CĐS Desktop")
    return app


class JobSignals(QObject):
    """A QRunnable is not a QObject; its results travel through this one."""

    finished = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """Runs `work()` on the thread pool; `finished` carries its result, `failed` the error."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self.signals = JobSignals()

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # reported to the GUI, never lost on the worker
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            self._report(self.signals.failed, detail)
        else:
            self._report(self.signals.finished, result)

    def _report(self, signal: Any, value: object) -> None:
        """Emit, unless the application quit while the work ran: Qt has then
        deleted the signals' object with everything else, and nobody is left
        to tell (the emit would print a traceback on the way out)."""
        if shiboken6.isValid(self.signals):
            signal.emit(value)


def run_in_background(
    work: Callable[[], Any],
    on_finished: Callable[[Any], None],
    on_failed: Callable[[str], None],
    pool: QThreadPool | None = None,
) -> Job:
    """Start `work` on a worker thread; the callbacks run on the GUI thread.

    The job is kept alive here until it reports, so a caller may drop it: if
    Python collected it early, its signals object would go with it and the
    result would never arrive.
    """
    job = Job(work)
    _running.add(job)
    job.signals.finished.connect(on_finished)
    job.signals.failed.connect(on_failed)
    job.signals.finished.connect(lambda _result: _running.discard(job))
    job.signals.failed.connect(lambda _message: _running.discard(job))
    (pool or QThreadPool.globalInstance()).start(job)
    return job


_running: set[Job] = set()


@dataclass(frozen=True)
class Overview:
    """What the window shows before anything is clicked."""

    counts: dict[str, int]
    meetings: tuple[MeetingRow, ...]
    indicators: tuple[IndicatorRow, ...]
    articles: tuple[ArticleSummary, ...]


def load_overview(db_path: Path) -> Overview:
    """Read the overview with a connection of its own (safe on a worker thread)."""
    store = Store(db_path)
    try:
        return Overview(
            counts=store.counts(),
            meetings=tuple(store.meetings()),
            indicators=tuple(store.indicators()),
            articles=tuple(store.articles()),
        )
    finally:
        store.close()
