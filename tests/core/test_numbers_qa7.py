"""How find_numbers reads a start and a finish time, a US court's case number, the French clock ("20h00"),
the people a vehicle word names, what a body holds, a person's age after "from" or "in", a time limit
("within a week") and a year that ends a range before a comma with no space."""

import pytest
from ledger_rows import both_ways, mention

from reader.core.numbers import (
    FINISH_TIME,
    GROUP_SIZE,
    REMAINDER,
    START_TIME,
    find_numbers,
)


def surfaces(text: str) -> list[str]:
    return [m.surface for m in find_numbers(text)]


# --- a start time and a finish time are two moments of one race ----------------------------------------------

@pytest.mark.parametrize("text, surface, role", [
    ("Chepkoech, who started at 7:20 a.m. with the elite women, ran alone.", "7:20 a.m.", START_TIME),
    ("The runners set off at 8am from the bridge.", "8am", START_TIME),
    ("The hearing began shortly after 10am.", "10am", START_TIME),
    ("The match kicked off at 19:45.", "19:45", START_TIME),
    ("The meeting got under way at 10:15.", "10:15", START_TIME),
    ("Chepkoech crossed the line at 9:41 a.m. and ran alone.", "9:41 a.m.", FINISH_TIME),
    ("She finished the course at 11:02.", "11:02", FINISH_TIME),
    ("The curfew ended at 6am.", "6am", FINISH_TIME),
    ("The work was completed at 14:00.", "14:00", FINISH_TIME),
    # a second clause: the time is of what came after
    ("She finished and went home at 9pm.", "9pm", ""),
    ("Police arrived at 10pm.", "10pm", ""),
])
def test_a_time_after_a_verb_of_starting_or_finishing_has_its_role(text, surface, role):
    assert mention(text, surface).role == role


def test_a_start_time_does_not_dispute_a_finish_time():
    found = both_ways("Chepkoech, who started at 7:20 a.m. with the elite women, ran alone for the last 10 kilometres.",
                      "Chepkoech crossed the line at 9:41 a.m. and ran alone for the last 10 kilometres.")
    assert found["conflict"] == []
    assert found["only_a"] == ["7:20 a.m."] and found["only_b"] == ["9:41 a.m."]


def test_a_start_time_still_disputes_a_time_nothing_is_said_of():
    # "held at 11am" may be when the meeting began.
    found = both_ways("The meeting began at 10am in the town hall.", "The meeting was held at 11am in the town hall.")
    assert found["conflict"] == [("10am", "11am")]


def test_two_start_times_still_conflict():
    found = both_ways("The elite women started at 7:20 a.m.", "The elite women set off at 7:35 a.m.")
    assert found["conflict"] == [("7:20 a.m.", "7:35 a.m.")]


def test_a_vehicle_setting_off_is_still_a_departure():
    assert mention("The ferry set off at 7:20 a.m.", "7:20 a.m.").role == "departure"


# --- a US court's case number is one label, and no figure ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The case, 1:23-cr-00298, was heard in federal court in Manhattan.",
    "The lawsuit, No. 2:24-cv-01234-JLR, was filed in Seattle.",
    "Case 1:22-MJ-4567 was unsealed.",
])
def test_a_case_number_gives_no_time_and_no_count(text):
    assert [m for m in find_numbers(text) if m.kind in ("time", "count")] == []


def test_a_case_number_does_not_agree_with_a_count():
    found = both_ways("The case, 1:23-cr-00298, was heard in federal court in Manhattan on Thursday.",
                      "Some 298 victims wrote to the federal court in Manhattan before the hearing on Thursday.")
    assert found["agree"] == [("Thursday", "Thursday")]
    assert found["only_b"] == ["298"] and found["only_a"] == []


def test_a_clock_time_beside_a_case_number_is_still_read():
    assert mention("The case, 1:23-cr-00298, was heard at 1:30 p.m.", "1:30 p.m.").value == (13, 30)


# --- the French clock ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("The polls closed at 20h00 in the big cities.", "20h00", (20, 0)),
    ("Publié le 10/06/2024 à 01h12", "01h12", (1, 12)),
    ("The polls closed at 20h.", "20h", (20, 0)),
    ("Le bureau ouvre de 8h30 à 18h.", "8h30", (8, 30)),
])
def test_the_french_clock_is_a_time_of_day(text, surface, value):
    found = mention(text, surface)
    assert (found.kind, found.value) == ("time", value)


@pytest.mark.parametrize("text", [
    "Une grève de 24h a paralysé le pays.",
    "Le trajet se fait en 4h.",
    "Il a couru le marathon en 2h05.",
    "She ran it in 2h05.",
    "a 12h shift",
])
def test_hours_of_a_length_are_no_time_of_day(text):
    assert [m for m in find_numbers(text) if m.kind == "time"] == []


def test_the_french_clock_meets_the_hour_in_english():
    assert both_ways("The polls closed at 20h00 in the big cities.",
                     "The polls closed at 9 p.m. in the big cities.")["conflict"] == [("20h00", "9 p.m.")]
    assert both_ways("The polls closed at 20h00 in the big cities.",
                     "The polls closed at 8 p.m. in the big cities.")["agree"] == [("20h00", "8 p.m.")]


# --- a vehicle word before people says which people ----------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The 13 service members were killed in the blast.", "Twelve service members were killed in the blast."),
    ("The 50 bus drivers walked out on Monday.", "About 60 bus drivers walked out on Monday."),
    ("The 40 coach passengers were taken to hospital.", "All 42 coach passengers were taken to hospital."),
    ("The 200 line workers went on strike.", "Some 250 line workers went on strike."),
])
def test_people_named_by_a_vehicle_are_counted(a, b):
    assert len(both_ways(a, b)["conflict"]) == 1


@pytest.mark.parametrize("text", ["The 73 bus was late.", "The 73 bus driver was hurt.", "the 7 train to Queens"])
def test_a_route_is_still_a_route(text):
    assert find_numbers(text)[0].kind == "ordinal"


# --- "still has" tells what is left of those held, and the size of anything else --------------------------------

@pytest.mark.parametrize("a, b", [
    ("The company now has 1,200 employees.", "The company has 1,300 employees."),
    ("The club now has 30,000 members.", "The club has 35,000 members."),
    ("The army is thought to have 20,000 troops in the region.", "The army has 25,000 troops in the region."),
])
def test_a_size_told_with_now_or_thought_still_disputes_a_size(a, b):
    assert len(both_ways(a, b)["conflict"]) == 1


@pytest.mark.parametrize("text, surface, role", [
    ("The company now has 1,200 employees.", "1,200", ""),
    ("The prison still holds 40 prisoners.", "40", REMAINDER),
    ("The militia still has 12 captives.", "12", REMAINDER),
    ("The club has 200 members left.", "200", REMAINDER),
    ("The club has 30,000 members.", "30,000", GROUP_SIZE),
])
def test_only_people_held_or_a_count_left_are_a_remainder(text, surface, role):
    assert mention(text, surface).role == role


# --- a person's age after "from" or "in" --------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The first call came from Margaret Hill, 72, who saw smoke.",
     "Margaret Hill, 72, was the first to call police after she saw smoke."),
    ("The complaint was from Sarah Jones, 42, a mother of two.", "Sarah Jones, 42, a mother of two, complained."),
    ("City have a ready-made replacement in Foden, 23, the manager said.",
     "Foden, 23, will replace him, the manager said."),
    ("The only goal came from Haaland, 23, in the 67th minute.", "Haaland, 23, scored the only goal."),
])
def test_an_age_after_from_or_in_said_of_one_person_is_an_age(a, b):
    age = a.split(", ")[1]
    assert mention(a, age).kind == "age"
    assert (age, age) in both_ways(a, b)["agree"]


@pytest.mark.parametrize("text, surface", [
    ("The largest group of victims came from New Zealand, 40.", "40"),
    ("The victims came from Sierra Leone, 40, police said.", "40"),
    ("Most arrivals came from Papua New Guinea (40), officials said.", "40"),
    ("Hamas freed hostages held in Gaza, 40, officials said.", "40"),
])
def test_a_figure_after_a_place_a_group_came_from_is_still_a_count(text, surface):
    assert mention(text, surface).kind == "count"


# --- "within" bounds a length -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("Most patients recover within a week.", "a week"),
    ("Most patients recover within 10 days.", "10 days"),
    ("Police arrived within 45 minutes.", "45 minutes"),
])
def test_within_is_an_upper_bound(text, surface):
    assert mention(text, surface).hedge == "within"


def test_a_length_within_the_bound_fits_it():
    found = both_ways("Police arrived within an hour.", "Police arrived after 45 minutes.")
    assert found["conflict"] == [] and found["agree"] == [("within an hour", "45 minutes")]


def test_a_length_past_the_bound_still_disputes_it():
    found = both_ways("He was re-arrested within a week of his release.",
                      "He was re-arrested eight days after his release.")
    assert found["conflict"] == [("within a week", "eight days")]


# --- a year that ends a range is no decimal's whole part --------------------------------------------------------

def test_a_year_ending_a_range_before_a_comma_is_no_decimal():
    read = find_numbers("Between 2000 and 2010,12 million people moved.")
    assert [m for m in read if "2010,12" in m.surface or m.kind == "count" and not m.value < 10**9] == []


def test_other_decimal_commas_still_read():
    assert mention("between 12,5 and 14,6 %", "between 12,5 and 14,6 %").value == (12.5, 14.6)
    assert mention("2010,5 tonnes of grain", "2010,5 tonnes").value == 2010500
    assert mention("de 1,5 à 2,5 millions", "2,5 millions").value == 2500000
