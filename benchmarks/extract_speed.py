"""Extraction time per seed article: figures alone, and the whole article.

Standalone: `python benchmarks/extract_speed.py [--repeat N]`. Vocabularies and
regular expressions are loaded by a first warm-up call, as they are once per
process in the application. Printed: the median and the best of the repeats
in milliseconds (the best is the one to trust on a busy machine: other load
only ever adds time).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cds_desktop.extract import extract_article
from cds_desktop.extract.figures import find_figures
from cds_desktop.extract.text import normalize
from cds_desktop.paths import seeds_dir


def _times_ms(call: Callable[[], object], repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description="Extraction time per seed article.")
    parser.add_argument("--repeat", type=int, default=100)
    args = parser.parse_args()
    print(
        f"{'article':<28} {'chars':>6} {'figures':>7} "
        f"{'figures ms (median/best)':>25} {'article ms (median/best)':>25}"
    )
    for path in sorted(seeds_dir().glob("*.txt")):
        text = normalize(path.read_text(encoding="utf-8"))
        article = extract_article(text)
        figures = partial(find_figures, text, article.sentences, article.meeting)
        figures_med, figures_best = _times_ms(figures, args.repeat)
        article_med, article_best = _times_ms(partial(extract_article, text), args.repeat)
        print(
            f"{path.name:<28} {len(text):>6} {len(article.figures):>7} "
            f"{figures_med:>15.2f} / {figures_best:>6.2f} "
            f"{article_med:>15.2f} / {article_best:>6.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
