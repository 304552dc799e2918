"""The number ledger of sentences that hold hundreds or thousands of figures: a table of results pasted
into a story, or flattened to one line.  Equal figures still agree and one changed figure still
conflicts, without weighing every figure of the one sentence against every figure of the other."""

from __future__ import annotations

import random

import pytest

from reader.core import ledger
from reader.core.compare import compare
from reader.core.document import document_from_text, load_document
from reader.core.ledger import compare_numbers
from reader.core.numbers import find_numbers


def district_counts(n: int, seed: int = 7) -> list[int]:
    rng = random.Random(seed)
    return [rng.randint(10, 999) for _ in range(n)]


def tally_sentence(lead: str, counts: list[int]) -> str:
    return lead + ", ".join(str(count) for count in counts) + "."


def test_one_changed_figure_in_a_table_of_3000_is_the_one_conflict():
    counts = district_counts(3000)
    changed = list(counts)
    changed[1234] += 1
    a = find_numbers(tally_sentence("Votes counted by district were ", counts))
    b = find_numbers(tally_sentence("The district tallies were ", changed))
    assert len(a) == len(b) == 3000

    numbers = compare_numbers(a, b)

    assert [(x.value, y.value) for x, y in numbers.conflict] == [(counts[1234], changed[1234])]
    assert len(numbers.agree) == 2999 and all(x.value == y.value for x, y in numbers.agree)
    assert numbers.only_a == numbers.only_b == ()


def test_equal_figures_of_a_long_sentence_agree_each_with_its_own_row():
    rng = random.Random(3)
    goals = " ".join(str(rng.randint(0, 9)) for _ in range(3000))  # each figure repeated some 300 times
    a = find_numbers("Goals by match " + goals + ".")
    b = find_numbers("Goals in each match: " + goals + ".")
    shift = len("Goals in each match: ") - len("Goals by match ")

    numbers = compare_numbers(a, b)

    assert len(numbers.agree) == 3000 and not (numbers.conflict or numbers.only_a or numbers.only_b)
    assert all(y.start - x.start == shift for x, y in numbers.agree)


def test_a_figure_read_another_way_in_a_table_is_set_against_its_row():
    # "more than 100" and "nearly 100" are one figure placed on two sides of it: no agreement,
    # and the two disagree however many figures stand around them.
    counts = district_counts(600)
    a = find_numbers(tally_sentence("Votes counted by district were more than 100, ", counts))
    b = find_numbers(tally_sentence("The district tallies were nearly 100, ", counts))

    numbers = compare_numbers(a, b)

    assert [(x.hedge, x.value, y.hedge, y.value) for x, y in numbers.conflict] == [("more than", 100, "nearly", 100)]
    assert len(numbers.agree) == 600


def test_a_table_rewritten_throughout_is_no_list_of_disputes():
    counts = district_counts(600)
    a = find_numbers(tally_sentence("Votes counted by district were ", counts))
    b = find_numbers(tally_sentence("The district tallies were ", [count + 1000 for count in counts]))

    numbers = compare_numbers(a, b)

    assert numbers.agree == numbers.conflict == ()
    assert len(numbers.only_a) == len(numbers.only_b) == 600


def test_the_figures_of_a_table_are_not_weighed_pair_by_pair(monkeypatch):
    weighed = []
    agreement = ledger._agreement
    monkeypatch.setattr(ledger, "_agreement", lambda *args, **kw: weighed.append(args) or agreement(*args, **kw))
    counts = district_counts(600)
    changed = list(counts)
    changed[300] += 1

    numbers = compare_numbers(find_numbers(tally_sentence("Votes counted by district were ", counts)),
                              find_numbers(tally_sentence("The district tallies were ", changed)))

    assert len(numbers.conflict) == 1 and len(numbers.agree) == 599
    assert len(weighed) < 10 * len(counts)  # all pairs would be 360,000


@pytest.mark.parametrize("lead_b", ["Votes counted by district were ", "The district tallies were "])
def test_a_story_with_a_table_of_figures_links_it_and_finds_the_changed_figure(seeds, lead_b):
    story = load_document(seeds[0]).text.rstrip()
    counts = district_counts(2500)
    changed = list(counts)
    changed[-7] += 3
    a = document_from_text(story + "\n\n" + tally_sentence("Votes counted by district were ", counts))
    b = document_from_text(story + "\n\n" + tally_sentence(lead_b, changed))

    comparison = compare(a, b)

    table = max(comparison.links, key=lambda link: len(link.numbers.agree))
    assert len(table.numbers.agree) == 2499
    assert [(x.value, y.value) for x, y in table.numbers.conflict] == [(counts[-7], changed[-7])]
