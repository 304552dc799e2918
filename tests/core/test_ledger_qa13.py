"""Figures of CLI QA pass 13: a span in weeks or days against one in months or years (a month is 28 to 31
days); a change in percentage points against the same figure in per cent, whatever verb tells the change;
"up to" a figure against a plain figure the other report gives as a peak ("winds reaching 250 km/h")."""

import pytest
from ledger_rows import both_ways, ledger_with_texts, probe

# --- 1: weeks and days against months and years ---------------------------------------------------------------


def spill(span: str) -> str:
    return f"Sewage spilled into the river for {span}, the court heard."


@pytest.mark.parametrize("a, b", [
    ("a period of six weeks", "nearly two months"),
    ("a period of six weeks", "a period of three months"),
    ("three weeks", "two months"),
    ("10 days", "two years"),
    ("more than six weeks", "more than a month"),  # two claims of one bound, as "at least 27" / "at least 26" are
])
def test_a_span_in_weeks_or_days_disputes_one_in_months_that_no_length_of_month_fits(a, b):
    rows = both_ways(spill(a), spill(b))
    assert len(rows["conflict"]) == 1 and not rows["agree"]


@pytest.mark.parametrize("a, b", [
    ("eight weeks", "two months"),
    ("six weeks", "a month and a half"),
    ("52 weeks", "12 months"),
    ("52 weeks", "a year"),
    ("30 days", "a month"),
    ("four weeks", "a month"),
    ("six to eight weeks", "two months"),
    ("26 days", "nearly a month"),
    ("more than four weeks", "more than a month"),
])
def test_a_span_in_weeks_or_days_agrees_with_one_in_months_that_some_length_of_month_fits(a, b):
    rows = both_ways(spill(a), spill(b))
    assert len(rows["agree"]) == 1 and not rows["conflict"]


def test_hours_are_not_set_against_months():
    rows = both_ways("The 48-hour strike ended.", "The strike ended after three months.")
    assert not rows["agree"] and not rows["conflict"]


def test_spans_hedged_two_ways_far_apart_neither_agree_nor_conflict():
    rows = both_ways(spill("at least a week"), spill("up to six months"))
    assert not rows["agree"] and not rows["conflict"]


def test_six_weeks_against_nearly_two_months_disputes_the_linked_sentences():
    link = probe(spill("a period of six weeks"), spill("nearly two months"))
    assert link is not None
    assert [(x.surface, y.surface) for x, y in link.numbers.conflict] == [("six weeks", "two months")]


# --- 2: percentage points against per cent, any verb of change ---------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The government will raise the employer's pension contribution by 2 percentage points, the department said.",
     "The government will raise the employer's pension contribution by 2 per cent, the department said."),
    ("The government will raise the employer's pension contribution by 2 percentage points, the department said.",
     "The employer's pension contribution will rise by 2 per cent, the department said."),
    ("The central bank cut its main rate by 0.5 percentage points.",
     "The central bank cut its main rate by 0.5 per cent."),
    ("The council lowered the business rate by 1 percentage point.",
     "The business rate was reduced by 1 per cent."),
])
def test_a_change_in_points_disputes_the_same_figure_in_per_cent_whatever_verb_tells_it(a, b):
    rows = ledger_with_texts(a, b)
    assert len(rows["conflict"]) == 1 and not rows["only_a"] and not rows["only_b"]


def test_the_change_a_verb_tells_is_shown_beside_the_figure_it_disputes():
    rows = ledger_with_texts("The government will raise the contribution by 2 percentage points.",
                             "The government will raise the contribution by 2 per cent.")
    assert rows["conflict"] == [("up 2 percentage points", "up 2 per cent")]


def test_a_rise_in_points_never_agrees_with_a_cut_in_per_cent():
    rows = ledger_with_texts("The bank raised its rate by 2 percentage points.", "The bank cut its rate by 2 per cent.")
    assert not rows["agree"]


def test_a_change_in_points_stays_apart_from_a_different_figure_in_per_cent():
    # 40% to 42% is 2 points and 5%: both may be true
    rows = ledger_with_texts("The government will raise the contribution by 2 percentage points.",
                             "The government will raise the contribution by 5 per cent.")
    assert not rows["agree"] and not rows["conflict"]


def test_a_change_by_a_share_in_words_is_still_weighed_against_a_cut_in_per_cent():
    rows = ledger_with_texts("The scheme cut waiting lists by 24% last year.",
                             "The scheme cut waiting lists by a fifth last year.")
    assert rows["conflict"] == [("24%", "a fifth")]


# --- 3: "up to" against a peak -----------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The tornado touched down on Tuesday, with winds of up to 180 mph.",
     "The tornado, packing winds reaching 250 km/h, touched down on Tuesday."),
    ("Temperatures were expected to climb up to 42C.", "Temperatures peaked at 39C on Sunday."),
    ("Winds of up to 110 mph were recorded.", "Gusts of 90 mph were recorded."),
    ("Up to 300 people attended the vigil.", "The crowd at the vigil peaked at 250 people."),
    ("The hurricane brought winds of up to 160 mph.", "The hurricane had maximum sustained winds of 140 mph."),
    ("Temperatures of up to 40C were forecast.", "Temperatures topped 36C."),
])
def test_up_to_a_figure_disputes_a_lower_peak(a, b):
    rows = ledger_with_texts(a, b)
    assert len(rows["conflict"]) == 1 and not [pair for pair in rows["agree"] if "Tuesday" not in pair]


def test_up_to_a_figure_is_still_shown_with_its_hedge_beside_a_peak():
    rows = ledger_with_texts("The tornado touched down, with winds of up to 180 mph.",
                             "The tornado, packing winds reaching 250 km/h, touched down.")
    assert rows["conflict"] == [("up to 180 mph", "250 km/h")]


@pytest.mark.parametrize("a, b", [
    ("The storm brought winds of up to 155 mph.", "The storm brought winds reaching 250 km/h."),  # 249 km/h
    ("Winds of up to 110 mph were recorded.", "Gusts of 110 mph were recorded."),
])
def test_up_to_a_figure_agrees_with_the_same_peak(a, b):
    rows = ledger_with_texts(a, b)
    assert len(rows["agree"]) == 1 and not rows["conflict"]


@pytest.mark.parametrize("a, b", [
    ("Up to 300 people attended the vigil.", "250 people attended the vigil."),
    ("The tornado brought winds of up to 180 mph.", "The tornado brought winds of 250 km/h."),
    ("Up to 300 homes were damaged.", "The storm hit 250 homes."),  # a count: "hit" tells no peak of it
])
def test_up_to_a_figure_still_fits_a_lower_figure_nothing_marks_as_a_peak(a, b):
    rows = ledger_with_texts(a, b)
    assert len(rows["agree"]) == 1 and not rows["conflict"]
