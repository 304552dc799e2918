"""A count put where the other report says there is none ("Two deaths have been linked" / "No deaths have
been linked") turns the claim round: the relation is related, the note says which side negates it, and the
suggestion is disputed."""

from __future__ import annotations

import pytest
from claim_turns import turned

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import NEGATED_ONLY, SAYS_THE_OPPOSITE, link_notes
from reader.core.suggest import DISPUTED, suggest


@pytest.mark.parametrize("a, b", [
    ("Two deaths have been linked to the heat, the health agency said.",
     "No deaths have been linked to the heat, the health agency said."),
    ("Officials said 14 injuries were reported after the explosion at the depot.",
     "Officials said no injuries were reported after the explosion at the depot."),
    ("Several arrests were made during the protest in the city centre.",
     "No arrests were made during the protest in the city centre."),
])
def test_a_count_against_none_turns_the_claim_round(a, b):
    assert turned(a, b) and turned(b, a)


@pytest.mark.parametrize("a, b", [
    # A count against another count, or "no" beside the count kept on both sides: the ledger's, not a negation.
    ("Two deaths have been linked to the heat.", "Three deaths have been linked to the heat."),
    ("Two deaths have been linked to the heat, and no injuries.", "Two deaths have been linked to the heat."),
    # "zero" and "0" say what "no" says.
    ("Zero deaths have been linked to the outbreak, officials said.",
     "No deaths have been linked to the outbreak, officials said."),
    ("0 deaths have been linked to the outbreak, officials said.",
     "No deaths have been linked to the outbreak, officials said."),
])
def test_a_count_against_a_count_or_a_negation_elsewhere_is_no_count_against_none(a, b):
    assert not turned(a, b) and not turned(b, a)


def test_the_link_is_noted_and_suggested_disputed():
    a = "Two deaths have been linked to the heat, the health agency said."
    b = "No deaths have been linked to the heat, the health agency said."
    comparison = compare(document_from_text(f"Report\n\n{a}\n"), document_from_text(f"Report\n\n{b}\n"))
    (link,) = comparison.links
    assert link.relation == "related"
    assert [(note.kind, note.side) for note in link_notes(comparison, link)] == [(NEGATED_ONLY, "b")]
    assert suggest(comparison, "a")[link.a].suggested == DISPUTED


@pytest.mark.parametrize("a, b", [
    ("Emergency phone lines were unaffected.", "Emergency phone lines were knocked out."),
    ("The hatch to the module has been sealed.", "The hatch to the module remains open."),
    # Two longer runs, each opening on a word of the lists and only adding to it.
    ("The hatch to the module has been sealed to slow the loss of air.",
     "The hatch to the module remains open so that crew can monitor the crack."),
])
def test_a_state_and_its_opposite_turn_the_claim_round(a, b):
    assert turned(a, b) and turned(b, a)


@pytest.mark.parametrize("a, b", [
    ("Emergency phone lines were unaffected.", "Emergency phone lines were undamaged."),
    ("The hatch to the module has been sealed to slow the loss of air.",
     "The hatch to the module has been shut to slow the loss of air from the station."),
])
def test_a_state_told_in_other_words_of_its_side_turns_nothing(a, b):
    assert not turned(a, b) and not turned(b, a)


@pytest.mark.parametrize("a, b", [
    # Two opposite verbs on two things the runs name: two deeds, not one claim turned round.
    ("Detectives investigating the stabbing in Leeds city centre on Monday arrested two men near the station.",
     "Detectives investigating the stabbing in Leeds city centre on Monday released images of a cyclist near the "
     "station."),
    ("The company opened a new factory in Sunderland last year, the annual report shows.",
     "The company closed its oldest plant in Sunderland last year, the annual report shows."),
])
def test_opposite_verbs_acting_on_two_things_turn_nothing(a, b):
    assert not turned(a, b) and not turned(b, a)


@pytest.mark.parametrize("a, b", [
    # B tells A's rise in its own word ("rose") and adds the fall after it, as A does: no claim turned round.
    ("Oil prices climbed 2% after news of the blockage, before easing in the afternoon.",
     "Oil prices rose by 2% on the news before falling back in afternoon trading."),
])
def test_a_claim_told_in_other_words_turns_nothing(a, b):
    assert not turned(a, b) and not turned(b, a)


def test_two_hedges_of_two_figures_are_the_ledgers_not_a_claim_turned_round():
    a = "More than 150 vessels are now waiting to pass through the canal."
    b = "At least 90 vessels are now waiting to pass through the canal."
    comparison = compare(document_from_text(f"{a}\n"), document_from_text(f"{b}\n"))
    (link,) = comparison.links
    assert link.has_conflict
    assert SAYS_THE_OPPOSITE not in [note.kind for note in link_notes(comparison, link)]


def test_a_rise_against_a_fall_elsewhere_still_turns_the_claim_round():
    assert turned("Oil prices climbed 2% after news of the blockage.",
                  "On the news of the blockage, oil prices fell back 2%.")
