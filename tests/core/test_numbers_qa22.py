"""CLI QA pass 22 (six new pairs): the number reader and the ledger.

Each test fails on the code before the mend: a count in a compound ("104-car train") beside another count of
its noun; a time given to the minute hedged by "shortly after"; sterling written "pounds" beside a word of
saving; a vote's sides told in words past a possessive ("Six of the MPC's nine members"); "half-point", "a
quarter lower" and "double the" as figures; dates of two events of a life; "N years later" after a year;
"the two sides"; a count of gallons shown with its measure."""

from __future__ import annotations

from ledger_rows import ledger, ledger_with_texts

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.numbers import find_numbers

CONTEXT = ("Officials in the town confirmed the details on Tuesday morning. The regional council met in emergency "
           "session to discuss the response. Local residents gathered outside the town hall to ask questions.")


def _read(text: str) -> list[tuple[str, str, object, str]]:
    return [(m.surface, m.kind, m.value, m.unit) for m in find_numbers(text)]


# D1: "Thirty-four cars of the 104-car train": the 104 is the train's size, no second count of cars.
def test_a_count_in_a_compound_beside_a_count_of_its_noun_is_the_size_of_the_thing():
    read = _read("Thirty-four cars of the 104-car train left the tracks, the railway said.")
    assert read[0][3] == "car" and read[1][:3] == ("104", "count", 104) and read[1][3] == "car train"


def test_a_count_in_a_compound_alone_still_counts_its_noun():
    assert _read("A 300-page report lists the names.")[0][3] == "page"


def test_the_cars_that_left_the_tracks_are_compared_across_sentences_not_aligned():
    a = (f"{CONTEXT}\n\nA freight train carrying crude oil derailed east of Lanigan early Wednesday.\n\n"
         "Thirty-four cars of the 104-car train left the tracks shortly after 3:40 a.m. local time, the railway "
         "said in a statement.\n")
    b = (f"{CONTEXT}\n\nResidents were ordered out of their homes Wednesday after a freight train hauling crude "
         "oil derailed before dawn.\n\nCanadian Pacific Kansas City says 43 cars of a 104-car train came off the "
         "tracks around 4:40 a.m. CST about 7.5 miles east of town.\n")
    comparison = compare(document_from_text(a), document_from_text(b))
    loose = [(c.a_number.surface, c.b_number.surface) for c in comparison.loose_conflicts]
    linked = [(x.surface, y.surface) for link in comparison.links for x, y in link.numbers.conflict]
    assert ("Thirty-four", "43") in loose + linked


def test_a_compound_count_still_meets_a_count_of_its_noun_in_one_link():
    found = ledger("Two cars of the 104-car train derailed.", "Three cars of the 104-car train derailed.")
    assert found["conflict"] == [("Two", "Three")] and found["agree"] == [("104", "104")]


# D3: "shortly after 3:40 a.m." is minutes after it, not the hour after.
def test_a_time_to_the_minute_hedged_shortly_after_is_no_hour_later():
    found = ledger("The train left the tracks shortly after 3:40 a.m.", "The train came off the tracks around 4:40 a.m.")
    assert found["agree"] == [] and len(found["conflict"]) == 1


def test_a_time_to_the_minute_hedged_shortly_after_still_meets_minutes_later():
    found = ledger("The train left the tracks shortly after 3:40 a.m.", "The train came off the tracks at 4:05 a.m.")
    assert len(found["agree"]) == 1 and found["conflict"] == []


# D5: "saving 39 pounds a month" is sterling.
def test_pounds_beside_a_word_of_saving_are_money_and_meet_a_sum_in_sterling():
    found = ledger("The cut means a typical borrower saving £29 a month.",
                   "The cut means a typical borrower saving 39 pounds a month, according to UK Finance.")
    assert found["conflict"] == [("£29", "39 pounds")]


def test_pounds_of_a_thing_stay_a_weight():
    assert _read("Volunteers saved a dog weighing 39 pounds from the river.")[0][1] == "weight"


# D6: "Six of the MPC's nine members voted for the cut, while three voted ...": nine is the body's size.
def test_a_vote_told_in_words_past_a_possessive_pairs_its_two_sides():
    found = ledger("The committee voted 7-2 in favour of the cut.",
                   "Six of the committee's nine members voted for the cut, while three voted for a bigger reduction.")
    assert sorted(found["conflict"]) == [("2", "three"), ("7", "Six")] and found["only_b"] == ["nine"]


def test_the_whole_named_by_a_body_before_it_is_a_whole():
    read = {m.surface: m.role for m in find_numbers("Two of the MPC's nine members voted against.")}
    assert read["nine"] == "whole"


# D8: figures in words.
def test_a_half_point_reduction_is_fifty_basis_points():
    found = ledger("The two dissenters backed a larger half-point reduction.",
                   "Two members backed a bigger reduction of 50 basis points.")
    assert ("down half-point", "50 basis points") in found["agree"]  # a reduction is a fall, as a cut is


def test_a_quarter_point_alone_in_a_compound_disputes_fifty_basis_points():
    found = ledger("Two members wanted a bigger quarter-point cut.", "Two members wanted a cut of 50 basis points.")
    assert ("down quarter-point", "down 50 basis points") in found["conflict"]


def test_a_quarter_lower_risk_is_twenty_five_per_cent_lower():
    found = ledger("Walking 7,000 steps a day was linked to a 25% lower risk of dementia.",
                   "Taking 7,000 steps a day was associated with a quarter lower risk of dementia.")
    assert ("down 25%", "down a quarter") in found["agree"] and found["conflict"] == []


def test_double_the_risk_is_twice_the_risk():
    found = ledger("Those walking fewer than 2,000 steps were twice as likely to develop dementia.",
                   "Those walking fewer than 2,000 steps had double the risk of dementia.")
    assert ("twice", "double") in found["agree"] and found["conflict"] == []


def test_triple_the_number_disputes_twice_the_number():
    found = ledger("The region now has twice the number of cases.", "The region now has triple the number of cases.")
    assert found["conflict"] == [("twice", "triple")]


def test_the_verb_doubled_the_is_no_multiple_read_here():
    assert _read("The new policy doubled the risk, officials said.") == []


# D10: dates of two events of a life.
def test_a_year_of_a_scholarship_and_a_date_of_birth_are_two_events():
    found = ledger_with_texts(
        "After winning a scholarship to Rada in 1964, she joined the Royal Shakespeare Company four years later.",
        "Born in Whitby on March 3, 1946, Dunmore trained at Rada before joining the Royal Shakespeare Company in 1968.")
    assert found["conflict"] == [] and ("four years", "1968") in found["agree"]


def test_a_year_of_marriage_and_a_year_of_death_are_two_events():
    found = ledger_with_texts("In 1972 she married the director Paul Kerr, who survived her.",
                              "Her husband, the director Paul Kerr, died in 2019.")
    assert found["conflict"] == []


def test_two_years_of_birth_still_conflict():
    found = ledger_with_texts("Born in Whitby in 1946, she trained at Rada.", "She was born in 1964 and trained at Rada.")
    assert found["conflict"] == [("1946", "1964")]


def test_years_later_meets_the_year_they_reach_only_when_told_later():
    found = ledger_with_texts("She won a scholarship in 1964 and stayed for four years.",
                              "She won a scholarship in 1964 and left Rada in 1968.")
    assert ("four years", "1968") not in found["agree"]


# D19: noise.
def test_the_two_sides_of_talks_are_no_figure():
    assert _read("Talks between the two sides will resume on Monday.") == [("Monday", "weekday", 0, "")]
    assert _read("The two sides met in Lisbon.") == []


def test_the_two_men_arrested_stay_a_count():
    assert _read("The two men were arrested at the scene.")[0][:3] == ("two", "count", 2)


def test_a_count_of_gallons_is_shown_with_its_measure():
    assert _read("About 66,000 gallons of fuel spilled.")[0][:4] == ("66,000 gallons", "count", 66000, "gallon")
    assert _read("A 5,000-gallon tank burst.")[0][0] == "5,000"
