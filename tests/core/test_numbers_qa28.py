"""CLI QA passes 28 and 29 (a copper-mine collapse, a takeover bid, a prison escape, a canyon flood, a whale
stranding, a no-confidence vote): how figures are read.

Each test fails on the code before the mend: hikers and bushwalkers (one party, by each country's word); an
age after a bare surname opening a sentence ("Colley, 44, and Barnes, 29, scaled"); "by a vote of 172 to
163"; the counted noun past a hyphenated or participle adjective ("240 long-finned pilot whales", "23 trapped
copper miners"); "5-foot-9" / "6-foot-2"; "3.89 pounds" of a share price; the Zambian kwacha ("K5m")."""

from __future__ import annotations

import pytest
from ledger_rows import both_ways, ledger_with_texts

from reader.core.numbers import Money, find_numbers


def _read(text: str) -> list[tuple[str, str, object]]:
    return [(m.surface, m.kind, m.value) for m in find_numbers(text)]


def _units(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.unit) for m in find_numbers(text)]


# QA29 D2: one party of walkers, named by each country's word.
@pytest.mark.parametrize("a, b", [
    ("Three hikers remain missing after a flash flood swept through a canyon in the Blue Mountains on Saturday.",
     "Two bushwalkers are still missing after a flash flood hit a canyon in the Blue Mountains, police say."),
    ("Four trampers were airlifted off the Tararua Range on Sunday.",
     "Five hikers were airlifted off the Tararua Range on Sunday."),
    ("Two hillwalkers were rescued from Ben Nevis overnight.", "Three walkers were rescued from Ben Nevis overnight."),
])
def test_walkers_by_each_countrys_word_are_one_count(a, b):
    assert both_ways(a, b)["conflict"] == [(a.split()[0], b.split()[0])]


def test_walkers_and_their_rescuers_stay_two_counts():
    found = both_ways("Three hikers remain missing after a flash flood swept through the canyon.",
                      "Two rescuers are still missing after a flash flood swept through the canyon.")
    assert found["conflict"] == [] and found["only_a"] == ["Three"] and found["only_b"] == ["Two"]


# QA29 D3: an age after a bare surname, the pair opening the sentence and doing something.
def test_ages_after_surnames_opening_a_sentence_are_ages():
    text = "Colley, 44, and Barnes, 29, scaled a fence twelve feet high after breaking a window, officials said."
    assert [(m.surface, m.kind) for m in find_numbers(text)][:2] == [("44", "age"), ("29", "age")]
    found = ledger_with_texts(
        "Dustin Ray Colley, 41, and Marcus Barnes, 29, climbed a 12-foot fence after cutting through a window.",
        text)
    assert found["conflict"] == [("41", "44")]
    assert ("29", "29") in found["agree"]


@pytest.mark.parametrize("text", [
    "Syria, 120, and Eritrea, 85, topped the list.",
    "Kenya, 12, and Uganda, 8, won medals.",
    "Next came Great Britain, 40, and China, 38, with Japan third.",
])
def test_places_with_their_tallies_stay_counts(text):
    assert all(m.kind != "age" for m in find_numbers(text))


# QA29 D4: a tally named first.
def test_a_vote_of_x_to_y_is_a_tally():
    found = ledger_with_texts(
        "The government fell after the House of Commons passed a non-confidence motion by a vote of 172 to 163.",
        "The government was defeated in a non-confidence vote, with the motion carried by 172 votes to 161.")
    assert found["conflict"] == [("163", "161")] and found["agree"] == [("172", "172")]


def test_a_change_from_one_figure_to_another_is_no_tally():
    assert [m.role for m in find_numbers("The index fell from 9 to 4 on Monday.")] != ["final score"] * 2
    assert _read("Prices rose by a margin of 5 to 10 per cent.")[0][1] == "percent"


# QA29 D5 and QA28 D7: the counted noun past the words that qualify it.
def test_the_counted_noun_skips_a_hyphenated_adjective():
    assert _units("About 240 long-finned pilot whales have stranded at Farewell Spit.") == [("240", "whale")]
    found = ledger_with_texts("About 240 long-finned pilot whales have stranded at Farewell Spit.",
                              "Some 215 pilot whales have stranded on a remote beach at the tip of the South Island.")
    assert found["conflict"] == [("about 240", "some 215")]


def test_the_counted_noun_skips_a_participle_before_people():
    assert _units("Zambia mine collapse: Race to reach 23 trapped copper miners") == [("23", "miner")]
    assert _units("About 40 stranded passengers slept at the terminal.") == [("40", "passenger")]
    found = ledger_with_texts("Zambia mine collapse: Race to reach 23 trapped copper miners",
                              "19 miners trapped as shaft collapses at Zambian copper mine")
    assert found["conflict"] == [("23", "19")]


def test_a_verb_and_its_object_and_a_storey_count_are_unchanged():
    assert _units("Some 5,000 attended protests in the capital.") == [("5,000", "attended")]
    assert _units("Fire gutted a three-storey building.") == [("three", "storey")]


# QA29 D9: heights as American copy writes them.
def test_heights_written_with_hyphens_are_feet_and_inches():
    assert [(m.surface, m.value) for m in find_numbers("Barnes is 5-foot-9, and Colley is 6-foot-2.")] == [
        ("5-foot-9", 1.7526), ("6-foot-2", 1.8796)]
    found = ledger_with_texts("Barnes is 5 feet 4 inches tall, and Colley is 6 feet 5 inches tall.",
                              "Barnes is 5-foot-9, and Colley is 6-foot-2.")
    assert found["conflict"] == [("5 feet 4 inches", "5-foot-9"), ("6 feet 5 inches", "6-foot-2")]
    found = ledger_with_texts("Barnes is 5ft 9in tall.", "Barnes is 5-foot-9, according to a wanted poster.")
    assert found["agree"] == [("5ft 9in", "5-foot-9")]


def test_a_height_in_feet_alone_stays_feet():
    assert _read("They climbed a 6-foot wall.") == [("6-foot", "length", 1.8288)]


# QA29 D13: a share's price in pounds, and in pence.
def test_a_share_price_in_pounds_is_money_and_meets_pence():
    assert _read("Ashcombe shares closed up 27 percent at 3.89 pounds, below the offer price.")[1] == (
        "3.89 pounds", "money", Money("GBP", 3.89))
    found = ledger_with_texts("Ashcombe shares jumped 27% to 389p on Monday.",
                              "Ashcombe shares closed up 27 percent at 3.89 pounds.")
    assert ("389p", "3.89 pounds") in found["agree"]


def test_a_videos_lines_are_no_pence_and_a_weight_stays_a_weight():
    assert all(m.kind != "money" for m in find_numbers("The camera records 1080p video at 60 frames a second."))
    assert _read("Shares fell to 720p.") == [("720p", "money", Money("GBP", 7.2))]
    assert _read("A coffee costs 50p.") == [("50p", "money", Money("GBP", 0.5))]
    assert _read("The baby weighed 7 pounds.")[0][1] == "weight"


# QA28 D5: the Zambian kwacha.
def test_the_kwacha_is_money():
    assert _read("The government has set aside K8 million for the rescue operation.") == [
        ("K8 million", "money", Money("ZMW", 8000000))]
    found = ledger_with_texts("The government has released K5m ($190,000) for the rescue operation.",
                              "The government has set aside K8 million for the rescue operation.")
    assert found["conflict"] == [("K5m ($190,000)", "K8 million")]


@pytest.mark.parametrize("text", [
    "He climbed K2 in 2019 and ran a 5K race.",
    "She filed Form K-1 and bought a 4K TV.",
    "The K9 unit searched the house.",
])
def test_a_k_before_a_plain_figure_is_no_money(text):
    assert all(m.kind != "money" for m in find_numbers(text))
