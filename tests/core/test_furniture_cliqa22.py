"""Command-line QA pass 22 (D21, D18): furniture a science-news site, a newsletter box, a reader call-out,
a video embed, a Canadian dateline and an obituary's standfirst left as story.

A QA pass found, on plain-text pages: a science-news page's credit and reference block ("by <institution>",
"More information: ... et al ... DOI: ...", "Journal information: ...", "Provided by ...", "Citation: ...
retrieved ... from https://...", "This document is subject to copyright.") read as story or subheadings (one
of them took a link and hid a conflict of ages); a newsletter box's label, blurb and privacy notice, and a
"Suggested Topics:" label; a lone explainer question over its answer left as story; the last line of a
reader call-out ("Please include a contact number ..."); a "Click to play video: '...'" label and the video's
title under it read as subheadings; a dateline cut at "Sask." before its dash; and an obituary's standfirst
without a full stop left as story.  Every page here is invented; each carries story lines that look a little
like the furniture and must stay story.
"""

from __future__ import annotations

from sentence_kinds import assert_furniture, assert_story_kept, by_text

from reader.core.sentences import split_sentences

SCIENCE_STORY = (
    "Adults who slept fewer than six hours a night had a higher risk of heart failure, a study of 41,000 "
    "people has found.",
    "The researchers followed the volunteers for a median of nine years.",
    "More information about the trial was provided by the hospital's press office.",
    "The findings were provided by the team to the health ministry before publication.",
)
SCIENCE_FURNITURE = (
    "by Karolinska Institute",
    "More information: Anna Lind et al, Sleep duration and heart failure, European Heart Journal (2025).",
    "DOI: 10.1093/eurheartj/ehaf0123",
    "Journal information: European Heart Journal",
    "Provided by Karolinska Institute",
    "Citation: Short sleep tied to heart failure (2025, May 12) retrieved 13 May 2025 from "
    "https://example-science.org/news/2025-05-short-sleep.html",
    "This document is subject to copyright.",
)


def _science_page() -> str:
    return "\n\n".join(("Short sleep tied to heart failure", SCIENCE_FURNITURE[0], "May 12, 2025",
                        *SCIENCE_STORY, *SCIENCE_FURNITURE[1:]))


def test_a_science_news_pages_credit_and_reference_block_is_furniture():
    result = by_text(_science_page())
    assert_story_kept(result, SCIENCE_STORY)
    assert result[SCIENCE_FURNITURE[0]] == ("boilerplate", "byline")
    assert_furniture(result, SCIENCE_FURNITURE[1:5] + SCIENCE_FURNITURE[6:7])
    assert_furniture(result, [SCIENCE_FURNITURE[1], SCIENCE_FURNITURE[2], SCIENCE_FURNITURE[3]], "citation")
    citation = " ".join(SCIENCE_FURNITURE[5].split())
    assert result[citation] == ("boilerplate", "citation")


def test_lower_case_by_and_provided_by_in_prose_stay_story():
    story = ("The dam was built by the end of 1962, the council said.",
             "Funding was provided by the state, the mayor said, and the work began in spring.")
    result = by_text("\n\n".join(("Dam repairs to begin", "By Jo Reed", *story)))
    assert_story_kept(result, story)


NEWSLETTER_BOX = (
    "Sign up to Morning Markets",
    "Free weekly newsletter",
    "Start your week with the market news and analysis you need every Monday",
    "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside "
    "parties.",
    "Suggested Topics:",
)


def test_a_newsletter_box_and_a_topics_label_are_furniture():
    story = ("The central bank held its main rate at 3.25% on Thursday.",
             "Economists said the bank would cut every quarter next year if inflation kept falling.",
             "Your mortgage payments will not change this month, lenders said.")
    result = by_text("\n\n".join(("Central bank holds rates", *story, *NEWSLETTER_BOX, "Markets", "Economy")))
    assert_story_kept(result, story)
    assert_furniture(result, NEWSLETTER_BOX[1:3], "newsletter prompt")
    assert_furniture(result, NEWSLETTER_BOX[3:4], "disclaimer")
    assert result["Suggested Topics:"] == ("boilerplate", "topic tags")


STRIKE_PAGE = (
    "Ferry strike: Dozens of crossings cancelled",
    "Northline Ferries cancelled 48 crossings because of a deckhands' strike.",
    "The company said services would resume on Monday.",
    "Why are Northline deckhands striking?",
    "The deckhands say their overtime rates have not risen since 2019.",
    "Have you been affected by the strike? You can get in touch by emailing news@example-broadcaster.co.uk.",
    "Please include a contact number if you are willing to speak to one of our reporters.",
)


def test_the_call_outs_last_line_is_a_prompt():
    result = by_text("\n\n".join(STRIKE_PAGE))
    assert result[STRIKE_PAGE[-1]] == ("boilerplate", "reader prompt")
    assert_story_kept(result, STRIKE_PAGE[1:3] + STRIKE_PAGE[4:5])


def test_a_lone_question_that_names_nothing_or_asks_the_reader_stays_story():
    for question in ("What happened?", "Why should you care about Northline deckhands?"):
        page = STRIKE_PAGE[:3] + (question,) + STRIKE_PAGE[4:5]
        assert by_text("\n\n".join(page))[question] == ("body", ""), question
    said = ("The union said members were willing to speak to the company at any time.",)
    assert_story_kept(by_text("\n\n".join(STRIKE_PAGE[:3] + said)), said)


def test_a_video_embeds_label_and_its_title_under_it_are_furniture():
    title = "Wildfire smoke closes schools across the valley"
    story = ("KELOWNA, B.C. — Schools across the Okanagan valley closed on Tuesday as wildfire smoke thickened.",
             "Officials said the air quality index reached 10+ in the afternoon.")
    page = "\n\n".join(("Smoke closes Okanagan schools", "By The Canadian Press",
                        f"Click to play video: '{title}'\n{title}", *story))
    result = by_text(page)
    assert result[f"Click to play video: '{title}'"] == ("boilerplate", "media player")
    assert result[title] == ("boilerplate", "media player")
    assert_story_kept(result, story)


def test_a_canadian_provinces_abbreviation_in_a_dateline_ends_no_sentence():
    text = ("SASKATOON, Sask. — Crews worked through the night to clear the line.\n\n"
            "HALIFAX, N.S. — The ferry did not sail.\n\n"
            "She moved back to Regina, Sask. Then she ran for council.")
    sentences = [s.text for s in split_sentences(text)]
    assert "SASKATOON, Sask. — Crews worked through the night to clear the line." in sentences
    assert "HALIFAX, N.S. — The ferry did not sail." in sentences
    assert "She moved back to Regina, Sask." in sentences  # a sentence that ends with one still ends
