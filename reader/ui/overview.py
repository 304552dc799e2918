"""The strip beside a pane that shows where, in the whole article, the differences are.

Positions are proportional to character offsets (cheap, and close to the
laid-out height for prose).  Clicking jumps there.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from reader.ui.palette import BLUE, GREEN, ORANGE, PURPLE, TAG_COLOURS, TAG_LABELS, VERMILLION, Theme, blend
from reader.ui.plan import SidePlan, Span


# The palette's colours as the tooltip names them.
COLOUR_NAMES = {BLUE.name(): "blue", GREEN.name(): "green", ORANGE.name(): "orange", PURPLE.name(): "purple",
                VERMILLION.name(): "red"}


def overview_tip() -> str:
    """What the strip's marks mean.  The tag stripe is named apart from the line across: a Disputed
    tag and a number conflict are both red, and only their shape tells them apart."""
    tags = ", ".join(f"{COLOUR_NAMES.get(colour.name(), colour.name())} = {TAG_LABELS[kind]}"
                     for kind, colour in TAG_COLOURS.items())
    return ("Overview: blue = same claim, orange = differs, purple = only here, "
            "a red line across = number conflict. "
            f"The thin stripe at the right edge shows your tags ({tags}). Click to jump.")


class OverviewStrip(QWidget):
    """Where matched, unmatched and conflicting sentences are; the visible part is framed.

    Signals:
        jump_requested(int): the user clicked at Qt text position ``int``.
    """

    jump_requested = Signal(int)

    def __init__(self, *, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._plan: SidePlan | None = None
        self._length = 1
        self._visible = (0, 0)
        self._tags: list[Span] = []
        self._cache = QPixmap()
        self._cache_key = None
        self.setFixedWidth(16)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(overview_tip())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(16, 200)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_plan(self, plan: SidePlan | None, length: int) -> None:
        self._plan = plan
        self._length = max(1, length)
        self.update()

    def set_tags(self, spans: list[Span]) -> None:
        self._tags = list(spans)
        self.update()

    def set_visible(self, first: int, last: int) -> None:
        if (first, last) != self._visible:
            self._visible = (first, last)
            self.update()

    def _y(self, position: int) -> float:
        return position / self._length * (self.height() - 2) + 1

    def paintEvent(self, event) -> None:  # noqa: N802
        # The marks change only with the plan, tags, size or theme: draw them once into a pixmap.
        key = (id(self._plan), id(self._tags), self.size().toTuple(), id(self._theme), self.devicePixelRatioF())
        if key != self._cache_key:
            self._cache = self._draw_marks()
            self._cache_key = key
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._cache)
        text = self.palette().color(QPalette.ColorRole.Text)
        first, last = self._visible
        if self._plan is not None and last > first:
            frame = QRectF(0.5, self._y(first), self.width() - 1, max(4.0, self._y(last) - self._y(first)))
            painter.setPen(QPen(text, 1))
            shade = QColor(text)
            shade.setAlphaF(0.10)
            painter.setBrush(shade)
            painter.drawRect(frame)

    def _draw_marks(self) -> QPixmap:
        ratio = self.devicePixelRatioF() or 1.0
        pixmap = QPixmap(max(1, int(self.width() * ratio)), max(1, int(self.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        painter = QPainter(pixmap)
        base = self.palette().color(QPalette.ColorRole.Base)
        text = self.palette().color(QPalette.ColorRole.Text)
        painter.fillRect(QRectF(0, 0, self.width(), self.height()), blend(base, text, 0.06))
        if self._plan is None:
            painter.end()
            return pixmap
        w = self.width()
        colours = {
            "equivalent": blend(base, BLUE, 0.55),
            "related": blend(base, ORANGE, 0.85),
            "unmatched": blend(base, PURPLE, 0.8),
        }
        # Differences are drawn wider than matches: width is the non-colour cue.
        widths = {"equivalent": (5, 6), "related": (2, 12), "unmatched": (2, 12)}
        conflicts = []
        for mark in self._plan.marks:
            colour = colours.get(mark.state)
            if colour is None:
                continue
            top = self._y(mark.start)
            height = max(1.5, self._y(mark.end) - top)
            x, width = widths[mark.state]
            painter.fillRect(QRectF(x, top, width, height), colour)
            if mark.conflict:
                conflicts.append(top)
        for span in self._tags:
            colour = TAG_COLOURS.get(span.style)
            if colour is not None:
                top = self._y(span.start)
                painter.fillRect(QRectF(w - 3, top, 3, max(2.0, self._y(span.end) - top)), colour)
        painter.setPen(QPen(VERMILLION, 2))
        for top in conflicts:
            painter.drawLine(0, int(top), w, int(top))
        painter.end()
        return pixmap

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self._plan is None or not self._plan.marks:
            return
        position = int((event.position().y() - 1) / max(1, self.height() - 2) * self._length)
        index = self._plan.sentence_at(max(0, position)) or 0
        self.jump_requested.emit(self._plan.marks[index].start)
