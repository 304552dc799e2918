""""About" a figure written to three significant digits or more ("about 285,000", "about 27.8%") is
close to a count the writer had, and reaches only a few hundredths either side; a round figure
("about 1,100", "about 30", "about 2.5 million") keeps its tenth.  Rows as two reports give them."""

from __future__ import annotations

import pytest
from ledger_rows import both_ways, probe


@pytest.mark.parametrize("a, b, conflict", [
    ("About 285,000 students received their results.", "More than 298,000 students received their results.",
     ("about 285,000", "more than 298,000")),
    ("About 285,000 students received their results.", "298,000 students received their results.",
     ("about 285,000", "298,000")),
    ("About 27.8% of grades were an A or A*.", "28.7% of grades were an A or A*.", ("about 27.8%", "28.7%")),
    ("About 104 people died in the fire.", "110 people died in the fire.", ("about 104", "110")),
])
def test_about_a_precise_figure_disputes_one_a_few_hundredths_away(a, b, conflict):
    found = both_ways(a, b)
    assert found["agree"] == [] and found["conflict"] == [conflict]


@pytest.mark.parametrize("a, b, agree", [
    ("About 2,143 people died.", "More than 2,150 people died.", ("about 2,143", "more than 2,150")),
    ("About 155 people died.", "157 people died.", ("about 155", "157")),
    ("About 1,100 homes flooded.", "Over 1,000 homes flooded.", ("about 1,100", "over 1,000")),
    ("About 150 people died.", "160 people died.", ("about 150", "160")),
    ("About 2.5 million people voted.", "2.4 million people voted.", ("about 2.5 million", "2.4 million")),
    ("About 30 people died.", "27 people died.", ("about 30", "27")),
])
def test_about_a_round_figure_or_one_just_beside_it_agrees(a, b, agree):
    found = both_ways(a, b)
    assert found["conflict"] == [] and found["agree"] == [agree]


def test_two_counts_of_candidates_end_to_end():
    link = probe("About 285,000 students in England received their A-level results on Thursday.",
                 "More than 298,000 students in England received their A-level results on Thursday.")
    assert link is not None and link.relation == "related"
    assert [(x.surface, y.surface) for x, y in link.numbers.conflict] == [("285,000", "298,000")]


@pytest.mark.parametrize("a, b, agree", [
    ("About 1.25 million people voted.", "1.3 million people voted.", ("about 1.25 million", "1.3 million")),
    ("About 4.25 million homes lost power.", "4.3 million homes lost power.", ("about 4.25 million", "4.3 million")),
])
def test_about_never_makes_a_figure_stricter_than_the_plain_figure_is(a, b, agree):
    # "1.3 million" is "1.25 million" rounded: the plain pair agrees, and so must the hedged one.
    found = both_ways(a, b)
    assert found["conflict"] == [] and found["agree"] == [agree]
