"""Where things are on screen in an article view: the answers the link bar, the
overview strip and the margin ask for.

``ViewGeometry`` is mixed into ``pane.DocumentView`` (a ``QPlainTextEdit`` with a
``plan``); positions are Qt positions into the view's document, y values are
viewport coordinates, and "above"/"below" say a position is off screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint

from reader.ui.plan import SentenceMark


class ViewGeometry:
    """Screen geometry of the document's positions and sentences."""

    def visible_range(self) -> tuple[int, int]:
        """Qt positions of the first and last characters on screen."""
        block = self.firstVisibleBlock()
        if not block.isValid():
            return 0, 0
        # The first visible block may be long and start far above the screen (an article on
        # one line is one block): the first position is the one at the top of the viewport.
        first = max(block.position(), self.cursorForPosition(QPoint(0, 0)).position())
        offset = self.contentOffset()
        height = self.viewport().height()
        last = first
        while block.isValid():
            top = self.blockBoundingGeometry(block).translated(offset).top()
            if top > height:
                break
            last = block.position() + block.length()
            block = block.next()
        # Likewise the last visible block may run on far below the screen.
        return first, min(last, self.cursorForPosition(QPoint(self.viewport().width(), height)).position() + 1)

    def is_visible_position(self, position: int) -> bool:
        y = self.position_y(position)
        return isinstance(y, float) and 0 <= y <= self.viewport().height() - self.fontMetrics().height()

    def bring_into_view(self, start: int, end: int, *, room: int = 0) -> None:
        """Scroll so the passage from ``start`` to ``end`` (exclusive) is wholly on screen, centred;
        one taller than the view is shown from its first line down.  A passage already on screen
        stays where it is: the view only moves when it must.  ``room``: lines to keep above the
        passage (its frame is drawn just above its first line, and a line before it reads it in
        context), unless the article's top is already shown."""
        last = max(start, end - 1)
        first_line, last_line = self.visual_line(start), self.visual_line(last)
        bar = self.verticalScrollBar()
        metrics = self.fontMetrics()
        # Lines wholly on screen, as is_visible_position counts them.
        rows = max(1, int((self.viewport().height() - metrics.height()) // metrics.lineSpacing()) + 1)
        lines = last_line - first_line + 1
        # The room above is what the passage leaves of the view: a passage that fits stays whole.
        room = min(room, max(0, rows - lines))
        if self.is_visible_position(start) and self.is_visible_position(last):
            if bar.value() and first_line - bar.value() < room:
                bar.setValue(max(0, first_line - room))  # the least move that makes the room
            return
        top = first_line - (rows - lines) // 2 if lines + 2 * room <= rows else first_line - room
        # QPlainTextEdit scrolls by lines: the scroll bar's value is the line shown at the top.
        bar.setValue(max(0, top))

    def visual_line(self, position: int) -> int:
        """The line of the document, as wrapped on screen, that holds ``position`` (from 0)."""
        block = self.document().findBlock(position)
        if not block.isValid():
            return max(0, self.document().lineCount() - 1)
        line = block.layout().lineForTextPosition(min(position - block.position(), max(0, block.length() - 1)))
        return block.firstLineNumber() + (line.lineNumber() if line.isValid() else 0)

    def position_y(self, position: int, *, bottom: bool = False) -> float | str:
        """Viewport y of the line holding ``position``, or "above"/"below" when off screen."""
        doc = self.document()
        block = doc.findBlock(position)
        if not block.isValid():
            return "below"
        first = self.firstVisibleBlock()
        if block.blockNumber() < first.blockNumber():
            return "above"
        geometry = self.blockBoundingGeometry(block).translated(self.contentOffset())
        if geometry.top() > self.viewport().height():
            return "below"
        layout = block.layout()
        line = layout.lineForTextPosition(min(position - block.position(), max(0, block.length() - 1)))
        if not line.isValid():
            return geometry.bottom() if bottom else geometry.top()
        y = geometry.top() + line.y()
        if y > self.viewport().height():
            return "below"  # a line of a block that starts on screen but runs on below it
        return y + line.height() if bottom else y

    def visible_marks(self) -> list[tuple[SentenceMark, float, float]]:
        """(mark, top, bottom) in viewport coordinates for each sentence on screen."""
        if self.plan is None or not self.plan.marks:
            return []
        first, last = self.visible_range()
        index = self.plan.sentence_at(first) or 0
        out = []
        for mark in self.plan.marks[index:]:
            if mark.start > last:
                break
            top = self.position_y(mark.start)
            bottom = self.position_y(max(mark.start, mark.end - 1), bottom=True)
            if top == "below":
                break
            top = -10.0 if top == "above" else top
            bottom = float(self.viewport().height() + 10) if bottom == "below" else bottom
            if isinstance(bottom, str) or bottom < 0:
                continue
            out.append((mark, top, bottom))
        return out

    def mark_y(self, index: int) -> tuple[float, float] | str:
        """Top and bottom of sentence ``index``, or "above"/"below"."""
        mark = self.plan.marks[index]
        top = self.position_y(mark.start)
        if top == "below":
            return "below"
        bottom = self.position_y(max(mark.start, mark.end - 1), bottom=True)
        if bottom == "above":
            return "above"
        top = -10.0 if top == "above" else top
        bottom = float(self.viewport().height() + 10) if bottom == "below" else bottom
        return top, bottom
