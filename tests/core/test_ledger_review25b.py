"""Ledger, from code review 25 (round two's "apart" rules): restatements of one figure must still dispute.  One
dated event with its subject paraphrased ("the company" / "the firm") or one word of it swapped, a deal's value
beside the price paid, an age given after an apposition ("the man, who has been named locally as ..., 45"), and
two words for one time of day ("by nightfall" / "by evening").  Each row as outlets write it."""

from __future__ import annotations

import pytest
from ledger_rows import ledger_with_texts


def _conflicts(a: str, b: str) -> list:
    return ledger_with_texts(a, b)["conflict"]


# --- H1: one dated event, its subject paraphrased -----------------------------------------------------------------

@pytest.mark.parametrize("a, b, conflict", [
    ("In 2019, the company was fined $5 million for the leak.", "In 2018, the firm was fined $5 million for the leak.",
     ("2019", "2018")),
    ("In 2019, the company was fined $5 million for the leak.",
     "In 2018, the firm was ordered to pay $5 million over the spill at its plant.", ("2019", "2018")),
    ("In 2019, the regulator fined the bank £20m over the same failings.",
     "In 2017, the watchdog fined the bank £25m over the same failings.", ("£20m", "£25m")),
    ("In 2012, the council approved a £40m plan for the harbour.",
     "In 2014, the authority approved a £45m plan for the harbour.", ("2012", "2014")),
])
def test_one_dated_event_told_with_another_word_for_its_subject_still_disputes(a, b, conflict):
    assert conflict in _conflicts(a, b)


# --- H2: a deal's value and the price paid ------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, conflict", [
    ("Shell agreed a $4.1-billion deal for the gas company.", "Shell agreed to pay $4.7 billion for the gas company.",
     ("$4.1-billion", "$4.7 billion")),
    ("The firm won a $2-billion defence contract for the jets.",
     "The government will pay the firm $2.5 billion for the jets.", ("$2-billion", "$2.5 billion")),
    ("Shell agreed a $4.1-billion deal for the gas company.", "Shell paid $4.7 billion.",
     ("$4.1-billion", "$4.7 billion")),
])
def test_a_price_paid_is_the_value_of_the_deal(a, b, conflict):
    assert conflict in _conflicts(a, b)


# --- M4: an age told after an apposition ---------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, conflict", [
    ("A 41-year-old man was arrested at his home in Leeds.",
     "Police arrested the man, who has been named locally as Tom Jones, 45, at his home in Leeds.",
     ("41-year-old", "45")),
    ("The 32-year-old victim died in hospital on Sunday.",
     "Police named the victim, who was later identified as Ann Lee, 35, on Sunday.", ("32-year-old", "35")),
])
def test_an_age_after_an_apposition_is_the_age_of_its_noun(a, b, conflict):
    assert conflict in _conflicts(a, b)


# --- L1: two words for one time of day ----------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, conflict", [
    ("Rescuers had pulled 15 survivors from the rubble by nightfall.",
     "Rescuers had pulled 12 survivors from the rubble by evening.", ("15", "12")),
    ("Firefighters had rescued 30 residents by dawn.", "By daybreak, firefighters had rescued 24 residents.",
     ("30", "24")),
])
def test_two_words_for_one_time_of_day_still_dispute(a, b, conflict):
    assert conflict in _conflicts(a, b)
