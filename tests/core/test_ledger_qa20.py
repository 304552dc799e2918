"""Figures of CLI QA pass 20: a count of the missing beside a toll of the dead; a change in per cent against
the two levels it joins; the length of a thing named ("a four-year deal") against a duration of another; a span
owning its length ("a fortnight's delay")."""

import pytest
from ledger_rows import ledger_with_texts, story_link

# --- H1: the missing are no part of the dead -------------------------------------------------------------------


def test_others_still_missing_are_no_rival_of_the_dead():
    rows = ledger_with_texts("One climber has died and two others are missing after a storm on the mountain.",
                             "Two climbers have died after a storm on the mountain.")
    assert rows["conflict"] == [("One climber", "Two")]
    assert not rows["agree"] and rows["only_a"] == ["two"]


def test_the_rising_toll_is_disputed_in_the_story():
    link = story_link("One climber has died and two others are missing after a group was caught in a storm.",
                      "Two climbers have died after a group was caught in a storm.")
    assert [(x.surface, y.surface) for x, y in link.numbers.conflict] == [("One", "Two")]
    assert not link.numbers.agree


def test_others_missing_meet_others_missing():
    rows = ledger_with_texts("Two climbers have died and two others are missing.",
                             "Two climbers have died and two others remain missing.")
    assert len(rows["agree"]) == 2 and not rows["conflict"]


# --- H6: a change in per cent against the levels it joins ---------------------------------------------------


def subscribers(change: str) -> str:
    return f"Cloud subscribers grew {change} year over year to 2.8 million."


LEVELS = "Cloud subscribers rose from 2.5 million a year earlier to 2.8 million."


def test_a_change_in_per_cent_disputes_the_levels_that_give_another():
    rows = ledger_with_texts(subscribers("30%"), LEVELS)  # 2.5 million to 2.8 million is 12%
    assert rows["conflict"] == [("up 30%", "up from 2.5 million a year earlier to 2.8 million")]
    assert rows["agree"] == [("2.8 million", "to 2.8 million")]


@pytest.mark.parametrize("change", ["12%", "+12%", "11.9%"])
def test_a_change_in_per_cent_agrees_with_the_levels_that_give_it(change):
    rows = ledger_with_texts(subscribers(change), LEVELS)
    assert ("2.8 million", "to 2.8 million") in rows["agree"] and not rows["conflict"]
    assert (change if change.startswith("+") else f"up {change}",
            "up from 2.5 million a year earlier to 2.8 million") in rows["agree"]


def test_a_percentage_to_one_place_is_read_to_that_place():
    rows = ledger_with_texts(subscribers("12.5%"), LEVELS)  # 12.0%, not 12.45% to 12.55%
    assert len(rows["conflict"]) == 1 and rows["conflict"][0][0] == "up 12.5%"


@pytest.mark.parametrize("b, disputed", [
    ("Ships waiting offshore are up 90% since Monday.", True),
    ("Ships waiting offshore are up 40% since Monday.", False),
    ("Ships waiting offshore are down 40% since Monday.", True),
])
def test_levels_with_a_time_between_give_their_change(b, disputed):
    rows = ledger_with_texts("The number of ships waiting offshore has risen from 20 on Monday to 28.", b)
    told = rows["conflict"] if disputed else rows["agree"]
    changes = [pair for pair in told if pair[0] == "up from 20 on Monday to 28"]
    assert len(changes) == 1


def test_a_fall_in_per_cent_against_the_levels_of_the_fall():
    rows = ledger_with_texts("The quota falls 20% to 160,000 tonnes.",
                             "The quota falls from 200,000 tonnes to 160,000 tonnes.")
    assert not rows["conflict"] and len(rows["agree"]) == 2


def test_levels_of_another_thing_are_no_rival_of_a_change():
    rows = ledger_with_texts("Revenue rose 30% to $5bn.", "Costs rose from $2bn to $3bn.")
    assert not any("%" in x for x, _ in rows["conflict"])


# --- M1: the length of a thing named, against a duration of another ----------------------------------------


def test_the_length_of_a_deal_is_no_rival_of_the_talks():
    rows = ledger_with_texts(
        "The coastal states, after negotiations which lasted for three days in Bergen, concluded an agreement.",
        "The coastal states agreed a four-year deal in Bergen.")
    assert not rows["conflict"] and rows["only_a"] == ["three days"] and rows["only_b"] == ["four-year"]


@pytest.mark.parametrize("b", ["The states agreed a four-year deal on mackerel.",
                               "The deal will run for four years."])
def test_two_lengths_of_one_deal_dispute_each_other(b):
    rows = ledger_with_texts("The states agreed a five-year deal on mackerel.", b)
    assert len(rows["conflict"]) == 1


# --- L1: a span owning its length ---------------------------------------------------------------------------


@pytest.mark.parametrize("b, agrees", [("Results will be delayed by two weeks.", True),
                                       ("Results will be delayed by ten days.", False)])
def test_a_fortnights_delay_is_read(b, agrees):
    rows = ledger_with_texts("A fortnight's delay to results is expected.", b)
    assert (rows["agree"] if agrees else rows["conflict"]) == [("A fortnight", b.split("by ")[1].rstrip("."))]


def test_a_span_owning_something_else_is_still_left_alone():
    rows = ledger_with_texts("Almost a month's rain fell in a day.", "Rain fell for two weeks.")
    assert "a month" not in [x for x, _ in rows["agree"] + rows["conflict"]]
