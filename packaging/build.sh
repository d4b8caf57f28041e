#!/usr/bin/env bash
# Build the frozen one-folder app: packaging/dist/cds-desktop/cds-desktop.
#
# Installs what the build needs (scripts/setup.sh package: binutils, the xcb
# libraries to bundle, a C compiler, the venv with mypyc) and PyInstaller (the
# `package` extra) when missing, compiles the extractor's rules (make native),
# builds from packaging/cds-desktop.spec, runs the bundle's --smoke
# on a throw-away database (under Xvfb when it can), and prints its size.
set -euo pipefail
cd "$(dirname "$0")/.."

venv="${VENV:-.venv}"
py="$venv/bin/python"
scripts/setup.sh package
if ! "$py" -c "import PyInstaller" 2>/dev/null; then
  echo "package: installing PyInstaller into $venv"
  "$py" -m pip install -q --disable-pip-version-check -e '.[package]'
fi

# The frozen app carries the extractor's rules compiled (packaging/native.py;
# the spec takes them in place of the .py files).
"$py" packaging/native.py

"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath packaging/dist --workpath packaging/build packaging/cds-desktop.spec

app=packaging/dist/cds-desktop
cp packaging/cds-desktop.desktop "$app/"
cp resources/icons/cds-desktop.svg "$app/cds-desktop.svg"

# The smoke check uses a real X server when there is one (or xvfb-run to make
# one), so the bundled xcb platform plugin and its libraries are exercised;
# offscreen Qt otherwise.
check_db="$(mktemp -d)/check.sqlite"
if [ -n "${DISPLAY:-}" ]; then
  screen=(env)
elif command -v xvfb-run >/dev/null 2>&1; then
  screen=(env -u QT_QPA_PLATFORM xvfb-run -a)
else
  screen=(env QT_QPA_PLATFORM=offscreen)
fi
echo "package: smoke test of the frozen app (${screen[*]}) on $check_db"
"${screen[@]}" "$app/cds-desktop" --smoke --db "$check_db"
rm -rf "$(dirname "$check_db")"

# The spec left the compiled rules' .py files out of the archive, so the smoke
# run above extracted the seeds with the compiled ones.
compiled=$(find "$app/_internal/cds_desktop/extract" -name '*.so' | wc -l)
echo "package: built $app ($(du -sh "$app" | cut -f1)); $compiled rule modules compiled"
