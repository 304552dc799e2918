"""A plan called off against a plan called off in other words, and a word negated of another thing, turn no claim
round: "withdrew its bid" / "dropped its bid" and "halted the project" / "abandoned the project" tell one call-off,
and "a burst pipe had flooded the cellar" / "the pipe had flooded the cellar, though the boiler had not burst"
negates the bursting of something else.  A plan told going ahead ("approved plans for", "pressed ahead with")
against one called off, and a word negated of the very thing it qualifies on the other side, still do."""

from __future__ import annotations

import pytest
from claim_turns import link_after_shared, turned

from reader.core.link_notes import link_notes
from reader.core.suggest import CORROBORATED, DISPUTED, suggest

CALLED_OFF_ALIKE = [
    # Each verb of the call-off list against a verb that stops or refuses the plan as well.
    ("The club withdrew its bid for the striker on Friday night.",
     "The club dropped its bid for the striker on Friday night."),
    ("The council halted the project after protests from residents.",
     "The council abandoned the project after protests from residents."),
    ("The council put its plans for the bypass on hold after the protests.",
     "The council shelved its plans for the bypass after the protests."),
    ("The minister killed off the proposal after the protests.",
     "The minister scrapped the proposal after the protests."),
    ("The government rejected the proposals for a new runway at Heathrow.",
     "The government ruled out the proposals for a new runway at Heathrow."),
    ("The council froze the scheme after the protests from residents.",
     "The council ditched the scheme after the protests from residents."),
    # A verb with a particle that stops or refuses the plan.
    ("The council backed down on its plans for the bypass after the protests.",
     "The council dropped its plans for the bypass after the protests."),
    ("The council voted down the proposal for the bypass after the protests.",
     "The council scrapped the proposal for the bypass after the protests."),
    # A verb told ahead that still stops the plan: "would withdraw" is no plan going ahead.
    ("The club said it would withdraw its bid for the striker.", "The club has dropped its bid for the striker."),
    ("The council said it would put its plans for the bypass on hold.", "The council shelved its plans for the bypass."),
]


@pytest.mark.parametrize("a, b", CALLED_OFF_ALIKE)
def test_a_plan_called_off_in_other_words_turns_nothing_round(a, b):
    assert not turned(a, b) and not turned(b, a)


@pytest.mark.parametrize("a, b", CALLED_OFF_ALIKE[:5])
def test_a_plan_called_off_in_other_words_is_corroborated(a, b):
    comparison, link = link_after_shared(a, b)
    assert link.relation == "equivalent"
    assert not link_notes(comparison, link)
    assert suggest(comparison, "a")[link.a].suggested == CORROBORATED


GOING_AHEAD_AND_CALLED_OFF = [
    ("The council approved plans for the bypass after the protests.",
     "The council scrapped plans for the bypass after the protests."),
    ("The council unveiled plans for a new library on the site.",
     "The council has shelved plans for a new library on the site."),
    ("The firm pressed ahead with the project after the protests.",
     "The firm abandoned the project after the protests."),
    ("The club said it would make a bid for the striker.", "The club has dropped its bid for the striker."),
    ("The council backed the proposal for the bypass after the protests.",
     "The council scrapped the proposal for the bypass after the protests."),
]


@pytest.mark.parametrize("a, b", GOING_AHEAD_AND_CALLED_OFF)
def test_a_plan_going_ahead_against_one_called_off_is_disputed(a, b):
    assert turned(a, b) and turned(b, a)
    comparison, link = link_after_shared(a, b)
    assert link.relation == "related"
    assert suggest(comparison, "b")[link.b].suggested == DISPUTED


_BURST_PIPE = "Engineers said a burst pipe had flooded the basement of the library on Monday."
_BOILER_NOT_BURST = ("Engineers said the pipe had flooded the basement of the library on Monday, though the boiler "
                     "had not burst.")


@pytest.mark.parametrize("a, b", [
    (_BURST_PIPE, _BOILER_NOT_BURST),
    ("A damaged bridge was closed to traffic on Monday, officials said.",
     "The bridge was closed to traffic on Monday, though officials said the road had not been damaged."),
    ("Police said a stolen car was found in the river near the bridge.",
     "Police said the car was found in the river near the bridge and the van had not been stolen."),
])
def test_a_word_negated_of_another_thing_turns_nothing_round(a, b):
    assert not turned(a, b) and not turned(b, a)


def test_a_word_negated_of_another_thing_is_corroborated():
    comparison, link = link_after_shared(_BURST_PIPE, _BOILER_NOT_BURST)
    assert link.relation == "equivalent"
    assert not link_notes(comparison, link)
    assert suggest(comparison, "a")[link.a].suggested == CORROBORATED


@pytest.mark.parametrize("a, b", [
    # The subject the negation is said of stands before a relative clause of its own.
    ("A damaged bridge was closed to traffic on Monday, officials said.",
     "The bridge, which was closed to traffic on Monday, had not been damaged, officials said."),
    # ... or a phrase that places it.
    ("Engineers said a burst water main had weakened the chalk beneath the car park.",
     "Engineers said the water main under the car park had not burst."),
])
def test_a_word_negated_of_the_thing_it_qualifies_is_disputed(a, b):
    assert turned(a, b) and turned(b, a)
    comparison, link = link_after_shared(a, b)
    assert link.relation == "related"
    assert link_notes(comparison, link)
    assert suggest(comparison, "b")[link.b].suggested == DISPUTED
