"""What a page says about its own outlet, at its foot: furniture written as prose.

"The Shannonside Courier is a member of the Press Council of Ireland.", "Merd &
Marked is published by Kystmedia AS.", "The Sentinel is run by students and
funded by readers." read like story sentences, and no cue on the line alone can
tell them from one.  What tells them is the name: the page names its outlet in
its furniture (the copyright notice, the masthead), and a
sentence in the second half of the page whose subject is that name, in the
present tense, describes the outlet, not the story.  A story about the outlet
tells what it did ("The Courier revealed ..."), and a quotation is never one.
"""

from __future__ import annotations

import re

from reader.core.furniture_lines import BODY, BOILERPLATE, Line, mark

_NAME = re.compile(r"[A-Z][\w&'’-]*(?: (?:&|[A-Z][\w&'’-]*))*")
# The owner named by a copyright notice: "© 2025 Shannonside Courier Ltd", "Copyright (c) 2025 Gulf Chronicle
# Publishing LLC."  Only the name right after the sign counts: a caption may run on before it.
_COPYRIGHT_OWNER = re.compile(r"(?i:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[–-]\s*\d{4})?\s*)?(" + _NAME.pattern + ")")
# Words in every outlet's name say nothing about which outlet it is ("The Harwick Times" is
# "Harwick"), and a company's form is no name.
_GENERIC = frozenset(
    "the a daily weekly sunday news times post herald courier observer tribune gazette journal ledger media press "
    "radio tv television network express mail star sun standard chronicle review telegraph record dispatch "
    "wire report bulletin online digital publishing publications newspapers group holdings ltd limited inc llc "
    "pty pvt corp plc gmbh verlag sa spa as ab co company all rights reserved copyright photo photos file".split())
# The present tense of what an outlet is and does: "is a member of", "has served ... since 1889",
# "is published by", "relies on readers".
_SELF_VERBS = re.compile(r"(?:is|are|has|have|was founded|was established|receives|relies|depends|adheres|subscribes"
                         r"|publishes|welcomes|reserves|belongs)\b")
# ... and says so in the words outlets describe themselves with.  "The Harwick Gazette is a defendant in
# the case" and "The Gazette has been sold" are the story of a paper that reports on itself.
_SELF_DESCRIPTION = re.compile(
    r"\b(?:member of|press council|council of|code of|ethics|editorially|independent|published by|owned by|run by"
    r"|funded by|founded in|since (?:1[789]|20)\d\d|readers|subscribers|broadcaster|newspaper|journalism|serves|served"
    r"|news (?:provider|organi[sz]ation|agency|service)s?)\b",
    re.IGNORECASE)
_STATEMENT_WORDS = 60
# What the name is, set off by commas before the verb: "Reuters, the news and media division of Thomson Reuters,
# is ...".  A short phrase and no verb of its own: "Reuters, which first reported the deal, is ..." tells the news.
_APPOSITION = re.compile(r", (?:the|an?) (?!(?:[\w'’-]+ ){0,8}?(?:which|who|that)\b)[^,.!?]{3,80},")


def mark_outlet_statements(lines: list[Line]) -> None:
    """Mark sentences about the page's own outlet in the second half of the page."""
    names = _outlet_words(lines)
    if not names:
        return
    half = len(lines) // 2
    for line in lines[:half]:
        if line.kind == BODY and not line.terminal and line.words <= _TAGLINE_WORDS and _outlet_tagline(line.flat, names):
            mark(line, BOILERPLATE, "masthead")
    for line in lines[half:]:
        if line.kind == BODY and not line.speech and line.words <= _STATEMENT_WORDS and _about_outlet(line.flat, names):
            mark(line, BOILERPLATE, "about the outlet")


# The masthead with its motto, at the page's top: "The Huron Ledger · Independent news for Huron and Perth counties",
# "Harwick Gazette | Serving the valley since 1889".  The outlet's name, a separator, and no sentence.
_TAGLINE = re.compile(r"(" + _NAME.pattern + r")\s+[·|•–—:]\s+\S")
_TAGLINE_WORDS = 16


def _outlet_tagline(flat: str, names: set[str]) -> bool:
    """Does ``flat`` open with the outlet's name, every word of it the outlet's or any outlet's ("The Huron Ledger"),
    and then a separator?  A story's subheading names the place the outlet is named for in other words ("Huron
    County council · what next")."""
    match = _TAGLINE.match(flat)
    if match is None:
        return False
    words = match.group(1).split()
    return (any(word in names for word in words)
            and all(word in names or word.casefold() in _GENERIC for word in words))


def _outlet_words(lines: list[Line]) -> set[str]:
    """The distinctive words of the names the page gives itself: its masthead, its copyright notice."""
    names = []
    for line in lines:
        if line.reason == "copyright notice":
            names += [match.group(1) for match in _COPYRIGHT_OWNER.finditer(line.flat)]
        elif line.reason == "masthead":
            names += _NAME.findall(line.flat)
    return {word for name in names for word in name.split() if word.casefold() not in _GENERIC and len(word) > 1}


def _about_outlet(flat: str, names: set[str]) -> bool:
    """Does ``flat`` open with the outlet's name and go on in the present tense?"""
    match = _NAME.match(flat)
    if match is None:
        return False
    subject = match.group().split()
    if subject[0] == "The":
        subject = subject[1:]
    if not subject or not any(word in names for word in subject):
        return False
    verb_at, described_from = match.end() + 1, 0
    if (apposition := _APPOSITION.match(flat, match.end())) is not None:
        # Past the apposition, the verb and what the outlet is must follow: "Reuters, the news agency, has
        # seen the letter." tells the news.
        verb_at = described_from = apposition.end() + 1
    return bool(_SELF_VERBS.match(flat, verb_at)) and bool(_SELF_DESCRIPTION.search(flat, described_from))
