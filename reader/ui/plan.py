"""What each pane paints, decided once per comparison (pure Python, no Qt).

The engine decides links, word differences and number conflicts, and
``reader.core.suggest`` decides each sentence's state and the tag the
comparison *suggests* (never saved unless the user confirms); this module only
translates those decisions into display terms: a mark per sentence, a list of
styled spans in Qt text positions, and tooltips.  It runs on the
worker thread so the GUI thread receives ready-to-paint data.

Styled span contract: ``Span(start, end, style, tip)`` with ``start < end`` in
Qt positions; ``style`` is one of ``SENTENCE_STYLES`` or ``WORD_STYLES``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal, get_args

from reader.core.model import FILING_DATE, Comparison, Document, Link, Sentence
from reader.core.numbers import quoted_figure
from reader.core.overlap import measure
from reader.core.suggest import SentenceState, suggest
from reader.ui.offsets import OffsetMap

Side = Literal["a", "b"]
SENTENCE_STYLES = get_args(SentenceState)
# "filing": a dateline's date that differs from the other's, two reports filed on two days, which
# disputes no claim (NumberLedger.disputes_the_claim): no conflict, and N does not stop at it.
WORD_STYLES = ("changed", "changed-number", "changed-name", "conflict", "filing")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    style: str
    tip: str = ""


@dataclass(frozen=True)
class SentenceMark:
    """How one sentence is shown: its state, partners on the other side, and hints."""

    index: int
    start: int  # Qt positions
    end: int
    state: str  # one of SENTENCE_STYLES
    partners: tuple[int, ...] = ()
    links: tuple[Link, ...] = ()
    conflict: bool = False
    suggestion: str | None = None
    reason: str = ""

    @property
    def is_difference(self) -> bool:
        """Worth stopping at when stepping through differences (Alt+Down)."""
        return self.state in ("related", "unmatched") or self.conflict


@dataclass
class SidePlan:
    side: Side
    document: Document
    sentences: tuple[Sentence, ...]
    offsets: OffsetMap
    marks: list[SentenceMark]
    spans: list[Span]  # sorted by start
    starts: list[int] = field(default_factory=list)  # of marks, Qt positions
    span_starts: list[int] = field(default_factory=list)
    longest_span: int = 0

    def __post_init__(self) -> None:
        self.starts = [m.start for m in self.marks]
        self.span_starts = [s.start for s in self.spans]
        self.longest_span = max((s.end - s.start for s in self.spans), default=0)

    def sentence_at(self, position: int) -> int | None:
        """The sentence containing ``position``, else the one before it (gaps belong to the left)."""
        i = bisect_right(self.starts, position) - 1
        if i < 0:
            return 0 if self.marks else None
        return i

    def spans_between(self, start: int, end: int) -> list[Span]:
        """Spans that overlap ``[start, end)``."""
        lo = bisect_right(self.span_starts, start - self.longest_span - 1)
        hi = bisect_right(self.span_starts, end - 1)
        return [s for s in self.spans[lo:hi] if s.end > start]


@dataclass(frozen=True)
class ComparisonPlan:
    comparison: Comparison
    a: SidePlan
    b: SidePlan
    warning: str | None = None  # the pair does not look like two reports of one story (overlap.py)

    def side(self, side: Side) -> SidePlan:
        return self.a if side == "a" else self.b

    @property
    def has_filing_dates(self) -> bool:
        """Do the two reports' datelines give two days, marked "filing" (see _figure_style_and_tip)?"""
        return any(span.style == "filing" for span in self.a.spans)


def _quoted(text: str) -> str:
    """In curly quotes, unless the words come in quotation marks of their own ("““Be careful")."""
    return text if text[:1] in "“\"‘'«" and text[-1:] in "”\"’'»" else f"“{text}”"


def _word_style(span_type: str) -> str:
    return "changed-" + span_type if span_type in ("number", "name") else "changed"


def build_side(comparison: Comparison, side: Side) -> SidePlan:
    other: Side = "b" if side == "a" else "a"
    document = comparison.a if side == "a" else comparison.b
    other_doc = comparison.b if side == "a" else comparison.a
    sentences = comparison.a_sentences if side == "a" else comparison.b_sentences
    offsets = OffsetMap(document.text)
    qt = offsets.to_qt

    marks: list[SentenceMark] = []
    spans: list[Span] = []
    for sentence, evidence in zip(sentences, suggest(comparison, side), strict=True):
        state = evidence.state
        start, end = qt(sentence.start), qt(sentence.end)
        marks.append(SentenceMark(
            index=sentence.index, start=start, end=end, state=state,
            partners=tuple(getattr(link, other) for link in evidence.links), links=evidence.links,
            conflict=evidence.conflict, suggestion=evidence.suggested, reason=sentence.reason,
        ))
        if end > start:
            spans.append(Span(start, end, state, sentence.reason))

    # Each link's changed words and conflicting figures; and the headlines' and standfirsts', which
    # take no part in the links but lead with the figure an outlet chose ("1.4 million" / "410,000").
    for pair in (*comparison.links, *(top for top in (comparison.headlines, comparison.standfirsts) if top)):
        spans += _difference_spans(pair.diff, pair.numbers, side, other_doc.text, qt)

    spans.sort(key=lambda s: (s.start, s.end))
    return SidePlan(side=side, document=document, sentences=sentences, offsets=offsets, marks=marks, spans=spans)


def _difference_spans(diff, numbers, side: Side, other_text: str, qt) -> list[Span]:
    """The spans of one side of a sentence pair: words the other lacks or words differently, each
    with what the other says, and figures it gives differently."""
    other: Side = "b" if side == "a" else "a"
    # The panes are badged A and B: a tooltip names the other one so (a .txt article's "title" is its
    # whole first sentence, which read as part of the tip).
    other_name = f"source {other.upper()}"
    figures = [pair if side == "a" else (pair[1], pair[0]) for pair in numbers.conflict]
    filed = [(mine.start, mine.end) for mine, _ in figures if mine.role == FILING_DATE]
    spans = []
    for d in diff:
        if d.op == "equal":
            continue
        mine = (d.a_start, d.a_end) if side == "a" else (d.b_start, d.b_end)
        theirs = (d.b_start, d.b_end) if side == "a" else (d.a_start, d.a_end)
        if mine[1] <= mine[0] or _within(mine, filed):
            continue  # a changed filing date is said once, by its own mark
        said = other_text[theirs[0]:theirs[1]].strip()
        tip = f"Source {other.upper()}: {_quoted(said)}" if said else f"Not in {other_name}"
        spans.append(Span(qt(mine[0]), qt(mine[1]), _word_style(d.type), tip))
    for mine_m, theirs_m in figures:
        if mine_m.end > mine_m.start:
            spans.append(Span(qt(mine_m.start), qt(mine_m.end), *_figure_style_and_tip(theirs_m, other_name)))
    return spans


def _within(words: tuple[int, int], ranges: list[tuple[int, int]]) -> bool:
    return any(start <= words[0] and words[1] <= end for start, end in ranges)


def _figure_style_and_tip(theirs, other_name: str) -> tuple[str, str]:
    """How a figure the other side gives differently is shown: a conflict, or (for a dateline's
    date) the other report's filing day, which tells when it was sent, not what happened."""
    quoted = quoted_figure(theirs, ("“", "”"))
    if theirs.role == FILING_DATE:
        return "filing", f"Filed on another day — {other_name} is dated {quoted}"
    return "conflict", f"Number conflict — {other_name} says {quoted}"


def build_plan(comparison: Comparison) -> ComparisonPlan:
    return ComparisonPlan(comparison, build_side(comparison, "a"), build_side(comparison, "b"),
                          warning=measure(comparison).warning())
