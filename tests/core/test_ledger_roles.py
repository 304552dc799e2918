"""Levels of a change in the number ledger: "rose from 41.2% to 43.5%" names the level a change left
and the one it reached, and the same two figures the other way round are a conflict."""

from __future__ import annotations

import pytest

from reader.core.ledger import compare_numbers
from reader.core.model import NumberLedger
from reader.core.numbers import find_numbers, with_hedge


def ledger(a: str, b: str) -> NumberLedger:
    return compare_numbers(find_numbers(a), find_numbers(b))


def quoted(pairs) -> list[tuple[str, str]]:
    """Each pair as a reader would quote it, with its level or direction: ("from 41.2%", "from 43.5%")."""
    return [(with_hedge(x), with_hedge(y)) for x, y in pairs]


def levels(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.direction) for m in find_numbers(text)]


# -- Reading the levels ------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Gross margin rose from 41.2% to 43.5%.", [("41.2%", "from"), ("43.5%", "to")]),
    ("Unemployment fell from 12% to 10% last year.", [("12%", "from"), ("10%", "to")]),
    ("The central bank cut its rate to 4.5% from 4.75%.", [("4.5%", "to"), ("4.75%", "from")]),
    ("Norland posted a loss of $12 million, down from $30 million a year earlier.",
     [("$12 million", "later"), ("$30 million", "from")]),  # no "to" before the later level
    ("Inflation fell to 66.9%, down from more than 289%.", [("66.9%", "to"), ("289%", "from")]),
    ("Unemployment was 12%, up 2 points from 10%.", [("12%", "later"), ("2", "up"), ("10%", "from")]),
    ("It earned $12 million, compared with $30 million a year earlier.",
     [("$12 million", "later"), ("$30 million", "earlier")]),
    ("The number of yellow cards rose from 9 to 12.", [("9", "from"), ("12", "to")]),
    ("Margins widened from about 10% to nearly 12%.", [("10%", "from"), ("12%", "to")]),
])
def test_the_levels_a_change_left_and_reached_are_marked(text, expected):
    assert levels(text) == expected


@pytest.mark.parametrize("text", [
    "The groups had from 10 to 12 people.",  # a range of a count: no word of change
    "It was 12% in Norway, compared with 10% in Sweden.",  # two places, not two times
    "Revenue rose 12%, up from 10% growth a year earlier.",  # "rose 12%" is the change itself
    "Rates could rise up to 5% from 4%.",  # "up to 5%" is a cap
    "Unemployment rose to 12% last year.",  # one level alone
    "Unemployment fell from 12% last year.",
])
def test_no_pair_of_levels_where_the_words_do_not_make_one(text):
    assert all(m.direction in ("", "up", "down") for m in find_numbers(text)), levels(text)


def test_a_rise_keeps_its_direction_beside_the_levels():
    assert levels("Revenue rose 5% from $40 million to $42 million.") == [
        ("5%", "up"), ("$40 million", "from"), ("$42 million", "to")]


# -- Swapped levels conflict -------------------------------------------------------------------


def test_the_same_two_levels_swapped_conflict():
    found = ledger("Gross margin rose from 41.2% to 43.5%.", "Gross margin rose from 43.5% to 41.2%.")
    assert not found.agree
    assert quoted(found.conflict) == [("from 41.2%", "from 43.5%"), ("to 43.5%", "to 41.2%")]


def test_a_rise_and_the_opposite_fall_between_the_same_levels_conflict():
    found = ledger("Unemployment rose from 10% to 12% last year, the ministry said.",
                   "Unemployment fell from 12% to 10% last year, the ministry said.")
    assert not found.agree
    assert quoted(found.conflict) == [("from 10%", "from 12%"), ("to 12%", "to 10%")]


def test_an_amount_and_the_amount_it_is_down_from_swapped_conflict():
    found = ledger("Norland posted a loss of $12 million, down from $30 million a year earlier.",
                   "Norland posted a loss of $30 million, down from $12 million a year earlier.")
    assert not found.agree
    # Quoted as written: the text puts no "to" before the level reached.
    assert quoted(found.conflict) == [("$12 million", "$30 million"), ("from $30 million", "from $12 million")]


def test_amounts_compared_with_a_year_earlier_swapped_conflict_and_are_quoted_as_written():
    found = ledger("It earned $12 million, compared with $30 million a year earlier.",
                   "It earned $30 million, compared with $12 million a year earlier.")
    assert not found.agree
    assert quoted(found.conflict) == [("$12 million", "$30 million"), ("$30 million", "$12 million")]


def test_a_level_said_with_to_agrees_with_the_same_level_left_unsaid():
    found = ledger("Unemployment rose to 12% from 10% last year.", "Unemployment was 12% last year, up from 10%.")
    assert quoted(found.agree) == [("to 12%", "12%"), ("from 10%", "from 10%")] and not found.conflict


def test_counts_that_rose_in_one_report_and_fell_in_the_other_conflict():
    found = ledger("The number of yellow cards rose from 9 to 12.", "The number of yellow cards fell from 12 to 9.")
    assert not found.agree and len(found.conflict) == 2


# -- What must still agree ---------------------------------------------------------------------


@pytest.mark.parametrize("b", [
    "Unemployment rose to 12% from 10% last year.",
    "Unemployment was 12% last year, up from 10%.",
    "Unemployment rose from 10% to 12% in 2023.",
])
def test_one_change_written_two_ways_agrees(b):
    found = ledger("Unemployment rose from 10% to 12% last year.", b)
    assert len(found.agree) == 2 and not found.conflict


@pytest.mark.parametrize("b", [
    "Unemployment stood at 12% last year.",  # one level, no role
    "Unemployment rose to 12% last year.",  # "to" without a "from": no pair of levels
    "Unemployment was 10% in 2022 and 12% in 2023.",  # both figures, no roles
    "Unemployment was 12% in 2023 and 10% in 2022.",  # the same, in the other order
])
def test_a_report_that_gives_no_pair_of_levels_does_not_conflict(b):
    found = ledger("Unemployment rose from 10% to 12% last year.", b)
    assert not found.conflict and found.agree


def test_a_range_of_a_count_written_with_from_still_agrees_with_the_range():
    found = ledger("The groups had from 10 to 12 people.", "The groups had 10 to 12 people.")
    assert not found.conflict
    found = ledger("Attendance rose from 10 to 12 people.", "Classes had 10 to 12 people.")
    assert not found.conflict


def test_a_change_beside_a_level_of_the_same_figure_is_no_conflict():
    found = ledger("Revenue was up 12% on the year.", "Its margin rose from 10% to 12%.")
    assert not found.conflict and quoted(found.agree) == [("up 12%", "to 12%")]


def test_a_changed_later_level_conflicts_with_its_own_role():
    found = ledger("The rate was cut to 4.5% from 4.75%.", "The rate was cut from 4.75% to 4.25%.")
    assert quoted(found.agree) == [("from 4.75%", "from 4.75%")]
    assert quoted(found.conflict) == [("to 4.5%", "to 4.25%")]
