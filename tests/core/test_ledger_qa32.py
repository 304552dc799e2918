"""Ledger, from CLI QA pass 32: figures of two countries or of a past year beside news of now are no dispute; counts
of one thing under two nouns (a kind and its class, people named by a relative clause's fate, homes and customers in
a blackout) are compared; a date of a launch told as "lifted off" is compared with "was launched"; and "shortly
before" a time given to the minute does not reach three quarters of an hour.  Each row as outlets write it, with the
traps that must stay as they were."""

from __future__ import annotations

import pytest
from ledger_rows import ledger_with_texts


def _conflicts(a: str, b: str) -> list:
    return ledger_with_texts(a, b)["conflict"]


# --- QA32 D3: figures of two countries, or of a past year beside news of now ----------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Austria has recorded 18 avalanche deaths so far this winter, according to the Austrian Board for Alpine Safety.",
     "Switzerland has recorded 11 avalanche deaths so far this winter."),
    ("ISRO plans to send an Indian astronaut to the Moon by 2040.", "China aims to land astronauts on the moon by 2030."),
    ("In 2022, a German aid worker was held for 14 months by the same group.",
     "A New Zealand aid worker held hostage in Niger for 104 days has been freed along with two Canadian colleagues, "
     "Foreign Minister Winston Peters has confirmed."),
    ("In 2019, customs officers in Singapore seized 12.9 tonnes of pangolin scales in a single shipment.",
     "South African customs officers have seized 2.3 tonnes of pangolin scales and eighteen rhino horns at the port "
     "of Durban, the revenue service said Tuesday."),
    # A past year the other sentence does not give, beside news told as now: two events.
    ("In 2019, customs officers seized 12.9 tonnes of pangolin scales in a single shipment.",
     "Customs officers have seized 2.3 tonnes of pangolin scales at the port."),
])
def test_figures_of_two_countries_or_of_a_past_year_are_no_dispute(a, b):
    assert _conflicts(a, b) == []


@pytest.mark.parametrize("a, b, conflict", [
    # One country on both sides, by name and by adjective.
    ("An avalanche roared down a ski run in Austria's Tyrol province on Tuesday, killing five skiers.",
     "An avalanche struck a ski slope in the Austrian Tyrol on Tuesday, killing six skiers.",
     ("five", "six")),
    ("Customs officials in South Africa have seized 3.2 tonnes of pangolin scales.",
     "South African customs officers have seized 2.3 tonnes of pangolin scales.", ("3.2 tonnes", "2.3 tonnes")),
    # A country named on one side only.
    ("Customs officers at the port have seized 3.2 tonnes of pangolin scales.",
     "South African customs officers have seized 2.3 tonnes of pangolin scales.", ("3.2 tonnes", "2.3 tonnes")),
    # A country as the source of the figure, not what it is of.
    ("Ukraine's air force said it shot down 40 drones.", "Russia's defence ministry said it downed 30 drones.",
     ("40", "30")),
    # Countries of named people, not of the count.
    ("Three other riders abandoned the race, including Belgian sprinter Tom Peeters.",
     "Dutch climber Sem de Graaf and two other riders pulled out of the race.", ("Three", "two")),
    # One year on both sides.
    ("In 2019, customs officers seized 12.9 tonnes of pangolin scales.",
     "Customs officers seized 11 tonnes of pangolin scales in 2019.", ("12.9 tonnes", "11 tonnes")),
])
def test_one_country_or_one_time_still_disputes(a, b, conflict):
    assert _conflicts(a, b) == [conflict]


# --- QA32 D2: counts of one thing under two nouns --------------------------------------------------------------------

@pytest.mark.parametrize("a, b, conflict", [
    ("An avalanche roared down a marked ski run at the Obertal resort on Tuesday, killing five skiers and injuring "
     "several others, police said.",
     "A Cork man is among four people who died when an avalanche struck a ski slope at the Obertal resort on Tuesday.",
     ("five", "four")),
    ('Universities UK, which represents 141 institutions, said the rise was "welcome but not enough".',
     'Universities UK, which represents 136 universities, said the rise was "welcome but not enough" to close '
     'funding gaps.', ("141", "136")),
    ("About 480,000 homes and businesses across south-east and central Queensland lost power on Thursday afternoon "
     "after a fault on the state's high-voltage network.",
     "More than 650,000 customers across Queensland were left without electricity on Thursday when a substation "
     "fault cascaded through the state's network.", ("about 480,000", "more than 650,000")),
])
def test_counts_of_one_thing_under_two_nouns_dispute(a, b, conflict):
    assert _conflicts(a, b) == [conflict]


@pytest.mark.parametrize("a, b", [
    # Another fate in the relative clause: the injured are not the dead.
    ("The avalanche killed five skiers, police said.", "Four people who were injured were flown to hospital."),
    # Another verb: a class's size and a count of its kind.
    ("Universities UK represents 141 institutions.", "The scheme has admitted 136 universities so far."),
    # Homes told of no supply cut stay homes.
    ("The storm destroyed 40 homes on Thursday.", "More than 650,000 customers were left without electricity."),
])
def test_other_things_under_two_nouns_stay_apart(a, b):
    assert _conflicts(a, b) == []


def test_a_class_counted_beside_its_kind_is_not_the_kinds_count():
    # "141 institutions, including 40 universities": the universities are a part; 36 meets 40, never 141.
    assert _conflicts("The fund supports 141 institutions, including 40 universities.",
                      "The fund supports 36 universities.") == [("40", "36")]


# --- QA32 D5: one deed told in other words ---------------------------------------------------------------------------

def test_a_launch_that_lifted_off_is_dated_against_one_launched():
    a = ("The mission, which cost ₹651 crore, was launched on January 14 from the Satish Dhawan Space Centre in "
         "Sriharikota on an LVM3 rocket.")
    b = "The mission cost 615 crore rupees ($74 million) and lifted off on Jan. 17 from Sriharikota."
    assert ("January 14", "Jan. 17") in _conflicts(a, b)


def test_a_lockdown_lifted_is_still_another_deed_than_one_imposed():
    a = "The prison, which holds 900 inmates, was placed on lockdown on Sunday."
    b = "The prison's lockdown was lifted on Tuesday."
    assert _conflicts(a, b) == []


# --- QA32 D6: "shortly before" a time given to the minute ------------------------------------------------------------

def test_shortly_before_a_time_to_the_minute_does_not_reach_three_quarters_of_an_hour():
    assert _conflicts("Police said the avalanche struck the Kaiserkar run shortly before 11:30 a.m. local time.",
                      "Police said the avalanche struck the Kaiserkar run at about 10.45am local time.") == [
        ("shortly before 11:30 a.m.", "about 10.45am")]


@pytest.mark.parametrize("a, b", [
    ("The avalanche struck shortly before 11:30 a.m.", "The avalanche struck at 11.15am."),
    ("The avalanche struck shortly before 11am.", "The avalanche struck at about 10.15am."),
])
def test_shortly_before_still_fits_a_time_near_it(a, b):
    result = ledger_with_texts(a, b)
    assert result["conflict"] == [] and len(result["agree"]) == 1
