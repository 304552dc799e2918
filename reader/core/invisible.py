"""Characters a reader does not see inside a word: a soft hyphen (HTML's ``&shy;``), a zero-width
space, non-joiner or joiner, a word joiner.  "resi&shy;dents" is the word "residents"; the text
keeps them (offsets are exact), what compares words leaves them out."""

IN_WORD = "\u00ad\u200b\u200c\u200d\u2060"
_REMOVED = dict.fromkeys(map(ord, IN_WORD))


def visible(text: str) -> str:
    """``text`` without the invisible characters ("resi\u00addents" -> "residents")."""
    return text.translate(_REMOVED)
