"""An agency's sign-off ("– Reuters") is page furniture whatever invisible characters a paste left in
it: zero-width spaces, joiners, a word joiner or a byte-order mark inside the text.  Every page here
is invented."""

from __future__ import annotations

import pytest

from reader.core.document import document_from_text
from reader.core.sentences import document_sentences

STORY = (
    "The Port Carrow harbour authority raised its berthing fees by 4% on Monday, the second rise in a year.",
    "Ferry operators said the increase would add about £2 to the price of a return ticket to the islands.",
    "The authority will publish its dredging plan next month.",
)
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"]


def kinds(text: str) -> dict[str, tuple[str, str]]:
    document = document_from_text(text, title="Port fees rise again")
    sentences = document_sentences(document)
    assert all(document.text[s.start:s.end] == s.text for s in sentences)
    return {s.text.strip(): (s.kind, s.reason) for s in sentences}


def assert_story_kept(result: dict[str, tuple[str, str]]) -> None:
    for sentence in STORY:
        assert result[sentence] == ("body", ""), sentence


@pytest.mark.parametrize("hidden", INVISIBLE, ids=["zwsp", "zwnj", "zwj", "bom", "word-joiner"])
def test_a_signoff_line_with_an_invisible_character_before_the_agency_is_a_credit(hidden):
    signoff = f"– {hidden}Reuters"
    result = kinds("\n\n".join((*STORY, signoff)))
    assert result[signoff] == ("boilerplate", "agency credit")
    assert_story_kept(result)


@pytest.mark.parametrize("hidden", INVISIBLE, ids=["zwsp", "zwnj", "zwj", "bom", "word-joiner"])
def test_a_signoff_line_with_invisible_characters_inside_the_agency_s_name_is_a_credit(hidden):
    signoff = f"— Harbour{hidden} Press {hidden}Agency"
    result = kinds("\n\n".join((*STORY, signoff)))
    assert result[signoff] == ("boilerplate", "agency credit")
    assert_story_kept(result)


def test_a_signoff_after_the_last_sentence_with_zero_width_spaces_is_a_credit():
    last = STORY[-1] + " \u200b–\u200b \u200bReuters"
    result = kinds("\n\n".join((*STORY[:-1], last)))
    assert result[STORY[-1]] == ("body", "")
    assert result["\u200b–\u200b \u200bReuters"] == ("boilerplate", "agency credit")


def test_dash_list_items_with_zero_width_spaces_stay_story():
    items = ["– \u200bIncome tax cut by 2p.", "– \u200bFuel duty frozen for another year.", "– \u200bNo new borrowing."]
    result = kinds("\n\n".join((*STORY, "The chancellor's main measures:\n" + "\n".join(items))))
    for item in items:
        assert result[item] == ("body", ""), item
    assert_story_kept(result)
