"""Where Parallax finds its files: bundled resources, the sample story, user data.

Three layouts are supported:
- a source checkout (``pip install -e .``): ``resources/`` and ``seeds/`` next to the package;
- a PyInstaller bundle: the same two folders under ``sys._MEIPASS``;
- an installed wheel (``pip install .``): inside the package, as ``reader/_resources``
  and ``reader/_seeds`` (pyproject.toml maps them there).
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


PACKAGE_DIR = Path(__file__).resolve().parent


def _data_folder(name: str) -> Path:
    beside = install_root() / name
    if beside.is_dir():
        return beside
    return PACKAGE_DIR / f"_{name}"


def resources_dir() -> Path:
    return _data_folder("resources")


def seeds_dir() -> Path:
    return _data_folder("seeds")


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
