"""Files the input tests write and load (importable as ``written_files``, as ``tag_files`` is)."""

from __future__ import annotations

from pathlib import Path

from reader.core.document import load_document


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    """``data`` written to ``tmp_path / name``; text as UTF-8."""
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def text_of(tmp_path: Path, name: str, data: bytes | str) -> str:
    """The text ``load_document`` reads from ``data`` saved as ``name``."""
    return load_document(write(tmp_path, name, data)).text
