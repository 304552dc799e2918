"""Tag files back into the store: CSV or W3C Web Annotation JSON, all rows or none.

Import reads either format (by extension, else by content), needs at least
``source, quote, tag`` and validates *every* row — sources exist, quotes are
found, tags are known — before the store is touched; the store then takes
all rows in one transaction.  Relative source paths are looked up next to the
tag file first, then in the current directory; an absolute path that does
not exist here (a colleague's export) falls back to the end of that path next
to the tag file (``story2/report.txt``, ``desk/story2/report.txt`` ...), then to
the same file name in those two folders, provided the file found is the
article the row's tag was made on (its sha256).  ``start`` picks which
occurrence of a repeated quote is meant.  A row without an ``id`` gets one
derived from its content, so importing a file twice adds nothing.

A row on pasted text (no file behind it) names the text by its sha256: an
empty source with a ``source_sha256`` (CSV), or a ``urn:sha256:`` source
(JSON), as export writes them.  It becomes a tag on pasted text, keyed as the
store keeps those (source "" and the text's sha256), so it shows when that text
is pasted again.  Its quote is checked against the store's snapshot of that
text if there is one; otherwise it is kept as the file gives it.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import stat
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath, PureWindowsPath

from reader.core import webannotation
from reader.core.document import MAX_BYTES, decode_legacy, load_document
from reader.core.errors import ParallaxError, TagError
from reader.core.pathstate import MISSING, file_state, is_file
from reader.core.model import Document
from reader.core.sheet_times import column_order, readings
from reader.core.export import CSV_COLUMNS, unneutralise
from reader.core.store import TagStore
from reader.core.tags import (
    DISTINCTIVE_QUOTE,
    MIN_CONTEXT,
    REPLACEMENT_CHARACTER,
    TAG_STATUSES,
    Anchor,
    MadeBeside,
    Passage,
    Tag,
    context_similarity,
    default_author,
    derived_tag_id,
    has_half_character,
    locate_quote,
    lost_letters,
    make_anchor,
    normalize_kind,
    normalize_time,
    now_iso,
    reanchor,
    same_judgement,
    same_moment,
    same_wording,
    source_key,
    tag_fingerprint,
    whole_characters,
)

REQUIRED_COLUMNS = ("source", "quote", "tag")
COLUMN_ALIASES = {"kind": "tag", "comment": "note", "exact": "quote", "path": "source", "file": "source"}
# No article is longer than the file size limit, so no character offset can be larger.
MAX_OFFSET = MAX_BYTES
# How export names pasted text, which has no file: ``urn:sha256:`` and the text's sha256.
PASTED_URN = "urn:sha256:"
_SHA256 = re.compile(r"[0-9a-f]{64}")
PASTED_TITLE = "Pasted text"


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
    beside: dict | None = None  # source, title, sha256 of the article the tag was made beside


_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The limit articles have.  An export takes some hundred bytes a tag, so a tag file that size
# holds a hundred thousand tags or more; every row is checked against its article, and a file
# twice that size took minutes and gigabytes, with nothing to show for it till the end.
MAX_TAG_FILE_BYTES = MAX_BYTES
# Byte-order marks of the Unicode encodings besides UTF-8 a tag file is saved in: Excel's
# "Unicode Text" is UTF-16 LE with a BOM.  The UTF-32 LE one starts with UTF-16 LE's: first.
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
              (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"), (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"))
# Excel's first line "sep=;" names the delimiter of the lines after it (and is not shown as a row).
_SEP_LINE = re.compile(r"sep=([^\r\n])[ \t]*(?:\r\n|\r|\n|$)", re.IGNORECASE)
# A byte-order mark; a program that adds one to a file that has one already leaves two.  No part
# of the first column's name.
_BOM = "\ufeff"
# How much of a file without a byte-order mark tells whether it is UTF-16 (see _bomless_utf16), and
# what share of its first characters must be ASCII text (printable, tab or a line break).
_UTF16_HEAD_BYTES = 1024
_UTF16_ASCII_SHARE = 0.75
# A tag file's first characters: a CSV header's first column name or a JSON opening ('[{"id"').
_UTF16_OPENING = 6
_ASCII_TEXT = frozenset(b"\t\r\n" + bytes(range(0x20, 0x7F)))
# How much of an existing file tells whether it is a tag file (see is_tag_file).
_HEAD_BYTES = 64 * 1024


def read_tag_file(path: str | Path, display: str | None = None, notes: list[str] | None = None) -> list[_Row]:
    """The rows of a CSV or Web Annotation JSON file; :class:`TagError` names file and row.
    What the reader had to guess or could not read is added to ``notes``, a line each."""
    path = Path(path)
    display = display or str(path)
    notes = [] if notes is None else notes
    data = _tag_file_bytes(path, display)
    if data.startswith((_ZIP, _OLE)):
        # An exported CSV opened in a spreadsheet and saved in its own format (.xlsx, .ods: a zip;
        # .xls: an OLE compound file): what to do is known.
        raise TagError(f"{display} is a spreadsheet workbook, not a CSV or JSON file; in the spreadsheet, "
                       f"save it as CSV (UTF-8) and import that")
    text, delimiter = _without_sep_line(_tag_file_text(data, display, notes))
    if not text.strip():
        raise TagError(f"{display} is empty")
    if _reads_as_json(text, path.suffix.lower(), delimiter):
        rows = _read_json(text, display)
    else:
        rows = _read_csv(text, display, delimiter)
    notes.extend(_mend_half_characters(rows))
    return rows


def _tag_file_bytes(path: Path, display: str) -> bytes:
    """The bytes of a tag file; a folder, a pipe (which would wait for a writer forever), a
    device or a file over the size limit is refused before it is read."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise TagError(f"{display}: is a folder, not a tag file")
        if not stat.S_ISREG(info.st_mode):
            raise TagError(f"{display}: is not a regular file (a pipe or a device); save the tags to a file "
                           f"and import that")
        if info.st_size > MAX_TAG_FILE_BYTES:
            raise TagError(_too_large(display, info.st_size))
        with open(path, "rb") as handle:
            data = handle.read(MAX_TAG_FILE_BYTES + 1)
    except OSError as error:
        raise TagError(f"{display}: cannot be read ({error.strerror})") from None
    if len(data) > MAX_TAG_FILE_BYTES:  # it grew while we looked
        raise TagError(_too_large(display, len(data)))
    return data


def _too_large(display: str, size: int) -> str:
    limit = MAX_TAG_FILE_BYTES // (1024 * 1024)
    megabytes = size / (1024 * 1024)
    shown = f"{megabytes:.1f}".removesuffix(".0") if megabytes < 100 else f"{megabytes:.0f}"
    if shown == str(limit):  # a byte over would read "50 MB is too large (limit 50 MB)"
        shown = f"{size:,} bytes"
    else:
        shown += " MB"
    return (f"{display}: {shown} is too large for a tag file (limit {limit} MB); split it into smaller "
            f"files and import each")


def _tag_file_text(data: bytes, display: str, notes: list[str]) -> str:
    """A tag file's bytes as text: UTF-8, UTF-16 or UTF-32 after a byte-order mark, UTF-16 without
    one, else UTF-8, else a legacy code page (said in ``notes``)."""
    for bom, encoding, name in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding).lstrip(_BOM)
            except UnicodeDecodeError:
                raise TagError(f"{display} is not a CSV or JSON file (it starts like {name} text but is not: "
                               f"the file may be damaged)") from None
    if b"\x00" in data:
        return _bomless_utf16_text(data, display)
    try:
        return data.decode("utf-8").lstrip(_BOM)
    except UnicodeDecodeError:
        # Excel's plain "CSV (Comma delimited)" is saved in the system's legacy code page, and it
        # writes "?" for every character that code page lacks: say so, those are lost already.
        notes.append(f"{display} is not UTF-8: read it as a legacy (Windows) encoding. Letters that "
                     f"encoding lacks were saved as '?' by the program that wrote it; save it as "
                     f"'CSV UTF-8' to keep them.")
        return decode_legacy(data).lstrip(_BOM)


def _bomless_utf16_text(data: bytes, display: str) -> str:
    """The text of a tag file that holds zero bytes: UTF-16 saved without a byte-order mark, as some
    scripts and editors write it, or else no text at all."""
    encoding = _bomless_utf16(data)
    if encoding is None:
        raise TagError(f"{display} is not a CSV or JSON file (it is binary)")
    try:
        return data.decode(encoding).lstrip(_BOM)
    except UnicodeDecodeError:
        raise TagError(f"{display} is not a CSV or JSON file (it starts like UTF-16 text without a byte-order "
                       f"mark but is not: the file may be damaged)") from None


def _bomless_utf16(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when ``data`` opens as UTF-16 text without a byte-order mark, None
    otherwise.  A tag file opens with its header or a JSON brace: ASCII, which UTF-16 writes as the
    character's byte beside a zero byte, in the order the encoding says.  A binary file has zero
    bytes too, but not every other byte, each beside a printable one.  The notes and quotes after the
    header may be in any script (Chinese "北京" has no zero byte at all), so it is the file's opening
    that tells, or else most of its head."""
    head = data[:_UTF16_HEAD_BYTES]
    head = head[:len(head) - len(head) % 2]
    if len(head) < 4:
        return None
    for encoding, zeros, characters in (("utf-16-le", head[1::2], head[0::2]),
                                        ("utf-16-be", head[0::2], head[1::2])):
        ascii_text = [zero == 0 and character in _ASCII_TEXT for zero, character in zip(zeros, characters)]
        if all(ascii_text[:_UTF16_OPENING]) or sum(ascii_text) >= _UTF16_ASCII_SHARE * len(ascii_text):
            return encoding
    return None


def _without_sep_line(text: str) -> tuple[str, str | None]:
    """The text after Excel's "sep=;" line, and the delimiter it declares (None without one)."""
    declared = _SEP_LINE.match(text)
    if declared is None:
        return text, None
    return text[declared.end():], declared.group(1)


def _reads_as_json(text: str, suffix: str, delimiter: str | None) -> bool:
    """Whether a tag file is JSON: by its name, unless it is plainly a tag CSV (a CSV saved
    under a .json name); by its content when its name says neither."""
    looks_json = text.lstrip().startswith(("{", "["))
    if suffix == ".json":
        return looks_json or not _has_tag_columns(text, delimiter)
    return suffix != ".csv" and looks_json


def _header_names(text: str, delimiter: str | None) -> list[str]:
    """The column names of a CSV's first line, aliases read as the columns they stand for."""
    first_line = text.splitlines()[0] if text else ""
    try:
        cells = next(csv.reader([first_line], delimiter=delimiter or _delimiter(first_line)), [])
    except csv.Error:
        return []
    names = [cell.strip().lower().replace(" ", "_") for cell in cells]
    return [COLUMN_ALIASES.get(name, name) for name in names]


def _has_tag_columns(text: str, delimiter: str | None) -> bool:
    return not _missing_columns(_header_names(text, delimiter))


def is_tag_file(path: str | Path) -> bool:
    """Whether ``path`` holds tags: a CSV whose header has the columns import needs, or Web
    Annotation JSON, in any encoding import reads.  Only the file's head is read.  An export
    replaces such a file without asking; any other file (an article) it must not."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except OSError:
        return False
    encoding = next((encoding for bom, encoding, _ in _WIDE_BOMS if head.startswith(bom)), None)
    if encoding is None:
        encoding = (_bomless_utf16(head) if b"\x00" in head else None) or "utf-8"
    # The head may end inside a character: what is cut off is not needed.
    text, delimiter = _without_sep_line(head.decode(encoding, "ignore").lstrip(_BOM))
    if text.lstrip().startswith(("{", "[")):
        return '"Annotation' in text  # "type": "Annotation", "AnnotationCollection", "AnnotationPage"
    return _has_tag_columns(text, delimiter)


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
            raise TagError(f"{display}, {where}{_joined(str(error))}") from None
        rows.append(_Row(where=where, **fields))
    return rows


def _joined(problem: str) -> str:
    """How a problem follows "annotation 2": as the rest of the sentence ("… has no target"),
    or after a colon ("…: its target has no source")."""
    return f" {problem}" if problem.startswith(("is ", "has ")) else f": {problem}"


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


def _missing_columns(columns: list[str]) -> list[str]:
    return [column for column in REQUIRED_COLUMNS if column not in columns]


def _read_csv(text: str, display: str, delimiter: str | None = None) -> list[_Row]:
    """``delimiter``: as the file declares it (Excel's "sep=" line); else told by the header."""
    if not text.strip():
        raise TagError(f"{display} is empty")
    _raise_csv_field_limit()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter or _delimiter(text.splitlines()[0]),
                        strict=True)
    records = []
    try:
        for record in reader:
            records.append(record)
    except csv.Error as error:
        if not records or _missing_columns(_columns(records[0], display)):
            # An article or another file picked by mistake: its quotes rarely make valid CSV, and
            # where the error is matters less than what the file is not.
            raise TagError(f"{display} is not a tag file (a CSV or JSON file exported from Parallax)") from None
        raise TagError(f"{display}, row {len(records) + 1}: not valid CSV ({error})") from None
    header = _columns(records[0], display)
    missing = _missing_columns(header)
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
            beside=_made_beside(get),
        ))
    return rows


def _made_beside_of(row: _Row, base_dir: Path) -> MadeBeside | None:
    """The article a row's tag was made beside, as the store keeps it: a file path resolved as
    the row's own source is (next to the tag file, then in the current folder), or a text's
    sha256.  A made-beside that names neither says nothing and is left out (the caller notes the
    rows; the store then keeps any it knew): a title alone would set the tag beside an article
    nothing can recognise."""
    if not row.beside:
        return None
    source, sha256 = row.beside["source"].strip(), row.beside["sha256"].strip()
    title = row.beside["title"].strip()
    if not source and not sha256:
        return None
    return MadeBeside(source=_resolved_beside(source, base_dir) if source else "", title=title, sha256=sha256)


def _resolved_beside(source: str, base_dir: Path) -> str:
    """A made-beside file path as the store names files: absolute and resolved.  A relative one is
    looked for next to the tag file, then in the current folder (taken next to the tag file when
    in neither: the article need not be here for the tag to say what it was made beside)."""
    path = Path(webannotation.uri_to_path(source) or source).expanduser()
    if _parts_if_absolute(str(path)):
        return str(path)
    found = next((folder / path for folder in (base_dir, Path.cwd()) if is_file(folder / path)), base_dir / path)
    return source_key(str(found))


def _made_beside(get) -> dict | None:
    """The article a CSV row's tag was made beside, from its made_beside_* cells; None when empty."""
    fields = {"source": get("made_beside_source").strip(), "title": get("made_beside_title"),
              "sha256": get("made_beside_sha256").strip()}
    return fields if any(fields.values()) else None


def _columns(cells: list[str], display: str) -> list[str]:
    """The header's column names.  An alias ("Comment" for note) stands in only for a column the
    file does not have: next to a real note column, an editor's own "Comment" column is just
    another column, and ignored.  A column named twice is an error (which one holds the notes?)."""
    names = [cell.strip().lower().replace(" ", "_") for cell in cells]
    present = set(names)
    columns = [name if COLUMN_ALIASES.get(name) in present else COLUMN_ALIASES.get(name, name) for name in names]
    for column in dict.fromkeys(columns):
        if column in CSV_COLUMNS and columns.count(column) > 1:
            shown = " and ".join(f"'{cells[k].strip()}'" for k, c in enumerate(columns) if c == column)
            raise TagError(f"{display}: the columns {shown} both give the {column}; rename or delete one of them")
    return columns


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
        fields = {}
        for key in ("source", "quote", "title", "prefix", "suffix", "source_sha256"):
            value = p.get(key)
            if value is not None and not isinstance(value, str):
                raise problem(f"passage {number}: {key} is not text")
            fields[key] = (value or "").strip() if key in ("source", "source_sha256") else value or ""
        fields["sha256"] = fields.pop("source_sha256")
        # No source is a passage on pasted text, which has no file (as export writes it).
        if not fields["quote"]:
            raise problem(f"passage {number} needs a quote")
        for key in ("start", "end"):
            value = p.get(key)
            if value is not None and not webannotation.is_whole_number(value):
                raise problem(f"passage {number}: {key} is not a whole number")
            fields[key] = value
        partners.append(fields)
    return partners


# Where a half character can be, and how the import summary names it.  Sources are paths and
# are left alone: mended, a name would name another file (the store refuses such a name).
_ROW_TEXTS = {"id": "the id", "note": "the note", "author": "the author", "created": "the created time",
              "modified": "the modified time", "status": "the status"}
_PASSAGE_TEXTS = {"quote": "the quote", "prefix": "the quote's context", "suffix": "the quote's context",
                  "title": "the source title", "sha256": "the source_sha256"}
_PARTNER_TEXTS = {"quote": "a partner quote", "prefix": "a partner's context", "suffix": "a partner's context",
                  "title": "a partner's title", "sha256": "a partner's sha256"}


def _mend_half_characters(rows: list[_Row]) -> list[str]:
    """Replace every half character (a lone surrogate: JSON can spell one, "\\ud83d", as a tool
    that cuts text in UTF-16 units writes half an emoji) in the rows' text with U+FFFD, which is
    how the rest of the text shows broken bytes.  Neither the store nor any tag file can hold
    it.  Returns a line for the import summary per kind of field mended, naming the rows."""
    mended: dict[tuple[str, ...], list[str]] = {}
    for row in rows:
        fields = []
        for attribute, name in _ROW_TEXTS.items():
            if has_half_character(getattr(row, attribute)):
                setattr(row, attribute, whole_characters(getattr(row, attribute)))
                fields.append(name)
        if any(has_half_character(kind) for kind in row.kinds):
            row.kinds = [whole_characters(kind) for kind in row.kinds]
            fields.append("the tag")
        fields += _mend_passage(row.passage, _PASSAGE_TEXTS)
        for partner in row.partners:
            fields += _mend_passage(partner, _PARTNER_TEXTS)
        if fields:
            mended.setdefault(tuple(dict.fromkeys(fields)), []).append(row.where)
    return [f"{describe_rows(wheres)}: {_listed(fields)} held half a character (a lone surrogate, left where "
            f"a program cut an emoji or another character in two); imported as “{REPLACEMENT_CHARACTER}”"
            for fields, wheres in mended.items()]


def _mend_passage(passage: dict, names: dict[str, str]) -> list[str]:
    fields = []
    for key, name in names.items():
        value = passage.get(key)
        if isinstance(value, str) and has_half_character(value):
            passage[key] = whole_characters(value)
            fields.append(name)
    return fields


def _listed(names: tuple[str, ...]) -> str:
    """ "the note", "the note and the author", "the id, the note and the author"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _check_offsets(fields: dict, what: str, problem) -> None:
    """A negative or absurd offset is a broken file, not a hint (nor storable in SQLite)."""
    for name in ("start", "end"):
        value = fields[name]
        if value is not None and not 0 <= value <= MAX_OFFSET:
            raise problem(f"{what}{name} {value} is not a character offset in an article")


_SPREADSHEET_NUMBER = re.compile(r"(?<=\d)[,\s\u00a0\u202f'](?=\d{3}\b)")


def _offset(value: str, column: str, display: str, where: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    try:
        # A spreadsheet may show 1321 as "1,321", "1 321" or "1321.0".
        number = int(_SPREADSHEET_NUMBER.sub("", value).removesuffix(".0"))
    except ValueError:
        number = -1
    if number < 0:
        raise TagError(f"{display}, {where}: {column} '{value}' is not a character offset (a whole number)")
    return number


# --- turning rows into tags ----------------------------------------------------------


def _one_way_of_ending_lines(text: str) -> str:
    """Text with every line ending as "\n": spreadsheets, editors and other systems save "\r\n"
    (or "\r") for the same words, which is no change to what a note or an article says."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _Sources:
    """Finds and loads the files rows name, each once.

    ``versions``: for a source name as the file gives it, the sha256 of the versions of the
    article its tags were made on (see :func:`_versions_made_on`); ``snapshot``: the text
    the store keeps of such a version, or None.  Both check an article found by its name
    only, in place of the path a row gives."""

    def __init__(self, base_dir: Path, versions: dict[str, set[str]] | None = None,
                 snapshot: Callable[[str], str | None] | None = None):
        self.base_dir = base_dir
        self.documents: dict[str, Document] = {}  # the articles rows were put on
        self._loaded: dict[str, Document] = {}  # every file read, put on or not
        self.versions = versions or {}
        self.snapshot = snapshot or (lambda sha256: None)

    def load(self, name: str, problem, version: str = "") -> Document:
        """The article a row names; ``version``: the sha256 the row gives for it, if any."""
        if not name:
            raise problem("no source file given")
        uri_path = webannotation.uri_to_path(name)
        if not uri_path:
            raise problem(f"source '{name}' is not a local file")
        given = Path(uri_path).expanduser()
        parts = _parts_if_absolute(str(given))
        if not parts:
            return self._relative(name, given, problem)
        if file_state(given) != MISSING:
            # The article at the very path the row names: its tags are on it, even if it was
            # edited since (the quote is then found again, or the tag orphaned).  One out of
            # reach (a folder this user may not enter) is read too, to say why it cannot be.
            return self._put_on(self._read(given, name, problem))
        _refuse_what_is_no_file(given, name, problem)
        return self._stand_in(name, parts, version, problem)

    def pasted(self, sha256: str, title: str) -> Document | None:
        """The pasted text with this sha256 as the store keeps a snapshot of it; None if it keeps none."""
        text = self.snapshot(sha256)
        if text is None:
            return None
        return Document(path="", title=title or PASTED_TITLE, text=text, sha256=sha256)

    def _relative(self, name: str, given: Path, problem) -> Document:
        candidates = [self.base_dir / given, Path.cwd() / given]
        found = next((c for c in candidates if is_file(c)), None)
        if found is None:
            for candidate in candidates:
                _refuse_what_is_no_file(candidate, name, problem)
            folders = list(dict.fromkeys(str(c.parent.resolve()) for c in candidates))
            raise problem(f"source file '{name}' does not exist (looked in {' or '.join(folders)})")
        return self._put_on(self._read(found, name, problem))

    def _stand_in(self, name: str, parts: tuple[str, ...], version: str, problem) -> Document:
        """A colleague's export names files on their machine (/home/alice/desk/story2/report.txt,
        or C:\\Users\\...): the article is looked for by the end of that path next to the tag
        file, then by its bare name there and here.  Found so, by its name only, it must be the
        article the tag was made on: folders often hold articles of the same file name
        (story1/report.txt, story2/report.txt), and a verdict filed under another one would
        be exported under the wrong outlet."""
        candidates = [path for path in _stand_in_paths(parts, self.base_dir) if is_file(path)]
        if not candidates:
            raise problem(self._not_found(name, parts))
        made_on = (self.versions.get(name, set()) | {version}) - {""}
        for candidate in candidates:
            document = self._read(candidate, name, problem)
            if self._is_version(document, made_on):
                return self._put_on(document)
        first = self._place(candidates[0])
        where = f"at {'/'.join(parts[-2:])} next to the tag file" if len(parts) > 1 else "there instead"
        raise problem(f"{first} is not the article the tag was made on (its content differs); put that "
                      f"article {where}, or, if {candidates[0].name} is that article edited since, write "
                      f"its path in the row's source column")

    def _is_version(self, document: Document, made_on: set[str]) -> bool:
        """Whether ``document`` is a version the tag was made on: the very file, or its words
        saved another way (another encoding or line ends), as the store's snapshot tells.
        Nothing to check against (a row typed by hand) takes the file as the row's."""
        if not made_on or document.sha256 in made_on:
            return True
        words = _one_way_of_ending_lines(document.text)
        return any(_one_way_of_ending_lines(self.snapshot(sha256) or "") == words for sha256 in made_on)

    def _not_found(self, name: str, parts: tuple[str, ...]) -> str:
        nested = ["/".join(parts[-n:]) for n in range(2, len(parts) + 1)]
        tried = parts[-1] if not nested else (
            ", ".join(nested[:2]) + (" …" if len(nested) > 2 else "") + f" or {parts[-1]}")
        here = str(Path.cwd().resolve())
        elsewhere = f", nor {parts[-1]} in {here}" if here != str(self.base_dir) else ""
        return f"source file '{name}' does not exist (nor {tried} in {self.base_dir}{elsewhere})"

    def _place(self, path: Path) -> str:
        """ "story2/report.txt next to the tag file", "report.txt in the current folder"."""
        for folder, where in ((self.base_dir, "next to the tag file"), (Path.cwd(), "in the current folder")):
            try:
                return f"{path.relative_to(folder).as_posix()} {where}"
            except ValueError:
                continue
        return str(path)

    def _read(self, path: Path, name: str, problem) -> Document:
        key = source_key(str(path))
        if has_half_character(key):
            raise problem(f"source '{name}': its file name is not valid text (bytes that are not UTF-8), which "
                          f"the tag store cannot keep; rename the file")
        if key not in self._loaded:
            try:
                document = load_document(key)
            except ParallaxError as error:
                raise problem(f"source '{name}' cannot be loaded: {error}") from None
            self._loaded[key] = replace(document, path=key)
        return self._loaded[key]

    def _put_on(self, document: Document) -> Document:
        self.documents[document.path] = document
        return document


def _refuse_what_is_no_file(path: Path, name: str, problem) -> None:
    """A row's source that is there but is no article file (a folder, a pipe) is said to be what
    it is: looking elsewhere for a file of that name, and saying it does not exist, misleads."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return
    if stat.S_ISDIR(mode):
        raise problem(f"source '{name}' is a folder, not a file")
    if not stat.S_ISREG(mode):
        raise problem(f"source '{name}' is not a regular file (a pipe or a device)")


def _parts_if_absolute(path: str) -> tuple[str, ...]:
    """The folders and file name of an absolute path written on Windows or on a POSIX
    system, whichever this one is; () for a relative path.  (Path here reads only this
    system's own paths.)"""
    for flavour in (PureWindowsPath, PurePosixPath):
        pure = flavour(path)
        if pure.is_absolute() or pure.drive:
            return pure.parts[1:] if pure.anchor else pure.parts
    return ()


def _stand_in_paths(parts: tuple[str, ...], base_dir: Path) -> list[Path]:
    """Where the article of another machine's path may be here: the end of its path next to the
    tag file, shortest first (story2/report.txt, desk/story2/report.txt, ...), then its bare file
    name there and in the current folder."""
    if not parts:
        return []
    nested = [base_dir.joinpath(*parts[-n:]) for n in range(2, len(parts) + 1)]
    return list(dict.fromkeys([*nested, base_dir / parts[-1], Path.cwd() / parts[-1]]))


class _StoredTags:
    """The store's tags as they were before an import, each looked up once however many steps of
    the import ask for it: by id, and all of them on an article the file names.  Nothing writes
    to the store until the import's one transaction, so what was read once stays true till then."""

    def __init__(self, store: TagStore):
        self._store = store
        self._by_id: dict[str, Tag | None] = {}  # None: no stored tag has that id
        self._on_source: dict[str, list[Tag]] = {}

    def get(self, tag_id: str) -> Tag | None:
        if tag_id not in self._by_id:
            self._by_id[tag_id] = self._store.get(tag_id)
        return self._by_id[tag_id]

    def on_source(self, source: str) -> list[Tag]:
        """The stored tags on one article (its path as a tag gives it)."""
        if source not in self._on_source:
            self._on_source[source] = self._store.stored_tags(source)
            # A tag found on its article is the one its id finds: no need to ask again by id.
            self._by_id.update((tag.id, tag) for tag in self._on_source[source])
        return self._on_source[source]

    def on_article(self, tag: Tag) -> list[Tag]:
        """The stored tags on the article ``tag`` is on: its file, or the very text it was pasted as."""
        source, pasted = _article_key(tag)
        return [stored for stored in self.on_source(source) if _article_key(stored) == (source, pasted)]

    def snapshot(self, sha256: str) -> str | None:
        return self._store.snapshot(sha256)


def _pasted_text(fields: dict, problem) -> str:
    """The sha256 of the pasted text a passage is on, "" for a passage on a file.

    Export names pasted text (which has no file) by an empty source and its ``source_sha256``
    (CSV), or by a ``urn:sha256:`` source (JSON).  A passage with neither a source nor a
    sha256 is left to the file loader, which says that no source file is given."""
    source, given = fields["source"], fields["sha256"].strip().lower()
    if source[:len(PASTED_URN)].lower() == PASTED_URN:
        named = source[len(PASTED_URN):].strip().lower()
        if not _SHA256.fullmatch(named):
            raise problem(f"source '{source}' does not name a pasted text ({PASTED_URN} must be followed "
                          f"by the text's sha256, 64 hexadecimal digits)")
        if given and given != named:
            raise problem(f"source '{source}' and its sha256 {given} name two different texts")
        return named
    if source or not given:
        return ""
    if not _SHA256.fullmatch(given):
        raise problem(f"no source file given, and source_sha256 '{fields['sha256']}' is not the sha256 of a "
                      f"pasted text (64 hexadecimal digits)")
    return given


def _name_of(document: Document) -> str:
    """ "report.txt", or "the pasted text" for text that has no file."""
    return Path(document.path).name if document.path else "the pasted text"


def _article_key(tag: Tag) -> tuple[str, str]:
    """Which article a tag is on: its file, or for pasted text (no file) the text's sha256."""
    return tag.source, "" if tag.source else tag.passage.anchor.source_sha256


def _versions_made_on(rows: list[_Row], store: TagStore | _StoredTags | None) -> dict[str, set[str]]:
    """For each source a file names, the versions (sha256) of the article its tags were made
    on: the file's own source_sha256 cells (an article with an orphaned tag has several), and
    the stored copy's of a row whose tag is in the store."""
    versions: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for passage in (row.passage, *row.partners):
            if passage["sha256"]:
                versions[passage["source"]].add(passage["sha256"])
        stored = store.get(row.id) if store is not None and row.id else None
        if stored is not None:
            versions[row.passage["source"]].add(stored.passage.anchor.source_sha256)
    return versions


def _find(fields: dict, document: Document) -> Anchor | None:
    quote = fields["quote"]
    span = locate_quote(document.text, quote, fields["start"], fields["prefix"], fields["suffix"])
    if span is not None and not _context_contradicts(fields, document, span):
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


def _context_contradicts(fields: dict, document: Document, span: tuple[int, int]) -> bool:
    """Whether a short quote ("Medvedev") found in a document other than the one it was
    exported from sits among other words than its saved context: the store's rule for
    re-anchoring (a short quote needs its surroundings), so that a tag never lands on the
    same word in another sentence, or in another article that shares a file name."""
    if not (fields["prefix"] or fields["suffix"]) or fields["sha256"] == document.sha256:
        return False
    if len(fields["quote"]) >= DISTINCTIVE_QUOTE:
        return False
    probe = Anchor(fields["quote"], fields["prefix"], fields["suffix"], span[0], span[1], "")
    return context_similarity(probe, document.text, *span) < MIN_CONTEXT


def _was_anchored(fields: dict) -> bool:
    """Whether a row carries what an exported tag does (its context, offsets or the version
    of the article it was found in), rather than only a quote someone typed."""
    return bool(fields["prefix"] or fields["suffix"] or fields["sha256"] or fields["start"] is not None)


def _as_written(fields: dict) -> Anchor | None:
    """A passage kept as the file gives it (quote, context, offsets), for one not found."""
    start = fields["start"] or 0
    end = fields["end"] if fields["end"] is not None else start + len(fields["quote"])
    if end <= start:
        return None
    return Anchor(fields["quote"], fields["prefix"], fields["suffix"], start, end, fields["sha256"])


@dataclass
class _TimeCells:
    """How the time columns of a file read: each column's day/month order, and the cells that
    could not be read, by column (a spreadsheet that reformats one time reformats them all)."""

    orders: dict[str, str | None]
    unreadable: dict[str, list[tuple[str, str]]]  # column -> [(row, cell)]
    # (column, row) -> (cell, its readings): day first or month first, not told by the column
    two_way: dict[tuple[str, str], tuple[str, list[str]]]

    @classmethod
    def of(cls, rows: list[_Row]) -> _TimeCells:
        return cls({"created": column_order(row.created for row in rows),
                    "modified": column_order(row.modified for row in rows)}, {}, {})

    def read(self, value: str, column: str, where: str) -> str:
        """A time cell as the store keeps it; "" for none, or for one that cannot be read."""
        if not value:
            return ""
        try:
            return normalize_time(value)
        except TagError:
            pass
        found = readings(value, self.orders[column])  # as a spreadsheet showed it: "23/11/2026 05:19"
        if len(found) == 1:
            return found[0]
        if found:
            self.two_way[column, where] = (value, found)
        else:
            self.unreadable.setdefault(column, []).append((where, value))
        return ""

    def notes(self) -> list[str]:
        untold: dict[str, list[tuple[str, str]]] = {}
        for (column, where), (value, _) in self.two_way.items():
            untold.setdefault(column, []).append((where, value))
        return [f"{column} is not a time Parallax can read (like 2024-05-01T09:30:00Z) in "
                f"{describe_rows([where for where, _ in cells])}, for example '{cells[0][1]}'; taken as unknown"
                for column, cells in self.unreadable.items()] + [
                f"{column} in {describe_rows([where for where, _ in cells])} could be day first or month "
                f"first, for example '{cells[0][1]}'; taken as unknown"
                for column, cells in untold.items()]


def describe_rows(wheres: list[str]) -> str:
    """ "row 2", or "rows 2-9, 12" for many ("annotation 3" and the like are listed as they are)."""
    numbers = [int(where[4:]) for where in wheres if where.startswith("row ") and where[4:].isdigit()]
    if len(numbers) != len(wheres):
        return ", ".join(wheres)
    if len(numbers) == 1:
        return wheres[0]
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return "rows " + ", ".join(f"{run[0]}-{run[-1]}" if len(run) > 2 else ", ".join(map(str, run)) for run in runs)


def _short(quote: str, limit: int = 60) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= limit else quote[:limit - 1] + "…"


@dataclass
class _FileTags:
    """The tags a file's rows make, with what importing them needs to say where they came from."""

    tags: list[Tag]
    documents: list[Document]
    row_of: dict[str, str]  # tag id -> where its row is ("row 4")
    id_less: set[str]  # ids derived for rows that gave none
    times: _TimeCells


def rows_to_tags(rows: list[_Row], display: str, base_dir: Path, notes: list[str] | None = None,
                 store: TagStore | _StoredTags | None = None) -> _FileTags:
    """Validate every row and build its tag; the first problem raises, naming file and row.

    A quote no longer in its article makes an orphaned tag, as in the store, and a partner
    quote no longer in its article is kept as written; both are added to ``notes``.
    ``store``, if given, helps tell whether an article found by its file name only is the
    one a row's tag was made on."""
    notes = [] if notes is None else notes
    sources = _Sources(base_dir, _versions_made_on(rows, store), store.snapshot if store is not None else None)
    importer = default_author()
    tags: list[Tag] = []
    row_of: dict[str, str] = {}
    id_less: set[str] = set()
    unchecked: list[str] = []  # rows on pasted text this store keeps no copy of
    unnamed_beside: list[str] = []  # rows whose made-beside names neither a file nor a text
    times = _TimeCells.of(rows)
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
        pasted = _pasted_text(fields, problem)
        if pasted:
            fields = {**fields, "sha256": pasted}
            document = sources.pasted(pasted, fields["title"])
        else:
            document = sources.load(fields["source"], problem, fields["sha256"])
        anchor = _find(fields, document) if document is not None else None
        if document is None:
            # Pasted text this store keeps no copy of: nothing to check the quote against, so
            # it is kept as the file gives it, and shows (re-anchored) when that text is pasted.
            anchor = _as_written(fields) or _as_written({**fields, "end": None})
            if anchor is None:
                raise problem(f"end {fields['end']} is not after start {fields['start'] or 0}")
            unchecked.append(row.where)
        elif anchor is not None:
            status = "anchored"
        elif status != "orphaned" and not _was_anchored({**fields, "sha256": "" if pasted else fields["sha256"]}):
            # A row typed by hand, with no trace of ever having been found: a typo, most likely.
            # (Pasted text is named by its sha256, which is no such trace.)
            raise problem(f"quote not found in {_name_of(document)}: “{_short(fields['quote'])}”")
        else:
            # Exported as orphaned, or its words are gone from the article now: keep it as the
            # file gives it, orphaned, as the store keeps a tag whose words changed.  It is still
            # the user's judgement.  Its offsets are stored as given (elsewhere they are only
            # hints for finding the quote), so they must make a span.
            anchor = _as_written(fields)
            if anchor is None and status != "orphaned":  # its end offset was only a hint
                anchor = _as_written({**fields, "end": None})
            if anchor is None:
                raise problem(f"end {fields['end']} is not after start {fields['start'] or 0} "
                              f"(a tag whose quote is not found is kept at its offsets)")
            if status != "orphaned":
                notes.append(f"{row.where}: quote not found in {_name_of(document)}: "
                             f"“{_short(fields['quote'])}”{_IMPORTED_ORPHANED}")
            status = "orphaned"
        if pasted:
            passage = Passage(source="", source_title=fields["title"] or PASTED_TITLE, anchor=anchor)
        else:
            passage = Passage(source=document.path, source_title=document.title, anchor=anchor)

        partners = []
        for partner in row.partners:
            if not partner["quote"]:
                raise problem("partner_quote is empty")
            partner_problem = lambda m: problem("partner " + m)  # noqa: E731
            partner_pasted = _pasted_text(partner, partner_problem)
            if partner_pasted or not partner["source"]:
                # On pasted text: named by its sha256, or (a CSV's one partner) by nothing at all.
                partner = {**partner, "sha256": partner_pasted}
                partner_doc = sources.pasted(partner_pasted, partner["title"]) if partner_pasted else None
            else:
                partner_doc = sources.load(partner["source"], partner_problem, partner["sha256"])
            partner_anchor = _find(partner, partner_doc) if partner_doc is not None else None
            if partner_anchor is None:
                partner_anchor = _as_written(partner)
                if partner_anchor is None:
                    raise problem(f"partner end {partner['end']} is not after start {partner['start'] or 0}")
                if partner_doc is not None:
                    notes.append(f"{row.where}: partner quote not found in {_name_of(partner_doc)}: "
                                 f"“{_short(partner['quote'])}”; kept as written")
                elif not partner_pasted:
                    notes.append(f"{row.where}: the partner passage names no source file, so it is taken to be "
                                 f"on pasted text and kept as written")
            if partner_doc is not None and partner_doc.path:
                partners.append(Passage(partner_doc.path, partner_doc.title, partner_anchor))
            else:
                partners.append(Passage("", partner["title"] or PASTED_TITLE, partner_anchor))

        created = times.read(row.created, "created", row.where) or now_iso()
        # No modification time given: "" tells the store this copy is not known to be
        # newer than a stored one, so it never overwrites edits made since (the store
        # saves a new tag with modified = created).
        modified = times.read(row.modified, "modified", row.where)
        # Without an id, the row's own values (not where its quote was found
        # today) name it, so re-importing after the article changed adds nothing.
        given = lambda value: -1 if value is None else value  # noqa: E731
        # Pasted text has no file: its sha256 tells one pasted text's rows from another's.
        derived = derived_tag_id(passage.source or PASTED_URN + pasted, given(fields["start"]),
                                 given(fields["end"]), kind, row.note, fields["quote"])
        beside = _made_beside_of(row, base_dir)
        if row.beside and beside is None:
            unnamed_beside.append(row.where)
        tag = Tag(id=row.id or derived, passage=passage, kind=kind, note=row.note, partners=tuple(partners),
                  author=row.author or importer, created=created, modified=modified, status=status,
                  beside=beside)
        if tag.id in row_of:
            tag = _repeated_id(tag, tags, row_of[tag.id], row.where, derived, display, notes)
            if tag is None:
                continue
        row_of[tag.id] = row.where
        if tag.id == derived:
            id_less.add(tag.id)
        tags.append(tag)
    if unnamed_beside:
        count = len(unnamed_beside)
        notes.append(f"{describe_rows(unnamed_beside)}: the article {'its tag was' if count == 1 else 'their tags were'} "
                     f"made beside names neither a file nor a sha256, so it is not recorded")
    unchecked = [where for where in unchecked if where in row_of.values()]
    if unchecked:
        count = len(unchecked)
        notes.append(f"{describe_rows(unchecked)} {'is' if count == 1 else 'are'} on pasted text this store keeps no "
                     f"copy of, so {'its quote was' if count == 1 else 'their quotes were'} taken as the file gives "
                     f"{'it' if count == 1 else 'them'}; {'it shows' if count == 1 else 'they show'} when that "
                     f"text is pasted again")
    return _FileTags(tags, list(sources.documents.values()), row_of, id_less, times)


def _repeated_id(tag: Tag, tags: list[Tag], first_row: str, where: str, derived: str, display: str,
                 notes: list[str]) -> Tag | None:
    """A row whose id an earlier row of the file has: a copy of that row.

    The same tag again is imported once.  A copy made to tag another passage (its quote
    or source changed, the id left as it was) is a new tag with an id of its own.  The same
    passage with another verdict or note is ambiguous: which one is the editor's?"""
    earlier = next(t for t in reversed(tags) if t.id == tag.id)
    if same_judgement(earlier, tag):
        notes.append(f"{where} repeats {first_row}; imported once")
        return None
    if earlier.source == tag.source and earlier.passage.anchor.quote == tag.passage.anchor.quote:
        raise TagError(f"{display}: {first_row} and {where} have the same id and passage but another "
                       f"verdict or note; delete the one that is not meant")
    notes.append(f"{where} has the id of {first_row} but tags another passage: imported as a tag of its own")
    return replace(tag, id=derived)


def _passage_key(tag: Tag) -> tuple:
    anchor = tag.passage.anchor
    return _article_key(tag), anchor.start, anchor.end, anchor.quote


def _match_stored_tags(in_store: _StoredTags, read: _FileTags) -> None:
    """A row without an id that tags the very passage one stored tag of the same author tags is
    that tag, edited in the file (a spreadsheet user deleted the id column, or never had it): it
    takes the stored id, so the store's rules for edits apply instead of a second verdict landing
    beside the first.  A passage that several rows or several stored tags share is not guessed at."""
    rows_on = defaultdict(int)
    for tag in read.tags:
        rows_on[_passage_key(tag)] += 1
    given_ids = {tag.id for tag in read.tags}
    for index, tag in enumerate(read.tags):
        if tag.id not in read.id_less or rows_on[_passage_key(tag)] > 1:
            continue
        same_passage = [stored for stored in in_store.on_article(tag)
                        if _passage_key(stored) == _passage_key(tag) and stored.author == tag.author]
        if len(same_passage) == 1 and same_passage[0].id not in given_ids:
            stored_id = same_passage[0].id
            read.row_of[stored_id] = read.row_of.pop(tag.id)
            read.tags[index] = replace(tag, id=stored_id)


def _two_way_times_told_by_store(in_store: _StoredTags, read: _FileTags) -> None:
    """A "modified" cell that reads day first or month first ("05/11/2026 04:44") is the stored
    tag's own time when one of its readings is: the row then says the file was edited since."""
    for index, tag in enumerate(read.tags):
        key = ("modified", read.row_of[tag.id])
        stored = in_store.get(tag.id) if key in read.times.two_way else None
        if stored is None:
            continue
        told = [moment for moment in read.times.two_way[key][1] if same_moment(moment, stored.modified)]
        if told:
            read.tags[index] = replace(tag, modified=told[0])
            del read.times.two_way[key]


def _not_in_file(in_store: _StoredTags, read: _FileTags) -> int:
    """Stored tags on the file's articles that the file does not hold (rows deleted in a
    spreadsheet, or tags made since): an import never deletes, but it says they are there.

    Counted from the tags as they were before the import: it writes only tags the file holds
    (their ids are the file's), so it changes none of those counted here."""
    ids = {tag.id for tag in read.tags}
    fingerprints = {tag_fingerprint(tag) for tag in read.tags}
    articles = {_article_key(tag): tag for tag in read.tags}.values()
    return sum(1 for tag in articles for stored in in_store.on_article(tag)
               if stored.id not in ids and tag_fingerprint(stored) not in fingerprints)


def _stored_copies(in_store: _StoredTags, read: _FileTags) -> dict[str, Tag]:
    """The stored tag of each row that has one, by id, as it is before the import."""
    stored = {tag.id: in_store.get(tag.id) for tag in read.tags}
    return {tag_id: tag for tag_id, tag in stored.items() if tag is not None}


def _notes_that_differ_only_in_line_ends(read: _FileTags, stored: dict[str, Tag]) -> None:
    """A note of several lines that comes back with "\\r\\n" where the store has "\\n" (as some
    spreadsheets and editors save a cell) is the stored note, not an edit: the row takes it."""
    for index, tag in enumerate(read.tags):
        before = stored.get(tag.id)
        if (before is not None and tag.note != before.note
                and _one_way_of_ending_lines(tag.note) == _one_way_of_ending_lines(before.note)):
            read.tags[index] = replace(tag, note=before.note)


def _coarse_time(given: str, stored: str) -> str:
    """How a file's time that names the stored one's minute (second) only reads, "2026-11-23
    06:45"; "" when it is the stored time itself, or another moment."""
    if given == stored or not same_moment(given, stored):
        return ""
    return given[:16 if given.endswith(":00.000Z") else 19].replace("T", " ")


def _changed_within_the_files_minute(read: _FileTags, stored: dict[str, Tag]) -> list[str]:
    """Rows whose time a spreadsheet saved to the minute (or second) of the stored tag's time,
    where the stored tag may have changed again within that minute after the file was written
    (edited in a window seconds after the export).  The stored time then differs from the
    file's, as it does for any time cut to the minute, so the store would take the row's
    differences for edits made in the file and overwrite that change.  Which copy is newer
    cannot be told: the row's time is dropped, so the store keeps the stored tag and names
    the row, as for a row that gives no time.  Says which rows, and why."""
    # The file was written after every time it holds (a time in the future is a typing
    # error, not a bound) and after the tag was made; a stored change no later than that
    # is in the file, and a difference then is an edit made in the file.
    now = now_iso()
    latest_in_file = max((tag.modified for tag in read.tags if tag.modified and tag.modified <= now), default="")
    notes = []
    for index, tag in enumerate(read.tags):
        before = stored.get(tag.id)
        shown = _coarse_time(tag.modified, before.modified) if before is not None else ""
        if (not shown or same_judgement(before, tag) or lost_letters(tag)
                or before.modified <= max(latest_in_file, before.created)):
            continue
        read.tags[index] = replace(tag, modified="")
        unit = "minute" if len(shown) == 16 else "second"
        notes.append(f"{read.row_of[tag.id]}: the file gives the time to the {unit} only ({shown}), and the "
                     f"stored tag was changed within that {unit} ({before.modified[11:23]} UTC), perhaps after "
                     f"the file was written: which copy is newer cannot be told")
    return notes


_IMPORTED_ORPHANED = "; imported as an orphaned tag"


def _stored_passages_kept(read: _FileTags, stored: dict[str, Tag], notes: list[str]) -> None:
    """A row of a stored tag whose quote the file changed so that it is no longer found (a figure
    retyped in a spreadsheet, "4,200" as "4200"), where the stored tag is still anchored: the row
    takes the stored passage, and only its verdict and note count.  Its words are still in the
    article; an orphaned copy put over the tag would lose its place for a slip in the file."""
    for index, tag in enumerate(read.tags):
        before = stored.get(tag.id)
        if (tag.status != "orphaned" or before is None or before.status != "anchored"
                or before.source != tag.source or before.passage.anchor == tag.passage.anchor):
            continue
        read.tags[index] = replace(tag, passage=before.passage, status="anchored")
        where = read.row_of[tag.id]
        for n, note in enumerate(notes):
            if note.startswith(f"{where}: quote not found") and note.endswith(_IMPORTED_ORPHANED):
                notes[n] = (note.removesuffix(_IMPORTED_ORPHANED)
                            + "; the stored tag keeps its passage, still found in the article, "
                              "and takes the row's verdict and note")


def _hand_typed(rows: list[_Row]) -> set[str]:
    """Rows ("row 4") with no id and no modification time: typed by hand, most likely."""
    return {row.where for row in rows if not row.id and not row.modified}


def _hand_typed_kept(wheres: list[str], prefer_file_hint: str) -> str:
    """Why a hand-typed row on a passage its author had tagged already did not replace that tag
    (a row with no id is taken for the stored tag on its very passage, see
    :func:`_match_stored_tags`): in plain words, not as a tag "changed after the file"."""
    each = "the row gives" if len(wheres) == 1 else "each row gives"
    return (f"kept the stored tag for {describe_rows(wheres)}: {each} no id and no time, and tags a passage "
            f"that already has a tag by the same author saying something else (another verdict or note); "
            f"without a time the import cannot tell which is newer, so the stored tag stays"
            + (f"; {prefer_file_hint}" if prefer_file_hint else ""))


def _deleted_since(in_store: _StoredTags, read: _FileTags, stored: dict[str, Tag]) -> list[str]:
    """Rows ("row 4") of an export of one's own tags whose tag is no longer in the store, though
    the store still holds tags on its article: deleted since the export, most likely.  An import
    adds them back (it never deletes, and cannot tell a deletion from a tag it never had); the
    editor should know it did.  (A colleague's tags, or tags on articles new to this store,
    are just imported.)"""
    me = default_author()
    on_article = {_article_key(tag): in_store.on_article(tag) for tag in read.tags}
    fingerprints = {tag_fingerprint(stored_tag) for tags in on_article.values() for stored_tag in tags}
    return [read.row_of[tag.id] for tag in read.tags
            if tag.id not in read.id_less and tag.modified and tag.author == me and on_article[_article_key(tag)]
            and tag.id not in stored and tag_fingerprint(tag) not in fingerprints]


def _added_back(wheres: list[str]) -> str:
    count = len(wheres)
    return (f"{count} tag{'s' if count != 1 else ''} that {'are' if count != 1 else 'is'} no longer in the store "
            f"(deleted since the export?) {'were' if count != 1 else 'was'} added back: {describe_rows(wheres)}")


@dataclass(frozen=True)
class ImportResult:
    added: int
    total: int  # tags the file holds
    updated: int = 0  # stored tags replaced by a copy the file says was modified later
    edited: int = 0  # stored tags replaced by a copy edited in the file since it was written
    kept: tuple[str, ...] = ()  # rows ("row 4") whose stored tag was changed since: it stayed
    kept_lossy: tuple[str, ...] = ()  # rows whose copy lost letters as "?": the stored tag stayed
    notes: tuple[str, ...] = ()  # what the import guessed, or kept as it could
    not_in_file: int = 0  # stored tags on the file's articles that the file does not hold
    # Rows with no id and no time on a passage their author had tagged otherwise: the stored
    # tag stayed.  Said in ``notes``, in their own words: they are no copies "changed since".
    kept_hand_typed: tuple[str, ...] = ()
    # Each tag written, as (the version it replaced, or None; the version written): what undoing
    # the import puts back (``TagStore.put_back``).
    changes: tuple[tuple[Tag | None, Tag], ...] = ()

    @property
    def already_present(self) -> int:
        """Rows whose tag was in the store already, saying the same, and was left as it was."""
        return (self.total - self.added - self.updated - self.edited - len(self.kept) - len(self.kept_lossy)
                - len(self.kept_hand_typed))


def describe_import(result: ImportResult, display: str, *, prefer_file_hint: str = "") -> list[str]:
    """What an import did, for the reader: a summary line, then one line per thing to know.
    ``prefer_file_hint``: how to take the file's copies instead, where the caller offers a way."""
    # Say what happened to every row: a row that replaced a stored tag is not "already there".
    details = []
    if result.updated:
        details.append(f"{result.updated} updated from a newer copy")
    if result.edited:
        details.append(f"{result.edited} updated with the file's edits")
    if result.already_present:
        details.append(f"{result.already_present} already in the store, left as stored")
    lines = [f"imported {result.added} tag{'s' if result.added != 1 else ''} from {display}"
             + (f" ({', '.join(details)})" if details else "")]
    lines += list(result.notes)
    if result.kept:
        lines.append(f"kept the stored tag for {describe_rows(list(result.kept))}: the file's copy differs but is "
                     f"not known to be newer (the tag was changed here after the file was written, or the file "
                     f"gives no time){'; ' + prefer_file_hint if prefer_file_hint else ''}")
    if result.kept_hand_typed:
        lines.append(_hand_typed_kept(list(result.kept_hand_typed), prefer_file_hint))
    if result.kept_lossy:
        lines.append(f"kept the stored tag for {describe_rows(list(result.kept_lossy))}: the file's copy lost "
                     f"letters as '?' when it was saved; save the file as 'CSV UTF-8' and import it again")
    if result.not_in_file:
        count = result.not_in_file
        lines.append(f"{count} other stored tag{'s' if count != 1 else ''} on these articles "
                     f"{'are' if count != 1 else 'is'} not in the file and stay{'s' if count == 1 else ''} as "
                     f"{'they are' if count != 1 else 'it is'} (an import never deletes tags)")
    return lines


def import_file(store: TagStore, path: str | Path, display: str | None = None, *,
                prefer_file: bool = False) -> ImportResult:
    """Import a CSV or JSON tag file: all rows in one transaction, or nothing if any row is bad.

    ``prefer_file``: where the file and the store say different things of one tag, the file wins."""
    path = Path(path)
    display = display or str(path)
    notes: list[str] = []
    rows = read_tag_file(path, display, notes)
    # Every step below compares rows with the stored tags: each is read from the store once.
    in_store = _StoredTags(store)
    read = rows_to_tags(rows, display, path.resolve().parent, notes, in_store)
    _match_stored_tags(in_store, read)
    _two_way_times_told_by_store(in_store, read)
    notes.extend(read.times.notes())
    stored = _stored_copies(in_store, read)
    _notes_that_differ_only_in_line_ends(read, stored)
    _stored_passages_kept(read, stored, notes)
    if not prefer_file:
        notes.extend(_changed_within_the_files_minute(read, stored))
    added_back = _deleted_since(in_store, read, stored)
    not_in_file = _not_in_file(in_store, read)
    counts = store.merge_tags(read.tags, read.documents, prefer_incoming=prefer_file)
    hand_typed = _hand_typed(rows)
    kept = [read.row_of[tag_id] for tag_id in counts.kept]
    kept_hand_typed = [where for where in kept if where in hand_typed]
    if added_back:
        notes.append(_added_back(added_back))
    return ImportResult(added=counts.added, total=len(read.tags), updated=counts.updated, edited=counts.edited,
                        kept=tuple(where for where in kept if where not in hand_typed),
                        kept_lossy=tuple(read.row_of[tag_id] for tag_id in counts.kept_lossy),
                        notes=tuple(notes), not_in_file=not_in_file,
                        kept_hand_typed=tuple(kept_hand_typed), changes=counts.changes)
