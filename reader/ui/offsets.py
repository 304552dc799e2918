"""Python string offsets <-> Qt (UTF-16) text positions.

Core offsets count code points; ``QTextDocument`` counts UTF-16 units, so a
character outside the Basic Multilingual Plane (an emoji) is one in Python and
two in Qt.  Every offset crosses this bridge exactly once.

>>> m = OffsetMap("a\\U0001F600b")
>>> m.to_qt(2), m.to_py(3)
(3, 2)
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Maps offsets of one text; identity (and free) when the text has no astral characters."""

    __slots__ = ("_astral", "_astral_qt")

    def __init__(self, text: str) -> None:
        # Python offsets of astral characters, and where each one starts in Qt units.
        # Two cheap checks (C speed) before looking character by character.
        plain = text.isascii() or len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)
        self._astral = [] if plain else [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_qt = [i + n for n, i in enumerate(self._astral)]

    def to_qt(self, offset: int) -> int:
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)

    def to_py(self, position: int) -> int:
        if not self._astral:
            return position
        # Each astral character that starts before `position` adds one extra unit.
        before = bisect_right(self._astral_qt, position - 1)
        return position - before
