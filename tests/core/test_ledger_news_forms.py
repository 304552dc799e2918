"""The number ledger on forms two outlets write one fact in: tolls with different verbs, a change
and the level it reached, South Asian scales, shares in words, centuries, old years, ages, and
numbers that name rather than count.  Each row is a pair of sentences as two reports would give
them, and what a fact-checker expects the ledger to say."""

from __future__ import annotations

import pytest

from reader.core.ledger import compare_numbers
from reader.core.numbers import find_numbers, with_hedge


def ledger(a: str, b: str) -> dict[str, list]:
    found = compare_numbers(find_numbers(a), find_numbers(b))
    return {
        "agree": [(with_hedge(x), with_hedge(y)) for x, y in found.agree],
        "conflict": [(with_hedge(x), with_hedge(y)) for x, y in found.conflict],
    }


@pytest.mark.parametrize("a, b, agree", [
    # "died" and "killed" count the dead; "hurt", "injured" and "wounded" the injured
    ("More than 100 people died in the floods, officials said.",
     "The floods killed 130 people, officials said.", [("more than 100", "130")]),
    ("Nearly 1,100 people died in the factory collapse.",
     "The factory collapse killed 1,098 people.", [("nearly 1,100", "1,098")]),
    ("Between 30 and 40 people were hurt in the crash.",
     "Some 35 people were injured in the crash.", [("Between 30 and 40", "some 35")]),
    # two ways to round one estimate
    ("Almost 1 million people were displaced.", "Some 950,000 people were displaced.",
     [("almost 1 million", "some 950,000")]),
    # South Asian scales
    ("The state approved a Rs 500 crore relief package.", "The state approved a 5 billion rupee relief package.",
     [("Rs 500 crore", "5 billion rupee")]),
    ("He was paid 1.5 lakh rupees.", "He was paid Rs 150,000.", [("1.5 lakh rupees", "Rs 150,000")]),
    # shares in words
    ("A fifth of adults smoke, the survey found.", "20 percent of adults smoke, the survey found.",
     [("A fifth", "20 percent")]),
    ("Two-thirds of voters backed the plan.", "67% of voters backed the plan.", [("Two-thirds", "67%")]),
    ("Three-quarters of the budget went on salaries.", "75 per cent of the budget went on salaries.",
     [("Three-quarters", "75 per cent")]),
    # a century holds its years and its decades
    ("The house was built in the early 1900s.", "The house was built in 1912.", [("1900s", "1912")]),
    ("The mill dates from the 1800s.", "The mill dates from the 1850s.", [("1800s", "1850s")]),
    # an age between commas after a person
    ("His wife, 45, was unhurt.", "His 45-year-old wife was unhurt.", [("45", "45-year-old")]),
    # a central bank's move in basis points; the wire's "pct"
    ("The Fed cut rates by 25 basis points.", "The Fed cut rates by 0.25 percentage point.",
     [("25 basis points", "0.25 percentage point")]),
    ("Yields rose 12bps on the day.", "Yields rose 0.12 percentage points on the day.",
     [("up 12bps", "up 0.12 percentage points")]),
    ("Profit rose 20 pct.", "Profit rose 20%.", [("up 20 pct", "up 20%")]),
    # an age given by its decade
    ("A man in his 40s has been charged.", "A 44-year-old man has been charged.", [("40s", "44-year-old")]),
    ("The victim, a woman in her late 20s, died.", "The victim, 27, died.", [("late 20s", "27")]),
    # an amount converted in brackets, beside a report in the other currency
    ("The club paid £85m ($108m) for the striker.", "The club paid $108 million for the striker.",
     [("£85m ($108m)", "$108 million")]),
    ("The deal is worth £35m (about $44 million).", "The deal is worth $45 million.",
     [("£35m (about $44 million)", "$45 million")]),
    # a height in feet and inches, to the inch
    ("Police said the suspect is 5ft 10in tall.", "Police said the suspect is 1.78m tall.", [("5ft 10in", "1.78m")]),
    ("He is 6 feet 2 inches tall.", "He is 6ft 2in tall.", [("6 feet 2 inches", "6ft 2in")]),
    # a season or a fiscal year with a slash
    ("He scored 20 goals in the 2023/24 season.", "He scored 20 goals in the 2023-24 season.",
     [("20", "20"), ("2023/24", "2023-24")]),
    ("It was the 1999/00 season.", "It was the 1999-2000 season.", [("1999/00", "1999-2000")]),
    # a range of a change keeps its two ends when each has its unit, "by" or not
    ("Emissions must be cut by 40% to 50% by 2030.", "Emissions must be cut by 45% by 2030.",
     [("40% to 50%", "down 45%"), ("2030", "2030")]),
    ("Prices could increase by 20% to 30% next year.", "Prices could increase by 20-30% next year.",
     [("20% to 30%", "20-30%")]),
    # a count over a thousand written without its comma, after "of" or "by"
    ("A crowd of 1500 gathered in the square.", "Some 1,500 people gathered in the square.",
     [("1500", "some 1,500")]),
    ("The company cut its workforce by 1800.", "The company cut 1,800 jobs.", [("1800", "1,800")]),
    # budgets in lakh crore
    ("The budget is Rs 48 lakh crore.", "The budget is Rs 48 trillion.", [("Rs 48 lakh crore", "Rs 48 trillion")]),
])
def test_one_figure_written_two_ways_agrees(a, b, agree):
    found = ledger(a, b)
    assert found["agree"] == agree
    assert found["conflict"] == []


@pytest.mark.parametrize("a, b, conflict", [
    # a change and the level it reached are two figures: the levels dispute each other
    ("The death toll from the floods rose by 12 to 45 on Tuesday.",
     "The death toll from the floods rose to 38 on Tuesday.", [("45", "38")]),
    ("The central bank cut its key interest rate by 0.5 percentage points to 4.5%.",
     "The central bank cut its key interest rate to 3%.", [("4.5%", "3%")]),
    ("The index rose 1.2% to 34,500 on Friday.", "The index rose 1.2% to 35,100 on Friday.",
     [("34,500", "35,100")]),
    # the dead against the dead, not against the injured
    ("The bombing in the market killed 14 people.",
     "At least 40 people were hurt in the bombing in the market, which killed 15.", [("14", "15")]),
    # the dead and the injured swapped, in other words
    ("Twelve people were killed and 30 injured in the attack.",
     "The attack killed 30 people and wounded 12.", [("Twelve", "30"), ("30", "12")]),
    # shares in words
    ("A quarter of staff will lose their jobs.", "A third of staff will lose their jobs.",
     [("A quarter", "A third")]),
    # an age after a lowercase noun
    ("The suspect, 31, appeared in court on Monday.", "The 33-year-old suspect appeared in court on Monday.",
     [("31", "33-year-old")]),
    ("A man in his 40s has been charged with murder.", "A 52-year-old man has been charged with murder.",
     [("40s", "52-year-old")]),
    ("The club paid €5m ($5.4m) for the striker.", "The club paid $5.9m for the striker.",
     [("€5m ($5.4m)", "$5.9m")]),
    ("Police said the suspect is 5ft 10in tall.", "Police said the suspect is 1.60m tall.", [("5ft 10in", "1.60m")]),
    ("He is 6 feet 2 inches tall.", "He is 6ft 4in tall.", [("6 feet 2 inches", "6ft 4in")]),
    # two plans of different spans, one inside the other
    ("The 2023-2030 strategy was backed.", "The 2023-2027 strategy was backed.", [("2023-2030", "2023-2027")]),
    # a rank
    ("The world No 1 lost in Paris.", "The world No 2 lost in Paris.", [("1", "2")]),
    # a height an inch off, whichever the heights
    ("He is 5ft 10in tall.", "He is 5ft 11in tall.", [("5ft 10in", "5ft 11in")]),
    ("He is 6ft 2in tall.", "He is 6ft 3in tall.", [("6ft 2in", "6ft 3in")]),
    # two amounts, each converted: the conversions disagree
    ("It paid €5m ($5.4m) for him.", "It paid £4.6m ($5.9m) for him.", [("€5m ($5.4m)", "£4.6m ($5.9m)")]),
    # two estimates of one sort that differ
    ("About 300 miles of coast were hit.", "About 320 miles of coast were hit.",
     [("about 300 miles", "about 320 miles")]),
])
def test_a_changed_figure_conflicts_with_its_counterpart(a, b, conflict):
    assert ledger(a, b)["conflict"] == conflict


@pytest.mark.parametrize("a, b", [
    # the dead and the injured are two tolls, not one figure given twice
    ("The bombing killed 14 people, police said.", "The bombing wounded 40 people, police said."),
    # a number that names something counts nothing
    ("Protesters gathered outside No 10 on Saturday.", "About 300 protesters gathered outside the office on Saturday."),
    # a year the building went up, and a count of people
    ("The church, built in 1852, was badly damaged.", "The church was badly damaged and 40 people were evacuated."),
    # a list of the dead is no age
    ("Of the dead, 12, were children.", "Of the dead, 12 were children, officials said."),
    # "a quarter of an hour" is a time, "the second half of 2022" no share
    ("It took a quarter of an hour in the second half of 2022.", "It took 15 minutes in the second half of 2022."),
])
def test_different_things_do_not_conflict(a, b):
    assert ledger(a, b)["conflict"] == []


@pytest.mark.parametrize("text, expected", [
    ("The death toll rose by 12 to 45.", [("12", "up"), ("45", "")]),  # the rise, then the toll
    ("It slipped by 2 to 3 percent.", [("2 to 3 percent", "")]),  # a range of the change
    ("The Dow rose 1.2% to 34,500.", [("1.2%", "up"), ("34,500", "")]),  # a share, then a level
    ("The recall number is No. 25-318.", []),
    ("Directive 2019/41 applies.", []),
    ("The church was built in 1852.", [("1852", "")]),
    ("Police found 1852 rounds of ammunition.", [("1852", "")]),
    ("A third of the homes, a quarter of a mile away, were flooded.", [("A third", ""), ("a quarter of a mile", "")]),
])
def test_how_the_figures_are_read(text, expected):
    assert [(m.surface, m.direction) for m in find_numbers(text)] == expected


def test_older_years_are_years_only_after_a_dating_word():
    assert [m.kind for m in find_numbers("The abbey has stood since 1600.")] == ["year"]
    assert [m.kind for m in find_numbers("The church was built in 1852.")] == ["year"]
    assert [m.kind for m in find_numbers("Police found 1852 rounds of ammunition.")] == ["count"]
