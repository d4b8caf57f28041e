"""The compiled extractor: where a checkout keeps it, and whether it may run.

`make native` compiles the rule modules of `cds_desktop.extract` with mypyc
(part of mypy, the project's type checker) into `build/native/`; the same
Python source runs about 30% faster as C. The source stays the engine: the
compiled modules are a build of it, used only while they are a build of the
source as it is now. Their stamp is a digest of the exact bytes compiled and
of the interpreter they were compiled for, so an edited rule, a checkout of
another commit or another Python makes the package fall back to its `.py`
files instead of running stale code. `CDS_PURE_PYTHON=1` forces the source.

`model.py` is not compiled: its frozen dataclasses are built field by field
in two fast paths (`text._sentence`, `figures._new_figure`) that a compiled
class refuses, and the store and the window use them as plain objects.
`__init__.py` is not compiled either: it is the package's lazy loader, and
the one that puts the compiled modules in front.

This module is imported by `cds_desktop.extract` before the window's first
frame, so it costs one `stat` when no build is there, and imports `hashlib`
only when one is.
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


def digest(package_dir: Path) -> str:
    """What a build must have been compiled from to run here: the modules'
    names and bytes, and the interpreter (version, ABI tag, executable)."""
    import hashlib

    h = hashlib.sha256()
    h.update(f"{sys.version}\0{sys.implementation.cache_tag}\0{sys.executable}\0".encode())
    for path in compiled_sources(package_dir):
        h.update(path.name.encode() + b"\0")
        h.update(path.read_bytes() + b"\0")
    return h.hexdigest()


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
        stamp = (root / STAMP).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return root if stamp == digest(package_dir) else None


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
