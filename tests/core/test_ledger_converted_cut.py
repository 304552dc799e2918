"""A measure converted to another unit is as often cut down to its last digit as rounded: "90 pounds" fits
"40 kilograms" (40.8 kg), as agencies convert it; a figure rounded already ("130 miles") is not widened, and
measures further apart still conflict."""

import pytest
from ledger_rows import both_ways


@pytest.mark.parametrize("a, b", [
    ("The dog weighed 90 pounds when it was found.", "The dog weighed 40 kilograms when it was found."),
    ("The fish weighed 22 pounds.", "The fish weighed 9.9 kilograms."),
])
def test_a_figure_converted_and_cut_down_fits(a, b):
    found = both_ways(a, b)
    assert found["agree"] and not found["conflict"]


@pytest.mark.parametrize("a, b", [
    ("The dog weighed 90 pounds when it was found.", "The dog weighed 45 kilograms when it was found."),
    ("The bridge is 500 feet long.", "The bridge is 140 metres long."),
    ("a 198 km border", "a 130-mile border"),
])
def test_measures_further_apart_still_conflict(a, b):
    assert both_ways(a, b)["conflict"]
