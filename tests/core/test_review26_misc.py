"""Review 26, M1 and M2: a story sentence in brackets that tells how someone appeared "via" a video call is
no picture credit ("(He appeared via Zoom from Manchester)"), and a given name in "-as" and another in "-an"
are two names, not a place and its people's word ("Elias Moreno" / "Elian Moreno", "Lucas" / "Lucan").
The credits and places the rules were made for keep their reading."""

from __future__ import annotations

import pytest
from sentence_kinds import assert_furniture, assert_story_kept, by_text

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import NAMES_DIFFER, link_notes

# --- M1: "(... via ...)" closing a paragraph ------------------------------------------------------------------

_TRIAL = (
    "A former director of the collapsed firm gave evidence at the fraud trial on Wednesday.",
    "He told the jury he had never seen the accounts before they were filed.",
    "The trial continues.",
)


def _trial_page(paragraph: str) -> str:
    return ("Fraud trial hears from former director\n\n" + "\n\n".join(_TRIAL[:2])
            + f"\n\n{paragraph}\n\n{_TRIAL[2]}\n")


@pytest.mark.parametrize("bracket", [
    "(He appeared via Zoom from Manchester)",
    "(She spoke via Teams from her home in Leeds)",
    "(Smith via Zoom)",
])
def test_a_bracket_telling_how_someone_appeared_via_a_call_stays_story(bracket):
    result = by_text(_trial_page(f"Smith denied all the charges against him. {bracket}"))
    assert_story_kept(result, ["Smith denied all the charges against him.", bracket, *_TRIAL])


@pytest.mark.parametrize("credit", ["(Smith family via AP)", "(Handout via REUTERS)", "(Planet Labs PBC via AP)"])
def test_a_picture_handed_on_by_an_agency_still_credits_its_caption(credit):
    caption = "Firefighters work at the scene of the warehouse fire in Leeds, Tuesday, Feb. 11, 2026."
    result = by_text(_trial_page(f"{caption} {credit}"))
    assert_furniture(result, [caption, credit], "photo caption")
    assert_story_kept(result, _TRIAL)


def test_the_story_sentence_before_a_via_zoom_bracket_still_corroborates_the_other_report():
    a = _trial_page("Smith denied all the charges against him. (He appeared via Zoom from Manchester)")
    b = "Former director gives evidence\n\n" + "\n\n".join(
        [*_TRIAL[:2], "Smith denied all the charges against him.", _TRIAL[2]]) + "\n"
    comparison = compare(document_from_text(a), document_from_text(b))
    assert any(comparison.a_sentences[link.a].text == "Smith denied all the charges against him."
               and comparison.b_sentences[link.b].text == "Smith denied all the charges against him."
               for link in comparison.links)


# --- M2: given names in "-as" against "-an" -------------------------------------------------------------------

_RAID_A = """Man charged after cash machine raid

A man has been charged after a cash machine was ripped from the wall of a supermarket on Tuesday night.

Thieves used a stolen digger to pull the machine out of the building, police said.

"""
_RAID_B = """Digger used in cash machine raid

A man has been charged after a cash machine was ripped from the wall of a supermarket on Tuesday night.

Thieves used a stolen digger to pull the machine out of the building, according to police.

"""


def _names_note(a_sentence: str, b_sentence: str, opening: str) -> bool:
    comparison = compare(document_from_text(_RAID_A + a_sentence + "\n"),
                         document_from_text(_RAID_B + b_sentence + "\n"))
    link = next(link for link in comparison.links if comparison.a_sentences[link.a].text.startswith(opening))
    return NAMES_DIFFER in [note.kind for note in link_notes(comparison, link)]


@pytest.mark.parametrize(("a_name", "b_name"), [("Elias", "Elian"), ("Lucas", "Lucan"), ("Matias", "Matian")])
def test_two_given_names_in_as_and_an_differ(a_name, b_name):
    assert _names_note(f"Police named the man charged as {a_name} Moreno, of no fixed address.",
                       f"Police named the man charged as {b_name} Moreno, of no fixed address.", "Police named")


@pytest.mark.parametrize(("a_place", "b_people"), [
    ("from Houston, Texas", "from the Texan city of Houston"),
    ("from Wichita, Kansas", "from the Kansan city of Wichita"),
    ("from Nassau, Bahamas", "from the Bahamian city of Nassau"),
])
def test_a_place_in_as_and_its_peoples_word_are_still_one_name(a_place, b_people):
    assert not _names_note(f"The digger was bought last month {a_place}, police said.",
                           f"The digger was bought last month {b_people}, police said.", "The digger")
