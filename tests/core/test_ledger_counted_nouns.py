"""A count's noun is the head of the phrase after it, so words that qualify the noun (a make, a
nation, a status, a compound modifier) do not hide a conflict between two reports' counts."""

import pytest

from reader.core.ledger import compare_numbers
from reader.core.numbers import find_numbers


def _conflicts(a: str, b: str) -> list[tuple[str, str]]:
    ledger = compare_numbers(find_numbers(a), find_numbers(b))
    return [(x.surface, y.surface) for x, y in ledger.conflict]


@pytest.mark.parametrize("a, b, expected", [
    ("BrewMate is recalling about 1.4 million single-serve coffee makers because the lid can open.",
     "About 410,000 BrewMate single-serve coffee makers are being recalled.", ("1.4 million", "410,000")),
    ("1,200 British troops were sent to the border.", "1,500 troops were sent to the border.", ("1,200", "1,500")),
    ("Ford is recalling 300,000 Ford vehicles.", "Ford is recalling 350,000 vehicles.", ("300,000", "350,000")),
    ("Police held 12 suspected protesters overnight.", "Police held 15 protesters overnight.", ("12", "15")),
    ("Officials counted 14 western Kansas counties without a nurse.", "Officials counted 16 counties without a nurse.",
     ("14", "16")),
])
def test_a_modifier_before_the_noun_does_not_hide_a_conflict(a, b, expected):
    assert _conflicts(a, b) == [expected]


@pytest.mark.parametrize("a, b", [
    ("He fired two shots.", "He visited three countries."),
    ("14 killed and 40 wounded.", "40 wounded and 14 killed."),
    ("Three died hours later.", "Four hours later the road reopened."),
    ("He made 41 appearances.", "He played 44 games."),
])
def test_counts_of_different_things_still_never_conflict(a, b):
    assert _conflicts(a, b) == []


@pytest.mark.parametrize("text, noun", [
    ("about 1.4 million single-serve coffee makers because", "maker"),
    ("two additional large air tankers from Victoria", "tanker"),
    ("2,000 single men were sleeping rough", "man"),
    ("three died hours later", "died"),           # a fate, not a modifier of "hours"
    ("a 300-page report lists the names", "page"),  # the figure is inside a modifier
    ("A Category 4 hurricane hits Florida.", "hurricane"),  # a label, then a verb
])
def test_the_counted_noun_is_the_head_of_the_phrase(text, noun):
    assert [m.unit for m in find_numbers(text) if m.kind == "count"][-1] == noun
