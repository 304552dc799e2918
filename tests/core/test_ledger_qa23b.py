"""A dollar of no country said meets any dollar; a count of people meets a count of one kind of
person; a live blog's minute of play is an ordinal minute; a score or a vote is one tally, and a
running score never disputes the final one."""

import pytest

from ledger_rows import both_ways, probe
from reader.core.numbers import find_numbers


# --- 1: a bare "$" ----------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, agree", [
    ("Transit fares will be frozen at $3.35 for a single adult ride.",
     "Bus fares will stay at C$3.35 per adult ride.", ("$3.35", "C$3.35")),
    ("The club will receive $19 million.", "The club will receive A$19 million.", ("$19 million", "A$19 million")),
    ("The fund holds 7.5 million dollars.", "The fund holds NZ$7.5 million.", ("7.5 million dollars", "NZ$7.5 million")),
])
def test_a_dollar_of_no_country_said_agrees_with_any_dollar_of_the_same_amount(a, b, agree):
    found = both_ways(a, b)
    assert found["agree"] == [agree] and found["conflict"] == []


@pytest.mark.parametrize("a, b, conflict", [
    ("The Port Calder Police Service will receive $412 million.", "Police will get C$421 million.",
     ("$412 million", "C$421 million")),
    ("Port Calder city council approved a $4.2-billion operating budget.",
     "City council in Port Calder voted to pass a C$4.8 billion operating budget.",
     ("$4.2-billion", "C$4.8 billion")),
    # its conversion into US dollars disputes the amount too
    ("Port Calder city council approved a $4.2-billion operating budget.",
     "City council in Port Calder voted to pass a C$4.8 billion ($3.36 billion) operating budget.",
     ("$4.2-billion", "C$4.8 billion ($3.36 billion)")),
])
def test_a_dollar_of_no_country_said_disputes_another_amount_of_a_dollar(a, b, conflict):
    assert both_ways(a, b)["conflict"] == [conflict]


@pytest.mark.parametrize("a, b", [
    # the amount, or its conversion into US dollars
    ("The council approved a $4.2bn budget.", "The council approved a C$4.2 billion ($2.94 billion) budget."),
    ("The council approved a $2.94bn budget.", "The council approved a C$4.2 billion ($2.94 billion) budget."),
])
def test_a_dollar_of_no_country_said_may_be_the_amount_or_its_conversion(a, b):
    found = both_ways(a, b)
    assert len(found["agree"]) == 1 and found["conflict"] == []


def test_a_canadian_dollar_amount_is_not_set_against_its_us_conversion():
    found = both_ways("The levy will add about $186 a year.", "It will cost around C$186 more a year (about US$130).")
    assert found["agree"] == [("about $186", "around C$186")] and found["conflict"] == []


def test_two_dollars_both_said_stay_two_currencies():
    assert both_ways("It cost US$3.35.", "It cost C$3.35.")["conflict"] == [("US$3.35", "C$3.35")]
    assert both_ways("It cost US$412 million.", "It cost C$421 million.")["conflict"] == []


def test_conversions_into_a_dollar_unsaid_and_a_dollar_said_say_nothing_of_each_other():
    found = both_ways("It cost €45m ($49m).", "It cost €45m (C$66m).")
    assert found["agree"] == [("€45m ($49m)", "€45m (C$66m)")] and found["conflict"] == []


def test_a_slip_of_the_symbol_between_a_dollar_and_another_currency_still_conflicts():
    assert both_ways("It cost $35m.", "It cost £35m.")["conflict"] == [("$35m", "£35m")]


def test_a_bare_dollar_and_a_canadian_one_link_their_sentences():
    link = probe("Transit fares will be frozen at $3.35 for a single adult ride, the third year without an increase.",
                 "Bus fares will stay at C$3.35 per adult ride for a third straight year.")
    assert link is not None and not link.numbers.conflict
    assert ("$3.35", "C$3.35") in [(x.surface, y.surface) for x, y in link.numbers.agree]


# --- 2: a count of people and a count of one kind of person ----------------------------------------

@pytest.mark.parametrize("a, b, conflict", [
    ("Three people were taken to University Hospital Limerick with minor injuries.",
     "Five passengers were taken to University Hospital Limerick with minor injuries.", ("Three", "Five")),
    ("About 8,000 residents were told to leave.", "About 18,000 people were told to leave.", ("about 8,000", "about 18,000")),
    ("Twelve individuals were questioned.", "Fourteen students were questioned.", ("Twelve", "Fourteen")),
])
def test_a_count_of_people_disputes_a_count_of_one_kind_of_person(a, b, conflict):
    assert both_ways(a, b)["conflict"] == [conflict]


@pytest.mark.parametrize("a, b", [
    ("Three people were taken to hospital.", "Five buses were taken to the depot."),
    ("14 people were killed.", "40 people were wounded."),
    ("14 people were killed.", "40 soldiers were wounded."),
    # two kinds of person are two counts
    ("The trial followed 4,812 patients.", "The trial enrolled 4,218 participants."),
])
def test_counts_of_other_things_or_fates_do_not_conflict(a, b):
    assert both_ways(a, b)["conflict"] == []


def test_a_hedged_count_of_people_allows_a_count_of_residents():
    found = both_ways("More than 100 people were evacuated.", "130 residents were evacuated.")
    assert found["agree"] == [("more than 100", "130")]


# --- 3: minutes of play, scores and votes -----------------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("58' RED CARD! Kestrel's Ryan Brennan is sent off.", "58'"),
    ("(104') GOAL! Tomas Reyes curls a shot into the top corner.", "104'"),
    ("90’ - Full time here.", "90’"),
])
def test_a_live_blog_minute_is_the_minute_of_play(text, surface):
    first = find_numbers(text)[0]
    assert (first.surface, first.kind, first.unit) == (surface, "ordinal", "minute")


@pytest.mark.parametrize("text", ["They built a 6' fence.", "He is 6' tall.", "6' tall, he towers over them."])
def test_feet_are_no_minute(text):
    assert "minute" not in [m.unit for m in find_numbers(text)]


def test_a_live_blog_minute_agrees_with_the_same_minute_and_disputes_another():
    post = "58' RED CARD! Kestrel's Ryan Brennan is sent off for a second yellow."
    assert ("58'", "58th") in both_ways(post, "Ryan Brennan was sent off in the 58th minute for a second yellow.")["agree"]
    assert both_ways(post, "Ryan Brennan was sent off in the 53rd minute for a second yellow.")["conflict"] == [
        ("58'", "53rd")]


def test_a_running_score_does_not_dispute_the_final_score():
    found = both_ways("Daniel Oduya scored to make it Harbour City 1-0 Kestrel Athletic after 67 minutes.",
                      "Harbour City beat Kestrel Athletic 2-1 after Daniel Oduya scored.")
    assert found["conflict"] == [] and found["agree"] == []


def test_two_final_scores_that_differ_conflict():
    found = both_ways("Harbour City beat Kestrel Athletic 2-1.", "Harbour City beat Kestrel Athletic 3-0.")
    assert found["conflict"] == [("2-1", "3-0")]


def test_scores_at_half_time_and_at_full_time_are_two_moments():
    assert both_ways("They led 2-0 at half-time.", "They won 3-1.")["conflict"] == []
    assert both_ways("They led 2-0 at half-time.", "It was 2-1 at the break.")["conflict"] == [("0", "1")]


def test_a_vote_is_one_tally_and_conflicts_once():
    found = both_ways("The council approved the plan by a vote of 9-4 on Tuesday.",
                      "The council voted 8 to 5 on Tuesday to approve the plan.")
    assert found["conflict"] == [("9-4", "8 to 5")] and found["agree"] == [("Tuesday", "Tuesday")]


def test_a_tally_after_failed_reads_as_after_lost():
    assert [m.value for m in find_numbers("The motion failed 5-8.")] == [5, 8]
    found = both_ways("The motion failed 5-8.", "That motion lost 5-8.")
    assert found["agree"] == [("5", "5"), ("8", "8")] and not found["only_a"] and not found["only_b"]


def test_a_score_is_no_count_of_anything_else():
    found = both_ways("Harbour City beat Kestrel Athletic 2-1.", "Two fans were arrested.")
    assert found["conflict"] == [] and found["agree"] == []
