"""Ledger, from CLI QA passes 30 and 31: more figures of two different things in one link are no dispute.  One more
of a kind ("A second planet") beside the one the story tells of ("The planet"), two periods of one length ("this
year" / "Last year") and two times of day ("by nightfall" / "By midday"), background events each opening on a year of
its own, ages of two people, a contract's value beside a sum demanded, and a bound ("up to two weeks") beside the
length of another thing.  Each row as outlets write it, with the traps that must still dispute."""

from __future__ import annotations

import pytest
from ledger_rows import ledger_with_texts


def _conflicts(a: str, b: str) -> list:
    return ledger_with_texts(a, b)["conflict"]


# --- QA30 D2 (a): one more of a kind ------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("A second planet in the system, LHS 3172 c, orbits every 27 days.",
     "The planet is roughly 60 per cent larger than Earth and completes an orbit every 13 days."),
    ("Another planet in the system orbits its star every 27 days.", "The planet completes an orbit every 13 days."),
    ("A third vessel, the Meridian Aurora, reported 180 cases.", "The vessel reported 95 cases of norovirus."),
])
def test_one_more_of_a_kind_is_another_thing(a, b):
    assert _conflicts(a, b) == []


@pytest.mark.parametrize("a, b, conflict", [
    ("A second planet orbits every 27 days.", "A second planet orbits every 13 days.", ("27 days", "13 days")),
    ("A second planet orbits every 27 days.", "The second planet orbits every 13 days.", ("27 days", "13 days")),
    ("The planet orbits every 27 days.", "The planet completes an orbit every 13 days.", ("27 days", "13 days")),
    ("Another person died on Friday, bringing the toll to 15.", "The toll rose to 14 on Friday.", ("15", "14")),
])
def test_one_thing_told_twice_still_disputes(a, b, conflict):
    assert conflict in _conflicts(a, b)


# --- QA31 D2: two periods of one length, two times of day ---------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The ACB has registered 112 cases in the district this year.", "Last year, the bureau registered 87 cases in Pune."),
    ("Sales this week reached 4,000 units.", "Last week, sales reached 3,100 units."),
    ("Rescuers used ropes to haul 15 bodies up the slope by nightfall.",
     "By midday, rescuers had recovered nine bodies from the ravine."),
])
def test_counts_of_two_periods_or_times_of_day_do_not_dispute(a, b):
    assert _conflicts(a, b) == []


@pytest.mark.parametrize("a, b, conflict", [
    ("The ACB has registered 112 cases in the district this year.",
     "This year, the bureau registered 87 cases in Pune.", ("112", "87")),
    ("The ACB registered 112 cases last year.", "Over the past year, the bureau registered 87 cases.", ("112", "87")),
    ("Rescuers had recovered 15 bodies by nightfall.", "By nightfall, rescuers had recovered nine bodies from the ravine.",
     ("15", "nine")),
    ("The bureau registered 112 cases, up from 87 last year to 112 this year.",
     "This year the bureau registered 98 cases.", ("112", "98")),
])
def test_one_period_still_disputes(a, b, conflict):
    assert conflict in _conflicts(a, b)


# --- QA30 D2 (d): background events, each opening on a year of its own --------------------------------------------

def test_events_of_two_years_and_two_subjects_do_not_dispute():
    assert _conflicts("In 2007, bread producers were fined R98.8 million for price-fixing.",
                      "In 2010, a poultry producer paid R69m to settle a price-fixing case.") == []


@pytest.mark.parametrize("a, b, conflict", [
    ("In 2007, the company was fined R98.8 million for price-fixing.",
     "In 2010, the company was fined R69m for price-fixing.", ("2007", "2010")),
    ("In 2007, Tiger Brands was fined R98.8 million for price-fixing.",
     "In 2010, Tiger Brands paid R69m to settle the case.", ("R98.8 million", "R69m")),
    ("In 2007, bread producers were fined R98.8 million.", "In 2007, a poultry producer paid R69m.",
     ("R98.8 million", "R69m")),
])
def test_one_subject_or_one_year_still_disputes(a, b, conflict):
    assert conflict in _conflicts(a, b)


# --- QA31 D3: ages of two people ----------------------------------------------------------------------------------

def test_ages_of_two_people_do_not_dispute():
    assert _conflicts("The complainant, a 41-year-old contractor, approached the ACB last month.",
                      "Mayor Kolte, 54, was caught after the contractor approached the ACB.") == []


@pytest.mark.parametrize("a, b, conflict", [
    ("Mayor Kolte, 54, was arrested on Thursday.", "The 56-year-old mayor was arrested on Thursday.",
     ("54", "56-year-old")),
    ("The complainant, a 41-year-old contractor, approached the ACB.",
     "The contractor, Ramesh Patil, 45, approached the ACB last month.", ("41-year-old", "45")),
    ("The 41-year-old driver was arrested at the scene.", "Police said the driver, Ramesh Patil, 45, was arrested.",
     ("41-year-old", "45")),
])
def test_ages_of_one_person_still_dispute(a, b, conflict):
    assert conflict in _conflicts(a, b)


# --- QA31 D4: a contract's value and a sum demanded ---------------------------------------------------------------

def test_a_contracts_value_and_a_bribe_do_not_dispute():
    ledger = ledger_with_texts(
        "The 54-year-old was allegedly demanding a cut on a Rs 48-crore road contract awarded by the Pune Municipal "
        "Corporation (PMC).",
        "The 54-year-old mayor, who belongs to the ruling party, had allegedly demanded ₹12 lakh from a contractor to "
        "clear bills.")
    assert ledger["conflict"] == [] and ("54-year-old", "54-year-old") in ledger["agree"]


@pytest.mark.parametrize("a, b, conflict", [
    ("He was demanding a cut on a Rs 48-crore road contract.", "The road contract, worth Rs 45 crore, was awarded in May.",
     ("Rs 48-crore", "Rs 45 crore")),
    ("Moran is set to receive a £3m pay-off.", "Moran will receive £2.5m in compensation.", ("£3m", "£2.5m")),
])
def test_sums_of_one_thing_still_dispute(a, b, conflict):
    assert conflict in _conflicts(a, b)


def test_a_value_beside_a_cost_still_agrees():
    assert ("about $10 billion", "US$10-billion") in ledger_with_texts(
        "Webb launched in December 2021 and cost about $10 billion.",
        "Webb, a US$10-billion observatory, was launched on December 25, 2021.")["agree"]


# --- QA30 D7: a bound beside the length of another thing ----------------------------------------------------------

def test_a_bound_of_another_thing_does_not_agree():
    ledger = ledger_with_texts(
        "Norovirus symptoms usually last one to three days, and most people recover without treatment.",
        "People are usually contagious for up to two weeks after they recover, experts say.")
    assert ledger["agree"] == [] and ledger["conflict"] == []


@pytest.mark.parametrize("a, b, found, pair", [
    ("Symptoms usually last one to three days.", "Symptoms can last up to two weeks.", "agree",
     ("one to three days", "up to two weeks")),
    ("The road will remain closed for up to three days.", "The road will remain closed for five days.", "conflict",
     ("up to three days", "five days")),
])
def test_a_bound_of_one_thing_still_meets(a, b, found, pair):
    assert pair in ledger_with_texts(a, b)[found]


# --- QA31 D2: days of two groups at two places --------------------------------------------------------------------

def test_days_of_two_groups_at_two_places_do_not_dispute():
    assert _conflicts("Around 60 journalists gathered outside the hospital on Thursday.",
                      "About 200 well-wishers gathered outside Amalienborg Palace on Wednesday evening.") == []


@pytest.mark.parametrize("a, b", [
    ("Around 60 journalists gathered outside the hospital on Thursday.",
     "About 200 reporters gathered outside the hospital on Wednesday."),
    ("Around 60 journalists gathered outside the hospital on Thursday.",
     "About 60 journalists gathered outside Amalienborg Palace on Wednesday."),
    ("Around 60 journalists gathered on Thursday.", "About 200 well-wishers gathered on Wednesday."),
])
def test_days_of_one_group_or_one_place_still_dispute(a, b):
    assert ("Thursday", "Wednesday") in _conflicts(a, b)
