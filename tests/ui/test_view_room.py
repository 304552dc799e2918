"""A passage brought into view with room above it stays whole: the room is what the passage leaves of the
view, so one a line shorter than the view is shown to its last line (offscreen)."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from reader.ui.viewgeometry import ViewGeometry


class _View(ViewGeometry, QPlainTextEdit):
    pass


def test_a_passage_that_fits_the_view_is_shown_whole_with_room_asked(qtbot):
    view = _View()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    lines = [f"line {k}" for k in range(200)]
    view.setPlainText("\n".join(lines))
    view.show()
    metrics = view.fontMetrics()
    rows = max(1, int((view.viewport().height() - metrics.height()) // metrics.lineSpacing()) + 1)
    first, last = 100, 100 + rows - 2  # rows - 1 lines: the view has room for one line more
    start = sum(len(line) + 1 for line in lines[:first])
    end = sum(len(line) + 1 for line in lines[:last + 1]) - 1
    view.bring_into_view(start, end, room=2)
    assert view.is_visible_position(start) and view.is_visible_position(end - 1)
    assert view.verticalScrollBar().value() == first - 1  # the one line it leaves, above it
