"""Files the input tests write and load (importable as ``written_files``, as ``tag_files`` is)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.document import load_document
from reader.core.errors import DocumentError


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    """``data`` written to ``tmp_path / name``; text as UTF-8."""
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def text_of(tmp_path: Path, name: str, data: bytes | str) -> str:
    """The text ``load_document`` reads from ``data`` saved as ``name``."""
    return load_document(write(tmp_path, name, data)).text


def error_of(tmp_path: Path, name: str, data: bytes | str) -> str:
    """The one-line message ``load_document`` refuses ``data`` saved as ``name`` with; it names the file."""
    path = write(tmp_path, name, data)
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(str(path)), message
    return message


def write_pair(tmp_path: Path, text_a: str, text_b: str) -> list[Path]:
    """Two reports saved as ``a.txt`` and ``b.txt``, for a window or a comparison to open side by side."""
    return [write(tmp_path, "a.txt", text_a), write(tmp_path, "b.txt", text_b)]
