"""QA of round 23 (command-line pairs): a dateline and a related-topics label read as story.

A QA pass on invented report pairs found, in plain-text pages: a dateline set on a
line of its own over the story's first paragraph ("SACRAMENTO, Calif. —") read as a subheading; and the
label "Read More About:" over the page's topic links read as a story sentence.  The cues are general; every
page is invented, and each carries story lines that look a little like the furniture and must stay story.
"""

from __future__ import annotations

import pytest
from sentence_kinds import assert_furniture, assert_story_kept, by_text

STORY = (
    "Rescuers recovered 27 bodies from the Meghna river after a ferry capsized in a storm.",
    "Navy divers joined the search on Wednesday, the district administrator said.",
)


# -- A short line between the byline and the story ----------------------------------------------------

def test_a_subheading_over_the_story_under_a_byline_stays_a_heading():
    """A short capitalised line that heads prose of its own is the story's subheading, whatever is above it."""
    text = "\n\n".join(("Death toll from Bangladesh ferry disaster rises to 27", "By Ruma Paul", "Background",
                        *STORY))
    result = by_text(text)
    assert result["Background"][0] == "heading"
    assert_story_kept(result, STORY)


# -- A dateline on a line of its own -----------------------------------------------------------------

@pytest.mark.parametrize("dateline", ["SACRAMENTO, Calif. —", "NEW YORK —", "WASHINGTON, D.C. -", "KYIV (Reuters) -"])
def test_a_dateline_on_its_own_line_is_furniture(dateline):
    text = "\n\n".join(("Sacramento City Council passes budget", "Ashley Zavala, Political Reporter", dateline,
                        "Sacramento city leaders have approved a $1.6-billion spending plan after a long night.",
                        "The city general fund is $754 million."))
    result = by_text(text)
    assert_furniture(result, [dateline], reason="dateline")
    assert_story_kept(result, ["Sacramento city leaders have approved a $1.6-billion spending plan after a long night.",
                               "The city general fund is $754 million."])


def test_a_run_in_dateline_stays_part_of_its_sentence():
    sentence = "SACRAMENTO, Calif. — City leaders have approved a $1.6-billion spending plan."
    result = by_text("\n\n".join(("Sacramento City Council passes budget", "By Ashley Zavala", sentence,
                                  "The city general fund is $754 million.")))
    assert_story_kept(result, [sentence, "The city general fund is $754 million."])


def test_a_capitalised_subheading_with_a_dash_in_it_stays_a_heading():
    """A heading in capitals that says something ("BUDGET — WHAT CHANGES") does not end on the dash."""
    text = "\n\n".join(("Sacramento City Council passes budget", "By Ashley Zavala",
                        "City leaders have approved a $1.6-billion spending plan.", "BUDGET — WHAT CHANGES",
                        "The city general fund is $754 million."))
    result = by_text(text)
    assert result["BUDGET — WHAT CHANGES"][0] == "heading"


# -- "Read More About:" over the topic links ---------------------------------------------------------

@pytest.mark.parametrize("label", ["Read More About:", "More about:", "Read more about"])
def test_a_read_more_about_label_is_furniture(label):
    story = ("Pop singer Marla Quinn has settled a breach-of-contract lawsuit brought by her former manager.",
             "She is due to begin a 40-date North American tour in June.")
    text = "\n\n".join(("Singer settles lawsuit with former manager", "By Gene Maddaus", *story,
                        f"{label}\nMarla Quinn, Lawsuits, Music Business"))
    result = by_text(text)
    assert_furniture(result, [label])
    assert_story_kept(result, story)


def test_a_sentence_about_reading_more_stays_story():
    story = ("Readers can read more about the case in the court filing published on Monday.",
             "She is due to begin a 40-date North American tour in June.")
    result = by_text("\n\n".join(("Singer settles lawsuit with former manager", "By Gene Maddaus", *story)))
    assert_story_kept(result, story)
