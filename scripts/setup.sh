#!/usr/bin/env bash
# Prepare this checkout to run: the Debian libraries Qt loads, then a local
# virtual environment with the project installed (editable) and its test tools.
#
#   scripts/setup.sh test      libraries for offscreen Qt (tests, --smoke)
#   scripts/setup.sh run       plus the X11 (xcb) libraries a real window needs
#   scripts/setup.sh package   plus binutils (PyInstaller reads binaries with objdump)
#                              and what `native` needs, as the package is compiled
#   scripts/setup.sh native    a C compiler, Python's headers, mypyc and setuptools
#                              (packaging/native.py compiles the extractor's rules)
#
# Idempotent and quiet when nothing is missing, so `make run` and `make test`
# call it every time.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-test}"
venv="${VENV:-.venv}"

# Debian splits `venv` (and the pip it bootstraps) out of python3.
python_venv=(python3-venv)
# Measured on a minimal Debian 12: even offscreen, QtWidgets needs these, and a
# font with Vietnamese glyphs (without one every glyph is drawn as a box).
qt_offscreen=(libgl1 libegl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6
  libxkbcommon0 libx11-6 fonts-dejavu-core)
# A real X11 window adds the xcb platform plugin's libraries.
qt_xcb=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1)
# The frozen build: PyInstaller needs objdump and Python's shared library
# (Debian's python3 links it statically, the .so is a package of its own), and
# the xcb libraries present at build time are bundled, so the build gets those.
python="${PYTHON:-python3}"
py_version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
packaging_tools=(binutils "libpython$py_version")
# mypyc writes C for the interpreter that runs it, built against its headers.
# (gcc only recommends the C library's headers: ask for them.)
native_tools=(gcc libc6-dev "libpython$py_version-dev")

wanted=("${qt_offscreen[@]}")
[ -x "$venv/bin/python" ] || wanted+=("${python_venv[@]}")
case "$mode" in
  test) ;;
  run) wanted+=("${qt_xcb[@]}") ;;
  package) wanted+=("${qt_xcb[@]}" "${packaging_tools[@]}" "${native_tools[@]}") ;;
  native) wanted+=("${native_tools[@]}") ;;
  *) echo "setup: unknown mode '$mode' (test, run, package or native)" >&2; exit 2 ;;
esac

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x "$venv/bin/python" ]; then
  echo "setup: creating $venv"
  "$python" -m venv "$venv"
fi
stamp="$venv/.installed"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing cds-desktop and its test tools into $venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -e '.[test,bench]'
  touch "$stamp"
fi
case "$mode" in
  native | package)
    if ! "$venv/bin/python" -c "import mypyc.build, setuptools" 2>/dev/null; then
      echo "setup: installing mypyc and setuptools into $venv"
      "$venv/bin/python" -m pip install -q --disable-pip-version-check -e '.[native]'
    fi
    ;;
esac
