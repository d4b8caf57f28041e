"""Start-up ratios alone, wall and CPU: `python -m benchmarks.startup_ratio [-n N] DB...`.

The suite's cold-start rows (`suite.cold_starts`) take three starts of each
kind and compare wall times. While one change to the start-up path is being
judged that is too coarse on a machine shared with other jobs, so this runs
only the start-up probes, `N` rounds interleaved, and reports the medians of
both the wall time the parent stamps (the suite's definition) and the CPU
time the child had used at each mark (`CDS_PROBE_CPU=1`), each as the same
ratios the suite reports: first paint to the bare window, first chart to the
bare plot window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

from benchmarks.suite import PY, ProbeError, cache_bytecode, marks

PROBE = [PY, "-m", "benchmarks.startup_probe"]
STEPS = ("cpu imported", "cpu constructed", "window", "cpu window", "chart", "cpu chart")


def sample(args: Sequence[str]) -> dict[str, float]:
    """One start: {"window": wall, "chart": wall, "cpu window": cpu, "cpu chart": cpu}."""
    seen = marks(args, 300)
    out = {k: v for k, v in seen.items() if k in ("window", "chart")}
    for line in seen:
        if line.startswith("cpu "):
            _, mark, seconds = line.split()
            out[f"cpu {mark}"] = float(seconds)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.startup_ratio")
    parser.add_argument("-n", type=int, default=7, help="rounds (each starts every kind once)")
    parser.add_argument("dbs", nargs="+", type=Path)
    args = parser.parse_args(argv)
    os.environ["CDS_PROBE_CPU"] = "1"
    cache_bytecode()
    kinds = {"bare": [*PROBE, "bare"], "bare-plot": [*PROBE, "bare-plot"]}
    for db in args.dbs:
        kinds[f"app {db.name}"] = [*PROBE, "app", str(db)]
    samples: dict[str, list[dict[str, float]]] = {k: [] for k in kinds}
    load_before = os.getloadavg()
    for _ in range(args.n):
        for kind, command in kinds.items():
            try:
                samples[kind].append(sample(command))
            except ProbeError as exc:
                print(f"{kind}: {exc}", file=sys.stderr)

    def median(kind: str, key: str) -> float:
        return statistics.median(s[key] for s in samples[kind] if key in s)

    print(
        f"{args.n} rounds; load average before {load_before[0]:.2f}, after {os.getloadavg()[0]:.2f}"
    )
    for kind in kinds:
        cells = [
            f"{key} {median(kind, key) * 1000:6.0f} ms"
            for key in STEPS
            if any(key in s for s in samples[kind])
        ]
        print(f"{kind:>24}: " + "  ".join(cells))
    for kind in list(kinds)[2:]:
        paint = [median(kind, k) / median("bare", k) for k in ("window", "cpu window")]
        chart = [median(kind, k) / median("bare-plot", k) for k in ("chart", "cpu chart")]
        print(
            f"{kind:>24}: first paint {paint[0]:.2f}x bare (CPU {paint[1]:.2f}x); "
            f"first chart {chart[0]:.2f}x bare plot (CPU {chart[1]:.2f}x)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
