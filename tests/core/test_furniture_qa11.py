"""Furniture under a headline: a picture's placeholder and its credit copied into a text page (never the
headline), a byline run into its date line above a picture (a byline, not the picture's caption), and a
byline split by bars like a ticker ("Lena Brandt | Sport | 2 Oct 2026").  Every page here is invented."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text
from sentence_kinds import assert_furniture, assert_story_kept, by_text

HEADLINE = "Hackers steal data of 2.3 million Veltro customers"
STORY = ["Hackers stole the personal data of 2.3 million Veltro customers, the company said.",
         "The mobile operator said card numbers had not been taken."]


def _page(picture_line: str, headline: str = HEADLINE) -> str:
    return (f"{headline}\n\nBy Ruth Okonjo, Technology Editor\n\n{picture_line}\n\n"
            + "\n\n".join(STORY) + "\n")


# -- A picture's placeholder or credit is never the headline ---------------------------------------------

@pytest.mark.parametrize("picture_line", [
    "[Image: The Veltro headquarters in Reading] Photograph: Veltro/PA",
    "[Image: The Veltro headquarters in Reading]",
    "[Image: The Veltro headquarters in Reading] Photograph: courtesy of Veltro",
    "[Photo: Engineers at the Veltro data centre in Slough]",
    "[Video: The Veltro chief executive apologises to customers]",
    "[Image]",
    "The Veltro headquarters in Reading Photograph: Veltro/PA",
])
def test_a_pictures_placeholder_or_credit_under_the_byline_is_no_headline(picture_line):
    text = _page(picture_line)
    result = by_text(text)
    assert result[HEADLINE] == ("heading", "headline")
    assert_furniture(result, [picture_line], "photo caption")
    assert_story_kept(result, STORY)
    assert document_from_text(text).title == HEADLINE


def test_the_headlines_figures_are_compared_under_a_picture_placeholder():
    a = document_from_text(_page("[Image: The Veltro headquarters in Reading] Photograph: Veltro/PA"))
    b = document_from_text(_page("[Image: Veltro's offices] Photograph: Jane Roe/Reuters",
                                 HEADLINE.replace("2.3 million", "3.2 million")))
    comparison = compare(a, b)
    pair = comparison.headlines
    assert pair is not None
    assert comparison.a_sentences[pair.a].text == HEADLINE
    assert [(x.surface, y.surface) for x, y in pair.numbers.conflict] == [("2.3 million", "3.2 million")]


@pytest.mark.parametrize("line", [
    "[Photographs] show the damage to the roof of the Veltro building.",
    "[Image: Police at the scene] The company said it would compensate every customer who lost money.",
])
def test_a_bracket_opening_story_text_leaves_it_story(line):
    result = by_text(_page(line))
    assert result[line] == ("body", ""), result[line]


# -- Bylines with the right reason ---------------------------------------------------------------------

SERAK_MD_LINES = ("By Aiko Tanabe, Asia correspondent", "Updated 11:30 GMT, Wednesday 9 September 2026")
SERAK_STORY = "About 3,500 people were evacuated from six villages after Mount Serak erupted."


def test_a_byline_run_into_its_date_above_a_picture_is_a_byline_not_a_caption():
    """A Markdown page's byline and date lines read as one (a soft line break), right above a captioned
    picture: the line next to the credit is the byline, and says so."""
    byline = " ".join(SERAK_MD_LINES)
    text = (f"Mount Serak erupts, forcing 3,500 people from their homes\n\n{byline}\n\n"
            "An ash column rises above Mount Serak. (AP Photo/R. Dewi)\n\n" + SERAK_STORY + "\n")
    result = by_text(text)
    assert result[byline] == ("boilerplate", "byline")
    assert result["An ash column rises above Mount Serak."][1] == "photo caption"
    assert_story_kept(result, [SERAK_STORY])


@pytest.mark.parametrize("row", [
    "Lena Brandt | Sport | 2 Oct 2026",
    "By Jane Doe | Politics | May 3, 2025",
])
def test_a_byline_split_by_bars_is_a_byline_not_a_ticker(row):
    text = (f"Distance runner Okafor suspended for two years over nandrolone\n\n{row}\n\n"
            "Ada Okafor, aged 24, has received a two-year ban after a positive test for nandrolone.\n")
    assert by_text(text)[row] == ("boilerplate", "byline")


def test_a_strip_of_figures_split_by_bars_stays_a_ticker():
    row = "FTSE 100 8,231.4 | Dow 39,112.2 | 2 Oct 2026"
    text = (f"Distance runner Okafor suspended for two years over nandrolone\n\n{row}\n\n"
            "Ada Okafor, aged 24, has received a two-year ban after a positive test for nandrolone.\n")
    assert by_text(text)[row] == ("boilerplate", "ticker")
