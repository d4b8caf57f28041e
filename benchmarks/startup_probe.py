"""Child process for cold-start timing: `python -m benchmarks.startup_probe KIND [DB]`.

The parent starts this process and stamps each line it prints on arrival, so
times run from process start (interpreter, imports, window) to the moment a
frame was painted, which is what a user waits through. The baselines are
started the same way in the same run, so the ratios cancel the machine out.

KIND is `bare` (an empty QMainWindow), `bare-plot` (a QMainWindow holding an
empty pyqtgraph PlotWidget) or `app` (the application's MainWindow on DB).
Each prints `window` at the first painted frame of the top-level window and
`chart` at the first painted frame of its chart (for `app`: the widget named
`indicatorChart`, once the pyqtgraph canvas inside it paints), then exits.

With `CDS_PROBE_CPU=1` in the environment each mark is followed by a line
`cpu MARK SECONDS`: the CPU time the process had used by then (every thread,
interpreter start included); `app` also prints `cpu imported` and
`cpu constructed` around `MainWindow(db)`. On a shared machine wall times stretch with
the load; CPU times much less, so `benchmarks/startup_ratio.py` compares both.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QGraphicsView, QLabel, QMainWindow, QWidget

PAINT = QEvent.Type.Paint  # compared by identity: the filter sees every event of the app
TIMEOUT_MS = 280_000  # under the suite's 300 s watchdog
CPU_LINES = os.environ.get("CDS_PROBE_CPU") == "1"


def cpu_line(step: str) -> None:
    """With CDS_PROBE_CPU=1: the CPU time used so far, for a breakdown of the start."""
    if CPU_LINES:
        print(f"cpu {step} {time.process_time():.4f}", flush=True)


class PaintWatch(QObject):
    """Prints a mark the first time a watched widget or any widget inside it
    paints while its readiness test holds, and quits once every mark is out.

    Watching the inside matters: a window whose central widget covers it never
    paints itself, only its children do.

    The filter is a Python call on every event of the application, about 50 µs
    each here, so it is installed by `start`, once the window is built and
    just before it is shown: a window of many widgets raises over a thousand
    events while it is constructed, none of them a paint, and filtering those
    would time the probe rather than the window (a bare window raises few)."""

    def __init__(self, app: QApplication, marks: list[str]) -> None:
        super().__init__()
        self.app = app
        self.pending = list(marks)
        self.targets: dict[str, tuple[QWidget, Callable[[QWidget], bool]]] = {}

    def start(self) -> None:
        """Begin watching: call right before the window is shown."""
        self.app.installEventFilter(self)

    def watch(self, mark: str, widget: QWidget, ready: Callable[[QWidget], bool] = bool) -> None:
        """Mark the first paint inside `widget` of a widget that `ready` accepts."""
        self.targets[mark] = (widget, ready)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() is not PAINT or not isinstance(obj, QWidget):
            return False
        for mark, (widget, ready) in list(self.targets.items()):
            inside = obj is widget or widget.isAncestorOf(obj)
            if mark in self.pending and inside and ready(obj):
                self.pending.remove(mark)
                QTimer.singleShot(0, lambda m=mark: self.report(m))
        return False

    def report(self, mark: str) -> None:
        print(mark, flush=True)
        cpu_line(mark)
        if not self.pending:
            self.app.quit()


def on_canvas(widget: QWidget) -> bool:
    """A pyqtgraph plot draws on a QGraphicsView's viewport: a paint there is
    the chart itself, not the placeholder the window shows while it loads."""
    return isinstance(widget, QGraphicsView) or isinstance(widget.parent(), QGraphicsView)


def _bare(app: QApplication, watch: PaintWatch, plot: bool) -> QMainWindow:
    window = QMainWindow()
    if plot:
        import pyqtgraph as pg

        chart = pg.PlotWidget()
        window.setCentralWidget(chart)
        watch.watch("chart", chart, on_canvas)
    else:
        window.setCentralWidget(QLabel("cds-desktop"))
    watch.watch("window", window)
    window.resize(1200, 800)
    watch.start()
    window.show()
    return window


def _app(app: QApplication, watch: PaintWatch, db: Path) -> QWidget:
    from cds_desktop.ui import MainWindow

    cpu_line("imported")
    window = MainWindow(db)
    cpu_line("constructed")
    watch.watch("window", window)
    chart = window.findChild(QWidget, "indicatorChart")
    if chart is not None:
        watch.watch("chart", chart, on_canvas)
    window.resize(1200, 800)
    watch.start()
    window.show()
    return window


def main(argv: list[str]) -> int:
    kind = argv[0]
    app = QApplication.instance() or QApplication(["cds-desktop-probe"])
    assert isinstance(app, QApplication)
    marks = ["window"] if kind == "bare" else ["window", "chart"]
    watch = PaintWatch(app, marks)
    if kind == "app":
        keep = _app(app, watch, Path(argv[1]))
    else:
        keep = _bare(app, watch, plot=kind == "bare-plot")
    QTimer.singleShot(TIMEOUT_MS, lambda: (print("timeout", flush=True), app.exit(3)))
    code = app.exec()
    del keep
    sys.stdout.flush()
    os._exit(code)  # skip teardown: the parent has what it measures


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
