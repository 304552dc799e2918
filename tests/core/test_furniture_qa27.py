"""Page furniture from QA pass 27 (D12): a photographer's credit "(Name for The Outlet)" and the caption it
closes, a player's bare "Listen" over its length, the save button in words, a funder's note, the letters
page's address, Bloomberg's credit and slogan, a pointer to the outlet's pages, a sign-in box's choices, and
the last item of a Markdown list of links.  Each with story sentences of the same words that stay story."""

from __future__ import annotations

import pytest

from sentence_kinds import assert_furniture, assert_story_kept, by_text, of_file

STORY = ("A measles outbreak centered in Yakima County, Washington, has grown to 146 confirmed cases, state health "
         "officials said Tuesday.")

# The top of a Washington Post page, as a reader copies it.
WAPO = f"""Measles outbreak in Washington state grows to 146 cases, child dies

By Lena H. Sun

A health worker prepares a dose of the MMR vaccine at a clinic in Yakima on Tuesday. (Jovelle Tamayo for The Washington Post)

Listen
6 min
Share
Add to your saved stories

{STORY}

Health officials urged parents to check that their children had received both doses of the vaccine.
"""


def _page(line: str) -> dict[str, tuple[str, str]]:
    """``line`` as a paragraph under a short story."""
    return by_text(f"Measles outbreak grows to 146 cases\n\n{STORY}\n\n{line}\n\n"
                   "Health officials urged parents to check that their children had received both doses.\n")


def test_caption_closed_by_a_photographers_credit_for_the_outlet_is_furniture():
    assert_furniture(by_text(WAPO), [
        "A health worker prepares a dose of the MMR vaccine at a clinic in Yakima on Tuesday.",
        "(Jovelle Tamayo for The Washington Post)",
    ], "photo caption")


def test_photographers_credit_for_the_outlet_alone_is_image_credit():
    assert_furniture(_page("(Salwan Georges for The Washington Post)"), ["(Salwan Georges for The Washington Post)"],
                     "image credit")


def test_bare_listen_over_the_recordings_length_is_the_player():
    assert_furniture(by_text(WAPO), ["Listen", "6 min"], "media player")


def test_save_button_in_words_is_a_share_button():
    assert_furniture(by_text(WAPO), ["Add to your saved stories"], "share buttons")


def test_wapo_story_kept():
    assert_story_kept(by_text(WAPO), [STORY])


@pytest.mark.parametrize("line", [
    "The Associated Press Health and Science Department receives support from the Howard Hughes Medical Institute’s "
    "Department of Science Education and the Robert Wood Johnson Foundation. The AP is solely responsible for all "
    "content.",
    "The Associated Press’ climate and environmental coverage receives financial support from multiple private "
    "foundations.",
    "AP is solely responsible for this content.",
])
def test_funders_note_is_a_disclaimer(line):
    result = _page(line)
    assert_furniture(result, [s for s in result if s.startswith(line[:20])], "disclaimer")


@pytest.mark.parametrize("line", [
    "Users are solely responsible for all content they post, the company said.",
    "The hospital's cancer department receives support from the state government.",
])
def test_sentences_about_responsibility_and_support_stay_story(line):
    assert_story_kept(_page(line), [line])


@pytest.mark.parametrize("line, furniture", [
    ("Do you have something on your mind; or want to comment on the big stories of the day? Write to us at "
     "letters@inl.co.za", ["Write to us at letters@inl.co.za"]),
    ("Email us at tips@ledger.example", ["Email us at tips@ledger.example"]),
])
def test_letters_address_is_a_reader_prompt(line, furniture):
    assert_furniture(_page(line), furniture, "reader prompt")


def test_bloomberg_assistance_credit_is_a_byline():
    assert_furniture(_page("— With assistance from Ishika Mookerjee"), ["— With assistance from Ishika Mookerjee"],
                     "byline")
    assert_furniture(_page("--With assistance from Jane Doe and John Roe."),
                     ["--With assistance from Jane Doe and John Roe."], "byline")


def test_assistance_from_people_of_the_story_stays_story():
    line = "With assistance from local volunteers, firefighters rescued three families from the flooded homes."
    assert_story_kept(_page(line), [line])


def test_terminal_slogan_is_an_advertisement():
    assert_furniture(_page("Before it’s here, it’s on the Bloomberg Terminal."),
                     ["Before it’s here, it’s on the Bloomberg Terminal."], "advertisement")


@pytest.mark.parametrize("line", [
    "Find out more about climate change and how it could affect you on the ST microsite here.",
    "Learn more about the vaccination programme here.",
])
def test_pointer_to_the_outlets_pages_is_a_reader_prompt(line):
    assert_furniture(_page(line), [line], "reader prompt")


def test_finding_out_more_in_a_story_stays_story():
    line = "Find out more about the outbreak was all the parents wanted, one nurse said."
    assert_story_kept(_page(line), [line])


@pytest.mark.parametrize("line", [
    "Log in, register or subscribe to save articles for later.",
    "Sign in or register to comment.",
])
def test_sign_in_choices_are_a_sign_in_prompt(line):
    assert_furniture(_page(line), [line], "sign-in prompt")


def test_who_signed_in_stays_story():
    line = "Users can log in or register to book a vaccination slot, the health department said."
    assert_story_kept(_page(line), [line])


def test_last_question_item_of_a_markdown_links_list_is_a_related_link(tmp_path):
    page = tmp_path / "ap.md"
    page.write_text("""# Child dies as measles outbreak spreads in central Washington

YAKIMA, Wash. (AP) — A six-year-old girl has died of measles in central Washington, where an outbreak has sickened 139 people, health officials said Tuesday.

**Related coverage:**
- [Texas measles outbreak tops 400 cases](https://apnews.com/article/measles-texas)
- [How contagious is measles?](https://apnews.com/article/measles-explainer)
""", encoding="utf-8")
    result = of_file(page)
    assert_furniture(result, ["• Texas measles outbreak tops 400 cases", "• How contagious is measles?"], "related link")
    assert result[next(s for s in result if s.startswith("YAKIMA"))] == ("body", "")
