"""Review 24 M2 and L6: two times apart tell of two events only when each dates the event the sentences tell.

A year that dates something else (a year set before a noun, "The 2023 law", "the 2024 Olympics"; a year in a
relative clause or an aside, "The bridge, which opened in 1998,") is no time of the claim: a restatement that
gives the claim's day or month on the other side stays a restatement and corroborates.  A year after a word
of time at the level of the claim ("In 2013, a stampede ..." / "In January, a crush ...") still tells of
another event (tests/core/test_alignment_qa28.py)."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.numbers import find_numbers
from reader.core.relation import years_named

BRIDGE_A = """Bridge shut after cracks found

Engineers found cracks in the main span of the Riverside Bridge during a routine inspection, the council said.

{claim}

Drivers face a 20-minute detour through the town centre.
"""
BRIDGE_B = """Cracks close Riverside Bridge

Engineers discovered cracks in the main span of the Riverside Bridge during a routine inspection, according to the council.

{claim}

Motorists face a 20-minute diversion through the town centre.
"""
LAW_A = """Ban on phones in schools takes effect

A ban on mobile phones in state schools took effect across the country this week, the education ministry said.

{claim}

Head teachers had asked for clearer rules for years.
"""
LAW_B = """School phone ban begins

A ban on mobile phones in state schools has come into force nationwide, the education ministry said.

{claim}

Head teachers had been asking for clearer rules for years.
"""
SWIM_A = """Swimmer wins gold

Australian swimmer Kate Moss won the 200m freestyle final on Sunday night in front of a packed crowd.

The 21-year-old touched the wall in a time of one minute 54 seconds.

{claim}
"""
SWIM_B = """Moss takes gold

Australian swimmer Kate Moss won the 200m freestyle final on Sunday night before a packed crowd.

The 21-year-old finished in a time of one minute 54 seconds.

{claim}
"""


def relation_of(template_a: str, claim_a: str, template_b: str, claim_b: str) -> str:
    """The relation of the link between the two claims, each told inside its story."""
    doc_a = document_from_text(template_a.format(claim=claim_a))
    doc_b = document_from_text(template_b.format(claim=claim_b))
    comparison = compare(doc_a, doc_b)
    a_index = next(s.index for s in comparison.a_sentences if s.text.strip() == claim_a)
    b_index = next(s.index for s in comparison.b_sentences if s.text.strip() == claim_b)
    links = [link for link in comparison.links if (link.a, link.b) == (a_index, b_index)]
    assert len(links) == 1
    return links[0].relation


@pytest.mark.parametrize("template_a, claim_a, template_b, claim_b", [
    # A year in a relative clause: when the bridge opened, not when it was closed.
    (BRIDGE_A, "The bridge, which opened in 1998, was closed to traffic on Monday after the cracks were found.",
     BRIDGE_B, "The bridge was closed to traffic in May after the cracks were found."),
    # The same in an aside of a participle.
    (BRIDGE_A, "The bridge, built in 1998, was closed to traffic on Monday after the cracks were found.",
     BRIDGE_B, "The bridge was closed to traffic in May after the cracks were found."),
    # A year before a noun names the law; the month is when it passed.
    (LAW_A, "The 2023 law bans pupils from using phones during lessons and breaks, the ministry said.",
     LAW_B, "The law, passed in June, bans pupils from using phones during lessons and breaks, the ministry said."),
    # A year in the name of the games; the month is when they were held.
    (SWIM_A, "Moss won gold at the 2024 Olympics, her coach said.",
     SWIM_B, "Moss won gold in August, her coach said."),
])
def test_a_year_that_dates_something_else_leaves_the_restatement(template_a, claim_a, template_b, claim_b):
    assert relation_of(template_a, claim_a, template_b, claim_b) == "equivalent"
    assert relation_of(template_b, claim_b, template_a, claim_a) == "equivalent"


@pytest.mark.parametrize("claim_a, claim_b", [
    # A year that dates the claim itself, at the clause's level: two closings, two events.
    ("In 2019, the bridge was closed to traffic after the cracks were found.",
     "The bridge was closed to traffic in May after the cracks were found."),
    ("In early 2019, the bridge was closed to traffic after the cracks were found.",
     "The bridge was closed to traffic on Monday after the cracks were found."),
])
def test_a_year_that_dates_the_claim_still_tells_of_another_event(claim_a, claim_b):
    assert relation_of(BRIDGE_A, claim_a, BRIDGE_B, claim_b) == "related"
    assert relation_of(BRIDGE_B, claim_b, BRIDGE_A, claim_a) == "related"


def test_the_years_named_are_those_of_years_and_of_dates():
    told = find_numbers("A stampede in 2013 was recalled on January 5, 2001, and in March.")
    assert years_named(told) == {2013, 2001}
