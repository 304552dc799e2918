"""Counts kept apart by what they count, from the sixth review and QA pass: a bare toll beside a distance of
the same digits, people named by their part in the story beside the dead and the injured, what is left of
a body beside a part that went, the two sides of one body split in two, counts of two fates, and parts
per billion beside micrograms in a litre of water."""

import pytest
from ledger_rows import both_ways


# --- a bare figure meets a measure only when its unit was left off --------------------------------------------

def test_a_bare_toll_keeps_its_dispute_and_never_takes_a_distance():
    found = both_ways("The death toll has risen to 12 and the fire has spread 20 miles.",
                      "The death toll has risen to 14 and the fire has spread 12 miles.")
    assert found["agree"] == []
    assert found["conflict"] == [("12", "14"), ("20 miles", "12 miles")]


@pytest.mark.parametrize("a, b", [
    ("The toll rose to 40.", "The fire has burned through 40 acres."),
    ("The death toll stands at 9.", "The blaze is 9 miles from the town."),
    ("The death toll has risen to 12.", "Rescuers pulled 12 tonnes of rubble from the site."),
])
def test_a_bare_toll_never_meets_a_length_an_area_or_a_weight(a, b):
    found = both_ways(a, b)
    assert found["agree"] == [] and found["conflict"] == []


def test_a_wind_speed_still_meets_its_figure_with_the_unit_left_off():
    found = both_ways("The death toll rose to 12 and the storm brought gusts of 120 km/h to the coast.",
                      "The death toll rose to 14 and the storm brought gusts of 120 to the coast.")
    assert found["agree"] == [("120 km/h", "120")] and found["conflict"] == [("12", "14")]


# --- people named by their part in the story ------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The blast killed 12 people, police said.", "Three witnesses told police they heard the blast."),
    ("Five people were injured in the crash.", "Two friends of the driver were among the injured."),
    ("Police arrested five people after the raid.", "Two lawyers for the suspects said the raid was unlawful."),
    ("Four people were arrested.", "Three ministers resigned over the affair."),
    ("The bus carrying 40 people crashed.", "The driver and two colleagues escaped."),
    ("Twelve people were killed in the attack.", "Two gunmen were killed in the attack."),
])
def test_people_in_a_role_are_no_miscount_of_the_victims(a, b):
    assert both_ways(a, b)["conflict"] == []


@pytest.mark.parametrize("a, b, conflict", [
    ("Nine people were killed when an avalanche hit the resort.",
     "Eleven skiers were killed when an avalanche hit the resort.", ("Nine", "Eleven")),
    ("Coastguards rescued 12 people off the coast.", "Coastguards rescued 14 divers off the coast.", ("12", "14")),
    ("Three lawyers were arrested on Monday.", "Four lawyers were arrested on Monday.", ("Three", "Four")),
])
def test_people_in_a_role_still_meet_people_of_the_same_fate_or_noun(a, b, conflict):
    assert both_ways(a, b)["conflict"] == [conflict]


# --- what is left of a body is no part that went ----------------------------------------------------------------

@pytest.mark.parametrize("b", [
    "Hamas has 35 hostages left in Gaza.",
    "Hamas is believed to have 35 hostages.",
    "Hamas now holds 35 hostages.",
])
def test_what_is_left_disputes_no_part_that_went(b):
    found = both_ways("Five of the 40 hostages were released on Sunday.", b)
    assert found["conflict"] == [] and found["only_b"] == ["35"]


def test_two_counts_of_what_is_left_still_meet():
    assert both_ways("Hamas still holds 35 hostages.", "Hamas now holds 30 hostages.")["conflict"] == [("35", "30")]


# --- the two sides of one body split in two ---------------------------------------------------------------------

def test_what_went_and_what_stayed_of_one_body_are_no_dispute():
    found = both_ways("The far-right Nation First party lost four of its six seats.",
                      "The far-right Nation First party held on to two of its six seats.")
    assert found["conflict"] == [] and found["only_a"] == ["four"] and found["only_b"] == ["two"]


@pytest.mark.parametrize("a, b, conflict", [
    ("The party lost four of its six seats.", "The party lost three of its six seats.", ("four", "three")),
    ("Four of the six victims were children.", "Three of the six victims were children.", ("Four", "Three")),
    ("Four of the six passengers were killed.", "Two of the six passengers were killed.", ("Four", "Two")),
])
def test_two_counts_of_one_part_still_conflict(a, b, conflict):
    assert both_ways(a, b)["conflict"] == [conflict]


# --- counts of two fates, and a vague count against a lower bound -------------------------------------------------

def test_the_homeless_and_the_injured_are_two_counts():
    found = both_ways("An earthquake struck southern Peru on Tuesday, killing 47 people and leaving thousands "
                      "without shelter.",
                      "An earthquake struck southern Peru on Tuesday, killing 47 people and injuring more than 2,000.")
    assert found["conflict"] == [] and found["only_a"] == ["thousands"] and found["only_b"] == ["2,000"]


def test_the_dead_and_those_who_lived_are_two_counts():
    assert both_ways("Three people died in the fire.", "Neighbours said two children lived in the house.")[
        "conflict"] == []


def test_thousands_fits_more_than_two_thousand():
    assert both_ways("Thousands of people were injured.", "More than 2,000 people were injured.")["agree"] == [
        ("Thousands", "more than 2,000")]


# --- parts per billion of water are micrograms in a litre -----------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Lead levels in the water reached 15 parts per billion.",
     "Lead levels in the water reached 15 micrograms per litre."),
    ("Lead levels in the water reached 15 ppb.", "Lead levels in the water reached 0.015 mg/L."),
])
def test_parts_per_billion_of_water_agree_with_micrograms_in_a_litre(a, b):
    found = both_ways(a, b)
    assert len(found["agree"]) == 1 and found["conflict"] == []


@pytest.mark.parametrize("a, b", [
    ("Lead levels in the water reached 15 ppb.", "Lead levels in the water reached 20 micrograms per litre."),
    ("Pollution reached 50 ppm.", "Pollution reached 50 µg/m3."),
])
def test_parts_per_billion_never_dispute_a_mass_in_a_volume(a, b):
    found = both_ways(a, b)
    assert found["agree"] == [] and found["conflict"] == []


def test_a_toll_known_by_a_verb_of_report_still_disputes_one_of_a_fate():
    found = both_ways("At least 27 people died in the sinking, and 265 passengers were rescued.",
                      "Nineteen people are confirmed dead after the ferry sank.")
    assert found["conflict"] == [("at least 27", "Nineteen")]
