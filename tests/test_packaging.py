"""The app as a user installs it: the wheel, its data, the icon, the desktop entry.

The slow tests build the wheel, install it into a brand-new virtual environment
(no site packages, no editable link to this checkout) and run the `cds-desktop`
command from a directory outside the source tree, so a resource found only
through a path relative to the checkout fails here rather than on a user's
machine.
"""

from __future__ import annotations

import ast
import configparser
import json
import os
import re
import subprocess
import sys
import time
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
ICONS = ROOT / "resources" / "icons"
SPEC = ROOT / "packaging" / "cds-desktop.spec"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
COUNTED = ("meetings", "indicators", "observations")


@dataclass(frozen=True)
class Installed:
    """A fresh venv with the wheel installed, and a working folder outside the checkout."""

    venv: Path
    workdir: Path
    env: dict[str, str]

    @property
    def command(self) -> Path:
        return self.venv / "bin" / "cds-desktop"

    def run(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.command), *args],
            cwd=self.workdir,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )
    built = sorted(out.glob("cds_desktop-*.whl"))
    assert len(built) == 1, built
    size_kb = built[0].stat().st_size / 1024
    print(f"\nwheel: {built[0].name}, {size_kb:.0f} KiB, built in "
          f"{time.perf_counter() - started:.1f} s")
    return built[0]


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("fresh")
    venv = base / "venv"
    workdir = base / "elsewhere"
    workdir.mkdir()
    env = {k: v for k, v in os.environ.items()
           if k not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(base / "xdg-data"),
               HOME=str(base / "home"), PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}")
    base_python = getattr(sys, "_base_executable", sys.executable)
    started = time.perf_counter()
    subprocess.run([base_python, "-m", "venv", str(venv)], check=True, timeout=300)
    subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q",
         "--disable-pip-version-check", str(wheel)],
        check=True, capture_output=True, text=True, timeout=1200, env=env,
    )
    size = sum(p.stat().st_size for p in venv.rglob("*") if p.is_file()) / 2**20
    print(f"\nfresh venv: wheel and dependencies installed in "
          f"{time.perf_counter() - started:.1f} s, venv {size:.0f} MiB")
    return Installed(venv=venv, workdir=workdir, env=env)


def smoke_counts(output: str) -> dict[str, int]:
    """Read `5 meetings` (or `meetings: 5`) for each counted kind."""
    counts: dict[str, int] = {}
    for name in COUNTED:
        found = re.search(rf"(\d+)\s+{name}\b", output, re.I) or re.search(
            rf"\b{name}\s*[:=]\s*(\d+)", output, re.I
        )
        assert found, f"--smoke output does not count {name}: {output!r}"
        counts[name] = int(found.group(1))
    return counts


def export_counts(installed: Installed, db: Path) -> tuple[dict[str, int], list[str]]:
    """Counts of the exported database, the way --smoke should count them."""
    done = installed.run("export", "--db", str(db), "--format", "json")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    indicators = {o["indicator_id"] for o in document["observations"] if o["indicator_id"]}
    counts = {
        "meetings": len(document["meetings"]),
        "indicators": len(indicators),
        "observations": len(document["observations"]),
    }
    return counts, sorted(a["file"] for a in document["articles"])


def test_wheel_carries_resources_seeds_icons_and_entry_point(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        scripts = archive.read(entry_points).decode()
    seeds = sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    assert seeds, "no seeds in the checkout"
    for seed in seeds:
        assert f"cds_desktop/seeds/{seed}" in names
    for resource in (ROOT / "resources").rglob("*"):
        if resource.is_file():
            inside = "cds_desktop/resources/" + resource.relative_to(ROOT / "resources").as_posix()
            assert inside in names
    assert "cds-desktop = cds_desktop.cli:main" in scripts
    assert not any(n.startswith(("tests/", "seeds/", "resources/")) for n in names)


@pytest.mark.slow
def test_installed_wheel_runs_outside_the_source_tree(installed: Installed) -> None:
    where = subprocess.run(
        [str(installed.venv / "bin" / "python"), "-c",
         "from cds_desktop import paths; print(paths.seeds_dir()); print(paths.source_tree())"],
        cwd=installed.workdir, env=installed.env, capture_output=True, text=True, check=True,
    ).stdout.splitlines()
    assert Path(where[0]).is_relative_to(installed.venv)
    assert where[1] == "None"

    helped = installed.run("--help")
    assert helped.returncode == 0, helped.stderr
    for word in ("build", "import", "export", "--db", "--smoke"):
        assert word in helped.stdout

    version = installed.run("--version")
    assert version.returncode == 0, version.stderr
    assert PYPROJECT["project"]["version"] in version.stdout + version.stderr


@pytest.mark.slow
def test_installed_wheel_builds_from_its_own_seeds_and_smokes(
    installed: Installed,
) -> None:
    db = installed.workdir / "built.sqlite"
    started = time.perf_counter()
    built = installed.run("build", "--db", str(db))
    print(f"\nbuild from the installed seeds: {time.perf_counter() - started:.1f} s")
    assert built.returncode == 0, built.stderr
    assert db.is_file()
    expected, files = export_counts(installed, db)
    assert files == sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    assert all(expected[name] > 0 for name in COUNTED), expected

    started = time.perf_counter()
    smoked = installed.run("--smoke", "--db", str(db))
    print(f"--smoke on the built database: {time.perf_counter() - started:.1f} s")
    assert smoked.returncode == 0, smoked.stderr
    assert smoke_counts(smoked.stdout) == expected


@pytest.mark.slow
def test_installed_smoke_builds_a_missing_database_first(installed: Installed) -> None:
    db = installed.workdir / "new.sqlite"
    smoked = installed.run("--smoke", "--db", str(db))
    assert smoked.returncode == 0, smoked.stderr
    assert db.is_file()
    expected, _ = export_counts(installed, db)
    assert smoke_counts(smoked.stdout) == expected


def test_icon_svg_is_valid_and_pngs_have_their_named_size(qapp: object) -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / "cds-desktop.svg"))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height()
    for size in ICON_SIZES:
        image = QImage(str(ICONS / f"cds-desktop-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        # The corners are transparent (rounded tile), the centre is painted.
        assert image.pixelColor(0, 0).alpha() == 0
        assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_app_icon_offers_every_rendered_size(qapp: object) -> None:
    from PySide6.QtCore import QSize

    from cds_desktop.ui.icon import app_icon

    icon = app_icon()
    assert not icon.isNull()
    available = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(n, n) for n in ICON_SIZES} <= available
    assert icon.pixmap(QSize(48, 48)).width() == 48


def test_desktop_entry_launches_the_installed_command_with_our_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "packaging" / "cds-desktop.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] in PYPROJECT["project"]["scripts"]
    assert section["TryExec"] in PYPROJECT["project"]["scripts"]
    assert (ICONS / f"{section['Icon']}.svg").is_file()
    assert section["Terminal"] == "false"
    for key in ("Categories", "Keywords"):
        assert section[key].endswith(";")
    assert "Education" in section["Categories"].split(";")


def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def _qt_modules_in(source: Path) -> set[str]:
    """Qt modules a Python file imports, at top level or inside functions."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6.")}
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "PySide6":
                found |= {a.name for a in node.names}
            elif node.module.startswith("PySide6."):
                found.add(node.module.split(".")[1])
    return found


def test_frozen_build_keeps_every_qt_module_the_app_and_pyqtgraph_import() -> None:
    assigned = next(
        node for node in ast.walk(_spec_tree())
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "UNUSED_QT" for t in node.targets)
    )
    excluded = set(ast.literal_eval(assigned.value))
    used: set[str] = set()
    for source in (ROOT / "cds_desktop").rglob("*.py"):
        used |= _qt_modules_in(source)
    loaded = subprocess.run(
        [sys.executable, "-c",
         "import sys, pyqtgraph, pyqtgraph.exporters; "
         "print(' '.join(m.split('.')[1] for m in sys.modules "
         "if m.startswith('PySide6.Qt')))"],
        capture_output=True, text=True, check=True, timeout=120,
    ).stdout.split()
    used |= set(loaded)
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert not used & excluded, f"the spec excludes Qt modules in use: {used & excluded}"


def test_frozen_build_and_wheel_put_the_data_in_the_same_places() -> None:
    analysis = next(
        node for node in ast.walk(_spec_tree())
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Analysis"
    )
    datas = next(k.value for k in analysis.keywords if k.arg == "datas")
    assert isinstance(datas, ast.List)
    spec_places = {ast.literal_eval(entry.elts[1]) for entry in datas.elts}  # type: ignore[attr-defined]
    wheel_places = set(PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
                       .values())
    assert spec_places == wheel_places == {"cds_desktop/resources", "cds_desktop/seeds"}
