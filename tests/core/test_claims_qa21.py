"""Claims turned round that QA pass 21 found read as one claim corroborated: "no" in place of the word that
qualifies a noun ("had shown [genuine] remorse" / "[no] remorse"), a plea against its opposite ("pleaded guilty"
/ "denied"), a negation of the same claim told of its subject in another word ("the factory had" / "the unit did
not have"), the same verb negated with another word opening the clause after it ("sounded as soon as" / "did not
sound when"), "has not yet" put before the verb both keep, and "remained open" / "was closed" in a longer change.
Each is disputed and noted; and each rule keeps quiet where the two reports may both hold."""

from __future__ import annotations

import pytest
from claim_turns import assert_disputed, link_after_shared, turned

from reader.core.link_notes import link_notes

TURNED_PAIRS = [
    # "no" against a word that qualifies the same noun.
    ("Judge Richard Harris said Pryce had shown genuine remorse.",
     "Judge Richard Harris said Pryce had shown no remorse."),
    ("Inspectors raised serious concerns about the reactor.", "Inspectors raised no concerns about the reactor."),
    # A plea against its opposite, with the age told before the verb on one side.
    ("Pryce pleaded guilty to 14 counts of fraud at Cardiff Crown Court.",
     "Pryce denied 14 counts of fraud at Cardiff Crown Court."),
    ("Pryce pleaded not guilty to 14 counts of fraud at Cardiff Crown Court.",
     "Pryce admitted 14 counts of fraud at Cardiff Crown Court."),
    ("Gareth Pryce, 34, pleaded guilty to 14 counts of fraud by abuse of position.",
     "Gareth Pryce had denied 14 counts of fraud by abuse of position."),
    # The same claim denied of its subject told in another word.
    ("Sumera said the factory had a valid licence from the pollution board.",
     "Sumera said the unit did not have a valid licence from the pollution board."),
    ("The objects were insured, a spokesperson for the château confirmed.",
     "The château said the collection was not insured, a spokesperson added."),
    # The same verb negated, each side opening the clause after it in its own words.
    ("The château's alarm sounded as soon as the window was forced.",
     "Staff said the château's alarm did not sound when the window was forced."),
    # "not yet" put in before the verb both keep.
    ("The 23-year-old passed his medical at Bodymoor Heath.",
     "The 23-year-old has not yet passed a medical at Bodymoor Heath."),
    # An opposite that opens a longer change, an adverb and another clause after it.
    ("Operations have been postponed, and the emergency department remained open throughout, although some "
     "ambulances were diverted to neighbouring hospitals.",
     "Operations have been postponed, and the emergency department was closed to ambulances for two days, with "
     "patients taken to Blackpool and Wigan instead."),
]


@pytest.mark.parametrize("a, b", TURNED_PAIRS)
def test_a_claim_turned_round_in_other_words_is_disputed(a, b):
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)


def _note_lines(a: str, b: str) -> list[str]:
    comparison, link = link_after_shared(a, b)
    return [note.line for note in link_notes(comparison, link)]


@pytest.mark.parametrize("a, b, line", [
    ("Judge Richard Harris said Pryce had shown genuine remorse.",
     "Judge Richard Harris said Pryce had shown no remorse.", 'negated only in B: "no"'),
    ("Pryce pleaded guilty to 14 counts of fraud at Cardiff Crown Court.",
     "Pryce denied 14 counts of fraud at Cardiff Crown Court.",
     'says the opposite: "pleaded guilty to" (A) vs "denied" (B)'),
    ("Gareth Pryce, 34, pleaded guilty to 14 counts of fraud by abuse of position.",
     "Gareth Pryce had denied 14 counts of fraud by abuse of position.",
     'says the opposite: "pleaded guilty" (A) vs "had denied" (B)'),
    ("The 23-year-old passed his medical at Bodymoor Heath.",
     "The 23-year-old has not yet passed a medical at Bodymoor Heath.", 'negated only in B: "has not yet"'),
    # The subject told in another word is left out of the quote: the negation is of the verb.
    ("Sumera said the factory had a valid licence from the pollution board.",
     "Sumera said the unit did not have a valid licence from the pollution board.", 'negated only in B: "did not have"'),
    ("The objects were insured, a spokesperson for the château confirmed.",
     "The château said the collection was not insured, a spokesperson added.", 'negated only in B: "was not"'),
])
def test_the_note_says_which_words_turn_the_claim(a, b, line):
    assert line in _note_lines(a, b)


@pytest.mark.parametrize("a, b", [
    # "little" says hardly any, which "no" only sharpens.
    ("Judge Richard Harris said Pryce had shown little remorse.",
     "Judge Richard Harris said Pryce had shown no remorse."),
    # One plea told in two ways; a plea and a verdict are two things.
    ("Pryce pleaded not guilty to 14 counts of fraud.", "Pryce denied 14 counts of fraud."),
    ("Pryce pleaded guilty to 14 counts of fraud.", "Pryce was convicted of 14 counts of fraud."),
    # Two verbs: a clause kept from an old deal may be no clause inserted in this one.
    ("Lyon have kept a 10% sell-on clause in the deal.", "Lyon have not inserted a sell-on clause in the deal."),
    # A particle makes the verb another.
    ("He did not rule out a return to the club.", "He ruled on a return to the club."),
    # "not ... until" and "not ... before" tell when it sounded, not that it did not.
    ("The alarm sounded as soon as the window was forced.", "The alarm did not sound until the window was forced."),
    ("The alarm sounded after the window was forced.", "The alarm did not sound before the window was forced."),
    # The same subject, another verb negated.
    ("The objects were insured, the château said.", "The objects were not stolen, the château said."),
])
def test_no_dispute_where_both_may_hold(a, b):
    assert not turned(a, b) and not turned(b, a)
