"""A deed one report says its subject means to do and the other says was done is two claims: "plans to scrap
the census" / "has scrapped the census" is related, never the same claim.  An intention against another way of
telling ahead ("will scrap", "intends to scrap"), a purpose ("is intended to make"), or a deed under way ("is
acquiring") stays one claim."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.opposites import lowered_words
from reader.core.relation import intent_differs
from reader.core.terms import tokenize


def _relation(a: str, b: str) -> str:
    comparison = compare(document_from_text(f"Census\n\n{a}\n"), document_from_text(f"Census\n\n{b}\n"))
    return next(link.relation for link in comparison.links if link.a == 1 and link.b == 1)


def _words(text: str) -> list[str]:
    return lowered_words(tokenize(text))


@pytest.mark.parametrize("a, b", [
    ("The statistics office plans to scrap the ten-yearly census.", "The statistics office has scrapped the ten-yearly census."),
    ("The statistics office plans to scrap the census.", "The statistics office scrapped the census."),
    ("The union has threatened to walk out over the new rotas.", "The union has walked out over the new rotas."),
    # A past that is its present.
    ("The company plans to cut 200 jobs at the plant.", "The company cut 200 jobs at the plant."),
    ("The mayor vowed to reopen the bridge within a year.", "The mayor reopened the bridge within a year."),
    # Another verb told ahead leaves this one done.
    ("The statistics office plans to scrap the census and rely on tax records instead.",
     "The statistics office has scrapped the census and will rely on tax records instead."),
])
def test_a_deed_intended_is_not_the_deed_done(a, b):
    assert _relation(a, b) == "related" and _relation(b, a) == "related"


@pytest.mark.parametrize("a, b", [
    ("The statistics office plans to scrap the census.", "The statistics office will scrap the census."),
    ("The statistics office plans to scrap the census.", "The statistics office will soon scrap the census."),
    ("The statistics office plans to scrap the census.", "The statistics office intends to scrap the census."),
    ("The statistics office plans to buy the building.", "The statistics office is buying the building."),
    ("The new tool is intended to make it easy to set up the server.", "The new tool makes it easy to set up the server."),
    ("Bondholders filed suit seeking to block the offer.", "Bondholders filed suit to block the offer."),
    # A noun of the verb's stem is no deed done.
    ("The company plans to cut 200 jobs at the plant.", "The company announced 200 job cuts at the plant."),
    ("The council plans to review the parking charges.", "The council announced a review of the parking charges."),
])
def test_one_claim_told_ahead_or_under_way_is_no_intent_against_a_deed(a, b):
    assert not intent_differs(_words(a), _words(b)) and not intent_differs(_words(b), _words(a))
