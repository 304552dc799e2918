"""CLI QA pass 25: page furniture taken for headings or story.

* D1: a section label over the headline ("U.S. News") became the headline, and the headline a subheading.
* D2: a byline that says where the writer filed from ("Hannah Brook in London") was a subheading.
* D3: a wire dateline on its own line with its day ("ISTANBUL, Sept 22 (WNW) -") was a subheading.
* D4: "This article is more than 1 month old" after the share buttons was a subheading.
* D5: "Unlock the Editor's Digest for free" and "Reuse this content" were subheadings, and "Comments have not
  been enabled for this article." was story.
* D6: a caption closed by "Credit...Name/Agency" (the New York Times's credit, with an ellipsis) was story.

Every text is invented.
"""

from __future__ import annotations

import pytest
from sentence_kinds import assert_furniture, assert_story_kept, by_text


def page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


BOIL_STORY = (
    "MILLBROOK, Ohio (AN) — Officials in the Ohio city of Millbrook told roughly 15,800 homes to boil their tap "
    "water on Tuesday after routine tests found E. coli bacteria.",
    "The notice was issued at 3 p.m. Eastern time, the city said in a statement.",
)
BOIL_HEADLINE = "Ohio city tells residents to boil water after E. coli detected"


# --- D1: a section label over the headline -------------------------------------------------------------------

@pytest.mark.parametrize("label", [
    "U.S. News",  # the QA pass's page: "U.S." is one word, not two
    "U.K. Politics",
    "Latest World News",  # a section's name, its desk last
])
def test_a_section_label_over_the_headline_is_no_headline(label):
    result = by_text(page("Associated Newswire\n" + label, BOIL_HEADLINE,
                          "By MARGARET O'DELL\nPublished 7:10 PM EDT, June 9, 2026", *BOIL_STORY))
    assert result[BOIL_HEADLINE] == ("heading", "headline")
    assert_furniture(result, [label])
    assert_story_kept(result, BOIL_STORY)


def test_a_headline_that_opens_like_a_section_label_stays_the_headline():
    headline = "U.S. News Agency chief resigns"
    standfirst = "Director steps down after a report found the agency misled Congress over its budget"
    result = by_text(page("Associated Newswire", headline, standfirst, "By MARGARET O'DELL", *BOIL_STORY))
    assert result[headline] == ("heading", "headline")
    assert result[standfirst] == ("heading", "subheading")


def test_a_short_headline_ending_in_a_desk_s_name_over_a_short_standfirst_stays_the_headline():
    headline = "Crisis at the BBC News"
    standfirst = "Director general resigns over leaked emails"
    result = by_text(page(headline, standfirst, "By Jane Holt", *BOIL_STORY))
    assert result[headline] == ("heading", "headline")


# --- D2: "Name in Place" under the headline ------------------------------------------------------------------

FINE_HEADLINE = "Harlow & Finch fined £14.2mn over cyber attack that exposed customer data"
FINE_STANDFIRST = "Information Commissioner says retailer failed to patch known flaw"
FINE_STORY = (
    "The UK's data protection watchdog has fined department store chain Harlow & Finch £14.2mn for failing to "
    "protect the personal details of 6.4mn customers.",
    "The company said it had since invested £40mn in its security systems.",
)


@pytest.mark.parametrize("credit", [
    "Hannah Brook in London",  # the QA pass's pages
    "Ruth Carlisle in Istanbul",
    "Hannah Brook and Tom Ellery in New York",
    "Hannah Brook in London and Tom Ellery in Brussels",
])
def test_a_writer_and_where_they_filed_from_under_the_standfirst_is_the_byline(credit):
    result = by_text(page(FINE_HEADLINE, FINE_STANDFIRST, credit + "\nPublished 14 October 2026", *FINE_STORY))
    assert result[credit] == ("boilerplate", "byline")
    assert result[FINE_HEADLINE] == ("heading", "headline")
    assert_story_kept(result, FINE_STORY)


def test_a_credit_under_the_headline_alone_is_the_byline():
    result = by_text(page(FINE_HEADLINE, "Hannah Brook in London", *FINE_STORY))
    assert result["Hannah Brook in London"] == ("boilerplate", "byline")


@pytest.mark.parametrize("subheading", [
    "Storm Babet in Wales",  # a named storm, no person
    "Harlow Finch in London",  # named again in the story below: whom the story is about
])
def test_a_subheading_shaped_like_name_in_place_is_not_a_byline(subheading):
    story = (*FINE_STORY, "Harlow Finch in London was the worst hit of its stores, the regulator said.")
    result = by_text(page(FINE_HEADLINE, subheading, *story))
    assert result[subheading][0] == "heading"
    assert_story_kept(result, story)


# --- D3: a wire dateline with its day, on its own line --------------------------------------------------------

SHIP_STORY = (
    "The 366-metre container ship Meridian Grace ran aground in Istanbul's Bosphorus strait early on Monday, "
    "halting traffic, the coastguard said.",
    "Divers will inspect the hull on Tuesday.",
)


@pytest.mark.parametrize("dateline", [
    "ISTANBUL, Sept 22 (WNW) -",  # the QA pass's page
    "NEW DELHI, 22 September (PTI) —",
    "WASHINGTON, March 3, 2025 —",
    "SACRAMENTO, Calif., Jan. 9 (AP) —",
])
def test_a_wire_dateline_with_its_day_on_its_own_line_is_a_dateline(dateline):
    result = by_text(page("Giant container ship runs aground in Bosphorus, halting traffic through strait",
                          "By Selin Kaya and Mark Hollis", dateline, *SHIP_STORY))
    assert result[dateline] == ("boilerplate", "dateline")
    assert_story_kept(result, SHIP_STORY)


def test_a_capitals_heading_that_goes_on_after_its_dash_is_no_dateline():
    heading = "ISTANBUL, SEPT 22 — THE DAY THE STRAIT STOPPED"
    result = by_text(page("Giant container ship runs aground in Bosphorus", heading, *SHIP_STORY))
    assert result[heading][0] == "heading"


# --- D4: the page's age notice ---------------------------------------------------------------------------------

@pytest.mark.parametrize("notice", [
    "This article is more than 1 month old",  # the QA pass's page, after the share buttons
    "This article is more than 5 years old",
    "This story is over a year old",
])
def test_the_page_s_age_notice_is_furniture(notice):
    result = by_text(page("Bosphorus blocked as 1,200ft cargo ship runs aground", "Ruth Carlisle in Istanbul",
                          "Share on Facebook\nShare on Twitter\nShare via Email", notice, *SHIP_STORY))
    assert result[notice] == ("boilerplate", "publication note")


def test_how_old_a_thing_is_stays_story():
    story = (*SHIP_STORY, "The lighthouse at Kandilli is more than 150 years old.")
    result = by_text(page("Bosphorus blocked as 1,200ft cargo ship runs aground", *story))
    assert_story_kept(result, story)


# --- D5: a promotion, the licensing link and the comments' notice ----------------------------------------------

def test_the_financial_page_s_furniture_is_furniture():
    text = page("FINANCIAL LEDGER\nCompanies | Retail | Technology", FINE_HEADLINE, FINE_STANDFIRST,
                "Hannah Brook in London\nPublished 14 October 2026", "Save\nPrint this page",
                "Unlock the Editor's Digest for free", *FINE_STORY,
                "Copyright The Financial Ledger Limited 2026. All rights reserved.", "Reuse this content",
                "Comments have not been enabled for this article.")
    result = by_text(text)
    assert result["Unlock the Editor's Digest for free"] == ("boilerplate", "reader prompt")
    assert result["Reuse this content"] == ("boilerplate", "site links")
    assert result["Comments have not been enabled for this article."] == ("boilerplate", "comment prompt")
    assert result[FINE_HEADLINE] == ("heading", "headline")
    assert_story_kept(result, FINE_STORY)


@pytest.mark.parametrize("line, reason", [
    ("Republish this article", "site links"),
    ("Purchase Licensing Rights", "site links"),
    ("Reprints & Permissions", "site links"),
    ("Comments are not available for this article.", "comment prompt"),
    ("Comments are not enabled for this article", "comment prompt"),
])
def test_other_outlets_forms_of_the_same_furniture(line, reason):
    result = by_text(page(FINE_HEADLINE, "By Hannah Brook", *FINE_STORY, line))
    assert result[line] == ("boilerplate", reason)


@pytest.mark.parametrize("sentence", [
    "The ban on comments was not enabled until the council voted in March.",
    "Comments have not been enabled on the regulator's consultation page, campaigners said.",
    "Unlock codes for the tills were sent out free to every store.",
    "Licensing rights for the brand were sold to a Dutch group in 2019.",
])
def test_story_sentences_with_the_same_words_stay_story(sentence):
    story = (*FINE_STORY, sentence)
    result = by_text(page(FINE_HEADLINE, "By Hannah Brook", *story))
    assert_story_kept(result, story)


# --- D6: the New York Times's credit, "Credit...Name/Agency" ---------------------------------------------------

CRASH_STORY = (
    "Marco Bellini of Italy won the stage by 21 seconds.",
    "The 116-mile stage ran from Alès to Le Vigan.",
)


@pytest.mark.parametrize("caption", [
    "Medics attend to riders on the Col de l'Asclier on Thursday. "
    "Credit...Anne-Christine Poujoulat/Agence France-Presse — Getty Images",  # the QA pass's page
    "Medics attend to riders on the Col de l'Asclier on Thursday.Credit...Jim Watson/Reuters",  # glued on
    "Riders wait at the foot of the climb. Credit…Dario Belingheri/Getty Images",
])
def test_a_caption_closed_by_an_ellipsis_credit_is_a_caption(caption):
    result = by_text(page("Dozens Crash on Treacherous Descent at Critérium des Cévennes", "By Carla Mendez",
                          CRASH_STORY[0], caption, CRASH_STORY[1]))
    assert all(kind == ("boilerplate", "photo caption") for text, kind in result.items() if text in caption
               or caption.startswith(text)), result
    assert any(text in caption for text in result)
    assert_story_kept(result, CRASH_STORY)


def test_a_sentence_about_credit_stays_story():
    story = (*CRASH_STORY, "The team's sponsor pulled its line of credit... and the riders were left unpaid.")
    result = by_text(page("Dozens Crash on Treacherous Descent", "By Carla Mendez", *story))
    assert_story_kept(result, story)
