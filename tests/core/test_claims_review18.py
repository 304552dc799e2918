"""A plan called off is disputed against the other report's plan standing in any verb of its own ("confirmed",
"drew up", "pushed through", "kept", "lodged" plans), not only in a listed few; only a verb that stops or refuses
the plan itself ("halted", "held up", "voted down", "put its plans on hold") tells the call-off in other words,
not one that acts on something else ("held talks", "ended talks") or a hold told of another thing ("with the
tunnel on hold").  A word negated elsewhere is said of the thing it qualified when the negated verb's subject is a
pronoun, a relative clause's noun ("the pipe that flooded"), or a noun further back than a word or two ("the car
found in the river near the bridge"); a subject the other side does not tell ("the boiler") still keeps the
dispute out."""

from __future__ import annotations

import pytest
from claim_turns import link_after_shared, turned

from reader.core.link_notes import link_notes
from reader.core.suggest import CORROBORATED, DISPUTED, suggest

_BYPASS_SCRAPPED = "The council scrapped plans for the bypass after the protests."
_LIBRARY_SCRAPPED = "The council has scrapped plans for a new library on the site."
_BID_DROPPED = "The club dropped its bid for the striker on Friday."

PLAN_STANDING_AND_CALLED_OFF = [
    ("The council confirmed plans for the bypass after the protests.", _BYPASS_SCRAPPED),
    ("The council revealed plans for a new library on the site.", _LIBRARY_SCRAPPED),
    ("The council agreed plans for the bypass after the protests.", _BYPASS_SCRAPPED),
    ("The council finalised plans for the bypass after the protests.", _BYPASS_SCRAPPED),
    ("The council finalized plans for the bypass after the protests.", _BYPASS_SCRAPPED),
    ("The council published plans for the bypass after the protests.", _BYPASS_SCRAPPED),
    ("The council drew up plans for a new library on the site.", _LIBRARY_SCRAPPED),
    ("The council put forward plans for a new library on the site.", _LIBRARY_SCRAPPED),
    ("The council pushed the plans through after the protests.", "The council scrapped the plans after the protests."),
    ("The firm kept its plans for the plant.", "The firm scrapped its plans for the plant."),
    ("The club tabled a bid for the striker on Friday.", _BID_DROPPED),
    ("The club made a bid for the striker on Friday.", _BID_DROPPED),
    ("The club lodged a bid for the striker on Friday.", _BID_DROPPED),
]


@pytest.mark.parametrize("a, b", PLAN_STANDING_AND_CALLED_OFF)
def test_a_plan_standing_in_any_verb_against_one_called_off_turns_the_claim_round(a, b):
    assert turned(a, b) and turned(b, a)


@pytest.mark.parametrize("a, b", PLAN_STANDING_AND_CALLED_OFF[:1] + PLAN_STANDING_AND_CALLED_OFF[6:7])
def test_a_plan_standing_in_any_verb_against_one_called_off_is_disputed(a, b):
    comparison, link = link_after_shared(a, b)
    assert link.relation == "related"
    assert suggest(comparison, "b")[link.b].suggested == DISPUTED


A_HOLD_OR_AN_END_OF_SOMETHING_ELSE = [
    ("The council held talks and backed plans for the bypass.", "The council scrapped plans for the bypass."),
    ("The council put the plans for the bypass forward, with the tunnel on hold.",
     "The council scrapped plans for the bypass."),
    ("The council approved plans for the bypass, while calls were put on hold.",
     "The council scrapped plans for the bypass, while calls were put on hold."),
    ("The firm said it had ended talks on the plan.", "The firm said it had scrapped the plan."),
    # A stopping verb told before the verb that acts on the plan now.
    ("The council halted and then revived the plans for the bypass.",
     "The council scrapped the plans for the bypass."),
]


@pytest.mark.parametrize("a, b", A_HOLD_OR_AN_END_OF_SOMETHING_ELSE)
def test_a_stopping_word_said_of_something_else_keeps_the_dispute(a, b):
    assert turned(a, b) and turned(b, a)


CALLED_OFF_ALIKE = [
    ("The council suspended work on the project after the protests.",
     "The council scrapped the project after the protests."),
    ("The council held up the project after the protests.", "The council abandoned the project after the protests."),
    ("The council ended the project after the protests.", "The council abandoned the project after the protests."),
    ("The council stopped the scheme after the protests.", "The council axed the scheme after the protests."),
    ("The council delayed the plans for the bypass.", "The council scrapped the plans for the bypass."),
    ("The council turned down the proposal for the bypass.", "The council scrapped the proposal for the bypass."),
    ("The council pulled the plug on the project.", "The council scrapped the project."),
    ("The council put on hold the plans for the bypass.", "The council shelved the plans for the bypass."),
    ("The council has put the plans for the new library on the site on hold.",
     "The council has scrapped the plans for the new library on the site."),
    # A plan told in no verb of its own: the other report tells nothing done with it.
    ("The council has plans for the bypass.", "The council has scrapped plans for the bypass."),
]


@pytest.mark.parametrize("a, b", CALLED_OFF_ALIKE)
def test_a_plan_stopped_by_a_verb_acting_on_it_is_no_dispute_of_a_call_off(a, b):
    assert not turned(a, b) and not turned(b, a)


def test_a_plan_held_up_against_one_abandoned_is_corroborated():
    comparison, link = link_after_shared(*CALLED_OFF_ALIKE[1])
    assert link.relation == "equivalent"
    assert not link_notes(comparison, link)
    assert suggest(comparison, "a")[link.a].suggested == CORROBORATED


_BURST_PIPE = "Engineers said a burst pipe had flooded the basement of the library on Monday."

NEGATED_OF_THE_SAME_THING = [
    (_BURST_PIPE, "Engineers said the pipe had flooded the basement of the library on Monday, but it had not burst."),
    (_BURST_PIPE, "Engineers said the pipe had flooded the basement of the library on Monday and had not burst."),
    (_BURST_PIPE, "Engineers said the pipe that flooded the basement of the library on Monday had not burst."),
    (_BURST_PIPE, "Engineers said the pipe in the basement of the old library had not burst on Monday."),
    ("Police said a stolen car was found in the river near the bridge.",
     "Police said the car found in the river near the bridge had not been stolen."),
]


@pytest.mark.parametrize("a, b", NEGATED_OF_THE_SAME_THING)
def test_a_word_negated_of_a_subject_told_further_back_turns_the_claim_round(a, b):
    assert turned(a, b) and turned(b, a)


def test_a_word_negated_of_a_pronoun_subject_is_disputed():
    comparison, link = link_after_shared(*NEGATED_OF_THE_SAME_THING[0])
    assert link.relation == "related"
    assert link_notes(comparison, link)
    assert suggest(comparison, "b")[link.b].suggested == DISPUTED


@pytest.mark.parametrize("b", [
    "Engineers said the pipe had flooded the basement of the library on Monday; the boiler had not burst.",
    "Engineers said the pipe had flooded the basement of the library on Monday and the boiler had not burst.",
    "Engineers said the pipe had flooded the basement of the library on Monday. The boiler, which is new, had not "
    "burst.",
    "Engineers said the pipe had flooded the basement of the library on Monday, the old boiler had not burst.",
])
def test_a_word_negated_of_a_thing_the_other_side_does_not_tell_turns_nothing_round(b):
    assert not turned(_BURST_PIPE, b) and not turned(b, _BURST_PIPE)
