"""Two changes that each turn a claim round turn it back: "Everyone on board survived" / "No one on
board was killed" says one thing twice (a quantifier and its verb both swapped for their opposites),
so the relation reads it as one claim and the report calls out no opposite.  One change alone, or
three, still turns the claim round.  "appear" that is an infinitive ("summoned to appear to give
evidence", "failed to appear to answer the charges") is an appearance in court, not a claim only
inferred; and the relation and the report read "appear to" / "seem to" through one function."""

from __future__ import annotations

import pytest
from claim_turns import turned

from reader.cli.report import render_report
from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.relation import alleges, seems_so
from reader.core.terms import tokenize


def _block(a: str, b: str) -> list[str]:
    report = render_report(compare(document_from_text(f"Report\n\n{a}\n"), document_from_text(f"Report\n\n{b}\n")))
    aligned = report.split("== Aligned ==")[1].split("== Only in A ==")[0]
    return [line.strip() for line in aligned.splitlines() if line.strip()]


def _turn_lines(block: list[str]) -> list[str]:
    return [line for line in block if line.startswith(("says the opposite", "negated only in"))]


# Each pair says one thing twice: two changes, each of which alone would turn the claim round.
TURNED_BACK = [
    ("Everyone on board survived the accident, the airport operator said.",
     "No one on board was killed in the accident, the airport operator said."),
    ("Everyone on board the ferry survived the crossing, the coastguard said.",
     "No one on board the ferry died in the crossing, the coastguard said."),
    ("All of the passengers survived the crash on the mountain road, police said.",
     "None of the passengers died in the crash on the mountain road, police said."),
    ("Prices on the island have always risen in the summer months, the survey found.",
     "Prices on the island have never fallen in the summer months, the survey found."),
]


@pytest.mark.parametrize("a, b", TURNED_BACK)
def test_two_changes_that_each_turn_the_claim_round_turn_it_back(a, b):
    assert not turned(a, b)
    assert not turned(b, a)


@pytest.mark.parametrize("a, b", TURNED_BACK)
def test_the_report_calls_out_no_opposite_where_two_turn_the_claim_back(a, b):
    block = _block(a, b)
    assert "A1 <-> B1" in block[0]
    assert _turn_lines(block) == []


@pytest.mark.parametrize("a, b, line", [
    ("Everyone on board survived the accident, the airport operator said.",
     "No one on board survived the accident, the airport operator said.",
     'says the opposite: "Everyone" (A) vs "No one" (B)'),
    ("Everyone on board survived the accident, the airport operator said.",
     "Everyone on board was killed in the accident, the airport operator said.",
     'says the opposite: "survived" (A) vs "was killed in" (B)'),
    ("All of the passengers survived the crash on the mountain road, police said.",
     "All of the passengers died in the crash on the mountain road, police said.",
     'says the opposite: "survived" (A) vs "died in" (B)'),
])
def test_one_change_that_turns_the_claim_round_still_does(a, b, line):
    assert turned(a, b)
    block = _block(a, b)
    assert " related, " in block[0]
    assert _turn_lines(block) == [line]


def test_three_changes_that_turn_the_claim_round_turn_it_round():
    a = "Everyone on board survived the accident and the airport was reopened on Tuesday."
    b = "No one on board was killed in the accident and the airport was closed on Tuesday."
    assert turned(a, b)
    assert _turn_lines(_block(a, b)) == ['says the opposite: "Everyone" (A) vs "No one" (B)',
                                         'says the opposite: "survived" (A) vs "was killed in" (B)',
                                         'says the opposite: "reopened" (A) vs "closed" (B)']


# -- "appear" as an appearance in court ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The former mayor has been summoned to appear to give evidence at the fraud trial.",
    "The driver failed to appear to answer the charges at Leeds Magistrates' Court on Monday.",
    "The two men are due to appear to face charges of fraud at Southwark Crown Court.",
    "She was ordered to appear to explain the missing funds to the committee.",
    "The chief executive will appear to answer questions from the committee on Tuesday.",
])
def test_appear_as_an_infinitive_is_an_appearance_not_a_claim_inferred(text):
    assert not alleges(tokenize(text))


@pytest.mark.parametrize("text", [
    "The attackers appear to have gained access through a supplier's account.",
    "The fire did not appear to have spread beyond the kitchen.",
    "The minister appeared to reject the offer.",
    "The new plan appears to focus on rural areas.",
    "The blast seems to have started in the basement.",
    "The fire is expected to appear to be under control by the evening.",
])
def test_appear_or_seem_with_to_and_a_verb_is_still_a_claim_inferred(text):
    assert alleges(tokenize(text))


@pytest.mark.parametrize("words, inferred", [
    (["The", "plan", "appears", "to", "focus", "on", "rural", "areas"], True),
    (["The", "document", "appeared", "to", "Interpol", "investigators"], False),
    (["He", "seemed", "to", "him", "to", "be", "calm"], False),
    (["He", "failed", "to", "appear", "to", "answer", "the", "charges"], False),
])
def test_the_relation_and_the_report_read_appear_to_through_one_function(words, inferred):
    at = next(k for k, word in enumerate(words) if word.startswith(("appear", "seem")))
    assert seems_so(words, at) is inferred
    assert alleges(tokenize(" ".join(words) + ".")) is inferred


def test_two_clauses_each_negated_are_turned_round_not_back():
    # "No one" is "everyone ... not": a quantifier turns back with a verb; two negations in two
    # clauses are two claims turned.
    from reader.core.compare import compare
    from reader.core.document import document_from_text

    comparison = compare(document_from_text("The suspect was not armed and was not dangerous, police said."),
                         document_from_text("The suspect was armed and was dangerous, police said."))
    assert [link.relation for link in comparison.links] == ["related"]
    assert comparison.links[0].diff and any(span.op != "equal" for span in comparison.links[0].diff)
