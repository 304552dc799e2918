"""An end marker between two stories: a newsletter's last story is no release's notes.

A newsletter whose stories stand apart by one "###" (or "-30-", "ENDS") lost its last story as "notes
to editors" when that story was shorter than the one above: one marker in the page's second half,
with less under it than over it, read as a release's end.  What stands under a release's end is in a
note's form: a label ("Notes to editors", "About ...", "Media contact"), a name and a number, a
numbered note, an offer to journalists, the organisation describing itself.  Another story opens with
prose: two sentences, or one under its own heading.  A page that calls itself a release ("FOR
IMMEDIATE RELEASE") tells one story, and its marker ends it whatever follows.

Every text is invented.
"""

from __future__ import annotations

import pytest

from sentence_kinds import assert_furniture, assert_story_kept, by_text


def page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


BARRIERS = (
    "Lindorf council approved £2.4m for new flood barriers on Tuesday, ending a two-year dispute.",
    "Work will begin in September and finish before the winter storms, engineers said.",
    "The barriers will protect about 600 homes and the town's two schools, the council said.",
    "A public meeting about the plans will be held in the Lindorf library on 14 May.",
)
LIBRARY = (
    "Ostby's library will reopen on Monday after a £300,000 refit paid for by the county.",
    "The library had been closed since the floods of 2011 damaged its ground floor.",
)


# -- Another story under the marker ---------------------------------------------------------------

@pytest.mark.parametrize("marker", ["###", "# # #", "-30-", "ENDS"])
def test_a_shorter_last_story_under_one_marker_stays_story(marker):
    result = by_text(page("Lindorf Weekly", *BARRIERS, marker, *LIBRARY))
    assert_story_kept(result, (*BARRIERS, *LIBRARY))


def test_one_sentence_under_its_own_heading_is_a_story():
    result = by_text(page("Lindorf Weekly", *BARRIERS, "###", "Library reopens", LIBRARY[0]))
    assert_story_kept(result, (*BARRIERS, LIBRARY[0]))
    assert result["Library reopens"][0] == "heading"


def test_a_story_of_one_paragraph_of_two_sentences():
    paragraph = " ".join(LIBRARY)
    result = by_text(page("Lindorf Weekly", *BARRIERS, "###", paragraph))
    assert_story_kept(result, LIBRARY)


def test_a_story_that_quotes_a_company_is_no_company_s_standing_paragraph():
    story = ("Kettleby Appliances, a firm founded in 1974, will close its Ostby plant in June, the company said.",
             "The plant's 140 workers have been offered jobs at its Lindorf site, 12 miles away.")
    result = by_text(page("Lindorf Weekly", *BARRIERS, "###", *story))
    assert_story_kept(result, story)


def test_the_last_story_s_footer_and_a_later_notes_label_are_still_furniture():
    footer = "You are receiving this email because you signed up for Lindorf Weekly."
    result = by_text(page("Lindorf Weekly", *BARRIERS, "###", *LIBRARY, "Notes to editors:",
                          "Photographs of the library are available on request.", footer))
    assert_story_kept(result, (*BARRIERS, *LIBRARY))
    assert_furniture(result, ["Notes to editors:", "Photographs of the library are available on request.", footer])


# -- A release's end: what stands under the marker is in a note's form ----------------------------

CONTACT = "Media contact: Jane Holt, +44 20 7946 0000, press@harbourtrust.example"


@pytest.mark.parametrize("marker", ["###", "ENDS"])
@pytest.mark.parametrize("notes", [
    ("Notes to editors:", "The Harbour Trust was set up in 1988 by three Lindorf fishermen and now runs six shelters."),
    ("About Kettleby Appliances",
     ("Kettleby Appliances is a family-owned maker of kitchen appliances, founded in 1974 in Lindorf. "
      "It employs 1,200 people.")),
    (("Kettleby Appliances is a family-owned maker of kitchen appliances, founded in 1974 in Lindorf. "
      "It employs 1,200 people at its two plants."),),
    ("1. The Harbour Trust is a charity founded in 1988 and based in Lindorf.",
     "2. Photographs of the shelter are available on request."),
    (("Photographs of the shelter are available on request. Interviews with the trust's director can be arranged "
      "through the press office."),),
    ("Jane Holt\nHead of Communications\n+44 20 7946 0000",),
])
def test_a_release_s_notes_under_its_marker_stay_furniture(marker, notes):
    """No "FOR IMMEDIATE RELEASE" over these: the notes' own form says what they are."""
    result = by_text(page("Harbour Trust opens flood shelter in Lindorf", *BARRIERS, marker, *notes, CONTACT))
    under = [sentence for sentence in result if any(sentence in note for note in notes)]
    assert under
    assert_furniture(result, [*under, CONTACT])
    assert_story_kept(result, BARRIERS)


def test_under_a_labelled_release_s_marker_even_prose_is_notes():
    """A page that calls itself a release tells one story: a survey's method under its "ENDS" is a note."""
    method = ("The survey was carried out by Opinium between 3 and 7 March 2025 among 2,034 adults.",
              "Figures have been weighted to be representative of all UK adults.")
    result = by_text(page("FOR IMMEDIATE RELEASE", "Harbour Trust opens flood shelter in Lindorf", *BARRIERS,
                          "ENDS", *method))
    assert_furniture(result, method)
    assert_story_kept(result, BARRIERS)
