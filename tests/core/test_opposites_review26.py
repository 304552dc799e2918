"""One reading of a sentence's words for the checks that find a claim turned round: "No" before a
figure numbers ("Shaft No 3", "No. 10"), any other "no" negates, and the relation and the report
both read the words through ``opposites.lowered_words``."""

from __future__ import annotations

import pytest

from reader.core.negation_words import is_negation
from reader.core.opposites import NUMBERING_NO, lowered_words
from reader.core.terms import tokenize


@pytest.mark.parametrize("text, numbering, negating", [
    ("No miners were hurt in the blast at Shaft No 3.", ["No"], ["No"]),
    ("NO staff were inside No. 10 on Monday.", ["No"], ["NO"]),
    ("Flat No 3b was empty, and no one was hurt.", ["No"], ["no"]),
    ("There is no 24-hour cover at the station.", [], ["no"]),
    ("No two flats had working alarms.", [], ["No"]),
])
def test_no_before_a_figure_numbers_and_every_other_no_negates(text, numbering, negating):
    tokens = tokenize(text)
    words = lowered_words(tokens)
    assert [t.surface for t, w in zip(tokens, words) if w == NUMBERING_NO] == numbering
    assert [t.surface for t, w in zip(tokens, words) if is_negation(w)] == negating


def test_the_words_are_the_tokens_lower_cased_one_for_one():
    tokens = tokenize("The Ministry DENIED it wasn't told, officials said.")
    assert lowered_words(tokens) == ["the", "ministry", "denied", "it", "wasn't", "told", "officials", "said"]


def test_the_relation_reads_the_words_as_the_report_does():
    from reader.core import worddiff

    tokens = tokenize("No miners were hurt in the blast at Shaft No 3.")
    plain = tokenize("Miners were hurt in the blast at Shaft No 3.")
    opcodes = [("delete", 0, 1, 0, 0), ("equal", 1, len(tokens), 0, len(plain))]
    assert worddiff.turns_round(opcodes, tokens, plain)
    assert worddiff.lowered_words is lowered_words
