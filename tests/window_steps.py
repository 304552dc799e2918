"""Steps the window tests share (importable as ``window_steps``, as ``tag_files`` is)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def focus(qtbot, window, widget) -> None:
    """Make ``window`` the active window and give ``widget`` the keyboard focus, as a click would:
    the window's shortcuts and key handling only act in the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
