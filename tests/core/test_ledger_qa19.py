"""The number ledger on CLI QA pass 19's findings: a vague count ("thousands") against a figure between it and
the next vague count up ("tens of thousands"),
and where the vague counts stop short on purpose (150 are no dozens)."""

from __future__ import annotations

import pytest
from ledger_rows import both_ways


@pytest.mark.parametrize("a, b", [
    ("About 12,000 people lined the route.", "Thousands of people lined the route."),
    ("Some 15 million viewers watched the final.", "Millions of viewers watched the final."),
    ("About 5,000 people lined the route.", "Thousands of people lined the route."),
    ("About 1,500 homes lost power.", "Hundreds of homes lost power."),
])
def test_a_figure_below_tens_of_thousands_is_thousands(a, b):
    result = both_ways(a, b)
    assert len(result["agree"]) == 1 and result["conflict"] == []


@pytest.mark.parametrize("a, b", [
    ("About 25,000 people lined the route.", "Thousands of people lined the route."),
    ("About 12,000 people lined the route.", "Tens of thousands of people lined the route."),
    ("About 500 people lined the route.", "Thousands of people lined the route."),
    ("About 150 people lined the route.", "Dozens of people lined the route."),
    ("About 150,000 people lined the route.", "Tens of thousands of people lined the route."),
])
def test_a_figure_of_another_order_disputes_the_vague_count(a, b):
    result = both_ways(a, b)
    assert result["agree"] == [] and len(result["conflict"]) == 1
