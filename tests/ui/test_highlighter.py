"""The highlighter paints each character with the merge of every span over it, however many
spans one block holds (an article on one line is one block)."""

from __future__ import annotations

import random

from PySide6.QtGui import QTextCharFormat, QTextDocument

from reader.ui.highlighter import SpanHighlighter
from reader.ui.palette import Theme
from reader.ui.plan import Span

STYLES = ("related", "unmatched", "changed", "changed-number", "conflict")


class FakePlan:
    def __init__(self, spans):
        self.spans = spans

    def spans_between(self, start, end):
        return [s for s in self.spans if s.start < end and s.end > start]


def test_every_character_gets_the_merge_of_the_spans_over_it(qtbot):
    from reader.ui.app import application

    application()
    rng = random.Random(7)
    text = "word " * 400  # one block
    spans = []
    for _ in range(300):
        start = rng.randrange(len(text))
        spans.append(Span(start, min(len(text), start + rng.randrange(0, 40)), rng.choice(STYLES)))
    spans.sort(key=lambda s: (s.start, s.end))
    document = QTextDocument(text)
    highlighter = SpanHighlighter(document, theme=Theme())
    highlighter.set_plan(FakePlan(spans))
    highlighter.rehighlight()

    painted = [None] * len(text)
    for piece in document.firstBlock().layout().formats():
        painted_format = QTextCharFormat(piece.format)  # a copy: the range is a temporary
        for at in range(piece.start, piece.start + piece.length):
            assert painted[at] is None, "two formats on one character"
            painted[at] = painted_format
    for at in range(len(text)):
        styles = frozenset(s.style for s in spans if s.start <= at < s.end)
        expected = highlighter._format_for(styles) if styles else QTextCharFormat()
        assert (painted[at] or QTextCharFormat()) == expected, at  # an empty format paints nothing
