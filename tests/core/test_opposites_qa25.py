"""Claims turned round that the rules missed in a QA pass (cliqa25), and two notes it found false.  Missed: one deed
told as a verb on one side and as a noun on the other, one side negated ("was caused by the main break" / "the main
break was not the cause of"; "had opened an investigation" / "was not investigating"); a refusal of the very verb the
other side tells done ("neutralised" / "declined to neutralise"), whatever negation the sentences hold elsewhere; a
verb that refuses a thing outright against one that decides on it ("ordered a fresh examination" / "ruled out a
re-examination"); and a resignation denied against one told done in other words ("would not resign" / "stepped
down").  False: "were all safe" / "none ... had been hurt" (the harm denied says the same as "safe"), and "told to use
bottled water" / "told not to bathe" (the negation stands on another deed than the other report's).  Each link that
turns is related, noted and suggested disputed; the same words in sentences that do not contradict turn nothing."""

from __future__ import annotations

import pytest
from anchored_pairs import assert_disputed_with, block_of, link_of, turning_lines
from claim_turns import turned

from reader.core.link_notes import SAYS_THE_OPPOSITE
from reader.core.suggest import DISPUTED, suggest

# --- one deed as a verb and as a noun, one side negated ------------------------------------------------------------

@pytest.mark.parametrize("a, b, line", [
    ("Officials said the contamination was caused by the main break.",
     "Officials said the main break was not the cause of the contamination.",
     'negated only in B: "was not the cause"'),
    ("The Department of Primary Industries said it had opened an investigation.",
     "The state's Department of Primary Industries said it was not investigating at this stage.",
     'negated only in B: "was not investigating"'),
    ("Investigators said the fire was not the cause of the collapse.",
     "Investigators said the collapse of the roof was caused by the fire.",
     'negated only in A: "was not the cause"'),
])
def test_a_deed_denied_in_its_other_form_is_disputed(a, b, line):
    assert_disputed_with(a, b, line)


@pytest.mark.parametrize("a, b", [
    # Another thing denied as the cause: both may hold.
    ("Officials said the fire was not the cause of the deaths.",
     "Officials said the deaths were caused by smoke."),
    # Another deed denied: an investigation into the crash, no investigation of the driver.
    ("Police said they had opened an investigation into the crash.",
     "Police said they were not investigating the driver."),
    # Both deny it.
    ("Officials said the contamination was not caused by the main break.",
     "Officials said the main break was not the cause of the contamination."),
])
def test_a_deed_in_its_other_form_denied_of_another_or_by_both_turns_nothing(a, b):
    assert not turned(a, b) and not turned(b, a)


# --- a refusal of the very verb told done --------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, line", [
    ("Race organisers neutralised the stage after the crash, and no time gaps were recorded.",
     "Organisers declined to neutralise the race, and times were taken at the finish as normal.",
     'negated only in B: "declined to"'),
])
def test_a_refusal_of_the_verb_told_done_is_disputed_beside_another_negation(a, b, line):
    assert_disputed_with(a, b, line)


@pytest.mark.parametrize("a, b", [
    # "declined to" a level: a fall, not a refusal.
    ("Shares declined to a record low, and no trading halt was called.",
     "Shares fell to a record low, and no trading halt was called."),
    # Both refuse it.
    ("Organisers declined to neutralise the race, and no time gaps were recorded.",
     "Organisers refused to neutralise the race, and no time gaps were recorded."),
])
def test_a_refusal_that_denies_no_deed_told_done_turns_nothing(a, b):
    assert not turned(a, b) and not turned(b, a)


# --- a thing refused outright against it decided on ----------------------------------------------------------------

@pytest.mark.parametrize("a, b, line", [
    ("Education minister S Lakshmi ordered a fresh examination for the affected students.",
     "Education minister S Lakshmi ruled out a re-examination, saying it would be unfair to honest students.",
     'says the opposite: "ordered" (A) vs "ruled out" (B)'),
    ("The council rejected a public inquiry into the collapse of the bridge.",
     "The council ordered a public inquiry into the collapse of the bridge.",
     'says the opposite: "rejected" (A) vs "ordered" (B)'),
])
def test_a_thing_refused_against_it_decided_on_is_disputed(a, b, line):
    assert_disputed_with(a, b, line, SAYS_THE_OPPOSITE)


@pytest.mark.parametrize("a, b", [
    # Another thing refused.
    ("The council ordered an inquiry into the collapse of the bridge.",
     "The council rejected a report on the collapse of the bridge."),
    # Both decide on it.
    ("The council ordered an inquiry into the collapse of the bridge.",
     "The council announced an inquiry into the collapse of the bridge."),
])
def test_another_thing_refused_or_both_decided_turns_nothing(a, b):
    assert not turned(a, b) and not turned(b, a)


# --- a resignation denied against one told done ---------------------------------------------------------------------

@pytest.mark.parametrize("a, b, line", [
    ("Board chairman K Raghunath said he would not resign and that the board would cooperate fully with the police.",
     "Board chairman K Raghunath stepped down on Friday, taking moral responsibility.",
     'negated only in A: "would not resign"'),
])
def test_a_resignation_denied_against_one_done_is_disputed(a, b, line):
    assert_disputed_with(a, b, line)


@pytest.mark.parametrize("a, b", [
    ("The minister said she would not resign over the report.",
     "The minister said she would not step down over the report."),
    ("The minister resigned on Friday over the report.",
     "The minister stepped down on Friday over the report."),
])
def test_a_resignation_told_alike_in_other_words_turns_nothing(a, b):
    assert not turned(a, b) and not turned(b, a)


# --- false notes: the harm denied, and a negation on another deed ---------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The ship's operator, Halden Marine, said its crew of 23 were all safe.",
     "Halden Marine, which operates the ship, said none of its 23 crew members had been hurt."),
    ("All passengers were unharmed, police said.",
     "No passengers were injured, police said."),
])
def test_all_safe_against_none_hurt_is_one_claim(a, b):
    assert not turned(a, b) and not turned(b, a)
    assert not turning_lines(block_of(a, b))
    comparison, link = link_of(a, b)
    assert suggest(comparison, "a")[link.a].suggested != DISPUTED


@pytest.mark.parametrize("a, b", [
    ("All 23 crew members were safe, the operator said.",
     "None of the 23 crew members were safe, the operator said."),
    ("The crew were all hurt, the operator said.",
     "None of the crew were hurt, the operator said."),
])
def test_a_quantifier_turned_with_the_state_kept_still_turns(a, b):
    assert turned(a, b)


def test_a_negation_on_another_deed_told_to_another_people_turns_nothing():
    assert not turned("Restaurants have been told to use bottled water or close until the advisory is lifted.",
                      "Residents were told not to bathe young children in tap water until the notice is lifted.")


def test_a_negation_before_the_same_infinitive_still_turns():
    assert turned("Residents were told to boil water until the advisory is lifted.",
                  "Residents were told not to boil water until the advisory is lifted.")
