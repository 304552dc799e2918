"""A bare "m" beside a river that names a thing of it, not a level of it."""

import pytest

from reader.core.numbers import find_numbers


@pytest.mark.parametrize("text, surface", [
    ("Passengers using river buses on the Thames rose to 4.7m last year, TfL said.", "4.7m"),
    ("Visitors to the river festival rose to 1.2m this summer.", "1.2m"),
])
def test_a_river_that_names_a_thing_leaves_a_total_in_millions(text, surface):
    found = next(m for m in find_numbers(text) if m.surface == surface)
    assert (found.kind, found.value) == ("count", float(surface[:-1]) * 1_000_000)


@pytest.mark.parametrize("text", [
    "The river peaked at 5.6m in Shrewsbury on Tuesday, flooding 200 homes.",
    "The tide reached 7.24m, and residents were moved out.",
    "The river level was 4.2m, and 300 homes were at risk.",
])
def test_a_river_or_a_tide_that_rises_is_measured_in_metres(text):
    assert find_numbers(text)[0].kind == "length"
