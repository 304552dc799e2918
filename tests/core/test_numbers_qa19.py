"""Figures in words that were left unread or read apart: a change by a fraction under a ceiling ("by as much as
two-thirds"), one unit of a measure in words ("about a mile"), a fraction of something lost ("has lost
three-fifths of its volume") and a ratio with its noun inside ("one pupil in three")."""

from __future__ import annotations

import pytest
from ledger_rows import conflicts, ledger_with_texts, story_link

from reader.core.numbers import find_numbers


def _read(text: str) -> list[tuple]:
    return [(m.surface, m.kind, m.value, m.hedge) for m in find_numbers(text)]


# --- a change by a fraction under a ceiling ----------------------------------------------------------------

@pytest.mark.parametrize("b", [
    "Prices of the most widely prescribed insulins could fall by as much as two-thirds, officials said.",
    "Prices of the most widely prescribed insulins will fall by up to two-thirds, officials said.",
])
def test_a_ceiling_in_words_disputes_another_ceiling_in_per_cent(b):
    link = story_link("Prices for the most commonly used insulins will fall by up to 40%, officials said.", b)
    assert conflicts(link) == [("40%", "two-thirds")]


@pytest.mark.parametrize("text, hedge", [
    ("Prices could fall by as much as two-thirds.", "as much as"),
    ("Costs will be cut by up to a third.", "up to"),
])
def test_a_change_by_a_fraction_keeps_its_ceiling(text, hedge):
    [(surface, kind, _, read_hedge)] = _read(text)
    assert kind == "ratio" and read_hedge == hedge


def test_two_ceilings_of_a_share_of_staff_dispute():
    found = ledger_with_texts("Up to 40% of staff left.", "Up to a third of staff left.")
    assert found["conflict"] == [("up to 40%", "up to a third")]


def test_a_ceiling_in_words_meets_the_same_ceiling_in_per_cent():
    found = ledger_with_texts("Prices will fall by up to 67%, officials said.",
                              "Prices will fall by up to two-thirds, officials said.")
    assert found["conflict"] == [] and len(found["agree"]) == 1


def test_two_floors_of_a_share_still_meet():
    found = ledger_with_texts("More than 40% of staff left.", "More than a third of staff left.")
    assert found["conflict"] == []


# --- one unit of a measure in words -------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, kind, value, hedge", [
    ("The debris travelled about a mile down the valley.", "a mile", "length", 1609.344, "about"),
    ("The debris travelled a mile down the valley.", "a mile", "length", 1609.344, ""),
    ("The queue stretched for almost a kilometre.", "a kilometre", "length", 1000, "almost"),
    ("The boulder weighs nearly a tonne.", "a tonne", "weight", 1000, "nearly"),
    ("The fire burned more than an acre of woodland.", "an acre", "area", pytest.approx(4046.8564224), "more than"),
    ("Traffic backed up in a mile-long queue.", "a mile-long", "length", 1609.344, ""),
])
def test_a_unit_in_words_is_read_where_a_hedge_or_a_distance_makes_it_a_figure(text, surface, kind, value, hedge):
    assert _read(text) == [(surface, kind, value, hedge)]


@pytest.mark.parametrize("text", [
    "The farm is a mile from the coast.",
    "The old bell weighs a ton.",
    "He wrote a story about a meter reader.",
    "She spoke about a foot injury.",
    "He ran a mile when he saw the bill.",
])
def test_a_bare_unit_in_words_elsewhere_is_left_alone(text):
    assert _read(text) == []


def test_about_a_mile_disputes_two_and_a_half_kilometres():
    link = story_link("The debris travelled 2.5 km down the valley before it stopped.",
                      "The debris travelled about a mile down the valley before it stopped.")
    assert conflicts(link) == [("2.5 km", "a mile")]


def test_a_mile_travelled_meets_its_round_conversion():
    found = ledger_with_texts("The debris travelled 1.5 km down the valley.",
                              "The debris travelled a mile down the valley.")
    assert found["agree"] == [("1.5 km", "a mile")] and found["conflict"] == []


def test_a_mile_travelled_is_no_figure_measured_to_the_mile():
    # read as roughly as "about" reads a figure, not as "1 mile" to the nearest mile (0.8 to 2.4 km)
    found = ledger_with_texts("The debris travelled 2.2 km down the valley.",
                              "The debris travelled a mile down the valley.")
    assert found["conflict"] == [("2.2 km", "a mile")]


def test_nearly_a_tonne_disputes_two_tonnes():
    found = ledger_with_texts("The boulder weighs 2 tonnes.", "The boulder weighs nearly a tonne.")
    assert found["conflict"] == [("2 tonnes", "nearly a tonne")]


# --- a fraction of something lost -------------------------------------------------------------------------

def test_a_fraction_lost_meets_the_share_lost_in_per_cent():
    found = ledger_with_texts("The Laver glacier has lost 60% of its volume since 1900.",
                              "Since 1900 the Laver glacier has lost three-fifths of its volume.")
    assert ("down 60%", "down three-fifths") in found["agree"] and found["conflict"] == []


def test_a_fraction_lost_falls_as_the_share_in_per_cent_does():
    [three_fifths] = [m for m in find_numbers("The glacier has lost three-fifths of its volume.")]
    assert three_fifths.kind == "ratio" and three_fifths.direction == "down"


# --- a ratio with its noun inside ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, value, unit, hedge", [
    ("About one pupil in three who answered the survey said so.", "one pupil in three", 1 / 3, "pupil", "about"),
    ("Only one child in every four was vaccinated.", "one child in every four", 0.25, "child", ""),
    ("Seven voters in ten backed the plan.", "Seven voters in ten", 0.7, "voter", ""),
])
def test_a_ratio_with_its_noun_inside_is_one_ratio(text, surface, value, unit, hedge):
    [m] = find_numbers(text)
    assert (m.surface, m.kind, m.value, m.unit, m.hedge) == (surface, "ratio", pytest.approx(value), unit, hedge)


def test_a_tally_of_one_thing_in_some_of_another_is_no_ratio():
    assert [m.kind for m in find_numbers("He scored one goal in three games.")] == ["count", "count"]


def test_one_pupil_in_three_meets_a_third_of_pupils():
    link = story_link("A third of pupils who responded to the survey said bullying was not dealt with well.",
                      "About one pupil in three who answered the survey said bullying was not handled well.")
    assert [(x.surface, y.surface) for x, y in link.numbers.agree] == [("A third", "one pupil in three")]


def test_one_pupil_in_three_disputes_half_of_pupils():
    link = story_link("Half of pupils who responded to the survey said bullying was not dealt with well.",
                      "About one pupil in three who answered the survey said bullying was not handled well.")
    assert conflicts(link) == [("Half", "one pupil in three")]
