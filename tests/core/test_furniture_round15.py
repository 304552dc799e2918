"""Round 15 of the page-furniture cues, after the seventeenth gold set was scored blind.

Every example is invented for this file.
"""

from __future__ import annotations

from test_furniture_cues_more import CLOSE, LEDE, STORY, assert_story_kept, kinds


def page(*lines: str) -> str:
    return "\n\n".join(("Ferry terminal to close after 90 years", LEDE, STORY, CLOSE, *lines))


def test_notes_about_the_piece_itself():
    notes = {
        "Comments have been turned off on this story for legal reasons.": "comment prompt",
        "(This story has not been edited by Harwick Gazette staff and is published from a syndicated news agency "
        "feed.)": "publication note",
        "This is the third part of Last Crossings, our series on the estuary's vanishing ferries.": "publication note",
        "Read part one: The postwoman of Harwick Point · Read part two: When the bridge came": "related link",
        "Loading...": "share buttons",
    }
    result = kinds(page(*notes))
    for note, reason in notes.items():
        assert result[note] == ("boilerplate", reason), note
    assert_story_kept(result)


def test_the_same_words_in_story_sentences_stay_story():
    story = ("Comments have been turned off on the operator's Facebook page since the vote, a spokesman said.",
             "This is the third part of the pier to be closed since 2019.",
             "Data from the operator show 40,000 crossings a year.")
    result = kinds(page(*story))
    for sentence in story:
        assert result[sentence] == ("body", ""), sentence


def test_a_players_label_a_market_widgets_small_print_and_sign_in_rows():
    lines = {"🗨 7   Listen to this article   5 min": "media player",
             "Data: NGX.": "source credit",
             "Prices delayed by at least 30 minutes.": "disclaimer",
             "Sign in Subscribe from N2,500/month": "sign-in prompt",
             "Sign in or register to join the conversation.": "sign-in prompt"}
    result = kinds(page(*lines))
    for line, reason in lines.items():
        assert result[line] == ("boilerplate", reason), line
    assert_story_kept(result)


def test_a_readers_comment_under_its_header_and_the_rules_above_it():
    foot = ("Comments are subject to our community guidelines.\n\n"
            "BrochBoy1987 · 14 hours ago\nBest game I've seen at Harbour Park in years.\n\n"
            "ShedEnder · 11 hours ago\nStill nine points behind.")
    result = kinds(page(foot))
    assert result["Comments are subject to our community guidelines."] == ("boilerplate", "comment prompt")
    for line in ("BrochBoy1987 · 14 hours ago", "Best game I've seen at Harbour Park in years.",
                 "ShedEnder · 11 hours ago", "Still nine points behind."):
        assert result[line] == ("boilerplate", "reader comment"), line
    assert_story_kept(result)
    # A header with its comment on the same line.
    glued = "ShedEnder · 11 hours ago Still nine points behind."
    assert kinds(page(glued))[glued] == ("boilerplate", "reader comment")


def test_a_list_announced_by_a_story_sentence_stays_story():
    results = ("Dennis Wafula Makokha (DAP-K) – 98,412\nAgnes Nabwire Okumu (ODM) – 89,994\n"
               "Peter Shikuku Lumbasi (UDA) – 21,307\nThree other candidates – 6,880 combined")
    result = kinds(page("Provisional totals, 11 of 12 constituencies:", results,
                        "Ms Okumu, a former nominated MCA, conceded nothing on Thursday night."))
    for item in results.split("\n"):
        assert result[item] == ("body", ""), item
    # A label in capitalised words announces no story: the row under it stays furniture.
    label = kinds(page("Cite This Page:\nMLA   APA   Chicago", "More ferry news follows."))
    assert label["MLA   APA   Chicago"][0] == "boilerplate"


def test_advice_that_sends_the_reader_to_someone_else_is_story():
    advice = ("• If your crossing was cancelled, the operator should already have contacted you by text. "
              "If you have not heard, call the ticket office before travelling.")
    result = kinds(page(advice))
    for sentence in ("• If your crossing was cancelled, the operator should already have contacted you by text.",
                     "If you have not heard, call the ticket office before travelling."):
        assert result[sentence] == ("body", ""), sentence
    # Sent to the outlet, it is a prompt.
    prompt = "Were you on the last crossing? Contact the newsroom: tips@harwick-gazette.example"
    assert kinds(page(prompt))["Were you on the last crossing?"][0] == "boilerplate"
