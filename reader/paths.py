"""Where Parallax finds its files: bundled resources, the sample story, user data.

Three layouts are supported: a source checkout (``pip install -e .``), a
PyInstaller bundle (files unpacked next to the executable, ``sys._MEIPASS``),
and both share the same relative names ``resources/`` and ``seeds/``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DATA_DIR_ENV = "PARALLAX_DATA_DIR"


def install_root() -> Path:
    """The folder that holds ``resources/`` and ``seeds/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return install_root() / "resources"


def seeds_dir() -> Path:
    return install_root() / "seeds"


def sample_story() -> list[Path]:
    """The articles of the built-in sample story, in a stable order."""
    return sorted(seeds_dir().glob("*.txt"))


def user_data_dir() -> Path:
    """Where the tag store lives; ``PARALLAX_DATA_DIR`` overrides the platform default."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("Parallax", appauthor=False))
