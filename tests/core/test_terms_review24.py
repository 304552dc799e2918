"""CLI QA pass 31 D5: "admitted" to hospital is no hedge.

"Admitted" is a hedge as a verb of saying ("admitted that he
lied"), not as a hospital's taking a patient in: "has been admitted to hospital" got a false "hedged only" note
and lost its corroboration (QA31 D5)."""

from __future__ import annotations

import pytest
from report_lines import called_out, report_of_sentences

from reader.core.terms import tokenize


def types(text: str) -> dict[str, str]:
    return {token.surface: token.type for token in tokenize(text)}


@pytest.mark.parametrize("text", [
    "Denmark's Queen Margrethe has been admitted to hospital after a fall.",
    "She was later admitted with a chest infection.",
    "Queen Margrethe admitted to hospital after fall at her home",
    "He was admitted to the intensive care unit on Tuesday.",
])
def test_admitted_to_hospital_is_no_hedge(text):
    assert types(text)["admitted"] == "word"


@pytest.mark.parametrize("text, word", [
    ("The minister admitted that he had misled parliament.", "admitted"),
    ("He admits he was wrong.", "admits"),
    ("She admitted to lying to investigators.", "admitted"),
])
def test_admitted_as_a_verb_of_saying_stays_a_hedge(text, word):
    assert types(text)[word] == "hedge"


def test_admitted_to_hospital_against_hospitalized_is_not_hedged_only():
    report = report_of_sentences(
        "It is the second time in 18 months that she has been admitted to hospital.",
        "It was the second time in a year and a half that she had been hospitalized.")
    assert called_out(report, "hedged only") == []
