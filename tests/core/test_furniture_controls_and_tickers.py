"""Furniture cues of the seventh round: players' and links' arrows, tickers,
numbered advertisement slots, e-mail lines, all-capitals photo credits after a
caption, comment controls, cookie and paywall lines, wire publication notes,
and headings of link lists ("Latest", "In the same section").

Every example is invented for this file, and each cue is checked both ways:
the furniture is caught, and a story sentence that looks like it stays story.
"""

from __future__ import annotations

from test_furniture_cues_more import CLOSE, LEDE, STORY, assert_story_kept, ending, kinds, page

from reader.core.sentences import document_sentences, split_sentences


def _kind_of(result: dict[str, tuple[str, str]], start: str) -> str:
    return next(kind for text, (kind, _) in result.items() if text.startswith(start))


def test_arrows_mark_players_and_links():
    for line in ("LISTEN LIVE ▶", "▶ Play 00:00 / 18:42 1x Download", "Open an account in minutes →"):
        result = kinds(page(line))
        assert _kind_of(result, line[:8]) == "boilerplate", line
        assert_story_kept(result)


def test_ticker_and_date_strips_are_boilerplate():
    for line in ("NSE 20 2,187.45 ▲0.62% | NASI 132.18 ▲0.41% | USD/KES 129.20 | Brent $71.84",
                 "Monday, 3 March 2025 | Harwick 12°C | EUR/GBP 0.83 | Read in French",
                 "Episode 44 · 3 March 2025 · 18 min"):
        result = kinds(page(line))
        assert result[line] == ("boilerplate", "ticker"), line
        assert_story_kept(result)


def test_a_headline_with_bars_is_no_ticker():
    # Two halves, or long items: a headline and its section, not a strip of figures.
    for line in ("Ferry terminal to close in 2026 | Harwick news",
                 "Council votes 7-2 to close the terminal | Fares to rise | Campaigners plan an appeal"):
        assert kinds(page(line))[line][1] != "ticker", line


def test_numbered_advertisement_slots_and_continue_lines():
    for line in ("Advertisement 2", "Story continues below this ad",
                 "This advertisement has not loaded yet, but your article continues below.",
                 "Advertisement · Episode continues after this message"):
        result = kinds(page(line))
        assert result[line] == ("boilerplate", "advertisement"), line
        assert_story_kept(result)
    prose = "The story continues below the surface, in the flooded tunnels of the old mine."
    assert kinds(page(prose))[prose] == ("body", "")


def test_a_bare_email_address_is_the_byline_contact():
    for line in ("jdoe@harwickgazette.co.uk", "Email: ana.ruiz@coastal-record.com"):
        result = kinds(page(line))
        assert result[line] == ("boilerplate", "byline"), line
    told = "Readers can write to ferry@harwick.gov.uk before 1 June, the council said."
    assert kinds(page(told))[told] == ("body", "")


def test_a_caption_closed_by_a_credit_in_capitals():
    line = "Passengers leave the terminal on Monday. OSKAR LINDQVIST / HARWICK GAZETTE"
    result = kinds(page(line))
    assert result["Passengers leave the terminal on Monday."] == ("boilerplate", "photo caption")
    assert_story_kept(result)
    # Capitals in a story sentence are no credit: the line has no slash or bar between them.
    story = "The union's banner read SAVE OUR FERRY. Its members marched on Monday."
    assert kinds(page(story))["Its members marched on Monday."] == ("body", "")


def test_comment_controls_are_boilerplate():
    result = kinds(ending("Sort by Newest", "Show more comments", "Reply", "Report"))
    for line in ("Sort by Newest", "Show more comments", "Reply", "Report"):
        assert result[line][0] == "boilerplate", line
    assert_story_kept(result)


def test_cookie_partners_paywall_and_sign_up_lines():
    for line in ("The Harwick Gazette and its partners use cookies and similar technologies to store information "
                 "on your device.",
                 "Already a subscriber?",
                 "Sign up now",
                 "Thanks for signing up!",
                 "This report by The Coastal Press was first published March 3, 2025."):
        result = kinds(ending(line))
        assert result[line][0] == "boilerplate", line
        assert_story_kept(result)
    for prose in ("Local bakers and their partners use cookies from the same supplier, the council said.",
                  "Already a member of the ferry users' group, Ms Ruiz joined the campaign in May."):
        assert kinds(page(prose))[prose] == ("body", ""), prose


def test_subscribing_to_a_view_is_prose():
    prose = "Subscribe to that view and the terminal, which cost 4 million pounds, still has a future."
    assert kinds(page(prose))[prose] == ("body", "")
    pitch = "Subscribe to The Harwick Gazette from £1 a week."
    assert kinds(ending(pitch))[pitch][0] == "boilerplate"


def test_link_lists_under_latest_or_the_same_section():
    for heading in ("Latest", "In the same section", "More episodes"):
        result = kinds(ending(heading, "• Harwick bus fares to rise in April\n• Eastmoor school to merge next year"))
        assert result[heading][0] == "boilerplate", heading
        assert _kind_of(result, "• Harwick bus fares") == "boilerplate", heading
        assert_story_kept(result)


def test_a_capitalised_read_label_opens_a_teaser():
    line = "READ: Harwick ferry fares to rise by 10% in April"
    result = kinds(page(line))
    assert result[line][0] == "boilerplate"
    assert LEDE in result and STORY in result and CLOSE in result


def test_a_reading_time_after_a_label():
    line = "Subscribers only Time to read 5 min."
    assert kinds(page(line))[line] == ("boilerplate", "dateline")
    prose = "Most readers take about 5 minutes to read the council's report, officials said."
    assert kinds(page(prose))[prose] == ("body", "")


def test_a_subheading_heads_prose_or_a_list_and_a_label_heads_nothing():
    result = kinds(page("The cost of repairs", STORY.replace("Officials", "Engineers"),
                        "What happens next", "• Engineers inspect the pier\n• Ferries run until September"))
    assert result["The cost of repairs"] == ("heading", "subheading")
    assert result["What happens next"] == ("heading", "subheading")
    # Under a label: more labels and link titles, no prose.
    result = kinds(ending("Chapters", "Episode guide"))
    assert result["Chapters"] == ("boilerplate", "page label")
    assert_story_kept(result)


def test_a_caption_between_a_subheading_and_its_prose_keeps_the_subheading():
    text = page("The last crossing", "Passengers board the ferry. Photo: Jane Doe/Harwick Gazette",
                STORY.replace("Officials", "Engineers"))
    assert kinds(text)["The last crossing"] == ("heading", "subheading")


def test_a_readers_comment_between_its_time_and_its_reply_button():
    result = kinds(ending("Comments", "HarwickRambler", "2 hours ago",
                          "Ninety years of service and they close it in a week. Shameful.", "Reply", "Report"))
    assert result["Ninety years of service and they close it in a week."] == ("boilerplate", "reader comment")
    assert_story_kept(result)
    # A story line above a reply is no comment without the time it was posted above it.
    story = "The council will publish its reply to the campaigners on Friday."
    assert kinds(ending(story, "Reply"))[story] == ("body", "")


def test_the_attribution_under_a_pull_quote_that_repeats_a_whole_story_line():
    quote = "“We will fight this decision.”"
    text = page(quote, quote + "\n— Ana Ruiz, campaign organiser")
    copies = [(s.kind, s.reason) for s in split_sentences(text) if s.text == quote]
    assert copies == [("body", ""), ("boilerplate", "repeated line")]  # the story's line, then the pull quote
    result = kinds(text)
    assert result["— Ana Ruiz, campaign organiser"] == ("boilerplate", "pull quote")
    assert_story_kept(result)


# -- Eighth round ------------------------------------------------------------------------


def test_share_rows_consent_buttons_and_partner_notices():
    for line in ("Share on WhatsApp Share on Facebook Share on X Copy link Go to comments (96)",
                 "Accept all Reject all",
                 "We and our 847 partners store and access information on your device, such as cookies."):
        result = kinds(page(line))
        assert result[line][0] == "boilerplate", line
        assert_story_kept(result)
    prose = "We and our partners in the ferry users' group will meet the minister on Friday, Ms Ruiz said."
    assert kinds(page(prose))[prose] == ("body", "")


def test_affiliate_medical_and_gambling_small_print():
    for line in ("When you purchase through links on our site, we may earn an affiliate commission.",
                 "This content is for informational purposes only and is not a substitute for professional "
                 "medical advice.",
                 "New customers only.", "T&Cs apply.", "18+ BeGambleAware.org", "18+ only."):
        result = kinds(ending(line))
        assert result[line][0] == "boilerplate", line
        assert_story_kept(result)
    prose = "The ferry company said the new timetable was not a substitute for a proper service."
    assert kinds(page(prose))[prose] == ("body", "")


def test_comment_form_and_feedback_widget():
    for line in ("Your email address will not be published.", "Required fields are marked *",
                 "Save my name, email, and website in this browser for the next time I comment.",
                 "Was this article helpful?"):
        result = kinds(ending(line))
        assert result[line][0] == "boilerplate", line
        assert_story_kept(result)


def test_a_comment_with_its_name_time_and_buttons_in_a_row():
    result = kinds(ending("Comments", "PierWatcher88", "29 March 2025, 5:31pm",
                          "Should have been saved years ago. Typical council.", "Reply  |  👍 12"))
    assert result["Should have been saved years ago."] == ("boilerplate", "reader comment")
    assert result["PierWatcher88"] == ("boilerplate", "reader comment")
    assert_story_kept(result)


def test_a_reference_list_and_its_title():
    result = kinds(ending("Sources", "1. Doe J, et al. Ferry use on English estuaries. J Transp Hist. 2024;12(4):311-322.",
                          "2. Harwick Council. Ferry terminal review. Updated March 2025."))
    assert result["Sources"][0] == "boilerplate"
    assert _kind_of(result, "1. Doe J, et al.") == "boilerplate"
    assert _kind_of(result, "2. Harwick Council.") == "boilerplate"
    assert_story_kept(result)
    story = "1. The council will publish its final plan, updated in March 2025."
    assert kinds(page("What happens next", story))[story] == ("body", "")


def test_a_ticker_split_by_wide_gaps():
    line = "FTSE 100  8,302.1  +0.4%   GBP/EUR  1.18   Brent  $71.84"
    result = kinds(page(line))
    assert result[line] == ("boilerplate", "ticker")
    assert_story_kept(result)
    # A hard-wrapped story line may keep two spaces after a word; it has no figures to speak of.
    story = "Campaigners  said they  would appeal"
    assert kinds(page(story))[story][1] != "ticker"


def test_a_short_first_sentence_under_a_subheading_is_prose():
    text = page("The last crossing", "Tickets sold out.", STORY.replace("Officials", "Engineers"))
    assert kinds(text)["The last crossing"] == ("heading", "subheading")


def test_heading_shaped_lines_above_the_headline_label_the_page():
    top = ("Harwick's daily since 1931", "On air now: Morning Ferry Report · Next: Harbour Hour at 09:00",
           "Harwick ferry terminal to close after 90 years as council votes to cut losses")
    result = kinds("\n\n".join((*top, LEDE, STORY, CLOSE)))
    assert result[top[2]] == ("heading", "headline")  # the longest, and no strip of items
    assert result[top[0]] == ("boilerplate", "above the headline")
    assert result[top[1]][0] == "boilerplate"
    assert_story_kept(result)


def test_a_lede_between_its_dateline_and_the_share_buttons_is_no_comment():
    result = kinds("Ferry terminal to close after 90 years\n\nUpdated 2 hours ago\n\n" + LEDE + "\n\nShare\n\n"
                   + STORY + "\n\n" + CLOSE)
    assert_story_kept(result)


def _loaded_kinds(tmp_path, name: str, content: str) -> dict[str, tuple[str, str]]:
    from reader.core.document import load_document

    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    doc = load_document(path)
    return {s.text: (s.kind, s.reason) for s in document_sentences(doc)}


def test_the_markups_headings_are_headings_even_as_questions(tmp_path):
    markdown = "\n\n".join(("# Ferry terminal to close", LEDE, "## Why is it closing?", STORY,
                            "## What happens next?", CLOSE))
    result = _loaded_kinds(tmp_path, "story.md", markdown)
    assert result["Why is it closing?"] == ("heading", "subheading")
    assert result["What happens next?"] == ("heading", "subheading")
    assert_story_kept(result)
    html = (f"<html><body><article><h1>Ferry terminal to close</h1><p>{LEDE}</p><h2>Why is it closing?</h2>"
            f"<p>{STORY}</p><p>Why now?</p><p>{CLOSE}</p></article></body></html>")
    result = _loaded_kinds(tmp_path, "story.html", html)
    assert result["Why is it closing?"] == ("heading", "subheading")
    assert result["Why now?"] == ("body", "")  # a question in a paragraph is the story's
    assert_story_kept(result)


def test_a_live_blog_time_ending_in_pm_is_a_dateline():
    result = kinds(page("5:40 p.m.", "Harwick Point: the last ferry has left the pier."))
    assert result["5:40 p.m."] == ("boilerplate", "dateline")
    prose = "The last ferry left at 5:40 p.m."
    assert kinds(page(prose))[prose] == ("body", "")


def test_author_bios_naming_the_outlet_without_the_or_with_name_particles():
    for byline, bio in (("By Kofi Mensah", "Kofi Mensah is Harwick Gazette's senior transport writer."),
                        ("By Pieter van den Broek", "Pieter van den Broek is the Gazette's Europe correspondent."),
                        ("By Ana Ruiz", "About the authors: Ana Ruiz covers transport for the Gazette.")):
        result = kinds("\n\n".join(("Ferry terminal to close after 90 years", byline, LEDE, STORY, CLOSE, bio,
                                    "© 2025 Harwick Gazette")))
        assert result[bio] == ("boilerplate", "author bio"), bio
        assert_story_kept(result)
    # The story may say who someone is: not a bio of the writer.
    story = "Marta de la Cruz is Spain's leading ferry historian and a former engineer, she said."
    assert kinds(ending(story, "More information"))[story] == ("body", "")


def test_a_long_advert_under_its_label_a_paywall_meter_and_a_dashed_editing_credit():
    advert = ("ADVERTISEMENT | BET ON THE FERRY DERBY: Harwick 2.10 | Draw 3.05 | Eastmoor 3.40 | "
              "New customers get a £20 free bet. T&Cs apply. 18+ only. Gamble responsibly.")
    meter = "You have read 2 of your 3 free articles this month. Subscribe now for unlimited access."
    for line in (advert, meter, "--Editing by Marisa Chen."):
        result = kinds(ending(line))
        first = next(text for text in result if line.startswith(text))
        assert result[first][0] == "boilerplate", line
        assert_story_kept(result)
    prose = "You have read about the ferry in the Gazette for years, the captain told passengers."
    assert kinds(page(prose))[prose] == ("body", "")


def test_a_story_paragraph_after_an_advert_is_not_taken_for_another_story():
    # New names and words, right under an advert: adverts sit between a story's own paragraphs.
    fresh = ("The sale comes at a difficult moment for the Estuary Queen's owners, who have been hit by falling "
             "timber receipts and a dispute with their former insurer in Bristol.")
    result = kinds(page("ADVERTISEMENT | Cruise the estuary this summer: tickets from £9. T&Cs apply.", fresh))
    assert result[fresh] == ("body", "")
    assert_story_kept(result)
