"""Review 21: a negation of the same claim told of another subject disputes only where the two subjects may be
one thing ("the factory had" / "the unit did not have", "the objects were" / "the collection was not").  Two
people told by two words ("the mother" / "the baby", "the driver" / "the passenger") and a thing against its
contents ("the building" / "the contents") are two subjects, of which both claims may hold."""

from __future__ import annotations

import pytest
from claim_turns import assert_disputed, link_after_shared, turned

from reader.core.link_notes import link_notes
from reader.core.suggest import DISPUTED, suggest


@pytest.mark.parametrize("a, b", [
    # Two people in the subject's place, with the attribution moved to the other end or not.
    ("The mother was taken to hospital, a spokesperson said.",
     "A spokesperson said the baby was not taken to hospital."),
    ("The mother was taken to hospital.", "The baby was not taken to hospital."),
    ("The driver was injured in the crash, police said.", "Police said the passenger was not injured in the crash."),
    ("The driver was injured in the crash.", "The passenger was not injured in the crash."),
    ("Two passengers were injured in the crash.", "The drivers were not injured in the crash."),
    # A thing and its contents.
    ("The building was insured, the owner confirmed.", "The owner said the contents were not insured."),
    ("The house was insured, the owner confirmed.", "The contents were not insured, the owner said."),
])
def test_a_claim_denied_of_another_subject_is_no_dispute(a, b):
    assert not turned(a, b) and not turned(b, a)
    comparison, link = link_after_shared(a, b)
    assert not any(note.line.startswith("negated only") for note in link_notes(comparison, link))
    assert suggest(comparison, "a")[link.a].suggested != DISPUTED


@pytest.mark.parametrize("a, b", [
    # A word reports use for a thing named otherwise.
    ("Sumera said the factory had a valid licence from the pollution board.",
     "Sumera said the unit did not have a valid licence from the pollution board."),
    ("The objects were insured, a spokesperson for the château confirmed.",
     "The château said the collection was not insured, a spokesperson added."),
    # The same person, or a name against a role, still turns the claim.
    ("The driver was injured in the crash.", "The driver was not injured in the crash."),
    ("Police said the driver was injured in the crash.", "Police said Smith was not injured in the crash."),
])
def test_a_claim_denied_of_the_same_subject_is_still_disputed(a, b):
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)
