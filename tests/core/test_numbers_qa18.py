"""Figures in words read whole, from the eighteenth CLI QA pass: a change by a multiple under a hedge ("has
more than doubled"), half a decade or a century, a quarter of an hour, millions of litres written "1.2m", an
ordinal that picks out the figure after it, "as long as" before a span, and a size whose unit is written
once ("73 by 92 centimetres")."""

from fractions import Fraction

import pytest

from reader.core.numbers import Duration, find_numbers, with_hedge


def read(text: str) -> list[tuple]:
    return [(m.surface, m.kind, m.value, m.hedge, m.direction) for m in find_numbers(text)]


@pytest.mark.parametrize("text, surface, per_cent, hedge, direction", [
    ("The cost of running it has more than doubled since 2021.", "doubled", 100, "more than", "up"),
    ("Prices have nearly tripled in a year.", "tripled", 200, "nearly", "up"),
    ("Sales almost halved after the recall.", "halved", 50, "almost", "down"),
])
def test_a_hedged_change_by_a_multiple_is_that_change_in_per_cent(text, surface, per_cent, hedge, direction):
    found = [m for m in find_numbers(text) if m.surface == surface]
    assert [(m.kind, m.value, m.unit, m.hedge, m.direction) for m in found] == [
        ("percent", per_cent, "%", hedge, direction)]


def test_a_change_by_a_multiple_is_quoted_by_its_own_verb():
    [doubled] = [m for m in find_numbers("Costs have more than doubled.") if m.kind == "percent"]
    assert with_hedge(doubled) == "more than doubled"


@pytest.mark.parametrize("text", [
    "The hall more than doubled as a shelter.",
    "Officials nearly doubled that number.",
    "The price is more than double the €40 it was.",
])
def test_other_senses_of_doubling_are_no_change_in_per_cent(text):
    assert [m for m in find_numbers(text) if m.kind == "percent"] == []


@pytest.mark.parametrize("text, surface, months, hedge", [
    ("It will close, ending more than half a century of coal-fired generation.", "half a century", 600,
     "more than"),
    ("Decommissioning is expected to take around half a decade.", "half a decade", 60, "around"),
])
def test_half_a_decade_or_a_century_is_half_its_span(text, surface, months, hedge):
    assert read(text) == [(surface, "duration", Duration(months, "month"), hedge, "")]


def test_half_a_century_ago_is_left_alone_as_a_century_ago_is():
    assert read("The mine closed half a century ago.") == []


@pytest.mark.parametrize("text, surface, minutes", [
    ("Bidding lasted a quarter of an hour on Monday.", "a quarter of an hour", 15),
    ("The crossing takes three-quarters of an hour.", "three-quarters of an hour", 45),
    ("Trains ran every quarter-hour, or a quarter-hour late.", "a quarter-hour", 15),
])
def test_a_quarter_of_an_hour_is_a_duration(text, surface, minutes):
    found = [m for m in find_numbers(text) if m.kind == "duration"]
    assert [(m.surface, m.value.base) for m in found] == [(surface, "day")]
    assert found[0].value.amount == pytest.approx(float(Fraction(minutes, 24 * 60)))


def test_millions_written_m_before_a_unit_are_that_measure():
    assert read("The company has distributed 1.2m litres of bottled water.") == [
        ("1.2m litres", "volume", 1200, "", "")]
    assert read("It shipped 3m tonnes of grain.") == [("3m tonnes", "weight", 3_000_000_000, "", "")]
    assert [(m.kind, m.value) for m in find_numbers("Some 5m people voted.")] == [("count", 5_000_000)]


@pytest.mark.parametrize("text, figure", [
    ("It handed out water in the first three days.", "three days"),
    ("The plan for the first 100 days was set out.", "100 days"),
])
def test_an_ordinal_that_picks_out_a_figure_is_no_figure_of_its_own(text, figure):
    assert [m.surface for m in find_numbers(text)] == [figure]


def test_as_long_as_bounds_a_span_but_not_a_condition():
    assert read("Symptoms can last as long as a fortnight.") == [
        ("a fortnight", "duration", Duration(14, "day"), "as long as", "")]
    assert [m.hedge for m in find_numbers("The deal holds as long as two members agree.")] == [""]


@pytest.mark.parametrize("text", ["The canvas, 73 by 92 centimetres, depicts a field.",
                                  "The canvas measures 73cm by 92cm."])
def test_a_size_gives_its_unit_to_each_figure(text):
    assert [(m.kind, m.value, m.unit) for m in find_numbers(text)] == [("length", 0.73, "cm"), ("length", 0.92, "cm")]
