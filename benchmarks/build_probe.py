"""Where a build's time goes, per article: reading, extraction, preparing rows, writing.

    python -m benchmarks.build_probe FOLDER [--repeats N]

Runs in this process on a folder of article files (`benchmarks.corpus.write_corpus`
makes one). CPU times (`time.process_time`), so other work on a shared machine
stretches them less than wall times; each phase is the median of the repeats:

- read: `read_article_and_digest` of every file (what the build reads and hashes);
- extract: `extract_article` of every text;
- prepare: `ingest.prepare` of every extracted article (folding, row tuples);
- write: `build.build` with the extraction already done (a dictionary lookup as
  the extractor) in this process, minus read and prepare: the inserts, indexes,
  search index, curations, discrepancy flags and the install;
- build, serial / parallel: `build.build` with the real extractor, in this process
  or with its worker processes (their CPU counted from `RUSAGE_CHILDREN`).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cds_desktop.extract import extract_article
from cds_desktop.store import build as build_module
from cds_desktop.store.articles import read_article_and_digest
from cds_desktop.store.ingest import prepare


def _children_cpu() -> float:
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def _timed(work: Callable[[], object]) -> tuple[float, float, float]:
    """(wall, CPU of this process, CPU of its finished children) of one call."""
    wall, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    work()
    return (
        time.perf_counter() - wall,
        time.process_time() - cpu,
        _children_cpu() - children,
    )


def probe(folder: Path, repeats: int) -> dict[str, dict[str, float]]:
    files = build_module.seed_files(folder)
    n = len(files)
    texts = [read_article_and_digest(p)[0] for p in files]
    articles = [extract_article(t) for t in texts]
    by_text = dict(zip(texts, articles, strict=True))
    out: dict[str, list[tuple[float, float, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="build-probe-") as tmp:
        db = Path(tmp) / "probe.sqlite"

        def fresh_build(**kwargs: object) -> Callable[[], object]:
            def run() -> object:
                db.unlink(missing_ok=True)
                return build_module.build(db, folder, **kwargs)  # type: ignore[arg-type]

            return run

        phases: dict[str, Callable[[], object]] = {
            "read": lambda: [read_article_and_digest(p) for p in files],
            "extract": lambda: [extract_article(t) for t in texts],
            "prepare": lambda: [prepare(a) for a in articles],
            "build without extraction": fresh_build(
                extract=by_text.__getitem__, parallel_from=n + 1
            ),
            "build, serial": fresh_build(parallel_from=n + 1),
            "build, parallel": fresh_build(parallel_from=1),
        }
        for _ in range(repeats):
            for name, work in phases.items():
                out.setdefault(name, []).append(_timed(work))
        size = db.stat().st_size
    result = {
        name: {
            "wall_ms": 1000 * statistics.median(t[0] for t in runs) / n,
            "cpu_ms": 1000 * statistics.median(t[1] for t in runs) / n,
            "children_cpu_ms": 1000 * statistics.median(t[2] for t in runs) / n,
        }
        for name, runs in out.items()
    }
    write = {
        key: result["build without extraction"][key] - result["read"][key] - result["prepare"][key]
        for key in ("wall_ms", "cpu_ms")
    }
    result["write"] = {**write, "children_cpu_ms": 0.0}
    result["database"] = {"bytes_per_article": size / n, "articles": n}
    return result


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.build_probe")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    result = probe(args.folder, args.repeats)
    if args.json:
        print(json.dumps(result))
        return 0
    for name, row in result.items():
        if name == "database":
            print(f"database: {row['bytes_per_article'] / 1e3:.1f} kB/article")
            continue
        print(
            f"{name:>26}: {row['wall_ms']:6.3f} ms wall, {row['cpu_ms']:6.3f} ms CPU"
            f" + {row['children_cpu_ms']:6.3f} ms in workers, per article"
        )
    print("load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
