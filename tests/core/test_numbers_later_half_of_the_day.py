"""A clock time in digits with no "am" or "pm" is in the later half of the day where the words after it say so
("surrendered at 3:05 in the afternoon" is 15:05, as "3:05 p.m." is: CLI QA pass 33 read it as 03:05)."""

import pytest

from reader.core.numbers import find_numbers


def _times(text: str) -> list[tuple[str, tuple[int, int]]]:
    return [(m.surface, m.value) for m in find_numbers(text) if m.kind == "time"]


@pytest.mark.parametrize("text, time", [
    ("He came out with his hands raised at 3:05 in the afternoon.", ("3:05", (15, 5))),
    ("The council will meet at 6:30 this evening.", ("6:30", (18, 30))),
    ("Kick-off is at 7:45 on Saturday evening.", ("7:45", (19, 45))),
    ("The blaze was reported at 11:20 last night.", ("11:20", (23, 20))),
])
def test_a_clock_time_named_in_the_afternoon_evening_or_night_is_after_noon(text, time):
    assert _times(text) == [time]


@pytest.mark.parametrize("text, time", [
    ("The ferry left at 9:40 in the morning.", ("9:40", (9, 40))),
    ("The alarm sounded at 2:30 at night.", ("2:30", (2, 30))),  # the small hours
    ("He was seen at 12:15 in the afternoon.", ("12:15", (12, 15))),
    ("He surrendered at 3:05 p.m.", ("3:05 p.m.", (15, 5))),
])
def test_the_morning_the_small_hours_and_times_already_placed_stay_as_they_are(text, time):
    assert _times(text) == [time]
