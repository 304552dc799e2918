"""How find_numbers reads hours told the French way that give a length ("lasted 11h40", "up to 16h of
blackouts"), what a body still holds of the people it seized, and a vehicle word that comes before the noun a
figure counts ("The 30 train services")."""

import pytest
from ledger_rows import both_ways, mention

from reader.core.numbers import REMAINDER, find_numbers


def times(text: str) -> list[str]:
    return [m.surface for m in find_numbers(text) if m.kind == "time"]


# --- hours told as a length are no time of day ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The flight lasted 11h40.",
    "She spent 9h30 in custody.",
    "The journey takes 3h30 by train.",
    "The talks took nearly 14h30 to produce a deal.",
    "Residents face up to 16h of blackouts a day.",
    "The siege ended after 11h40 of talks.",
    "Voting was suspended during 2h15 while ballots were recounted.",
    "The marathon winner clocked 2h05 after 42km.",
    "She boarded a 12h30 flight to Sydney.",
])
def test_hours_told_as_a_length_are_no_time_of_day(text):
    assert times(text) == []


@pytest.mark.parametrize("a, b", [
    ("The flight lasted 11h40.", "The flight landed at 10:40."),
    ("She spent 9h30 in custody.", "She was released at 6pm."),
    ("Residents face up to 16h of blackouts a day.", "Residents face blackouts from 8pm."),
])
def test_a_length_in_hours_never_disputes_a_clock_time(a, b):
    assert both_ways(a, b)["conflict"] == []


@pytest.mark.parametrize("text, surface, value", [
    ("The polls closed at 20h00 in the big cities.", "20h00", (20, 0)),
    ("Publié le 10/06/2024 à 01h12.", "01h12", (1, 12)),
    ("Le président s'exprimera vers 20h.", "20h", (20, 0)),
    ("The fire burned from 2h to 8h.", "8h", (8, 0)),
    ("The 12h30 train to Lyon was cancelled.", "12h30", (12, 30)),
])
def test_the_french_clock_after_a_word_of_a_moment_is_still_a_time(text, surface, value):
    found = mention(text, surface)
    assert (found.kind, found.value) == ("time", value)


# --- what a body still holds of the people it seized --------------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("The militants still hold 60 passengers.", "60"),
    ("Hamas is thought to still hold 101 people.", "101"),
    ("Hamas still holds 101 Israelis.", "101"),
    ("The gunmen now hold 80 schoolgirls.", "80"),
    ("Russia still holds 20 Ukrainian sailors.", "20"),
])
def test_people_still_held_are_what_is_left(text, surface):
    assert mention(text, surface).role == REMAINDER


@pytest.mark.parametrize("a, b", [
    ("The militants still hold 60 passengers.", "The militants seized 120 passengers on Tuesday."),
    ("Hamas is thought to still hold 101 people.", "Hamas seized 251 people on October 7."),
    ("Hamas still holds 101 Israelis.", "Militants abducted 251 Israelis on October 7."),
    ("The gunmen now hold 80 schoolgirls.", "Gunmen kidnapped 276 schoolgirls in 2014."),
    ("Russia still holds 20 Ukrainian sailors.", "Russia captured 24 Ukrainian sailors."),
])
def test_people_still_held_never_dispute_the_number_seized(a, b):
    assert both_ways(a, b)["conflict"] == []


def test_a_workforce_a_body_now_has_is_still_its_size():
    assert mention("The company now has 1,200 employees.", "1,200").role != REMAINDER
    assert len(both_ways("The company now has 1,200 employees.",
                         "The company has 1,300 employees.")["conflict"]) == 1


# --- a vehicle word before the noun a figure counts names no route -------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The 30 train services were cancelled.", "About 35 train services were cancelled."),
    ("The 50 bus routes will be cut.", "Some 60 bus routes will be cut."),
    ("The 10 bus stops were closed.", "All 12 bus stops were closed."),
    ("The 300 service personnel were evacuated.", "About 350 service personnel were evacuated."),
    ("The 20 tram operators walked out.", "About 25 tram operators walked out."),
    ("The 20 tram lines will close.", "All 18 tram lines will close."),
])
def test_a_vehicle_word_before_what_is_counted_is_no_route(a, b):
    first = a.split()[1]
    assert mention(a, first).kind == "count"
    assert len(both_ways(a, b)["conflict"]) == 1


@pytest.mark.parametrize("text", [
    "The 73 bus was diverted.",
    "The 73 bus driver was injured.",
    "The 7 train leaves at 8am.",
    "The 73 bus runs every ten minutes.",
    "The 38 bus stops at Victoria.",
])
def test_a_route_with_its_verb_is_still_a_route(text):
    assert find_numbers(text)[0].kind == "ordinal"
