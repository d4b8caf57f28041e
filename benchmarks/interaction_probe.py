"""Child process: click-to-highlight latency and peak memory of the window.

`python -m benchmarks.interaction_probe DB COUNT SEED` opens the MainWindow on
DB, waits for it to be painted, then selects COUNT observations drawn with
SEED, one after another, each the way a click on a chart point does
(`select_observation`), processing Qt events until a viewer shows that
observation's article with exactly its figure highlighted. Prints one JSON
object: the latencies in milliseconds, the misses, and peak RSS in MB after
opening and after the clicks. A separate process, so the RSS is the window's
own and not the suite's.
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
CLICK_TIMEOUT_S = 5.0
SETTLE_MS = 1500


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def sample_observations(db: Path, count: int, seed: int) -> list[tuple[int, int, int, int]]:
    """(id, article, start, end) of COUNT observations from random articles."""
    from cds_desktop.store.queries import Store

    store = Store(db)
    try:
        rng = random.Random(seed)
        articles = [a.id for a in store.articles()]
        rng.shuffle(articles)
        out: list[tuple[int, int, int, int]] = []
        for article_id in articles:
            rows = store.article_observations(article_id)
            for row in rng.sample(rows, min(3, len(rows))):
                out.append((row.id, row.article_id, row.start, row.end))
            if len(out) >= count:
                break
        return out[:count]
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
    picks = sample_observations(db, count, seed)
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
    latencies: list[float] = []
    misses = 0
    for obs_id, article, start, end in picks:
        began = time.perf_counter()
        window.select_observation(obs_id)
        while not shown(window, article, (start, end)):
            if time.perf_counter() - began > CLICK_TIMEOUT_S:
                misses += 1
                break
            app.processEvents()
        else:
            latencies.append((time.perf_counter() - began) * 1000)
    result = {
        "clicks": len(picks),
        "latencies_ms": latencies,
        "misses": misses,
        "open_s": open_s,
        "rss_open_mb": rss_open,
        "rss_peak_mb": peak_rss_mb(),
    }
    print(json.dumps(result), flush=True)
    os._exit(0)  # skip teardown: everything measured is printed


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
