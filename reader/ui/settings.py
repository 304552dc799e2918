"""Where the window keeps geometry, last sources and recent files.

``PARALLAX_CONFIG_DIR`` puts them in an INI file in that folder instead of the
platform's settings store: tests use it so nothing leaks into (or out of) the
user's real configuration.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

CONFIG_DIR_ENV = "PARALLAX_CONFIG_DIR"
ORGANISATION = APPLICATION = "Parallax"
MAX_RECENT = 10


def open_settings() -> QSettings:
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return QSettings(str(Path(override).expanduser() / "parallax.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


def string_list(settings: QSettings, key: str) -> list[str]:
    value = settings.value(key, [])
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]


def push_recent(settings: QSettings, path: str) -> list[str]:
    recent = [p for p in string_list(settings, "recentFiles") if p != path]
    recent.insert(0, path)
    recent = recent[:MAX_RECENT]
    settings.setValue("recentFiles", recent)
    return recent


def forget_recent(settings: QSettings, path: str) -> list[str]:
    """Take ``path`` off the recent files (it was moved, deleted or cannot be read)."""
    recent = [p for p in string_list(settings, "recentFiles") if p != path]
    settings.setValue("recentFiles", recent)
    return recent


def flag(settings: QSettings, key: str, default: bool) -> bool:
    """A yes-or-no setting: an INI file gives back the text "true" or "false", not a bool."""
    value = settings.value(key, default)
    if isinstance(value, str):
        return value.strip().lower() not in ("false", "0", "no", "off", "")
    return bool(value)


def whole_number(settings: QSettings, key: str, default: int) -> int:
    """A whole-number setting: an INI file gives back text, and a hand-edited one may give anything."""
    try:
        return int(str(settings.value(key, default)).strip())
    except ValueError:
        return default
