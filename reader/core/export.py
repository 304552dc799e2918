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

Import reads either format (by extension, else by content), needs at least
``source, quote, tag`` and validates *every* row — sources exist, quotes are
found, tags are known — before the store is touched; the store then takes
all rows in one transaction.  Relative source paths are looked up next to the
tag file first, then in the current directory; an absolute path that does
not exist here (a colleague's export) falls back to the same file name in
those two folders.  ``start`` picks which
occurrence of a repeated quote is meant.  A row without an ``id`` gets one
derived from its content, so importing a file twice adds nothing.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import stat
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, TextIO

from reader.core import webannotation
from reader.core.document import MAX_BYTES, load_document
from reader.core.errors import ParallaxError, TagError
from reader.core.model import Document
from reader.core.store import TagStore
from reader.core.tags import (
    TAG_STATUSES,
    Anchor,
    Passage,
    Tag,
    default_author,
    derived_tag_id,
    locate_quote,
    make_anchor,
    normalize_kind,
    normalize_time,
    now_iso,
    reanchor,
    same_wording,
    source_key,
)

CSV_COLUMNS = ("id", "source", "source_title", "start", "end", "quote", "prefix", "suffix", "tag", "note",
               "partner_source", "partner_title", "partner_start", "partner_end", "partner_quote",
               "partners_json", "author", "created", "modified", "status", "source_sha256")
REQUIRED_COLUMNS = ("source", "quote", "tag")
COLUMN_ALIASES = {"kind": "tag", "comment": "note", "exact": "quote", "path": "source", "file": "source"}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# No article is longer than the file size limit, so no character offset can be larger.
MAX_OFFSET = MAX_BYTES


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
    }
    return [neutralise(cells[column]) for column in CSV_COLUMNS]


def write_csv(tags: Iterable[Tag], stream: TextIO) -> None:
    """Write CSV rows to a text stream opened with ``newline=""`` (the caller adds the BOM)."""
    writer = csv.writer(stream, dialect="excel")
    writer.writerow(CSV_COLUMNS)
    for tag in tags:
        writer.writerow(_csv_row(tag))


def write_json(tags: Iterable[Tag], stream: TextIO) -> None:
    json.dump(webannotation.to_collection(list(tags)), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def export_file(tags: Iterable[Tag], path: str | Path, fmt: str) -> int:
    """Write ``tags`` to ``path`` as ``"csv"`` or ``"json"``; returns the count.

    A regular file (or a new one) is replaced atomically: written to a temporary
    file beside it, then renamed over it, so a crash never leaves half an export.
    Through a symlink, the file it points to is replaced and the link is kept.
    A device or pipe (``/dev/stdout``, a FIFO, ``>(gzip)``) is written into
    directly: renaming over it would put a regular file in its place.
    """
    tags = list(tags)
    path = Path(path)
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
        if key and Path(key).is_file():
            try:
                document = load_document(key)
            except ParallaxError:
                document = None
        result.extend(store.tags_for(document) if document is not None else store.stored_tags(key))
    return result


# --- reading ---------------------------------------------------------------------------


@dataclass
class _Row:
    """One tag as a file describes it, before its passages are found."""

    where: str  # "row 4", "annotation 2": for error messages
    id: str
    passage: dict  # source, quote, prefix, suffix, start, end, title, sha256
    kinds: list[str]
    note: str
    partners: list[dict]
    author: str
    created: str
    modified: str
    status: str


def read_tag_file(path: str | Path, display: str | None = None) -> list[_Row]:
    """The rows of a CSV or Web Annotation JSON file; :class:`TagError` names file and row."""
    path = Path(path)
    display = display or str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise TagError(f"{display}: cannot be read ({error.strerror})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TagError(f"{display} is not a CSV or JSON file (it is not UTF-8 text; "
                       f"save it as 'CSV UTF-8')") from None
    if "\x00" in text:
        raise TagError(f"{display} is not a CSV or JSON file (it is binary)")
    suffix = path.suffix.lower()
    looks_json = text.lstrip().startswith(("{", "["))
    if suffix == ".json" or (suffix != ".csv" and looks_json):
        return _read_json(text, display)
    return _read_csv(text, display)


def _read_json(text: str, display: str) -> list[_Row]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise TagError(f"{display} is not a CSV or JSON file ({error.msg} at line {error.lineno})") from None
    except RecursionError:  # [[[[... thousands deep: no tag file looks like that
        raise TagError(f"{display} is not a tag file (its JSON is nested too deeply)") from None
    try:
        annotations = webannotation.annotations_in(data)
    except webannotation.AnnotationFormatError as error:
        raise TagError(f"{display}: {error}") from None
    rows = []
    for number, annotation in enumerate(annotations, start=1):
        where = f"annotation {number}"
        try:
            fields = webannotation.from_annotation(annotation)
        except webannotation.AnnotationFormatError as error:
            raise TagError(f"{display}, {where} {error}") from None
        rows.append(_Row(where=where, **fields))
    return rows


def _delimiter(header_line: str) -> str:
    # Spreadsheets in many locales save "CSV" with semicolons; tabs for TSV.
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _raise_csv_field_limit() -> None:
    """Let CSV cells be as long as export writes them (a long note or quote).

    csv refuses cells over 131072 characters by default.  The file is in memory
    already, so a larger limit costs nothing; the limit is a C long, which is
    32 bits on Windows, so sys.maxsize is clamped to what fits.
    """
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def _read_csv(text: str, display: str) -> list[_Row]:
    if not text.strip():
        raise TagError(f"{display} is empty")
    _raise_csv_field_limit()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.splitlines()[0]), strict=True)
    records = []
    try:
        for record in reader:
            records.append(record)
    except csv.Error as error:
        raise TagError(f"{display}, row {len(records) + 1}: not valid CSV ({error})") from None
    header = [COLUMN_ALIASES.get(name, name) for name in
              (cell.strip().lower().replace(" ", "_") for cell in records[0])]
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        raise TagError(f"{display} is not a tag file: missing column{'s' if len(missing) > 1 else ''} "
                       f"{', '.join(missing)} (a tag CSV needs at least source, quote, tag)")
    rows = []
    # Row numbers as a spreadsheet shows them: the header is row 1.
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        where = f"row {number}"
        if len(record) > len(header) and any(cell.strip() for cell in record[len(header):]):
            raise TagError(f"{display}, {where}: more cells than the header has columns")
        cells = {name: unneutralise(value) for name, value in zip(header, record)}
        get = lambda name: cells.get(name, "")  # noqa: E731
        partners = []
        if get("partners_json").strip():
            partners = _partners_json(get("partners_json"), display, where)
        elif get("partner_source").strip() or get("partner_quote"):
            partners = [{"source": get("partner_source").strip(), "quote": get("partner_quote"),
                         "title": get("partner_title"), "prefix": "", "suffix": "",
                         "start": _offset(get("partner_start"), "partner_start", display, where),
                         "end": _offset(get("partner_end"), "partner_end", display, where), "sha256": ""}]
        rows.append(_Row(
            where=where,
            id=get("id").strip(),
            passage={"source": get("source").strip(), "quote": get("quote"), "title": get("source_title"),
                     "prefix": get("prefix"), "suffix": get("suffix"), "sha256": get("source_sha256").strip(),
                     "start": _offset(get("start"), "start", display, where),
                     "end": _offset(get("end"), "end", display, where)},
            kinds=[get("tag")],
            note=get("note"),
            partners=partners,
            author=get("author").strip(),
            created=get("created").strip(),
            modified=get("modified").strip(),
            status=get("status").strip().lower(),
        ))
    return rows


def _partners_json(cell: str, display: str, where: str) -> list[dict]:
    """The passages of a ``partners_json`` cell, every field checked for its type here, where
    it is read: a list or number where text belongs would otherwise fail deep in the import."""
    def problem(message: str) -> TagError:
        return TagError(f"{display}, {where}: partners_json {message}")

    try:
        listed = json.loads(cell)
    except (ValueError, RecursionError):
        raise problem("is not valid JSON") from None
    if not isinstance(listed, list) or not all(isinstance(p, dict) for p in listed):
        raise problem("is not a list of passages")
    partners = []
    for number, p in enumerate(listed, start=1):
        fields = {"sha256": ""}
        for key in ("source", "quote", "title", "prefix", "suffix"):
            value = p.get(key)
            if value is not None and not isinstance(value, str):
                raise problem(f"passage {number}: {key} is not text")
            fields[key] = value or ""
        if not fields["source"] or not fields["quote"]:
            raise problem(f"passage {number} needs a source and a quote")
        for key in ("start", "end"):
            value = p.get(key)
            if value is not None and not webannotation.is_whole_number(value):
                raise problem(f"passage {number}: {key} is not a whole number")
            fields[key] = value
        partners.append(fields)
    return partners


def _check_offsets(fields: dict, what: str, problem) -> None:
    """A negative or absurd offset is a broken file, not a hint (nor storable in SQLite)."""
    for name in ("start", "end"):
        value = fields[name]
        if value is not None and not 0 <= value <= MAX_OFFSET:
            raise problem(f"{what}{name} {value} is not a character offset in an article")


def _offset(value: str, column: str, display: str, where: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise TagError(f"{display}, {where}: {column} '{value}' is not a character offset (a whole number)")
    return number


# --- turning rows into tags ----------------------------------------------------------


class _Sources:
    """Finds and loads the files rows name, each once."""

    def __init__(self, base_dir: Path):
        self.base_dir = base_dir
        self.documents: dict[str, Document] = {}

    def load(self, name: str, problem) -> Document:
        if not name:
            raise problem("no source file given")
        uri_path = webannotation.uri_to_path(name)
        if not uri_path:
            raise problem(f"source '{name}' is not a local file")
        given = Path(uri_path).expanduser()
        if given.is_absolute():
            # A colleague's export names files on their machine: also try the
            # same file name next to the tag file and here.
            candidates = [given, self.base_dir / given.name, Path.cwd() / given.name]
        else:
            candidates = [self.base_dir / given, Path.cwd() / given]
        found = next((c for c in candidates if c.is_file()), None)
        if found is None:
            folders = list(dict.fromkeys(str(c.parent.resolve()) for c in candidates[-2:]))
            raise problem(f"source file '{name}' does not exist (nor {given.name} in {' or '.join(folders)})"
                          if given.is_absolute() else
                          f"source file '{name}' does not exist (looked in {' or '.join(folders)})")
        key = source_key(str(found))
        if key not in self.documents:
            try:
                document = load_document(key)
            except ParallaxError as error:
                raise problem(f"source '{name}' cannot be loaded: {error}") from None
            self.documents[key] = replace(document, path=key)
        return self.documents[key]


def _find(fields: dict, document: Document) -> Anchor | None:
    quote = fields["quote"]
    span = locate_quote(document.text, quote, fields["start"], fields["prefix"], fields["suffix"])
    if span is not None:
        return make_anchor(document.text, span[0], span[1], document.sha256)
    if fields["prefix"] or fields["suffix"]:
        start = fields["start"] or 0
        probe = Anchor(quote, fields["prefix"], fields["suffix"], start, start + len(quote), "")
        anchor = reanchor(probe, document.text, document.sha256)
        # Found only by its context, with other words ("from Oslo" edited to "from Bergen"): the
        # tag judged the old words, so it is not moved onto the new ones (as in the store).
        if anchor is not None and same_wording(quote, anchor.quote):
            return anchor
    return None


def _short(quote: str, limit: int = 60) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= limit else quote[:limit - 1] + "…"


def rows_to_tags(rows: list[_Row], display: str, base_dir: Path) -> tuple[list[Tag], list[Document]]:
    """Validate every row and build its tag; the first problem raises, naming file and row."""
    sources = _Sources(base_dir)
    importer = default_author()
    tags = []
    for row in rows:
        def problem(message: str, where: str = row.where) -> TagError:
            return TagError(f"{display}, {where}: {message}")

        kind = None
        for candidate in row.kinds:
            try:
                kind = normalize_kind(candidate)
                break
            except TagError:
                continue
        if kind is None:
            first = row.kinds[0] if row.kinds else ""
            raise problem("no tag given (use corroborated, single-source or disputed)" if not first.strip() else
                          f"unknown tag '{first}' (use corroborated, single-source or disputed)")
        status = row.status or "anchored"
        if status not in TAG_STATUSES:
            raise problem(f"unknown status '{row.status}' (use anchored or orphaned)")
        fields = row.passage
        if not fields["quote"]:
            raise problem("the quote is empty")
        _check_offsets(fields, "", problem)
        for number, partner in enumerate(row.partners, start=1):
            _check_offsets(partner, f"partner {number} " if len(row.partners) > 1 else "partner ", problem)
        document = sources.load(fields["source"], problem)
        anchor = _find(fields, document)
        if anchor is not None:
            status = "anchored"
        elif status == "orphaned":
            # Exported as orphaned: keep it as it was, it is still the user's judgement.
            # Its offsets are stored as given (elsewhere they are only hints for finding the
            # quote, and a foreign tool's sloppy end does no harm), so they must make a span.
            start = fields["start"] or 0
            end = fields["end"] if fields["end"] is not None else start + len(fields["quote"])
            if end <= start:
                raise problem(f"end {end} is not after start {start} (an orphaned tag is kept at its offsets)")
            anchor = Anchor(fields["quote"], fields["prefix"], fields["suffix"], start, end, fields["sha256"])
        else:
            raise problem(f"quote not found in {Path(document.path).name}: “{_short(fields['quote'])}”")
        passage = Passage(source=document.path, source_title=document.title, anchor=anchor)

        partners = []
        for partner in row.partners:
            if not partner["quote"]:
                raise problem("partner_quote is empty")
            partner_doc = sources.load(partner["source"], lambda m: problem("partner " + m))
            partner_anchor = _find(partner, partner_doc)
            if partner_anchor is None:
                raise problem(f"partner quote not found in {Path(partner_doc.path).name}: "
                              f"“{_short(partner['quote'])}”")
            partners.append(Passage(partner_doc.path, partner_doc.title, partner_anchor))

        try:
            created = normalize_time(row.created) if row.created else now_iso()
            # No modification time given: "" tells the store this copy is not known to be
            # newer than a stored one, so it never overwrites edits made since (the store
            # saves a new tag with modified = created).
            modified = normalize_time(row.modified) if row.modified else ""
        except TagError as error:
            raise problem(str(error)) from None
        # Without an id, the row's own values (not where its quote was found
        # today) name it, so re-importing after the article changed adds nothing.
        given = lambda value: -1 if value is None else value  # noqa: E731
        tag_id = row.id or derived_tag_id(passage.source, given(fields["start"]), given(fields["end"]), kind,
                                          row.note, fields["quote"])
        tags.append(Tag(id=tag_id, passage=passage, kind=kind, note=row.note, partners=tuple(partners),
                        author=row.author or importer, created=created, modified=modified, status=status))
    return tags, list(sources.documents.values())


@dataclass(frozen=True)
class ImportResult:
    added: int
    total: int  # rows in the file
    updated: int = 0  # stored tags replaced by a copy the file says was modified later

    @property
    def already_present(self) -> int:
        """Rows whose tag was in the store already and was left as it was."""
        return self.total - self.added - self.updated


def import_file(store: TagStore, path: str | Path, display: str | None = None) -> ImportResult:
    """Import a CSV or JSON tag file: all rows in one transaction, or nothing if any row is bad."""
    path = Path(path)
    display = display or str(path)
    rows = read_tag_file(path, display)
    tags, documents = rows_to_tags(rows, display, path.resolve().parent)
    counts = store.merge_tags(tags, documents)
    return ImportResult(added=counts.added, total=len(tags), updated=counts.updated)
