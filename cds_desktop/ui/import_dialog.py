"""Adding article files from the window: File > Import… and drag-and-drop.

Reading, extracting and storing articles takes long enough that the window
must not freeze, so the store's importer runs on a worker thread with its own
database connection, reports progress through queued signals to a cancellable
progress dialog, and hands back one result per file. The user then sees which
files went in and, for each one that did not, its name and the reason.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cds_desktop.store.articles import ARTICLE_SUFFIXES
from cds_desktop.store.importer import FileResult, import_each

translate = QCoreApplication.translate


def article_paths(mime: QMimeData) -> list[Path]:
    """The local article files among dropped URLs (other files are left to the importer
    only when they look like articles; a dropped folder brings its article files)."""
    paths: list[Path] = []
    for url in mime.urls():
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.is_dir():
            paths += sorted(p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            paths.append(path)
    return paths


_DROP_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


class FileDropFilter(QObject):
    """Event filter that turns files dropped on a widget into `filesDropped(paths)`.

    The window installs it on itself (and calls `setAcceptDrops(True)`); nothing
    here knows about the window.
    """

    filesDropped = Signal(list)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        # QDragEnterEvent and QDragMoveEvent are QDropEvents too.
        if kind in _DROP_EVENTS and isinstance(event, QDropEvent):
            paths = article_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                if kind == QEvent.Type.Drop:
                    self.filesDropped.emit(paths)
                return True
        return super().eventFilter(watched, event)


class ImportWorker(QObject):
    """Runs `import_files` on its thread; `cancel()` may be called from any thread."""

    progressed = Signal(int, int, str)
    done = Signal(object)  # tuple[FileResult, ...]
    crashed = Signal(str)

    def __init__(self, db_path: Path, paths: Sequence[Path]) -> None:
        super().__init__()
        self._db_path = db_path
        self._paths = list(paths)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            results = import_each(
                self._db_path,
                self._paths,
                progress=lambda done, total, name: self.progressed.emit(done, total, name),
                cancelled=self._cancel.is_set,
            )
        except Exception as exc:  # reported to the user, never lost in a thread
            self.crashed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.done.emit(results)


class ImportResultsDialog(QDialog):
    """One row per file: what happened to it and, when it failed, why."""

    def __init__(
        self, results: Sequence[FileResult], problem: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importResultsDialog")
        self.results = tuple(results)
        self._problem = problem
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(self.results), 3, self)
        self.table.setObjectName("importResults")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self._items: list[tuple[QTableWidgetItem, QTableWidgetItem, QTableWidgetItem]] = []
        self._fill()
        self.retranslate()
        self.resize(720, 360)

    def _fill(self) -> None:
        for row, result in enumerate(self.results):
            name = QTableWidgetItem(result.path.name)
            name.setToolTip(str(result.path))
            status = QTableWidgetItem(status_label(result))
            reason = QTableWidgetItem(result.reason)
            reason.setToolTip(result.reason)
            if not result.ok:
                for item in (name, status, reason):
                    item.setForeground(Qt.GlobalColor.darkRed)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, status)
            self.table.setItem(row, 2, reason)
            self._items.append((name, status, reason))
        self.table.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Column widths are final only now; wrapped reasons need the heights again.
        self.table.resizeRowsToContents()

    def row_texts(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row (file, outcome, reason)."""
        return [(name.text(), status.text(), reason.text()) for name, status, reason in self._items]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import results"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))  # Qt ships no Vietnamese for its own buttons
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Result"), self.tr("Details")]
        )
        for (_name, status, _reason), result in zip(self._items, self.results, strict=True):
            status.setText(status_label(result))
        if self._problem:
            self.summary.setText(self.tr("The import stopped: %1").replace("%1", self._problem))
            return
        added = sum(1 for r in self.results if r.status == "imported")
        text = self.tr("%1 of %2 file(s) imported.").replace("%1", str(added))
        text = text.replace("%2", str(len(self.results)))
        if any(r.status == "cancelled" for r in self.results):
            text = self.tr("The import was cancelled; the database was not changed.")
        elif any(r.status == "failed" for r in self.results):
            text += " " + self.tr("The files marked failed were left out; the others went in.")
        self.summary.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def status_label(result: FileResult) -> str:
    labels = {
        "imported": translate("Import", "imported"),
        "duplicate": translate("Import", "already there"),
        "failed": translate("Import", "failed"),
        "cancelled": translate("Import", "not imported (cancelled)"),
    }
    return labels.get(result.status, result.status)


class ImportController(QObject):
    """Starts imports and owns their thread, progress dialog and result dialog.

    `imported(results)` fires after every run that stored an article, so the
    window can refresh its views; `finished(results)` after every run.
    """

    imported = Signal(object)
    finished = Signal(object)

    def __init__(self, db_path: Path, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._db_path = db_path
        self._parent = parent_widget
        self._thread: QThread | None = None
        self._worker: ImportWorker | None = None
        self.progress: QProgressDialog | None = None
        self.results: ImportResultsDialog | None = None

    def busy(self) -> bool:
        return self._thread is not None

    def choose_files(self) -> None:
        """File > Import…: ask for files, then import them."""
        suffixes = " ".join(f"*{s}" for s in ARTICLE_SUFFIXES)
        names, _filter = QFileDialog.getOpenFileNames(
            self._parent,
            translate("Import", "Import articles"),
            "",
            translate("Import", "Articles (%1)").replace("%1", suffixes)
            + ";;"
            + translate("Import", "All files (*)"),
        )
        if names:
            self.start([Path(n) for n in names])

    def start(self, paths: Sequence[Path]) -> bool:
        """Import `paths` in the background; False when a run is already going."""
        if self.busy() or not paths:
            return False
        self.progress = QProgressDialog(
            translate("Import", "Importing articles…"),
            translate("Import", "Cancel"),
            0,
            len(paths),
            self._parent,
        )
        self.progress.setObjectName("importProgress")
        self.progress.setWindowTitle(translate("Import", "Import"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setValue(0)
        self.progress.show()

        thread = QThread(self)
        worker = ImportWorker(self._db_path, paths)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._progressed)
        worker.done.connect(self._done)
        worker.crashed.connect(self._crashed)
        # A direct call from this thread: the worker's own event loop is busy
        # in `run`, so a queued slot would only run after the import.
        self.progress.canceled.connect(self.cancel)
        self._thread, self._worker = thread, worker
        thread.start()
        return True

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def shutdown(self) -> None:
        """Before the window goes: cancel a running import and wait for its thread
        (it stops before the next file; a cancelled import writes nothing)."""
        if self._worker is not None:
            self._worker.done.disconnect(self._done)
            self._worker.crashed.disconnect(self._crashed)
            self.cancel()
        self._stop_thread()

    def _progressed(self, done: int, total: int, name: str) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            self.progress.setLabelText(translate("Import", "Importing %1…").replace("%1", name))

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = self._worker = None
        if self.progress is not None:
            self.progress.close()

    def _done(self, results: tuple[FileResult, ...]) -> None:
        self._stop_thread()
        self.results = ImportResultsDialog(results, parent=self._parent)
        self.results.open()
        if any(r.status == "imported" for r in results):
            self.imported.emit(results)
        self.finished.emit(results)

    def _crashed(self, message: str) -> None:
        self._stop_thread()
        self.results = ImportResultsDialog((), message, self._parent)
        self.results.open()
        self.finished.emit(())
