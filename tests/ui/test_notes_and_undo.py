"""A note being typed is never lost, and undo never changes a tag out of sight without saying so."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.core.store import TagStore
from window_steps import at_a_related_sentence, focus
from written_files import write_pair


def tag_a_sentence_and_type_a_note(qtbot, window, note: str):
    """Tag A's first related sentence disputed, press E and type ``note`` without pressing Enter."""
    view, mark = at_a_related_sentence(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_D)
    qtbot.keyClick(view, Qt.Key.Key_E)
    assert window.tag_panel.note.hasFocus()
    qtbot.keyClicks(window.tag_panel.note, note)


def stored_notes() -> list[tuple[str, str]]:
    with TagStore() as store:
        return [(tag.kind, tag.note) for tag in store.all_tags()]


def test_a_note_typed_and_not_yet_saved_is_kept_when_the_window_closes(open_window, qtbot):
    window = open_window()
    tag_a_sentence_and_type_a_note(qtbot, window, "Wire says four carriages")
    window.close()
    assert stored_notes() == [("disputed", "Wire says four carriages")]


def test_a_note_typed_while_its_article_is_replaced_is_saved_on_its_tag(open_window, qtbot):
    window = open_window()
    tag_a_sentence_and_type_a_note(qtbot, window, "ask the press ")
    window.pane_a.picker.activated.emit(1)  # another article into A, the note field still focused
    qtbot.waitUntil(lambda: window.shown_pair[0] == 1 and not window.busy, timeout=20000)
    assert window.tag_panel.note.hasFocus()  # typing goes on into the note, not into the article
    qtbot.keyClicks(window.tag_panel.note, "office, call Vy")  # C, V...: no tag keys
    qtbot.keyClick(window.tag_panel.note, Qt.Key.Key_Return)  # the editor now presses Enter
    assert stored_notes() == [("disputed", "ask the press office, call Vy")]
    assert "no longer on screen" in window.statusBar().currentMessage()


def test_a_note_typed_while_the_other_article_is_replaced_stays_open(open_window, qtbot):
    window = open_window()
    tag_a_sentence_and_type_a_note(qtbot, window, "Wire says ")
    window.pane_b.picker.activated.emit(1)
    qtbot.waitUntil(lambda: window.shown_pair[1] == 1 and not window.busy, timeout=20000)
    assert window.tag_panel.note.hasFocus()
    qtbot.keyClicks(window.tag_panel.note, "four, check dates")
    qtbot.keyClick(window.tag_panel.note, Qt.Key.Key_Return)
    assert stored_notes() == [("disputed", "Wire says four, check dates")]


def test_undo_of_a_tag_on_an_article_no_longer_shown_says_so(open_window, qtbot):
    window = open_window()
    view, mark = at_a_related_sentence(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_D)
    title = window.plan.comparison.a.title
    window.pane_a.picker.activated.emit(1)
    qtbot.waitUntil(lambda: window.shown_pair[0] == 1 and not window.busy, timeout=20000)
    focus(qtbot, window, view)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_notes() == []
    assert window.statusBar().currentMessage() == f"Undone: tag as disputed on “{title}”, which is not on screen."
    window.redo_action.trigger()
    assert stored_notes() == [("disputed", "")]
    assert window.statusBar().currentMessage().startswith("Redone: tag as disputed on")


def two_sentences_of_a(qtbot, window):
    """A's view, with the keyboard focus, and two sentences of it that follow each other."""
    view = window.pane_a.view
    marks = [m for m in view.plan.marks if m.state != "heading"]
    focus(qtbot, window, view)
    return view, marks[1], marks[2]


def select(view, first_mark, last_mark):
    from PySide6.QtGui import QTextCursor

    cursor = view.textCursor()
    cursor.setPosition(first_mark.start)
    cursor.setPosition(last_mark.end, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def stored_tags() -> list[tuple[str, str, str]]:
    with TagStore() as store:
        return sorted((tag.kind, tag.passage.anchor.quote, tag.note) for tag in store.all_tags())


def test_a_tag_key_in_a_sentence_of_a_two_sentence_tag_changes_that_tag(open_window, qtbot):
    window = open_window()
    view, first, second = two_sentences_of_a(qtbot, window)
    select(view, first, second)
    qtbot.keyClick(view, Qt.Key.Key_C)
    [(_, passage, _)] = stored_tags()
    view.move_to(second.start)  # the cursor in the second sentence, nothing selected
    qtbot.keyClick(view, Qt.Key.Key_D)
    assert stored_tags() == [("disputed", passage, "")]  # the one tag changed, no second one hidden under it
    assert "Tagged <b>Disputed</b>" in window.tag_panel.current.text()
    qtbot.keyClick(view, Qt.Key.Key_E)
    qtbot.keyClicks(window.tag_panel.note, "two outlets differ")
    qtbot.keyClick(window.tag_panel.note, Qt.Key.Key_Return)
    assert stored_tags() == [("disputed", passage, "two outlets differ")]


def test_clearing_a_sentence_leaves_an_overlapping_tag_of_another_passage(open_window, qtbot):
    window = open_window()
    view, first, second = two_sentences_of_a(qtbot, window)
    view.move_to(first.start)
    qtbot.keyClick(view, Qt.Key.Key_S)  # the first sentence alone
    select(view, first, second)
    qtbot.keyClick(view, Qt.Key.Key_C)  # the two sentences: a second, overlapping tag
    assert [kind for kind, _, _ in stored_tags()] == ["corroborated", "single-source"]
    view.move_to(first.start)
    assert "Tagged <b>Single source</b>" in window.tag_panel.current.text()  # the narrower tag is this sentence's
    qtbot.keyClick(view, Qt.Key.Key_X)
    assert [kind for kind, _, _ in stored_tags()] == ["corroborated"]


def test_the_same_article_on_both_sides_lists_each_tag_once_and_undoes_its_deletion(open_window, qtbot):
    window = open_window()
    window.pane_b.picker.activated.emit(window.shown_pair[0])  # A's article on both sides
    qtbot.waitUntil(lambda: window.shown_pair[0] == window.shown_pair[1] and not window.busy, timeout=20000)
    view = window.pane_a.view
    focus(qtbot, window, view)
    view.move_to(next(m for m in view.plan.marks if m.state != "heading").start)
    qtbot.keyClick(view, Qt.Key.Key_C)
    assert window.tag_panel.model.rowCount() == 1
    window.tag_panel.table.selectAll()
    window.tag_panel.delete_action.trigger()
    assert stored_tags() == []
    window.undo_action.trigger()
    assert len(stored_tags()) == 1 and window.error_box is None


def test_the_window_title_cuts_long_headlines_at_a_word_with_an_ellipsis(open_window, tmp_path):
    text_a = ("Regional train derails near Halden, injuring fourteen passengers\n\n"
              "The train left the tracks on Tuesday morning, the police said.\n")
    text_b = "Short headline\n\nThe train left the tracks on Tuesday morning, police said.\n"
    window = open_window(write_pair(tmp_path, text_a, text_b))
    assert window.windowTitle() == "Regional train derails near Halden… ↔ Short headline — Parallax"


def test_a_long_headline_of_one_long_word_is_cut_inside_it():
    from reader.ui.window import _shortened

    assert _shortened("Pasted: https://example.org/news/2025/03/12/regional-train-derails") == (
        "Pasted: https://example.org/news/2025/03…")
    assert _shortened("Regional train derails near Halden town injuring fourteen") == (
        "Regional train derails near Halden town…")  # the cut lands on a space: the word stays


def test_the_tags_list_sorts_by_a_column_and_the_selection_follows_its_tag(open_window, qtbot):
    window = open_window()
    view = window.pane_a.view
    focus(qtbot, window, view)
    body = [m for m in view.plan.marks if m.state != "heading"]
    for mark, key in zip(body[:3], (Qt.Key.Key_S, Qt.Key.Key_D, Qt.Key.Key_C)):
        view.move_to(mark.start)
        qtbot.keyClick(view, key)
    model, table = window.tag_panel.model, window.tag_panel.table

    def kinds():
        return [model.row_at(row)[1].kind for row in range(model.rowCount())]

    assert kinds() == ["single-source", "disputed", "corroborated"]  # reading order
    table.selectRow(0)  # the single-source tag
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # as a click on "Tag"
    assert kinds() == ["corroborated", "disputed", "single-source"]
    [selected] = table.selectionModel().selectedRows()
    assert selected.row() == 2  # the selection moved with its tag
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # "Passage": by place, last first
    assert kinds() == ["corroborated", "disputed", "single-source"]
    table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert kinds() == ["single-source", "disputed", "corroborated"]
    [selected] = table.selectionModel().selectedRows()
    assert model.row_at(selected.row())[1].kind == "single-source"
    window.tag_panel.delete_action.trigger()
    assert sorted(kind for kind, _, _ in stored_tags()) == ["corroborated", "disputed"]


def test_a_tag_that_only_clips_a_sentence_is_not_that_sentences_tag(open_window, qtbot):
    from PySide6.QtGui import QTextCursor

    window = open_window()
    view, first, second = two_sentences_of_a(qtbot, window)
    cursor = view.textCursor()
    cursor.setPosition(first.start)
    cursor.setPosition(second.start + 4, QTextCursor.MoveMode.KeepAnchor)  # the mouse ran over
    view.setTextCursor(cursor)
    qtbot.keyClick(view, Qt.Key.Key_C)
    view.move_to(second.start + 10)  # in the second sentence, nothing selected
    assert "Not tagged" in window.tag_panel.current.text() or "Suggested" in window.tag_panel.current.text()
    qtbot.keyClick(view, Qt.Key.Key_X)
    assert [kind for kind, _, _ in stored_tags()] == ["corroborated"]  # X cleared nothing
    qtbot.keyClick(view, Qt.Key.Key_D)
    assert sorted(kind for kind, _, _ in stored_tags()) == ["corroborated", "disputed"]  # a tag of its own


def test_a_note_of_spaces_alone_is_no_note(open_window, qtbot):
    window = open_window()
    tag_a_sentence_and_type_a_note(qtbot, window, "   ")
    qtbot.keyClick(window.tag_panel.note, Qt.Key.Key_Return)
    assert stored_notes() == [("disputed", "")]
