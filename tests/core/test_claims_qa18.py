"""Claims turned round in other words than a lone "not" or one opposite: a negation put in with a change of
tense ("was identified" / "has not been identified"), a count against "no one", a verb taken out against its
opposite as an infinitive another verb lets happen ("suspended flights" / "allowed flights to resume"), a plan
or a deed called off ("plans to build" / "has scrapped plans for", "would reopen talks" / "ruled out reopening
talks"), a negation taken off one deed and put on another ("had not tried to buy" / "had tried to buy but could
not match"), and a word put in negated at another place ("a burst water main" / "the water main had
not burst").  Each is disputed, where it read as one claim corroborated; and each rule keeps quiet where
its words stand in another clause of two reports that agree."""

from __future__ import annotations

import pytest
from claim_turns import assert_disputed, link_after_shared, turned

from reader.core.link_notes import link_notes
from reader.core.suggest import CORROBORATED, DISPUTED, suggest

TURNED_PAIRS = [
    # A negation put in as the tense changes: the "has been" carries the verb, as "was" does.
    ("The buyer was identified by the auction house.", "The buyer has not been identified by the auction house."),
    ("The man was charged by police.", "The man has not been charged by police."),
    # A count against "no one", "nobody": the verb's "was" / "were" changes with the count.
    ("No one was hurt, the fire service said.", "Two people were hurt, the fire service said."),
    ("Nobody was hurt, the fire service said.", "Two people were hurt, the fire service said."),
    ("No one was hurt, the fire service said.", "Some people were hurt, the fire service said."),
    # A verb taken out against its opposite as an infinitive a verb lets happen, the two apart.
    ("Regional authorities suspended all balloon flights in the province on Friday afternoon pending the "
     "investigation.",
     "Regional authorities allowed flights to resume on Friday afternoon, hours after the crash."),
    # A plan or a deed called off.
    ("Aire Power said it plans to build a battery storage facility on part of the site.",
     "Aire Power has scrapped plans for a battery storage facility on the site."),
    ("The union said it would reopen talks with the employers next week.",
     "The union ruled out reopening talks with the employers."),
    # The calling-off verb put in on its own, the plan told alike on both sides after it.
    ("The retailer plans to open a new store in the town centre next spring.",
     "The retailer has scrapped plans to open a new store in the town centre next spring."),
    ("The retailer plans to open a new store in the town centre next spring.",
     "The retailer has scrapped its plans to open a new store in the town centre next spring."),
    # One negation taken out, and another put in on a deed of its own.
    ("The Dutch government had not tried to buy the painting, a spokesperson for the culture ministry said.",
     "A culture ministry spokesperson said the Dutch government had tried to buy the painting but could not "
     "match the bids."),
    # A word taken out in one place and put in negated at another.
    ("Engineers from the water company said a burst water main had weakened the chalk beneath the car park.",
     "The water company said the water main under the car park had not burst, and that the cause was still "
     "being investigated."),
    ("Police said a stolen car was found in the river.", "Police said the car found in the river had not been stolen."),
]


@pytest.mark.parametrize("a, b", TURNED_PAIRS)
def test_a_claim_turned_round_in_other_words_is_disputed(a, b):
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)


@pytest.mark.parametrize("a, b", [
    # "has been" / "has not been" was read before; "was" / "has been" tells one deed.
    ("The buyer was identified by the auction house.", "The buyer has been identified by the auction house."),
    # A "nor" with no "neither" negates as "not" does.
    ("None of his rivals picked him as a partner, nor was he asked the question.",
     "None of his rivals picked him as a partner and he was not asked the question."),
    # The count and "no one" in two clauses of both reports.
    ("Two people were rescued and no one was hurt, the fire service said.",
     "No one was hurt and two people were rescued, the fire service said."),
    ("No one else was hurt, the fire service said.", "Two people were hurt, the fire service said."),
    # "refused to allow flights to resume" keeps them suspended; "will allow" them once the ban ends.
    ("Regional authorities suspended all balloon flights in the province on Friday afternoon pending the "
     "investigation.",
     "Regional authorities refused to allow flights to resume on Friday afternoon, hours after the crash."),
    ("Regional authorities suspended all balloon flights in the province on Friday afternoon pending the "
     "investigation.",
     "Regional authorities will allow flights to resume on Friday afternoon, hours after the crash."),
    # Plans scrapped for something else, in a clause of its own; plans not scrapped.
    ("Aire Power plans to build a battery storage facility on the site.",
     "Aire Power, which scrapped plans for a gas plant in 2019, plans to build a battery storage facility on "
     "the site."),
    ("Aire Power said it plans to build a battery storage facility on part of the site.",
     "Aire Power has not scrapped plans for a battery storage facility on the site."),
    # Something else ruled out; a deed both reports deny.
    ("The union said it would reopen talks with the employers next week.",
     "The union, which ruled out a strike, said it would reopen talks with the employers."),
    ("The minister said she would not resign.", "The minister ruled out resigning."),
    # One negation moved, or the same two negations in another order.
    ("The illness was not due to farmers but to doctors.", "The illness was due to doctors, not farmers."),
    ("The government had not tried to buy the painting and could not have matched the bids.",
     "The government could not have matched the bids and had not tried to buy the painting."),
    # The word negated in a clause of its own, of something else.
    ("A burst water main flooded the street, and the road was closed.",
     "The water main burst and flooded the street, though homes were not flooded."),
    ("The injured driver was taken to hospital, police said.",
     "The driver, who was taken to hospital, was not seriously injured, police said."),
])
def test_the_same_words_in_another_clause_turn_nothing_round(a, b):
    assert not turned(a, b) and not turned(b, a)


def test_a_plan_scrapped_for_something_else_is_no_dispute():
    comparison, link = link_after_shared(
        "Aire Power plans to build a battery storage facility on the site.",
        "Aire Power, which scrapped plans for a gas plant in 2019, plans to build a battery storage facility on "
        "the site.")
    assert not link_notes(comparison, link)
    assert suggest(comparison, "a")[link.a].suggested != DISPUTED


def test_a_word_negated_at_another_place_is_told_with_its_negation():
    comparison, link = link_after_shared(*TURNED_PAIRS[-2])
    assert [note.line for note in link_notes(comparison, link)] == ['negated only in B: "had not burst"']


def test_a_count_against_no_one_is_told_as_negated():
    comparison, link = link_after_shared("No one was hurt, the fire service said.",
                                    "Two people were hurt, the fire service said.")
    assert [note.line for note in link_notes(comparison, link)] == ['negated only in A: "No one"']
    assert suggest(comparison, "b")[link.b].suggested != CORROBORATED


# A belief on each side: "Investigators believe" against "are thought to have come", a run too long to call out.

_BELIEVED = "Investigators believe the scales came from about 18,000 animals."


@pytest.mark.parametrize("b", [
    "The scales are thought to have come from some 18,000 pangolins.",
    "The scales are widely thought to have come from some 18,000 pangolins.",
])
def test_a_belief_on_each_side_is_no_hedge_of_one_side(b):
    comparison, link = link_after_shared(_BELIEVED, b)
    assert not link_notes(comparison, link)


@pytest.mark.parametrize("b", [
    "The scales came from some 18,000 pangolins, which are thought to have been killed in Nigeria.",
    "The scales came from some 18,000 pangolins, according to customs records seen by reporters.",
])
def test_a_belief_of_another_clause_leaves_the_hedge_of_one_side(b):
    comparison, link = link_after_shared(_BELIEVED, b)
    assert [note.line for note in link_notes(comparison, link)] == ['hedged only in A: "Investigators believe"']


@pytest.mark.parametrize("a, b, quoted", [
    ("The man was charged by police.", "The man has not been charged by police.", "has not been"),
    ("The buyer was identified by the auction house.", "The buyer has not been identified by the auction house.",
     "has not been"),
    # The verb the other sentence has in another form is left out, its auxiliary kept.
    ("The man crossed the border on Friday.", "The man did not cross the border on Friday.", "did not"),
])
def test_the_negation_note_quotes_the_negation_with_its_tense(a, b, quoted):
    comparison, link = link_after_shared(a, b)
    assert [(note.kind, note.b) for note in link_notes(comparison, link)] == [("negated only", quoted)]
