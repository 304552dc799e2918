"""The application's icon: two article pages joined by the link bar's curves.

The icon's sizes are read from ``resources/icons/hicolor`` (made from
``parallax.svg`` by packaging/make_icons.py).  Where they are not installed (a
wheel carries only what the app reads as it runs), the same picture is drawn
here, so the window, the task bar and Help ▸ About never show a blank icon.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QLinearGradient, QPainter, QPainterPath, QPen, QPixmap

from reader.paths import resources_dir

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
DRAWN_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The picture is drawn on the SVG's own 512-unit grid.
GRID = 512.0


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    """The icon at every size found (or drawn), for windows, dialogs and the window system."""
    icon = QIcon()
    folder = resources_dir() / "icons" / "hicolor"
    for size in SIZES:
        path = folder / f"{size}x{size}" / "apps" / "parallax.png"
        if path.is_file():
            icon.addFile(str(path))
    if icon.isNull():
        for size in DRAWN_SIZES:
            icon.addPixmap(drawn_icon(size))
    return icon


def drawn_icon(size: int) -> QPixmap:
    """The icon drawn at ``size`` pixels square, as parallax.svg pictures it."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / GRID, size / GRID)
    painter.setPen(Qt.PenStyle.NoPen)
    background = QLinearGradient(0, 16, 0, 496)
    background.setColorAt(0, QColor("#2f5d8a"))
    background.setColorAt(1, QColor("#1c3a5c"))
    painter.setBrush(background)
    painter.drawRoundedRect(QRectF(16, 16, 480, 480), 96, 96)
    painter.setBrush(QColor("#ffffff"))
    for x in (64, 298):  # the two pages
        painter.drawRoundedRect(QRectF(x, 92, 150, 328), 16, 16)
    lines = [(88, 128, 102, "#b9c6d3"), (88, 240, 80, "#b9c6d3"), (88, 352, 96, "#b9c6d3"),
             (322, 184, 96, "#b9c6d3"), (322, 296, 102, "#b9c6d3"),
             (88, 184, 102, "#3fa66b"), (322, 128, 102, "#3fa66b"),  # a sentence and its partner
             (88, 296, 102, "#e0a030"), (322, 352, 84, "#e0a030")]
    for x, y, width, colour in lines:
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(x, y, width, 16), 8, 8)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for (y0, y1), colour in (((192, 136), "#5fd08d"), ((304, 360), "#f2b84b")):
        path = QPainterPath(QPointF(190, y0))
        path.cubicTo(QPointF(256, y0), QPointF(256, y1), QPointF(322, y1))
        pen = QPen(QColor(colour), 14)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawPath(path)
    painter.end()
    return pixmap
