"""Ledger rows from invented report pairs of the sixteenth CLI pass: a race time and the winning margin after it
are two figures, each weighed on its own; a margin after a comma is no third part of a duration; "the next
fortnight" disputes "the next three weeks"; "a quarter less" disputes "by a tenth"; and "per second" adds no
figure."""

from __future__ import annotations

import pytest
from ledger_rows import both_ways, ledger_with_texts

# --- H1: a race time and the margin after it --------------------------------------------------------------------

def test_a_race_time_with_a_margin_disputes_another_time():
    found = ledger_with_texts("Kiprono crossed the line in 2:04:37.",
                              "Kiprono crossed the line in 2:05:37, 21 seconds ahead of Girma.")
    assert found["conflict"] == [("2:04:37", "2:05:37")] and found["agree"] == []
    assert found["only_b"] == ["21 seconds"]


def test_two_margins_after_one_time_dispute_each_other():
    found = ledger_with_texts("Kiprono crossed the line in 2:04:37, 12 seconds ahead of Girma.",
                              "Kiprono crossed the line in 2:04:37, 21 seconds ahead of Girma.")
    assert found["agree"] == [("2:04:37", "2:04:37")] and found["conflict"] == [("12 seconds", "21 seconds")]


def test_a_margin_after_a_comma_is_no_third_part_of_the_time():
    found = ledger_with_texts("Kiprono crossed the line in 2:04:37.",
                              "Kiprono crossed the line in 2 hours 4 minutes, 21 seconds ahead of Girma.")
    assert found["only_b"] == ["21 seconds"]
    assert all("21 seconds" not in y for _, y in found["agree"] + found["conflict"])


@pytest.mark.parametrize("b", [
    "Kiprono crossed the line in 2 hours, 4 minutes, 37 seconds.",
    "Kiprono crossed the line in 2 hours 4 minutes and 37 seconds, ahead of Girma.",
])
def test_a_time_in_three_parts_still_meets_the_same_time_in_one(b):
    found = ledger_with_texts("Kiprono crossed the line in 2:04:37.", b)
    assert found["conflict"] == [] and len(found["agree"]) == 1 and found["only_b"] == []


# --- L1: "the next fortnight" -----------------------------------------------------------------------------------

def test_the_next_fortnight_disputes_the_next_three_weeks():
    found = both_ways("The Met Office forecasts no significant rain for the next fortnight.",
                      "The Met Office forecasts no significant rain for the next three weeks.")
    assert found["conflict"] == [("fortnight", "three weeks")]


def test_the_next_fortnight_agrees_with_the_next_two_weeks():
    found = both_ways("The Met Office forecasts no significant rain for the next fortnight.",
                      "The Met Office forecasts no significant rain for the next two weeks.")
    assert found["agree"] == [("fortnight", "two weeks")] and found["conflict"] == []


# --- L2: "a quarter less water" ----------------------------------------------------------------------------------

def test_a_quarter_less_disputes_a_cut_by_a_tenth():
    found = ledger_with_texts("It has asked customers to cut their use by a tenth.",
                              "The company wants customers to use a quarter less water.")
    assert found["conflict"] == [("down a tenth", "down a quarter")]


def test_a_quarter_less_agrees_with_a_fall_by_a_quarter():
    found = ledger_with_texts("Water use fell by a quarter.",
                              "The company wants customers to use a quarter less water.")
    assert found["conflict"] == [] and len(found["agree"]) == 1


# --- L3: "per second" --------------------------------------------------------------------------------------------

def test_per_second_adds_no_agreeing_figure():
    found = both_ways("Water was released at 300 cubic metres per second, the company said.",
                      "Water was released at 450 cubic metres per second, the company said.")
    assert found["conflict"] == [("300 cubic metres", "450 cubic metres")] and found["agree"] == []
