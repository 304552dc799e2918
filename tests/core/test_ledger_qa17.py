"""Ledger rows from invented report pairs of the seventeenth CLI pass: "a fortnight" is 14 days, never ten; a
change by a share in words after a verb and what it changes ("reduced deaths by a quarter", "cut their use by a
tenth") is read as the change and weighed against the same change in per cent; and a round fraction hedged
"about" disputes a hedged share clear of both hedges ("roughly a fifth" / "about 12%")."""

from __future__ import annotations

import pytest
from ledger_rows import both_ways, ledger_with_texts, mention

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.numbers import find_numbers

# --- D1: "a fortnight" ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("b", [
    "Members will take a fortnight of strike action before half-term.",
    "Members will take 14 days of strike action before half-term.",
])
def test_a_fortnight_of_strike_action_disputes_ten_days(b):
    found = both_ways("Members will take 10 days of strike action before half-term.", b)
    assert len(found["conflict"]) == 1 and found["agree"] == []


@pytest.mark.parametrize("a, b", [
    ("Members will take a fortnight of strike action.", "Members will take 14 days of strike action."),
    ("Members will take a fortnight of strike action.", "Members will take two weeks of strike action."),
    ("The road was shut for about a fortnight.", "The road was shut for 15 days."),
])
def test_a_fortnight_still_meets_fourteen_days(a, b):
    found = both_ways(a, b)
    assert len(found["agree"]) == 1 and found["conflict"] == []


def test_a_decade_is_still_a_round_span():
    found = both_ways("It was the worst flood in a decade.", "It was the worst flood in 11 years.")
    assert len(found["agree"]) == 1 and found["conflict"] == []


# --- D5: "reduced deaths by a quarter" --------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, value, direction", [
    ("The drug reduced deaths by a quarter.", "a quarter", 0.25, "down"),
    ("It has asked customers to cut their use by a tenth.", "a tenth", 0.1, "down"),
    ("The council raised its fees by a third.", "a third", 1 / 3, "up"),
    ("The new drug slashed hospital admissions by half.", "half", 0.5, "down"),
])
def test_a_share_after_a_verb_and_what_it_changes_is_the_change(text, surface, value, direction):
    m = mention(text, surface)
    assert (m.kind, m.direction) == ("ratio", direction) and m.value == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "The committee divided the grant by a third.",
    "The firm cut jobs, which left the budget by a quarter short.",
])
def test_a_share_after_no_verb_of_change_is_no_change(text):
    assert all(m.direction == "" for m in find_numbers(text))


@pytest.mark.parametrize("a, b", [
    ("The drug reduced deaths by 30%.", "The drug reduced deaths by a quarter."),
    ("A once-daily pill cut the risk of death from heart failure by 30% in a large trial.",
     "A new heart failure drug reduced deaths by a quarter in a major international study."),
    ("The drug cut deaths by 30%.", "Deaths fell by a quarter."),
])
def test_a_change_by_a_quarter_disputes_a_cut_by_thirty_per_cent(a, b):
    found = ledger_with_texts(a, b)
    assert found["conflict"] == [("30%", "a quarter")] and found["agree"] == []


def test_a_change_by_a_quarter_meets_a_cut_by_twenty_five_per_cent():
    found = ledger_with_texts("The drug cut deaths by 25%.", "The drug reduced deaths by a quarter.")
    assert found["agree"] == [("25%", "a quarter")] and found["conflict"] == []


def test_a_rise_in_per_cent_meets_no_cut_by_a_quarter():
    found = ledger_with_texts("The drug raised deaths by 30%.", "The drug reduced deaths by a quarter.")
    assert found["agree"] == [] and found["conflict"] == []


def test_a_fall_by_a_round_fraction_still_disputes_no_fall_in_per_cent():
    found = ledger_with_texts("Deaths fell by 30%.", "Deaths fell by a quarter.")
    assert found["agree"] == [] and found["conflict"] == []


# --- R1: "cut their use by a tenth" / "use a tenth less water" -------------------------------------------------

def test_a_cut_by_a_tenth_agrees_with_a_tenth_less():
    found = ledger_with_texts("It has asked customers to cut their use by a tenth.",
                              "The company wants customers to use a tenth less water.")
    assert found["agree"] == [("down a tenth", "down a tenth")] and found["conflict"] == []


def test_a_cut_by_a_tenth_links_to_a_tenth_less():
    a = ("Police said the ban would start on Friday evening.\n\nCustomers can still use watering cans.\n\n"
         "The water company says households have been using 2.5 billion litres a day.\n\n"
         "It has asked customers to cut their use by a tenth.\n\nA spokesperson declined to comment further.\n")
    b = ("Police said the ban would start on Friday evening.\n\nUsing a watering can is still allowed.\n\n"
         "Households have used 2.5bn litres of water a day.\n\n"
         "The company wants customers to use a tenth less water.\n\nA spokesperson declined to comment further.\n")
    comparison = compare(document_from_text(a), document_from_text(b))
    assert (3, 3) in {(link.a, link.b) for link in comparison.links}


def test_a_cut_by_a_tenth_still_disputes_a_quarter_less():
    found = ledger_with_texts("It has asked customers to cut their use by a tenth.",
                              "The company wants customers to use a quarter less water.")
    assert found["conflict"] == [("down a tenth", "down a quarter")]


# --- D4: "about 12%" / "roughly a fifth" -------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The canal carries about 12% of world trade.", "The canal carries roughly a fifth of world trade."),
    ("The canal carries less than 12% of world trade.", "The canal carries roughly a fifth of world trade."),
    ("The canal carries about 30% of world trade.", "The canal carries roughly a fifth of world trade."),
])
def test_a_hedged_share_clear_of_roughly_a_fifth_disputes_it(a, b):
    found = ledger_with_texts(a, b)
    assert len(found["conflict"]) == 1 and found["agree"] == []


@pytest.mark.parametrize("a", [
    "The canal carries about 14% of world trade.",  # 12.6% to 15.4% meets 15% to 25%
    "The canal carries more than 12% of world trade.",
    "The canal carries about 25% of world trade.",
])
def test_a_hedged_share_that_roughly_a_fifth_may_round_to_is_no_dispute(a):
    assert ledger_with_texts(a, "The canal carries roughly a fifth of world trade.")["conflict"] == []


def test_about_a_fifth_agrees_with_about_twenty_per_cent():
    found = ledger_with_texts("The canal carries about 20% of world trade.",
                              "The canal carries roughly a fifth of world trade.")
    assert found["agree"] == [("about 20%", "roughly a fifth")]


def test_a_plain_fifth_disputes_a_hedged_share_only_clear_of_its_rounding():
    # "a fifth" is said of 17% to 23%: "about 12%" allows none of it, "about 18%" some.
    assert ledger_with_texts("The canal carries about 12% of world trade.",
                             "The canal carries a fifth of world trade.")["conflict"] == [("about 12%", "a fifth")]
    assert ledger_with_texts("The canal carries about 18% of world trade.",
                             "The canal carries a fifth of world trade.")["conflict"] == []
