"""The glance that spares a link a full reading of its sentences (``opposites.may_turn_round``, which
``link_notes`` asks first) lets through every shape of claim the opposites turn round: a two-word verb, a verb
refused, a claim named after a verb of saying, an adverb of the telling, a long run ending on its verb."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import link_notes
from reader.core.opposites import may_turn_round


def _turn_notes(a: str, b: str) -> list[str]:
    comparison = compare(document_from_text(f"Report\n\n{a}\n"), document_from_text(f"Report\n\n{b}\n"))
    link = next(link for link in comparison.links if link.a == 1 and link.b == 1)
    return [note.kind for note in link_notes(comparison, link) if note.kind in ("says the opposite", "negated only")]


@pytest.mark.parametrize("a, b", [
    ("The company laid off 200 workers at the plant on Monday.", "The company hired 200 workers at the plant on Monday."),
    ("The union called off the strike planned for Friday.", "The union went ahead with the strike planned for Friday."),
    ("The company said it had paid the ransom to the gang.", "The company said it had refused to pay the ransom to the gang."),
    ("Police confirmed that a suspect had been arrested after the raid.",
     "Police denied reports that a suspect had been arrested after the raid."),
    ("The airport's cargo terminal remained open throughout the disruption.",
     "The cargo terminal was also closed throughout the disruption."),
])
def test_a_claim_turned_round_gets_its_note(a, b):
    assert _turn_notes(a, b) and _turn_notes(b, a)


def test_a_long_run_ending_on_its_verb_is_let_through():
    # The report calls out no run this long, but the relation reads the claim turned round by it.
    a = "which owns the vessel and two tankers registered in malta and cyprus since 2009 refused".split()
    b = "said on monday in a long statement from its head office in oslo that it had agreed".split()
    assert may_turn_round(a, b)


def test_the_glance_passes_over_runs_with_nothing_to_turn():
    assert not may_turn_round(["the", "big"], ["a", "large"])
    assert not may_turn_round(["which", "owns", "the", "vessel"] * 3, ["said", "on", "monday", "it", "had"] * 3)
