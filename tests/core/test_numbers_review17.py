"""Figures read as the writer meant them, from code review 17 and the rescore of QA passes 17 and 18: a place
("finished second 12 seconds behind") is a rank of its own, where "the first three days" is none; "over half a
year" is said across the span, as "over six months" is; "2.5m cubic metres" is a volume; "as long as" bounds no
condition nor a date; a quarter-hour counted or owned is no duration; a relay's team is no length; and a figure
in words is no modifier of a span after it ("1 first days")."""

from __future__ import annotations

from fractions import Fraction

import pytest
from ledger_rows import conflicts, story_link

from reader.core.numbers import Duration, find_numbers


def read(text: str) -> list[tuple]:
    return [(m.surface, m.kind, m.value, m.unit, m.hedge) for m in find_numbers(text)]


# --- an ordinal before a figure -----------------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["finished", "came", "placed"])
def test_a_place_before_a_margin_is_a_rank_of_its_own(verb):
    found = read(f"Smith {verb} second 12 seconds behind the winner.")
    assert [(surface, kind) for surface, kind, *_ in found] == [("second", "ordinal"), ("12 seconds", "duration")]


def test_places_told_apart_before_one_margin_conflict():
    link = story_link("Smith finished second 12 seconds behind the winner in Sunday's race in Oslo.",
                      "Smith finished third 12 seconds behind the winner in Sunday's race in Oslo.")
    assert conflicts(link) == [("second", "third")]


@pytest.mark.parametrize("text, figure", [
    ("During its first two years the firm grew.", "two years"),
    ("The company's first three months were hard.", "three months"),
    ("Aid arrived in the first 100 days.", "100 days"),
])
def test_an_ordinal_after_a_determiner_still_picks_out_the_figure(text, figure):
    assert [m.surface for m in find_numbers(text)] == [figure]


# --- "over half a year" -------------------------------------------------------------------------------------

def test_over_half_a_year_is_said_across_it_as_over_six_months_is():
    half, six = (find_numbers(f"The claims had been made over {span} in 2023.")[0]
                 for span in ("half a year", "six months"))
    assert (half.value, half.hedge) == (six.value, six.hedge) == (Duration(6, "month"), "")


def test_for_over_half_a_century_is_still_more_than_half_a_century():
    assert [m.hedge for m in find_numbers("The family farmed there for over half a century.")] == ["over"]


def test_eight_months_disputes_half_a_year_said_over_it():
    link = story_link("Investigators found the claims were made over a period of eight months in 2023.",
                      "Investigators found the claims had been made over half a year in 2023.")
    assert conflicts(link) == [("eight months", "half a year")]


# --- millions written "m" before a unit of volume or area ---------------------------------------------------

@pytest.mark.parametrize("text, kind, value, unit", [
    ("The reservoir lost 2.5m cubic metres of water.", "volume", 2_500_000, "m³"),
    ("The site covers 2m square metres.", "area", 2_000_000, "m²"),
])
def test_millions_written_m_before_cubic_or_square_units_are_that_measure(text, kind, value, unit):
    [figure] = find_numbers(text)
    assert (figure.kind, figure.value, figure.unit) == (kind, value, unit)
    [spelt] = find_numbers(text.replace("m ", " million ", 1))
    assert (spelt.kind, spelt.value, spelt.unit) == (kind, value, unit)


def test_a_square_of_metres_is_still_a_length():
    assert read("They dug a 2m square hole.") == [("2m", "length", 2, "m", "")]


def test_millions_of_gallons_count_alike_however_written():
    written = [(m.kind, m.value, m.unit) for m in find_numbers("The pipe leaked 2.5m gallons.")]
    spelt = [(m.kind, m.value, m.unit) for m in find_numbers("The pipe leaked 2.5 million gallons.")]
    assert written == spelt == [("count", 2_500_000, "gallon")]


# --- "as long as" -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The deal holds as long as 10 years have passed.",
    "The ban stays as long as two years remain on the lease.",
    "The rift began as long as five years ago.",
])
def test_as_long_as_before_a_condition_or_a_date_is_no_bound(text):
    assert [(m.kind, m.hedge) for m in find_numbers(text)] == [("duration", "")]


@pytest.mark.parametrize("text", ["Symptoms can last as long as a fortnight.",
                                  "Cracks as long as 30cm were found in the wall."])
def test_as_long_as_still_bounds_a_span(text):
    assert [m.hedge for m in find_numbers(text)] == ["as long as"]


# --- a quarter of an hour ---------------------------------------------------------------------------------

def test_a_quarter_of_an_hours_footage_is_no_duration():
    assert [m for m in find_numbers("Nearly a quarter of an hour's footage was shown.") if m.kind == "duration"] == []


def test_three_quarter_hour_slots_count_slots():
    assert [(m.surface, m.kind, m.value) for m in find_numbers("It offered three quarter-hour slots.")] == [
        ("three", "count", 3)]


@pytest.mark.parametrize("text", ["It lasted three quarters of an hour.", "It was a three-quarter-hour drive."])
def test_three_quarters_of_an_hour_is_still_45_minutes(text):
    [duration] = find_numbers(text)
    assert duration.value == Duration(Fraction(45, 24 * 60), "day")


# --- a relay --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Britain won the 4 x 100m relay.", "She swam in the 4 x 200 metres freestyle."])
def test_a_relays_team_is_no_length(text):
    team = find_numbers(text)[0]
    assert (team.surface, team.kind, team.value) == ("4", "count", 4)


def test_a_size_still_gives_its_unit_to_its_first_figure():
    assert [(m.kind, m.value) for m in find_numbers("The tarpaulin measures 3 x 4m.")] == [("length", 3), ("length", 4)]


# --- a figure in words before a span -------------------------------------------------------------------------

def test_a_figure_in_words_is_no_modifier_of_the_span_after_it():
    found = find_numbers("1 first days ")
    assert all(first.end <= second.start for first, second in zip(found, found[1:]))
    assert "first" in [m.surface for m in found]
    assert [m.surface for m in find_numbers("Pilots logged 14,300 flight hours.")] == ["14,300 flight hours"]
