"""Alignment invariants on the sample story, and a floor under its quality."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from reader.core import align
from reader.core.compare import Analysis, compare
from reader.core.document import document_from_text, load_document

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
PAIRS = [(0, 2), (0, 4), (2, 4), (1, 3)]


def _texts(comparison):
    return {(comparison.a_sentences[link.a].text, comparison.b_sentences[link.b].text) for link in comparison.links}


@pytest.fixture(scope="module", params=PAIRS, ids=lambda p: f"{p[0]:03d}-{p[1]:03d}")
def pair(request):
    doc_a, doc_b = (load_document(SEEDS[k]) for k in request.param)
    analysis = Analysis(doc_a, doc_b)
    return doc_a, doc_b, analysis, analysis.comparison()


def test_links_join_body_sentences_with_scores_in_range(pair):
    _, _, _, comparison = pair
    assert comparison.links
    for link in comparison.links:
        assert comparison.a_sentences[link.a].kind == "body"
        assert comparison.b_sentences[link.b].kind == "body"
        assert align.MIN_SCORE <= link.score <= 1.0


def test_every_link_is_near_best_on_both_sides(pair):
    _, _, analysis, comparison = pair
    best_a, best_b = {}, {}
    for (i, j), score in analysis.scores.items():
        best_a[i] = max(best_a.get(i, 0.0), score)
        best_b[j] = max(best_b.get(j, 0.0), score)
    for link in comparison.links:
        i, j = analysis._a_pos[link.a], analysis._b_pos[link.b]
        share = align.HIGH_SHARE_OF_BEST if link.score >= align.HIGH_SCORE else align.MIN_SHARE_OF_BEST
        assert link.score >= share * max(best_a[i], best_b[j]) - 1e-4


def test_compare_b_a_gives_the_mirrored_links(pair):
    doc_a, doc_b, _, comparison = pair
    mirrored = {(b, a) for a, b in _texts(compare(doc_b, doc_a))}
    assert mirrored == _texts(comparison)


def test_order_free_shuffling_paragraphs_keeps_the_links(pair):
    doc_a, doc_b, _, comparison = pair
    paragraphs = doc_b.text.split("\n\n")
    head, body = paragraphs[:1], paragraphs[1:]
    random.Random(3).shuffle(body)
    shuffled = document_from_text("\n\n".join(head + body), title=doc_b.title)
    moved = Analysis(doc_a, shuffled)
    before = {analysis_text for analysis_text in _candidate_texts(pair[2])}
    if {t for t in _candidate_texts(moved)} != before:
        # Page furniture (a "Related articles" block) is recognised partly by
        # where it sits; moved into the body it becomes body text, which
        # changes what is aligned.  The engine-level test below covers these.
        pytest.skip("furniture classification changed with paragraph order")
    assert _texts(moved.comparison()) == _texts(comparison)


def _candidate_texts(analysis):
    return {analysis.b.sentences[j].text for j in analysis.b.candidates}


def test_order_free_permuting_candidates_permutes_the_links(pair):
    _, _, analysis, _ = pair
    from reader.core.terms import content_terms

    a_terms = [content_terms(analysis.a.tokens[i]) for i in analysis.a.candidates]
    b_terms = [content_terms(analysis.b.tokens[j]) for j in analysis.b.candidates]
    order = list(range(len(b_terms)))
    random.Random(5).shuffle(order)
    links = align.select_links(align.score_candidates(a_terms, b_terms)[0])
    moved = align.select_links(align.score_candidates(a_terms, [b_terms[k] for k in order])[0])
    assert {(i, order[j]) for i, j, _ in moved} == {(i, j) for i, j, _ in links}


def test_the_sledgehammer_sentences_are_linked():
    """000 says the video was shown in November, 002 says December: a link, with the conflict."""
    comparison = compare(load_document(SEEDS[0]), load_document(SEEDS[2]))
    links = [link for link in comparison.links
             if "sledgehammer" in comparison.a_sentences[link.a].text
             and "sledgehammer" in comparison.b_sentences[link.b].text]
    assert links
    assert any(link.relation == "related" and link.has_conflict for link in links)


def test_seed_gold_quality_floor():
    """A floor a little below what the engine measures (P 0.600, sentence recall 0.456)."""
    sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
    try:
        import eval_seed_alignment as evaluation
    finally:
        sys.path.pop(0)
    import json

    totals = dict(n_pred=0, n_correct=0, n_with_partner=0, n_found=0)
    for gold_pair in json.loads(evaluation.GOLD.read_text(encoding="utf-8"))["pairs"]:
        result = evaluation.evaluate_pair(gold_pair)
        for key in totals:
            totals[key] += result[key]
    assert totals["n_correct"] / totals["n_pred"] >= 0.55
    assert totals["n_found"] / totals["n_with_partner"] >= 0.42
