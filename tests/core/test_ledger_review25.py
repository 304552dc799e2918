"""Reports of one event whose figures must still meet: a count before a verb counts no object of the
verb, a date of an event beside the other report's date of that event, a name before a count that
numbers nothing."""

import pytest

from ledger_rows import both_ways, ledger
from reader.core.numbers import find_numbers


# --- a verb after the count ends the phrase it heads -------------------------------------------------

@pytest.mark.parametrize("a, b, conflict", [
    ("Some 5,000 attended protests in the capital.", "Some 6,000 attended the protest in the capital.",
     ("some 5,000", "some 6,000")),
    ("About 300 signed letters to the minister.", "About 350 signed a letter to the minister.",
     ("about 300", "about 350")),
    ("Nearly 2,000 joined marches on Saturday.", "Nearly 2,500 joined the march on Saturday.",
     ("nearly 2,000", "nearly 2,500")),
    ("At least 40 lost homes in the flood.", "At least 55 lost their homes in the flood.",
     ("at least 40", "at least 55")),
])
def test_a_count_before_a_verb_is_not_a_count_of_its_object(a, b, conflict):
    assert both_ways(a, b)["conflict"] == [conflict]


def test_a_modifier_in_ed_still_stands_before_the_counted_noun():
    assert [m.unit for m in find_numbers("Police held 12 suspected protesters.")] == ["protester"]


# --- a date's event on one side only ------------------------------------------------------------------

@pytest.mark.parametrize("a, b, conflict", [
    ("He has been missing since 3 March.", "He went missing on 5 March.", ("3 March", "5 March")),
    ("The company's next chief executive took office on 3 March.",
     "The new chief executive took office on 5 March.", ("3 March", "5 March")),
    ("The bank will hold its next meeting on 11 June.", "The next meeting is on 12 June.", ("11 June", "12 June")),
])
def test_a_date_of_one_event_conflicts_whichever_side_names_it(a, b, conflict):
    assert both_ways(a, b)["conflict"] == [conflict]


# --- a name before a count is a label only when it numbers things ---------------------------------------

def test_a_broadcaster_before_a_toll_is_no_label():
    assert both_ways("He told CNN 12 had died.", "He told the BBC 15 had died.")["conflict"] == [("12", "15")]


def test_a_vote_after_a_chamber_is_a_tally_not_a_label():
    found = find_numbers("The bill was approved by the Senate 52 to 48.")
    assert "label" not in [m.kind for m in found] and [m.surface for m in found][0].startswith("52")


def test_a_count_that_names_nothing_is_not_guessed_into_one_of_two_counts_of_a_noun():
    """A results row ("Daniel Cheung (Labour) 17,072") beside a sentence with two counts of votes: which
    one it would dispute is a guess.  Beside one count it is still that count's rival."""
    two = ledger("Marsh took 18,904 votes, or 48.2% of the total, beating Daniel Cheung by 1,283 votes.",
                 "Daniel Cheung (Labour) 17,072")
    assert two["conflict"] == []
    one = ledger("Police said 12 people were hurt.", "Police said 15 were hurt.")
    assert one["conflict"] == [("12", "15")]
