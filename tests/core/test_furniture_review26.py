"""Page furniture on invented pages: a live blog's welcome whose topic holds a figure or a comma, or
whose clause tells the news; a box's title over a list under the headline or beside the dateline; a
teaser for another story that quotes someone and shares a word or two with the story.  Every page
here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text, load_document
from reader.core.sentences import document_sentences, split_sentences
from sentence_kinds import LIST_PAGE, by_text, welcome_kind

HELD_OUT = Path(__file__).resolve().parents[1] / "data" / "furniture_heldout21"

# -- A live blog's welcome -------------------------------------------------------------------------

@pytest.mark.parametrize("welcome", [
    "Welcome to our live coverage of the 2024 US presidential election.",
    "Good morning and welcome to our live coverage of the G7 summit in Apulia.",
    "Welcome to our live coverage of the floods in Valencia, Spain.",
    "Hello and welcome to our coverage of day 3 of the Covid-19 inquiry.",
    "Welcome back to our live coverage of Euro 2024, as it happens.",
    "Welcome to our live coverage of events as they unfold.",
])
def test_a_welcome_that_names_its_topic_is_furniture_whatever_figures_or_commas_the_topic_holds(welcome):
    assert welcome_kind(welcome) == ("boilerplate", "live blog")


@pytest.mark.parametrize("welcome", [
    "Welcome to our live coverage as Russia launches its largest drone attack on Kyiv.",
    "Welcome to our live coverage of the US election as Donald Trump wins the presidency.",
    "Good morning and welcome to our coverage of the strike, as rail workers walk out for a third day.",
    "Welcome to our live coverage of the floods in Valencia, where rescuers found 12 more bodies overnight.",
])
def test_a_welcome_whose_clause_tells_the_news_is_story(welcome):
    assert welcome_kind(welcome) == ("body", "")


# -- A box's title over a list ---------------------------------------------------------------------

BOX_TITLES = ["What you need to know", "Key dates", "Timeline", "In numbers", "What happened", "Key moments",
              "Key figures", "What do we know?", "Explained", "Live: key events", "Catch up"]


@pytest.mark.parametrize("title", BOX_TITLES)
def test_a_box_title_over_a_list_under_the_headline_is_the_lists_title(title):
    assert by_text(LIST_PAGE.format(line=title))[title] == ("heading", "list title")


def test_two_box_titles_are_no_standfirsts_to_compare():
    a = document_from_text(LIST_PAGE.format(line="What you need to know"), title="A")
    b = document_from_text(LIST_PAGE.format(line="Key dates").replace("Bali Strait", "strait off Bali"), title="B")
    assert compare(a, b).standfirsts is None


@pytest.mark.parametrize("standfirst", ["Dozens feared dead after storm", "Coast guard rescues 12 survivors"])
def test_a_short_standfirst_that_tells_the_news_over_a_list_stays_a_subheading(standfirst):
    assert by_text(LIST_PAGE.format(line=standfirst))[standfirst] == ("heading", "subheading")


BYLINE_PAGE = """Storm floods coastal towns

Updated 3 April 2025
{line}

- Twelve homes were flooded in Porthleven
- The coast road was closed overnight

The storm brought winds of 80mph to the Cornish coast on Wednesday night, the Met Office said.
Residents were told to stay indoors until the tide turned.
"""


@pytest.mark.parametrize("title", ["Key Dates", "Key Moments", "Quick Facts", "Main Developments", "What We Know",
                                   "Need To Know", "In Numbers"])
def test_a_box_title_in_title_case_beside_the_dateline_is_no_byline(title):
    assert by_text(BYLINE_PAGE.format(line=title))[title][1] != "byline"


@pytest.mark.parametrize("name", ["Jane Smith", "Tom Evans", "Anna Key"])
def test_a_name_beside_the_dateline_over_a_list_is_still_the_byline(name):
    assert by_text(BYLINE_PAGE.format(line=name))[name] == ("boilerplate", "byline")


# -- A teaser for another story that quotes someone ------------------------------------------------

BUS_PAGE = """Bus plunges into ravine in Peru

Twelve people were killed when a bus plunged into a ravine in the Andes on Sunday, police said.
The bus was travelling from Huancayo to Lima when it left the road on a mountain bend near the town of La Oroya.
Rescuers worked through the night to reach the wreckage at the bottom of the 200-metre ravine.
Regional police chief Carlos Mendoza said the driver was among the dead and that the cause of the crash was under investigation.
Road accidents are common on Peru's mountain highways, where many buses are poorly maintained.

Share this article

{teaser}

Advertisement

More from World
"""


@pytest.mark.parametrize("teaser", [
    # The word shared with the story is who was told, the day, or a word any report of a death holds.
    ('A Pakistani climber rescued after three days stranded on K2 told police: "I thought I was going to die up '
     'there." He was airlifted to a military hospital in Skardu on Monday.'),
    ('A Pakistani climber stranded for three days on K2 said on Sunday: "I thought I was going to die up there." '
     'He was airlifted to a military hospital in Skardu by army helicopter.'),
    ('The family of a Pakistani climber stranded on K2 said: "We thought he was dead." He was airlifted to a '
     'military hospital in Skardu by army helicopter on Monday.'),
    # Someone's own words, most of the paragraph, but the word it shares is in who was told, not in what was said.
    ('"I thought I was going to die up there, alone in the snow with no food and a broken radio," a Pakistani '
     'climber rescued from K2 after three days told police in Skardu.'),
])
def test_a_teaser_that_quotes_someone_and_shares_a_common_word_with_the_story_is_off_story(teaser):
    sentences = [s for s in split_sentences(BUS_PAGE.format(teaser=teaser)) if "K2" in s.text or "Skardu" in s.text]
    assert sentences and all((s.kind, s.reason) == ("boilerplate", "off-story") for s in sentences)


def test_a_closing_paragraph_quoting_a_body_the_headline_names_stays_story():
    # Its quotation shares nothing and most of it is the outlet's words; it names the headline's place.
    sentences = document_sentences(load_document(HELD_OUT / "wales_court_caerphilly_arson.txt"))
    (closing,) = [s for s in sentences if s.text.startswith("Caerphilly County Borough Council said")]
    assert (closing.kind, closing.reason) == ("body", "")
