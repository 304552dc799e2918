"""Figures of code review 20: the length of a deal named with a synonym or not named at all; a range of prices
or of pay is no change; a change in per cent of another thing, or from another base year, against two levels; a
span of dates against a count of weeks; "hundreds of thousands" reaching to where "millions" begins."""

import pytest
from ledger_rows import ledger_with_texts

# --- 4: the length of one deal, named two ways -------------------------------------------------------------------


@pytest.mark.parametrize("a, b, pair", [
    ("Arsenal have signed the Brazilian striker on a five-year deal, the club announced.",
     "Arsenal have signed the Brazilian striker on a four-year contract, the club announced.",
     ("five-year", "four-year")),
    ("The coastal states concluded a three-year agreement on mackerel quotas in Bergen on Friday.",
     "The coastal states concluded a four-year deal on mackerel quotas in Bergen on Friday.",
     ("three-year", "four-year")),
    ("The former minister was jailed for a two-year term in prison on Friday.",
     "The former minister was jailed for three years in prison on Friday.",
     ("two-year", "three years")),
    ("The striker, 24, signed a new five-year contract with Real Madrid on Thursday.",
     "The striker, 24, agreed a four-year extension with Real Madrid on Thursday.",
     ("five-year", "four-year")),
])
def test_two_lengths_of_one_deal_named_two_ways_dispute_each_other(a, b, pair):
    assert ledger_with_texts(a, b)["conflict"] == [pair]


def test_the_length_of_the_talks_is_no_rival_of_the_deal():
    rows = ledger_with_texts(
        "The talks, which lasted three days, ended with a four-year deal on mackerel quotas.",
        "The coastal states agreed a five-year deal on mackerel quotas after two days of talks.")
    assert sorted(rows["conflict"]) == [("four-year", "five-year"), ("three days", "two days")]


@pytest.mark.parametrize("a", ["The midfielder was handed a two-year ban after the hearing, which lasted four days.",
                               "The midfielder has been banned for two years, the federation said."])
def test_the_length_of_a_ban_is_no_rival_of_a_contract(a):
    rows = ledger_with_texts(a, "The midfielder, who signed a three-year contract in May, was banned on Friday.")
    assert not rows["conflict"]


# --- 5: a range is no change ------------------------------------------------------------------------------------


@pytest.mark.parametrize("a, b", [
    ("Ticket prices for the summer festival in Leeds range from $20 to $40 this year, organisers said.",
     "Ticket prices for the summer festival in Leeds rose 15% this year, organisers said."),
    ("Salaries for junior doctors in the scheme range from £32,000 to £40,000, the health board said.",
     "Salaries for junior doctors in the scheme rose 6%, the health board said."),
    ("Fares on the line vary from $2 to $3.50 depending on the time of day, the operator said.",
     "Fares on the line went up 10% this year, the operator said."),
])
def test_a_range_of_prices_is_no_change_in_per_cent(a, b):
    rows = ledger_with_texts(a, b)
    assert not any("%" in x or "%" in y for x, y in rows["conflict"])


@pytest.mark.parametrize("a", [
    "Ticket prices for the summer festival in Leeds rose from $20 to $40 this year, organisers said.",
    "Ticket prices for the summer festival in Leeds have gone up from $20 to $40 this year, organisers said.",
    "Ticket prices for the summer festival in Leeds were raised this year from $20 to $40, organisers said.",
])
def test_levels_after_a_word_of_change_still_dispute_a_change_in_per_cent(a):
    rows = ledger_with_texts(a, "Ticket prices for the summer festival in Leeds rose 15% this year, organisers said.")
    assert [y for _, y in rows["conflict"]] == ["up 15%"]


# --- 6: a change in per cent of another thing -------------------------------------------------------------------


def test_a_change_in_per_cent_of_another_thing_beside_a_level_is_no_rival():
    rows = ledger_with_texts(
        "Halvard said on Tuesday that its annual revenue rose from $2 billion to $2.5 billion last year.",
        "Halvard said on Tuesday that its annual profit rose 10% last year as revenue climbed to $2.5 billion.")
    assert not rows["conflict"]
    assert ("to $2.5 billion", "$2.5 billion") in rows["agree"]


@pytest.mark.parametrize("b", ["Halvard said its annual revenue rose 10% last year to $2.5 billion.",
                               "Halvard said its annual revenue was $2.5 billion last year, up 10%."])
def test_a_change_in_per_cent_to_the_level_still_disputes_the_levels(b):
    rows = ledger_with_texts("Halvard said its annual revenue rose from $2 billion to $2.5 billion last year.", b)
    assert [y for _, y in rows["conflict"]] == ["up 10%"]


# --- 13: levels from a year named against a change from no base said --------------------------------------------


def test_levels_from_a_year_named_are_no_rival_of_a_change_from_no_base_said():
    rows = ledger_with_texts(
        "Passenger numbers at Leeds Bradford airport rose from 1.2 million in 2019 to 1.5 million, "
        "the airport said on Monday.",
        "Passenger numbers at Leeds Bradford airport rose 8% to 1.5 million, the airport said on Monday.")
    assert not rows["conflict"]


def test_levels_from_a_year_named_meet_a_change_since_that_year():
    rows = ledger_with_texts(
        "Passenger numbers at Leeds Bradford airport rose from 1.2 million in 2019 to 1.5 million, "
        "the airport said on Monday.",
        "Passenger numbers at Leeds Bradford airport have risen 8% since 2019 to 1.5 million, "
        "the airport said on Monday.")
    assert [y for _, y in rows["conflict"]] == ["up 8%"]


# --- 8: a span of dates against a count of weeks ----------------------------------------------------------------


@pytest.mark.parametrize("a, b", [
    ("The exhibition at the Tate Modern in London runs from Monday, March 3 to Friday, March 14, the gallery said.",
     "The exhibition at the Tate Modern in London runs for two weeks, the gallery said."),
    ("Members of the rail union will strike from 3 March to 15 April, its leader said.",
     "Members of the rail union will strike for six weeks, its leader said."),
])
def test_a_span_within_a_few_days_of_a_count_of_weeks_meets_it(a, b):
    rows = ledger_with_texts(a, b)
    assert not rows["conflict"] and len(rows["agree"]) == 1


@pytest.mark.parametrize("a, b", [
    ("The exhibition at the Tate Modern in London runs from March 3 to March 27, the gallery said.",
     "The exhibition at the Tate Modern in London runs for two weeks, the gallery said."),
    ("The exhibition at the Tate Modern in London runs from March 3 to March 10, the gallery said.",
     "The exhibition at the Tate Modern in London runs for two weeks, the gallery said."),
    ("The exhibition at the Tate Modern in London runs from March 3 to March 14, the gallery said.",
     "The exhibition at the Tate Modern in London runs for ten days, the gallery said."),
])
def test_a_span_far_from_its_rival_still_disputes_it(a, b):
    assert len(ledger_with_texts(a, b)["conflict"]) == 1


# --- 14: "hundreds of thousands" reaches to where "millions" begins ---------------------------------------------


@pytest.mark.parametrize("a, b", [
    ("About 1.5 million homes in the country were left without power after the storm, the utility said.",
     "Hundreds of thousands of homes in the country were left without power after the storm, the utility said."),
    ("About 1.2 billion people in the region lack clean drinking water, the agency said.",
     "Hundreds of millions of people in the region lack clean drinking water, the agency said."),
])
def test_hundreds_of_a_scale_reach_to_where_its_next_vague_count_begins(a, b):
    rows = ledger_with_texts(a, b)
    assert not rows["conflict"] and len(rows["agree"]) == 1


def test_millions_still_dispute_hundreds_of_thousands():
    rows = ledger_with_texts("About 2.5 million homes were left without power after the storm.",
                             "Hundreds of thousands of homes were left without power after the storm.")
    assert len(rows["conflict"]) == 1
