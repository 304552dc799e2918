"""Ledger rows from invented report pairs of the eighth review and the twelfth CLI QA pass: the age of a thing
made never meets a person's age, a clock time in words may be either half of the day, bracketed ages meet the
other report's ages, those who remain missing are no toll of the dead, points are no per cent, and "a pair of"
drones is two."""

from __future__ import annotations

import pytest
from ledger_rows import both_ways, ledger_with_texts, probe

from reader.cli.report import _ledger_lines

# --- H1: a thing's age and a person's --------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The ferry, built 34 years ago, sank off the coast, the captain said.",
     "The ferry sank off the coast, its 58-year-old captain said."),
    ("The minister defended a decision made 10 years ago.", "The 52-year-old minister defended the decision."),
    ("Police reopened a murder case first opened 30 years ago.",
     "Police reopened the murder of a 19-year-old woman."),
    ("The club, founded some 140 years ago, said its chairman would appeal.",
     "The club said its chairman, 71, would appeal."),
])
def test_the_age_of_a_thing_made_never_meets_a_persons_age(a, b):
    found = both_ways(a, b)
    assert found["conflict"] == [] and found["agree"] == []


def test_the_age_of_a_thing_made_never_agrees_with_a_persons_equal_age():
    found = both_ways("The ferry was built 34 years ago in Japan.", "The 34-year-old captain was rescued.")
    assert found["agree"] == [] and found["conflict"] == []


@pytest.mark.parametrize("a, b, pair", [
    ("The ferry was built 34 years ago in Japan.", "The 31-year-old ferry was built in Japan.",
     ("34 years", "31-year-old")),
    ("The ferry, built 34 years ago, sank.", "The ferry, built 31 years ago, sank.", ("34 years", "31 years")),
    ("Built thirty years ago, the bridge needs repairs.", "The 35-year-old bridge needs repairs.",
     ("thirty years", "35-year-old")),
])
def test_the_age_of_a_thing_made_disputes_the_age_of_the_same_thing(a, b, pair):
    assert both_ways(a, b)["conflict"] == [pair]


def test_the_ages_of_two_things_stay_apart():
    found = both_ways("The bridge, built 40 years ago, was closed.", "The 31-year-old ferry was closed.")
    assert found["conflict"] == [] and found["agree"] == []


# --- D5 / L3: a clock time in words has no half of the day unless its words say ------------------------------

@pytest.mark.parametrize("other", ["10.30pm", "22:30", "10.30am"])
def test_a_clock_in_words_fits_either_half_of_the_day(other):
    found = ledger_with_texts(f"The crush began at {other} as crowds moved towards the main stage.",
                              "The crush began at half past ten as crowds surged towards the main stage.")
    assert found["agree"] == [(other, "half past ten")] and found["conflict"] == []


def test_a_clock_in_words_disputes_another_time_in_either_half():
    found = ledger_with_texts("The crush began at 11pm.", "The crush began at half past ten.")
    assert found["conflict"] == [("11pm", "half past ten")]


def test_a_clock_in_words_of_the_night_disputes_the_morning():
    found = ledger_with_texts("The crush began at 10.30am.", "The crush began at half past ten at night.")
    assert found["conflict"] == [("10.30am", "half past ten")]


def test_half_past_twelve_at_night_is_after_midnight():
    found = ledger_with_texts("The fire started at half past twelve at night.", "The fire started at 00:30.")
    assert found["agree"] == [("half past twelve", "00:30")] and found["conflict"] == []


@pytest.mark.parametrize("other, row", [
    ("three quarters", "conflict"),
    ("67%", "agree"),
])
def test_a_share_after_a_quarter_to_meets_the_other_share(other, row):
    found = ledger_with_texts("Support for the plan rose from a quarter to two thirds of voters, the poll found.",
                              f"Support for the plan rose from a quarter to {other} of voters, the poll found.")
    assert found[row] == [("two thirds", other)]
    assert not any("quarter to" in figure for pair in found["agree"] + found["conflict"] for figure in pair)


# --- M1 / M2 / D12 / D13: bracketed ages meet the other report's ages --------------------------------------

@pytest.mark.parametrize("a, b, pair", [
    ("John Smith (44), of Hove, was charged with assault after a fight at a football match.",
     "John Smith, 45, of Hove, was charged with assault after a fight at a football match.", ("44", "45")),
    ("Mark Hill (44) was banned from driving for three years, the court heard.",
     "Mark Hill, 47, was banned from driving for three years, the court heard.", ("44", "47")),
    ("The ringleader, Marcus Vell (34), was serving a life sentence for murder.",
     "Vell, 43, was serving a life sentence for murder and is thought to be the ringleader.", ("34", "43")),
])
def test_a_bracketed_age_disputes_the_other_reports_age(a, b, pair):
    assert both_ways(a, b)["conflict"] == [pair]


@pytest.mark.parametrize("a, b, pair", [
    ("Mark Hill (44) was last seen on Friday.", "Mark Hill, aged 44, was last seen on Friday.", ("44", "aged 44")),
    ("The ship's captain, Piet Danner (52), is being questioned by investigators.",
     "Investigators are questioning the 52-year-old captain, Piet Danner.", ("52", "52-year-old")),
])
def test_a_bracketed_age_agrees_with_the_other_reports_age(a, b, pair):
    found = both_ways(a, b)
    assert pair in found["agree"] and found["conflict"] == []


# --- M3: those who remain missing -------------------------------------------------------------------------------

@pytest.mark.parametrize("missing", [
    "Twelve people from the village remain missing after the flood, officials said.",
    "Twelve crew members remain missing after the flood, officials said.",
    "Twelve villagers are feared missing after the flood, officials said.",
    "Twelve people were reported missing after the flood, officials said.",
])
def test_those_who_remain_missing_are_no_toll_of_the_dead(missing):
    found = ledger_with_texts("Fourteen people died in the flood, officials said.", missing)
    assert found["conflict"] == [] and found["only_b"] == ["Twelve"]


def test_a_toll_beside_those_missing_still_disputes_the_other_toll():
    found = ledger_with_texts("Fourteen people died in the flood, officials said.",
                              "Twelve people died and two remain missing after the flood, officials said.")
    assert found["conflict"] == [("Fourteen", "Twelve")]


# --- D11: percentage points are no per cent ----------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The proportion of homes rented privately rose by 2 percentage points over the decade.",
     "The proportion of homes rented privately rose by 2 per cent over the decade."),
    ("Unemployment fell 0.4 percentage points in March.", "Unemployment fell 0.4% in March."),
])
def test_a_change_in_points_disputes_the_same_change_in_per_cent(a, b):
    assert len(both_ways(a, b)["conflict"]) == 1


def test_a_change_in_points_and_another_in_per_cent_may_both_be_true():
    found = both_ways("Support rose 2 points to 42%.", "Support rose 5% to 42%.")
    assert found["conflict"] == [] and found["agree"] == [("42%", "42%")]


def test_points_and_per_cent_of_one_change_dispute_in_the_report():
    link = probe("The proportion of homes rented privately rose by 2 percentage points over the decade.",
                 "The proportion of homes rented privately rose by 2 per cent over the decade.")
    assert link is not None and len(link.numbers.conflict) == 1


# --- D14: "a pair of" drones ---------------------------------------------------------------------------------------

def test_a_pair_of_drones_agrees_with_two_drones():
    found = both_ways("Witnesses reported seeing two drones flying over the perimeter fence.",
                      "Witnesses said they saw a pair of drones flying over the perimeter fence.")
    assert found["agree"] == [("two", "a pair of drones")] and found["conflict"] == []


def test_a_pair_of_drones_disputes_three_drones():
    found = both_ways("Witnesses reported seeing three drones.", "Witnesses said they saw a pair of drones.")
    assert found["conflict"] == [("three", "a pair of drones")]


@pytest.mark.parametrize("a, b, line", [
    ("Both pilots were rescued on Tuesday.", "Two pilots were rescued on Tuesday.",
     '    numbers agree: "Both pilots" = "Two", Tuesday'),
    ("Witnesses saw two drones on Tuesday.", "Witnesses saw a pair of drones on Tuesday.",
     '    numbers agree: "two" = "a pair of drones", Tuesday'),
])
def test_the_report_shows_a_count_of_two_in_words_with_its_noun(a, b, line):
    link = probe(a, b)
    assert link is not None
    assert _ledger_lines(link.numbers) == [line]
