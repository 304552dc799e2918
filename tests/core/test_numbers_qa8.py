"""How find_numbers reads a change "by X to Y" whose second figure is the level reached, a model or type
number after a maker's or product's name ("ATR 72-600", "Vento 300 hatchback"), and two route numbers
named together ("the 45 and 46 bus routes")."""

import pytest
from ledger_rows import both_ways, mention

from reader.core.numbers import Range, find_numbers


def surfaces(text: str) -> list[str]:
    return [m.surface for m in find_numbers(text)]


# --- "rise by X to Y": the change, then the level it reached ----------------------------------------------

@pytest.mark.parametrize("text, change, level", [
    ("The Band D bill will rise by £84.50 to £1,778.12 a year.", "£84.50", "£1,778.12"),
    ("Petrol prices rose by 4p to 152p a litre.", "4p", "152p a litre"),
    ("The club's wage bill fell by €3m to €95m last season.", "€3m", "€95m"),
])
def test_a_change_by_an_amount_and_the_level_it_reached_are_two_figures(text, change, level):
    assert surfaces(text)[:2] == [change, level]
    assert mention(text, change).direction in ("up", "down")


@pytest.mark.parametrize("text, surface", [
    ("Spending will be cut by 40% to 50%.", "40% to 50%"),
    ("Fares could rise by £2 to £3 a week.", "£2 to £3"),
])
def test_a_range_of_a_change_stays_one_range(text, surface):
    assert isinstance(mention(text, surface).value, Range)


def test_a_level_reached_after_a_change_disputes_the_other_reports_level():
    found = both_ways("The Band D bill will rise by £84.50 to £1,778.12 a year.",
                      "A Band D household will pay £1,787.12 a year, a rise of £84.50.")
    assert found["conflict"] == [("£1,778.12", "£1,787.12")]
    assert found["agree"] == [("up £84.50", "up £84.50")]  # the rise, said both ways


# --- a model or type number after a name is a label ------------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("The ATR 72-600 was eight years old and had been serviced a month before the crash.", "ATR 72-600"),
    ("It was flying a Boeing 737-800 from Leeds to Malaga.", "Boeing 737-800"),
    ("The Vento 300 hatchback is also included, the company said.", "Vento 300"),
    ("Owners of the iPhone 15 handset were told to update it.", "iPhone 15"),
])
def test_a_figure_naming_a_model_after_its_name_is_a_label(text, surface):
    assert mention(text, surface).kind == "label"


def test_two_models_numbered_in_two_parts_differ():
    found = both_ways("It was flying a Boeing 737-800 from Leeds.", "It was flying a Boeing 737-900 from Leeds.")
    assert found["conflict"] == [("Boeing 737-800", "Boeing 737-900")]


@pytest.mark.parametrize("a, b", [
    ("The ATR 72-600 was eight years old and had been serviced a month before the crash.",
     "The aircraft, which was carrying 72 people, was eight years old, and had been serviced a month before the crash."),
    ("The Vento 300 hatchback is also included, the company said.",
     "The company said the Vento hatchback, about 300 of which were sold in Canada, is also included."),
])
def test_a_model_number_does_not_agree_with_a_count(a, b):
    found = both_ways(a, b)
    assert not any(x.endswith(("72-600", "300")) for x, _ in found["agree"])
    assert not any(x.endswith(("72-600", "300")) for x, _ in found["conflict"])


@pytest.mark.parametrize("text, surface", [
    ("Officials told Reuters 10-12 had died in the blast.", "10-12"),
    ("Police said Smith 10 officers were hurt.", "10"),
    ("Officials told Reuters 10-12 people had died.", "10-12"),
])
def test_a_count_after_a_name_is_still_a_count(text, surface):
    assert mention(text, surface).kind == "count"


# --- two routes named together are no count of routes ----------------------------------------------------

def test_two_route_numbers_do_not_dispute_a_count_of_routes():
    found = both_ways("Subsidies for the 45 and 46 bus routes will be withdrawn.",
                      "Subsidies for two rural bus routes will be withdrawn.")
    assert found["conflict"] == []
    assert found["agree"] == []


@pytest.mark.parametrize("text", [
    "Subsidies for the 45 and 46 bus routes will be withdrawn.",
    "Passengers on the 7 or 8 train faced delays.",
])
def test_route_numbers_named_together_are_no_counts(text):
    assert [m.kind for m in find_numbers(text)] == ["ordinal", "ordinal"]


def test_a_count_of_bus_routes_is_still_a_count():
    assert mention("The 12 bus routes will be cut.", "12").kind == "count"
