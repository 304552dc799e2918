"""CLI QA pass 34 (a ransomware attack, a river ferry capsizing, a pension age change, a telescope image, a
hailstorm, a state funeral): the number reader.

Each test fails on the code before the mend: "who died at 93" read as a count of 93, not the age "aged 91"
disputes; "110 kilometres an hour" read as a length, never set beside "110km/h"; "Pension age to go up to 67"
read as a ceiling ("up to 67"), where the age goes up to 67 and stops there."""

from __future__ import annotations

from ledger_rows import ledger_with_texts

from reader.core.numbers import find_numbers


def _read(text: str) -> list[tuple[str, str, object, str, str]]:
    return [(m.surface, m.kind, m.value, m.unit, m.hedge) for m in find_numbers(text)]


# D6: the age one died at.
def test_died_at_an_age_disputes_the_age_given_with_aged():
    found = ledger_with_texts(
        "Former President KR Raghavan, who died on Saturday aged 91, was cremated with full state honours in "
        "New Delhi on Monday.",
        "India held a state funeral Monday for former President K.R. Raghavan, who died at 93 after a long illness.")
    assert found["conflict"] == [("aged 91", "93")]


def test_dies_and_passed_away_at_an_age_are_ages():
    assert _read("Veteran actor Leela Menon dies at 87") == [("87", "age", 87, "year", "")]
    assert _read("She passed away at 91, her family said.") == [("91", "age", 91, "year", "")]


def test_traps_died_at_a_place_a_time_or_a_count_of_places_stay_as_they_were():
    assert _read("He died at 93 Elm Street.")[0][1] == "count"
    assert _read("He died at 3pm on Sunday.")[0][1] == "time"
    assert _read("Five people died at 12 sites across the region.")[1][1:4] == ("count", 12, "site")


# D7: a speed told "an hour".
def test_kilometres_an_hour_are_a_speed_that_agrees_with_km_h():
    found = ledger_with_texts("Winds gusted to 110km/h in Havelock North.",
                              "Gusts of 110 kilometres an hour were recorded at Havelock North.")
    assert found["agree"] == [("110km/h", "110 kilometres an hour")]
    assert _read("The car was doing 70 miles an hour.")[0][1:4] == ("speed", 112.65408, "mph")


def test_traps_an_hour_ago_or_later_leaves_the_length_a_length():
    assert _read("He had walked 3 miles an hour earlier.") == [("3 miles", "length", 4828.032, "mi", "")]
    assert _read("The bus was travelling at 110 kilometres an hour before the crash.")[0][1] == "speed"


# D9 (part): "go up to" a level.
def test_going_up_to_a_level_is_no_ceiling():
    assert _read("Pension age to go up to 67 – but not until 2032")[0] == ("67", "count", 67, "", "")
    assert _read("The single fare went up to £3 on Monday.")[0][4] == ""


def test_traps_up_to_after_can_or_alone_stays_a_ceiling():
    assert _read("The trains can go up to 200km/h on the new line.")[0][4] == "up to"
    assert _read("Fines of up to £5,000 can be imposed.")[0][4] == "up to"
