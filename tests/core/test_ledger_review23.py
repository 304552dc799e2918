"""The number ledger after a code review (round 3) and a second CLI QA pass: figures hedged two ways
that agreed at any gap, counts of one in words that met the wrong count or none, zones spelled out in
full, race times in figures, "one" inside a sentence, "about an hour", phone numbers read as three
figures, and a change by a share in words ("rose by a quarter").  Each row is a pair of sentences as two
reports would give them, with what a fact-checker expects; the end-to-end rows go through
reader.core.compare as the QA's probe did."""

from __future__ import annotations

import pytest
from ledger_rows import both_ways, probe

from reader.core.numbers import find_numbers

# --- review 2: figures hedged two ways -----------------------------------------------------------------

@pytest.mark.parametrize("a, b, conflict", [
    # "about" a precise figure allows what rounds to it (1.85 to 1.95), not a tenth either side
    ("The economy grew by more than 2% in the third quarter.", "The economy grew by about 1.9% in the third quarter.",
     ("up more than 2%", "up about 1.9%")),
    ("Unemployment fell to under 4% in March.", "Unemployment fell to about 4.2% in March.",
     ("under 4%", "about 4.2%")),
    ("Shares in the firm rose more than 5% on Monday.", "Shares in the firm rose about 4.6% on Monday.",
     ("up more than 5%", "up about 4.6%")),
])
def test_about_a_precise_figure_allows_its_rounding_step_only(a, b, conflict):
    assert both_ways(a, b)["conflict"] == [conflict]


@pytest.mark.parametrize("a, b", [
    ("At least 40 people were killed in the earthquake.", "Up to 400 people were killed in the earthquake."),
    ("More than 10 people died.", "Fewer than 1,000 people died."),
    ("About 40 people were killed in the earthquake.", "Up to 400 people were killed in the earthquake."),
])
def test_bounds_far_apart_neither_agree_nor_conflict(a, b):
    found = both_ways(a, b)
    assert found["agree"] == [] and found["conflict"] == []
    assert len(found["only_a"]) == len(found["only_b"]) == 1


# --- review 3: counts of one ---------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("A man was arrested on Tuesday.", "Police questioned two men and arrested one on Tuesday."),
    ("A man was arrested.", "Two men were questioned and one man was arrested."),
    ("A boy died in the crash.", "Two boys, one of whom died, were in the crash."),
    ("A child was killed in the attack.", "The man, a father of two children, was killed in the attack."),
    ("A man was killed.", "A man was killed, the second man killed this week, after two men died on Monday."),
])
def test_a_single_is_no_rival_of_a_count_of_another_fate_or_of_its_own_single(a, b):
    assert both_ways(a, b)["conflict"] == []


@pytest.mark.parametrize("a, b, agree", [
    ("One person died", "One person died", ("One person", "One person")),
    ("A man was arrested.", "Two men were questioned and one man was arrested.", ("A man", "one man")),
])
def test_equal_singles_agree(a, b, agree):
    assert agree in both_ways(a, b)["agree"]


@pytest.mark.parametrize("a, b", [
    ("One person died and two people were injured in the crash.",
     "One person died and two people were hurt in the crash."),
    ("A firefighter died in the blaze.", "Two firefighters were injured in the blaze."),
])
def test_a_single_is_never_listed_on_one_side(a, b):
    found = both_ways(a, b)
    assert not {"One", "A", "one", "a"} & set(found["only_a"] + found["only_b"])


def test_equal_singles_beside_equal_counts_all_agree():
    found = both_ways("One person died and two people were injured in the crash.",
                      "One person died and two people were hurt in the crash.")
    assert found["agree"] == [("One person", "One person"), ("two", "two")]


# --- review 5: zones spelled out ------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, conflict", [
    ("The launch was at 2pm Eastern Standard Time.", "The launch was at 3pm ET.",
     ("2pm Eastern Standard Time", "3pm ET")),
    ("Polls closed at 10pm British Summer Time.", "Polls closed at 11pm BST.", ("10pm British Summer Time", "11pm BST")),
    ("The vote began at 9am Pacific Standard Time.", "The vote began at 1pm ET.", ("9am Pacific Standard Time", "1pm ET")),
    ("He landed at 10.15 Greenwich Mean Time.", "He landed at 11.15 GMT.", ("10.15 Greenwich Mean Time", "11.15 GMT")),
    ("It starts at 8pm Central European Summer Time.", "It starts at 19:00 GMT.",
     ("8pm Central European Summer Time", "19:00 GMT")),
])
def test_a_zone_in_full_resolves_and_conflicts(a, b, conflict):
    assert both_ways(a, b)["conflict"] == [conflict]


@pytest.mark.parametrize("a, b", [
    ("The vote began at 9am Pacific Standard Time.", "The vote began at 12pm ET."),
    ("It starts at 8pm Central European Summer Time.", "It starts at 18:00 GMT."),
])
def test_a_zone_in_full_agrees_with_the_same_moment(a, b):
    found = both_ways(a, b)
    assert len(found["agree"]) == 1 and not found["conflict"]


# --- QA 1: race times -----------------------------------------------------------------------------------

def test_race_times_in_figures_are_durations():
    assert both_ways("Bekele won the women's race in 2:18:09.", "Bekele clocked 2:18:19.")["conflict"] == [
        ("2:18:09", "2:18:19")]
    assert both_ways("She won the 5,000m race in 14:32.", "She won the 5,000m race in 14:35.")["conflict"] == [
        ("14:32", "14:35")]


def test_a_time_in_three_parts_is_the_one_figure_in_figures():
    found = both_ways("He won in 2:04:37, breaking the course record by 41 seconds.",
                      "He ran 2 hours 4 minutes and 37 seconds, 41 seconds inside the previous course record.")
    assert found["agree"] == [("2:04:37", "2 hours 4 minutes and 37 seconds"), ("41 seconds", "41 seconds")]
    assert not found["conflict"]
    assert both_ways("He won in 2:04:37.", "He ran 2 hours 4 minutes and 38 seconds.")["conflict"] == [
        ("2:04:37", "2 hours 4 minutes and 38 seconds")]


def test_race_times_end_to_end():
    link = probe("Bekele won the women's race in 2:18:09.", "Bekele won the women's race after she clocked 2:18:19.")
    assert link is not None and [(x.surface, y.surface) for x, y in link.numbers.conflict] == [("2:18:09", "2:18:19")]


# --- QA 2: "one" inside a sentence -----------------------------------------------------------------------

@pytest.mark.parametrize("a, b, conflict, idiom", [
    ("The group released one video.", "The group released three videos.", ("one video", "three"),
     ("One of the men was arrested.", "Two men were arrested.")),
    ("There were 37 reports of overheating, including nine reports of minor burns.",
     "There were 37 reports of overheating, with one report of minor burns.", ("nine", "one report"),
     ("At one point the crowd cheered.", "At two points the crowd cheered.")),
    ("They found one body.", "They found two bodies.", ("one body", "two"),
     ("No one was hurt.", "Two people were hurt.")),
    ("He wrote one book about the war.", "He wrote two books about the war.", ("one book", "two"),
     ("They hugged one another.", "Two others hugged.")),
    ("The lab ran one test.", "The lab ran four tests.", ("one test", "four"),
     ("One day the men left.", "Two days later the men left.")),
    ("Police seized one rifle.", "Police seized two rifles.", ("one rifle", "two"),
     ("Sometimes one guy was shot.", "Sometimes two guys were shot.")),
])
def test_one_before_a_noun_meets_a_plural_count_of_it_and_idioms_do_not(a, b, conflict, idiom):
    assert both_ways(a, b)["conflict"] == [conflict]
    assert both_ways(*idiom)["conflict"] == []


def test_one_video_end_to_end():
    link = probe("The group released one video of the hostages in March.",
                 "The group released three videos of the hostages in March.")
    assert link is not None and link.relation != "equivalent"
    assert [(x.surface, y.surface) for x, y in link.numbers.conflict] == [("one", "three")]


# --- QA 3: about an hour, phone numbers, shares of a change ---------------------------------------------

def test_about_an_hour_is_a_duration():
    assert both_ways("The satellite separated 58 minutes after liftoff.",
                     "The satellite separated about an hour after launch.")["agree"] == [("58 minutes", "about an hour")]
    assert both_ways("The satellite separated 40 minutes after liftoff.",
                     "The satellite separated about an hour after launch.")["conflict"] == [("40 minutes", "about an hour")]


@pytest.mark.parametrize("text, surface", [
    ("Call the hotline on 0800 555 0142.", "0800 555 0142"),
    ("Call +44 20 7946 0000 now.", "+44 20 7946 0000"),
    ("Call 555-123-4567 now.", "555-123-4567"),
])
def test_a_phone_number_is_one_figure(text, surface):
    assert [(m.surface, m.kind) for m in find_numbers(text)] == [(surface, "phone")]


def test_phone_numbers_meet_only_phone_numbers():
    assert both_ways("Call the hotline on 0800 555 0142.", "Call the hotline on 0800 555 0124.")["conflict"] == [
        ("0800 555 0142", "0800 555 0124")]
    found = both_ways("The hotline, 0800 555 0142, is open 8am-8pm.", "Call 0800 555 0142 from 8am to 8pm.")
    assert ("0800 555 0142", "0800 555 0142") in found["agree"] and not found["conflict"]
    assert both_ways("Call +44 20 7946 0000 now.", "Call 020 7946 0000 now.")["agree"] == [
        ("+44 20 7946 0000", "020 7946 0000")]
    # two desks' numbers are two lines, and no phone number is a count
    assert not both_ways("Call (248) 647-7221 now.", "Call (816) 234-7724 now.")["conflict"]
    assert not both_ways("Call 0800 555 0142 now.", "About 800 people called.")["conflict"]


@pytest.mark.parametrize("a, b, agree", [
    ("Hospital admissions rose by a quarter.", "Hospital admissions were up 25 per cent.",
     ("up a quarter", "up 25 per cent")),
    ("Heat deaths saw a 30% rise this week.", "Heat deaths jumped by almost a third this week.",
     ("up 30%", "up almost a third")),
    ("Sales rose by a third.", "Sales rose 33%.", ("up a third", "up 33%")),
])
def test_a_change_by_a_share_in_words_agrees_with_the_change_in_per_cent(a, b, agree):
    assert both_ways(a, b)["agree"] == [agree]


@pytest.mark.parametrize("a, b", [
    ("Hospital admissions rose by a quarter.", "Hospital admissions were down 25 per cent."),
    ("Hospital admissions rose by a quarter.", "Hospital admissions were up 35 per cent."),
])
def test_a_change_by_a_share_does_not_agree_with_another_change(a, b):
    found = both_ways(a, b)
    assert not found["agree"] and found["only_a"] == ["a quarter"]
