"""Opposites of news copy's everyday vocabulary, by sides of one sense: verbs of judgement ("welcomed" /
"condemned", "backed" / "criticised"), of change ("improved" / "worsened"), of decision ("clear" / "block"
the deal), of action ("collapsed" / "resumed", "bought" / "sold", "hired" / "fired"), of time and place
("earlier" / "later" than expected, "north" / "south"), and of state ("public" / "private").  And two
hedges: "is suspected to be" passes a claim on as "is suspected of" does, and "is minded to recommend"
tells an intention, not yet carried out, as a forecast does."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.opposites import are_opposites
from report_lines import aligned_block, report_of_sentences


@pytest.mark.parametrize("one, other", [
    # judgement
    ("welcomed", "condemned"), ("praised", "criticised"), ("backs", "opposes"), ("endorsed", "rejected"),
    ("hailed", "denounced"), ("defended", "attacked"), ("praised", "blamed"),
    # decision
    ("clear", "block"), ("cleared", "blocked"), ("approved", "vetoed"), ("upheld", "overturned"),
    ("granted", "refused"), ("allowed", "dismissed"), ("permitted", "banned"),
    ("confirmed", "disputed"), ("acknowledged", "denied"),
    # change
    ("improved", "worsened"), ("improving", "worsening"), ("improved", "deteriorated"),
    ("strengthened", "weakened"), ("accelerated", "slowed"), ("expanded", "contracted"), ("eased", "tightened"),
    ("climbed", "slid"), ("surged", "plunged"), ("gained", "dropped"), ("boosted", "slashed"),
    # action
    ("collapsed", "resumed"), ("continued", "ceased"), ("started", "stopped"), ("launched", "abandoned"),
    ("hired", "fired"), ("bought", "sold"), ("imports", "exports"), ("joined", "left"), ("deployed", "withdrew"),
    ("arrested", "released"), ("met", "missed"), ("led", "trailed"), ("introduced", "scrapped"),
    # time, place, amount, state
    ("earlier", "later"), ("early", "late"), ("earliest", "latest"), ("ahead", "behind"), ("over", "under"),
    ("inside", "outside"), ("north", "south"), ("eastern", "western"), ("upstream", "downstream"),
    ("more", "less"), ("most", "least"), ("many", "few"), ("majority", "minority"), ("better", "worse"),
    ("profit", "loss"), ("surplus", "deficit"), ("positive", "negative"), ("public", "private"),
    ("full", "empty"), ("present", "absent"), ("with", "without"),
])
def test_words_of_opposite_sides_say_the_opposite(one, other):
    assert are_opposites(one, other)
    assert are_opposites(other, one)


@pytest.mark.parametrize("one, other", [
    ("welcomed", "praised"), ("condemned", "criticised"), ("worsened", "deteriorated"), ("fell", "dropped"),
    ("rose", "climbed"), ("halted", "suspended"), ("cleared", "approved"), ("blocked", "vetoed"),
    ("earlier", "sooner"), ("bought", "acquired"), ("fired", "sacked"), ("collapsed", "ended"),
])
def test_words_of_one_side_are_no_opposites(one, other):
    assert not are_opposites(one, other)


@pytest.mark.parametrize("a, b, line", [
    ("The weather had improved by the time the ferry left port, the coastguard said.",
     "The weather had worsened by the time the ferry left port, the coastguard said.",
     'says the opposite: "improved" (A) vs "worsened" (B)'),
    ("Analysts said the rate cut came earlier than markets had expected.",
     "Analysts said the rate cut came later than markets had expected.",
     'says the opposite: "earlier" (A) vs "later" (B)'),
    ("The nurses' union welcomed the new shift rules on Friday.",
     "The nurses' union condemned the new shift rules on Friday.",
     'says the opposite: "welcomed" (A) vs "condemned" (B)'),
    ("The competition regulator is expected to clear the merger of the two grocers.",
     "The competition regulator is expected to block the merger of the two grocers.",
     'says the opposite: "clear" (A) vs "block" (B)'),
    ("Talks between the drivers and the bus company collapsed on Thursday evening.",
     "Talks between the drivers and the bus company resumed on Thursday evening.",
     'says the opposite: "collapsed" (A) vs "resumed" (B)'),
    ("The carmaker hired 400 workers at its plant in Sunderland last year.",
     "The carmaker fired 400 workers at its plant in Sunderland last year.",
     'says the opposite: "hired" (A) vs "fired" (B)'),
    ("The council backed the plan for a new bypass north of the town.",
     "The council criticised the plan for a new bypass north of the town.",
     'says the opposite: "backed" (A) vs "criticised" (B)'),
])
def test_the_link_is_related_and_the_report_says_the_claim_is_turned_round(a, b, line):
    block = aligned_block(report_of_sentences(a, b))
    assert " related, " in block[0]
    assert line in block


@pytest.mark.parametrize("a, b", [
    # Words of one side tell one claim.
    ("The teachers' union welcomed the new grading rules.", "The teachers' union praised the new grading rules."),
    ("The weather had worsened by the time the ferry left port.",
     "The weather had deteriorated by the time the ferry left port."),
    # The opposites only move: each sentence holds both.
    ("Shares rose in London but fell in Frankfurt on Monday.",
     "Shares fell in Frankfurt but rose in London on Monday."),
])
def test_one_claim_told_two_ways_is_not_turned_round(a, b):
    block = aligned_block(report_of_sentences(a, b))
    assert not any(line.startswith(("says the opposite", "negated only in")) for line in block)


@pytest.mark.parametrize("a, b, line", [
    ("Poaching is suspected to be the main cause of the decline in the herd.",
     "Poaching is the main cause of the decline in the herd.",
     'hedged only in A: "suspected to be"'),
    ("The fire was suspected to have started in the kitchen of the restaurant.",
     "The fire started in the kitchen of the restaurant.",
     'hedged only in A: "was suspected to have"'),
    ("The board of the builder is minded to recommend the cash offer to shareholders.",
     "The board of the builder recommended the cash offer to shareholders.",
     'hedged only in A: "is minded to recommend"'),
])
def test_a_claim_passed_on_or_intended_is_hedged_and_not_corroborated(a, b, line):
    block = aligned_block(report_of_sentences(a, b))
    assert " related, " in block[0]
    assert line in block


def test_an_intention_against_a_claim_told_ahead_is_no_hedge():
    block = aligned_block(report_of_sentences(
        "The board of the builder is minded to recommend the cash offer to shareholders.",
        "The board of the builder will recommend the cash offer to shareholders."))
    assert not any(line.startswith("hedged only") for line in block)


def test_earlier_or_later_opening_the_sentence_place_the_telling_not_the_claim():
    """"Earlier, the minister said ..." / "Later, ...": one claim reported at two points of two days."""
    a = "Earlier, the minister said the plan would go ahead despite the protests."
    b = "Later, the minister said the plan would go ahead despite the protests."
    comparison = compare(document_from_text(f"Plan\n\n{a}\n"), document_from_text(f"Plan\n\n{b}\n"))
    assert [link.relation for link in comparison.links] == ["equivalent"]
    # In the claim itself they still say the opposite.
    a, b = "The results came earlier than expected, the bank said.", "The results came later than expected, the bank said."
    comparison = compare(document_from_text(f"Results\n\n{a}\n"), document_from_text(f"Results\n\n{b}\n"))
    assert [link.relation for link in comparison.links] == ["related"]
