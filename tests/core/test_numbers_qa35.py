"""CLI QA pass 35 (a chlorine leak, a club takeover, a wind-farm noise ruling, a new frog, a hosepipe ban, a
cyclone): the number reader.

Each test fails on the code before the mend: "40 decibels" read as a count of decibels that agreed with "40
turbines", and "40dB" not read at all; "a quarter of a century" not read as 25 years; "first" read as a figure
in "first responders", "First Lutheran Church" and "Kessler first saw Tranmere"."""

from __future__ import annotations

from ledger_rows import ledger_with_texts

from reader.core.numbers import Duration, find_numbers


def _read(text: str) -> list[tuple[str, str, object, str]]:
    return [(m.surface, m.kind, m.value, m.unit) for m in find_numbers(text)]


# D6: decibels are a sound's level, no count.
def test_decibels_meet_no_count_of_turbines():
    found = ledger_with_texts(
        "Ontario's limit for wind turbine noise at a home is 40 decibels.",
        "Two other wind projects in the county, with 40 turbines between them, are not affected by the decision.")
    assert found["agree"] == [] and found["conflict"] == []


def test_decibels_in_any_spelling_are_one_measure_that_disputes_another_level():
    assert _read("Noise must stay below 40dB at night and 45 dB(A) by day.") == [
        ("40dB", "sound", 40, "dB"), ("45 dB(A)", "sound", 45, "dB")]
    found = ledger_with_texts("The judge found that noise at the nearest homes reached 48 decibels.",
                              "Readings showed noise of 43 dB(A) at the closest homes.")
    assert found["conflict"] == [("48 decibels", "43 dB(A)")]


# D8: "a quarter of a century".
def test_a_quarter_of_a_century_agrees_with_25_years():
    found = ledger_with_texts(
        "Kessler first watched Tranmere at Prenton Park a quarter of a century ago while studying in Liverpool.",
        "Kessler first saw Tranmere play 25 years ago, when he was a student in Liverpool.")
    assert found["agree"] == [("a quarter of a century", "25 years")]
    assert _read("The dispute has dragged on for three-quarters of a century.") == [
        ("three-quarters of a century", "duration", Duration(900, "month"), "century")]


def test_trap_a_century_ago_is_still_left_alone():
    assert _read("The mill closed a century ago.") == []


# D9: "first" in a name or a fixed phrase.
def test_first_in_a_name_or_a_fixed_phrase_is_no_figure():
    assert _read("Thirty-five residents were moved to First Lutheran Church on Alpine Road.") == [
        ("Thirty-five", "count", 35, "resident")]
    assert _read("Eleven people, including two first responders, were taken to hospital.")[1:] == [
        ("two", "count", 2, "responder")]
    assert _read("Kessler first saw Tranmere play at Prenton Park.") == []


def test_traps_the_first_time_and_a_first_of_ones_own_stay_figures():
    assert [m.surface for m in find_numbers("It was the first time the plant had leaked.")] == ["first"]
    assert ledger_with_texts("He won his first cap in March.", "He won his third cap in March.")["conflict"] == [
        ("first", "third")]
    assert [m.surface for m in find_numbers("Club Wins First Title in 50 Years")][:1] == ["First"]
