"""Ledger rows of the twelfth review: a measure converted into another system of units may be cut down to its
last digit, so "40 kilograms" stands for 39.5 up to 41 kg beside "90 pounds" (40.8 kg); but only upwards, only
the one figure that may be the conversion, never a scale within one system (km and m), and never a figure
written to fewer digits than the other, so a figure just past the cut still disputes the other."""

from __future__ import annotations

import pytest
from ledger_rows import both_ways


@pytest.mark.parametrize("a, b", [
    ("The dog weighed 90 pounds when it was found.", "The dog weighed 40 kilograms when it was found."),
    ("The fish weighed 22 pounds.", "The fish weighed 9.9 kilograms."),
    ("The road runs for 12 miles.", "The road runs for 19 km."),
])
def test_a_measure_converted_and_cut_down_still_fits(a, b):
    found = both_ways(a, b)
    assert found["agree"] and not found["conflict"]


@pytest.mark.parametrize("a, b", [
    # 90 lb is 40.8 kg: rounded 41, cut 40, never 42
    ("The dog weighed 90 pounds when it was found.", "The dog weighed 42 kilograms when it was found."),
    # 40 kg is 88.2 lb; 91 lb is 41.3 kg, a whole kilogram past the cut
    ("The dog weighed 40 kilograms when it was found.", "The dog weighed 91 pounds when it was found."),
    # one system: 1,410 m is 1.41 km, which no one writes as 1.5 km
    ("The trail is 1.5 km long.", "The trail is 1,410 metres long."),
    # 22 lb is 9.98 kg; 10.3 kg is 22.7 lb, which a conversion to whole pounds rounds to 23
    ("The fish weighed 22 pounds.", "The fish weighed 10.3 kilograms."),
])
def test_a_measure_just_past_the_cut_conflicts(a, b):
    found = both_ways(a, b)
    assert len(found["conflict"]) == 1 and not found["agree"]
