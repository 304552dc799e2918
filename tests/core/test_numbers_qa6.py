"""Figures read from the review and the sixth QA pass: ages after surnames in a list of people, a day a strike
fell on, a bus route named by its figure, the minute of a goal in its several forms, the size of a crowd,
and the noun counted after a noun that qualifies it ("agency staff")."""

import pytest
from ledger_rows import both_ways, mention

from reader.core.numbers import find_numbers

# --- 1: ages after one-word names in a list of people ---------------------------------------------------------

@pytest.mark.parametrize("text, figures", [
    ("Ryan, 26, and Hughes, 31, appeared before magistrates in Leeds on Monday.", ["26", "31"]),
    ("Ryan, 26, and Hughes, 31, deny murder.", ["26", "31"]),
    ("The victims, Ahmed, 19, and Hassan, 22, were students.", ["19", "22"]),
    ("The two men, Ryan, 26, and Hughes, 31, were remanded in custody.", ["26", "31"]),
    ("Among the 30 arrested were Smith, 26, and Jones, 31.", ["26", "31"]),
    ("Ahmed, 19, and Hassan, 22, were students at the university.", ["19", "22"]),
])
def test_ages_after_names_in_a_list_of_people_stay_ages(text, figures):
    assert [mention(text, figure).kind for figure in figures] == ["age"] * len(figures)


@pytest.mark.parametrize("text, figures", [
    ("Kenya, 12, Uganda, 8 and Tanzania, 5 completed the medal table.", ["12", "8", "5"]),
    ("The medal table was led by Kenya, 12, Uganda, 8 and Tanzania, 5.", ["12", "8", "5"]),
    ("Of the 25 athletes, Kenya, 12, Uganda, 8 and Tanzania, 5 won medals.", ["12", "8", "5"]),
    ("Floods killed 40 people: Kent, 12, and Sussex, 28.", ["12", "28"]),
    ("Most migrants came from Syria, 120, and Eritrea, 85, the agency said.", ["120", "85"]),
    ("Seats went to Labour, 200, Reform, 150, and the Greens, 40.", ["200", "150", "40"]),
])
def test_a_tally_of_places_or_parties_stays_counts(text, figures):
    assert [mention(text, figure).kind for figure in figures] == ["count"] * len(figures)


def test_surnames_and_full_names_with_the_same_ages_agree():
    found = both_ways("Ryan, 26, and Hughes, 31, appeared before magistrates in Leeds on Monday.",
                      "Liam Ryan, 26, and Sean Hughes, 31, appeared before magistrates in Leeds on Monday.")
    assert found["agree"] == [("26", "26"), ("31", "31"), ("Monday", "Monday")]
    assert found["only_a"] == found["only_b"] == []


def test_an_age_in_a_list_does_not_hide_a_disputed_count():
    found = both_ways("Among the 30 arrested were Smith, 26, and Jones, 31.",
                      "Among the 26 arrested were Smith and Jones.")
    assert found["conflict"] == [("30", "26")] and found["agree"] == []


def test_tallies_of_places_still_conflict():
    found = both_ways("Kenya, 12, Uganda, 8 and Tanzania, 5 completed the medal table.",
                      "Kenya, 12, Uganda, 9 and Tanzania, 5 completed the medal table.")
    assert found["conflict"] == [("8", "9")]


# --- 2: the day something happened on is no length of it --------------------------------------------------------

def test_on_a_day_of_strikes_names_the_day():
    found = both_ways("On a day of nationwide strikes, 200 flights were cancelled at Paris airports.",
                      "After two days of nationwide strikes, 200 flights were cancelled at Paris airports.")
    assert found["conflict"] == [] and found["agree"] == [("200", "200")]


@pytest.mark.parametrize("a, b, conflict", [
    ("The deal came after 18 months of talks.", "The deal came after a year of talks.", ("18 months", "a year")),
    ("The town fell after 10 days of fighting.", "The town fell after a week of fighting.", ("10 days", "a week")),
])
def test_a_year_of_talks_after_which_something_happened_is_still_a_length(a, b, conflict):
    assert both_ways(a, b)["conflict"] == [conflict]


def test_during_a_week_of_protests_names_the_week():
    assert all(m.kind != "duration" for m in find_numbers("During a week of protests, 40 people were arrested."))


# --- 3: a bus route named by its figure -------------------------------------------------------------------------

def test_the_number_73_bus_is_the_73_bus():
    assert both_ways("The number 73 bus was stopped.", "The 73 bus was stopped.")["agree"] == [("73", "73")]
    assert both_ways("The 7 train was stopped.", "The No 8 train was stopped.")["conflict"] == [("7", "8")]


def test_buses_in_the_plural_are_counted():
    assert mention("The 73 buses were stopped.", "73").kind == "count"


def test_a_name_read_with_a_time_is_not_read_again_with_a_figure():
    found = find_numbers("2022 GMT 1")
    assert all(earlier.end <= later.start for earlier, later in zip(found, found[1:]))


# --- 4: the minute of a goal ------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Holloway put Westford ahead in the 67th minute.", "Holloway put Westford ahead on 67 minutes."),
    ("Holloway scored a 67th-minute winner.", "Holloway scored the winner on 67 minutes."),
    ("Holloway scored in the 67th min.", "Holloway scored on 67 minutes."),
])
def test_the_minute_of_a_goal_in_its_forms_agrees(a, b):
    found = both_ways(a, b)
    assert len(found["agree"]) == 1 and found["only_a"] == found["only_b"] == []


def test_the_minute_of_a_goal_in_two_forms_conflicts():
    found = both_ways("Holloway put Westford ahead in the 67th minute, sliding in at the far post.",
                      "Holloway put Westford ahead on 76 minutes, sliding in at the far post.")
    assert found["conflict"] == [("67th", "76 minutes")]


def test_minutes_of_talks_are_still_a_length():
    assert mention("The deal came after 90 minutes of talks.", "90 minutes").kind == "duration"
    assert mention("They agreed on 90 minutes of talks.", "90 minutes").kind == "duration"


# --- 5: who a count counts --------------------------------------------------------------------------------------

def test_the_size_of_a_crowd_counts_people():
    assert mention("A crowd of 41,512 saw Carrick take the lead.", "41,512").unit == "person"
    found = both_ways("A crowd of 41,512 saw Carrick take the lead in the 12th minute at the Riverside Stadium.",
                      "Carrick took the lead in the 12th minute in front of 41,215 fans at the Riverside Stadium.")
    assert found["conflict"] == [("41,512", "41,215")]


@pytest.mark.parametrize("text, figure, noun", [
    ("Between 150 and 200 agency staff will also be let go.", "Between 150 and 200", "staff"),
    ("40 cabin crew walked out.", "40", "crew"),
    ("60 customs officers were hurt.", "60", "officer"),
    ("200 sales staff were cut.", "200", "staff"),
    ("200 police officers were deployed.", "200", "police"),  # a word for people already: counted as police
])
def test_the_noun_counted_is_the_last_of_its_phrase(text, figure, noun):
    assert mention(text, figure).unit == noun


def test_agency_staff_and_agency_workers_are_compared():
    found = both_ways("Between 150 and 200 agency staff will also be let go.",
                      "About 260 agency workers will also be let go.")
    assert found["conflict"] == [("Between 150 and 200", "about 260")]
