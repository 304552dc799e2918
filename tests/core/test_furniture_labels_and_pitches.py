"""Furniture cues of the fourth round: teaser labels in capitals, print pointers
("Full story on page 9"), comment rules, money pitches, bylines with a bar,
hashtag rows, time zones after a clock time, and bios naming the outlet.

Every example is invented for this file, and each cue is checked both ways:
the furniture is caught, and a story sentence that looks like it stays story.
"""

from __future__ import annotations

from test_furniture_cues_more import CLOSE, LEDE, STORY, assert_story_kept, ending, kinds, page


def test_teaser_under_a_label_in_capitals_is_boilerplate_even_when_it_quotes():
    for teaser in ("ALSO IN THE HARWICK GAZETTE: The town's new library will not open until spring. "
                   "The council says it is \"disappointed\" by the delay.",
                   "IN OTHER NEWS: Two schools in Eastmoor will merge next year, the trust said.",
                   "RELATED STORY: Harwick ferry fares to rise by 10% in April"):
        result = kinds(page(teaser))
        first = next(text for text in result if text.startswith(teaser[:12]))
        assert result[first] == ("boilerplate", "teaser"), teaser
        assert_story_kept(result)


def test_story_paragraphs_opening_in_capitals_stay_body():
    for paragraph in ("HARWICK (Reuters) - The ferry operator said on Tuesday it would appeal the decision.",
                      "ALSO ON MONDAY, the council approved a new bus route to the terminal.",
                      "BREAKING: The council has voted to keep the terminal open until December."):
        assert kinds(page(paragraph))[paragraph] == ("body", ""), paragraph


def test_teaser_closed_by_a_pointer_to_the_print_page():
    teaser = ("Elsewhere in Eastmoor: The rugby club signed two players from Wales on Tuesday. "
              "Both will play on Saturday. Full story on page 9.")
    result = kinds(page(teaser))
    assert result["Elsewhere in Eastmoor: The rugby club signed two players from Wales on Tuesday."] == (
        "boilerplate", "teaser")
    assert kinds(page("Full story here."))["Full story here."][0] == "boilerplate"
    # Without a pointer, "Elsewhere in ..." opens story paragraphs too.
    story = "Elsewhere in Eastmoor: the bus depot will also close, the council said."
    assert kinds(page(story))[story] == ("body", "")
    told = "The full story of the rescue was told later by the ferry's captain."
    assert kinds(page(told))[told] == ("body", "")


def test_comment_rules_without_you():
    rules = ("Comments are the sole responsibility of their authors.",
             "Be respectful. Comments that break our community rules will be removed.",
             "Be the first to comment")
    result = kinds(ending(*rules))
    for paragraph in rules:
        for text, (kind, _) in result.items():
            if text in paragraph:
                assert kind == "boilerplate", text
    assert_story_kept(result)


def test_story_sentences_about_removing_comments_stay_body():
    for line in ("Comments made by the minister will be removed from the official record.",
                 "Comments that break the new law will be removed within 24 hours, the regulator says."):
        assert kinds(ending(line))[line] == ("body", ""), line


def test_the_outlet_asking_for_money_is_a_reader_prompt():
    for pitch in ("Support independent journalism.",
                  "Help keep the Gazette independent. Donate from £3 a month.",
                  "Become a Gazette Insider from £5 a month and read without ads."):
        result = kinds(ending(pitch))
        first = next(text for text in result if text.startswith(pitch[:12]))
        assert result[first] == ("boilerplate", "reader prompt"), pitch
        assert_story_kept(result)


def test_story_sentences_about_support_and_prices_stay_body():
    for line in ("Support for independent journalism has fallen in every region since 2019.",
                 "Subscribers pay from £5 a month for the service.",
                 "Support the ferry workers, the union urged passengers on Tuesday.",
                 "Members join from the age of 16 and pay nothing for the first year."):
        assert kinds(ending(line))[line] == ("body", ""), line


def test_byline_with_names_and_date_split_by_a_bar():
    byline = "By Ana Ruiz and Oskar Lindqvist of the Harwick Gazette | Published 2024/07/09 14:20 |"
    result = kinds("\n\n".join(("Ferry terminal to close after 90 years", byline, LEDE, STORY, CLOSE)))
    assert result[byline] == ("boilerplate", "byline")
    assert_story_kept(result)
    heading = "By the numbers | How the ferry lost money"
    assert kinds(page(heading))[heading][1] != "byline"


def test_hashtag_row_is_a_tag_line():
    row = "#Ferries #Harwick #LocalCouncil #Transport"
    result = kinds(ending(row))
    assert result[row] == ("boilerplate", "topic tags")
    story = "The campaign, #SaveTheFerry, was shared 20,000 times on Tuesday."
    assert kinds(page(story))[story] == ("body", "")


def test_date_lines_with_a_time_zone_after_the_clock_time():
    for line in ("04/06/2024 - 11:47 CLT  |  Reading time: 5 min", "May 22, 2024 | 6:05 AM PHT"):
        result = kinds("\n\n".join(("Ferry terminal to close after 90 years", line, LEDE, STORY, CLOSE)))
        assert result[line] == ("boilerplate", "dateline"), line
        assert_story_kept(result)


def test_bio_naming_the_outlet_as_owner_of_the_role():
    byline, bio = "Declan Ó Fathaigh", "Declan Ó Fathaigh is the Harwick Gazette's islands correspondent."
    more = "He joined the paper in 2016."
    text = "\n\n".join(("Ferry terminal to close after 90 years", byline, "Tue 14 May 2024 at 19:32",
                       LEDE, STORY, CLOSE, bio, more))
    result = kinds(text)
    assert result[bio] == ("boilerplate", "author bio")
    assert result[more] == ("boilerplate", "author bio")
    assert_story_kept(result)
    # Someone in the story described the same way is story.
    person = "Mia Holt is the Gazette's former ferry correspondent and now runs the ferry trust."
    assert kinds(ending(person, "The trust meets on Monday."))[person] == ("body", "")


# -- Round five: galleries, disclosures, corrections, sponsored items, bylines with roles ------


def test_gallery_counter_and_page_controls():
    result = kinds(page("3 of 12", "View all", "Click to print (Opens in new window)"))
    assert result["3 of 12"][0] == "boilerplate"
    assert result["View all"][0] == "boilerplate"
    assert result["Click to print (Opens in new window)"][0] == "boilerplate"
    assert_story_kept(result)
    story = "Only 3 of 12 ferries ran on time in May."
    assert kinds(page(story))[story] == ("body", "")


def test_comment_section_notices_and_disclaimers():
    lines = ("Share or comment on this article:",
             "The comments below have not been moderated.",
             "The views expressed in the contents above are those of our users and do not necessarily "
             "reflect the views of the Gazette.")
    result = kinds(ending(*lines))
    for line in lines:
        assert result[line][0] == "boilerplate", line
    assert_story_kept(result)
    said = "The views expressed by the panel do not necessarily reflect government policy, the minister said."
    assert kinds(page(said))[said] == ("body", "")


def test_disclosures_and_corrections():
    lines = ("Disclosure: The Gazette may earn a commission when you buy through links on our site.",
             "The author does not hold shares in any company mentioned in this article.",
             "This story has been corrected to show that the pier cost 4 million pounds, not 40 million.",
             "Update, March 6, 10:40 AM GMT: This article has been updated with a statement from the council.")
    result = kinds(ending(*lines))
    for line in lines:
        assert result[line][0] == "boilerplate", line
    assert_story_kept(result)
    for story in ("Brokers may earn a commission of up to 5% on each ticket, the regulator said.",
                  "The ministry said this report was updated with figures from 2023."):
        assert kinds(page(story))[story] == ("body", ""), story


def test_list_items_closed_by_their_sponsor():
    for item in ("• Five questions to ask before refinancing your home Sponsored by Harbourline Wealth",
                 "• How trustees are rethinking their exposure to resources Paid content"):
        result = kinds(ending(item))
        assert result[item] == ("boilerplate", "advertisement"), item
    story = "The regatta, sponsored by Harbourline Wealth, drew 40 boats."
    assert kinds(page(story))[story] == ("body", "")


def test_long_copyright_notice_after_all_rights_reserved():
    notice = ("All rights reserved. This material, and other digital content on this website, may not be "
              "reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior "
              "express written permission from the Harwick Gazette.")
    result = kinds(ending(notice))
    assert all(kind == "boilerplate" for text, (kind, _) in result.items() if text in notice)
    story = "The photographs may not be reproduced without permission, the court ruled on Tuesday."
    assert kinds(page(story))[story] == ("body", "")


def test_bylines_with_roles_handles_and_reading_time():
    for byline in ("By Marie-Claude Tremblay and Owen Kaye, Staff Writers",
                   "By Ana Ruiz (@anaruiz@news.social) · Mar 5, 2025, 8:14 AM GMT · 6 min read"):
        result = kinds("\n\n".join(("Ferry terminal to close after 90 years", byline, LEDE, STORY, CLOSE)))
        assert result[byline] == ("boilerplate", "byline"), byline
        assert_story_kept(result)
    handle = kinds("\n\n".join(("Ferry terminal to close after 90 years", "Ana Ruiz", "@anaruiz_hg",
                                "Published on: 15 Jan 2025 - 07:30 | Last updated: 15 Jan 2025 - 11:02",
                                LEDE, STORY, CLOSE)))
    assert handle["@anaruiz_hg"][0] == "boilerplate"
    assert handle["Published on: 15 Jan 2025 - 07:30 | Last updated: 15 Jan 2025 - 11:02"] == (
        "boilerplate", "dateline")


def test_prompts_with_kindly_or_a_tip_channel_and_bios_with_a_label():
    prompts = ("Kindly follow our WhatsApp channel for the latest news updates.",
               "Send tips via Signal at anaruiz.42.")
    result = kinds(ending(*prompts))
    for line in prompts:
        assert result[line] == ("boilerplate", "reader prompt"), line
    bio = "About the author: Ana Ruiz is the Harwick Gazette's transport editor."
    text = "\n\n".join(("Ferry terminal to close after 90 years", "By Ana Ruiz", LEDE, STORY, CLOSE, bio))
    assert kinds(text)[bio] == ("boilerplate", "author bio")
    role = "Ana Ruiz is a Principal Correspondent with The Harwick Gazette covering transport"
    text = "\n\n".join(("Ferry terminal to close after 90 years", "By Ana Ruiz", LEDE, STORY, CLOSE, role))
    assert kinds(text)[role] == ("boilerplate", "author bio")
    said = "Send tips via Signal, the agency told informants on Tuesday."
    assert kinds(page(said))[said] == ("body", "")


def test_related_labels_with_a_bar_or_a_noun():
    result = kinds(page("ALSO READ | Harwick ferry fares to rise by 10% in April", "MOST READ NEWS",
                        "Council approves new bus route"))
    assert result["ALSO READ | Harwick ferry fares to rise by 10% in April"][0] == "boilerplate"
    assert result["MOST READ NEWS"] == ("boilerplate", "related articles")
    assert_story_kept(result)


def test_caption_with_a_screenshot_credit():
    caption = "Turning off discovery blocks the attack on old versions. Screenshot: The Harwick Gazette"
    result = kinds(page(caption))
    assert all(kind == "boilerplate" for text, (kind, _) in result.items() if text in caption)
    assert_story_kept(result)


# -- Round six: pull quotes, corrections with a date, media and sign-in controls ---------------


def test_pull_quote_repeating_the_story_and_its_attribution():
    said = "“The pier was falling into the sea,” said Ana Ruiz, who chairs the ferry trust."
    pull = "“The pier was falling into the sea.”"
    result = kinds(page(said, pull, "Ana Ruiz, ferry trust chair"))
    assert result[pull] == ("boilerplate", "pull quote")
    assert result["Ana Ruiz, ferry trust chair"] == ("boilerplate", "pull quote")
    assert result[said] == ("body", "")
    assert_story_kept(result)


def test_quotations_said_once_or_quoted_in_a_subheading_stay():
    alone = "“We will keep fighting for this ferry until the last sailing.”"
    said = "“The pier was falling into the sea,” said Ana Ruiz, who chairs the ferry trust."
    subhead = "'Falling into the sea'"
    result = kinds(page(alone, said, subhead, "The trust meets again on Monday to plan its next steps."))
    assert result[alone] == ("body", "")
    assert result[subhead][0] == "heading"


def test_a_pull_quote_whose_partner_is_linked_to_the_story_line_stays_furniture():
    # The page gives the quotation twice; the other source's line is the story line's partner, and linking
    # it to the pull quote as well would read as two claims corroborated (see compare.py).
    from reader.core.compare import compare
    from reader.core.document import document_from_text

    said = "“The pier was falling into the sea,” said Ana Ruiz, who chairs the ferry trust."
    pull = "“The pier was falling into the sea.”"
    doc_a = document_from_text(page(said, pull))
    doc_b = document_from_text(page("“The pier was falling into the sea,” Ruiz told reporters on Tuesday."))
    comparison = compare(doc_a, doc_b)
    pulled = next(s for s in comparison.a_sentences if s.text == pull)
    story = next(s for s in comparison.a_sentences if s.text == said)
    assert pulled.kind == "boilerplate" and not any(link.a == pulled.index for link in comparison.links)
    assert any(link.a == story.index for link in comparison.links)


def test_corrections_opening_with_a_date():
    note = ("Correction, March 15, 2025: An earlier version of this article said the ferry began sailing in 1913. "
            "It began in 1931.")
    result = kinds(ending(note))
    assert all(kind == "boilerplate" for text, (kind, _) in result.items() if text in note)
    story = "Correction officers at the prison said the transfer would begin on Monday."
    assert kinds(page(story))[story] == ("body", "")


def test_media_controls_and_skip_links():
    lines = ("Video duration 02:31", "Now Playing", "Up Next: Harwick council approves bus route",
             "Skip to main content · Skip to navigation", "Photo 2 of 5")
    result = kinds(page(*lines))
    for line in lines:
        assert result[line][0] == "boilerplate", line
    assert_story_kept(result)
    story = "Up next for the council is a vote on the harbour budget in June."
    assert kinds(page(story))[story] == ("body", "")


def test_sign_in_controls_and_relative_dates():
    top = ("by: Marcus Webb, Shelby Greer", "Updated 4m ago · First published on Sat 8 Mar 2025 06.10 AEST",
           "Facebook X WhatsApp 14 comments")
    end = ("Edited by: Sean Sinclair", "Topics:", "Log in | Subscribe", "Sign up", "Enter your e-mail")
    result = kinds("\n\n".join(("Ferry terminal to close after 90 years", *top, LEDE, STORY, CLOSE, *end)))
    for line in top + end:
        assert result[line][0] == "boilerplate", line
    assert_story_kept(result)
    story = "Facebook, X and WhatsApp carried 14 comments from the mayor on Tuesday."
    assert kinds(page(story))[story] == ("body", "")


def test_weather_box_readings_are_furniture_and_story_temperatures_stay():
    lines = ("High 68°", "Low 44°", "41°F Cloudy", "Today: Sunny, breezy.", "Tonight: Partly cloudy.",
             "Sunday: Partly cloudy. High 72°")
    result = kinds(page(*lines))
    for line in lines:
        for text, kind in result.items():
            if text in line:
                assert kind == ("boilerplate", "weather box"), text
    assert_story_kept(result)
    for story in ("Temperatures reached a high of 68° on Saturday as crews cleared the pier.",
                  "Today: the council meets to decide the terminal's future."):
        assert kinds(page(story))[story] == ("body", ""), story
