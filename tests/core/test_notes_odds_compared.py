""""twice as likely to" and "more likely to" weigh odds a report states: no hedge.  "is likely to"
still hedges the claim."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import HEDGED_ONLY, claim_notes


def _notes(a: str, b: str) -> list:
    comparison = compare(document_from_text(f"Study\n\n{a}\n"), document_from_text(f"Study\n\n{b}\n"))
    [link] = comparison.links
    return claim_notes(comparison, link)


def test_twice_as_likely_against_double_the_risk_is_no_hedge():
    notes = _notes("People who walked fewer than 2,000 steps a day were twice as likely to develop dementia.",
                   "People taking fewer than 2,000 steps a day had double the risk of dementia.")
    assert not [note for note in notes if note.kind == HEDGED_ONLY]


def test_more_likely_to_is_no_hedge():
    notes = _notes("Smokers in the study were more likely to develop heart disease by the age of 60.",
                   "Smokers in the study developed heart disease by the age of 60.")
    assert not [note for note in notes if note.kind == HEDGED_ONLY]


def test_is_likely_to_still_hedges():
    notes = _notes("The council is likely to close the library on Friday, officials said.",
                   "The council will close the library on Friday, officials said.")
    assert [note for note in notes if note.kind == HEDGED_ONLY and note.side == "a"]
