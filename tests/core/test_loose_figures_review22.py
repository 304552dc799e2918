"""Loose figures, from review 22: a count told of another time of the story's days ("Earlier in the day"),
of a wider scope ("Across the state", "over the year") or as a sum ("In total", "so far") counts another set
than one event's count, and does not meet it by the deed told of both (loose_figures.py)."""

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.model import Document

# A shared opening the two reports align, so the sentences after it are compared as one story's.
ANCHOR_A = "The MV Rahmat-2 overturned on the Meghna river on Tuesday, about 30km south of Dhaka.\n\n"
ANCHOR_B = "The MV Rahmat-2 went down on the Meghna river on Tuesday, some 30 km south of Dhaka.\n\n"


def _loose(sentence_a: str, sentence_b: str) -> list[tuple[str, str]]:
    comparison = compare(Document("a", "a", ANCHOR_A + sentence_a, "a"), Document("b", "b", ANCHOR_B + sentence_b, "b"))
    assert [(link.a, link.b) for link in comparison.links] == [(0, 0)]  # the two sentences stay unaligned
    return [(c.a_number.surface, c.b_number.surface) for c in comparison.loose_conflicts]


def _loose_of_reports(report_a: str, report_b: str) -> list[tuple[str, str]]:
    comparison = compare(document_from_text(report_a), document_from_text(report_b))
    return [(c.a_number.surface, c.b_number.surface) for c in comparison.loose_conflicts]


def test_people_rescued_earlier_in_the_day_are_another_event():
    assert _loose_of_reports(
        "Ferry capsizes on Lake Victoria\n\n"
        "A passenger ferry capsized on Lake Victoria on Monday.\n\n"
        "About 60 passengers were rescued by fishermen, officials said.\n\n"
        "The cause of the accident is not yet known.\n",
        "Lake Victoria ferry accident\n\n"
        "A ferry carrying traders overturned near Mwanza on Monday.\n\n"
        "Earlier in the day, 15 people were rescued from a minibus that slid into a ditch on the road to the port.\n\n"
        "Police have opened an investigation.\n") == []


def test_people_killed_across_the_state_over_the_year_are_another_scope():
    assert _loose_of_reports(
        "Gunmen attack village in Zamfara\n\n"
        "Gunmen attacked the village of Kadisau on Saturday night.\n\n"
        "At least 30 villagers were killed, local officials said.\n\n"
        "The army has been deployed to the area.\n",
        "Dozens dead in Zamfara raid\n\n"
        "Armed men stormed Kadisau village late on Saturday.\n\n"
        "Across the state, more than 400 people were killed by bandits over the year, Amnesty International said.\n\n"
        "Residents fled to nearby towns.\n") == []


def test_other_moments_of_the_story_days_do_not_meet_the_event():
    event = "About 60 passengers were rescued by fishermen and coast guard boats."
    assert _loose(event, "The previous day, 15 people were rescued from a stranded minibus near the port.") == []
    assert _loose(event, "Later that evening, 12 people were rescued from a sandbank downstream.") == []


def test_a_separate_incident_or_elsewhere_does_not_meet_the_event():
    event = "About 60 passengers were rescued by fishermen and coast guard boats."
    assert _loose(event, "In a separate incident, 12 people were rescued from a stranded minibus near the port.") == []
    assert _loose(event, "Elsewhere, 12 people were rescued from flooded homes by the army.") == []


def test_a_running_total_does_not_meet_one_event():
    # A sum of many rescues, the ferry's among them, is no count of the ferry's people alone; and the other way round.
    assert _loose("About 60 passengers were rescued by fishermen and coast guard boats.",
                  "Nationwide, 450 people have been rescued so far from the floods, the disaster agency said.") == []
    assert _loose("In total, 450 people have been rescued by the navy and volunteers since the rains began.",
                  "About 60 passengers were rescued by fishermen and coast guard boats.") == []


def test_one_event_told_without_a_scope_still_differs():
    assert _loose("About 60 passengers were rescued by fishermen and coast guard boats, while dozens are still missing.",
                  "More than 80 people were rescued, but at least 30 others remained unaccounted for, "
                  "said fire service official Shahjahan Sikder.") == [("60", "80")]


def test_two_totals_told_the_same_way_still_differ():
    # "In total" and "altogether" are one scope: two sums of one rescue set against each other.
    assert _loose("In total, about 60 passengers were rescued by fishermen and coast guard boats.",
                  "More than 80 people were rescued altogether, said fire service official Shahjahan Sikder.") == [("60", "80")]
