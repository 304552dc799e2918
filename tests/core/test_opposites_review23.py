"""Notes a review (review23) found false, and one it found lost.

- A thing refused against one decided on is another thing where the two carry other complements or one is "a
  second" such thing ("ruled out a second referendum on independence" / "announced a referendum on the new
  constitution").
- A deed denied of its object taken "as" something the other report does not say denies that, not the deed ("not
  investigating the death as suspicious" / "opened an investigation into the death").
- A leaving denied is no leaving done from another post ("resign as chairman" / "stepped down as chief executive"),
  nor one done in a year the denial does not name ("stepped down ... in 2019").
- A deed failed on a day of its own against it done on no day is the story going on, no contradiction ("unable to
  locate the missing man on Sunday" / "found the body of the missing man").
- "Not the cause of" one thing says nothing against causing another ("not the cause of the rail crash" / "the
  landslip caused by the storm").
- A part told where the other report tells the whole of that same line ("Two trains on the Brighton line were
  cancelled" / "Services on the Brighton line ran as normal") still says the opposite, and "in the town" / "for the
  area" are no two places."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import NEGATED_ONLY, SAYS_THE_OPPOSITE, link_notes

ANCHOR = ("Emergency services were called to the scene on Monday morning after reports of the incident, officials "
          "confirmed.")
TURNED = (NEGATED_ONLY, SAYS_THE_OPPOSITE)


def _kinds(a: str, b: str) -> list[str]:
    comparison = compare(document_from_text(f"{ANCHOR}\n\n{a}\n"), document_from_text(f"{ANCHOR}\n\n{b}\n"))
    links = [link for link in comparison.links if link.a == 1 and link.b == 1]
    return [note.kind for link in links for note in link_notes(comparison, link)]


def _turned(a: str, b: str) -> bool:
    return any(kind in TURNED for kind in _kinds(a, b) + _kinds(b, a))


@pytest.mark.parametrize("a, b", [
    # Another thing refused and decided on.
    ("The government ruled out a second referendum on independence.",
     "The government announced a referendum on the new constitution."),
    ("The council rejected an inquiry into the closure of the library.",
     "The council ordered an inquiry into the flooding of the high street."),
    # A manner the other report does not tell.
    ("Police said they were not investigating the death as suspicious.",
     "Police have opened an investigation into the death."),
    # Another post left, or a leaving in a past year.
    ("Club chairman John Smith said he would not resign as chairman of the football club.",
     "Club chairman John Smith stepped down as chief executive of the football club in 2019."),
    ("The mayor said she would not resign as leader of the council.",
     "The mayor stepped down as chair of the planning committee."),
    ("The chairman said he would not resign over the scandal.",
     "The chairman stepped down from the board of the bank in 2015."),
    # A failure on a day of its own, the deed done later.
    ("Police divers were unable to locate the missing man in the River Ouse on Sunday.",
     "Police divers found the body of the missing man in the River Ouse."),
    ("Rescuers could not reach the climbers on Friday night.",
     "The climbers were rescued by rescuers on the ridge."),
    # One thing caused, another not.
    ("Investigators said the storm was not the cause of the rail crash near Carmont.",
     "Investigators said the landslip caused by the storm derailed the train near Carmont."),
])
def test_another_claim_is_not_turned_round(a, b):
    assert not _turned(a, b)


@pytest.mark.parametrize("a, b", [
    ("The council rejected a public inquiry into the collapse of the bridge.",
     "The council ordered a public inquiry into the collapse of the bridge."),
    ("The chairman said he would not resign as chairman of the club.",
     "The chairman stepped down as chairman of the club on Friday."),
    ("Rescuers could not reach the climbers on Friday.",
     "The climbers were rescued by rescuers on Friday."),
    ("Investigators said the fire was not the cause of the collapse.",
     "Investigators said the collapse of the roof was caused by the fire."),
    ("Police said they were not investigating the death.",
     "Police have opened an investigation into the death."),
])
def test_the_same_claim_told_two_ways_is_still_turned(a, b):
    assert _turned(a, b)


def test_a_part_of_the_services_on_the_same_line_says_the_opposite():
    assert SAYS_THE_OPPOSITE in _kinds("Two trains on the Brighton line were cancelled on Monday because of the strike.",
                                       "Services on the Brighton line ran as normal on Monday despite the strike.")


def test_a_part_of_the_whole_the_other_names_still_says_nothing():
    assert SAYS_THE_OPPOSITE not in _kinds("The festival went ahead as planned, organisers said.",
                                           "Some events at the festival were cancelled, organisers said.")


def test_no_risk_in_the_town_against_a_warning_for_the_area_is_noted():
    kinds = _kinds("Forecasters said there was no risk of flooding in the town on Monday.",
                   "Forecasters issued a flood warning for the area on Monday.")
    assert NEGATED_ONLY in kinds or SAYS_THE_OPPOSITE in kinds
