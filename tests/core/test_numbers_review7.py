"""Figures read from invented report pairs of the seventh review: "over a decade" is more than a decade, a lone
span in words ("a day", "an hour") is a round figure, a player's bracketed runs or rating are no age, and a
price of a gallon meets no price of a litre."""

import pytest
from ledger_rows import both_ways, mention

from reader.core.numbers import find_numbers

# --- "over" before a lone span in words is a bound --------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The two families had feuded for over a decade before the shooting, police said.",
     "The two families had feuded for 12 years before the shooting, police said."),
    ("Over a decade after the disaster, families are still waiting for answers.",
     "Fourteen years after the disaster, families are still waiting for answers."),
    ("The bridge has stood for over a century.", "The bridge has stood for 130 years."),
    ("The new line took over a year to build.", "The new line took 19 months to build."),
])
def test_over_a_lone_span_is_more_than_it(a, b):
    found = both_ways(a, b)
    assert found["conflict"] == [] and any(x.endswith(("a decade", "a century", "a year")) for x, _ in found["agree"])


def test_over_a_lone_span_still_disputes_a_shorter_one():
    found = both_ways("The two families had feuded for over a decade.", "The two families had feuded for eight years.")
    assert found["conflict"] == [("over a decade", "eight years")]


def test_under_a_lone_span_is_less_than_it():
    assert mention("He was jailed for under a year.", "a year").hedge == "under"


@pytest.mark.parametrize("text", ["The mill closed over a decade ago.", "The talks ran over two days."])
def test_over_a_span_that_dates_or_counts_sets_no_bound(text):
    assert all(not m.hedge for m in find_numbers(text) if m.kind == "duration")


# --- a lone span in words is a round figure -------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Inflation fell to its lowest level in a decade in March.",
     "Inflation fell to its lowest level in 11 years in March."),
    ("The journalist was freed after a year in custody.", "The journalist was freed after 14 months in custody."),
    ("The motorway was closed for a day after the crash.", "The motorway was closed for 30 hours after the crash."),
    ("Firefighters brought the blaze under control in an hour.",
     "Firefighters brought the blaze under control in 75 minutes."),
    ("The festival ran for a week.", "The festival ran for nine days."),
])
def test_a_lone_span_rounds_a_figure_near_it(a, b):
    found = both_ways(a, b)
    assert found["conflict"] == [] and len(found["agree"]) >= 1


@pytest.mark.parametrize("a, b, pair", [
    ("The journalist was freed after a year in custody.", "The journalist was freed after three years in custody.",
     ("a year", "three years")),
    ("The motorway was closed for a day after the crash.", "The motorway was closed for 40 hours after the crash.",
     ("a day", "40 hours")),
    ("The motorway was closed for a day after the crash.", "The motorway was closed for a week after the crash.",
     ("a day", "a week")),
])
def test_a_lone_span_disputes_a_figure_far_from_it(a, b, pair):
    assert both_ways(a, b)["conflict"] == [pair]


def test_about_a_lone_span_is_as_loose_as_the_span():
    found = both_ways("The feud lasted about a decade.", "The feud lasted 12 years.")
    assert found["conflict"] == [] and found["agree"] == [("about a decade", "12 years")]


# --- a player's bracketed figure is no age ----------------------------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("Ben Stokes (45) fell to a short ball from Pat Cummins as England collapsed to 250 all out.", "45"),
    ("Joe Root (84) was caught behind off Mitchell Starc shortly after lunch on the second day.", "84"),
    ("Tom Curry (6) was sin-binned in the 20th minute.", "6"),
    ("Bukayo Saka (7) went off injured in the first half.", "7"),
    ("Alex Carey (31) was given out lbw to a ball that kept low.", "31"),
])
def test_a_players_bracketed_figure_is_no_age(text, surface):
    assert mention(text, surface).kind != "age"


@pytest.mark.parametrize("text, surface", [
    ("Marcus Ellery (44), of Lymington, was found guilty of nine counts of fraud.", "44"),
    ("Marcus Ellery (44) was found guilty of nine counts of fraud.", "44"),
    ("Mary Byrne (67) died in hospital on Tuesday.", "67"),
    ("Sean Kelly (19) will be sentenced next month.", "19"),
    ("John Ward (58), a retired teacher, said he heard two shots.", "58"),
    ("Sean Kelly (19) from Tallaght was arrested at the scene.", "19"),
])
def test_a_bracketed_age_in_a_report_of_a_case_stays_an_age(text, surface):
    assert mention(text, surface).kind == "age"


def test_a_batsmans_runs_dispute_his_runs_not_his_age():
    found = both_ways("Joe Root (84) was caught behind off Mitchell Starc shortly after lunch on the second day.",
                      "Joe Root, 33, was caught behind off Mitchell Starc for 84 shortly after lunch on the second "
                      "day.")
    assert ("84", "84") in found["agree"] and found["conflict"] == []


def test_a_batsmans_runs_dispute_the_other_reports_runs():
    found = both_ways("Ben Stokes (45) fell to a short ball from Pat Cummins as England collapsed to 250 all out.",
                      "Ben Stokes made 52 before he fell to a short ball from Pat Cummins as England collapsed to 250 "
                      "all out.")
    assert found["conflict"] == [("45", "52")]


# --- a price of a gallon ----------------------------------------------------------------------------------------

def test_a_price_of_a_gallon_meets_no_price_of_a_litre():
    found = both_ways("Petrol prices rose to $3.50 a gallon on Monday, the motoring group said.",
                      "Petrol prices rose to 92 cents a litre on Monday, the motoring group said.")
    assert found["conflict"] == []


@pytest.mark.parametrize("a, b, agree", [
    ("Petrol rose to $3.50 a gallon on Monday.", "Petrol rose to $3.45 a gallon on Monday.", False),
    ("Petrol rose to $3.50 a gallon on Monday.", "Petrol rose to $3.50 per gallon on Monday.", True),
    ("Petrol rose to $3.50 a gallon on Monday.", "Petrol hit $3.50 on Monday.", True),
    ("Petrol rose to $3.50 a gallon on Monday.", "Petrol hit $3.65 on Monday.", False),
])
def test_prices_of_a_gallon_meet_each_other(a, b, agree):
    found = both_ways(a, b)
    assert (len(found["agree"]) == 2, len(found["conflict"]) == 0) == (agree, agree)


def test_a_price_of_a_gallon_is_priced_per_gallon():
    assert mention("Milk costs $4 per gallon.", "$4 per gallon").unit == "USD/gal"
