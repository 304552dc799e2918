"""Figures read from invented sentences of the sixteenth CLI pass: a race time is whole to the second and takes
no margin after it as a part; "the next fortnight" is a span of two weeks; a share with "less", "fewer" or "more"
after it is the change; and "per second" ranks nothing."""

from __future__ import annotations

import pytest

from reader.core.numbers import find_numbers


def read(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.kind) for m in find_numbers(text)]


# --- H1: a race time and the margin after it --------------------------------------------------------------------

@pytest.mark.parametrize("text, figures", [
    ("Kiprono crossed the line in 2:05:37, 21 seconds ahead of Girma.",
     [("2:05:37", "duration"), ("21 seconds", "duration")]),
    ("She won the 5,000m race in 14:32, 3 seconds clear of the field.",
     [("5,000m", "length"), ("14:32", "duration"), ("3 seconds", "duration")]),
])
def test_a_race_time_takes_no_margin_after_it_as_a_part(text, figures):
    assert read(text) == figures


@pytest.mark.parametrize("text, surface", [
    ("He was jailed for two years and six months.", "two years and six months"),
    ("The marathon took 2 hours, 4 minutes and 37 seconds.", "2 hours, 4 minutes"),
    ("The flight lasted 1hr 30mins.", "1hr 30mins"),
])
def test_a_duration_in_two_units_is_still_one_figure(text, surface):
    assert read(text)[0] == (surface, "duration")


# --- L1: "the next fortnight" -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, days", [
    ("The Met Office forecasts no significant rain for the next fortnight.", 14),
    ("Rain has fallen on most days over the past fortnight.", 14),
    ("The river is expected to peak in the next hour.", 1 / 24),
])
def test_the_next_fortnight_is_a_span_of_time(text, days):
    (span,) = find_numbers(text)
    assert span.kind == "duration" and span.value.base == "day" and span.value.amount == pytest.approx(days)


@pytest.mark.parametrize("text", [
    "The council will meet the next week to decide.",
    "It was the wettest spell of the past decade.",
    "He was released the next day.",
    "The next fortnight's forecast is dry.",
])
def test_a_next_span_that_may_name_the_calendar_is_no_figure(text):
    assert find_numbers(text) == []


# --- L2: "a quarter less water" ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, direction", [
    ("The company wants customers to use a quarter less water.", 0.25, "down"),
    ("There were two-thirds fewer cases this winter.", 2 / 3, "down"),
    ("Builders finished a third more homes than last year.", 1 / 3, "up"),
])
def test_a_share_before_less_fewer_or_more_is_the_change(text, value, direction):
    (share,) = find_numbers(text)
    assert share.kind == "ratio" and share.value == pytest.approx(value) and share.direction == direction


@pytest.mark.parametrize("text", [
    "One more person was rescued on Tuesday.",
    "A quarter of the water was lost to leaks.",
])
def test_no_change_by_a_share_without_a_share_and_comparative(text):
    assert all(m.kind != "ratio" or m.direction == "" for m in find_numbers(text))


# --- L3: "per second" --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Water was released at 300 cubic metres per second, the company said.",
    "Gusts reached 30 metres per second on the coast.",
])
def test_per_second_ranks_nothing(text):
    assert all(m.kind != "ordinal" for m in find_numbers(text))


@pytest.mark.parametrize("text", ["He was arrested for a second time.", "The second person was released."])
def test_a_second_of_something_is_still_an_ordinal(text):
    assert [m.kind for m in find_numbers(text)] == ["ordinal"]
