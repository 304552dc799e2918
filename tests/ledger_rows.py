"""Ledger rows for the number tests (importable as ``ledger_rows``, as ``written_files`` is): two
sentences' ledger as quoted figures, checked both ways round, and the link of two one-line
sentences under a shared first line, as the CLI QA's probe script made them; and the one mention of a
figure in a sentence."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.ledger import compare_numbers
from reader.core.numbers import find_numbers, with_hedge


def mention(text: str, surface: str):
    """The one mention of ``text`` whose surface is ``surface``."""
    found = [m for m in find_numbers(text) if m.surface == surface]
    assert len(found) == 1, f"{surface!r} in {text!r}: got {find_numbers(text)}"
    return found[0]


def ledger(a: str, b: str) -> dict[str, list]:
    """The ledger of two sentences as quoted figures: what agrees, conflicts, and each side alone."""
    found = compare_numbers(find_numbers(a), find_numbers(b))
    return {
        "agree": [(with_hedge(x), with_hedge(y)) for x, y in found.agree],
        "conflict": [(with_hedge(x), with_hedge(y)) for x, y in found.conflict],
        "only_a": [m.surface for m in found.only_a],
        "only_b": [m.surface for m in found.only_b],
    }


def agree_and_conflict(a: str, b: str) -> dict[str, list]:
    """``ledger`` without the figures one side alone gives."""
    rows = ledger(a, b)
    return {"agree": rows["agree"], "conflict": rows["conflict"]}


def both_ways(a: str, b: str) -> dict[str, list]:
    """The ledger of a and b, checked to be the mirror of b and a's."""
    there, back = ledger(a, b), ledger(b, a)
    assert sorted(back["agree"]) == sorted((y, x) for x, y in there["agree"])
    assert sorted(back["conflict"]) == sorted((y, x) for x, y in there["conflict"])
    assert back["only_a"] == there["only_b"] and back["only_b"] == there["only_a"]
    return there


def ledger_with_texts(a: str, b: str) -> dict[str, list]:
    """The ledger of two sentences read with their texts, as quoted figures, checked to mirror b and a's."""
    def read(one: str, other: str) -> dict[str, list]:
        found = compare_numbers(find_numbers(one), find_numbers(other), texts=(one, other))
        return {"agree": [(with_hedge(x), with_hedge(y)) for x, y in found.agree],
                "conflict": [(with_hedge(x), with_hedge(y)) for x, y in found.conflict],
                "only_a": [with_hedge(m) for m in found.only_a], "only_b": [with_hedge(m) for m in found.only_b]}
    there, back = read(a, b), read(b, a)
    assert sorted(back["conflict"]) == sorted((y, x) for x, y in there["conflict"])
    assert sorted(back["agree"]) == sorted((y, x) for x, y in there["agree"])
    assert back["only_a"] == there["only_b"] and back["only_b"] == there["only_a"]
    return there


OPENING = "Officials gave an update on Tuesday about the Norhaven case."


def probe(a: str, b: str):
    """The link of two one-line sentences under a shared first line (the QA's probe.sh), or None."""
    comparison = compare(document_from_text(f"{OPENING}\n\n{a}\n"), document_from_text(f"{OPENING}\n\n{b}\n"))
    links = [link for link in comparison.links if link.a == 1 and link.b == 1]
    return links[0] if links else None


# Three sentences two reports tell word for word before the tested one, so a one-sentence pair is read as one
# story (without them no tag is suggested), as the CLI QA's repros are written.
CONTEXT = ("Officials in the town confirmed the details on Tuesday morning. The regional council met in emergency "
           "session to discuss the response. Local residents gathered outside the town hall to ask questions.")


def story_link(a: str, b: str):
    """The link of two sentences told after the same three sentences of ``CONTEXT``, as the CLI reads two files."""
    comparison = compare(document_from_text(f"{CONTEXT}\n\n{a}\n"), document_from_text(f"{CONTEXT}\n\n{b}\n"))
    links = [link for link in comparison.links if link.a == 3 and link.b == 3]
    assert links, "the two story sentences should link"
    return links[0]


def conflicts(link) -> list[tuple[str, str]]:
    """A link's conflicting figures, as written."""
    return [(x.surface, y.surface) for x, y in link.numbers.conflict]
