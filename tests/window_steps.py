"""Steps the window tests share (importable as ``window_steps``, as ``tag_files`` is)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip


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


def link_band_tips(window, path, monkeypatch) -> list[str]:
    """The tooltips the link bar shows when the mouse rests on a point inside the painted band ``path``."""
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *rest: shown.append(text))
    box = path.boundingRect()
    point = next(QPointF(x, y).toPoint() for x in range(int(box.left()), int(box.right()) + 1)
                 for y in range(int(box.top()), int(box.bottom()) + 1) if path.contains(QPointF(x, y)))
    window.linkbar.event(QHelpEvent(QEvent.Type.ToolTip, point, window.linkbar.mapToGlobal(point)))
    return shown
