"""Figures of the twelfth review: a tennis court, a race's police or a golf course's officers make no court
report, so a seeding or a car number in brackets stays no age; "penalty points" and "race-hate" are a case's
words, not a game's; an hour of the evening with "tonight" or "on Friday night" is the evening, only the hours
before five the small hours; and "and a half-hour" after a clock time leaves the time alone."""

from __future__ import annotations

import pytest
from ledger_rows import ledger_with_texts, mention

from reader.core.numbers import find_numbers


# --- a case read only from a case's words --------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Emma Raducanu (10) was knocked out of the tournament on Court One.",
     "Emma Raducanu, 21, was knocked out of the tournament on Court One."),
    ("Lando Norris (4) finished second in the race after police closed the track.",
     "Lando Norris, 24, finished second in the race after police closed the track."),
    ("Rory McIlroy (68) was two shots off the lead in the championship after officers cleared the course.",
     "Rory McIlroy, 35, was two shots off the lead in the championship after officers cleared the course."),
])
def test_a_seeding_or_a_car_number_disputes_no_age_beside_a_court_or_the_police_of_a_game(a, b):
    assert ledger_with_texts(a, b)["conflict"] == []


@pytest.mark.parametrize("text, surface", [
    ("Ons Jabeur (6) was beaten on court in the championship.", "6"),
    ("Carlos Alcaraz (3) was knocked out of the tournament on Centre Court.", "3"),
])
def test_a_seeding_on_court_is_no_age(text, surface):
    assert mention(text, surface).kind != "age"


@pytest.mark.parametrize("text, surface", [
    ("John Smith (44) was jailed for a race hate attack, Leeds Crown Court heard.", "44"),
    ("John Smith (44) punched a man after the race, police said.", "44"),
    ("John Smith (44) admitted the offence when he appeared in court after the championship.", "44"),
    ("John Smith (44) attacked a steward at the tournament and was arrested by police.", "44"),
])
def test_a_court_or_the_police_telling_of_a_case_keeps_the_age(text, surface):
    assert mention(text, surface).kind == "age"


# --- words a case has of its own -------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("John Smith (44) was banned and handed six penalty points.", "John Smith, 45, was banned and handed six penalty points."),
    ("John Smith (44) was attacked in a race-hate assault.", "John Smith, 45, was attacked in a race-hate assault."),
])
def test_penalty_points_and_race_hate_keep_an_age_that_disputes_the_other(a, b):
    assert ledger_with_texts(a, b)["conflict"] == [("44", "45")]


# --- the hours of a night ------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Kick-off is at half past five tonight.", "Kick-off is at 5.30pm."),
    ("The polls close at five o'clock tomorrow night.", "The polls close at 5pm tomorrow."),
    ("The shop opens at half past five on Friday night.", "The shop opens at 5.30pm on Friday."),
    ("The fire broke out at a quarter to one last night.", "The fire broke out at 00:45."),
])
def test_an_hour_said_with_its_night_meets_the_same_hour(a, b):
    found = ledger_with_texts(a, b)
    assert found["conflict"] == [] and found["agree"]


@pytest.mark.parametrize("a, b", [
    ("The fire broke out at ten past four last night.", "The fire broke out at 16:10."),
    ("The fire broke out at a quarter to one at night.", "The fire broke out at 12:45."),
])
def test_a_small_hour_said_with_its_night_is_no_afternoon(a, b):
    assert len(ledger_with_texts(a, b)["conflict"]) == 1


# --- a clock time before "and a half-hour" ---------------------------------------------------------------------

def test_a_clock_time_before_and_a_half_hour_stays_a_time():
    text = "The last train left at a quarter to one and a half-hour delay followed."
    assert [(m.surface, m.kind) for m in find_numbers(text)] == [("a quarter to one", "time"), ("half-hour", "duration")]
