"""A saved email (``.eml``): the story is its body, the headline its subject.

Press releases, agency copy and newsletters reach an editor by email, and mail programs save a
message as its raw MIME source: headers ("Received:", "DKIM-Signature:"), then a body that may be
quoted-printable ("c=⏎onfirmed") or base64, often twice over (plain text and HTML).  Read as
plain text, the headers became headings and the body stayed encoded.

Which part is read: the HTML one when there is one, for the HTML reader keeps its headings and
paragraphs and drops a newsletter's links and footers; else the plain text one.  Attachments are
never read (a PDF of the release is not the mail's text).
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass

from reader.core.charsets import codec_for_label
from reader.core.errors import DocumentError

# "Re:", "Fwd:", "FW:" and their German and Scandinavian forms, as often as they were stacked.
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|fwd?|aw|wg|sv|vs|tr)\s*(?:\[\d+\])?\s*:)+\s*", re.IGNORECASE)
# A header line: its name and colon, or the continuation of a folded header.
_HEADER = re.compile(rb"[A-Za-z][\w-]*:(?:[ \t]|$)|[ \t]")
# The envelope line mbox-style mail programs write above the headers ("From - Mon Jan 16 ...").
_ENVELOPE = re.compile(rb"From [^\r\n]*\r?\n")
# Headers only a mail carries; "From:" and "Subject:" alone open many a pasted or printed text too.
_MARKUP = re.compile(rb"<[^>]*>|&nbsp;")
_WORD = re.compile(rb"[^\s\x00-\x20<>]")
_MAIL_ONLY = {b"mime-version", b"received", b"message-id", b"return-path", b"dkim-signature",
              b"x-mailer", b"delivered-to", b"content-transfer-encoding"}


@dataclass(frozen=True)
class MailBody:
    """The part of a mail that is read: its bytes (transfer encoding undone), ``html`` or
    ``txt``, the codec its headers declare, and the mail's subject."""

    data: bytes
    format: str
    declared: str | None
    subject: str


def is_saved_email(data: bytes, *, named_as_mail: bool) -> bool:
    """Whether ``data`` is a mail's source: a block of header lines that opens the file and ends
    at a blank line.  A file named ``.eml`` needs only that; any other name needs "From:" and a
    header only mail has ("MIME-Version:", "Received:", ...), so that a text which opens with
    "From: our correspondent" stays a text."""
    head = data[:16384]
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
    """The part of the mail in ``data`` to read, or a ``DocumentError`` saying why there is none."""
    envelope = _ENVELOPE.match(data)
    message = email.message_from_bytes(data[envelope.end():] if envelope else data, policy=email.policy.default)
    subject = _REPLY_PREFIX.sub("", _one_line(str(message.get("subject", "") or "")))
    parts = [part for part in message.walk()
             if not part.is_multipart() and part.get_content_disposition() != "attachment"]
    readable = [(part, _payload(part)) for part in parts if part.get_content_type() in ("text/html", "text/plain")]
    # HTML first; but a newsletter made of pictures has words only in its plain text part.
    readable.sort(key=lambda item: (not _has_words(*item), item[0].get_content_type() != "text/html"))
    if not readable:
        attached = [part.get_filename() for part in message.walk() if part.get_filename()]
        what = f"only attachments ({', '.join(attached[:3])})" if attached else "no text"
        raise DocumentError(f"{name}: is an email with {what}; open the article itself, or save the "
                            "mail's text into a .txt file and open that")
    chosen, payload = readable[0]
    fmt = "html" if chosen.get_content_type() == "text/html" else "txt"
    return MailBody(payload, fmt, codec_for_label(chosen.get_content_charset() or ""), subject)


def _payload(part) -> bytes:
    """A part's bytes with its transfer encoding (base64, quoted-printable) undone."""
    try:
        return part.get_payload(decode=True) or b""
    except Exception:  # noqa: BLE001 - a mangled transfer encoding: the raw part is still the text
        return str(part.get_payload(decode=False)).encode("utf-8", "replace")


def _has_words(part, payload: bytes) -> bool:
    if part.get_content_type() == "text/html":
        payload = _MARKUP.sub(b" ", payload)
    return _WORD.search(payload) is not None


def _one_line(text: str) -> str:
    return " ".join(text.split())
