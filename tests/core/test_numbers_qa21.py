"""CLI QA 21, the number defects: counts of one deed told with other nouns or beside "others"; days of two
events; a shirt's or a position's number against a league place; South Asian digit grouping; a gust's speed as
a peak; an amount added shown as an amount; a division's name and the adverb "first" as no figures alone."""

from __future__ import annotations

import pytest

from ledger_rows import both_ways, ledger_with_texts
from reader.core.numbers import find_numbers, quoted_figure


# --- D6: one count, the noun reworded or "others" added -------------------------------------------------------

def test_others_of_another_fate_are_that_fates_whole_toll():
    found = both_ways("Eleven workers were killed and 35 injured when a reactor exploded on Monday.",
                      "Eleven workers were killed and 53 others injured when a reactor exploded on Monday.")
    assert found["conflict"] == [("35", "53")]
    assert found["only_a"] == found["only_b"] == []


def test_others_of_the_same_fate_stay_a_part():
    found = both_ways("Four people were killed in the crash.", "The pilot and three others were killed in the crash.")
    assert found["conflict"] == []


def test_men_arrested_and_suspects_detained_are_one_count():
    found = both_ways("The prosecutor said two men had been arrested on Monday evening in Melun.",
                      "The prosecutor said three suspects had been detained in Melun on Monday night.")
    assert found["conflict"] == [("two", "three")]


def test_suspects_held_and_men_killed_stay_two_counts():
    found = both_ways("Two men were killed in the raid.", "Three suspects were arrested after the raid.")
    assert found["conflict"] == []


# --- D9: the days of two events ---------------------------------------------------------------------------

def test_days_of_two_events_do_not_conflict():
    found = ledger_with_texts("The 23-year-old passed his medical on Tuesday.",
                              "The 23-year-old passed his medical, and the deal was announced on Wednesday evening.")
    assert found["conflict"] == []
    assert found["only_a"] == ["Tuesday"] and found["only_b"] == ["Wednesday"]


@pytest.mark.parametrize("a, b", [
    ("The ship sank on Tuesday.", "Rescuers searched all night, and the vessel went down on Wednesday."),
    ("The ship sank on Tuesday.", "The ship sank after hitting rocks on Wednesday."),
    ("He said a man who was shown in November being executed with a sledgehammer had been part of his unit.",
     "Medvedev said Nuzhin, a clip of whom being executed with a sledgehammer went viral in December, was in his unit."),
])
def test_days_of_one_event_still_conflict(a, b):
    assert len(ledger_with_texts(a, b)["conflict"]) == 1


# --- D10: a player's "No 6" is no place in a table ---------------------------------------------------------

def test_a_position_named_by_number_does_not_agree_with_a_league_place():
    found = both_ways("He scored seven goals in 41 games for Lyon, who finished sixth.",
                      "Kouassi, who can play as a No 6 or No 8, had seven goals in 41 games for Lyon.")
    assert ("sixth", "6") not in found["agree"] and found["conflict"] == []


def test_a_world_ranking_still_meets_a_ranking():
    assert both_ways("She is the world No 6.", "She is the world No 8.")["conflict"] == [("6", "8")]


# --- D11: lakh and crore grouping ----------------------------------------------------------------------------

def test_lakh_grouped_digits_agree_with_lakh_in_words():
    found = both_ways("The PM announced Rs 2 lakh for the families of those killed.",
                      "The PM announced Rs 2,00,000 for the families of those killed.")
    assert found["agree"] == [("Rs 2 lakh", "Rs 2,00,000")]


@pytest.mark.parametrize("text, value", [("Rs 1,50,00,000 was paid", 15_000_000), ("in 1,00,000 homes", 100_000),
                                         ("1,234,567 people", 1_234_567)])
def test_digit_groupings_are_read_whole(text, value):
    [mention] = find_numbers(text)
    assert getattr(mention.value, "amount", mention.value) == value


# --- D13: a gust's speed is a peak ------------------------------------------------------------------------

def test_up_to_a_gust_speed_conflicts_with_another_gust_speed():
    found = ledger_with_texts("The fire was pushed east by wind gusts of up to 90 kilometres per hour on Saturday.",
                              "The fire was driven east by 70km/h wind gusts on Saturday.")
    assert found["conflict"] == [("up to 90 kilometres per hour", "70km/h")]


# --- D14: "a further £5m" is an amount -------------------------------------------------------------------

def test_amounts_added_conflict_as_plain_amounts():
    found = both_ways("The deal includes a further £5m in add-ons linked to appearances.",
                      "Lyon could receive a further £8m in performance-related add-ons.")
    assert found["conflict"] == [("£5m", "£8m")]
    [mention] = [m for m in find_numbers("a further £5m in add-ons") if m.surface == "£5m"]
    assert quoted_figure(mention) == '"£5m"'


def test_an_added_amount_still_disputes_no_total_reached():
    found = both_ways("He cost €80m, with a further €10m in add-ons.", "He cost €80m, rising to €90m with bonuses.")
    assert found["conflict"] == []


# --- D16: a division's name and the adverb "first" ----------------------------------------------------------

def test_a_divisions_number_and_first_are_not_listed_alone():
    found = both_ways("Lyon finished sixth in Ligue 1 last season, and he won his first France cap in March.",
                      "Lyon finished sixth last season, and he played for France in March.")
    assert found["only_a"] == []


def test_first_before_its_verb_is_not_listed_alone_and_a_claimed_first_is():
    found = both_ways("Emery, who first tried to sign Kouassi while at Villarreal, said he was pleased.",
                      "Emery said he was pleased.")
    assert found["only_a"] == []
    found = both_ways("A Kansas woman has the first case of monkeypox west of the Mississippi River.",
                      "A Kansas woman has a case of monkeypox.")
    assert found["only_a"] == ["first"]


def test_first_and_third_of_one_noun_still_conflict():
    assert both_ways("He won his first cap in March.", "He won his third cap in March.")["conflict"] == [
        ("first", "third")]
