"""Code review 27: a running sum of money passes a level too.

Each test fails on the code before the mend: "passed" or "crossed" never made a sum of money a floor, so
"Annual revenue passed $1 billion" conflicted with "reached $1.3 billion"; and the levels passed were looked up
as written, so a plural the hand-made list missed ("Daily counts crossed 20,000") was read as an exact count."""

from __future__ import annotations

from ledger_rows import ledger_with_texts

from reader.core.numbers import find_numbers


def _hedges(text: str) -> list[str]:
    return [m.hedge for m in find_numbers(text)]


# H3: a running sum in the subject makes a sum of money passed a floor, as a growing count does.
def test_revenue_passed_a_sum_is_a_floor_that_agrees_with_a_higher_one():
    found = ledger_with_texts("Annual revenue passed $1 billion for the first time.",
                              "Annual revenue reached $1.3 billion for the first time.")
    assert not found["conflict"] and ("passed $1 billion", "$1.3 billion") in found["agree"]
    assert _hedges("Sales passed $5bn last year.") == ["passed"]
    assert _hedges("The national debt crossed $34 trillion on Friday.")[0] == "crossed"
    assert _hedges("Donations to the appeal have passed £1m.") == ["passed"]
    # traps: a legislature or a bill in the subject is a vote, whatever sum it passes; members pass cuts
    found = ledger_with_texts("The House passed $95 billion in aid for Ukraine, Israel and Taiwan.",
                              "The House approved $96 billion in aid for Ukraine, Israel and Taiwan.")
    assert found["conflict"] == [("$95 billion", "$96 billion")]
    assert _hedges("Lawmakers passed $1.2 trillion in spending.") == [""]
    assert _hedges("The spending bill passed $1 trillion.") == [""]
    assert _hedges("Members passed $5m in cuts.") == [""]
    assert _hedges("Ministers passed $5bn in relief last year.") == [""]


# L1: the levels are looked up singular, so every plural of a listed level counts.
def test_a_plural_level_in_the_subject_is_passed_as_a_level():
    assert _hedges("Daily counts crossed 20,000 in January.") == ["crossed", ""]
    # traps: the plurals the list named still count; a deed's count is still exact
    assert _hedges("Visitor numbers passed 100,000.") == ["passed"]
    assert _hedges("The runner passed 100 competitors.") == [""]
