"""Two articles that link no sentence get no suggested tags: nothing shows that they tell one story, so
"single source" would be a guess that Enter accepts unread."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.suggest import SINGLE_SOURCE, suggest

STORM = """Storm closes the coast road

The storm closed the coast road near Marrow Bay on Tuesday, police said.

Waves of up to eight metres were recorded at the harbour wall.
"""
BUDGET = """Council passes its budget

The council passed a budget of 40 million euros for the coming year.

Libraries will open for two more hours on Saturdays, the mayor said.
"""


def test_two_articles_that_share_no_sentence_get_no_suggested_tags():
    comparison = compare(document_from_text(STORM), document_from_text(BUDGET))
    assert comparison.links == ()
    for side in ("a", "b"):
        assert [evidence.suggested for evidence in suggest(comparison, side)] == [None, None, None]


def test_a_sentence_only_one_of_two_linked_articles_tells_is_still_single_source():
    extra = "A lorry driver was rescued from his cab by the coastguard."
    comparison = compare(document_from_text(STORM), document_from_text(STORM.replace(
        "Waves of up to eight metres were recorded at the harbour wall.", extra)))
    assert comparison.links
    assert SINGLE_SOURCE in [evidence.suggested for evidence in suggest(comparison, "b")]
