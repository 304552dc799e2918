"""The tip over a character is that character's, wherever the pointer rests on its glyph: over the right
half of a one-digit figure in conflict it is the conflict's, not the next word's (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QToolTip
from test_window_qa26 import position_of
from written_files import write_pair

A = "Festival crush\n\nA crowd crush at the festival killed seven people on Saturday night, police said.\n"
B = "Festival crush\n\nA crowd crush at the festival killed 9 people on Saturday night, police said.\n"


@pytest.fixture
def window(open_window, tmp_path):
    return open_window(write_pair(tmp_path, A, B))


def _tip_across(view, position: int, share: float, monkeypatch) -> str:
    """The tip when the pointer rests ``share`` of the way across the glyph at ``position``."""
    view.move_to(position)
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    left = view.cursorRect(cursor)
    cursor.setPosition(position + 1)
    right = view.cursorRect(cursor)
    point = view.viewport().mapTo(view, QPoint(round(left.left() + share * (right.left() - left.left())),
                                               left.center().y()))
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *rest: shown.append(text))
    view.event(QHelpEvent(QEvent.Type.ToolTip, point, view.mapToGlobal(point)))
    assert shown, "no tooltip"
    return shown[-1]


@pytest.mark.parametrize("share", [0.2, 0.5, 0.8])
def test_every_part_of_a_one_digit_figure_tells_its_conflict(window, share, monkeypatch):
    b = window.view("b")
    assert _tip_across(b, position_of(b, "9 people"), share, monkeypatch) == "Number conflict — source A says “seven”"


def test_the_glyph_after_the_figure_is_not_the_figure(window, monkeypatch):
    b = window.view("b")
    space = position_of(b, "9 people") + 1
    assert "Number conflict" not in _tip_across(b, space + 1, 0.5, monkeypatch)  # the "p" of "people"


@pytest.mark.parametrize("text", ["figure 9 here", "קרא השר 9 דברים", "قال الوزير ٩ شيء"])
def test_the_character_under_the_pointer_is_found_in_either_direction_of_writing(qtbot, text):
    from PySide6.QtWidgets import QPlainTextEdit

    from reader.ui.pane import DocumentView

    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.resize(600, 200)
    edit.setPlainText(text)
    edit.show()
    cursor = QTextCursor(edit.document())
    edges = []
    for position in range(len(text) + 1):
        cursor.setPosition(position)
        edges.append(edit.cursorRect(cursor).left())
    y = edit.cursorRect(cursor).center().y()
    found = [(DocumentView._character_at(edit, QPoint(x, y)), position)
             for position in range(len(text)) for x in range(min(edges[position:position + 2]) + 1,
                                                             max(edges[position:position + 2]) - 1)]
    assert found and sum(got != position for got, position in found) <= len(found) // 20
