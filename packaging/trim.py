"""What the Parallax bundle leaves out, and the filter that applies it.

Used by parallax.spec after PyInstaller's analysis.  PyInstaller collects every
plugin and translation of each Qt module it sees, plus every shared library
those link to; most of it is for features Parallax does not have (network,
TLS, printing, SQL drivers, OpenGL device integrations, the GTK theme).

The rules are allow-lists for plugins, so a new Qt release adding plugins
does not grow the bundle silently.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

# Python modules never imported by the app.  PySide6's hooks pull QtNetwork and
# QtDBus in as link-level neighbours of QtGui; the Qt *libraries* QtGui needs
# are still collected, only the unused Python bindings go.
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc_data",
    # Parallax is offline: urllib/http.client import ssl only if it is there.
    "ssl",
    "_ssl",
    # Optional extras of markdown (codehilite) and test tools that share a dev venv.
    "pygments",
    "pytest",
    "_pytest",
    "hypothesis",
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtConcurrent",
    "PySide6.QtPrintSupport",
]

ALL = None  # keep every plugin in the category
# Qt plugin category -> plugin names kept (file name without "lib" and extension).
# Categories not listed are dropped whole (tls, networkinformation, sqldrivers,
# printsupport, generic input, eglfs device integrations, ...).
KEPT_PLUGINS: dict[str, set[str] | None] = {
    # offscreen: tests, screenshots and CI; minimal: fallback; xcb/wayland: Linux
    # desktops; windows/cocoa: the other two systems.
    "platforms": {
        "qoffscreen", "qminimal", "qxcb", "qwayland", "qwayland-generic", "qwayland-egl",
        "qwindows", "qdirect2d", "qcocoa",
    },
    # The xdg portal theme gives native file dialogs on Flatpak/KDE/GNOME without
    # GTK; the gtk3 theme would bring ~10 MB of GTK's own libraries.
    "platformthemes": {"qxdgdesktopportal"},
    "platforminputcontexts": ALL,  # compose keys, IBus: typing notes must work
    "imageformats": {"qsvg", "qico", "qjpeg", "qgif"},
    "iconengines": ALL,  # SVG icons
    "styles": ALL,  # Windows' native style ships as a plugin
    "xcbglintegrations": ALL,  # Qt probes these on X11; tiny
    "wayland-shell-integration": ALL,
    "wayland-decoration-client": ALL,
    "wayland-graphics-integration-client": ALL,
}

# Loaded with dlopen(), so no kept binary names them as a link dependency.
DLOPENED = ("libpython", "python3", "libdbus-1")


def _parts(dest: str) -> list[str]:
    return dest.replace("\\", "/").split("/")


def _plugin_name(filename: str) -> str:
    stem = filename
    for suffix in (".so", ".dll", ".dylib"):
        if suffix in stem:
            stem = stem[: stem.index(suffix)]
    return stem[3:] if stem.startswith("lib") else stem


def plugin_category(dest: str) -> tuple[str, str] | None:
    """``("platforms", "qxcb")`` for a Qt plugin's destination path, else None."""
    parts = _parts(dest)
    if "PySide6" not in parts:
        return None
    tail = parts[parts.index("PySide6") + 1 :]
    if "plugins" not in tail:
        return None
    tail = tail[tail.index("plugins") + 1 :]
    if len(tail) < 2:
        return None
    return tail[0], _plugin_name(tail[-1])


def keep_plugin(dest: str) -> bool:
    category, name = plugin_category(dest)
    kept = KEPT_PLUGINS.get(category, set())
    return kept is ALL or name in kept


def is_translation(dest: str) -> bool:
    parts = _parts(dest)
    return "PySide6" in parts and "translations" in parts


def _soname(dest: str) -> str:
    return _parts(dest)[-1]


def _reachable_libraries(binaries: list[tuple[str, str, str]]) -> set[str]:
    """File names of the shared libraries some kept binary links to, transitively."""
    from PyInstaller.depend.bindepend import get_imports

    roots = [
        (dest, src)
        for dest, src, kind in binaries
        if kind == "EXTENSION" or plugin_category(dest) or _soname(dest).startswith(DLOPENED)
    ]
    by_name = {_soname(dest): src for dest, src, kind in binaries if kind != "SYMLINK"}
    reached = {_soname(dest) for dest, _ in roots}
    todo = [src for _, src in roots]
    while todo:
        src = todo.pop()
        for name, _path in get_imports(src):
            base = os.path.basename(name)
            if base in by_name and base not in reached:
                reached.add(base)
                todo.append(by_name[base])
    return reached


def trim(
    binaries: Iterable[tuple[str, str, str]],
    datas: Iterable[tuple[str, str, str]],
    *,
    platform: str,
) -> tuple[list, list]:
    """Filtered copies of the Analysis' binaries and datas TOCs."""
    binaries = [
        entry for entry in binaries if not plugin_category(entry[0]) or keep_plugin(entry[0])
    ]
    datas = [entry for entry in datas if not is_translation(entry[0])]
    if platform.startswith("linux"):
        # On Windows and macOS, Qt loads some DLLs by name at run time (ANGLE,
        # the software OpenGL fallback); only prune where link deps tell all.
        reached = _reachable_libraries(binaries)
        binaries = [
            entry
            for entry in binaries
            if entry[2] != "BINARY" or plugin_category(entry[0]) or _soname(entry[0]) in reached
        ]
    return binaries, _without_dangling_links(datas, binaries)


def _without_dangling_links(datas: list, binaries: list) -> list[tuple[str, str, str]]:
    """Drop SYMLINK entries whose target went.

    PyInstaller files its symlinks (e.g. the top-level ``libQt6Gui.so.6`` that
    points into ``PySide6/Qt/lib``) under datas, with src = target relative to dest.
    """
    while True:
        present = {os.path.normpath(dest) for dest, _, _ in [*binaries, *datas]}
        kept = [
            (dest, src, kind)
            for dest, src, kind in datas
            if kind != "SYMLINK" or os.path.normpath(os.path.join(os.path.dirname(dest), src)) in present
        ]
        if len(kept) == len(datas):
            return kept
        datas = kept
