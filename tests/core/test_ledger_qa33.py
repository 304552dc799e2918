"""Ledger, from CLI QA pass 33: a hedged figure rounded to its last digit as written ("Some 651,000") reaches a few
steps of that digit, not a few hundredths; and a sum of a robbery dated by a past year is no dispute with one of a
robbery "last month".  Each row as outlets write it, with the traps that must stay as they were."""

from __future__ import annotations

import pytest
from ledger_rows import ledger_with_texts

# --- QA33 D5: a hedge reaches the rounding of the figure as written --------------------------------------------------

def test_some_a_figure_to_the_thousand_does_not_reach_twenty_thousand_away():
    result = ledger_with_texts("There were 631,785 non-Irish citizens living in the State on census night.",
                               "Some 651,000 non-Irish citizens were living in the State on census night, the CSO said.")
    assert result["conflict"] == [("631,785", "some 651,000")]


@pytest.mark.parametrize("a, b", [
    # The figure as the writer would round it.
    ("There were 651,385 non-Irish citizens living in the State.", "Some 651,000 non-Irish citizens live in the State."),
    ("There were 632,900 non-Irish citizens living in the State.", "Some 631,000 non-Irish citizens live in the State."),
    # A round figure of two digits keeps its wider reach.
    ("There were 631,785 non-Irish citizens living in the State.", "Some 650,000 non-Irish citizens live in the State."),
    # A hedged figure not rounded ("About 2,143") keeps its few hundredths.
    ("About 2,143 people died.", "More than 2,150 people died."),
])
def test_a_hedged_figure_still_fits_what_its_rounding_allows(a, b):
    result = ledger_with_texts(a, b)
    assert result["conflict"] == [] and len(result["agree"]) == 1


# --- QA33 D6: a robbery of a past year and one of last month --------------------------------------------------------

def test_a_sum_of_a_past_year_is_no_dispute_with_one_of_last_month():
    result = ledger_with_texts("The same branch was robbed in 2019, when a man escaped with $3,200.",
                               "A Wells Fargo branch in Lakewood was robbed last month by a man who demanded $5,000.")
    assert result["conflict"] == []


@pytest.mark.parametrize("a, b, conflict", [
    # Both of one year.
    ("The branch was robbed in 2019, when a man escaped with $3,200.",
     "In 2019, a man escaped from the branch with $5,000.", ("$3,200", "$5,000")),
    # Both of now.
    ("The branch was robbed last month by a man who escaped with $3,200.",
     "A man who robbed the branch last month demanded $5,000.", ("$3,200", "$5,000")),
])
def test_sums_of_one_time_still_dispute(a, b, conflict):
    assert ledger_with_texts(a, b)["conflict"] == [conflict]
