"""Figures the fifth review found misread: a bare "m" of a river, a tide or a jump read as millions because
another clause spoke of homes or residents; a count told to an outlet ("told the BBC 40 sheep") or before
a noun it modifies ("England 26 man squad") read as a model's number; an ordinal that places someone in a
sequence ("the third minister forced out") dropped as a rank; and counts of people and a route's verb
read against route numbers ("the 40 or 50 bus passengers", "The 73 bus serves Stoke Newington")."""

import pytest

from ledger_rows import both_ways, mention
from reader.core.numbers import find_numbers


def kinds(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.kind) for m in find_numbers(text)]


# --- a bare "m": metres unless the figure's own clause tells a total of people or money ------------------

@pytest.mark.parametrize("text, surface", [
    ("The River Severn peaked at 5.6m in Shrewsbury on Tuesday, flooding 200 homes.", "5.6m"),
    ("Flood water reached 1.5m in places, and residents were moved out.", "1.5m"),
    ("The athlete cleared 2.35m to win gold, the crowd of visitors cheering.", "2.35m"),
    ("The river level was 4.2m, the Environment Agency said, and 300 homes were at risk.", "4.2m"),
    ("The tide rose to 7.24m on Friday, and the Environment Agency warned residents.", "7.24m"),
    ("Thousands of residents watched the river peak at 5.6m.", "5.6m"),
])
def test_a_bare_m_of_water_or_a_jump_is_metres_beside_homes_and_residents(text, surface):
    assert mention(text, surface).kind == "length"


def test_a_river_level_in_metres_disputes_the_other_reports_level():
    found = both_ways("The River Severn peaked at 5.6m in Shrewsbury on Tuesday, flooding 200 homes.",
                      "The River Severn peaked at 5.9 metres in Shrewsbury on Tuesday, flooding 200 homes.")
    assert found["conflict"] == [("5.6m", "5.9 metres")]


@pytest.mark.parametrize("text, surface", [
    ("The waiting list for planned treatment fell to 7.24m in August, NHS England said.", "7.24m"),
    ("Viewing figures peaked at 7.5m on Saturday.", "7.5m"),
    ("The club's debt rose to 80m, the accounts show.", "80m"),
])
def test_a_bare_m_whose_own_clause_tells_a_total_is_still_millions(text, surface):
    assert mention(text, surface).value == float(surface[:-1]) * 10**6


# --- a count after a capitalised word: a model's number only before one thing, and never told to a source

@pytest.mark.parametrize("text, surface", [
    ("The farmer told the BBC 40 sheep were killed by the dogs on Sunday night.", "40"),
    ("A Ukrainian official told Reuters 30 aircraft were damaged in the attack.", "30"),
    ("Police told the BBC 300 head of cattle were stolen.", "300"),
    ("Southgate named his England 26 man squad.", "26"),
    ("He won the Tory 80 seat majority.", "80"),
    ("Ryanair said its Boeing 30 aircraft order was on hold.", "30"),
])
def test_a_count_after_an_outlet_or_a_name_before_its_noun_is_a_count(text, surface):
    assert mention(text, surface).kind == "count"


def test_a_count_told_to_an_outlet_disputes_the_other_reports_count():
    found = both_ways("The farmer told the BBC 40 sheep were killed by the dogs on Sunday night.",
                      "The farmer said 45 sheep were killed by the dogs on Sunday night.")
    assert found["conflict"] == [("40", "45")]


@pytest.mark.parametrize("text, surface", [
    ("The Vento 300 hatchback is also included, the company said.", "Vento 300"),
    ("It was flying a Boeing 747 jet from Leeds.", "Boeing 747"),
    ("The firm filed for Chapter 11 reorganization on Monday.", "Chapter 11"),
    ("The issue resides in the Oxford 922 chipset, the company said.", "Oxford 922"),
    ("Britain's FTSE 100 slipped 0.02 percent.", "FTSE 100"),
])
def test_a_figure_before_one_thing_of_its_name_is_still_a_label(text, surface):
    assert mention(text, surface).kind == "label"


# --- an ordinal before an office is a rank only as a title -------------------------------------------------

@pytest.mark.parametrize("a, b, ordinals", [
    ("She is the third minister forced out since the election in July.",
     "She is the fourth minister forced out since the election in July.", ("third", "fourth")),
    ("PC Jones was the second officer killed on duty in Essex this year.",
     "PC Jones was the third officer killed on duty in Essex this year.", ("second", "third")),
])
def test_an_ordinal_placing_someone_in_a_sequence_disputes_the_other(a, b, ordinals):
    assert both_ways(a, b)["conflict"] == [ordinals]


def test_a_lower_case_first_before_an_office_and_no_name_is_an_order():
    assert [m.value for m in find_numbers("She was the first deputy headteacher in 40 years.")
            if m.kind == "ordinal"] == [1]


@pytest.mark.parametrize("text", [
    "The first officer, Lucia Benitez, had joined the airline.",
    "Tributes were paid by the first lady, Jill Biden.",
    "Scotland's First Minister spoke on Monday.",
    "The former first lady has a book out on Monday.",
    "Scotland's first minister spoke on Monday.",
])
def test_an_ordinal_of_a_title_is_still_no_figure(text):
    assert [m for m in find_numbers(text) if m.kind == "ordinal"] == []


# --- route numbers: two of them before the people they carry count the people; a route's verb ----------

def test_two_figures_before_a_vehicle_and_its_passengers_count_them():
    found = both_ways("Most of the 40 or 50 bus passengers were hurt when it overturned on the M6.",
                      "Most of the 70 bus passengers were hurt when it overturned on the M6.")
    assert found["conflict"] == [("40 or 50", "70")]
    assert [kind for _, kind in kinds("The strike hit the 40 and 50 line workers.")] == ["count", "count"]


def test_two_routes_named_before_their_routes_are_still_routes():
    assert [kind for _, kind in kinds("Subsidies for the 45 and 46 bus routes will be withdrawn.")] == [
        "ordinal", "ordinal"]


@pytest.mark.parametrize("text", [
    "The 73 bus serves Stoke Newington and will run less often from June.",
    "The 55 bus links Hackney with Oxford Circus.",
    "The 205 bus connects Paddington and Whitechapel.",
])
def test_a_route_followed_by_its_verb_and_a_place_is_a_route(text):
    assert kinds(text)[0][1] == "ordinal"


def test_a_route_with_its_verb_agrees_with_the_same_route_named_by_number():
    found = both_ways("The 73 bus serves Stoke Newington and will run less often from June.",
                      "The number 73 bus, which serves Stoke Newington, will run less often from June.")
    assert ("73", "73") in found["agree"]
