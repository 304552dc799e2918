"""The engine's notes on a link (reader.core.link_notes): names respelled, a claim hedged, turned round
or negated on one side only, a quotation put in different mouths.  They are plain data every reader of
a comparison shares: the text report prints each note's line, and the comparison itself reads a link
whose quotation is put in another's mouth as related (not only the report)."""

from __future__ import annotations

import pytest
from noted_reports import DAM_A, DAM_B

from reader.cli.report import render_report
from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import (
    HEDGED_ONLY,
    NAMES_DIFFER,
    NEGATED_ONLY,
    SAID_BY_OTHERS,
    SAYS_THE_OPPOSITE,
    LinkNote,
    link_notes,
)
from reader.core.suggest import CORROBORATED, suggest


def dam_comparison():
    return compare(document_from_text(DAM_A), document_from_text(DAM_B))


def notes_by_sentence(comparison) -> dict[tuple[str, str], tuple[LinkNote, ...]]:
    """Each link's notes, keyed by the opening words of its two sentences."""
    def opening(sentence):
        return " ".join(sentence.text.split()[:2])

    return {(opening(comparison.a_sentences[link.a]), opening(comparison.b_sentences[link.b])):
            link_notes(comparison, link) for link in comparison.links}


def test_each_link_has_its_notes_as_plain_data():
    notes = notes_by_sentence(dam_comparison())
    assert notes[("The dam's", "The dam's")] == (LinkNote(NAMES_DIFFER, "Pruitt", "Pruett"),)
    assert notes[("The failure", "The failure")] == (LinkNote(HEDGED_ONLY, "is thought to have been", "", "a"),)
    assert notes[('"This was', '"This was')] == (LinkNote(SAID_BY_OTHERS, "the mayor", "the governor"),)
    assert notes[("Engineers said", "Engineers said")] == (
        LinkNote(SAYS_THE_OPPOSITE, "favourable", "unfavourable"),)


def test_a_note_gives_the_line_the_report_prints():
    comparison = dam_comparison()
    notes = [note for link in comparison.links for note in link_notes(comparison, link)]
    assert [note.line for note in notes] == [
        'names differ: "Pruitt" (A) vs "Pruett" (B)',
        'hedged only in A: "is thought to have been"',
        'said by different people: "the mayor" (A) vs "the governor" (B)',
        'says the opposite: "favourable" (A) vs "unfavourable" (B)',
    ]
    report = render_report(comparison).splitlines()
    assert all("    " + note.line in report for note in notes)


@pytest.mark.parametrize("a, b, note", [
    ("The minister did not approve the new rail line for the north on Monday.",
     "The minister approved the new rail line for the north on Monday.",
     LinkNote(NEGATED_ONLY, "did not", "", "a")),
    ("Police said the suspect was arrested at his home in Leeds on Friday night.",
     "Police said the suspect was allegedly arrested at his home in Leeds on Friday night.",
     LinkNote(HEDGED_ONLY, "", "allegedly", "b")),
])
def test_a_note_of_one_side_says_which(a, b, note):
    comparison = compare(document_from_text(f"Report\n\n{a}\n"), document_from_text(f"Report\n\n{b}\n"))
    (link,) = comparison.links
    assert link_notes(comparison, link) == (note,)
    assert note.line.startswith(f"{note.kind} in {note.side.upper()}: ")


def test_a_link_told_alike_has_no_notes():
    text = "Report\n\nThe dam's operator, Harlan Pruitt, said the spillway had been inspected in March.\n"
    comparison = compare(document_from_text(text), document_from_text(text))
    assert [link_notes(comparison, link) for link in comparison.links] == [()]


def test_the_comparison_reads_a_quotation_put_in_another_mouth_as_related():
    comparison = dam_comparison()
    quoted = next(link for link in comparison.links if comparison.a_sentences[link.a].text.startswith('"This'))
    assert quoted.relation == "related"
    # So no reader of the comparison suggests the two sentences corroborate each other.
    assert suggest(comparison, "a")[quoted.a].suggested != CORROBORATED
    assert suggest(comparison, "b")[quoted.b].suggested != CORROBORATED


def test_a_same_claim_with_a_note_is_left_for_a_person_to_tag():
    """"Harlan Pruitt" / "Harlan Pruett" is the same claim to the relation, but Enter should not tag it
    corroborated unread: no tag is suggested."""
    comparison = dam_comparison()
    sentence = next(s for s in comparison.a_sentences if "Harlan Pruitt" in s.text)
    link = next(link for link in comparison.links if link.a == sentence.index)
    assert link.relation == "equivalent" and link_notes(comparison, link)
    assert suggest(comparison, "a")[sentence.index].suggested is None
    assert suggest(comparison, "b")[link.b].suggested is None
    # Told alike, a claim is still suggested corroborated.
    shorter = DAM_A.replace("Engineers said the repairs were favourable for the town's water supply this summer.\n", "")
    alike = compare(document_from_text(DAM_A), document_from_text(shorter))
    assert CORROBORATED in {evidence.suggested for evidence in suggest(alike, "a")}
