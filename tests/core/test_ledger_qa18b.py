"""Figures of one story told two ways, from the eighteenth CLI QA pass: a count of others beside the ones named
("the Krämers and fifteen other people") is a part of a group, and disputes no count of the group nor of a fate
("Four people were killed"); and figures a numbering noun names in lower case or the plural ("bus routes 31 and
32", "platform 4") are labels, which no count of the things ("two bus routes") disputes."""

from __future__ import annotations

import pytest
from ledger_rows import both_ways, conflicts, mention, story_link

# --- a count of others is no count of the group -----------------------------------------------------------

def test_the_dead_and_the_others_on_board_are_two_counts():
    link = story_link(
        "Four people were killed on Friday when a hot-air balloon carrying tourists struck power lines and "
        "plunged into a field.",
        "Less than an hour later, the balloon carrying the Krämers and fifteen other people struck a power "
        "line and fell into a wheat field.")
    assert conflicts(link) == []
    assert [m.surface for m in link.numbers.only_b if m.kind == "count"] == ["fifteen"]


@pytest.mark.parametrize("others", [
    "The pilot and three other people were killed.",
    "The pilot and the other 3 passengers were killed.",
    "The pilot and three others were killed.",
])
def test_a_count_of_others_disputes_no_toll_of_all(others):
    rows = both_ways("Four people were killed.", others)
    assert rows["conflict"] == [] and rows["only_a"] == ["Four"]


@pytest.mark.parametrize("a, b, conflict", [
    ("Four people were killed.", "Five people were killed.", ("Four", "Five")),
    ("The pilot and four other people were killed.", "The pilot and five other people were killed.",
     ("four", "five")),
])
def test_two_counts_of_the_same_still_conflict(a, b, conflict):
    assert both_ways(a, b)["conflict"] == [conflict]


# --- figures that name things are labels ------------------------------------------------------------------

def test_two_routes_named_are_no_count_against_two_routes():
    link = story_link("Bus routes 31 and 32 are being diverted.",
                      "The road is closed until further notice, and two bus routes have been diverted.")
    assert conflicts(link) == []


@pytest.mark.parametrize("text, surface, noun", [
    ("Bus routes 31 and 32 are being diverted.", "routes 31", "route"),
    ("Bus routes 31 and 32 are being diverted.", "32", "route"),
    ("Trains for Leeds will leave from platform 4 until May.", "platform 4", "platform"),
    ("Gates 12, 14 and 15 are closed.", "15", "gate"),
    ("Buses 5 and 6 stopped running.", "6", "bus"),
    ("Bus 38 was diverted.", "Bus 38", "bus"),
])
def test_a_figure_a_numbering_noun_names_is_a_label(text, surface, noun):
    found = mention(text, surface)
    assert (found.kind, found.unit) == ("label", noun)


@pytest.mark.parametrize("text, surface", [
    ("The bus 38 passengers boarded was late.", "38"),  # a count of passengers
    ("Police closed Route 9 and 3 were hurt.", "3"),  # a count after a road's name, with its verb
    ("The bill passed 312 to 108.", "312"),  # a tally
])
def test_a_figure_that_counts_stays_a_count(text, surface):
    assert mention(text, surface).kind == "count"


@pytest.mark.parametrize("a, b, conflict", [
    ("Bus routes 31 and 32 are being diverted.", "Bus routes 31 and 33 are being diverted.", ("32", "33")),
    ("Routes 31 and 32 are being diverted.", "Route 31 and Route 33 are being diverted.", ("32", "Route 33")),
    ("Trains leave from platform 4.", "Trains leave from platform 5.", ("platform 4", "platform 5")),
])
def test_two_labels_of_one_noun_still_conflict(a, b, conflict):
    assert both_ways(a, b)["conflict"] == [conflict]

