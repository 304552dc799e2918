"""From the rescore of QA pass 26: two sentences told alike of two ranked items ("The second prize ..." /
"The third prize ...") are two claims: the link is related, and nothing is corroborated by it.  The same
item told alike is still one claim."""

from __future__ import annotations

from anchored_pairs import link_of

from reader.core.suggest import CORROBORATED, suggest


def test_two_prizes_told_alike_are_two_claims():
    comparison, link = link_of("The second prize of ₹1 crore each went to 20 tickets.",
                               "The third prize of Rs 50 lakh each went to 20 tickets.")
    assert link.relation == "related"
    assert suggest(comparison, "a")[link.a].suggested != CORROBORATED
    assert suggest(comparison, "b")[link.b].suggested != CORROBORATED


def test_one_prize_told_alike_is_one_claim():
    _, link = link_of("The second prize of ₹1 crore each went to 20 tickets.",
                      "The second prize, worth Rs 1 crore, went to 20 tickets.")
    assert link.relation == "equivalent"
