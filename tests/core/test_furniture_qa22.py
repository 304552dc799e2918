"""QA of round 22 (command-line pairs): captions, credits, a tabloid headline and a byline left as story.

A QA pass on invented report pairs found, in plain-text pages: a wire photo caption ending in its
place and date with an "Agency/Photographer" credit after it, a caption opened by "Picture:" and
one closed by "(Stock image)", all left as story (and so suggested single-source); a tabloid
headline cut in two at its all-capitals "RINALDI SEALED!" opener; and an HTML page's name, role and
date run together on one line read as a subheading.  The cues here are general; every page is
invented, and each also carries story sentences that look a little like the furniture ("Pictures
showed ...", "(file)", a full date at a sentence's end) and must stay story.
"""

from __future__ import annotations

import pytest

from reader.core.document import load_document
from reader.core.sentences import document_sentences, split_sentences
from sentence_kinds import assert_furniture, by_text

HEAD = ("Storm floods dozens of homes along the Kessel valley", "By Anna Breck", "April 9, 2025")
STORY = (
    "Floodwater swept through at least 40 homes in the Kessel valley overnight after the river burst "
    "its banks, the county fire service said.",
    "Pictures showed cars half under water in the main street of Lindorf, where the river rose by "
    "two metres in three hours.",
    "The mayor said the flood defences, last tested in 2019 (file), had held along most of the valley.",
    "A similar flood in the same valley forced 300 people from their homes in Lindorf, Kessel, on "
    "March 14, 2011.",
    "Engineers will inspect the river's three bridges on Thursday before they reopen to traffic.",
    "The county council said it would pay for emergency housing for families who could not go home.",
)


def page(*middle: str) -> str:
    return "\n\n".join((*HEAD, *STORY[:3], *middle, *STORY[3:]))


def assert_story_kept(result: dict[str, tuple[str, str]]) -> None:
    for paragraph in STORY:
        assert result[paragraph] == ("body", ""), paragraph


# -- A wire caption ending in its place and date, and the "Agency/Photographer" credit -----------

CAPTION = "Residents wade through floodwater in a street of Lindorf, Germany, April 9, 2025."


@pytest.mark.parametrize("credit", ["Meridian/Ali Demir", "Harbour Press/Jana Roth", "Ali Demir/Meridian"])
def test_a_wire_caption_with_its_credit_on_the_same_line_is_furniture(credit):
    result = by_text(page(f"{CAPTION} {credit}"))
    assert_furniture(result, [CAPTION, credit])
    assert_story_kept(result)


@pytest.mark.parametrize("credit", ["Meridian/Ali Demir", "Nordpress/Jana Roth"])
def test_a_wire_caption_with_its_credit_on_the_next_line_is_furniture(credit):
    result = by_text(page(f"{CAPTION}\n{credit}"))
    assert_furniture(result, [CAPTION, credit])
    assert_story_kept(result)


def test_a_caption_and_credit_in_a_page_written_a_line_a_paragraph():
    """No blank lines at all: the whole page is one paragraph, and a subheading shaped like a
    credit ("Kessel/Lindorf Flood Appeal") under a story line stays out of it."""
    lines = (*HEAD, *STORY[:3], CAPTION, "Meridian/Ali Demir", *STORY[3:5], "Kessel/Lindorf Flood Appeal", STORY[5])
    result = by_text("\n".join(lines))
    assert_furniture(result, [CAPTION, "Meridian/Ali Demir"])
    assert result["Kessel/Lindorf Flood Appeal"][0] == "heading"
    assert_story_kept(result)


# -- "Picture:" / "Image:" / "Photo:" opening a caption of a sentence or two ---------------------

@pytest.mark.parametrize("caption", [
    "Picture: A woman out for a brisk walk along the river path in the Kessel valley on a sunny spring morning.",
    "Image: Volunteers fill sandbags outside the fire station in Lindorf. The river rose by two metres in three hours",
    "Photo: Firefighters pump water out of a flooded cellar in the old town of Lindorf on Wednesday night.",
])
def test_a_caption_opened_by_its_label_is_furniture(caption):
    result = by_text(page(caption))
    assert result[caption.split(". ")[0] + ("." if ". " in caption else "")][0] == "boilerplate"
    assert_story_kept(result)


def test_the_health_tabloid_caption_and_its_stock_image_credit():
    line = "Picture: A woman out for a brisk walk in a park. Regular walking was linked to longer life (Stock image)"
    result = by_text(page(line))
    assert_furniture(result, ["Picture: A woman out for a brisk walk in a park.",
                              "Regular walking was linked to longer life (Stock image)"])
    assert_story_kept(result)


# -- A caption closed by its credit in brackets: "(Stock image)", "(File photo)", "(Getty Images)" ----

@pytest.mark.parametrize("caption", [
    "A family carries belongings from a flooded house in Lindorf. The river burst its banks overnight (File photo)",
    "Sandbags line the main street of Lindorf. Residents were told to move to higher ground (Getty Images)",
    "Rescuers use a boat to reach a stranded farm in the Kessel valley (Stock image).",
])
def test_a_caption_closed_by_a_bracketed_picture_credit_is_furniture(caption):
    result = by_text(page(caption))
    assert_furniture(result, [s for s in result if s.startswith(caption[:20])])
    assert_story_kept(result)


# -- A tabloid headline opened by an all-capitals exclamation stays one heading -------------------

@pytest.mark.parametrize("headline", [
    "RINALDI SEALED! Ashbourne land Portuguese hotshot in £64m club-record swoop",
    "WASHED AWAY! Storm floods dozens of homes along the Kessel valley",
    "HOME AT LAST? Families told they may return to flooded valley by Friday",
])
def test_a_tabloid_headline_with_an_exclamation_opener_is_one_heading(headline):
    text = "\n\n".join((headline, *HEAD[1:], *STORY))
    sentences = split_sentences(text)
    assert (sentences[0].text, sentences[0].kind) == (headline, "heading")
    assert [s.text for s in sentences if s.kind == "body"] == list(STORY)


def test_an_exclamation_opener_in_a_story_paragraph_still_ends_its_sentence():
    """Story text: the part after the capitals is a sentence with its full stop, so both stay."""
    shout = "GOAL! Rinaldi scores on his debut to put Ashbourne ahead after 12 minutes."
    result = by_text("\n\n".join(("RINALDI SEALED! Ashbourne land Portuguese hotshot", *HEAD[1:], STORY[0], shout,
                                  *STORY[1:])))
    assert result["GOAL!"] == ("body", "")
    assert result["Rinaldi scores on his debut to put Ashbourne ahead after 12 minutes."] == ("body", "")
    assert result["RINALDI SEALED! Ashbourne land Portuguese hotshot"][0] == "heading"


# -- A name, a role and a date run together on one line --------------------------------------

@pytest.mark.parametrize("line", [
    "Claire Dubois Paris correspondent 12 September 2024",
    "Tom Ashby Health reporter April 9, 2025",
])
def test_a_name_role_and_date_on_one_line_is_a_byline(line):
    result = by_text("\n\n".join((HEAD[0], line, *STORY)))
    assert result[line] == ("boilerplate", "byline")
    assert_story_kept(result)


def test_the_html_byline_block_of_name_role_and_date(tmp_path):
    path = tmp_path / "court.html"
    path.write_text(
        "<html><head><title>Velto fined</title></head><body><article>"
        f"<h1>{HEAD[0]}</h1>"
        '<div class="meta"><span class="author">Claire Dubois</span> <span class="role">Paris correspondent</span> '
        '<time datetime="2024-09-12">12 September 2024</time></div>'
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "</article></body></html>", encoding="utf-8")
    result = {" ".join(s.text.split()): (s.kind, s.reason) for s in document_sentences(load_document(path))}
    assert result["Claire Dubois Paris correspondent 12 September 2024"] == ("boilerplate", "byline")
    assert_story_kept(result)
