"""Quoted letters and statements: their short lines are the story, not the page's labels.

A story that prints a letter in full ("Dear Executive Mayor Khumalo, ... Yours faithfully,
Thandiwe Mokoena / Chairperson, Kensington Ratepayers' Association") or a statement read in
court ("To the man who lived below us, ... Jade"") carries lines shaped like the page's own
furniture: an addressee ("To" / "The District Collector,"), a subject line ("Sub: Request to
keep the village library open"), a name and a role under the sign-off.  The shape rules take
them for page labels, subheadings and bylines; what they are is who wrote to whom, which two
reports of the letter must agree on.  These passes run last, and only take back what a line's
shape said (a cue's furniture stays furniture).
"""

from __future__ import annotations

import re

from reader.core.furniture_lines import BODY, Line, mark

# What only the shape of a line said about it, for the lines of a letter.
_LETTER_LINE_REASONS = frozenset({"subheading", "page label", "byline"})

_SALUTATION = re.compile(r"(?:Dear|Respected|My dear)\b.{0,60},$|(?:Sir|Madam|Sir/Madam|Sir or Madam),$")
_VALEDICTION = re.compile(r"(?:Yours (?:faithfully|sincerely|truly|respectfully)|Sincerely(?: yours)?|"
                          r"(?:With )?(?:[Kk]ind|[Bb]est|[Ww]arm) (?:regards|wishes)|Regards|Respectfully(?: yours)?)[,.]?$")
_SUBJECT = re.compile(r"(?:Sub|Subject|Re|RE|Ref):\s")
_SIGNATURE_LINES = 2  # a name, and the role or body the writer speaks for
_ADDRESS_LINES = 4  # "To" / "The District Collector," / "Nalgonda." above the salutation
_SIGNATURE_WORDS = 12


def keep_quoted_letters(lines: list[Line]) -> None:
    """A letter the story quotes, from its addressee to its signature, is the story's."""
    letter_open = False
    for i, line in enumerate(lines):
        if line.kind == BODY and _SALUTATION.match(line.flat):
            letter_open = True
            _keep_address(lines, i)
        elif letter_open and line.kind == BODY and _VALEDICTION.match(line.flat):
            for signature in lines[i + 1:i + 1 + _SIGNATURE_LINES]:
                if not _shape_only(signature) or signature.words > _SIGNATURE_WORDS:
                    break
                mark(signature, BODY, "")
            letter_open = False


def _keep_address(lines: list[Line], salutation: int) -> None:
    """The addressee above a salutation ("To" ... "Nalgonda."), and a subject line beside it."""
    for j in (salutation - 1, salutation + 1):
        if 0 <= j < len(lines) and _shape_only(lines[j]) and _SUBJECT.match(lines[j].flat):
            mark(lines[j], BODY, "")
    above = range(max(0, salutation - _ADDRESS_LINES), salutation)
    to = next((j for j in above if lines[j].flat == "To"), None)
    if to is not None:
        for line in lines[to:salutation]:
            if _shape_only(line):
                mark(line, BODY, "")


def keep_quotation_ends(lines: list[Line]) -> None:
    """A short line that closes a quotation opened above it ('Jade"', the signature of a statement
    read in court) is the end of someone's words, not a heading: a heading's quotation marks come
    in pairs ('Minister: "We will not resign"')."""
    for line in lines:
        if _shape_only(line) and line.flat[-1] in "\"”" and _quote_marks(line.flat) % 2:
            mark(line, BODY, "")


def _quote_marks(flat: str) -> int:
    return flat.count('"') + flat.count("“") + flat.count("”")


def _shape_only(line: Line) -> bool:
    return line.kind != BODY and line.reason in _LETTER_LINE_REASONS
