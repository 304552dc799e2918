"""Furniture of the eleventh and twelfth rounds: comments under a "name · time" line
(or a name and a date with no separator), live-blog controls and key-event links,
player time bars, share rows, notes about the article itself, "| NAME" and
"AGENCY/Name" credits, app-store pitches, editor and tag labels, bylines closed by
an e-mail address, advert titles over a button, and menus told from a story's list
of places.

Every example is invented for this file, and each cue is checked both ways:
the furniture is caught, and a story sentence that looks like it stays story.
"""

from __future__ import annotations

from test_furniture_cues_more import assert_story_kept, kinds, page


def test_comment_under_a_name_and_time_line():
    thread = "\n".join(("Harbour_Watcher_77 · 2 hours ago", "Good riddance. The pier was a danger.",
                        "Reply · 47 likes", "OldSalt · 1 hour ago", "Shame.", "Reply · 3 likes"))
    result = kinds(page(thread))
    for text in ("Harbour_Watcher_77 · 2 hours ago", "Good riddance.", "The pier was a danger.", "Shame."):
        assert result[text] == ("boilerplate", "reader comment"), text
    assert_story_kept(result)


def test_story_line_with_a_name_and_a_time_stays_body():
    story = "The ferry left at 9am. It was the last crossing, the skipper said."
    result = kinds(page("Ferry log · March 3", story, "Reply to the council is due Friday."))
    assert all(kind == "body" for text, (kind, _) in result.items() if text in story)


def test_live_blog_controls_and_key_events():
    result = kinds(page("Key events\n• 4m ago  Tankers to run through the night\n• 1h ago  Repairs pushed back",
                        "Show key events only | Refresh for latest", "Pinned"))
    for text in ("Key events", "• 4m ago  Tankers to run through the night", "Show key events only | Refresh for latest",
                 "Pinned"):
        assert result[text] == ("boilerplate", "live blog"), text
    assert_story_kept(result)


def test_story_sentences_about_pins_and_events_stay_body():
    for story in ("Pinned under the wreck, the driver waited two hours for help.",
                  "Key events of the day were the vote and the walkout.",
                  "4m ago the tanker left the depot, the city said."):
        assert kinds(page(story))[story] == ("body", ""), story


def test_player_time_bar_and_share_row():
    result = kinds(page("▶ Play · 00:00 / 31:47 · Download", "Facebook Messenger X Viber Copy link", "Social Sharing"))
    assert result["▶ Play · 00:00 / 31:47 · Download"] == ("boilerplate", "media player")
    assert result["Facebook Messenger X Viber Copy link"] == ("boilerplate", "share buttons")
    assert result["Social Sharing"] == ("boilerplate", "share buttons")
    story = "The final score was 2-1, and the second goal came at 88:30 / 90:00 on the stadium clock."
    assert kinds(page(story))[story] == ("body", "")


def test_notes_about_the_article_itself():
    for note in ("This article was translated from the Portuguese original and edited by our English desk.",
                 "This essay is also available as an audio long read, narrated by the author.",
                 "This essay appears in the spring 2025 print issue of Hinterland."):
        assert kinds(page(note))[note] == ("boilerplate", "publication note"), note
    story = "This report was translated into six languages, the ministry said."
    assert kinds(page(story))[story] == ("body", "")


def test_pipe_credit_under_a_caption():
    caption = "A one-car train arrives at Harwick Point station on Feb. 3."
    result = kinds(page(f"{caption}\n| JAN NOVAK"))
    assert result["| JAN NOVAK"] == ("boilerplate", "image credit")
    assert result[caption] == ("boilerplate", "photo caption")
    assert_story_kept(result)


def test_app_store_pitch_and_story_about_an_app():
    pitch = "Download free on Google Play and the App Store."
    assert kinds(page(pitch))[pitch] == ("boilerplate", "reader prompt")
    story = "The ferry app, on the App Store and Google Play since 2019, sold 40,000 tickets last year."
    assert kinds(page(story))[story] == ("body", "")


def test_a_place_with_its_districts_is_no_menu():
    places = "• Soweto (Orlando, Diepkloof, Meadowlands, Dobsonville)\n• Lenasia and Lenasia South\n• Eldorado Park"
    result = kinds(page("The areas without water are:", places))
    assert result["• Soweto (Orlando, Diepkloof, Meadowlands, Dobsonville)"] == ("body", "")
    assert kinds(page("Home, News (Local), Sport, Business"))["Home, News (Local), Sport, Business"] == (
        "boilerplate", "navigation links")


# Round 12, tuned on set 12 (furniture_heldout11).

def test_comment_under_a_name_and_a_date_without_a_separator():
    thread = "\n".join(("4 Responses to “Ferry closure”", "Nana Yaa K. 17 February 2025 at 2:41 pm",
                        "We only heard about it from WhatsApp. Why so late?", "Reply · ♥ 23"))
    result = kinds(page(thread))
    assert result["4 Responses to “Ferry closure”"] == ("boilerplate", "comment prompt")
    assert result["We only heard about it from WhatsApp."] == ("boilerplate", "reader comment")
    assert result["Nana Yaa K. 17 February 2025 at 2:41 pm"] == ("boilerplate", "reader comment")
    assert_story_kept(result)


def test_labels_of_editors_tags_and_share_rows():
    result = kinds(page("Editor: Helen Wright, Marcus Turovski", "Tagged: ferries, Harwick, council",
                        "Share: WhatsApp X Facebook Copy link", "(Reporting by Jan Novak in Harwick; editing by Tim Roe)"))
    assert result["Editor: Helen Wright, Marcus Turovski"] == ("boilerplate", "byline")
    assert result["Tagged: ferries, Harwick, council"] == ("boilerplate", "topic tags")
    assert result["Share: WhatsApp X Facebook Copy link"] == ("boilerplate", "share buttons")
    assert result["(Reporting by Jan Novak in Harwick; editing by Tim Roe)"] == ("boilerplate", "byline")
    assert_story_kept(result)
    for story in ("Editor: that is what she called herself, though she never edited a line.",
                  "Share prices at Harwick Ferries fell 4% on the news."):
        assert kinds(page(story))[story] == ("body", ""), story


def test_byline_closed_by_an_email_address():
    byline = "By KURT ZAMMIT, Local Affairs Reporter ✉ kurt.zammit@harwickpost.co.uk"
    assert kinds(page(byline))[byline] == ("boilerplate", "byline")
    story = "By Monday, 300 people had written to ferries@harwick.gov.uk"
    assert kinds(page(story))[story][0] != "boilerplate"


def test_advert_title_over_a_button_in_capitals():
    title = "HARWICK MOTORS — 0% finance on all hybrids this July — Eastmoor showroom"
    result = kinds(page(title, "BOOK A TEST DRIVE"))
    assert result["BOOK A TEST DRIVE"] == ("boilerplate", "advert button")
    assert result[title] == ("boilerplate", "advertisement")
    assert_story_kept(result)


def test_agency_and_photographer_credit_but_not_a_kicker_with_a_slash():
    caption = "A restorer cleans the north wall of the chapel at Harwick Point on Monday."
    result = kinds(page(f"{caption}\nKNA/Levan Kvaratskhelia"))
    assert result["KNA/Levan Kvaratskhelia"] == ("boilerplate", "image credit")
    assert result[caption] == ("boilerplate", "photo caption")
    text = "\n\n".join(("MLS  /  HARWICK FC", "Harwick approves $480M stadium deal, clearing the way for a 2028 debut",
                        "The council voted 5-2 on Tuesday to approve the stadium deal for the new club.",
                        "Officials said building work would begin in the spring."))
    assert kinds(text)["Harwick approves $480M stadium deal, clearing the way for a 2028 debut"] == ("heading", "headline")
