"""The benchmark suite: every figure of issue 4 measured and printed as one table.

Everything the application does is driven through its public doors (the
`cds-desktop` CLI, `Store`, `MainWindow`) in child processes, so the suite
measures what a user runs and keeps working while the layers change inside.
Each measure that cannot run (a missing entry point, a crash) becomes a row
saying why, instead of stopping the run.
"""

from __future__ import annotations

import compileall
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path

from benchmarks.corpus import write_corpus

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
COMMON_TERM = "chuyển đổi số"
# `cds-desktop --smoke --db PATH` minus its staleness check: that check would
# rebuild a corpus database from the bundled seeds, since it was built from
# another folder. `launch.run` is what the CLI calls once the database is current.
SMOKE = [
    PY,
    "-c",
    "import sys; from pathlib import Path; from cds_desktop.ui.launch import run;"
    " sys.exit(run(Path(sys.argv[1]), True))",
]


@dataclass(frozen=True)
class Plan:
    sizes: tuple[int, ...]  # corpus sizes built; the largest is used for the window
    starts: int  # cold starts of each kind (medians are reported)
    clicks: int
    searches: int
    seed: int = 0


FULL = Plan(sizes=(1_000, 10_000), starts=3, clicks=200, searches=30)
QUICK = Plan(sizes=(200, 1_000), starts=3, clicks=100, searches=15)


@dataclass
class Row:
    """One line of the table. `met` is None where there is no target."""

    measure: str
    value: str
    target: str = ""
    met: bool | None = None
    note: str = ""


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    raw: dict[str, object] = field(default_factory=dict)

    def add(self, *args: object, **kwargs: object) -> None:
        self.rows.append(Row(*args, **kwargs))  # type: ignore[arg-type]

    def failed(self, measure: str, why: str) -> None:
        self.rows.append(Row(measure, "not measured", note=why[-300:].strip()))


class ProbeError(RuntimeError):
    """A child process failed or printed nothing usable; the message says why."""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


@dataclass(frozen=True)
class Ran:
    """A finished child: its wall time, the CPU time it used, what it printed.

    On a shared machine the wall time includes waiting for a core; the CPU
    time does not, so both are reported."""

    wall: float
    cpu: float
    out: str


def run(args: Sequence[str], timeout: float) -> Ran:
    """Run a child to completion, or raise ProbeError."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    try:
        done = subprocess.run(
            args, cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired as exc:
        raise ProbeError(f"{' '.join(args[1:4])}: no result in {timeout:.0f} s") from exc
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise ProbeError(f"exit {done.returncode}: {done.stderr.strip()[-400:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Ran(wall, cpu, done.stdout)


def marks(args: Sequence[str], timeout: float) -> dict[str, float]:
    """Start a child and stamp each line it prints: {line: seconds since start}."""
    began = time.perf_counter()
    proc = subprocess.Popen(
        args, cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    seen: dict[str, float] = {}
    watchdog = threading.Timer(timeout, proc.kill)
    watchdog.start()
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            seen.setdefault(line.strip(), time.perf_counter() - began)
    finally:
        watchdog.cancel()
        _, err = proc.communicate()
    if not seen:
        raise ProbeError(f"printed nothing (exit {proc.returncode}): {err.strip()[-400:]}")
    return seen


def first_line(args: Sequence[str], timeout: float) -> float:
    """Seconds from starting a child to its first line of output."""
    return min(marks(args, timeout).values())


def cli(*args: str) -> list[str]:
    return [PY, "-m", "cds_desktop", *args]


def db_size(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())


def _mb(n: float) -> str:
    return f"{n / 1e6:,.1f} MB"


def _p95(ordered: Sequence[float]) -> float:
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


# --- the measures ----------------------------------------------------------------


def build(report: Report, seeds: Path, db: Path, label: str, n: int, *, rate: bool = True) -> bool:
    try:
        ran = run(cli("build", "--seeds", str(seeds), "--db", str(db)), timeout=1800)
    except ProbeError as exc:
        report.failed(f"build, {label}", str(exc))
        return False
    size = db_size(db)
    report.raw[f"build_{n}"] = {"seconds": ran.wall, "cpu_seconds": ran.cpu, "bytes": size}
    if rate:
        _throughput(report, label, n, ran)
    report.add(f"database size, {label}", _mb(size), note=f"{size / n / 1e3:.1f} kB/article")
    return True


def _throughput(report: Report, label: str, n: int, ran: Ran) -> None:
    rate = n / ran.wall
    report.add(
        f"build throughput, {label}",
        f"{rate:,.0f} articles/s",
        ">= 1,000 articles/s",
        rate >= 1000,
        f"{n:,} articles in {ran.wall:.1f} s wall, {ran.cpu:.1f} s CPU "
        f"({n / ran.cpu:,.0f} articles per CPU-second); CLI start included",
    )


def build_breakdown(report: Report, folder: Path, label: str, n: int) -> None:
    """Where a build's CPU goes per article (`benchmarks/build_probe.py`, in one child)."""
    try:
        ran = run([PY, "-m", "benchmarks.build_probe", str(folder), "--json"], timeout=3600)
        phases = json.loads(ran.out.strip().splitlines()[-1])
    except (ProbeError, ValueError, IndexError) as exc:
        report.failed(f"build breakdown, {label}", str(exc))
        return
    report.raw[f"build_breakdown_{n}"] = phases

    def cpu(name: str) -> float:
        return float(phases[name]["cpu_ms"])

    serial, parallel = phases["build, serial"], phases["build, parallel"]
    report.add(
        f"build breakdown, {label}",
        f"read {cpu('read'):.2f} + extract {cpu('extract'):.2f} + prepare {cpu('prepare'):.2f}"
        f" + write {cpu('write'):.2f} ms CPU/article",
        note=(
            f"in-process build, medians of 3: serial {serial['wall_ms']:.2f} ms wall/article,"
            f" with worker processes {parallel['wall_ms']:.2f} ms wall/article"
            f" ({parallel['cpu_ms']:.2f} ms CPU in the writer"
            f" + {parallel['children_cpu_ms']:.2f} in the workers)"
        ),
    )


def cli_start(report: Report) -> None:
    """What every CLI run pays before it does anything: a floor under build times."""
    try:
        times = [run(cli("--help"), timeout=60).wall for _ in range(3)]
    except ProbeError as exc:
        report.failed("CLI start (cds-desktop --help)", str(exc))
        return
    report.add("CLI start (cds-desktop --help)", _ms(statistics.median(times)))


def _smoke(db: Path) -> dict[str, float]:
    return {"window": first_line([*SMOKE, str(db)], 300)}


def cold_starts(report: Report, plan: Plan, dbs: dict[str, Path]) -> None:
    """Baselines and the app, interleaved round by round so load spikes hit all alike."""
    probe = [PY, "-m", "benchmarks.startup_probe"]
    kinds: dict[str, Callable[[], dict[str, float]]] = {
        "bare": lambda: marks([*probe, "bare"], 120),
        "bare-plot": lambda: marks([*probe, "bare-plot"], 120),
    }
    for label, db in dbs.items():
        kinds[f"app {label}"] = partial(marks, [*probe, "app", str(db)], 300)
        kinds[f"smoke {label}"] = partial(_smoke, db)
    samples: dict[str, list[dict[str, float]]] = {k: [] for k in kinds}
    errors: dict[str, str] = {}
    for _ in range(plan.starts):
        for kind, start in kinds.items():
            if kind in errors:
                continue
            try:
                samples[kind].append(start())
            except ProbeError as exc:
                errors[kind] = str(exc)
    report.raw["cold_starts"] = samples

    def median(kind: str, mark: str) -> float | None:
        values = [s[mark] for s in samples[kind] if mark in s]
        return statistics.median(values) if values else None

    bare, bare_plot = median("bare", "window"), median("bare-plot", "chart")
    if bare is None or bare_plot is None:
        report.failed("cold start baselines", errors.get("bare", errors.get("bare-plot", "")))
        return
    report.add("bare PySide6 QMainWindow, first paint", _ms(bare), note=f"median of {plan.starts}")
    report.add("bare window + empty PlotWidget, first paint", _ms(bare_plot))
    for label in dbs:
        for kind, what in ((f"smoke {label}", "--smoke"), (f"app {label}", "MainWindow")):
            first = median(kind, "window")
            if first is None:
                report.failed(f"first paint, {label} ({what})", errors.get(kind, "no paint seen"))
                continue
            ratio = first / bare
            report.add(
                f"first paint, {label} ({what})",
                f"{_ms(first)} = {ratio:.2f}x bare",
                "<= 1.5x bare",
                ratio <= 1.5,
                (
                    f"to the line printed once the timeline is drawn; {first / bare_plot:.2f}x"
                    " the bare plot window (the timeline is a pyqtgraph plot)"
                )
                if kind.startswith("smoke")
                else "first paint event of any widget of the window",
            )
        chart = median(f"app {label}", "chart")
        if chart is None:
            report.failed(f"first chart, {label}", errors.get(f"app {label}", "no chart seen"))
            continue
        ratio = chart / bare_plot
        report.add(
            f"first chart drawn, {label}",
            f"{_ms(chart)} = {ratio:.2f}x bare plot",
            "<= 1.1x bare plot",
            ratio <= 1.1,
        )


def interaction(report: Report, plan: Plan, db: Path, label: str) -> None:
    args = [PY, "-m", "benchmarks.interaction_probe", str(db), str(plan.clicks), str(plan.seed)]
    try:
        result = json.loads(run(args, timeout=900).out.strip().splitlines()[-1])
    except (ProbeError, ValueError, IndexError) as exc:
        report.failed(f"click to highlight, {label}", str(exc))
        return
    report.raw["interaction"] = result
    clicks, switches = sorted(result["clicks_ms"]), sorted(result["switches_ms"])
    if clicks:
        med = statistics.median(clicks)
        report.add(
            f"click to highlight, {label}",
            f"median {med:.1f} ms, p95 {_p95(clicks):.1f} ms",
            "median < 16 ms",
            med < 16,
            f"{len(clicks)} clicks on {result['indicators']} drawn series; "
            f"{result['misses']} never highlighted",
        )
    else:
        report.failed(
            f"click to highlight, {label}", f"{result['misses']} clicks, none highlighted"
        )
    if switches:
        report.add(
            f"first click on another indicator, {label}",
            f"median {statistics.median(switches):.0f} ms, max {switches[-1]:.0f} ms",
            note="redraws the chart with that series",
        )
    peak = result["rss_peak_mb"]
    report.add(
        f"peak RSS, window on {label}",
        f"{peak:,.0f} MB",
        "< 300 MB",
        peak < 300,
        f"{result['rss_open_mb']:,.0f} MB {result['open_s']:.1f} s after MainWindow(); "
        "the peak is after all the clicks",
    )


def searches(report: Report, plan: Plan, db: Path, label: str, rare: str) -> None:
    from cds_desktop.store.queries import Store

    try:
        store = Store(db)
    except Exception as exc:  # any failure becomes a row of the table
        report.failed(f"search, {label}", repr(exc))
        return
    try:
        for what, term in (
            ("common", COMMON_TERM),
            ("common, unaccented", "chuyen doi so"),
            ("rare", rare),
        ):
            times = []
            hits = 0
            for _ in range(plan.searches):
                began = time.perf_counter()
                hits = len(store.search(term))
                times.append(time.perf_counter() - began)
            med = statistics.median(times)
            report.add(
                f"search {what} '{term}', {label}",
                f"{med * 1000:.1f} ms (max {max(times) * 1000:.1f})",
                "< 50 ms",
                med < 0.050,
                f"{hits} hits returned",
            )
    finally:
        store.close()


def read_extract_speed(out: str) -> list[list[float]]:
    """The six timings of each seed row of extract_speed.py's table (find_figures
    median, best, CPU; extract_article median, best, CPU), or [] when the table
    is not in that shape."""
    rows = [r for r in (line.split() for line in out.splitlines()) if r and r[0].endswith(".txt")]
    try:
        numbers = [[float(x) for x in r[-6:]] for r in rows]
    except ValueError:
        return []
    return numbers if all(len(n) == 6 for n in numbers) else []


def extract_speed(report: Report) -> None:
    """Extraction alone, per seed, from the figures engineer's `extract_speed.py`
    (run through its command line, whose table is read back): how much of the
    build is the extractor's."""
    script = ROOT / "benchmarks" / "extract_speed.py"
    try:
        out = run([PY, str(script), "--repeat", "20"], timeout=600).out
    except ProbeError as exc:
        report.failed("extraction alone (extract_speed.py)", str(exc))
        return
    numbers = read_extract_speed(out)
    if not numbers:
        report.failed("extraction alone (extract_speed.py)", f"unreadable table: {out[:200]}")
        return
    report.raw["extract_speed"] = numbers
    median, cpu = (statistics.mean(n[i] for n in numbers) for i in (3, 5))
    share = statistics.mean(n[2] for n in numbers) / cpu
    # The build's workers run what this did: the compiled rules or the source.
    rules = "compiled (make native)" if "compiled with mypyc" in out else "Python source"
    report.add(
        "extraction alone, one seed article",
        f"{median:.1f} ms wall, {cpu:.1f} ms CPU = {1000 / cpu:,.0f} articles per CPU-second",
        note=f"mean over the {len(numbers)} seeds of extract_speed.py's medians and best CPU; "
        f"find_figures {share:.0%} of the CPU; rules: {rules}",
    )


# --- the run ---------------------------------------------------------------------


def cache_bytecode() -> None:
    """Write the `.pyc` of the application and of these probes before timing starts.

    A user's second start finds its bytecode cached. A checkout just edited,
    run where `PYTHONDONTWRITEBYTECODE` is set (as on the machine these runs
    were recorded on), would instead compile every changed module again in
    every child started (~15 ms for `ui/main_window.py` alone) and time the
    compiler, not the start.
    """
    for folder in (ROOT / "cds_desktop", ROOT / "benchmarks"):
        compileall.compile_dir(folder, quiet=1)


def run_suite(plan: Plan, workdir: Path) -> Report:
    cache_bytecode()
    report = Report()
    seeds = ROOT / "seeds"
    dbs: dict[str, Path] = {}
    seed_db = workdir / "seeds.sqlite"
    n_seeds = len(list(seeds.glob("*.txt")))
    if build(report, seeds, seed_db, f"{n_seeds} seed articles", n_seeds, rate=False):
        dbs["seed database"] = seed_db
    cli_start(report)
    rare = ""
    for n in plan.sizes:
        folder = workdir / f"corpus-{n}"
        began = time.perf_counter()
        made = write_corpus(folder, n, plan.seed)
        report.add(f"corpus generation, {n:,} articles", f"{time.perf_counter() - began:.1f} s")
        provinces = Counter(a.province for a in made if a.province)
        rare = min(provinces, key=lambda p: (provinces[p], p))
        db = workdir / f"corpus-{n}.sqlite"
        if build(report, folder, db, f"{n:,} articles", n):
            dbs[f"{n:,} articles"] = db
        if n == plan.sizes[0]:
            build_breakdown(report, folder, f"{n:,} articles", n)
        shutil.rmtree(folder)
    extract_speed(report)
    big = f"{plan.sizes[-1]:,} articles"
    cold_starts(report, plan, {k: v for k, v in dbs.items() if k in ("seed database", big)})
    if big in dbs:
        interaction(report, plan, dbs[big], big)
        searches(report, plan, dbs[big], big, rare)
    return report


def machine() -> dict[str, str]:
    """What the numbers were measured on: they mean little without it."""
    import platform
    import sqlite3

    import PySide6
    from PySide6.QtCore import qVersion

    cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    models = [
        line.split(":", 1)[1].strip()
        for line in cpuinfo.splitlines()
        if line.startswith("model name")
    ]
    mem_kb = next(
        int(line.split()[1])
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines()
        if line.startswith("MemTotal:")
    )
    return {
        "cpu": f"{os.cpu_count()} cores, {models[0] if models else platform.processor()}",
        "ram": f"{mem_kb / 1024**2:.1f} GiB",
        "load": "load average {:.2f} {:.2f} {:.2f} at the end".format(*os.getloadavg()),
        "os": platform.platform(),
        "python": platform.python_version(),
        "qt": f"Qt {qVersion()}, PySide6 {PySide6.__version__}",
        "sqlite": sqlite3.sqlite_version,
        "qpa": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }


def table(report: Report) -> str:
    head = ("measure", "value", "target", "met", "note")
    status = {True: "yes", False: "MISSED", None: ""}
    lines = [(r.measure, r.value, r.target, status[r.met], r.note) for r in report.rows]
    widths = [max(len(x[i]) for x in [head, *lines]) for i in range(4)]
    out = []
    for i, line in enumerate([head, *lines]):
        cells = [c.ljust(w) for c, w in zip(line, widths, strict=False)] + [line[4]]
        out.append("| " + " | ".join(cells) + " |")
        if i == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in [*widths, len(head[4])]) + "|")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="N = 200 and 1,000, fewer repeats")
    parser.add_argument("--workdir", type=Path, help="keep corpora and databases here")
    parser.add_argument("--json", type=Path, help="also write every raw number to this file")
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="cds-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    try:
        report = run_suite(plan, workdir)
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(table(report))
    print(f"\nsuite ran {time.perf_counter() - began:.0f} s ({'quick' if args.quick else 'full'})")
    host = machine()
    for key, value in host.items():
        print(f"{key:>7}: {value}")
    if args.json:
        payload = {"machine": host, "rows": [asdict(r) for r in report.rows], "raw": report.raw}
        args.json.write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0
