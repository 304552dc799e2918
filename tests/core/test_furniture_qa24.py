"""CLI QA pass 24: a wire's filing line taken for the headline, and an agency's credit read as story.

* D1: under "Norvance slashes workforce, trims outlook as cloud growth cools" and its byline, the line
  "Reuters-style Wire, Oct 21, 2025 4:35 PM EDT" (the outlet, then the date and time it filed) became the
  headline, the real headline boilerplate "above the headline"; with "Reuters, Oct 21, ..." the headline
  held but the filing line was a subheading.
* D2: "This article was written by the Local Democracy Reporting Service, which is funded by the BBC and
  local news organisations." closed the story as a story sentence, and was suggested single-source.

Every text is invented.
"""

from __future__ import annotations

import pytest
from sentence_kinds import assert_furniture, assert_story_kept, by_text


def page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


# --- D1: the outlet's name and the date and time it filed -----------------------------------------------------

HEADLINE = "Norvance slashes workforce, trims outlook as cloud growth cools"
WIRE_STORY = (
    "Norvance will eliminate roughly 2,300 positions, about 11 percent of its staff, the software maker said on Tuesday.",
    "Quarterly revenue rose 4 percent to $6.1 billion.",
    "Net profit rose to $820 million despite a one-off restructuring charge, the company said.",
)


def wire_page(filing_line: str, headline: str = HEADLINE) -> str:
    return page("Markets | Tech | Earnings", headline, "Maya Jensen\n" + filing_line, *WIRE_STORY)


@pytest.mark.parametrize("filing_line", [
    "Reuters-style Wire, Oct 21, 2025 4:35 PM EDT",  # the QA pass's page
    "Reuters, Oct 21, 2025 4:35 PM EDT",  # its variant: the headline held, the line was a subheading
    "Harbour Wire 21 October 2025 16:35 BST",
])
def test_an_outlet_and_the_time_it_filed_is_the_dateline_and_the_headline_stays(filing_line):
    result = by_text(wire_page(filing_line))
    assert result[HEADLINE] == ("heading", "headline")
    assert_furniture(result, [filing_line], reason="dateline")
    assert_story_kept(result, WIRE_STORY)


def test_a_plain_date_and_time_is_still_the_dateline():
    result = by_text(wire_page("Oct 21, 2025 4:35 PM EDT"))
    assert result[HEADLINE] == ("heading", "headline")
    assert_furniture(result, ["Oct 21, 2025 4:35 PM EDT"], reason="dateline")


def test_a_headline_that_holds_a_date_stays_the_headline():
    headline = "Storm hits Oct 21 as coastal towns brace for floods"
    result = by_text(wire_page("Oct 21, 2025 4:35 PM EDT", headline=headline))
    assert result[headline] == ("heading", "headline")


def test_a_headline_that_ends_on_a_date_without_a_time_stays_the_headline():
    headline = "Norvance Sets Earnings Call, Oct 21, 2025"
    result = by_text(page("Markets | Tech | Earnings", headline, "Maya Jensen", *WIRE_STORY))
    assert result[headline] == ("heading", "headline")


# --- D2: the outlet's credit for who wrote or supplied the article -------------------------------------------

RULING_HEADLINE = "Judge quashes approval for 450 green belt homes near Eastbury"
RULING_STORY = (
    "A High Court judge has quashed planning permission for 450 homes on green belt land near the village of Eastbury.",
    "The ruling was handed down on 3 June by Mrs Justice Harlow at the Royal Courts of Justice in London.",
    "Councillors approved the scheme by seven votes to five.",
)


def ruling_page(*closing: str) -> str:
    return page(RULING_HEADLINE, "By Helen Marsh, Local Democracy Reporter\n4 June 2025", *RULING_STORY, *closing)


@pytest.mark.parametrize("credit", [
    ("This article was written by the Local Democracy Reporting Service, which is funded by the BBC and local "
     "news organisations."),  # the QA pass's page
    "This story was supplied by the Northern Rivers News Agency and has been edited for length.",
    "This article was originally published by The Conversation.",
    "Story supplied by Australian Associated Press.",
    "Content supplied by the Press Association.",
])
def test_the_outlets_credit_for_the_article_is_furniture(credit):
    result = by_text(ruling_page(credit))
    assert_furniture(result, [credit], reason="credit")
    assert_story_kept(result, RULING_STORY)


def test_the_line_on_how_the_credited_service_is_funded_goes_with_the_credit():
    credit = "This story was produced by the Local Democracy Reporting Service."
    funding = "The Local Democracy Reporting Service is funded by the BBC and local news organisations."
    result = by_text(ruling_page(credit, funding))
    assert_furniture(result, [credit, funding], reason="credit")


@pytest.mark.parametrize("sentence", [
    "The letter was written by the minister's aide.",
    "This report was commissioned by the council and written by an independent planning inspector.",
    "The Local Democracy Reporting Service is funded by the BBC and local news organisations.",  # no credit above
    '"This story was written by people who were never at the meeting," Mrs Harlow said.',
])
def test_a_story_sentence_about_who_wrote_something_stays_story(sentence):
    result = by_text(ruling_page(sentence))
    assert_story_kept(result, (*RULING_STORY, sentence))
