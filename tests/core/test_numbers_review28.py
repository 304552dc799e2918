"""Figures read from invented sentences of the eighth review and the twelfth CLI QA pass: a clock time in words
never swallows a share ("from a quarter to two thirds"), "at night" puts half past twelve after midnight, a
bracketed age after a name stays an age whatever else the sentence tells of a game or of what the person did,
and "a pair of drones" counts two drones."""

import pytest
from ledger_rows import mention

from reader.core.numbers import find_numbers, with_its_noun


def read(text: str) -> list[tuple]:
    return [(m.surface, m.kind, m.value) for m in find_numbers(text)]


# --- H2: "a quarter to" before a share is no clock ------------------------------------------------------------

@pytest.mark.parametrize("text, share, kind", [
    ("Support for the plan rose from a quarter to two thirds of voters, the poll found.", "two thirds", "ratio"),
    ("The share fell from a quarter to one in five.", "one in five", "ratio"),
    ("Turnout rose from a quarter to two in five voters.", "two in five", "ratio"),
])
def test_a_quarter_to_a_share_is_no_clock_time(text, share, kind):
    found = find_numbers(text)
    assert "time" not in [m.kind for m in found]
    assert mention(text, share).kind == kind


@pytest.mark.parametrize("text, surface, clock", [
    ("The doors open at a quarter to six.", "a quarter to six", (5, 45)),
    ("The queue had gone down by a quarter to ten.", "a quarter to ten", (9, 45)),
    ("The last bus left a quarter to six in the evening.", "a quarter to six", (17, 45)),
])
def test_a_quarter_to_placed_as_a_moment_is_a_clock_time(text, surface, clock):
    found = mention(text, surface)
    assert (found.kind, found.value) == ("time", clock)


def test_a_quarter_to_with_no_word_of_a_moment_is_no_clock_time():
    assert "time" not in [m.kind for m in find_numbers("Prices rose from a quarter to two.")]


# --- L3: "at night" after twelve -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, clock", [
    ("The fire started at half past twelve at night.", (0, 30)),
    ("The fire started at half past twelve in the afternoon.", (12, 30)),
    ("The fire started at half past eleven at night.", (23, 30)),
])
def test_at_night_puts_twelve_after_midnight(text, clock):
    assert mention(text, "half past " + text.split("half past ")[1].split()[0]).value == clock


# --- M1 / M2: a bracketed age after a name -------------------------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("John Smith (44), of Hove, was charged with assault after a fight at a football match.", "44"),
    ("Police said DNA from Mark Hill (37), of Leeds, was a match for samples from the scene.", "37"),
    ("Mark Hill (44) was banned from driving for three years, the court heard.", "44"),
    ("Mark Hill (44) was last seen on Friday.", "44"),
    ("Anna Ross (29) attacked the guard with a bottle, the court heard.", "29"),
    ("The ringleader, Marcus Vell (34), was serving a life sentence for murder.", "34"),
    ("The ship's captain, Piet Danner (52), is being questioned by investigators.", "52"),
    ("Sean Kelly (19) was later disqualified from driving after the crash, a court was told.", "19"),
])
def test_a_bracketed_figure_after_a_name_told_of_a_person_is_an_age(text, surface):
    assert mention(text, surface).kind == "age"


@pytest.mark.parametrize("text, surface", [
    ("Ben Stokes (45) fell to a short ball from Pat Cummins as England collapsed to 250 all out.", "45"),
    ("Joe Root (84) was caught behind off Mitchell Starc shortly after lunch on the second day.", "84"),
    ("Harry Kane (9) scored twice before he was substituted.", "9"),
    ("Real Madrid (12) lead the table.", "12"),
])
def test_a_players_bracketed_figure_stays_no_age(text, surface):
    assert mention(text, surface).kind != "age"


# --- D14: "a pair of" counts two ---------------------------------------------------------------------------------

def test_a_pair_of_counts_two_of_its_noun():
    found = mention("Witnesses said they saw a pair of drones flying over the perimeter fence.", "a pair of")
    assert (found.kind, found.value, found.unit) == ("count", 2, "drone")
    assert with_its_noun(found) == "a pair of drones"


def test_a_pair_before_no_plural_is_no_count():
    assert find_numbers("The pair of them left early.") == []


def test_both_is_shown_with_its_noun():
    assert with_its_noun(mention("Both pilots were rescued.", "Both")) == "Both pilots"
