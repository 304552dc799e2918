"""The number ledger after a code review (round 4): "about" a whole count beside a figure hedged
another way, a capital "One" inside a name, the noun a count of one counts and its fate, a change "by
half" that is the clock or the match, and the report's line for two agreeing counts of one.  Each row
is a pair of sentences as two reports would give them, with what a fact-checker expects; the
end-to-end rows go through reader.core.compare as the review's probe did."""

from __future__ import annotations

import pytest
from ledger_rows import both_ways, probe

from reader.cli.report import _ledger_lines

# --- 1: "about" a whole count keeps its tenth either side beside another hedge ---------------------------

@pytest.mark.parametrize("a, b, agree", [
    ("About 155 people were killed.", "At least 157 people were killed.", ("about 155", "at least 157")),
    ("About 2,143 people were killed.", "More than 2,150 people were killed.", ("about 2,143", "more than 2,150")),
    ("About 1,234 homes were destroyed.", "More than 1,250 homes were destroyed.", ("about 1,234", "more than 1,250")),
])
def test_about_a_whole_count_is_no_stricter_beside_a_hedge_than_beside_a_plain_figure(a, b, agree):
    found = both_ways(a, b)
    assert found["conflict"] == [] and found["agree"] == [agree]


def test_about_a_whole_count_and_a_looser_bound_are_no_disputed_toll_end_to_end():
    link = probe("About 155 people were killed in the earthquake.", "At least 157 people were killed in the earthquake.")
    assert link is not None and not link.numbers.conflict
    assert [(x.surface, y.surface) for x, y in link.numbers.agree] == [("155", "157")]


# --- 5: a capital "One" inside a name counts nothing ------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Formula One driver Lewis Hamilton crashed on lap 12 of the Norhaven Grand Prix.",
     "Two drivers crashed on lap 12 of the Norhaven Grand Prix."),
    ("The Category One hurricane hit Florida.", "Two hurricanes hit Florida."),
    ("The BBC One programme aired on Sunday.", "Two programmes aired on Sunday."),
])
def test_one_inside_a_name_is_no_count(a, b):
    found = both_ways(a, b)
    assert found["conflict"] == [] and found["only_b"] == ["Two"]


def test_one_inside_a_name_gives_no_conflict_end_to_end():
    link = probe("Formula One driver Lewis Hamilton crashed on lap 12 of the Norhaven Grand Prix.",
                 "Two drivers crashed on lap 12 of the Norhaven Grand Prix.")
    assert link is not None and not link.numbers.conflict


# --- 6: a count of one counts its noun, not an adjective, and meets only a count of its fate -------------

@pytest.mark.parametrize("a, b", [
    ("One young woman died in the crash.", "Two young men died in the crash."),
    ("One local resident was injured.", "Two local businesses were damaged."),
    ("One senior Democrat voted against the bill.", "Two senior Republicans voted against the bill."),
])
def test_a_count_of_one_counts_the_noun_after_an_adjective(a, b):
    found = both_ways(a, b)
    assert found["conflict"] == [] and found["only_b"] == ["Two"]


def test_a_count_of_one_after_an_adjective_still_meets_a_count_of_its_noun():
    assert both_ways("One young woman died in the crash.", "Two young women died in the crash.")["conflict"] == [
        ("One woman", "Two")]


@pytest.mark.parametrize("a, b", [
    ("One resident said the blast shook the street.", "Two residents were rescued from the rubble after the blast."),
    ("One officer said the suspect had fled.", "Two officers were suspended after the inquiry."),
    ("One neighbour said the fire spread quickly.", "Two neighbours were evacuated."),
])
def test_a_count_of_one_of_no_fate_meets_no_count_with_one(a, b):
    found = both_ways(a, b)
    assert found["conflict"] == [] and found["agree"] == []


# --- 10: "by half" and "by a quarter" that are the match or the clock ------------------------------------

@pytest.mark.parametrize("a, b, half", [
    ("Arsenal were 2-0 up by half time.", "Arsenal were 2-0 up at the break.", "half"),
    ("The queue had gone down by half past nine.", "The queue had gone down 50% by ten.", "half"),
    ("The queue had gone down by a quarter past nine.", "The queue had gone down 25% by ten.", "a quarter"),
    ("The queue had gone down by a quarter to ten.", "The queue had gone down 25% by ten.", "a quarter"),
])
def test_half_time_and_the_clock_are_no_change_by_a_share(a, b, half):
    found = both_ways(a, b)
    shown = [x for pair in found["agree"] + found["conflict"] for x in pair] + found["only_a"]
    # Read, if at all, as the clock ("half past nine"), never as a share set against "50%".
    assert all(" past " in figure or " to " in figure for figure in shown if half in figure)
    assert not any(half in x or half in y for x, y in found["agree"] + found["conflict"])


# --- 13: the report shows two agreeing counts of one with their noun ---------------------------------------

def test_the_report_shows_two_agreeing_counts_of_one_with_their_noun():
    link = probe("A man was arrested on Tuesday in Norhaven.", "One man was arrested on Tuesday in Norhaven.")
    assert link is not None
    assert _ledger_lines(link.numbers) == ['    numbers agree: "A man" = "One man", Tuesday']
