"""Code review 18, page furniture: bylines under a masthead or over a bio, credits in several words, and a
fact box far from the story's figures.

* The byline "Nina Shaw, Bucks Today" was taken for a subheading when the outlet's masthead stood over the
  headline, or when the writer's bio at the foot named her; the bio then became a story sentence.  Only the
  headline (and its standfirst) and the story under the byline tell that a name is the story's topic.
* "Mary Ann de Souza" alone under the headline is a byline: four words, one a surname's particle.
* After a quotation's dash, a credit's wording ("Guardian staff and agencies.", "With reporting by Reuters.",
  "Reuters, edited by Jo Smith") was read as a sentence of the story.
* A fact box whose figures the story tells more than 80 paragraphs away was left in the story.

Every text is invented.
"""

from __future__ import annotations

import pytest
from sentence_kinds import assert_furniture, assert_story_kept, by_text, of_file
from written_files import write


def page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


HEADLINE = "Council rejects bid to close town library"
LIBRARY = ("The council voted on Tuesday to keep the library in Wycombe Vale open after 3,000 people signed a petition.",
           "Campaigners said the decision was a relief for families who use the library every week.")
BIO = "Nina Shaw is the local democracy reporter for Bucks Today."


def test_the_outlets_masthead_over_the_headline_leaves_the_byline_a_byline(tmp_path):
    text = page("Bucks Today", "News | Sport | What's on", HEADLINE, "Nina Shaw, Bucks Today", *LIBRARY)
    result = of_file(write(tmp_path, "a.txt", text))
    assert result["Nina Shaw, Bucks Today"] == ("boilerplate", "byline")
    assert_story_kept(result, LIBRARY)


def test_the_writers_bio_at_the_foot_leaves_the_byline_and_the_bio_furniture(tmp_path):
    result = of_file(write(tmp_path, "a.txt", page(HEADLINE, "Nina Shaw, Bucks Today", *LIBRARY, BIO)))
    assert result["Nina Shaw, Bucks Today"] == ("boilerplate", "byline")
    assert result[BIO] == ("boilerplate", "author bio")
    assert_story_kept(result, LIBRARY)


def test_a_name_the_headline_gives_is_still_no_byline_under_a_masthead(tmp_path):
    text = page("Bucks Today", "Floods close Aston Clinton primary school for a week", "Aston Clinton", *LIBRARY)
    result = of_file(write(tmp_path, "a.txt", text))
    assert result["Aston Clinton"] == ("heading", "subheading")


def test_a_name_the_story_tells_as_a_person_of_the_story_is_still_no_byline(tmp_path):
    told = "Aston Clinton is a village where the library shut last year."
    result = of_file(write(tmp_path, "a.txt", page(HEADLINE, "Aston Clinton", *LIBRARY, told)))
    assert result["Aston Clinton"] == ("heading", "subheading")


@pytest.mark.parametrize("credit", ["Mary Ann de Souza", "Pieter van den Broek"])
def test_a_four_word_name_with_a_surnames_particle_is_a_byline(tmp_path, credit):
    result = of_file(write(tmp_path, "a.txt", page(HEADLINE, credit, *LIBRARY)))
    assert result[credit] == ("boilerplate", "byline")
    assert_story_kept(result, LIBRARY)


def test_a_four_word_street_with_particles_is_no_byline(tmp_path):
    result = of_file(write(tmp_path, "a.txt", page(HEADLINE, "Rue de la Paix", *LIBRARY)))
    assert result["Rue de la Paix"] == ("heading", "subheading")


TALKS = ("The union met ministers on Tuesday to discuss the offer for nurses.",
         "The talks will resume next week, the union said.")


@pytest.mark.parametrize("credit", ["– Guardian staff and agencies.", "– With reporting by Reuters.",
                                    "– Reuters, AP and AFP.", "– Reuters, edited by Jo Smith",
                                    "– Photographs supplied by Getty"])
def test_a_credit_in_its_own_wording_after_the_last_sentence_is_the_credit(credit):
    result = by_text(page("Talks collapse over pay offer", TALKS[0], f"{TALKS[1]} {credit}"))
    assert_furniture(result, [credit], "agency credit")
    assert_story_kept(result, TALKS)


@pytest.mark.parametrize("sentence", ["Ministers left the room soon after.", "Tomorrow, more talks.",
                                      "Ministers, furious, left the room."])
def test_a_story_sentence_after_a_quotations_dash_stays_story(sentence):
    quotation = '"We have nothing more to say to them."'
    result = by_text(page("Talks collapse over pay offer", TALKS[0], f"{quotation} – {sentence}", TALKS[1]))
    assert result[f"– {sentence}"] == ("body", "")


SINKHOLE = "A sinkhole opened up in a car park in Wycombe Vale early on Tuesday, swallowing three cars."
EVACUATED = "About 60 residents were evacuated from 12 homes next to the car park."
BOX = ("Cars lost: 3", "Homes evacuated: 12", "Depth: 15m")


def sinkhole_page(paragraphs_between: int) -> str:
    # Paragraphs without a figure, so that only the last sentence tells the 12 homes.
    between = ["Neighbours on the estate said the ground had been moving for weeks, a spokesperson told "
               "reporters."] * paragraphs_between
    return page("Sinkhole swallows three cars in Marlow Road car park", SINKHOLE, "Key facts", *BOX,
                "The hole is about 15 metres deep, the fire service said.", *between, EVACUATED)


def test_a_fact_box_whose_figures_the_story_tells_far_below_is_a_fact_box(tmp_path):
    result = of_file(write(tmp_path, "a.txt", sinkhole_page(85)))
    assert_furniture(result, BOX, "fact box")
    assert_story_kept(result, [SINKHOLE, EVACUATED])

