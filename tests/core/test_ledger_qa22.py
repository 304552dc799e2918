"""The number ledger on the CLI QA of invented report pairs (round 22): figures hedged two different ways,
clock times in a zone named in words, a count of one in words, bracketed conversions that disagree, and
forms of a figure the reader did not read ("£64million", "Twenty-five percent", "a third of total
revenue", "Some 20%", "more than a decade").  Each row is a pair of sentences as two reports would give
them, with what a fact-checker expects; near misses sit beside each form, and the end-to-end rows go
through reader.core.compare as the QA's probe did."""

from __future__ import annotations

import pytest
from ledger_rows import both_ways, ledger, probe

from reader.core.numbers import find_numbers, with_hedge

# --- 1. figures hedged two different ways agree when one figure makes both true -----------------------

@pytest.mark.parametrize("compatible, incompatible", [
    (("About 1,100 firefighters were deployed.", "Over 1,000 firefighters were deployed."),
     ("About 100 firefighters were deployed.", "More than 120 firefighters were deployed.")),
    (("Nearly 1,000 firefighters were deployed.", "Over 900 firefighters were deployed."),
     ("More than 1,000 firefighters were deployed.", "About 900 firefighters were deployed.")),
    (("Up to 500 people attended the vigil.", "More than 400 people attended the vigil."),
     ("Up to 50 people attended the vigil.", "At least 60 people attended the vigil.")),
    (("Around 50 people attended the vigil.", "Fewer than 60 people attended the vigil."),
     ("Fewer than 60 people attended the vigil.", "Around 80 people attended the vigil.")),
    (("Almost 100 people attended the vigil.", "At least 90 people attended the vigil."),
     ("Nearly 100 people attended the vigil.", "More than 120 people attended the vigil.")),
    (("Some 300 people were evacuated.", "More than 250 people were evacuated."),
     ("Some 300 people were evacuated.", "Up to 250 people were evacuated.")),
    (("Nearly 200 homes were lost.", "Up to 250 homes were lost."),
     ("Nearly 200 homes were lost.", "Up to 150 homes were lost.")),
    (("Under 100 people attended the vigil.", "Over 90 people attended the vigil."),
     ("Under 100 people attended the vigil.", "Over 110 people attended the vigil.")),
    (("The fire spread more than 100 miles.", "The fire spread up to 200 km."),  # in two units
     ("The fire spread more than 100 miles.", "The fire spread up to 150 km.")),
])
def test_figures_hedged_two_ways_agree_when_one_figure_makes_both_true(compatible, incompatible):
    result = both_ways(*compatible)
    assert len(result["agree"]) == 1 and result["conflict"] == []
    result = both_ways(*incompatible)
    assert result["agree"] == [] and len(result["conflict"]) == 1


def test_figures_hedged_two_ways_of_different_things_neither_agree_nor_conflict():
    assert len(both_ways("Over 1,000 firefighters were deployed.", "About 1,100 firefighters were deployed.")["agree"]) == 1
    result = both_ways("Over 1,000 firefighters were deployed.", "About 1,100 engines were deployed.")
    assert result["agree"] == [] and result["conflict"] == []


def test_the_wildfire_pair_of_the_qa_is_no_conflict():
    link = probe("About 1,100 firefighters were deployed.", "Over 1,000 firefighters were deployed.")
    assert link is not None and link.numbers.conflict == ()
    assert [(with_hedge(x), with_hedge(y)) for x, y in link.numbers.agree] == [("about 1,100", "over 1,000")]


# --- 2. a clock time in a zone named in words ------------------------------------------------------------

@pytest.mark.parametrize("same, other", [
    (("The plane landed at 14:52 GMT.", "The plane touched down at 3.52pm Irish time."),  # Irish summer time
     ("The plane landed at 14:52 GMT.", "The plane touched down at 4.52pm Irish time.")),
    (("The plane landed at 14:52 GMT.", "The plane touched down at 2.52pm Irish time."),  # Irish winter time
     ("The plane landed at 14:52 GMT.", "The plane touched down at 1.52pm Irish time.")),
    (("Trading opened at 10am Eastern time.", "Trading opened at 3pm GMT."),
     ("Trading opened at 10am Eastern time.", "Trading opened at 1pm GMT.")),
    (("The talks began at 09.00 GMT.", "The talks began at 12.00 Moscow time."),
     ("The talks began at 09.00 GMT.", "The talks began at 14.00 Moscow time.")),
    (("The talks began at 14.30 Irish time on Friday.", "The talks began at 13.30 GMT on Friday."),
     ("The talks began at 14.30 Irish time on Friday.", "The talks began at 15.30 GMT on Friday.")),
])
def test_a_time_in_a_zone_named_in_words_is_read_in_that_zone(same, other):
    result = both_ways(*same)
    assert result["conflict"] == [] and len([pair for pair in result["agree"] if "time" in pair[0] + pair[1]]) == 1
    result = both_ways(*other)
    assert not [pair for pair in result["agree"] if "time" in pair[0] + pair[1]] and len(result["conflict"]) == 1


@pytest.mark.parametrize("a, b", [
    ("The plane landed at 14:52 GMT.", "The plane landed at 3.52pm local time."),
    ("The plane landed at 14:52 BST.", "The plane landed at 4.52pm local time."),
    ("The plane landed at 14:52 GMT.", "The plane landed at 3.52pm Norhaven time."),
])
def test_a_time_in_a_zone_the_reader_cannot_resolve_never_conflicts_with_another_zone(a, b):
    assert both_ways(a, b)["conflict"] == []
    # but two times in that one zone do
    assert len(both_ways(b, b.replace(".52pm", ".58pm"))["conflict"]) == 1


def test_a_zone_named_in_words_is_the_times_unit_and_joins_its_surface():
    (time,) = find_numbers("The plane touched down at 3.52pm Irish time.")
    assert (time.surface, time.value, time.unit) == ("3.52pm Irish time", (15, 52), "Irish time")
    (time,) = find_numbers("The talks began at 14.30 Irish time.")  # a dotted clock time too
    assert (time.kind, time.value, time.unit) == ("time", (14, 30), "Irish time")


def test_the_plane_pair_of_the_qa_is_no_conflict_and_one_hour_off_stays_one():
    link = probe("The plane landed at Dublin Airport at 14:52 GMT.",
                 "The plane touched down at Dublin Airport at 3.52pm Irish time.")
    assert link is not None and link.numbers.conflict == () and len(link.numbers.agree) == 1
    link = probe("The plane landed at Dublin Airport at 14:52 GMT.",
                 "The plane landed at Dublin Airport at 15:52 GMT.")
    assert link is not None and len(link.numbers.conflict) == 1


# --- 3. a count of one in words ---------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, conflict, idiom", [
    ("One person died in the crash.", "Two people died in the crash.", ("One person", "Two"),
     ("One of the people died in the crash.", "Two people died in the crash.")),
    ("A firefighter died in the blaze.", "Two firefighters died in the blaze.", ("A firefighter", "Two"),
     ("A firefighter who died in the blaze was named.", "Two firefighters died in the blaze.")),
    ("A firefighter was killed on Monday.", "Two firefighters have died.", ("A firefighter", "Two"),
     ("A firefighter was killed on Monday.", "Two engines have been destroyed.")),
    ("The ferry sank on Monday and one passenger drowned.",
     "The ferry sank on Monday and three passengers drowned.", ("one passenger", "three"),
     ("One of the passengers drowned.", "Three passengers drowned.")),
    ("Police arrested a man on Tuesday.", "Police arrested two men on Tuesday.", ("a man", "two"),
     ("A man said two people were arrested.", "Two men said two people were arrested.")),
    ("One person died and two were injured.", "Two people died and two were injured.", ("One person", "Two"),
     ("No one died and two were injured.", "Two people died and two were injured.")),
    ("One man was hurt in the blaze.", "Two men were hurt in the blaze.", ("One man", "Two"),
     ("At one point the crowd was hurt by the police.", "At two points the crowd was hurt by the police.")),
    ("A woman was arrested in the park.", "Three women were arrested in the park.", ("A woman", "Three"),
     ("A number of people died in the crash.", "Two people died in the crash.")),
    ("One passenger was injured.", "Four passengers were injured.", ("One passenger", "Four"),
     ("Sometimes one guy was shot.", "Sometimes two guys were shot.")),  # no fate read
])
def test_a_count_of_one_in_words_conflicts_with_a_count_of_the_same_noun_and_idioms_do_not(a, b, conflict, idiom):
    assert both_ways(a, b)["conflict"] == [conflict]
    assert both_ways(*idiom)["conflict"] == []


def test_a_count_of_one_in_words_with_no_count_beside_it_is_left_out():
    assert both_ways("One person died in the crash.", "Two people died in the crash.")["conflict"] == [("One person", "Two")]
    for a, b in [("One person died in the crash.", "One person died in the crash."),
                 ("A firefighter died in the blaze.", "A firefighter died in the blaze on Monday."),
                 ("One person died in the crash.", "The crash happened on Monday.")]:
        result = ledger(a, b)
        assert not any(surface.lower() in ("one", "a") for surface in result["only_a"] + result["only_b"])
        assert result["conflict"] == []


def test_a_count_of_one_against_one_written_in_figures_agrees():
    assert both_ways("A firefighter died in the blaze.", "1 firefighter died in the blaze.")["agree"] == [("A firefighter", "1")]


@pytest.mark.parametrize("a, b", [
    ("One person died in the crash.", "Two people died in the crash."),
    ("A firefighter died in the blaze.", "Two firefighters died in the blaze."),
    ("The ferry sank on Monday and one passenger drowned.", "The ferry sank on Monday and three passengers drowned."),
])
def test_the_casualty_pairs_of_the_qa_conflict_and_are_not_equivalent(a, b):
    link = probe(a, b)
    assert link is not None and len(link.numbers.conflict) == 1 and link.relation != "equivalent"


# --- 4. bracketed conversions that disagree ---------------------------------------------------------------

@pytest.mark.parametrize("apart, within", [
    (("Velto was fined €45m (£38m) by the court.", "Velto was fined €45m (£50m) by the court."),
     ("Velto was fined €45m (£38m) by the court.", "Velto was fined 45 million euros ($49.8 million) by the court.")),
    (("Velto was fined €45m (£38m) by the court.", "Velto was fined €45m (about £50m) by the court."),
     ("Velto was fined €45m (£38m) by the court.", "Velto was fined €45m (£40m) by the court.")),  # exchange rates
    (("Velto was fined €45m (£38m) by the court.", "Velto was fined €45m (£30m) by the court."),
     ("Velto was fined €45m (£38m) by the court.", "Velto was fined €45m (£38.4m) by the court.")),
    (("The club paid $12m (£9m) for him.", "The club paid $12m (£12m) for him."),
     ("The club paid $12m (£9m) for him.", "The club paid $12m for him.")),
])
def test_conversions_into_one_currency_further_apart_than_exchange_rates_conflict(apart, within):
    a, b = apart
    result = both_ways(a, b)
    assert result["agree"] == [] and len(result["conflict"]) == 1
    result = both_ways(*within)
    assert len(result["agree"]) == 1 and result["conflict"] == []


def test_the_fine_pair_of_the_qa_shows_the_conversions_conflict():
    link = probe("Velto was fined €45m (£38m) for the breach.", "Velto was fined €45m (£50m) for the breach.")
    assert link is not None and len(link.numbers.conflict) == 1 and link.numbers.agree == ()


# --- 5. forms of a figure the reader did not read -------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("He joined in a club-record £64million move.", "He joined in a club-record £64m move."),
    ("He joined in a club-record £64million move.", "He joined for €75m (£64m), a club record."),
    ("The state spent $2billion on roads.", "The state spent $2bn on roads."),
    ("Twenty-five percent of voters stayed home.", "A quarter of voters stayed home."),
    ("Cloud made up a third of total revenue.", "Cloud made up 33% of total revenue."),
    ("A quarter of global output comes from the region.", "25% of global output comes from the region."),
    ("Almost a third of adults walk daily.", "31% of adults walk daily."),
    ("Some 20% of adults walk daily.", "One in five adults walk daily."),
    ("More than half of voters backed it.", "52% of voters backed it."),
    ("They were followed for more than a decade.", "They were followed for 11 years."),
    ("They were followed for nearly a century.", "They were followed for 95 years."),
])
def test_forms_of_one_figure_agree(a, b):
    result = both_ways(a, b)
    assert len(result["agree"]) == 1 and result["conflict"] == [] and not result["only_a"] and not result["only_b"]


@pytest.mark.parametrize("a, b", [
    ("He joined in a club-record £64million move.", "He joined in a club-record £46million move."),
    ("They were followed for nearly a decade.", "They were followed for 12 years."),
    ("They were followed for more than a decade.", "They were followed for more than a century."),
])
def test_forms_of_two_figures_conflict(a, b):
    result = both_ways(a, b)
    assert result["agree"] == [] and len(result["conflict"]) == 1


@pytest.mark.parametrize("near, far", [
    (("Almost a third of adults walk daily.", "32% of adults walk daily."),
     ("Almost a third of adults walk daily.", "35% of adults walk daily.")),  # "almost" is below a third
    (("Cloud made up a third of total revenue.", "Cloud made up 33% of total revenue."),
     ("Cloud made up a third of total revenue.", "Cloud made up 31% of total revenue.")),
])
def test_a_share_in_words_and_a_percentage_too_far_apart_neither_agree_nor_conflict(near, far):
    assert len(both_ways(*near)["agree"]) == 1
    result = both_ways(*far)
    assert result["agree"] == [] and result["conflict"] == []


def test_a_hedged_share_clear_of_a_round_fraction_conflicts_with_it():
    # "Some 20%" allows 18% to 22%, "one in three" is said of 28% to 38%: no share is both.
    assert len(both_ways("Some 20% of adults walk daily.", "One in five adults walk daily.")["agree"]) == 1
    result = both_ways("Some 20% of adults walk daily.", "One in three adults walk daily.")
    assert result["agree"] == [] and len(result["conflict"]) == 1


@pytest.mark.parametrize("figure, none", [
    ("They were followed for more than a decade.", "A decade ago the plant closed."),  # no hedge: no figure
    ("They were followed for nearly a decade.", "The plant closed over a decade ago."),  # "over": across it
    ("It rose by a third of total revenue.", "It rose by a third of one percent."),  # no third of a whole
])
def test_words_read_as_a_figure_only_where_they_are_one(figure, none):
    assert any(m.surface in ("a decade", "a third") for m in find_numbers(figure))
    assert not any(m.surface in ("a decade", "a third") for m in find_numbers(none))


def test_made_up_of_a_share_is_no_rise():
    (share,) = find_numbers("Cloud made up 33% of total revenue.")
    assert share.direction == ""
    (rise,) = find_numbers("Cloud revenue was up 33% on the year.")
    assert rise.direction == "up"
