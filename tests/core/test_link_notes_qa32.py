"""Notes of CLI QA pass 32: a place and the word for its people are one name, not two ("Beira,
Mozambique" / "the Mozambican port of Beira"), and a thing "designed to" work for a time tells the same
plan as one "expected to" work for it: neither note may stand in the way of a corroborated tag."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import HEDGED_ONLY, NAMES_DIFFER, link_notes
from reader.core.suggest import CORROBORATED, suggest

# Context sentences of one story, so the two reports read as one story and their sentences align.
_CONTEXT_A = """Pangolin seizure

The 18 horns weighed 45kg in total, according to Sars.

The containers had been declared as frozen fish.

"""
_CONTEXT_B = """Pangolin seizure

The horns together weighed about 99 pounds, the South African Revenue Service (SARS) said.

The container had been declared as frozen fish, according to SARS.

"""


def _link_of(comparison, a_opening: str, b_opening: str):
    return next(link for link in comparison.links
                if comparison.a_sentences[link.a].text.startswith(a_opening)
                and comparison.b_sentences[link.b].text.startswith(b_opening))


def _compared(a_sentence: str, b_sentence: str):
    return compare(document_from_text(_CONTEXT_A + a_sentence + "\n"),
                   document_from_text(_CONTEXT_B + b_sentence + "\n"))


def _kinds(comparison, link) -> list[str]:
    return [note.kind for note in link_notes(comparison, link)]


def _tag(comparison, side: str, index: int):
    return suggest(comparison, side)[index].suggested


def test_a_country_and_its_peoples_word_are_one_name_and_the_link_is_corroborated():
    comparison = _compared(
        "The containers were intercepted on Sunday 8 June after arriving from Beira, Mozambique, on 2 June.",
        "The shipment was intercepted on Sunday, having arrived on June 2 from the Mozambican port of Beira.")
    link = _link_of(comparison, "The containers were", "The shipment")
    assert NAMES_DIFFER not in _kinds(comparison, link)
    assert _tag(comparison, "a", link.a) == CORROBORATED
    assert _tag(comparison, "b", link.b) == CORROBORATED


@pytest.mark.parametrize(("a_place", "b_people"), [
    ("from Beira, Mozambique", "from the Mozambican port of Beira"),
    ("from Fort-de-France, Martinique", "from the Martinican port of Fort-de-France"),
    ("from Houston, Texas", "from the Texan port of Houston"),
    ("from Puerto Cortés, Honduras", "from the Honduran port of Puerto Cortés"),
    ("from Aktau, Kazakhstan", "from the Kazakh port of Aktau"),
])
def test_a_place_named_as_its_peoples_word_raises_no_names_note(a_place, b_people):
    comparison = _compared(f"The shipment arrived on 2 June {a_place}, customs officials said.",
                           f"The shipment arrived on June 2 {b_people}, customs officials said.")
    link = _link_of(comparison, "The shipment", "The shipment")
    assert NAMES_DIFFER not in _kinds(comparison, link)


def test_a_name_respelled_still_differs():
    # The guard: a place's name respelled is no people's word of it.
    comparison = _compared("The shipment arrived on 2 June from the port of Mombasa, customs officials said.",
                           "The shipment arrived on June 2 from the port of Mombassa, customs officials said.")
    link = _link_of(comparison, "The shipment", "The shipment")
    assert NAMES_DIFFER in _kinds(comparison, link)


_DESIGNED = "The lander and rover are designed to operate for a 14-day mission, the length of one lunar day."
_EXPECTED = "The lander and its rover are expected to work for two weeks before the lunar night sets in."


def test_designed_to_operate_tells_the_plan_that_expected_to_work_does():
    comparison = _compared(_DESIGNED, _EXPECTED)
    link = _link_of(comparison, "The lander and rover", "The lander and its rover")
    assert HEDGED_ONLY not in _kinds(comparison, link)
    assert _tag(comparison, "a", link.a) == CORROBORATED
    assert _tag(comparison, "b", link.b) == CORROBORATED


def test_a_forecast_against_a_claim_stated_as_so_is_still_hedged_only():
    # The guard: against the rover stated as working, "expected to work" still hedges one side only.
    comparison = _compared(_DESIGNED.replace("are designed to operate", "operated"), _EXPECTED)
    link = _link_of(comparison, "The lander and rover", "The lander and its rover")
    assert HEDGED_ONLY in _kinds(comparison, link)
