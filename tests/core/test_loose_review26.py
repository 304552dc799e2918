"""Loose figures, from code review 26: one age each report gives is set against the other only where
something tells it is one person's (loose_figures.py, ``_told_as_one_person``)."""

from reader.core.compare import compare
from reader.core.model import Document


def _loose_ages(text_a: str, text_b: str) -> list[tuple[str, str]]:
    comparison = compare(Document("a", "a", text_a, "a"), Document("b", "b", text_b, "b"))
    return [(c.a_number.surface, c.b_number.surface) for c in comparison.loose_conflicts
            if "year-old" in c.a_number.surface + c.b_number.surface]


CRASH_A = """Pedestrian killed in town centre crash

A pedestrian has died after being struck by a car in the town centre on Friday evening.

Paramedics treated him at the scene but he died shortly afterwards.

The 45-year-old driver stopped at the scene and is helping officers with their inquiries.

Police have appealed for witnesses to come forward."""

CRASH_B = """Man dies after being hit by car

A pedestrian has died after being hit by a car in the town centre on Friday evening.

Paramedics treated him at the scene but he died a short time later.

The victim, a 19-year-old man from the town, was walking home from work.

Police have appealed for any witnesses to come forward."""


def test_the_drivers_age_and_the_age_of_a_man_killed_are_two_peoples():
    assert _loose_ages(CRASH_A, CRASH_B) == []


def test_a_kind_of_person_the_other_report_names_elsewhere_is_not_yet_its_man():
    driver_b = CRASH_B.replace("Police have appealed",
                               "The driver of the car stopped at the scene. Police have appealed")
    assert _loose_ages(CRASH_A, driver_b) == []


RESCUE_A = """Swimmer rescued off beach

A swimmer was rescued after getting into difficulty off the beach on Saturday afternoon.

He was brought ashore and treated by paramedics before being taken to hospital.

The 67-year-old man had been swimming with friends when he was caught in a rip current.

His condition is said to be stable."""

RESCUE_B = """Off-duty lifeguard saves swimmer

A swimmer was rescued after getting into difficulty off the beach on Saturday afternoon.

He was brought ashore and treated by paramedics before being taken to hospital.

A 23-year-old lifeguard, who was off duty at the time, swam out and pulled him to safety.

His condition is said to be stable."""


def test_the_rescuers_age_is_not_the_rescued_mans_unless_he_is_told_doing_what_the_noun_names():
    assert _loose_ages(RESCUE_A, RESCUE_B) == []
    lifeguard = "A 23-year-old lifeguard, who was off duty at the time, swam out and pulled him to safety."
    swimmer_b = RESCUE_B.replace(lifeguard, "A 23-year-old swimmer was pulled to safety by an off-duty lifeguard.")
    assert _loose_ages(RESCUE_A, swimmer_b) == [("67-year-old", "23-year-old")]
