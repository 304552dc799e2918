"""A byline's word for "by" in another language opening an English headline in title case, a story sentence
about joining a discussion somewhere, and a story's timeline under "Key events" on a page that is no live
blog.  Every page here is invented."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text
from sentence_kinds import by_text

ENGLISH_STORY = ["Angel Di Maria scored twice as Benfica beat Porto 3-1 at the Estadio da Luz on Sunday.",
                 "The win lifts Benfica to second in the table, two points behind the leaders."]


@pytest.mark.parametrize("headline", ["Di Maria Scores Twice", "Von Der Leyen Re-Elected",
                                      "Par Three Hole Decides Open", "Por Favor Restaurant Closes, Owners Say",
                                      "Di Maria Strikes Twice, Benfica Beat Porto 3-1"])
def test_an_english_title_case_headline_opening_with_the_word_for_by_is_the_headline(headline):
    page = f"{headline}\n\n{ENGLISH_STORY[0]}\n\n{ENGLISH_STORY[1]}\n"
    assert by_text(page)[headline] == ("heading", "headline")


def test_the_headlines_figures_are_compared_when_the_headline_opens_with_di():
    page_a = f"Di Maria Strikes Twice, Benfica Beat Porto 3-1\n\n{ENGLISH_STORY[0]}\n\n{ENGLISH_STORY[1]}\n"
    page_b = page_a.replace("Di Maria Strikes Twice, Benfica Beat Porto 3-1", "Di Maria double as Benfica beat Porto 3-2")
    pair = compare(document_from_text(page_a, title="A"), document_from_text(page_b, title="B")).headlines
    assert pair is not None


FRENCH_STORY = ["Le Rassemblement national est arrivé en tête des élections européennes en France dimanche.",
                "La participation a atteint 51,5 %, son plus haut niveau depuis 1994, selon le ministère."]


@pytest.mark.parametrize("byline", ["Par Camille Lefèvre", "Par Camille Lefèvre et Hugo Marchand"])
def test_a_byline_on_a_page_in_another_language_is_a_byline(byline):
    page = f"Européennes : le RN en tête\n\n{byline}\n\n{FRENCH_STORY[0]}\n\n{FRENCH_STORY[1]}\n"
    assert by_text(page)[byline] == ("boilerplate", "byline")


@pytest.mark.parametrize("byline", ["Von Anna Schmidt, Korrespondentin", "Par Camille Lefèvre, à Bruxelles",
                                    "Di Marco Bianchi | 10/06/2024"])
def test_a_byline_with_its_own_furniture_is_a_byline_on_an_english_page(byline):
    page = f"Di Maria Scores Twice\n\n{byline}\n\n{ENGLISH_STORY[0]}\n\n{ENGLISH_STORY[1]}\n"
    assert by_text(page)[byline] == ("boilerplate", "byline")


@pytest.mark.parametrize("sentence", [
    "Party members can join the discussion at fringe events across the city.",
    "Readers can join the conversation about the novel at the library on Thursday evenings.",
])
def test_a_story_sentence_about_joining_a_discussion_somewhere_stays_story(sentence):
    page = f"{ENGLISH_STORY[0]}\n\n{sentence}\n\n{ENGLISH_STORY[1]}\n"
    assert by_text(page)[sentence] == ("body", "")


@pytest.mark.parametrize("prompt", ["Subscribers can join the discussion below.",
                                    "Members can join the conversation.",
                                    "Registered users may join the debate in the comments section."])
def test_a_third_person_comment_prompt_is_still_a_comment_prompt(prompt):
    page = f"{ENGLISH_STORY[0]}\n\n{ENGLISH_STORY[1]}\n\n{prompt}\n"
    assert by_text(page)[prompt] == ("boilerplate", "comment prompt")


TIMELINE = """Exam results day

Key events

9:00 Results released to students

10:00 Schools open for collection

Students collected their results from 9am on Thursday, with grades slightly down on last year.

Schools stayed open until the afternoon for those who could not come in the morning.
"""


def test_a_timeline_under_key_events_in_an_ordinary_story_is_not_a_live_blog():
    kinds = by_text(TIMELINE)
    for item in ("9:00 Results released to students", "10:00 Schools open for collection"):
        assert kinds[item] != ("boilerplate", "live blog"), item


def test_the_key_events_of_a_page_titled_live_are_still_its_post_links():
    page = TIMELINE.replace("Exam results day", "Exam results day live: grades slightly down")
    kinds = by_text(page)
    for item in ("9:00 Results released to students", "10:00 Schools open for collection"):
        assert kinds[item] == ("boilerplate", "live blog"), item
