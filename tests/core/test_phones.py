"""Telephone numbers, read once (reader.core.phones) for the number ledger and for a press release's
contact lines.

* The ledger took a phone number's code to be its first three digits (after a trunk 0): London's
  "020 7946 0000" and "020 8946 0000" had two codes ("207", "208"), and one number mistyped was
  two lines.  The code is now the first group as written ("020", "(02)", the "20" of "+44 20").
* North American forms: "1 (800) 555-0199" left its "1" as a count of one beside the number, and
  "1.800.555.0199" / "248.647.7221" were no figure at all.
* The contact lines had a reader of their own, which missed "+44 (0)20 7946 0000" and "+56 9 5550
  1420" and took "CVE-2025-21977" or a serial number for a phone.

Every number is a drama number or an invented one.
"""

from __future__ import annotations

from itertools import combinations

import pytest
from ledger_rows import both_ways, probe

from reader.core.numbers import find_numbers
from reader.core.phones import find_phones, has_phone, read_phone
from reader.core.sentences import split_sentences


def call(number: str) -> str:
    return f"Anyone with information should call {number}."


def phones_in(sentence: str) -> list[tuple[str, str]]:
    return [(m.surface, m.value) for m in find_numbers(sentence) if m.kind == "phone"]


# -- The code is the written first group, however many digits it has ---------------------------------

@pytest.mark.parametrize("a, b", [
    ("020 7946 0000", "020 8946 0000"),  # London: the code is 020, the local number changed
    ("+44 20 7946 0000", "020 8946 0000"),
    ("+44 (0)20 7946 0000", "(020) 7946 0001"),
    ("(02) 9876 5432", "(02) 9123 5432"),  # Sydney's one-digit code
    ("+61 2 9876 5432", "(02) 9876 5433"),
])
def test_one_code_with_the_local_number_changed_is_one_line_written_two_ways(a, b):
    found = both_ways(call(a), call(b))
    assert found["conflict"] == [(a, b)] and found["agree"] == []
    assert found["only_a"] == found["only_b"] == []


def test_a_london_number_mistyped_is_flagged_on_the_linked_sentences():
    link = probe("Residents can call the council's flood line on 020 7946 0000.",
                 "Residents can call the council's flood line on 020 8946 0000.")
    assert link is not None
    assert [(x.surface, y.surface) for x, y in link.numbers.conflict] == [("020 7946 0000", "020 8946 0000")]


@pytest.mark.parametrize("a, b", [
    ("0161 496 0000", "020 7946 0000"),  # Manchester and London
    ("020 7946 0000", "0161 946 0000"),
    ("(248) 647-7221", "(816) 234-7724"),  # two reporters' desks
    ("0800 555 0142", "0808 555 0142"),
    ("0207 946 0000", "020 8946 0000"),  # "207" as its writer grouped it does not open "2089460000"
    ("1-800-555-0199", "+44 800 555 0198"),  # two countries
])
def test_two_codes_are_two_lines(a, b):
    found = both_ways(call(a), call(b))
    assert found["conflict"] == found["agree"] == []
    assert found["only_a"] == [a] and found["only_b"] == [b]


def test_a_code_grouped_two_ways_is_still_one_code():
    """"0207 946 0000" is London's "020 7946 0000" grouped the old way: the code either writer set
    apart ("207", "20") opens both numbers."""
    found = both_ways(call("0207 946 0000"), call("020 7946 0001"))
    assert found["conflict"] == [("0207 946 0000", "020 7946 0001")]


def test_the_parts_of_a_written_number():
    london = read_phone("+44 (0)20 7946 0000")
    assert (london.country, london.groups, london.code, london.national) == ("44", ("20", "7946", "0000"), "20",
                                                                            "2079460000")
    toll_free = read_phone("1 (800) 555-0199")
    assert (toll_free.country, toll_free.code, toll_free.national) == ("1", "800", "8005550199")


# -- North American forms -------------------------------------------------------------------------

TOLL_FREE = ["1-800-555-0199", "1 (800) 555-0199", "+1 800 555 0199", "(800) 555-0199", "800-555-0199",
             "1.800.555.0199", "800.555.0199", "+1 (800) 555-0199"]


@pytest.mark.parametrize("number", TOLL_FREE)
def test_a_north_american_number_is_one_figure_with_its_prefix(number):
    """"1 (800) 555-0199" is one number, not a count of one beside it; the dotted forms are read."""
    assert [m.surface for m in find_numbers(call(number))] == [number]
    assert phones_in(call(number))[0][1].endswith("8005550199")


@pytest.mark.parametrize("a, b", list(combinations(TOLL_FREE, 2)))
def test_north_american_forms_of_one_number_agree(a, b):
    found = both_ways(call(a), call(b))
    assert found == {"agree": [(a, b)], "conflict": [], "only_a": [], "only_b": []}


@pytest.mark.parametrize("a, b", [
    ("1-800-555-0199", "1-800-555-0198"),
    ("1 (800) 555-0199", "800.555.0198"),
    ("+1 (248) 647-7221", "248-647-7222"),
])
def test_a_digit_changed_in_a_north_american_number_conflicts(a, b):
    found = both_ways(call(a), call(b))
    assert found["conflict"] == [(a, b)] and found["only_a"] == found["only_b"] == []


def test_north_american_groups_written_as_counts_stay_counts():
    """Spaces alone, or dots round a last group of three, group thousands as readily as a phone's digits."""
    assert phones_in("Sales rose to 123.456.789 units.") == []
    assert phones_in("Call 800 123 456 now.") == []


# -- One reader for the ledger and the contact lines ----------------------------------------------

@pytest.mark.parametrize("number", ["+44 (0)20 7946 0000", "+56 9 5550 1420", "+61 2 9876 5432", "248.647.7221",
                                    "0800 555 0142", "1 (800) 555-0199"])
def test_a_number_the_ledger_reads_makes_a_contact_line(number):
    contact = f"Press enquiries - Jane Holt, {number}."
    story = ("Hundreds of residents were evacuated from Lindorf on Monday when the Kessel burst its banks.",
             "The county said 120 families had been moved to an emergency shelter in the old school hall.",
             "Roads into the town were closed and trains between Lindorf and Ostby were cancelled.")
    result = {" ".join(s.text.split()): (s.kind, s.reason) for s in
              split_sentences("\n\n".join(("Floods hit Lindorf", *story, contact)))}
    assert result[contact] == ("boilerplate", "press contact")
    assert [phone.text for phone in find_phones(contact)] == [number]


@pytest.mark.parametrize("line", [
    "Press enquiries - about the flaw, tracked as CVE-2025-21977 - doubled overnight.",
    "Media inquiries - about fryers with serial numbers VF4-230101 to VF4-250630 - came from 12 countries.",
])
def test_a_code_or_a_serial_number_makes_no_contact_line(line):
    assert not has_phone(line)
    story = ("Hundreds of residents were evacuated from Lindorf on Monday when the Kessel burst its banks.",
             "The county said 120 families had been moved to an emergency shelter in the old school hall.",
             "Roads into the town were closed and trains between Lindorf and Ostby were cancelled.",
             line, "Press office staff at the council worked through the night.")
    result = {" ".join(s.text.split()): (s.kind, s.reason) for s in
              split_sentences("\n\n".join(("Floods hit Lindorf", *story)))}
    assert result[line][1] != "press contact"


@pytest.mark.parametrize("number", ["07700 900123", "555 1234", "01 23 45 67 89", "+33 1 23 45 67 89"])
def test_a_contact_line_takes_groups_prose_leaves_as_figures(number):
    """Under a label that says a number follows, any phone's grouping will do; in prose the same
    digits may be counts, and the ledger keeps them as figures."""
    assert has_phone(f"Tel: {number}")
    assert phones_in(call(number)) == []


@pytest.mark.parametrize("text", ["in the 2019-2022 period", "in 2011-12", "1 200 000 people", "on 12.04.2023"])
def test_years_counts_and_dates_are_no_phone_anywhere(text):
    assert not has_phone(text) and phones_in(text) == []
