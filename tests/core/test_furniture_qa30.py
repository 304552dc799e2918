"""Page furniture from CLI QA passes 30 (D8) and 31 (D10): an outlet's correction note in its own voice ("Stuff
has corrected this story to say ..."); the comment box's question naming the page, with its sign-in line; photo
captions whose credit is a handout passed on by an agency ("Peruvian National Police/Handout via REUTERS"), a
bare name in brackets ("(Canadian Coast Guard)") or a name alone on the next line at the top of the story
("Christie's"); the share button's "Link Copied!"; a "Reported by ..., Edited by ..." credit; and a timestamp
whose zone follows a comma ("Thursday 6 March 2025 12:48, UK").  Each with story sentences of the same words
that stay story."""

from __future__ import annotations

import pytest
from sentence_kinds import assert_furniture, assert_story_kept, by_text, of_file

PAY_STORY = (
    "Primary teachers have voted to accept a new collective agreement, ending eleven months of negotiations.",
    "Teachers will also receive a one-off lump sum of $1500 before tax.",
    "The top of the pay scale will rise from $90,000 to $102,000.",
)


def pay_page(note: str) -> str:
    return ("Primary teachers vote to accept pay deal\n\nRachel Bennett\n13:05, Mar 30 2026\n\n"
            + "\n\n".join(PAY_STORY) + f"\n\n{note}\n\n© 2026 Stuff Limited\n")


@pytest.mark.parametrize("note", [
    "Stuff has corrected this story to say the lump sum is before tax.",
    "The Herald has updated this story with comment from the union.",
    "We have amended this article to reflect the correct date of the vote.",
])
def test_the_outlets_own_correction_note_is_furniture(note):
    result = by_text(pay_page(note))
    assert_furniture(result, [note], "correction note")
    assert_story_kept(result, PAY_STORY)


@pytest.mark.parametrize("sentence", [
    "The minister has amended this bill to exclude casual staff.",
    "The agency has corrected this report to show the figure was 12%.",
])
def test_a_correction_the_news_is_about_stays_story(sentence):
    assert_story_kept(by_text(pay_page(sentence)), [sentence])


def test_the_comment_boxs_question_naming_the_article_and_its_sign_in_are_furniture():
    prompt = "Would you like to comment on this article? Register (it's quick and free) or sign in."
    result = by_text(pay_page(prompt))
    assert_furniture(result, ["Would you like to comment on this article?", "Register (it's quick and free) or sign in."],
                     "comment prompt")
    assert_story_kept(result, PAY_STORY)


def test_a_story_asking_about_comment_stays_story():
    sentence = "Union members were asked whether they would like to comment on the offer before the vote."
    assert_story_kept(by_text(pay_page(sentence)), [sentence])


BUS_LEAD = ("LIMA, March 10 (Reuters) - A passenger bus plunged into a gorge in Peru's southern Andes early on Monday, "
            "killing at least 24 people, authorities said.")
BUS_STORY = (
    "The bus left Lima at 7 p.m. on Sunday for what is normally a 10-hour journey.",
    "It fell about 200 metres (656 feet) down the side of the gorge and came to rest near the Pampas river, police said.",
)
BUS_CAPTION = "Rescue workers carry a body from the wreckage of a bus in Ayacucho, Peru, March 10, 2025."
HANDOUT_CREDIT = "Peruvian National Police/Handout via REUTERS"


@pytest.mark.parametrize("between", [" ", "\n"])  # on the caption's line, or on the next line of its paragraph
def test_a_handout_passed_on_by_an_agency_credits_its_caption(between):
    page = (f"Bus plunges into gorge in Peru's Andes, killing at least 24\n\nBy Marco Aquino\nMarch 10, 2025 4:52 PM GMT\n\n"
            f"{BUS_LEAD}\n\n{BUS_CAPTION}{between}{HANDOUT_CREDIT}\n\n" + "\n\n".join(BUS_STORY) + "\n")
    result = by_text(page)
    assert_furniture(result, [BUS_CAPTION, HANDOUT_CREDIT])
    assert_story_kept(result, (BUS_LEAD, *BUS_STORY))


SPILL_STORY = (
    "An estimated 2,000 barrels of crude oil have leaked from a damaged tanker about 40 kilometres off Sable Island, "
    "the Canadian Coast Guard says.",
    "The slick was first spotted by a coast guard surveillance aircraft at 6:40 a.m. Tuesday.",
    "It now stretches 12 kilometres, officials said Wednesday.",
)


def spill_page(paragraph: str) -> str:
    return ("Coast guard races to contain oil spill off Sable Island\n\nPaul Withers · CBC News · Posted: Nov 06, 2025 "
            f"5:00 AM AST\n\n{paragraph}\n\n" + "\n\n".join(SPILL_STORY) + "\n")


@pytest.mark.parametrize("credit", ["(Canadian Coast Guard)", "(Nova Scotia RCMP)", "(Government of Nova Scotia)"])
def test_a_caption_closed_by_a_bare_name_in_brackets_is_a_caption(credit):
    caption = "A Canadian Coast Guard aircraft photographed the slick on Tuesday."
    result = by_text(spill_page(f"{caption} {credit}"))
    assert_furniture(result, [caption, credit], "photo caption")
    assert_story_kept(result, SPILL_STORY)


@pytest.mark.parametrize("signoff", ["(Canadian Press)", "(Kyodo News)", "(Reuters)", "(Editing by Jane Doe)"])
def test_a_story_paragraph_closed_by_a_wires_sign_off_stays_story(signoff):
    paragraph = "The 24-year-old tanker, the Nordic Stella, was damaged in a storm on Monday night."
    page = ("Coast guard races to contain oil spill off Sable Island\n\n" + "\n\n".join(SPILL_STORY)
            + f"\n\n{paragraph} {signoff}\n")
    assert_story_kept(by_text(page), [paragraph, *SPILL_STORY])


AUCTION_STORY = (
    "A painting by Paul Gauguin sold for $118.5 million at Christie's in New York Tuesday night, setting a new record "
    "for the French artist.",
    "\"Le Jardin des Mystères\" was completed in 1888, shortly before Gauguin's turbulent stay with Vincent van Gogh "
    "in Arles.",
    "After a 12-minute bidding battle between four bidders, the hammer fell at $106 million.",
)


def auction_page(caption: str, credit: str) -> str:
    return ("CNN\nStyle\nArts\nGauguin masterpiece fetches $118.5 million, smashing artist's auction record\n"
            "By Oscar Holland, CNN\nUpdated 10:05 PM EDT, Tue May 13, 2025\nLink Copied!\n"
            f"{caption}\n{credit}\n" + "\n".join(AUCTION_STORY) + "\n")


@pytest.mark.parametrize("credit", ["Christie's", "NASA"])
def test_a_name_alone_under_the_first_sentence_at_the_top_is_the_pictures_credit(credit):
    caption = "Paul Gauguin's \"Le Jardin des Mystères\" on view at Christie's in New York."
    result = by_text(auction_page(caption, credit))
    assert result["Link Copied!"] == ("boilerplate", "share buttons")
    assert result[caption] == ("boilerplate", "photo caption")
    assert result[credit] == ("boilerplate", "image credit")
    assert_story_kept(result, AUCTION_STORY)


@pytest.mark.parametrize("subheading", ["Key Points", "What Happened", "Air Defence", "Rescue Efforts"])
def test_a_short_lead_over_a_subheading_stays_story(subheading):
    lead = "Police have arrested a man after a stabbing in central Leeds."
    result = by_text(auction_page(lead, subheading))
    assert_story_kept(result, [lead, *AUCTION_STORY])
    assert result[subheading][0] == "heading"


def test_a_credit_of_reporter_and_editor_is_the_byline():
    credit = "Reported by Mihir Joshi, Edited by Sanjay Jha"
    page = ("Pune Mayor Arrested In ₹12 Lakh Bribery Case\nThe anti-corruption agency also arrested three civic officials\n"
            f"{credit}\nUpdated: June 13, 2025 1:05 pm IST\n\nPune: Pune Mayor Suhas Kolte was arrested by the "
            "Anti-Corruption Bureau late on Thursday night, around 11 pm, for allegedly accepting a bribe.\n")
    assert_furniture(by_text(page), [credit], "byline")


def test_reported_by_opening_a_sentence_stays_story():
    sentence = "Reported by Reuters on Monday, the deal was worth $2 billion, officials said."
    assert_story_kept(by_text(pay_page(sentence)), [sentence])


TIMESTAMP = "Thursday 6 March 2025 12:48, UK"
ROYAL_STORY = (
    "Denmark's Queen Margrethe has been admitted to hospital after a fall at Fredensborg Palace, the royal house has said.",
    "The 85-year-old was taken to Rigshospitalet in Copenhagen on Tuesday evening.",
)


def test_a_timestamp_with_its_zone_after_a_comma_is_a_dateline():
    page = ("Queen Margrethe of Denmark admitted to hospital after fall\n\nBy Siobhan Robbins, Europe correspondent\n"
            f"{TIMESTAMP}\n\n" + "\n\n".join(ROYAL_STORY) + "\n")
    result = by_text(page)
    assert_furniture(result, [TIMESTAMP], "dateline")
    assert_story_kept(result, ROYAL_STORY)


def test_the_timestamp_paragraph_of_a_saved_page_is_a_dateline(tmp_path):
    page = tmp_path / "sky.html"
    page.write_text(
        "<html><head><title>Queen Margrethe admitted to hospital | Sky News</title></head><body><article>"
        "<h1>Queen Margrethe of Denmark admitted to hospital after fall at her home</h1>"
        "<p class=\"byline\">By Siobhan Robbins, Europe correspondent</p>"
        f"<p class=\"timestamp\">{TIMESTAMP}</p>"
        + "".join(f"<p>{sentence}</p>" for sentence in ROYAL_STORY) + "</article></body></html>",
        encoding="utf-8")
    result = of_file(page)
    assert_furniture(result, [TIMESTAMP], "dateline")
    assert_story_kept(result, ROYAL_STORY)
