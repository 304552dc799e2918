"""Page furniture from CLI QA passes 28 (D8) and 29 (D10): a news site's topic label with its topic on the same
line ("Topic: Floods") and a desk's byline ("ABC Central West / By Hamish Cole") no longer push the headline into
the links and captions (so the masthead no longer passes for the headline); a Markdown export's byline and date,
each a line in italics, stay two lines; a newsletter's sign-up by its name; an agency's name alone between the
headline and its date; a pitch for the outlet's own coverage; and the last item of a summary beside a picture
that has its caption.  Each with story sentences of the same words that stay story."""

from __future__ import annotations

import pytest
from sentence_kinds import assert_furniture, assert_story_kept, by_text, of_file

LEAD = "Two bushwalkers are still missing after a flash flood hit a canyon in the Blue Mountains, police say."
STORY = (
    LEAD,
    "A party of 9 was inside the canyon when the water rose shortly after 4pm Saturday.",
    "Six people were pulled to safety by emergency crews.",
    "A woman, 27, was airlifted to Nepean Hospital in a stable condition.",
)
HEADLINE = "Two bushwalkers missing after flash flood in Blue Mountains canyon"


def abc_page(*, masthead: str = "ABC News", topic: str = "Topic: Floods",
             byline: str = "ABC Central West / By Hamish Cole") -> str:
    """The top of an ABC News (Australia) page as a reader copies it, and its story."""
    top = "\n".join(line for line in (masthead, topic) if line)
    return (f"{top}\n\n{HEADLINE}\n\n{byline}\nPosted Sun 18 Jan 2026 at 9:15am, updated 2h ago\n\n"
            + "\n\n".join(STORY) + "\n")


@pytest.mark.parametrize("page", [
    abc_page(),
    abc_page(topic=""),  # without the topic label the headline was a caption of the "image credit" under it
    abc_page(byline="By Hamish Cole"),
    abc_page(masthead="Harbour Courier", topic="Tags: Wildfires", byline="Regional Desk | By Jane Doe and John Roe"),
])
def test_headline_under_a_topic_label_and_over_a_desks_byline_is_the_headline(page):
    result = by_text(page)
    assert result[HEADLINE] == ("heading", "headline")
    assert result[page.split("\n")[0]][0] == "boilerplate"  # the masthead
    assert_story_kept(result, STORY)


@pytest.mark.parametrize("byline", ["ABC Central West / By Hamish Cole", "Regional Desk | By Jane Doe and John Roe"])
def test_desk_and_writer_split_by_a_slash_or_a_bar_is_the_byline(byline):
    assert_furniture(by_text(abc_page(byline=byline)), [byline], "byline")


def test_photographers_name_over_the_agency_is_still_an_image_credit():
    result = by_text(f"{HEADLINE}\n\n{LEAD}\n\nJIM WATSON/AFP via Getty Images\n\n{STORY[1]}\n")
    assert_furniture(result, ["JIM WATSON/AFP via Getty Images"], "image credit")


def test_a_tag_label_alone_still_heads_its_tags():
    page = (f"{HEADLINE}\n\n" + "\n\n".join(STORY) + "\n\nRelated topics\nFloods\nBlue Mountains\nSearch and rescue\n")
    assert_furniture(by_text(page), ["Floods", "Blue Mountains", "Search and rescue"])


KEY_POINTS_PAGE = f"""ABC News

{HEADLINE}

By Hamish Cole
Posted Sun 18 Jan 2026 at 9:15am, updated 2h ago

Key points:
Two people are missing after a flash flood in a Blue Mountains canyon
Six people have been rescued
The search resumed on Sunday morning

Emergency services at the Dargan Creek car park. (ABC News: Hamish Cole)

{LEAD}

{STORY[1]}

The search resumed on Sunday morning with 50 volunteers, police said.
"""


def test_last_item_of_a_summary_over_a_captioned_picture_is_no_caption():
    result = by_text(KEY_POINTS_PAGE)
    assert result["The search resumed on Sunday morning"] == result["Six people have been rescued"]
    assert result["The search resumed on Sunday morning"][1] != "photo caption"
    assert_furniture(result, ["Emergency services at the Dargan Creek car park."], "photo caption")


# -- A Markdown export: the byline and the date in italics, and the newsletter's promo bullet ---------------

GUARDIAN_MD = """# UK inflation rises to 3.8% as food prices climb

**Higher food and petrol costs push the annual rate further above the Bank of England's target**

*{byline}*
*{date}*

{lead}

Core inflation, which strips out energy, food, alcohol and tobacco, eased to 3.5%.

{promo}

Services inflation held at 4.7%, a figure closely watched by the Bank of England.
"""
MD_STORY = ("UK inflation rose to 3.8% in September, up from 3.6% in August, driven by higher food and petrol prices, "
            "according to official figures.",
            "Services inflation held at 4.7%, a figure closely watched by the Bank of England.")


def _markdown(tmp_path, **parts) -> dict[str, tuple[str, str]]:
    page = GUARDIAN_MD.format(**{"lead": MD_STORY[0], "byline": "Richard Partington, Economics correspondent",
                                 "date": "Wed 22 Oct 2025 07.41 BST · Last modified on Wed 22 Oct 2025 12.15 BST",
                                 "promo": "", **parts})
    path = tmp_path / "page.md"
    path.write_text(page, encoding="utf-8")
    return of_file(path)


@pytest.mark.parametrize(("byline", "date"), [
    ("Richard Partington, Economics correspondent",
     "Wed 22 Oct 2025 07.41 BST · Last modified on Wed 22 Oct 2025 12.15 BST"),
    ("Larry Elliott, Economics editor", "Thu 13 Nov 2025 10.02 GMT"),
])
def test_italic_byline_and_date_lines_stay_two_lines_of_furniture(tmp_path, byline, date):
    result = _markdown(tmp_path, byline=byline, date=date)
    assert_furniture(result, [byline], "byline")
    assert_furniture(result, [date])
    assert_story_kept(result, MD_STORY)


def test_a_line_in_italics_amid_a_wrapped_paragraph_joins_it(tmp_path):
    path = tmp_path / "page.md"
    path.write_text("# Ferry fire forces evacuation\n\nThe captain called the fire\n*a freak event*\nand said the crew "
                    "had done well.\n\nThe Morwen Star caught fire on Tuesday, the coastguard said.\n",
                    encoding="utf-8")
    assert of_file(path)["The captain called the fire a freak event and said the crew had done well."] == ("body", "")


@pytest.mark.parametrize("promo", [
    "- **Sign up to Business Today**: get set for the working day – we'll point you to all the business news and "
    "analysis you need every morning.",
    "- **Sign up for First Edition** – our free daily newsletter, with the day's top stories in your inbox",
])
def test_newsletter_sign_up_by_its_name_is_furniture(tmp_path, promo):
    result = _markdown(tmp_path, promo=promo)
    (line,) = [text for text in result if "Sign up" in text]
    assert result[line] == ("boilerplate", "newsletter prompt")
    assert_story_kept(result, MD_STORY)


def test_a_residents_sign_up_told_in_the_story_stays_story(tmp_path):
    sentence = "Residents can sign up for Flood Alerts: the council sends a text when the river rises."
    assert_story_kept(_markdown(tmp_path, promo=sentence), [sentence, *MD_STORY])


# -- A text page: the agency alone under the headline, and the outlet's pitch for its coverage -------------

CRUSH = """Stuff
World > Asia

Crush at Hindu festival in India kills 22

{credit}
18:05, Jul 21 2025

A crush at a crowded Hindu temple in eastern India killed 22 people and injured more than 70 on Monday, police said.

About 120,000 people were inside the temple grounds when the crush began, police said.

{line}

The state government set aside 20 million rupees ($230,000) for relief.
"""
CRUSH_STORY = ("A crush at a crowded Hindu temple in eastern India killed 22 people and injured more than 70 on "
               "Monday, police said.",
               "The state government set aside 20 million rupees ($230,000) for relief.")


@pytest.mark.parametrize("credit", ["Reuters", "AFP", "Bloomberg"])
def test_agency_alone_between_the_headline_and_its_date_is_the_credit(credit):
    result = by_text(CRUSH.format(credit=credit, line="Aftermath"))
    assert_furniture(result, [credit], "byline")
    assert result["Crush at Hindu festival in India kills 22"] == ("heading", "headline")
    assert_story_kept(result, CRUSH_STORY)


def test_one_word_subheading_in_the_story_stays_a_heading():
    result = by_text(CRUSH.format(credit="Reuters", line="Aftermath"))
    assert result["Aftermath"][0] == "heading"


@pytest.mark.parametrize("line", [
    "Catch every big hit, every wicket with HT Cricket.",
    "Follow every twist with Sky Sports News",
    "Never miss a goal on BBC Sport.",
])
def test_pitch_for_the_outlets_own_coverage_is_a_reader_prompt(line):
    result = by_text(CRUSH.format(credit="Reuters", line=line))
    assert_furniture(result, [line], "reader prompt")
    assert_story_kept(result, CRUSH_STORY)


@pytest.mark.parametrize("line", [
    "Watch the skies on Tuesday.",
    "Catch the ferry on Monday.",
    "Follow the advice of the SES.",
    "Catch the train with Jane Smith.",
])
def test_advice_in_the_imperative_stays_story(line):
    assert_story_kept(by_text(CRUSH.format(credit="Reuters", line=line)), [line, *CRUSH_STORY])
