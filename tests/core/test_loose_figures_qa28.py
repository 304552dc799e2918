"""Loose figures, from QA passes 28 and 29: moments (a day of a month, a clock time) in sentences not
aligned, on strong evidence only, and a stretch of time in a post (loose_figures.py)."""

from reader.core.compare import compare
from reader.core.model import Document

# A shared opening the two reports align, so the sentences after it are compared as one story's.
AIRPORT_A = ("More than 120 flights were cancelled at Dublin Airport on Monday after an IT failure knocked out "
             "check-in and baggage systems.\n\n")
AIRPORT_B = ("Some 95 flights were cancelled at Dublin Airport today after a systems failure disrupted check-in "
             "and baggage handling.\n\n")
ELECTION_A = "The minority government lost a confidence vote in the House of Commons on Wednesday night.\n\n"
ELECTION_B = "The minority government lost a confidence vote in the House of Commons on Wednesday night.\n\n"


def _loose(text_a: str, text_b: str, anchors: tuple[str, str] = (AIRPORT_A, AIRPORT_B)) -> list[tuple[str, str]]:
    comparison = compare(Document("a", "a", anchors[0] + text_a, "a"), Document("b", "b", anchors[1] + text_b, "b"))
    assert (0, 0) in [(link.a, link.b) for link in comparison.links]
    return [(c.a_number.surface, c.b_number.surface) for c in comparison.loose_conflicts]


# A clock time each report gives once for when the story's mishap started.

def test_the_start_of_the_mishap_told_by_one_verb_gives_its_time_two_ways():
    assert _loose("The problem began at 5.30am, when staff at both terminals lost access to the common-use "
                  "check-in system.",
                  "The failure began shortly before 04:00, the airport said.") == [("5.30am", "04:00")]


def test_the_start_said_with_started_and_began_is_one_start():
    assert _loose("The outage started at 6.15am.",
                  "The disruption began at around 8am, the operator said.") == [("6.15am", "8am")]


def test_the_starts_of_two_named_events_are_two_moments():
    assert _loose("Voting began at 7am in the capital.",
                  "Counting began at 10pm, officials said.") == []


def test_a_start_on_another_day_is_another_moment():
    assert _loose("The problem began at 5.30am on Sunday.",
                  "The failure began at 4am on Monday.") == []


def test_a_report_with_two_start_times_sets_neither_against_the_other_report():
    assert _loose("The problem began at 5.30am. A second fault began at 9am in Terminal 2.",
                  "The failure began shortly before 04:00, the airport said.") == []


# Moments in two sentences another loose figure already sets side by side.

def test_the_day_of_a_campaign_two_sentences_tell_is_one_day():
    assert ("May 4", "May 11") in _loose(
        "Canadians will go to the polls on Monday, May 4, after a 37-day campaign.",
        "The election has been set for May 11, with a 44-day campaign.", (ELECTION_A, ELECTION_B))


def test_a_day_in_sentences_nothing_else_ties_is_left_out():
    assert _loose("Canadians will go to the polls on Monday, May 4.",
                  "Parliament will be dissolved on May 11.", (ELECTION_A, ELECTION_B)) == []


def test_a_sentence_with_two_days_gives_no_one_day_of_the_thing():
    assert ("May 4", "May 11") not in _loose(
        "After a 37-day campaign that began on March 28, Canadians will go to the polls on May 4.",
        "The election has been set for May 11, with a 44-day campaign.", (ELECTION_A, ELECTION_B))


# A stretch of time in a post.

def test_months_in_office_and_in_power_are_one_tenure():
    assert _loose("The defeat ends the government after 19 months in office.",
                  "The Liberals' defeat comes after 22 months in power.",
                  (ELECTION_A, ELECTION_B)) == [("19 months", "22 months")]


def test_the_tenures_of_two_named_leaders_are_two_stretches():
    assert _loose("Prime Minister Mark Carney leaves after 19 months in office.",
                  "His predecessor Justin Trudeau had spent 22 months in power before his first election.",
                  (ELECTION_A, ELECTION_B)) == []


def test_the_time_of_the_path_two_sentences_tell_is_one_time():
    tornado_a = "Gov. Kim Reynolds declared a disaster emergency for 12 counties.\n\n"
    tornado_b = "Iowa Gov. Kim Reynolds declared a state of disaster in a dozen counties.\n\n"
    assert _loose("It touched down around 9:40 p.m. and carved a path 32 miles long, the weather service said.",
                  "The twister struck shortly after 11 p.m. local time and cut a 70-kilometre path through "
                  "farmland, the U.S. National Weather Service said.",
                  (tornado_a, tornado_b)) == [("9:40 p.m.", "11 p.m."), ("32 miles", "70-kilometre")]
