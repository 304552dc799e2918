#!/usr/bin/env bash
# Install the Parallax bundle for the current user (no root needed), or remove it.
#
#   install-linux.sh [BUNDLE_DIR]   install; BUNDLE_DIR defaults to the folder this script
#                                   sits in when that is a bundle (an unpacked download),
#                                   else dist/parallax of this checkout
#   install-linux.sh --uninstall    remove everything the install added
#
# Puts the app in ~/.local/opt/parallax, a `parallax` command in ~/.local/bin, and the
# menu entry, icon and AppStream metadata under ${XDG_DATA_HOME:-~/.local/share}.
set -euo pipefail

APP_ID="io.github.parallax_reader.Parallax"
OPT="$HOME/.local/opt/parallax"
BIN="$HOME/.local/bin/parallax"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
DESKTOP="$DATA/applications/parallax.desktop"
METAINFO="$DATA/metainfo/$APP_ID.metainfo.xml"
ICONS="$DATA/icons/hicolor"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

say() { printf 'parallax: %s\n' "$*"; }
die() { printf 'parallax: error: %s\n' "$*" >&2; exit 1; }

refresh_caches() {
  # Menus and icon themes pick changes up by themselves on most desktops; these
  # only speed that up, so their absence or failure is not an error.
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$ICONS/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$ICONS" 2>/dev/null || true
  fi
}

sed_escape() { printf '%s' "$1" | sed -e 's/[\\|&]/\\&/g'; }

our_link() { [ -L "$BIN" ] && [ "$(readlink "$BIN")" = "$OPT/parallax" ]; }

uninstall() {
  rm -rf "$OPT"
  if our_link; then rm -f "$BIN"; fi
  rm -f "$DESKTOP" "$METAINFO"
  rm -f "$ICONS"/*/apps/parallax.png "$ICONS/scalable/apps/parallax.svg"
  # Tidy only folders left empty; shared ones with other apps' files stay.
  rmdir "$ICONS"/*/apps "$ICONS"/* "$HOME/.local/opt" 2>/dev/null || true
  refresh_caches
  say "removed Parallax from $HOME/.local (your tags in the data folder are kept)"
}

find_bundle() {
  if [ $# -gt 0 ]; then
    printf '%s\n' "$1"
  elif [ -x "$SCRIPT_DIR/parallax" ] && [ -d "$SCRIPT_DIR/_internal" ]; then
    printf '%s\n' "$SCRIPT_DIR"
  else
    printf '%s\n' "$SCRIPT_DIR/../dist/parallax"
  fi
}

# Exec and TryExec point at the installed executable by absolute path, quoted as
# the Desktop Entry spec requires, so the entry works even if ~/.local/bin is not
# on the desktop session's PATH.
write_desktop_entry() {
  local template="$1" exe="$OPT/parallax" quoted
  quoted="\"$(printf '%s' "$exe" | sed -e 's/[\\"`$]/\\\\&/g')\""
  mkdir -p "$(dirname "$DESKTOP")"
  sed -e "s|^Exec=.*|Exec=$(sed_escape "$quoted") %F|" -e "/^Exec=/a TryExec=$(sed_escape "$exe")" \
    "$template" >"$DESKTOP.tmp"
  mv "$DESKTOP.tmp" "$DESKTOP"
}

install_bundle() {
  local bundle
  bundle="$(cd "$(find_bundle "$@")" 2>/dev/null && pwd)" \
    || die "no bundle found; build one with 'bash packaging/build.sh' or pass its folder"
  [ -x "$bundle/parallax" ] || die "$bundle/parallax is not an executable bundle"
  local share="$bundle/_internal/share" icons_src="$bundle/_internal/resources/icons"
  local desktop_src="$share/applications/parallax.desktop"
  local metainfo_src="$share/metainfo/$APP_ID.metainfo.xml"
  [ -f "$desktop_src" ] || desktop_src="$SCRIPT_DIR/parallax.desktop"
  [ -f "$metainfo_src" ] || metainfo_src="$SCRIPT_DIR/$APP_ID.metainfo.xml"
  [ -f "$desktop_src" ] || die "parallax.desktop not found in $bundle or $SCRIPT_DIR"

  if [ "$bundle" != "$OPT" ]; then
    mkdir -p "$(dirname "$OPT")"
    rm -rf "$OPT.new"
    cp -a "$bundle" "$OPT.new"
    rm -rf "$OPT"
    mv "$OPT.new" "$OPT"
  fi

  mkdir -p "$(dirname "$BIN")"
  if [ -e "$BIN" ] && ! [ -L "$BIN" ]; then
    say "note: $BIN already exists (a pip install?); left as it is"
  else
    ln -sfn "$OPT/parallax" "$BIN"
  fi

  write_desktop_entry "$desktop_src"
  if [ -f "$metainfo_src" ]; then
    mkdir -p "$(dirname "$METAINFO")"
    cp "$metainfo_src" "$METAINFO"
  fi
  local png size
  for png in "$icons_src"/hicolor/*/apps/parallax.png; do
    [ -f "$png" ] || continue
    size="$(basename "$(dirname "$(dirname "$png")")")"
    mkdir -p "$ICONS/$size/apps"
    cp "$png" "$ICONS/$size/apps/parallax.png"
  done
  if [ -f "$icons_src/parallax.svg" ]; then
    mkdir -p "$ICONS/scalable/apps"
    cp "$icons_src/parallax.svg" "$ICONS/scalable/apps/parallax.svg"
  fi
  refresh_caches

  say "installed to $OPT"
  say "menu entry: $DESKTOP"
  case ":$PATH:" in
    *":$HOME/.local/bin:"*) say "run 'parallax' from a terminal, or pick Parallax from the applications menu" ;;
    *) say "pick Parallax from the applications menu ($HOME/.local/bin is not on your PATH)" ;;
  esac
  if [ -x "$OPT/install-linux.sh" ]; then
    say "uninstall: $OPT/install-linux.sh --uninstall"
  else
    say "uninstall: $SCRIPT_DIR/install-linux.sh --uninstall"
  fi
}

case "${1:-}" in
  --uninstall) uninstall ;;
  -h | --help) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' ;;
  *) install_bundle "$@" ;;
esac
