"""From QA pass 27: a length written as a modifier of a noun is that thing's size ("A 90-metre section of the
bridge"), and a length after a verb of moving is how far something went ("Cars plunged roughly 130 feet"):
the two measure different things and do not dispute.  Two sizes, or two distances, still do."""

from __future__ import annotations

import pytest
from ledger_rows import ledger_with_texts


def test_a_size_and_a_distance_fallen_do_not_dispute():
    found = ledger_with_texts(
        "A 90-metre section of the bridge gave way at 11:40 local time on Wednesday, sending cars into the water.",
        "Cars plunged roughly 130 feet (40 meters) into the water, firefighters said.")
    assert found["conflict"] == []


@pytest.mark.parametrize(("a", "b", "conflict"), [
    ("A 90-metre section of the bridge gave way.", "A 120-meter span of the bridge fell.",
     ("90-metre", "120-meter")),
    ("The lorry fell 40 metres into the river.", "The lorry plunged 150 feet into the river.",
     ("40 metres", "150 feet")),
])
def test_two_sizes_or_two_distances_still_dispute(a, b, conflict):
    assert ledger_with_texts(a, b)["conflict"] == [conflict]
