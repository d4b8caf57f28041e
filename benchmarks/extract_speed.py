"""Extraction time per seed article: figures alone, and the whole article.

Standalone: `python benchmarks/extract_speed.py [--repeat N]`. It times the
compiled rules when the checkout has a current build of them (`make native`),
the source with `CDS_PURE_PYTHON=1`. Vocabularies and regular expressions
are loaded by a first warm-up call, as they are once per process in the
application; the per-sentence and per-article caches are
cleared before every run, so each run reads the article for the first time
(the dateline finders keep the last article's answer). Printed: the median
and the best of the repeats in milliseconds, wall clock and CPU (the best is
the one to trust on a busy machine: other load only ever adds time).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cds_desktop import native
from cds_desktop.extract import extract_article, indicators, text
from cds_desktop.extract.figures import find_figures
from cds_desktop.extract.text import normalize
from cds_desktop.paths import seeds_dir


def _cold() -> None:
    """Forget what the per-article caches hold, so a repeat reads the article anew."""
    indicators._in_sentence.cache_clear()
    indicators._ruled_out_in.cache_clear()
    for finder in (text.dateline_match, text.lead_dateline_match, text.header_match):
        finder.cache_clear()


def times_ms(call: Callable[[], object], repeat: int) -> tuple[float, float, float]:
    """Median and best wall time, best CPU time, in milliseconds; each run
    starts with the per-sentence caches cleared (`extract_parts.py` and
    `text_speed.py` time their steps with this too)."""
    wall, cpu = [], []
    for _ in range(repeat):
        _cold()
        start, start_cpu = time.perf_counter(), time.process_time()
        call()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), min(wall), min(cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description="Extraction time per seed article.")
    parser.add_argument("--repeat", type=int, default=100)
    args = parser.parse_args()
    # The interpreter's build moves these numbers by 10% or more (a pyenv
    # build without PGO/LTO against Debian's own python3.11): say which ran.
    print(f"python {platform.python_version()} ({os.path.realpath(sys.executable)})")
    # A checkout may run the rules compiled (`make native`); CDS_PURE_PYTHON=1
    # times the source instead.
    compiled = native.running(indicators)  # a rule module, compiled as all are
    print(f"extractor: {'compiled with mypyc (build/native)' if compiled else 'Python source'}")
    print(
        f"{'article':<28} {'chars':>6} {'figures':>7} "
        f"{'find_figures ms: median best cpu':>33} {'extract_article ms: median best cpu':>36}"
    )
    for path in sorted(seeds_dir().glob("*.txt")):
        text = normalize(path.read_text(encoding="utf-8"))
        article = extract_article(text)
        call = partial(find_figures, text, article.sentences, article.meeting)
        f_med, f_best, f_cpu = times_ms(call, args.repeat)
        a_med, a_best, a_cpu = times_ms(partial(extract_article, text), args.repeat)
        print(
            f"{path.name:<28} {len(text):>6} {len(article.figures):>7} "
            f"{f_med:>17.2f} {f_best:>7.2f} {f_cpu:>7.2f} "
            f"{a_med:>20.2f} {a_best:>7.2f} {a_cpu:>7.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
