"""The number ledger on one fact written two ways, as two outlets write it: American and British
scales and abbreviations, shares of a point and of a group in words, durations and weights in two
units or in halves, converted ranges, vulgar fractions, ages, spans of years, scores and "May".
Each row is a pair of sentences and the pairs of figures the ledger must find agreeing and
conflicting (quoted as ``with_hedge`` quotes them); every figure of either sentence is in a pair."""

from __future__ import annotations

import pytest

from reader.core.ledger import compare_numbers
from reader.core.numbers import find_numbers, with_hedge


def ledger(a: str, b: str) -> dict[str, list]:
    found = compare_numbers(find_numbers(a), find_numbers(b))
    return {
        "agree": [(with_hedge(x), with_hedge(y)) for x, y in found.agree],
        "conflict": [(with_hedge(x), with_hedge(y)) for x, y in found.conflict],
        "alone": [m.surface for m in (*found.only_a, *found.only_b)],
    }


@pytest.mark.parametrize("a, b, agree, conflict", [
    # American copy's capital scale letters after a currency
    ('It raised $3.5M in seed funding.',
     'It raised $3.5 million in seed funding.',
     [('$3.5M', '$3.5 million')], []),
    ('He was paid $250K a year.',
     'He was paid $250,000 a year.',
     [('$250K', '$250,000')], []),
    ('The firm is valued at $1.5B.',
     'The firm is valued at $2.5 billion.',
     [], [('$1.5B', '$2.5 billion')]),
    # thousands of a plural noun: "25K employees"
    ('The firm has 25K employees.',
     'The firm has 25,000 employees.',
     [('25K', '25,000')], []),
    ('The firm has 25K employees.',
     'The firm has 35,000 employees.',
     [], [('25K', '35,000')]),
    # a share of a point in words: a central bank's move, a poll's lead
    ('The Fed raised rates by a quarter point.',
     'The Fed raised rates by 25 basis points.',
     [('a quarter point', '25 basis points')], []),
    ('The Fed raised rates by a quarter-point.',
     'The Fed raised rates by 50 basis points.',
     [], [('a quarter-point', '50 basis points')]),
    ('Rates rose by half a percentage point.',
     'Rates rose by 50bps.',
     [('up half a percentage point', 'up 50bps')], []),
    ('The Fed raised rates by three-quarters of a percentage point.',
     'The Fed raised rates by 75 basis points.',
     [('three-quarters of a percentage point', '75 basis points')], []),
    # a lone "half" of a group is a share; "nearly half" is "almost 50%"
    ('Half of the voters stayed home.',
     '50% of the voters stayed home.',
     [('Half', '50%')], []),
    ('Half the staff left.',
     '50 per cent of the staff left.',
     [('Half', '50 per cent')], []),
    ('Nearly half of the staff left.',
     'Almost 50 per cent of the staff left.',
     [('nearly half', 'almost 50 per cent')], []),
    # a duration or a weight in two units is one figure, as precise as its smaller unit
    ('He was sentenced to 2 years and 6 months.',
     'He was sentenced to 30 months.',
     [('2 years and 6 months', '30 months')], []),
    ('He was sentenced to 2 years and 6 months.',
     'He was sentenced to 2 years and 8 months.',
     [], [('2 years and 6 months', '2 years and 8 months')]),
    ('The journey takes 1hr 45mins.',
     'The journey takes 105 minutes.',
     [('1hr 45mins', '105 minutes')], []),
    ('The journey takes 1hr 45mins.',
     'The journey takes an hour and 45 minutes.',
     [('1hr 45mins', 'an hour and 45 minutes')], []),
    ('The baby weighed 7lb 11oz.',
     'The baby weighed 3.49kg.',
     [('7lb 11oz', '3.49kg')], []),
    # halves of a unit in words
    ('The standoff lasted half an hour.',
     'The standoff lasted 30 minutes.',
     [('half an hour', '30 minutes')], []),
    ('The talks lasted an hour and a half.',
     'The talks lasted 90 minutes.',
     [('an hour and a half', '90 minutes')], []),
    ('He was jailed for a year and a half.',
     'He was jailed for 18 months.',
     [('a year and a half', '18 months')], []),
    # a range converted into other units, end by end ("in" for inches straight after the digits)
    ('Lows of 5-8C are forecast.',
     'Lows of 41-46F are forecast.',
     [('5-8C', '41-46F')], []),
    ('Waves of 3-4 metres hit the coast.',
     'Waves of 10-13ft hit the coast.',
     [('3-4 metres', '10-13ft')], []),
    ('Snowfall of 20-30cm is expected.',
     'Snowfall of 8-12in is expected.',
     [('20-30cm', '8-12in')], []),
    # a whole number and a half: "2½", and in plain-text wire copy "2 1/2"
    ('The standoff lasted 2½ hours.',
     'The standoff lasted 2.5 hours.',
     [('2½ hours', '2.5 hours')], []),
    ('The standoff lasted 2 1/2 hours.',
     'The standoff lasted 150 minutes.',
     [('2 1/2 hours', '150 minutes')], []),
    ('Prices rose 12½%.',
     'Prices rose 12.5%.',
     [('up 12½%', 'up 12.5%')], []),
    # ages: a role named before the commas, "at the age of"
    ('The singer, 80, died on Sunday.',
     'The 80-year-old singer died on Sunday.',
     [('80', '80-year-old'), ('Sunday', 'Sunday')], []),
    ('The singer died aged 80.',
     'The singer died at the age of 80.',
     [('aged 80', 'age of 80')], []),
    # money: a named dollar, a conversion after a currency word
    ('It raised 3.5 million US dollars.',
     'It raised $3.5 million.',
     [('3.5 million US dollars', '$3.5 million')], []),
    ('It cost 5 million euros ($5.4 million).',
     'It cost $5.4 million.',
     [('5 million euros ($5.4 million)', '$5.4 million')], []),
    # a span of years after "from"
    ('He served from 2010 to 2015.',
     'He served 2010-15.',
     [('2010 to 2015', '2010-15')], []),
    # the noun after a score names the result, not what its second figure counts
    ('The 3-1 win on Sunday sent them top.',
     "Sunday's 3–2 victory sent them top.",
     [('3', '3'), ('Sunday', 'Sunday')], [('1', '2')]),
    # basis points as "bp"
    ('The Fed raised rates by 25bp.',
     'The Fed raised rates by 0.25 percentage point.',
     [('25bp', '0.25 percentage point')], []),
    # "May" after a capitalised word of time is the month
    ('Last May, the river flooded.',
     'Last June, the river flooded.',
     [], [('May', 'June')]),
])
def test_one_fact_written_two_ways(a, b, agree, conflict):
    assert ledger(a, b) == {"agree": agree, "conflict": conflict, "alone": []}


@pytest.mark.parametrize("a, b, conflict", [
    ("He ran the marathon in 2 hours, 1 minute and 9 seconds.", "He ran the marathon in 2 hours, 4 minutes and 9 seconds.",
     ("2 hours, 1 minute", "2 hours, 4 minutes")),
    ("The siege lasted 1 day 2 hours 30 minutes.", "The siege lasted 1 day 20 hours 30 minutes.",
     ("1 day 2 hours", "1 day 20 hours")),
    ("The men were jailed for 4 years, 6 months and 3 months respectively.",
     "The men were jailed for 4 years, 6 months and 2 months respectively.", ("3 months", "2 months")),
])
def test_a_figure_in_three_parts_still_conflicts_in_each(a, b, conflict):
    ledger = compare_numbers(find_numbers(a), find_numbers(b))
    assert [(x.surface, y.surface) for x, y in ledger.conflict] == [conflict]


@pytest.mark.parametrize("a, b", [
    ("Smith and Jones were jailed for 2 years, 6 months respectively.",
     "Smith was jailed for 2 years and Jones for 6 months."),
    ("The ceasefire lasted 2 weeks, and 3 days later fighting resumed.",
     "The ceasefire lasted 2 weeks, and 3 days later fighting resumed."),
])
def test_two_durations_side_by_side_stay_two_figures(a, b):
    ledger = compare_numbers(find_numbers(a), find_numbers(b))
    assert not ledger.conflict and len(ledger.agree) == 2
