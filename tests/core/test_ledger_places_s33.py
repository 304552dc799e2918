"""From review 23 of session 33: two sentences that each name a place the other does not count two places' figures and do
not dispute, but a place where someone spoke ("told reporters in Geneva", "the army said in Kyiv", "officials
in Tripoli said") and a building ("at Royal Berkshire Hospital", which is in some town) are no place of what
the figures count: those figures still dispute."""

from __future__ import annotations

import pytest
from ledger_rows import ledger_with_texts


@pytest.mark.parametrize(("a", "b", "conflict"), [
    ("The floods in the east of the country killed 120 people, a UN spokesman told reporters in Geneva.",
     "The floods in the east of the country killed 95 people, officials in Tripoli said.", ("120", "95")),
    ("The attack killed 12 soldiers, the army said in Kyiv.",
     "The attack killed nine soldiers, a military spokesman told reporters in Brussels.", ("12", "nine")),
    ("Eleven people were treated at Royal Berkshire Hospital after the crash.",
     "Seven people were treated in hospital in Reading after the crash.", ("Eleven", "Seven")),
])
def test_where_it_was_said_or_a_building_is_no_other_place(a, b, conflict):
    assert ledger_with_texts(a, b)["conflict"] == [conflict]


def test_counts_of_two_towns_still_do_not_dispute():
    found = ledger_with_texts("Police said 120 homes were flooded in Camden on Friday.",
                              "In Penrith, 45 homes were flooded on Friday, the SES said.")
    assert found["conflict"] == []
