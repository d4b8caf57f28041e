"""Extraction time per seed article: figures alone, and the whole article.

Standalone: `python benchmarks/extract_speed.py [--repeat N]`. Vocabularies and
regular expressions are loaded by a first warm-up call, as they are once per
process in the application; the times printed are medians over the repeats.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cds_desktop.extract import extract_article  # noqa: E402
from cds_desktop.extract.figures import find_figures  # noqa: E402
from cds_desktop.extract.text import normalize  # noqa: E402
from cds_desktop.paths import seeds_dir  # noqa: E402


def _median_ms(call, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=100)
    args = parser.parse_args()
    print(f"{'article':<28} {'chars':>6} {'figures':>7} {'figures ms':>10} {'article ms':>10}")
    for path in sorted(seeds_dir().glob("*.txt")):
        text = normalize(path.read_text(encoding="utf-8"))
        article = extract_article(text)
        sents, meeting = article.sentences, article.meeting
        figures_ms = _median_ms(lambda: find_figures(text, sents, meeting), args.repeat)
        article_ms = _median_ms(lambda: extract_article(text), args.repeat)
        print(
            f"{path.name:<28} {len(text):>6} {len(article.figures):>7} "
            f"{figures_ms:>10.2f} {article_ms:>10.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
