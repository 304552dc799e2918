"""Claims turned round, and notes found false, from QA pass 27 (cliqa27).  A deed denied with "not yet" against it
done, whatever else the changed runs add ("said they had not yet opened" / "in Lecco have opened"); "found him not
guilty" against "found guilty"; "passed its most recent inspection" against "failed an inspection".  And no note
where the claim is told of two places ("Residents of Primrose were not evacuated" / "Residents of Delville were
evacuated"), nor "names differ" for a name and its plural ("World Marathon Major" / "World Marathon Majors")."""

from __future__ import annotations

from claim_turns import assert_disputed, link_after_shared, turned

from reader.core.link_notes import NAMES_DIFFER, NEGATED_ONLY, SAYS_THE_OPPOSITE, link_notes


def _kinds(a: str, b: str) -> list[str]:
    comparison, link = link_after_shared(a, b)
    return [note.kind for note in link_notes(comparison, link)]


def test_a_deed_not_yet_done_against_it_done_is_disputed():
    a = "Prosecutors in Lecco have opened a manslaughter investigation."
    b = "Prosecutors said they had not yet opened a criminal investigation."
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)
    assert _kinds(a, b) == [NEGATED_ONLY]


def test_not_yet_before_another_verb_says_no_opposite():
    a = "Prosecutors in Lecco have opened a manslaughter investigation."
    b = "Prosecutors said they had not yet charged anyone over the collapse."
    assert not turned(a, b)


def test_a_deed_denied_since_a_year_is_left_alone_without_yet():
    # "has not added gold since 2022" and "added gold in 2021" both hold: without the story's year, no dispute.
    a = "Singapore's Monetary Authority has not added gold since 2022."
    b = "The Monetary Authority of Singapore added gold in 2021."
    assert not turned(a, b)


def test_found_him_not_guilty_against_found_guilty_is_disputed():
    a = "The jury found him not guilty of a second charge of assaulting Rangi's brother."
    b = "He was also found guilty of assaulting Rangi's brother."
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)


def test_found_him_guilty_in_both_says_no_opposite():
    a = "The jury found him guilty of a second charge of assaulting Rangi's brother."
    b = "He was also found guilty of assaulting Rangi's brother."
    assert not turned(a, b)
    assert NEGATED_ONLY not in _kinds(a, b)


def test_passed_against_failed_the_same_inspection_says_the_opposite():
    a = "The motorway operator said the bridge had passed its most recent inspection in March."
    b = "Documents seen by Reuters show the bridge had failed an inspection in March."
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)
    assert SAYS_THE_OPPOSITE in _kinds(a, b)


def test_passed_one_reading_and_failed_another_says_no_opposite():
    a = "The bill had passed its first reading in parliament in March."
    b = "The bill had failed a reading in parliament in March."
    assert not turned(a, b)


def test_a_negation_told_of_two_places_gets_no_note():
    a = "Residents of nearby Primrose were not evacuated."
    b = "Residents of Delville were evacuated as a precaution."
    assert NEGATED_ONLY not in _kinds(a, b)


def test_a_negation_told_of_one_place_keeps_its_note():
    a = "Residents of nearby Primrose were not evacuated."
    b = "Residents of nearby Primrose were evacuated as a precaution."
    assert _kinds(a, b) == [NEGATED_ONLY]


def test_a_name_and_its_plural_are_one_name():
    a = "Sydney became the seventh World Marathon Major in 2025."
    b = "Sydney joined the World Marathon Majors in 2025."
    assert NAMES_DIFFER not in _kinds(a, b)


def test_two_names_still_differ():
    a = "Sydney became the seventh World Marathon Major in 2025."
    b = "Sydney joined the World Marathon Series in 2025."
    assert NAMES_DIFFER in _kinds(a, b)
