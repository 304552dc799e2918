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
