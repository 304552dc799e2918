"""Which report is opened as A must not change what the comparison says: the same links, each with
the same relation and its number ledger mirrored (a review found a link 'equivalent' one way round
and 'related' the other, from difflib's order-dependent matching)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text, load_document

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def summary(comparison, *, swapped: bool = False) -> dict:
    out = {}
    for link in comparison.links:
        key = (link.b, link.a) if swapped else (link.a, link.b)
        ledger = link.numbers
        agree = {(b.surface, a.surface) if swapped else (a.surface, b.surface) for a, b in ledger.agree}
        conflict = {(b.surface, a.surface) if swapped else (a.surface, b.surface) for a, b in ledger.conflict}
        out[key] = (link.relation, round(link.score, 4), agree, conflict)
    return out


@pytest.mark.parametrize("i, j", [(0, 2), (1, 3), (2, 4), (0, 4)])
def test_the_sample_story_compares_the_same_either_way_round(i, j):
    a, b = load_document(SEEDS[i]), load_document(SEEDS[j])
    assert summary(compare(a, b)) == summary(compare(b, a), swapped=True)


def test_a_reworded_attribution_has_one_relation_either_way_round():
    a = document_from_text("Labour held all three Leeds seats on Thursday, officials said. "
                           "In Leeds North, turnout was 61%.")
    b = document_from_text("Officials said Labour kept its Leeds seats in Thursday's vote. "
                           "In Leeds North, turnout was 61%.")
    assert summary(compare(a, b)) == summary(compare(b, a), swapped=True)
