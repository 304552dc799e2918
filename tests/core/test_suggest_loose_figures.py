"""A figure the other report gives differently in a sentence not linked to this one (loose_figures)
disputes the sentence as a conflict within a link does: neither side's telling is corroborated."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.suggest import CORROBORATED, DISPUTED, SINGLE_SOURCE, suggest

COURT_A = """A financial adviser who stole £380,000 from clients has been jailed for six years and four months.

Gareth Pryce, 34, pleaded guilty at Cardiff Crown Court.
"""

COURT_B = """A financial adviser who stole £380,000 from clients has been jailed.

Gareth Pryce, 34, was sentenced to six years and eight months at Cardiff Crown Court.
"""


def _suggested(comparison, side: str) -> dict[str, str | None]:
    sentences = comparison.a_sentences if side == "a" else comparison.b_sentences
    return {sentences[e.index].text.split(",")[0][:30]: e.suggested for e in suggest(comparison, side)}


def test_the_two_prison_terms_in_sentences_not_linked_dispute_both():
    comparison = compare(document_from_text(COURT_A), document_from_text(COURT_B))
    assert len(comparison.loose_conflicts) == 1
    a = _suggested(comparison, "a")
    b = _suggested(comparison, "b")
    # The sentences telling the term are disputed; their partners, which tell no term, stay corroborated.
    assert a["A financial adviser who stole "] == DISPUTED
    assert b["Gareth Pryce"] == DISPUTED
    assert a["Gareth Pryce"] == CORROBORATED
    assert b["A financial adviser who stole "] == CORROBORATED


def test_a_loose_conflict_in_a_sentence_with_no_partner_is_disputed_not_single_source():
    a = """Firefighters battled the blaze near Sale through Saturday night.

Authorities said 23 homes had been destroyed by the fire in the district.
"""
    b = """Firefighters battled the blaze near Sale through Saturday night.

The count of losses rose on Sunday, with 32 homes now confirmed gone.
"""
    comparison = compare(document_from_text(a), document_from_text(b))
    evidence = {comparison.a_sentences[e.index].text[:11]: e for e in suggest(comparison, "a")}
    lost = evidence["Authorities"]
    assert lost.state == "unmatched"  # only in A, but B counts the homes otherwise
    assert lost.conflict and lost.loose and lost.suggested == DISPUTED
    opening = {comparison.a_sentences[e.index].text[:11]: e.suggested for e in suggest(comparison, "a")}
    assert SINGLE_SOURCE not in opening.values()


def test_evidence_carries_the_loose_conflicts_of_its_own_sentence_only():
    comparison = compare(document_from_text(COURT_A), document_from_text(COURT_B))
    loose = comparison.loose_conflicts[0]
    for side in ("a", "b"):
        for evidence in suggest(comparison, side):
            assert evidence.loose == ((loose,) if evidence.index == getattr(loose, side) else ())
