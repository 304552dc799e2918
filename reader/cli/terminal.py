"""Article text on a terminal: its control characters shown, never obeyed.

A page can hold escape sequences (pasted from a terminal, or put there on purpose): printed
as they are, "\\x1b[2K" erases the report's line and "\\x1b]0;...\\x07" retitles the window,
and a report saved to a file does the same when it is read with ``cat``.  So each control
character of an article, a title or a note is printed as the symbol that names it ("␛" for
escape), one character for one, before the report adds its own colours.
"""

from __future__ import annotations

# C0 controls but tab and line feed, DEL, and the C1 controls (a terminal may obey "\x9b" as
# an escape sequence's start).
_SHOWN = {
    **{code: 0x2400 + code for code in range(32) if code not in (9, 10)},
    0x7F: 0x2421,
    **dict.fromkeys(range(0x80, 0xA0), 0xFFFD),
}


_SHOWN_BUT_BREAKS = {code: shown for code, shown in _SHOWN.items() if chr(code) not in "\r\x0b\x0c\x85"}


def printable(text: str, *, line_breaks: bool = False) -> str:
    """``text`` with every control character a terminal would obey shown as a symbol.
    ``line_breaks``: leave the ones that break a line ("\\r" of Windows files, form feeds) to be
    joined as spaces by whoever lays the text on one line."""
    return text.translate(_SHOWN_BUT_BREAKS if line_breaks else _SHOWN)
