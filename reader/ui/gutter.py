"""The margin beside an article's text: a relation bar and a tag badge per visible sentence.

Kept apart from ``pane`` because it only paints what its ``DocumentView`` tells it
(``visible_marks``, ``tag_kind_of``, ``describe``) and holds no state of its own;
the view's text filling, highlighting and geometry are long enough without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, QSize
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from reader.ui.palette import paint_badge, paint_relation_bar

if TYPE_CHECKING:  # pane imports this module
    from reader.ui.pane import DocumentView

GUTTER_WIDTH = 30
BADGE = 15  # px, square
MIN_CARD = 5  # px of a badge that shows when badges of one line are stacked


class Gutter(QWidget):
    """The margin beside the text: relation bars and tag badges, one per visible sentence."""

    def __init__(self, view: "DocumentView") -> None:
        super().__init__(view)
        self._view = view
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(GUTTER_WIDTH, 0)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Window))
        view = self._view
        for mark, top, bottom in view.visible_marks():
            paint_relation_bar(painter, QRectF(4, top + 2, 5, max(4.0, bottom - top - 4)), mark.state,
                               conflict=mark.conflict)
        for mark, badge, kind, suggested in self.badges():
            painter.setOpacity(0.55 if suggested else 1.0)
            paint_badge(painter, badge, kind, suggested=suggested)
        painter.setOpacity(1.0)

    def badges(self) -> list[tuple[object, QRectF, str, bool]]:
        """(mark, rect, tag kind, suggested?) for each badge on screen, top to bottom.

        A badge sits level with its sentence's first line.  Sentences that start on one line
        and would show the same badge show it once; different badges of one line share its
        space down to the next line that has a badge: they are dealt out down it like a hand of
        cards, each one showing at least its top, instead of all on one spot where only the last
        could be seen."""
        view = self._view
        line = view.fontMetrics().height()
        placed = []
        for mark, top, _ in view.visible_marks():
            kind = view.tag_kind_of(mark)
            suggested = not kind and bool(mark.suggestion) and view.show_suggestions
            if kind or suggested:
                placed.append((mark, top + max(0.0, (line - BADGE) / 2) + 1, kind or mark.suggestion, suggested))
        # Sentences of one line with the same badge share one: a stack of alike badges read as a
        # smudge, and one "S" says the same of the line as three.
        seen: set[tuple[float, str, bool]] = set()
        placed = [item for item in placed if (item[1], item[2], item[3]) not in seen
                  and not seen.add((item[1], item[2], item[3]))]
        out = []
        first = 0
        while first < len(placed):
            y = placed[first][1]
            last = first
            while last + 1 < len(placed) and placed[last + 1][1] == y:
                last += 1
            room = (placed[last + 1][1] if last + 1 < len(placed) else float("inf")) - y - BADGE
            step = min(BADGE + 1.0, max(MIN_CARD, room / max(1, last - first)))
            for n, (mark, _, kind, suggested) in enumerate(placed[first:last + 1]):
                out.append((mark, QRectF(12, y + n * step, BADGE, BADGE), kind, suggested))
            first = last + 1
        return out

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            view = self._view
            for mark, top, bottom in view.visible_marks():
                if top <= event.pos().y() <= bottom:
                    QToolTip.showText(event.globalPos(), view.describe(mark), self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        for mark, top, bottom in self._view.visible_marks():
            if top <= event.position().y() <= bottom:
                self._view.move_to(mark.start, center=False)
                self._view.setFocus()
                return
