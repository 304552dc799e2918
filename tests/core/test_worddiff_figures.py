"""A figure that both sentences give, but in another order, is not shown as replaced by other words.

"3.17am local time (08:17 GMT)" / "0817 GMT (3:17 a.m. local time)" cross: a diff in order keeps
one of the two times and changes the other.  The changed one used to share a change with unrelated
words ("08:17 GMT), according to" / "on Tuesday, March 4"), which the window's tooltip read out as
what the other report says instead of the figure.  It now stands in a change of its own.  The diff
still covers both sentences in order, stays the mirror image of the one from B to A, and keeps the
measured shape the relation model reads."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.terms import tokenize
from reader.core.worddiff import diff_and_shape, word_diff

QUAKE_A = ("The magnitude 6.8 quake hit at 3.17am local time (08:17 GMT), according to the Geophysical "
           "Institute of Peru.")
QUAKE_B = ("The quake struck at 0817 GMT (3:17 a.m. local time) on Tuesday, March 4, the Geophysical "
           "Institute of Peru said.")
RESCUE_A = "Rosa Quispe, 71, was pulled alive from the rubble of her home in Chuquibamba after 19 hours."
RESCUE_B = ("In Chuquibamba, rescuers pulled 19 people alive from the rubble of collapsed houses, including a "
            "71-year-old woman.")
UNION_A = "The AFL-CIO is waiting until October to decide if it will endorse a candidate."
UNION_B = ("The AFL-CIO announced Wednesday that it will decide in October whether to endorse a candidate "
           "before the primaries.")
CROSSING_PAIRS = [(QUAKE_A, QUAKE_B), (RESCUE_A, RESCUE_B), (UNION_A, UNION_B)]


def _changes(a: str, b: str) -> list[tuple[str, str, str]]:
    """(op, A's words, B's words) of every change of the diff from ``a`` to ``b``."""
    return [(span.op, a[span.a_start:span.a_end], b[span.b_start:span.b_end])
            for span in word_diff(tokenize(a), tokenize(b)) if span.op != "equal"]


def _change_holding(changes, side: int, words: str) -> tuple[str, str, str]:
    return next(change for change in changes if words in change[side])


def test_a_time_given_in_another_order_is_not_paired_with_other_words():
    changes = _changes(QUAKE_A, QUAKE_B)
    assert _change_holding(changes, 1, "08:17 GMT") == ("delete", "08:17 GMT", "")
    assert _change_holding(changes, 2, "0817 GMT") == ("insert", "", "0817 GMT")


def test_the_words_around_the_moved_time_still_pair_with_each_other():
    changes = _changes(QUAKE_A, QUAKE_B)
    assert ("replace", "hit at", "struck at") in changes
    assert ("replace", "according to", "on Tuesday, March 4") in changes


def test_an_age_given_in_another_order_is_not_paired_with_other_words():
    changes = _changes(RESCUE_A, RESCUE_B)
    assert _change_holding(changes, 1, "71")[2] == ""
    assert _change_holding(changes, 2, "71-year-old")[1] == ""
    assert ("replace", "Rosa Quispe", "In Chuquibamba, rescuers") in changes


def test_a_month_both_sides_of_one_folded_change_give_is_kept():
    # "it will" is kept by difflib across "October"; folded away, the month can be kept instead.
    spans = word_diff(tokenize(UNION_A), tokenize(UNION_B))
    kept = [(UNION_A[span.a_start:span.a_end], UNION_B[span.b_start:span.b_end]) for span in spans
            if span.op == "equal"]
    assert ("October", "October") in kept
    assert ("replace", "is waiting until", "announced Wednesday that it will decide in") in _changes(UNION_A, UNION_B)


@pytest.mark.parametrize(("a", "b"), CROSSING_PAIRS)
def test_the_diff_covers_both_sentences_in_order(a, b):
    spans = word_diff(tokenize(a), tokenize(b))
    for starts, ends, text in (("a_start", "a_end", a), ("b_start", "b_end", b)):
        words = tokenize(text)
        cursor = words[0].start
        for span in spans:
            assert getattr(span, starts) >= cursor
            cursor = getattr(span, ends)
        assert cursor == words[-1].end
        covered = {i for span in spans for i, word in enumerate(words)
                   if getattr(span, starts) <= word.start and word.end <= getattr(span, ends)}
        assert covered == set(range(len(words)))


@pytest.mark.parametrize(("a", "b"), CROSSING_PAIRS)
def test_the_diff_is_the_mirror_image_whichever_report_is_a(a, b):
    flipped = {"insert": "delete", "delete": "insert", "replace": "replace", "equal": "equal"}
    forward = [(span.op, span.a_start, span.a_end, span.b_start, span.b_end)
               for span in word_diff(tokenize(a), tokenize(b))]
    backward = [(flipped[span.op], span.b_start, span.b_end, span.a_start, span.a_end)
                for span in word_diff(tokenize(b), tokenize(a))]
    assert forward == backward


@pytest.mark.parametrize(("a", "b"), [(QUAKE_A, QUAKE_B), (RESCUE_A, RESCUE_B)])
def test_the_shape_counts_the_changes_difflib_found(a, b):
    # The relation model was fitted on difflib's changes: the figure taken apart adds none.
    tokens_a, tokens_b = tokenize(a), tokenize(b)
    spans, shape = diff_and_shape(tokens_a, tokens_b)
    assert shape.changes < sum(span.op != "equal" for span in spans)


def test_the_linked_pair_in_a_comparison_shows_the_moved_time_alone():
    comparison = compare(document_from_text(f"Quake in Peru\n\n{QUAKE_A}\n"),
                         document_from_text(f"Quake in Peru\n\n{QUAKE_B}\n"))
    a_text, b_text = comparison.a.text, comparison.b.text
    link = next(link for link in comparison.links if "08:17" in comparison.a_sentences[link.a].text)
    for span in link.diff:
        if "08:17" in a_text[span.a_start:span.a_end]:
            assert (span.op, b_text[span.b_start:span.b_end]) == ("delete", "")
