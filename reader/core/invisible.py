"""Characters a reader does not see inside a word: a soft hyphen (HTML's ``&shy;``), a zero-width
space, non-joiner or joiner, a word joiner.  "resi&shy;dents" is the word "residents"; the text
keeps them (offsets are exact), what compares words leaves them out (``visible``), and what is
printed keeps only the joiners that change how their neighbours are drawn (``shown``)."""

import re

IN_WORD = "\u00ad\u200b\u200c\u200d\u2060"
_REMOVED = dict.fromkeys(map(ord, IN_WORD))


def visible(text: str) -> str:
    """``text`` without the invisible characters ("resi\u00addents" -> "residents")."""
    return text.translate(_REMOVED)


_INVISIBLE = re.compile(f"[{IN_WORD}]")
_JOINERS = "\u200c\u200d"  # zero-width non-joiner and joiner


def shown(text: str) -> str:
    """``text`` as a page shows it: without its invisible characters, except the joiners that shape
    what they join (see ``_shapes``).  For text printed to a terminal, which may draw them as boxes."""
    return _INVISIBLE.sub(lambda match: match.group() if _shapes(text, match.start()) else "", text)


def _shapes(text: str, at: int) -> bool:
    """Does the joiner or non-joiner at ``at`` change how its neighbours are drawn?  Between two
    emoji it makes one picture (👩 ZWJ 🚒 is a firefighter, not a woman and a fire engine), and
    between letters of a joining script (Persian, Devanagari) it picks their shapes.  Between
    ASCII letters ("resi\u200ddents") it does nothing but risk a box on a terminal."""
    return (text[at] in _JOINERS and 0 < at < len(text) - 1
            and _draws_with_joiners(text[at - 1]) and _draws_with_joiners(text[at + 1]))


def _draws_with_joiners(char: str) -> bool:
    return not char.isascii() and not char.isspace() and char not in IN_WORD


# Format characters a reader never sees at the edge of a line: the direction marks and the
# embedding and isolate controls of right-to-left text (Hebrew and Arabic pages end paragraphs in
# ".&rlm;"), zero-width spaces and joiners, the word joiner, a byte-order mark inside the text.
_FORMAT_MARKS = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
_MARKED_EDGES = re.compile(f"^[\\s{_FORMAT_MARKS}]+|[\\s{_FORMAT_MARKS}]+$")


def trimmed(text: str) -> str:
    """``text`` without the format marks and spaces at either end, so that its first and last
    characters are the ones a reader sees: "killing 12 people.\u200f" ends in its full stop.
    A line of nothing but marks stays as it is."""
    return _MARKED_EDGES.sub("", text) or text
