"""Page furniture from CLI QA passes 34 (D3, D10) and 35 (D7): a section trail under the site's menu shaped like a
picture credit ("New Zealand / Weather"); a correction note set after a bullet ("• This article was amended on
..."); the standfirst between the headline and the byline, in plain text or in bold; and the outlet's footer
written as prose (a wire's description of itself, a market widget's "All quotes delayed ...", a disclaimer for
readers' posts, a reader-funded appeal, a science page's citation and its banner picture's credit), with the
masthead's motto under a markdown headline.  Each with story sentences of the same shape that stay story."""

from __future__ import annotations

import pytest
from sentence_kinds import assert_furniture, assert_story_kept, by_text, of_file

HAIL_STORY = (
    "Hawke's Bay winegrowers say the damage to vineyards from Sunday's hailstorm could reach $52m.",
    "A violent hailstorm smashed cars and shredded vineyards across Hawke's Bay on Sunday.",
    "15 people were treated for minor injuries, Hato Hone St John said.",
)
HAIL_HEADLINE = "Hail damage bill for Hawke's Bay growers could hit $52m"


def hail_page(masthead: str, menu: str, trail: str) -> str:
    return (f"{masthead}\n{menu}\n\n{trail}\n\n{HAIL_HEADLINE}\n\n7:02 am on 18 November 2024\n"
            "Tom Kitchin, Hawke's Bay reporter\n\n" + "\n\n".join(HAIL_STORY) + "\n")


@pytest.mark.parametrize(("masthead", "menu", "trail"), [
    ("RNZ", "Home | New Zealand | World | Politics | Pacific | Te Ao Māori | Sport | Business", "New Zealand / Weather"),
    ("Stuff", "Home | National | World | Business | Sport | Life", "South Island / Farming"),
])
def test_a_section_trail_under_the_menu_is_no_picture_credit(masthead, menu, trail):
    result = by_text(hail_page(masthead, menu, trail))
    assert_furniture(result, [trail], "section label")
    assert result[HAIL_HEADLINE] == ("heading", "headline")
    assert result[masthead][0] == "boilerplate"
    assert_story_kept(result, HAIL_STORY)


def test_a_photographer_and_agency_under_a_caption_stay_a_credit():
    page = (f"{HAIL_HEADLINE}\n\nBy Tom Kitchin\n\n{HAIL_STORY[0]}\n\nHail stones piled up in a Hastings street.\n"
            "Jane Doe / Reuters\n\n" + "\n\n".join(HAIL_STORY[1:]) + "\n")
    result = by_text(page)
    assert result["Jane Doe / Reuters"] == ("boilerplate", "image credit")
    assert_story_kept(result, HAIL_STORY)


RANSOM_STORY = (
    "A ransomware attack has crippled Castlebridge city council's computer systems, leaving residents unable to pay "
    "council tax online.",
    "The attack began on Monday, when encryption software was unleashed across the council's network.",
    "Direct debits scheduled for December 1st will be collected as normal, the council said.",
)


def ransom_page(extra: str) -> str:
    return ("Castlebridge council hit by ransomware attack\n\n" + "\n\n".join(RANSOM_STORY)
            + f"\n\n{extra}\n\nExplore more on these topics\nCybercrime\n")


def test_a_correction_note_after_a_bullet_is_furniture():
    note = ("• This article was amended on 27 November 2025. An earlier version said the attack began on Sunday "
            "night; it began in the early hours of Monday.")
    result = by_text(ransom_page(note))
    assert_furniture(result, ["• This article was amended on 27 November 2025.",
                              "An earlier version said the attack began on Sunday night; it began in the early hours "
                              "of Monday."], "correction note")
    assert_story_kept(result, RANSOM_STORY)


def test_a_story_item_after_a_bullet_stays_story():
    item = "• This attack was the council's second in 2025, after a phishing attempt in March."
    result = by_text(ransom_page(item))
    assert result[item][0] == "body"


CYCLONE_STORY = (
    "Tomas is expected to weaken to a tropical low within 12 hours as it moves inland.",
    "More than 2,500 people spent the night in evacuation centres in Bowen, Proserpine and Airlie Beach.",
    "The bureau had warned of a storm surge of up to 1.5 metres along the coast between Bowen and Airlie Beach.",
)


@pytest.mark.parametrize("standfirst", [
    "Severe Tropical Cyclone Tomas has made landfall as a category 4 system, bringing destructive winds and heavy "
    "rain to the Whitsundays.",
    "The storm will weaken within hours, the bureau said.",  # attributed, as TheJournal's "..., the utility said."
])
def test_the_standfirst_between_headline_and_byline_is_no_story_sentence(standfirst):
    page = ("ABC News\n\nCyclone Tomas crosses Queensland coast near Bowen, leaving thousands without power\n\n"
            f"{standfirst}\n\nBy Lucy Loram and Chris Gillett\n\n" + "\n\n".join(CYCLONE_STORY) + "\n\n© 2026 ABC\n")
    result = by_text(page)
    assert result[standfirst] == ("heading", "subheading")
    assert result["Cyclone Tomas crosses Queensland coast near Bowen, leaving thousands without power"] == (
        "heading", "headline")
    assert_story_kept(result, CYCLONE_STORY)


def test_a_standfirst_of_two_sentences_over_the_byline_is_one_heading():
    standfirst = ("Daniel Kessler's group wants the Championship within five years.", "Fans have heard that before.")
    page = ("The Athletic\nFOOTBALL | EFL\n\nInside the £45 million Tranmere takeover: who are the Americans buying "
            "Prenton Park?\n\n" + " ".join(standfirst) + "\n\nBy Andy Jones and Chris Waugh\nAug 13, 2026\n\n"
            "Tranmere Rovers' new American owners have completed a takeover valued at £45 million.\n\n"
            "The sale went through on Thursday, according to sources close to the deal.\n")
    result = by_text(page)
    for sentence in standfirst:
        assert result[sentence] == ("heading", "subheading")
    assert result["The sale went through on Thursday, according to sources close to the deal."] == ("body", "")


def test_the_lead_stays_story_when_no_byline_follows_it():
    page = ("Cyclone Tomas crosses Queensland coast near Bowen, leaving thousands without power\n\n"
            + "\n\n".join(CYCLONE_STORY) + "\n\nBy Lucy Loram\n")
    assert_story_kept(by_text(page), CYCLONE_STORY)


def test_a_box_label_over_the_summary_is_no_headline():
    page = ("Dakshin Bank to acquire Sahyadri Small Finance Bank in ₹4,200-crore share swap\nSynopsis\n"
            "The combined lender will have more than 740 branches across Karnataka, Maharashtra and Goa.\n"
            "Priya Raghavan & Arjun Mehta | Mumbai\nLast Updated: Mar 04, 2025, 09:17:00 PM IST\n"
            "Mangaluru-based Dakshin Bank Ltd on Tuesday said its board had approved the acquisition.\n")
    result = by_text(page)
    assert result["Dakshin Bank to acquire Sahyadri Small Finance Bank in ₹4,200-crore share swap"] == (
        "heading", "headline")


def test_a_bold_standfirst_under_the_markdown_headline_is_no_story_sentence(tmp_path):
    standfirst = "The Minister for Social Protection said the change would be phased in by three months each year."
    story = ("The State pension age will rise from 66 to 67 from 1 January 2031, the Government has confirmed.",
             "The State pension bill, currently €9.2bn a year, is the single largest item of social protection "
             "spending.")
    page = tmp_path / "pension.md"
    page.write_text("[TheJournal.ie](https://www.thejournal.ie/) › [News](https://www.thejournal.ie/news/)\n\n"
                    "# State pension age to rise to 67 from 2031, Government confirms\n\n"
                    f"**{standfirst}**\n\n*Christina Finn* · Political Correspondent · 6.00am, 8 Oct 2025\n\n"
                    + "\n\n".join(story) + "\n", encoding="utf-8")
    result = of_file(page)
    assert result[standfirst] == ("heading", "subheading")
    assert_story_kept(result, story)


def test_the_mastheads_motto_under_a_markdown_headline_is_furniture(tmp_path):
    motto = "The Huron Ledger · Independent news for Huron and Perth counties"
    story = ("A Superior Court judge in Goderich has ruled that night-time noise from the Bluewater Ridge Wind Farm is "
             "a legal nuisance.", "Huron County council will discuss the ruling at its April 2 meeting.",
             "Two other wind projects in the county are not affected by the decision.")
    page = tmp_path / "ruling.md"
    page.write_text("# Bluewater Ridge ruling: what the court said, and what it means for rural Ontario\n\n"
                    f"*{motto}*\n\n**Published March 19, 2026** · 6 min read\n\n" + "\n\n".join(story)
                    + "\n\n*The Huron Ledger is reader-funded. If you value local reporting, please "
                    "[become a member](https://huronledger.ca/join).*\n\n© 2026 The Huron Ledger\n", encoding="utf-8")
    result = of_file(page)
    assert result[motto] == ("boilerplate", "masthead")
    assert_furniture(result, ["The Huron Ledger is reader-funded.",
                              "If you value local reporting, please become a member."], "reader prompt")
    assert_story_kept(result, story)


WIRE_STORY = (
    "The storm is expected to weaken to a tropical low within half a day, the bureau said.",
    "Over 2,500 people sheltered overnight in evacuation centres, officials said.",
    "Forecasters warned of a storm surge of up to 5 feet along the coast.",
)


def wire_page(*footer: str) -> str:
    return ("Reuters\n\nCyclone Tomas slams into northeast Australia, one dead\n\nBy Byron Kaye\n\n"
            + "\n\n".join(WIRE_STORY) + "\n\n(Reporting by Byron Kaye in Sydney; Editing by Sonali Paul)\n\n"
            + "\n\n".join(footer) + "\n\n© 2026 Reuters. All rights reserved\n")


def test_a_wires_description_of_itself_and_its_quotes_delay_are_furniture():
    about = ("Reuters, the news and media division of Thomson Reuters, is the world's largest multimedia news "
             "provider.")
    result = by_text(wire_page(about, "All quotes delayed a minimum of 15 minutes."))
    assert result[about] == ("boilerplate", "about the outlet")
    assert result["All quotes delayed a minimum of 15 minutes."] == ("boilerplate", "disclaimer")
    assert_story_kept(result, WIRE_STORY)


@pytest.mark.parametrize("sentence", [
    "Reuters, which first reported the evacuation, is keeping a count of the damage.",
    "Reuters, the news agency, has seen a copy of the bureau's warning.",
])
def test_the_story_naming_the_wire_stays_story(sentence):
    result = by_text(wire_page(sentence, "All quotes delayed a minimum of 15 minutes."))
    assert result[sentence] == ("body", "")


def test_a_disclaimer_for_readers_posts_is_furniture():
    disclaimer = ("Journal Media does not control and is not responsible for user created content, posts, comments, "
                  "submissions or preferences.")
    story = ("The utility said 38% of treated water is lost to leaks in the capital.",
             "Daily demand has reached 620 megalitres, Uisce Éireann said.",
             "The council said it was not responsible for the burst main on Thomas Street.")
    page = ("TheJournal.ie\n\nUisce Éireann confirms hosepipe ban for Greater Dublin Area from Monday\n\nEimer McAuley\n"
            "10.14am, 4 Jul 2026\n\n" + "\n\n".join(story) + f"\n\n{disclaimer}\n\nComments are closed for legal "
            "reasons.\n")
    result = by_text(page)
    assert result[disclaimer] == ("boilerplate", "disclaimer")
    assert_story_kept(result, story)


def test_a_science_pages_citation_and_banner_credit_are_furniture(tmp_path):
    story = ("The frog measures just 12.3 mm from snout to vent, making it one of the smallest in India.",
             "Researchers found it on the slopes of Chembra peak in Wayanad district in 2023.",
             "Its call sounds like a cricket's, which is why it went unnoticed for so long.")
    page = tmp_path / "frog.html"
    page.write_text("<html><body><article><h1>Tiny frog no bigger than a fingernail found in Kerala's Western Ghats"
                    "</h1><p>by Sahana Ghosh on 7 March 2026</p>" + "".join(f"<p>{s}</p>" for s in story)
                    + '<p class="citation">Citation: Garg, S., et al. (2026). A new species of Nyctibatrachus from '
                    'Wayanad, Western Ghats. Zootaxa.</p><p class="banner">Banner image: Chembra peak in Wayanad. '
                    "Image by Vinayaraj via Wikimedia Commons (CC BY-SA 4.0).</p></article></body></html>",
                    encoding="utf-8")
    result = of_file(page)
    assert_furniture(result, ["Citation: Garg, S., et al. (2026).",
                              "A new species of Nyctibatrachus from Wayanad, Western Ghats.", "Zootaxa."], "citation")
    assert_furniture(result, ["Banner image: Chembra peak in Wayanad.",
                              "Image by Vinayaraj via Wikimedia Commons (CC BY-SA 4.0)."], "photo caption")
    assert_story_kept(result, story)


def test_a_text_that_opens_with_its_headline_keeps_its_lead_over_the_byline():
    lead = "Severe Tropical Cyclone Tomas has made landfall as a category 4 system near Bowen."
    page = ("Cyclone Tomas crosses Queensland coast near Bowen, leaving thousands without power\n\n"
            f"{lead}\n\nBy Lucy Loram and Chris Gillett\n\n" + "\n\n".join(CYCLONE_STORY) + "\n")
    result = by_text(page)
    assert result[lead] == ("body", "")
    assert_story_kept(result, CYCLONE_STORY)
