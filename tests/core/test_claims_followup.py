"""Claims turned round in words that the relation and the notes must read alike: a negation beside a function
word the diff shown folds into one change, a reported "would" against "will", and "declined to" against
"agreed to"."""

from __future__ import annotations

import pytest
from claim_turns import link_after_shared, turned

from reader.core.link_notes import NEGATED_ONLY, SAYS_THE_OPPOSITE, link_notes


def _kinds(a: str, b: str) -> list[tuple[str, str, str, str]]:
    comparison, link = link_after_shared(a, b)
    return [(note.kind, note.side, note.a, note.b) for note in link_notes(comparison, link)]


def test_negation_beside_a_folded_function_word_is_noted_as_the_relation_reads_it():
    # The diff shown folds the kept "will" into one change, "aged 11 to 18, will" / "will not"; the relation
    # reads "not" put in alone, and the note must say so.
    a = "The school, which has 1,150 pupils aged 11 to 18, will be placed in special measures."
    b = "The school, which has 1,350 pupils, will not be placed in special measures."
    assert turned(a, b)
    assert (NEGATED_ONLY, "b", "", "not") in _kinds(a, b)
    assert (NEGATED_ONLY, "a", "not", "") in _kinds(b, a)


def test_reported_would_not_against_will_turns_the_claim_round():
    a = "The county will take over the busiest routes."
    b = "Tallis said the county would not take over the busiest routes."
    assert turned(a, b) and turned(b, a)
    assert (NEGATED_ONLY, "b", "", "would not") in _kinds(a, b)


def test_reported_would_against_will_not_turns_the_claim_round():
    assert turned("The minister said she would travel to Kyiv next week.",
                  "The minister said she will not travel to Kyiv next week.")


@pytest.mark.parametrize("b", [
    # A "would" of a condition tells what follows from it, not the deed to come: no reporting verb before it.
    "The county would not take over the busiest routes if the state cut its grant.",
    "The county would not take over the busiest routes.",
])
def test_would_not_of_a_condition_against_will_is_no_negation_of_it(b):
    assert not turned("The county will take over the busiest routes.", b)


def test_would_against_would_not_still_turns_the_claim_round():
    a, b = "The minister said she would travel to Kyiv next week.", "The minister said she would not travel to Kyiv next week."
    assert turned(a, b)
    assert (NEGATED_ONLY, "b", "", "not") in _kinds(a, b)


@pytest.mark.parametrize("a, b", [
    ("The council agreed to publish the report.", "The council declined to publish the report."),
    ("The firm agreed to comment.", "The firm declined to comment."),
    ("The board accepted the offer.", "The board declined the offer."),
    ("The minister accepted an invitation to speak.", "The minister declined an invitation to speak."),
])
def test_declined_as_a_refusal_says_the_opposite_of_agreed_and_accepted(a, b):
    assert turned(a, b) and turned(b, a)
    (_, _, said_a, said_b), = [note for note in _kinds(a, b) if note[0] == SAYS_THE_OPPOSITE]
    assert said_a.split()[-1] in ("agreed", "accepted") and said_b == "declined"


@pytest.mark.parametrize("a, b", [
    # "declined" told of a figure falls, beside an "agreed" or "accepted" of another thing in the same place.
    ("The board agreed to a £2bn takeover.", "The board's shares declined to a record low."),
    ("Members of the union agreed to a 5% pay rise on Monday.", "Membership of the union declined 5% on Monday."),
    ("Voters agreed to the plan in the vote.", "Turnout declined to 40% in the vote."),
    # "declined" and "fell" tell one fall.
    ("Shares in the bank declined 5% to 120p on Monday.", "Shares in the bank fell 5% on Monday."),
    ("Profits at the bank declined to a record low last year.", "Profits at the bank fell to a record low last year."),
])
def test_declined_as_a_fall_is_no_refusal(a, b):
    assert not turned(a, b) and not turned(b, a)


def test_declined_as_a_fall_still_says_the_opposite_of_rose():
    a, b = "Shares in the bank declined 5% on Monday.", "Shares in the bank rose 5% on Monday."
    assert turned(a, b) and turned(b, a)
    assert [note[2:] for note in _kinds(a, b) if note[0] == SAYS_THE_OPPOSITE] == [("declined", "rose")]
