"""The stemmer only has to be consistent: inflections of a word meet at one key."""

import doctest

import pytest

from reader.core import stemmer
from reader.core.stemmer import stem


@pytest.mark.parametrize(
    "forms",
    [
        ("prisoner", "prisoners"),
        ("desert", "deserted", "deserting", "deserts"),
        ("kill", "killed", "killing", "kills"),
        ("fence", "fences"),
        ("execution", "executed"),
        ("cross", "crossed", "crossing"),
        ("flee", "fled", "fleeing"),
        ("extend", "extended", "extending"),
        ("agony", "agonies"),
        ("wire", "wired"),
        # past forms of common verbs
        ("send", "sent", "sending"),
        ("lose", "lost", "losing"),
        ("rise", "rose", "rises", "risen"),
        ("fall", "fell", "falling", "fallen"),
        ("shoot", "shot", "shooting"),
        ("seek", "sought", "seeking"),
        ("die", "dies", "died", "dying"),
        ("sink", "sinks", "sank", "sunk", "sinking"),
        ("win", "wins", "won", "winning"),
    ],
)
def test_inflections_share_a_stem(forms):
    assert len({stem(form) for form in forms}) == 1, {form: stem(form) for form in forms}


@pytest.mark.parametrize("pair", [("union", "un"), ("nation", "nat"), ("border", "bord")])
def test_short_words_are_not_mangled_into_other_words(pair):
    word, mangled = pair
    assert stem(word) != mangled


def test_unrelated_words_stay_apart():
    assert stem("prison") != stem("prisoner")
    assert stem("sledgehammer") != stem("hammer")
    assert stem("founded") != stem("found")  # founding a company is not finding it


def test_docstring_examples():
    assert doctest.testmod(stemmer).failed == 0
