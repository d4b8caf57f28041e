"""Importing article files through the window's import controller and dialogs."""

from __future__ import annotations

import functools
import shutil
import threading
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from cds_desktop.extract import extract_article
from cds_desktop.store import importer
from cds_desktop.store.queries import Store
from cds_desktop.ui import import_dialog
from cds_desktop.ui.import_dialog import FileDropFilter, ImportController, article_paths

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


@pytest.fixture
def db(seed_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "cds.sqlite"
    shutil.copy(seed_db, path)
    return path


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "incoming"
    folder.mkdir()
    good = [shutil.copy(source, folder) for source in sorted(ARTICLES.glob("g0[12]_*.txt"))]
    binary = folder / "anh-chup.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    return {"good1": Path(good[0]), "good2": Path(good[1]), "binary": binary}


@pytest.fixture
def window(qtbot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    return window


def _articles(db: Path) -> list[str]:
    store = Store(db)
    try:
        return sorted(a.file for a in store.articles())
    finally:
        store.close()


def test_good_files_go_in_and_a_failing_file_is_named_with_its_reason(
    qtbot, db: Path, files: dict[str, Path], window: QWidget
) -> None:
    before = _articles(db)
    controller = ImportController(db, window)
    paths = [files["good1"], files["binary"], files["good2"]]
    with qtbot.waitSignal(controller.imported, timeout=30000) as imported:
        assert controller.start(paths)
        assert controller.progress is not None and controller.progress.isVisible()

    assert [r.status for r in imported.args[0]] == ["imported", "failed", "imported"]
    qtbot.waitUntil(lambda: not controller.busy())
    dialog = controller.results
    assert dialog is not None and dialog.isVisible()
    rows = dialog.row_texts()
    assert [name for name, _status, _reason in rows] == [p.name for p in paths]
    assert rows[0][1] == rows[2][1] == "imported"
    assert rows[1][1] == "failed"
    assert "binary" in rows[1][2]
    assert "2 of 3" in dialog.summary.text() and "failed" in dialog.summary.text()
    after = _articles(db)
    assert sorted(set(after) - set(before)) == sorted([files["good1"].name, files["good2"].name])
    assert files["binary"].name not in after


def test_a_cancelled_run_changes_nothing(
    qtbot, db: Path, files: dict[str, Path], window: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()

    def held(text: str):  # the first file waits until the user has pressed Cancel
        gate.wait(10)
        return extract_article(text)

    monkeypatch.setattr(
        import_dialog, "import_each", functools.partial(importer.import_each, extract=held)
    )
    before = _articles(db)
    controller = ImportController(db, window)
    imported: list[Sequence[importer.FileResult]] = []
    controller.imported.connect(imported.append)
    with qtbot.waitSignal(controller.finished, timeout=30000) as finished:
        controller.start([files["good1"], files["good2"]])
        progress = controller.progress
        assert progress is not None
        qtbot.waitUntil(lambda: "g01" in progress.labelText())
        cancel = progress.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Cancel"
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        gate.set()

    assert [r.status for r in finished.args[0]] == ["cancelled", "cancelled"]
    assert imported == []
    assert _articles(db) == before
    qtbot.waitUntil(lambda: controller.results is not None and controller.results.isVisible())
    assert controller.results is not None
    assert "cancelled" in controller.results.summary.text()
    assert {status for _n, status, _r in controller.results.row_texts()} == {
        "not imported (cancelled)"
    }


def test_a_file_already_there_is_reported_as_such(
    qtbot, db: Path, window: QWidget, seed_dir: Path
) -> None:
    seed = sorted(seed_dir.glob("*.txt"))[0]
    controller = ImportController(db, window)
    with qtbot.waitSignal(controller.finished, timeout=30000) as finished:
        controller.start([seed])
    assert [r.status for r in finished.args[0]] == ["duplicate"]
    qtbot.waitUntil(lambda: controller.results is not None)
    assert controller.results is not None
    assert controller.results.row_texts()[0][:2] == (seed.name, "already there")


# QDragEnterEvent has only the QPoint constructor, which PySide marks deprecated.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_dropping_files_and_folders_gives_article_paths(
    qtbot, files: dict[str, Path], window: QWidget
) -> None:
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl.fromLocalFile(str(files["good1"].parent)),
            QUrl("https://example.com/bai-viet.txt"),
        ]
    )
    assert article_paths(mime) == sorted(files.values())

    drop_filter = FileDropFilter(window)
    window.setAcceptDrops(True)
    window.installEventFilter(drop_filter)
    single = QMimeData()
    single.setUrls([QUrl.fromLocalFile(str(files["good2"]))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, single, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, single, buttons, keys)
    with qtbot.waitSignal(drop_filter.filesDropped) as dropped:
        QApplication.sendEvent(window, drop)
    assert dropped.args == [[files["good2"]]]
    assert drop.isAccepted()

    web_only = QMimeData()
    web_only.setUrls([QUrl("https://example.com/bai-viet.txt")])
    refused = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, web_only, buttons, keys)
    refused.setAccepted(False)
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_files_dropped_on_the_window_are_imported_and_the_views_refresh(
    qtbot, ui_db: Path, files: dict[str, Path], tmp_path: Path
) -> None:
    from cds_desktop.ui import MainWindow
    from cds_desktop.ui.preferences import Preferences

    db = tmp_path / "window.sqlite"
    shutil.copy(ui_db, db)
    prefs = Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    win = MainWindow(db, preferences=prefs)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.overviewLoaded, timeout=10_000):
        win.show()
    before = win.overview.counts["articles"] if win.overview else -1

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(files["good1"]))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(
        win, QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, buttons, keys)
    )
    with qtbot.waitSignal(win.overviewLoaded, timeout=30_000):
        QApplication.sendEvent(
            win, QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, buttons, keys)
        )
    assert win.overview is not None
    assert win.overview.counts["articles"] == before + 1
    assert files["good1"].name in [a.file for a in win.overview.articles]
    picker = win.viewer_left.picker
    assert picker.count() == before + 1
    assert win.importer.results is not None
    assert win.importer.results.row_texts()[0][:2] == (files["good1"].name, "imported")


def test_closing_the_window_stops_a_running_import_cleanly(
    qtbot, db: Path, files: dict[str, Path], window: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()

    def held(text: str):
        gate.wait(10)
        return extract_article(text)

    monkeypatch.setattr(
        import_dialog, "import_each", functools.partial(importer.import_each, extract=held)
    )
    cancel = import_dialog.ImportWorker.cancel

    def cancel_then_release(worker: import_dialog.ImportWorker) -> None:
        cancel(worker)
        gate.set()  # the first file finishes only once the cancel is recorded

    monkeypatch.setattr(import_dialog.ImportWorker, "cancel", cancel_then_release)
    before = _articles(db)
    controller = ImportController(db, window)
    controller.start([files["good1"], files["good2"]])
    progress = controller.progress
    assert progress is not None
    qtbot.waitUntil(lambda: "g01" in progress.labelText())
    controller.shutdown()

    assert not controller.busy()
    assert not progress.isVisible()
    qtbot.wait(50)  # a late result would arrive through the event loop
    assert controller.results is None
    assert _articles(db) == before


def test_a_store_failure_is_shown_not_lost_in_the_thread(
    qtbot, db: Path, files: dict[str, Path], window: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cds_desktop.store.db import StoreError

    def locked(*_args, **_kwargs):
        raise StoreError(f"{db}: database is locked")

    monkeypatch.setattr(import_dialog, "import_each", locked)
    controller = ImportController(db, window)
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        controller.start([files["good1"]])
    assert finished.args == [()]
    qtbot.waitUntil(lambda: controller.results is not None)
    assert controller.results is not None
    summary = controller.results.summary.text()
    assert "database is locked" in summary and db.name in summary
    assert not controller.busy()
