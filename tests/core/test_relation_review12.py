"""Intent against a deed, from the twelfth review: a verb whose past is its present ("cut", "quit") is a deed
done only after its subject, not after a modal ("could cut"), "be" ("could be cut", "are to be cut") or as a
noun ("a fuel duty cut"); so a plan to cut and a forecast of the cut stay one claim, while a plan and the cut
made stay two."""

from __future__ import annotations

import pytest
from ledger_rows import OPENING

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import link_notes
from reader.core.opposites import lowered_words
from reader.core.relation import intent_differs
from reader.core.terms import tokenize


def _words(text: str) -> list[str]:
    return lowered_words(tokenize(text))


@pytest.mark.parametrize("a, b", [
    ("The company plans to cut 200 jobs at the plant.", "The company could cut 200 jobs at the plant."),
    ("The company plans to cut 200 jobs at the plant.", "Up to 200 jobs could be cut at the plant, the company said."),
    ("The company plans to cut 200 jobs at the plant.", "Some 200 jobs are to be cut at the plant, the company said."),
    ("The government plans to cut fuel duty in the budget.", "The government announced a fuel duty cut in the budget."),
    ("The statistics office plans to scrap the census.", "The census may be scrapped, the office said."),
    ("The company plans to cut 200 jobs at the plant.", "200 jobs are being cut at the plant, the company said."),
])
def test_a_forecast_or_a_noun_of_the_deed_is_no_deed_done(a, b):
    assert not intent_differs(_words(a), _words(b)) and not intent_differs(_words(b), _words(a))


@pytest.mark.parametrize("a, b", [
    ("The company plans to cut 200 jobs at the plant.", "Up to 200 jobs could be cut at the plant, the company said."),
    ("The government plans to cut fuel duty in the budget.", "The government announced a fuel duty cut in the budget."),
])
def test_a_plan_and_its_forecast_link_as_one_claim_with_no_intent_note(a, b):
    comparison = compare(document_from_text(f"{OPENING}\n\n{a}\n"), document_from_text(f"{OPENING}\n\n{b}\n"))
    link = next(link for link in comparison.links if link.a == 1 and link.b == 1)
    notes = [note.line for note in link_notes(comparison, link)]
    assert link.relation == "equivalent" and not [line for line in notes if line.startswith("intended only")]


@pytest.mark.parametrize("a, b", [
    ("The company plans to cut 200 jobs at the plant.", "The company cut 200 jobs at the plant."),
    ("The minister threatened to quit over the deal.", "The minister quit in protest over the deal."),
    ("The statistics office plans to scrap the census.", "The statistics office has scrapped the census."),
    # "A"/"An" opening the subject: the word after it is the subject's verb, no noun of it.
    ("A second airline plans to quit on Friday, the airport said.", "A second airline quit on Friday, the airport said."),
    ("The airport said that a second airline plans to quit on Friday.",
     "The airport said that a second airline quit on Friday."),
])
def test_a_plan_against_the_deed_done_still_differs(a, b):
    assert intent_differs(_words(a), _words(b))


@pytest.mark.parametrize("a, b", [
    ("A second airline plans to quit the route.", "The ministry said a second airline quit on Friday."),
    ("A second airline plans to quit the route.", "On Friday a second airline quit the route."),
])
def test_an_article_after_a_verb_of_saying_or_a_day_opens_a_clause_whose_verb_is_a_deed(a, b):
    assert intent_differs(_words(a), _words(b))
