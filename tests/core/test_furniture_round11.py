"""Furniture of the eleventh round: comments under a "name · time" line, live-blog
controls and key-event links, player time bars, share rows naming more apps, notes
about the article itself, "| NAME" credits, app-store pitches, and menus told from
a story's list of places.

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
