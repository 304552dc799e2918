"""Claims turned round in other words, from QA pass 32 (cliqa32 D1): "no" before a thing and its verb against the
thing told with a figure between it and the verb ("No ransom was paid" / "A ransom of about US$3 million was paid"),
a requirement denied in another of its words ("will need a vote" / "will not require a parliamentary vote"), a cause
ruled out ("caused by a lightning strike" / "ruled out a lightning strike") and a finding denied in another of its
words ("flagged by a sniffer dog" / "not detected by dogs").  And no note where the thing, the cause, the doer or
the time is another."""

from __future__ import annotations

import pytest
from claim_turns import assert_disputed, link_after_shared, turned

from reader.core.link_notes import NEGATED_ONLY, SAYS_THE_OPPOSITE, link_notes


def _notes(a: str, b: str) -> list[tuple[str, str, str]]:
    comparison, link = link_after_shared(a, b)
    return [(note.kind, note.a, note.b) for note in link_notes(comparison, link)]


# -- "no" before a thing, against the thing told with what it was ------------------------------------------------

def test_no_ransom_paid_against_a_ransom_of_a_sum_paid_is_disputed():
    # As the reports told it (turned); then shorter, so that the two link after the shared context (disputed).
    assert turned("No ransom was paid, Foreign Affairs Minister Anita Anand said in a statement.",
                  "A ransom of about US$3 million was paid to the kidnappers, a security source in Niamey told the "
                  "Herald.")
    a = "No ransom was paid for the aid workers, the minister said in a statement."
    b = "A ransom of about US$3 million was paid for the aid workers, a security source said."
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)
    assert _notes(a, b) == [(NEGATED_ONLY, "No", "")]


@pytest.mark.parametrize("a, b", [
    # another verb told of the thing
    ("No ransom was paid for their release, the minister said.",
     "A ransom of US$3 million was demanded by the kidnappers, the minister said."),
    # another year
    ("No ransom was paid in 2019, the minister said.", "A ransom of US$3 million was paid in 2022, the minister said."),
])
def test_no_ransom_paid_against_another_deed_or_year_says_nothing(a, b):
    assert not turned(a, b) and not turned(b, a)


# -- a requirement denied in another of its words -------------------------------------------------------------------

def test_need_a_vote_against_not_require_a_vote_is_disputed():
    a = "The change will need a vote in Parliament before it can take effect."
    b = "The change will not require a parliamentary vote and can be made through secondary legislation."
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)
    assert _notes(a, b) == [(SAYS_THE_OPPOSITE, "need", "not require")]


# -- a cause ruled out ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The blackout was caused by a lightning strike on a transmission tower near Gladstone, Powerlink said.",
     "Powerlink ruled out a lightning strike and said a fault at the Calvale substation was to blame."),
    ("Investigators ruled out a lightning strike, officials said.",
     "The fire was sparked by a lightning strike, officials said."),
])
def test_cause_ruled_out_against_the_cause_told_is_disputed(a, b):
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)


def test_cause_ruled_out_is_quoted_on_its_side():
    a = "The blackout was caused by a lightning strike on a transmission tower near Gladstone, Powerlink said."
    b = "Powerlink ruled out a lightning strike and said a fault at the Calvale substation was to blame."
    assert _notes(a, b) == [(NEGATED_ONLY, "", "Powerlink ruled out")]


@pytest.mark.parametrize("a, b", [
    # the ruling out itself denied
    ("Police have not ruled out a lightning strike.", "The blackout was caused by a lightning strike near Gladstone."),
    # a cause in doubt
    ("Investigators ruled out a lightning strike.", "The blackout may have been caused by a lightning strike."),
])
def test_cause_ruled_out_against_a_cause_in_doubt_or_not_ruled_out_says_nothing(a, b):
    assert not turned(a, b) and not turned(b, a)


# -- a finding denied in another of its words ----------------------------------------------------------------------

def test_flagged_by_a_dog_against_not_detected_by_dogs_is_disputed():
    a = "Sars officials said the shipment was flagged by a sniffer dog during a routine inspection."
    b = "The shipment was not detected by dogs but by X-ray scanning, a SARS official told AFP."
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)
    assert _notes(a, b) == [(SAYS_THE_OPPOSITE, "flagged", "not detected")]


def test_found_by_one_finder_and_not_by_another_says_nothing():
    a = "The drugs were flagged by a sniffer dog."
    b = "The drugs were not detected by the scanner."
    assert not turned(a, b) and not turned(b, a)
