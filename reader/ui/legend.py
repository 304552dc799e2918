"""A key to the marks in the panes: one line, or more on a narrow window, where it says less."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QPixmap, QTextLayout
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from reader.ui.flowlayout import FlowLayout
from reader.ui.palette import Theme, paint_badge, paint_conflict_wave, paint_relation_bar

SPACING = 14
ICON_GAP = 4
# The filing date's entry, shown only while the pair has one (see show_filing).
FILING_WORDS = "filed another day"
# The hollow badge's entry, shown only while a tag made beside another article is (see show_hollow).
HOLLOW_WORDS = "tags made beside another article"
# Rows the legend may take in its full words; a window too narrow for that gets the short words.
FULL_WORDS_ROWS = 2
# Word marks whose sample is a figure, not a word.
FIGURE_STYLES = ("conflict", "filing")
# The height of every mark's picture.
MARK_HEIGHT = 18
# The width a word sample takes in the key, its word centred.
SAMPLE_WIDTH = 30


class Legend(QWidget):
    """Explains bars, tints, underlines and badges.  Signals: none."""

    def __init__(self, *, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Legend")
        self._layout = FlowLayout(self, spacing=SPACING)
        self._layout.setContentsMargins(4, 2, 4, 2)
        self._entries: list[tuple[QWidget, QLabel, str, str]] = []  # mark and words, the words, full and short
        self._filing_shown = False
        self._hollow_shown = False
        self.set_theme(theme)

    def set_theme(self, theme: Theme) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self._theme = theme
        ratio = self.devicePixelRatioF() or 1.0
        self._entries = []
        items = [
            (self._bar("equivalent"), "Same claim in both", "Same claim"),
            (self._bar("related"), "Overlaps, details differ", "Differs"),
            (self._bar("unmatched"), "Only in this source", "Only here"),
            (self._word("changed"), "changed words", "changed"),
            # Hovering is said once, in the legend's tooltip: "(hover it)" after the conflict left no
            # room on one line at 1300 pixels for the filing date's mark.
            (self._word("conflict"), "number conflict", "conflict"),
            (self._word("filing"), FILING_WORDS, "filed"),
            (self._badges(False), "your tags", "tags"),
            (self._badges(False, hollow=True), HOLLOW_WORDS, "elsewhere"),
            (self._badges(True), "suggested (Enter accepts)", "suggested"),
        ]
        for pixmap, text, short in items:
            pixmap.setDevicePixelRatio(ratio)
            entry = QWidget()  # a mark and its words wrap together
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(ICON_GAP)
            icon = QLabel()
            icon.setPixmap(pixmap)
            label = QLabel(text)
            label.setObjectName("legendText")
            label.setToolTip(text)  # the full words, when the label has the short ones
            label.setForegroundRole(QPalette.ColorRole.Text)  # the articles' text colour, in any theme
            row.addWidget(icon)
            row.addWidget(label)
            self._layout.addWidget(entry)
            self._entries.append((entry, label, text, short))
        self._filing_entry = next(entry for entry, _label, text, _short in self._entries if text == FILING_WORDS)
        self._filing_entry.setVisible(self._filing_shown)
        self._hollow_entry = next(entry for entry, _label, text, _short in self._entries if text == HOLLOW_WORDS)
        self._hollow_entry.setVisible(self._hollow_shown)
        self._fit_words()
        self.setToolTip("Bars: solid = same claim, dashed = differs, hollow = only here; "
                        "tint = how the sentence relates; underline = changed words (bold: a changed figure); "
                        "strong red fill and red wave = numbers disagree; grey dots = a dateline's date: the "
                        "report was filed on another day, which is no conflict (hover a marked word for what "
                        "the other source says); C/S/D = corroborated / single source / disputed; a hollow "
                        "badge: a tag made beside another article than the one shown.")

    def show_filing(self, shown: bool) -> None:
        """Show the filing date's mark in the key only while the comparison has one: most pairs of
        reports carry no two datelines, and a key to a mark never shown is one more thing to read."""
        self._filing_shown = shown
        self._filing_entry.setVisible(shown)
        self._fit_words()

    def show_hollow(self, shown: bool) -> None:
        """Show the hollow badge in the key only while a tag made beside another article is shown:
        without its entry a hollow badge may be taken for a suggestion, and Enter pressed on it."""
        if shown != self._hollow_shown:
            self._hollow_shown = shown
            self._hollow_entry.setVisible(shown)
            self._fit_words()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_words()

    def _fit_words(self) -> None:
        """The full words while they take at most FULL_WORDS_ROWS rows, else the short ones: on a
        small window the reading panes need the height a third row would take."""
        full = self._rows(index=2) <= FULL_WORDS_ROWS
        for _entry, label, text, short in self._entries:
            label.setText(text if full else short)

    def _rows(self, *, index: int) -> int:
        """How many rows the entries take at the legend's width, with their words at ``index`` (2:
        full, 3: short) of each entry, as the flow layout places them."""
        margins = self._layout.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        rows, x = 1, 0
        for entry in self._entries:
            widget, label, words = entry[0], entry[1], entry[index]
            if widget.isHidden():
                continue
            # As wide as the entry is now, with the other words in place of the label's.
            metrics = label.fontMetrics()
            width = widget.sizeHint().width() - metrics.size(0, label.text()).width() + metrics.size(0, words).width()
            if x > 0 and x + width > room:
                rows, x = rows + 1, 0
            x += width + SPACING
        return rows

    def _canvas(self, width: int, height: int = MARK_HEIGHT) -> tuple[QPixmap, QPainter]:
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
        """A sample of a word mark, set in the very format the panes give that mark ("abc" for
        changed words, "12" for a figure), so the key shows what the text shows."""
        sample = "12" if style in FIGURE_STYLES else "abc"
        layout = QTextLayout(sample, self.font())
        marked = QTextLayout.FormatRange()
        marked.start, marked.length, marked.format = 0, len(sample), self._theme.formats[style]
        layout.setFormats([marked])
        layout.beginLayout()
        line = layout.createLine()
        layout.endLayout()
        width = max(SAMPLE_WIDTH, math.ceil(line.naturalTextWidth()))
        # As high as the other marks, so every entry's words sit on one line with the rest.
        pixmap, painter = self._canvas(width, MARK_HEIGHT)
        painter.setPen(self._theme.text)  # the colour of text the format leaves unset, as in a pane
        left = (width - line.naturalTextWidth()) / 2
        top = max(0.0, (MARK_HEIGHT - line.height()) / 2)
        layout.draw(painter, QPointF(left, top))
        if style == "conflict":
            font = QFont(self.font())
            font.setWeight(QFont.Weight.Bold)  # as the format sets it
            paint_conflict_wave(painter, left, left + line.naturalTextWidth(), top + line.ascent(),
                                top + line.height(), QFontMetricsF(font), self._theme.conflict_wave)
        painter.end()
        return pixmap

    def _badges(self, suggested: bool, *, hollow: bool = False) -> QPixmap:
        pixmap, painter = self._canvas(52)
        for i, kind in enumerate(("corroborated", "single-source", "disputed")):
            paint_badge(painter, QRectF(1 + i * 17, 1, 15, 15), kind, suggested=suggested, hollow=hollow)
        painter.end()
        return pixmap
