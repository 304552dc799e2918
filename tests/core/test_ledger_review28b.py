"""Ledger rows from invented report pairs of the tenth review: a driver's, a batsman's or a singer's bracketed
figure disputes no age; the age of a thing made meets the age the other report gives a thing of its kind, by
any of its words ("vessel", "passenger ferry", "firm") or by none ("It was built"), and stays apart from a
person's age and from another kind of thing; data sizes "of emails" meet; a clock time in words with the
evening after it meets the same time after noon; a span of the day reads its start; "a pair of scissors"
disputes no count; and "both" of a place leaves the other report's total alone."""

from __future__ import annotations

import pytest
from ledger_rows import both_ways, ledger_with_texts

# --- H1: a bracketed figure of a game, a race or a chart --------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Lewis Hamilton (44) finished ahead of Max Verstappen in the standings.",
     "Lewis Hamilton, 39, finished ahead of Max Verstappen in the standings."),
    ("Taylor Swift (12) topped the chart for another week.", "Taylor Swift, 34, topped the chart for another week."),
    ("Lewis Hamilton (44) was second in qualifying on Saturday.",
     "Lewis Hamilton, 39, was second in qualifying on Saturday."),
])
def test_a_bracketed_figure_of_a_race_or_chart_disputes_no_age(a, b):
    assert both_ways(a, b)["conflict"] == []


def test_a_batsmans_bracketed_runs_meet_his_runs():
    found = both_ways("Joe Root (54) edged Starc to second slip.", "Joe Root, 33, edged Starc to second slip on 54.")
    assert ("54", "54") in found["agree"] and found["conflict"] == []


def test_a_bracketed_age_in_a_court_report_still_disputes_the_other_age():
    found = both_ways("Anna Ross (29) attacked the guard with a bottle, the court heard.",
                      "Anna Ross, 31, attacked the guard with a bottle, the court heard.")
    assert found["conflict"] == [("29", "31")]


# --- H2: a thing's age meets the age of its kind -------------------------------------------------------------------

@pytest.mark.parametrize("a, b, pair", [
    ("The ferry, built 34 years ago, sank on Tuesday.", "The 31-year-old vessel sank on Tuesday.",
     ("34 years", "31-year-old")),
    ("The ferry, built 34 years ago, sank on Tuesday.", "The 31-year-old passenger ferry sank on Tuesday.",
     ("34 years", "31-year-old")),
    ("It was built 34 years ago and sank on Tuesday.", "The 31-year-old ferry sank on Tuesday.",
     ("34 years", "31-year-old")),
    ("The company was founded 140 years ago.", "The 150-year-old firm collapsed.", ("140 years", "150-year-old")),
    ("The Greek-flagged ferry, which sank on Tuesday, was built 34 years ago.",
     "The 31-year-old ferry sank on Tuesday.", ("34 years", "31-year-old")),
])
def test_a_things_age_disputes_the_age_of_a_thing_of_its_kind(a, b, pair):
    assert pair in both_ways(a, b)["conflict"]


@pytest.mark.parametrize("a, b", [
    ("The bridge, built 40 years ago, was closed.", "The 31-year-old ferry was closed."),
    ("The ferry, built 34 years ago, sank on Tuesday.", "The 31-year-old passenger died on Tuesday."),
    ("The stadium, built 24 years ago, hosted the final.", "The 26-year-old won the final."),
    ("The ferry, built 34 years ago, sank on Tuesday.", "The 31-year-old ferry passenger died on Tuesday."),
])
def test_a_things_age_stays_apart_from_a_person_or_another_kind_of_thing(a, b):
    found = both_ways(a, b)
    assert [pair for pair in found["conflict"] if "year" in " ".join(pair)] == []


# --- M1: data sizes of emails ------------------------------------------------------------------------------------

def test_data_sizes_of_emails_agree_however_spaced():
    found = both_ways("The hackers leaked 1.5 TB of emails.", "The hackers leaked 1.5TB of emails.")
    assert found["agree"] == [("1.5 TB", "1.5TB")] and found["conflict"] == []


def test_data_sizes_of_emails_dispute_another_size():
    found = both_ways("The hackers leaked 1.5 TB of emails.", "The hackers leaked 1.2 terabytes of emails.")
    assert found["conflict"] == [("1.5 TB", "1.2 terabytes")]


# --- M2 / M3: clock times in words ------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The blast happened at half past ten this evening.", "The blast happened at 22:30."),
    ("The blast happened at half past ten pm.", "The blast happened at 22:30."),
    ("The blast happened at half past ten on Friday evening.", "The blast happened at 10.30pm on Friday."),
    ("The blast happened at half past 10.", "The blast happened at 22:30."),
])
def test_a_clock_in_words_of_the_evening_meets_the_same_time_after_noon(a, b):
    found = ledger_with_texts(a, b)
    assert found["conflict"] == [] and any(x.startswith("half past") for x, _ in found["agree"])


def test_a_clock_in_words_of_the_morning_disputes_the_evening():
    found = ledger_with_texts("The blast happened at half past ten this morning.", "The blast happened at 22:30.")
    assert found["conflict"] == [("half past ten", "22:30")]


def test_the_start_of_a_span_of_the_day_disputes_the_other_start():
    found = both_ways("The road was closed from a quarter to nine until noon.",
                      "The road was closed from 07:45 until midday.")
    assert found["conflict"] == [("a quarter to nine", "07:45")]


@pytest.mark.parametrize("a, b", [
    ("The fire broke out at half past two on Friday night.", "The fire broke out at 14:30 on Friday."),
    ("The fire broke out at half past two last night.", "The fire broke out at 14:30."),
    ("The fire broke out at half past two in the night.", "The fire broke out at 14:30."),
    ("The fire broke out at half past ten yesterday morning.", "The fire broke out at 22:30."),
])
def test_a_clock_in_words_with_its_night_or_morning_said_keeps_to_it(a, b):
    # the night's small hours are no afternoon, whichever way the night is said
    assert len(ledger_with_texts(a, b)["conflict"]) == 1


@pytest.mark.parametrize("a, b", [
    ("The fire broke out at half past two on Friday night.", "The fire broke out at 2.30am."),
    ("The fire broke out at half past two in the night.", "The fire broke out at 02:30."),
])
def test_a_clock_in_words_at_night_meets_the_small_hours(a, b):
    found = ledger_with_texts(a, b)
    assert found["conflict"] == [] and any(x.startswith("half past") for x, _ in found["agree"])


# --- L1 / L3 -----------------------------------------------------------------------------------------------------

def test_a_pair_of_scissors_disputes_no_count():
    found = both_ways("Police found a pair of scissors at the scene.", "Police found three scissors at the scene.")
    assert found["conflict"] == []


def test_both_of_a_place_leaves_the_whole_alone():
    found = both_ways("It affects both hospitals in the city.", "It affects 3 hospitals, including both in the city.")
    assert found["conflict"] == []


def test_both_with_no_place_still_disputes_another_count():
    found = both_ways("Both pilots were rescued on Tuesday.", "Three pilots were rescued on Tuesday.")
    assert found["conflict"] == [("Both pilots", "Three")] or found["conflict"] == [("Both", "Three")]


@pytest.mark.parametrize("a, b", [
    ("Police said both men in the car were arrested on Tuesday.", "Police said three men in the car were arrested on Tuesday."),
    ("Both passengers in the boat were rescued.", "Three passengers in the boat were rescued."),
    ("Both suspects inside the van were armed.", "Four suspects inside the van were armed."),
])
def test_both_of_a_vehicle_counts_all_that_were_in_it(a, b):
    # a car or a boat holds no wider set the other report could count whole
    assert len(both_ways(a, b)["conflict"]) == 1


@pytest.mark.parametrize("a, b", [
    ("Both schools in Leeds were closed on Monday.", "Five schools were closed on Monday, including both in Leeds."),
    ("Both clinics across the region stayed shut.", "Six clinics stayed shut, including both across the region."),
])
def test_both_of_a_named_place_or_a_region_leaves_the_whole_alone(a, b):
    assert both_ways(a, b)["conflict"] == []


@pytest.mark.parametrize("a, b", [
    ("Explosion at fertiliser plant injures twelve near Lindau", "Explosion at German fertiliser plant injures fourteen"),
    ("Storm leaves three dead across the region", "Storm leaves five dead"),
])
def test_a_preposition_after_a_count_is_no_noun_it_counts(a, b):
    # "twelve near Lindau" counts no "near": the headlines' two tolls dispute each other
    assert len(ledger_with_texts(a, b)["conflict"]) == 1
