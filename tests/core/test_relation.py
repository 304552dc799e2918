"""The relation model: equivalent (same claim) vs related (differs in substance)."""

from __future__ import annotations

from reader.core import align, relation
from reader.core.ledger import compare_numbers
from reader.core.numbers import find_numbers
from reader.core.terms import content_terms, tokenize
from reader.core.worddiff import diff_and_shape


def _judge(a: str, b: str, extra: tuple[str, ...] = ()):
    """Features and relation of two sentences, weighted inside a small story."""
    texts = [a, b, *extra]
    numbers = [find_numbers(t) for t in texts]
    tokens = [tokenize(t, 0, n) for t, n in zip(texts, numbers)]
    terms = [content_terms(t) for t in tokens]
    scores, wa, wb = align.score_candidates([terms[0], *terms[2:]], [terms[1]])
    ledger = compare_numbers(numbers[0], numbers[1])
    _, shape = diff_and_shape(tokens[0], tokens[1])
    features = relation.pair_features(align.cosine(wa[0], wb[0]), wa[0], wb[0], tokens[0], tokens[1],
                                      ledger, shape)
    return features, relation.classify(features, ledger)


FILLER = ("The weather in Oslo was cold.", "Officials met in Brussels on Tuesday.",
          "A new bridge opened in the city.")


def test_weights_match_the_features():
    assert len(relation.WEIGHTS) == len(relation.FEATURE_NAMES) + 1
    features, _ = _judge("The court fined the company.", "The company was fined by the court.", FILLER)
    assert len(features.vector()) == len(relation.FEATURE_NAMES)


def test_a_restatement_is_equivalent():
    _, rel = _judge("The commander fled across the border to Norway.",
                    "The commander fled across the border to Norway.", FILLER)
    assert rel == "equivalent"


def test_a_number_conflict_is_related():
    _, rel = _judge("He crossed the border in November.", "He crossed the border in December.", FILLER)
    assert rel == "related"


def test_negation_on_one_side_lowers_equivalence():
    same, _ = _judge("The lawyer confirmed the asylum request.", "The lawyer confirmed the asylum request.", FILLER)
    negated, _ = _judge("The lawyer confirmed the asylum request.", "The lawyer did not confirm the asylum request.", FILLER)
    assert negated.negation_differs and not same.negation_differs
    assert relation.equivalence_probability(negated) < relation.equivalence_probability(same)


def test_an_added_claim_lowers_equivalence():
    short, _ = _judge("The lawyer confirmed the asylum request.", "The lawyer confirmed the asylum request.", FILLER)
    longer, _ = _judge("The lawyer confirmed the asylum request.",
                       "The lawyer confirmed the asylum request and said police questioned him about smuggling weapons.",
                       FILLER)
    assert longer.only_b > short.only_b
    assert relation.equivalence_probability(longer) < relation.equivalence_probability(short)


def test_ngram_overlaps_see_phrases_not_just_words():
    def overlaps(a: str, b: str) -> dict[tuple[str, int], tuple[float, float]]:
        return dict(zip(relation.OVERLAP_ORDERS, relation.ngram_overlaps(tokenize(a), tokenize(b))))

    same = overlaps("The lawyer confirmed the asylum request.", "The lawyer confirmed the asylum request.")
    assert all(shares == (1.0, 1.0) for shares in same.values())
    # The same words in another order: every word is shared, few phrases are.
    shuffled = overlaps("The lawyer confirmed the asylum request.", "The asylum request, the lawyer confirmed.")
    assert shuffled[("all", 1)] == (1.0, 1.0)
    assert shuffled[("all", 4)][1] < 0.5
    # Inflections and number spellings are the same word: keys, not surfaces, are compared.
    folded = overlaps("He crossed a 198-km border.", "He crosses a 198 kilometers border.")
    assert folded[("content", 2)] == (1.0, 1.0)
    # The shorter sentence is wholly inside the longer one: low share first.
    low, high = overlaps("Police detained him.", "Police detained him near the border on Friday.")[("all", 3)]
    assert high == 1.0 and 0 < low < 1
    assert overlaps("Police detained him.", "Snow fell in Oslo.")[("content", 1)] == (0.0, 0.0)


def test_diff_shape_tells_an_added_clause_from_scattered_edits():
    def shape(a: str, b: str):
        return diff_and_shape(tokenize(a), tokenize(b))[1]

    same = shape("Police detained him near the border.", "Police detained him near the border.")
    assert same.changes == 0 and same.ratio == 1.0 and same.longest_kept == 1.0
    reworded = shape("Police detained him near the border on Friday.",
                     "Officers detained him close to the border on Friday.")
    added = shape("Police detained him near the border on Friday.",
                  "Police detained him near the border on Friday after a farmer saw him crossing a frozen lake.")
    assert reworded.changes == 2 and reworded.largest_change_high == 2
    assert added.changes == 1 and added.largest_change_low == 0 and added.largest_change_high == 9
    assert added.longest_kept == 1.0 > reworded.longest_kept


# Two names around one verb, in the opposite order: the same words, another claim.  The names
# appear again after the pair, as in a real article, so that the opening one reads as a name.
NAMES_AGAIN = " Medvedev and Osechkin spoke later. Arsenal and Chelsea left. Putin and Biden left. Reuters left."


def _relation_of_first_link(a: str, b: str) -> str:
    from reader.core.compare import compare
    from reader.core.document import document_from_text

    comparison = compare(document_from_text(a + NAMES_AGAIN), document_from_text(b + NAMES_AGAIN))
    return next(link.relation for link in comparison.links if link.a == 0 and link.b == 0)


def test_names_that_trade_places_around_a_verb_are_related_not_equivalent():
    assert _relation_of_first_link("Arsenal beat Chelsea 3-1 on Sunday at the Emirates Stadium.",
                                   "Chelsea beat Arsenal 3-1 on Sunday at the Emirates Stadium.") == "related"
    assert _relation_of_first_link("Medvedev told CNN that Osechkin had helped him escape.",
                                   "Osechkin told CNN that Medvedev had helped him escape.") == "related"


def test_names_that_move_without_trading_roles_stay_equivalent():
    # a verb that works both ways; a passive; the two names joined by "and"
    assert _relation_of_first_link("Putin met Biden in Geneva on Wednesday for talks.",
                                   "Biden met Putin in Geneva on Wednesday for talks.") == "equivalent"
    assert _relation_of_first_link("Reuters quoted Medvedev as saying he feared for his life.",
                                   "Medvedev was quoted by Reuters as saying he feared for his life.") == "equivalent"
    assert _relation_of_first_link("Arsenal and Chelsea signed the deal in Paris on Monday.",
                                   "Chelsea and Arsenal signed the deal in Paris on Monday.") == "equivalent"
    assert _relation_of_first_link("Putin exchanged prisoners with Biden in Geneva on Monday.",
                                   "Biden exchanged prisoners with Putin in Geneva on Monday.") == "equivalent"
