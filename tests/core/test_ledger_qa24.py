"""What a count counts and what befell it: a loose count of another noun never takes the partner a
count of the same noun disputes; one toll told with two fates is no agreement; "nine deaths" counts
the dead; nouns that name one thing ("homes", "houses") count it.  And figures read whole: a date after
"the three months to", a dateline naming any outlet, "10pm." without the sentence's full stop, "from
2016 until 2021", a quake's magnitude."""

import pytest

from ledger_rows import both_ways, probe
from reader.core.numbers import dateline_end, find_numbers


# --- 1: a vague count of another noun ------------------------------------------------------------------

def test_a_vague_count_of_another_noun_does_not_hide_the_dispute_of_the_same_noun():
    found = both_ways("Authorities said 37 homes had been lost in Crane Hollow, and dozens more outbuildings "
                      "had been lost.",
                      "Authorities said 43 homes had been lost in Crane Hollow.")
    assert found["conflict"] == [("37", "43")]
    assert found["agree"] == [] and found["only_a"] == ["dozens"]


def test_a_vague_count_of_another_noun_still_agrees_when_nothing_of_the_same_noun_disputes():
    # "30-40 men" and "30-40 troops": agreement otherwise ignores nouns.
    assert both_ways("about 30-40 men", "30 to 40 troops")["agree"] == [("30-40", "30 to 40")]
    found = both_ways("Dozens of outbuildings were lost.", "43 homes were lost.")
    assert found["conflict"] == [] and found["agree"] == [("Dozens", "43")]


# --- 2: one toll, two fates ----------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, conflict", [
    ("Five people died when a coach overturned on the A7 near Lyon on Friday, police said.",
     "Five people were injured when a coach overturned on the A7 near Lyon on Friday, police said.",
     ("Five", "Five")),
    ("The blast at the depot killed 12 workers on Saturday.", "The blast at the depot wounded 12 workers on Saturday.",
     ("12", "12")),
    ("Three fishermen are missing after the trawler sank.", "Three fishermen died after the trawler sank.",
     ("Three", "Three")),
])
def test_one_toll_told_with_two_fates_of_the_victims_is_disputed(a, b, conflict):
    found = both_ways(a, b)
    assert found["conflict"] == [conflict] and conflict not in found["agree"]


def test_the_victims_and_the_suspects_are_two_counts_that_never_agree():
    found = both_ways("Two people were killed in the shooting.", "Two people were arrested after the shooting.")
    assert found["agree"] == [] and found["conflict"] == []
    assert found["only_a"] == ["Two"] and found["only_b"] == ["Two"]


@pytest.mark.parametrize("a, b", [
    ("The attack killed 14 people.", "The attack wounded 40 people."),  # two tolls of one attack
    ("12 killed and 30 injured", "12 killed and 30 injured"),
])
def test_two_tolls_of_different_figures_still_do_not_dispute(a, b):
    assert both_ways(a, b)["conflict"] == []


def test_a_death_toll_against_an_injury_toll_is_no_same_claim_end_to_end():
    link = probe("Five people died when a coach overturned on the A7 near Lyon on Friday, police said.",
                 "Five people were injured when a coach overturned on the A7 near Lyon on Friday, police said.")
    assert link.relation == "related" and [(x.surface, y.surface) for x, y in link.numbers.conflict] == [
        ("Five", "Five")]


def test_the_figure_of_a_clause_after_and_is_not_its_fate():
    # "injured 30 and killed 12 people": the 30 were injured, not killed.
    (thirty, twelve) = find_numbers("The blast injured 30 and killed 12 people")
    assert (thirty.role, twelve.role) == ("injur", "kill")
    found = both_ways("The blast killed 12 people and injured 30", "The blast injured 30 and killed 12 people")
    assert found["conflict"] == [] and len(found["agree"]) == 2


# --- 3: a count of deaths counts the dead ----------------------------------------------------------------

@pytest.mark.parametrize("a, b, conflict", [
    ("Nine deaths have been linked to the heatwave in Andalusia this month.",
     "Eleven people have died in the heatwave in Andalusia this month.", ("Nine", "Eleven")),
    ("Officials reported 12 fatalities.", "Officials said 14 people were killed.", ("12", "14")),
    ("Officials counted 12 dead.", "Officials said 14 people died.", ("12", "14")),
    ("The attack left 12 killed.", "The attack left 14 people killed.", ("12", "14")),
])
def test_a_count_of_deaths_is_a_count_of_the_dead(a, b, conflict):
    assert both_ways(a, b)["conflict"] == [conflict]


@pytest.mark.parametrize("a, b", [
    ("Nine deaths have been linked to the heatwave.", "Eleven people were injured in the heatwave."),
    ("Nine deaths have been linked to the heatwave.", "Eleven buildings were damaged in the heatwave."),
])
def test_a_count_of_deaths_does_not_dispute_another_fate_or_noun(a, b):
    assert both_ways(a, b)["conflict"] == []


# --- 4: nouns that name one thing ----------------------------------------------------------------------

@pytest.mark.parametrize("a, b, conflict", [
    ("The fire destroyed 37 homes in Crane Hollow.", "The fire destroyed 43 houses in Crane Hollow.", ("37", "43")),
    ("The company recalled 300,000 vehicles.", "The company recalled 250,000 cars.", ("300,000", "250,000")),
    ("The firm will cut 1,200 employees.", "The firm will cut 1,300 workers.", ("1,200", "1,300")),
    ("Three vessels sank in the storm.", "Four ships sank in the storm.", ("Three", "Four")),
    ("The shop cut prices on 500 products this week.", "The shop cut prices on 800 items this week.", ("500", "800")),
    ("Two boats capsized off the coast.", "Three ships capsized off the coast.", ("Two", "Three")),
    ("The flood cut off 2,000 inhabitants.", "The flood cut off 2,600 residents.", ("2,000", "2,600")),
])
def test_counts_of_nouns_that_name_one_thing_conflict(a, b, conflict):
    assert both_ways(a, b)["conflict"] == [conflict]


@pytest.mark.parametrize("a, b", [
    ("The fire destroyed 37 homes and 12 cars.", "The fire destroyed 43 cars and 12 homes."),
    ("The fire destroyed 37 homes.", "The fire destroyed 43 barns."),
    ("The airline grounded 37 planes.", "The airline grounded 43 pilots."),
])
def test_counts_of_different_things_still_do_not_conflict(a, b):
    assert ("37", "43") not in both_ways(a, b)["conflict"]


# --- 5: the date after "the N days to" -----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Revenue rose 11% in the three months to 30 September.",
     [("11%", "percent"), ("three months", "duration"), ("30 September", "date")]),
    ("Hospitals admitted 1,840 people in the seven days to 14 July.",
     [("1,840", "count"), ("seven days", "duration"), ("14 July", "date")]),
    ("Sales fell in the 12 weeks to 3 March 2024.", [("12 weeks", "duration"), ("3 March 2024", "date")]),
])
def test_a_date_after_a_period_and_to_is_a_date(text, expected):
    assert [(m.surface, m.kind) for m in find_numbers(text)] == expected


def test_a_period_to_a_date_agrees_or_conflicts_by_the_date():
    assert both_ways("Revenue rose 11% to $4.82bn in the three months to Sept. 30.",
                     "Revenue rose 11% to $4.82bn in the three months to 30 September.")["agree"] == [
        ("up 11%", "up 11%"), ("$4.82bn", "$4.82bn"), ("three months", "three months"), ("Sept. 30", "30 September")]
    found = both_ways("Hospitals admitted 1,840 people in the seven days to 14 July.",
                      "Hospitals admitted 1,840 people in the seven days to July 15.")
    assert found["conflict"] == [("14 July", "July 15")] and found["only_a"] == found["only_b"] == []


def test_a_range_of_periods_is_still_a_range():
    assert [(m.surface, m.kind) for m in find_numbers("It takes three to five days to arrive.")] == [
        ("three to five days", "duration")]
    assert [(m.surface, m.kind) for m in find_numbers("Talks ran from 10 to 12 June.")] == [("10 to 12 June", "date")]


# --- 6: a dateline naming any outlet -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, rest", [
    ("CAPE HARLOW, March 6 (Global Wire) - The Kestrel-2 rocket failed on Thursday.", "The Kestrel-2"),
    ("PORT ELLIS, Fla., Aug. 14 (MarketWire) — Shares rose 4% on Friday.", "Shares rose"),
    ("NEW HAVEN, 6 March (The Daily Courier) – The council met on Tuesday.", "The council"),
    ("SHENZHEN, Nov 26 (Reuters) - Huawei launched its phone.", "Huawei"),
])
def test_a_dateline_names_any_outlet(sentence, rest):
    assert sentence[dateline_end(sentence):].startswith(rest)


@pytest.mark.parametrize("sentence", [
    "UK GDP (Q3) - up 0.2% on the quarter, the ONS said.",
    "The NHS (National Health Service) - which employs 1.3 million people - is under strain.",
    "Revenue, March 6 (Halvard Group) - up 11% to $4.82bn.",
    "On March 6 (Thursday) - the day of the launch - the rocket failed.",
])
def test_a_story_sentence_with_brackets_and_a_dash_is_no_dateline(sentence):
    assert dateline_end(sentence) == 0


def test_the_filing_date_of_a_dateline_naming_any_outlet_is_no_dispute_end_to_end():
    link = probe("The Kestrel-2 rocket failed 92 seconds into its flight on Thursday, March 5, destroying 12 satellites.",
                 "CAPE HARLOW, March 6 (Global Wire) - The Kestrel-2 rocket failed 92 seconds into its flight on "
                 "Thursday, destroying 12 satellites.")
    assert link.numbers.conflict == ()


# --- 7: a clock time before the sentence's full stop ---------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("Public swimming pools will stay open until 10pm.", "10pm"),
    ("The polls close at 9.30am. Counting starts at once.", "9.30am"),
    ("Public swimming pools will stay open until 10 p.m.", "10 p.m."),
    ("The polls close at 9 a.m. on Friday.", "9 a.m."),
    ("The polls close at 9 A.M.", "9 A.M."),
])
def test_a_clock_time_keeps_its_own_dots_and_not_the_sentences(text, surface):
    time = find_numbers(text)[0]
    assert time.surface == surface and time.kind == "time"


# --- 8: a span of years "from 2016 until 2021" ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hale took money from clients from 2016 until 2021, the court heard.",
    "Hale took money from clients from 2016 till 2021, the court heard.",
    "Hale took money from clients from 2016 through 2021, the court heard.",
    "Hale took money from clients between 2016 and 2021, the court heard.",
])
def test_a_span_of_years_is_one_range(text):
    (span,) = find_numbers(text)
    assert (span.kind, span.value) == ("year", (2016, 2021))


def test_two_spans_of_the_same_years_agree():
    found = both_ways("Hale took money from clients between 2016 and 2021, the court heard.",
                      "Hale took money from clients from 2016 until 2021, the court heard.")
    assert found["agree"] == [("between 2016 and 2021", "2016 until 2021")]
    assert found["only_a"] == found["only_b"] == []
    assert both_ways("He served from 2016 until 2021.", "He served from 2016 until 2022.")["conflict"] == [
        ("2016 until 2021", "2016 until 2022")]


@pytest.mark.parametrize("text, surfaces", [
    ("The shop is open from 9 until 5.", ["9", "5"]),
    ("Numbers rose from 2016 until 2021 members.", ["2016", "2021"]),
])
def test_figures_that_are_no_span_of_years_stay_apart(text, surfaces):
    assert [m.surface for m in find_numbers(text)] == surfaces


# --- 9: a quake's magnitude ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A magnitude 6.8 quake hit central Chile on Sunday.",
    "An earthquake of magnitude 6.8 struck central Chile.",
    "A 6.8-magnitude earthquake struck central Chile.",
    "The quake measured 6.8 on the Richter scale.",
    "A 6.8 Richter quake struck central Chile.",
    "An M6.8 quake struck central Chile.",
    "An M 6.8 quake struck central Chile.",
])
def test_a_magnitude_is_a_figure_of_its_own_kind(text):
    (magnitude,) = [m for m in find_numbers(text) if m.kind != "weekday"]
    assert (magnitude.surface[-3:], magnitude.kind, magnitude.value, magnitude.unit) == (
        "6.8", "magnitude", 6.8, "magnitude")


@pytest.mark.parametrize("a, b", [
    ("A magnitude 6.8 quake hit central Chile on Sunday, officials said.",
     "A quake hit central Chile on Sunday and killed 11, officials said."),
    ("Earthquake of magnitude 6.8 strikes central Chile", "Chile earthquake kills 11"),
    ("The quake measured 6.8 on the Richter scale.", "The quake left 7 dead."),
])
def test_a_magnitude_disputes_no_toll(a, b):
    assert both_ways(a, b)["conflict"] == []


@pytest.mark.parametrize("a, b, conflict", [
    ("A magnitude 6.8 quake hit central Chile.", "A 6.9-magnitude quake hit central Chile.", ("6.8", "6.9")),
    ("The quake measured 6.8 on the Richter scale.", "An M7.1 quake struck.", ("6.8", "M7.1")),
])
def test_a_magnitude_disputes_another_magnitude(a, b, conflict):
    assert both_ways(a, b)["conflict"] == [conflict]


@pytest.mark.parametrize("text, expected", [
    ("Traffic on the M6 was halted near junction 4.", [("junction 4", "label")]),
    ("The M25 was closed for 3 hours.", [("3 hours", "duration")]),
    ("The M6.8 figure was revised.", [("M6.8", "magnitude")]),
])
def test_a_motorway_is_no_magnitude(text, expected):
    assert [(m.surface, m.kind) for m in find_numbers(text)] == expected
