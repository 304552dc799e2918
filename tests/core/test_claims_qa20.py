"""Claims turned round in other words than a lone "not" against the same words: "No <noun>" against "A <noun>",
"One <noun>" or "Two <nouns>" with the same verb; "will not <verb>" against "has <verb>ed", the deed refused told
as done; and a denial put before the claim the other report tells ("denied that the group had ignored a warning").
Each is disputed and noted, where it read as one claim corroborated or as a reworded one with no note; and each
rule keeps quiet where the two reports agree."""

from __future__ import annotations

import pytest
from claim_turns import assert_disputed, link_after_shared, turned

from reader.core.link_notes import link_notes


def _note_lines(a: str, b: str) -> list[str]:
    comparison, link = link_after_shared(a, b)
    return [note.line for note in link_notes(comparison, link)]


TURNED_PAIRS = [
    # "No <noun>" against a count of the same noun, in any of its forms; the verb agrees with each count.
    ("A student has been suspended.", "No student has been suspended."),
    ("Two students have been suspended by the university.", "No student has been suspended by the university."),
    ("One driver was arrested at the scene.", "No driver was arrested at the scene."),
    ("A decision on the new runway has been made.", "No decision on the new runway has been made."),
    # "No one" against a count told with the "a" of one thing.
    ("A man was hurt in the blast, the fire service said.", "No one was hurt in the blast, the fire service said."),
    # "will not <verb>" against the deed told as done.
    ("The university will not involve the police.", "The university has involved the police."),
    ("The council won't publish the report on the flooding.", "The council has published the report on the flooding."),
    ("The club will not pay the fine imposed by the league.", "The club had paid the fine imposed by the league."),
    # A denial put before the claim the other report tells.
    ("The group had ignored a weather warning, police said.",
     "Summit North denied that the group had ignored a weather warning."),
    ("The minister misled parliament over the contract.",
     "The minister denied that he misled parliament over the contract."),
    ("The company paid the fine last year.", "The company denies it paid the fine last year."),
]


@pytest.mark.parametrize("a, b", TURNED_PAIRS)
def test_a_claim_turned_round_in_other_words_is_disputed(a, b):
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)


@pytest.mark.parametrize("a, b", [
    # "a few" / "no one" may be one report's way of telling the other's.
    ("A few people were hurt, the fire service said.", "No one was hurt, the fire service said."),
    # Two things counted: the students and the teachers.
    ("Two students have been suspended.", "No teacher has been suspended."),
    # A deed to come against one not yet done: both may hold.
    ("The university will involve the police.", "The university has not involved the police."),
    # Both deny; a denial told after the claim on one side only is no denial before it.
    ("The group denied that it had ignored a weather warning.",
     "The group denied that it had ignored a weather warning, police said."),
    ("Summit North said that the group had ignored a weather warning.",
     "The group had ignored a weather warning."),
    # A denial itself negated denies nothing.
    ("The bank neither admitted to nor denied wrongdoing in the settlement.",
     "The bank did not admit to wrongdoing in the settlement."),
])
def test_a_claim_told_alike_is_not_turned(a, b):
    assert not turned(a, b) and not turned(b, a)


@pytest.mark.parametrize("a, b, line", [
    ("A student has been suspended.", "No student has been suspended.", 'negated only in B: "No"'),
    ("The university will not involve the police.", "The university has involved the police.",
     'negated only in A: "will not"'),
    ("The group had ignored a weather warning, police said.",
     "Summit North denied that the group had ignored a weather warning.", 'negated only in B: "denied that"'),
])
def test_the_note_quotes_the_words_that_turn_the_claim(a, b, line):
    assert _note_lines(a, b) == [line]
