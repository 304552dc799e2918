"""Is a link ``equivalent`` (the same claim: the sources corroborate each other)
or ``related`` (overlapping claims that differ in substance: a candidate for
dispute)?

A number conflict always makes a link ``related``.  Otherwise a small logistic
model over lexical features decides: how much of each sentence's distinctive
weight the other shares, how much weight is said by one side only (an added
claim), word order (difflib), length, numbers and names on one side only, and
whether only one side is negated ("did not" vs "did").  Measured and left out
because they added nothing on the paraphrase corpus: hedge/attribution words
on one side only, the number of number conflicts (the rule above already
decides those), the length difference in content words.  Its weights were fitted on a public
paraphrase corpus of sentence pairs from different news outlets (see
tests/benchmarks/eval_msrp.py, which refits and reports them); the corpus
itself is not shipped.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reader.core.model import NumberLedger
from reader.core.terms import Token


@dataclass(frozen=True)
class PairFeatures:
    score: float  # cosine of weighted terms (align.py)
    a_covered: float  # share of A's term weight that B also has
    b_covered: float
    sequence_ratio: float  # difflib ratio of the two word sequences
    length_ratio: float  # shorter / longer, in words
    numbers_only: int  # numbers on one side only
    numbers_agree: int
    names_only: int  # names on one side only
    negation_differs: bool  # one side has a negation word the other lacks
    only_a: float  # term weight (idf) that A has and B lacks
    only_b: float

    def vector(self) -> tuple[float, ...]:
        low, high = sorted((self.a_covered, self.b_covered))
        return (
            self.score,
            low,
            high,
            self.sequence_ratio,
            self.length_ratio,
            math.log1p(self.numbers_only),
            math.log1p(self.numbers_agree),
            math.log1p(self.names_only),
            float(self.negation_differs),
            math.log1p(max(self.only_a, self.only_b)),
            math.log1p(min(self.only_a, self.only_b)),
        )


FEATURE_NAMES = ("score", "covered_low", "covered_high", "sequence_ratio", "length_ratio",
                 "log_numbers_only", "log_numbers_agree", "log_names_only", "negation_differs",
                 "log_only_high", "log_only_low")

_NEGATIONS = frozenset("not no never none nor without nothing neither".split())

# Fitted weights (bias first, then one per feature in FEATURE_NAMES order).
WEIGHTS = (-2.0017, 0.3323, 0.3628, 1.5918, 2.5938, 3.2558, -0.2812, 0.1664, 0.1936, -1.2741, -1.0261, 0.1072)


def pair_features(
    score: float,
    wa: dict[str, float],
    wb: dict[str, float],
    a_tokens: list[Token],
    b_tokens: list[Token],
    numbers: NumberLedger,
    sequence_ratio: float,
) -> PairFeatures:
    """The features of one sentence pair; ``sequence_ratio`` is difflib's ratio
    of the two word sequences, taken from the word diff so it is computed once."""
    shared = sum(w for key, w in wa.items() if key in wb)
    a_total = sum(wa.values()) or 1.0
    b_total = sum(wb.values()) or 1.0
    shared_b = sum(w for key, w in wb.items() if key in wa)
    a_negated = any(w in _NEGATIONS or w.endswith(("n't", "n’t")) for w in (t.surface.lower() for t in a_tokens))
    b_negated = any(w in _NEGATIONS or w.endswith(("n't", "n’t")) for w in (t.surface.lower() for t in b_tokens))
    a_names = {t.key for t in a_tokens if t.type == "name"}
    b_names = {t.key for t in b_tokens if t.type == "name"}
    lengths = sorted((len(a_tokens) or 1, len(b_tokens) or 1))
    return PairFeatures(
        score=score,
        a_covered=shared / a_total,
        b_covered=shared_b / b_total,
        sequence_ratio=sequence_ratio,
        length_ratio=lengths[0] / lengths[1],
        numbers_only=len(numbers.only_a) + len(numbers.only_b),
        numbers_agree=len(numbers.agree),
        names_only=len(a_names ^ b_names),
        negation_differs=a_negated != b_negated,
        only_a=max(0.0, a_total - shared),
        only_b=max(0.0, b_total - shared_b),
    )


def equivalence_probability(features: PairFeatures, weights=WEIGHTS) -> float:
    z = weights[0] + sum(w * x for w, x in zip(weights[1:], features.vector()))
    return 1.0 / (1.0 + math.exp(-z))


def classify(features: PairFeatures, numbers: NumberLedger) -> str:
    if numbers.conflict:
        return "related"
    return "equivalent" if equivalence_probability(features) >= 0.5 else "related"
