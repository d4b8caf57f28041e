"""Child process: what changing the indicator costs, part by part, and idle memory.

`python -m benchmarks.indicator_probe DB [REPEATS]` opens the MainWindow on DB,
waits until the "Other figures" group is filled (the peak RSS of a window left
idle), then changes the indicator between the largest ones and a typical one
REPEATS times each, the way a pick in the indicator list does
(`select_indicator`), until its series is on the chart and the window painted.
Prints one JSON object: per indicator its number of figures and the median CPU
and wall milliseconds of the whole change, the longest stretch the GUI thread
spent in it (its own CPU and wall: a long series is read on a worker, so the
pick and the drawing are two stretches), `Store.series` alone and
`IndicatorChart.set_series` alone, plus peak RSS in MB once idle and at the end. CPU time
(`time.process_time`, the worker's included) is reported beside wall time
because the machine is shared.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

IDLE_TIMEOUT_S = 120.0


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def timed(work: Callable[[], object]) -> tuple[float, float]:
    """CPU and wall milliseconds of `work`."""
    cpu, wall = time.process_time(), time.perf_counter()
    work()
    return (time.process_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000


def medians(samples: list[tuple[float, float]]) -> dict[str, float]:
    return {
        "cpu_ms": round(statistics.median(s[0] for s in samples), 1),
        "wall_ms": round(statistics.median(s[1] for s in samples), 1),
    }


def change(app: Any, window: Any, indicator_id: str, plotted_id: int) -> None:
    """A pick in the indicator list, until its series is on the chart (it may be
    read on a worker meanwhile) and the window is painted again."""
    window.select_indicator(indicator_id)
    while window.chart().position(plotted_id) is None:
        app.processEvents()
    window.repaint()


def blocking(window: Any, laps: list[tuple[float, float]]) -> None:
    """Record the GUI thread's own CPU and the wall milliseconds of each stretch it
    spends in the indicator change: the pick and, for a long series, its delivery."""

    def lap(work: Callable[..., object]) -> Callable[..., None]:
        def timed_work(*args: object) -> None:
            cpu, wall = time.thread_time(), time.perf_counter()
            work(*args)
            laps.append(((time.thread_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000))

        return timed_work

    window.select_indicator = lap(window.select_indicator)
    window._show_series = lap(window._show_series)


def read_series(window: Any, indicator_id: str, out: list[object]) -> None:
    out.extend(window.store.series(indicator_id))


def main(argv: list[str]) -> int:
    db = Path(argv[0])
    repeats = int(argv[1]) if len(argv) > 1 else 5
    app = QApplication.instance() or QApplication(["cds-desktop-probe"])
    from cds_desktop.ui import MainWindow

    window = MainWindow(db)
    window.resize(1200, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    began = time.perf_counter()
    while window.indicators.model() is None or not window.indicators.model().other_loaded():
        if time.perf_counter() - began > IDLE_TIMEOUT_S:
            break
        app.processEvents()
        time.sleep(0.01)
    QTest.qWait(500)
    rss_idle = peak_rss_mb()
    ranked = sorted(window.overview.indicators, key=lambda i: (-i.count, i.id))
    chosen = [*ranked[:3], ranked[len(ranked) // 2]]
    chart = window.chart()
    laps: list[tuple[float, float]] = []
    blocking(window, laps)
    result: dict[str, object] = {"rss_idle_mb": rss_idle, "indicators": []}
    for indicator in chosen:
        switch, read, draw, stalls = [], [], [], []
        rows_now = window.store.series(indicator.id)
        plotted_id = next(r.id for r in rows_now if r.period_end or r.meeting_date)
        other = ranked[-1] if indicator is not ranked[-1] else ranked[0]
        for _ in range(repeats):
            window.select_indicator(other.id)
            app.processEvents()
            laps.clear()
            switch.append(timed(partial(change, app, window, indicator.id, plotted_id)))
            stalls.append(max(laps, key=lambda lap: lap[1]))
            rows: list[object] = []
            read.append(timed(partial(read_series, window, indicator.id, rows)))
            draw.append(timed(partial(chart.set_series, "probe", "", rows)))
        result["indicators"].append(  # type: ignore[attr-defined]
            {
                "id": indicator.id,
                "figures": indicator.count,
                "change": medians(switch),
                "longest_gui_stall": medians(stalls),
                "series_read": medians(read),
                "chart_draw": medians(draw),
            }
        )
    result["rss_peak_mb"] = peak_rss_mb()
    result["load"] = os.getloadavg()
    print(json.dumps(result), flush=True)
    os._exit(0)  # skip teardown: everything measured is printed


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
