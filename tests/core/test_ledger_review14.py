"""Ledger rows from the fourteenth code review: a rate restated per a longer period of uneven length (a month
of 28 to 31 days) with or without a hedge, a rate "on average", the day of a saying that is the news itself,
and the day a thing was said beside the day it happened."""

from __future__ import annotations

import pytest
from ledger_rows import ledger_with_texts, mention

from reader.core.numbers import STATEMENT_DATE

# --- a rate restated per a longer period: a month is 28 to 31 days ----------------------------------------------

@pytest.mark.parametrize("a, b, pair", [
    ("Parking costs about £10 a day.", "Parking costs about £300 a month.", ("about £10", "about £300")),
    ("About 1,500 people a day visit the museum.", "About 45,000 people a month visit the museum.",
     ("about 1,500", "about 45,000")),
    ("1,500 people a day visit the museum.", "45,000 people a month visit the museum.", ("1,500", "45,000")),
    ("Rent is £250 a week.", "Rent is £1,000 a month.", ("£250", "£1,000")),  # four weeks to the month
    ("Parking costs £10 a day.", "Parking costs £310 a month.", ("£10", "£310")),  # a month of 31 days
    ("The field pumps 2 million barrels a day.", "The field pumps 730 million barrels a year.",
     ("2 million", "730 million")),
])
def test_a_rate_restated_per_a_month_agrees_by_any_length_of_month(a, b, pair):
    found = ledger_with_texts(a, b)
    assert found["agree"] == [pair] and found["conflict"] == []


@pytest.mark.parametrize("a, b, pair", [
    ("Parking costs £10 a day.", "Parking costs £400 a month.", ("£10", "£400")),  # no month has 40 days
    ("Parking costs about £10 a day.", "Parking costs about £350 a month.", ("about £10", "about £350")),
    ("Bills will rise by £30 a month.", "Bills will rise by £500 a year.", ("up £30", "up £500")),  # a year is 12
    ("1,500 people a day visit the museum.", "60,000 people a month visit the museum.", ("1,500", "60,000")),
])
def test_a_rate_restated_per_a_month_beyond_any_length_conflicts(a, b, pair):
    assert ledger_with_texts(a, b)["conflict"] == [pair]


# --- "on average" after a rate --------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, pair", [
    ("Bills will rise by £30 a month on average.", "Bills will rise by £360 a year.", ("up £30", "up £360")),
    ("Bills will rise by £30 a month on average.", "Bills will rise by £360 a year on average.",
     ("up £30", "up £360")),
    ("Families spend £30 a week on rent.", "Families spend £1,560 a year on rent.", ("£30", "£1,560")),
])
def test_a_rate_on_average_is_a_rate(a, b, pair):
    found = ledger_with_texts(a, b)
    assert found["agree"] == [pair] and found["conflict"] == []


def test_a_duration_a_day_on_average_is_no_rate_of_a_week():
    found = ledger_with_texts("The team trained for 2 hours a day on average.", "The team trained 14 hours a week.")
    assert found["agree"] == [] and found["conflict"] == []


@pytest.mark.parametrize("a, b, pair", [
    ("A year on, 1,500 people remain in shelters.", "A year on, 1,200 people remain in shelters.",
     ("1,500", "1,200")),
    ("Some 1,500 families a year on from the flood are still in shelters.",
     "Some 1,200 families a year on from the flood are still in shelters.", ("some 1,500", "some 1,200")),
])
def test_a_year_on_at_a_clause_end_or_before_from_is_no_rate(a, b, pair):
    assert ledger_with_texts(a, b)["conflict"] == [pair]


# --- the day of a saying that is the news itself ----------------------------------------------------------------

@pytest.mark.parametrize("a, b, pair", [
    ("The firm announced on Tuesday that it would cut 200 jobs.", "The firm announced the cuts on Monday.",
     ("Tuesday", "Monday")),
    ("The witness testified on Monday.", "The witness gave evidence on Tuesday.", ("Monday", "Tuesday")),
    ("The jury was told on Monday that he lied.", "The jury heard on Tuesday that he lied.", ("Monday", "Tuesday")),
    ("The minister told MPs on Tuesday that the plan was dead.",
     "The minister told MPs on Wednesday that the plan was dead.", ("Tuesday", "Wednesday")),  # two statements
    ("The crew are safe, the coastguard said on Monday.", "The crew are safe, the coastguard confirmed on Sunday.",
     ("Monday", "Sunday")),  # two tags
])
def test_two_days_of_one_kind_conflict(a, b, pair):
    assert ledger_with_texts(a, b)["conflict"] == [pair]


@pytest.mark.parametrize("text, surface", [
    ("The firm announced on Tuesday that it would cut 200 jobs.", "Tuesday"),
    ("The witness testified on Monday.", "Monday"),
    ("The jury was told on Monday that he lied.", "Monday"),
    ("In a statement, the firm announced on Tuesday that it would cut jobs.", "Tuesday"),  # no tag: a clause goes on
    ("The firm, based in Leeds, confirmed on Monday that it would close.", "Monday"),
])
def test_a_saying_that_is_the_news_happened_on_its_day(text, surface):
    assert mention(text, surface).role != STATEMENT_DATE


@pytest.mark.parametrize("text, surface", [
    ("All 23 crew are safe, the coastguard confirmed on Monday.", "Monday"),
    ("He lied, the jury was told on Tuesday.", "Tuesday"),
    ("\u201cWe will rebuild,\u201d the mayor announced on Friday.", "Friday"),
    ("Officials said on Monday that the ship had sunk.", "Monday"),
])
def test_a_saying_that_attributes_a_claim_is_a_statements_day(text, surface):
    assert mention(text, surface).role == STATEMENT_DATE


# --- the day a thing was said beside the day it happened ---------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The ship sank, the coastguard said on Monday.", "The ship sank on Monday, the coastguard said."),
    ("The ship sank, the coastguard said on 3 March.", "The ship sank on 3 March, the coastguard said."),
])
def test_a_statements_day_and_an_events_day_of_one_name_stay_apart(a, b):
    found = ledger_with_texts(a, b)
    assert found["agree"] == [] and found["conflict"] == []
    assert len(found["only_a"]) == len(found["only_b"]) == 1
