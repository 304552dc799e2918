"""Code review 19: table rows and fact boxes greyed for figures the story tells of something else, the cost
of reading a box's story, a story's contact line taken for the writer's, and a place taken for a byline.

* A league table's rows ("| City | 12 | 4 |") were a "fact box" because the match report said "after 12
  games" and "4 players injured": a row copies the story only where a sentence tells its figure with what
  the row says it is of.  The same holds for a box's "Label: figure" lines.
* Every box read the figures of its whole section again; each line's figures are now read once.
* "Sergeant Amy Lane can be contacted at ..." in a police appeal was read as the writer's contact line.
* "Costa del Sol, Spain" under the headline was read as a byline, its "del" as a surname's particle.

Every text is invented.
"""

from __future__ import annotations

from collections import Counter

import pytest
from sentence_kinds import assert_furniture, assert_story_kept, by_text, of_file
from written_files import write

from reader.core import furniture_facts


def page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


# --- a table row or a box line copies the story only with what its figure is of ------------------------------

MATCH = ("Rovers beat City 2-1 on Saturday to move to the top of the league with three games left.",
         ("It was their third win in a row, and the first time in 12 years they have led the table this late, "
          "after 12 games."),
         "Smith scored twice, taking his tally to 9 for the season, while Jones missed a penalty in the 1st half.",
         "The manager said he had 4 players injured and would rest 2 more on Tuesday.")
TABLE_ROWS = ("Rovers 12 9", "City 12 4", "United 3 2")


def match_report(*story: str) -> str:
    paragraphs = "".join(f"<p>{paragraph}</p>\n" for paragraph in story)
    return ("<html><body><article><h1>Rovers go top after third straight win</h1>\n" + paragraphs
            + "<table><tr><th>Team</th><th>Played</th><th>Points</th></tr>\n"
            + "<tr><td>Rovers</td><td>12</td><td>9</td></tr>\n<tr><td>City</td><td>12</td><td>4</td></tr>\n"
            + "<tr><td>United</td><td>3</td><td>2</td></tr></table>\n"
            + "<p>Rovers host United next week.</p></article></body></html>")


def test_a_league_table_whose_small_figures_the_report_gives_of_other_things_stays_story(tmp_path):
    result = of_file(write(tmp_path, "a.html", match_report(*MATCH)))
    assert_story_kept(result, (*TABLE_ROWS, *MATCH))


def test_a_table_whose_rows_the_report_tells_team_by_team_is_a_fact_box(tmp_path):
    told = ("Rovers have 9 points from their 12 games, City 4 points from 12 games.",
            "United, with 2 points from 3 games, are bottom.")
    result = of_file(write(tmp_path, "a.html", match_report(MATCH[0], *told)))
    assert_furniture(result, TABLE_ROWS, "fact box")
    assert_story_kept(result, (MATCH[0], *told))


SINKHOLE = "A sinkhole opened up in a car park in Wycombe Vale early on Tuesday, swallowing three cars."
DEPTH = "The hole is about 15 metres deep, the fire service said."
EVACUATED = "About 60 residents were evacuated from 12 homes next to the car park."
BOX = ("Cars lost: 3", "Homes evacuated: 12", "Depth: 15m")


def test_a_fact_box_whose_figures_the_story_gives_of_other_things_stays_story():
    # The story names the box's cars and homes, but its 3, 12 and 15 metres are the fire service's.
    crews = ("A sinkhole opened up in a car park in Wycombe Vale early on Tuesday, and three fire engines and 12 "
             "firefighters were sent.")
    crane = "A crane 15 metres tall was brought in to lift the cars out, and residents left their homes."
    result = by_text(page("Sinkhole swallows cars in Marlow Road car park", crews, "Key facts", *BOX, crane,
                          "Engineers said a burst water main had weakened the chalk beneath the car park."))
    assert_story_kept(result, (crews, crane, *BOX))


def test_a_fact_box_whose_figures_the_story_tells_with_its_labels_is_furniture():
    result = by_text(page("Sinkhole swallows cars in Marlow Road car park", SINKHOLE, "Key facts", *BOX, DEPTH,
                          EVACUATED))
    assert_furniture(result, BOX, "fact box")
    assert_story_kept(result, (SINKHOLE, DEPTH, EVACUATED))


# --- each line's figures are read once, however many boxes share its section --------------------------------

def test_each_lines_figures_are_read_once_for_all_the_tables_of_a_section(tmp_path, monkeypatch):
    read = Counter()
    find_numbers = furniture_facts.find_numbers

    def counted(text):
        read[text] += 1
        return find_numbers(text)

    monkeypatch.setattr(furniture_facts, "find_numbers", counted)
    parts = ["<html><body><h1>District figures for the year</h1>"]
    for table in range(12):
        parts += [f"<p>The district reported {1000 + 10 * table + k} cases in ward {table}-{k}, officials said.</p>"
                  for k in range(5)]
        parts.append("<table><tr><th>Ward</th><th>Cases</th></tr>"
                     + "".join(f"<tr><td>Ward {table}-{k}</td><td>{1000 + 10 * table + k}</td></tr>"
                               for k in range(3)) + "</table>")
    result = of_file(write(tmp_path, "a.html", "\n".join(parts) + "</body></html>"))
    assert result["Ward 0-0 1000"] == ("boilerplate", "fact box")  # the rows were read against their story
    assert read and max(read.values()) == 1, read.most_common(3)


# --- a contact line is the writer's only where a writer's stands ---------------------------------------------

APPEAL = ("Police are appealing for witnesses after a man was stabbed in Camden on Saturday night.",
          "The 24-year-old was taken to hospital, where his condition is described as stable.",
          "Anyone with information should call 101 quoting reference 4521.")


@pytest.mark.parametrize("contact", ["Sergeant Amy Lane can be contacted at amy.lane@met.police.example.",
                                     "Dr Omar Patel may be reached at o.patel@camden.example."])
def test_an_officers_contact_closing_an_appeal_stays_story(contact):
    result = by_text(page("Met police appeal for witnesses after Camden stabbing", "By Jane Roe", *APPEAL, contact))
    assert_story_kept(result, (*APPEAL, contact))


def test_a_contact_for_someone_the_story_names_stays_story():
    named = "Amy Lane, the detective leading the inquiry, said officers were studying CCTV footage."
    contact = "Amy Lane can be contacted at amy.lane@met.police.example."
    result = by_text(page("Met police appeal for witnesses after Camden stabbing", "By Jane Roe",
                          *APPEAL, named, contact))
    assert_story_kept(result, (named, contact))


def test_a_contact_in_the_middle_of_the_story_stays_story():
    contact = "Amy Lane can be contacted at amy.lane@met.police.example."
    later = "The road was closed for six hours while officers searched the area."
    result = by_text(page("Met police appeal for witnesses after Camden stabbing", "By Jane Roe",
                          *APPEAL, contact, later))
    assert_story_kept(result, (contact, later))


def test_the_writers_contact_under_the_byline_is_furniture():
    contact = "Jane Roe can be contacted at jane.roe@camdenpost.example."
    result = by_text(page("Met police appeal for witnesses after Camden stabbing", "By Jane Roe", contact, *APPEAL))
    assert result[contact] == ("boilerplate", "byline")
    assert_story_kept(result, APPEAL)


# --- a place with a particle under the headline is no byline --------------------------------------------------

HEADLINE = "Wildfire forces thousands of tourists to flee their resorts"
WILDFIRE = ("Thousands of tourists were evacuated from hotels near the coast on Sunday as a wildfire spread.",
            "Firefighters said the blaze was under control by the evening.")


@pytest.mark.parametrize("place", ["Costa del Sol, Spain", "Villa de Leyva, Colombia", "Puerto de la Cruz, Tenerife"])
def test_a_place_joined_by_a_particle_under_the_headline_is_a_subheading(tmp_path, place):
    result = of_file(write(tmp_path, "a.txt", page(HEADLINE, place, *WILDFIRE)))
    assert result[place] == ("heading", "subheading")
    assert_story_kept(result, WILDFIRE)


def test_a_name_with_a_particle_and_the_outlet_under_the_headline_is_still_a_byline(tmp_path):
    credit = "Mary Ann de Souza, Coastline Times"
    result = of_file(write(tmp_path, "a.txt", page(HEADLINE, credit, *WILDFIRE)))
    assert result[credit] == ("boilerplate", "byline")
