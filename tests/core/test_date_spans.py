"""A span told by its two ends ("from March 3 to March 17") against the length the other report gives ("for two
weeks"): the ledger reads the ends as the length between them (reader/core/date_spans.py)."""

from __future__ import annotations

import pytest
from ledger_rows import ledger_with_texts as both_ways


@pytest.mark.parametrize("a, b", [
    ("The exhibition runs from March 3 to March 17.", "The exhibition runs for two weeks."),
    ("The exhibition runs from March 3 to March 17.", "The exhibition runs for 15 days."),  # the last day counted
    ("The exhibition runs 3-17 March.", "The exhibition runs for a fortnight."),
    ("The exhibition runs between 3 and 17 March.", "The exhibition runs for two weeks."),
    # A weekday before each date; a year given on the last end only.
    ("The trial runs from Monday, March 3 to Friday, March 14.", "The trial runs for 12 days."),
    ("The exhibition ran from March 3 to March 17, 2022.", "The exhibition ran for two weeks."),
    ("The ban ran from December 28 to January 11, 2024.", "The ban ran for two weeks."),
    # A year left unsaid may be a leap year: three days or four.
    ("The festival runs from 28 February until 3 March.", "The festival runs for four days."),
    # Across the new year.
    ("The ban runs from December 28 to January 11.", "The ban runs for two weeks."),
])
def test_a_span_told_by_its_ends_meets_its_length(a, b):
    result = both_ways(a, b)
    assert len(result["agree"]) == 1 and result["conflict"] == []
    assert not result["only_a"] and not result["only_b"]


@pytest.mark.parametrize("a, b", [
    ("The exhibition runs from March 3 to March 27.", "The exhibition runs for two weeks."),
    ("The exhibition runs from March 3 to March 27.", "The exhibition runs for a month and a half."),
    ("The exhibition runs 3-10 March.", "The exhibition runs for a fortnight."),
])
def test_a_span_told_by_its_ends_disputes_another_length(a, b):
    result = both_ways(a, b)
    assert result["agree"] == [] and len(result["conflict"]) == 1


@pytest.mark.parametrize("a, b", [
    # The other report gives a date of its own: the dates meet it as dates.
    ("The exhibition runs from March 3 to March 27.", "The exhibition runs for two weeks from March 3."),
    # Two dates that are no span's ends.
    ("The show opened on March 3 and closed on March 27.", "The show ran for two weeks."),
    # A span with its own length: the lengths meet each other.
    ("The exhibition runs for three weeks, from March 3 to March 24.", "The exhibition runs for two weeks."),
])
def test_dates_that_are_no_span_or_beside_their_own_length_stay_dates(a, b):
    result = both_ways(a, b)
    figures = [x for pair in result["agree"] + result["conflict"] for x in pair] + result["only_a"] + result["only_b"]
    assert not any(" to " in x or " and " in x for x in figures)


@pytest.mark.parametrize("a, b", [
    # A duration of something else: the thing's making, a day's opening hours, a far longer stretch.
    ("The exhibition runs from March 3 to March 17.", "The exhibition, two years in the making, opens soon."),
    ("The exhibition runs from March 3 to March 17.", "The exhibition is open for eight hours a day."),
    ("The exhibition runs from March 3 to March 5.", "The exhibition will stay open for two months."),
    # Two weekdays are a week's timetable as often as one stretch.
    ("The office is open from Monday to Friday.", "The office will stay open for two weeks."),
    ("The clinic is open from Monday to Saturday.", "The clinic is open 24 hours."),
])
def test_a_duration_of_something_else_leaves_the_span_unread(a, b):
    result = both_ways(a, b)
    assert result["agree"] == [] and result["conflict"] == []
