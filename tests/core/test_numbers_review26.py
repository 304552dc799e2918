"""Code review 26: the number reader's level passed and name's year, narrowed.

Each test fails on the code before the mend: "The House passed $95 billion in aid" read as a floor (a bill
passed), so it agreed with "$96 billion"; "passed 100,000 signatures" read as an exact count; any capitalised
word before a year ("Chicago 2019", "Jones 2005") read as a name's label, which hid the year from a conflict."""

from __future__ import annotations

from ledger_rows import ledger_with_texts

from reader.core.numbers import find_numbers


def _hedges(text: str) -> list[str]:
    return [m.hedge for m in find_numbers(text)]


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.kind) for m in find_numbers(text)]


# H4: "passed"/"crossed" bound a figure only where the sentence names a level.
def test_a_sum_a_house_passed_is_exact_and_disputes_another():
    found = ledger_with_texts("The House passed $95 billion in aid for Ukraine, Israel and Taiwan.",
                              "The House approved $96 billion in aid for Ukraine, Israel and Taiwan.")
    assert found["conflict"] == [("$95 billion", "$96 billion")] and not found["agree"]
    assert _hedges("Ministers passed $5bn in relief last year.") == [""]  # no running sum in the subject (review 27)
    # traps: a mark makes any figure a level; "topped" bounds any figure; a deed's count is no level
    assert _hedges("Bitcoin passed the $100,000 mark on Thursday.")[0] == "passed"
    assert _hedges("Sales topped $5bn last year.")[0] == "topped"
    assert _hedges("The Senate passed 12 amendments.") == [""]
    assert _hedges("The runner passed 100 competitors.") == [""]


def test_a_growing_count_named_after_the_figure_is_passed_as_a_level():
    assert _hedges("The petition passed 100,000 signatures.") == ["passed"]
    assert _hedges("The museum has passed one million visitors this year.")[0] == "passed"
    found = ledger_with_texts("The petition passed 100,000 signatures on Monday.",
                              "The petition had 120,512 signatures on Monday.")
    assert not found["conflict"] and ("passed 100,000", "120,512") in found["agree"]
    # traps: a running count or level as the subject still makes a floor
    assert _hedges("The death toll has passed 100, officials said.") == ["passed"]
    assert _hedges("Turnout crossed 70% in the capital.") == ["crossed"]


# L2: only names of events and series that take a year make the year a label.
def test_a_city_before_a_year_still_dates_the_event():
    found = ledger_with_texts("Brigid Kosgei set the world record at Chicago 2019.",
                              "Brigid Kosgei set the world record in Chicago in 2018.")
    assert found["conflict"] == [("2019", "2018")]
    assert _kinds("The theory was set out by Jones 2005.") == [("2005", "year")]
    assert _kinds("Sales at Apple 2023 fell.") == [("2023", "year")]
    # traps: names of events and plans still take their year as a label
    assert _kinds("Saudi Arabia unveiled Vision 2030 in April 2016.") == [("Vision 2030", "label"),
                                                                           ("April 2016", "date")]
    assert _kinds("Fans gathered at Euro 2024 in Germany.") == [("Euro 2024", "label")]
    assert _kinds("He spoke at Expo 2020 in Dubai.") == [("Expo 2020", "label")]
    assert _kinds("The World Cup 2026 will be held in America.") == [("Cup 2026", "label")]
