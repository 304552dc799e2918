"""Claims read more closely: a plan called off is noted on the side that calls it off, quoting the verb ("has
scrapped"), even where the other side has no word in its place; "May" in a line set in capitals or in title case
is the "may" of a claim that may be, unless a date's or a name's words stand beside it; verbs that doubt, weigh
or shrink a plan ("is reconsidering", "criticised", "scaled back") deny no plan scrapped; and a "would" of a
condition ("would close the plant if demand fell") is no future someone reported."""

from __future__ import annotations

import pytest
from claim_turns import link_after_shared

from reader.core.link_notes import HEDGED_ONLY, NEGATED_ONLY, link_notes
from reader.core.opposites import lowered_words
from reader.core.relation import intent_differs
from reader.core.suggest import CORROBORATED, DISPUTED, suggest
from reader.core.terms import tokenize


def _notes(a: str, b: str) -> list[tuple[str, str, str, str]]:
    comparison, link = link_after_shared(a, b)
    return [(note.kind, note.side, note.a, note.b) for note in link_notes(comparison, link)]


def _suggested(a: str, b: str) -> str | None:
    comparison, link = link_after_shared(a, b)
    return suggest(comparison, "b")[link.b].suggested


# -- A plan called off: the note on the side that calls it off ---------------------------------------------

# The call-offs of test_claims_qa18.TURNED_PAIRS, and the pairs of review 19, with the words that call off.
_CALLED_OFF_ON_B = [
    ("Aire Power said it plans to build a battery storage facility on part of the site.",
     "Aire Power has scrapped plans for a battery storage facility on the site.", "has scrapped"),
    ("The union said it would reopen talks with the employers next week.",
     "The union ruled out reopening talks with the employers.", "ruled out"),
    ("The retailer plans to open a new store in the town centre next spring.",
     "The retailer has scrapped plans to open a new store in the town centre next spring.", "has scrapped"),
    ("The retailer plans to open a new store in the town centre next spring.",
     "The retailer has scrapped its plans to open a new store in the town centre next spring.", "has scrapped"),
    ("The council plans to open 40 new schools.", "The council has scrapped plans to open 40 new schools.",
     "has scrapped"),
    ("The council unveiled plans to open 40 new schools.", "The council has scrapped plans to open 40 new schools.",
     "has scrapped"),
]


@pytest.mark.parametrize("a, b, calling_off", _CALLED_OFF_ON_B)
def test_a_plan_called_off_is_noted_on_the_side_that_calls_it_off(a, b, calling_off):
    assert _notes(a, b) == [(NEGATED_ONLY, "b", "", calling_off)]
    assert _notes(b, a) == [(NEGATED_ONLY, "a", calling_off, "")]


# -- "May" in a line set in capitals or title case ---------------------------------------------------------

@pytest.mark.parametrize("a, b, may", [
    ("THE BANK MAY CUT RATES NEXT WEEK, SOURCES SAY.", "THE BANK WILL CUT RATES NEXT WEEK, SOURCES SAY.", "MAY"),
    ("Central Bank May Cut Rates Next Week, Sources Say.", "Central Bank Will Cut Rates Next Week, Sources Say.",
     "May"),
])
def test_may_in_a_line_set_in_capitals_is_a_hedge(a, b, may):
    assert _notes(a, b) == [(HEDGED_ONLY, "a", may, "")]
    assert _suggested(a, b) != CORROBORATED


@pytest.mark.parametrize("a, b", [
    ("Hotel owner Raj Patel said bookings for May were already up on last year.",
     "Hotel owner Raj Patel said bookings were already up on last year."),
    ("BOOKINGS FOR MAY WERE ALREADY UP ON LAST YEAR, HOTELS SAY.", "BOOKINGS WERE ALREADY UP ON LAST YEAR, HOTELS SAY."),
    ("Sales At The Store Rose Sharply In May, Figures Show.", "Sales At The Store Rose Sharply, Figures Show."),
    ("Theresa May Says Talks With Brussels Will Go On.", "The Prime Minister Says Talks With Brussels Will Go On."),
    ("Theresa May met Angela Merkel in Berlin.", "The prime minister met Angela Merkel in Berlin."),
])
def test_may_the_month_or_a_name_is_no_hedge_in_capitals_or_not(a, b):
    assert HEDGED_ONLY not in [kind for kind, *_ in _notes(a, b)]


# -- Verbs that doubt, weigh or shrink a plan deny no plan scrapped ------------------------------------------

_SCRAPPED = "The retailer has scrapped plans to open 40 new stores next year."


@pytest.mark.parametrize("verb", ["has mothballed", "criticised", "reviewed", "is reconsidering", "scaled back",
                                  "has watered down"])
def test_a_plan_doubted_weighed_or_shrunk_is_not_disputed_by_one_scrapped(verb):
    other = f"The retailer {verb} plans to open 40 new stores next year."
    assert _suggested(_SCRAPPED, other) != DISPUTED
    assert NEGATED_ONLY not in [kind for kind, *_ in _notes(_SCRAPPED, other)]


@pytest.mark.parametrize("verb", ["approved", "confirmed", "drew up", "pushed through"])
def test_a_plan_going_ahead_is_disputed_by_one_scrapped(verb):
    other = f"The retailer {verb} plans to open 40 new stores next year."
    assert _suggested(_SCRAPPED, other) == DISPUTED
    assert _notes(_SCRAPPED, other) == [(NEGATED_ONLY, "a", "has scrapped", "")]


# -- A "would" of a condition is no reported future --------------------------------------------------------

def _words(text: str) -> list[str]:
    return lowered_words(tokenize(text))


@pytest.mark.parametrize("would", [
    "The chairman said the company would close the plant if demand fell.",
    "The chairman said the company would close the plant unless demand rose.",
])
def test_a_would_of_a_condition_is_no_future_reported(would):
    assert not intent_differs(_words(would), _words("The chairman said the company closed the plant."))


def test_a_would_even_if_is_still_the_future_reported():
    assert intent_differs(_words("The chairman said the company would close the plant even if demand rose."),
                          _words("The chairman said the company closed the plant even if demand rose."))
