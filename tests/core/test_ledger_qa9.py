"""Claims and figures of one story told two ways, from the ninth CLI QA pass: an order lifted or extended,
a benefit larger or smaller, ministers who agreed or refused, plants offline or online (opposites that turn
the claim round); a distance up a river beside the height the river crested at (two measures, no dispute);
a share cut "by about a fifth" beside one cut "by 26%" (a round fraction and a share clear of it); and a
union's members beside the workers it speaks for (one count)."""

from __future__ import annotations

import pytest
from claim_turns import turned
from ledger_rows import ledger_with_texts
from report_lines import report_of_sentences

# --- opposites: lifted / extended, larger / smaller, agreed / refused, offline / online ----------------------

OPPOSITES = [
    ("The evacuation order for the town was lifted on Thursday afternoon.",
     "The evacuation order for the town was extended on Thursday afternoon.", "lifted", "extended"),
    ("The curfew in the capital was lifted at midnight, police said.",
     "The curfew in the capital was renewed at midnight, police said.", "lifted", "renewed"),
    ("The government eased restrictions on travel to the islands.",
     "The government tightened restrictions on travel to the islands.", "eased", "tightened"),
    ("The benefit was larger in women than in men.", "The benefit was smaller in women than in men.",
     "larger", "smaller"),
    ("The fall was bigger in the north than in the south.", "The fall was smaller in the north than in the south.",
     "bigger", "smaller"),
    ("The risk was greater among smokers, the study found.", "The risk was smaller among smokers, the study found.",
     "greater", "smaller"),
    ("The gap between the parties widened in March.", "The gap between the parties narrowed in March.",
     "widened", "narrowed"),
    ("The economy grew in the third quarter, figures showed.",
     "The economy shrank in the third quarter, figures showed.",
     "grew", "shrank"),
    ("Ministers agreed to fund the deal in full.", "Ministers refused to fund the deal in full.", "agreed", "refused"),
    ("Two gas-fired plants in the east of the state were offline on Tuesday evening.",
     "Two gas-fired plants in the east of the state were online on Tuesday evening.", "offline", "online"),
]


@pytest.mark.parametrize("a, b, one, other", OPPOSITES)
def test_opposite_words_turn_the_claim_round(a, b, one, other):
    assert turned(a, b) and turned(b, a)


@pytest.mark.parametrize("a, b, one, other", OPPOSITES)
def test_the_report_says_the_opposite_and_suggests_no_corroboration(a, b, one, other):
    report = report_of_sentences(a, b)
    assert f'says the opposite: "{one}" (A) vs "{other}" (B)' in report
    assert " related, " in report and "corroborated" not in report


@pytest.mark.parametrize("a, b", [
    # "extended" offers an invitation and keeps an offer open; "lifted" an offer raises it: no restraint acted on
    ("The mayor extended an invitation to the minister on Friday.",
     "The mayor lifted an invitation to the minister on Friday."),
    ("The company lifted its offer to shareholders on Monday.",
     "The company extended its offer to shareholders on Monday."),
    ("The company lifted its offer in order to win over shareholders.",
     "The company extended its offer in order to win over shareholders."),
])
def test_lifted_and_extended_are_opposites_only_of_a_restraint(a, b):
    assert not turned(a, b) and not turned(b, a)


# --- a distance is no height -----------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("By Thursday afternoon the water was about 20 km upstream of Millbrook, the sheriff said.",
     "By Thursday afternoon the river had crested at 27.5 feet in Millbrook, the sheriff said."),
    ("The boat sank 12 miles off the coast, the coastguard said.",
     "The boat sank in water 40 metres deep, the coastguard said."),
    ("The village lies 5 miles north-east of the summit.",
     "The village lies at a height of 300 metres below the summit."),
    ("The plane came down 30 km from the airport.", "The plane had climbed to 3,000 feet before it came down."),
])
def test_a_distance_never_disputes_a_height_or_a_level(a, b):
    assert ledger_with_texts(a, b)["conflict"] == []


@pytest.mark.parametrize("a, b, conflict", [
    ("The river crested at 25 feet in Millbrook.",
     "The river crested at 27.5 feet in Millbrook.", ("25 feet", "27.5 feet")),
    ("The water was 20 km upstream of Millbrook.", "The water was 27 km upstream of Millbrook.", ("20 km", "27 km")),
    ("The fire was 30 km from the town.", "The fire was 12 miles from the town.", ("30 km", "12 miles")),
])
def test_two_distances_or_two_heights_still_conflict(a, b, conflict):
    assert ledger_with_texts(a, b)["conflict"] == [conflict]


def test_the_report_of_a_distance_and_a_crest_lists_no_conflict():
    report = report_of_sentences("By Thursday afternoon the water was about 20 km upstream of Millbrook, the sheriff said.",
                                 "By Thursday afternoon the river had crested at 27.5 feet in Millbrook, the sheriff said.")
    assert "numbers conflict" not in report and "numbers only in A: 20 km" in report


# --- a round fraction and a share clear of it --------------------------------------------------------------

@pytest.mark.parametrize("a, b, conflict", [
    ("A daily pill cut the relative risk of a heart attack by 26% in a major trial.",
     "A daily pill cut the relative risk of a heart attack by about a fifth in a major trial.",
     ("26%", "about a fifth")),
    ("The scheme cut waiting lists by 24% last year.",
     "The scheme cut waiting lists by a fifth last year.", ("24%", "a fifth")),
    ("The pill cut deaths by 27% among women.", "The pill cut deaths by about a fifth among women.",
     ("27%", "about a fifth")),
    ("The pill cut the risk by 20% in the trial.", "The pill cut the risk by more than a third in the trial.",
     ("20%", "more than a third")),
    ("One in three adults in the region smoke.", "In the region 45% of adults smoke.", ("One in three", "45%")),
    ("Some 20% of adults walk daily.", "One in three adults walk daily.", ("some 20%", "One in three")),
    ("About 12% of global trade passes through the strait.", "A fifth of world trade passes through the strait.",
     ("about 12%", "A fifth")),
])
def test_a_fraction_and_a_share_clear_of_it_conflict(a, b, conflict):
    found = ledger_with_texts(a, b)
    assert found["conflict"] == [conflict] and not found["agree"]


@pytest.mark.parametrize("a, b, agree", [
    ("The pill cut the risk by 21% in the trial.", "The pill cut the risk by about a fifth in the trial.",
     ("21%", "about a fifth")),
    ("The pill cut the risk by 20% in the trial.",
     "The pill cut the risk by one-fifth in the trial.", ("20%", "one-fifth")),
])
def test_a_fraction_of_a_change_agrees_with_the_share_it_rounds(a, b, agree):
    assert ledger_with_texts(a, b)["agree"] == [agree]


@pytest.mark.parametrize("a, b", [
    ("One in three adults in the region smoke.", "In the region 30% of adults smoke."),  # the round figure for 30%
    ("The pill cut the risk by 35% in the trial.", "The pill cut the risk by one-third in the trial."),
    ("About 30% of adults walk daily.", "One in three adults walk daily."),  # the hedge reaches its rounding
    ("More than 12% of adults walk daily.", "A fifth of adults walk daily."),  # a bound the fifth lies within
])
def test_a_fraction_near_a_share_or_beside_a_hedged_one_does_not_conflict(a, b):
    assert ledger_with_texts(a, b)["conflict"] == []


def test_an_ordinal_of_a_noun_stays_an_ordinal():
    found = ledger_with_texts("He won a third term with 55% of the vote.", "He won a fifth term with 55% of the vote.")
    assert found["conflict"] == [("third", "fifth")]


def test_the_report_shows_the_fraction_against_the_share():
    report = report_of_sentences("A daily pill cut the relative risk of a heart attack by 26% in a major trial.",
                                 "A daily pill cut the relative risk of a heart attack by about a fifth in a major trial.")
    assert 'numbers conflict: "26%" (A) vs "about a fifth" (B)' in report


# --- a union's members are the workers it speaks for --------------------------------------------------------

@pytest.mark.parametrize("a, b, conflict", [
    ("Some 38,000 rail workers voted to accept the pay deal.", "The 34,000 union members voted to accept the pay deal.",
     ("some 38,000", "34,000")),
    ("About 34,000 members of the RMT went on strike on Monday.", "Some 38,000 rail workers went on strike on Monday.",
     ("about 34,000", "some 38,000")),
    ("Some 38,000 employees will walk out next week, the Unite union said.",
     "Some 30,000 members will walk out next week, the Unite union said.", ("some 38,000", "some 30,000")),
])
def test_union_members_and_the_workers_they_are_are_one_count(a, b, conflict):
    assert ledger_with_texts(a, b)["conflict"] == [conflict]


@pytest.mark.parametrize("a, b", [
    ("The club's 34,000 members voted to accept the offer.", "Some 38,000 workers voted to accept the offer."),
    ("The union has 34,000 members across the country.", "About 3,000 workers at the plant will strike next week."),
    ("Some 34,000 members of the European Union voted.", "Some 38,000 workers voted."),
])
def test_members_of_a_club_or_a_unions_size_are_no_count_of_workers(a, b):
    assert ledger_with_texts(a, b)["conflict"] == []


def test_the_report_shows_members_against_workers():
    report = report_of_sentences("Some 38,000 rail workers voted to accept the pay deal.",
                                 "The 34,000 union members voted to accept the pay deal.")
    assert 'numbers conflict: "some 38,000" (A) vs "34,000" (B)' in report
