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
    ("The road will be closed from Monday to Friday.", "The road will be closed for five days."),
    ("The road will be closed from Friday to Monday.", "The road will be closed for three days."),
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
    ("The road will be closed from Monday to Friday.", "The road will be closed for two days."),
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
    figures = [x for pair in result["agree"] + result["conflict"] for x in pair] + result["only_a"]
    assert "March 3" in figures or "March 24" in figures
    assert not any(" to " in x or "-" in x for x in figures)
