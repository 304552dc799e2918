"""Shared test setup.

Qt must be told to render offscreen *before* anything imports it: with no
display and no platform plugin chosen, Qt aborts the whole process.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture
def seeds() -> list[Path]:
    """The five articles of the sample story, in file-name order."""
    assert len(SEEDS) == 5, "the sample story must have its five articles"
    return SEEDS


@pytest.fixture
def sources(tmp_path, seeds) -> list[Path]:
    """Private copies of the first two seed articles as a.txt and b.txt, next to where tag files are written."""
    copies = []
    for seed, name in zip(seeds[:2], ("a.txt", "b.txt")):
        copy = tmp_path / name
        copy.write_bytes(seed.read_bytes())
        copies.append(copy)
    return copies


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory, monkeypatch) -> Path:
    """Every test gets its own empty tag store: never the user's real one."""
    data_dir = tmp_path_factory.mktemp("parallax-data")
    monkeypatch.setenv("PARALLAX_DATA_DIR", str(data_dir))
    return data_dir


@pytest.fixture
def shared_folder():
    """A folder another user can reach (pytest's own are private to root), for the tests that run a
    command as nobody (see unprivileged.py); cleaned up after."""
    folder = Path(tempfile.mkdtemp(prefix="parallax-"))
    folder.chmod(0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        path.chmod(stat.S_IRWXU | path.stat().st_mode)
