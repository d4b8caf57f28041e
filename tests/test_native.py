"""The compiled extractor is used only while it is a build of the source as it is.

The package's real `__init__.py` and `native.py` are copied into a small tree
in `tmp_path` whose one rule module says where it was loaded from; a module
under `build/native/` stands in for a compiled one (the package's `__path__`
decides which is found, whatever the file's kind). Each import runs in a
fresh interpreter, as the app would start.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cds_desktop import native

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _no_forced_source(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests say when a build is used: not with the source forced."""
    monkeypatch.delenv(native.PURE_ENV, raising=False)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A checkout with `cds_desktop.extract.rule` in the source and in a build."""
    package = tmp_path / "cds_desktop"
    (package / "extract").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    shutil.copy2(REPO / "cds_desktop" / "native.py", package)
    shutil.copy2(REPO / "cds_desktop" / "extract" / "__init__.py", package / "extract")
    (package / "extract" / "model.py").write_text("KIND = 'facts'\n", encoding="utf-8")
    (package / "extract" / "rule.py").write_text("LOADED = 'source'\n", encoding="utf-8")
    built = tmp_path / "build" / "native" / "cds_desktop" / "extract"
    built.mkdir(parents=True)
    (built / "rule.py").write_text("LOADED = 'build'\n", encoding="utf-8")
    return tmp_path


def _stamp(tree: Path) -> None:
    """Record the build as compiled from the source as it is now."""
    stamp = native.build_root(tree / "cds_desktop" / "extract") / native.STAMP
    stamp.write_text(native.stamp_text(tree / "cds_desktop" / "extract"), encoding="utf-8")


def _loaded(tree: Path, **env: str) -> str:
    """Which `rule` a fresh interpreter imports from the tree."""
    environ = {k: v for k, v in os.environ.items() if k != native.PURE_ENV}
    environ.update(env, PYTHONPATH=str(tree))
    done = subprocess.run(
        [sys.executable, "-c", "from cds_desktop.extract import rule; print(rule.LOADED)"],
        cwd=tree,
        env=environ,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def test_a_current_build_is_found_before_the_source(tree: Path) -> None:
    _stamp(tree)
    assert _loaded(tree) == "build"


def test_without_a_stamp_the_source_runs(tree: Path) -> None:
    assert _loaded(tree) == "source"


def test_an_edited_rule_makes_the_build_stale(tree: Path) -> None:
    _stamp(tree)
    rule = tree / "cds_desktop" / "extract" / "rule.py"
    rule.write_text("LOADED = 'source'  # edited\n", encoding="utf-8")
    assert _loaded(tree) == "source"


def test_an_edit_of_the_same_length_makes_the_build_stale(tree: Path) -> None:
    """The edit comes a minute after the build (a file system's clock may
    not tick between two writes made right after each other)."""
    _stamp(tree)
    rule = tree / "cds_desktop" / "extract" / "rule.py"
    built = rule.stat().st_mtime_ns
    rule.write_text("LOADED = 'SOURCE'\n", encoding="utf-8")
    os.utime(rule, ns=(built + 60_000_000_000, built + 60_000_000_000))
    assert _loaded(tree) == "SOURCE"


def test_a_touched_but_unchanged_rule_keeps_the_build(tree: Path) -> None:
    """A fresh clone or a checkout back and forth gives the files new times:
    their bytes decide."""
    _stamp(tree)
    rule = tree / "cds_desktop" / "extract" / "rule.py"
    os.utime(rule, ns=(1_000_000_000, 1_000_000_000))
    assert native.current_build(tree / "cds_desktop" / "extract") is not None
    assert _loaded(tree) == "build"


def test_a_new_rule_module_makes_the_build_stale(tree: Path) -> None:
    _stamp(tree)
    (tree / "cds_desktop" / "extract" / "later.py").write_text("", encoding="utf-8")
    assert _loaded(tree) == "source"


@pytest.mark.parametrize("value,expected", [("1", "source"), ("0", "build"), ("", "build")])
def test_the_environment_can_force_the_source(tree: Path, value: str, expected: str) -> None:
    _stamp(tree)
    assert _loaded(tree, **{native.PURE_ENV: value}) == expected


def test_modules_left_uncompiled_do_not_enter_the_stamp(tree: Path) -> None:
    """Editing the loader or the dataclasses leaves a build current: neither
    is compiled (native.NOT_COMPILED)."""
    package = tree / "cds_desktop" / "extract"
    before = native.digest(package)
    (package / "model.py").write_text("KIND = 'other facts'\n", encoding="utf-8")
    with (package / "__init__.py").open("a", encoding="utf-8") as init:
        init.write("\n# a comment\n")
    assert native.digest(package) == before
    assert [p.name for p in native.compiled_sources(package)] == ["rule.py"]


def test_the_stamp_names_the_interpreter(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A build for one Python is not run by another (mypyc's C uses the
    interpreter's internals)."""
    package = tree / "cds_desktop" / "extract"
    before = native.digest(package)
    monkeypatch.setattr(sys, "version", "3.11.2 (main, Mar 13 2023, 12:18:29) [GCC 12.2.0]")
    assert native.digest(package) != before


def test_an_unreadable_stamp_means_no_build(tree: Path) -> None:
    stamp = native.build_root(tree / "cds_desktop" / "extract") / native.STAMP
    stamp.write_bytes(b"\xff\xfe not utf-8")
    assert native.current_build(tree / "cds_desktop" / "extract") is None
    assert _loaded(tree) == "source"


def test_an_unreadable_module_means_no_build(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Checking the stamp never raises: the source is imported next."""
    _stamp(tree)
    package = tree / "cds_desktop" / "extract"
    os.utime(package / "rule.py", ns=(1, 1))  # not as at the build: the bytes are read
    real_read_bytes = Path.read_bytes

    def unreadable(path: Path) -> bytes:
        if path.name == "rule.py":
            raise PermissionError(13, "Permission denied", str(path))
        return real_read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", unreadable)
    assert native.current_build(package) is None


def test_running_tells_a_compiled_module_from_a_source_one() -> None:
    class Module:
        def __init__(self, file: str) -> None:
            self.__file__ = file

    assert native.running(Module("/x/figures.cpython-311-x86_64-linux-gnu.so"))
    assert not native.running(Module("/x/figures.py"))
    assert not native.running(object())
