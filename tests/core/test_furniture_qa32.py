"""Page furniture from CLI QA passes 32 (D7) and 33 (D11): a caption whose credit is a picture handed on by an
agency ("(Zeitungsfoto.at via AP)") or lent by its owner ("Courtesy Kaleidoscope Films."); writers who share a
byline with no "By" ("Ralph Riegel and Cormac McQuinn") and a byline giving the beat before the name ("By state
political reporter Rachel Riga"); the outlet asking for its readers' comments ("We welcome your comments at ...",
"We invite you to use our commenting platform ..."); and the Denver Post's "Originally Published: ..." at the foot
of the story.  Each with story sentences of the same words that stay story."""

from __future__ import annotations

import pytest
from sentence_kinds import assert_furniture, assert_story_kept, by_text, of_file

AVALANCHE_STORY = (
    "VIENNA (AP) — An avalanche roared down a marked ski run at the Obertal resort in Austria's Tyrol province on "
    "Tuesday, Feb. 11, killing five skiers and injuring several others, police said.",
    "Three helicopters and more than 200 rescuers, some with avalanche dogs, took part in the operation.",
    "Temperatures on the mountain were around 23 degrees Fahrenheit on Tuesday morning.",
)


def avalanche_page(extra: str) -> str:
    return ("Avalanche sweeps ski run at Austrian resort, killing 5\n\nBy KIRSTEN GRIESHABER and PHILIPP JENNE\n"
            "Associated Press\nUpdated 4:12 PM EST, February 11, 2026\n\n" + "\n\n".join(AVALANCHE_STORY[:2])
            + f"\n\n{extra}\n\n{AVALANCHE_STORY[2]}\n\nCopyright 2026 The Associated Press. All rights reserved.\n")


@pytest.mark.parametrize("credit", ["(Zeitungsfoto.at via AP)", "(Austrian Red Cross via AP)",
                                    "(Maxar Technologies via AP)"])
def test_a_picture_handed_on_by_an_agency_credits_its_caption(credit):
    caption = "Rescue workers search the avalanche site near Obertal, Austria, Tuesday, Feb. 11, 2026."
    result = by_text(avalanche_page(f"{caption} {credit}"))
    assert_furniture(result, [caption, credit], "photo caption")
    assert_story_kept(result, AVALANCHE_STORY)


@pytest.mark.parametrize("sentence", [
    "Rescuers reached the site within 40 minutes. (The figures were released via the regional government.)",
    "The mayor spoke to reporters by phone. (He was reached via the resort's press office.)",
])
def test_a_story_paragraph_closing_with_via_in_brackets_stays_story(sentence):
    result = by_text(avalanche_page(sentence))
    first, second = sentence.split(". (")
    assert_story_kept(result, [first + ".", "(" + second])


FESTIVAL_STORY = (
    "Meera Iyer's Marathi drama The Salt Road won the Golden Gateway for best film at the closing ceremony of the "
    "Mumbai Film Festival.",
    "The ceremony at the NCPA began at 8pm and ran for nearly three hours.",
    "Festival director Anupama Chopra said ticket sales were up 18 per cent on last year.",
)


def festival_markdown(tmp_path, below_story: str, picture: str = "") -> dict[str, tuple[str, str]]:
    page = tmp_path / "festival.md"
    page.write_text("# Mumbai Film Festival: 'The Salt Road' wins Golden Gateway\n\n**Nandini Ramnath**\n\n"
                    f"Oct 28, 2024 · 09:15 am\n\n{picture}" + "\n\n".join(FESTIVAL_STORY)
                    + f"\n\n{below_story}\n\n© 2024 Scroll.in\n", encoding="utf-8")
    return of_file(page)


def test_an_italic_caption_under_a_picture_with_its_lenders_credit_is_furniture(tmp_path):
    picture = ("![Still from The Salt Road](https://example.com/salt-road.jpg)\n"
               "*A still from* The Salt Road *(2024). Courtesy Kaleidoscope Films.*\n\n")
    result = festival_markdown(tmp_path, "", picture)
    assert_furniture(result, ["A still from The Salt Road (2024).", "Courtesy Kaleidoscope Films."], "photo caption")
    assert_story_kept(result, FESTIVAL_STORY)


@pytest.mark.parametrize("caption, credit", [
    ("Meera Iyer at the festival's closing ceremony on Sunday.", "Photo courtesy of the Mumbai Film Festival"),
    ("The NCPA's Tata Theatre, where the ceremony was held.", "Courtesy NCPA Mumbai."),
])
def test_a_lenders_credit_closes_a_caption_in_plain_text(caption, credit):
    result = by_text(avalanche_page(f"{caption} {credit}"))
    assert_furniture(result, [caption, credit], "photo caption")
    assert_story_kept(result, AVALANCHE_STORY)


def test_a_story_sentence_opening_with_courtesy_stays_story():
    sentence = "The resort closed its lifts. Courtesy calls were made to every guest, police said."
    result = by_text(avalanche_page(sentence))
    assert_story_kept(result, ["The resort closed its lifts.", "Courtesy calls were made to every guest, police said."])


AVALANCHE_IRISH = (
    "A Cork man is among four people who died when an avalanche struck a ski slope at the Obertal resort in the "
    "Austrian Tyrol on Tuesday.",
    "Three helicopters and over 200 rescue workers were sent to the scene.",
    "It was minus 5C on the mountain when the snow gave way.",
)


@pytest.mark.parametrize("names", ["Ralph Riegel and Cormac McQuinn", "Ralph Riegel & Cormac McQuinn",
                                   "Ralph Riegel, Cormac McQuinn and Anne-Marie Walsh"])
def test_writers_sharing_a_byline_beside_the_date_are_the_byline(names):
    page = ("Cork man among four dead after avalanche hits Austrian ski slope\n\n"
            "Family of Irish skier 'heartbroken' as search called off\n\n"
            f"{names}\nTue 11 Feb 2026 at 19:40\n\n" + "\n\n".join(AVALANCHE_IRISH) + "\n\n© Mediahuis Ireland 2026\n")
    result = by_text(page)
    assert_furniture(result, [names], "byline")
    assert result["Family of Irish skier 'heartbroken' as search called off"] == ("heading", "subheading")
    assert_story_kept(result, AVALANCHE_IRISH)


@pytest.mark.parametrize("topic", ["Health and Social Care", "Marlow Road and Wycombe Vale"])
def test_topics_joined_by_and_beside_the_date_are_no_byline(topic):
    page = (f"Cork man among four dead after avalanche hits Austrian ski slope\n\n{topic}\n"
            "Tue 11 Feb 2026 at 19:40\n\n" + "\n\n".join(AVALANCHE_IRISH) + "\n")
    assert by_text(page)[topic][1] != "byline"


BLACKOUT_STORY = (
    "About 480,000 homes and businesses across south-east and central Queensland lost power on Thursday afternoon "
    "after a fault on the state's high-voltage network.",
    "Supply had been restored to 92 per cent of customers by 6am on Friday.",
    "Twelve hospitals ran on backup generators, Queensland Health said.",
)


@pytest.mark.parametrize("byline", ["By state political reporter Rachel Riga",
                                    "By chief correspondent Jane Doe and John Roe",
                                    "By political editor Andrew Probyn"])
def test_a_byline_giving_the_writers_beat_before_the_name_is_the_byline(byline):
    page = ("ABC News\n\nHundreds of thousands without power as blackout sweeps across Queensland\n\n"
            f"{byline}\nABC News\nPosted Thu 12 Mar 2026 at 9:38pm, updated Fri 13 Mar 2026 at 6:15am\n\n"
            + "\n\n".join(BLACKOUT_STORY) + "\n")
    result = by_text(page)
    assert_furniture(result, [byline], "byline")
    assert_story_kept(result, BLACKOUT_STORY)


@pytest.mark.parametrize("sentence", ["By political reporters' accounts the vote was close.",
                                      "By the end of June all three will be closed."])
def test_a_sentence_opening_with_by_stays_story(sentence):
    page = ("Hundreds of thousands without power as blackout sweeps across Queensland\n\nBy Rachel Riga\n"
            "Posted Thu 12 Mar 2026 at 9:38pm\n\n" + "\n\n".join(BLACKOUT_STORY[:2]) + f"\n\n{sentence}\n\n"
            + BLACKOUT_STORY[2] + "\n")
    assert_story_kept(by_text(page), [sentence])


def test_the_outlet_asking_for_its_readers_comments_is_furniture(tmp_path):
    prompt = "We welcome your comments at letters@scroll.in."
    result = festival_markdown(tmp_path, f"*{prompt}*")
    assert_furniture(result, [prompt], "comment prompt")
    assert_story_kept(result, FESTIVAL_STORY)


@pytest.mark.parametrize("sentence", ["We welcome your comments on the proposal, the council said.",
                                      "We welcome the ruling, the union said."])
def test_someone_in_the_story_welcoming_comments_stays_story(sentence):
    result = by_text("Council opens consultation on library closures\n\nBy Jane Doe\n12 March 2025\n\n"
                     + "\n\n".join(FESTIVAL_STORY) + f"\n\n{sentence}\n")
    assert_story_kept(result, [sentence])


BANK_STORY = (
    "A 31-year-old Aurora man held nine hostages inside a FirstBank branch on East Colfax Avenue on Tuesday before "
    "giving himself up to SWAT officers, Denver police said.",
    "The man walked into the bank shortly after 9:30 a.m. with a handgun and ordered tellers to fill a bag with cash, "
    "police said.",
    "Police found $84,000 in a backpack the suspect was carrying.",
    "He is being held on 4 counts of 2nd-degree kidnapping and aggravated robbery.",
)
COMMENT_BOX = ("Join the Conversation\nWe invite you to use our commenting platform to engage in insightful "
               "conversations about issues in our community.")


def bank_page(foot: str) -> str:
    return ("Hostages freed, suspect in custody after three-hour standoff at East Colfax bank\n\n"
            "By Shelly Bradbury | sbradbury@denverpost.com | The Denver Post\nUPDATED: March 4, 2025 at 6:12 PM MST\n\n"
            + "\n\n".join(BANK_STORY) + f"\n\n{foot}\n\nCopyright © 2025 MediaNews Group\n")


def test_the_comment_boxs_invitation_to_its_platform_is_furniture():
    result = by_text(bank_page(COMMENT_BOX))
    assert_furniture(result, ["We invite you to use our commenting platform to engage in insightful conversations "
                              "about issues in our community."], "comment prompt")
    assert_story_kept(result, BANK_STORY)


def test_a_story_about_an_outlets_comment_section_stays_story():
    sentence = "The bank's customers left 400 posts on its commenting platform within an hour of the standoff."
    result = by_text(bank_page(sentence))
    assert_story_kept(result, [sentence])


def test_originally_published_at_the_foot_of_the_story_is_its_dateline():
    # Under a story of several paragraphs the line stands after the story has begun: only its words tell it.
    line = "Originally Published: March 4, 2025 at 11:02 AM MST"
    result = by_text(bank_page("Correction: An earlier version of this story misspelled the name of the bank's branch "
                               f"manager.\n\n{line}\n\n{COMMENT_BOX}"))
    assert_furniture(result, [line], "dateline")
    assert_story_kept(result, BANK_STORY)


def test_a_story_sentence_on_a_first_publication_stays_story():
    sentence = "The bank's history was originally published in 1998."
    assert_story_kept(by_text(bank_page(sentence)), [sentence])
