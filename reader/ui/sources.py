"""The story's sources: what the two source pickers list (no Qt)."""

from __future__ import annotations

import filecmp
from dataclasses import dataclass
from pathlib import Path

from reader.core.model import Document


@dataclass
class Source:
    """One article the user can put in a pane: a file, or pasted text (``document`` set, no path)."""

    label: str
    path: str = ""
    document: Document | None = None

    @property
    def key(self) -> str:
        if self.path:
            return str(Path(self.path).expanduser().resolve())
        return f"pasted:{self.document.sha256 if self.document else id(self)}"

    @property
    def tooltip(self) -> str:
        return self.path or "Pasted text"


def _same_content(path_a: str, path_b: str) -> bool:
    try:
        return filecmp.cmp(path_a, path_b, shallow=False)
    except OSError:
        return False


def short_title(title: str, limit: int = 70) -> str:
    title = " ".join(title.split())
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


class Story:
    """An ordered list of sources without duplicates."""

    def __init__(self, sources: list[Source] | None = None) -> None:
        self.sources: list[Source] = []
        for source in sources or []:
            self.add(source)

    def __len__(self) -> int:
        return len(self.sources)

    def __getitem__(self, index: int) -> Source:
        return self.sources[index]

    def index_of(self, key: str) -> int:
        for i, source in enumerate(self.sources):
            if source.key == key:
                return i
        return -1

    def add(self, source: Source) -> int:
        """Add ``source`` unless already there (the same file, or a copy of a
        file already listed, such as a sample article opened from another
        folder); returns its index."""
        index = self.index_of(source.key)
        if index < 0 and source.path:
            index = next((i for i, known in enumerate(self.sources)
                          if known.path and _same_content(known.path, source.path)), -1)
        if index >= 0:
            return index
        self.sources.append(source)
        return len(self.sources) - 1

    def labels(self) -> list[tuple[str, str]]:
        return [(f"{i + 1}. {short_title(s.label)}", s.tooltip) for i, s in enumerate(self.sources)]
