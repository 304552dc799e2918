"""A sentence that tells nothing but a figure ("She was 86.") has no term but the figure, so two reports
giving two values share nothing and were never linked: in edited copies of an obituary, "She was 86." /
"She was 89." went unreported (eval_changed_numbers.py: 12 -> 7 missed alarms, none false).  The same
words around the figure pair them; the ledger shows the conflict."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.numbers import find_numbers
from reader.core.terms import figure_frame, tokenize

OBITUARY_A = ("Judge Ellen Marsh, who sat on the county bench for two decades, died on Sunday at her home in "
              "Norfolk. {age} Marsh was the first woman elected to the bench in the county. "
              "She is survived by her husband and three children.")
OBITUARY_B = ("Retired county judge Ellen Marsh died at home in Norfolk on Sunday, her family said. "
              "Marsh became the county's first elected woman judge. {age} "
              "Her husband and three children survive her.")


def frame(sentence: str):
    return figure_frame(tokenize(sentence, 0, numbers=find_numbers(sentence)))


def links_of(text_a: str, text_b: str):
    comparison = compare(document_from_text(text_a), document_from_text(text_b))
    return [(comparison.a_sentences[link.a].text, comparison.b_sentences[link.b].text,
             [(x.surface, y.surface) for x, y in link.numbers.conflict]) for link in comparison.links]


def test_two_ages_in_the_same_words_are_linked_with_the_conflict():
    links = links_of(OBITUARY_A.format(age="She was 86."), OBITUARY_B.format(age="She was 89."))
    assert ("She was 86.", "She was 89.", [("86", "89")]) in links


def test_the_words_around_the_figure_must_be_the_same():
    links = links_of(OBITUARY_A.format(age="She was 86."), OBITUARY_B.format(age="He turned 89."))
    assert not [link for link in links if "86" in link[0]]


def test_a_frame_told_twice_on_one_side_pairs_nothing():
    # Two people's ages: which of "She was 86." and "She was 61." answers "She was 89." the words do not say.
    text_a = OBITUARY_A.format(age="She was 86.") + " Her sister, Ruth, also a lawyer, died last year. She was 61."
    links = links_of(text_a, OBITUARY_B.format(age="She was 89."))
    assert not [link for link in links if link[1] == "She was 89."]


def test_only_a_sentence_of_figures_and_function_words_has_a_frame():
    assert frame("She was 86.") == ("she", "was", "#count")
    assert frame("I was 25 once.") == ("i", "was", "#count", "once")
    assert frame("Marsh was 86.") is None  # a name is a term of its own: the aligner weighs it
    assert frame("21+.") is None  # no words around the figure: nothing says what it counts
    assert frame("She was there.") is None  # no figure
