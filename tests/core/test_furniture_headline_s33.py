"""Window QA pass 10: a headline over its byline, the standfirst under the byline.

A page that opens "Russian mercenary turns up in Oslo asking for protection" / "By Staff Writer" / "Andrei
Medvedev, who fought in Ukraine, says he left Russia in fear for his life" took its longest heading, the
standfirst, for the headline, and the headline for a label "above the headline": the window and the CLI
titled the article by its standfirst.  A line of six words or more over the byline is the headline; a
kicker or a section label over the headline ("EXCLUSIVE", "Analysis", "World News") still labels the page.
"""

from __future__ import annotations

from sentence_kinds import assert_furniture, assert_story_kept, by_text

HEADLINE = "Russian mercenary turns up in Oslo asking for protection"
STANDFIRST = "Andrei Medvedev, who fought in Ukraine, says he left Russia in fear for his life"
STORY = (
    ("A former commander of Russia’s Wagner Group who had fought in Ukraine said he has fled to Norway and is "
     "seeking asylum after deserting in fear for his life."),
    ("Andrei Medvedev, who joined the group on July 6th, 2022, with a four-month contract, said in a video posted "
     "by the rights group that he had crossed the border with Norway before being detained by Norwegian police."),
    "Mr Medvedev said he was speaking from Oslo.",
)


def page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def test_the_headline_over_the_byline_is_the_headline_and_the_line_under_it_the_standfirst():
    result = by_text(page(HEADLINE, "By Staff Writer", STANDFIRST, *STORY))  # the QA pass's page
    assert result[HEADLINE] == ("heading", "headline")
    assert result[STANDFIRST] == ("heading", "subheading")
    assert_furniture(result, ["By Staff Writer"], reason="byline")
    assert_story_kept(result, STORY)


def test_the_headline_over_a_byline_and_its_date():
    result = by_text(page(HEADLINE, "By Staff Writer\n14 January 2023", STANDFIRST, *STORY))
    assert result[HEADLINE] == ("heading", "headline")
    assert result[STANDFIRST] == ("heading", "subheading")
    assert_story_kept(result, STORY)


def test_a_question_headline_over_the_byline_is_the_headline():
    headline = "Why did a Wagner commander flee to Norway?"
    result = by_text(page(headline, "By Staff Writer", STANDFIRST, *STORY))
    assert result[headline] == ("heading", "headline")
    assert result[STANDFIRST] == ("heading", "subheading")


def test_a_kicker_over_the_headline_over_the_byline_labels_the_page():
    result = by_text(page("EXCLUSIVE", HEADLINE, "By Staff Writer", STANDFIRST, *STORY))
    assert result[HEADLINE] == ("heading", "headline")
    assert_furniture(result, ["EXCLUSIVE"], reason="above the headline")
    assert result[STANDFIRST] == ("heading", "subheading")


def test_a_section_label_over_the_headline_over_the_byline_labels_the_page():
    result = by_text(page("World News", HEADLINE, "By Staff Writer", STANDFIRST, *STORY))
    assert result[HEADLINE] == ("heading", "headline")
    assert_furniture(result, ["World News"], reason="above the headline")


# --- A short label over the byline is no headline ---------------------------------------------------------------

def test_a_kicker_over_the_byline_is_no_headline():
    result = by_text(page("EXCLUSIVE", "By Staff Writer", HEADLINE, *STORY))
    assert result[HEADLINE] == ("heading", "headline")
    assert_furniture(result, ["EXCLUSIVE"])


def test_an_analysis_label_over_the_byline_is_no_headline():
    result = by_text(page("Analysis", "By Staff Writer", STANDFIRST, *STORY))
    assert result["Analysis"] == ("boilerplate", "above the headline")
    assert result[STANDFIRST] == ("heading", "headline")


def test_a_section_label_of_three_words_over_the_byline_is_no_headline():
    result = by_text(page("Latest World News", "By Staff Writer", HEADLINE, *STORY))
    assert result[HEADLINE] == ("heading", "headline")
    assert_furniture(result, ["Latest World News"], reason="above the headline")


def test_a_headline_over_its_standfirst_and_then_the_byline_is_unchanged():
    result = by_text(page(HEADLINE, STANDFIRST, "By Staff Writer", *STORY))
    assert result[HEADLINE] == ("heading", "headline")
    assert result[STANDFIRST] == ("heading", "subheading")
