"""A deed told as to come ("will write") against the same deed told as done ("has written"): two claims, as a
plan and its deed are, with a note saying which side has it still to come."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import AHEAD_ONLY, link_notes
from reader.core.opposites import lowered_words
from reader.core.relation import _intended_verbs, intent_differs
from reader.core.stemmer import stem
from reader.core.terms import tokenize


def _words(text: str) -> list[str]:
    return lowered_words(tokenize(text))


@pytest.mark.parametrize("a, b", [
    ("The council will write to every affected resident.", "The council has written to every affected resident."),
    ("Police will release the footage on Monday.", "Police released the footage on Monday."),
    ("The firm shall close the plant in March.", "The firm closed the plant in March."),
    # an adverb between "will" and its verb
    ("The council will also write to residents.", "The council has written to residents."),
    ("The council will soon write to every affected resident.", "The council has written to every affected resident."),
])
def test_a_deed_to_come_against_the_deed_done_differs(a, b):
    assert intent_differs(_words(a), _words(b))


@pytest.mark.parametrize("a, b", [
    # Both to come, or what follows "will" no deed: one claim.
    ("The council will write to every affected resident.", "The council will write to all affected residents."),
    ("The plant will be closed in March.", "The plant was closed in March."),
    # The deed to come is also told done in the same sentence.
    ("The firm said it will cut 300 jobs after it cut 100 last year.", "The firm cut 100 jobs last year, it said."),
    # Another verb to come; the deed done is another.
    ("The council will hold a meeting after it wrote to residents.", "The council wrote to residents."),
])
def test_no_deed_to_come_or_another_one_is_no_difference(a, b):
    assert not intent_differs(_words(a), _words(b))


def test_the_link_is_two_claims_with_a_note_of_the_deed_to_come():
    a = "The council will write to every affected resident to explain what data was taken."
    b = "The council has written to every affected resident to explain what data was taken."
    comparison = compare(document_from_text(f"Data breach\n\n{a}\n"), document_from_text(f"Data breach\n\n{b}\n"))
    link = next(link for link in comparison.links if link.a == 1)
    assert link.relation == "related"
    assert [(note.kind, note.a, note.side) for note in link_notes(comparison, link)] == [(AHEAD_ONLY, "will write", "a")]


def test_a_verb_in_ly_after_will_is_the_deed_to_come_not_the_word_after_it():
    assert _intended_verbs(_words("The council will apply for funding.")) == {stem("apply")}
    assert _intended_verbs(_words("Supporters will rally outside the town hall.")) == {stem("rally")}
    assert _intended_verbs(_words("The council will quickly write to residents.")) == {stem("write")}


# -- The future someone reported: "said she would travel" --------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The minister said she would travel to Kyiv on Tuesday.", "The minister travelled to Kyiv on Tuesday."),
    ("The firm announced that it would close the plant in March.", "The firm closed the plant in March."),
    ("Officials confirmed the new owners would reopen the pier.", "The new owners have reopened the pier."),
])
def test_a_reported_would_against_the_deed_done_differs(a, b):
    assert intent_differs(_words(a), _words(b))


@pytest.mark.parametrize("a, b", [
    # Both to come, one in the reporter's "would", the other in the speaker's "will".
    ("The minister said she would travel to Kyiv on Tuesday.", "The minister said she will travel to Kyiv on Tuesday."),
    # A "would" of a condition or a habit: no reporting verb before it.
    ("Closing the plant would cost 200 jobs.", "Closing the plant cost 200 jobs."),
    ("He would often visit the plant in March.", "He visited the plant in March."),
    # What follows "would" is no deed.
    ("The minister said the talks would not resume.", "The talks resumed on Tuesday."),
])
def test_a_would_of_no_reported_deed_to_come_is_no_difference(a, b):
    assert not intent_differs(_words(a), _words(b))


def test_the_link_of_a_reported_would_and_the_deed_done_notes_the_deed_to_come():
    a = "The minister said she would travel to Kyiv on Tuesday for talks with the president."
    b = "The minister travelled to Kyiv on Tuesday for talks with the president."
    comparison = compare(document_from_text(f"Visit\n\n{a}\n"), document_from_text(f"Visit\n\n{b}\n"))
    link = next(link for link in comparison.links if link.a == 1)
    assert link.relation == "related"
    assert [(note.kind, note.a, note.side) for note in link_notes(comparison, link)] == [
        (AHEAD_ONLY, "said she would travel", "a")]
