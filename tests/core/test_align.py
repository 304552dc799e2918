"""Alignment invariants on the sample story, and a floor under its quality."""

from __future__ import annotations

import random
import sys
from collections import defaultdict
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
    leads_a = [s.index for s in comparison.a_sentences if s.kind == "body"][:align.LEAD_SENTENCES]
    leads_b = [s.index for s in comparison.b_sentences if s.kind == "body"][:align.LEAD_SENTENCES]
    for link in comparison.links:
        assert comparison.a_sentences[link.a].kind == "body"
        assert comparison.b_sentences[link.b].kind == "body"
        # Two leads are linked on less evidence (align._lead_links).
        least = align.LEAD_MIN_SCORE if link.a in leads_a and link.b in leads_b else align.MIN_SCORE
        assert least <= link.score <= 1.0


def test_every_first_round_link_is_near_best_on_both_sides_or_one_claim_of_a_long_sentence(pair):
    _, _, analysis, comparison = pair
    best_a, best_b = {}, {}
    for (i, j), score in analysis.scores.items():
        best_a[i] = max(best_a.get(i, 0.0), score)
        best_b[j] = max(best_b.get(j, 0.0), score)

    def one_claim_of_long(score, long_size, long_best, short_size, short_best):
        return (long_size >= align.MULTI_CLAIM_MIN_TERMS and long_size >= align.MULTI_CLAIM_RATIO * short_size
                and score >= align.MIN_SHARE_OF_BEST * short_best - 1e-4
                and score >= align.MULTI_CLAIM_SHARE_OF_BEST * long_best - 1e-4)

    second_round = {(i, j) for i, j, _ in analysis.linked_pairs()} - {
        (i, j) for i, j, _ in align.near_best_links(analysis.scores, analysis._a_terms, analysis._b_terms)}
    for link in comparison.links:
        i, j = analysis._a_pos[link.a], analysis._b_pos[link.b]
        if (i, j) in second_round:
            continue  # a later round's: near-best among the leftovers, a figure apart, or two leads
        size_a, size_b = len(analysis._wa[i]), len(analysis._wb[j])
        share = align.HIGH_SHARE_OF_BEST if link.score >= align.HIGH_SCORE else align.MIN_SHARE_OF_BEST
        assert (link.score >= share * max(best_a[i], best_b[j]) - 1e-4
                or one_claim_of_long(link.score, size_a, best_a[i], size_b, best_b[j])
                or one_claim_of_long(link.score, size_b, best_b[j], size_a, best_a[i]))
        shared = {key for key, kind in analysis._a_terms[i].items()
                  if kind != "hedge" and key in analysis._b_terms[j]}
        assert len(shared) >= 2 or link.score >= align.ONE_WORD_MIN_SCORE


def test_compare_b_a_gives_the_mirrored_links(pair):
    doc_a, doc_b, _, comparison = pair
    mirrored = {(b, a) for a, b in _texts(compare(doc_b, doc_a))}
    assert mirrored == _texts(comparison)


def test_order_free_shuffling_paragraphs_keeps_the_links(pair, monkeypatch):
    # Every rule but two is blind to order: the leads' (align._lead_links) and the regrouped
    # facts' (align._facts_regrouped) are about where a sentence stands, and are set aside here.
    monkeypatch.setattr(align, "LEAD_MIN_LINKS", sys.maxsize)
    monkeypatch.setattr(align, "REGROUPED_REACH", 0)
    doc_a, doc_b, _, _ = pair
    comparison = compare(doc_a, doc_b)
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


def test_order_free_permuting_candidates_permutes_the_links(pair, monkeypatch):
    monkeypatch.setattr(align, "REGROUPED_REACH", 0)  # reads where sentences stand, as above
    _, _, analysis, _ = pair
    from reader.core.terms import content_terms

    a_terms = [content_terms(analysis.a.tokens[i]) for i in analysis.a.candidates]
    b_terms = [content_terms(analysis.b.tokens[j]) for j in analysis.b.candidates]
    order = list(range(len(b_terms)))
    random.Random(5).shuffle(order)
    links = _select(a_terms, b_terms)
    moved = _select(a_terms, [b_terms[k] for k in order])
    assert {(i, order[j]) for i, j, _ in moved} == {(i, j) for i, j, _ in links}


def _select(a_terms, b_terms):
    return align.select_links(align.score_candidates(a_terms, b_terms)[0], a_terms, b_terms)


def test_the_sledgehammer_sentences_are_linked():
    """000 says the video was shown in November, 002 says December: a link, with the conflict."""
    comparison = compare(load_document(SEEDS[0]), load_document(SEEDS[2]))
    links = [link for link in comparison.links
             if "sledgehammer" in comparison.a_sentences[link.a].text
             and "sledgehammer" in comparison.b_sentences[link.b].text]
    assert links
    assert any(link.relation == "related" and link.has_conflict for link in links)


def test_seed_gold_quality_floor():
    """A floor a little below what the engine measures (P 0.679, sentence recall 0.500)."""
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
    assert totals["n_correct"] / totals["n_pred"] >= 0.62
    assert totals["n_found"] / totals["n_with_partner"] >= 0.47


def _terms(size: int, shared: str = "") -> dict[str, str]:
    """``size`` content terms: the words of ``shared`` (in both sentences), then ones of this sentence's own."""
    words = shared.split()
    return {**{w: "word" for w in words}, **{f"own{id(words)}_{k}": "word" for k in range(size - len(words))}}


def test_a_short_sentence_keeps_its_link_to_the_long_sentence_it_reports_one_claim_of():
    """A long sentence of A reports two claims; B says each in a sentence of its own.
    The long one's best partner is B0, but B1's best partner is still the long one."""
    scores = {(0, 0): 0.50, (0, 1): 0.30, (1, 1): 0.20}
    claims = "orphan prison army deserter"
    long_a = [_terms(20, claims), _terms(6, claims)]
    b = [_terms(8, claims), _terms(6, claims)]
    assert (0, 1, 0.30) in align.select_links(scores, long_a, b)
    # A sentence of ordinary length has no other claims to explain a weaker partner.
    assert (0, 1, 0.30) not in align.select_links(scores, [_terms(10, claims), _terms(6, claims)], b)
    # The rule runs both ways.
    mirrored = {(j, i): s for (i, j), s in scores.items()}
    assert (1, 0, 0.30) in align.select_links(mirrored, b, long_a)
    # And far below the long sentence's best is too far.
    assert (0, 1, 0.15) not in align.select_links({**scores, (0, 1): 0.15}, long_a, b)


def test_the_fear_quotes_are_linked_although_the_long_sentence_has_a_better_partner():
    """000's "afraid of dying in agony" sentence also names Osechkin and Gulagu;
    002's "afraid for my life" quote reports its first claim."""
    comparison = compare(load_document(SEEDS[0]), load_document(SEEDS[2]))
    pairs = _texts(comparison)
    assert any("dying in agony" in a and "afraid for my life" in b for a, b in pairs)


def test_a_pair_sharing_one_word_needs_a_high_score():
    a = [_terms(1, "sign"), _terms(12, "nobody")]
    b = [_terms(12, "sign"), _terms(9, "nobody")]
    # "Sign up now" / "... signed ...": one word in common, a middling score.
    assert align.select_links({(0, 0): 0.24, (1, 1): 0.35}, a, b) == []
    assert align.select_links({(1, 1): 0.45}, a, b) == [(1, 1, 0.45)]
    # A sentence of one content word ("We still do.") scores high with anything that has it:
    # it never links on that one word.
    assert align.select_links({(0, 0): 0.7}, a, b) == []
    # An attribution word in common is no second word; a content word is.
    said = [{"nobody": "word", "say": "hedge", "x": "word"}]
    assert align.select_links({(0, 0): 0.3}, said, [{"nobody": "word", "say": "hedge"}]) == []
    assert align.select_links({(0, 0): 0.3}, said, [{"nobody": "word", "x": "word"}]) == [(0, 0, 0.3)]


def test_unrelated_stories_do_not_link_on_one_shared_word():
    """An EU asylum explainer and a weight-loss-drug report share no claim; the drug page's
    "Sign up now" once linked to "The coalition agreement signed last year ..." on "sign"."""
    data = ROOT / "tests" / "data"
    comparison = compare(load_document(data / "furniture_heldout8" / "nl_eu_asylum_explainer.md"),
                         load_document(data / "furniture_heldout7" / "us_health_glp1_discontinuation.md"))
    assert comparison.links == ()


def test_sentences_left_unlinked_link_in_a_second_round_on_a_word_only_they_share():
    """A0's best partner B0 went to the closer A1, and B1's best partner A1 to B0:
    A0 and B1 are left over, each the other's best among the leftovers."""
    a = [_terms(8, "defector hammer video"), _terms(8, "defector hammer video november")]
    b = [_terms(8, "defector hammer video november"), _terms(8, "defector video")]
    scores = {(0, 0): 0.40, (1, 0): 0.80, (1, 1): 0.30, (0, 1): 0.20}
    assert (0, 1, 0.20) not in align.select_links(scores, a, b)
    # "fjord" is a word no other sentence of either document uses: an anchor.
    a[0]["fjord"] = b[1]["fjord"] = "word"
    assert (0, 1, 0.20) in align.select_links(scores, a, b)
    # Below the score floor, the anchor alone does not link them.
    assert (0, 1, 0.12) not in align.select_links({**scores, (0, 1): 0.12}, a, b)
    # Nor when a third sentence also has the word.
    a[1]["fjord"] = "word"
    assert (0, 1, 0.20) not in align.select_links(scores, a, b)


def test_later_rounds_link_only_sentences_the_first_left_unlinked(pair):
    _, _, analysis, _ = pair
    first = align.near_best_links(analysis.scores, analysis._a_terms, analysis._b_terms)
    links = align.select_links(analysis.scores, analysis._a_terms, analysis._b_terms)
    later = set(links) - set(first)
    assert set(first) <= set(links)
    partners_a, partners_b = defaultdict(set), defaultdict(set)
    for i, j, _ in links:
        partners_a[i].add(j)
        partners_b[j].add(i)
    linked_first_a = {i for i, _, _ in first}
    linked_first_b = {j for _, j, _ in first}
    for i, j, score in later:
        assert score >= align.MIN_SCORE
        if i not in linked_first_a and j not in linked_first_b:
            continue
        # Or one side's leftover, linked to the partner of its neighbour (align._facts_regrouped).
        if i in linked_first_a:
            assert j not in linked_first_b and {j - 1, j + 1} & partners_a[i]
        else:
            assert {i - 1, i + 1} & partners_b[j]
