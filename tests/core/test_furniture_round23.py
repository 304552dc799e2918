"""Round 23: a newsletter's own words, and smaller furniture errors found by a QA pass.

A saved newsletter (.eml) greets its reader, introduces the issue, carries a sponsor's pitch and a
reading list, and signs off; all of it was kept as story and filled "Only in".  Besides: a list's
unpunctuated dash items were taken for agency credits, a results table under "Full result:" for
headings, a public-safety line ("Call 211 to find out if your address ...") for a reader prompt,
and a few notes of the page (comment rules, the outlet on its funding, "This is a developing
story", a player's "4 min") for story or headings.  Every page here is invented.
"""

from __future__ import annotations

import pytest

from reader.core.document import load_document
from reader.core.sentences import document_sentences
from sentence_kinds import assert_furniture, by_exact_text as by_text


def file_kinds(path) -> dict[str, tuple[str, str]]:
    return {" ".join(s.text.split()): (s.kind, s.reason) for s in document_sentences(load_document(path))}


STORY = (
    "The Port Carrow harbour authority raised its berthing fees by 4% on Monday, the second rise in a year.",
    "Ferry operators said the increase would add about £2 to the price of a return ticket to the islands.",
    ("The authority said the money would pay for dredging the north channel, which has silted up since the "
     "winter storms."),
    "Councillor Ann Byrne said the rise had been agreed without consulting the island communities.",
    "The authority will publish its dredging plan next month.",
)


def assert_story_kept(result: dict[str, tuple[str, str]]) -> None:
    for sentence in STORY:
        assert result[sentence] == ("body", ""), sentence


def _eml(tmp_path, body: str):
    path = tmp_path / "briefing.eml"
    path.write_text("From: Harbour Briefing <briefing@harbour.example>\nTo: reader@example.org\n"
                    "Subject: Port fees rise again\nDate: Tue, 12 May 2026 07:00:00 +0100\n"
                    'Content-Type: text/plain; charset="utf-8"\nMIME-Version: 1.0\n\n' + body, encoding="utf-8")
    return path


NEWSLETTER = "\n\n".join((
    "Hello everyone,",
    "Welcome to today's Harbour Briefing. In this issue: port fees, a dredging plan and the island vote.",
    "Email not showing properly? Read it online.",
    "PORT FEES RISE AGAIN",
    *STORY,
    "SPONSORED\nSail further with Carrow Marine insurance. Get 20% off your first year of cover. Terms apply.",
    "WORTH READING\n- The slow return of the island ferries\n- Why dredging costs keep rising",
    "That's it for today. If you liked this briefing, share it with a friend. Have a story? Just hit reply.",
    "Harbour Briefing is written by Nia Evans.",
    "You are receiving this email because you signed up for the Harbour Briefing.\nUnsubscribe | Update preferences",
))


def test_a_newsletter_greeting_introduction_sponsor_reading_list_and_sign_off_are_furniture(tmp_path):
    result = file_kinds(_eml(tmp_path, NEWSLETTER))
    assert_story_kept(result)
    assert_furniture(result, ("Hello everyone,", "Welcome to today's Harbour Briefing.",
                              "In this issue: port fees, a dredging plan and the island vote."), "newsletter intro")
    assert_furniture(result, ("Email not showing properly?", "Read it online."))
    assert_furniture(result, ("Sail further with Carrow Marine insurance.", "Get 20% off your first year of cover.",
                              "Terms apply."), "advertisement")
    assert_furniture(result, ("- The slow return of the island ferries", "- Why dredging costs keep rising"),
                     "related link")
    assert_furniture(result, ("That's it for today.", "If you liked this briefing, share it with a friend.",
                              "Have a story?", "Just hit reply.", "Harbour Briefing is written by Nia Evans."),
                     "email footer")
    assert result["PORT FEES RISE AGAIN"] == ("heading", "headline")


def test_a_greeting_run_that_goes_on_with_the_story_keeps_it():
    text = "\n\n".join(("Port fees rise again", "Good morning. " + STORY[0], *STORY[1:]))
    result = by_text(text)
    assert result["Good morning."] == ("body", "")
    assert_story_kept(result)


@pytest.mark.parametrize("headline", ["Dear Evan Hansen", "Welcome Home", "Hello Kitty turns 50"])
def test_a_headline_that_opens_like_a_greeting_stays_a_heading(headline):
    result = by_text("\n\n".join((headline, *STORY)))
    assert result[headline][0] == "heading"
    assert_story_kept(result)


def test_a_feature_lede_opening_with_welcome_stays_story():
    lede = "Welcome to the town where nobody has paid rent since the harbour closed."
    result = by_text("\n\n".join(("The town without rent", lede, *STORY)))
    assert result[lede] == ("body", "")


def test_an_advertisement_slot_over_a_story_paragraph_leaves_the_paragraph_story():
    text = "\n\n".join(("Port fees rise again", *STORY[:2], "Advertisement", *STORY[2:]))
    result = by_text(text)
    assert result["Advertisement"] == ("boilerplate", "advertisement")
    assert_story_kept(result)


# -- Dash items without a full stop are a list's items, not agency credits -------------------------

def test_unpunctuated_dash_items_of_a_list_stay_story_and_a_dash_credit_is_still_one():
    items = ("- A new access road", "- Two more ferries a day", "- Longer opening hours at the terminal")
    text = "\n\n".join(("Port fees rise again", *STORY[:3], "The plan includes:\n" + "\n".join(items),
                        *STORY[3:], "– Harbour Press Agency"))
    result = by_text(text)
    for item in items:
        assert result[item] == ("body", ""), item
    assert result["– Harbour Press Agency"] == ("boilerplate", "agency credit")
    assert_story_kept(result)


# -- A results table under a short announcement ---------------------------------------------------

def test_results_rows_under_a_two_word_announcement_are_story():
    rows = ("Anna Holt (Liberal) 12,406", "Peter Quayle (Labour) 11,872", "Sam Oduya (Green) 2,015")
    text = "\n\n".join(("Holt wins Carrow seat", *STORY[:2], "Final count:\n" + "\n".join(rows), *STORY[2:]))
    result = by_text(text)
    for row in rows:
        assert result[row] == ("body", ""), row
    assert_story_kept(result)


# -- Advice in the story, and the page's notes -----------------------------------------------------

def test_a_public_safety_call_about_the_readers_own_address_stays_story():
    advice = "Call 211 to find out whether your street is on the evacuation list."
    prompt = "Call us on 0800 555 0100 to share your story."
    result = by_text("\n\n".join(("Fire forces thousands out", *STORY, advice, prompt)))
    assert result[advice] == ("body", "")
    assert result[prompt] == ("boilerplate", "reader prompt")


def test_the_comment_sections_rules_under_its_header_are_furniture():
    rules = ("Please sign in or register to reply.", "Be kind: all comments are moderated.")
    text = "\n\n".join(("Port fees rise again", *STORY)) + "\n\nComments (12)\nJoin the conversation\n" + "\n".join(rules)
    result = by_text(text)
    assert_furniture(result, rules, "comment prompt")
    assert_story_kept(result)


def test_the_outlets_note_on_its_funding_at_the_foot_is_furniture():
    note = ("The Harbour Ledger is an independent, non-profit newsroom.", "We do not take money from advertisers.")
    text = "\n\n".join(("Port fees rise again", *STORY, " ".join(note), "More from the harbour\nFerry timetable changes"))
    result = by_text(text)
    assert_furniture(result, note, "about the outlet")
    assert_story_kept(result)


def test_an_organisation_in_the_story_described_as_non_profit_stays_story():
    last = "The Island Ferry Trust is an independent, nonprofit organization."
    result = by_text("\n\n".join(("Port fees rise again", *STORY, last)))
    assert result[last] == ("body", "")


@pytest.mark.parametrize("note", ["This is a developing story and will be updated.",
                                  "This story will be updated.", "More details to follow."])
def test_a_developing_story_note_is_furniture(note):
    result = by_text("\n\n".join(("Port fees rise again", *STORY, note)))
    assert result[note] == ("boilerplate", "publication note")
    assert_story_kept(result)


def test_a_players_length_under_its_label_is_the_player_and_a_reading_time_a_dateline():
    text = "\n\n".join(("Port fees rise again", "Listen to this article\n6 min", *STORY[:3], "3 min read", *STORY[3:]))
    result = by_text(text)
    assert result["6 min"] == ("boilerplate", "media player")
    assert result["3 min read"] == ("boilerplate", "dateline")
    assert_story_kept(result)


@pytest.mark.parametrize("link", ["Skip to main content", "Skip to content", "Skip content"])
def test_the_skip_link_is_a_site_link_not_an_advert(link):
    result = by_text("\n\n".join((link, "Port fees rise again", *STORY)))
    assert result[link] == ("boilerplate", "site links")
