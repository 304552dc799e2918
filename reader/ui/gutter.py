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
            kind = view.tag_kind_of(mark)
            line = view.fontMetrics().height()
            badge = QRectF(12, top + max(0.0, (line - 15) / 2) + 1, 15, 15)
            if kind:
                paint_badge(painter, badge, kind)
            elif mark.suggestion and view.show_suggestions:
                painter.setOpacity(0.55)
                paint_badge(painter, badge, mark.suggestion, suggested=True)
                painter.setOpacity(1.0)

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
