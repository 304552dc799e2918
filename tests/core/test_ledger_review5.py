"""The ledger on a ratio and a share of two things, and on seats lost against seats held; and "on" / "off"
after a verb that works no switch ("based on" / "based off"), which turns no claim round."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.ledger import compare_numbers
from reader.core.numbers import find_numbers


def _ledger(a: str, b: str):
    return compare_numbers(find_numbers(a), find_numbers(b), texts=(a, b))


def _surfaces(pairs):
    return [(x.surface, y.surface) for x, y in pairs]


def _relation(a: str, b: str) -> str:
    comparison = compare(document_from_text(a), document_from_text(b))
    assert len(comparison.links) == 1
    return comparison.links[0].relation


def test_a_ratio_disputes_no_share_of_another_thing():
    ledger = _ledger("Nine in ten of the new homes were sold within a month of going on the market.",
                     "Most of the new homes, 40% of them flats, were sold within a month of going on the market.")
    assert ledger.conflict == ()
    assert [m.surface for m in ledger.only_a] == ["Nine in ten"]
    assert [m.surface for m in ledger.only_b] == ["40%"]


def test_a_ratio_still_disputes_a_share_of_the_same_thing():
    ledger = _ledger("Nine in ten voters backed the plan, the poll found.",
                     "60% of voters backed the plan, the poll found.")
    assert _surfaces(ledger.conflict) == [("Nine in ten", "60%")]
    ledger = _ledger("Nine in ten of those polled backed the plan.", "The plan was backed by 60% of those polled.")
    assert _surfaces(ledger.conflict) == [("Nine in ten", "60%")]


def test_seats_lost_dispute_no_seats_held():
    ledger = _ledger("The Conservatives have lost 18 MPs to defections since the election, the party said.",
                     "The Conservatives now hold 350 seats after defections since the election, the party said.")
    assert ledger.conflict == ()
    assert [m.surface for m in ledger.only_a] == ["18"]
    assert [m.surface for m in ledger.only_b] == ["350"]
    assert _ledger("The party lost 20 seats.", "The party holds 350 seats.").conflict == ()
    # Without the texts, the role a count keeps ("losing 18 MPs") still tells the loss.
    losing, holding = find_numbers("The party is losing 18 MPs."), find_numbers("The party holds 350 seats.")
    assert compare_numbers(losing, holding).conflict == ()


def test_a_loss_of_seats_still_disputes_a_loss_and_a_holding_a_holding():
    lost = "The Conservatives have lost 18 MPs to defections since the election."
    assert _surfaces(_ledger(lost, lost.replace("18 MPs", "20 seats")).conflict) == [("18", "20")]
    assert _surfaces(_ledger("The party has 31 MEPs.", "The party holds 30 seats.").conflict) == [("31", "30")]


@pytest.mark.parametrize("a, b", [
    ("The forecast was based on new figures from the Treasury.",
     "The forecast was based off new figures from the Treasury."),
    ("The board said the accounts were signed off last week by the auditors.",
     "The board said the accounts were signed on last week by the auditors."),
    ("The firm said it relied on local suppliers for most of its parts.",
     "The firm said it relied off local suppliers for most of its parts."),
])
def test_on_and_off_after_a_verb_that_works_no_switch_turn_nothing_round(a, b):
    assert _relation(a, b) == "equivalent"


@pytest.mark.parametrize("a, b", [
    ("The heating in the ward was left on overnight, the inquiry heard.",
     "The heating in the ward was left off overnight, the inquiry heard."),
    ("The transponder had been turned off before the descent, the report said.",
     "The transponder had been turned on before the descent, the report said."),
])
def test_on_and_off_after_a_switching_verb_still_turn_the_claim_round(a, b):
    assert _relation(a, b) == "related"
