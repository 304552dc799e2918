"""Claims turned round that QA pass 22 (and the rescore of pass 21) found read as one claim: "likely" against
"unlikely" in a longer change, "should stop" / "can continue", "won" / "was nominated ... but never won", "showed
that" / "cannot prove that", a plea after an age and a place ("34, of Llandaff, Cardiff, pleaded guilty"), a state
denied of a subject told in another word with the attribution moved ("The objects were insured, a spokesperson
confirmed" / "The château said the collection was not insured"), and a verb negated with a clause of its own after
it.  And two notes that were noise: "claim a full refund" is no hedge, and "Walking" / "Taking" opening their
sentences are no names respelled.  Each rule keeps quiet where the two reports may both hold."""

from __future__ import annotations

import pytest
from claim_turns import assert_disputed, link_after_shared, turned

from reader.core.link_notes import link_notes

TURNED_PAIRS = [
    # A word against itself with a negating prefix, in a longer change on one side or both.
    ("Governor Andrew Bailey said further cuts were likely.",
     "Governor Andrew Bailey said further cuts were unlikely in the near term."),
    ("Governor Andrew Bailey said further cuts were likely this year.",
     "Governor Andrew Bailey told reporters further cuts were unlikely."),
    # Two opposite verbs after a modal each.
    ("Kelvo said customers should stop using the fryer immediately.",
     "Kelvo said customers can continue using the fryer until a replacement arrives."),
    # The verb denied in a clause after "but".
    ("She won the Olivier award for best actress for The Seagull in 1986.",
     "She was nominated for an Olivier award for The Seagull in 1986 but never won."),
    # A verb of showing negated before the clause both keep.
    ("Lead author Dr Matthew Ahmadi said the findings showed that walking causes the lower dementia risk.",
     "Lead author Dr Matthew Ahmadi said the study cannot prove that walking causes the lower dementia risk."),
    # A place told after the age, between the subject and the plea.
    ("Gareth Pryce, 34, of Llandaff, Cardiff, pleaded guilty to 14 counts of fraud by abuse of position at "
     "Cardiff Crown Court.",
     "Pryce had denied 14 counts of fraud by abuse of position but was convicted by a jury after a three-week "
     "trial in January."),
    # The state denied of its subject told in another word, the attribution moved to the other end.
    ("The objects were insured, a spokesperson for the château confirmed.",
     "The château said the collection was not insured, as is common for items in France's national collections."),
]


@pytest.mark.parametrize("a, b", TURNED_PAIRS)
def test_a_claim_turned_round_in_other_words_is_disputed(a, b):
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)


def test_a_verb_negated_with_a_clause_of_its_own_after_it_turns_the_claim():
    # Each side goes on with a clause of its own after the verb; the only negation is the verb's.  (Alone, the two
    # sentences share too little to be linked; in the full reports they are, and the link is disputed.)
    a = ("The château's alarm sounded as soon as the window was forced, but the gang had fled by the time police "
         "arrived.")
    b = "Staff said the alarm did not sound, and the thefts were only discovered during a routine patrol."
    assert turned(a, b) and turned(b, a)
    assert not turned(a, "Staff said the alarm did sound, and the thefts were discovered during a routine patrol.")


def _note_lines(a: str, b: str) -> list[str]:
    comparison, link = link_after_shared(a, b)
    return [note.line for note in link_notes(comparison, link)]


@pytest.mark.parametrize("a, b, line", [
    ("Governor Andrew Bailey said further cuts were likely.",
     "Governor Andrew Bailey said further cuts were unlikely in the near term.",
     'says the opposite: "likely" (A) vs "unlikely in the near term" (B)'),
    ("Kelvo said customers should stop using the fryer immediately.",
     "Kelvo said customers can continue using the fryer until a replacement arrives.",
     'says the opposite: "should stop" (A) vs "can continue" (B)'),
    ("She won the Olivier award for best actress for The Seagull in 1986.",
     "She was nominated for an Olivier award for The Seagull in 1986 but never won.",
     'negated only in B: "but never won"'),
    ("Gareth Pryce, 34, of Llandaff, Cardiff, pleaded guilty to 14 counts of fraud by abuse of position at "
     "Cardiff Crown Court.",
     "Pryce had denied 14 counts of fraud by abuse of position but was convicted by a jury after a three-week "
     "trial in January.",
     'says the opposite: "pleaded guilty" (A) vs "had denied" (B)'),
])
def test_the_note_quotes_the_words_that_turn_the_claim(a, b, line):
    assert line in _note_lines(a, b)


# Pairs that may both hold: no claim turned round.
BOTH_HOLD = [
    # The modal alone differs, or one side has no modal: what may come against what was done.
    ("Analysts said shares could fall in early trading.", "Analysts said shares rose in early trading."),
    ("Kelvo said customers should stop using the fryer immediately.",
     "Kelvo said customers must stop using the fryer at once."),
    # "but" opening a clause that denies another verb than the one told.
    ("She won the Olivier award for The Seagull in 1986.",
     "She was nominated for an Olivier award for The Seagull in 1986 but never collected it."),
    # A verb of showing negated before a clause the other report does not keep.
    ("The findings showed that walking lowers the risk.", "The study cannot prove walking lowers the risk."),
    # The same subject, the state told the same way on both sides.
    ("The objects were insured, a spokesperson for the château confirmed.",
     "The château said the collection was insured, as is common for items in France's national collections."),
    # An age and a place, then a plea of the same kind.
    ("Gareth Pryce, 34, of Llandaff, Cardiff, pleaded guilty to 14 counts of fraud.",
     "Pryce admitted 14 counts of fraud at Cardiff Crown Court."),
    # A word and its prefixed form that negates nothing.
    ("The council said the plan was likely to cover the whole town.",
     "The council said the plan was likely to uncover problems in the whole town."),
]


@pytest.mark.parametrize("a, b", BOTH_HOLD)
def test_claims_that_may_both_hold_are_not_turned_round(a, b):
    assert not turned(a, b) and not turned(b, a)


def test_claiming_a_refund_is_no_hedge():
    lines = _note_lines("TAP said affected passengers could rebook free of charge or claim a full refund.",
                        "Passengers can rebook without charge or request a refund, TAP said.")
    assert not any(line.startswith("hedged") for line in lines)


def test_a_claim_told_as_claimed_is_still_a_hedge():
    lines = _note_lines("The minister said the money was stolen by the contractor.",
                        "The minister claimed the money was stolen by the contractor.")
    assert any(line.startswith("hedged only in B") for line in lines)


def test_two_verbs_in_ing_opening_their_sentences_are_no_names():
    lines = _note_lines("Walking 7,000 steps a day is linked to a 25% lower risk of dementia.",
                        "Taking 7,000 steps a day is associated with a quarter lower risk of dementia.")
    assert not any(line.startswith("names differ") for line in lines)


def test_a_name_in_ing_respelled_at_the_opening_is_still_told():
    lines = _note_lines("Golding said the Olivier award was the best night of her career.",
                        "Goulding said the Olivier award was the best night of her career.")
    assert 'names differ: "Golding" (A) vs "Goulding" (B)' in lines
