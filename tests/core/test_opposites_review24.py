"""Claims turned round, from code review 24 and CLI QA passes 30 and 31.  A sign denied before a clause ("there was no
indication that the shooting was linked to terrorism") denies only the clause the other report tells: its verb,
the thing after the verb and its subject (review 24, H3).  Turned round in other words (QA30 D1, QA31 D1): a
refusal of the deed the other report tells given ("had been given the board's full backing" / "had refused to
publicly back"), a state denied behind a seeming ("is likely tidally locked" / "does not appear to be tidally
locked"), a verb told past a subject both name ("union PPTA has also accepted a similar offer" / "The PPTA ...
rejected its offer") and "among those killed" against "survived".  And no note where each meets another person,
another thing or another time; two people's fates ("the driver survived" / "a passenger was killed") are two
claims.  The shared word helpers (review 24, L5) are read once, in ``negation_words``."""

from __future__ import annotations

import pytest
from claim_turns import assert_disputed, link_after_shared, turned

from reader.core.link_notes import (
    NAMES_DIFFER,
    NEGATED_ONLY,
    SAYS_THE_OPPOSITE,
    link_notes,
)
from reader.core.negation_words import DETERMINERS, past, thing_after
from reader.core.suggest import CORROBORATED, DISPUTED, suggest

_TURNING = (NEGATED_ONLY, SAYS_THE_OPPOSITE)


def _notes(a: str, b: str) -> list[tuple[str, str, str]]:
    comparison, link = link_after_shared(a, b)
    return [(note.kind, note.a, note.b) for note in link_notes(comparison, link)]


def _quiet(a: str, b: str) -> None:
    """Neither sentence turns the other round, the link has no note saying so, and neither side is disputed."""
    assert not turned(a, b) and not turned(b, a)
    comparison, link = link_after_shared(a, b)
    assert not [note for note in link_notes(comparison, link) if note.kind in _TURNING]
    assert suggest(comparison, "a")[link.a].suggested != DISPUTED
    assert suggest(comparison, "b")[link.b].suggested != DISPUTED


# -- a sign denied before a clause the other report does not tell (review 24 H3) -----------------------------------

@pytest.mark.parametrize("a, b", [
    # the thing after the verb: terrorism, not a dispute
    ("Police said there was no indication that the shooting was linked to terrorism.",
     "Police said the shooting was linked to a dispute between two families."),
    # who started it: the tenant, not an arsonist
    ("Detectives said there was no evidence that the fire was started by the tenant.",
     "Detectives said the fire was started by an arsonist who broke in overnight."),
    # the subject: gunmen, not guards
    ("Officials said the two guards were armed.",
     "Officials said there was no indication the gunmen were armed."),
])
def test_no_sign_of_another_clause_says_nothing(a, b):
    _quiet(a, b)


def test_no_sign_of_the_very_clause_the_other_tells_is_disputed():
    a = "Police said there was no indication that the shooting was linked to terrorism."
    b = "Police said the shooting was linked to terrorism."
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)
    assert _notes(a, b) == [(NEGATED_ONLY, "no indication that", "")]


# -- a refusal of the deed the other report tells given (QA30 D1) ---------------------------------------------------

@pytest.mark.parametrize("a, b, refusal", [
    ("Moran had been given the board's full backing only last week.",
     "The board had refused to publicly back Moran last week.", "The board had refused to publicly back"),
    ("The minister had been given the party's backing on Monday.",
     "The party declined to back the minister on Monday.", "The party declined to back"),
])
def test_backing_given_against_refused_is_disputed(a, b, refusal):
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)
    assert _notes(a, b) == [(NEGATED_ONLY, "", refusal)]


@pytest.mark.parametrize("a, b", [
    # another giver: the fans, not the board
    ("Moran had been given the fans' full backing only last week.",
     "The board had refused to publicly back Moran last week."),
    # another time
    ("Moran had been given the board's full backing in March.",
     "The board had refused to publicly back Moran last week."),
    # another thing refused
    ("Moran had been given the board's full backing only last week.",
     "The board had refused to publicly back the new stadium plan last week."),
])
def test_backing_refused_of_another_giver_time_or_thing_says_nothing(a, b):
    assert not turned(a, b) and not turned(b, a)
    assert not [kind for kind, _, _ in _notes(a, b) if kind in _TURNING]


# -- a state denied behind a seeming (QA30 D1) -----------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The planet is likely tidally locked, with one side always facing its star.",
     "Unlike many planets this close to their stars, it does not appear to be tidally locked, the team said."),
    ("The bridge was probably damaged by the flood.",
     "The bridge does not seem to have been damaged by the flood."),
])
def test_likely_against_does_not_appear_to_be_is_disputed(a, b):
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)
    assert [kind for kind, _, _ in _notes(a, b)] == [NEGATED_ONLY]


def test_a_state_denied_of_another_body_says_nothing():
    _quiet("The planet is likely tidally locked.", "The moon does not appear to be tidally locked.")


# -- a verb told past a subject both reports name (QA30 D1) ----------------------------------------------------------

def test_accepted_against_rejected_past_the_union_named_is_disputed():
    a = "Secondary teachers' union PPTA has also accepted a similar offer."
    b = "The PPTA, which represents secondary teachers, rejected its offer last week and will continue strike action."
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)
    assert _notes(a, b) == [(SAYS_THE_OPPOSITE, "union PPTA has also accepted a similar", "rejected its")]


def test_accepted_by_another_union_says_nothing():
    _quiet("The primary teachers' union NZEI has accepted the offer.",
           "The PPTA, which represents secondary teachers, rejected its offer last week.")


# -- "among those killed" against "survived" (QA31 D1) -------------------------------------------------------------

def test_driver_survived_against_among_those_killed_is_disputed():
    a = "Police said the driver survived the crash and had been detained while prosecutors investigate."
    b = "The driver was among those killed, police said."
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)
    assert [kind for kind, _, _ in _notes(a, b)] == [SAYS_THE_OPPOSITE]


@pytest.mark.parametrize("b", [
    "Police said a passenger was among those killed in the crash.",
    "Police said a passenger was killed in the crash.",
])
def test_the_fate_of_another_person_says_nothing(b):
    _quiet("Police said the driver survived the crash.", b)


# -- another place (review 24, seen in passing) -----------------------------------------------------------------------

def test_none_cancelled_at_one_airport_against_dozens_at_another_is_not_corroborated():
    a = "No flights were cancelled at Heathrow, the airport said."
    b = "Dozens of flights were cancelled at Gatwick, the airport said."
    comparison, link = link_after_shared(a, b)
    assert [note.kind for note in link_notes(comparison, link)] == [NAMES_DIFFER]
    assert suggest(comparison, "a")[link.a].suggested != CORROBORATED


# -- the shared word helpers (review 24 L5) --------------------------------------------------------------------------

def test_thing_after_reads_past_determiners_and_the_words_given():
    words = "rescuers could not reach the group".split()
    assert thing_after(words, words.index("reach")) == "group"
    words = "no threat of a tsunami".split()
    assert thing_after(words, words.index("of")) == "tsunami"
    words = "linked to the dispute".split()
    assert thing_after(words, 0) is None  # "to" is no noun
    assert thing_after(words, 0, DETERMINERS | {"to"}) == "dispute"
    assert past(words, 1, DETERMINERS | {"to"}) == 3
