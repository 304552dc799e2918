"""The text report on a second QA pass's invented pairs: surnames respelled inside a reworded clause
("Ferrie" / "Ferris", "Ramsay" / "Ramsey"), told from a place and the word for its people ("Russia" /
"Russian"), and a claim one report vouches for only as what "is understood" or "is believed"."""

from __future__ import annotations

import pytest

from reader.cli.report import _spelled_apart
from report_lines import called_out, report_of


# -- Respelled surnames ------------------------------------------------------------------------------

@pytest.mark.parametrize("a_name, b_name", [
    ("Ferrie", "Ferris"), ("Ramsay", "Ramsey"), ("Kelly", "Kelley"), ("Maria", "Mario"), ("Sayers", "Sayer"),
])
def test_a_surname_respelled_is_a_name_spelled_another_way(a_name, b_name):
    assert _spelled_apart([a_name], [b_name]) == [(a_name, b_name)]
    assert _spelled_apart([b_name], [a_name]) == [(b_name, a_name)]


@pytest.mark.parametrize("place, people", [
    ("Russia", "Russian"), ("Russia", "Russians"), ("Ukraine", "Ukrainian"), ("Kenya", "Kenyan"),
    ("Israel", "Israeli"), ("China", "Chinese"), ("Turkey", "Turkish"), ("Canada", "Canadian"),
    ("Iceland", "Icelandic"), ("Europe", "European"),
])
def test_a_place_and_the_word_for_its_people_are_no_respelling(place, people):
    assert _spelled_apart([place], [people]) == []
    assert _spelled_apart([people], [place]) == []


def test_a_respelled_surname_in_a_reworded_clause_is_called_out():
    report = report_of(
        "Train derails\n\nChief inspector Morag Ferrie said it was far too early to say what had caused the "
        "embankment at Glenbrae to fail.\n",
        "Train derails\n\nChief inspector Morag Ferris told NBS the inquiry would look at why the embankment at "
        "Glenbrae failed.\n")
    assert called_out(report, "names differ:") == ['names differ: "Ferrie" (A) vs "Ferris" (B)']


# -- A claim vouched for only as what "is understood" -----------------------------------------------

@pytest.mark.parametrize("hedge", ["is understood to have been", "is believed to have been",
                                   "is thought to have been", "is said to have been"])
def test_a_claim_passed_on_as_understood_is_hedged_on_that_side(hedge):
    hedged = f"Train derails\n\nThe landslip {hedge} caused by water from a blocked culvert under the embankment.\n"
    plain = "Train derails\n\nThe landslip was caused by water from a blocked culvert under the embankment.\n"
    assert called_out(report_of(hedged, plain), "hedged only in") == [f'hedged only in A: "{hedge}"']
    assert called_out(report_of(plain, hedged), "hedged only in") == [f'hedged only in B: "{hedge}"']


def test_a_hedge_of_the_same_form_on_both_sides_is_told_as_hedging_that_differs():
    a = "Train derails\n\nThe driver is understood to have braked before the train hit the landslip at Glenbrae.\n"
    b = "Train derails\n\nThe driver is said to have braked before the train hit the landslip at Glenbrae.\n"
    assert called_out(report_of(a, b), "hedg") == ['hedging differs: "understood" (A) vs "said" (B)']


def test_understood_as_a_plain_verb_hedges_nothing():
    a = "Train derails\n\nPassengers understood the danger and left the carriages quickly after the train stopped.\n"
    b = "Train derails\n\nPassengers saw the danger and left the carriages quickly after the train stopped.\n"
    assert called_out(report_of(a, b), "hedg") == []


@pytest.mark.parametrize("told", ["police", "the council", "Interpol", "officials"])
def test_a_matter_reported_to_a_listener_is_no_hedge(told):
    a = f"Theft at museum\n\nThe theft of the painting was reported to {told} on Monday morning, the museum said.\n"
    b = f"Theft at museum\n\nThe theft of the painting was notified to {told} on Monday morning, the museum said.\n"
    assert called_out(report_of(a, b), "hedg") == []


def test_a_claim_reported_to_have_happened_is_still_hedged():
    a = "Theft at museum\n\nThe painting was reported to have been taken on Monday morning, the museum said.\n"
    b = "Theft at museum\n\nThe painting was taken on Monday morning, the museum said.\n"
    assert called_out(report_of(a, b), "hedged only in") == ['hedged only in A: "reported to have been"']


@pytest.mark.parametrize("name, word", [
    ("Republicans", "Republican"), ("Germany", "German"), ("Somalia", "Somali"),
    ("Philippines", "Philippine"), ("Argentina", "Argentine"),
])
def test_a_name_and_its_plural_or_its_people_word_are_no_respelling(name, word):
    assert _spelled_apart([name], [word]) == []
    assert _spelled_apart([word], [name]) == []


@pytest.mark.parametrize("name, other", [("Ferrie", "Ferris"), ("Ramsay", "Ramsey"), ("Kelly", "Kelley")])
def test_a_surname_with_a_letter_changed_or_added_is_still_respelled(name, other):
    assert _spelled_apart([name], [other]) == [(name, other)]


def test_a_party_and_its_members_in_a_reworded_clause_differ_in_no_name():
    a = "Bill blocked\n\nThe measure was blocked by Republicans in the Senate on Tuesday, officials said.\n"
    b = "Bill blocked\n\nThe measure was blocked by Republican senators on Tuesday, officials said.\n"
    assert called_out(report_of(a, b), "names differ:") == []
