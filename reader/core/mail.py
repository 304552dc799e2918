"""A saved email (``.eml``): the story is its body, the headline its subject.

Press releases, agency copy and newsletters reach an editor by email, and mail programs save a
message as its raw MIME source: headers ("Received:", "DKIM-Signature:"), then a body that may be
quoted-printable ("c=⏎onfirmed") or base64, often twice over (plain text and HTML).  Read as
plain text, the headers became headings and the body stayed encoded.

Which parts are read: of alternatives, the HTML one when it has words, for the HTML reader keeps
its headings and paragraphs and drops a newsletter's links and footers; else the plain text one.
Of a mixed mail, every text part in order (a cover note and an inline forwarded statement).
Attachments are never read, nor anything inside them (a PDF of the release, a message attached as
a file, are not the mail's text).
"""

from __future__ import annotations

import email
import email.errors
import email.policy
import html
import re
from dataclasses import dataclass

from reader.core.charsets import codec_for_label
from reader.core.errors import DocumentError

# "Re:", "Fwd:", "FW:" and their German and Scandinavian forms, as often as they were stacked.
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|fwd?|aw|wg|sv|vs|tr)\s*(?:\[\d+\])?\s*:)+\s*", re.IGNORECASE)
# A header line: its name and colon, or the continuation of a folded header.
_HEADER = re.compile(rb"[A-Za-z][\w-]*:|[ \t]")
# The envelope line mbox-style mail programs write above the headers ("From - Mon Jan 16 ...").
_ENVELOPE = re.compile(rb"From [^\r\n]*\r?\n")
# Headers only a mail carries; "From:" and "Subject:" alone open many a pasted or printed text too.
# What an HTML part holds that no reader sees: its head, title, styles and scripts, its tags, and
# spacing entities ("&nbsp;", "&#160;", "&zwnj;").
# Found one by one and cut out up to their closing tag with a plain search: a lazy regex across the
# whole part scanned to its end for every unclosed "<title" (300 KB of them took 46 s).
_HIDDEN_BLOCK = re.compile(rb"(?i)<(head|title|style|script)\b")
_INVISIBLE_HTML = re.compile(rb"<[^<>]*>|&(?:nbsp|zwnj|zwj|shy|#160|#xa0|#8203|#8204);")
_WORD = re.compile(rb"[^\s\x00-\x20<>]")
_MAIL_ONLY = {b"mime-version", b"received", b"message-id", b"return-path", b"dkim-signature",
              b"x-mailer", b"delivered-to", b"content-transfer-encoding"}


# How far into a file its headers may run: relayed mail carries long Received, ARC and DKIM chains.
_HEADER_BYTES = 256 * 1024


@dataclass(frozen=True)
class MailBody:
    """The parts of a mail that are read, in order, each as ("html" or "txt", its bytes with the
    transfer encoding undone, the codec its headers declare), and the mail's subject.  Decoding them
    is the document reader's work, as for any file."""

    parts: tuple[tuple[str, bytes, str | None], ...]
    subject: str
    # For each part, what was wrong with its transfer encoding ("" when nothing was): why a part
    # whose bytes are no text is not, for a message.
    damage: tuple[str, ...] = ()


def is_saved_email(data: bytes, *, named_as_mail: bool) -> bool:
    """Whether ``data`` is a mail's source: a block of header lines that opens the file and ends
    at a blank line.  A file named ``.eml`` needs only that; any other name needs "From:" and a
    header only mail has ("MIME-Version:", "Received:", ...), so that a text which opens with
    "From: our correspondent" stays a text."""
    head = data[:_HEADER_BYTES]
    envelope = _ENVELOPE.match(head)
    if envelope:
        head = head[envelope.end():]
    block = re.split(rb"\r?\n\r?\n", head, maxsplit=1)
    if len(block) < 2 or not block[0]:
        return False
    lines = block[0].splitlines()
    if not all(_HEADER.match(line) for line in lines) or lines[0][:1] in b" \t":
        return False
    names = {line.split(b":", 1)[0].lower() for line in lines if line[:1] not in b" \t"}
    if named_as_mail:
        return bool(names & ({b"from", b"subject", b"to", b"date"} | _MAIL_ONLY))
    return b"from" in names and bool(names & _MAIL_ONLY)


def mail_body(name: str, data: bytes) -> MailBody:
    """The text of the mail in ``data`` to read, or a ``DocumentError`` saying why there is none."""
    envelope = _ENVELOPE.match(data)
    try:
        message = email.message_from_bytes(data[envelope.end():] if envelope else data, policy=email.policy.default)
        subject = _headline(message)
        # A file shown inline is read only when the mail has no text of its own (some mail programs
        # name even the body part).
        found = _text_parts(message) or _text_parts(message, with_files=True)
    except RecursionError:
        raise DocumentError(f"{name}: is an email of messages forwarded inside each other too deeply to read; "
                            "save the mail's text into a .txt file and open that") from None
    if not found:
        attached = [part.get_filename() for part in message.walk() if part.get_filename()]
        what = f"only attachments ({', '.join(attached[:3])})" if attached else "no text"
        raise DocumentError(f"{name}: is an email with {what}; open the article itself, or save the "
                            "mail's text into a .txt file and open that")
    return MailBody(tuple(part for part, _ in found), subject, tuple(damage for _, damage in found))


def _headline(message) -> str:
    """The mail's subject as a headline: without "Re:" / "Fwd:" and without the sender's name after it."""
    subject = _REPLY_PREFIX.sub("", _one_line(str(message.get("subject", "") or "")))
    return _without_sender_name(subject, _sender_names(message))


@dataclass(frozen=True)
class CopiedHeaders:
    """The header lines a text copied out of a mail opens with: where they end in the text, and
    the mail's subject read as its headline."""

    end: int
    subject: str


# A header line of a copied mail: its name and colon, then its value (or nothing: "Cc:").
_TEXT_HEADER = re.compile(r"[A-Za-z][\w-]*:(?:[ \t]|$)")
# Who and when: with a subject, these make a block of "Name: value" lines a mail's headers.  A text
# that opens with "From: our correspondent" or "Date: 3 May" alone is an article.
_ADDRESSING = frozenset({"from", "to", "cc", "date", "sent"})
_BLANK_LINE = re.compile(r"\r?\n[ \t]*\r?\n")


def copied_headers(text: str) -> CopiedHeaders | None:
    """The mail's header lines ``text`` opens with, if it is a newsletter or a release copied or saved
    as text with them ("From: The Morning Ledger <...>", "Subject: ...", "Date: ..."): a block of
    header lines at the top, ended by a blank line, with a subject and a sender, recipient or date.
    Unlike a saved mail's source (``is_saved_email``) its body is plain text, read as it is."""
    start = len(text) - len(text.lstrip())
    if not _TEXT_HEADER.match(text, start):
        return None  # most texts: their first word has no colon after it
    blank = _BLANK_LINE.search(text, start, start + _HEADER_BYTES)
    if blank is None:
        return None
    lines = text[start:blank.start()].splitlines()
    if not all(_TEXT_HEADER.match(line) or line[:1] in " \t" for line in lines):
        return None
    names = {line.split(":", 1)[0].lower() for line in lines if line[:1] not in " \t"}
    if "subject" not in names or not names & _ADDRESSING:
        return None
    try:
        subject = _headline(email.message_from_string(text[start:blank.start()], policy=email.policy.default))
    except Exception:  # noqa: BLE001 - a mangled header still leaves its line's words
        subject = next(_one_line(line.split(":", 1)[1]) for line in lines if line.lower().startswith("subject:"))
    return CopiedHeaders(blank.start(), subject)


# How deep messages may sit inside each other: forwards of forwards, multiparts of multiparts.
_MAX_NESTING = 150


def _text_parts(part, depth: int = 0, with_files: bool = False) -> list[tuple[tuple[str, bytes, str | None], str]]:
    """The mail's own text, in order: ("html" or "txt", bytes, declared codec) for each part read,
    with what was wrong with its transfer encoding (see ``_payload``).

    Of alternatives (multipart/alternative) one is read: HTML with words in it, else the plain text;
    of the parts of a mixed mail every text part is (a cover note, then an inline forwarded
    statement; text on both sides of a picture).  Nothing inside an attachment is read, even a
    message attached as a file."""
    if depth > _MAX_NESTING:
        raise RecursionError
    if part.get_content_disposition() == "attachment" or part.get_filename() and depth > 0 and not with_files:
        return []  # a file, attached or shown inline ("server-log.txt" under a cover note)
    if part.is_multipart():
        children = [child for child in part.iter_parts()]
        if part.get_content_type() == "multipart/alternative":
            options = [found for found in (_text_parts(child, depth + 1, with_files) for child in children) if found]
            options.sort(key=lambda found: (not any(_has_words(*item) for item, _ in found),
                                            not any(fmt == "html" for (fmt, _, _), _ in found)))
            return options[0] if options else []
        return [item for child in children for item in _text_parts(child, depth + 1, with_files)]
    kind = {"text/html": "html", "text/plain": "txt"}.get(part.get_content_type())
    if part.get_content_maintype() == "multipart":
        kind = "txt"  # its boundary never comes: the parts are unreadable, their text is still there
    if kind is None:
        return []
    payload, damage = _payload(part)
    if not _has_words(kind, payload, None):
        return []
    return [((kind, payload, codec_for_label(part.get_content_charset() or "")), damage)]


def _payload(part) -> tuple[bytes, str]:
    """A part's bytes with its transfer encoding (base64, quoted-printable) undone, and what was
    wrong with that encoding, if anything ("" if nothing).  Base64 with characters it does not
    use (a line of text in it) is decoded without them, which shifts every byte after them: the
    bytes are then no text, and the message must say why."""
    known = len(part.defects)
    try:
        payload = part.get_payload(decode=True) or b""
    except Exception:  # noqa: BLE001 - a mangled transfer encoding: the raw part is still the text
        return str(part.get_payload(decode=False)).encode("utf-8", "replace"), ""
    damage = next((_TRANSFER_DAMAGE[type(defect)] for defect in part.defects[known:]
                   if type(defect) in _TRANSFER_DAMAGE), "")
    return payload, damage


_TRANSFER_DAMAGE = {
    email.errors.InvalidBase64CharactersDefect: "the base64 encoding of its text holds characters base64 does not use",
    email.errors.InvalidBase64PaddingDefect: "the base64 encoding of its text is broken (cut off, or missing a part)",
    email.errors.InvalidBase64LengthDefect: "the base64 encoding of its text is broken (cut off, or missing a part)",
}


def _has_words(kind: str, payload: bytes, _codec: str | None) -> bool:
    """Whether a part holds any word a reader sees (a newsletter of pictures has none in its HTML:
    its title, styles and spacing entities are no text)."""
    if kind == "html":
        payload = _INVISIBLE_HTML.sub(b" ", _without_hidden_blocks(payload))
    return _WORD.search(payload) is not None


def _without_hidden_blocks(html_bytes: bytes) -> bytes:
    """The HTML without its head, title, style and script blocks (an unclosed one runs to the end)."""
    lowered = html_bytes.lower()
    kept, at = [], 0
    while (opener := _HIDDEN_BLOCK.search(html_bytes, at)) is not None:
        kept.append(html_bytes[at:opener.start()])
        name = opener.group(1).lower()
        close = lowered.find(b"</" + name, opener.end())
        if close < 0 and name == b"head":
            close = lowered.find(b"<body", opener.end())  # "</head>" may be left out: the body ends it
            if close < 0:
                at = opener.end()
                continue
            at = close
            continue
        if close < 0:
            return b"".join(kept)
        end = lowered.find(b">", close)
        at = len(html_bytes) if end < 0 else end + 1
    kept.append(html_bytes[at:])
    return b"".join(kept)


def joined_page(texts: list[tuple[str, str]]) -> str:
    """Several decoded text parts, ("html" or "txt", text), as one HTML page in order: HTML parts as
    they are, plain text parts as paragraphs (the HTML reader keeps headings and paragraphs of both)."""
    pieces = []
    for fmt, text in texts:
        if fmt == "html":
            pieces.append(text)
        else:
            pieces.extend(f"<p>{html.escape(paragraph)}</p>" for paragraph in re.split(r"\n\s*\n", text)
                          if paragraph.strip())
    return "\n".join(pieces)


# Where a newsletter's name follows the headline in a subject: " | ", " - ", " – ", " — " (as in a
# web page's title; a colon is part of headlines).
_NAME_SEPARATOR = re.compile(r"\s+[|\-–—]\s+")
_NAME_WORD = re.compile(r"\w+")
# Labels of a sender's domain that name the mail service, not the sender ("news@mail.paper.example").
_SERVICE_LABELS = frozenset({"www", "mail", "email", "smtp", "mx", "bounce", "bounces", "co", "com", "org", "net"})
_ADDRESS_HEADERS = ("from", "sender", "reply-to")


def _without_sender_name(subject: str, names: list[list[str]]) -> str:
    """``subject`` without the sender's name after its headline: "Rates cut again | Morning Brief"
    from "Ledgerline Morning Brief" is "Rates cut again".  Only a last piece that is one of the
    sender's ``names`` goes, so a dash inside a headline ("Biden – Trump debate") stays, and only
    while a headline that is no name of the sender remains before it."""
    while True:
        separators = list(_NAME_SEPARATOR.finditer(subject))
        if not separators:
            return subject
        head, tail = subject[:separators[-1].start()], subject[separators[-1].end():]
        if not _is_sender_name(tail, names) or not _NAME_WORD.search(head) or _is_sender_name(head, names):
            return subject
        subject = head


def _is_sender_name(text: str, names: list[list[str]]) -> bool:
    """Whether ``text`` is, whatever its case and punctuation, one of the sender's ``names`` or its last
    two or more words ("Morning Brief" of "Ledgerline Morning Brief", the newsletter's own name after
    the publisher's), or a name written apart ("Ledger Line" of ledgerline.example)."""
    words = _NAME_WORD.findall(text.casefold())
    if not words:
        return False
    # One word of a longer name is not enough: "storm" of "Storm Centre" may be the headline's own word;
    # nor are words from inside it: "New York" of "The New York Times" is the headline's place.
    return any("".join(words) == "".join(name) or len(words) > 1 and name[-len(words):] == words for name in names)


def _sender_names(message) -> list[list[str]]:
    """The names the mail gives its sender, each as its words: the display names of its From, Sender
    and Reply-To addresses, its mailing list's name and id (List-Id), and the labels of their domains."""
    names: list[str] = []
    domains: list[str] = []
    for header in _ADDRESS_HEADERS:
        try:
            addresses = getattr(message.get(header), "addresses", ())
        except Exception:  # noqa: BLE001 - a mangled address header names no one
            continue
        for address in addresses:
            names.append(address.display_name)
            domains.append(address.domain)
    list_id = _one_line(str(message.get("list-id", "") or ""))
    phrase, _, identifier = list_id.partition("<")
    names.append(phrase.strip().strip('"'))
    domains.append(identifier.rstrip(">"))
    labels = [label for domain in domains for label in domain.lower().split(".")[:-1]
              if label not in _SERVICE_LABELS]
    return [words for words in (_NAME_WORD.findall(name.casefold()) for name in names + labels) if words]


def _one_line(text: str) -> str:
    return " ".join(text.split())
