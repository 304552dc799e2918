"""A strip above the panes for the one thing the reader should know about the pair as a whole."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from reader.ui.palette import YELLOW, Theme, blend


class WarningBar(QLabel):
    """Hidden unless there is something to say ("they may not report the same story")."""

    def __init__(self, *, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Warning about this pair")
        self.setWordWrap(True)
        self.setAutoFillBackground(True)
        self.setMargin(6)
        self.set_theme(theme)
        self.hide()

    def set_theme(self, theme: Theme) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, blend(theme.base, YELLOW, 0.45 if theme.dark else 0.35))
        palette.setColor(QPalette.ColorRole.WindowText, theme.text)
        self.setPalette(palette)

    def show_warning(self, text: str | None) -> None:
        self.setText(f"⚠  {text}" if text else "")
        self.setVisible(bool(text))
