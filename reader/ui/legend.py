"""A key to the marks in the panes: one line, or more on a narrow window."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from reader.ui.flowlayout import FlowLayout
from reader.ui.palette import VERMILLION, Theme, paint_badge, paint_relation_bar


class Legend(QWidget):
    """Explains bars, tints, underlines and badges.  Signals: none."""

    def __init__(self, *, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Legend")
        self._layout = FlowLayout(self, spacing=14)
        self._layout.setContentsMargins(4, 2, 4, 2)
        self.set_theme(theme)

    def set_theme(self, theme: Theme) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self._theme = theme
        ratio = self.devicePixelRatioF() or 1.0
        items = [
            (self._bar("equivalent"), "Same claim in both"),
            (self._bar("related"), "Overlaps, details differ"),
            (self._bar("unmatched"), "Only in this source"),
            (self._word("changed"), "changed words"),
            (self._word("conflict"), "number conflict (hover it)"),
            (self._badges(False), "your tags"),
            (self._badges(True), "suggested (Enter accepts)"),
        ]
        for pixmap, text in items:
            pixmap.setDevicePixelRatio(ratio)
            entry = QWidget()  # a mark and its words wrap together
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            icon = QLabel()
            icon.setPixmap(pixmap)
            label = QLabel(text)
            label.setObjectName("legendText")
            label.setForegroundRole(QPalette.ColorRole.Text)  # the articles' text colour, in any theme
            row.addWidget(icon)
            row.addWidget(label)
            self._layout.addWidget(entry)
        self.setToolTip("Bars: solid = same claim, dashed = differs, hollow = only here; "
                        "tint = how the sentence relates; red wave = numbers disagree; "
                        "C/S/D = corroborated / single source / disputed.")

    def _canvas(self, width: int, height: int = 18) -> tuple[QPixmap, QPainter]:
        ratio = self.devicePixelRatioF() or 1.0
        pixmap = QPixmap(int(width * ratio), int(height * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        return pixmap, painter

    def _bar(self, state: str) -> QPixmap:
        pixmap, painter = self._canvas(26)
        paint_relation_bar(painter, QRectF(1, 1, 5, 16), state)
        tint = self._theme.tints.get(state)
        if tint is not None:
            painter.fillRect(QRectF(9, 3, 16, 12), tint)
        painter.end()
        return pixmap

    def _word(self, style: str) -> QPixmap:
        pixmap, painter = self._canvas(30)
        font = QFont(self.font())
        font.setBold(True)
        if style == "conflict":
            painter.fillRect(QRectF(0, 1, 30, 15), self._theme.tints["conflict"])
        painter.setFont(font)
        painter.setPen(self._theme.text)
        painter.drawText(QRectF(0, 0, 30, 15), Qt.AlignmentFlag.AlignCenter, "12" if style == "conflict" else "abc")
        if style == "conflict":
            path = QPainterPath(QPointF(2, 16))
            x = 2.0
            while x < 28:
                path.quadTo(QPointF(x + 1.5, 18), QPointF(x + 3, 16))
                path.quadTo(QPointF(x + 4.5, 14), QPointF(x + 6, 16))
                x += 6
            painter.setPen(QPen(VERMILLION, 1.4))
            painter.drawPath(path)
        else:
            painter.setPen(QPen(self._theme.text, 1))
            painter.drawLine(QPointF(4, 15.5), QPointF(26, 15.5))
        painter.end()
        return pixmap

    def _badges(self, suggested: bool) -> QPixmap:
        pixmap, painter = self._canvas(52)
        for i, kind in enumerate(("corroborated", "single-source", "disputed")):
            paint_badge(painter, QRectF(1 + i * 17, 1, 15, 15), kind, suggested=suggested)
        painter.end()
        return pixmap
