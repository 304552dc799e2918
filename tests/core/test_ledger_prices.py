"""Prices of a measure ("$1,900 an ounce", "$40 per MWh") against prices of another measure and against
sums whose report leaves the measure off."""

import pytest

from reader.core.ledger import compare_numbers
from reader.core.numbers import find_numbers


def _found(a: str, b: str) -> dict[str, list]:
    ledger = compare_numbers(find_numbers(a), find_numbers(b), texts=(a, b))
    return {"agree": [(x.surface, y.surface) for x, y in ledger.agree],
            "conflict": [(x.surface, y.surface) for x, y in ledger.conflict]}


@pytest.mark.parametrize("a, b, agree", [
    ("Gold rose to $1,900 an ounce.", "Gold hit $1,900.", ("$1,900 an ounce", "$1,900")),
    ("Beef sold for $5 a kg at the market.", "Beef sold for $5 at the market.", ("$5 a kg", "$5")),
    ("Petrol rose to 152p a litre.", "Petrol rose to 152p.", ("152p a litre", "152p")),
    ("Power cost $40 per MWh.", "Power cost 4 cents a kilowatt-hour.", ("$40 per MWh", "4 cents a kilowatt-hour")),
])
def test_a_price_agrees_with_itself_told_without_its_measure_or_per_another_unit(a, b, agree):
    assert _found(a, b) == {"agree": [agree], "conflict": []}


@pytest.mark.parametrize("a, b, conflict", [
    ("Gold rose to $1,900 an ounce.", "Gold hit $1,950.", ("$1,900 an ounce", "$1,950")),
    ("Petrol rose to 152p a litre.", "Petrol rose to 155p a litre.", ("152p a litre", "155p a litre")),
    ("Power cost $40 per MWh.", "Power cost 5 cents a kilowatt-hour.", ("$40 per MWh", "5 cents a kilowatt-hour")),
])
def test_a_price_disputes_another_price_however_its_measure_is_told(a, b, conflict):
    assert _found(a, b) == {"agree": [], "conflict": [conflict]}
