"""CLI QA pass 18: a fact box that copies the story's figures, a dash that goes on with the story, and
a credit of a name and its outlet under the headline.

* A box of "label: figure" lines ("Cars lost: 3", "Homes evacuated: 12") whose figures the story's own
  sentences all tell was read as story, and its bare line drew the other report's sentence away from the
  story's fuller one, losing the disagreement between them (About 60 residents / Nearly 90 people).
* A dash and a capital after a quotation ('– And then Labour walked out') was read as an agency credit.
* "Nina Shaw, Bucks Today" (or the name alone) between the headline and the story was a subheading.

Every text is invented.
"""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import load_document
from sentence_kinds import assert_furniture, assert_story_kept, by_text, of_file
from written_files import write


def page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


LEAD = "A sinkhole 20 metres wide opened up in a car park in Wycombe Vale early on Tuesday, swallowing three cars."
DEPTH = "The hole is about 15 metres deep, the fire service said."
EVACUATED = "About 60 residents were evacuated from 12 homes next to the car park and spent the night in a school hall."
BOX = ("Cars lost: 3", "Homes evacuated: 12", "Depth: 15m")


def sinkhole_page(box=BOX) -> str:
    return page("Sinkhole swallows three cars in Marlow Road car park", LEAD, "Key facts", *box, DEPTH, EVACUATED,
                "Engineers said a burst water main had weakened the chalk beneath the car park.")


def test_a_fact_box_that_copies_the_story_figures_is_furniture():
    result = by_text(sinkhole_page())
    assert_furniture(result, BOX, "fact box")
    assert_story_kept(result, (LEAD, DEPTH, EVACUATED))


def test_a_box_with_a_figure_the_story_does_not_tell_stays_story_whole():
    box = ("Cars lost: 3", "Homes evacuated: 12", "Cordons in place: 4")
    assert_story_kept(by_text(sinkhole_page(box)), box)


def test_a_results_box_the_story_tells_in_part_stays_story():
    story = ("Peter Njenga won the Lari by-election with 28,915 votes against 22,140 for Grace Muigai, the "
             "returning officer said.")
    box = ("Registered voters: 112,406", "Turnout: 48.8%", "Peter Njenga (UDA): 28,915 (53.3%)",
           "Grace Muigai (DCP): 22,140 (40.8%)")
    result = by_text(page("Njenga wins Lari by-election by 6,775 votes", story, *box,
                          "Turnout was lower than at the general election, observers said."))
    assert_story_kept(result, (story, *box))


def test_the_story_sentence_takes_the_other_reports_line_and_its_conflict(tmp_path):
    a = write(tmp_path, "a.txt", sinkhole_page())
    b = write(tmp_path, "b.txt", page(
        "Four cars lost as sinkhole opens in Wycombe Vale",
        "A sinkhole measuring 40ft across has swallowed four cars in a car park in Wycombe Vale.",
        "Nearly 90 people were evacuated from a dozen homes beside the car park.",
        "Engineers said the water main under the car park had not burst."))
    comparison = compare(load_document(a), load_document(b))
    (link,) = [link for link in comparison.links if "Nearly 90" in comparison.b_sentences[link.b].text]
    assert comparison.a_sentences[link.a].text == EVACUATED
    assert [(x.surface, y.surface) for x, y in link.numbers.conflict] == [("60", "90")]


QUOTATION = '"We have nothing more to say to them."'


@pytest.mark.parametrize("clause", ["And then Labour walked out of the room.", "Then the talks collapsed.",
                                    "But the minister stayed behind."])
def test_a_dash_that_goes_on_with_the_story_is_no_agency_credit(clause):
    result = by_text(page("Talks collapse over pay offer",
                          "The union met ministers on Tuesday to discuss the offer for nurses.",
                          f"{QUOTATION} – {clause}",
                          "The talks will resume next week, the union said."))
    assert result[f"– {clause}"] == ("body", "")


def test_a_dash_and_an_agency_is_still_its_credit():
    result = by_text(page("Talks collapse over pay offer",
                          "The union met ministers on Tuesday to discuss the offer for nurses.",
                          "The talks will resume next week, the union said. – Reuters"))
    assert result["– Reuters"] == ("boilerplate", "agency credit")


STORY = ("A sinkhole measuring 40ft across has swallowed four cars in a car park in Wycombe Vale.\n\n"
         "The collapse happened at around 5am on Tuesday, residents said.\n")


@pytest.mark.parametrize("name, credit", [
    ("a.md", "**Nina Shaw, Bucks Today**"),
    ("a.md", "**Nina Shaw**"),
    ("a.md", "**Nina Shaw, The Bucks Herald**"),
    ("a.txt", "Nina Shaw, Bucks Today"),
])
def test_a_name_and_its_outlet_under_the_headline_is_the_byline(tmp_path, name, credit):
    headline = "# Four cars lost as sinkhole opens in Wycombe Vale" if name.endswith(".md") else \
        "Four cars lost as sinkhole opens in Wycombe Vale"
    result = of_file(write(tmp_path, name, f"{headline}\n\n{credit}\n\n{STORY}"))
    assert result[credit.strip("*")] == ("boilerplate", "byline")


def test_a_place_the_markup_calls_a_heading_stays_a_subheading(tmp_path):
    result = of_file(write(tmp_path, "a.md", "# Four cars lost as sinkhole opens in Wycombe Vale\n\n"
                                            f"## Marlow Road, Wycombe Vale\n\n{STORY}"))
    assert result["Marlow Road, Wycombe Vale"] == ("heading", "subheading")
