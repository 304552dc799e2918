"""Figures the CLI QA (pass 11) found unread or misread: data sizes ("1.2 terabytes", "1.5TB"), "pounds" in a
sentence about money ("a reward of 250,000 pounds"), and "both" before a plural noun ("both doses").  Each row
is a sentence or a pair of sentences as two reports would give them, with near misses beside them."""

from __future__ import annotations

import pytest
from ledger_rows import both_ways, mention, probe

from reader.core.numbers import find_numbers

# --- data sizes are measures, in decimal bytes ---------------------------------------------------------


@pytest.mark.parametrize("text, surface, size", [
    ("The attackers copied 1.5TB of data.", "1.5TB", 1_500_000_000_000),
    ("The attackers copied 1.2 terabytes of data.", "1.2 terabytes", 1_200_000_000_000),
    ("The attackers copied 1,200 gigabytes of data.", "1,200 gigabytes", 1_200_000_000_000),
    ("The phone comes with 512GB of storage.", "512GB", 512_000_000_000),
    ("Each file is under 800 MB.", "800 MB", 800_000_000),
    ("The page weighs 64KB.", "64KB", 64_000),
    ("It shipped with 128M bytes of memory.", "128M bytes", 128_000_000),
    ("It has a 40G-byte hard drive.", "40G-byte", 40_000_000_000),
    ("The archive holds 3 petabytes of footage.", "3 petabytes", 3_000_000_000_000_000),
    ("The disk holds 1 TiB.", "1 TiB", 2**40),  # binary, as written
])
def test_a_data_size_is_read_in_bytes(text, surface, size):
    found = mention(text, surface)
    assert (found.kind, found.value) == ("data", size)


@pytest.mark.parametrize("text", [
    "There were 1,200 TB cases in the region last year.",  # tuberculosis
    "Team GB won 5 GB medals on Saturday.",
    "The operator launched its 5G network and a 4K channel.",
    "She ran a 9.87 PB in the heats.",  # a personal best
    "The band played 200 gigs last year.",
])
def test_letters_after_a_figure_that_name_something_else_are_no_data_size(text):
    assert all(m.kind != "data" for m in find_numbers(text))


def test_data_sizes_told_two_ways_conflict_or_agree():
    assert both_ways("The attackers copied 1.2 terabytes of data.", "The attackers copied 1.5TB of data.")[
        "conflict"] == [("1.2 terabytes", "1.5TB")]
    assert both_ways("The attackers copied 1.2 TB of data.", "The attackers copied 1.5 terabytes of data.")[
        "conflict"] == [("1.2 TB", "1.5 terabytes")]
    result = both_ways("The attackers copied 1.2 TB of data.", "The attackers copied 1,200 gigabytes of data.")
    assert result["agree"] == [("1.2 TB", "1,200 gigabytes")] and result["conflict"] == []


def test_the_breach_repro_links_as_disputed():
    link = probe("The attackers copied 1.2 terabytes of data, including names and addresses.",
                 "The attackers copied 1.5TB of data, including names and addresses.")
    assert link is not None and len(link.numbers.conflict) == 1 and link.relation != "equivalent"


# --- "pounds" are sterling where the sentence tells of money and weighs nothing -----------------------


@pytest.mark.parametrize("text, surface", [
    ("The insurers have offered a reward of 250,000 pounds for information.", "250,000 pounds"),
    ("A reward of 150,000 pounds has been offered by the insurers.", "150,000 pounds"),
    ("He was fined 5,000 pounds.", "5,000 pounds"),
    ("Tickets cost 50 pounds each.", "50 pounds"),
    ("The charity raised 10,000 pounds last year.", "10,000 pounds"),
    ("The insurers offered a 300,000-pound reward.", "300,000-pound"),
])
def test_pounds_in_a_sentence_of_money_are_sterling(text, surface):
    found = mention(text, surface)
    assert found.kind == "money" and found.unit == "GBP"


@pytest.mark.parametrize("text, surface", [
    ("The baby weighed 9 pounds.", "9 pounds"),
    ("Police seized 300 pounds of cocaine, worth £2m.", "300 pounds"),
    ("He weighed 250 pounds and was paid 40,000 pounds a year.", "40,000 pounds"),  # the sentence weighs
    ("A 300-pound man was fined.", "300-pound"),  # a weight before a noun that is no money
    ("The reward was raised to 50 lbs of gold.", "50 lbs"),  # "lbs" is never sterling
    ("He lost 30 pounds since the diet began.", "30 pounds"),  # no word of money
])
def test_pounds_of_a_weight_stay_a_weight(text, surface):
    assert mention(text, surface).kind == "weight"


def test_a_reward_in_pounds_meets_the_same_reward_in_the_sign():
    assert both_ways("The insurers have offered a reward of £150,000 for information.",
                     "The insurers have offered a reward of 250,000 pounds for information.")[
        "conflict"] == [("£150,000", "250,000 pounds")]
    result = both_ways("The insurers have offered a reward of £150,000 for information.",
                       "A reward of 150,000 pounds has been offered by the insurers for information.")
    assert result["agree"] == [("£150,000", "150,000 pounds")] and result["conflict"] == []


# --- "both" before a plural noun counts two of it -------------------------------------------------------


@pytest.mark.parametrize("text, noun", [
    ("Only 82% of children have received both doses of the vaccine.", "dose"),
    ("Both pilots died in the crash.", "pilot"),
    ("Both of the suspects were arrested.", "suspect"),
    ("Officials said both sides agreed to the ceasefire.", "side"),
])
def test_both_before_a_plural_noun_counts_two(text, noun):
    found = [m for m in find_numbers(text) if m.surface.lower() == "both"]
    assert [(m.kind, m.value, m.unit) for m in found] == [("count", 2, noun)]


@pytest.mark.parametrize("text", [
    "Both men and women were hurt.",  # two kinds named, no count of either
    "Both were injured in the attack.",  # no noun to set it against
    "The fund helps both young children and their parents.",
])
def test_both_with_no_plural_noun_counted_is_no_figure(text):
    assert not [m for m in find_numbers(text) if m.surface.lower() == "both"]


def test_both_doses_dispute_three_doses_and_hold_two_doses():
    both = "Only 82% of children have received both doses of the vaccine."
    assert both_ways(both, "Only 82% of children have received three doses of the vaccine.")["conflict"] == [
        ("both doses", "three")]
    result = both_ways(both, "Only 82% of children have received two doses of the vaccine.")
    assert ("both doses", "two") in result["agree"] and result["conflict"] == []
    # "both" meets a count of its own noun only, and is never a figure alone
    result = both_ways(both, "Only 82% of children have received three vaccines.")
    assert result["conflict"] == [] and result["only_a"] == []
