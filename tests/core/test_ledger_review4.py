"""The ledger on one market named two ways, a bare toll against a toll of people no list names, and seats
against members who did something."""

from reader.core.ledger import compare_numbers
from reader.core.numbers import find_numbers


def _ledger(a: str, b: str):
    return compare_numbers(find_numbers(a), find_numbers(b), texts=(a, b))


def _surfaces(pairs):
    return [(x.surface, y.surface) for x, y in pairs]


def test_a_rise_and_a_fall_of_one_market_named_two_ways_conflict():
    ledger = _ledger("The FTSE 100 fell 0.4% on Monday.", "London's main index rose 0.4% on Monday.")
    assert _surfaces(ledger.conflict) == [("0.4%", "0.4%")]
    ledger = _ledger("The pound fell 0.4% against the dollar.", "Sterling rose 0.4% against the dollar.")
    assert _surfaces(ledger.conflict) == [("0.4%", "0.4%")]
    ledger = _ledger("Unemployment rose 0.2% in the quarter.", "The jobless rate fell 0.2% in the quarter.")
    assert _surfaces(ledger.conflict) == [("0.2%", "0.2%")]


def test_a_rise_and_a_fall_are_two_things_when_the_other_sentence_names_both():
    pound = "The pound rose 0.4% against the dollar on Monday."
    index = "Sterling firmed against the dollar on Monday, but the main share index fell 0.4%."
    assert _ledger(pound, index).conflict != ()
    index = "The pound firmed against the dollar on Monday, but the main share index fell 0.4%."
    ledger = _ledger(pound, index)
    assert ledger.conflict == ()
    assert [m.surface for m in ledger.only_a] == ["0.4%"]
    assert [m.surface for m in ledger.only_b] == ["0.4%"]


def test_a_bare_toll_disputes_a_toll_of_people_no_list_names():
    for killed in ("The crash killed 14 Britons.", "The crash killed 14 schoolchildren.",
                   "An air strike on the school killed 14 Palestinians."):
        assert _surfaces(_ledger("Twelve were killed in the crash.", killed).conflict) == [("Twelve", "14")]
    ledger = _ledger("At least 40 were killed in the raid.", "The raid killed at least 45 Hamas operatives.")
    assert _surfaces(ledger.conflict) == [("40", "45")]
    assert _surfaces(_ledger("Police detained 30.", "Police detained 35 Uyghurs.").conflict) == [("30", "35")]


def test_a_bare_count_of_people_who_fled_still_stays_apart_from_places():
    ledger = _ledger("The fire spread, forcing 32,000 to flee.", "The fire spread through two counties.")
    assert ledger.conflict == ()


def test_members_who_did_something_are_not_the_seats():
    ledger = _ledger("Some 200 MPs signed the letter.", "The party holds 250 seats.")
    assert ledger.conflict == ()
    assert _ledger("Only 30 MPs attended the debate.", "The debate was held in a chamber of 650 seats.").conflict == ()
    assert _ledger("The senate has 100 seats.", "Some 51 senators voted for the bill.").conflict == ()


def test_members_held_or_won_are_still_the_seats():
    assert _surfaces(_ledger("The party won 30 seats.", "The party now has 31 MEPs.").conflict) == [("30", "31")]
    assert _surfaces(_ledger("The party lost 20 seats.", "The party lost 18 MPs.").conflict) == [("20", "18")]
    ledger = _ledger("The Tories retained 121 seats.", "The Tories retained 120 MPs.")
    assert _surfaces(ledger.conflict) == [("121", "120")]
