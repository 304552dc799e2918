"""Two things of one kind told apart by one word before the same noun ("the nurses' union" / "the doctors'
union", "primary" / "secondary teachers", "the city" / "the county council") are two actors: their sentences
share every other word but corroborate nothing, and opposite verbs told of them deny nothing (review 25 saw
"The nurses' union has accepted" / "The doctors' union rejected" get "says the opposite", and the same verb
told of both read as one claim corroborated).  A thing qualified on one side only may be the same one."""

from __future__ import annotations

import pytest
from claim_turns import assert_disputed, link_after_shared

from reader.core.kinds_apart import kinds_apart
from reader.core.link_notes import NEGATED_ONLY, SAYS_THE_OPPOSITE, link_notes
from reader.core.suggest import CORROBORATED, DISPUTED, suggest
from reader.core.terms import tokenize

_TURNING = (NEGATED_ONLY, SAYS_THE_OPPOSITE)


def _turning_notes(a: str, b: str) -> list[tuple[str, str, str]]:
    comparison, link = link_after_shared(a, b)
    return [(note.kind, note.a, note.b) for note in link_notes(comparison, link) if note.kind in _TURNING]


def _suggested(a: str, b: str) -> tuple[str | None, str | None]:
    comparison, link = link_after_shared(a, b)
    return suggest(comparison, "a")[link.a].suggested, suggest(comparison, "b")[link.b].suggested


@pytest.mark.parametrize("a, b", [
    ("The nurses' union has accepted the pay offer, officials confirmed.",
     "The doctors' union rejected the pay offer, officials confirmed."),
    ("Primary teachers have accepted the offer, the union said.",
     "Secondary teachers rejected the offer, the union said."),
    ("The city council approved the plan on Monday.",
     "The county council rejected the plan on Monday."),
])
def test_opposite_verbs_of_two_things_of_one_kind_say_nothing(a, b):
    assert _turning_notes(a, b) == []
    comparison, link = link_after_shared(a, b)
    assert link.relation == "related"
    assert DISPUTED not in _suggested(a, b)


@pytest.mark.parametrize("a, b", [
    ("The nurses' union has accepted the pay offer, officials confirmed.",
     "The doctors' union has accepted the pay offer, officials confirmed."),
    ("The northbound lanes of the motorway reopened on Tuesday evening.",
     "The southbound lanes of the motorway reopened on Tuesday evening."),
    ("The women's team will play the final in Auckland.", "The men's team will play the final in Auckland."),
])
def test_one_deed_told_of_two_things_of_one_kind_corroborates_nothing(a, b):
    comparison, link = link_after_shared(a, b)
    assert link.relation == "related"
    assert CORROBORATED not in _suggested(a, b)


@pytest.mark.parametrize("a, b, notes", [
    # qualified on one side only: the union may be the nurses' union
    ("The nurses' union has accepted the pay offer, officials confirmed.",
     "The union rejected the pay offer, officials confirmed.",
     [(SAYS_THE_OPPOSITE, "has accepted", "rejected")]),
    # one thing told alike on both sides
    ("Primary teachers have accepted the offer, the union said.",
     "Primary teachers rejected the offer, the union said.",
     [(SAYS_THE_OPPOSITE, "have accepted", "rejected")]),
])
def test_opposite_verbs_of_one_thing_still_dispute(a, b, notes):
    assert_disputed(a, b)
    assert _turning_notes(a, b) == notes


@pytest.mark.parametrize("a, b", [
    # the same thing in other words: no listed word sets them apart
    ("Video replays suggested the ball had hit the ground.", "Television replays showed the ball had hit the ground."),
    # "counties" are the places, not a tier of government
    ("Holden asked for a federal disaster declaration.", "Holden asked for 39 counties disaster declaration."),
    # both sides tell both things
    ("Nurses and doctors walked out.", "Doctors and nurses walked out."),
    # northern and north are one direction
    ("Flooding hit northern Queensland.", "Flooding hit north Queensland."),
])
def test_no_two_things_where_the_words_tell_one(a, b):
    assert not kinds_apart(tokenize(a), tokenize(b))


def test_the_listed_word_must_stand_before_the_same_noun():
    assert kinds_apart(tokenize("Northern districts lost power."), tokenize("Southern districts lost power."))
    assert not kinds_apart(tokenize("Northern districts lost power."), tokenize("Southern suburbs lost power."))


@pytest.mark.parametrize("a, b", [
    # a detail of one event the reports disagree on: not its doer (review 26)
    ("The crash happened on the northbound carriageway and killed three people.",
     "The crash happened on the southbound carriageway and killed four people."),
    # the sayer, not what happened
    ("City officials said 12 people died in the fire.", "State officials said 14 people died in the fire."),
])
def test_a_listed_word_outside_the_doer_sets_nothing_apart(a, b):
    assert not kinds_apart(tokenize(a), tokenize(b))
    comparison, link = link_after_shared(a, b)
    assert link.numbers.conflict  # the toll still disputed


def test_the_doer_after_a_saying_is_still_read():
    assert kinds_apart(tokenize("Officials said the nurses' union has accepted the offer."),
                       tokenize("Officials said the doctors' union rejected the offer."))


@pytest.mark.parametrize("a, b", [
    # two kinds counted (review 27)
    ("The scheme will cover 300 primary schools across the region.",
     "The scheme will cover 350 secondary schools across the region."),
    ("About 5,000 junior doctors walked out on Tuesday.", "About 3,000 senior doctors walked out on Tuesday."),
    ("Primary teachers will get a 5% pay rise from September.",
     "Secondary teachers will get a 4% pay rise from September."),
    ("The northbound carriageway reopened at 6pm.", "The southbound carriageway reopened at 9pm."),
    ("The women's final drew 12,000 spectators.", "The men's final drew 15,000 spectators."),
])
def test_figures_of_two_things_of_one_kind_dispute_nothing(a, b):
    comparison, link = link_after_shared(a, b)
    assert link.numbers.conflict == ()
    assert len(link.numbers.only_a) == len(link.numbers.only_b) == 1  # each figure kept as its side's own
    assert DISPUTED not in _suggested(a, b)


def test_figures_of_one_thing_still_conflict():
    comparison, link = link_after_shared("Primary teachers will get a 5% pay rise from September.",
                                         "Primary teachers will get a 4% pay rise from September.")
    assert [(x.surface, y.surface) for x, y in link.numbers.conflict] == [("5%", "4%")]
