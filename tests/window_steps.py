"""Steps the window tests share (importable as ``window_steps``, as ``tag_files`` is)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication


def drop_on(view, mime) -> bool:
    """Drag ``mime`` over ``view`` and drop it, as the window system would; True if accepted."""
    at = view.viewport().rect().center()
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(at), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), event)
    return event.isAccepted()


def focus(qtbot, window, widget) -> None:
    """Make ``window`` the active window and give ``widget`` the keyboard focus, as a click would:
    the window's shortcuts and key handling only act in the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def at_a_related_sentence(qtbot, window):
    """A's view, with the keyboard focus and the cursor in its first sentence that overlaps one of
    B's with differences; returns the view and the sentence's mark."""
    view = window.pane_a.view
    mark = next(m for m in view.plan.marks if m.state == "related")
    view.move_to(mark.start)
    focus(qtbot, window, view)
    return view, mark
