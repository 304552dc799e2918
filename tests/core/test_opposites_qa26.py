"""Claims turned round by words the first list of opposites lacked: a verb's "re-" form against its
opposite ("reopened" / "closed", "regained" / "lost"), "resumed" against "halted" or "suspended", a
quantifier against its opposite ("All of" / "None of", "everyone" / "no one", "always" / "never"),
and "none", "nobody" and "nothing" put in as negations ("None of the skiers" / "The skiers").  The
relation calls such a link related and the report says why.

And notes a later QA pass (cliqa26) and a review found false.  A denial of another sentence's claim, named by a noun
("denied that claim and said ...") is no hedge of the claim the sentence goes on to tell; a part of a thing told the
other way ("Some events at the festival were cancelled") says nothing against the whole ("The festival went ahead"); a
state told now ("is survived by his wife") says nothing against its opposite in a past year ("His wife died in 2010");
and a danger denied in one place ("in the town") says nothing against a warning for another ("for the river").  Each
guard leaves the note where the sentences do tell one claim two ways."""

from __future__ import annotations

import pytest

from report_lines import aligned_block, report_of_sentences

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import HEDGED_ONLY, NEGATED_ONLY, SAYS_THE_OPPOSITE, link_notes
from reader.core.negation_words import is_negation
from reader.core.opposites import are_opposites
from reader.core.suggest import CORROBORATED, suggest


@pytest.mark.parametrize("one, other", [
    ("reopened", "closed"), ("reopens", "closes"), ("reopening", "closing"), ("reopened", "shut"),
    ("regained", "lost"), ("reimposed", "lifted"), ("restarted", "ended"), ("reconfirmed", "denied"),
    ("resumed", "halted"), ("resumed", "suspended"), ("resumes", "stops"), ("opened", "shut"),
])
def test_a_verbs_re_form_says_the_opposite_of_the_other_verb(one, other):
    assert are_opposites(one, other)
    assert are_opposites(other, one)


@pytest.mark.parametrize("one, other", [
    ("reopened", "opened"), ("reopened", "reopens"), ("regained", "gained"), ("resumed", "restarted"),
    ("closed", "shut"), ("halted", "suspended"),
])
def test_a_re_form_and_its_own_verb_or_a_like_verb_say_the_same(one, other):
    assert not are_opposites(one, other)


@pytest.mark.parametrize("one, other", [
    ("all", "none"), ("all", "no"), ("everyone", "no one"), ("everybody", "nobody"),
    ("everything", "nothing"), ("always", "never"),
])
def test_a_quantifier_says_the_opposite_of_its_opposite(one, other):
    assert are_opposites(one, other)
    assert are_opposites(other, one)


@pytest.mark.parametrize("one, other", [
    ("none", "no"), ("nobody", "no one"), ("everyone", "everybody"), ("all", "every"), ("all", "allowed"),
])
def test_two_ways_of_one_quantifier_are_no_opposites(one, other):
    assert not are_opposites(one, other)


@pytest.mark.parametrize("word", ["none", "nobody", "nothing", "None", "Nobody"])
def test_none_nobody_and_nothing_negate(word):
    assert is_negation(word.lower())


@pytest.mark.parametrize("a, b, line", [
    ("The A59 bridge over the Leddon was reopened to traffic on Monday afternoon.",
     "The A59 bridge over the Leddon was closed to traffic on Monday afternoon.",
     'says the opposite: "reopened" (A) vs "closed" (B)'),
    ("The bridge over the river was re-opened to traffic on Monday afternoon.",
     "The bridge over the river was shut to traffic on Monday afternoon.",
     'says the opposite: "re-opened" (A) vs "shut" (B)'),
    ("Talks between the two unions resumed on Tuesday, a spokesman said.",
     "Talks between the two unions halted on Tuesday, a spokesman said.",
     'says the opposite: "resumed" (A) vs "halted" (B)'),
    ("All of the skiers were wearing avalanche transceivers, police said.",
     "None of the skiers were wearing avalanche transceivers, police said.",
     'says the opposite: "All" (A) vs "None" (B)'),
    ("Everyone on board the ferry survived the crossing, the coastguard said.",
     "No one on board the ferry survived the crossing, the coastguard said.",
     'says the opposite: "Everyone" (A) vs "No one" (B)'),
    ("The mayor said the council had always backed the plan for the new stadium.",
     "The mayor said the council had never backed the plan for the new stadium.",
     'says the opposite: "always" (A) vs "never" (B)'),
    ("None of the skiers were wearing avalanche transceivers, police said.",
     "The skiers were wearing avalanche transceivers, police said.",
     'negated only in A: "None of"'),
    ("The two men were charged with an offence after the fight.",
     "Neither of the two men was charged with an offence after the fight.",
     'negated only in B: "Neither of"'),
    ("Nobody was hurt in the blast at the chemical plant, officials said.",
     "Everybody was hurt in the blast at the chemical plant, officials said.",
     'says the opposite: "Nobody" (A) vs "Everybody" (B)'),
])
def test_the_link_is_related_and_the_report_says_the_claim_is_turned_round(a, b, line):
    block = aligned_block(report_of_sentences(a, b))
    assert " related, " in block[0]
    assert line in block


@pytest.mark.parametrize("a, b", [
    ("No one was hurt in the blast at the chemical plant, officials said.",
     "Nobody was hurt in the blast at the chemical plant, officials said."),
    ("None of the passengers was hurt when the bus left the road, police said.",
     "No passengers were hurt when the bus left the road, police said."),
    ("The bridge was reopened to traffic on Monday afternoon.",
     "The bridge was opened again to traffic on Monday afternoon."),
    # The quantifiers only move: no one word is swapped for its opposite.
    ("All of the passengers survived the crash, but none of the crew did.",
     "None of the crew survived the crash, but all of the passengers did."),
])
def test_one_claim_told_two_ways_is_not_turned_round(a, b):
    block = aligned_block(report_of_sentences(a, b))
    assert not any(line.startswith(("says the opposite", "negated only in")) for line in block)


# A sentence both reports tell in other words, so the tested pair is read as the second link of one story.
ANCHOR = "The MV Rahmat-2 overturned on the Meghna river on Tuesday, about 30km south of Dhaka."


def _link_of(a: str, b: str, anchor: str = ANCHOR):
    """The comparison of two reports that open on one sentence and then tell ``a`` and ``b``, and the link of the
    two second sentences."""
    comparison = compare(document_from_text(f"{anchor}\n\n{a}\n"), document_from_text(f"{anchor}\n\n{b}\n"))
    (link,) = [link for link in comparison.links if link.a == 1 and link.b == 1]
    return comparison, link


def _kinds(a: str, b: str, anchor: str = ANCHOR) -> list[str]:
    comparison, link = _link_of(a, b, anchor)
    return [note.kind for note in link_notes(comparison, link)]


# --- a denial of another sentence's claim is no hedge -------------------------------------------------------------

STRIKE = "Resident doctors in England began a strike on Friday over pay."
NEVER_IN_WRITING = ("Dr Melissa Ryan, co-chair of the BMA resident doctors committee, said the Government had never put "
                    "a formal offer in writing.")


def test_a_denial_of_that_claim_is_no_hedge_and_the_link_is_corroborated():
    b = ("Melissa Ryan, who co-chairs the BMA's resident doctors committee, denied that claim and said members had "
         "never been shown a written offer.")
    comparison, link = _link_of(NEVER_IN_WRITING, b, STRIKE)
    assert list(link_notes(comparison, link)) == []
    assert suggest(comparison, "a")[link.a].suggested == CORROBORATED
    assert suggest(comparison, "b")[link.b].suggested == CORROBORATED


def test_a_denial_of_the_allegations_closed_by_a_comma_is_no_hedge():
    a = "The minister said the contract had been awarded after an open tender."
    b = "The minister denied the allegations, and said the contract had been awarded after an open tender."
    assert HEDGED_ONLY not in _kinds(a, b)


def test_a_hedge_put_in_is_still_noted():
    a = "The minister said the contract had been awarded after an open tender."
    b = "The minister allegedly said the contract had been awarded after an open tender."
    assert HEDGED_ONLY in _kinds(a, b)


# --- a part against the whole -------------------------------------------------------------------------------------

@pytest.mark.parametrize("b", [
    "Some events at the festival were cancelled, organisers said.",
    "Several events at the festival were cancelled, organisers said.",
    "Two of the concerts at the festival were cancelled, organisers said.",
])
def test_a_part_cancelled_says_nothing_against_the_whole_going_ahead(b):
    assert SAYS_THE_OPPOSITE not in _kinds("The festival went ahead as planned, organisers said.", b)


def test_the_whole_cancelled_still_says_the_opposite():
    assert SAYS_THE_OPPOSITE in _kinds("The festival went ahead as planned, organisers said.",
                                       "The festival was cancelled, organisers said.")


# --- a state now against a dated past -----------------------------------------------------------------------------

def test_a_death_in_a_past_year_says_nothing_against_a_wife_surviving():
    assert SAYS_THE_OPPOSITE not in _kinds("He is survived by his wife, Maria.",
                                           "His wife died in 2010 and he later remarried Maria.")


# --- a danger denied in one place, a warning for another ----------------------------------------------------------

def test_no_threat_in_the_town_says_nothing_against_a_warning_for_the_river():
    kinds = _kinds("There is no threat of flooding in the town, the mayor said.",
                   "The agency issued a flood warning for the river, the mayor said.")
    assert NEGATED_ONLY not in kinds and SAYS_THE_OPPOSITE not in kinds


def test_no_threat_against_a_warning_for_the_same_place_is_still_noted():
    kinds = _kinds("There is no threat of flooding in the town, the mayor said.",
                   "The agency issued a flood warning for the town, the mayor said.")
    assert NEGATED_ONLY in kinds or SAYS_THE_OPPOSITE in kinds
