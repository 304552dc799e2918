"""Claims turned round, from code review 25.  A state denied behind a seeming ("is likely linked to" / "does not
appear to be linked to") turns the other report's claim round only where both tell it of the same subject, read
whole ("the second suspect" is not "the first suspect"), and of the same thing ("an electrical fault" is not "the
earlier blaze") (H3).  A refusal ("Insurers refused to cover") turns round a deed told done only where the refuser
is the one the other report says did it, not its speaker ("was covered by the government, insurers said") (H4),
nor another of its kind ("Another bank funded"); "refused to pay" does not deny "was ordered to pay".  The words
that carry a verb are read from ``negation_words`` alone (L2)."""

from __future__ import annotations

import pytest
from claim_turns import assert_disputed, link_after_shared, turned

from reader.core.link_notes import NEGATED_ONLY, SAYS_THE_OPPOSITE, link_notes
from reader.core.suggest import DISPUTED, suggest
from reader.core.terms import adverb_in_ly

_TURNING = (NEGATED_ONLY, SAYS_THE_OPPOSITE)


def _turning_notes(a: str, b: str) -> list[str]:
    comparison, link = link_after_shared(a, b)
    return [note.kind for note in link_notes(comparison, link) if note.kind in _TURNING]


def _not_turned(a: str, b: str) -> None:
    assert not turned(a, b) and not turned(b, a)
    assert not _turning_notes(a, b)


def _quiet(a: str, b: str) -> None:
    """Neither sentence turns the other round, no note says so, and neither side is disputed."""
    _not_turned(a, b)
    comparison, link = link_after_shared(a, b)
    assert suggest(comparison, "a")[link.a].suggested != DISPUTED
    assert suggest(comparison, "b")[link.b].suggested != DISPUTED


# -- a state denied behind a seeming, of another thing or another subject (H3) ---------------------------------------

@pytest.mark.parametrize("a, b", [
    # linked to two things: a fault, an earlier blaze
    ("The fire is likely linked to an electrical fault, investigators said.",
     "The fire does not appear to be linked to the earlier blaze, investigators said."),
    ("The outbreak is probably linked to a farm in the north, officials said.",
     "The outbreak does not appear to be linked to the school, officials said."),
])
def test_a_state_of_another_thing_behind_a_seeming_says_nothing(a, b):
    _quiet(a, b)


def test_a_state_of_another_subject_behind_a_seeming_is_not_turned():
    # the ordinals themselves are a numbers matter for the ledger; the claims are of two suspects
    _not_turned("The second suspect is likely linked to the gang, detectives said.",
                "The first suspect does not appear to be linked to the gang, detectives said.")


def test_the_same_state_of_the_same_subject_behind_a_seeming_is_disputed():
    a = "The fire is likely linked to an electrical fault, investigators said."
    b = "The fire does not appear to be linked to an electrical fault, investigators said."
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)
    assert _turning_notes(a, b) == [NEGATED_ONLY]


# -- a refusal against a deed done by another (H4, and another of its kind) ----------------------------------------

@pytest.mark.parametrize("a, b", [
    # the speaker, not the one who covered it
    ("Insurers refused to cover the damage to the homes.",
     "The damage to the homes was covered by the government, insurers said."),
    # another bank
    ("The bank refused to fund the club's new stadium.",
     "Another bank funded the club's new stadium."),
    # refused to pay what it was ordered to pay: no decision denied
    ("The company refused to pay the fine, the regulator said.",
     "The company was ordered to pay the fine, the regulator said."),
])
def test_a_refusal_against_a_deed_done_by_another_says_nothing(a, b):
    _quiet(a, b)


@pytest.mark.parametrize("b", [
    "Insurers covered the damage to the homes.",
    "The damage to the homes was covered by insurers.",
])
def test_a_refusal_against_the_deed_done_by_the_refuser_is_disputed(b):
    a = "Insurers refused to cover the damage to the homes."
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)


# -- the words around a verb, read once (L2) -------------------------------------------------------------------------

def test_past_reads_past_words_a_test_accepts():
    from reader.core.negation_words import (  # here, for the other tests to run without it
        CARRYING_A_VERB,
        past,
    )
    words = "the board had refused to publicly back moran".split()
    assert past(words, 5, adverb_in_ly) == 6
    assert past(words, 2, CARRYING_A_VERB) == 3


def test_a_refusal_against_the_same_subject_promising_the_deed_still_turns_round():
    # only an order to another ("was ordered to") is read apart; a promise of the landlord's own is as before
    assert turned("The landlord refused to repair the roof, tenants said.",
                  "The landlord had promised to repair the roof, tenants said.")
