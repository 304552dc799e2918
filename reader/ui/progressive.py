"""How a long article goes into its view without freezing the window.

``ProgressiveText`` is mixed into ``pane.DocumentView``: the text goes in
piecewise, one piece per turn of the event loop, then the spans are painted in
slices of a few milliseconds.  The view owns the state (``_text``, ``_filled``,
``_next_block`` and the two timers, made in its ``__init__``); this class holds
what is done with it.
"""

from __future__ import annotations

import time

from PySide6.QtGui import QTextCursor

# A long article goes in piecewise: setPlainText of a 100,000-word article (600,000
# characters) blocks the window ~30 ms per pane, and both panes plus their first paint ran
# before the window could react again (a posted event does not let timers or input in):
# ~100 ms.  The first piece covers the first screens; the rest follows in pieces of 2-4 ms,
# one per turn of the event loop, so the window stays responsive while it fills.
FIRST_PIECE_CHARS = 20_000
PIECE_CHARS = 40_000
# Documents up to this many paragraphs are painted in one go (a few ms); longer ones in slices.
SYNC_HIGHLIGHT_BLOCKS = 600
HIGHLIGHT_SLICE_S = 0.008


class ProgressiveText:
    """Piecewise filling and sliced highlighting, for a ``QPlainTextEdit`` with a highlighter."""

    def _piece_end(self, start: int, size: int) -> int:
        """End of a piece of about ``size`` characters from ``start``, just after a line break:
        the QTextDocument's last block is then empty, so appending never repaints a shown one."""
        if len(self._text) - start <= size:
            return len(self._text)
        cut = self._text.find("\n", start + size)
        if cut < 0:  # old Mac line ends, a lone "\r" each (never half of "\r\n": no "\n" follows)
            cut = self._text.find("\r", start + size)
        return len(self._text) if cut < 0 else cut + 1

    def _fill_piece(self) -> None:
        end = self._piece_end(self._filled, PIECE_CHARS)
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self._quiet = True
        try:
            cursor.insertText(self._text[self._filled:end])
        finally:
            self._quiet = False
        self._filled = end
        if not self.filling:
            self._fill_timer.stop()
            self._start_highlighting()

    def finish_filling(self) -> None:
        """Put in the rest of the text now (~30 ms at most): positions past it are about to be used."""
        while self.filling:
            self._fill_piece()

    @property
    def filling(self) -> bool:
        """True while the text of a long article is still going in."""
        return self._filled < len(self._text)

    def text_length(self) -> int:
        """``document().characterCount()`` once all the text is in (known before)."""
        return (self.plan.offsets.to_qt(len(self._text)) if self.plan else 0) + 1

    def _start_highlighting(self) -> None:
        self.highlighter.set_plan(self.plan)
        self._next_block = self.document().firstBlock()
        if self.document().blockCount() <= SYNC_HIGHLIGHT_BLOCKS:
            self._highlight_slice(budget=None)
        else:
            self._highlight_visible()
            self._highlight_timer.start()

    def _highlight_visible(self) -> None:
        _, last = self.visible_range()
        block = self.firstVisibleBlock()
        while block.isValid() and block.position() <= last:
            self.highlighter.rehighlightBlock(block)
            block = block.next()

    @property
    def highlighting(self) -> bool:
        """True while text is still going in or spans are still being painted into the document."""
        return self.filling or self._next_block is not None

    def _highlight_slice(self, budget: float | None = HIGHLIGHT_SLICE_S) -> None:
        block = self._next_block
        deadline = None if budget is None else time.perf_counter() + budget
        while block is not None and block.isValid():
            self.highlighter.rehighlightBlock(block)
            block = block.next()
            if deadline is not None and time.perf_counter() > deadline:
                break
        if block is None or not block.isValid():
            self._next_block = None
            self._highlight_timer.stop()
            self.viewport_changed.emit()
            self.highlighted.emit()
        else:
            self._next_block = block
