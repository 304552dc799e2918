"""A measure one outlet converts into its readers' units ("about 400 metres" / "some 1,300 feet",
"60mph" / "97km/h") is one figure to the aligner, as it is to the ledger: the two sentences are linked
on it and one shared word, where the exact values (400 and 396.24 metres) shared no term.  Invented
avalanche, storm and harbour reports."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text

STORY_A = ("Avalanche kills three\n\n{sentence}\n\n"
           "Search teams used dogs and long probes to find people under the snow.\n\n"
           "The resort closed all its lifts for the rest of the day.\n")
STORY_B = ("Avalanche kills three\n\n{sentence}\n\n"
           "Rescuers combed the mountainside for hours.\n\n"
           "Every chairlift stopped running until the following morning.\n")


def link_between(sentence_a: str, sentence_b: str):
    comparison = compare(document_from_text(STORY_A.format(sentence=sentence_a)),
                         document_from_text(STORY_B.format(sentence=sentence_b)))
    return next((link for link in comparison.links if comparison.a_sentences[link.a].text == sentence_a
                 and comparison.b_sentences[link.b].text == sentence_b), None)


@pytest.mark.parametrize("sentence_a, sentence_b", [
    ("The skiers were carried about 400 metres down the slope.",
     "The skiers were swept some 1,300 feet down the mountainside."),
    ("Gusts reached 60mph on the exposed ridge.", "Winds of 97km/h battered the ridge."),
    ("A 40-foot wave struck the harbour wall.", "A 12-metre surge hit the harbour."),
    ("Temperatures reached 104F in the valley.", "The valley baked at 40C."),
])
def test_a_measure_and_its_conversion_link_two_sentences_that_share_one_word(sentence_a, sentence_b):
    link = link_between(sentence_a, sentence_b)
    assert link is not None and link.numbers.agree and not link.numbers.conflict


def test_one_shared_word_and_two_counts_close_together_are_no_link():
    # Counts are written as they are: 1,204 and 1,210 skiers are two figures, and one shared word
    # is too little to tell one claim.
    assert link_between("The skiers numbered 1,204 on the opening day.",
                        "Some 1,210 skiers queued at the lifts by noon.") is None


@pytest.mark.parametrize("sentence_a, sentence_b", [
    ("The temperature in Seville hit 44C on Tuesday afternoon.", "Cordoba recorded a temperature of 44.5C."),
    # Written in a unit the figure is not kept in, but both in that one unit: still two readings.
    ("The temperature in Phoenix hit 118F on Tuesday afternoon.", "Las Vegas recorded a temperature of 117F."),
    ("The temperature in Phoenix hit 111F on Tuesday afternoon.", "Las Vegas recorded a temperature of 112F."),
])
def test_two_close_readings_written_in_one_unit_are_two_figures(sentence_a, sentence_b):
    # Two cities' temperatures share the word and nearly the figure; neither is a conversion.
    assert link_between(sentence_a, sentence_b) is None


def test_a_measure_and_its_exact_conversion_are_one_claim():
    # The figure told in two units is shared, as the same figure in one unit would be: nothing
    # else differs in substance, so the two sentences make the same claim.
    link = link_between("Temperatures in Seville reached 40C on Monday afternoon, the agency said.",
                        "Seville hit 104F on Monday afternoon.")
    assert link is not None and link.relation == "equivalent"
