"""The ledger on the doer of a passive verb ("was backed by 300 MPs") and on people named by where they come
from ("14 Britons")."""

from reader.core.ledger import compare_numbers
from reader.core.numbers import find_numbers


def _ledger(a: str, b: str):
    return compare_numbers(find_numbers(a), find_numbers(b), texts=(a, b))


def _surfaces(pairs):
    return [(x.surface, y.surface) for x, y in pairs]


def test_members_who_backed_a_bill_in_the_passive_are_not_the_seats_of_the_house():
    ledger = _ledger("The bill was backed by 300 MPs.", "The chamber has 650 seats.")
    assert ledger.conflict == ()
    assert [m.surface for m in ledger.only_a] == ["300"]
    assert _ledger("The motion was supported by some 40 MPs.", "The party holds 250 seats.").conflict == ()


def test_the_passive_doer_still_meets_the_active_one_and_its_own_kind():
    assert _surfaces(_ledger("The bill was backed by 300 MPs.", "Some 350 MPs backed the bill.").conflict) == [
        ("300", "350")]
    assert _surfaces(_ledger("The motion was supported by 40 MPs.", "The motion was supported by 42 MPs.").conflict) == [
        ("40", "42")]
    ledger = _ledger("Three gunmen killed 12 people.", "Twelve people were killed by three gunmen.")
    assert ledger.conflict == ()
    assert sorted(_surfaces(ledger.agree)) == [("12", "Twelve"), ("Three", "three")]


def test_a_toll_of_people_named_by_their_country_disputes_a_toll_that_names_no_one():
    assert _surfaces(_ledger("The storm left 12 dead.", "The storm killed 14 Britons.").conflict) == [("12", "14")]
    assert _surfaces(_ledger("Twelve were killed in the crash.", "The crash killed 14 Palestinians.").conflict) == [
        ("Twelve", "14")]


def test_people_of_one_country_are_a_part_of_a_count_of_people():
    """A home outlet counts its own: "killed 40 people" / "killed three Australians" are both true."""
    for people, nationals in (("The bombing killed 40 people on Saturday.", "The bombing killed three Australians on Saturday."),
                              ("The army evacuated 1,200 people from Sudan.", "The army evacuated 300 Britons from Sudan."),
                              ("Twelve people were killed in the crash.", "Three Britons were among the dead.")):
        assert _ledger(people, nationals).conflict == ()
    ledger = _ledger("The crash killed 14 Britons.", "The crash killed 12 Americans.")
    assert ledger.conflict == ()
    assert [m.surface for m in ledger.only_a] == ["14"]


def test_a_counts_own_verb_after_it_wins_over_the_passive_verb_it_is_the_doer_of():
    ledger = _ledger("The soldier was killed by three shots fired from a passing car.",
                     "Two shots fired from a passing car killed the soldier.")
    assert _surfaces(ledger.conflict) == [("three", "Two")]
