"""Take the workflow screenshots (search, curation, import, Vietnamese UI) on Xvfb.

    Xvfb :98 -screen 0 1280x800x24 &
    DISPLAY=:98 .venv/bin/python docs/screenshots/take_workflow_screenshots.py /tmp/seed.sqlite

The database is copied first (the script curates and imports into the copy),
and settings go to a temporary file, so neither the database nor the user's
settings change. The window is driven through the slots its own keys and
clicks call.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from cds_desktop.app import application
from cds_desktop.ui.curation import FiguresModel
from cds_desktop.ui.main_window import MainWindow
from cds_desktop.ui.preferences import Preferences

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARE = "digital_economy_gdp_share"


def settle(ms: int = 500) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save_window(window: MainWindow, name: str) -> None:
    settle()
    window.grab().save(str(HERE / name))
    print("wrote", HERE / name)


def save_screen(name: str) -> None:
    settle()
    QGuiApplication.primaryScreen().grabWindow(0).save(str(HERE / name))
    print("wrote", HERE / name)


def main(db_source: Path) -> int:
    work = Path(tempfile.mkdtemp(prefix="cds-shots-"))
    db = work / "cds.sqlite"
    shutil.copy(db_source, db)
    application()
    prefs = Preferences(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(db, preferences=prefs)
    window.setGeometry(0, 0, 1280, 800)
    loop = QEventLoop()
    window.overviewLoaded.connect(loop.quit)
    window.show()
    loop.exec()
    window.ensure_plots()
    window.select_indicator(SHARE)

    window.focus_search()
    window.search_box.setText("ty trong kinh te so")
    window.search_panel.run_search()
    window.resizeDocks([window.search_dock], [380], Qt.Orientation.Horizontal)
    results = window.search_panel.results
    results.setCurrentIndex(window.search_panel.model.index(1, 0))
    results.activated.emit(results.currentIndex())
    save_window(window, "search.png")
    window.search_dock.hide()

    first, second = window.store.series(SHARE)[:2]
    window.store.curate(first.id, "confirm", note="Khớp với báo cáo của Bộ TT&TT")
    window.select_observation(second.id)
    dialog = window.figures.curate(second.id, "correct")
    dialog.value.setText("16,6")
    dialog.note.setPlainText("Bài viết gốc ghi 16,6% ở đoạn sau")
    dialog.accept()
    window.figures_dock.show()
    window.resizeDocks([window.figures_dock], [200], Qt.Orientation.Vertical)
    period = FiguresModel.COLUMNS.index("period")
    window.figures.table.sortByColumn(period, Qt.SortOrder.AscendingOrder)
    window.select_observation(second.id)
    window.figures.table.scrollToTop()
    save_window(window, "curated.png")
    window.figures_dock.hide()

    incoming = work / "incoming"
    incoming.mkdir()
    article = ROOT / "tests" / "data" / "articles" / "g01_phien_hop_lan_thu_6_da_nang.txt"
    good = Path(shutil.copy(article, incoming))
    binary = incoming / "anh-chup-man-hinh.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8)
    empty = incoming / "ghi-chu-trong.md"
    empty.write_text("   \n", encoding="utf-8")
    pdf = incoming / "bao-cao.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    seed = Path(shutil.copy(sorted((ROOT / "seeds").glob("*.txt"))[0], incoming))
    loop = QEventLoop()
    window.importer.finished.connect(lambda _results: loop.quit())
    window.importer.start([good, binary, empty, pdf, seed])
    loop.exec()
    report = window.importer.results
    assert report is not None
    report.move(240, 180)
    report.resize(800, 330)
    save_screen("import-results.png")
    report.close()

    window.language_menu.action_for("vi").trigger()
    overview = window.overview
    if overview is not None and overview.meetings:
        window.select_meeting(overview.meetings[-1].id)
    window.select_observation(window.store.series(SHARE)[-1].id)
    save_window(window, "vietnamese-ui.png")
    window.switcher.switch("en")
    window.close()
    shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
