"""Compile the extractor's rule modules with mypyc into build/native/.

Run by `make native` and by `make package` (after `scripts/setup.sh native`
has put a C compiler, Python's headers and mypy in place), with the venv's
Python: the build is for the interpreter that compiles it, and the package
uses it only under that interpreter (`cds_desktop/native.py`).

The build is kept only when it extracts exactly what the source extracts:
every seed, every test article and a few hundred texts spliced from their
lines are extracted by the source and by the build, each in a process of its
own, and every article's whole result (figures, spans, meeting) must be the
same. A build that differs is left in build/native-work/ and the command
fails, naming the first text that differs. The old build, if any, stays
until a new one passes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cds_desktop import native  # noqa: E402

PACKAGE_DIR = ROOT / "cds_desktop" / "extract"
WORK = ROOT / "build" / "native-work"
SPLICED_TEXTS = 400


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--outputs", metavar="BUILD", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.outputs is not None:
        return _print_outputs(args.outputs)
    return build(args.jobs)


def build(jobs: int) -> int:
    target = native.build_root(PACKAGE_DIR)
    if native.current_build(PACKAGE_DIR) is not None:
        print(f"native: {target.relative_to(ROOT)} is a build of the source as it is")
        return 0
    shutil.rmtree(WORK, ignore_errors=True)
    src = WORK / "src"
    stage = src / "cds_desktop" / "extract"
    stage.mkdir(parents=True)
    # mypy reads the whole package (and the two modules outside it that it
    # imports) for the types; only the compiled sources become C.
    for module in ("__init__.py", "paths.py", "native.py"):
        shutil.copy2(ROOT / "cds_desktop" / module, src / "cds_desktop")
    for path in PACKAGE_DIR.glob("*.py"):
        shutil.copy2(path, stage)
    compiled = [p.relative_to(src).as_posix() for p in native.compiled_sources(stage)]
    print(f"native: compiling {len(compiled)} modules of cds_desktop.extract with mypyc")
    started = time.perf_counter()
    setup = (
        "from setuptools import setup\n"
        "from mypyc.build import mypycify\n"
        f"setup(name='cds-desktop-native', packages=[], py_modules=[],\n"
        f"      ext_modules=mypycify({compiled!r}, opt_level='3', multi_file=True),\n"
        f"      script_args=['build_ext', '--inplace', '-j', '{jobs}',\n"
        f"                   '--build-temp', {str(WORK / 'tmp')!r}])\n"
    )
    log = WORK / "build.log"
    with log.open("w", encoding="utf-8") as out:
        done = subprocess.run(
            [sys.executable, "-c", setup], cwd=src, stdout=out, stderr=subprocess.STDOUT
        )
    if done.returncode != 0:
        print(f"native: the compile failed; its log is {log}", file=sys.stderr)
        print(log.read_text(encoding="utf-8")[-3000:], file=sys.stderr)
        return 1
    candidate = WORK / "native"
    (candidate / "cds_desktop" / "extract").mkdir(parents=True)
    for lib in src.glob("*__mypyc*"):
        shutil.move(lib, candidate)
    for module in stage.glob("*.so"):
        shutil.move(module, candidate / "cds_desktop" / "extract")
    print(f"native: compiled in {time.perf_counter() - started:.0f} s; checking it")

    pure, built = _outputs(None), _outputs(candidate)
    if pure["compiled"] or not built["compiled"]:
        print("native: the build's modules did not load in place of the source", file=sys.stderr)
        return 1
    for name, expected in pure["texts"].items():
        if built["texts"].get(name) != expected:
            print(f"native: the build extracts {name} differently; not used", file=sys.stderr)
            return 1
    # Of the copies compiled (they keep their files' times): a rule edited
    # since the copy is not what this build holds.
    (candidate / native.STAMP).write_text(native.stamp_text(stage), encoding="utf-8")
    shutil.rmtree(target, ignore_errors=True)
    shutil.move(candidate, target)
    shutil.rmtree(WORK, ignore_errors=True)
    print(f"native: the build extracts {len(pure['texts'])} texts as the source does")
    print(f"native: installed in {target.relative_to(ROOT)}; timed by benchmarks/extract_speed.py")
    return 0


def _outputs(build: Path | None) -> dict[str, Any]:
    """What the source (`build` None) or a build extracts, from a fresh
    process, so the two never share a module."""
    env = dict(os.environ, **{native.PURE_ENV: "1"})
    arg = "" if build is None else str(build)
    done = subprocess.run(
        [sys.executable, __file__, "--outputs", arg],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _print_outputs(build: str) -> int:
    """Print each text's whole result and whether the rules ran compiled. The
    caller forced the source; a `build` given is put in front of it before
    any rule module is imported."""
    import cds_desktop.extract as extract

    if build:
        native.activate(extract.__path__, Path(build))
    from cds_desktop.extract import figures

    out = {name: repr(extract.extract_article(text)) for name, text in _texts().items()}
    print(json.dumps({"compiled": native.running(figures), "texts": out}))
    return 0


def _texts() -> dict[str, str]:
    """The seeds, the test articles, and texts spliced from their lines (cut
    at random places too), the same every run."""
    texts = {
        path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
        for folder in (ROOT / "seeds", ROOT / "tests" / "data")
        for path in sorted(folder.rglob("*.txt"))
    }
    lines = [line for text in texts.values() for line in text.splitlines() if line.strip()]
    rng = random.Random(6)
    for i in range(SPLICED_TEXTS):
        picked = rng.sample(lines, rng.randint(2, 12))
        if i % 2:
            picked = [line[rng.randrange(len(line)) :] for line in picked]
        texts[f"spliced/{i}"] = "\n".join(picked)
    return texts


if __name__ == "__main__":
    raise SystemExit(main())
