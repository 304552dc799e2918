"""A claim told in another order: one outlet takes the verb out of one place and the other puts its
opposite in at another ("Organisers [called off] the festival" / "The festival [went ahead] ...,
organisers said").  The diff keeps what the verbs act on between them, so neither change is the other's;
read together they turn the claim round, the note quotes the two verbs and the suggestion is disputed."""

from __future__ import annotations

import pytest
from claim_turns import turned

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import SAYS_THE_OPPOSITE, link_notes
from reader.core.suggest import DISPUTED, suggest

REORDERED_OPPOSITES = [
    ("Organisers called off the annual harbour festival on Saturday because of the storm warning.",
     "The annual harbour festival went ahead on Saturday despite the storm warning, organisers said.",
     "called off", "went ahead"),
    ("The council approved the plan for a new bridge across the river on Tuesday.",
     "The plan for a new bridge across the river was rejected by the council on Tuesday.",
     "approved", "was rejected by"),
    ("Regulators blocked the takeover of Halden Foods by a rival grocer last month.",
     "The takeover of Halden Foods by a rival grocer was cleared by regulators last month.",
     "blocked", "was cleared"),
]


@pytest.mark.parametrize("a, b, _a_verb, _b_verb", REORDERED_OPPOSITES)
def test_a_verb_taken_out_and_its_opposite_put_in_elsewhere_turns_the_claim_round(a, b, _a_verb, _b_verb):
    assert turned(a, b) and turned(b, a)


@pytest.mark.parametrize("a, b", [
    ("Organisers called off the annual harbour festival on Saturday because of the storm warning.",
     "The annual harbour festival was cancelled on Saturday because of the storm warning, organisers said."),
    ("The council approved the plan for a new bridge across the river on Tuesday.",
     "The plan for a new bridge across the river was approved by the council on Tuesday."),
    # Both verbs on both sides, only moved: nothing turned.
    ("Shares rose in early trading before they fell back on the news from the central bank.",
     "On the news from the central bank shares fell back, though they rose in early trading."),
])
def test_the_same_verb_or_a_moved_one_told_in_another_order_turns_nothing(a, b):
    assert not turned(a, b) and not turned(b, a)


@pytest.mark.parametrize("a, b, a_verb, b_verb", REORDERED_OPPOSITES)
def test_the_note_quotes_the_two_verbs_and_the_claim_is_suggested_disputed(a, b, a_verb, b_verb):
    comparison = compare(document_from_text(f"Report\n\n{a}\n"), document_from_text(f"Report\n\n{b}\n"))
    (link,) = comparison.links
    assert link.relation == "related"
    notes = [(note.kind, note.a, note.b) for note in link_notes(comparison, link)]
    assert (SAYS_THE_OPPOSITE, a_verb, b_verb) in notes
    assert suggest(comparison, "a")[link.a].suggested == DISPUTED


def test_a_verb_inside_a_rewritten_clause_against_its_opposite_put_in_elsewhere_turns_the_claim_round():
    # A's change is a replacement ("Bekele led from the start and" / "but"), B's opposite put in before it
    a = "In the women's race, Bekele led from the start and won comfortably."
    b = "Bekele trailed from the start in the women's race but won comfortably."
    assert turned(a, b) and turned(b, a)
    comparison = compare(document_from_text(f"Report\n\n{a}\n"), document_from_text(f"Report\n\n{b}\n"))
    (link,) = comparison.links
    assert [(note.kind, note.a, note.b) for note in link_notes(comparison, link)] == [
        (SAYS_THE_OPPOSITE, "led", "trailed")]


def test_a_record_broken_against_one_missed_turns_the_claim_round():
    assert turned("Kiprono broke the course record, which had stood since 2019.",
                  "Kiprono missed the course record, which has stood since 2019.")


@pytest.mark.parametrize("a, b, a_words, b_words", [
    ("The council's emergency phone lines were unaffected, and social workers could still reach clients, "
     "the council said.",
     "The council's emergency phone lines were knocked out for several hours on Saturday, the council said.",
     "unaffected", "knocked out"),
    ("The hatch to the module has been sealed to slow the loss of air.",
     "The hatch to the module remains open so that crew can monitor the crack.",
     "has been sealed", "remains open"),
])
def test_the_opposite_of_a_longer_run_is_quoted_without_the_clause_it_goes_on_with(a, b, a_words, b_words):
    # Told between two sentences both reports share, as in a page: the pair's own words are then rarer
    around = "Police said the investigation was continuing on Friday evening.\n\n{}\n\nNobody else was hurt.\n"
    comparison = compare(document_from_text(around.format(a)), document_from_text(around.format(b)))
    link = next(link for link in comparison.links if link.a == 1 and link.b == 1)
    assert (SAYS_THE_OPPOSITE, a_words, b_words) in [(n.kind, n.a, n.b) for n in link_notes(comparison, link)]
