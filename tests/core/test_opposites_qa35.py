"""Claims turned round in other words, from QA pass 35 (cliqa35 D1): a deed denied ahead by "no plans to" bring it
about ("had no plans to introduce night-time pressure reductions" / "Night-time water pressure will also be
reduced") and a thing told safe to use against people told not to use it ("remained safe to drink" / "told
residents ... not to drink tap water").  And no turn for another deed, another thing, or both told alike."""

from __future__ import annotations

import pytest
from claim_turns import turned

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import NEGATED_ONLY, link_notes
from reader.core.suggest import DISPUTED, suggest

# -- "no plans to" against the deed told ------------------------------------------------------------------------------

NO_PLANS = "Uisce Éireann said it had no plans to introduce night-time pressure reductions."
REDUCED = "Night-time water pressure will also be reduced across the region from next week, the utility said."


def test_no_plans_to_introduce_reductions_against_reduced_is_disputed():
    assert turned(NO_PLANS, REDUCED) and turned(REDUCED, NO_PLANS)
    comparison = compare(
        document_from_text("\n\n".join([
            "Hosepipe ban for Dublin and surrounding counties", NO_PLANS,
            "Around 38pc of treated water in Dublin is still lost through leaks.",
            "Demand has been running at 620 million litres of water a day, close to the region's maximum treatment "
            "capacity."]) + "\n"),
        document_from_text("\n\n".join([
            "Uisce Éireann confirms hosepipe ban for Greater Dublin Area", REDUCED,
            "The utility said 38% of treated water is lost to leaks in the capital.",
            "Daily demand has reached 620 megalitres, Uisce Éireann said."]) + "\n"))
    (link,) = [link for link in comparison.links if link.a == 1 and link.b == 1]
    assert link.relation == "related"
    assert [(note.kind, note.a) for note in link_notes(comparison, link)] == [(NEGATED_ONLY, "no plans to introduce")]
    assert suggest(comparison, "a")[1].suggested == DISPUTED and suggest(comparison, "b")[1].suggested == DISPUTED


def test_no_plans_to_reduce_against_reduced_turns_the_claim():
    a = "The utility said it had no plans to reduce water pressure at night."
    b = "The utility said water pressure would be reduced at night from next week."
    assert turned(a, b) and turned(b, a)


@pytest.mark.parametrize("a", [
    "Uisce Éireann said it had no plans to introduce water meters in the region.",  # another deed
    "Uisce Éireann said it had no plans to introduce price reductions for businesses.",  # another thing reduced
])
def test_no_plans_for_another_deed_or_thing_says_nothing(a):
    assert not turned(a, REDUCED) and not turned(REDUCED, a)


# -- safe to drink / told not to drink ----------------------------------------------------------------------------------

SAFE = "The city said drinking water was not affected and the public water supply remained safe to drink."
NOT_TO_DRINK = ("City officials told residents on the east side not to drink tap water until further notice while "
                "tests were carried out.")


def test_safe_to_drink_against_told_not_to_drink_turns_the_claim():
    assert turned(SAFE, NOT_TO_DRINK) and turned(NOT_TO_DRINK, SAFE)


@pytest.mark.parametrize("a", [
    "The city said the public water supply was not safe to drink.",  # both deny it
    "The city said the public water supply was unsafe to drink.",  # both deny it, by a prefix
    "The city said the lake remained safe to swim in.",  # another deed
])
def test_safe_against_not_to_of_another_deed_or_denied_alike_says_nothing(a):
    b = "City officials told residents not to drink tap water until further notice."
    assert not turned(a, b) and not turned(b, a)
