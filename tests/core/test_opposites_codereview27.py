"""Two rules of claims turned round in other words, narrowed after code review 27 (its cases o1-o3).  "no plans
to close the library" is not denied by "The library closed early on Wednesday because of the storm": a closing
for the day, with a cause of its own, is not the closure the plan would be; the deed told ahead ("will close on
Friday") or done for good still turns the claim.  "alone" after a place or a period stresses it ("In Texas alone,
more than 40 people died", "Sales in London alone rose 5%"); after a thing told with "with" or as the doer ("The
rover alone collected the samples") it still says nothing else took part."""

from __future__ import annotations

import pytest
from claim_turns import turned

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import INTENDED_ONLY, link_notes
from reader.core.suggest import suggest

# -- "no plans to" against a deed of a day or a cause ----------------------------------------------------------------

NO_PLANS = "The council said it had no plans to close the library."


@pytest.mark.parametrize("b", [
    "The library closed early on Wednesday because of the storm, the council said.",  # review 27, case o2
    "The library closed early, the council said.",  # closed for part of a day
    "The library closed temporarily due to flooding.",  # for a while, with a cause
    "The library was closed for the day after a burst pipe.",
])
def test_a_deed_of_a_passing_cause_or_while_does_not_deny_the_plan(b):
    assert not turned(NO_PLANS, b) and not turned(b, NO_PLANS)


def test_a_deed_dated_to_a_day_denies_the_plan_only_when_told_ahead():
    past = "The library closed on Wednesday, the council said."
    ahead = "The library will close on Wednesday, the council said."
    assert not turned(NO_PLANS, past) and not turned(past, NO_PLANS)
    assert turned(NO_PLANS, ahead) and turned(ahead, NO_PLANS)


def test_due_to_before_the_deed_tells_it_ahead_and_after_it_a_cause():
    assert turned(NO_PLANS, "The library is due to close next month.")
    assert not turned(NO_PLANS, "The library closed due to a staff shortage.")


def _story(test_a: str, test_b: str, title: str, context: list[str], closing: str):
    a = "\n\n".join([title, *context, test_a, closing]) + "\n"
    b = "\n\n".join([title, *context, test_b, closing]) + "\n"
    comparison = compare(document_from_text(a), document_from_text(b))
    at = len(context) + 1  # the title is sentence 0
    (link,) = [link for link in comparison.links if link.a == at and link.b == at]
    return comparison, link, at


def test_a_closing_for_the_storm_gets_no_negated_note_and_no_dispute():
    comparison, link, at = _story(
        NO_PLANS, "The library closed early on Wednesday because of the storm, the council said.", "Library future",
        ["The council voted on its budget for the coming year at a meeting on Wednesday night.",
         "Several residents spoke in favour of keeping local services open."],
        "The budget will be reviewed again in the spring.")
    assert [note.kind for note in link_notes(comparison, link)] == [INTENDED_ONLY]
    assert suggest(comparison, "a")[at].suggested is None and suggest(comparison, "b")[at].suggested is None


# -- a place or a period alone ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("In Texas alone, more than 40 people died.", "In Texas and Louisiana, more than 40 people died."),  # case o1
    ("Sales in London alone rose 5% on the year.", "Sales in London and Manchester rose 5% on the year."),  # o3
    ("Across Europe alone, 300 flights were cancelled.", "Across Europe and Asia, 300 flights were cancelled."),
    ("In March alone, more than 40 people died.", "In March and April, more than 40 people died."),
    ("Last year alone, the firm hired 300 people.", "Last year and this year, the firm hired 300 people."),
])
def test_alone_after_a_place_or_a_period_only_stresses_it(a, b):
    assert not turned(a, b) and not turned(b, a)


def test_a_doer_alone_still_turns_where_its_place_alone_does_not():
    assert turned("The rover alone collected the samples.", "The rover and the helicopter collected the samples.")
    assert not turned("In Texas alone, the rover collected samples.", "In Texas and Utah, the rover collected samples.")


def test_a_state_alone_against_two_states_stays_one_claim_and_corroborated():
    comparison, link, at = _story(
        "In Texas alone, more than 40 people died.", "In Texas and Louisiana, more than 40 people died.",
        "Floods kill dozens",
        ["Torrential rain caused rivers to burst their banks across the region over the weekend.",
         "Thousands of homes were left without electricity."],
        "Forecasters warned of more rain later in the week.")
    assert link.relation == "equivalent"
    assert suggest(comparison, "a")[at].suggested == "corroborated"
    assert suggest(comparison, "b")[at].suggested == "corroborated"
