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
