"""Sentences and page furniture on a QA pass's invented news pairs: place names opened by an
abbreviation ("The MV Sta. Rosa Star", "Sault Ste. Marie"), a newsletter saved as text with its mail
header lines, a live blog's housekeeping and team credit, a newsletter's other items of the day, and
a related story's question title under its date.  Every page here is invented."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text, load_document
from reader.core.sentences import split_sentences
from sentence_kinds import assert_furniture, assert_story_kept, by_text


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


# -- Abbreviations that open a place's or a person's name ------------------------------------------


@pytest.mark.parametrize("sentence", [
    "The MV Sta. Rosa Star sank at about 4.40am, 2 nautical miles off the coast.",
    "She grew up in Sault Ste. Marie, Ontario, and moved south in 1998.",
    "Pilgrims filled the Sto. Niño basilica in Cebu on Sunday.",
    "Officials in Brgy. San Isidro said 40 homes were lost.",
    "The bus left the Pt. Reyes station at noon.",
    "Rangers closed the road to Pt. Reyes on Tuesday.",
    "STA. ROSA officials said the ferry was overloaded.",
    # An abbreviation without a vowel is no word: before a capitalised name it opens the name.
    "He served with Pvt. Ann Ode in the same unit.",
    "The march through Cd. Juárez drew thousands.",
])
def test_an_abbreviation_opening_a_name_ends_no_sentence(sentence):
    follow = "Rescuers worked through the night."
    assert texts(f"{sentence} {follow}") == [sentence, follow]


@pytest.mark.parametrize("first, second", [
    ("He moved to St. Louis.", "Police said he left in May."),
    ("The bus left from Pt. Reyes.", "Rangers closed the road."),
    ("The crash happened on Elm Ct.", "Witnesses described a loud bang."),  # closes an address
    ("The parcel weighed 12 Kg.", "Customs seized it."),  # a unit after its number
    ("The store opened at 9 a.m. PT.", "The company said nothing."),  # a time zone in capitals
])
def test_a_sentence_that_ends_after_the_name_or_the_abbreviation_still_ends(first, second):
    assert texts(f"{first} {second}") == [first, second]


def test_two_reports_of_a_ferry_named_sta_rosa_link_whole_sentences_and_show_their_conflicts():
    a = document_from_text("Ferry sinks\n\nThe MV Sta. Rosa Star sank at about 4.40am, 2 nautical miles off the coast.\n")
    b = document_from_text("Ferry sinks\n\nThe MV Sta. Rosa Star sank shortly before 3am, about 8km off the coast.\n")
    comparison = compare(a, b)
    (link,) = comparison.links
    assert comparison.a_sentences[link.a].text.startswith("The MV Sta. Rosa Star sank")
    assert comparison.b_sentences[link.b].text.startswith("The MV Sta. Rosa Star sank")
    assert [(x.surface, y.surface) for x, y in link.numbers.conflict] == [("4.40am", "3am"), ("2 nautical miles", "8km")]


# -- A newsletter saved as text, its mail header lines on top ---------------------------------------

NEWSLETTER = (
    "From: The Morning Ledger <briefing@morningledger.example>\n"
    "Subject: Halvard to cut 2,100 jobs | The Morning Ledger\n"
    "Date: Thu, 30 Oct 2025 06:15:00 +0000\n"
    "\n"
    "Halvard plans to eliminate about 2,100 positions in its European road haulage business.\n"
    "\n"
    "The stock dropped 6.5 per cent in after-hours trade.\n"
)


def test_a_newsletter_saved_as_text_is_headed_by_its_subject_and_its_header_lines_are_furniture(tmp_path):
    path = tmp_path / "briefing.txt"
    path.write_text(NEWSLETTER, encoding="utf-8")
    document = load_document(path)
    # The subject without its label, nor the newsletter's name after it (as a saved .eml reads).
    assert document.title == "Halvard to cut 2,100 jobs"
    assert document.text == NEWSLETTER  # a text file's offsets still point into the file
    result = by_text(document.text)
    assert_furniture(result, ("From: The Morning Ledger <briefing@morningledger.example>",
                              "Subject: Halvard to cut 2,100 jobs | The Morning Ledger",
                              "Date: Thu, 30 Oct 2025 06:15:00 +0000"), "mail header")
    assert_story_kept(result, ("Halvard plans to eliminate about 2,100 positions in its European road haulage business.",
                               "The stock dropped 6.5 per cent in after-hours trade."))
    assert document_from_text(NEWSLETTER).title == "Halvard to cut 2,100 jobs"  # pasted, the same


def test_a_story_that_opens_with_a_label_line_or_two_is_no_mail():
    for text in ("From: our correspondent in Manila\n\nThe ferry sank before dawn on Saturday, the coast guard said.\n",
                 "Storm closes ports\nDate: 3 May 2025\n\nThe ports of the north coast closed on Friday.\n",
                 "Subject: Budget\nThe council met on Monday.\n\nIt approved the budget.\n"):
        assert by_text(text).get("From: our correspondent in Manila", ("", ""))[1] != "mail header"
        assert all(reason != "mail header" for _, reason in by_text(text).values())
    assert document_from_text("Storm closes ports\nDate: 3 May 2025\n\nThe ports closed on Friday.\n").title == (
        "Storm closes ports")


# -- A live blog's housekeeping and its team credit -------------------------------------------------

LIVE_BLOG = "\n".join((
    "LIVE",
    "Ferry sinking off Calapan: rescue operation under way",
    "Coastal Herald live team",
    "Last updated: 11:20 local time, Saturday 22 March 2025",
    "",
    "Key points",
    "- The MV Sta. Rosa Star sank off the coast of Mindoro early on Saturday",
    "- At least 27 people died, coast guard says",
    "",
    "Refresh for updates",
    "",
    "11:20",
    "Coast guard spokesman Commander Marites Ocampo has just given the latest figures. At least 27 people died in "
    "the sinking, she said.",
    "",
    "10:30",
    "A quick recap for readers just joining us. The ferry, carrying 312 passengers and crew, left Batangas port at "
    "1am on Saturday.",
    "",
    "07:05",
    "Welcome to our live coverage. We are getting reports of a passenger ferry in difficulty off the coast of "
    "Mindoro. We will bring you updates as we get them.",
    "",
))


def test_a_live_blogs_welcome_recap_and_promise_of_updates_are_furniture_and_its_news_is_kept():
    result = by_text(LIVE_BLOG)
    assert_furniture(result, ("Welcome to our live coverage.", "A quick recap for readers just joining us.",
                              "We will bring you updates as we get them.", "Refresh for updates"), "live blog")
    assert_story_kept(result, (
        "We are getting reports of a passenger ferry in difficulty off the coast of Mindoro.",
        "The ferry, carrying 312 passengers and crew, left Batangas port at 1am on Saturday.",
        "At least 27 people died in the sinking, she said.",
        "- The MV Sta. Rosa Star sank off the coast of Mindoro early on Saturday",
        "- At least 27 people died, coast guard says"))


def test_the_same_words_with_news_after_them_or_quoted_stay_story():
    story = ("If you're just joining us, the death toll has risen to 27.",
             '"We will bring you updates as we get them," the coast guard told families at the pier.',
             "Welcome to Calapan, the sign at the pier reads, in four languages.")
    assert_story_kept(by_text(LIVE_BLOG + "\n" + "\n\n".join(story)), story)


def test_a_live_pages_team_credit_is_its_byline_not_its_standfirst():
    assert by_text(LIVE_BLOG)["Coastal Herald live team"] == ("boilerplate", "byline")
    other = document_from_text("Ferry sinking off Calapan\nThe ferry sank before dawn, the coast guard said.\n\n"
                               "At least 27 people died in the sinking, the coast guard said.\n")
    comparison = compare(document_from_text(LIVE_BLOG), other)
    assert comparison.standfirsts is None


# -- A newsletter's other items of the day ----------------------------------------------------------


def test_a_newsletters_other_items_of_the_day_are_furniture_and_the_story_above_them_is_kept():
    story = ("Halvard Logistics said late on Wednesday that revenue rose 13 per cent to $4.28bn.",
             "Then came the bad news: Halvard plans to eliminate about 2,100 positions.")
    text = "\n\n".join((
        "TODAY'S LEAD: HALVARD PICKS ROBOTS OVER TRUCKS", *story, "-" * 40,
        "ALSO TODAY\n\n* Central bank minutes due at 2pm\n* Retail sales figures for September\n"
        "* Earnings: Brightwater Foods, Oakline Energy", "-" * 40,
        "You are receiving this email because you subscribed to The Morning Ledger."))
    result = by_text(text)
    assert result["ALSO TODAY"] == ("boilerplate", "related articles")
    assert_furniture(result, ("* Central bank minutes due at 2pm", "* Retail sales figures for September",
                              "* Earnings: Brightwater Foods, Oakline Energy"), "related link")
    assert_story_kept(result, story)


# -- A related story's question title under its date ------------------------------------------------


def test_a_question_title_under_the_last_titles_date_is_one_more_related_link():
    text = ("Heatwave in Spain\n\n"
            "The weather agency has kept its red alert in place until Friday in Córdoba and Jaén.\n\n"
            "Hospitals admitted 1,840 people with heat-related illness.\n\n"
            "More on this story\n\n"
            "Is Europe ready for 50C summers?\nPublished 3 days ago\n\n"
            "What does a red weather warning mean?\nPublished 12 July\n")
    result = by_text(text)
    assert_furniture(result, ("Is Europe ready for 50C summers?", "What does a red weather warning mean?"),
                     "related link")
    assert_story_kept(result, ("Hospitals admitted 1,840 people with heat-related illness.",))


HEATWAVE_PAGE = "\n\n".join((
    "Heatwave: Spain's south swelters as hospital admissions soar",
    "More than 2,300 patients have been admitted to hospitals in Andalusia with heat-related conditions over the "
    "past week, regional officials said.",
    "The temperature at Seville airport reached 42.1C on Tuesday, the hottest day of the year so far.",
    "Eleven people have died as a result of the heat this month, according to the regional health service.",
    "Emergency admissions are up 28 per cent compared with the same week in 2024, with people over 75 the worst "
    "affected.",
    "Health minister Siobhan Carrigan said hospital staff were working flat out during a visit to the Virgen del "
    "Rocío hospital.",
    "Related Topics\nSpain\nHeatwaves",
    "AEMET, the state weather agency, has kept its red alert in place until Friday, warning that Córdoba and Jaén "
    "could again see 40 degrees Celsius on Thursday.",
    "Sixty cooling centres have been set up in libraries and community buildings across the region.",
    "Public swimming pools in Andalusia will stay open until 10pm, the regional health service said.",
    "People have been told to avoid going outside between midday and 6pm and to drink plenty of water.",
    "More on this story",
    "Is Europe ready for 50C summers?\nPublished 3 days ago",
    "Why are Greek islands burning again?\nPublished 12 July",
))


def test_a_story_paragraph_under_a_topics_box_amid_the_story_is_kept():
    # It shares no word with the rest of the page: under a teaser's title it would be a teaser, but
    # topic tags ("Spain", "Heatwaves") are no teaser's title, and the story goes on under it.
    result = by_text(HEATWAVE_PAGE)
    assert_story_kept(result, (
        "AEMET, the state weather agency, has kept its red alert in place until Friday, warning that Córdoba and "
        "Jaén could again see 40 degrees Celsius on Thursday.",
        "Sixty cooling centres have been set up in libraries and community buildings across the region."))
    assert_furniture(result, ("Spain", "Heatwaves", "Is Europe ready for 50C summers?",
                              "Why are Greek islands burning again?"))
