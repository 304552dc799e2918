"""CLI QA pass 32 (an avalanche, freed aid workers, a tuition-fee rise, a lunar lander, a power blackout, a
wildlife seizure): the number reader.

Fails on the code before the mend: a voltage written "275kV" was not read, so it never met "275-kilovolt"."""

from __future__ import annotations

from ledger_rows import ledger_with_texts

from reader.core.numbers import find_numbers


def test_kilovolts_in_letters_agree_with_kilovolts_in_words():
    found = ledger_with_texts(
        "The strike tripped a 275-kilovolt transmission line, removing about 2,000 megawatts from the grid.",
        "A fault on a 275kV line knocked 2 gigawatts of generation offline, the grid operator said.")
    assert ("275", "275kV") in found["agree"] and not found["conflict"]


def test_kilovolts_of_two_lines_conflict():
    found = ledger_with_texts("The strike tripped a 275-kilovolt transmission line.",
                              "The strike tripped a 400 kV transmission line.")
    assert found["conflict"] == [("275", "400 kV")]


def test_trap_kv_only_after_digits():
    assert find_numbers("The KV team said 40 people were there.")[0].surface == "40"
