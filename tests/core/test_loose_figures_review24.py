"""Loose figures, from code review 24: a tenure is one holder's, a moment tied by another figure is of
the deed that figure tells, and a start time needs a word that names what started (loose_figures.py)."""


from reader.core.compare import compare
from reader.core.model import Document

RESIGNS_A = ("Prime Minister Liz Truss resigned on Thursday after a budget that shook the markets, she told reporters "
             "outside Downing Street.\n\n")
RESIGNS_B = ("Liz Truss resigned as prime minister on Thursday after a budget that shook the markets, she told "
             "reporters in Downing Street.\n\n")
DERBY_A = ("Police made arrests after fighting broke out between rival fans before the derby at the stadium, "
           "the force said.\n\n")
DERBY_B = ("Police made arrests after fighting broke out between rival supporters before the derby at the stadium, "
           "according to the force.\n\n")
STORM_A = ("A storm brought down power lines across the county on Sunday, leaving 12,000 homes without electricity, "
           "the utility said.\n\n")
STORM_B = ("A storm brought down power lines across the county on Sunday, leaving 12,000 homes without electricity, "
           "according to the utility.\n\n")
AIRPORT_A = ("More than 120 flights were cancelled at Dublin Airport on Monday after an IT failure knocked out "
             "check-in and baggage systems.\n\n")
AIRPORT_B = ("Some 95 flights were cancelled at Dublin Airport today after a systems failure disrupted check-in "
             "and baggage handling.\n\n")


def _loose(text_a: str, text_b: str, anchors: tuple[str, str]) -> list[tuple[str, str]]:
    comparison = compare(Document("a", "a", anchors[0] + text_a, "a"), Document("b", "b", anchors[1] + text_b, "b"))
    assert (0, 0) in [(link.a, link.b) for link in comparison.links]
    return [(c.a_number.surface, c.b_number.surface) for c in comparison.loose_conflicts]


# H1: a tenure is one holder's.

def test_a_tenure_is_not_set_against_the_predecessors():
    assert _loose("Truss quit after 45 days in office, the shortest tenure of any British prime minister.",
                  "Her predecessor had served more than three years in office.", (RESIGNS_A, RESIGNS_B)) == []


def test_a_tenure_is_not_set_against_the_previous_holders():
    assert _loose("Dunn leaves after 14 months in charge, having won promotion last season.",
                  "The club's previous coach lasted just 15 months in charge.", (RESIGNS_A, RESIGNS_B)) == []


def test_the_tenures_of_two_holders_each_clause_names_are_two_stretches():
    assert _loose("Truss quit after 45 days in office.",
                  "Boris Johnson served three years in office before Truss.", (RESIGNS_A, RESIGNS_B)) == []


def test_one_holders_tenure_told_two_ways_still_differs():
    assert _loose("Truss quit after 45 days in office.",
                  "She leaves after 49 days in power.", (RESIGNS_A, RESIGNS_B)) == [("45 days", "49 days")]


# H2: a moment in sentences another figure ties is of that figure's deed.

def test_the_day_of_another_deed_is_not_set_against_the_day_of_the_arrests():
    assert _loose("Twelve fans were arrested on March 3 after the violence.",
                  "Fifteen fans were arrested and will appear in court on March 20.",
                  (DERBY_A, DERBY_B)) == [("Twelve", "Fifteen")]


def test_a_day_in_a_clause_of_who_did_something_else_is_another_deeds():
    assert _loose("Twelve fans were arrested on March 3 after the violence.",
                  "Police detained fifteen fans, who had travelled from Leeds on March 2, the force said.",
                  (DERBY_A, DERBY_B)) == [("Twelve", "fifteen")]


def test_a_day_of_what_the_violence_did_is_not_the_day_of_the_arrests():
    assert _loose("Twelve fans were arrested after the violence, which broke out on March 3.",
                  "Police detained fifteen fans on March 4, the force said.",
                  (DERBY_A, DERBY_B)) == [("Twelve", "fifteen")]


def test_the_day_of_the_tied_deed_told_two_ways_still_differs():
    assert _loose("Twelve fans were arrested on March 3 after the violence.",
                  "Police detained fifteen fans on March 4, the force said.",
                  (DERBY_A, DERBY_B)) == [("Twelve", "fifteen"), ("March 3", "March 4")]


def test_the_review_case_of_two_holders_and_two_days_is_quiet():

    assert _loose("Truss, who took office on September 6, quit after 45 days in office.",
                  "Her predecessor, who announced his resignation on July 7, had served more than three years in "
                  "office.", (RESIGNS_A, RESIGNS_B)) == []


# M1: a start time needs a word that names what started.

def test_a_start_told_of_it_alone_names_nothing():
    assert _loose("Heavy rain was forecast for most of the day. It started at 2pm and lasted for six hours.",
                  "The first homes lost power in the late afternoon. It started at 4.30pm, the utility said.",
                  (STORM_A, STORM_B)) == []


def test_a_start_of_it_against_a_start_of_the_problem_names_nothing_on_one_side():
    assert _loose("It began at 5.30am, when staff lost access to the check-in system.",
                  "The failure began shortly before 04:00, the airport said.", (AIRPORT_A, AIRPORT_B)) == []


def test_the_start_of_one_named_thing_still_differs():
    assert _loose("The strike began at 6am, the union said.",
                  "The strike started at 5am, the operator said.", (AIRPORT_A, AIRPORT_B)) == [("6am", "5am")]



def test_the_day_of_the_court_hearing_in_the_clause_of_the_count_is_not_the_day_of_the_arrests():
    assert _loose("Twelve fans were arrested on March 3 after the violence.",
                  "Fifteen fans arrested after the violence will appear in court on March 20.",
                  (DERBY_A, DERBY_B)) == [("Twelve", "Fifteen")]


def test_the_day_of_the_arrests_by_the_police_the_other_names_still_differs():
    assert _loose("Twelve fans were arrested by police on March 3.",
                  "Police detained fifteen fans on March 4, the force said.",
                  (DERBY_A, DERBY_B)) == [("Twelve", "fifteen"), ("March 3", "March 4")]
