"""QA passes 28 and 29: which sentences are linked, and whether a link is equivalent or related.

Two sentences that place the event at different times, one of them by its year alone, tell of two
events: an earlier disaster each outlet recalls is not the same one ("In 2013, a stampede at the
Kumbh Mela ..." / "In January, a crush at the Maha Kumbh ...").  The link may stand, but it is no
corroboration."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text

# Each report opens on its own lead, so that the pair under test is scored in a story, as it is in
# an article (alone, every word two sentences share would be in every sentence).
LEAD_A = ("At least 18 people died and over 50 were injured in a stampede at the Baba Baidyanath Dham "
          "temple in Jharkhand's Deoghar on Monday, officials said.")
LEAD_B = ("A crush at a crowded Hindu temple in eastern India killed 22 people and injured more than 70 "
          "on Monday, police said.")


def relation(a: str, b: str) -> str:
    comparison = compare(document_from_text(f"{LEAD_A}\n\n{a}\n"), document_from_text(f"{LEAD_B}\n\n{b}\n"))
    links = [link for link in comparison.links if (link.a, link.b) == (1, 1)]
    assert len(links) == 1
    return links[0].relation


@pytest.mark.parametrize("a, b", [
    ("In 2013, a stampede at the Kumbh Mela in Prayagraj (then Allahabad) killed 36 people.",
     "In January, a crush at the Maha Kumbh in Prayagraj killed at least 30 people."),
    ("A stampede at the Kumbh Mela in Prayagraj killed 36 people in 2013.",
     "In January, a crush at the Maha Kumbh in Prayagraj killed at least 30 people."),
    ("In 2019, floods in the Kerala district of Wayanad killed more than 40 people.",
     "Floods in the Kerala district of Wayanad killed more than 40 people in August."),
])
def test_an_event_of_another_year_is_no_corroboration(a, b):
    assert relation(a, b) == "related"
    assert relation(b, a) == "related"


@pytest.mark.parametrize("a, b", [
    # The year on one side only, the other names no time: the model decides, as before.
    ("In 2013, a stampede at the Kumbh Mela in Prayagraj killed 36 people.",
     "A stampede at the Kumbh Mela in Prayagraj killed 36 people."),
    # The same year, told with its month on one side.
    ("In 2013, a stampede at the Kumbh Mela in Prayagraj killed 36 people.",
     "In February 2013, a stampede at the Kumbh Mela in Prayagraj killed 36 people."),
    # A day named on both sides, and a year that belongs to something else.
    ("The bridge, which opened in 1932, collapsed on Tuesday, killing three people.",
     "The bridge collapsed on Tuesday, killing three people."),
])
def test_one_time_or_a_shared_time_leaves_a_restatement(a, b):
    assert relation(a, b) == "equivalent"
    assert relation(b, a) == "equivalent"
