"""Scrolling the two articles together, as Meld does with two files.

When the reader scrolls one pane (wheel, scroll bar, Page Down, a step to the
next difference), the other follows: the partner of the sentence at the
*reading line* of the scrolled pane is put at the same height in the other
(the two headlines count as partners).  A sentence with no partner (a paragraph
only one outlet has, the blank line between paragraphs) is placed by
interpolating between the nearest linked sentences above and below it, so the
other pane glides through what it lacks instead of standing still and then
leaping.  Outlets tell a story in their own order: where a partner was told
earlier, the other pane glides back up to it, as it must to show it.

The reading line is a third of the way down the view.  Near the ends of the
article it slides to the top (scrolled to the top) and to the bottom (scrolled
to the end), so the two panes reach their beginnings and their ends together.

Only the reader's own scrolling leads: a pane that moved to show the partners
of the other pane's sentence (``MainWindow._activated``), a pane that took a
new article, or the pane this class is moving, leads nothing.  That keeps the
two panes from chasing each other.

QPlainTextEdit scrolls by wrapped lines (its scroll bar's value is the line at
the top), so every sum here is in lines; each step costs a few lookups in the
document's line index, however long the article.
"""

from __future__ import annotations

from bisect import bisect_right
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer

from reader.ui.plan import ComparisonPlan, SidePlan

# Where the reading line is, as a share of the view's height from its top.
READING_LINE = 1 / 3


class ScrollSync(QObject):
    """Keeps ``view_b`` level with ``view_a`` and the other way round (``pane.DocumentView``s).

    ``enabled``: scrolling together at all.  ``held()``: while the window moves a pane on its
    own account (a new comparison, the reading place found again), nothing follows it.
    """

    def __init__(self, view_a, view_b, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._views = {"a": view_a, "b": view_b}
        self.enabled = True
        self._held = 0
        self._moving = False  # setting the other pane's scroll bar: its change leads nothing
        self._acted = None  # the scroll bar the reader just moved by hand (wheel, drag, click)
        self._plan: ComparisonPlan | None = None
        self._maps: dict[str, _Anchors] = {}
        for side, view in self._views.items():
            bar = view.verticalScrollBar()
            bar.actionTriggered.connect(lambda _action, bar=bar: self._acted_on(bar))
            bar.valueChanged.connect(lambda _value, side=side: self._scrolled(side))

    @contextmanager
    def held(self):
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1

    def _acted_on(self, bar) -> None:
        # Emitted before the value changes.  The change may come in several steps (the view lays
        # out the paragraphs it scrolls to, and counts its lines anew): each is the reader's, up
        # to the next turn of the event loop, and the last one places the other pane.
        self._acted = bar
        QTimer.singleShot(0, self, self._action_done)

    def _action_done(self) -> None:
        self._acted = None

    def _scrolled(self, side: str) -> None:
        view = self._views[side]
        by_hand = self._acted is view.verticalScrollBar()
        if not self.enabled or self._moving or self._held:
            return
        # Only the reader's own scrolling leads: the wheel or the scroll bar, or the keys, a click
        # or a step in the pane.  A pane that moved for any other reason (its text laid out anew,
        # rewrapped to a new width) follows, never leads.
        if by_hand or view.moved_by_reader:
            self.follow(side)

    def follow(self, side: str) -> None:
        """Bring the other pane level with ``side``'s reading line."""
        other_side = "b" if side == "a" else "a"
        leader, other = self._views[side], self._views[other_side]
        plan = self._plan
        if plan is None or leader.plan is not plan.side(side) or other.plan is not plan.side(other_side):
            return  # a new comparison is going in
        self._moving = True  # laying out the other pane can move its scroll bar too
        try:
            other.finish_filling()  # a partner far down a long article must be in it to be found
            value = self._level_value(side, leader, other)
            # Laid out where it is going, the other pane counts its lines anew there: placed
            # again, the partner lands where it should.  (Only there: the whole of a long article
            # takes ~100 ms; and not the pane being scrolled, whose text would shift under the
            # reader as its lines were counted anew.)
            for _ in range(3):
                if not _lay_out_screen(other, value):
                    break
                value = self._level_value(side, leader, other)
            other.verticalScrollBar().setValue(value)
        finally:
            self._moving = False

    def _level_value(self, side: str, leader, other) -> int:
        """The scroll bar value that brings ``other`` level with ``leader``."""
        bar, other_bar = leader.verticalScrollBar(), other.verticalScrollBar()
        if bar.value() <= 0:
            return 0  # the tops meet (lines counted two ways would miss by one)
        if bar.value() >= bar.maximum():
            return other_bar.maximum()  # and so do the ends
        share = reading_share(bar.value(), bar.maximum(), _rows(leader))
        line = bar.value() + share * _rows(leader)
        target = self._anchors(side).other_line(leader, other, line)
        # The same height in pixels: the panes may not show lines of the same height.
        below_top = share * leader.viewport().height() / max(1, other.fontMetrics().lineSpacing())
        return round(target - below_top)

    def set_plan(self, plan: ComparisonPlan | None) -> None:
        """The comparison the two panes show: its links are what the panes scroll along by."""
        self._plan = plan
        self._maps = {}

    def _anchors(self, side: str) -> _Anchors:
        # Built once per comparison and side (a pass over the links), then each scroll step
        # only looks things up in it.
        anchors = self._maps.get(side)
        if anchors is None:
            pairs = _pairs(self._plan.comparison)
            if side == "b":
                pairs = [(b, a) for a, b in pairs]
            other = "b" if side == "a" else "a"
            anchors = self._maps[side] = _Anchors(self._plan.side(side), self._plan.side(other), pairs)
        return anchors


def _pairs(comparison) -> list[tuple[int, int]]:
    """Every link of ``comparison``, and its two headlines (and standfirsts): they are not
    linked, but they open the two articles side by side."""
    tops = [top for top in (comparison.headlines, comparison.standfirsts) if top]
    return [(link.a, link.b) for link in comparison.links] + [(top.a, top.b) for top in tops]


def reading_share(value: int, maximum: int, rows: float) -> float:
    """Where the reading line is, as a share of the view's height, with the view's top line at
    ``value`` of ``maximum``: a third of the way down, sliding to the very top over the first
    part of a screen and to the very bottom over the last, so the ends of two articles meet."""
    if maximum <= 0:
        return READING_LINE
    scale = min(1.0, maximum / max(rows, 1.0))
    rise, fall = READING_LINE * rows * scale, (1 - READING_LINE) * rows * scale
    if value < rise:
        return READING_LINE * value / rise
    if value > maximum - fall:
        return READING_LINE + (1 - READING_LINE) * (value - (maximum - fall)) / fall
    return READING_LINE


def _rows(view) -> float:
    """How many lines the view shows."""
    return view.viewport().height() / max(1, view.fontMetrics().lineSpacing())


class _Anchors:
    """The fixed points the scroll map of one side is drawn through: each linked sentence, in
    reading order, with the partner (or run of partners) it is held level with."""

    def __init__(self, plan: SidePlan, other_plan: SidePlan, pairs: list[tuple[int, int]]) -> None:
        self.anchors = [(plan.marks[mine], other_plan.marks[first], other_plan.marks[last])
                        for mine, first, last in level_partners(pairs)]
        self.starts = [mine.start for mine, _, _ in self.anchors]

    def other_line(self, view, other, line: float) -> float:
        """The line of ``other`` that goes level with line ``line`` of ``view`` (fractions
        allowed): inside a linked sentence, the same share of the way through its partners;
        between two, the same share of the way between theirs."""
        position = _position_at_line(view, int(line))
        i = bisect_right(self.starts, position) - 1
        if i >= 0:
            (top, bottom), (their_top, their_bottom) = self._lines(view, other, i)
            if line < bottom:
                return _between(line, top, bottom, their_top, their_bottom)
            after = (bottom, their_bottom)
        else:
            after = (0.0, 0.0)  # before the first linked sentence: the tops of the two articles
        if i + 1 < len(self.anchors):
            (top, _), (their_top, _) = self._lines(view, other, i + 1)
            before = (top, their_top)
        else:
            before = (float(view.document().lineCount()), float(other.document().lineCount()))
        return _between(line, after[0], before[0], after[1], before[1])

    def _lines(self, view, other, i: int) -> tuple[tuple[float, float], tuple[float, float]]:
        mine, first, last = self.anchors[i]
        return _lines(view, mine), (_lines(other, first)[0], _lines(other, last)[1])


def level_partners(pairs) -> list[tuple[int, int, int]]:
    """For each sentence of one side that ``pairs`` (sentence, partner) link, in reading order:
    the sentence and the first and last of the partners it is held level with.

    A sentence with several partners is held level with a run of them that follow one another
    (a sentence one outlet split in two); of several runs (the outlet came back to it later),
    the one nearest the partners of the sentence before, so the other pane moves no further
    than it must."""
    partners: dict[int, set[int]] = {}
    for mine, theirs in pairs:
        partners.setdefault(mine, set()).add(theirs)
    out, last = [], 0
    for mine in sorted(partners):
        first, end = min(_runs(sorted(partners[mine])), key=lambda run: (abs(run[0] - last), run[0]))
        out.append((mine, first, end))
        last = end
    return out


def _runs(indices: list[int]) -> list[tuple[int, int]]:
    """``indices`` (sorted) as runs of consecutive numbers, each as its first and last."""
    runs = []
    for index in indices:
        if runs and index == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def _lines(view, mark) -> tuple[float, float]:
    """The first line of ``mark`` and the line after its last."""
    return float(view.visual_line(mark.start)), float(view.visual_line(max(mark.start, mark.end - 1)) + 1)


def _lay_out_screen(view, top: int) -> bool:
    """Lay out the paragraphs of ``view`` on the screen that starts at line ``top`` (and a screen
    either side); whether any was not laid out yet.  QPlainTextEdit lays a paragraph out only
    when it is shown, and counts one line for it until then: a partner below paragraphs never
    shown would be placed as many lines off as they wrap to."""
    document = view.document()
    rows = int(_rows(view)) + 1
    block = document.findBlockByLineNumber(max(0, top - rows))
    last = document.findBlockByLineNumber(top + 2 * rows)
    end = last.blockNumber() if last.isValid() else document.blockCount() - 1
    layout, laid_out = document.documentLayout(), False
    while block.isValid() and block.blockNumber() <= end:
        if block.layout().lineCount() == 0:
            layout.ensureBlockLayout(block)
            laid_out = True
        block = block.next()
    return laid_out


def _between(x: float, x0: float, x1: float, y0: float, y1: float) -> float:
    if x1 <= x0:
        return y0
    return y0 + (min(max(x, x0), x1) - x0) * (y1 - y0) / (x1 - x0)


def _position_at_line(view, line: int) -> int:
    """The document position at the start of wrapped line ``line`` of ``view``."""
    document = view.document()
    block = document.findBlockByLineNumber(line)
    if not block.isValid():
        return max(0, document.characterCount() - 1)
    layout_line = block.layout().lineAt(line - block.firstLineNumber())
    return block.position() + (layout_line.textStart() if layout_line.isValid() else 0)
