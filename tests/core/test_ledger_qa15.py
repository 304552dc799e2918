"""Ledger rows of CLI QA pass 15: a figure of one significant digit is no conversion cut down ("2 miles" is no
"5 km", 3.1 miles, cut), and a bounded fraction of a thing ("just over half") disputes a hedged share that
allows nothing on its side of the bound ("roughly 40%")."""

from __future__ import annotations

import pytest
from ledger_rows import both_ways, ledger_with_texts


# --- M6: a one-digit figure is rounded, not cut ---------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    # 5 km is 3.1 miles; "2 miles" cut would reach 3 miles, half of it again
    ("The wolf was found 2 miles from the zoo on a farm.", "The wolf was found 5 km from the zoo on a farm."),
    # 8 km is 5 miles less a few yards, which no converter gives as "4 miles"
    ("The wolf was found 4 miles from the zoo.", "The wolf was found 8 km from the zoo."),
])
def test_a_one_digit_figure_is_no_conversion_cut_down(a, b):
    found = both_ways(a, b)
    assert len(found["conflict"]) == 1 and not found["agree"]


@pytest.mark.parametrize("a, b", [
    ("The wolf was found 3 miles from the zoo.", "The wolf was found 5 km from the zoo."),  # rounded
    ("The wolf was found 11 miles from the zoo.", "The wolf was found 19 km from the zoo."),  # 11.8 miles, cut
])
def test_a_one_digit_figure_rounded_or_a_two_digit_one_cut_still_fits(a, b):
    found = both_ways(a, b)
    assert found["agree"] and not found["conflict"]


# --- H4: a hedged share against a bounded fraction ------------------------------------------------------------

@pytest.mark.parametrize("a, b, pair", [
    ("The public contribution covers roughly 40% of the total cost of the project.",
     "Council figures show the loan covers just over half of the total cost of the project.",
     ("roughly 40%", "just over half")),
    ("About 25% of the homes were flooded.", "More than a third of the homes were flooded.",
     ("about 25%", "more than a third")),
    ("Nearly 60% of voters backed the plan.", "Almost a third of voters backed the plan.",
     ("nearly 60%", "almost a third")),
])
def test_a_hedged_share_clear_of_a_bounded_fraction_conflicts(a, b, pair):
    assert ledger_with_texts(a, b)["conflict"] == [pair]


@pytest.mark.parametrize("a, b", [
    ("Roughly 30% of the homes were flooded.", "Almost a third of the homes were flooded."),  # 27-33% meets it
    ("About 48% of voters backed the plan.", "Just under half of voters backed the plan."),
    ("More than 40% of voters backed the plan.", "More than a third of voters backed the plan."),  # one way
    ("Roughly 40% of the homes were flooded.", "Half of the homes were flooded."),  # a round fraction, unbounded
])
def test_a_hedged_share_that_meets_the_bound_or_beside_a_round_fraction_is_no_dispute(a, b):
    assert ledger_with_texts(a, b)["conflict"] == []
