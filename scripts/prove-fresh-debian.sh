#!/usr/bin/env bash
# Prove the README's two commands on a fresh, minimal Debian 12 (issue 2):
# debootstrap a minbase bookworm, install only python3, git and make (the
# rest is scripts/setup.sh's job), clone the committed HEAD, run `make test`,
# `make smoke`, (under xvfb-run, installed only for that check) `make run`
# with a screenshot of the window, `make native` with the extraction times,
# and `make package`. Times and sizes go to the log.
#
#   sudo scripts/prove-fresh-debian.sh [CHROOT_DIR] [OUT_DIR]
#
# Needs root and debootstrap on the host, and network access to the Debian
# mirror and PyPI. Not run by CI (it takes minutes and a network).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
root="${1:-/work/chroot-bookworm-proof}"
out="${2:-/tmp/cds-fresh-proof}"
mirror="${MIRROR:-http://deb.debian.org/debian}"
run_seconds="${RUN_SECONDS:-90}"

[ "$(id -u)" -eq 0 ] || { echo "prove-fresh-debian: run as root" >&2; exit 1; }
mkdir -p "$out"
log="$out/proof.log"
: >"$log"
say() { echo "== $*" | tee -a "$log"; }

mounted=()
cleanup() {
  local m
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    m="${mounted[$i]}"
    umount -l "$m" 2>/dev/null || true
  done
}
trap cleanup EXIT

if [ -e "$root" ]; then
  if grep -q " $root/" /proc/mounts; then
    echo "prove-fresh-debian: something is still mounted under $root" >&2
    exit 1
  fi
  rm -rf --one-file-system "$root"
fi

say "debootstrap minbase bookworm into $root"
start=$(date +%s)
debootstrap --variant=minbase bookworm "$root" "$mirror" >>"$log" 2>&1
say "debootstrap took $(($(date +%s) - start)) s"

for fs in proc sys dev dev/pts; do
  mount --bind "/$fs" "$root/$fs"
  mounted+=("$root/$fs")
done
cp /etc/resolv.conf "$root/etc/resolv.conf"
mkdir -p "$root/src"
mount --bind -o ro "$repo" "$root/src"
mounted+=("$root/src")

# Behind a TLS-intercepting proxy (as on the sandbox this was written on) pip
# needs the proxy's CA: the host's local CAs are copied in and pip is pointed
# at the system bundle. A machine on an ordinary network needs none of this.
host_cas=(/usr/local/share/ca-certificates/*.crt)
extra_env=()
if [ -e "${host_cas[0]}" ]; then
  mkdir -p "$root/usr/local/share/ca-certificates"
  cp "${host_cas[@]}" "$root/usr/local/share/ca-certificates/"
  extra_env=(PIP_CERT=/etc/ssl/certs/ca-certificates.crt)
fi
in_root() { chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb \
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "${extra_env[@]}" \
  bash -c "$1"; }
timed() {
  local name="$1" cmd="$2" t0 rc=0
  t0=$(date +%s)
  say "$name: $cmd"
  in_root "$cmd" >>"$log" 2>&1 || rc=$?
  say "$name: exit $rc after $(($(date +%s) - t0)) s"
  return "$rc"
}

timed "base tools" "apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq python3 git make"
if [ ${#extra_env[@]} -gt 0 ]; then
  timed "trust the host's proxy CA (network quirk, not a setup step)" \
    "update-ca-certificates >/dev/null"
fi
timed "clone" "git config --global --add safe.directory '*' && \
  git clone -q /src /root/cds-desktop && git -C /root/cds-desktop log --oneline -1"

status=0
# The first run does the set-up too; pytest's own summary line gives the
# suite's share of the time.
timed "make test (first run: setup, lint, suite)" "cd /root/cds-desktop && make test" || status=1
timed "make smoke" "cd /root/cds-desktop && make smoke" || status=1
in_root "du -sh /root/cds-desktop/.venv" | tee -a "$log"

# Before anything else brings X libraries in: does `setup.sh run` alone give
# Qt's xcb plugin every library it links? (Qt's own message names the wrong one.)
timed "setup.sh run, then ldd on Qt's xcb plugin" "cd /root/cds-desktop && scripts/setup.sh run \
  && ! ldd .venv/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so \
  | grep 'not found'" || status=1

# A screen only for the window check: xvfb-run, plus x11-utils to see the
# window appear and imagemagick to photograph it.
timed "screen tools (for the check only)" "DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends xvfb xauth x11-utils imagemagick"
timed "xvfb-run make run" "cd /root/cds-desktop && xvfb-run -a -s '-screen 0 1400x900x24' \
  bash -c 'make run > /tmp/run.log 2>&1 & pid=\$!; shown=no; \
    for i in \$(seq $run_seconds); do \
      if xwininfo -root -tree | grep -qiE \"cds|python\"; then shown=yes; break; fi; \
      kill -0 \$pid 2>/dev/null || break; sleep 1; done; \
    sleep 3; import -window root /tmp/make-run.png; \
    kill \$pid 2>/dev/null; wait \$pid 2>/dev/null; \
    xwininfo -root -tree >/dev/null 2>&1; cat /tmp/run.log; echo window shown: \$shown; \
    [ \$shown = yes ]'" || status=1
cp "$root/tmp/make-run.png" "$out/make-run.png" 2>/dev/null || true

# The compiled extractor: a C compiler, Python's headers and mypyc installed by
# setup.sh, the compile, and its check against the source; then the seeds'
# extraction times of both, on Debian's own Python.
timed "make native" "cd /root/cds-desktop && make native" || status=1
timed "extraction speed, compiled" \
  "cd /root/cds-desktop && .venv/bin/python benchmarks/extract_speed.py --repeat 60" || status=1
timed "extraction speed, source" "cd /root/cds-desktop && \
  CDS_PURE_PYTHON=1 .venv/bin/python benchmarks/extract_speed.py --repeat 60" || status=1

# The README's frozen-build command, in the fresh system: PyInstaller into the
# venv, the one-folder build (with the compiled rules made above), and its own
# --smoke under xvfb-run (installed above).
timed "make package" "cd /root/cds-desktop && make package" || status=1
in_root "du -sh /root/cds-desktop/packaging/dist/cds-desktop" | tee -a "$log" || true

say "overall: $([ $status -eq 0 ] && echo PASS || echo FAIL)"
exit "$status"
