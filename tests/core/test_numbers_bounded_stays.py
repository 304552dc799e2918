"""A duration that a preposition makes one stay ("for over 10 years", "in under 10 minutes") is bounded by its
"over" or "under", as "for over a decade" is; "over 10 years" alone is still a span ("$5bn over 10 years")."""

import pytest
from ledger_rows import both_ways, mention

from reader.core.numbers import find_numbers


@pytest.mark.parametrize("a, b", [
    ("The keeper has worked at the lighthouse for over 10 years, the council said.",
     "The keeper has worked at the lighthouse for 12 years, the council said."),
    ("It was the club's first league title in over 20 years.",
     "It was the club's first league title in 23 years."),
    ("The brothers were freed after over 2 years in custody.",
     "The brothers were freed after 30 months in custody."),
    ("The fire was brought under control in under 40 minutes.",
     "The fire was brought under control in 35 minutes."),
])
def test_a_bounded_stay_meets_a_figure_inside_its_bound(a, b):
    found = both_ways(a, b)
    assert found["conflict"] == [] and found["agree"]


def test_a_bounded_stay_still_disputes_a_figure_outside_it():
    found = both_ways("The keeper has worked at the lighthouse for over 10 years.",
                      "The keeper has worked at the lighthouse for eight years.")
    assert found["conflict"] == [("over 10 years", "eight years")]


@pytest.mark.parametrize("text, hedge", [
    ("The keeper has worked there for over 10 years.", "over"),
    ("The race was won in under 2 hours.", "under"),
    ("A career of over 20 years ended on Friday.", "over"),
])
def test_the_bound_is_read(text, hedge):
    assert next(m for m in find_numbers(text) if m.kind == "duration").hedge == hedge


@pytest.mark.parametrize("text", [
    "The plan will cost $5bn over 10 years.",
    "Rain is expected to spread over 3 days.",
    "The fund grew by a third over 10 years.",
])
def test_over_a_span_without_such_a_preposition_is_across_it(text):
    assert mention(text, next(m.surface for m in find_numbers(text) if m.kind == "duration")).hedge == ""
