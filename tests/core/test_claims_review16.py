"""Reading a claim: the adverbs read past after "will" or a verb of change ("will only write", "fell only
slightly"), two tolls of two fates ("Three people were killed" / "Twelve people were injured"), and believers
with an aside set off by commas ("investigators, however, believe")."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import HEDGED_ONLY, HEDGING_DIFFERS, SAYS_THE_OPPOSITE, link_notes
from reader.core.opposites import lowered_words
from reader.core.relation import _intended_verbs, intent_differs
from reader.core.stemmer import stem
from reader.core.suggest import CORROBORATED, suggest
from reader.core.terms import tokenize


def _words(text: str) -> list[str]:
    return lowered_words(tokenize(text))


def one_link(a: str, b: str):
    comparison = compare(document_from_text(f"Report\n\n{a}\n"), document_from_text(f"Report\n\n{b}\n"))
    (link,) = comparison.links
    return comparison, link


# "will only write": a short adverb in "-ly" is read past as a long one is.

@pytest.mark.parametrize("text", [
    "The council will only write to residents who were affected.",
    "The council will duly write to every affected resident.",
    "The council will really write to every affected resident.",
])
def test_an_adverb_after_will_is_read_past_to_the_deed_to_come(text):
    assert _intended_verbs(_words(text)) == {stem("write")}


def test_a_deed_to_come_after_only_still_differs_from_the_deed_done():
    assert intent_differs(_words("The council will only write to residents who were affected."),
                          _words("The council has written to residents who were affected."))


@pytest.mark.parametrize("text, verb", [
    ("The charity will reapply for funding next year.", "reapply"),
    ("The army will probably resupply the base by air.", "resupply"),
    ("The firm will apply for a licence.", "apply"),
])
def test_a_verb_in_ly_with_a_prefix_is_the_deed_to_come(text, verb):
    assert _intended_verbs(_words(text)) == {stem(verb)}


@pytest.mark.parametrize("a, b", [
    ("Shares in the company rose sharply on Tuesday after the results.",
     "Shares in the company fell only slightly on Tuesday after the results."),
])
def test_only_after_a_verb_of_change_is_no_object_of_the_verb(a, b):
    # "fell only slightly" turns "rose sharply" round: "only" is an adverb, not a thing the fall acts on.
    for first, second in ((a, b), (b, a)):
        comparison, link = one_link(first, second)
        assert link.relation == "related"
        assert [note.kind for note in link_notes(comparison, link)] == [SAYS_THE_OPPOSITE]


# Two tolls of two fates are two claims, whatever their figures.

_FIRE_A = ("A fire at a warehouse in Leeds on Tuesday night was brought under control after six hours, the fire "
           "service said.\n\nThree people were killed in the fire.\n\nCrews from across West Yorkshire attended the "
           "blaze on the industrial estate.")
_FIRE_B = ("Firefighters needed six hours to control a warehouse blaze in Leeds on Tuesday night, the fire service "
           "said.\n\nTwelve people were injured in the fire.\n\nEngines from across West Yorkshire were sent to the "
           "industrial estate.")


def test_a_death_toll_and_an_injury_toll_of_two_figures_are_related_and_suggest_nothing():
    comparison = compare(document_from_text(f"Warehouse fire\n\n{_FIRE_A}\n"),
                         document_from_text(f"Warehouse fire\n\n{_FIRE_B}\n"))
    (link,) = [link for link in comparison.links if "killed" in comparison.a_sentences[link.a].text]
    assert "injured" in comparison.b_sentences[link.b].text
    assert link.relation == "related"
    assert suggest(comparison, "a")[link.a].suggested is None
    assert suggest(comparison, "b")[link.b].suggested is None


@pytest.mark.parametrize("a, b", [
    ("Three people died when the coach overturned near Lyon, police said.",
     "Twelve people were hurt when the coach overturned near Lyon, police said."),
    ("Police said 12 protesters were detained outside the parliament on Friday.",
     "Police said four protesters were injured outside the parliament on Friday."),
])
def test_two_counts_with_two_fates_are_two_claims(a, b):
    for first, second in ((a, b), (b, a)):
        assert one_link(first, second)[1].relation == "related"


def test_both_tolls_told_on_each_side_are_still_one_claim():
    comparison, link = one_link("Three people were killed and twelve were injured in the warehouse fire in Leeds.",
                                "The warehouse fire in Leeds killed three people and injured twelve.")
    assert link.relation == "equivalent"
    assert suggest(comparison, "a")[link.a].suggested == CORROBORATED


# Believers with an aside set off by commas are still believers, joined with the other side's hedge.

@pytest.mark.parametrize("believers", [
    "investigators, however, believe",
    "investigators, for their part, believe",
])
def test_believers_with_an_aside_join_the_other_sides_hedge(believers):
    comparison, link = one_link("Heavy rain may have washed away the bridge near the village.",
                                f"Heavy rain washed away the bridge near the village, {believers}.")
    assert [(note.kind, note.a, note.b) for note in link_notes(comparison, link)] == [
        (HEDGING_DIFFERS, "may have", believers)]


def test_a_clause_of_its_own_before_an_aside_and_the_believers_is_not_joined():
    comparison, link = one_link("The gunman may have shot three people in the square.",
                                "The gunman shot three people in the square and fled, however, police believe.")
    kinds = [note.kind for note in link_notes(comparison, link)]
    assert HEDGING_DIFFERS not in kinds and HEDGED_ONLY in kinds
