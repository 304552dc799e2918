"""A link whose one side tells what its subject means to do and whose other side tells it done carries the
note that says why the relation reads two claims: ``intended only in A: "plans to appeal"``."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import INTENDED_ONLY, link_notes


def _notes(a: str, b: str):
    comparison = compare(document_from_text(f"Fine\n\n{a}\n"), document_from_text(f"Fine\n\n{b}\n"))
    link = next(link for link in comparison.links if link.a == 1 and link.b == 1)
    return [(note.kind, note.side, note.a or note.b) for note in link_notes(comparison, link)]


def test_an_intention_against_the_deed_done_is_noted_on_its_side():
    assert _notes("Westmere Water plans to appeal against the fine.", "Westmere Water has appealed against the fine.") == [
        (INTENDED_ONLY, "a", "plans to appeal")]
    assert _notes("Westmere Water has appealed against the fine.", "Westmere Water plans to appeal against the fine.") == [
        (INTENDED_ONLY, "b", "plans to appeal")]


@pytest.mark.parametrize("b", [
    "Westmere Water will appeal against the fine.",
    "Westmere Water intends to appeal against the fine.",
])
def test_an_intention_against_another_way_of_telling_ahead_is_not_noted(b):
    assert not [note for note in _notes("Westmere Water plans to appeal against the fine.", b) if note[0] == INTENDED_ONLY]
