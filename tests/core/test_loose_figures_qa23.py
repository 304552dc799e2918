"""Loose figures, from QA pass 23: a count of "people" meets a count of all who were there ("passengers",
"residents") when one deed befell both, in sentences not aligned; a duration that tells when ("three weeks
ago") is no figure (loose_figures.py)."""

from pathlib import Path

from reader.core.compare import compare
from reader.core.document import load_document
from reader.core.model import Document

DATA = Path(__file__).resolve().parents[1] / "data"

# A shared opening the two reports align, so the sentences after it are compared as one story's.
ANCHOR_A = "The MV Rahmat-2 overturned on the Meghna river on Tuesday, about 30km south of Dhaka.\n\n"
ANCHOR_B = "The MV Rahmat-2 went down on the Meghna river on Tuesday, some 30 km south of Dhaka.\n\n"


def _loose(sentence_a: str, sentence_b: str) -> list[tuple[str, str]]:
    comparison = compare(Document("a", "a", ANCHOR_A + sentence_a, "a"), Document("b", "b", ANCHOR_B + sentence_b, "b"))
    assert [(link.a, link.b) for link in comparison.links] == [(0, 0)]  # the two sentences stay unaligned
    return [(c.a_number.surface, c.b_number.surface) for c in comparison.loose_conflicts]


def test_passengers_and_people_rescued_differ():
    assert _loose("About 60 passengers were rescued by fishermen and coast guard boats, while dozens are still missing.",
                  "More than 80 people were rescued, but at least 30 others remained unaccounted for, "
                  "said fire service official Shahjahan Sikder.") == [("60", "80")]


def test_residents_and_people_evacuated_differ():
    assert _loose("About 3,500 residents were evacuated from villages along the eastern bank overnight.",
                  "Some 5,300 people were evacuated, the district administrator told reporters.") == [("3,500", "5,300")]


def test_people_rescued_and_people_injured_do_not_meet():
    assert _loose("60 passengers were rescued from the river by fishermen.",
                  "80 people were injured in the accident, the police said.") == []


def test_people_arrested_and_people_rescued_do_not_meet():
    assert _loose("Police arrested 3 people near the pier after the fight.",
                  "5 people were rescued from the river by fishermen.") == []


def test_a_kind_of_person_may_be_a_part_of_the_people():
    # Eight children may be among the 20 dead: a kind of person is no count of all who were there.
    assert _loose("Eight children were killed when the roof of the school collapsed.",
                  "At least 20 people were killed, according to the health ministry.") == []
    assert _loose("Three soldiers were killed when militants stormed the base before dawn.",
                  "Five people were killed, an army spokesman told state television.") == []


def test_two_kinds_of_people_rescued_do_not_meet():
    assert _loose("About 60 passengers were rescued by fishermen.",
                  "About 80 residents were rescued from rooftops by the army.") == []


def test_people_affected_are_no_deed():
    # "affected" tells no deed done to them: the passengers of the delays and the villagers of the closure
    # are two sets.
    assert _loose("About 40 passengers were affected by the delays.",
                  "The closure affected some 70 people in nearby villages.") == []


def test_a_duration_that_tells_when_is_no_figure():
    # Two pages of two storms: "Nobody saw this coming three weeks ago" says when, not how long, and
    # does not dispute the other page's "7-day" forecast.
    comparison = compare(load_document(next(DATA.glob("furniture*/ridgelinecourier_ap_rockies_storm.html"))),
                         load_document(next(DATA.glob("furniture*/us_localtv_owasso_tornado.txt"))))
    assert comparison.loose_conflicts == ()
