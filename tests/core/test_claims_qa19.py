"""A deed refused against the deed told as done or coming: "declined to take over", "refused to pay", "rejected
calls to resign" negate their verb as "will not" does, also where the verb both reports tell stands after the
refusal ("will [take over]" / "declined to [take over]"); and a negation put where the other report has an adverb
("had not been consulted" / "had been fully consulted").  Each is disputed, where it read as one claim
corroborated.  "declined" as the fall of a figure ("shares declined 5%", "declined to record lows") refuses
nothing."""

from __future__ import annotations

import pytest
from claim_turns import link_after_shared, turned

from reader.core.link_notes import NEGATED_ONLY, link_notes
from reader.core.suggest import CORROBORATED, DISPUTED, suggest


def _suggested(a: str, b: str):
    comparison, link = link_after_shared(a, b)
    return link, link_notes(comparison, link), (suggest(comparison, "a")[link.a].suggested,
                                               suggest(comparison, "b")[link.b].suggested)


@pytest.mark.parametrize("a, b, negating", [
    ("The county will take over the busiest routes.", "The county declined to take over the busiest routes.",
     "declined to"),
    ("The county will take over the busiest routes, Tallis said.",
     "The county had declined to take over any of the routes, Tallis said.", "had declined to"),
    ("The firm will pay the bill.", "The firm refused to pay the bill.", "refused to"),
    ("The minister confirmed the figures.", "The minister declined to confirm the figures.", "declined to"),
    ("The county will take over the busiest routes.", "The county rejected calls to take over the busiest routes.",
     "rejected calls to"),
    ("The chairman will resign at the end of the month.",
     "The chairman rejected growing demands to resign at the end of the month.", "rejected growing demands to"),
])
def test_a_deed_refused_is_negated_only(a, b, negating):
    assert turned(a, b) and turned(b, a)
    link, notes, suggested = _suggested(a, b)
    assert link.relation == "related"
    assert [(note.kind, note.side, note.b) for note in notes] == [(NEGATED_ONLY, "b", negating)]
    assert suggested == (DISPUTED, DISPUTED)


@pytest.mark.parametrize("a, b", [
    ("Shares rose 5% on Monday.", "Shares declined 5% on Monday."),  # the fall says the opposite of the rise
])
def test_declined_as_a_fall_is_still_the_opposite_of_a_rise(a, b):
    _, notes, suggested = _suggested(a, b)
    assert [note.kind for note in notes] == ["says the opposite"]
    assert suggested == (DISPUTED, DISPUTED)


@pytest.mark.parametrize("a, b", [
    ("Shares fell to record lows on Monday.", "Shares declined to record lows on Monday."),
    ("Profits fell to a record low last year.", "Profits declined to a record low last year."),
    ("Profits fell to levels last seen in 2009.", "Profits declined to levels last seen in 2009."),
    ("Sales fell to five thousand units last year.", "Sales declined to five thousand units last year."),
    # Both refuse, in two words.
    ("The county refused to take over the routes.", "The county declined to take over the routes."),
])
def test_declined_to_a_level_or_against_another_refusal_turns_nothing(a, b):
    assert not turned(a, b) and not turned(b, a)
    _, notes, suggested = _suggested(a, b)
    assert not notes
    assert suggested == (CORROBORATED, CORROBORATED)


@pytest.mark.parametrize("a, b", [
    ("The Royal Pharmaceutical Society said it had not been consulted on how the scheme would work.",
     "The Royal Pharmaceutical Society said it had been fully consulted on the scheme."),
    ("The suspect was not charged with the offence.", "The suspect was formally charged with the offence."),
])
def test_a_negation_put_where_the_other_has_an_adverb_is_negated_only(a, b):
    assert turned(a, b) and turned(b, a)
    _, notes, suggested = _suggested(a, b)
    assert [(note.kind, note.side, note.a) for note in notes] == [(NEGATED_ONLY, "a", "not")]
    assert suggested == (DISPUTED, DISPUTED)


def test_an_adverb_against_another_adverb_turns_nothing():
    assert not turned("The driver was seriously injured in the crash.", "The driver was slightly injured in the crash.")
