"""Furniture of the tenth round: kickers over the headline, comment threads with
"Reply  Like (14)" buttons and user names, bylines of two writers or of "Story and
photos by", dates glued to "Updated", scoreboards, advert blocks closed by a button,
"More in ..." link lists, gallery counters opening a caption and "(Submitted by ...)".

Every example is invented for this file, and each cue is checked both ways:
the furniture is caught, and a story sentence that looks like it stays story.
"""

from __future__ import annotations

from test_furniture_cues_more import LEDE, STORY, assert_story_kept, kinds, page

from reader.core.furniture_dates import date_line


def test_kicker_in_capitals_over_the_headline_labels_the_page():
    text = "\n\n".join(("FERRY CLOSURE", "Ferry terminal to close after 90 years at Harwick Point", LEDE, STORY))
    result = kinds(text)
    assert result["FERRY CLOSURE"] == ("boilerplate", "above the headline")
    assert result["Ferry terminal to close after 90 years at Harwick Point"] == ("heading", "headline")


def test_headline_over_a_standfirst_stays_the_headline():
    headline = "Ferry terminal to close"
    standfirst = "Council says the pier at Harwick Point is beyond repair after 90 years of service"
    result = kinds("\n\n".join((headline, standfirst, LEDE, STORY)))
    assert result[headline] == ("heading", "headline")
    assert result[standfirst][0] == "heading"


def comment_thread() -> str:
    return "\n".join((
        "3 comments", "Sort by Newest", "harbourwatcher", "2 hrs ago",
        "Best news this town has had in years. Good riddance!", "Reply  Like (14)",
        "old_salt_77", "2 hrs ago", "They said the same about the bus depot.", "Reply  Like (9)",
        "Replying to old_salt_77", "MaryFromEastmoor", "1 hr ago", "Same. We will miss the crossing.", "Reply  Like (3)",
    ))


def test_comments_between_their_time_and_their_buttons_are_furniture():
    result = kinds(page(comment_thread()))
    for comment in ("Best news this town has had in years.", "They said the same about the bus depot.",
                    "Same.", "We will miss the crossing.", "old_salt_77", "Replying to old_salt_77", "MaryFromEastmoor"):
        assert result[comment] == ("boilerplate", "reader comment"), comment
    assert result["harbourwatcher"][0] == "boilerplate"
    assert_story_kept(result)


def test_a_user_name_under_a_label_is_a_line_of_its_own():
    result = kinds(page("Sort by Newest\nharbourwatcher"))
    assert "Sort by Newest" in result and "harbourwatcher" in result


def test_a_sentence_broken_over_lines_is_still_joined():
    for broken, joined in (("The council said the pier\nwas beyond repair.", "The council said the pier was beyond repair."),
                           ("Officials said\nnothing.", "Officials said nothing."),
                           ("dementia\nwalking", "dementia walking")):
        result = kinds(page(broken))
        assert any(" ".join(text.split()) == joined for text in result), broken


def test_a_story_paragraph_over_a_reply_without_a_posting_time_stays_body():
    story = "The ferry trust said it would reply to the council by Friday."
    result = kinds(page(story, "Reply  Like (3)"))
    assert result[story] == ("body", "")


def test_bylines_of_two_writers_and_of_story_and_photos():
    assert date_line("By DANA ROE and KARIM HADDAD Updated 4:18 PM GMT+2, March 20, 2025") == "byline"
    assert date_line("Story and photos by Nguyễn Thảo Vy · March 21, 2025 | 08:00 am GMT+7") == "byline"
    assert date_line("Reporting by Jan Novak & Maria Lund | June 3") == "byline"
    assert date_line("Police said the Updated figures were wrong") == ""


def test_a_date_glued_to_updated_is_still_a_dateline():
    assert date_line("March 20, 20259:47 AM GMT+1Updated 3 hours ago") == "dateline"


def test_scoreboard_strip_is_a_ticker():
    strip = ("SCORES   NCAAW  |  FINAL  Mont. St. 71  Idaho St. 64  |  FINAL  N. Arizona 58  Sac. St. 55"
             "  |  FINAL/OT  Weber St. 80  E. Wash. 77  |  7:00 PM MT  Montana vs. Portland St.")
    result = kinds(page(strip))
    strip_sentences = [text for text in result if text not in (LEDE, STORY) and "Mont." in text or "Weber" in text]
    assert strip_sentences and all(result[text] == ("boilerplate", "ticker") for text in strip_sentences)
    assert_story_kept(result)


def test_story_line_with_bars_and_scores_stays_body():
    story = ("Harwick won 3-1 at home, Eastmoor lost 2-0 away and the derby | the one everyone waited for | "
             "ended 1-1 after a late penalty.")
    result = kinds(page(story))
    assert all(kind == "body" for text, (kind, _) in result.items() if text in story)


def test_advert_block_closed_by_its_button():
    title, pitch = "Get your ferry farewell tickets", "Sail on the last crossing of the Estuary Queen. Tickets are on sale now."
    result = kinds(page(title, pitch, "BUY NOW"))
    assert result["BUY NOW"] == ("boilerplate", "advert button")
    assert result[title] == ("boilerplate", "advertisement")
    assert result["Sail on the last crossing of the Estuary Queen."] == ("boilerplate", "advertisement")
    assert_story_kept(result)


def test_story_paragraph_with_buy_talk_and_no_button_stays_body():
    story = "Buy now, pay later, the trust told passengers when it sold its last season tickets."
    quote = "“Get your tickets now,” the skipper shouted from the pier."
    result = kinds(page("Last sailings", story, quote))
    assert result[story] == ("body", "") and result[quote] == ("body", "")


def test_more_in_section_heads_a_list_of_links():
    result = kinds(page("More in Transport", "• Bus fares to rise in April\n• Eastmoor station to get lifts"))
    assert result["More in Transport"] == ("boilerplate", "related articles")
    assert result["• Bus fares to rise in April"] == ("boilerplate", "related link")
    assert_story_kept(result)


def test_gallery_counter_opens_a_caption():
    for caption in ("Item 1 of 2 The Estuary Queen at Harwick Point, May 4, 2025. HARWICK POST/Jan Novak/File Photo",
                    "[1/2]The Estuary Queen at Harwick Point, May 4, 2025."):
        result = kinds(page(caption))
        first = next(text for text in result if text.startswith(caption[:8]))
        assert result[first] == ("boilerplate", "photo caption"), caption
        assert_story_kept(result)


def test_caption_closed_by_a_submitted_credit():
    caption = "Smoke rises over the pier at Harwick Point on Wednesday afternoon."
    result = kinds(page(f"{caption} (Submitted by Jan Novak)"))
    assert result[caption] == ("boilerplate", "photo caption")
    story = "The photos were submitted by readers, the trust said."
    assert kinds(page(story))[story] == ("body", "")
