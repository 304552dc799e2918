"""Sentences a QA pass found unlinked, though they report one fact."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import document_from_text

LIVE_BLOG = """Ferry sinking off Calapan

Coast guard spokesman Commander Marites Ocampo has just given the latest figures.

At least 27 people died in the sinking, she said, and 265 people have now been rescued.

The ferry left Batangas port at 1am on Saturday bound for Calapan.

We are getting reports of a passenger ferry in difficulty off the coast of Mindoro.
"""

REPORT = """Death toll rises in Mindoro ferry sinking

Nineteen people are confirmed dead after a passenger ferry sank off the coast of Mindoro early on Saturday, the coast guard said.

Coast guard divers pulled 265 survivors from the water, Commander Marites Campo told a news briefing at the Calapan pier.

The vessel had left Batangas port at 1am on Saturday for the crossing to Calapan.
"""


def test_a_death_toll_told_with_another_form_of_the_verb_is_linked_and_disputed():
    # "died in the sinking" / "sank": one verb in two forms is one term.
    comparison = compare(document_from_text(LIVE_BLOG), document_from_text(REPORT))
    tolls = [link for link in comparison.links
             if comparison.a_sentences[link.a].text.startswith("At least 27 people died")
             and comparison.b_sentences[link.b].text.startswith("Nineteen people")]
    assert len(tolls) == 1
    assert [(x.surface, y.surface) for x, y in tolls[0].numbers.conflict] == [("27", "Nineteen")]


def test_a_share_in_words_and_in_per_cent_is_one_term():
    # "half" and "50 per cent" are one share: they add to the overlap, not to the two norms.
    a = ("A-level results\n\nThe top grade, A*, went to 9.3% of entries, up from 9.1% last year.\n\n"
         "Maths remained the most popular subject, with more than 100,000 entries.\n\n"
         "In further maths, half of all entries were awarded an A or A*.\n")
    b = ("A-level results\n\nThe top grade of A* was awarded to 9.3 per cent of entries.\n\n"
         "In further maths, 50 per cent of entries received an A or A*.\n")
    comparison = compare(document_from_text(a), document_from_text(b))
    shares = [link for link in comparison.links if comparison.a_sentences[link.a].text.startswith("In further maths")]
    assert len(shares) == 1 and comparison.b_sentences[shares[0].b].text.startswith("In further maths")
    assert [(x.surface, y.surface) for x, y in shares[0].numbers.agree] == [("half", "50 per cent")]
