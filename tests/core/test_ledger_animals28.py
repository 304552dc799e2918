"""A count of animals meets a count of a common kind of them (dogs, cats, seals, fish), and livestock meets a
count of farm animals, as "animals" already met "ibex"."""

import pytest
from ledger_rows import both_ways


@pytest.mark.parametrize("a, b", [
    ("Rangers counted 1,236 animals at the shelter.", "Rangers counted 1,326 dogs at the shelter."),
    ("The flood killed 300 livestock on the farms.", "The flood killed 320 sheep on the farms."),
    ("The oil killed 140 animals along the coast.", "The oil killed 410 seals along the coast."),
])
def test_a_count_of_animals_disputes_a_count_of_their_kind(a, b):
    assert both_ways(a, b)["conflict"]


def test_a_count_of_animals_fits_the_same_count_of_fish():
    found = both_ways("The spill killed 4,000 animals along the river.", "The spill killed 4,000 fish along the river.")
    assert found["agree"] == [("4,000", "4,000")] and not found["conflict"]


def test_livestock_is_no_count_of_wild_animals():
    found = both_ways("The flood killed 300 livestock on the farms.", "The flood killed 320 deer on the farms.")
    assert not found["conflict"]
