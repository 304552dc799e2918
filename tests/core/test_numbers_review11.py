"""Review 11: a small hour "last night" is after midnight; a case's words that a game has too ("race",
"points", "league") keep no age from a court report; "on top of" is no peak; "a quarter to one and a half
million" is no time."""

import pytest
from ledger_rows import ledger_with_texts


@pytest.mark.parametrize("a, b", [
    ("The fire started at half past two last night.", "The fire started at 2.30am."),
    ("The fire started at half past ten last night.", "The fire started at 22:30."),
    ("The fire started at half past twelve at night.", "The fire started at 00:30."),
])
def test_a_time_at_night_is_read_in_its_half_of_the_day(a, b):
    found = ledger_with_texts(a, b)
    assert found["agree"] and not found["conflict"]


def test_a_court_report_keeps_the_age_beside_a_word_games_use_too():
    found = ledger_with_texts("John Smith (44) was jailed for a race hate attack in Leeds, the court heard.",
                              "John Smith, 45, was jailed for a race hate attack in Leeds, the court heard.")
    assert found["conflict"] == [("44", "45")]


def test_a_racing_drivers_car_number_is_no_age():
    found = ledger_with_texts("Lewis Hamilton (44) finished ahead of his team-mate in the race.",
                              "Lewis Hamilton, 39, finished ahead of his team-mate in the race.")
    assert not found["conflict"]


def test_on_top_of_marks_no_peak():
    found = ledger_with_texts("The plan will cut up to 500 jobs.", "The plan will cut 300 jobs on top of 300 jobs already lost.")
    assert not found["conflict"]


def test_a_quarter_to_one_and_a_half_million_is_a_count():
    found = ledger_with_texts("Sales rose from a quarter to one and a half million.", "Sales rose to 1.5 million.")
    assert found["agree"] == [("one and a half million", "1.5 million")]
