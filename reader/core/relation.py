"""Is a link ``equivalent`` (the same claim: the sources corroborate each other)
or ``related`` (overlapping claims that differ in substance: a candidate for
dispute)?

A number conflict always makes a link ``related``, and so do two names that
trade places around a verb ("Arsenal beat Chelsea" / "Chelsea beat Arsenal",
see ``names_swapped``): the same words, another claim.  Otherwise a small
logistic model over lexical features decides:

- how much of each sentence's distinctive weight the other shares, and how
  much weight one side says alone (an added claim);
- length, numbers and names on one side only, and whether only one side is
  negated ("did not" vs "did");
- how many of each sentence's word n-grams (1 to 4 words, and content-word
  pairs) the other repeats: a restatement keeps phrases together, a related
  claim reuses words in new phrases;
- the shape of the word diff (difflib, computed for the link anyway): its
  ratio, how many runs changed, the longest changed run on either side (a
  related claim adds a whole clause; a restatement swaps a word here and
  there) and the longest unchanged run.

5-fold cross-validated accuracy on the paraphrase corpus (eval_msrp.py --fit):
73.8% with the first two groups and the diff ratio, 76.1% with the n-grams,
77.1% with the whole diff shape.  Measured and left
out: hedge/attribution words on one side only, the number of number conflicts
(the rule above already decides those), the length difference in content
words (nothing gained); a character-level difflib ratio of the two sentences
(+1 point, but 0.3-0.7 ms per link: seconds on long documents).  The weights
were fitted on a public paraphrase corpus of sentence pairs from different
news outlets (tests/benchmarks/eval_msrp.py refits and reports them); the
corpus itself is not shipped.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reader.core.model import NumberLedger
from reader.core.terms import Token
from reader.core.worddiff import DiffShape


@dataclass(frozen=True)
class PairFeatures:
    score: float  # cosine of weighted terms (align.py)
    a_covered: float  # share of A's term weight that B also has
    b_covered: float
    diff: DiffShape  # how the word sequences differ (difflib, from the link's word diff)
    length_ratio: float  # shorter / longer, in words
    numbers_only: int  # numbers on one side only
    numbers_agree: int
    names_only: int  # names on one side only
    negation_differs: bool  # one side has a negation word the other lacks
    only_a: float  # term weight (idf) that A has and B lacks
    only_b: float
    # For each n-gram order in OVERLAP_ORDERS: (share of the sentence with fewer
    # of its n-grams repeated, share of the one with more).
    overlaps: tuple[tuple[float, float], ...]
    # Two names trade places around one verb: "Arsenal beat Chelsea" / "Chelsea beat Arsenal".
    # Not a feature of the model (the same words, so it reads a restatement): a rule, as a
    # number conflict is.
    names_swapped: bool = False

    def vector(self) -> tuple[float, ...]:
        low, high = sorted((self.a_covered, self.b_covered))
        return (
            self.score,
            low,
            high,
            self.diff.ratio,
            self.length_ratio,
            math.log1p(self.numbers_only),
            math.log1p(self.numbers_agree),
            math.log1p(self.names_only),
            float(self.negation_differs),
            math.log1p(max(self.only_a, self.only_b)),
            math.log1p(min(self.only_a, self.only_b)),
            *(share for pair in self.overlaps for share in pair),
            math.log1p(self.diff.changes),
            math.log1p(self.diff.largest_change_low),
            math.log1p(self.diff.largest_change_high),
            self.diff.longest_kept,
        )


# N-gram overlaps: ("all", n) counts every word (by its key: stem or number
# value), ("content", n) skips function words.
OVERLAP_ORDERS = (("all", 1), ("all", 2), ("all", 3), ("all", 4), ("content", 1), ("content", 2))

FEATURE_NAMES = ("score", "covered_low", "covered_high", "sequence_ratio", "length_ratio",
                 "log_numbers_only", "log_numbers_agree", "log_names_only", "negation_differs",
                 "log_only_high", "log_only_low") + tuple(
    f"{words}_{n}gram_{end}" for words, n in OVERLAP_ORDERS for end in ("low", "high")) + (
    "log_changes", "log_largest_change_low", "log_largest_change_high", "longest_kept")

_NEGATIONS = frozenset("not no never none nor without nothing neither".split())

# Fitted weights (bias first, then one per feature in FEATURE_NAMES order).
WEIGHTS = (0.7195, 1.1105, 1.7107, 1.5836, 1.2903, 0.2856, -0.2583, -0.0299, 0.2139, -1.1600, -0.3996,
           -0.0217, 1.7336, 0.3384, 2.1211, -0.1912, 1.0088, -1.0475, 1.2417, -0.6305, -0.2697, 0.5978,
           -1.3804, -1.9475, -0.0812, -0.0107, -1.3902, -1.3792)


def pair_features(
    score: float,
    wa: dict[str, float],
    wb: dict[str, float],
    a_tokens: list[Token],
    b_tokens: list[Token],
    numbers: NumberLedger,
    diff: DiffShape,
) -> PairFeatures:
    """The features of one sentence pair; ``diff`` comes with the link's word
    diff (worddiff.diff_and_shape), so difflib runs once per link."""
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
        diff=diff,
        length_ratio=lengths[0] / lengths[1],
        numbers_only=len(numbers.only_a) + len(numbers.only_b),
        numbers_agree=len(numbers.agree),
        names_only=len(a_names ^ b_names),
        negation_differs=a_negated != b_negated,
        only_a=max(0.0, a_total - shared),
        only_b=max(0.0, b_total - shared_b),
        overlaps=ngram_overlaps(a_tokens, b_tokens),
        names_swapped=bool(a_names & b_names) and names_swapped(a_tokens, b_tokens),
    )


# Verbs whose two sides may trade places without changing the claim: "Putin met Biden", "Biden
# met Putin"; "Arsenal drew with Chelsea", "Israel exchanged prisoners with Hamas", "Arsenal vs
# Chelsea".  Stems, as terms.py keys words.
_SYMMETRIC = frozenset("""meet met talk spoke speak play drew draw tie marri agre negoti face join exchang swap
    trade fought fight clash vs versus v""".split())
# The word that turns a sentence around without changing who did what: "Smith was arrested by police".
_PASSIVE = "by"
# "Arsenal beat Chelsea", "Medvedev told CNN that Osechkin ...": the two names close around the verb.
_MOST_WORDS_BETWEEN = 4
# Verbs news reports with no -ed, -s or -ing to show them ("beat", "told"); a word between two
# names without either ("Fluor company of the US" / "US company Fluor") is taken for a noun.
_BARE_VERBS = frozenset("""beat won lost led told said hit shot sued met saw left took gave paid sold bought held
    struck threw caught fought kept sent made named chose hired fired elected defeated""".split())


def names_swapped(a_tokens: list[Token], b_tokens: list[Token]) -> bool:
    """Do two names stand close on either side of one verb in both sentences, in the opposite
    order?  "Arsenal beat Chelsea 3-1" / "Chelsea beat Arsenal 3-1": every word is shared, so the
    claim looks restated, but the winner changed.  A verb that works both ways ("met") and a
    passive on one side ("Reuters quoted Medvedev" / "Medvedev was quoted by Reuters") are no swap.

    Measured on the paraphrase corpus's 3,600 linked pairs: with the names anywhere in the
    sentence and any word between them, 8 pairs fired, all restatements (clauses moved, a
    passive, "Fluor company of the US" / "US company Fluor"); as written here, none."""
    a_places, b_places = _name_places(a_tokens), _name_places(b_tokens)
    shared = [name for name in a_places if name in b_places]
    for i, first in enumerate(shared):
        for second in shared[i + 1:]:
            if (a_places[first] < a_places[second]) == (b_places[first] < b_places[second]):
                continue
            a_between = _between(a_tokens, a_places[first], a_places[second])
            b_between = _between(b_tokens, b_places[first], b_places[second])
            if a_between is None or b_between is None or (_PASSIVE in a_between) != (_PASSIVE in b_between):
                continue
            verbs = (a_between & b_between) - {_PASSIVE}
            if verbs and not verbs & _SYMMETRIC:
                return True
    return False


def _name_places(tokens: list[Token]) -> dict[str, int]:
    """Each name's first place in the sentence."""
    places: dict[str, int] = {}
    for place, token in enumerate(tokens):
        if token.type == "name":
            places.setdefault(token.key, place)
    return places


def _between(tokens: list[Token], one: int, other: int) -> set[str] | None:
    """The keys of the verbs between two close places (and "by"), or None when they are far apart."""
    low, high = sorted((one, other))
    if high - low - 1 > _MOST_WORDS_BETWEEN:
        return None
    return {t.key for t in tokens[low + 1:high] if t.key == _PASSIVE or t.type in ("word", "hedge") and not t.stop
            and (t.surface.lower().endswith(("ed", "s", "ing")) or t.surface.lower() in _BARE_VERBS)}


def ngram_overlaps(a_tokens: list[Token], b_tokens: list[Token]) -> tuple[tuple[float, float], ...]:
    """For each order in ``OVERLAP_ORDERS``, the shares of A's and of B's distinct
    n-grams that the other sentence also has, lower first."""
    a_all = [t.key for t in a_tokens]
    b_all = [t.key for t in b_tokens]
    keys = {"all": (a_all, b_all),
            "content": ([t.key for t in a_tokens if not t.stop], [t.key for t in b_tokens if not t.stop])}
    out = []
    for words, n in OVERLAP_ORDERS:
        a_seq, b_seq = keys[words]
        if n == 1:
            a_grams, b_grams = set(a_seq), set(b_seq)
        else:
            a_grams = set(zip(*(a_seq[k:] for k in range(n))))
            b_grams = set(zip(*(b_seq[k:] for k in range(n))))
        shared = len(a_grams & b_grams)
        a_share = shared / len(a_grams) if a_grams else 0.0
        b_share = shared / len(b_grams) if b_grams else 0.0
        out.append((a_share, b_share) if a_share <= b_share else (b_share, a_share))
    return tuple(out)


def equivalence_probability(features: PairFeatures, weights=WEIGHTS) -> float:
    z = weights[0] + sum(w * x for w, x in zip(weights[1:], features.vector(), strict=True))
    return 1.0 / (1.0 + math.exp(-z))


def classify(features: PairFeatures, numbers: NumberLedger) -> str:
    if numbers.conflict or features.names_swapped:
        return "related"
    return "equivalent" if equivalence_probability(features) >= 0.5 else "related"
