"""Figures read whole: "one and a half per cent" once, the age of a thing built N years ago, "71 marks out of
120", a share of a named thing, a clock time in words."""

from __future__ import annotations

import pytest
from ledger_rows import both_ways

from reader.core.numbers import find_numbers


def read(text: str) -> list[tuple[str, str, object]]:
    return [(m.surface, m.kind, m.value) for m in find_numbers(text)]


# --- "one and a half per cent" is one figure, with no "a half per cent" inside it ---------------------------

@pytest.mark.parametrize("text, surface, value, unit", [
    ("The bank forecasts growth of one and a half per cent next year.", "one and a half per cent", 1.5, "%"),
    ("Rates rose by two and a half percentage points.", "two and a half percentage points", 2.5, "percentage point"),
    ("Output fell three-and-a-half percent in May.", "three-and-a-half percent", 3.5, "%"),
])
def test_a_figure_and_a_half_of_a_point_is_read_once(text, surface, value, unit):
    shares = [(m.surface, m.value, m.unit) for m in find_numbers(text) if m.kind == "percent"]
    assert shares == [(surface, value, unit)]


def test_half_a_per_cent_alone_is_still_read():
    assert read("Prices rose by half a per cent.") == [("half a per cent", "percent", 0.5)]


def test_one_and_a_half_per_cent_meets_only_its_own_figure():
    found = both_ways("The bank forecasts growth of one and a half per cent next year.",
                      "The bank forecasts growth of 1.5% next year and sees inflation averaging 2.3%.")
    assert found["agree"] == [("one and a half per cent", "1.5%")] and found["conflict"] == []


# --- what was built N years ago is N years old -------------------------------------------------------------

@pytest.mark.parametrize("text, surface, age", [
    ("The ferry was built 34 years ago in Japan.", "34 years", 34),
    ("The club, founded some 140 years ago, said it would appeal.", "140 years", 140),
    ("Built thirty years ago, the bridge needs repairs.", "thirty years", 30),
    ("The hospital, which opened 12 years ago, will close.", "12 years", 12),
])
def test_a_thing_made_years_ago_has_that_age(text, surface, age):
    ages = [(m.surface, m.value, m.unit) for m in find_numbers(text) if m.kind == "age"]
    assert ages == [(surface, age, "year")]


@pytest.mark.parametrize("text", [
    "He joined the firm 34 years ago.",
    "She was made redundant three years ago.",
    "The bakery Smith founded five years ago has closed.",
    "The shop, which she opened 3 years ago, has closed.",
    "The ferry was built in Japan 34 years ago.",  # no making verb right before the figure
])
def test_a_persons_years_ago_is_no_age(text):
    assert [m.kind for m in find_numbers(text)] == ["duration"]


def test_built_years_ago_disputes_the_age_of_the_other_report():
    found = both_ways("The ferry was built 34 years ago in Japan.", "The 31-year-old ferry was built in Japan.")
    assert found["conflict"] == [("34 years", "31-year-old")]


# --- "71 marks out of 120" is one share, as "74 out of 120" is ---------------------------------------------

def test_a_part_naming_its_noun_before_out_of_is_a_ratio():
    assert read("The boundary was set at 71 marks out of 120.") == [("71 marks out of 120", "ratio", 71 / 120)]


def test_a_part_out_of_a_whole_of_another_noun_is_no_ratio():
    assert [m.kind for m in find_numbers("They moved 30 people out of 40 buildings.")] == ["count", "count"]


def test_marks_out_of_meets_a_share_written_without_the_noun():
    found = both_ways("The grade boundary was set at 71 marks out of 120, the exam board said.",
                      "Pupils needed 74 out of 120, the exam board said.")
    assert found["conflict"] == [("71 marks out of 120", "74 out of 120")]


# --- a share of a named thing is a share -------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("Halvorsen already owns a fifth of Corran.", "a fifth", 0.2),
    ("Halvorsen already owns one fifth of Corran.", "one fifth", 0.2),
    ("Halvorsen already owns a quarter of Corran.", "a quarter", 0.25),
    ("The fund holds two-thirds of Norvik Energy.", "two-thirds", 2 / 3),
])
def test_a_share_of_a_name_is_a_share(text, surface, value):
    assert read(text) == [(surface, "ratio", value)]


def test_the_fifth_of_a_month_is_still_a_date():
    assert [m.kind for m in find_numbers("The vote is on the fifth of May.")] == ["date"]


@pytest.mark.parametrize("a, b", [
    ("Halvorsen already owns a fifth of Corran.", "Halvorsen already owns 20% of Corran."),
    ("Halvorsen already owns a quarter of Corran.", "Halvorsen already owns 25% of Corran."),
])
def test_a_share_of_a_name_agrees_with_its_percentage(a, b):
    found = both_ways(a, b)
    assert len(found["agree"]) == 1 and found["only_a"] == found["only_b"] == []


# --- clock times in words ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, clock", [
    ("The marchers set off at half past ten.", "half past ten", (10, 30)),
    ("The doors open at a quarter to six.", "a quarter to six", (5, 45)),
    ("The doors open at quarter past 9.", "quarter past 9", (9, 15)),
    ("The shop opens at ten o'clock.", "ten o'clock", (10, 0)),
    ("The fire started at half past ten at night.", "half past ten", (22, 30)),
    ("The bells rang at a quarter to midnight.", "a quarter to midnight", (23, 45)),
])
def test_a_clock_time_in_words_is_a_time(text, surface, clock):
    assert read(text) == [(surface, "time", clock)]


@pytest.mark.parametrize("text", [
    "Between one and a half to two million people attended.",
    "Turnout rose from five to six per cent.",
])
def test_a_range_is_no_clock_time(text):
    assert "time" not in [m.kind for m in find_numbers(text)]


def test_a_clock_in_words_agrees_with_the_clock_in_digits():
    found = both_ways("The marchers set off from the Green at 10:30am.",
                      "The marchers set off from the Green at half past ten.")
    assert found["agree"] == [("10:30am", "half past ten")] and found["only_b"] == []
