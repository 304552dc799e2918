"""Ledger, from CLI QA pass 34: counts of two named yards ("A Heretaunga St car dealer" / "an Ahuriri car yard")
and life expectancy at birth against at an age are no disputes (D4); "about" a figure rounded to its second digit
("about 310,000") reaches what rounds to it, not 301,000 (D8).  Each row as outlets write it, with the traps
that must stay as they were."""

from __future__ import annotations

import pytest
from ledger_rows import ledger_with_texts

# --- D4: counts of two named holders ---------------------------------------------------------------------------------


def test_counts_of_two_yards_each_named_apart_are_no_dispute():
    result = ledger_with_texts("A Heretaunga St car dealer said 120 new cars on his yard had been damaged.",
                               "In Napier, an Ahuriri car yard reported 45 vehicles damaged.")
    assert result["conflict"] == []


def test_a_named_yard_and_a_town_the_first_omits_are_no_dispute():
    result = ledger_with_texts("A Ponsonby jeweller said 12 watches had been stolen.",
                               "In Newmarket, a jeweller lost 15 watches in the raid.")
    assert result["conflict"] == []


@pytest.mark.parametrize("a, b, conflict", [
    # One yard named on both sides.
    ("A Heretaunga St car dealer said 120 new cars on his yard had been damaged.",
     "The Heretaunga St dealer said 45 vehicles were damaged.", ("120", "45")),
    # A side that names no holder.
    ("A Heretaunga St car dealer said 120 new cars on his yard had been damaged.",
     "A car dealer said 45 vehicles were damaged.", ("120", "45")),
    # A people's adjective may name one holder two ways.
    ("A British tour operator said 120 bookings had been cancelled.",
     "An English tour operator said 45 bookings had been cancelled.", ("120", "45")),
])
def test_one_holder_still_disputes(a, b, conflict):
    assert ledger_with_texts(a, b)["conflict"] == [conflict]


# --- D4: a measure at birth and at an age ----------------------------------------------------------------------------


def test_life_expectancy_at_an_age_and_at_birth_are_two_measures():
    result = ledger_with_texts("Average life expectancy at 66 is now about 20 years, the department said.",
                               "Life expectancy at birth in Ireland is now 82.8 years.")
    assert result["conflict"] == []


@pytest.mark.parametrize("a, b, conflict", [
    ("Life expectancy at birth is now 82.4 years, the department said.",
     "Life expectancy at birth in Ireland is now 82.8 years.", ("82.4 years", "82.8 years")),
    ("Average life expectancy at 66 is now about 20 years, the department said.",
     "Life expectancy at 66 in Ireland is now 16 years.", ("about 20 years", "16 years")),
])
def test_one_measure_still_disputes(a, b, conflict):
    assert ledger_with_texts(a, b)["conflict"] == [conflict]


# --- D8: "about" a figure rounded to its second digit -----------------------------------------------------------------


def test_about_a_figure_to_the_ten_thousand_does_not_reach_nine_thousand_away():
    result = ledger_with_texts("The authority serves about 310,000 residents across the city and surrounding villages.",
                               "The authority, which serves 301,000 people, said it was working with the NCSC.")
    assert result["conflict"] == [("about 310,000", "301,000")]


@pytest.mark.parametrize("a, b", [
    # What rounds to the figure as written.
    ("The authority serves about 310,000 residents.", "The authority, which serves 306,000 people, said so."),
    # A figure that is not round keeps its reach ("about 12" meets 13).
    ("About 12 people were hurt.", "13 people were hurt."),
    # A round figure of one digit keeps its tenth.
    ("The authority serves about 300,000 residents.", "The authority, which serves 301,000 people, said so."),
])
def test_about_a_round_figure_still_fits_its_rounding(a, b):
    result = ledger_with_texts(a, b)
    assert result["conflict"] == [] and len(result["agree"]) == 1


def test_some_a_figure_to_the_thousand_reaches_two_steps_not_three():
    # A writer with 653,800 would put "some 654,000"; "some 631,000" still meets 632,900 (tests of pass 33).
    result = ledger_with_texts("There were 653,800 non-Irish citizens living in the State on census night.",
                               "Some 651,000 non-Irish citizens were living in the State on census night.")
    assert result["conflict"] == [("653,800", "some 651,000")]
