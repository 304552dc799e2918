"""A count or an amount told to three significant digits, given by both reports, is evidence of one
claim as strong as two shared words (align._telling_figure)."""

from __future__ import annotations

import pytest

from reader.core.align import _telling_figure
from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.terms import content_terms, tokenize

REPORT_A = """Castellmar votes for change

Voters in Castellmar elected a new regional council on Sunday, ending twelve years of rule by the Coastal Alliance.

About 1.42 million registered voters were entitled to take part.

The Green Left list won 23 of the 51 seats, its best result since the region was created.

Counting in the mountain districts was delayed by snow on the roads.
"""
REPORT_B = """Coastal Alliance loses Castellmar

The Coastal Alliance has lost control of Castellmar after twelve years, results published on Monday showed.

Some 1,420,000 people were eligible to vote.

Green Left took 23 seats in the 51-seat chamber.

Snow on mountain roads held up the count in several districts.
"""


def test_two_sentences_that_share_only_a_telling_figure_are_linked():
    comparison = compare(document_from_text(REPORT_A), document_from_text(REPORT_B))
    pairs = {(comparison.a_sentences[link.a].text, comparison.b_sentences[link.b].text): link
             for link in comparison.links}
    link = pairs.get(("About 1.42 million registered voters were entitled to take part.",
                      "Some 1,420,000 people were eligible to vote."))
    assert link is not None
    assert [(x.surface, y.surface) for x, y in link.numbers.agree] == [("1.42 million", "1,420,000")]


def _figure_terms(text: str) -> list[str]:
    return [key for key, kind in content_terms(tokenize(text)).items() if kind == "number"]


@pytest.mark.parametrize("text, telling", [
    ("Some 1,420,000 people were eligible.", True),
    ("The winner took 28,915 votes.", True),
    ("Revenue was $4.82bn.", True),
    ("About 1,000 people marched.", False),  # round
    ("Two million people voted.", False),  # round
    ("The hall seats 125 people.", False),  # small
    ("The law was passed in 2024.", False),  # a year: pages on other stories share them
])
def test_a_telling_figure_is_large_and_told_to_three_significant_digits(text, telling):
    (key,) = _figure_terms(text)
    assert _telling_figure(key) is telling
