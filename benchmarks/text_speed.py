"""CPU time of the text helpers the store's build runs on every article.

Standalone: `python benchmarks/text_speed.py [--repeat N]`. Per seed article:
`decode_bytes` of its file's bytes (which checks for binary content),
`search_fold` of the whole text (the indexed column), and `search_fold` of
its first 40 characters (the short strings the window folds per figure and
per keystroke). Best CPU of the repeats, in milliseconds.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.extract_speed import times_ms
from cds_desktop.extract.text import decode_bytes, normalize, search_fold
from cds_desktop.paths import seeds_dir


def _best_cpu_ms(call: Callable[[], object], repeat: int) -> float:
    return times_ms(call, repeat)[2]


def main() -> int:
    parser = argparse.ArgumentParser(description="CPU time of decode_bytes and search_fold.")
    parser.add_argument("--repeat", type=int, default=300)
    args = parser.parse_args()
    print(f"{'article':<12} {'decode_bytes':>13} {'search_fold':>12} {'40 chars':>9}")
    for path in sorted(seeds_dir().glob("*.txt")):
        data = path.read_bytes()
        text = normalize(data.decode("utf-8"))
        short = text[:40]
        times = [
            _best_cpu_ms(partial(decode_bytes, data), args.repeat),
            _best_cpu_ms(partial(search_fold, text), args.repeat),
            _best_cpu_ms(partial(search_fold, short), args.repeat * 10) * 1000,
        ]
        print(f"{path.name[:12]:<12} {times[0]:>13.4f} {times[1]:>12.4f} {times[2]:>7.2f}us")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
