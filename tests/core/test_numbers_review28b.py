"""Figures read from invented sentences of the tenth review: a name's bracketed figure is an age only in a
person's news, not beside a race, a chart or an innings; an "N-year-old" is the age of the noun it qualifies
("passenger ferry": the ferry), or of a person where a verb follows; "6 GB of emails" is a data size; a clock
time in words takes the evening or "pm" after it, and a span of the day ("from a quarter to nine until noon");
"a pair of scissors" is one thing; "both hospitals in the city" counts no whole; and a haul "worth" pounds is
money."""

import pytest
from ledger_rows import mention

from reader.core.numbers import age_noun, find_numbers


# --- H1: a name's bracketed figure beside a race, a chart or an innings ----------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("Lewis Hamilton (44) finished ahead of Max Verstappen in the standings.", "44"),
    ("Joe Root (54) edged Starc to second slip.", "54"),
    ("Taylor Swift (12) topped the chart for a twelfth week.", "12"),
    ("Lewis Hamilton (44) was second in qualifying on Saturday.", "44"),
    ("Carlos Alcaraz (3) was beaten in straight sets by the tournament's top seed.", "3"),
    ("Maria Lopez (7) crossed the line first to take the title.", "7"),
])
def test_a_bracketed_figure_beside_a_race_chart_or_innings_is_no_age(text, surface):
    assert mention(text, surface).kind != "age"


@pytest.mark.parametrize("text, surface", [
    ("Anna Ross (29) attacked the guard with a bottle, the court heard.", "29"),
    ("Mark Hill (44) was banned from driving and given six penalty points, the court heard.", "44"),
    ("Mark Hill (44) was last seen wearing a blue shirt on Friday.", "44"),
    ("Mark Hill (44), of Hove, finished his shift and drove home.", "44"),
    ("Sean Kelly (19) punched a man outside a nightclub, police said.", "19"),
])
def test_a_bracketed_figure_in_a_persons_news_stays_an_age(text, surface):
    assert mention(text, surface).kind == "age"


# --- H2 / L2: what an "N-year-old" is the age of -----------------------------------------------------------------

@pytest.mark.parametrize("text, noun", [
    ("The 31-year-old passenger ferry sank on Tuesday.", "ferry"),
    ("The 31-year-old ferry passenger died on Tuesday.", "passenger"),
    ("The 150-year-old Grade II-listed building was demolished.", "building"),
    ("The 31-year-old vessel sank on Tuesday.", "vessel"),
    ("The 24-year-old won the 10,000 metres last year.", ""),
    ("Lawyers say the 26-year-old claims he deserted.", ""),
    ("The 19-year-old who was driving was arrested.", ""),
])
def test_an_age_is_of_the_noun_it_qualifies(text, noun):
    surface = text.split("-year-old")[0].split()[-1] + "-year-old"
    assert age_noun(mention(text, surface)) == noun


# --- M1: a data size of emails ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, size", [
    ("The hackers leaked 6 GB of emails.", "6 GB", 6 * 10**9),
    ("The hackers leaked 1.5 TB of files from the ministry.", "1.5 TB", 15 * 10**11),
])
def test_a_data_unit_before_of_is_a_size(text, surface, size):
    found = mention(text, surface)
    assert (found.kind, found.value) == ("data", size)


@pytest.mark.parametrize("text, surface, noun", [
    ("There were 1,200 TB cases last year.", "1,200", "case"),
    ("Team GB won 5 GB medals on the first day.", "5", "medal"),
])
def test_letters_before_a_plural_noun_still_name_something_else(text, surface, noun):
    found = mention(text, surface)
    assert (found.kind, found.unit) == ("count", noun)


# --- M2 / M3: a clock time in words ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, clock", [
    ("The blast happened at half past ten this evening.", "half past ten", (22, 30)),
    ("The blast happened at half past ten pm.", "half past ten", (22, 30)),
    ("The blast happened at half past ten on Friday evening.", "half past ten", (22, 30)),
    ("The blast happened at half past ten last night.", "half past ten", (22, 30)),
    ("The blast happened at half past ten this morning.", "half past ten", (10, 30)),
])
def test_the_evening_or_pm_after_a_clock_in_words_puts_it_after_noon(text, surface, clock):
    assert mention(text, surface).value == clock


@pytest.mark.parametrize("text, surface, clock", [
    ("The road was closed from a quarter to nine until noon.", "a quarter to nine", (8, 45)),
    ("The road was closed from a quarter to nine until 11am.", "a quarter to nine", (8, 45)),
    ("The fire started between a quarter to ten and ten past ten.", "a quarter to ten", (9, 45)),
    ("Shops will open from a quarter to eight on weekdays.", "a quarter to eight", (7, 45)),
    ("At half past nine in one incident, police were called.", "half past nine", (9, 30)),
])
def test_a_span_of_the_day_reads_its_clock_times(text, surface, clock):
    found = mention(text, surface)
    assert (found.kind, found.value) == ("time", clock)


@pytest.mark.parametrize("text", [
    "Prices rose from a quarter to two.",
    "Support rose from a quarter to two thirds of voters.",
    "Support rose from a quarter to two in five voters.",
])
def test_a_share_after_from_a_quarter_to_stays_no_clock(text):
    assert "time" not in [m.kind for m in find_numbers(text)]


# --- L1 / L3 / L4 ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police found a pair of scissors at the scene.",
    "He stole a pair of jeans from the shop.",
    "She wore a pair of sunglasses.",
])
def test_a_pair_of_a_plural_only_noun_is_no_count_of_two(text):
    assert [m for m in find_numbers(text) if m.kind == "count"] == []


def test_a_pair_of_shoes_still_counts_two():
    found = mention("Police found a pair of shoes at the scene.", "a pair of")
    assert (found.value, found.unit) == (2, "shoe")


@pytest.mark.parametrize("text", [
    "It affects both hospitals in the city.",
    "Fire spread to both floors of the building.",
])
def test_both_of_a_place_counts_no_whole(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize("text, surface", [
    ("The thieves escaped with a haul worth 150,000 pounds.", "150,000 pounds"),
    ("Police seized drugs valued at about 80,000 pounds.", "80,000 pounds"),
])
def test_pounds_a_haul_is_worth_are_money(text, surface):
    found = mention(text, surface)
    assert (found.kind, found.unit) == ("money", "GBP")


def test_pounds_a_catch_weighs_stay_a_weight():
    assert mention("The fisherman landed a catch weighing 150 pounds.", "150 pounds").kind == "weight"
