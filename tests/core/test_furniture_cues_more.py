"""More general furniture cues: captions with their credit, bylines, dates, link lists, notices.

Every example here is invented for this file (the gold pages in
tests/data/furniture stay a held-out measure), and each cue is checked both
ways: the furniture line is caught, and a story sentence that looks like it
stays story text.
"""

from __future__ import annotations

from reader.core.sentences import split_sentences

LEDE = (
    "The regional council voted on Tuesday to close the old ferry terminal at Harwick Point, "
    "ending a service that has carried passengers across the estuary since 1931."
)
STORY = (
    "Officials said the terminal had lost money for more than a decade and that repairs to its "
    "pier would have cost about 4 million pounds, more than the council could afford this year."
)
CLOSE = (
    "Campaigners said they would ask the transport ministry to review the decision before the "
    "terminal closes at the end of the summer timetable in September."
)


def kinds(text: str) -> dict[str, tuple[str, str]]:
    """``{sentence text: (kind, reason)}`` for ``text``."""
    return {s.text: (s.kind, s.reason) for s in split_sentences(text)}


def page(*lines: str) -> str:
    """A story with ``lines`` as paragraphs between its lede and its close."""
    return "\n\n".join(("Ferry terminal to close after 90 years", LEDE, *lines, STORY, CLOSE))


def assert_story_kept(result: dict[str, tuple[str, str]]) -> None:
    for sentence in (LEDE, STORY, CLOSE):
        assert result[sentence] == ("body", ""), sentence


# -- Captions with the credit on the same line ---------------------------------------------


def test_caption_with_bracketed_photo_credit_on_its_line():
    caption = "Passengers leave the last morning ferry at Harwick Point on Monday."
    result = kinds(page(f"{caption} (Coastal Photo/Maria Lund)"))
    assert result[caption] == ("boilerplate", "photo caption")
    assert result["(Coastal Photo/Maria Lund)"] == ("boilerplate", "photo caption")
    assert_story_kept(result)


def test_caption_with_labelled_credit_on_its_line():
    for credit in ("Photograph: Harwick Council", "Photo: Jan Novak, Baltic Agency", "Photo / Tim Roe",
                   "(Picture courtesy of the Harwick Ferry Trust)"):
        caption = "The ferry Estuary Queen waits at the pier on her final day of service."
        result = kinds(page(f"{caption} {credit}"))
        assert result[caption] == ("boilerplate", "photo caption"), credit
        assert_story_kept(result)


def test_lone_slash_credit_line_is_a_credit():
    result = kinds(page("Photo / Tim Roe"))
    assert result["Photo / Tim Roe"] == ("boilerplate", "image credit")


def test_story_paragraph_ending_with_agency_or_photo_talk_stays_body():
    quoted = ("The mayor said the decision was final. "
              "Her office later released a photo of the pier, showing cracks in two of its pillars.")
    agency = "The ministry has not said whether it will step in. (Reuters)"
    said = "Asked about the pictures, she said: the photo / video evidence speaks for itself."
    result = kinds(page(quoted, agency, said))
    assert all(kind == "body" for text, (kind, _) in result.items() if text in quoted + said)
    assert result["The ministry has not said whether it will step in."] == ("body", "")
    assert_story_kept(result)


# -- Bylines ---------------------------------------------------------------------------------


def test_name_above_role_is_a_byline():
    result = kinds(page("Oskar Lindqvist\nTransport correspondent"))
    assert result["Oskar Lindqvist"] == ("boilerplate", "byline")
    assert result["Transport correspondent"] == ("boilerplate", "byline")
    assert_story_kept(result)


def test_name_and_role_on_one_line_next_to_a_dateline():
    result = kinds(page("Oskar Lindqvist Transport correspondent\nWed 4 Jun 2025 08.10 BST"))
    assert result["Oskar Lindqvist Transport correspondent"] == ("boilerplate", "byline")
    assert_story_kept(result)


def test_name_and_outlet_above_a_dateline_are_both_byline():
    result = kinds(page("Oskar Lindqvist\nHarwick Gazette\nPublished 8:10 a.m. June 4, 2025"))
    assert result["Oskar Lindqvist"] == ("boilerplate", "byline")
    assert result["Harwick Gazette"] == ("boilerplate", "byline")


def test_credit_lines_with_by_and_author_label():
    for line, reason in (("Analysis by Oskar Lindqvist, transport correspondent", "byline"),
                         ("Translated by Ana Ruiz", "byline"), ("Words by Ana Ruiz", "byline"),
                         ("Author: Oskar Lindqvist", "byline"), ("Illustration by Kai Moreno", "image credit"),
                         ("Photographs by Kai Moreno", "image credit")):
        result = kinds(page(line))
        assert result[line] == ("boilerplate", reason), line
        assert_story_kept(result)


def test_story_sentences_with_by_or_a_role_stay_body():
    translated = "Translated by Ana Ruiz, the ferry diaries became a bestseller in Spain."
    author = "Author: that is what the ferry's last captain called himself in his diaries."
    reporter = "A local reporter, Oskar Lindqvist, first raised the cost of the repairs."
    result = kinds(page(translated, author, reporter))
    for sentence in (translated, author, reporter):
        assert result[sentence] == ("body", ""), sentence


def test_headline_above_a_dateline_is_no_byline():
    result = kinds("Ferry terminal closes\nPublished 8:10 a.m. June 4, 2025\n\n" + LEDE + "\n\n" + STORY)
    assert result["Ferry terminal closes"][0] == "heading"


# -- Date lines ------------------------------------------------------------------------------


def test_date_lines_with_reading_times_and_several_pieces():
    for line in ("14 May 2025 · 7 min read", "2 Mar, 2025 09:15 AM · 3 mins to read",
                 "Published 7:05 a.m. ET May 14, 2025 | Updated 11:30 a.m. ET May 14, 2025",
                 "Posted 14.05.2025 07:05 • Updated 14.05.2025 11:30"):
        result = kinds(page(line))
        assert [kind for text, (kind, reason) in result.items() if text in line] == ["boilerplate"] * len(
            [text for text in result if text in line]), line
        assert all(reason == "dateline" for text, (_, reason) in result.items() if text in line), line
        assert_story_kept(result)


def test_name_and_dates_split_by_bars_is_a_byline():
    line = "Oskar Lindqvist | 14 May 2025 07:05 | Updated 14 May 2025 11:30"
    result = kinds(page(line))
    assert result[line] == ("boilerplate", "byline")


def test_story_lines_with_dates_or_reading_stay_body():
    reading = "Passengers on the last crossing on 14 May 2025 spent seven minutes reading the notices."
    colon = "On Monday 14 May:"
    bars = "Fares rose twice | in March and May 2025"
    result = kinds(page(reading, colon, bars))
    assert result[reading] == ("body", "")
    assert result[colon] == ("body", "")  # it opens what follows
    assert result[bars][0] != "boilerplate"
    assert_story_kept(result)


# -- Notices and notes used across outlets --------------------------------------------------


def all_kind(result: dict[str, tuple[str, str]], line: str) -> set[tuple[str, str]]:
    """The verdicts of the sentences of ``line``."""
    return {verdict for text, verdict in result.items() if text in line}


def test_cookie_notice_longer_than_the_short_cue_limit():
    notice = ("We use cookies to remember your settings, to show you relevant offers and to understand how "
              "readers use the site. By clicking \"Agree\" you consent to analytics and personalised "
              "advertising cookies. Agree | Options | Decline")
    assert len(notice.split()) > 25
    result = kinds(page(notice))
    assert all_kind(result, notice) == {("boilerplate", "cookie notice")}
    assert_story_kept(result)


def test_sign_up_terms_and_unsubscribe_lines():
    terms = "By subscribing, you accept our Terms of Use and Privacy Notice."
    unsubscribe = "The week's best transport stories, every Monday. You can unsubscribe at any time."
    result = kinds(page(terms, unsubscribe))
    assert result[terms] == ("boilerplate", "sign-in prompt")
    assert all_kind(result, unsubscribe) == {("boilerplate", "newsletter prompt")}
    assert_story_kept(result)


def test_correction_and_publication_notes():
    amended = ("This article was amended on 5 June 2025. An earlier version gave the pier's length as 200 "
               "metres; it is 120 metres.")
    earlier = "An earlier version of this story misspelled the name of the ferry operator."
    correction = "Correction: the terminal opened in 1931, not 1913."
    printed = "This article appears in the June 2025 issue of Coastal Life. Subscribe from $3 a month."
    result = kinds(page(amended, earlier, correction, printed))
    assert all_kind(result, amended) == {("boilerplate", "correction note")}
    assert all_kind(result, earlier) == {("boilerplate", "correction note")}
    assert all_kind(result, correction) == {("boilerplate", "correction note")}
    assert all_kind(result, printed) == {("boilerplate", "publication note")}
    assert_story_kept(result)


def test_reporting_credits_at_the_end():
    credits = "Lindqvist reported from Harwick. Gazette writer Ana Ruiz in Oslo contributed to this report."
    result = kinds(page(credits))
    assert all_kind(result, credits) == {("boilerplate", "byline")}
    alone = kinds(page("Lindqvist reported from Harwick Point."))
    assert alone["Lindqvist reported from Harwick Point."] == ("boilerplate", "byline")


def test_story_sentences_about_cookies_amendments_and_reporting_stay_body():
    cookies = ("The bakery on the pier said it would sell its last cookies on Sunday and accept no more "
               "orders after the summer.")
    law = "The ferry act was amended on 3 March to let the council close the service without a vote."
    users = "Users can unsubscribe at any time, the operator's newsletter policy says."
    reported = "Lindqvist reported from Harwick for twenty years before the paper closed its office there."
    quote = "\"We use cookies to track bookings,\" the ferry operator admitted in its privacy statement."
    result = kinds(page(cookies, law, users, reported, quote))
    for sentence in (cookies, law, users, reported, quote):
        assert result[sentence] == ("body", ""), sentence
    assert_story_kept(result)


# -- Link lists and their titles -------------------------------------------------------------


def test_breadcrumbs():
    for crumbs in ("Home › Regions › Harwick", "News » Transport", "Home > Local > Harwick"):
        result = kinds(crumbs + "\n\n" + page())
        assert result[crumbs] == ("boilerplate", "navigation links"), crumbs
        assert_story_kept(result)


def test_title_above_a_menu_is_part_of_it():
    menu = "Find more on these subjects\nFerries\nTransport\nLocal councils\nestuary"
    result = kinds(page(menu))
    assert result["Find more on these subjects"] == ("boilerplate", "navigation links")
    assert_story_kept(result)


def test_more_from_a_longer_name_opens_a_block():
    block = "More from the Harwick Evening Gazette\nLifeboat crew rescues two from sandbank\nSchool roof to be replaced"
    result = kinds(page(block))
    assert result["More from the Harwick Evening Gazette"] == ("boilerplate", "related articles")
    assert result["Lifeboat crew rescues two from sandbank"] == ("boilerplate", "related link")


def test_tags_line_with_lowercase_items():
    line = "Tags: ferries, Harwick, public transport, council budget"
    result = kinds(page(line))
    assert result[line] == ("boilerplate", "topic tags")
    assert_story_kept(result)


def test_question_title_inside_a_related_block_keeps_the_block_going():
    block = ("Related stories\nLifeboat crew rescues two from sandbank\nFerry fares: Why are tickets rising again?"
             "\nSchool roof to be replaced")
    result = kinds(page(block))
    assert result["Ferry fares: Why are tickets rising again?"] == ("boilerplate", "related link")
    assert result["School roof to be replaced"] == ("boilerplate", "related link")
    assert_story_kept(result)


def test_question_paragraph_after_a_related_block_is_story():
    question = "So what happens to the terminal building now?"
    block = "Related stories\nLifeboat crew rescues two from sandbank\nSchool roof to be replaced"
    result = kinds(page(block, question))
    assert result[question] == ("body", "")
    assert_story_kept(result)


def test_story_sentences_with_arrows_or_tags_stay_body():
    arrows = "The fare rose from 3 > 4 pounds, and campaigners said the rise was too steep for pensioners."
    tags = "Tags on the old ferry's lifebelts still read Harwick Point, 1931."
    result = kinds(page(arrows, tags))
    assert result[arrows] == ("body", "")
    assert result[tags] == ("body", "")
    assert_story_kept(result)


def test_sentence_over_a_credit_in_a_paragraph_of_their_own_is_a_caption():
    caption = "The ferry Estuary Queen at Harwick Point on Monday."
    result = kinds(page(f"{caption}\nPhotograph: Kai Moreno/Coastal Agency"))
    assert result[caption] == ("boilerplate", "photo caption")
    assert result["Photograph: Kai Moreno/Coastal Agency"] == ("boilerplate", "image credit")
    assert_story_kept(result)


def test_story_paragraph_next_to_a_credit_stays_body():
    story = "She said the crossing had always been part of her family's life."
    separate = kinds(page(story, "Photograph: Kai Moreno/Coastal Agency"))
    assert separate[story] == ("body", "")
    longer = kinds(page(f"{STORY} {story}\nPhotograph: Kai Moreno/Coastal Agency"))
    assert longer[story] == ("body", "")
    three = kinds(page(f"{story}\nShe paused.\nPhotograph: Kai Moreno/Coastal Agency"))
    assert three[story] == ("body", "")


# -- Section labels --------------------------------------------------------------------------

def test_section_label_in_capitals_above_the_headline_is_furniture():
    result = kinds("NEWS | TRANSPORT\n\n" + page())
    assert result["NEWS | TRANSPORT"] == ("boilerplate", "section label")
    assert result["Ferry terminal to close after 90 years"] == ("heading", "headline")
    assert_story_kept(result)


def test_a_headline_in_capitals_or_with_a_bar_stays_the_headline():
    shouted = kinds("FERRY TERMINAL TO CLOSE AFTER 90 YEARS\n\n" + LEDE)
    assert shouted["FERRY TERMINAL TO CLOSE AFTER 90 YEARS"] == ("heading", "headline")
    barred = kinds("Ferry terminal to close | Harwick council votes\n\n" + LEDE)
    assert barred["Ferry terminal to close | Harwick council votes"][0] == "heading"


# -- Reader prompts: a call to action addressed to the reader --------------------------------


def test_reader_prompts_are_boilerplate():
    for prompt in ("Get breaking alerts from the Harwick Gazette: install our free app today.",
                   "Subscribe to our evening briefing for the day's transport news.",
                   "Follow the Gazette on Telegram and YouTube for updates.",
                   "Got a story about the ferry? Send it to newsdesk@harwick-gazette.example or call 01632 960 555.",
                   "Do you have photos of the last crossing? Share them with us.",
                   "Independent journalism costs money. Support our reporting with a monthly donation.",
                   "If you spot an error in this article, email us.",
                   "You can also reach our team on WhatsApp."):
        result = kinds(page(prompt))
        assert all(kind == "boilerplate" and reason in ("reader prompt", "newsletter prompt")
                   for text, (kind, reason) in result.items() if text in prompt), prompt
        assert_story_kept(result)


def test_imperatives_in_quotes_reported_speech_or_as_nouns_stay_body():
    quoted = '"Download the timetable app and check it before you travel," the operator told passengers.'
    reported = "The council urged residents to contact their ward councillor about the closure."
    said = "Follow the signs to the new bus stop, a council spokeswoman said on Monday."
    nouns = ("Share prices of the ferry company fell 4% after the vote. "
             "Support for the closure among councillors was narrower than expected.")
    download = "Download speeds at the terminal were too slow for the new ticket app, the audit found."
    question = "Have a look at the numbers and the case for closure seems clear."
    result = kinds(page(quoted, reported, said, nouns, download, question))
    for line in (quoted, reported, said, nouns, download, question):
        assert all(kind == "body" for text, (kind, _) in result.items() if text in line), line
    assert_story_kept(result)


# -- Caption credits that do not say "photo" -------------------------------------------------


def test_caption_credits_without_the_word_photo():
    supplied = "Volunteers tie up the ferry for the last time on Sunday. (Supplied: Harwick Ferry Trust/Ola Berg)"
    trailing = "The Estuary Queen leaves Harwick Point on her final crossing Credit: Alamy"
    button = "Ola Berg/Harwick Gazette hide caption"
    bare = "Ola Berg/Harwick Gazette"
    for line in (supplied, trailing, button, bare):
        result = kinds(page(line))
        assert all(kind == "boilerplate" for text, (kind, _) in result.items() if text in line), line
        assert_story_kept(result)


def test_story_lines_with_credit_or_slash_stay_story():
    credit = "The council extended the operator's line of credit: Harwick Holdings repaid it in 2019."
    supplied = "Fuel for the ferry is supplied by a firm in Dunmore (its contract runs until 2026)."
    result = kinds(page(credit, supplied, "Russia/Ukraine talks"))
    assert result[credit] == ("body", "")
    assert result[supplied] == ("body", "")
    assert result["Russia/Ukraine talks"][0] == "heading"
    assert_story_kept(result)


# -- Author bios at the end of the page ------------------------------------------------------


def ending(*lines: str) -> str:
    """The story, then ``lines`` as the last paragraphs of the page."""
    return "\n\n".join(("Ferry terminal to close after 90 years", LEDE, STORY, CLOSE, *lines))


def test_author_bio_and_its_continuation_are_boilerplate():
    # A bio is about one of the byline names (or, named in full, stands right above the page's furniture).
    for byline, bio in (("By Oskar Lindqvist", "Oskar Lindqvist is a transport reporter based in Harwick."),
                        ("By Ana Ruiz", "Ana Ruiz is an award-winning data journalist at The Coastal Record."),
                        ("By Oskar Lindqvist", "Lindqvist covers transport and local politics for the Harwick Gazette."),
                        (None, "Ana Ruiz is an award-winning data journalist at The Coastal Record.")):
        more = "He previously worked for two regional papers in Sweden."
        text = ending(bio, more) if byline is None else "\n\n".join(
            ("Ferry terminal to close after 90 years", byline, LEDE, STORY, CLOSE, bio, more))
        if byline is None:
            text += "\n\nTopics: Ferries · Harwick"
        result = kinds(text)
        assert result[bio] == ("boilerplate", "author bio"), bio
        assert result[more] == ("boilerplate", "author bio"), bio
        assert_story_kept(result)


def test_story_sentences_about_people_and_roles_stay_body():
    former = "Mia Holt is a former reporter for the Gazette who now runs the ferry trust."
    covers = "Insurance covers most of the cost for the Harwick operators, officials said."
    her = "She said the trust would keep campaigning."
    early = "\n\n".join(("Ferry terminal to close after 90 years", LEDE,
                         "Oskar Lindqvist is a transport reporter at the Gazette who first reported the losses.",
                         STORY, CLOSE, "The terminal opened in 1931.", "Its last ferry sails in September."))
    result = kinds(ending(former, her, covers))
    for sentence in (former, covers, her):
        assert result[sentence] == ("body", ""), sentence
    assert kinds(early)["Oskar Lindqvist is a transport reporter at the Gazette who first reported the losses."] == (
        "body", "")
    assert_story_kept(result)


# -- Related blocks: their headings, and the titles under them -------------------------------


def test_related_block_headings_with_a_section_or_outlet():
    titles = ["Lighthouse keeper's cottage sold for record sum", "Will the night bus survive the cuts?",
              "Ten things to do on the estuary this summer"]
    for heading in ("MOST READ IN TRANSPORT", "More Stories From Harwick Radio", "Read more on the ferry closure",
                    "Recommended by PartnerNet", "Sponsored stories"):
        result = kinds("\n\n".join(("Ferry terminal to close after 90 years", LEDE, STORY, CLOSE, heading,
                                    *titles)))
        assert result[heading][0] == "boilerplate", heading
        for title in titles:
            assert result[title] == ("boilerplate", "related link"), (heading, title)
        assert_story_kept(result)
    assert kinds(page("Sponsor Message"))["Sponsor Message"] == ("boilerplate", "advertisement")


def test_story_lines_opening_like_related_headings_stay_body():
    silence = "Most read in silence."
    inquiry = "More from the inquiry is expected next week, when the operator gives evidence."
    question = "Why does the ferry matter?"
    prose = ("For the 300 people who cross each morning, the alternative is a 40-minute drive around the estuary "
             "on a road that floods several times each winter.")
    result = kinds("\n\n".join(("Ferry terminal to close after 90 years", LEDE, silence, inquiry, STORY,
                                "Related articles", "Lighthouse keeper's cottage sold for record sum",
                                question, prose, CLOSE)))
    assert result[silence] == ("body", "")
    assert result[inquiry] == ("body", "")
    assert result[question][0] != "boilerplate"
    assert result[prose] == ("body", "")
    assert_story_kept(result)


# -- Small page furniture: button stacks, counts, tag lists, date lines, notes ---------------


def test_share_buttons_one_to_a_paragraph_and_bare_counts():
    result = kinds(page("Mastodon", "Bluesky", "Copy URL", "37"))
    for line in ("Mastodon", "Bluesky", "Copy URL", "37"):
        assert result[line][0] == "boilerplate", line
    assert_story_kept(result)
    # Two subheadings with story between them are no stack.
    result = kinds(page("Costs", STORY.replace("Officials", "Auditors"), "Next steps"))
    assert result["Costs"] == ("heading", "subheading")
    assert result["Next steps"] == ("heading", "subheading")


def test_topics_label_without_colon_and_its_items():
    result = kinds(ending("Tags", "ferries", "Harwick Council", "public transport"))
    for line in ("Tags", "ferries", "Harwick Council", "public transport"):
        assert result[line][0] == "boilerplate", line
    assert_story_kept(result)


def test_published_and_updated_without_a_separator():
    line = "Posted Tue 3 Jun 2025 at 7:05am, updated Tue 3 Jun 2025 at 9:50am"
    result = kinds(page(line))
    assert result[line] == ("boilerplate", "dateline")
    updated = "The timetable was updated on Tuesday, and posted at the pier on 3 June 2025."
    assert kinds(page(updated))[updated] == ("body", "")


def test_partnership_and_disclaimer_notes():
    partner = "This article was produced in partnership with the Coastal Reporting Fund."
    disclaimer = "(Disclaimer: The opinions above are the authors' own and do not reflect those of the Gazette.)"
    result = kinds(ending(partner, disclaimer))
    assert result[partner] == ("boilerplate", "publication note")
    assert result[disclaimer][0] == "boilerplate"
    story = "This story comes from the diaries of the ferry's first captain, kept by his granddaughter."
    history = "This story began in 1931, when a partnership of local merchants bought the first ferry."
    result = kinds(page(story, history))
    assert result[story] == ("body", "")
    assert result[history] == ("body", "")


# -- Teasers for other stories: an opener and a link, never the opener alone -----------------


def test_teaser_with_a_link_to_the_full_story():
    ending_link = ("Elsewhere, a lorry overturned on the coast road near Dunmore on Tuesday, closing it for six "
                   "hours. See the full report here.")
    above_link = "In other council news: the library in Harwick will open on Sundays from July."
    result = kinds(page(ending_link, above_link, "Read the whole story"))
    for line in (ending_link, above_link, "Read the whole story"):
        assert all(kind == "boilerplate" for text, (kind, _) in result.items() if text in line), line
    assert_story_kept(result)


def test_meanwhile_in_the_story_stays_body():
    meanwhile = ("Meanwhile, ferry staff will be offered jobs on the council's bus routes, and the operator "
                 "will keep the pier open for fishing boats.")
    other = "In other business, the council approved a new car park at the terminal."
    result = kinds(page(meanwhile, other))
    assert result[meanwhile] == ("body", "")
    assert result[other] == ("body", "")
    assert_story_kept(result)


# -- Story sentences that merely contain furniture words --------------------------------------

def test_reported_speech_with_furniture_words_stays_story():
    commenting = "Commenting on the closure, Ms Varga said the pier had been neglected for years."
    copyright_law = "Mr Osei said the ruling hands too much power to copyright holders."
    result = kinds(page(commenting, copyright_law))
    assert result[commenting] == ("body", "")
    assert result[copyright_law] == ("body", "")
    assert_story_kept(result)


def test_copyright_and_credit_words_inside_prose_stay_story():
    lawsuit = "The band lost its copyright case against the ferry company on Friday."
    film = "The ferry appears in a 2019 comedy directed by Ana Ruiz and written by two local teachers."
    result = kinds(page(lawsuit, film))
    assert result[lawsuit] == ("body", "")
    assert result[film] == ("body", "")
    # The furniture forms are still caught.
    furniture = kinds(page("© 2025 Harwick Gazette", "Reporting by Kai Moreno; Editing by Ana Ruiz"))
    assert furniture["© 2025 Harwick Gazette"][0] == "boilerplate"
    assert furniture["Reporting by Kai Moreno; Editing by Ana Ruiz"] == ("boilerplate", "byline")


# -- Rows of section names, and the byline or quote time set out like one -----------------------


def test_rows_of_section_names_are_furniture():
    for row in ("Travel | Weather", "World / Asia", "Regions · Coast", "Home   Local   Sport   Podcasts & Radio   eEdition",
                "Opinion | Letters | Obituaries | Puzzles"):
        result = kinds(row + "\n\n" + page())
        assert result[row] in (("boilerplate", "section label"), ("boilerplate", "navigation links")), row
        assert result["Ferry terminal to close after 90 years"] == ("heading", "headline"), row
        assert_story_kept(result)


def test_names_and_a_town_beside_a_dateline_is_a_byline_and_a_quote_time_a_dateline():
    result = kinds(page("Sam Ortiz & Lee Park | Harwick\nPublished: 3 May 2024, 10:15 AM", "Harwick Ferries",
                        "HFT | May 03, 04:30 PM"))
    assert result["Sam Ortiz & Lee Park | Harwick"] == ("boilerplate", "byline")
    assert result["HFT | May 03, 04:30 PM"] == ("boilerplate", "dateline")
    assert_story_kept(result)


def test_story_lines_and_headlines_with_slashes_or_bars_are_no_rows():
    line = "The council / port authority split on costs was settled on Monday | both sides agreed."
    result = kinds(page(line))
    assert result[line][0] == "body"
    barred = kinds("Ferry terminal to close | Harwick votes to end 90 years of crossings\n\n" + LEDE)
    assert barred["Ferry terminal to close | Harwick votes to end 90 years of crossings"][0] == "heading"
    subhead = kinds(page("What the closure means for Harwick Point", "A decade of losses"))
    assert subhead["What the closure means for Harwick Point"] == ("heading", "subheading")


# -- The masthead: the site's name above the headline ---------------------------------------------


def test_site_name_above_the_headline_named_again_in_the_copyright_is_the_masthead():
    for masthead in ("The Harwick Gazette", "HARWICK GAZETTE", "HGN"):
        name = masthead.removeprefix("The ")
        text = masthead + "\n\n" + page() + f"\n\n© 2024 {name.title() if name != 'HGN' else name} Media Ltd"
        result = kinds(text)
        assert result[masthead] == ("boilerplate", "masthead"), masthead
        assert result["Ferry terminal to close after 90 years"] == ("heading", "headline"), masthead
        assert_story_kept(result)


def test_site_name_above_a_row_of_sections_is_the_masthead():
    result = kinds("Estuary Post\nNews | Business | Sport | Opinion\n\n" + page())
    assert result["Estuary Post"] == ("boilerplate", "masthead")
    assert result["Ferry terminal to close after 90 years"] == ("heading", "headline")
    assert_story_kept(result)


def test_short_headline_over_its_standfirst_stays_the_headline():
    standfirst = "Harwick Point service ends after the council votes to close the terminal"
    # Named again in the story, but in no furniture: still the headline.
    result = kinds("Ferry Service Ends\n\n" + standfirst + "\n\n" + LEDE + "\n\nThe ferry service ends in September.")
    assert result["Ferry Service Ends"] == ("heading", "headline")
    # A short headline with nothing after it shaped like a heading.
    lone = kinds("Harwick Ferry\n\n" + LEDE + "\n\n© 2024 Harwick Ferry Trust")
    assert lone["Harwick Ferry"] == ("heading", "headline")
    assert lone[LEDE] == ("body", "")


# -- More credit shapes closing a caption ---------------------------------------------------------


def test_caption_credits_in_brackets_by_a_photographer_or_with_the_outlet_first():
    caption = "A deckhand ties up the Estuary Queen at Harwick Point on Sunday evening."
    for credit in ("[Photo: Courtesy/Harwick Ferry Trust]", "Photo by Nina Vale /Estuary Post",
                   "(Nina Vale/Estuary Post)", "GAZETTE PHOTO: NINA VALE"):
        result = kinds(page(f"{caption} {credit}"))
        assert result[caption] == ("boilerplate", "photo caption"), credit
        assert_story_kept(result)


def test_story_paragraphs_closing_like_a_credit_stay_body():
    for last in ("The Big Picture: fares rose.", "Picture by picture, the case was built.", "(Reuters/Ipsos)",
                 "[Details: Harwick council]."):
        line = f"The council met twice in May. {last}"
        result = kinds(page(line))
        assert result["The council met twice in May."][0] == "body", last


def test_reading_times_with_a_label_or_right_after_the_date():
    for line in ("Reading time: 6 min read", "Reading Time: about 3 minutes", "May 3, 2024 4 min read"):
        result = kinds(page(line))
        assert result[line] == ("boilerplate", "dateline"), line
        assert_story_kept(result)
    story = "The crossing takes 20 minutes to read about and a lifetime to forget"
    assert kinds(page(story))[story][0] != "boilerplate"


def test_editors_note_and_files_from_an_agency():
    note = "Editor's note: This story was updated to add the council's response."
    files = "With files from the Coastal Press Agency"
    result = kinds(page(note, files))
    assert result[note] == ("boilerplate", "correction note")
    assert result[files] == ("boilerplate", "byline")
    assert_story_kept(result)
    story = "The editor's note to staff, with files from the archive attached, was leaked on Monday."
    assert kinds(page(story))[story] == ("body", "")


# -- The comment section's rules --------------------------------------------------------------------


def test_comment_rules_told_to_the_reader_at_the_end():
    for rules in ("Log in to comment. All comments are moderated and may not appear straight away.",
                  "We welcome your views. Comments are checked by a moderator before they go live. Please be civil."):
        result = kinds(page() + "\n\n" + rules)
        assert {kind for kind, _ in all_kind(result, rules)} == {"boilerplate"}, rules
        assert_story_kept(result)


def test_story_about_moderating_comments_stays_body():
    for line in ("The forum's comments are moderated by volunteers, the council said.",
                 "Comments on the ferry trust's page were moderated heavily after the vote.",
                 '"Comments are moderated by our staff," a trust spokesperson wrote.'):
        result = kinds(page() + "\n\n" + line)
        assert all_kind(result, line) == {("body", "")}, line


def test_prompts_after_an_if_clause_or_naming_a_daily_bulletin():
    for prompt in ("Were you on the last crossing? If it is safe to do so, send your photos to the Estuary Post.",
                   "Sign up to get the daily morning news from the Estuary Post."):
        result = kinds(page() + "\n\n" + prompt)
        assert {kind for kind, _ in all_kind(result, prompt)} == {"boilerplate"}, prompt
        assert_story_kept(result)


def test_story_sentences_with_an_if_clause_or_daily_news_stay_body():
    for line in ("If the vote passes, send the ferry to the breakers' yard in Hull, one councillor joked.",
                 "If approved, the plan would give the trust two years to sign up a new operator for daily news runs.",
                 "The paper's daily news bulletin reported the closure first."):
        result = kinds(page(line))
        assert all_kind(result, line) == {("body", "")}, line


# -- Imperatives that are no call to action ------------------------------------------------------


def test_an_imperative_as_a_condition_or_consumer_advice_stays_body():
    for line in ("Follow the money and you will find the answer.",
                 "Get it wrong and you could face a £1,000 fine.",
                 "Read the small print and you will find a £50 exit fee.",
                 "Catch the 7am train from Leeds and you will be in London by 9.30.",
                 "Join the queue at any food bank and you will meet working families.",
                 "Call it what you like, it is still a tax rise.",
                 "Download the app, and it asks for access to your contacts.",
                 "Call your GP if symptoms last more than a week.",
                 "If you think you have been scammed, contact your bank immediately."):
        result = kinds(page(line))
        assert all_kind(result, line) == {("body", "")}, line
        assert_story_kept(result)


def test_a_call_to_action_naming_the_outlet_or_a_channel_is_still_a_prompt():
    for prompt in ("Download the Estuary Post app and you will never miss a sailing update.",
                   "Sign up to our newsletter and you will get the timetable first."):
        result = kinds(page() + "\n\n" + prompt)
        assert {kind for kind, _ in all_kind(result, prompt)} == {"boilerplate"}, prompt
        assert_story_kept(result)


def test_meanwhile_paragraph_above_an_inline_read_more_link_stays_body():
    story = "Meanwhile, the trust said it would keep the ticket office open until the last sailing."
    link = "Read more: Harwick ferry trust appoints new chair"
    result = kinds(page(story, link))
    assert result[story] == ("body", "")
    assert result[link] == ("boilerplate", "related link")
    assert_story_kept(result)
    teaser = "Meanwhile, the Hull ferry will add a second evening crossing from June."
    result = kinds(page() + "\n\n" + teaser + "\n\nRead the full story here.")
    assert result[teaser] == ("boilerplate", "teaser")


def test_our_investigation_of_moderated_comments_stays_body():
    story = "Our investigation found that comments under the videos were rarely moderated."
    result = kinds(page() + "\n\n" + story)
    assert result[story] == ("body", "")
    rules = "Comments are moderated, so please keep your remarks civil."
    result = kinds(page() + "\n\n" + rules)
    assert result[rules] == ("boilerplate", "comment prompt")
    assert_story_kept(result)


# -- Caption credits end like no sentence ------------------------------------------------------


def test_story_paragraph_mentioning_photos_or_credit_stays_body():
    for line in ("The storm flattened the village overnight. Photos by Reuters showed roofs torn off.",
                 "The museum reopened on Monday. (Its collection of 400 pictures includes three Vermeers.)",
                 "The bank raised rates again on Thursday, the fourth rise this year.\n"
                 "Credit card rates are now at their highest since 1998."):
        result = kinds(page(line))
        assert all_kind(result, line) == {("body", "")}, line
        assert_story_kept(result)
    caption = "The museum reopened on Monday."
    result = kinds(page(f"{caption} (AP Photo/Jane Doe)"))
    assert result[caption] == ("boilerplate", "photo caption")
    assert result["(AP Photo/Jane Doe)"] == ("boilerplate", "photo caption")
    assert_story_kept(result)


# -- The cue table matches the form of furniture, not its words ----------------------------------


def test_one_sentence_news_paragraphs_with_furniture_words_stay_body():
    for line in ("Credit card debt rose to a record $1.1 trillion in the third quarter.",
                 "Footage, filmed by a bystander, showed the car mounting the kerb.",
                 "Updated figures show unemployment rose to 5.2 per cent in March.",
                 "Search teams found two more bodies on Sunday.",
                 "Share prices fell sharply.",
                 "Supported by Russian air power, the rebels advanced.",
                 "Both leaders share similar views on trade.",
                 "More than three million people subscribe to the service.",
                 "Hackers logged in to the system using stolen passwords.",
                 "The company sends a weekly newsletter to two million customers.",
                 "Commenting on the verdict, Smith called it a travesty.",
                 "Written by a former aide, the memoir alleges widespread bullying.",
                 "Getty Images, the photo agency, was sold for $1bn.",
                 "Copyright holders have sued the company over its use of their books.",
                 "Video - which has since been viewed millions of times - shows the moment the bridge collapsed.",
                 "Finland was invited to join the discussions in Brussels.",
                 "Related: the council also cut bus subsidies."):
        result = kinds(page(line))
        assert all_kind(result, line) == {("body", "")}, line
        assert_story_kept(result)


def test_furniture_forms_of_the_same_words_are_still_caught():
    for line, reason in (("Credit: Harwick Council", "image credit"),
                         ("Video - Tim Roe", "image credit"),
                         ("Updated 14:32 GMT", "dateline"),
                         ("Search the site", "search box"),
                         ("Share this article", "share buttons"),
                         ("Supported by the Harwick Ferry Trust", "advertisement"),
                         ("Share your thoughts in the comments below.", "comment prompt"),
                         ("Join the conversation.", "comment prompt"),
                         ("Subscribe to our newsletter", "newsletter prompt"),
                         ("You must be logged in to see this page.", "sign-in prompt"),
                         ("Copyright 2025 Estuary Post", "copyright notice"),
                         ("Written by Maria Lund; Editing by Tim Roe", "byline"),
                         ("Listen: On this week's Ferry Files podcast, we ask who will run the crossing next.",
                          "related link")):
        result = kinds(page(line))
        assert all_kind(result, line) == {("boilerplate", reason)}, line
        assert_story_kept(result)


def test_dash_list_items_stay_body_and_a_dash_signoff_is_still_a_credit():
    items = ["– Income tax cut by 2p.", "- Fuel duty frozen for another year.", "– No new borrowing."]
    result = kinds(page("The chancellor's main measures:\n" + "\n".join(items)))
    for item in items:
        assert result[item] == ("body", ""), item
    assert_story_kept(result)
    result = kinds(page("The council will vote again in May.\n– Reuters"))
    assert result["– Reuters"] == ("boilerplate", "agency credit")
    assert result["The council will vote again in May."] == ("body", "")
    result = kinds(page("- ADVERTISEMENT -"))
    assert result["- ADVERTISEMENT -"][0] == "boilerplate"


# -- Author bios are about the writer ------------------------------------------------------------


def test_a_person_in_the_story_described_like_a_bio_stays_body():
    lines = ("Evan Gershkovich is a reporter for The Wall Street Journal who was arrested in Yekaterinburg "
             "in March 2023.", "He has been held in Lefortovo prison in Moscow ever since.")
    text = "\n\n".join(("Journalist's detention extended again", LEDE, STORY, *lines,
                        "Meanwhile, the Kremlin repeated that any exchange would be negotiated in secret.", CLOSE))
    result = kinds(text)
    for line in lines:
        assert result[line] == ("body", ""), line
    for line in ("Medicare covers the drug for Americans over 65.", "Insurance covers most repairs for Tesla owners."):
        result = kinds(page() + "\n\n" + line)
        assert result[line] == ("body", ""), line


def test_a_bio_of_the_byline_name_is_still_caught():
    bio = "Maria Lund is a transport reporter based in Harwick."
    more = "She joined the Estuary Post in 2019."
    text = "\n\n".join(("Ferry terminal to close after 90 years", "By Maria Lund", LEDE, STORY, CLOSE, bio, more))
    result = kinds(text)
    assert result[bio] == ("boilerplate", "author bio")
    assert result[more] == ("boilerplate", "author bio")
    assert_story_kept(result)


def test_speech_reported_in_the_present_tense_stays_body():
    for line in ("Share the road, our campaign urges drivers.",
                 "Download the ferry app before you travel, the operator advises."):
        result = kinds(page(line))
        assert all_kind(result, line) == {("body", "")}, line
        assert_story_kept(result)
    prompt = "Support our journalism: donate to the Estuary Post today."
    result = kinds(page() + "\n\n" + prompt)
    assert result[prompt] == ("boilerplate", "reader prompt")
