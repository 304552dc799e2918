"""Helpers shared by the tag tests: write a tag CSV, read an exported one."""

from __future__ import annotations

import csv
import io
from pathlib import Path


def write_csv(path: Path, rows: list[dict], columns=None) -> Path:
    """A tag CSV as a colleague would write it; columns default to every key used."""
    columns = columns or list(dict.fromkeys(key for row in rows for key in row))
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


def read_export(path: Path) -> list[dict]:
    """The rows of an exported CSV, which must start with a UTF-8 BOM."""
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "CSV must start with a UTF-8 BOM"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
