"""Python string offsets <-> Qt (UTF-16) text positions.

Core offsets count code points; ``QTextDocument`` counts UTF-16 units, so a
character outside the Basic Multilingual Plane (an emoji) is one in Python and
two in Qt.  Every offset crosses this bridge exactly once.

>>> m = OffsetMap("a\\U0001F600b")
>>> m.to_qt(2), m.to_py(3)
(3, 2)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class OffsetMap:
    """Maps offsets of one text; identity (and free) when the text has no astral characters."""

    __slots__ = ("_astral", "_astral_qt")

    def __init__(self, text: str) -> None:
        # Python offsets of astral characters, and where each one starts in Qt units.
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if not text.isascii() else []
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
