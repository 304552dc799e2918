"""Order-free, many-to-many sentence alignment.

Input: the content terms of every candidate sentence of A and of B (see
terms.py).  Output: scored pairs ``(a, b, score)``.

How a pair is scored.  Every term is weighted by how *distinctive* it is
within the story being compared — an inverse document frequency over the
sentences of both documents — so the names every sentence shares count for
little and "sledgehammer" counts for a lot.  Numbers and names get a boost
because they are what separates one claim from another.  The score is the
cosine of the two weighted term sets (0..1).

Which pairs become links.  A pair is linked when its score clears
``MIN_SCORE`` and comes within ``MIN_SHARE_OF_BEST`` of the best score of
*both* of its sentences.  Near-ties are kept on purpose: two outlets often
repeat one wire sentence, and one long sentence may report what two short
ones each say; a sentence that merely shares a name with many others is
nobody's near-best and links to none of them.

Speed: candidate pairs come from an inverted index over *rare* terms only, so
the work grows with the number of genuinely similar pairs, not with
``len(A) * len(B)``; exact scores are computed for candidates only.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Sequence

# Boosts by token type.  Attribution words ("said") say little about *what* is
# claimed.  Numbers and names are already weighted by their rarity; boosting
# them further was measured to hurt: paraphrases often differ in a number
# (which the ledger then reports) and unrelated sentences share a year.
TYPE_BOOST = {"number": 1.0, "name": 1.0, "word": 1.0, "hedge": 0.35}

MIN_SCORE = 0.15
MIN_SHARE_OF_BEST = 0.9
# A term in more than this share of all sentences is too common to propose
# candidates (it still counts in the exact score of a candidate).
CANDIDATE_MAX_SHARE = 0.05
CANDIDATE_MIN_DF = 40
CANDIDATES_PER_SENTENCE = 8

TermSet = dict[str, str]  # term key -> token type


def term_weights(term_sets: Sequence[TermSet]) -> dict[str, float]:
    """Inverse document frequency of each term over all candidate sentences."""
    df: dict[str, int] = defaultdict(int)
    for terms in term_sets:
        for key in terms:
            df[key] += 1
    n = len(term_sets) + 1
    return {key: math.log(n / count) for key, count in df.items()}


def _weighted(terms: TermSet, idf: dict[str, float]) -> dict[str, float]:
    return {key: idf.get(key, 0.0) * TYPE_BOOST[kind] for key, kind in terms.items()}


def _norm(weights: dict[str, float]) -> float:
    return math.sqrt(sum(w * w for w in weights.values()))


def cosine(wa: dict[str, float], wb: dict[str, float], norm_a: float = 0.0, norm_b: float = 0.0) -> float:
    if len(wa) > len(wb):
        wa, wb, norm_a, norm_b = wb, wa, norm_b, norm_a
    dot = sum(w * wb[key] for key, w in wa.items() if key in wb)
    if not dot:
        return 0.0
    norm = (norm_a or _norm(wa)) * (norm_b or _norm(wb))
    return min(1.0, dot / norm)


def score_candidates(
    a_terms: Sequence[TermSet], b_terms: Sequence[TermSet]
) -> tuple[dict[tuple[int, int], float], list[dict[str, float]], list[dict[str, float]]]:
    """Exact scores of the most promising partners of every sentence of A.

    Partners are proposed by the distinctive terms a pair shares (an inverted
    index over B, skipping terms too common to discriminate); only the
    ``CANDIDATES_PER_SENTENCE`` best proposals get an exact score.
    """
    idf = term_weights(list(a_terms) + list(b_terms))
    wa = [_weighted(t, idf) for t in a_terms]
    wb = [_weighted(t, idf) for t in b_terms]
    norms_a = [_norm(w) for w in wa]
    norms_b = [_norm(w) for w in wb]

    n = len(a_terms) + len(b_terms)
    max_df = max(CANDIDATE_MIN_DF, int(CANDIDATE_MAX_SHARE * n))
    postings: dict[str, list[int]] = defaultdict(list)
    for j, weights in enumerate(wb):
        for key in weights:
            postings[key].append(j)
    scores: dict[tuple[int, int], float] = {}
    for i, weights in enumerate(wa):
        partial: dict[int, float] = defaultdict(float)
        for key, weight in weights.items():
            posting = postings.get(key)
            if posting and len(posting) <= max_df:
                for j in posting:
                    partial[j] += weight * wb[j][key]
        best = heapq.nlargest(CANDIDATES_PER_SENTENCE, partial.items(), key=lambda item: item[1] / norms_b[item[0]])
        for j, _ in best:
            score = cosine(weights, wb[j], norms_a[i], norms_b[j])
            if score > 0:
                scores[(i, j)] = score
    return scores, wa, wb


def select_links(scores: dict[tuple[int, int], float]) -> list[tuple[int, int, float]]:
    """The scored pairs that become links (see the module docstring)."""
    best_a: dict[int, float] = defaultdict(float)
    best_b: dict[int, float] = defaultdict(float)
    for (i, j), score in scores.items():
        best_a[i] = max(best_a[i], score)
        best_b[j] = max(best_b[j], score)
    links = []
    for (i, j), score in scores.items():
        if score >= MIN_SCORE and score >= MIN_SHARE_OF_BEST * max(best_a[i], best_b[j]):
            links.append((i, j, score))
    links.sort()
    return links
