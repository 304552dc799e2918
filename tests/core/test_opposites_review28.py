""""will soon" and "will later" both put a deed ahead: no opposites.  "sooner than expected" / "later than
expected" still are, as "earlier" / "later" are."""

from __future__ import annotations

import pytest
from claim_turns import turned


def test_soon_and_later_both_tell_ahead():
    a = "The minister will soon announce the new budget, officials said."
    b = "The minister will later announce the new budget, officials said."
    assert not turned(a, b) and not turned(b, a)


@pytest.mark.parametrize("one", ["sooner", "earlier"])
def test_sooner_or_earlier_than_expected_against_later_says_the_opposite(one):
    a = f"The results came {one} than expected, officials said."
    b = "The results came later than expected, officials said."
    assert turned(a, b) and turned(b, a)
