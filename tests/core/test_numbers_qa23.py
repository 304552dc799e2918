"""CLI QA pass 23: the number reader and the ledger.

Each test fails on the code before the mend: the Bangladeshi taka, written "Tk" before an amount or "taka"
after it (D8); a count of bodies recovered read as a count of the dead (D4)."""

from __future__ import annotations

from ledger_rows import ledger_with_texts

from reader.core.numbers import find_numbers


# D8: "Tk" is the taka's sign as "Rs" is the rupee's, and "taka" its name after an amount.
def test_taka_written_before_and_after_an_amount_agree():
    rows = ledger_with_texts("The government has announced compensation of 25,000 taka for the family of each victim.",
                             "The government will pay Tk 25,000 to each victim's family.")
    assert rows["agree"] == [("25,000 taka", "Tk 25,000")] and not rows["only_a"] and not rows["only_b"]


def test_taka_amounts_that_differ_conflict():
    rows = ledger_with_texts("The government will pay Tk 25,000 to each victim's family.",
                             "The government will pay Tk 20,000 to each victim's family.")
    assert rows["conflict"] == [("Tk 25,000", "Tk 20,000")]


def test_taka_is_read_as_money():
    read = [(m.surface, m.kind) for m in find_numbers("The project will cost Tk 3.5 billion, officials said.")]
    assert read == [("Tk 3.5 billion", "money")]


# D4: "recovered 27 bodies" counts the dead, as "27 people died" does.  Under the ledger's hedge policy a
# floor ("at least 23") meets a higher figure, and a lower one disputes it.
RECOVERED = ("Rescuers in Bangladesh recovered 27 bodies from the Meghna river by Wednesday after a ferry carrying "
             "more than 150 people sank following a collision with a cargo ship, police and fire officials said.")


def test_bodies_recovered_meet_a_toll_of_the_dead_under_its_floor():
    rows = ledger_with_texts("At least 23 people have died after a crowded ferry capsized on the Meghna river in "
                             "central Bangladesh, officials say.", RECOVERED)
    assert rows["agree"] == [("at least 23", "27")]


def test_bodies_recovered_conflict_with_a_different_toll_of_the_dead():
    rows = ledger_with_texts("Twelve people died when the bus plunged into the river.",
                             "Divers pulled 14 bodies from the river on Thursday.")
    assert rows["conflict"] == [("Twelve", "14")]


def test_bodies_that_are_no_dead_stay_apart():
    # a guard on the mend's reach: only bodies found by a verb of finding count the dead
    rows = ledger_with_texts("Three people died when the bus plunged into the river.",
                             "Five regulatory bodies will review the crash.")
    assert not rows["agree"] and not rows["conflict"]
