"""Two short sentences one figure apart are linked, so the ledger can show the conflict (a QA pass
planted such pairs in invented reports: "sworn in on January 12" / "January 21" went unlinked, and
both were suggested single-source).  Sentences two figures apart, or long ones, score as before."""

from __future__ import annotations

import pytest

from reader.core import align
from reader.core.compare import compare
from reader.core.document import document_from_text

STORY_A = ("Varga won the presidential run-off by a narrow margin, the electoral commission said. "
           "Turnout was higher than in the first round, officials said. "
           "{changed} "
           "The opposition said it would not challenge the result in court.")
STORY_B = ("The electoral commission declared Varga the winner of the run-off. "
           "Officials said more voters took part than in the first round. "
           "{changed} "
           "Her rival's party will not take the result to court, a spokesman said.")


def linked_conflicts(sentence_a: str, sentence_b: str) -> list[tuple[str, str]]:
    comparison = compare(document_from_text(STORY_A.format(changed=sentence_a)),
                         document_from_text(STORY_B.format(changed=sentence_b)))
    return [(a.surface, b.surface) for link in comparison.links
            if comparison.a_sentences[link.a].text == sentence_a and comparison.b_sentences[link.b].text == sentence_b
            for a, b in link.numbers.conflict]


@pytest.mark.parametrize("sentence_a, sentence_b, conflict", [
    ("She will be sworn in on January 12.", "She is due to be sworn in on January 21.", ("January 12", "January 21")),
    ("The company has 10 days to lodge an appeal.", "The company has 15 days to lodge an appeal.",
     ("10 days", "15 days")),
    ("Turnout reached 61%.", "Turnout reached 64 per cent.", ("61%", "64 per cent")),
])
def test_short_sentences_one_figure_apart_are_linked_with_the_conflict(sentence_a, sentence_b, conflict):
    assert linked_conflicts(sentence_a, sentence_b) == [conflict]


def test_the_figure_left_out_is_one_per_side_of_one_kind():
    x = align._unit({"sworn": 1.0, "#date=12": 3.0})
    y = align._unit({"sworn": 1.0, "#date=13": 3.0})
    dot = x["sworn"] * y["sworn"]
    kinds_x, kinds_y = align._numbers_by_kind(x), align._numbers_by_kind(y)
    assert dot < align.MIN_SCORE  # the figure outweighs the word: once, no link
    assert align._one_figure_apart(dot, x, y, kinds_x, kinds_y) == pytest.approx(1.0)
    # Two figures apart on a side (a template filled in for another day) keep the plain cosine.
    x2 = align._unit({"sworn": 1.0, "#date=12": 2.0, "#date=14": 3.0})
    dot2 = x2["sworn"] * y["sworn"]
    assert align._one_figure_apart(dot2, x2, y, align._numbers_by_kind(x2), kinds_y) == dot2
    # Figures of different kinds are no one quantity told two ways.
    z = align._unit({"sworn": 1.0, "#percent=13": 3.0})
    dot3 = x["sworn"] * z["sworn"]
    assert align._one_figure_apart(dot3, x, z, kinds_x, align._numbers_by_kind(z)) == dot3


def test_a_sentence_keeps_the_partner_that_tells_its_figure():
    # Scored without their figures in the first round, "elected ... in 2016" / "re-elected in 2020"
    # outranked the sentence that tells the same election, and reported 2016 against 2020.
    comparison = compare(
        document_from_text("Bauer was elected mayor in 2016."),
        document_from_text("Bauer was elected mayor in 2016 with 52% of the vote, ending two decades of rule "
                           "by the conservatives. Bauer was re-elected in 2020."))
    linked = [comparison.b_sentences[link.b].text for link in comparison.links]
    assert linked == ["Bauer was elected mayor in 2016 with 52% of the vote, ending two decades of rule "
                      "by the conservatives."]
    assert not any(link.numbers.conflict for link in comparison.links)


def test_close_figures_count_as_shared_between_sentences_that_share_two_words():
    # "1,204,311 votes" and "about 1.2 million votes" are one figure told two ways.
    x = align._unit({"varga": 1.0, "vot": 1.0, "#count=1204311": 2.0, "#count=1036870": 2.0})
    y = align._unit({"varga": 1.0, "vot": 1.0, "#count=1200000.0": 2.0})
    plain = align._exact_scores({(0, 0)}, [x], [y])[(0, 0)]
    fx, fy = align._rounded_figures(x), align._rounded_figures(y)
    added = align._one_figure_rounded(x, y, fx, fy)
    assert added == pytest.approx(x["#count=1204311"] * y["#count=1200000.0"])
    assert plain == pytest.approx(x["varga"] * y["varga"] + x["vot"] * y["vot"] + added)
    assert align._one_figure_rounded(y, x, fy, fx) == pytest.approx(added)  # either way round
    far = align._unit({"varga": 1.0, "vot": 1.0, "#count=1250000.0": 2.0})  # 4% away: another figure
    assert align._one_figure_rounded(x, far, fx, align._rounded_figures(far)) == 0.0


def test_a_close_figure_and_one_shared_word_make_no_link():
    # A review found "Schools get £2.47bn." linked to "Hospitals get £2.45bn." with a false conflict.
    shared = "The budget was published on Monday by the finance ministry."
    for a, b in [("Schools get £2.47bn.", "Hospitals get £2.45bn."),
                 ("It employs 4,020 staff.", "It will cut 4,000 staff.")]:
        comparison = compare(document_from_text(f"{shared} {a}"), document_from_text(f"{shared} {b}"))
        assert [(link.a, link.b) for link in comparison.links] == [(0, 0)], (a, b)


def test_two_partners_one_figure_apart_alike_make_no_link():
    # A tie is no evidence: it linked "elected in 2016" to both and reported two false conflicts.
    comparison = compare(document_from_text("The mayor was elected in 2016."),
                         document_from_text("The mayor was elected in 2020. The mayor was elected in 2012."))
    assert comparison.links == ()


def test_a_shared_figure_lets_a_close_one_count_without_shared_words():
    # Nothing but figures in common: one told alike, one converted (42.195 km is 26.2 miles).
    x = align._unit({"record": 1.0, "runner": 1.0, "start": 1.0, "#count=38500": 2.0, "#length=42195": 2.0})
    y = align._unit({"athlet": 1.0, "set": 1.0, "cours": 1.0, "#count=38500": 2.0, "#length=42164.8128": 2.0})
    added = align._one_figure_rounded(x, y, align._rounded_figures(x), align._rounded_figures(y))
    assert added == pytest.approx(x["#length=42195"] * y["#length=42164.8128"])
