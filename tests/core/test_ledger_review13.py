"""Ledger rows of the thirteenth review: a measure converted into a larger unit and cut down loses a digit of its
source ("185 pounds" is 83.9 kg, cut to "83 kilograms"), and still fits it, unless the source is written past its
unit ("16.3 kilograms" keeps its digits); and a court appeared at or the police arriving tell of a case, so a
bracketed age stays an age beside a word a game shares ("race hate", "cannabis seeds")."""

from __future__ import annotations

import pytest
from ledger_rows import both_ways, ledger_with_texts


# --- a conversion into a larger unit, cut down ----------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    # 185 lb is 83.9 kg: cut to whole kilograms, one digit fewer than its source
    ("The man, who weighed 185 pounds, was last seen on Friday.", "The man, who weighed 83 kilograms, was last seen on Friday."),
    # 165 lb is 74.8 kg: rounded 75, cut 74
    ("The man weighed 165 pounds.", "The man weighed 74 kilograms."),
])
def test_a_whole_figure_converted_into_a_larger_unit_and_cut_down_fits(a, b):
    found = both_ways(a, b)
    assert found["agree"] and not found["conflict"]


@pytest.mark.parametrize("a, b", [
    # 185 lb is 83.9 kg, and 82 kg is a whole kilogram short of it
    ("The man weighed 185 pounds.", "The man weighed 82 kilograms."),
    # 16.3 kg is 35.9 lb: a source written past its unit keeps its digits, 35.9, never "35"
    ("The fish weighed 16.3 kilograms.", "The fish weighed 35 pounds."),
])
def test_a_cut_short_of_its_source_or_of_a_source_written_past_its_unit_conflicts(a, b):
    found = both_ways(a, b)
    assert len(found["conflict"]) == 1 and not found["agree"]


# --- a court appeared at, the police arriving -----------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Mark Jones (31) attacked the man in a race hate assault outside the pub before police arrived.",
     "Mark Jones, 32, attacked the man in a race hate assault outside the pub before police arrived."),
    ("Mark Jones (31) admitted possessing cannabis seeds when he appeared at court in Hove.",
     "Mark Jones, 32, admitted possessing cannabis seeds when he appeared at court in Hove."),
    ("Mark Jones (31) punched a steward at the league match and was later taken to court.",
     "Mark Jones, 32, punched a steward at the league match and was later taken to court."),
    ("Mark Jones (31) attacked a fan after the race, and officers attended the scene.",
     "Mark Jones, 32, attacked a fan after the race, and officers attended the scene."),
])
def test_a_court_appeared_at_or_the_police_arriving_keep_an_age_beside_a_games_word(a, b):
    assert ledger_with_texts(a, b)["conflict"] == [("31", "32")]


@pytest.mark.parametrize("a, b", [
    ("Emma Raducanu (10) was knocked out of the tournament at Court One.",
     "Emma Raducanu, 21, was knocked out of the tournament at Court One."),
    ("Rafael Nadal (2) returned to court after treatment and won the championship.",
     "Rafael Nadal, 37, returned to court after treatment and won the championship."),
])
def test_a_named_court_or_a_player_back_on_court_is_no_case(a, b):
    assert ledger_with_texts(a, b)["conflict"] == []
