"""Ledger, from CLI QA pass 35: a floor and an estimate far past it ("More than 48,000" / "About 84,000") are shown
as differing (D4); a "within" bound and a radius of one zone dispute (D5); figures of a past year's event against
one told by a bare weekday ("Tuesday"), and a career's tally against a country's, are no disputes (D3).  Each row
as outlets write it, with the traps that must stay as they were."""

from __future__ import annotations

import pytest
from ledger_rows import ledger_with_texts

# --- D4: a floor and an estimate far past it ---------------------------------------------------------------------------


def test_an_estimate_far_past_a_floor_is_shown_as_differing():
    result = ledger_with_texts(
        "More than 48,000 homes and businesses were without power by sunrise, Ergon Energy said.",
        "About 84,000 customers were without electricity, according to state-owned utility Ergon Energy.")
    assert result["conflict"] == [("more than 48,000", "about 84,000")]


@pytest.mark.parametrize("a, b, agree", [
    # An estimate just past the floor is one count told two ways.
    ("More than 48,000 homes were without power.", "About 50,000 homes were without power.",
     [("more than 48,000", "about 50,000")]),
])
def test_an_estimate_near_a_floor_still_fits(a, b, agree):
    result = ledger_with_texts(a, b)
    assert result["conflict"] == [] and result["agree"] == agree


def test_a_floor_and_a_ceiling_far_apart_stay_unpaired():
    result = ledger_with_texts("At least 40 people were hurt.", "Up to 400 people were hurt.")
    assert result["conflict"] == [] and result["agree"] == []


# --- D5: a "within" bound and a radius ---------------------------------------------------------------------------------


def test_a_within_bound_and_a_radius_of_one_zone_dispute():
    result = ledger_with_texts(
        "Authorities ordered people within a 1-mile radius of the Harlem Road plant to shelter in place.",
        "Residents within two miles of the plant were told to shelter in place.")
    assert result["conflict"] == [("1-mile", "within two miles")]


@pytest.mark.parametrize("a, b, agree", [
    # One radius told two ways.
    ("Authorities ordered people within a 2-mile radius of the plant to shelter in place.",
     "Residents within two miles of the plant were told to shelter in place.", [("2-mile", "within two miles")]),
    # A distance that is no radius still fits the bound.
    ("The nearest school is 1 mile from the plant.",
     "Residents within two miles of the plant were told to shelter in place.", [("1 mile", "within two miles")]),
])
def test_a_bound_still_holds_what_is_no_other_radius(a, b, agree):
    result = ledger_with_texts(a, b)
    assert result["conflict"] == [] and result["agree"] == agree


# --- D3: sentences about something else --------------------------------------------------------------------------------


def test_a_past_years_leak_is_no_dispute_with_one_told_by_a_bare_weekday():
    result = ledger_with_texts(
        "In 2019, a similar leak at a treatment plant in Joliet sent 6 people to hospitals.",
        "Eleven people were taken to area hospitals Tuesday after chlorine gas escaped from the city's Harlem Road "
        "water treatment plant.")
    assert result["conflict"] == []


def test_one_leak_told_by_a_bare_weekday_still_disputes():
    result = ledger_with_texts(
        "Fourteen people were taken to hospitals Tuesday after a chlorine leak at the plant.",
        "Eleven people were taken to area hospitals Tuesday after chlorine gas escaped from the plant.")
    assert result["conflict"] == [("Fourteen", "Eleven")]


def test_a_careers_tally_is_no_dispute_with_a_countrys():
    result = ledger_with_texts(
        "India has more than 400 amphibian species, and new ones are described almost every year.",
        'Co-author S.D. Biju, known as the "frog man of India", has described more than 100 amphibian species '
        "over his career.")
    assert result["conflict"] == []


@pytest.mark.parametrize("a, b, conflict", [
    # The same person on both sides.
    ("Biju has described more than 120 amphibian species.",
     "Co-author S.D. Biju has described more than 100 amphibian species over his career.",
     ("more than 120", "more than 100")),
    # A sentence that opens on no name.
    ("He has described more than 120 amphibian species.",
     "Co-author S.D. Biju has described more than 100 amphibian species over his career.",
     ("more than 120", "more than 100")),
])
def test_one_persons_tally_still_disputes(a, b, conflict):
    assert ledger_with_texts(a, b)["conflict"] == [conflict]
