"""Date lines: "Wednesday 07 February 2024 11:22 GMT", "Published 6:15 a.m. ET June 3,
2025 | Updated 9:40 a.m. ET", "8 July 2025 · 6 min read".

A page states when the story was published in many shapes; they are read here
piece by piece (split on | · • and before "updated"), so a long line of dates is
still one, while prose, whose pieces are no dates, never is.  Kept apart from
the cue table because the off-story check and the row pass need the same
notion of a date.
"""

from __future__ import annotations

import re
from reader.core.pattern_cache import PatternCache

# ``rx.compile`` is ``re.compile``, from the compiled patterns kept between runs (pattern_cache.py).
rx = PatternCache(__file__)


def _rx(pattern: str) -> re.Pattern:
    return rx.compile(pattern, re.IGNORECASE)


_MONTHS = "jan feb mar apr may jun jul aug sep sept oct nov dec".split()
DATE_WORDS = frozenset(
    _MONTHS
    + """january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    am pm gmt bst utc cet cest est edt pst pdt et ist jst msk today yesterday at on updated published
    posted""".split()
)
_DATE_ANCHORS = frozenset(DATE_WORDS - {"at", "on", "am", "pm"})


# Pieces of a date line: "Published 6:15 a.m. ET June 3, 2025 | Updated 9:40 a.m. ET", "8 July 2025 · 6 min read".
# "Posted 6:42am, updated 11:15am" needs no separator: "updated" starts a piece of its own.
# "July 22, 2025 3 min read", "2:30 p.m. EST 5 min read": a reading time needs no separator either.
_PIECES = rx.compile(r"\s+[|·•]\s+|\s*[|·•]\s*(?=\d)|,?\s+(?=(?i:updated|last updated|modified)\b)"
                     r"|(?<=[\w.])\s+(?=\d+\s*(?i:min|mins|minutes?)\.?\s*(?i:to\s+)?(?i:read)$)")
# What lets a date line run past 12 words: its pieces are split by these.
DATE_SEPARATOR = rx.compile(r"[|·•]|\s(?i:updated|modified)\b")
# "5 min read", "Reading time: approx. 4 minutes".
_READING_TIME = _rx(r"^(\d+\s*(min|mins|minutes?)\.?\s*(to\s+)?read|reading time\s*:?\s*(approx\.?|about|under)?\s*\d+"
                    r"\s*(min|mins|minutes?)\.?( read)?)$")
# "Updated 3 hrs ago", "5 minutes ago".
_AGO = _rx(r"^((updated|posted|published)\s+)?(about |around )?\d+\s*(second|sec|minute|min|hour|hr|day|week|month|year|s|m|h|d|w)s?"
           r"\s+ago$")
# "By Jane Doe", "By DANA REUVENI and KARIM HADDAD", "Story and photos by Nguyễn Thảo Vy".
_NAME_WORDS = r"[A-Z][\w'’-]*(\s+[A-Z][\w'’.-]*){1,3}"
_BYLINE_NAME = rx.compile(r"^((?:(?:Story|Text|Words|Reporting|Photos?)(?:\s+(?:and|&)\s+(?:photos?|video|words))?\s+)?"
                          r"[Bb]y\s+)?" + _NAME_WORDS + r"(\s+(and|&)\s+" + _NAME_WORDS + ")?$")
# Pages glue a date to the next piece when their markup's spacing is lost: "20259:47 AM GMT+1Updated 3 hours ago".
_GLUED_UPDATED = rx.compile(r"(?<=[\d\w])(?=(?:Updated|Modified)\b)")
_AM_PM = _rx(r"\b([ap])\.m\.?")
# Read as "updated": "last" alone is no date.  The Denver Post's foot: "Originally Published: March 4, 2025 at 11:02 AM MST".
_LAST_UPDATED = _rx(r"\b(?:last|first|originally) (updated|modified|published|posted)\b")
# A time zone is whatever capitals follow a clock time ("11:47 CLT", "6:05 AM PHT", "9:40 a.m. AEST"): the
# list of zone names is long and local, their place after a time is not.  A comma may stand between them: "Thursday
# 6 March 2025 12:48, UK".
_ZONE_AFTER_TIME = rx.compile(r"(\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?),?\s+[A-Z]{2,5}\b")


def date_line(flat: str) -> str:
    """"dateline" or "byline" for a line of dates, reading times and perhaps a name, split on | · •.

    Each piece is checked on its own, so a line may be as long as its pieces
    make it ("Published 6:15 a.m. ET June 3, 2025 | Updated 9:40 a.m. ET June 3,
    2025") while prose, whose pieces are no dates, never is one.
    """
    flat = _GLUED_UPDATED.sub(" ", flat)
    pieces = [piece for piece in _PIECES.split(_LAST_UPDATED.sub(r"\1", flat)) if piece]
    dates = sum(1 for piece in pieces
                if len(piece.split()) <= 12 and (is_date(piece) or _READING_TIME.match(piece) or _AGO.match(piece)))
    if not dates:
        return ""
    if dates == len(pieces):
        return "dateline"
    return "byline" if dates + 1 == len(pieces) and byline_piece(pieces[0]) else ""


def byline_piece(piece: str) -> bool:
    """"Jane Doe", "By Jane Doe", or "By Jane Doe, Asia correspondent" (the credit's role, place or outlet
    after a comma: "By" vouches for the names before it, and a date line allows no sentence)."""
    credit = _BYLINE_WITH_ROLE.match(piece)
    return bool(_BYLINE_NAME.match(credit.group(1) if credit else piece))


# "By Aiko Tanabe, Asia correspondent", "By Jane Doe and John Roe, Reuters": a few words after the comma.
_BYLINE_WITH_ROLE = rx.compile(r"^([Bb]y\s+[^,]+),\s*[A-Za-z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,4}$")


_BYLINE_NAME_WORDS = (3, 4, 5)  # "By" and a name of two to four words


def byline_then_date(flat: str) -> bool:
    """"By Carla Mendes Jan. 15, 2025 at 2:30 p.m. EST 5 min read": a byline and its date with
    no separator between them (a page's markup put the name and the time in two boxes side by side)."""
    words = flat.split()
    if not words or words[0] not in ("By", "by"):
        return False
    return any(_BYLINE_NAME.match(" ".join(words[:k])) and date_line(" ".join(words[k:])) == "dateline"
               for k in _BYLINE_NAME_WORDS if k < len(words))


_BARE_NAME_WORDS = (2, 3, 4)


def name_then_date(flat: str) -> bool:
    """"Lucy Pender 3 June 2024": a name of two to four capitalised words, none of them a date's ("On Monday
    14 May:" opens a list), and the date with no separator between them.  Without "By" only its place says
    whose name it is: the byline's under the headline, a commenter's over a comment."""
    words = flat.split()
    return any(_BYLINE_NAME.match(" ".join(words[:k])) and not any(_dated_word(word) for word in words[:k])
               and date_line(" ".join(words[k:])) == "dateline"
               for k in _BARE_NAME_WORDS if k < len(words))


def _dated_word(word: str) -> bool:
    return word.strip(",.").casefold() in DATE_WORDS


def is_date(flat: str) -> bool:
    """"Wednesday 07 February 2024 11:22 GMT", "Jan 5, 2023 | 10:42am", "6:15 a.m. ET"."""
    if not flat.isascii() and any(char.isalpha() and char > "\u024f" for char in flat):
        return False  # words of another script, unread below: "海法大火:3人死亡", "Пожар в Хайфе: 3 погибших"
    flat = _ZONE_AFTER_TIME.sub(r"\1", flat)
    tokens = re.findall(r"[a-z]+|\d+", _AM_PM.sub(r"\1m", flat).lower())
    anchors = [t for t in tokens if t in _DATE_ANCHORS or len(t) >= 3 and t[:3] in _MONTHS and t in DATE_WORDS]
    known = [t for t in tokens if t.isdigit() or t in DATE_WORDS]
    return bool(tokens) and len(known) == len(tokens) and (bool(anchors) or ":" in flat)


# Every pattern above is compiled: keep them for the next start.
rx.save()
