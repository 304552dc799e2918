"""What the text of a <sup> or <sub> reads as, for HTML and Markdown alike.

A page raises footnote marks and powers with <sup>, and lowers chemical
formulas' digits with <sub>.  Run into the line, "10<sup>6</sup>" would read
"106", "$4.2bn<sup>1</sup>" "$4.2bn1" and "patients<sup>[2]</sup>" a number "2"
of its own.  ``reader.core.markup`` (HTML) and ``reader.core.markdown_text``
(inline HTML in Markdown) each find the elements in their own way; the
decision of what an element's text reads as is made here, once, so the two
formats cannot drift apart.
"""

from __future__ import annotations

import re

RAISED_TAGS = frozenset({"sup", "sub"})
# Characters before a superscript enough to see what it follows: callers pass at most this many,
# so a long line costs no more than a short one.
RAISED_CONTEXT = 16

_SUPERSCRIPTS = str.maketrans("0123456789+-−=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾")
_SUBSCRIPTS = str.maketrans("0123456789+-−=()", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎")
_SIGNED_NUMBER = re.compile(r"[-+−]?[0-9]+")
# A footnote or reference mark: "1", "12", "a", "*", "†", "[2]", "(3)", "1,2", "[1–3]".
_NOTE_MARK = re.compile(r"[\[(]?(?:[0-9]{1,3}(?:\s*[,–-]\s*[0-9]{1,3})*|[a-z]|[*†‡§¶#]{1,3})[\])]?")
# The base of a power: a 10 of its own ("10<sup>6</sup>", "1.2 × 10<sup>-3</sup>"), not the end of 2010.
_TEN = re.compile(r"(?<![0-9.,])10$")
# An area or a volume: "120 m<sup>2</sup>", "5km<sup>3</sup>", "area in m<sup>2</sup>" (read as m² and
# km³ are), but not a word that ends in those letters ("the term<sup>2</sup>" is a footnote).
_UNIT_BEFORE = re.compile(r"(?:^|[\s0-9(])(?:mm|cm|m|km|ft|yd|mi)$")


def read_raised(tag: str, before: str, text: str, *, linked: bool = False) -> str:
    """What a ``tag`` ("sup" or "sub") holding ``text`` reads as, after ``before`` (the last
    ``RAISED_CONTEXT`` characters of its paragraph).  ``linked``: the <sup> holds a link, which
    makes it a reference to a note."""
    if tag == "sub":
        return _lowered(text)
    return _raised(text, before, linked)


def _raised(text: str, before: str, linked: bool) -> str:
    """A footnote or reference mark (a link, or a short number, letter or bracketed number) is no
    part of the sentence; a power ("10<sup>6</sup>", "m<sup>2</sup>") keeps its raised digits
    ("10⁶", "m²"), which can run into no number; anything else ("1<sup>st</sup>", "M<sup>me</sup>")
    is a word's end, read as it stands."""
    mark = text.strip()
    if not mark:
        return text
    if linked:
        return ""
    is_power = _TEN.search(before) or _UNIT_BEFORE.search(before) and mark in ("2", "3")
    if is_power and _SIGNED_NUMBER.fullmatch(mark):
        return mark.translate(_SUPERSCRIPTS)
    if _NOTE_MARK.fullmatch(mark):
        return ""
    return text


def _lowered(text: str) -> str:
    """A <sub>'s digits, lowered as the page shows them ("CO<sub>2</sub>" -> "CO₂"): they join no number."""
    mark = text.strip()
    return mark.translate(_SUBSCRIPTS) if _SIGNED_NUMBER.fullmatch(mark) else text
