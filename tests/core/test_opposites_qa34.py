"""Claims turned round in other words, from QA pass 34 (cliqa34 D1, D5): a survivor told among those who drowned, a
service "unaffected" against "also disrupted, with staff forced ...", a thing held "with" against "no" such thing
("with full military honours" / "no military honors"), and an outage denied against power lost ("did not cause
any power cuts" / "4000 customers lost power").  And no "says the opposite" for an image "captured" and "released":
holding and freeing are opposites of people and animals, not of an image, data or a report."""

from __future__ import annotations

import pytest
from claim_turns import assert_disputed, link_after_shared, turned

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import NEGATED_ONLY, SAYS_THE_OPPOSITE, link_notes
from reader.core.suggest import DISPUTED, suggest


def _notes(a: str, b: str) -> list[tuple[str, str, str]]:
    comparison, link = link_after_shared(a, b)
    return [(note.kind, note.a, note.b) for note in link_notes(comparison, link)]


def _notes_in_story(a_lines: list[str], b_lines: list[str], at: int) -> list[tuple[str, str, str]]:
    """The notes of the link of the two sentences at ``at`` of two reports, each told with its story's other lines
    (a headline first): the pairs that a shorter shared context leaves unlinked.  Both must be suggested disputed."""
    comparison = compare(document_from_text("\n\n".join(a_lines) + "\n"), document_from_text("\n\n".join(b_lines) + "\n"))
    (link,) = [link for link in comparison.links if link.a == at and link.b == at]
    assert link.relation == "related"
    assert suggest(comparison, "a")[at].suggested == DISPUTED and suggest(comparison, "b")[at].suggested == DISPUTED
    return [(note.kind, note.a, note.b) for note in link_notes(comparison, link)]


# -- survived / drowned --------------------------------------------------------------------------------------------

def test_survived_against_among_those_who_drowned_is_disputed():
    a = "The captain survived and was arrested by police on Friday, the governor said."
    b = "The captain was among those who drowned, the provincial governor said."
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)
    assert _notes(a, b) == [(SAYS_THE_OPPOSITE, "survived", "among those who drowned")]


def test_survived_against_drowned_of_another_person_says_nothing():
    a = "The captain survived, the governor said."
    b = "Two fishermen drowned trying to reach the boat, the governor said."
    assert not turned(a, b) and not turned(b, a)


# -- unaffected / disrupted, with a clause after -----------------------------------------------------------------

def test_unaffected_against_disrupted_with_a_clause_after_is_disputed():
    a = ("Emergency social care and homelessness services were unaffected and continued to operate normally, "
         "the council said.")
    b = "Emergency homelessness services were also disrupted, with staff forced to use paper records over the weekend."
    assert turned(a, b) and turned(b, a)
    notes = _notes_in_story(
        ["Castlebridge council services down after ransomware attack",
         "The council said it had found no evidence that residents' personal data had been taken.", a,
         "A ransomware attack has shut down most of Castlebridge City Council's online services, leaving residents "
         "unable to pay council tax.",
         "Council tax direct debits due on 1 December will still be taken."],
        ["Castlebridge council hit by ransomware attack",
         "The council has admitted that residents' personal details, including some bank account numbers, were "
         "stolen.", b,
         "A ransomware attack has crippled Castlebridge city council's computer systems, leaving residents unable to "
         "pay council tax online.",
         "Direct debits scheduled for December 1st will be collected as normal, the council said."], 2)
    assert notes == [(SAYS_THE_OPPOSITE, "unaffected and continued", "also disrupted")]


# -- with / no ---------------------------------------------------------------------------------------------------------

def test_with_military_honours_against_no_military_honors_is_disputed():
    a = "The funeral was held with full military honours, with personnel of the three services carrying the coffin."
    b = "In line with his wishes, there were no military honors at the cremation, his family said."
    assert turned(a, b) and turned(b, a)
    notes = _notes_in_story(
        ["Former President KR Raghavan cremated with state honours",
         "Prime Minister Narendra Modi was present at the cremation along with Union ministers and chief ministers "
         "of several states.", a,
         "Former President KR Raghavan, who died on Saturday aged 91, was cremated with full state honours in New "
         "Delhi on Monday.",
         "He was born on 12 March 1933 in Palakkad, Kerala."],
        ["India holds state funeral for former President K.R. Raghavan",
         "Prime Minister Narendra Modi, who is on an official visit to Japan, did not attend the funeral.", b,
         "NEW DELHI (AP) — India held a state funeral Monday for former President K.R. Raghavan, who died at 93 after "
         "a long illness.",
         "He was born March 12, 1933, in the southern state of Kerala."], 2)
    assert [kind for kind, _, _ in notes] == [NEGATED_ONLY]


@pytest.mark.parametrize("b", [
    "In line with his wishes, there were no speeches at the cremation, his family said.",  # another thing denied
    "There were no military honours at the funeral in 1998 of his predecessor, his family said.",  # another time
])
def test_with_a_thing_against_no_other_thing_or_another_time_says_nothing(b):
    a = "The funeral was held with full military honours, with personnel of the three services carrying the coffin."
    assert not turned(a, b) and not turned(b, a)


# -- power cuts denied / power lost ------------------------------------------------------------------------------------

def test_no_power_cuts_against_customers_who_lost_power_is_disputed():
    a = "Unison said the storm did not cause any power cuts."
    b = "Around 4000 Unison customers lost power for several hours on Sunday evening."
    assert turned(a, b) and turned(b, a)
    assert_disputed(a, b)
    assert _notes(a, b) == [(NEGATED_ONLY, "did not cause any", "")]


@pytest.mark.parametrize("a", [
    "Unison said it expected no further power cuts after the storm.",  # later outages
    "Unison said the storm did not damage any substations.",  # another thing denied
])
def test_later_outages_or_another_thing_denied_against_power_lost_say_nothing(a):
    b = "Around 4000 Unison customers lost power for several hours on Sunday evening."
    assert not turned(a, b) and not turned(b, a)


# -- captured / released an image (D5) ---------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The James Webb Space Telescope (JWST) has captured a breathtaking new image of the Lobster Nebula, a vast "
     "star-forming region in the constellation Scorpius.",
     "The James Webb Space Telescope has released a spectacular new image of a stellar nursery called the Lobster "
     "Nebula."),
    ("The footage was captured by a dashboard camera, police said.",
     "The footage was released by police on Tuesday, police said."),
])
def test_an_image_captured_and_released_is_no_opposite(a, b):
    assert not turned(a, b) and not turned(b, a)
    assert all(kind != SAYS_THE_OPPOSITE for kind, _, _ in _notes(a, b))


def test_a_suspect_captured_against_released_is_still_disputed():
    a = "Police captured the suspect on Friday, the governor said."
    b = "Police released the suspect on Friday, the governor said."
    assert turned(a, b) and turned(b, a)


# -- one thing alone / it and another ------------------------------------------------------------------------------

def test_one_instrument_alone_against_it_and_another_is_disputed():
    a = "The image was taken with Webb's Near-Infrared Camera (NIRCam) alone."
    b = "The image combines data from the Near-Infrared Camera (NIRCam) and the Canadian-built NIRISS instrument."
    assert turned(a, b) and turned(b, a)
    notes = _notes_in_story(
        ["Webb reveals new view of the Lobster Nebula", a,
         "Astronomers said the nebula shows no signs of planet-forming disks, probably because the intense radiation "
         "from its massive stars strips them away.",
         "The $10 billion observatory launched on Dec. 25, 2021, from Kourou, French Guiana."],
        ["Webb telescope's new Lobster Nebula image", b,
         "It also reveals dozens of planet-forming disks around the young stars, something astronomers had not "
         "expected in such a harsh environment.",
         "Webb, a US$10-billion telescope, launched on 25 December 2021."], 1)
    assert notes == [(SAYS_THE_OPPOSITE, "alone", "and the Canadian-built NIRISS instrument")]


@pytest.mark.parametrize("a, b", [
    ("He lived alone in a flat in Leeds.", "He lived and worked in a flat in Leeds."),  # "alone" of a verb
    ("In 2023 alone, 500 people died.", "In 2023 and 2024, 500 people died."),  # a year stressed
])
def test_alone_of_a_verb_or_a_year_says_nothing(a, b):
    assert not turned(a, b) and not turned(b, a)
