"""Whether a pair of sentences says the opposite of the other, as a link's word diff reads it
(reader.core.opposites through worddiff): shared by the tests of negations and opposites."""

from __future__ import annotations

from reader.core.terms import tokenize
from reader.core.worddiff import diff_and_shape


def turned(a: str, b: str) -> bool:
    """Does B's sentence turn A's claim round (the diff's ``turned``)?"""
    return diff_and_shape(tokenize(a), tokenize(b))[1].turned
