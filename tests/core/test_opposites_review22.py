"""Claims said the other way round, from review 22: the rules of deeds failed, refused, awaited or denied read too
much, and missed close variants.

- A deed failed is set only against that deed done, or a known result of it ("could not reach" / "were rescued"),
  not any deed done to the same thing ("could not save the driver" / "treated the driver").
- "said it would not X" against "plans to X", and two forecasts the other way round, say nothing against each other
  when each sentence places its claim in a time, place or figure the other does not ("in Scotland" / "in England").
- A deed awaited is not done where the other report tells it done in part ("approved the deal's first phase") or
  done to another thing ("completed due diligence on the sale").
- Close variants now read: "has not yet been approved by Judge Murphy", "no threat of a tsunami", "will operate
  normally", "will go ahead", "is planning to", "poorly" / "well" equipped.

Each pair is read as the second link of one story; a pair turned round is related, noted and disputed on both sides.
"""

from __future__ import annotations

import pytest
from anchored_pairs import ANCHOR_A, ANCHOR_B

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import NEGATED_ONLY, SAYS_THE_OPPOSITE, link_notes
from reader.core.suggest import DISPUTED, suggest

# A sentence both reports tell in other words, so the tested pair is read as the second link of one story.
_TURNING = (NEGATED_ONLY, SAYS_THE_OPPOSITE)


def _turning_notes_and_tags(a: str, b: str) -> tuple[list[str], list[str | None]]:
    """The kinds of the notes that say the link of the two second sentences turns the claim round, and the tags
    suggested for the two; nothing where the two are not linked."""
    comparison = compare(document_from_text(f"{ANCHOR_A}\n\n{a}\n"), document_from_text(f"{ANCHOR_B}\n\n{b}\n"))
    links = [link for link in comparison.links if link.a == 1 and link.b == 1]
    if not links:
        return [], []
    (link,) = links
    kinds = [note.kind for note in link_notes(comparison, link) if note.kind in _TURNING]
    return kinds, [suggest(comparison, "a")[1].suggested, suggest(comparison, "b")[1].suggested]


def _assert_turns_nothing(a: str, b: str) -> None:
    kinds, tags = _turning_notes_and_tags(a, b)
    assert kinds == []
    assert DISPUTED not in tags


def _assert_turned_round(a: str, b: str) -> None:
    kinds, tags = _turning_notes_and_tags(a, b)
    assert len(kinds) == 1
    assert tags == [DISPUTED, DISPUTED]


# --- a deed failed against another deed done to the same thing --------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Paramedics could not save the driver.", "Paramedics treated the driver at the scene."),
    ("Firefighters could not save the house.", "Firefighters tackled the house fire for six hours."),
    ("Doctors were unable to save the boy.", "Doctors treated the boy in intensive care."),
    ("Divers were unable to recover the wreck.", "Divers located the wreck on Thursday."),
    ("The army failed to capture the town.", "The army shelled the town for three days."),
    ("Rescuers could not free the driver.", "Rescuers reached the driver within minutes."),
])
def test_a_deed_failed_against_another_deed_done_turns_nothing(a, b):
    _assert_turns_nothing(a, b)


@pytest.mark.parametrize("a, b", [
    # The failed deed's known result: the group reached is the group rescued, the boy found the boy located.
    ("Rescuers could not reach the climbers.", "The climbers were rescued by rescuers on the ridge."),
    ("Divers were unable to find the boy.", "Divers located the boy on Thursday."),
])
def test_a_deed_failed_against_its_result_done_is_disputed(a, b):
    _assert_turned_round(a, b)


# --- "would not" and forecasts of another time, place or figure -------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The company said it would not close any stores in Scotland.",
     "The company plans to close 20 stores in England."),
    ("The bank said it would not close the branch before the summer.",
     "The bank plans to close the branch in September."),
    ("The airline said it would not cut any jobs this year.", "The airline plans to cut 500 jobs by 2026."),
    ("The club said it would not sell the striker in January.", "The club plans to sell the striker in the summer."),
    ("The minister said she would not resign over the report.",
     "The minister plans to resign at the next election."),
    ("House prices are expected to fall in London.", "House prices will keep rising in the north of England."),
])
def test_a_claim_turned_of_another_time_or_place_turns_nothing(a, b):
    _assert_turns_nothing(a, b)


@pytest.mark.parametrize("a, b", [
    # One place both tell, a figure only one: the plan is still the deed denied.
    ("The company said it would not close any stores in Scotland.",
     "The company plans to close 20 stores in Scotland."),
    # A plan told with "is planning to", as "plans to" and "intends to" are.
    ("The government said it would not raise taxes.", "The government is planning to raise taxes."),
])
def test_would_not_against_a_plan_of_the_same_scope_is_disputed(a, b):
    _assert_turned_round(a, b)


# --- a deed awaited against one done in part or to another thing -------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The deal still needs the approval of the board.", "The board approved the deal's first phase in May."),
    ("The sale has yet to be completed.", "The buyer completed due diligence on the sale in March."),
])
def test_a_deed_awaited_against_one_done_in_part_or_to_another_thing_turns_nothing(a, b):
    _assert_turns_nothing(a, b)


# --- close variants ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The settlement has not yet been approved by Judge Murphy.", "Judge Murphy approved the settlement on Monday."),
    ("Officials said there was no threat of a tsunami.", "Officials issued a tsunami warning."),
    ("Ferry services will operate normally on Saturday.", "Ferry services on Saturday have been cancelled."),
    ("The match will go ahead on Saturday.", "The match on Saturday has been called off."),
    ("The hospital was poorly equipped.", "The hospital was well equipped."),
])
def test_close_variants_of_a_claim_turned_round_are_disputed(a, b):
    _assert_turned_round(a, b)


@pytest.mark.parametrize("a, b", [
    ("Trains will run normally, the operator said.", "Trains will run normally, the company said."),
    ("The match will go ahead on Saturday.", "The match will go ahead on Saturday, organisers said."),
    ("The hospital was well equipped.", "The hospital was also well equipped."),
])
def test_the_same_variants_told_alike_turn_nothing(a, b):
    _assert_turns_nothing(a, b)
