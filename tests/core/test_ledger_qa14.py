"""Ledger rows from the fourteenth CLI QA pass: counts of coins past their modifiers, a rise by a bounded
fraction against a rise in per cent, rates per a month and per a year, the day a thing was said against the
day it happened, a thing's age against a person's, crew and sailors, and an age told in a clause."""

from __future__ import annotations

import pytest
from ledger_rows import both_ways, ledger_with_texts

# --- H4: a count of coins whatever modifiers stand before the noun -------------------------------------------------

def test_counts_of_coins_with_modifiers_conflict():
    found = both_ways("A hoard of more than 400 gold and silver coins has been found in a field near Ashby.",
                      "A hoard of some 240 coins has been found in a field near Ashby.")
    assert found["conflict"] == [("more than 400", "some 240")]


def test_counts_of_coins_with_modifiers_agree():
    found = both_ways("A hoard of 400 gold and silver coins was found.", "A hoard of 400 coins was found.")
    assert found["agree"] == [("400", "400")] and found["conflict"] == []


def test_an_and_right_after_a_count_ends_its_phrase():
    # "and" joins two modifiers only inside the phrase: right after the figure it opens a clause, so "12"
    # counts no "officers" and meets the other report's count of suspects (read past the "and", the two
    # would be counts of two kinds of people and stand apart).
    found = both_ways("Police arrested 12 and officers seized 30 weapons.", "Police arrested 15 suspects.")
    assert found["conflict"] == [("12", "15")]


# --- H5: a change by a bounded fraction and a change in per cent ---------------------------------------------------

@pytest.mark.parametrize("a, b, pair", [
    ("Electricity demand jumped by almost half during the afternoon, the company said.",
     "Electricity demand rose 30% during the afternoon, the company said.", ("up almost half", "up 30%")),
    ("Sales rose by more than a third last year.", "Sales rose 20% last year.", ("up more than a third", "up 20%")),
    ("Sales fell by nearly a quarter last year.", "Sales fell 10% last year.", ("down nearly a quarter", "down 10%")),
])
def test_a_change_by_a_bounded_fraction_disputes_a_change_clear_of_it(a, b, pair):
    assert ledger_with_texts(a, b)["conflict"] == [pair]


@pytest.mark.parametrize("a, b", [
    ("Demand rose by almost half.", "Demand rose 48%."),  # within the bound: agrees
    ("Sales rose by more than a third.", "Sales rose 40%."),
    ("Demand rose by almost half.", "Demand rose about 30%."),  # a hedged share says too little
    ("Demand rose by almost half.", "Demand fell 30%."),  # a fall is no rise of another size
    ("Demand rose by about a quarter.", "Demand rose 35%."),  # a round fraction, unbounded
])
def test_a_change_by_a_fraction_within_its_bound_or_beside_a_loose_change_is_no_dispute(a, b):
    assert ledger_with_texts(a, b)["conflict"] == []


# --- M1: rates per a period ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, pair", [
    ("For a typical tracker mortgage, payments will fall by about £30 a month.",
     "Payments on a typical tracker mortgage will fall by about £360 a year.", ("down about £30", "down about £360")),
    ("The field pumps 2 million barrels a day.", "The field pumps 14 million barrels a week.",
     ("2 million", "14 million")),
    ("It costs £5 a day.", "It costs £1,825 a year.", ("£5", "£1,825")),
    ("It costs £30-£40 a month.", "It costs £360-£480 per year.", ("£30-£40", "£360-£480")),
    ("The plant uses 40 litres daily.", "The plant uses 280 litres a week.", ("40 litres", "280 litres")),
])
def test_a_rate_per_a_shorter_period_agrees_with_its_sum_over_the_longer(a, b, pair):
    found = ledger_with_texts(a, b)
    assert found["agree"] == [pair] and found["conflict"] == []


def test_the_agreed_rate_keeps_the_value_it_was_written_with():
    from reader.core.ledger import compare_numbers
    from reader.core.numbers import find_numbers
    a, b = "Payments will fall by about £30 a month.", "Payments will fall by about £360 a year."
    ((x, y),) = compare_numbers(find_numbers(a), find_numbers(b), texts=(a, b)).agree
    assert x.value.amount == 30 and y.value.amount == 360


@pytest.mark.parametrize("a, b", [
    ("Payments will fall by £30 a month.", "Payments will fall by £500 a year."),
    ("Payments will fall by £30 a month.", "Payments will fall by £30 a year."),  # the period slipped
    ("The field pumps 2 million barrels a day.", "The field pumps 10 million barrels a week."),
    ("Payments will fall by £30 a month.", "Payments will fall by £40 a month."),  # one period, as before
])
def test_a_rate_per_a_shorter_period_disputes_another_sum_over_the_longer(a, b):
    assert len(ledger_with_texts(a, b)["conflict"]) == 1


@pytest.mark.parametrize("a, b", [
    ("Cleaners earn £12 an hour.", "Cleaners earn £24,000 a year."),  # hours worked unknown
    ("Prices rose 1% a month.", "Prices rose 12% a year."),  # a share compounds
    ("Staff work 8 hours a day.", "Staff work 40 hours a week."),  # days worked unknown
])
def test_rates_per_two_periods_one_cannot_be_told_in_neither_agree_nor_conflict(a, b):
    found = ledger_with_texts(a, b)
    assert found["agree"] == [] and found["conflict"] == []


def test_a_year_ago_is_no_rate():
    found = ledger_with_texts("The fine was £5,000 a year ago.", "The fine was £700 a week.")
    assert found["conflict"] == [("£5,000", "£700")]


# --- M2: the day a thing was said ------------------------------------------------------------------------------

def test_the_day_of_a_statement_disputes_no_day_of_the_event():
    found = both_ways("All 23 crew of a cargo ship that sank off Cape Avel have been rescued, the coastguard said on Monday.",
                      "Twenty-three crew were rescued after the cargo ship sank off Cape Avel on Sunday, coastguard "
                      "officials said.")
    assert found["conflict"] == [] and found["only_a"] == ["Monday"] and found["only_b"] == ["Sunday"]


@pytest.mark.parametrize("a, b, pair", [
    ("The crew are safe, the coastguard said on Monday.", "The crew are safe, the coastguard said on Sunday.",
     ("Monday", "Sunday")),
    ("Officials on Monday said the crew were safe.", "The crew are safe, officials said on Tuesday.",
     ("Monday", "Tuesday")),
    ("He said the ship sank on Sunday.", "The ship sank on Saturday.", ("Sunday", "Saturday")),
    ("The coastguard said on 3 March that the crew were safe.", "The coastguard said on 4 March that the crew were safe.",
     ("3 March", "4 March")),
])
def test_days_of_one_kind_still_conflict(a, b, pair):
    assert both_ways(a, b)["conflict"] == [pair]


# --- M3: a thing's age and a person's --------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Schoolboy finds 2,300-year-old coin hoard", "Boy, 12, unearths Iron Age coin hoard"),
    ("The 31-year-old ferry sank on Tuesday.", "Captain Ross, 44, said the ship sank on Tuesday."),
    ("The 150-year-old was honoured.", "Smith, 44, was honoured."),
])
def test_a_things_age_disputes_no_persons_age(a, b):
    assert both_ways(a, b)["conflict"] == []


@pytest.mark.parametrize("a, b, pair", [
    ("Schoolboy finds 2,300-year-old coin hoard", "Schoolboy finds 2,000-year-old coin hoard",
     ("2,300-year-old", "2,000-year-old")),
    ("The 45-year-old coach was sacked.", "Smith, 44, was sacked.", ("45-year-old", "44")),  # a coach is a person too
    ("The 24-year-old midfielder signed.", "Smith, 25, signed.", ("24-year-old", "25")),
    ("The 62-year-old earthen dam failed.", "The earthen dam, which is 58 years old, failed.",
     ("62-year-old", "58 years old")),  # an age of no noun may be the dam's
])
def test_ages_of_one_owner_still_conflict(a, b, pair):
    assert both_ways(a, b)["conflict"] == [pair]


# --- M7: crew and sailors ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, pair", [
    ("Cargo ship sinks in storm: 23 crew rescued", "Freighter lost as 21 sailors plucked from sea", ("23", "21")),
    ("All 23 crew were rescued.", "21 seamen were rescued.", ("23", "21")),
    ("Three seamen drowned.", "Four sailors drowned.", ("Three", "Four")),
])
def test_crew_and_sailors_count_one_thing(a, b, pair):
    assert both_ways(a, b)["conflict"] == [pair]


def test_crew_and_passengers_stay_two_counts():
    found = both_ways("23 crew were rescued.", "21 passengers were rescued.")
    assert found["conflict"] == []


# --- L1: an age told in a clause ------------------------------------------------------------------------------

def test_an_age_after_a_name_meets_the_age_in_a_who_clause():
    found = both_ways('"It was like an oven," said Maria Kowal, 68, who lives in Eastfield.',
                      '"It was like an oven," said Eastfield resident Maria Kowal, who is 68.')
    assert found["agree"] == [("68", "68")] and found["only_a"] == [] and found["only_b"] == []


def test_an_age_in_a_who_clause_disputes_another_age():
    found = both_ways("Maria Kowal, 68, lives in Eastfield.", "Maria Kowal, who is 86, lives in Eastfield.")
    assert found["conflict"] == [("68", "86")]
