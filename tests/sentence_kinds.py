"""Sentence kinds for the furniture tests (importable as ``sentence_kinds``, as ``ledger_rows`` is):
each sentence of a text with its kind and reason, and the two checks those tests make of them."""

from __future__ import annotations

from reader.core.sentences import split_sentences


def by_text(text: str) -> dict[str, tuple[str, str]]:
    """Each sentence's (kind, reason), keyed by its words on one line (a hard-wrapped paragraph's
    line breaks are spaces)."""
    return {" ".join(s.text.split()): (s.kind, s.reason) for s in split_sentences(text)}


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
