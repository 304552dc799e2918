"""Claims turned round in other words, from QA pass 33 (cliqa33 D1), each of which had been suggested corroborated on
both sides: a switch's state told in longer runs ("was switched on at the time" / "was off when the aircraft
lurched"), a cut ruled out against the cut told in another of its words ("has ruled out cutting the levy" / "will
reduce the levy") and a fall against the comparative of a rise set against an earlier time ("decreased slightly" /
"More people ... than in 2016").  And no note for another time, another thing, or a comparison with no time."""

from __future__ import annotations

import pytest
from claim_turns import assert_disputed, link_after_shared, turned

from reader.core.link_notes import NEGATED_ONLY, SAYS_THE_OPPOSITE, link_notes


def _notes(a: str, b: str) -> list[tuple[str, str, str]]:
    comparison, link = link_after_shared(a, b)
    return [(note.kind, note.a, note.b) for note in link_notes(comparison, link)]


# -- a switch on and off -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The seatbelt sign was switched on at the time, the airline said.",
     "Passengers said the seatbelt sign was off when the aircraft lurched."),
    ("The seatbelt sign was on when the plane hit turbulence.",
     "The seatbelt sign was switched off when the plane hit turbulence."),
])
def test_switched_on_against_off_is_disputed(a, b):
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)


def test_switched_on_against_off_quotes_both_states():
    a = "The seatbelt sign was switched on at the time, the airline said."
    b = "Passengers said the seatbelt sign was off when the aircraft lurched."
    assert _notes(a, b) == [(SAYS_THE_OPPOSITE, "switched on at", "off when")]


def test_switched_on_and_off_at_two_times_is_not_turned_by_the_longer_runs():
    a = "The seatbelt sign was switched on at the time, the airline said."
    b = "The seatbelt sign was switched off after landing, the airline said."
    assert not turned(a, b) and not turned(b, a)


# -- a cut ruled out against the cut told -------------------------------------------------------------------------

def test_cut_ruled_out_against_a_reduction_is_disputed():
    a = "The government has ruled out cutting the general fuel levy, the department said."
    b = "Government will temporarily reduce the general fuel levy by R1.50 a litre from May, the department said."
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)
    assert _notes(a, b) == [(NEGATED_ONLY, "has ruled out", "")]


@pytest.mark.parametrize("b", [
    "The government will not reduce the general fuel levy.",  # the same claim
    "The government will raise the general fuel levy from May.",  # not ruled out by A either
    "The government will reduce the VAT rate on food from May.",  # another thing cut
])
def test_cut_ruled_out_against_no_cut_or_a_cut_of_another_thing_says_nothing(b):
    a = "The government has ruled out cutting the general fuel levy."
    assert not turned(a, b) and not turned(b, a)


# -- a fall against "more ... than" an earlier time ------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The number of people who said they could speak Irish decreased slightly.",
     "More people said they could speak Irish than in 2016."),
    ("The number of people who said they could speak Irish rose slightly.",
     "Fewer people said they could speak Irish than in 2016."),
])
def test_change_against_the_opposite_comparison_with_an_earlier_time_is_disputed(a, b):
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)


def test_fall_against_more_than_quotes_both():
    a = "The number of people who said they could speak Irish decreased slightly."
    b = "More people said they could speak Irish than in 2016."
    assert _notes(a, b) == [(SAYS_THE_OPPOSITE, "decreased slightly", "More")]


@pytest.mark.parametrize("a, b", [
    # the same change
    ("The number of people who said they could speak Irish decreased slightly.",
     "Fewer people said they could speak Irish than in 2016."),
    # more than expected: no earlier time
    ("The number of people who said they could speak Irish decreased slightly.",
     "More people said they could speak Irish than expected."),
    # the change of another language
    ("The number of people who could speak Polish decreased slightly.",
     "More people said they could speak Irish than in 2016."),
])
def test_change_against_a_comparison_of_the_same_change_no_time_or_another_thing_says_nothing(a, b):
    assert not turned(a, b) and not turned(b, a)
