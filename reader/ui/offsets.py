"""Document offsets <-> Qt text positions.

Core offsets index the document text exactly as decoded (code points, line
endings kept); a ``QTextDocument`` differs in two ways, so every offset crosses
this bridge exactly once:

- it counts UTF-16 units: a character outside the Basic Multilingual Plane (an
  emoji) is one code point but two Qt units;
- ``setPlainText``/``insertText`` turn "\\r\\n" into ONE block break, so a CRLF
  file loses one unit per line ending.  Every other break ("\\n", a lone "\\r",
  "\\n\\r", U+2028, U+2029) and control character (form feed, tab, NUL...) stays
  one unit, so only the "\\r" of a "\\r\\n" pair needs correcting.

An offset between "\\r" and "\\n" maps onto the break; the position after the
break maps back to after the "\\n", so a selection never splits a pair.

>>> m = OffsetMap("a\\U0001F600b")
>>> m.to_qt(2), m.to_py(3)
(3, 2)
>>> m = OffsetMap("a\\r\\nb")
>>> [m.to_qt(i) for i in range(5)], [m.to_py(p) for p in range(4)]
([0, 1, 1, 2, 3], [0, 1, 3, 4])
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate
from operator import add

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Maps offsets of one text both ways; identity (and nearly free) for plain LF/BMP text.

    Built once per document in C-speed passes (a few ms for 100,000 CRLF-ended words);
    each lookup is one bisect.
    """

    __slots__ = ("_py", "_qt", "_shift")

    def __init__(self, text: str) -> None:
        # Where the characters of uneven width start: astral ones (+1 in Qt) and the "\r"
        # of each "\r\n" (-1).  Two cheap checks before searching for astral characters.
        plain = text.isascii() or len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)
        crlf = [m.start() for m in re.finditer("\r\n", text)] if "\r\n" in text else []
        astral = [] if plain else [m.start() for m in _ASTRAL.finditer(text)]
        self._py = sorted(crlf + astral)
        # _shift[k]: Qt position minus document offset past the first k of them; _qt: where
        # each one starts in Qt positions.
        self._shift = [0, *accumulate(-1 if text[i] == "\r" else 1 for i in self._py)]
        self._qt = list(map(add, self._py, self._shift))

    def to_qt(self, offset: int) -> int:
        return offset + self._shift[bisect_left(self._py, offset)]

    def to_py(self, position: int) -> int:
        # A position inside a surrogate pair rounds down to the character's offset.
        return position - self._shift[bisect_left(self._qt, position)]
