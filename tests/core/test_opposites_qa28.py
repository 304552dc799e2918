"""Claims turned round in other words, from QA passes 28 and 29 (cliqa28, cliqa29): a sign denied before the clause
the other report tells ("there was no indication the men were armed"), "no" before a thing and its verb against
the verb told of that thing ("no whales had been euthanised" / "euthanised several whales"), "without" against the
thing had or the deed done ("without a valid licence" / "under a valid licence", "without checking the forecast" /
"had checked the forecast"), a negated deed told in another of its ways ("not caused by" / "the result of", "would
not challenge" / "would appeal"), and a fall against a rise told with its time ("fell between August and
September" / "rose sharply last month").  And no note for a negation put before a verb that acts on another thing
("asked not to bring dogs" / "asked to bring wetsuits"), nor where each rule meets another thing, another time or
a count of none."""

from __future__ import annotations

import pytest
from claim_turns import assert_disputed, link_after_shared, turned

from reader.core.link_notes import NEGATED_ONLY, SAYS_THE_OPPOSITE, link_notes


def _kinds(a: str, b: str) -> list[str]:
    comparison, link = link_after_shared(a, b)
    return [note.kind for note in link_notes(comparison, link)]


def _notes(a: str, b: str) -> list[tuple[str, str, str]]:
    comparison, link = link_after_shared(a, b)
    return [(note.kind, note.a, note.b) for note in link_notes(comparison, link)]


# -- a negation before a verb that acts on another thing (QA29 D7) ------------------------------------------------

def test_asked_not_to_bring_one_thing_against_asked_to_bring_another_says_nothing():
    a = "Volunteers were asked not to bring dogs to the beach."
    b = "Volunteers were asked to bring wetsuits and buckets."
    assert not turned(a, b) and not turned(b, a)
    assert NEGATED_ONLY not in _kinds(a, b)


def test_asked_not_to_bring_the_thing_others_were_asked_to_bring_is_disputed():
    a = "Volunteers were asked not to bring dogs to the beach."
    b = "Volunteers were asked to bring their dogs to the beach."
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)


# -- a sign denied before a clause (QA29 D1) -----------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Officials said the two men were armed and dangerous.",
     "Officials said there was no indication the men were armed."),
    ("Police said the fire was started deliberately.",
     "Police said there was no evidence that the fire was started deliberately."),
])
def test_no_sign_of_the_clause_the_other_tells_is_disputed(a, b):
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)
    assert _kinds(a, b) == [NEGATED_ONLY]


def test_no_sign_of_a_thing_named_is_no_clause_denied():
    # "no sign of" names a thing looked for; it says nothing against the thing found.
    a = "The missing hikers were found on Tuesday."
    b = "There was no sign of the missing hikers."
    assert not turned(a, b) and not turned(b, a)


# -- "no" before a thing and its verb (QA29 D1) --------------------------------------------------------------------

def test_no_whales_euthanised_against_whales_euthanised_is_disputed():
    a = "Rangers said no whales had been euthanised."
    b = "Conservation staff euthanised several whales."
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)
    assert _notes(a, b) == [(NEGATED_ONLY, "no whales had been", "")]  # from the "no", past who said it


@pytest.mark.parametrize("a, b", [
    # another thing
    ("No passengers were injured in the crash.", "Two crew members were injured in the crash."),
    # another day
    ("No bodies were recovered on Monday.", "Divers recovered two bodies on Tuesday."),
    # the verb's noun is no verb: "hosepipe [ban]"
    ("No hosepipe ban has been announced.", "Southern Water discussed a hosepipe ban."),
])
def test_no_against_another_thing_or_time_says_nothing(a, b):
    assert not turned(a, b) and not turned(b, a)


# -- "without" against the thing had or the deed done (QA28 D1, QA29 D1) ----------------------------------------

def test_without_a_licence_against_under_a_licence_says_the_opposite():
    a = "Police said the mine was operating legally under a valid licence issued in 2021."
    b = "The mine was operating without a valid licence, a ministry official told News24 on condition of anonymity."
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)
    assert _notes(a, b) == [(SAYS_THE_OPPOSITE, "legally under", "without")]


def test_without_checking_against_had_checked_says_the_opposite():
    a = "The group had checked the weather forecast."
    b = "The group set off without checking the forecast."
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)
    assert _notes(a, b) == [(SAYS_THE_OPPOSITE, "had checked", "set off without checking")]


@pytest.mark.parametrize("a, b", [
    ("He left without paying the bill.", "He had paid the fine."),
    ("The mine operated under a licence.", "The mine operated without water."),
])
def test_without_another_thing_says_nothing(a, b):
    assert not turned(a, b) and not turned(b, a)


# -- a negated deed told in another of its ways (QA28 D1) ----------------------------------------------------------

def test_not_caused_by_against_the_result_of_says_the_opposite():
    a = "DAA said the outage was not caused by a cyberattack."
    b = "Sources said the outage was the result of a cyberattack on a third-party supplier."
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)
    assert _notes(a, b) == [(SAYS_THE_OPPOSITE, "not caused by", "the result of")]


def test_would_not_challenge_against_would_appeal_turns_the_claim_round():
    a = "The Sentinel said it would appeal the decision."
    b = "The Sentinel said it would not challenge the ruling."
    assert turned(a, b) and turned(b, a)


def test_would_not_appeal_one_thing_against_appealing_another_says_nothing():
    a = "The firm said it would not appeal the ruling."
    b = "The firm said it would appeal the fine."
    assert not turned(a, b) and not turned(b, a)


# -- a fall against a rise, with its time (QA28 D1) ----------------------------------------------------------------

def test_fell_between_two_months_against_rose_last_month_says_the_opposite():
    a = "Airfares fell between August and September, partly offsetting the rise."
    b = "Airfares rose sharply last month, the ONS said."
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)
    assert _notes(a, b) == [(SAYS_THE_OPPOSITE, "fell", "rose")]


def test_fell_last_month_against_rose_this_month_says_nothing():
    a = "Prices fell last month."
    b = "Prices rose this month."
    assert not turned(a, b) and not turned(b, a)
