"""Claims turned round that the rules missed in a QA pass (cliqa23): a deed told done in one report and still
awaited in the other ("approved the settlement" / "still needs the approval of" the judge, "has not yet signed
off"), a service told to go ahead as normal against it cancelled, "is survived by" her husband against the
husband dead, and two forecasts that go opposite ways ("are expected to fall" / "will keep rising").  Each link is
related, noted, and suggested disputed; the same words in sentences that do not contradict turn nothing."""

from __future__ import annotations

import pytest
from anchored_pairs import block_of, link_of, turning_lines
from claim_turns import turned

from reader.core.link_notes import NEGATED_ONLY, SAYS_THE_OPPOSITE, link_notes
from reader.core.suggest import DISPUTED, suggest

# --- a deed done against it still awaited -------------------------------------------------------------------

def test_a_settlement_approved_against_one_still_awaiting_the_judge_is_disputed():
    a = "Judge Daniel Murphy approved the settlement at a brief hearing on Thursday morning."
    b = "The settlement still needs the approval of Judge Daniel Murphy, who has not yet signed off on the deal."
    comparison, link = link_of(a, b)
    assert link.relation == "related"
    notes = link_notes(comparison, link)
    assert [(note.kind, note.side) for note in notes] == [(NEGATED_ONLY, "b"), (NEGATED_ONLY, "b")]
    assert [note.line for note in notes] == ['negated only in B: "still needs the approval"',
                                            'negated only in B: "has not yet signed off"']
    assert suggest(comparison, "a")[link.a].suggested == DISPUTED
    assert suggest(comparison, "b")[link.b].suggested == DISPUTED


@pytest.mark.parametrize("a, b, line", [
    ("The treaty was ratified by the Senate on Wednesday, officials said.",
     "The treaty still awaits ratification by the Senate, officials said.",
     'negated only in B: "still awaits ratification"'),
    ("The governor has yet to sign off on the budget bill passed by lawmakers last week.",
     "The governor approved the budget bill passed by lawmakers last week.",
     'negated only in A: "has yet to sign off"'),
    ("Regulators approved the merger of the two airlines on Friday.",
     "The merger of the two airlines still requires the approval of regulators.",
     'negated only in B: "still requires the approval"'),
])
def test_a_deed_told_done_against_it_still_awaited_is_turned_round(a, b, line):
    block = block_of(a, b)
    assert " related, " in block[0] and "suggested: disputed" in block[0]
    assert line in block


@pytest.mark.parametrize("a, b", [
    # The other report tells the deed done as well: no deed awaited.
    ("The judge approved the settlement at a hearing on Thursday.",
     "The settlement, which the judge approved on Thursday, needs no further approval."),
    # Someone else must still do it: the House passed the bill, the Senate has not.
    ("The House of Representatives passed the spending bill on Tuesday.",
     "The spending bill still needs Senate approval before it becomes law."),
    ("The committee approved the plan for the new bridge on Monday.",
     "The plan for the new bridge still requires the approval of the full council."),
    # Both reports tell the deed still awaited.
    ("The settlement still needs the approval of Judge Murphy.",
     "The settlement still awaits the approval of Judge Murphy."),
])
def test_a_deed_awaited_that_the_other_report_does_not_tell_done_turns_nothing(a, b):
    assert not turning_lines(block_of(a, b))
    assert not turned(a, b) and not turned(b, a)


# --- going ahead as normal against cancelled ------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Rail services will run as normal on Monday, the operator said.",
     "Monday's rail services have been cancelled, the operator said."),
    ("The ferry to the island operated as usual on Sunday, the council said.",
     "The ferry to the island was cancelled on Sunday, the council said."),
])
def test_running_as_normal_against_cancelled_says_the_opposite(a, b):
    comparison, link = link_of(a, b)
    assert link.relation == "related"
    assert [note.kind for note in link_notes(comparison, link)] == [SAYS_THE_OPPOSITE]
    assert suggest(comparison, "a")[link.a].suggested == DISPUTED


def test_the_note_quotes_the_going_ahead_and_the_calling_off():
    block = block_of("Rail services will run as normal on Monday, the operator said.",
                   "Monday's rail services have been cancelled, the operator said.")
    assert 'says the opposite: "will run as normal" (A) vs "have been cancelled" (B)' in block


@pytest.mark.parametrize("a, b", [
    # Monday's ran as normal; Sunday's were cancelled: two days, no claim turned.
    ("Services ran as normal on Monday after Sunday's were cancelled.", "Sunday's services were cancelled."),
    ("Rail services will run as normal on Monday, the operator said.",
     "Rail services will operate as usual on Monday, the operator said."),
])
def test_running_as_normal_told_beside_a_cancellation_or_twice_turns_nothing(a, b):
    assert not turning_lines(block_of(a, b))
    assert not turned(a, b) and not turned(b, a)


# --- survived by against died -------------------------------------------------------------------------------

def test_survived_by_her_husband_against_her_husband_dead_says_the_opposite():
    a = "She is survived by her husband, John."
    b = "Her husband, John, died in 2015."
    comparison, link = link_of(a, b)
    assert link.relation == "related"
    assert [note.kind for note in link_notes(comparison, link)] == [SAYS_THE_OPPOSITE]
    assert suggest(comparison, "b")[link.b].suggested == DISPUTED


def test_survived_by_her_husband_told_twice_turns_nothing():
    a = "She is survived by her husband, John, and two daughters."
    b = "She is survived by her husband, John, and their two daughters."
    assert not turning_lines(block_of(a, b))


# --- two forecasts going opposite ways ------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Fuel prices are expected to fall next week, analysts said.",
     "Fuel prices will keep rising next week, analysts said."),
    ("Prices are expected to fall next week.", "Prices will keep rising next week."),
    ("Mortgage rates are likely to rise this year, the lender said.",
     "Mortgage rates will fall this year, the lender said."),
])
def test_two_forecasts_going_opposite_ways_say_the_opposite(a, b):
    comparison, link = link_of(a, b)
    assert link.relation == "related"
    assert SAYS_THE_OPPOSITE in [note.kind for note in link_notes(comparison, link)]
    assert suggest(comparison, "a")[link.a].suggested == DISPUTED


@pytest.mark.parametrize("a, b", [
    # One forecast told two ways.
    ("Fuel prices are expected to rise next week, analysts said.",
     "Fuel prices will keep rising next week, analysts said."),
    # A forecast against a deed done tells what may come against what was.
    ("Fuel prices fell last week, analysts said.", "Fuel prices are expected to rise next week, analysts said."),
])
def test_one_forecast_or_a_forecast_against_a_deed_turns_nothing(a, b):
    assert not turning_lines(block_of(a, b))
