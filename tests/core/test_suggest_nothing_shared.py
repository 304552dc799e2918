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


def test_two_stories_with_one_stray_link_get_no_suggested_tags():
    condolence = "Our thoughts are with the families of those affected, the company said in a statement."
    train = ("Train derails near Halden\n\nA regional train left the tracks near Halden on Tuesday morning.\n\n"
             "Fourteen passengers were taken to hospital with minor injuries.\n\n"
             "The line will stay closed until Friday while investigators examine the track.\n\n"
             f"{condolence}\n")
    avalanche = ("Avalanche buries skiers\n\nAn avalanche buried five skiers above Val Riand on Sunday.\n\n"
                 "Rescuers dug out three of them alive within an hour.\n\n"
                 "The resort had warned of a high risk after two days of heavy snow.\n\n"
                 f"{condolence}\n")
    comparison = compare(document_from_text(train), document_from_text(avalanche))
    assert len(comparison.links) == 1  # the stock phrase
    for side in ("a", "b"):
        assert {evidence.suggested for evidence in suggest(comparison, side)} == {None}
