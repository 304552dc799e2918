"""Sentence kinds for the furniture tests (importable as ``sentence_kinds``, as ``ledger_rows`` is):
each sentence of a text with its kind and reason, and the two checks those tests make of them."""

from __future__ import annotations

from reader.core.document import load_document
from reader.core.sentences import document_sentences, split_sentences

# A short news page with a line over a two-item list under its headline: the line is the list's title
# or the story's standfirst (the furniture tests put one or the other in place of ``{line}``).
LIST_PAGE = """Ferry sinks off Bali

{line}

- The ferry was carrying 65 people
- Rescuers have found 12 survivors

The KMP Tunu Pratama Jaya sank late on Wednesday in the Bali Strait, the search and rescue agency said.
Rescuers were searching the strait on Thursday with boats and helicopters, officials said.
"""


def by_text(text: str) -> dict[str, tuple[str, str]]:
    """Each sentence's (kind, reason), keyed by its words on one line (a hard-wrapped paragraph's
    line breaks are spaces)."""
    return {" ".join(s.text.split()): (s.kind, s.reason) for s in split_sentences(text)}


def of_file(path) -> dict[str, tuple[str, str]]:
    """``by_text`` of a saved page, read as a file is (its markup's headings and table rows count)."""
    return {" ".join(s.text.split()): (s.kind, s.reason) for s in document_sentences(load_document(path))}


def by_exact_text(text: str) -> dict[str, tuple[str, str]]:
    """Each sentence's (kind, reason), keyed by its text as it stands."""
    return {s.text: (s.kind, s.reason) for s in split_sentences(text)}


def assert_story_kept(result: dict[str, tuple[str, str]], story) -> None:
    for paragraph in story:
        assert result[paragraph] == ("body", ""), (paragraph, result[paragraph])


def assert_furniture(result: dict[str, tuple[str, str]], items, reason: str | None = None) -> None:
    for item in items:
        assert result[item][0] == "boilerplate", (item, result[item])
        if reason is not None:
            assert result[item][1] == reason, (item, result[item])


# A live blog's first post under its header and time, for a welcome line to be judged in.
LIVE_PAGE = """Live updates

Key events

09:05

{welcome}

Rescuers are searching for dozens of people still missing in the town of Paiporta, officials said.
"""


def welcome_kind(welcome: str) -> tuple[str, str]:
    """The (kind, reason) of a live blog's welcome line, read on ``LIVE_PAGE``."""
    (sentence,) = [s for s in split_sentences(LIVE_PAGE.format(welcome=welcome)) if "elcome" in s.text]
    assert sentence.text == welcome
    return sentence.kind, sentence.reason
