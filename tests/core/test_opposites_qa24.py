"""Claims turned round that the rules missed in a QA pass (cliqa24): a reported "would not" against a plan told in
the present ("said it would not close any offices" / "plans to close its offices"), a negation before an adverb of
degree ("were not properly equipped" / "were well equipped"), a danger denied against a warning of it issued ("no
tsunami threat" / "issued a tsunami warning"), and a deed failed against one done to the same thing by the same one
("was unable to reach the group" / "The group was airlifted by a coastguard helicopter").  Each link is related,
noted, and suggested disputed; the same words in sentences that do not contradict turn nothing."""

from __future__ import annotations

import pytest
from anchored_pairs import assert_disputed_with, block_of, link_of, turning_lines
from claim_turns import turned

from reader.core.suggest import CORROBORATED, suggest

# --- a reported "would not" against a plan in the present -------------------------------------------------------

@pytest.mark.parametrize("a, b, line", [
    ("The company said it would not close any offices as part of the restructuring.",
     "The company also plans to close its offices in Dublin and Austin.",
     'negated only in A: "would not"'),
    ("The council intends to close three libraries in the north of the county.",
     "The council said it would not close any libraries in the north of the county.",
     'negated only in B: "would not"'),
])
def test_a_reported_would_not_against_a_plan_is_disputed(a, b, line):
    assert_disputed_with(a, b, line)


@pytest.mark.parametrize("a, b", [
    # No more closures after two: the other report tells the two closed, not planned.
    ("The company said it would not close any more offices after it closed two in March.",
     "The company closed two offices in March."),
    # A condition: what it would not do if the subsidy were renewed.
    ("The company said it would not close the plant if the subsidy were renewed.",
     "The company plans to close the plant in Derby next year."),
    # Both refuse it.
    ("The company said it would not close any offices as part of the restructuring.",
     "The company does not plan to close any offices as part of the restructuring."),
])
def test_a_would_not_that_denies_no_plan_turns_nothing(a, b):
    assert not turning_lines(block_of(a, b))
    assert not turned(a, b) and not turned(b, a)


# --- a negation before an adverb of degree ------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, line", [
    ('Police said the walkers were well equipped and had done "everything right".',
     "Police said the walkers were not properly equipped for winter conditions.",
     'negated only in B: "not properly"'),
    ("The trust said the ward had been fully staffed on the night of the fire.",
     "The trust said the ward had not been adequately staffed on the night of the fire.",
     'negated only in B: "not"'),
])
def test_a_negation_before_an_adverb_of_degree_is_disputed(a, b, line):
    assert_disputed_with(a, b, line)


@pytest.mark.parametrize("a, b", [
    # "poorly" and "not properly" say one thing.
    ("Police said the walkers were poorly equipped for winter conditions.",
     "Police said the walkers were not properly equipped for winter conditions."),
    ("The trust said the ward had been poorly staffed on the night of the fire.",
     "The trust said the ward had not been adequately staffed on the night of the fire."),
    ("The trust said the ward had been only partly staffed on the night of the fire.",
     "The trust said the ward had not been fully staffed on the night of the fire."),
])
def test_a_negation_before_a_degree_against_an_adverb_saying_the_same_turns_nothing(a, b):
    assert not turning_lines(block_of(a, b))
    assert not turned(a, b) and not turned(b, a)


# --- a danger denied against a warning of it issued -------------------------------------------------------------

@pytest.mark.parametrize("a, b, line", [
    ("The navy said there was no tsunami threat to the coast.",
     "The navy issued a tsunami warning for the coast.",
     'negated only in A: "there was no"'),
    ("The navy said there was no tsunami threat to the Peruvian coast.",
     "The navy briefly issued a tsunami warning for the southern coast before lifting it.",
     'negated only in A: "there was no"'),
    ("The Environment Agency raised a flood alert for homes along the River Severn in Shrewsbury.",
     "The Environment Agency said there was no flood risk to homes along the River Severn in Shrewsbury.",
     'negated only in B: "there was no"'),
])
def test_a_danger_denied_against_a_warning_issued_is_disputed(a, b, line):
    assert_disputed_with(a, b, line)


@pytest.mark.parametrize("a, b", [
    # The danger denied once the warning was lifted: both hold.
    ("There was no tsunami threat after the warning was lifted, the navy said.",
     "The navy issued a tsunami warning for the coast, later lifted."),
    # Both deny it.
    ("The navy said there was no tsunami threat to the coast.",
     "The navy said it had issued no tsunami warning for the coast."),
    # Another danger warned of.
    ("The navy said there was no tsunami threat to the coast.",
     "The navy issued a storm warning for the coast."),
])
def test_a_danger_denied_beside_no_warning_of_it_turns_nothing(a, b):
    assert not turning_lines(block_of(a, b))
    assert not turned(a, b) and not turned(b, a)


# --- a deed failed against one done ------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, line", [
    ("A coastguard helicopter from Inverness was unable to reach the group because of the weather.",
     "The group was airlifted by a coastguard helicopter to Raigmore Hospital in Inverness.",
     'negated only in A: "was unable to"'),
    ("The crew of the fishing boat were rescued by the Wick lifeboat, the coastguard said.",
     "The Wick lifeboat could not reach the crew of the fishing boat, the coastguard said.",
     'negated only in B: "could not"'),
])
def test_a_deed_failed_against_one_done_to_the_same_thing_is_disputed(a, b, line):
    assert_disputed_with(a, b, line)


def test_a_deed_failed_is_never_corroborated():
    comparison, link = link_of(
        "A coastguard helicopter from Inverness was unable to reach the group because of the weather.",
        "The group was airlifted by a coastguard helicopter to Raigmore Hospital in Inverness.")
    assert suggest(comparison, "a")[link.a].suggested != CORROBORATED


@pytest.mark.parametrize("a, b", [
    # The failure and the deed told as two moments of the story.
    ("A coastguard helicopter was unable to reach the group on Friday; it airlifted them on Saturday.",
     "The group was airlifted by a coastguard helicopter on Saturday."),
    ("A coastguard helicopter was unable to reach the group because of the weather.",
     "The group was later airlifted by a coastguard helicopter to hospital."),
    # Another one failed: the lifeboat could not reach the yacht, a helicopter lifted its crew.
    ("The lifeboat could not reach the yacht because of the swell.",
     "The yacht's crew were airlifted by a coastguard helicopter."),
])
def test_a_deed_failed_told_in_turn_or_by_another_turns_nothing(a, b):
    assert not turning_lines(block_of(a, b))
    assert not turned(a, b) and not turned(b, a)
