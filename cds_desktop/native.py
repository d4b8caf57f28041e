"""The compiled extractor: where a checkout keeps it, and whether it may run.

`make native` compiles the rule modules of `cds_desktop.extract` with mypyc
(part of mypy, the project's type checker) into `build/native/`; the same
Python source runs about 30% faster as C. The source stays the engine: the
compiled modules are a build of it, used only while they are a build of the
source as it is now. Their stamp is a digest of the exact bytes compiled and
of the interpreter they were compiled for (with each file's size and time, to
skip the digest while nothing was touched), so an edited rule, a checkout of
another commit or another Python makes the package fall back to its `.py`
files instead of running stale code. `CDS_PURE_PYTHON=1` forces the source.

`model.py` is not compiled: its frozen dataclasses are built field by field
in two fast paths (`text._sentence`, `figures._new_figure`) that a compiled
class refuses, and the store and the window use them as plain objects.
`__init__.py` is not compiled either: it is the package's lazy loader, and
the one that puts the compiled modules in front.

This module is imported by `cds_desktop.extract` before the window's first
frame, so it costs one failed `open` when no build is there, and a `stat` per
module when one is; it imports `hashlib` only when a module was touched.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PACKAGE = "cds_desktop.extract"
# Modules of the package left as Python (see above).
NOT_COMPILED = frozenset({"__init__", "model"})
STAMP = "STAMP"
PURE_ENV = "CDS_PURE_PYTHON"


def compiled_sources(package_dir: Path) -> list[Path]:
    """The package's modules that a native build compiles, in name order."""
    return sorted(p for p in package_dir.glob("*.py") if p.stem not in NOT_COMPILED)


def _interpreter() -> str:
    """The Python a build is for: its version and build (`sys.version` names
    the build's date and compiler too) and its ABI tag. Not its executable's
    path: `.venv/bin/python` and `.venv/bin/python3` are the same Python."""
    return f"{sys.version} | {sys.implementation.cache_tag}".replace("\n", " ")


def digest(package_dir: Path) -> str:
    """What a build must have been compiled from to run here: the modules'
    names and bytes, and the interpreter."""
    import hashlib

    h = hashlib.sha256(_interpreter().encode() + b"\0")
    for path in compiled_sources(package_dir):
        h.update(path.name.encode() + b"\0")
        h.update(path.read_bytes() + b"\0")
    return h.hexdigest()


def _fingerprint(package_dir: Path) -> list[str]:
    """The interpreter and each module's name, size and modification time:
    when all are as at the build, the bytes are too, and the start-up is
    spared hashing them (importing `hashlib` alone costs ~5 ms of CPU)."""
    lines = [_interpreter()]
    for path in compiled_sources(package_dir):
        stat = path.stat()
        lines.append(f"{path.name} {stat.st_size} {stat.st_mtime_ns}")
    return lines


def stamp_text(package_dir: Path) -> str:
    """The stamp of a build compiled from `package_dir` as it is now: its
    digest, then its fingerprint, one per line."""
    return "\n".join([digest(package_dir), *_fingerprint(package_dir)]) + "\n"


def build_root(package_dir: Path) -> Path:
    """`build/native/` of the checkout the package sits in."""
    return package_dir.parents[1] / "build" / "native"


def current_build(package_dir: Path) -> Path | None:
    """The native build of the package's modules when it is one of them as
    they are now, else None (none built, stale, or the source forced)."""
    if os.environ.get(PURE_ENV, "") not in ("", "0"):
        return None
    root = build_root(package_dir)
    try:
        stamp = (root / STAMP).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    if not stamp:
        return None
    # The same files as at the build, untouched; else the same bytes (a fresh
    # clone or a checkout back and forth changes the times, not the code). A
    # module that cannot be read is no reason to stop: the source is imported
    # next, and says what is wrong with it there.
    try:
        current = stamp[1:] == _fingerprint(package_dir) or stamp[0] == digest(package_dir)
    except OSError:
        return None
    return root if current else None


def activate(package_path: list[str], root: Path) -> None:
    """Put the compiled modules under `root` in front of the package's own:
    its `__path__` finds them first, and their shared runtime library (a
    top-level module mypyc names after the build) is found on `sys.path`."""
    package_path.insert(0, str(root / Path(*PACKAGE.split("."))))
    if str(root) not in sys.path:
        sys.path.append(str(root))


def running(module: object) -> bool:
    """Whether a module of the package runs compiled (an extension module)."""
    return str(getattr(module, "__file__", "")).endswith((".so", ".pyd"))
