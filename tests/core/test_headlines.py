"""The two headlines set side by side: no link, but their figures compared as a link's are."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import document_from_text

STORY = ("\n\nThe company told retailers on Monday to stop selling the machines, which can overheat and "
         "spray scalding water.\n\nRegulators said 212 burns had been reported since March.\n")


def pair(headline_a: str | None, headline_b: str | None):
    a = document_from_text((f"{headline_a}\n" if headline_a else "") + STORY)
    b = document_from_text((f"{headline_b}\n" if headline_b else "") + STORY.replace("Monday", "Monday morning"))
    return compare(a, b)


def test_a_figure_the_headlines_give_differently_is_a_conflict_of_the_headlines_only():
    comparison = pair("BrewMate recalls 1.4 million coffee makers", "BrewMate recalls 410,000 coffee makers")
    headlines = comparison.headlines
    assert comparison.a_sentences[headlines.a].text == "BrewMate recalls 1.4 million coffee makers"
    assert comparison.b_sentences[headlines.b].text == "BrewMate recalls 410,000 coffee makers"
    assert [(x.surface, y.surface) for x, y in headlines.numbers.conflict] == [("1.4 million", "410,000")]
    assert {op.op for op in headlines.diff} == {"equal", "replace"}
    assert all(link.a != headlines.a and link.b != headlines.b for link in comparison.links)  # still no link


def test_headlines_that_agree_have_no_conflict_and_a_side_without_one_has_no_pair():
    assert not pair("Coffee maker recall: 212 burns", "212 burns reported in coffee maker recall").headlines.numbers.conflict
    assert pair("BrewMate recalls 1.4 million coffee makers", None).headlines is None


def test_the_standfirsts_are_set_side_by_side_too():
    a = document_from_text("Bus drivers accept pay deal\nDrivers will return to work after voting for a 14.5% rise"
                           + STORY)
    b = document_from_text("Bus drivers back pay deal\nDrivers vote in favour of a 15.4% offer" + STORY)
    comparison = compare(a, b)
    standfirsts = comparison.standfirsts
    assert comparison.b_sentences[standfirsts.b].text == "Drivers vote in favour of a 15.4% offer"
    assert [(x.surface, y.surface) for x, y in standfirsts.numbers.conflict] == [("14.5%", "15.4%")]
