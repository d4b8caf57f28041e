"""Take the README screenshots from the real window on an X server (Xvfb).

    Xvfb :99 -screen 0 1280x800x24 &
    DISPLAY=:99 .venv/bin/python docs/screenshots/take_screenshots.py /tmp/x.sqlite

The window is driven through the slots its own clicks call
(`select_indicator`, `select_meeting`, the chart point's `sigClicked`), then
the whole screen is grabbed with ImageMagick's `import`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from cds_desktop.app import application
from cds_desktop.ui.main_window import MainWindow

HERE = Path(__file__).resolve().parent
SHARE = "digital_economy_gdp_share"


def settle(ms: int = 800) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(name: str) -> None:
    settle()
    subprocess.run(["import", "-window", "root", str(HERE / name)], check=True)
    print("wrote", HERE / name)


def main(db_path: Path) -> int:
    application()
    window = MainWindow(db_path)
    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    while not window.is_loaded():
        settle(100)
    window.ensure_plots()
    window.select_indicator(SHARE)
    grab("window.png")

    eighth = next(m for m in window.store.meetings() if m.session == 8)
    window.select_meeting(eighth.id)
    grab("timeline-selected.png")

    chart = window.chart()
    point = next(o for o in window.store.series(SHARE) if o.raw == "18,3%")
    item, spot = chart.spot(point.id)
    item.sigClicked.emit(item, [spot], None)
    grab("chart-clicked.png")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
