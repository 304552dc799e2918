"""Delete in the Tags list reached by Tab, the Side of a tag both panes show, the sample story
named on a first start, and the Tags list scrolled to a row with no half row above it (offscreen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from test_notes_and_undo import stored_tags
from test_window_qa24 import body
from window_steps import focus
from written_files import write_pair

from reader.ui.palette import TAG_LABELS


def tagged_then_on_an_untagged_sentence(open_window, qtbot, keys):
    """The sample story with A's first story sentences tagged by ``keys`` (one each), and the
    cursor moved on to the next, untagged one: the list then selects no row."""
    window = open_window(remember=False)
    view = window.pane_a.view
    focus(qtbot, window, view)
    marks = body(view)
    for mark, key in zip(marks, keys):
        view.move_to(mark.start)
        qtbot.keyClick(view, key)
    view.move_to(marks[len(keys)].start)
    return window, view


def tab_to(qtbot, widget, limit: int = 12) -> None:
    """Press Tab in whatever has the focus until ``widget`` has it, as a reader would."""
    for _ in range(limit):
        if widget.hasFocus():
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert widget.hasFocus(), "Tab never reached it"


# ---- M1: Delete acts on the row Tab brought the focus to, or says why nothing went ----------------

def test_delete_in_the_tags_list_reached_by_tab_deletes_the_framed_row(open_window, qtbot):
    window, _ = tagged_then_on_an_untagged_sentence(open_window, qtbot, [Qt.Key.Key_C, Qt.Key.Key_D])
    table = window.tag_panel.table
    assert table.selectionModel().selectedRows() == []  # the sentence under the cursor has no tag
    tab_to(qtbot, table)
    framed = table.currentIndex().row()
    assert framed >= 0
    _, framed_tag = window.tag_panel.model.row_at(framed)
    # The row the focus frame is on is the chosen one: selected, so the reader sees it so.
    assert [index.row() for index in table.selectionModel().selectedRows()] == [framed]
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [kind for kind, _, _ in stored_tags()] == [kind for kind in ("corroborated", "disputed")
                                                      if kind != framed_tag.kind]
    assert window.statusBar().currentMessage().startswith(f"Deleted the {TAG_LABELS[framed_tag.kind]} tag")


def test_the_arrow_keys_move_on_from_the_framed_row_and_delete_takes_the_row_they_reach(open_window, qtbot):
    window, _ = tagged_then_on_an_untagged_sentence(open_window, qtbot, [Qt.Key.Key_C, Qt.Key.Key_D])
    table = window.tag_panel.table
    tab_to(qtbot, table)
    framed = table.currentIndex().row()
    other = 1 - framed
    toward_the_other = Qt.Key.Key_Up if other < framed else Qt.Key.Key_Down
    # At the edge of the list, the arrow away from the other row moves nowhere: the framed row stays chosen.
    qtbot.keyClick(table, Qt.Key.Key_Down if toward_the_other == Qt.Key.Key_Up else Qt.Key.Key_Up)
    assert [index.row() for index in table.selectionModel().selectedRows()] == [framed]
    qtbot.keyClick(table, toward_the_other)
    assert [index.row() for index in table.selectionModel().selectedRows()] == [other]
    _, reached = window.tag_panel.model.row_at(other)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [kind for kind, _, _ in stored_tags()] == [kind for kind in ("corroborated", "disputed")
                                                      if kind != reached.kind]


def test_delete_with_no_row_selected_says_why_nothing_went(open_window, qtbot):
    window, _ = tagged_then_on_an_untagged_sentence(open_window, qtbot, [Qt.Key.Key_S])
    table = window.tag_panel.table
    focus(qtbot, window, table)
    table.clearSelection()  # as a Ctrl+click on the selected row leaves it
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert len(stored_tags()) == 1
    assert window.statusBar().currentMessage().startswith("Select a tag's row first")


def test_delete_in_an_empty_tags_list_says_there_is_nothing_to_delete(open_window, qtbot):
    window = open_window(remember=False)
    table = window.tag_panel.table
    focus(qtbot, window, table)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert window.statusBar().currentMessage() == "There is no tag in the list to delete."


# ---- L1: a tag of the article shown on both sides is on both sides in the list ------------------

def test_a_tag_of_the_article_shown_on_both_sides_is_listed_on_both(open_window, qtbot):
    window, _ = tagged_then_on_an_untagged_sentence(open_window, qtbot, [Qt.Key.Key_D])
    model = window.tag_panel.model
    assert model.data(model.index(0, 1)) == "A"
    window.pane_b.picker.activated.emit(window.shown_pair[0])  # A's article in B's pane too
    qtbot.waitUntil(lambda: window.shown_pair[0] == window.shown_pair[1] and not window.busy, timeout=20000)
    assert window.pane_b.view._gutter.badges()  # B's pane shows the tag's badge as well
    assert model.rowCount() == 1
    assert model.data(model.index(0, 1)) == "A, B"
    assert "same article" in model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)


# ---- L2: a first start says that the articles are the sample story --------------------------------

def sample_story_notice(window) -> str:
    """The visible words of the status line that speak of the sample story ("" when none do)."""
    said = [label.text() for label in window.statusBar().findChildren(QLabel)
            if label.isVisible() and "sample story" in label.text().lower()]
    return " ".join(said)


def test_a_first_start_says_the_articles_are_the_sample_story_until_the_readers_own_are_opened(
        open_window, qtbot, tmp_path):
    window = open_window(remember=False)
    notice = sample_story_notice(window)
    assert "sample story" in notice.lower()
    assert "File ▸ Open" in notice and window.open_action.shortcut().toString() in notice
    text_a = "Storm hits coast\n\nThe storm killed 12 people on Tuesday, officials said.\n"
    text_b = "Storm hits coast\n\nThe storm killed 14 people on Tuesday, officials said.\n"
    window.open_paths([str(path) for path in write_pair(tmp_path, text_a, text_b)], "a")
    qtbot.waitUntil(lambda: not window.busy and "Storm" in window.windowTitle(), timeout=20000)
    assert sample_story_notice(window) == ""


# ---- L3: the Tags list scrolled to the current tag shows no half row at its top -----------------

def test_the_tags_list_scrolled_to_the_last_tag_has_a_whole_row_at_its_top(open_window, qtbot):
    window, view = tagged_then_on_an_untagged_sentence(open_window, qtbot, [Qt.Key.Key_C] * 8)
    table = window.tag_panel.table
    row_height = table.verticalHeader().defaultSectionSize()
    # A list whose height is not a whole number of rows, too low for all eight.
    for height in range(600, 700, 7):
        window.resize(window.width(), height)
        QApplication.processEvents()
        if table.viewport().height() % row_height and table.viewport().height() < 7 * row_height:
            break
    assert table.viewport().height() % row_height
    marks = body(view)
    for mark in (marks[0], marks[7]):  # to the first tag, then to the last: the list scrolls down
        view.move_to(mark.start)
        QApplication.processEvents()
    current = table.selectionModel().selectedRows()[0].row()
    assert current == window.tag_panel.model.rowCount() - 1
    assert table.verticalScrollBar().value() > 0
    top = table.rowAt(0)
    assert table.rowViewportPosition(top) == 0  # the top row whole, not cut through its middle
    bottom = table.rowViewportPosition(current) + table.rowHeight(current)
    assert 0 <= table.rowViewportPosition(current) and bottom <= table.viewport().height()
