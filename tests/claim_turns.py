"""Whether a pair of sentences says the opposite of the other, as a link's word diff reads it
(reader.core.opposites through worddiff), and the link of two such sentences told after a shared context:
shared by the tests of negations and opposites."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import link_notes
from reader.core.suggest import DISPUTED, suggest
from reader.core.terms import tokenize
from reader.core.worddiff import diff_and_shape


def turned(a: str, b: str) -> bool:
    """Does B's sentence turn A's claim round (the diff's ``turned``)?"""
    return diff_and_shape(tokenize(a), tokenize(b))[1].turned


# Three sentences both reports tell word for word, so the tested pair is read as part of one story.
SHARED = ("Officials in the town confirmed the details on Tuesday morning. The regional council met in "
          "emergency session to discuss the response. Local residents gathered outside the town hall to ask "
          "questions.")


def link_after_shared(a: str, b: str):
    """The comparison of two reports that share ``SHARED`` and then tell ``a`` and ``b``, and the link of the
    two last sentences."""
    comparison = compare(document_from_text(f"Report\n\n{SHARED}\n\n{a}\n"),
                         document_from_text(f"Report\n\n{SHARED}\n\n{b}\n"))
    last_a, last_b = len(comparison.a_sentences) - 1, len(comparison.b_sentences) - 1
    (link,) = [link for link in comparison.links if link.a == last_a and link.b == last_b]
    return comparison, link


def assert_disputed(a: str, b: str) -> None:
    """The link of ``a`` and ``b`` (told after ``SHARED``) is two claims, with a note saying why, and both
    sentences are suggested disputed."""
    comparison, link = link_after_shared(a, b)
    assert link.relation == "related"
    assert link_notes(comparison, link)
    assert suggest(comparison, "a")[link.a].suggested == DISPUTED
    assert suggest(comparison, "b")[link.b].suggested == DISPUTED
