"""Figures of code review 21: the length of an extension to a deal is no rival of the deal's length, and the time
someone has served (in office, in prison) is no rival of one term's length."""

import pytest
from ledger_rows import ledger_with_texts

# --- 4: an extension to a contract is added length ---------------------------------------------------------------


@pytest.mark.parametrize("b", [
    "Rashford has signed a two-year extension to his contract with Manchester United.",
    "Rashford has signed a two-year extension of his deal with Manchester United.",
])
def test_the_length_of_an_extension_to_a_deal_is_no_rival_of_the_deal(b):
    rows = ledger_with_texts("Rashford has signed a new five-year deal with Manchester United.", b)
    assert not rows["conflict"]


def test_two_lengths_of_one_deal_still_dispute_each_other():
    rows = ledger_with_texts("Rashford has signed a new five-year deal with Manchester United.",
                             "Rashford has signed a new four-year contract with Manchester United.")
    assert rows["conflict"] == [("five-year", "four-year")]


def test_two_lengths_of_one_extension_dispute_each_other():
    rows = ledger_with_texts("Rashford has signed a one-year extension to his contract with Manchester United.",
                             "Rashford has signed a two-year extension to his contract with Manchester United.")
    assert rows["conflict"] == [("one-year", "two-year")]


# --- 5: time served is no term's length --------------------------------------------------------------------------


@pytest.mark.parametrize("a, b", [
    ("She was elected to a four-year term in 2016.", "Ortiz, elected in 2016, has served eight years in office."),
    ("She was elected to a four-year term in 2016.", "Ortiz, elected in 2016, has been in office for eight years."),
    ("Morales was given a 12-year sentence for fraud in 2015.",
     "Morales, convicted of fraud in 2015, has spent nine years in prison."),
])
def test_the_time_served_is_no_rival_of_a_terms_length(a, b):
    rows = ledger_with_texts(a, b)
    assert not rows["conflict"]


def test_an_unnamed_length_of_a_term_still_disputes_it():
    rows = ledger_with_texts("The former minister was jailed for a two-year term in prison on Friday.",
                             "The former minister was jailed for three years in prison on Friday.")
    assert rows["conflict"] == [("two-year", "three years")]


def test_two_times_served_dispute_each_other():
    rows = ledger_with_texts("Ortiz, elected in 2016, has served eight years in office.",
                             "Ortiz, elected in 2016, has served seven years in office.")
    assert rows["conflict"] == [("eight years", "seven years")]
