"""``parallax align BAD GOOD`` for every kind of bad article file: exit status 2,
one line on stderr naming the file, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD = sorted((ROOT / "seeds").glob("*.txt"))[0]


def make_missing(tmp: Path) -> Path:
    return tmp / "article.txt"


def make_directory(tmp: Path) -> Path:
    (tmp / "folder").mkdir()
    return tmp / "folder"


def make_empty(tmp: Path) -> Path:
    (tmp / "empty.txt").write_bytes(b"")
    return tmp / "empty.txt"


def make_whitespace(tmp: Path) -> Path:
    (tmp / "blank.txt").write_bytes(b"  \n\t\r\n  \n")
    return tmp / "blank.txt"


def make_markup_only(tmp: Path) -> Path:
    (tmp / "shell.html").write_text("<html><head><script>go()</script></head><body><nav>Home</nav></body></html>")
    return tmp / "shell.html"


def make_binary(tmp: Path) -> Path:
    (tmp / "x.bin").write_bytes(b"\x00\x01\x02\x03\xff\xfe binary \x00" * 100)
    return tmp / "x.bin"


def make_undecodable(tmp: Path) -> Path:
    (tmp / "bad.txt").write_bytes(b"\x81\x8d\x8f\x90\x9d" * 100)
    return tmp / "bad.txt"


def make_too_large(tmp: Path) -> Path:
    path = tmp / "big.txt"
    with open(path, "wb") as handle:
        handle.truncate(60 * 1024 * 1024)  # a sparse file: no disk space used
    return path


BAD_INPUTS = {
    "missing": (make_missing, "no such file"),
    "directory": (make_directory, "is a directory"),
    "empty": (make_empty, "empty"),
    "whitespace only": (make_whitespace, "only whitespace"),
    "markup only": (make_markup_only, "no readable text"),
    "binary": (make_binary, "binary"),
    "undecodable": (make_undecodable, "cannot be decoded"),
    "too large": (make_too_large, "too large"),
}


def run_align(*files: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", "align", *map(str, files)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )


@pytest.mark.parametrize("make, fragment", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_bad_first_file(tmp_path, make, fragment):
    bad = make(tmp_path)
    result = run_align(bad, GOOD)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert bad.name in lines[0]
    assert fragment in lines[0]
    assert result.stdout == ""


def test_bad_second_file(tmp_path):
    bad = make_binary(tmp_path)
    result = run_align(GOOD, bad)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"parallax: error: {bad}: looks like a binary file, not an article"]
