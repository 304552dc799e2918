"""Figures read as the writer meant them, from code review 18: "as long as" before a span the sentence's own
past verb follows ("queues as long as five hours remained") still bounds it; a span owning a journey or a wait
("half an hour's drive") is that duration, where one owning something else ("an hour's footage") is none; an
ordinal after "a" before a figure ranks the one thing named ("a second 12-month term"); and a route's plural before an
auxiliary ("the 40 bus drivers being questioned") is what the figure counts."""

from __future__ import annotations

import pytest
from ledger_rows import both_ways, conflicts, story_link

from reader.core.numbers import find_numbers


def read(text: str) -> list[tuple]:
    return [(m.surface, m.kind, m.hedge) for m in find_numbers(text)]


# --- "as long as" before the sentence's own verb --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Lorry queues as long as five hours remained at the Dover crossing on Friday.",
    "Delays as long as two years elapsed before the inquiry opened.",
])
def test_as_long_as_before_the_sentences_own_past_verb_still_bounds_the_span(text):
    assert [hedge for _, kind, hedge in read(text) if kind == "duration"] == ["as long as"]


def test_a_bounded_queue_fits_a_shorter_one_and_is_no_conflict():
    link = story_link("Lorry queues as long as five hours remained at the Dover crossing on Friday, drivers said.",
                      "Lorry queues of three hours remained at the Dover crossing on Friday, drivers said.")
    assert conflicts(link) == []
    assert ("as long as five hours", "three hours") in both_ways(
        "Lorry queues as long as five hours remained at the Dover crossing on Friday.",
        "Lorry queues of three hours remained at the Dover crossing on Friday.")["agree"]


@pytest.mark.parametrize("text", [
    "He said the deal would hold, as long as two years remained on the lease.",
    "As long as five years elapsed, no claim could be made.",
    "The deal holds as long as 10 years have passed.",
    "The ban stays as long as two years remain on the lease.",
    "The deal would stand as long as two years had passed.",
])
def test_as_long_as_opening_a_condition_is_still_no_bound(text):
    assert [hedge for _, kind, hedge in read(text) if kind == "duration"] == [""]


# --- a span's possessive ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, minutes", [
    ("The village is half an hour's drive from Leeds.", "half an hour", 30),
    ("The farm is an hour and a half's drive away.", "an hour and a half", 90),
    ("The beach is a quarter of an hour's walk from the station.", "a quarter of an hour", 15),
    ("The airport is three-quarters of an hour's train ride away.", "three-quarters of an hour", 45),
    ("Passengers faced half an hour’s wait at the gate.", "half an hour", 30),
])
def test_a_span_owning_a_journey_or_a_wait_is_that_duration(text, surface, minutes):
    [duration] = [m for m in find_numbers(text) if m.kind == "duration"]
    assert duration.surface == surface
    assert duration.value == find_numbers(f"It lasted {minutes} minutes.")[0].value


@pytest.mark.parametrize("text", ["Nearly a quarter of an hour's footage was shown.",
                                  "Staff lost half a day's pay.",
                                  "Half a month's rain fell in a night."])
def test_a_span_owning_an_amount_of_something_else_is_no_duration(text):
    assert [m for m in find_numbers(text) if m.kind == "duration"] == []


def test_half_an_hours_drive_agrees_with_a_30_minute_drive():
    rows = both_ways("The village of Amble is half an hour's drive from the nearest hospital.",
                     "The village of Amble is a 30-minute drive from the nearest hospital.")
    assert rows["agree"] == [("half an hour", "30-minute")]
    assert rows["only_a"] == rows["only_b"] == []


# --- an ordinal after "a" before a figure -------------------------------------------------------------------

def test_an_ordinal_after_a_ranks_the_one_thing_named():
    # "a second 12-month term" is the second term: its rank disputes "a third", its length agrees.
    result = both_ways("He began a second 12-month term in May.", "He began a third 12-month term in May.")
    assert result["conflict"] == [("second", "third")]
    assert ("12-month", "12-month") in result["agree"]


def test_a_place_with_no_determiner_before_it_is_still_a_rank():
    assert [(surface, kind) for surface, kind, _ in read("Smith finished second 12 seconds behind the winner.")] == [
        ("second", "ordinal"), ("12 seconds", "duration")]


# --- the verb after a route's plural, and after a name's figure ----------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Police said the 40 bus drivers being questioned were released.", 40),
    ("The 12 bus drivers shall receive a bonus.", 12),
])
def test_a_routes_plural_before_an_auxiliary_is_what_the_figure_counts(text, value):
    [count] = find_numbers(text)
    assert (count.kind, count.value, count.unit) == ("count", value, "driver")


def test_a_route_before_its_own_verb_is_still_named():
    found = find_numbers("The 73 bus leaves at noon.")
    assert (found[0].surface, found[0].kind) == ("73", "ordinal")


@pytest.mark.parametrize("text, value", [("A spokesman told CNN 12 had died.", 12),
                                         ("A spokesman told CNN 40 remain in hospital.", 40)])
def test_a_figure_after_a_name_before_its_verb_is_a_count(text, value):
    assert [(m.kind, m.value) for m in find_numbers(text)] == [("count", value)]
