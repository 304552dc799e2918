"""Claims turned round that QA pass 23 found read as one claim, and two names read as two: a deed denied in a
relative clause of the subject the other report tells it of ("The ferry's captain was arrested" / "searching for
the captain, who fled ... and has not been arrested"), and a deed denied with "No" of the thing the other report
tells it done to ("No hosepipe ban has been announced" / "Southern Water announced a hosepipe ban").  And a name
against a word made of it ("North American" / "North America", "Glastonbury-bound" / "Glastonbury"), which is one
name.  Each rule keeps quiet where the two reports may both hold."""

from __future__ import annotations

import pytest
from claim_turns import assert_disputed, link_after_shared, turned

from reader.core.link_notes import link_notes


def _note_lines(a: str, b: str) -> list[str]:
    comparison, link = link_after_shared(a, b)
    return [note.line for note in link_notes(comparison, link)]


CAPTAIN = "The ferry's captain was arrested on Tuesday night, a police spokesman said."
CAPTAIN_AT_LARGE = "Police are searching for the captain, who fled after the accident and has not been arrested."


def test_a_deed_denied_in_a_relative_clause_of_the_same_subject_is_noted():
    assert 'negated only in B: "has not been"' in _note_lines(CAPTAIN, CAPTAIN_AT_LARGE)
    assert_disputed(CAPTAIN, CAPTAIN_AT_LARGE)


@pytest.mark.parametrize("b", [
    # The relative clause tells the deed done.
    "Police are searching for the captain, who fled after the accident and has been arrested.",
    # The deed denied of another person than the one named before the "who".
    "Police are searching for the owner, who fled after the accident and has not been arrested.",
    # The "who" opens another clause, whose own subject the deed is denied of.
    "Police are searching for the captain, who said the engineer had not been arrested.",
])
def test_no_deed_denied_where_the_relative_clause_tells_another_claim(b):
    assert not any(line.startswith("negated only") for line in _note_lines(CAPTAIN, b))


BAN_DENIED = "No hosepipe ban has been announced."
BAN_ANNOUNCED = "Southern Water announced a hosepipe ban."


def test_no_thing_verbed_against_the_thing_verbed_is_turned_round():
    assert turned(BAN_DENIED, BAN_ANNOUNCED) and turned(BAN_ANNOUNCED, BAN_DENIED)
    assert_disputed(BAN_DENIED, BAN_ANNOUNCED)
    assert 'negated only in A: "No"' in _note_lines(BAN_DENIED, BAN_ANNOUNCED)


def test_no_thing_verbed_in_a_longer_sentence_is_noted():
    a = "No hosepipe ban has been announced, but water companies have urged customers to use water wisely."
    b = "Southern Water announced a hosepipe ban for customers in Hampshire and the Isle of Wight from Friday."
    assert 'negated only in A: "No"' in _note_lines(a, b)


@pytest.mark.parametrize("a, b", [
    # Another deed done to the thing: the ban may be discussed and not yet announced.
    ("No hosepipe ban has been announced.", "Southern Water discussed a hosepipe ban."),
    # The same verb, done to another thing.
    ("No charges have been filed against the driver.", "The driver filed a complaint against the police."),
])
def test_a_no_against_another_deed_turns_nothing_round(a, b):
    assert not turned(a, b) and not turned(b, a)


@pytest.mark.parametrize("a, b", [
    ("She is due to begin a 40-date North American tour in June.",
     "The singer starts a 40-date tour of North America in June, beginning in Seattle."),
    ("More than 30 Glastonbury-bound festival-goers were treated for heat exhaustion.",
     "At Glastonbury, medics treated more than 30 people for heat exhaustion."),
])
def test_a_name_and_a_word_made_of_it_are_one_name(a, b):
    assert not any(line.startswith("names differ") for line in _note_lines(a, b))

