"""Sentence ends after an abbreviation that may open a name: a news agency's, a paper's or a time
zone's initials in capitals before a sentence that opens with an acronym, and a place without vowels
before a sentence that opens with a title and a name.  Every sentence here is invented."""

from __future__ import annotations

import pytest

from reader.core.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize("first, second", [
    ("Two people were injured, according to the news agency STA.", "NATO said it was monitoring the situation."),
    ("The story was first reported by the FT.", "EU officials declined to comment."),
    ("The company is based in Bozeman, MT.", "US regulators fined it on Monday."),
    ("The shooting began at 9 a.m. MT.", "FBI agents arrived an hour later."),
    ("The quake was felt as far as Mt. Vernon and the FT.", "UN staff left the building."),
])
def test_initials_in_capitals_end_their_sentence_before_an_acronym(first, second):
    assert texts(f"{first} {second}") == [first, second]


@pytest.mark.parametrize("first, second", [
    ("The talks were held in Krk.", "Prime Minister Andrej Plenkovic said they went well."),
    ("The ferry docked at Krk.", "Foreign Minister Gordan Grlic Radman met the crew."),
    ("The race was run in Brno and Krk.", "State Secretary Ana Horvat handed out the medals."),
])
def test_a_place_without_vowels_ends_its_sentence_before_an_office_and_a_name(first, second):
    assert texts(f"{first} {second}") == [first, second]


@pytest.mark.parametrize("sentence", [
    "He served with Pfc. Jessica Lynch in the same unit.",
    "The unit was led by Spc. Maria Lopez until May.",
    "STA. ROSA officials said the ferry was overloaded.",
    "OFFICIALS IN BRGY. SAN JOSE SAID 40 HOMES WERE LOST.",
    "The ferry left Sta. Cruz at dawn.",
    "Officials in Brgy. San Jose said 40 homes were lost.",
    "He was born in the U.S. Army hospital at Landstuhl.",
])
def test_an_abbreviation_that_opens_a_name_still_ends_no_sentence(sentence):
    follow = "Rescuers worked through the night."
    assert texts(f"{sentence} {follow}") == [sentence, follow]


@pytest.mark.parametrize("text", [
    "FT. LAUDERDALE, Fla. -- Police said a man was arrested after the chase.",
    "MT. PLEASANT, S.C. -- A fire broke out at a warehouse on Monday.",
    "FT. WORTH, Texas (AP) -- The city council voted on Tuesday.",
])
def test_an_ap_dateline_in_capitals_opening_with_ft_or_mt_is_one_sentence(text):
    assert [s.text for s in split_sentences(text)] == [text]
