"""Child process: click-to-highlight latency and peak memory of the window.

`python -m benchmarks.interaction_probe DB COUNT SEED` opens the MainWindow on
DB, waits for it to be painted, then selects about COUNT observations drawn
with SEED from a few indicators' series, one after another, each the way a
click on a chart point does (`select_observation`), processing Qt events until
a viewer shows that observation's article with exactly its figure highlighted.
Prints one JSON object: the latencies in milliseconds (clicks within a drawn
series apart from the first click of each series, which redraws the chart),
the same clicks' CPU time (`time.process_time`, all threads of the process:
less stretched than wall time when other processes share the cores), the
misses, and peak RSS in MB after opening and after the clicks. A separate
process, so the RSS is the window's own and not the suite's.
"""

from __future__ import annotations

import json
import os
import random
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

VIEWERS = ("articleViewerLeft", "articleViewerRight")
CLICK_TIMEOUT_S = 30.0
BUDGET_S = 240.0  # stop clicking after this long: a slow window must not stall the suite
SETTLE_MS = 1500


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


Pick = tuple[int, int, int, int]  # observation id, article id, start, end


def sample_series(db: Path, count: int, seed: int, groups: int = 12) -> list[list[Pick]]:
    """Points of a few indicators' series, drawn with `seed`, grouped by indicator.

    A user clicks points of the chart on screen, so the points of one group
    belong to one series; the first click of a group is the indicator change
    (the chart is redrawn), the others are clicks on a drawn chart.
    """
    from cds_desktop.store.queries import Store

    store = Store(db)
    try:
        rng = random.Random(seed)
        indicators = sorted(store.indicators(), key=lambda i: i.id)
        chosen = rng.sample(indicators, min(groups, len(indicators)))
        per = -(-count // max(1, len(chosen))) + 1
        out = []
        for indicator in chosen:
            rows = store.series(indicator.id)
            picked = rng.sample(rows, min(per, len(rows)))
            out.append([(r.id, r.article_id, r.start, r.end) for r in picked])
        return out
    finally:
        store.close()


def shown(window: QWidget, article: int, span: tuple[int, int]) -> bool:
    for name in VIEWERS:
        viewer = window.findChild(QWidget, name)
        if viewer is None:
            continue
        if viewer.current_article_id() == article and viewer.highlighted_span() == span:  # type: ignore[attr-defined]
            return True
    return False


def main(argv: list[str]) -> int:
    db, count, seed = Path(argv[0]), int(argv[1]), int(argv[2])
    groups = sample_series(db, count, seed)
    app = QApplication.instance() or QApplication(["cds-desktop-probe"])
    from cds_desktop.ui import MainWindow

    opened = time.perf_counter()
    window = MainWindow(db)
    window.resize(1200, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    QTest.qWait(SETTLE_MS)  # let background loading (charts, models) finish
    open_s = time.perf_counter() - opened
    rss_open = peak_rss_mb()
    switches: list[float] = []
    clicks: list[float] = []
    clicks_cpu: list[float] = []
    misses = 0
    clicking = time.perf_counter()
    for group in groups:
        if time.perf_counter() - clicking > BUDGET_S:
            break
        for n, (obs_id, article, start, end) in enumerate(group):
            began, began_cpu = time.perf_counter(), time.process_time()
            window.select_observation(obs_id)
            while not shown(window, article, (start, end)):
                if time.perf_counter() - began > CLICK_TIMEOUT_S:
                    misses += 1
                    break
                app.processEvents()
            else:
                (clicks if n else switches).append((time.perf_counter() - began) * 1000)
                if n:
                    clicks_cpu.append((time.process_time() - began_cpu) * 1000)
    result = {
        "indicators": len(groups),
        "clicks_ms": clicks,
        "clicks_cpu_ms": clicks_cpu,
        "switches_ms": switches,
        "misses": misses,
        "open_s": open_s,
        "rss_open_mb": rss_open,
        "rss_peak_mb": peak_rss_mb(),
    }
    print(json.dumps(result), flush=True)
    os._exit(0)  # skip teardown: everything measured is printed


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
