#!/usr/bin/env bash
# Build the double-clickable Parallax bundle with PyInstaller.
#
#   bash packaging/build.sh
#
# Output: dist/parallax/ (one folder; run dist/parallax/parallax, or
# parallax.exe on Windows), dist/Parallax.app on macOS, and an archive
# dist/parallax-<version>-<os>-<arch>.tar.xz of it.
#
# Python: $PYTHON (default python3).  If it runs inside a virtual environment,
# that environment is used (PyInstaller is added to it if missing); otherwise a
# private build environment is made in build/venv with the app and PyInstaller,
# so this works on a fresh machine.  Set DIST_DIR / BUILD_DIR to build elsewhere.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST_DIR="${DIST_DIR:-$ROOT/dist}"
BUILD_DIR="${BUILD_DIR:-$ROOT/build}"
PYINSTALLER_REQ="pyinstaller>=6.10,<7"
LOG="$BUILD_DIR/pyinstaller.log"

say() { printf 'build: %s\n' "$*"; }
die() { printf 'build: error: %s\n' "$*" >&2; exit 1; }

cd "$ROOT"
mkdir -p "$BUILD_DIR" "$DIST_DIR"

PY="${PYTHON:-python3}"
command -v "$PY" >/dev/null 2>&1 || die "no Python found ('$PY'); set PYTHON=/path/to/python3.11+"
"$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || die "$("$PY" -V 2>&1) is too old; Parallax needs Python 3.11 or newer"

quiet_pip() { "$1" -m pip install --disable-pip-version-check -q "${@:2}"; }

if "$PY" -c 'import sys; sys.exit(sys.prefix == sys.base_prefix)'; then
  BUILD_PY="$PY"
  say "using the virtual environment of $("$PY" -c 'import sys; print(sys.prefix)')"
  if ! "$BUILD_PY" -c 'import PySide6.QtWidgets, markdown, platformdirs' >/dev/null 2>&1; then
    say "installing Parallax (editable) into it"
    quiet_pip "$BUILD_PY" -e "$ROOT"
  fi
else
  VENV="$BUILD_DIR/venv"
  if [ ! -x "$VENV/bin/python" ] && [ ! -x "$VENV/Scripts/python.exe" ]; then
    say "creating a build environment in $VENV"
    "$PY" -m venv "$VENV"
  fi
  if [ -x "$VENV/bin/python" ]; then BUILD_PY="$VENV/bin/python"; else BUILD_PY="$VENV/Scripts/python.exe"; fi
  say "installing Parallax and its dependencies into the build environment"
  quiet_pip "$BUILD_PY" "$ROOT"
fi

if ! "$BUILD_PY" -c 'import PyInstaller' >/dev/null 2>&1; then
  say "installing PyInstaller"
  quiet_pip "$BUILD_PY" "$PYINSTALLER_REQ"
fi

VERSION="$("$BUILD_PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
say "PyInstaller $("$BUILD_PY" -m PyInstaller --version), Parallax $VERSION"

# PyInstaller's own output is long (and warns about X11 libraries a headless
# build host lacks); keep it in a log and show its tail only if the build fails.
start=$(date +%s)
if ! "$BUILD_PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST_DIR" --workpath "$BUILD_DIR/pyinstaller" \
    "$ROOT/packaging/parallax.spec" >"$LOG" 2>&1; then
  tail -n 40 "$LOG" >&2
  die "PyInstaller failed; full log: $LOG"
fi

case "$(uname -s)" in
  Linux*) OS=linux ;;
  Darwin*) OS=macos ;;
  MINGW* | MSYS* | CYGWIN*) OS=windows ;;
  *) OS="$(uname -s | tr '[:upper:]' '[:lower:]')" ;;
esac
ARCH="$(uname -m)"

BUNDLE="$DIST_DIR/parallax"
EXE="$BUNDLE/parallax"
[ "$OS" = windows ] && EXE="$BUNDLE/parallax.exe"
[ -x "$EXE" ] || die "the build finished but $EXE is missing; see $LOG"
if [ "$OS" = linux ]; then
  # Shipped inside the archive so an unpacked download can install itself.
  install -m 0755 "$ROOT/packaging/install-linux.sh" "$BUNDLE/install-linux.sh"
fi
say "built $EXE in $(( $(date +%s) - start )) s; $(du -sh "$BUNDLE" | cut -f1) on disk"

# The archive holds what a user downloads: the .app on macOS, the folder elsewhere.
ARCHIVE="$DIST_DIR/parallax-$VERSION-$OS-$ARCH.tar.xz"
if [ "$OS" = macos ] && [ -d "$DIST_DIR/Parallax.app" ]; then PAYLOAD=Parallax.app; else PAYLOAD=parallax; fi
rm -f "$ARCHIVE"
if command -v xz >/dev/null 2>&1; then
  tar -C "$DIST_DIR" -cf - "$PAYLOAD" | xz -6 -T0 -c >"$ARCHIVE.part"
else
  tar -C "$DIST_DIR" -cJf "$ARCHIVE.part" "$PAYLOAD"
fi
mv "$ARCHIVE.part" "$ARCHIVE"
say "archive $ARCHIVE ($(du -sh "$ARCHIVE" | cut -f1))"
