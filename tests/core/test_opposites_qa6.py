"""Claims turned round by a negating prefix ("profitable" / "unprofitable", "allowed to stand" /
"disallowed", "legal" / "illegal") or by a pair of opposite verbs the list lacked ("restored" / "cut",
"increase" / "reduce"): the link is related and the report says the opposite.  Letters that only look
like a prefix ("uniform", "discover", "understand", "inform") turn nothing round.  And "appear to" after
a modal other than "will" or after "do" is a hedge again ("would appear to show", "did not appear to
brake"), while an appearance in court is none."""

from __future__ import annotations

import pytest

from reader.core.opposites import are_opposites
from reader.core.relation import seems_so
from report_lines import aligned_block, report_of_sentences


# -- a negating prefix ------------------------------------------------------------------------------

@pytest.mark.parametrize("one, other", [
    ("profitable", "unprofitable"), ("allowed", "disallowed"), ("lawful", "unlawful"), ("legal", "illegal"),
    ("honest", "dishonest"), ("able", "unable"), ("known", "unknown"), ("regular", "irregular"),
    ("possible", "impossible"), ("accurate", "inaccurate"), ("qualified", "disqualified"), ("armed", "unarmed"),
    ("valid", "invalid"), ("obeyed", "disobeyed"), ("binding", "nonbinding"), ("confirmed", "unconfirmed"),
])
def test_a_word_and_the_word_with_a_negating_prefix_are_opposites(one, other):
    assert are_opposites(one, other)
    assert are_opposites(other, one)


@pytest.mark.parametrize("one, other", [
    ("form", "uniform"), ("stand", "understand"), ("covered", "discovered"), ("closed", "disclosed"),
    ("missed", "dismissed"), ("played", "displayed"), ("form", "inform"), ("tend", "intend"), ("come", "income"),
    ("press", "impress"), ("prove", "improve"), ("port", "import"), ("appointed", "disappointed"),
    ("ease", "disease"), ("migrant", "immigrant"), ("flammable", "inflammable"), ("valuable", "invaluable"),
    ("sure", "insure"), ("stall", "install"), ("vent", "invent"), ("stead", "instead"),
])
def test_letters_that_only_look_like_a_negating_prefix_make_no_opposites(one, other):
    assert not are_opposites(one, other)
    assert not are_opposites(other, one)


@pytest.mark.parametrize("one, other", [
    ("restored", "cut"), ("restored", "lost"), ("increase", "reduce"), ("increased", "cut"), ("raised", "lowered"),
    ("raise", "reduce"), ("rose", "fell"),
])
def test_verbs_of_opposite_direction_are_opposites(one, other):
    assert are_opposites(one, other)
    assert are_opposites(other, one)


@pytest.mark.parametrize("one, other", [("cut", "reduced"), ("lowered", "cut"), ("raised", "increased"),
                                        ("restored", "reconnected")])
def test_two_verbs_of_one_direction_are_no_opposites(one, other):
    assert not are_opposites(one, other)


@pytest.mark.parametrize("a, b, line", [
    ("The union said the tile plant in Dunmore was profitable last year, before the orders fell away.",
     "The union said the tile plant in Dunmore was unprofitable last year, before the orders fell away.",
     'says the opposite: "profitable" (A) vs "unprofitable" (B)'),
    ("The second goal was allowed to stand after a long VAR check for offside on the striker.",
     "The second goal was disallowed after a long VAR check for offside on the striker.",
     'says the opposite: "allowed to stand" (A) vs "disallowed" (B)'),
    ("The tribunal found that the dismissal of the four drivers was lawful under the contract.",
     "The tribunal found that the dismissal of the four drivers was unlawful under the contract.",
     'says the opposite: "lawful" (A) vs "unlawful" (B)'),
    ("Electricity was restored to most of the northern suburbs by the evening, the grid operator said.",
     "Electricity was cut to most of the northern suburbs by the evening, the grid operator said.",
     'says the opposite: "restored" (A) vs "cut" (B)'),
    ("The health board said it would increase the number of agency nurses on its wards during the strike.",
     "The health board said it would reduce the number of agency nurses on its wards during the strike.",
     'says the opposite: "increase" (A) vs "reduce" (B)'),
    ("The council voted to raise the speed limit on the coast road after the consultation.",
     "The council voted to lower the speed limit on the coast road after the consultation.",
     'says the opposite: "raise" (A) vs "lower" (B)'),
])
def test_a_claim_turned_round_by_a_prefix_or_an_opposite_verb_is_related_and_said(a, b, line):
    block = aligned_block(report_of_sentences(a, b))
    assert "related" in block[0] and "corroborated" not in block[0]
    assert line in block


def test_a_prefix_written_apart_negates_the_claim():
    block = aligned_block(report_of_sentences("The assembly passed a binding resolution on the future of the harbour on Monday.",
                           "The assembly passed a non-binding resolution on the future of the harbour on Monday."))
    assert "related" in block[0] and "corroborated" not in block[0]
    assert 'negated only in B: "non"' in block


@pytest.mark.parametrize("a, b", [
    ("Police said they had covered the body of the man found near the canal on Sunday morning.",
     "Police said they had discovered the body of the man found near the canal on Sunday morning."),
    ("The company closed the sale of its shipping arm to a Danish group for an undisclosed sum.",
     "The company disclosed the sale of its shipping arm to a Danish group for an undisclosed sum."),
    ("The ministry will form the committee that reviews the airport plans next month.",
     "The ministry will inform the committee that reviews the airport plans next month."),
])
def test_a_word_swapped_for_a_look_alike_with_prefix_letters_says_no_opposite(a, b):
    assert not any(line.startswith("says the opposite") for line in aligned_block(report_of_sentences(a, b)))


# -- "appear to" after a modal or "do" --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Footage of the landing would appear to show the plane touching down too fast.",
    "The figures could appear to suggest a slowdown in hiring.",
    "The driver did not appear to brake before the junction.",
    "The driver didn't appear to brake before the junction.",
    "The report might appear to confirm the earlier findings.",
])
def test_appear_to_after_a_modal_or_do_is_a_claim_inferred(text):
    words = [word.strip(".,") for word in text.split()]
    at = words.index("appear")
    assert seems_so(words, at)


@pytest.mark.parametrize("text", [
    "The two men will appear before magistrates in Leeds on Monday.",
    "The chief executive will appear to answer questions from the committee on Tuesday.",
    "She was ordered not to appear to give evidence until the inquiry resumed.",
    "He appeared in court on Friday charged with fraud.",
])
def test_an_appearance_in_court_or_before_a_committee_is_no_claim_inferred(text):
    words = [word.strip(".,") for word in text.split()]
    at = next(k for k, word in enumerate(words) if word.startswith("appear"))
    assert not seems_so(words, at)


@pytest.mark.parametrize("a, b, line", [
    ("Footage of the landing would appear to show the plane touching down too fast, the operator said.",
     "Footage of the landing shows the plane touching down too fast, the operator said.",
     'hedged only in A: "would appear to show"'),
    ("The driver of the lorry did not appear to brake before the junction, the police said on Monday.",
     "The driver of the lorry did not brake before the junction, the police said on Monday.",
     'hedged only in A: "appear to"'),
])
def test_a_claim_only_inferred_after_a_modal_is_hedged_and_related(a, b, line):
    block = aligned_block(report_of_sentences(a, b))
    assert "related" in block[0] and "corroborated" not in block[0]
    assert line in block

