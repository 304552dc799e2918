"""Load an article file (or pasted text) into a ``Document``.

Formats: plain text (``.txt``), Markdown (``.md``, ``.markdown``) and HTML
(``.html``, ``.htm``, and the page inside a saved web archive, ``.mhtml``), and the
body of a saved email (``.eml``, see ``reader.core.mail``); any other extension is sniffed
(a mail if it opens with a mail's headers, HTML if it looks like HTML, else text).  Nothing is
fetched and nothing is executed.

Plain text is kept exactly as decoded (only a byte-order mark is removed, line
endings stay as they are) so that offsets into it point into the file.  Only a text that holds
HTML's character references ("city&#8217;s", "&pound;3.5m", copied from a page's source, a feed or a
JSON export) is read as the text it stands for, as Markdown is: its figures and quotes are what a
reader of the page saw.  Its offsets then point into that text, as a Markdown file's do.  A text that
plainly is HTML markup (a page's fragment, "<h1>...</h1>" and "<p>...</p>" lines) is read as HTML,
whatever its name.  A text copied
out of a mail with its header lines ("From:", "Subject:", "Date:") is headed by its
subject, as a saved mail is (``reader.core.mail.copied_headers``).
Markdown and HTML become their readable text (see ``reader.core.markup``).

Every way a file can fail to be an article raises ``DocumentError`` with one
sentence that names the file: the CLI prints it, the window shows it.
"""

from __future__ import annotations

import codecs
import email
import hashlib
import html
import os
import re
import stat
from pathlib import Path

from reader.core.charsets import codec_for_label, declared_codec, windows_1252
from reader.core.charsets import decode as decode_as
from reader.core.errors import DocumentError
from reader.core.invisible import shown
from reader.core.legacy_scripts import (
    LANGUAGE,
    LATIN_CODE_PAGES,
    SAMPLE_BYTES,
    DoubleByte,
    best_code_page,
    double_byte_reading,
    latin_code_page,
    plain_script_page,
    thai_reading,
    tiny_capitals_page,
    tiny_double_byte_reading,
)
from reader.core.mail import copied_headers, is_saved_email, joined_page, mail_body
from reader.core.markdown_text import markdown_to_text
from reader.core.markup import UnreadableMarkup, html_to_text, looks_like_html, without_live_badge, without_wire_slug
from reader.core.model import Document

MAX_BYTES = 50 * 1024 * 1024

_MARKDOWN = {".md", ".markdown", ".mdown", ".mkd", ".mkdn"}
_HTML = {".html", ".htm", ".xhtml", ".shtml"}
_TEXT = {".txt", ".text"}
_MAIL = {".eml"}
# File signatures of common binary formats a user might pick by mistake.  Those that read as
# the start of a headline ("MZ Wallace opens ...", "ID3 chip shortage ...") count only when the
# file does not read as clean text.
# The message names what the file is where the signature says so, and what to do instead.
_OLE = b"\xd0\xcf\x11\xe0"  # the container of old Word and Excel files, and of Outlook's .msg
_WHAT_THE_MAGIC_SAYS = {
    b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive (a Word .docx or OpenDocument file is one)",
    _OLE: "an old-style Word or Excel document", b"\x89PNG": "an image", b"\xff\xd8\xff": "an image",
    b"GIF8": "an image", b"\x00\x00\x01\x00": "an icon", b"\x1f\x8b": "a compressed file", b"\xfd7zXZ": "a compressed file",
    b"7z\xbc\xaf": "a compressed file", b"Rar!": "a compressed file", b"BZh": "a compressed file",
    b"\x7fELF": "a program", b"MZ": "a program", b"SQLite format 3": "a database", b"ID3": "a sound file",
    b"RIFF": "a sound or video file", b"OggS": "a sound or video file",
}
_WORDLIKE_MAGIC = (b"MZ", b"ID3", b"RIFF", b"OggS", b"GIF8", b"BZh")
_BINARY_MAGIC = tuple(magic for magic in _WHAT_THE_MAGIC_SAYS if magic not in _WORDLIKE_MAGIC)
_SAVE_AS_TEXT = "save or copy the article's text into a .txt file (or save the web page as .html) and open that"
_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters that do not belong in text (tab, line breaks, form feed and
# escape do, and NEL, U+0085: the line break of text converted from EBCDIC, which the sentence
# splitter breaks lines at), private-use characters and non-characters.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x84\x86-\x9f\ue000-\uf8ff\ufffe\uffff]")
# What takes no room beside the letters when the share of control characters is counted.
_SPACING = " \n\r\t\x85"
_MAX_CONTROL_SHARE = 0.05
# Characters that take no room on the page: a file of nothing else has no text.
# Searched for rather than translated away: the search stops at the first visible character, where
# translating a long article cost 40 ms.
_VISIBLE = re.compile("[^\\s\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_NON_ASCII = re.compile("[^\x00-\x7f\ufffd]")


def load_document(path: str | os.PathLike) -> Document:
    """Read, decode and clean one article file."""
    name = os.fspath(path)
    data = _read(name)
    if not data:
        raise DocumentError(f"{name}: the file is empty")
    fmt = _format(name, data)
    subject = ""
    if fmt == "mhtml":
        page, declared = _web_archive_page(name, data)
        text = _decode(name, page, "html", declared)
        fmt = "html"
    elif fmt == "email":
        body = mail_body(name, data)
        texts = [(part, _decoded_mail_part(name, payload, part, declared, damage))
                 for (part, payload, declared), damage in zip(body.parts, body.damage, strict=True)]
        fmt, text = texts[0] if len(texts) == 1 else ("html", joined_page(texts))
        subject = body.subject
    else:
        text = _decode(name, data, fmt)
    title = ""
    headings: tuple[tuple[int, int], ...] = ()
    if fmt == "html":
        try:
            text, title, headings = html_to_text(text)
        except UnreadableMarkup as error:
            raise DocumentError(f"{name}: {error}") from None
    elif fmt == "md":
        text, title, headings = markdown_to_text(text)
    else:
        text = _references_decoded(text)
    if not _VISIBLE.search(text):
        what = "only whitespace" if fmt == "txt" else "no readable text, only markup"
        raise DocumentError(f"{name}: the file has {what}")
    if subject:
        title = subject  # a mail's headline is its subject, whatever its body opens with
    elif fmt == "txt":
        title = _text_title(text)
    return Document(
        path=name,
        title=_as_title(title) or Path(name).stem,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        format=fmt,
        headings=headings,
    )


def document_from_text(text: str, *, title: str = "", path: str = "") -> Document:
    """A Document from text the user pasted (no file behind it); the text is kept as is."""
    if not text.strip():
        raise DocumentError(f"{path or title or 'The pasted text'}: there is no text to compare")
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return Document(path=path, title=title or _as_title(_text_title(text)) or "Pasted text",
                    text=text, sha256=digest, format="txt")


def _decoded_mail_part(name: str, payload: bytes, fmt: str, declared: str | None, damage: str) -> str:
    """A mail part's text; where its bytes are no text because its transfer encoding was damaged
    (``damage`` says how), the message says so rather than guess at an encoding."""
    try:
        return _decode(name, payload, fmt, declared)
    except DocumentError:
        if not damage:
            raise
    raise DocumentError(f"{name}: is a damaged email: {damage}, so the text cannot be read; save the mail "
                        "again (or its text into a .txt file) and open that")


def _read(name: str) -> bytes:
    try:
        info = os.stat(name)
        if stat.S_ISDIR(info.st_mode):
            raise DocumentError(f"{name}: is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise DocumentError(f"{name}: is not a regular file")
        if info.st_size > MAX_BYTES:
            raise DocumentError(_too_large(name, info.st_size))
        with open(name, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise DocumentError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise DocumentError(f"{name}: is a directory, not a file") from None
    except PermissionError:
        raise DocumentError(_permission_denied(name)) from None
    except NotADirectoryError:
        raise DocumentError(f"{name}: no such file (a part of the path is not a folder)") from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise DocumentError(f"{name}: cannot be read ({reason})") from None
    if len(data) > MAX_BYTES:  # it grew while we looked
        raise DocumentError(_too_large(name, len(data)))
    return data


def _permission_denied(name: str) -> str:
    """What stops the user: the file's permissions, or those of a folder on its path that they may
    not look into (one without search permission), which is then named: the file may be readable."""
    closed = next((folder for folder in reversed(Path(os.path.abspath(name)).parents)
                   if not os.access(folder, os.X_OK)), None)
    if closed is None:
        return f"{name}: permission denied (you are not allowed to read this file)"
    return f"{name}: permission denied (you are not allowed to look inside the folder {os.fspath(closed)})"


def _too_large(name: str, size: int) -> str:
    megabytes = size / (1024 * 1024)
    limit = MAX_BYTES // (1024 * 1024)
    shown = f"{megabytes:.1f}".removesuffix(".0") if megabytes < 100 else f"{megabytes:.0f}"
    if shown == str(limit):  # a byte over would read "50 MB is too large (limit 50 MB)"
        return f"{name}: {size:,} bytes is too large for an article (limit {limit} MB, {MAX_BYTES:,} bytes)"
    return f"{name}: {shown} MB is too large for an article (limit {limit} MB)"


def _format(name: str, data: bytes) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in _MAIL and is_saved_email(data, named_as_mail=True):
        return "email"  # an HTML mail with its pictures is multipart/related too, like a web archive
    if _is_web_archive(data):
        return "mhtml"  # whatever its name says: its MIME headers are no article's text
    if suffix not in _HTML and suffix not in _MARKDOWN and suffix not in _TEXT and is_saved_email(
            data, named_as_mail=False):
        return "email"
    head = data[:4096]
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            head = head[len(bom):].decode(encoding, "ignore").encode("utf-8")
            break
    if suffix in _HTML:
        # An article's text saved as .html: no tag at all.  Read as HTML, its headline and
        # paragraphs ran together ("Storm batters coast A powerful storm hit ...").  (Only bytes
        # an ASCII "<" can be found in: not UTF-16.)
        return "txt" if b"\x00" not in data[:4096] and not _TAG.search(data) else "html"
    if suffix in _MARKDOWN or suffix in _TEXT:
        # A saved web page named .txt or .md would keep every tag as words.
        if _WEB_PAGE_START.match(head):
            return "html"
        if suffix in _TEXT and _is_markup_fragment(head):
            return "html"  # a page's source copied into a text file: Markdown reads its blocks already
        return "md" if suffix in _MARKDOWN else "txt"
    return "html" if looks_like_html(head.decode("utf-8", "ignore")) else "txt"


# A line of a page's source: it opens with an element's tag ("<p>", "<h1 class=...>", "</div>").
_TAGGED_LINE = re.compile(rb"\s*</?(?:p|div|h[1-6]|span|a|br|article|section|header|footer|main|aside|figure|"
                          rb"figcaption|blockquote|ul|ol|li|table|tr|td|th|strong|em|b|i|img|hr)\b[^>]*>",
                          re.IGNORECASE)


def _is_markup_fragment(head: bytes) -> bool:
    """Is a text file a fragment of a page's source, with no doctype: it opens with an element's
    tag, and most of its lines do?  Prose that mentions a tag ("<p> starts a paragraph") does not."""
    lines = [line for line in head.splitlines() if line.strip()]
    if not lines or not _TAGGED_LINE.match(lines[0]):
        return False
    if len(head) == 4096 and len(lines) > 1:
        lines.pop()  # cut off at the end of the head
    return sum(bool(_TAGGED_LINE.match(line)) for line in lines) * 2 > len(lines)


# A character reference of HTML, with its semicolon: "&#8217;", "&#x2019;", "&pound;".  A lone "&"
# ("AT&T", "Q&A") is none, and neither is a name HTML does not know ("R&D;").
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_WRITES_MARKUP = re.compile(r"&(?:lt|gt|#0*60|#0*62|#[xX]0*3[cCeE]);")


def _references_decoded(text: str) -> str:
    """A plain text with HTML's character references in it as the text they stand for; any other
    text as it is.  "city&#8217;s" read as is would be a figure 8217, and "&pound;3.5 million" no sum.
    A text that writes markup's own brackets as references ("write &lt;script&gt;") is about markup,
    and is kept as written."""
    if _WRITES_MARKUP.search(text):
        return text
    if not any(html.unescape(found.group()) != found.group() for found in _REFERENCE.finditer(text)):
        return text
    return _REFERENCE.sub(lambda found: html.unescape(found.group()), text)


# Anything HTML reads as markup: "<p", "</", "<!--", "<?xml", and an entity ("&amp;", "&#8217;").
_TAG = re.compile(rb"<[A-Za-z/!?]|&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")
# How a saved web page opens (after any comments): nothing else opens so.
_WEB_PAGE_START = re.compile(rb"\s*(?:<!--.*?-->\s*)*+<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)


def _decode(name: str, data: bytes, fmt: str, declared: str | None = None) -> str:
    """Bytes to text: BOM first, then what a page declares (``declared``, a codec from
    ``reader.core.charsets``, is what a web archive says of its page), then UTF-8, then a legacy
    encoding (see ``decode_legacy``).  Before all, another program's document is refused by name
    (see ``_other_document``)."""
    other = _other_document(name, data)
    if other is not None:
        raise other
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _decoded_after_bom(data[len(bom):], encoding)
            if text is None:
                raise DocumentError(f"{name}: cannot be decoded as text (it starts like "
                                    f"{encoding.upper()} but is not)")
            _check_text(name, text)
            return text
    if data.startswith(_BINARY_MAGIC):  # before the zero bytes: an old Word file holds UTF-16 text
        raise _binary(name, data)
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is None:  # not named: a damaged text may still open like a headline ("MZ Wallace …")
            raise _binary(name)
        _check_text(name, utf16)
        return utf16
    utf8 = _strict_utf8(data)
    if fmt == "html" or declared:  # a mail's plain text part declares its charset too
        text = _as_declared(data, declared or declared_codec(data), utf8)
        if text is not None:
            _check_text(name, text)
            return text
    text, unsure = (utf8, None) if utf8 is not None else _mostly_utf8_or_legacy(data)
    if data.startswith(_WORDLIKE_MAGIC) and _CONTROL.search(text):
        raise _binary(name, data)  # "MZ Wallace opens …" is a headline; "MZ" before control bytes a program
    if unsure is not None and unsure.also:  # a few characters of several encodings: its mojibake says nothing
        raise DocumentError(_unsure_double_byte(name, unsure))
    _check_text(name, text)  # bytes that read as control characters are no text, whatever else they are
    if unsure is not None:
        raise DocumentError(_unsure_double_byte(name, unsure))
    return text


def _other_document(name: str, data: bytes) -> DocumentError | None:
    """The error for a document of another program that is text inside (RTF, Word or OpenDocument
    saved as XML) or that opens like text (a PDF), or None.  Read as an article, its formatting codes
    or its markup would be its words.  A tool that handled one as text may have put a byte-order mark
    or a line break before what opens it (an RTF file saved again by Notepad, as UTF-16 too)."""
    opening = _opening(data)
    if opening.startswith("{\\rtf"):
        return DocumentError(f"{name}: is a Rich Text (RTF) document, whose formatting codes would read as words; "
                             "save it as plain text (.txt) and open that")
    if _PDF_OPENING.match(data, 0, _OPENING_BYTES):  # a PDF is bytes: a UTF-16 "%PDF" is a text that says so
        return _binary(name, b"%PDF")  # named as its signature names it
    what = _office_xml(opening, Path(name).suffix.lower())
    if what is not None:
        return DocumentError(f"{name}: is {what}, whose markup would read as words; save it as plain text (.txt) "
                             "and open that")
    return None


def _opening(data: bytes) -> str:
    """How the file opens, as text: after its byte-order mark and any whitespace.  Bytes with no
    byte-order mark are read one character each: the openings looked for are ASCII."""
    head = data[:_OPENING_BYTES]
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return head[len(bom):].decode(encoding, "ignore").lstrip()
    return head.decode("latin-1").lstrip()


def _office_xml(opening: str, suffix: str) -> str | None:
    """What an office document saved as one XML file is ("a Word document saved as XML"), if
    ``opening`` opens one: its <?mso-application?> instruction names the program, or its root
    element is Word 2003's or OpenDocument's (whose kind its mimetype says, or else its name's
    ``suffix``: ".fodt" is a text)."""
    prolog = _XML_PROLOG.match(opening)
    if prolog is None:
        return None
    program = _MSO_APPLICATION.search(prolog.group())
    if program is not None:
        return _OFFICE_PROGRAMS.get(program.group(1).lower(), "an Office document saved as XML")
    root = prolog.group("root")
    if root == "w:wordDocument":
        return _OFFICE_PROGRAMS["word.document"]
    if root == "office:document":
        mimetype = _OPENDOCUMENT_MIMETYPE.search(opening, prolog.end())
        kind = mimetype.group(1) if mimetype else _FLAT_OPENDOCUMENT_SUFFIXES.get(suffix, "")
        return _FLAT_OPENDOCUMENT.get(kind, "an OpenDocument file saved as flat XML")
    return None


_OPENING_BYTES = 4096
# A PDF after a UTF-8 byte-order mark or blank lines (PDF readers look for "%PDF-" in the first kilobyte).
_PDF_OPENING = re.compile(rb"(?:\xef\xbb\xbf)?[ \t\r\n\f]*%PDF-")
# An XML file's declaration, processing instructions, comments and doctype, then its root element's name.
_XML_PROLOG = re.compile(r"(?:<\?[^>]*>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*+<(?P<root>[A-Za-z_][\w.:-]*)", re.DOTALL)
_MSO_APPLICATION = re.compile(r"<\?mso-application\s[^>]*?progid\s*=\s*[\"']([\w.]+)", re.IGNORECASE)
_OFFICE_PROGRAMS = {
    "word.document": "a Word document saved as XML",
    "excel.sheet": "an Excel workbook saved as XML",
    "powerpoint.show": "a PowerPoint presentation saved as XML",
}
_OPENDOCUMENT_MIMETYPE = re.compile(r"\boffice:mimetype\s*=\s*[\"']application/vnd\.oasis\.opendocument\.(\w+)")
_FLAT_OPENDOCUMENT = {
    "text": "an OpenDocument text saved as flat XML (.fodt)",
    "spreadsheet": "an OpenDocument spreadsheet saved as flat XML (.fods)",
    "presentation": "an OpenDocument presentation saved as flat XML (.fodp)",
}
_FLAT_OPENDOCUMENT_SUFFIXES = {".fodt": "text", ".fods": "spreadsheet", ".fodp": "presentation"}


def _decoded_after_bom(data: bytes, encoding: str) -> str | None:
    """The text after a byte-order mark, or None if it is not in that encoding.  One line break
    appended to a UTF-16 file by a tool that writes bytes ("echo >> article.txt") is no reason to
    refuse the article: it is read without it."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        if not (encoding.startswith("utf-16") and len(data) % 2 and data.endswith((b"\n", b"\r", b" "))):
            return None
    try:
        return data[:-1].decode(encoding)
    except UnicodeDecodeError:
        return None


def _as_declared(data: bytes, codec: str | None, utf8: str | None) -> str | None:
    """The page read in the encoding it declares, if it declares one and the bytes fit it
    (``utf8`` is the page read as UTF-8, None if it is not UTF-8).

    Except a legacy encoding declared over valid UTF-8 with letters beyond ASCII: that page was
    saved as UTF-8 and kept an old <meta> ("iso-8859-1" over "’" would read "â€™"); by chance a
    Windows-1252 or GBK text is almost never valid UTF-8."""
    if codec == "utf-8":
        return utf8
    if codec is None or utf8 is not None and not data.isascii():
        return None
    try:
        return decode_as(data, codec)
    except UnicodeDecodeError:
        return None


def _is_web_archive(data: bytes) -> bool:
    """A saved web archive (MHTML: Chrome's "Webpage, Single File", Internet Explorer's .mht): the
    file opens with mail headers ("From: <Saved by Blink>", "MIME-Version: 1.0") that say
    "Content-Type: multipart/related", and holds the page quoted-printable ("c=⏎onfirmed",
    "=E2=80=99") or in base64."""
    head = data[:4096]
    if not _HEADER_LINE.match(head):
        return False
    headers = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0]
    return _MULTIPART_RELATED.search(headers) is not None


# A mail header's name and colon, and a space or the line break of a header folded onto the next
# line ("Content-Type:⏎\tmultipart/related; ...").
_HEADER_LINE = re.compile(rb"[A-Za-z][\w-]*:[ \t\r\n]")
_MULTIPART_RELATED = re.compile(rb"^content-type:(?:[ \t]|\r?\n[ \t])*multipart/related\b", re.IGNORECASE | re.MULTILINE)
# The types a saved page's own part has: an XHTML page is saved as it was served.
_PAGE_TYPES = ("text/html", "application/xhtml+xml")


def _web_archive_page(name: str, data: bytes) -> tuple[bytes, str | None]:
    """The web page a web archive holds (its first HTML or XHTML part, with its transfer encoding
    undone), and the codec its headers declare, if any.  The page's own <meta> is read after."""
    message = email.message_from_bytes(data)
    for part in message.walk():
        if part.get_content_type() in _PAGE_TYPES:
            page = part.get_payload(decode=True) or b""
            return page, codec_for_label(part.get_content_charset() or "")
    raise DocumentError(f"{name}: is a saved web archive (MHTML) with no web page in it; {_SAVE_AS_TEXT}")


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a bad paste, a cut-off character) stays UTF-8, each
    broken byte a U+FFFD, rather than turning every curly quote into "â€™".

    Only when the file plainly is UTF-8: most of its non-ASCII characters are well-formed
    UTF-8 sequences.  In a Windows-1252 file hardly any are: a byte above 0x7f followed by
    the one to three continuation bytes UTF-8 needs is a rare run of accented capitals and
    symbols ("Ã©").
    """
    text = data.decode("utf-8", "replace")
    broken = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    well_formed = len(_NON_ASCII.findall(text))
    return text if well_formed >= 3 * broken else None


def _strict_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _mostly_utf8_or_legacy(data: bytes) -> tuple[str, DoubleByte | None]:
    """The text of a file that is not valid UTF-8, as ``_decode_legacy`` gives it."""
    text = _utf8_and_legacy_lines(data)
    if text is None:
        text = _mostly_utf8(data)
    return (text, None) if text is not None else _decode_legacy(data)


# A line ends at LF, CRLF or a lone CR (an old Mac file); no byte of a multi-byte UTF-8 or
# Windows-1252 character is either.
_LINE_BYTES = re.compile(rb"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
_LINE_BREAK_AFTER = re.compile(r"(?<=\n)(?=.)|(?<=\r)(?=[^\n])", re.DOTALL)


def _utf8_and_legacy_lines(data: bytes) -> str | None:
    """A file joined from a UTF-8 text and a legacy one (two saved articles put together, a paste
    saved by an older program): each line read in its own encoding, the legacy lines together
    as ``decode_legacy`` reads them, so that neither half turns into "â€™" or loses its "é".

    Only when the file plainly is both: some line holds well-formed UTF-8 beyond ASCII, and some
    line that is not UTF-8 is plainly legacy, none plainly damaged UTF-8 (see ``_damaged_utf8``).
    A Windows-1252 file almost never has a UTF-8 line by chance (see ``_mostly_utf8``).  None
    otherwise."""
    lines = _LINE_BYTES.findall(data)
    read = [_strict_utf8(line) for line in lines]
    legacy = [line for line, text in zip(lines, read) if text is None]
    if not legacy or not any(text and _NON_ASCII.search(text) for text in read):
        return None
    if any(_damaged_utf8(line) for line in legacy):
        return None
    if all(_cut_off_at_its_end(line) for line in legacy):
        return None  # nothing but a UTF-8 text whose last character was cut off, as far as anyone can tell
    legacy_lines = _LINE_BREAK_AFTER.split(decode_legacy(b"".join(legacy)))
    if len(legacy_lines) != len(legacy):
        return None  # a legacy line break read as part of a character: no line-by-line reading
    legacy_lines.reverse()
    return "".join(legacy_lines.pop() if text is None else text for text in read)


def _damaged_utf8(line: bytes) -> bool:
    """A line that is not valid UTF-8 but holds a whole multi-byte UTF-8 character that text uses:
    a UTF-8 line with a broken byte, not a legacy one.  Windows-1252 puts an accented letter before
    a curly quote ("café’s": E9 92, a lead byte without its continuation), and a capital one
    before it makes a whole two-byte character ("PELÉ’S": C9 92, "ɒ"), but a lone one of an
    alphabet the line does not use: what counts is a character of three or four bytes (curly
    quotes, dashes, CJK), an accented Latin letter, or two two-byte characters (a word of Greek or
    Cyrillic)."""
    whole = _NON_ASCII.findall(line.decode("utf-8", "replace"))
    return len(whole) >= 2 or any(len(char.encode()) > 2 or "\u00a0" <= char <= "\u017f" for char in whole)


def _cut_off_at_its_end(line: bytes) -> bool:
    """Whether the line is valid UTF-8 but for a character cut off after its first continuation
    byte at the line's end ("Ross’" saved without the last byte of its "’").  Windows-1252 can
    end a line so too ("the café”"), so only the file's other lines tell the two apart.  A lone
    lead byte does not count: that is a Windows-1252 line ending in an accented letter ("Pelé")."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(line.rstrip(b"\r\n"), final=False)
    except UnicodeDecodeError:
        return False
    unfinished, _ = decoder.getstate()
    return len(unfinished) >= 2


def decode_legacy(data: bytes) -> str:
    """Windows-1252, the usual legacy encoding of English text; its five unassigned
    bytes decode as Latin-1 controls, which ``_check_text`` counts against the file.

    Unless the file is plainly Chinese, Japanese or Korean in one of their double-byte
    encodings (GBK, Big5, Shift-JIS, EUC-JP, EUC-KR: legacy_scripts.py tells them apart, says
    so only when one reading is unambiguous, reads a damaged file's few stray bytes as U+FFFD,
    and keeps a short Western text such as "ÞJÓÐ" Western), or plainly in a non-Latin single-byte
    script: most of its bytes above 0x7f stand in runs of three or more, whole words of
    Cyrillic, Greek, Hebrew or Arabic letters, where Western text has an accented letter here
    and there ("café", "Müller", "ÉTÉ").  The legacy code pages of those scripts all put
    their letters there; legacy_scripts.py picks the one whose reading looks most like its
    language.  A double-byte file has runs too, but half its bytes in 0x80-0xbf, where the
    single-byte code pages keep only a few letters (Ukrainian "і", Serbian "ј").

    A few words of a Cyrillic script with more letters in 0x80-0xbf (Ukrainian "Київ під", with
    "ї" and "і" there) are read in its code page too when no double-byte reading is clear and
    theirs is plainly text of the script (legacy_scripts.plain_script_page).

    Latin text may be in another code page too: Windows-1250 or ISO-8859-2 (Polish, Czech,
    Hungarian, ...), Windows-1254 (Turkish) or Mac Roman.  legacy_scripts.py reads it in each and
    keeps Windows-1252 unless another reading is clearly likelier in one of its languages.  A file
    of one to three Chinese, Japanese or Korean characters ("中", "東京") is read in the one encoding
    that puts them among its common characters, or refused naming the encodings that all do; but a
    word of four or five Cyrillic or Greek capitals ("НАТО") is read as such unless its bytes are
    frequent Chinese characters in GBK (legacy_scripts.tiny_capitals_page).  Thai, whose code page
    TIS-620 (Windows-874) has its letters in both halves of the upper bytes, is read so where no
    double-byte reading looks like a language and its reading keeps Thai spelling
    (legacy_scripts.thai_reading)."""
    return _decode_legacy(data)[0]


def _decode_legacy(data: bytes) -> tuple[str, DoubleByte | None]:
    """``decode_legacy``'s text, and the file's double-byte reading when it is laid out as a
    double-byte encoding but no reading is unambiguous and whole (the text is then Windows-1252
    mojibake, which an article must not be compared as)."""
    capitals = tiny_capitals_page(data)  # "НАТО", which GBK reads as two rare characters
    if capitals is not None:
        return data.decode(capitals, "replace"), None
    tiny = tiny_double_byte_reading(data)  # "中", "東京": too short for the tests below
    if tiny is not None:
        return (tiny.text, None) if tiny.encoding is not None else (windows_1252(data), tiny)
    sample = data[:SAMPLE_BYTES]
    letters = _count_bytes(sample, 0xC0, 0x100)
    middle = _count_bytes(sample, 0x80, 0xC0)
    in_words = letters > 0 and sum(map(len, _HIGH_RUN.findall(sample))) >= 0.5 * (letters + middle)
    if in_words and middle < 0.3 * letters:
        page = best_code_page(data)  # a short Latin text can be laid out so: "Güneş ışığı"
        if page not in LATIN_CODE_PAGES:
            return data.decode(page, "replace"), None
    latin = latin_code_page(data)  # Central European, Turkish or Mac Roman rather than Windows-1252
    if latin is not None:
        return data.decode(latin, "replace"), None
    # Only now: two or three Russian words in KOI8-R can read as Chinese too ("сообщили" as "酉下萆躺"),
    # but no double-byte text, not even a headline, has so few bytes in 0x80-0xbf.
    double_byte = double_byte_reading(data)
    if double_byte is not None and double_byte.encoding is not None:
        return double_byte.text, None
    if in_words:  # a few Ukrainian words have as many ("Київ під"): read so if they plainly are
        page = plain_script_page(data)
        if page is not None:
            return data.decode(page, "replace"), None
    # Thai only where no double-byte reading looks like its language: a few Korean words in EUC-KR
    # can keep Thai spelling too.
    thai = thai_reading(data) if double_byte is None or not double_byte.likely else None
    if thai is not None:
        return thai, None
    return windows_1252(data), double_byte


def _unsure_double_byte(name: str, reading: DoubleByte) -> str:
    if reading.also:
        *some, last = (reading.likely, *reading.also)
        return (f"{name}: is too short to tell which legacy encoding its Chinese, Japanese or Korean text is in "
                f"(it may be {', '.join(some)} or {last}); save it as UTF-8 and open that")
    if not reading.likely:  # no reading looks like a language: nothing is known of its encoding
        return (f"{name}: is not UTF-8, and which encoding it is in cannot be told (it reads as none of the "
                "legacy encodings Parallax knows); save it as UTF-8 and open that")
    if reading.broken:
        return (f"{name}: looks like {LANGUAGE[reading.likely]} text in {reading.likely}, but {reading.broken:,} "
                f"bytes in it are not {reading.likely} (the file may be damaged); save it as UTF-8 and open that")
    return (f"{name}: looks like Chinese, Japanese or Korean text in a legacy encoding (probably "
            f"{reading.likely}) that cannot be told apart safely; save it as UTF-8 and open that")


_HIGH_RUN = re.compile(rb"[\x80-\xff]{3,}")


def _count_bytes(data: bytes, low: int, high: int) -> int:
    """How many bytes of ``data`` are in ``range(low, high)``, at C speed (a 40 MB file in a blink)."""
    return len(data) - len(data.translate(None, bytes(range(low, high))))


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-Latin text has a zero in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    for encoding, zeros in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if zeros.count(0) >= 0.9 * len(zeros):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _binary(name: str, data: bytes = b"") -> DocumentError:
    """The error for a file that is no text, naming what it is when ``data`` (its bytes, if given)
    opens with a file signature."""
    what = next((what for magic, what in _WHAT_THE_MAGIC_SAYS.items() if data.startswith(magic)), None)
    if what is None:
        return DocumentError(f"{name}: looks like a binary file, not an article")
    if data.startswith(_OLE) and Path(name).suffix.lower() == ".msg":  # Outlook keeps mail in Word's old container
        return DocumentError(f"{name}: is an Outlook message (.msg), which Parallax cannot read; save the mail "
                             "as .eml (or its text as .txt) and open that")
    return DocumentError(f"{name}: is {what}, not an article's text; {_SAVE_AS_TEXT}")


def _check_text(name: str, text: str) -> None:
    """Reject "text" that is mostly control characters: a binary file in disguise."""
    if "\x00" in text:
        raise _binary(name)
    visible = len(text) - sum(text.count(space) for space in _SPACING)
    controls = len(_CONTROL.findall(text))
    if visible and controls / visible > _MAX_CONTROL_SHARE:
        raise DocumentError(f"{name}: cannot be decoded as text (it reads as mostly control characters: a binary "
                            "file, or an encoding other than UTF-8, UTF-16 and the common single-byte ones; save it as UTF-8)")


def _text_title(text: str) -> str:
    """A plain text's headline: the subject of the mail it was copied out of, with the mail's
    header lines (a newsletter saved as text), else its first title line."""
    headers = copied_headers(text)
    return headers.subject if headers is not None and headers.subject else _first_title_line(text)


def _first_title_line(text: str) -> str:
    """The first line that is not page furniture ("Share", "Connect with us"), else the first line."""
    from reader.core.sentences import LINE_BREAKS, split_sentences  # the splitter is the expert on furniture

    # The first 30-odd sentences are looked at; 8,000 characters hold them, and splitting a
    # longer head cost 37 ms an article (the titles of all 104 text files we have are the same
    # from 4,000 characters up).
    head = text[:8_000]
    first = next((line.strip() for line in head.splitlines() if line.strip()), "")
    on_top = []
    for sentence in split_sentences(head):
        if sentence.index > 30:
            break
        if sentence.kind != "boilerplate":
            on_top.append(sentence)
    # The sentence read as the headline, if one is: a live page's title stands above it.
    sentence = next((s for s in on_top if s.reason == "headline"), on_top[0] if on_top else None)
    if sentence is None:
        return _shorten(first)
    line_start = max(head.rfind(stop, 0, sentence.start) for stop in LINE_BREAKS) + 1
    line_end = min((found for stop in LINE_BREAKS if (found := head.find(stop, sentence.start)) != -1),
                   default=len(head))
    # A headline wrapped over two lines is one sentence: keep all of it.
    return _shorten(without_live_badge(head[line_start:max(line_end, sentence.end)].strip()))


def _as_title(line: str) -> str:
    """A headline line as the document's title: without a wire slug, shortened, and without the
    characters a reader does not see inside it (a zero-width space after each space, a soft hyphen),
    which a report printed on a terminal would show as boxes.  The text itself keeps them."""
    return _shorten(without_wire_slug(shown(line)))


def _shorten(title: str, limit: int = 160) -> str:
    title = " ".join(title.split())
    return title if len(title) <= limit else title[:limit - 1].rstrip() + "…"
