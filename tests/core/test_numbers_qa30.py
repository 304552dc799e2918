"""Number reading from CLI QA passes 30 and 31 and code review 24: the grammar's pattern texts are the same under
any hash seed (so the pattern cache hits on every start), a share price in pence in a story about a TV or camera
maker, a list of places with tallies, "one point clear", "had its penalty halved", "first-team coach" and
"under-21 coach", the units "Ml" and "ℓ", and "locations" / "premises"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from ledger_rows import ledger_with_texts

from reader.core.numbers import find_numbers

ROOT = Path(__file__).resolve().parents[2]


def read(text: str) -> list[tuple[str, str, object, str]]:
    return [(m.surface, m.kind, m.value, m.unit) for m in find_numbers(text)]


# --- review 24 M3: the patterns' texts do not change with the hash seed ----------------------------------------

# Records each (pattern, flags) that numbers.py hands its pattern cache while it is imported: the cache's keys.
_PATTERN_KEYS = """
import hashlib
import reader.core.pattern_cache as pattern_cache
keys = []
compile_cached = pattern_cache.PatternCache.compile
def recording(self, pattern, flags=0):
    if self.path.name.startswith("numbers."):
        keys.append((pattern, int(flags)))
    return compile_cached(self, pattern, flags)
pattern_cache.PatternCache.compile = recording
import reader.core.numbers
print(len(keys), hashlib.sha256(repr(keys).encode()).hexdigest())
"""


def _pattern_keys_under(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _PATTERN_KEYS], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120, check=True)
    return done.stdout.strip()


def test_the_number_patterns_are_the_same_text_under_any_hash_seed():
    # Sets iterate in an order set by the hash seed: a pattern joined from a set in that order had another text
    # on each start, missed the pattern cache and had the cache file rewritten on every start.
    keys = {_pattern_keys_under(seed) for seed in ("1", "2", "3")}
    assert len(keys) == 1
    count = int(next(iter(keys)).split()[0])
    assert count > 200  # the recording saw the module's patterns


# --- review 24 L1: a share price in pence in a story about a TV or camera maker ----------------------------------

@pytest.mark.parametrize("text, prices", [
    ("Shares in the camera maker rose 12p to 480p.", ["12p", "480p"]),
    ("Shares in the TV maker closed at 720p, down 4%.", ["720p"]),
    ("Netflix rival shares closed at 360p.", ["360p"]),
    ("The camera maker's stock fell 12p to 480p on Tuesday.", ["12p", "480p"]),
])
def test_a_share_price_in_pence_stays_money_beside_a_word_for_pictures(text, prices):
    assert [m.surface for m in find_numbers(text) if m.kind == "money"] == prices


@pytest.mark.parametrize("text", [
    "The camera records 4K and 1080p video.",
    "Netflix raised its streams from 720p to 1080p.",
    "Stock footage from the camera was shot in 720p.",
    "YouTube shares 1080p video with users.",
])
def test_a_screens_lines_stay_no_money(text):
    assert [m for m in find_numbers(text) if m.kind == "money"] == []


# --- review 24 L3: a list of places with tallies ---------------------------------------------------------------

@pytest.mark.parametrize("text, figures", [
    ("Texas, 40, and Florida, 32, declared states of emergency.", [40, 32]),
    ("Kenya, 12, and Uganda, 8, declared a public holiday.", [12, 8]),
    ("Germany, 12, and France, 9, imposed new restrictions on travel.", [12, 9]),
])
def test_places_whose_state_acts_are_tallies_not_ages(text, figures):
    assert [(m.kind, m.value) for m in find_numbers(text)] == [("count", figure) for figure in figures]


def test_people_who_did_a_deed_still_have_ages():
    text = "Colley, 44, and Barnes, 29, scaled a fence twelve feet high after breaking a window, officials said."
    assert [(m.surface, m.kind) for m in find_numbers(text)][:2] == [("44", "age"), ("29", "age")]


# --- QA30 D5: "one point clear" is a margin in a table or a vote --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Castlebridge are just one point clear of the relegation zone.",
    "Castlebridge lie 21st in the table, just one point clear of the drop zone.",
    "They are one point behind Arsenal with a game in hand.",
    "Labour won by one point in the final poll.",
])
def test_one_point_of_a_margin_is_a_count_of_points(text):
    assert ("one", "count", 1, "point") in [(s.lower(), k, v, u) for s, k, v, u in read(text)]


@pytest.mark.parametrize("text", [
    "At one point the crowd surged forward.",
    "At one point behind the lines, soldiers waited.",
    "One point of contention was the price.",
    "He made one point clearly: the deal is off.",
])
def test_one_point_made_is_no_count(text):
    assert [m for m in find_numbers(text) if m.unit == "point"] == []


def test_three_points_above_disputes_one_point_clear():
    found = ledger_with_texts("Castlebridge are three points above the relegation zone.",
                              "Castlebridge are just one point clear of the relegation zone.")
    assert found["conflict"] == [("three", "one point")]


# --- QA30 D9: "had its penalty halved" is a fall by half ----------------------------------------------------------

@pytest.mark.parametrize("a", [
    "ValuePlus received a 50% cut in its penalty for cooperating with investigators.",
    "ValuePlus's penalty was cut by half for cooperating with investigators.",
])
def test_a_penalty_halved_agrees_with_a_cut_by_half(a):
    found = ledger_with_texts(a, "ValuePlus had its penalty halved because it cooperated with the commission.")
    assert len(found["agree"]) == 1 and found["agree"][0][1] == "down halved" and found["conflict"] == []


def test_halved_disputes_a_fall_by_a_third_and_leaves_a_rounder_share_alone():
    assert ledger_with_texts("Profits fell by a third last year.", "Profits halved last year.")["conflict"] == [
        ("down a third", "down halved")]
    assert ledger_with_texts("Profits fell 48% last year.", "Profits halved last year.")["conflict"] == []


@pytest.mark.parametrize("text, read_as", [
    ("Officials halved the number of inspections.", []),  # who made the change, with its object
    ("Profits have more than halved.", [("halved", "percent", 50, "%")]),  # a bound, as before
])
def test_halved_otherwise_reads_as_before(text, read_as):
    assert read(text) == read_as


# --- QA30 D11: "First-team coach", "under-21 coach" ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "First-team coach Mark Ellis left the club.",
    "The first-time buyers rushed in.",
    "The former under-21 coach takes over.",
    "England's under-19 team lost in the final.",
])
def test_a_squad_or_an_age_group_is_no_figure(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize("text, surface", [
    ("He was named a first-team All-American.", "first"),  # an honour ranks a player
    ("Children under 21 are exempt.", "21"),
])
def test_a_rank_of_honours_and_an_age_limit_stay_figures(text, surface):
    assert [m.surface for m in find_numbers(text)] == [surface]


# --- QA31 D9: "Ml" (megalitres) and "ℓ" (litres) -------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, litres", [
    ("The metro is using 290 megalitres a day, against a target of 230 Ml.", "230 Ml", 230_000_000),
    ("Daily use fell to 230 ML.", "230 ML", 230_000_000),
    ("Households will have to cap usage at 50ℓ a person a day.", "50ℓ", 50),
    ("The dams hold 12 GL.", "12 GL", 12_000_000_000),
    ("A 500mℓ bottle costs R12.", "500mℓ", 0.5),
    ("Inject 5 mL of saline.", "5 mL", 0.005),
])
def test_the_letters_of_litres_are_volumes(text, surface, litres):
    found = {m.surface: m for m in find_numbers(text)}
    assert found[surface].kind == "volume"
    assert found[surface].value * 1000 == pytest.approx(litres)


def test_megalitres_in_letters_meet_millions_of_litres():
    found = ledger_with_texts("The metro is using 290 megalitres a day, against a target of 230 Ml.",
                              "Daily consumption stood at 290 million litres, well above the 250 million-litre target.")
    assert ("230 Ml", "250 million-litre") in found["conflict"]
    assert ("290 megalitres", "290 million litres") in found["agree"]


def test_litres_in_the_script_ell_agree_with_litres():
    found = ledger_with_texts("Households will be restricted to 50 litres per person per day.",
                              "Households will have to cap usage at 50ℓ a person a day.")
    assert found["agree"] == [("50 litres", "50ℓ")]


# --- QA31 D8: places counted by another word -----------------------------------------------------------------------

def test_locations_and_premises_are_one_thing_counted():
    found = ledger_with_texts("ACB teams later carried out searches at six locations in the city.",
                              "ACB officials carried out raids at nine premises linked to the mayor.")
    assert found["conflict"] == [("six", "nine")]
