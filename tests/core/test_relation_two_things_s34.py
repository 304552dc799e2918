"""From the ledger mends of CLI QA passes 28 and 29: when the ledger reads two figures of one kind and one thing as
two things' (two periods, a deed and its undoing, two ranked items) and compares neither, the two sentences tell
two things alike: the link is related, and corroborates nothing.  Figures the ledger compares, or of two kinds,
leave the relation to the model."""

from __future__ import annotations

from anchored_pairs import link_of

from reader.core.suggest import CORROBORATED, suggest


def _assert_two_claims(a: str, b: str) -> None:
    comparison, link = link_of(a, b)
    assert not link.numbers.conflict, "the ledger sets the figures apart: no conflict"
    assert link.relation == "related"
    assert suggest(comparison, "a")[link.a].suggested != CORROBORATED
    assert suggest(comparison, "b")[link.b].suggested != CORROBORATED


def test_strandings_of_two_periods_are_two_claims():
    _assert_two_claims("Last year, 56 pilot whales stranded at Ōhiwa Harbour in the Bay of Plenty.",
                       "Last month, nine pilot whales stranded at the Kaipara Harbour north of Auckland.")


def test_a_lockdown_and_its_lifting_are_two_claims():
    _assert_two_claims("The prison was placed on lockdown Sunday.", "The prison's lockdown was lifted Tuesday.")


def test_one_stranding_told_alike_is_one_claim():
    _, link = link_of("Last year, 56 pilot whales stranded at Ōhiwa Harbour in the Bay of Plenty.",
                      "Last year 56 pilot whales stranded at Ohiwa Harbour, in the Bay of Plenty.")
    assert link.relation == "equivalent"


def test_figures_of_two_things_of_two_kinds_leave_it_to_the_model():
    _, link = link_of("Volunteers kept 48 whales wet through the night at Farewell Spit.",
                      "Volunteers kept the whales wet through the night at Farewell Spit with 300 buckets.")
    assert link.numbers.only_a and link.numbers.only_b
    assert link.relation == "equivalent"
