"""Forms of figures news copy writes: a decimal comma ("12,5 %", "1 234,5 millions", "1.234,5 Millionen")
read as decimals where it cannot be an English thousands separator; a time limit in words ("within a month")
read as a duration; and a noun of change after what changed ("a 4.5% pay rise") giving the figure's
direction as "an increase of 5.4 per cent" does."""

from __future__ import annotations

import pytest

from reader.core.ledger import compare_numbers
from reader.core.numbers import Duration, Range, find_numbers


def _read(text: str) -> list[tuple[str, str, object]]:
    return [(m.surface, m.kind, m.value) for m in find_numbers(text)]


# -- A decimal comma -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("La hausse est de 12,5 % sur un an.", [("12,5 %", "percent", 12.5)]),
    ("Le budget atteint 1 234,5 millions d’euros.", [("1 234,5 millions", "count", 1_234_500_000)]),
    ("Le budget atteint 234,5 millions.", [("234,5 millions", "count", 234_500_000)]),
    ("Das Budget beträgt 1.234,5 Millionen Euro.", [("1.234,5 Millionen", "count", 1_234_500_000)]),
    ("Il a parcouru 3,5 km à pied.", [("3,5 km", "length", 3500)]),
    ("la température était de −12,5 °C.", [("−12,5 °C", "temperature", -12.5)]),
    ("Le taux est de 1,5-2,5 %.", [("1,5-2,5 %", "percent", Range(1.5, 2.5))]),
    ("Die Kosten lagen bei 1.234.567,89 Euro.", [("1.234.567,89", "count", 1_234_567.89)]),
    ("Le budget atteint 1\u202f234,5 millions.", [("1\u202f234,5 millions", "count", 1_234_500_000)]),
])
def test_a_decimal_comma_is_read_as_decimals(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Some 12,500 people marched.", [("12,500", "count", 12_500)]),  # thousands, as ever
    ("The road is 1,234.5 km long.", [("1,234.5 km", "length", 1_234_500)]),
    ("See pages 1,5 and 7.", [("7", "count", 7)]),  # a list: no measure after "1,5"
    ("Il a parcouru 1 234 km.", [("1 234 km", "length", 1_234_000)]),
])
def test_a_comma_that_may_group_thousands_or_part_a_list_is_no_decimal_comma(text, expected):
    assert _read(text) == expected


def test_two_budgets_with_decimal_commas_conflict():
    found = compare_numbers(find_numbers("Le budget atteint 1 234,5 millions d’euros."),
                            find_numbers("Le budget atteint 1 234,7 millions d’euros."))
    assert [(x.surface, y.surface) for x, y in found.conflict] == [("1 234,5 millions", "1 234,7 millions")]
    assert found.agree == ()
    found = compare_numbers(find_numbers("La hausse est de 12,5 % sur un an."),
                            find_numbers("La hausse est de 12,9 % sur un an."))
    assert [(x.surface, y.surface) for x, y in found.conflict] == [("12,5 %", "12,9 %")]


def test_a_decimal_comma_agrees_with_a_decimal_point():
    found = compare_numbers(find_numbers("Le budget atteint 1 234,5 millions."),
                            find_numbers("The budget reaches 1,234.5 million."))
    assert [(x.surface, y.surface) for x, y in found.agree] == [("1 234,5 millions", "1,234.5 million")]


# -- A time limit in words -------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("A preliminary report is due within a month.", "a month", Duration(1, "month")),
    ("Police arrived within an hour.", "an hour", Duration(1 / 24, "day")),
    ("The minister wants a full report within a week.", "a week", Duration(7, "day")),
])
def test_a_time_limit_in_words_is_a_duration(text, surface, value):
    [m] = find_numbers(text)
    assert (m.surface, m.kind, m.value) == (surface, "duration", value)


def test_within_a_month_meets_one_month():
    found = compare_numbers(find_numbers("A preliminary report is due within a month."),
                            find_numbers("A preliminary report is expected within one month."))
    assert [(x.surface, y.surface) for x, y in found.agree] == [("a month", "one month")]


def test_a_bare_span_with_no_time_limit_stays_no_figure():
    assert find_numbers("The strike lasted a week.") == []
    assert find_numbers("It happened a week ago.") == []


@pytest.mark.parametrize("text", [
    "The closure of the bridge will last a fortnight.",
    "The closure, lasting a fortnight, begins on Monday.",
])
def test_a_fortnight_something_lasts_is_fourteen_days(text):
    [m] = [m for m in find_numbers(text) if m.kind == "duration"]
    assert (m.surface, m.value) == ("a fortnight", Duration(14, "day"))


def test_what_lasts_a_fortnight_disputes_ten_days_and_meets_fourteen():
    fortnight = find_numbers("The bridge closure will last a fortnight.")
    assert [(x.surface, y.surface) for x, y in
            compare_numbers(fortnight, find_numbers("The bridge closure will last 10 days.")).conflict] == [
        ("a fortnight", "10 days")]
    assert [(x.surface, y.surface) for x, y in
            compare_numbers(fortnight, find_numbers("The bridge closure will last 14 days.")).agree] == [
        ("a fortnight", "14 days")]


# -- A noun of change after what changed -----------------------------------------------------------

@pytest.mark.parametrize("text, direction", [
    ("The offer of a 4.5% pay rise over two years was rejected.", "up"),
    ("The offer of a 5.4 per cent increase over two years was rejected.", "up"),
    ("The bank announced a 0.25% interest rate rise.", "up"),
    ("Passengers face a 10% fare increase.", "up"),
    ("The government promised a 20% tax cut.", "down"),
    ("Unions won a hike of 4.5%.", "up"),
    ("Unions won a 4.5% hike.", "up"),
    ("Staff were offered a pay rise of 4.5%.", "up"),
])
def test_a_noun_of_change_gives_the_direction(text, direction):
    assert [m.direction for m in find_numbers(text) if m.kind == "percent"] == [direction]


@pytest.mark.parametrize("text", [
    "About 12% of staff fall ill each winter.",
    "He holds a 5% stake up for sale.",
    "Inflation was 5% and falling.",
    "Turnout was 52% in the fall election.",
])
def test_no_noun_of_change_gives_no_direction(text):
    assert [m.direction for m in find_numbers(text) if m.kind == "percent"] == [""]


def test_a_pay_rise_and_an_increase_are_marked_alike():
    [a] = [m for m in find_numbers("The offer of a 4.5% pay rise was rejected.") if m.kind == "percent"]
    [b] = [m for m in find_numbers("The offer of a 5.4 per cent increase was rejected.") if m.kind == "percent"]
    assert a.direction == b.direction == "up"
