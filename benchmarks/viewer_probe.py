"""Child process: what one article viewer costs per click, apart from the window.

`python -m benchmarks.viewer_probe DB COUNT SEED` reads COUNT articles drawn
with SEED from DB, with their figures, then shows them in two `ArticleViewer`s
side by side the size the main window gives them, the way a click on a chart
point does: the left viewer gets an article with one figure selected, the
right one another article. For each click it times `show_article` on each
viewer (what `select_observation` waits for) and then the synchronous repaint
of both viewports (what the user waits for before seeing it), and a second
figure of the article already shown. Prints one JSON object of medians and
95th percentiles in milliseconds, wall and CPU (`time.process_time`), so runs
on a busy machine can still be compared.

The interaction probe measures the whole window; this one isolates the viewer
so a change to it can be measured against the previous version in the same
minute (run it from a copy of the old tree for the baseline).
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

VIEWER_SIZE = (600, 260)  # one viewer in the 1200x800 window of the interaction probe


def _timed(action: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU milliseconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def _summary(samples: list[tuple[float, float]]) -> dict[str, float]:
    walls = sorted(s[0] for s in samples)
    cpus = sorted(s[1] for s in samples)
    p95 = max(0, round(0.95 * len(walls)) - 1)
    return {
        "wall_median": statistics.median(walls),
        "wall_p95": walls[p95],
        "cpu_median": statistics.median(cpus),
        "cpu_p95": cpus[p95],
    }


def main(argv: list[str]) -> int:
    db, count, seed = Path(argv[0]), int(argv[1]), int(argv[2])
    from cds_desktop.store.queries import Store

    store = Store(db)
    rng = random.Random(seed)
    ids = rng.sample([a.id for a in store.articles()], 2 * count + 1)
    articles = [(i, store.article(i).text, store.article_observations(i)) for i in ids]
    store.close()
    articles = [a for a in articles if a[2]]

    app = QApplication.instance() or QApplication(["cds-desktop-viewer-probe"])
    from cds_desktop.ui.viewer import ArticleViewer

    host = QWidget()
    row = QHBoxLayout(host)
    left, right = ArticleViewer("articleViewerLeft"), ArticleViewer("articleViewerRight")
    row.addWidget(left)
    row.addWidget(right)
    host.resize(2 * VIEWER_SIZE[0], VIEWER_SIZE[1])
    host.show()
    QTest.qWaitForWindowExposed(host)

    def paint() -> None:
        left.browser.viewport().repaint()
        right.browser.viewport().repaint()

    shows, paints, same = [], [], []
    for n in range(0, len(articles) - 1, 2):
        (a, a_text, a_marks), (b, b_text, b_marks) = articles[n], articles[n + 1]
        pick_a, pick_b = rng.choice(a_marks), rng.choice(b_marks)
        left_ms = _timed(partial(left.show_article, a, a_text, a_marks, pick_a.id, "left"))
        right_ms = _timed(partial(right.show_article, b, b_text, b_marks, pick_b.id, "right"))
        shows.append((left_ms[0] + right_ms[0], left_ms[1] + right_ms[1]))
        paints.append(_timed(paint))
        app.processEvents()
        again = rng.choice(a_marks)
        same.append(_timed(partial(left.show_article, a, a_text, a_marks, again.id, "left")))
        paints.append(_timed(paint))
        app.processEvents()
    result = {
        "clicks": len(shows),
        "show_both_new_ms": _summary(shows),
        "show_same_article_ms": _summary(same),
        "repaint_both_ms": _summary(paints),
    }
    print(json.dumps(result), flush=True)
    os._exit(0)  # skip teardown: everything measured is printed


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
