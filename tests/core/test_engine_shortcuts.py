"""The engine's shortcuts give what the long way gives: each spares work on the common case only."""

import difflib

from reader.core.ledger import _numbers_compared, compare_numbers
from reader.core.model import NumberLedger
from reader.core.numbers import find_numbers
from reader.core.relation import _negated, ngram_overlaps
from reader.core.terms import tokenize
from reader.core.worddiff import _compare_key, _compare_keys, _ordered_opcodes, diff_and_shape

SENTENCE = "The ＧＤＰ of Velto’s economy grew 3.5% in 2023, the ministry said on Tuesday."


def _tokens(text: str, offset: int = 0):
    return tokenize(text, offset, numbers=find_numbers(text, offset))


def test_compare_keys_are_each_tokens_compare_key():
    tokens = _tokens(SENTENCE + " Ｗｅ didn’t say 198-km, nor 'I won’t'.")
    assert _compare_keys(tokens) == [_compare_key(t) for t in tokens]


def test_the_same_words_diff_as_difflib_diffs_them():
    keys = _compare_keys(_tokens(SENTENCE))
    expected = difflib.SequenceMatcher(None, keys, list(keys), autojunk=False).get_opcodes()
    assert _ordered_opcodes(keys, list(keys)) == expected
    assert _ordered_opcodes([], []) == difflib.SequenceMatcher(None, [], [], autojunk=False).get_opcodes()


def test_a_sentence_run_twice_is_all_kept():
    diff, shape = diff_and_shape(_tokens(SENTENCE), _tokens(SENTENCE, offset=500))
    assert [span.op for span in diff] == ["equal"] and shape.ratio == 1.0 and shape.changes == 0


def test_two_sentences_without_figures_have_the_empty_ledger_the_long_way_gives():
    texts = ("Police said the union members voted to strike.", "Half past ten, the workers walked out.")
    assert compare_numbers([], [], texts=texts, offsets=(0, 100)) == NumberLedger()
    assert _numbers_compared([], [], texts, (0, 100)) == NumberLedger()


def test_negation_is_read_in_a_word_ending_in_nt_only():
    assert _negated(["he", "didn't", "go"]) and _negated(["she", "won’t"]) and _negated(["never"])
    assert not _negated(["don'tcha", "know"]) and not _negated(["the", "minister", "spoke"])


def _overlaps_the_long_way(a_tokens, b_tokens):
    out = []
    for content, n in ((False, 1), (False, 2), (False, 3), (False, 4), (True, 1), (True, 2)):
        a_seq = [t.key for t in a_tokens if not (content and t.stop)]
        b_seq = [t.key for t in b_tokens if not (content and t.stop)]
        a_grams = set(zip(*(a_seq[k:] for k in range(n))))
        b_grams = set(zip(*(b_seq[k:] for k in range(n))))
        shared = len(a_grams & b_grams)
        shares = (shared / len(a_grams) if a_grams else 0.0, shared / len(b_grams) if b_grams else 0.0)
        out.append(tuple(sorted(shares)))
    return tuple(out)


def test_ngram_overlaps_count_the_grams_of_each_order():
    a = _tokens("The ministry said the economy grew 3.5% in 2023 and the ministry said so again.")
    b = _tokens("The economy grew 3.5% in 2023, the ministry said.")
    assert ngram_overlaps(a, b) == _overlaps_the_long_way(a, b)
    assert ngram_overlaps(a, _tokens("Rain.")) == _overlaps_the_long_way(a, _tokens("Rain."))
