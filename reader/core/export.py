"""Tags to and from files: CSV for spreadsheets, W3C Web Annotation JSON for other tools.

CSV, as written:

- UTF-8 with a byte-order mark (so spreadsheet programs detect the encoding),
  RFC 4180 quoting and CRLF line ends (Python's ``excel`` dialect), one row
  per tag, the columns of :data:`CSV_COLUMNS`.
- CSV injection (OWASP): a text cell a spreadsheet would run as a formula —
  one starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return — gets
  a leading single quote ``'``, which spreadsheets show as text.  A cell that
  already starts with ``'`` followed by such a formula cell gets one more, so
  the rule can be undone without ambiguity: on import, one leading ``'`` is
  removed when what follows would itself be neutralised.  A note ``=SUM(1)``
  therefore leaves as ``'=SUM(1)`` and comes back as ``=SUM(1)``.
- Partners: ``partner_*`` columns describe the first partner passage;
  ``partners_json`` lists all of them when there are several.
- ``made_beside_*``: the article shown beside the tagged one when the tag was
  made (empty for tags that do not record it).

Reading tag files back is :mod:`reader.core.tag_import`'s work.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import json
import os
import stat
from pathlib import Path
from typing import Iterable, TextIO

from reader.core import webannotation
from reader.core.document import load_document
from reader.core.errors import ParallaxError, TagError
from reader.core.pathstate import is_file
from reader.core.store import TagStore
from reader.core.tags import (
    Passage,
    Tag,
    source_key,
    whole_characters,
    with_whole_characters,
)

CSV_COLUMNS = ("id", "source", "source_title", "start", "end", "quote", "prefix", "suffix", "tag", "note",
               "partner_source", "partner_title", "partner_start", "partner_end", "partner_quote",
               "partners_json", "author", "created", "modified", "status", "source_sha256",
               "made_beside_title", "made_beside_source", "made_beside_sha256")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# --- CSV injection -------------------------------------------------------------------


def _formula_like(cell: str) -> bool:
    return cell.startswith(FORMULA_STARTS) or (cell.startswith("'") and _formula_like(cell[1:]))


def neutralise(cell: str) -> str:
    """``=1+1`` -> ``'=1+1``; anything a spreadsheet would not evaluate is left alone."""
    return "'" + cell if _formula_like(cell) else cell


def unneutralise(cell: str) -> str:
    """The inverse of :func:`neutralise`."""
    return cell[1:] if cell.startswith("'") and _formula_like(cell[1:]) else cell


# --- writing ---------------------------------------------------------------------------


class NotATagFile(TagError):
    """An export would replace a file that holds something else than tags (an article, say)."""


def _writable(tag: Tag) -> Tag:
    """``tag`` as UTF-8 can write it: a half character (a lone surrogate) an earlier version let
    into the store, or in a file name of bytes that are not UTF-8, is written as U+FFFD."""
    def whole_source(passage: Passage) -> Passage:
        return Passage(whole_characters(passage.source), passage.source_title, passage.anchor)

    tag = with_whole_characters(tag)
    beside = tag.beside and dataclasses.replace(tag.beside, source=whole_characters(tag.beside.source))
    return dataclasses.replace(tag, passage=whole_source(tag.passage),
                               partners=tuple(whole_source(p) for p in tag.partners), beside=beside)


def _csv_row(tag: Tag) -> list[str]:
    a = tag.passage.anchor
    first = tag.partners[0] if tag.partners else None
    partners_json = ""
    if len(tag.partners) > 1:
        partners_json = json.dumps([{"source": p.source, "title": p.source_title, "quote": p.anchor.quote,
                                     "prefix": p.anchor.prefix, "suffix": p.anchor.suffix,
                                     "start": p.anchor.start, "end": p.anchor.end} for p in tag.partners],
                                   ensure_ascii=False)
    cells = {
        "id": tag.id, "source": tag.source, "source_title": tag.passage.source_title,
        "start": str(a.start), "end": str(a.end), "quote": a.quote, "prefix": a.prefix, "suffix": a.suffix,
        "tag": tag.kind, "note": tag.note,
        "partner_source": first.source if first else "", "partner_title": first.source_title if first else "",
        "partner_start": str(first.anchor.start) if first else "", "partner_end": str(first.anchor.end) if first else "",
        "partner_quote": first.anchor.quote if first else "", "partners_json": partners_json,
        "author": tag.author, "created": tag.created, "modified": tag.modified, "status": tag.status,
        "source_sha256": a.source_sha256,
        "made_beside_title": tag.beside.title if tag.beside else "",
        "made_beside_source": tag.beside.source if tag.beside else "",
        "made_beside_sha256": tag.beside.sha256 if tag.beside else "",
    }
    return [neutralise(cells[column]) for column in CSV_COLUMNS]


def write_csv(tags: Iterable[Tag], stream: TextIO) -> None:
    """Write CSV rows to a text stream opened with ``newline=""`` (the caller adds the BOM)."""
    writer = csv.writer(stream, dialect="excel")
    writer.writerow(CSV_COLUMNS)
    for tag in tags:
        writer.writerow(_csv_row(_writable(tag)))


def write_json(tags: Iterable[Tag], stream: TextIO) -> None:
    json.dump(webannotation.to_collection([_writable(tag) for tag in tags]), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def check_replaceable(path: str | Path) -> None:
    """Raise :class:`NotATagFile` if ``path`` is a file an export must not replace unasked: one
    that holds something else than tags (an article, a spreadsheet), whose contents would be lost.
    A tag file (an earlier export, CSV or JSON), an empty file, a new name, a device or a pipe
    are written without asking."""
    from reader.core.tag_import import is_tag_file  # it reads tag files with export's columns

    try:
        info = Path(path).stat()
    except OSError:
        return  # nothing there, or nothing readable: writing it says what is wrong
    if stat.S_ISREG(info.st_mode) and info.st_size and not is_tag_file(path):
        raise NotATagFile(f"{path} already exists and is not a tag file: the export would replace it, and "
                          f"what it holds would be lost; choose another name")


def export_file(tags: Iterable[Tag], path: str | Path, fmt: str, *, only_over_tag_files: bool = False) -> int:
    """Write ``tags`` to ``path`` as ``"csv"`` or ``"json"``; returns the count.

    ``only_over_tag_files``: refuse to replace a file that is not a tag file (see
    :func:`check_replaceable`), as the commands do unless the user says to.

    A regular file (or a new one) is replaced atomically: written to a temporary
    file beside it, then renamed over it, so a crash never leaves half an export.
    Through a symlink, the file it points to is replaced and the link is kept.
    A device or pipe (``/dev/stdout``, a FIFO, ``>(gzip)``) is written into
    directly: renaming over it would put a regular file in its place.
    """
    tags = list(tags)
    path = Path(path)
    if only_over_tag_files:
        check_replaceable(path)
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    write = write_csv if fmt == "csv" else write_json
    try:
        info = path.stat()  # follows symlinks: what is written is what the path points to
    except FileNotFoundError:
        info = None  # a new file (a missing folder is reported when the file is created)
    except OSError as error:  # a path under a regular file, a symlink loop, no permission
        raise TagError(f"cannot write {path} ({error.strerror})") from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise TagError(f"cannot write {path} (it is a folder)")
    try:
        if info is not None and not stat.S_ISREG(info.st_mode):
            with open(path, "w", encoding=encoding, newline="") as stream:
                write(tags, stream)
            return len(tags)
    except OSError as error:
        raise TagError(f"cannot write {path} ({error.strerror})") from None
    target = Path(os.path.realpath(path))
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "w", encoding=encoding, newline="") as stream:
            write(tags, stream)
        if info is not None:
            os.chmod(temporary, stat.S_IMODE(info.st_mode))  # a private (0600) export stays private
        os.replace(temporary, target)
    except OSError as error:
        # The temporary file may never have been created (its folder is missing, or is
        # a file): cleaning up must not raise a second error over the first.
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise TagError(f"cannot write {path} ({error.strerror})") from None
    return len(tags)


def current_tags(store: TagStore, source: str | Path | None = None) -> list[Tag]:
    """Every tag (or those on one source), re-anchored against the files as they are now.

    A source whose file is gone or unreadable keeps its tags as last saved.
    """
    keys = [source_key(str(source))] if source is not None else [s.path for s in store.sources()]
    result = []
    for key in keys:
        document = None
        if key and is_file(key):
            try:
                document = load_document(key)
            except ParallaxError:
                document = None
        result.extend(store.tags_for(document) if document is not None else store.stored_tags(key))
    return result
