"""The margin beside an article's text: a relation bar and a tag badge per visible sentence.

Kept apart from ``pane`` because it only paints what its ``DocumentView`` tells it
(``visible_marks``, ``tag_kind_of``, ``tag_made_elsewhere``, ``describe``) and holds no state of its own;
the view's text filling, highlighting and geometry are long enough without it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, QSize
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from reader.ui.palette import paint_badge, paint_relation_bar

if TYPE_CHECKING:  # pane imports this module
    from reader.ui.pane import DocumentView

# The margin is drawn to the scale of the text beside it: View ▸ Zoom In makes the lines taller,
# and a badge of a fixed size would shrink beside them to a speck off their middle.  At the first
# text size (a line of 18 px) a badge is 15 px square and the margin 30 px wide.
BADGE_SHARE_OF_LINE = 5 / 6
SMALLEST_BADGE = 11  # px: a letter still legible in it, however small the text is made


@dataclass(frozen=True)
class GutterLayout:
    """Where the margin's parts go across it, in px, for lines of one height."""

    bar_left: float
    bar_width: float
    badge_left: float
    badge: float  # a badge's side (it is square)
    width: int  # of the whole margin
    min_card: float  # of a badge that shows when badges of one line are stacked


def gutter_layout(line_height: float) -> GutterLayout:
    """The margin for lines ``line_height`` px tall: badge and bar grow with the text."""
    badge = float(max(SMALLEST_BADGE, round(line_height * BADGE_SHARE_OF_LINE)))
    bar_width = float(max(4, round(badge / 3)))
    bar_left = 4.0
    badge_left = bar_left + bar_width + 3
    return GutterLayout(bar_left=bar_left, bar_width=bar_width, badge_left=badge_left, badge=badge,
                        width=round(badge_left + badge + 3), min_card=max(5.0, round(badge / 3)))


class Gutter(QWidget):
    """The margin beside the text: relation bars and tag badges, one per visible sentence."""

    def __init__(self, view: "DocumentView") -> None:
        super().__init__(view)
        self._view = view
        self.setMouseTracking(True)

    def layout_now(self) -> GutterLayout:
        """The margin's layout for the view's text as it is set now (see ``gutter_layout``)."""
        return gutter_layout(self._view.fontMetrics().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.layout_now().width, 0)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Window))
        view = self._view
        layout = self.layout_now()
        for mark, top, bottom in view.visible_marks():
            bar = QRectF(layout.bar_left, top + 2, layout.bar_width, max(4.0, bottom - top - 4))
            paint_relation_bar(painter, bar, mark.state, conflict=mark.conflict)
        for mark, badge, kind, suggested in self.badges():
            painter.setOpacity(0.55 if suggested else 1.0)
            paint_badge(painter, badge, kind, suggested=suggested,
                        hollow=not suggested and view.tag_made_elsewhere(mark))
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
        layout = gutter_layout(line)
        size = layout.badge
        placed = []
        for mark, top, _ in view.visible_marks():
            kind = view.tag_kind_of(mark)
            suggested = not kind and bool(mark.suggestion) and view.show_suggestions
            if kind or suggested:
                placed.append((mark, top + max(0.0, (line - size) / 2) + 1, kind or mark.suggestion, suggested))
        # Sentences of one line with the same badge share one: a stack of alike badges read as a
        # smudge, and one "S" says the same of the line as three.  (A hollow badge, a tag made beside
        # another article, is not alike a filled one.)
        seen: set[tuple[float, str, bool, bool]] = set()
        shown = []
        for mark, y, kind, suggested in placed:
            look = (y, kind, suggested, not suggested and view.tag_made_elsewhere(mark))
            if look not in seen:
                seen.add(look)
                shown.append((mark, y, kind, suggested))
        placed = shown
        out = []
        first = 0
        while first < len(placed):
            y = placed[first][1]
            last = first
            while last + 1 < len(placed) and placed[last + 1][1] == y:
                last += 1
            room = (placed[last + 1][1] if last + 1 < len(placed) else float("inf")) - y - size
            step = min(size + 1.0, max(layout.min_card, room / max(1, last - first)))
            for n, (mark, _, kind, suggested) in enumerate(placed[first:last + 1]):
                out.append((mark, QRectF(layout.badge_left, y + n * step, size, size), kind, suggested))
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
