"""Code review 17, page furniture: the words after a quotation's dash, and a place or topic under the headline.

* After a quotation's dash, a story sentence whose first word is capitalised but opens no clause in the
  known way ('"..." – Ministers left the room soon after.', '– Nobody replied.') was dropped as an agency
  credit.  A credit is a short name; a sentence of the story says what happened.
* A place or a topic set under the headline in plain text ("Marlow Road, Wycombe Vale", "Storm Babet") was
  read as a writer's name and outlet, the byline.  It is a subheading, as before the byline rule.

Every text is invented.
"""

from __future__ import annotations

import pytest
from sentence_kinds import assert_furniture, assert_story_kept, by_text, of_file
from written_files import write


def page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


QUOTATION = '"We have nothing more to say to them."'
TALKS = ("The union met ministers on Tuesday to discuss the offer for nurses.",
         "The talks will resume next week, the union said.")


def talks_page(line: str) -> dict[str, tuple[str, str]]:
    return by_text(page("Talks collapse over pay offer", TALKS[0], line, TALKS[1]))


@pytest.mark.parametrize("sentence", [
    "Ministers left the room soon after.",
    "Labour walked out of the talks.",
    "Nobody replied.",
    "Minutes later the talks collapsed.",
])
def test_a_story_sentence_after_a_quotations_dash_is_no_agency_credit(sentence):
    result = talks_page(f"{QUOTATION} – {sentence}")
    assert result[f"– {sentence}"] == ("body", "")
    assert_story_kept(result, TALKS)


@pytest.mark.parametrize("credit", ["– Reuters", "– The Associated Press", "- AFP/Getty", "– Staff and agencies.",
                                    "– Reuters.", "– Additional reporting by Jo Smith"])
def test_an_agency_after_the_storys_last_sentence_is_still_its_credit(credit):
    result = by_text(page("Talks collapse over pay offer", TALKS[0], f"{TALKS[1]} {credit}"))
    assert_furniture(result, [credit], "agency credit")
    assert_story_kept(result, [TALKS[0]])


STORY = ("A sinkhole measuring 40ft across has swallowed four cars in a car park in Wycombe Vale.",
         "The collapse happened at around 5am on Tuesday, residents said.")


def sinkhole_page(line: str) -> str:
    return page("Four cars lost as sinkhole opens in Wycombe Vale", line, *STORY) + "\n"


@pytest.mark.parametrize("line", [
    "Marlow Road, Wycombe Vale",      # a street and the town the headline names
    "Wycombe Vale, Buckinghamshire",  # the town the headline names, and its county
    "Storm Babet",                    # a named storm: no given name is "Storm"
    "Hurricane Milton",
    "Castle Street, High Wycombe",    # a street named nowhere else on the page
    "Beechwood Primary School",
])
def test_a_place_or_topic_under_the_headline_in_plain_text_is_a_subheading(tmp_path, line):
    result = of_file(write(tmp_path, "a.txt", sinkhole_page(line)))
    assert result[line] == ("heading", "subheading")
    assert_story_kept(result, STORY)


def test_a_name_the_story_itself_tells_is_no_byline(tmp_path):
    story = (*STORY, "Firefighters from Aston Clinton were called to the car park shortly afterwards.")
    text = page("Four cars lost as sinkhole opens in Wycombe Vale", "Aston Clinton", *story) + "\n"
    result = of_file(write(tmp_path, "a.txt", text))
    assert result["Aston Clinton"] == ("heading", "subheading")


@pytest.mark.parametrize("credit", ["Nina Shaw", "Nina Shaw, Bucks Today", "Nina Hill, The Bucks Herald",
                                    "Omar Lane"])
def test_a_writers_name_under_the_headline_is_still_the_byline(tmp_path, credit):
    result = of_file(write(tmp_path, "a.txt", sinkhole_page(credit)))
    assert result[credit] == ("boilerplate", "byline")
    assert_story_kept(result, STORY)
