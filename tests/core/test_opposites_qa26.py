"""Claims turned round by words the first list of opposites lacked: a verb's "re-" form against its
opposite ("reopened" / "closed", "regained" / "lost"), "resumed" against "halted" or "suspended", a
quantifier against its opposite ("All of" / "None of", "everyone" / "no one", "always" / "never"),
and "none", "nobody" and "nothing" put in as negations ("None of the skiers" / "The skiers").  The
relation calls such a link related and the report says why."""

from __future__ import annotations

import pytest

from reader.core.opposites import are_opposites, is_negation
from report_lines import aligned_block, report_of_sentences


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
