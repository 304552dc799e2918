"""Sentences and page furniture on a second QA pass's invented news pairs: a live blog's "Key points"
box under its headline, a relative's quoted words among the story's last paragraphs, a wire headline's
version slug ("UPDATE 2-"), and a live blog's housekeeping lines and question post titles.  Every page
here is invented."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text, load_document
from reader.core.sentences import split_sentences
from sentence_kinds import assert_story_kept, by_text


# -- A box of key points under the headline --------------------------------------------------------

LIVE_BLOG = """LIVE
Ferry capsizes off Port Amira: search for missing under way
Harbour Gazette live team
Last updated: 11:20 local time, Saturday 22 March 2025

{label}
- At least 27 people died, the coast guard says
- 265 people rescued; divers search the hull for the missing

Refresh for updates

11:20
Coast guard spokesman Commander Lina Ortega has just given the latest figures.

10:55
The ferry was overloaded when it left port, according to two survivors who spoke to local radio.

10:30
The ferry left Santo Reyes at 1am on Saturday bound for Port Amira.
"""

ARTICLE = """Death toll rises to 19 in Port Amira ferry sinking

Coast guard says 19 people died and 265 survivors were pulled from the water

The ferry was overloaded when it left port, according to two survivors who spoke to local radio.

The vessel had left Santo Reyes at 1am on Saturday for the crossing to Port Amira.
"""


@pytest.mark.parametrize("label", ["Key points", "Key Points", "KEY FACTS", "Summary", "What we know so far"])
def test_a_key_points_label_is_a_heading_but_no_standfirst(label):
    page = LIVE_BLOG.format(label=label)
    kinds = by_text(page)
    assert kinds[label][0] == "heading"
    assert kinds[label][1] != "subheading"  # the standfirst is a subheading under the headline
    assert kinds["- At least 27 people died, the coast guard says"] == ("body", "")
    comparison = compare(document_from_text(page), document_from_text(ARTICLE))
    standfirsts = comparison.standfirsts
    assert standfirsts is None or comparison.a_sentences[standfirsts.a].text != label


def test_a_standfirst_stays_a_subheading_over_a_list_too():
    standfirst = "Coast guard says 19 people died and 265 survivors were pulled from the water"
    kinds = by_text(ARTICLE.replace("\n\nThe ferry was", "\n- The ferry was"))
    assert kinds[standfirst] == ("heading", "subheading")


# -- Someone's own words among the story's paragraphs -----------------------------------------------

MINE_PAGE = """Eleven killed in gold mine collapse near Virginia

Lerato Dube
10 March 2025, 18:02

Eleven miners were killed when part of an underground tunnel collapsed at the Matjhabeng gold mine on Sunday night.

The rockfall happened about 1.2km underground, where a team of 37 was working on the night shift.

More than 200 miners were brought to the surface as a precaution after the collapse.

Rescue teams reached the last of the trapped miners early on Tuesday.

Rescuers worked for 36 hours through unstable rock to reach the trapped men, using hydraulic jacks.

Families gathered at the mine gates through the night, waiting for news.

{paragraph}

ALSO READ: Mining deaths fell to a record low last year, says regulator

The collapse was triggered by a seismic event, the mine's owner said on Monday.

Matjhabeng Gold said it had suspended all underground work at the mine until inspectors finish.

Mineral Resources Minister Sipho Nkosana said a board of inquiry would look into the collapse.

RELATED ARTICLES
Union threatens strike over pay at platinum mines
How deep-level gold mining works
"""

RELATIVE = ('"My brother phoned me at ten to say the rock was talking," said Nomvula Khumalo, whose brother survived. '
            '"That is what they say when the ground is moving. Then we heard nothing for a whole day."')
TEASER = ("Cape Town's Table Mountain cableway reopens on Friday after a six-week maintenance shutdown, with "
          "tickets for early cars sold out within hours of going online.")


@pytest.mark.parametrize("quoted", [
    RELATIVE,
    ("“My brother phoned me at ten to say the rock was talking, then we heard nothing for a whole day,” Nomvula "
     "Khumalo told the Welkom Herald."),
    ("A neighbour, Nomvula Khumalo, said: «My brother phoned me at ten to say the rock was talking. "
     "Then we heard nothing from anyone for a whole day.»"),
])
def test_a_relatives_quoted_words_among_the_story_stay_story(quoted):
    kinds = [(s.kind, s.reason) for s in split_sentences(MINE_PAGE.format(paragraph=quoted))
             if "rock was talking" in s.text or "nothing for a whole day" in s.text]
    assert kinds and set(kinds) == {("body", "")}


def test_a_teaser_beside_furniture_is_still_off_story():
    # The same place, and no one's words: a paragraph of another story pasted with the page.
    assert by_text(MINE_PAGE.format(paragraph=TEASER))[TEASER] == ("boilerplate", "off-story")


# -- A wire headline's version slug -----------------------------------------------------------------

WIRE = """{slug}Bank of England lowers rates to 4%, says further easing will be gradual

By Freya Lindholm

LONDON, Aug 7 (Meridian News) - The Bank of England lowered Bank Rate by a quarter of a percentage point to 4.0 per cent on Thursday.
"""
OTHER = """Bank of England cuts rates to 4% but splits over pace of easing

The Bank of England cut interest rates by 0.25 percentage points to 4% on Thursday.
"""
HEADLINE = "Bank of England lowers rates to 4%, says further easing will be gradual"


@pytest.mark.parametrize("slug", ["UPDATE 2-", "UPDATE 1-", "WRAPUP 1-", "EXCLUSIVE-", "RPT-", "CORRECTED-",
                                  "RPT-UPDATE 3-", "CORRECTED-UPDATE 2-"])
def test_a_wire_slug_is_no_part_of_the_title_nor_the_headline(slug, tmp_path):
    page = WIRE.format(slug=slug)
    assert document_from_text(page).title == HEADLINE
    path = tmp_path / "wire.txt"
    path.write_text(page, encoding="utf-8")
    assert load_document(path).title == HEADLINE
    kinds = by_text(page)
    assert kinds[HEADLINE] == ("heading", "headline")
    assert kinds[slug][0] == "boilerplate"
    comparison = compare(document_from_text(OTHER), document_from_text(page))
    headline = comparison.headlines
    assert comparison.b_sentences[headline.b].text == HEADLINE
    figures = [m.surface for pair in (*headline.numbers.agree, *headline.numbers.conflict) for m in pair]
    figures += [m.surface for m in (*headline.numbers.only_a, *headline.numbers.only_b)]
    assert "4%" in figures and not any(figure.strip("-") in slug for figure in figures)


@pytest.mark.parametrize("slug", ["UPDATE 2-", "EXCLUSIVE-"])
def test_a_wire_slug_in_a_saved_page_title_goes_too(slug, tmp_path):
    path = tmp_path / "wire.html"
    path.write_text(f"<html><head><title>{slug}{HEADLINE}</title></head><body><h1>{slug}{HEADLINE}</h1>"
                    "<p>The Bank of England lowered Bank Rate by a quarter of a percentage point on Thursday.</p>"
                    "</body></html>", encoding="utf-8")
    assert load_document(path).title == HEADLINE


@pytest.mark.parametrize("headline", [
    "UPDATE: Bank of England lowers rates to 4%",  # a label of the outlet's own, with its colon
    "COVID-19 cases rise again in care homes",
    "ASEAN-China summit opens in Jakarta",
    "Exclusive-use zone planned for the harbour",
])
def test_a_headline_that_opens_like_a_slug_keeps_its_words(headline):
    page = f"{headline}\n\nThe figures were published on Thursday by the health agency in London.\n"
    assert document_from_text(page).title == headline


# -- A live blog's housekeeping and its posts' titles -----------------------------------------------

MUSEUM_LIVE = """LIVE
Museum raid: crown jewels stolen in daylight heist
Valley Courier live team
Last updated: 16:45 CEST, Sunday 19 October 2025

16:45
{sign_off} Thank you for following along.

16:20
Reward offered
Prosecutors are offering a reward of half a million euros for information that leads to the jewels.

13:30
{question}
Among the items taken was a sapphire and diamond necklace that belonged to Queen Theresa, the museum said.

In all, eight items of jewellery are missing from the Queen Theresa room.

12:10
No guards or visitors were injured, the museum said.

10:40
We are getting reports of a robbery at the Treasury Museum, one of Europe's richest collections of royal treasure.

Welcome to our live coverage.

{ended}
"""

SIGN_OFFS = ["We are pausing our live coverage here.", "We're closing this blog now.",
             "We'll be wrapping up our live coverage for the day.", "We are stopping our live updates here."]
ENDINGS = ["Our live coverage has ended for now.", "This live blog is now closed.", "Our live updates have ended."]
QUESTIONS = ["What was taken?", "Who are the suspects?", "How did the thieves get in?"]


@pytest.mark.parametrize("sign_off, ended, question", list(zip(SIGN_OFFS, ENDINGS + ENDINGS[:1], QUESTIONS * 2)))
def test_a_live_blogs_sign_off_is_furniture_and_a_question_over_a_post_is_its_title(sign_off, ended, question):
    kinds = by_text(MUSEUM_LIVE.format(sign_off=sign_off, ended=ended, question=question))
    assert kinds[sign_off] == ("boilerplate", "live blog")
    assert kinds[ended] == ("boilerplate", "live blog")
    assert kinds[question] == ("heading", "subheading")
    assert_story_kept(kinds, [
        "Among the items taken was a sapphire and diamond necklace that belonged to Queen Theresa, the museum said.",
        "No guards or visitors were injured, the museum said.",
        "Prosecutors are offering a reward of half a million euros for information that leads to the jewels.",
    ])


STORY_WITH_QUESTION = """Museum raid: crown jewels stolen in daylight heist

Thieves broke into the Treasury Museum on Sunday morning and made off with eight pieces of royal jewellery.

Our reporters have been at the museum all day.
What was taken?
Among the items taken was a sapphire and diamond necklace that belonged to Queen Theresa, the museum said.

The coverage has ended the museum's hopes of a quiet reopening, its director said.
"""


def test_off_a_live_blog_the_same_words_stay_story():
    kinds = by_text(STORY_WITH_QUESTION)
    assert kinds["What was taken?"] == ("body", "")
    assert kinds["The coverage has ended the museum's hopes of a quiet reopening, its director said."] == ("body", "")


# -- A unit, a place or an agency without vowels at a sentence's end -------------------------------


@pytest.mark.parametrize("first, second", [
    ("Broadband speeds are measured in Mbps.", "Users complained about the service in several towns."),
    ("Speeds were quoted in Gbps.", "Providers said the figures were wrong."),
    ("The vote was held in Krk.", "Police said turnout was low."),
    ("Two people were injured, according to the news agency STA.", "Firefighters said the blaze was out by noon."),
])
def test_a_unit_a_place_or_an_agency_without_vowels_may_end_a_sentence(first, second):
    assert [s.text for s in split_sentences(f"{first} {second}")] == [first, second]


@pytest.mark.parametrize("sentence", [
    "He served with Pfc. Jessica Lynch in the same unit.",
    "The editor added comments from Ald. Okafor on the route.",
    "STA. ROSA officials said the ferry was overloaded.",
])
def test_a_title_without_vowels_still_opens_the_name_after_it(sentence):
    follow = "Rescuers worked through the night."
    assert [s.text for s in split_sentences(f"{sentence} {follow}")] == [sentence, follow]


# -- A live blog's welcome that tells the news -----------------------------------------------------

WELCOMED_LIVE_PAGE = """Valencia floods: live updates

Key events

09:05

{welcome}

Rescuers are searching for dozens of people still missing in the town of Paiporta, officials said.
"""


@pytest.mark.parametrize("welcome", [
    "Welcome to our live coverage of the Valencia floods, which have killed 95 people.",
    "Welcome to our coverage of the storm that killed 12 people in the region.",
])
def test_a_welcome_that_tells_the_news_stays_story(welcome):
    (sentence,) = [s for s in split_sentences(WELCOMED_LIVE_PAGE.format(welcome=welcome)) if s.text.startswith("Welcome")]
    assert (sentence.text, sentence.kind) == (welcome, "body")


def test_a_welcome_with_no_claim_is_still_the_live_pages_own_words():
    welcome = "Welcome to our live coverage of the Valencia floods."
    (sentence,) = [s for s in split_sentences(WELCOMED_LIVE_PAGE.format(welcome=welcome)) if s.text.startswith("Welcome")]
    assert sentence.kind == "boilerplate"


# -- What stands over a bullet list under the headline ---------------------------------------------

def test_a_standfirst_that_tells_the_news_over_a_list_is_no_list_title():
    page = ("Ferry sinks off Bali\n\nDozens feared dead after storm\n\n- The ferry was carrying 65 people\n"
            "- Rescuers have found 12 survivors\n\nThe KMP Tunu Pratama Jaya sank late on Wednesday in the Bali "
            "Strait, the search and rescue agency said.\n")
    assert by_text(page)["Dozens feared dead after storm"][1] != "list title"


def test_a_byline_between_the_dateline_and_a_list_is_a_byline():
    page = ("Storm floods coastal towns\n\nUpdated 3 April 2025\nJane Smith\n\n- Twelve homes were flooded in "
            "Porthleven\n- The coast road was closed overnight\n\nThe storm brought winds of 80mph to the Cornish "
            "coast on Wednesday night, the Met Office said.\n")
    assert by_text(page)["Jane Smith"] == ("boilerplate", "byline")


@pytest.mark.parametrize("label", ["Key points", "What we know so far", "At a glance"])
def test_a_label_over_a_list_under_the_headline_is_its_title(label):
    page = (f"Ferry sinks off Bali\n\n{label}\n\n- The ferry was carrying 65 people\n"
            "- Rescuers have found 12 survivors\n\nThe KMP Tunu Pratama Jaya sank late on Wednesday in the Bali "
            "Strait, the search and rescue agency said.\n")
    assert by_text(page)[label] == ("heading", "list title")


def test_a_teaser_for_another_story_that_quotes_someone_is_still_off_story():
    # A quotation spares a paragraph that shares some of the story's words (a relative speaking);
    # a teaser for another story shares none, however it quotes.
    text = ("Bus plunges into ravine in Peru\n\n"
            "Twelve people were killed when a bus plunged into a ravine in the Andes on Sunday, police said.\n"
            "The bus was travelling from Huancayo to Lima when it left the road on a mountain bend near the town "
            "of La Oroya.\n"
            "Rescuers worked through the night to reach the wreckage at the bottom of the 200-metre ravine.\n"
            "Regional police chief Carlos Mendoza said the driver was among the dead and that the cause of the "
            "crash was under investigation.\n"
            "Road accidents are common on Peru's mountain highways, where many buses are poorly maintained.\n\n"
            "Share this article\n\n"
            'A Pakistani climber rescued after three days stranded on K2 told reporters: "I thought I was going '
            'to die up there." He was airlifted to a military hospital in Skardu on Monday.\n\n'
            "Advertisement\n\nMore from World\n")
    teaser = [s for s in split_sentences(text) if "K2" in s.text or "Skardu" in s.text]
    assert teaser and all((s.kind, s.reason) == ("boilerplate", "off-story") for s in teaser)
