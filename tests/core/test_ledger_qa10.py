"""Figures of one story told two ways, from the tenth CLI QA pass: a toll of the dead beside the other report's
dead and its missing (each count meets the count of its own fate); a share in per cent beside a round fraction
it is clear of ("75%" / "two-thirds"); and a count of animals beside a count of the kind of animal it covers
("counted 1,236 animals" / "counted 1,326 ibex")."""

from __future__ import annotations

import pytest
from ledger_rows import ledger_with_texts
from report_lines import report_of_sentences

# --- a toll of the dead meets the other report's dead, not its missing ------------------------------------

STILL_MISSING = [
    "At least 17 people died and 12 people remain unaccounted for, officials said.",
    "At least 17 people died and 12 people remain missing, officials said.",
    "At least 17 people died and 12 people are still missing, officials said.",
    "At least 17 people died and 12 people are unaccounted for, officials said.",
    "At least 17 people died and 12 people remained unaccounted for after the storm.",
    "At least 17 people died and 12 are unaccounted for, officials said.",
]


@pytest.mark.parametrize("b", STILL_MISSING)
def test_a_toll_of_the_dead_meets_the_dead_not_those_still_missing(b):
    ledger = ledger_with_texts("At least 11 people have died, officials said.", b)
    assert ledger["conflict"] == [("at least 11", "at least 17")]
    assert ledger["agree"] == [] and ledger["only_b"] == ["12"]


def test_a_count_said_to_remain_missing_is_a_count_of_the_missing():
    # one count told as missing in one report and as "unaccounted for" in the other: one fate, one figure
    ledger = ledger_with_texts("Twelve people are still missing after the landslide.",
                               "Twelve people remain unaccounted for after the landslide.")
    assert ledger["agree"] == [("Twelve", "Twelve")]
    ledger = ledger_with_texts("Twelve people died in the landslide.", "Twelve people remain unaccounted for after the landslide.")
    assert ledger["conflict"] == [("Twelve", "Twelve")]  # one figure, two fates: the reports dispute it


def test_a_count_of_a_fate_leaves_a_count_of_none_for_its_own_fate_in_the_other_report():
    # "12 ... taken to hospital" says no fate a reader of the ledger lists, yet the dead of B are the rival
    ledger = ledger_with_texts("At least 11 people have died, officials said.",
                               "At least 17 people died and 12 people were taken to hospital, officials said.")
    assert ledger["conflict"] == [("at least 11", "at least 17")]
    assert ledger["only_b"] == ["12"]


def test_a_count_of_a_fate_still_fits_a_count_of_none_when_the_other_report_gives_no_rival():
    ledger = ledger_with_texts("At least 11 people have died, officials said.", "Officials said 12 people were taken to hospital.")
    assert ledger["agree"] == [("at least 11", "12")]
    assert ledger_with_texts("At least 11 people have died.", "At least 12 people died and 30 were hurt.")["conflict"] == [
                  ("at least 11", "at least 12")]


def test_the_report_shows_the_tolls_disputed_and_the_missing_alone():
    report = report_of_sentences("At least 11 people have died, officials said.",
                                 "At least 17 people died and 12 people remain unaccounted for, officials said.")
    assert 'numbers conflict: "at least 11" (A) vs "at least 17" (B)' in report
    assert "numbers only in B: 12" in report
    assert "fits" not in report


# --- a share in per cent beside a round fraction it is clear of ----------------------------------------------

@pytest.mark.parametrize("share, fraction", [
    ("75%", "two-thirds"),
    ("72%", "two-thirds"),
    ("70%", "three-quarters"),
    ("42%", "a third"),
])
def test_a_share_nearer_another_round_fraction_disputes_the_fraction(share, fraction):
    ledger = ledger_with_texts(f"The scheme needs the backing of {share} of the shares voted.",
                               f"The scheme needs the backing of {fraction} of the shares voted.")
    assert ledger["conflict"] == [(share, fraction)]


@pytest.mark.parametrize("share, fraction", [
    ("65%", "two-thirds"),
    ("69%", "two-thirds"),
    ("30%", "one in three"),
    ("52%", "half"),
    ("22%", "a fifth"),
    ("23%", "a fifth"),
])
def test_a_share_a_round_fraction_may_round_disputes_nothing(share, fraction):
    ledger = ledger_with_texts(f"The scheme needs the backing of {share} of the shares voted.",
                               f"The scheme needs the backing of {fraction} of the shares voted.")
    assert ledger["conflict"] == []


def test_a_hedged_fraction_allows_the_share_beyond_it():
    ledger = ledger_with_texts("The scheme won the backing of 75% of the shares voted.",
                               "The scheme won the backing of more than two-thirds of the shares voted.")
    assert ledger["conflict"] == []


def test_the_report_disputes_a_threshold_of_75_percent_and_two_thirds():
    report = report_of_sentences("The scheme needs the backing of 75% of the shares voted.",
                                 "The scheme needs the backing of two-thirds of the shares voted.")
    assert 'numbers conflict: "75%" (A) vs "two-thirds" (B)' in report


# --- a count of animals beside a count of a kind of animal -----------------------------------------------------

@pytest.mark.parametrize("a, b, conflict", [
    ("Rangers counted 1,236 animals in this year's survey.", "Rangers counted 1,326 ibex in this year's survey.",
     ("1,236", "1,326")),
    ("Volunteers counted 240 birds on the estuary.", "Volunteers counted 420 curlews on the estuary.", ("240", "420")),
    ("About 40 animals died in the drought.", "Some 60 elephants died in the drought.", ("about 40", "some 60")),
    ("Officials counted 1,200 creatures in the reserve.", "Officials counted 2,100 wolves in the reserve.",
     ("1,200", "2,100")),
])
def test_a_count_of_animals_disputes_the_same_count_of_the_kind_it_covers(a, b, conflict):
    assert ledger_with_texts(a, b)["conflict"] == [conflict]


@pytest.mark.parametrize("a, b", [
    # nothing befell either, nor does a verb count both: the ibex may be a part of the park's animals
    ("The park is home to 1,236 animals.", "The park is home to 1,326 ibex."),
    # a count of kinds is no count of animals
    ("Rangers counted 36 species in this year's survey.", "Rangers counted 63 ibex in this year's survey."),
    # the birds a report counts are not the mammals the other counts
    ("Volunteers counted 240 birds on the estuary.", "Volunteers counted 420 otters on the estuary."),
    # two verbs: the animals counted and the ibex that died
    ("Rangers counted 1,236 animals in the park.", "In the park 126 ibex died."),
])
def test_a_count_of_animals_stays_apart_from_a_count_it_may_not_be(a, b):
    assert ledger_with_texts(a, b)["conflict"] == []
