"""Page furniture from CLI QA pass 21 (defect D15), on invented pages: a caption closed by its credit on the
same line ("Image source, Getty Images", "(ABC News: Jane Doe)"), the outlet disowning external sites, the
help line under a story, the outlet asking to be kept up with, the comment section's "Comments are
moderated.", a broadcaster's advisory and a "More on this story:" link are furniture; a summary box's
items ("Key points:" over unbulleted lines) are the story, and its label the box's title."""

from __future__ import annotations

import pytest

from sentence_kinds import assert_furniture, assert_story_kept, by_text

LEAD = "A care home manager who stole £210,000 from residents has been jailed for five years."
STORY = ["The court heard that she took money from 19 residents over four years.",
         "Prosecutors said most of the money was spent on holidays and a new car.",
         "The judge said she had abused the trust of vulnerable people."]


def page(middle: str, foot: str = "") -> str:
    """A court story with ``middle`` under its lead and ``foot`` under its last paragraph."""
    return "\n\n".join(["Care home manager jailed for stealing from residents", LEAD, middle, *STORY, foot]) + "\n"


# -- A caption and its credit on one line ---------------------------------------------------------

@pytest.mark.parametrize("credit", ["Image source, Gwent Police", "Image source, Getty Images",
                                    "Photo source, PA Media"])
def test_a_caption_closed_by_a_comma_credit_is_a_caption(credit):
    caption = "Helen Rowe was sentenced at Newport Crown Court on Thursday."
    result = by_text(page(f"{caption} {credit}"))
    assert_furniture(result, [caption, credit], "photo caption")
    assert_story_kept(result, [LEAD, *STORY])


@pytest.mark.parametrize("credit", ["(ABC News: Tom Kiely)", "(Reuters: Jane Doe)", "(NBN: Leias Tamata)"])
def test_a_caption_closed_by_an_outlet_and_its_photographer_is_a_caption(credit):
    caption = "Firefighters work to protect a property near Buchan on Saturday afternoon."
    result = by_text(page(f"{caption} {credit}"))
    assert_furniture(result, [caption, credit], "photo caption")
    assert_story_kept(result, [LEAD, *STORY])


def test_the_same_credit_closes_an_unpunctuated_caption_or_stands_alone():
    unpunctuated = "Firefighters work to protect a property near Buchan (ABC News: Tom Kiely)"
    assert by_text(page(unpunctuated))[unpunctuated] == ("boilerplate", "photo caption")
    result = by_text(page("Firefighters work to protect a property near Buchan.\n(ABC News: Tom Kiely)"))
    assert result["(ABC News: Tom Kiely)"] == ("boilerplate", "image credit")


def test_a_notes_label_in_brackets_is_no_photographers_credit():
    sentence = "Turnout was the lowest since 1918."
    result = by_text(page(f"{sentence} (Source: Electoral Commission)"))
    assert_story_kept(result, [sentence, LEAD, *STORY])


# -- The outlet's small print at the foot ---------------------------------------------------------

@pytest.mark.parametrize("disclaimer", ["The Courier is not responsible for the content of external sites.",
                                        "We are not responsible for the content of third-party websites."])
def test_the_outlet_disowning_the_sites_it_links_to_is_a_disclaimer(disclaimer):
    result = by_text(page("", f"Related links: Gwent Police | Care Inspectorate Wales\n{disclaimer}"))
    assert_furniture(result, [disclaimer], "disclaimer")
    assert_story_kept(result, [LEAD, *STORY])


@pytest.mark.parametrize("help_line", [
    "If you have been affected by issues raised in this story, help is available via the Action Line.",
    "If you or someone you know has been affected by any of the issues in this article, support is available.",
    "If you have been affected by this story, you can contact Samaritans on 116 123.",
])
def test_the_help_line_under_the_story_is_furniture(help_line):
    result = by_text(page("", help_line))
    assert_furniture(result, [help_line], "help line")
    assert_story_kept(result, [LEAD, *STORY])


def test_advice_to_those_the_events_affected_stays_story():
    advice = ["If you were affected by the flooding, call the council's emergency line.",
              "Residents affected by the closure can claim a refund from the operator."]
    assert_story_kept(by_text(page(" ".join(advice))), [*advice, LEAD, *STORY])


@pytest.mark.parametrize("prompt", ["Stay updated with the latest news on The Valley Courier.",
                                    "Stay up to date with breaking news from Gwent.",
                                    "Keep up with our coverage on the Courier app."])
def test_the_outlet_asking_to_be_kept_up_with_is_a_reader_prompt(prompt):
    result = by_text(page("", prompt))
    assert_furniture(result, [prompt], "reader prompt")
    assert_story_kept(result, [LEAD, *STORY])


def test_the_prompt_takes_the_comment_rule_on_its_line_with_it():
    line = "Stay updated with the latest news on The Valley Courier. Comments are moderated."
    result = by_text(page("", line))
    assert_furniture(result, ["Stay updated with the latest news on The Valley Courier.", "Comments are moderated."])


def test_advice_to_stay_informed_of_the_events_stays_story():
    advice = "Stay informed about road closures by checking the council's website."
    assert_story_kept(by_text(page(advice)), [advice, LEAD, *STORY])


def test_comments_are_moderated_alone_at_the_foot_is_the_comment_sections_rule():
    result = by_text(page("", "Comments are moderated."))
    assert_furniture(result, ["Comments are moderated."], "comment prompt")


@pytest.mark.parametrize("advisory", [
    "For the latest information, tune in to ABC Local Radio or visit the VicEmergency website.",
    "For live updates, listen to BBC Radio Wales or check the Met Office website.",
])
def test_a_broadcasters_advisory_at_the_foot_is_a_reader_prompt(advisory):
    result = by_text(page("", advisory))
    assert_furniture(result, [advisory], "reader prompt")


def test_more_on_this_story_is_a_related_link():
    link = "More on this story: Care home manager charged with theft (published 2023)"
    assert by_text(page("", link))[link] == ("boilerplate", "related link")


# -- A summary box ----------------------------------------------------------------------------------

FIRE_ITEMS = ["The fire has burnt more than 8,000 hectares since Tuesday",
              "Residents of Wollar and Ulan have been told it is too late to leave",
              "Police say the fire was deliberately lit"]


def fire_page(label: str, items: list[str]) -> str:
    return "\n\n".join([
        "Thousands flee as bushfire tears through Mudgee region",
        "About 2,000 residents have been told to evacuate as a bushfire burns north of Mudgee.",
        "\n".join([label, *items]),
        "The blaze began near Wollar on Tuesday and was pushed east by strong winds on Thursday.",
        "More than 150 firefighters and 20 aircraft are fighting the fire.",
    ]) + "\n"


@pytest.mark.parametrize("label", ["Key points:", "Key points", "At a glance:", "What we know so far:"])
@pytest.mark.parametrize("items", [FIRE_ITEMS, FIRE_ITEMS[:2]])
def test_a_summary_boxs_unbulleted_items_are_the_story(label, items):
    result = by_text(fire_page(label, items))
    assert result[label] == ("heading", "list title")
    assert_story_kept(result, items)


def test_one_line_under_a_summary_label_is_left_as_it_was():
    # "Summary:" over a sentence: a label of the page's box, or a standfirst; no list to take back.
    single = "Police say the fire was deliberately lit"
    assert by_text(fire_page("Summary:", [single]))["Summary:"] != ("heading", "list title")


def test_a_summary_box_ends_at_a_line_a_cue_called_furniture():
    result = by_text(fire_page("Key points:", [*FIRE_ITEMS[:2], "Read more: How to prepare your home for a fire"]))
    assert_story_kept(result, FIRE_ITEMS[:2])
    assert result["Read more: How to prepare your home for a fire"] == ("boilerplate", "related link")
