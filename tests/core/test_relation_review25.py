"""Review 25 M3 and L3: the times that date the deed a sentence tells, and the punctuation around them.

M3: a year after "by", "until" or "since" is a target or a span ("phase out coal power by 2030", "closed
until 2026", "cut 2,000 jobs since 2020"), not the time of the deed, and a year beside another time that
dates the deed ("pledged on Tuesday ... in 2030") dates something else.  Such a sentence against one that
dates the same deed by its month is a restatement, not two events.  A year after "in" at the clause's level
("In 2013, a stampede ..." / "In January, a crush ...") still tells of another event
(tests/core/test_alignment_qa28.py, tests/core/test_relation_review24.py).

L3: an aside may be set off by dashes written without spaces ("The bridge—built in 1932—was closed"), and a
double space is no comma: where the sentences' texts are at hand, the punctuation is read from them."""

from __future__ import annotations

import pytest

from reader.core import align, relation
from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.ledger import compare_numbers
from reader.core.numbers import find_numbers
from reader.core.terms import content_terms, tokenize
from reader.core.worddiff import diff_and_shape

STORY_A = """Report

The announcement came after weeks of speculation, officials said.

Critics said the decision had been rushed through without proper consultation.

{claim}

A further statement is expected later this week.
"""
STORY_B = """Report

The announcement came after weeks of speculation, according to officials.

Critics said the decision had been rushed through without proper consultation.

{claim}

A further statement is expected later in the week.
"""


def relation_of(claim_a: str, claim_b: str) -> str:
    """The relation of the link between the two claims, each told inside its story."""
    comparison = compare(document_from_text(STORY_A.format(claim=claim_a)),
                         document_from_text(STORY_B.format(claim=claim_b)))
    a_index = next(s.index for s in comparison.a_sentences if s.text.strip() == claim_a)
    b_index = next(s.index for s in comparison.b_sentences if s.text.strip() == claim_b)
    links = [link for link in comparison.links if (link.a, link.b) == (a_index, b_index)]
    assert len(links) == 1
    return links[0].relation


@pytest.mark.parametrize("claim_a, claim_b", [
    # A target year: the pledge is dated on both sides (Tuesday / March), 2030 is its deadline.
    ("The government pledged on Tuesday to phase out coal power by 2030.",
     "The government pledged in March to phase out coal power."),
    ("Ministers promised in June to ban the sale of new petrol cars by 2030.",
     "Ministers promised to ban the sale of new petrol cars, in an announcement on Monday."),
    # A span's end and a span's start.
    ("The museum will stay closed until 2026, its director said on Friday.",
     "The museum will stay closed, its director said in a statement in May."),
    ("The airline has cut 2,000 jobs since 2020, it said on Monday.",
     "The airline has cut 2,000 jobs, it said in a statement in March."),
    # A year after "in" beside a day that dates the pledge: the year is the target's.
    ("The government pledged on Tuesday to phase out coal power in 2030.",
     "The government pledged in March to phase out coal power."),
])
def test_a_target_or_a_span_is_not_the_time_of_the_deed(claim_a, claim_b):
    assert relation_of(claim_a, claim_b) == "equivalent"
    assert relation_of(claim_b, claim_a) == "equivalent"


def _features(a: str, b: str, with_texts: bool):
    """The pair's features, with the sentences' texts handed over or not."""
    filler = ("The weather in Oslo was cold.", "Officials met in Brussels on Tuesday.")
    texts = [a, b, *filler]
    numbers = [find_numbers(t) for t in texts]
    tokens = [tokenize(t, 0, n) for t, n in zip(texts, numbers)]
    terms = [content_terms(t) for t in tokens]
    _, wa, wb = align.score_candidates([terms[0], *terms[2:]], [terms[1]])
    ledger = compare_numbers(numbers[0], numbers[1])
    _, shape = diff_and_shape(tokens[0], tokens[1])
    given = ((a, 0), (b, 0)) if with_texts else (None, None)
    return relation.pair_features(align.cosine(wa[0], wb[0]), wa[0], wb[0], tokens[0], tokens[1],
                                  ledger, shape, texts=given)


def test_an_aside_set_off_by_unspaced_dashes_dates_something_else():
    a = "The bridge—built in 1932—was closed to traffic after the cracks were found."
    b = "The bridge was closed to traffic in May after the cracks were found."
    assert not _features(a, b, with_texts=True).times_apart
    assert not _features(b, a, with_texts=True).times_apart


def test_a_double_space_is_no_comma():
    # Pasted text: the double spaces would read as commas and make "after ... in 2019" an aside.
    a = "The bridge was closed to traffic  after cracks were found in 2019  by engineers."
    b = "The bridge was closed to traffic after cracks were found in May by engineers."
    assert _features(a, b, with_texts=True).times_apart
    assert _features(b, a, with_texts=True).times_apart
