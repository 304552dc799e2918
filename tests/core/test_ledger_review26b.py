"""Ledger, from code review 26: a country holds two sentences' figures apart only where it is what they are of, in
one role on both sides (not a nationality, an attacker's adjective or a sea's name); a year holds a figure apart
from one of now only where it dates the figure's clause (not "since records began in 1950", "founded in 1998"), and
a verb of saying tells nothing as now; figures of a past year and of now do not agree either; a count of two kinds
of one class is no count of the class; "lifted off" is read in order wherever an undoing deed is looked for; and a
place followed by a sayer ("officials in Tripoli said") is where the figure was given out.  Each row as outlets
write it; the rows the rules were made for are in test_ledger_qa32.py and test_ledger_qa33.py."""

from __future__ import annotations

import pytest
from ledger_rows import ledger_with_texts


def _conflicts(a: str, b: str) -> list:
    return ledger_with_texts(a, b)["conflict"]


# --- H1: a country that is not what the figures are of sets nothing apart ------------------------------------------

@pytest.mark.parametrize("a, b, conflict", [
    # A nationality against the place it happened.
    ("The British tourist fell 20 metres from the balcony of his sixth-floor room.",
     "The tourist fell 15 metres from the balcony of his room in Spain.", ("20 metres", "15 metres")),
    # The attacker's adjective against the target.
    ("Israeli strikes killed 20 people, the health ministry said.",
     "The strikes on Lebanon killed 25 people, according to the health ministry.", ("20", "25")),
    ("Israeli strikes killed 20 people, the health ministry said.",
     "The strikes killed 25 Lebanese civilians, the health ministry said.", ("20", "25")),
    # A country inside another name.
    ("The storm strengthened over the Gulf of Mexico overnight, with winds of 150mph.",
     "The storm strengthened after passing Cuba overnight, with winds of 130mph.", ("150mph", "130mph")),
    ("The cyclone crossed the Indian Ocean with winds of 150mph.", "The cyclone hit Mozambique with winds of 130mph.",
     ("150mph", "130mph")),
    # People of a country among the dead, against the place: two roles.
    ("The blast killed 20 people, including three Americans.", "The blast killed 25 people in Lebanon.",
     ("20", "25")),
])
def test_a_country_the_figures_are_not_of_sets_nothing_apart(a, b, conflict):
    assert _conflicts(a, b) == [conflict]


# --- H2: a year that dates no event of the figure, and a verb of saying, tell no two events -----------------------

@pytest.mark.parametrize("a, b, conflict", [
    ("The floods, the worst since records began in 1950, killed 12 people, officials said.",
     "The floods have killed 15 people, officials said.", ("12", "15")),
    ("The company, founded in 1998, will cut 2,300 jobs.", "The firm has announced it will cut 2,500 jobs.",
     ("2,300", "2,500")),
])
def test_a_year_of_an_aside_or_a_verb_of_saying_still_disputes(a, b, conflict):
    assert _conflicts(a, b) == [conflict]


def test_a_past_years_figure_does_not_agree_with_the_storys():
    # QA 32 pair 5 (R1): the 2021 outage's count confirms nothing of Thursday's.
    result = ledger_with_texts(
        "About 480,000 homes and businesses across south-east and central Queensland lost power on Thursday "
        "afternoon after a fault on the state's high-voltage network.",
        "The last major outage in Queensland, in 2021, affected 477,000 customers after a fire at the Callide "
        "power station.")
    assert result["agree"] == [] and result["conflict"] == []


# --- H5: two kinds of one class counted are parts of it ---------------------------------------------------------------

def test_a_count_of_two_kinds_of_a_class_is_no_count_of_the_class():
    assert _conflicts("The action will affect 141 institutions, the union said.",
                      "The action will affect 90 universities and 51 colleges, the union said.") == []


# --- L1: "lifted off" is no undoing deed, in a day's clause as in the sentence ---------------------------------------

def test_a_launch_that_lifted_off_is_dated_beside_another_undoing_deed():
    assert _conflicts("The rocket lifted off on Jan. 17, and flights resumed on Jan. 18.",
                      "The rocket was launched on January 14.") == [("Jan. 17", "January 14")]


# --- Where a figure was given out: a place before a sayer ------------------------------------------------------------

def test_a_place_before_a_sayer_is_no_place_of_the_figure():
    assert _conflicts("The floods killed 120 people, officials in Tripoli said.",
                      "The floods killed 95 people in Derna.") == [("120", "95")]
