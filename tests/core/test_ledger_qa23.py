"""Figures of different roles never dispute each other: the date of another event (an earlier one a
claim is set against, or one still to come) beside the claim's own date, a road's or a flight's number
beside a count, an amount added beside a total reached.  And wordings read as one figure: "two or
three days", "six-tenths of a percent", a weekday with its date."""

import pytest

from ledger_rows import both_ways, probe
from reader.core.numbers import find_numbers


# --- 1: the date of another event -------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Governor Helena Marchetti said inflation fell to 2.9% in March.",
     "Governor Helena Marchetti declined to say whether the bank would cut again at its next meeting on 11 June."),
    ("The bank cut its rate to 3.75% on Thursday, April 23, its second reduction this year.",
     "It is the bank's second cut of 2026, after a reduction in February."),
    ("Prices rose 4% in May.", "It was the steepest rise since March."),
    ("The law took effect on 1 July.", "It was passed before the election in May."),
])
def test_the_date_of_another_event_does_not_dispute_the_claims_date(a, b):
    assert both_ways(a, b)["conflict"] == []


@pytest.mark.parametrize("a, b, conflict", [
    ("She was sworn in on January 12.", "She was sworn in on January 21.", ("January 12", "January 21")),
    ("The committee's next decision is due on June 18.", "The bank would cut again at its next meeting on 11 June.",
     ("June 18", "11 June")),
    ("It is the second cut, after a reduction in February.", "It is the second cut, after a reduction in January.",
     ("February", "January")),
    ("The video was shown in November.", "The clip went viral in December.", ("November", "December")),
])
def test_dates_of_one_event_still_conflict(a, b, conflict):
    assert both_ways(a, b)["conflict"] == [conflict]


def test_a_statistics_month_and_a_meeting_date_are_no_dispute_end_to_end():
    link = probe("Governor Helena Marchetti said inflation fell to 2.9% in March.",
                 "Governor Helena Marchetti declined to say whether the bank would cut again at its next meeting "
                 "on 11 June.")
    assert link is None or not link.numbers.conflict


# --- 2: a number that names a road, a flight, a room ------------------------------------------------

@pytest.mark.parametrize("text, label", [
    ("Ridgeback Fire: 18,000 ordered out as blaze crosses Highway 49", "Highway 49"),
    ("Diners lined Route 66.", "Route 66"),
    ("Passengers waited at Gate 12.", "Gate 12"),
    ("He was held in Room 101.", "Room 101"),
    ("Trains on Line 4 stopped.", "Line 4"),
])
def test_a_number_after_a_name_is_a_label(text, label):
    assert [m.surface for m in find_numbers(text) if m.kind == "label"] == [label]


def test_a_label_does_not_dispute_a_count():
    found = both_ways("Thousands flee as Ridgeback Fire races toward Pine Hollow",
                      "Ridgeback Fire: 18,000 ordered out as blaze crosses Highway 49")
    assert found["conflict"] == [] and "Highway 49" in found["only_b"]


def test_labels_of_one_name_conflict_and_of_two_names_do_not():
    assert both_ways("Crews closed Highway 49.", "Crews closed Highway 50.")["conflict"] == [("Highway 49", "Highway 50")]
    assert both_ways("Crews closed Highway 49.", "Crews closed Route 50.")["conflict"] == []


@pytest.mark.parametrize("text", ["Sunday 100", "Arsenal beat Chelsea 3-1 on Sunday."])
def test_a_weekday_or_a_score_after_a_name_is_no_label(text):
    assert "label" not in [m.kind for m in find_numbers(text)]


# --- 3: an amount added and a total reached ---------------------------------------------------------

def test_an_added_amount_does_not_dispute_a_total():
    found = both_ways("Rovers signed him for a club-record fee of €85 million, with a further €10m in add-ons.",
                      "Rovers signed him in a deal worth a club-record €80m, rising to €90m with bonuses.")
    assert found["conflict"] == [("€85 million", "€80m")]
    assert found["only_a"] == ["€10m"] and found["only_b"] == ["€90m"]


def test_two_added_amounts_still_conflict():
    found = both_ways("He paid €85m, with a further €10m in add-ons.", "He paid €85m, plus €12m in add-ons.")
    assert [(x.split()[-1], y.split()[-1]) for x, y in found["conflict"]] == [("€10m", "€12m")]


# --- 4: wording -------------------------------------------------------------------------------------

def test_two_or_three_days_is_one_range():
    found = both_ways("Symptoms last two or three days.", "Symptoms last two to three days.")
    assert found["agree"] == [("two or three days", "two to three days")]
    assert found["only_a"] == found["only_b"] == []


@pytest.mark.parametrize("text", ["They were 30 or 300 people.", "in 2019 or 2020"])
def test_figures_far_apart_or_not_counts_stay_two(text):
    assert len(find_numbers(text)) == 2


def test_tenths_of_a_percent_are_a_share():
    found = both_ways("Prices fell 0.6%.", "Prices slid six-tenths of a percent.")
    assert [y for _, y in found["agree"]] == ["down six-tenths of a percent"]


def test_a_weekday_goes_with_its_matched_date():
    found = both_ways("The trial opens on Friday 7 March.", "The trial opens on March 7.")
    assert found["agree"] == [("7 March", "March 7")] and found["only_a"] == []


def test_a_weekday_still_disputes_another_weekday():
    found = both_ways("The trial opens on Friday 7 March.", "The trial opens on Thursday, March 7.")
    assert found["conflict"] == [("Friday", "Thursday")]
