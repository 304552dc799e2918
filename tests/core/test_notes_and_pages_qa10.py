"""Names notes and page furniture from the tenth pass over the command line's reports.

A plain word capitalised because it opens the sentence, set against the word for those who hold to it
("Conservation groups" / "Conservationists"), names nobody; a body and its initials ("the Health Service
Executive" / "the HSE") are one body; a surname respelled in its ending is a changed name wherever the
word diff puts it ("..., Korhonen said" / "said finance minister Aino Korhola").  And a link to the page
in another language ("Read in Swedish", "Läs på svenska") is navigation: never the page's headline."""

from __future__ import annotations

import pytest
from sentence_kinds import by_text

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import NAMES_DIFFER, link_notes


def names_lines(text_a: str, text_b: str) -> list[str]:
    """The "names differ" lines of the links between two one-sentence reports."""
    comparison = compare(document_from_text(text_a), document_from_text(text_b))
    assert comparison.links, "the two sentences should be linked"
    return [note.line for link in comparison.links for note in link_notes(comparison, link)
            if note.kind == NAMES_DIFFER]


@pytest.mark.parametrize(("a", "b"), [
    ("Conservation groups want the lynx listed as critically endangered.",
     "Conservationists want the lynx listed as critically endangered."),
    ("Environment groups say the new road will cut the forest in two.",
     "Environmentalists say the new road will cut the forest in two."),
    ("Nature lovers have counted fewer otters on the river this year.",
     "Naturalists have counted fewer otters on the river this year."),
])
def test_a_plain_word_opening_the_sentence_and_the_word_for_its_people_are_no_names(a, b):
    assert names_lines(a, b) == []


def test_a_name_opening_the_sentence_respelled_is_still_told():
    lines = names_lines("Mohanty said the council would appeal against the ruling.",
                        "Mohanti said the council would appeal against the ruling.")
    assert lines == ['names differ: "Mohanty" (A) vs "Mohanti" (B)']


@pytest.mark.parametrize(("name", "initials"), [
    ("Health Service Executive", "HSE"),
    ("Federal Bureau of Investigation", "FBI"),
    ("Bank of England", "BoE"),
    ("Royal Society for the Protection of Birds", "RSPB"),
])
def test_a_body_and_its_initials_are_one_name(name, initials):
    assert names_lines(f"The {name} said it could not meet the union's demands.",
                       f"The {initials} said it could not meet the union's demands.") == []


def test_initials_of_another_body_are_still_another_name():
    lines = names_lines("The Health Service Executive said it could not meet the union's demands.",
                        "The NHS said it could not meet the union's demands.")
    assert lines == ['names differ: "Health Service Executive" (A) vs "NHS" (B)']


def test_a_surname_respelled_in_its_ending_inside_a_longer_changed_run_is_told():
    lines = names_lines("\u201cWe will keep interest rates where they are until inflation slows,\u201d Korhonen said.",
                        "\u201cWe will keep interest rates where they are until inflation slows,\u201d said finance minister Aino Korhola.")
    assert lines == ['names differ: "Korhonen" (A) vs "Korhola" (B)']


def test_the_same_two_surnames_in_a_one_word_change_are_told_alike():
    lines = names_lines("\u201cWe will keep interest rates where they are until inflation slows,\u201d Korhonen said.",
                        "\u201cWe will keep interest rates where they are until inflation slows,\u201d Korhola said.")
    assert lines == ['names differ: "Korhonen" (A) vs "Korhola" (B)']


def test_a_name_and_a_longer_name_made_from_it_are_no_respelling():
    # They share their opening, and differ by more than an ending: the mayor of the city is no "Jackson".
    assert names_lines("\u201cThe water is safe to drink again,\u201d Jackson said.",
                       "\u201cThe water is safe to drink again,\u201d said the mayor of Jacksonville.") == []


PAGE = """Nordposten | English edition
Front page   Economy   Politics   Culture
{link}

Harbour authority doubles fees for cruise ships
Published 12.5.2026 09:40
Anna Lindqvist, Nordposten

The harbour authority will double the fees it charges cruise ships from next summer, it said on Tuesday.
The city council approved the plan by 31 votes to 20.
"""


@pytest.mark.parametrize("link", [
    "Read in Swedish", "Läs på svenska", "På norsk", "Lire en français", "In English", "Read this article in Finnish",
    "Auf Deutsch lesen", "Suomeksi",
])
def test_a_link_to_the_page_in_another_language_is_navigation_and_never_the_headline(link):
    kinds = by_text(PAGE.format(link=link))
    assert kinds[link][0] == "boilerplate", kinds[link]
    assert kinds["Harbour authority doubles fees for cruise ships"] == ("heading", "headline")
    document = document_from_text(PAGE.format(link=link))
    comparison = compare(document, document)
    assert comparison.a.title == "Harbour authority doubles fees for cruise ships"


def test_a_short_line_read_somewhere_that_is_no_language_is_no_language_link():
    kinds = by_text(PAGE.format(link="Read in Parliament"))
    assert kinds["Read in Parliament"][1] != "site links"


def test_a_site_named_by_its_name_and_by_its_address_is_one_name():
    assert names_lines("In interviews with Gulagu, Medvedev said he grew disaffected.",
                       "Medvedev told Gulagu.net in an interview he grew disaffected.") == []
