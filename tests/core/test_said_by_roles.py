"""A quotation given to a speaker told by a part and a name side by side ("said the mayor, Peter Quill",
"Peter Quill, the mayor, said:"): the two clauses are one speaker, so a quotation put in another
mouth is said by different people, while a part on one side and the same person's name on the other
is no difference.  The names of two such speakers are two people, not one name respelled."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import NAMES_DIFFER, SAID_BY_OTHERS, LinkNote, link_notes
from reader.core.relation import quote_given_to_others
from reader.core.suggest import suggest

_QUOTE = '"This will change the town for the better,"'
_QUOTED_FIRST = '"This will change the town for the better."'


@pytest.mark.parametrize("a, b, speakers", [
    (f"{_QUOTE} said the mayor, Peter Quill.", f"{_QUOTE} said the council leader, Ann Marlow.",
     ("the mayor, Peter Quill", "the council leader, Ann Marlow")),
    (f"{_QUOTE} said Peter Quill, the mayor.", f"{_QUOTE} said Ann Marlow, the council leader.",
     ("Peter Quill, the mayor", "Ann Marlow, the council leader")),
    (f"{_QUOTE} the mayor, Peter Quill, said.", f"{_QUOTE} council leader Ann Marlow told reporters.",
     ("the mayor, Peter Quill", "council leader Ann Marlow")),
    (f"The mayor, Peter Quill, said: {_QUOTED_FIRST}", f"Ann Marlow, the council leader, said: {_QUOTED_FIRST}",
     ("The mayor, Peter Quill", "Ann Marlow, the council leader")),
    # Two known parts that one person does not hold at once.
    (f"{_QUOTE} said the mayor, Peter Quill.", f"{_QUOTE} the judge said.",
     ("the mayor, Peter Quill", "the judge")),
])
def test_a_speaker_told_by_a_part_and_a_name_is_read_whole(a, b, speakers):
    assert quote_given_to_others(a, b) == speakers
    assert quote_given_to_others(b, a) == speakers[::-1]


@pytest.mark.parametrize("a, b", [
    # A part on one side, the name on the other: it may be the same person.
    (f"{_QUOTE} said the mayor.", f"{_QUOTE} said Peter Quill."),
    (f"{_QUOTE} said the mayor, Peter Quill.", f"{_QUOTE} said Peter Quill."),
    # One name, two parts: one report has the part wrong, not the person.
    (f"{_QUOTE} said the mayor, Peter Quill.", f"{_QUOTE} said the judge, Peter Quill."),
    (f"{_QUOTE} said the mayor, Peter Quill.", f"{_QUOTE} said Quill, the judge."),
    (f"Peter Quill, the mayor, said: {_QUOTED_FIRST}", f"{_QUOTE} said the judge, Peter Quill."),
    # Two speakers named together, one of them the other side's.
    (f"{_QUOTE} said the mayor, Peter Quill, and the council leader, Ann Marlow.",
     f"{_QUOTE} said Ann Marlow."),
    # The clause after the speaker names someone else, or tells where the speaker works.
    (f"{_QUOTE} said the mayor, Peter Quill's successor.", f"{_QUOTE} said Peter Quill."),
    (f"{_QUOTE} said Dr Ann Marlow, of Quill Hospital.", f"{_QUOTE} said Dr Ann Marlow, of Tam Clinic."),
])
def test_a_part_and_a_name_of_one_person_are_no_difference(a, b):
    assert quote_given_to_others(a, b) is None
    assert quote_given_to_others(b, a) is None


def _article(title: str, quoted: str) -> str:
    return (f"{title}\n\nThe council approved plans for a new footbridge over the River Tam on Tuesday evening.\n\n"
            f"Residents welcomed the decision at a packed public meeting in the town hall.\n\n{quoted}\n")


def _quoted_link(a: str, b: str):
    comparison = compare(document_from_text(_article("Council approves bridge", a)),
                         document_from_text(_article("Go-ahead for footbridge", b)))
    link = next(link for link in comparison.links if comparison.a_sentences[link.a].text.startswith('"This'))
    return comparison, link


def test_a_quotation_given_to_another_named_official_is_not_corroborated():
    comparison, link = _quoted_link(f"{_QUOTE} said the mayor, Peter Quill.",
                                    f"{_QUOTE} said the council leader, Ann Marlow.")
    assert link.relation == "related"
    assert link_notes(comparison, link) == (
        LinkNote(SAID_BY_OTHERS, "the mayor, Peter Quill", "the council leader, Ann Marlow"),)
    for side in "ab":
        quoted = next(e for e in suggest(comparison, side) if e.index == getattr(link, side))
        assert quoted.suggested is None


def test_two_speakers_named_apart_are_not_told_as_a_name_respelled():
    comparison, link = _quoted_link(f"{_QUOTE} said Peter Quill.", f"{_QUOTE} said Ann Marlow.")
    notes = link_notes(comparison, link)
    assert [note.kind for note in notes] == [SAID_BY_OTHERS]
    assert (notes[0].a, notes[0].b) == ("Peter Quill", "Ann Marlow")


def test_a_name_changed_beside_the_speakers_is_still_told_without_them():
    comparison, link = _quoted_link(f"{_QUOTE} said Peter Quill in Tamford.",
                                    f"{_QUOTE} said Ann Marlow in Tamworth.")
    assert link_notes(comparison, link) == (LinkNote(NAMES_DIFFER, "Tamford", "Tamworth"),
                                            LinkNote(SAID_BY_OTHERS, "Peter Quill", "Ann Marlow"))
