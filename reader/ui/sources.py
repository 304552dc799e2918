"""The story's sources: what the two source pickers list (no Qt)."""

from __future__ import annotations

import filecmp
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from reader.core.document import document_from_text, load_document
from reader.core.errors import DocumentError, ParallaxError
from reader.core.markdown_text import markdown_to_text
from reader.core.markup import html_to_text, looks_like_html
from reader.core.model import Document
from reader.paths import seeds_dir


@dataclass
class Source:
    """One article the user can put in a pane: a file, or pasted text (``document`` set, no path)."""

    label: str
    path: str = ""
    document: Document | None = None
    # The file as it was last read.  When the file is moved or deleted afterwards, the article
    # the editor still sees on screen stays usable: comparisons go on with this reading.
    last_read: Document | None = field(default=None, repr=False, compare=False)

    @property
    def key(self) -> str:
        if self.path:
            return str(Path(self.path).expanduser().resolve())
        return f"pasted:{self.document.sha256 if self.document else id(self)}"

    @property
    def is_sample(self) -> bool:
        """A file of the sample story, which comes with Parallax (not one the reader chose)."""
        return bool(self.path) and Path(self.key).parent == seeds_dir().resolve()

    @property
    def tooltip(self) -> str:
        return self.path or "Pasted text"

    def take_title(self, title: str) -> None:
        """Name a file by its article's ``title``, as just read (its file name when it has none).  A
        label that already gives that title after a lead-in ("Sample story: …") keeps its lead-in."""
        title = title or Path(self.path).name
        if self.label != title and not self.label.endswith(f": {title}"):
            self.label = title

    def read(self) -> tuple[Document, str]:
        """``(document, "")``: the pasted text, or the file read again (it may have been edited).

        A file that cannot be read any more but was read before gives that earlier reading and
        why the file could not be read.  Raises ``ParallaxError`` (naming the file) when it was
        never read.  May run on a worker thread: it only replaces ``last_read`` as a whole.
        """
        if self.document is not None:
            return self.document, ""
        earlier = self.last_read
        try:
            document = load_document(self.path)
        except ParallaxError as error:
            if earlier is None:
                raise
            return earlier, str(error)
        self.last_read = document
        return document, ""


def _same_content(path_a: str, path_b: str) -> bool:
    try:
        return filecmp.cmp(path_a, path_b, shallow=False)
    except OSError:
        return False


def short_title(title: str, limit: int = 70) -> str:
    title = " ".join(title.split())
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def telling_names(paths: list[str]) -> list[str]:
    """The shortest endings of ``paths`` that tell them apart: the file names, or with as many
    folders as it takes ("2024/story.html" and "2025/story.html")."""
    parts = [Path(path).parts for path in paths]
    names: list[str] = []
    for depth in range(1, max((len(p) for p in parts), default=0) + 1):
        names = [str(Path(*p[-depth:])) for p in parts]
        if len(set(names)) == len(names):
            break
    return names


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
        """Add ``source`` unless already there; returns its index.

        A file is its path: a copy of a listed file under another path is another entry, shown,
        read again and tagged as itself (a reader copies an article to mend its text, and the
        edits must show).  Only the sample story, which the reader never chose, gives way to a
        copy of one of its articles: the copy takes the sample's place, and a sample listed after
        the reader's own copy of it is not listed again."""
        index = self.index_of(source.key)
        if index >= 0:
            return index
        index = self._copy_of_a_sample(source)
        if index >= 0:
            self.sources[index] = source  # the reader's own file, by its own path and name
            return index
        index = self._copy_listed(source) if source.is_sample else -1
        if index >= 0:
            return index
        self.sources.append(source)
        return len(self.sources) - 1

    def _copy_of_a_sample(self, source: Source) -> int:
        """The index of a listed sample article that ``source`` (a file of the reader's) copies, or -1."""
        if not source.path or source.is_sample:
            return -1
        return next((i for i, known in enumerate(self.sources)
                     if known.is_sample and _same_content(known.path, source.path)), -1)

    def _copy_listed(self, sample: Source) -> int:
        """The index of a listed file with the same content as ``sample``, or -1."""
        return next((i for i, known in enumerate(self.sources)
                     if known.path and _same_content(known.path, sample.path)), -1)

    def remove(self, index: int, pair: tuple[int, int] | None) -> tuple[int, int] | None:
        """Take source ``index`` out of the list; returns ``pair`` (indexes of sources that stay)
        renumbered, since every source after ``index`` moves up one."""
        del self.sources[index]
        if pair is None:
            return None
        a, b = (i - 1 if i > index else i for i in pair)
        return a, b

    def labels(self) -> list[tuple[str, str]]:
        """``(text, tooltip)`` per source: "1. Title".  Where titles are the same (two versions of
        one article) the file name follows, so the pickers never show two identical lines."""
        titles = [short_title(s.label) for s in self.sources]
        endings = self._endings_of_repeated_titles(titles)
        return [(f"{i + 1}. {title}" + (f" ({endings[i]})" if i in endings else ""), source.tooltip)
                for i, (title, source) in enumerate(zip(titles, self.sources))]

    def _endings_of_repeated_titles(self, titles: list[str]) -> dict[int, str]:
        """What tells apart the sources whose titles are the same: their file names (pasted text
        has none, and says so), by source index."""
        endings: dict[int, str] = {}
        for title, count in Counter(titles).items():
            if count < 2:
                continue
            same = [i for i, other in enumerate(titles) if other == title]
            files = [i for i in same if self.sources[i].path]
            endings.update(zip(files, telling_names([self.sources[i].path for i in files])))
            pasted = [i for i in same if not self.sources[i].path]
            endings.update((i, "pasted text" if len(pasted) == 1 else f"pasted text {n}")
                           for n, i in enumerate(pasted, start=1))
        return endings


# Pasted text is read as Markdown only when it clearly is: a "# " heading line, and Markdown's
# links or emphasis or a second heading.  Prose copied from a web page has no heading lines (the
# browser copies a heading's words, not its markup), and a stray "*" or "#1" must leave it as is.
_MARKDOWN_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.MULTILINE)
_MARKDOWN_INLINE = re.compile(
    r"\[[^\[\]\n]+\]\([^()\s]+\)"  # [a link](https://...)
    r"|\*\*[^\s*][^*\n]*\*\*"  # **strong**
    r"|(?<![\w*])\*[^\s*][^*\n]*\*(?![\w*])"  # *emphasis*
    r"|(?<![\w_])_[^\s_][^_\n]*_(?![\w_])"  # _emphasis_
)
_PASTED_READERS = {"html": html_to_text, "md": markdown_to_text}
_FORMAT_NAMES = {"html": "HTML", "md": "Markdown"}


# A Markdown article's usual opening: its title as a "# " heading, capitalised ("# of ferries
# cancelled: 14" is a count), then a blank line.
_OPENING_HEADING = re.compile(r"\A\s*#{1,6}[ \t]+[^\s\W_a-z][^\n]*\n[ \t]*\n")


def looks_like_markdown(text: str) -> bool:
    headings = len(_MARKDOWN_HEADING.findall(text))
    return (headings >= 2 or _OPENING_HEADING.match(text) is not None
            or headings == 1 and _MARKDOWN_INLINE.search(text) is not None)


def pasted_format(text: str) -> str:
    """"html", "md" or "txt": how to read pasted text.  HTML only when the text starts with a tag
    (a page's source): prose that mentions "<p>" and "<br>" stays prose."""
    if text.lstrip().startswith("<") and looks_like_html(text):
        return "html"
    return "md" if looks_like_markdown(text) else "txt"


def pasted_document(text: str) -> Document:
    """The article in pasted text.  HTML source and Markdown are read as their files would be, so
    one article compares alike however it came in; any other text is kept as it is.  Raises
    ``DocumentError`` when there is nothing to compare."""
    as_pasted = document_from_text(text)
    fmt = pasted_format(text)
    if fmt == "txt":
        return as_pasted
    readable, title, headings = _PASTED_READERS[fmt](text)
    if not readable.strip():
        raise DocumentError(f"the pasted {_FORMAT_NAMES[fmt]} has no readable text, only markup")
    document = document_from_text(readable, title=" ".join(title.split()))
    # Identified by the text it reads as (its own sha256), which pasting it again gives again: not by
    # the markup pasted, which earlier versions compared as it stood and tagged at other offsets.
    return replace(document, format=fmt, headings=headings)
