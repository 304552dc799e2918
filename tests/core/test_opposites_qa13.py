"""A word against a longer run that rebuilds the claim around its opening: "was called off" / "went ahead,
with Bell reading a short statement" turns on "called off" / "went ahead" (thirteenth CLI QA pass)."""

from __future__ import annotations

import pytest
from claim_turns import turned


@pytest.mark.parametrize("a, b", [
    ("The press conference at the hotel was called off.",
     "The press conference at the hotel went ahead, with Bell reading a short statement."),
    ("Shares in the company rose in early trading.",
     "Shares in the company fell sharply on Monday before a late rally in early trading."),
])
def test_a_run_opening_on_the_opposite_turns_the_claim_round(a, b):
    assert turned(a, b) and turned(b, a)


@pytest.mark.parametrize("a, b", [
    # The run adds a clause before the same verb: nothing opens it that the lists know.
    ("The minister resigned on Friday.", "The minister, who had been under pressure for weeks, resigned on Friday."),
    # The opposite opens the run, but the other sentence holds its own word too: it only moved.
    ("The board approved the merger.", "The board rejected a proposal from investors and approved the merger."),
])
def test_a_run_that_only_adds_turns_nothing_round(a, b):
    assert not turned(a, b) and not turned(b, a)
