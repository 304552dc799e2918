"""The data contract between the engine and its two faces (CLI and window).

Everything here is a plain, immutable value.  Offsets are always character
offsets into ``Document.text`` (half-open ``[start, end)``), so that
``doc.text[s.start:s.end] == s.text`` for every sentence ``s``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SentenceKind = Literal["body", "heading", "boilerplate"]
Relation = Literal["equivalent", "related"]
# Word-diff opcodes, as in difflib: how to turn side A's words into side B's.
DiffOp = Literal["equal", "replace", "delete", "insert"]
# What a differing word is: numbers and names matter most to a fact-checker,
# attribution and hedging words ("said", "allegedly") change who vouches for a claim.
SpanType = Literal["number", "name", "hedge", "word"]


@dataclass(frozen=True)
class Document:
    """One source article, decoded and cleaned to plain text."""

    path: str
    title: str
    text: str
    sha256: str  # of the file's bytes: identifies the exact version a tag was made on
    format: str = "txt"  # "txt", "md" or "html"
    # Where the markup said "heading" (<h1>-<h6>, Markdown's # and underlines): (start, end) in ``text``.
    headings: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Sentence:
    """A sentence or heading line of a document, with exact offsets."""

    index: int
    start: int
    end: int
    text: str
    kind: SentenceKind = "body"
    # Why a sentence is not body text, in a few words a user can read in a
    # tooltip ("comment prompt", "repeated line", "off-story"); empty for body.
    reason: str = ""


@dataclass(frozen=True)
class NumberMention:
    """A number found in text, with what it means.

    ``kind`` names the quantity (``"month"``, ``"date"``, ``"length"``,
    ``"money"``, ``"count"``...); two mentions can only agree or conflict when
    their kinds are comparable.  ``value`` is a hashable normal form: equal
    values mean the same quantity whatever the surface form ("198-km" and
    "198 kilometers").
    """

    start: int
    end: int
    surface: str
    kind: str
    value: object
    unit: str = ""
    # The hedge written before a single figure, lower-cased: "more than", "up to",
    # "about", "nearly"...; empty for a plain figure.  See numbers.FIGURE_HEDGES.
    hedge: str = ""
    # For a count: the stem of what happened to what it counts, written next to it ("12 were
    # killed", "killing 12": "kill"); empty when nothing says.  Tells swapped figures apart.
    role: str = ""
    # For a share, an amount or points: "up" or "down" when the words next to it say the figure is a
    # rise or a fall ("up 12%", "fell $2bn", "a 4% drop", "+4%"); for any figure of a change between
    # two levels, "from" or "to" for the level it left or reached ("rose from 10% to 12%", "$12
    # million, down from $30 million"); empty when nothing says.
    direction: str = ""
    # For an amount with its conversion into another currency in brackets ("€5m ($5.4m)"): the
    # conversion, read as a mention of its own ("$5.4m"), so the ledger can set it beside a
    # report that gives dollars only.  None for any other figure.
    converted: "NumberMention | None" = None


@dataclass(frozen=True)
class DiffSpan:
    """One opcode of a word-level diff inside a link, in document offsets.

    ``a_start:a_end`` is the span in document A (empty for inserts), and
    ``b_start:b_end`` in document B (empty for deletes).
    """

    op: DiffOp
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    type: SpanType = "word"


# The role of a date in the dateline opening a sentence ("LONDON, Nov 26 (Reuters) -"): the day the
# report was filed, not a claim about what happened (see compare._filing_dates_apart).
FILING_DATE = "filing"


@dataclass(frozen=True)
class NumberLedger:
    """How the numbers of two linked sentences compare."""

    agree: tuple[tuple[NumberMention, NumberMention], ...] = ()
    conflict: tuple[tuple[NumberMention, NumberMention], ...] = ()
    only_a: tuple[NumberMention, ...] = ()
    only_b: tuple[NumberMention, ...] = ()

    @property
    def claim_conflicts(self) -> tuple[tuple[NumberMention, NumberMention], ...]:
        """The conflicts that dispute what the two sentences claim: all but the filing dates of two
        reports filed on two days ("Nov 26 (Reuters)" / "Nov 27 (Reuters)"), which may tell one claim."""
        return tuple(pair for pair in self.conflict if pair[0].role != FILING_DATE)

    @property
    def disputes_the_claim(self) -> bool:
        """Does a conflict dispute what the two sentences claim (see ``claim_conflicts``)?"""
        return bool(self.claim_conflicts)


@dataclass(frozen=True)
class Link:
    """Sentence ``a`` of document A and sentence ``b`` of document B report on the same thing.

    ``relation`` is ``"equivalent"`` when they make the same claim (they
    corroborate each other) and ``"related"`` when the claims overlap but differ
    in substance (a candidate for dispute).
    """

    a: int
    b: int
    score: float
    relation: Relation
    diff: tuple[DiffSpan, ...] = ()
    numbers: NumberLedger = field(default_factory=NumberLedger)

    @property
    def has_conflict(self) -> bool:
        """A number conflict that disputes the claim (see NumberLedger.disputes_the_claim)."""
        return self.numbers.disputes_the_claim


@dataclass(frozen=True)
class HeadlinePair:
    """The two documents' headlines (sentences ``a`` and ``b``, of kind ``heading``), set side by side.

    Headlines take no part in alignment (they restate the story in a few words, and would link to
    everything), but they carry the figure an outlet leads with: "1.4 million coffee makers
    recalled" / "410,000 coffee makers recalled" is the first thing a fact-checker must see."""

    a: int
    b: int
    diff: tuple[DiffSpan, ...] = ()
    numbers: NumberLedger = field(default_factory=NumberLedger)


@dataclass(frozen=True)
class LooseConflict:
    """A figure sentence ``a`` of document A gives for one thing, and sentence ``b`` of document B gives
    differently, when the two sentences are not linked to each other ("23 homes were confirmed lost" /
    "with 32 homes destroyed"): no link's ledger sets them side by side (see loose_figures.py)."""

    a: int
    b: int
    a_number: NumberMention
    b_number: NumberMention


@dataclass(frozen=True)
class Comparison:
    """Everything the engine decided about two documents."""

    a: Document
    b: Document
    a_sentences: tuple[Sentence, ...]
    b_sentences: tuple[Sentence, ...]
    links: tuple[Link, ...]
    headlines: HeadlinePair | None = None
    # The standfirsts (the summary line under a headline) side by side, as the headlines are.
    standfirsts: HeadlinePair | None = None
    # Figures the two reports give differently for one thing in sentences not linked to each other.
    loose_conflicts: tuple[LooseConflict, ...] = ()

    def unmatched(self, side: Literal["a", "b"]) -> list[Sentence]:
        """Body sentences of one side that no link touches: "only in this source"."""
        sentences = self.a_sentences if side == "a" else self.b_sentences
        linked = {getattr(link, side) for link in self.links}
        return [s for s in sentences if s.kind == "body" and s.index not in linked]
