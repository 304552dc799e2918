"""Days of one month written as a span ("5-14 August", "July 6-8, 2022") are one date range: the
ledger compares it with the other report's span or day, however either is written."""

import pytest

from reader.core.ledger import compare_numbers
from reader.core.numbers import Date, Range, find_numbers


def _only(text):
    mentions = find_numbers(text)
    assert len(mentions) == 1, [m.surface for m in mentions]
    return mentions[0]


@pytest.mark.parametrize("text, surface, value", [
    ("The festival runs 5-14 August in Edinburgh.", "5-14 August", Range(Date(None, 8, 5), Date(None, 8, 14))),
    ("It runs August 5-14, 2023.", "August 5-14, 2023", Range(Date(2023, 8, 5), Date(2023, 8, 14))),
    ("Talks are set for 6 to 8 July 2022.", "6 to 8 July 2022", Range(Date(2022, 7, 6), Date(2022, 7, 8))),
    ("It is open from July 6th–8th.", "July 6th–8th", Range(Date(None, 7, 6), Date(None, 7, 8))),
    ("Voting ran between 5 and 14 August.", "between 5 and 14 August", Range(Date(None, 8, 5), Date(None, 8, 14))),
    ("The fair lasts 12-15 of March.", "12-15 of March", Range(Date(None, 3, 12), Date(None, 3, 15))),
])
def test_days_of_one_month_read_as_one_date_range(text, surface, value):
    mention = _only(text)
    assert (mention.surface, mention.kind, mention.value) == (surface, "date", value)


def test_two_days_and_a_span_across_months_stay_two_dates():
    assert [m.surface for m in find_numbers("He testified on July 6 and 8.")] == ["July 6", "8"]
    assert [(m.surface, m.value) for m in find_numbers("It ran June 30 - July 2.")] == [
        ("June 30", Date(None, 6, 30)), ("July 2", Date(None, 7, 2))]


def _ledger(a, b):
    ledger = compare_numbers(find_numbers(a), find_numbers(b))
    return ([(x.surface, y.surface) for x, y in ledger.agree],
            [(x.surface, y.surface) for x, y in ledger.conflict])


def test_one_span_written_two_ways_agrees():
    assert _ledger("The festival runs 5-14 August.", "The festival runs from August 5 to 14.") == (
        [("5-14 August", "August 5 to 14")], [])
    # One report gives the year, the other leaves it out.
    assert _ledger("It runs July 6-8, 2022.", "It runs 6-8 July.") == ([("July 6-8, 2022", "6-8 July")], [])


def test_a_span_that_ends_on_another_day_conflicts():
    assert _ledger("The festival runs July 6-8.", "The festival runs 6-9 July.") == (
        [], [("July 6-8", "6-9 July")])


def test_a_span_in_another_month_or_year_conflicts():
    assert _ledger("It runs 5-14 August.", "It runs 5-14 September.")[1] == [("5-14 August", "5-14 September")]
    assert _ledger("on 5-14 August 2022", "on August 5-14, 2023")[1] == [("5-14 August 2022", "August 5-14, 2023")]


def test_a_day_inside_the_span_agrees_and_one_outside_conflicts():
    assert _ledger("The talks run 5-14 August.", "The talks began on August 5.")[0] == [("5-14 August", "August 5")]
    assert _ledger("The talks run 5-14 August.", "The talks began on August 20.")[1] == [("5-14 August", "August 20")]


def test_a_score_before_a_full_date_is_no_span_of_days():
    # "ruled 5-4 June 26, 2015": a vote, then a date; "lost 10-24 Oct. 3": a score, then a date.
    assert [m.surface for m in find_numbers("The court ruled 5-4 June 26, 2015.")][-1] == "June 26, 2015"
    assert _ledger("The team lost 10-24 Oct. 3.", "The team lost on Oct. 17.")[0] == []
