"""From the rescores of CLI QA passes 30 and 31: outlets name one journey a journey, a trip, a voyage or a crossing,
and its length told under each is one length ("a 10-hour journey" / "a 14-hour overnight trip" conflict), while a
journey and another thing stay apart; and "a 50% reduction" is a fall, which "halved" agrees with."""

from __future__ import annotations

from anchored_pairs import link_of


def _figures(a: str, b: str):
    _, link = link_of(a, b)
    return link.numbers


def test_one_journey_under_two_names_is_one_length():
    numbers = _figures("The bus left Lima at 7 p.m. on Sunday for what is normally a 10-hour journey.",
                       "It had left the capital at 19:00 on Sunday on a 14-hour overnight trip.")
    assert [(x.surface, y.surface) for x, y in numbers.conflict] == [("10-hour", "14-hour")]


def test_a_crossing_and_a_voyage_are_one_length():
    numbers = _figures("The ferry began the 12-hour crossing from Tallinn on Friday night.",
                       "The ferry began its 15-hour voyage from Tallinn on Friday night.")
    assert [(x.surface, y.surface) for x, y in numbers.conflict] == [("12-hour", "15-hour")]


def test_a_journey_and_a_shift_stay_apart():
    numbers = _figures("The driver had started a 10-hour journey from Lima on Sunday night.",
                       "The driver had started a 14-hour shift in Lima on Sunday night.")
    assert not numbers.conflict


def test_a_reduction_by_half_is_the_penalty_halved():
    """From QA pass 30: "a 50% reduction" is a fall, as "a 50% cut" is, so it meets "halved"."""
    numbers = _figures("ValuePlus received a 50% reduction in its penalty for cooperating with the commission.",
                       "ValuePlus had its penalty halved for cooperating with the commission.")
    assert [(x.surface, y.surface) for x, y in numbers.agree] == [("50%", "halved")]
