"""What is at a path a tag names, asked without raising.

``Path.is_file()`` answers "no" for a missing file but raises for a question the system
refuses: a folder this user may not enter (permission denied), a name longer than the file
system allows.  Tags keep paths for years and import
them from colleagues' files, so any of these can reach the tag commands; each is an answer
here, not a traceback.
"""

from __future__ import annotations

from pathlib import Path

FILE = "file"
MISSING = "missing"  # nothing there (or not a file): the tags stay as last saved
UNREACHABLE = "unreachable"  # something may be there, but this user cannot get to it


def file_state(path: str | Path) -> str:
    try:
        return FILE if Path(path).is_file() else MISSING
    except (OSError, ValueError):
        return UNREACHABLE


def is_file(path: str | Path) -> bool:
    return file_state(path) == FILE


def may_exist(path: str | Path) -> bool:
    """Whether something (a file or a folder) is at ``path``, or may be: one out of reach counts."""
    try:
        return Path(path).exists()
    except (OSError, ValueError):
        return True
