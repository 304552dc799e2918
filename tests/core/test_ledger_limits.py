"""A figure told as a limit set on a quantity is no reading of it: "The speed limit on the road is 50 km/h" neither
disputes "The car was travelling at 80 km/h" nor confirms "readings showed up to 43 dB(A)" (CLI QA pass 35's
rescore: "Ontario's limit ... is 40 decibels" fitted the court's 43 dB(A)).  Two limits are compared."""

import pytest
from ledger_rows import ledger_with_texts

from reader.core.numbers import LIMIT, find_numbers


@pytest.mark.parametrize("limit, reading", [
    ("The speed limit on the road is 50 km/h, police said.", "The car was travelling at 80 km/h, police said."),
    ("Ontario's limit for wind turbine noise at a home is 40 decibels.",
     "Acoustic readings filed in court showed noise of up to 43 dB(A) at the closest homes."),
    ("The legal limit for the pollutant is 10 micrograms per cubic metre.",
     "Readings showed 14 micrograms per cubic metre at the site."),
])
def test_a_limit_neither_disputes_nor_confirms_a_reading(limit, reading):
    found = ledger_with_texts(limit, reading)
    assert found["conflict"] == [] and found["agree"] == []


@pytest.mark.parametrize("a, b, conflict", [
    ("The speed limit on the road is 50 km/h.", "The speed limit on the road is 60 km/h.", ("50 km/h", "60 km/h")),
    ("Ofgem will lower the price cap to £1,690 a year.", "The regulator will cut the price cap to £1,720 a year.",
     ("£1,690", "£1,720")),
    ("He broke the 50mph speed limit.", "He broke the 40mph speed limit.", ("50mph", "40mph")),
])
def test_two_limits_are_compared(a, b, conflict):
    assert ledger_with_texts(a, b)["conflict"] == [conflict]


def test_only_a_figure_told_as_the_limit_is_one():
    roles = {m.surface: m.role for m in find_numbers("He was driving at 80 km/h in a 50 km/h zone, the limit on the "
                                                     "road is 50 km/h.")}
    assert roles["80 km/h"] != LIMIT
