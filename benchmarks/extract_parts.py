"""CPU time of each step of `extract_article` per seed article, apart.

Standalone: `python benchmarks/extract_parts.py [--repeat N]`. Shows where the
time outside `find_figures` goes (normalising, sentences, folding, image
lines, the meeting, title and publication date). Best CPU of the repeats in
milliseconds, after a warm-up call; per-sentence caches cleared before each
run as in `extract_speed.py`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.extract_speed import times_ms
from cds_desktop.extract import extract_article
from cds_desktop.extract.figures import find_figures
from cds_desktop.extract.meetings import find_meeting, find_published, find_title
from cds_desktop.extract.text import fold, image_lines, normalize, sentences
from cds_desktop.paths import seeds_dir


def _best_cpu_ms(call: Callable[[], object], repeat: int) -> float:
    return times_ms(call, repeat)[2]


def main() -> int:
    parser = argparse.ArgumentParser(description="CPU time per step of extract_article.")
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    steps = ["normalize", "fold", "sentences", "image_lines", "find_meeting", "find_title"]
    steps += ["find_published", "find_figures", "extract_article"]
    print(f"{'article':<12}" + "".join(f"{s:>16}" for s in steps))
    for path in sorted(seeds_dir().glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        text = normalize(raw)
        folded, sents, images = fold(text), sentences(text), image_lines(text)
        meeting = find_meeting(text, sents, images, folded)
        calls: list[Callable[[], object]] = [
            partial(normalize, raw),
            partial(fold, text),
            partial(sentences, text),
            partial(image_lines, text),
            partial(find_meeting, text, sents, images, folded),
            partial(find_title, text, sents),
            partial(find_published, text, images),
            partial(find_figures, text, sents, meeting, folded),
            partial(extract_article, raw),
        ]
        extract_article(raw)
        times = [_best_cpu_ms(call, args.repeat) for call in calls]
        print(f"{path.name[:12]:<12}" + "".join(f"{t:>16.3f}" for t in times))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
