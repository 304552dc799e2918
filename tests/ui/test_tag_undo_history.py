"""Undo and redo walk the whole history of one tag: each change to it, and each undo, writes the
tag again, and none of them may be taken for a change made in another window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.core.store import TagStore
from window_steps import at_a_related_sentence


def stored() -> list[tuple[str, str]]:
    with TagStore() as store:
        return [(tag.kind, tag.note) for tag in store.all_tags()]


def undo(window, times: int) -> None:
    for _ in range(times):
        window.undo_action.trigger()


def redo(window, times: int) -> None:
    for _ in range(times):
        window.redo_action.trigger()


def test_three_kinds_given_to_one_tag_undo_and_redo_step_by_step(open_window, qtbot):
    window = open_window()
    view, _ = at_a_related_sentence(qtbot, window)
    for key in (Qt.Key.Key_D, Qt.Key.Key_C, Qt.Key.Key_S):
        qtbot.keyClick(view, key)
    assert stored() == [("single-source", "")]

    undo(window, 1)
    assert stored() == [("corroborated", "")]
    undo(window, 1)
    assert stored() == [("disputed", "")]
    undo(window, 1)
    assert stored() == []
    redo(window, 3)
    assert stored() == [("single-source", "")]
    assert window.error_box is None  # nothing else touched the tag: nothing to warn of


def test_a_note_then_a_new_kind_undo_back_to_the_note_and_redo_keeps_it(open_window, qtbot):
    window = open_window()
    view, _ = at_a_related_sentence(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_D)
    qtbot.keyClick(view, Qt.Key.Key_E)
    qtbot.keyClicks(window.tag_panel.note, "first note")
    qtbot.keyClick(window.tag_panel.note, Qt.Key.Key_Return)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C)
    assert stored() == [("corroborated", "first note")]

    undo(window, 2)
    assert stored() == [("disputed", "")]
    redo(window, 2)
    assert stored() == [("corroborated", "first note")]
    assert window.error_box is None


def test_undo_after_another_window_changed_the_tag_still_refuses(open_window, qtbot):
    """Walking back through this window's own changes must not overwrite another window's."""
    from dataclasses import replace

    window = open_window()
    view, _ = at_a_related_sentence(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_D)
    qtbot.keyClick(view, Qt.Key.Key_C)
    with TagStore() as store:
        [tag] = store.all_tags()
        store.update(replace(tag, note="from the desk"))
    undo(window, 1)
    assert stored() == [("corroborated", "from the desk")]
    assert "changed elsewhere" in window.error_box.text()

