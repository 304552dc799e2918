"""Link notes, from QA passes 34 and 35 (link_notes.py).

* A group that "has claimed responsibility" tells a deed done, and a council that "has admitted" a thing
  concedes it: neither hedges the claim, and neither may stand in the way of a corroborated tag (QA 34 D9).
* A negation both sides keep, which the other side's words put on another verb ("drinking water was not
  affected and ... remained safe to drink" / "not to drink tap water"), turns the claim round with no word of
  its own on the turning side: the note quotes that side's negation on to its verb (QA 35 D1, r35v).
* A kept name running on into a body on one side and into an officer of it on the other ("Rockford Fire
  Department" / "Rockford Fire Chief Derek Almquist") names one source, not two (QA 35 D11).
"""

from __future__ import annotations

from claim_turns import link_after_shared

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import HEDGED_ONLY, NAMES_DIFFER, NEGATED_ONLY, link_notes
from reader.core.suggest import CORROBORATED, DISPUTED, suggest


def _notes(a: str, b: str) -> list[tuple[str, str, str]]:
    comparison, link = link_after_shared(a, b)
    return [(note.kind, note.a, note.b) for note in link_notes(comparison, link)]


def _tags(a: str, b: str) -> tuple[str | None, str | None]:
    comparison, link = link_after_shared(a, b)
    return suggest(comparison, "a")[link.a].suggested, suggest(comparison, "b")[link.b].suggested


# -- claimed responsibility, admitted: no hedge ------------------------------------------------------------------

RANSOM_A = """Castlebridge council services down after ransomware attack

A criminal group calling itself BlackMarsh has claimed responsibility and is demanding a ransom of £2.4m in Bitcoin.

A ransomware attack has shut down most of Castlebridge City Council's online services, leaving residents unable to pay council tax.

Council tax direct debits due on 1 December will still be taken.
"""

RANSOM_B = """Castlebridge council hit by ransomware attack

The gang, which calls itself BlackMarsh, is demanding a £2.4 million ransom and has set a deadline of seven days.

A ransomware attack has crippled Castlebridge city council's computer systems, leaving residents unable to pay council tax online.

Direct debits scheduled for December 1st will be collected as normal, the council said.
"""


def test_claimed_responsibility_is_no_hedge_and_the_ransom_link_is_corroborated():
    comparison = compare(document_from_text(RANSOM_A), document_from_text(RANSOM_B))
    (link,) = [link for link in comparison.links if link.a == 1 and link.b == 1]
    assert [note.kind for note in link_notes(comparison, link)] == []
    assert suggest(comparison, "a")[1].suggested == CORROBORATED
    assert suggest(comparison, "b")[1].suggested == CORROBORATED


def test_claimed_lives_is_no_hedge():
    assert HEDGED_ONLY not in [kind for kind, _, _ in _notes(
        "The storm has claimed at least 12 lives in the region since Monday.",
        "The storm has killed at least 12 people in the region since Monday.")]


def test_admitted_that_is_no_hedge():
    a = "The council said residents' personal details were stolen in the attack."
    b = "The council has admitted that residents' personal details were stolen in the attack."
    assert _notes(a, b) == []
    assert _tags(a, b) == (CORROBORATED, CORROBORATED)


def test_a_claim_told_of_a_deed_still_hedges():
    # The deed has a clause of its own: what is claimed of it, passed on.
    assert (HEDGED_ONLY, "The group has claimed", "") in _notes(
        "The group has claimed the attack was staged by police.", "The attack was staged by police.")


def test_allegedly_still_hedges_against_admitted():
    notes = _notes("The council has admitted that residents' personal details were stolen in the attack.",
                   "The council said residents' personal details were allegedly stolen in the attack.")
    assert [(kind, a_words) for kind, a_words, _ in notes] == [(HEDGED_ONLY, "")]  # hedged in B only
    assert "allegedly" in notes[0][2]


# -- a kept negation put on another verb -------------------------------------------------------------------------

def test_a_kept_negation_put_on_another_verb_is_negated_only_and_disputed():
    a = "The city said drinking water was not affected and the public water supply remained safe to drink."
    b = ("City officials told residents on the east side not to drink tap water until further notice while tests were "
         "carried out.")
    assert _notes(a, b) == [(NEGATED_ONLY, "", "not to drink")]
    assert _tags(a, b) == (DISPUTED, DISPUTED)


def test_a_kept_negation_on_the_same_verb_says_nothing():
    assert _notes("Residents were told not to drink tap water.",
                  "Residents were told not to drink the tap water until further notice.") == []


# -- a body and its officer ----------------------------------------------------------------------------------------

def test_a_body_and_its_officer_are_one_source():
    a = "The leak began at 6:40 a.m., Rockford Fire Chief Derek Almquist said."
    b = "The leak began at 6:40 a.m., according to a Rockford Fire Department statement."
    assert _notes(a, b) == []
    assert _tags(a, b) == (CORROBORATED, CORROBORATED)


def test_two_bodies_and_two_officers_still_differ():
    assert _notes("The leak began at 6:40 a.m., Rockford Fire Chief Derek Almquist said.",
                  "The leak began at 6:40 a.m., Rockford Police Chief Derek Almquist said.") == [
        (NAMES_DIFFER, "Fire", "Police")]
    assert _notes("The plan was approved on Monday, Prime Minister Keir Starmer said.",
                  "The plan was approved on Monday, Prime Minister Rishi Sunak said.") == [
        (NAMES_DIFFER, "Keir Starmer", "Rishi Sunak")]
