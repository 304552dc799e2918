"""A sentence the other source turns round in words ("accepted" / "rejected", "paid" / "refused to pay") is
suggested disputed, as one whose figure it gives otherwise is; a related link that turns nothing round still
suggests nothing."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.suggest import DISPUTED, suggest


def _suggested(a: str, b: str) -> tuple[str | None, str | None]:
    comparison = compare(document_from_text(f"Offer\n\n{a}\n"), document_from_text(f"Offer\n\n{b}\n"))
    assert any(link.a == 1 and link.b == 1 for link in comparison.links)
    return suggest(comparison, "a")[1].suggested, suggest(comparison, "b")[1].suggested


@pytest.mark.parametrize("a, b", [
    ("The board accepted the offer from Halden Group on Monday.", "The board rejected the offer from Halden Group on Monday."),
    ("The company said it had paid the ransom to the gang.", "The company said it had refused to pay the ransom to the gang."),
    ("The airport's cargo terminal remained open throughout the disruption.",
     "The cargo terminal was also closed throughout the disruption."),
])
def test_a_claim_turned_round_in_words_is_suggested_disputed(a, b):
    assert _suggested(a, b) == (DISPUTED, DISPUTED)


def test_a_related_link_that_turns_nothing_round_suggests_nothing():
    a = "The board accepted the offer from Halden Group on Monday."
    b = "The board accepted the offer from Halden Group on Monday, after it had been raised twice since March."
    assert _suggested(a, b) == (None, None)
