"""Scrolling the two articles together, the keyboard leaving the Tags list, what the status line
says after undo and delete, menu keys, messages, multi-line notes, pasting into a pane, the icon,
the import summary, the Tags list following the cursor, and tag names in tooltips (offscreen)."""

from __future__ import annotations

import csv
import re

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QGuiApplication, QKeySequence, QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from window_steps import drop_on, focus

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


# ---- helpers ----------------------------------------------------------------------------

def settled(qtbot, window):
    """``window`` once the layout that follows its first showing is done: a pane resized after
    the reader scrolled brings its caret back into view (DocumentView.resizeEvent)."""
    qtbot.wait(100)
    return window


def wheel(view, notches: int = 1) -> None:
    """Turn the mouse wheel over ``view`` (down for positive ``notches``), as the window system would."""
    where = QPoint(100, 100)
    for _ in range(abs(notches)):
        event = QWheelEvent(QPointF(where), QPointF(view.viewport().mapToGlobal(where)), QPoint(0, 0),
                            QPoint(0, -120 if notches > 0 else 120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(view.viewport(), event)


def reading_height(view) -> float:
    """The reading line of ``view``, in viewport pixels from its top."""
    from reader.ui.scrollsync import reading_share

    bar = view.verticalScrollBar()
    rows = view.viewport().height() / view.fontMetrics().lineSpacing()
    return reading_share(bar.value(), bar.maximum(), rows) * view.viewport().height()


def sentence_at_height(view, y: float):
    position = view.cursorForPosition(QPoint(5, int(y))).position()
    return view.plan.marks[view.plan.sentence_at(position)]


def partners_level(window, side: str) -> tuple[bool, str]:
    """Whether the sentence at ``side``'s reading line has a partner at the same height in the
    other pane (within a line): the other pane's sentence there, or a line above or below it
    (a blank line between two partners), is one of them.  Sentences without partners: True."""
    view, other = window.view(side), window.view("b" if side == "a" else "a")
    y = reading_height(view)
    mark = sentence_at_height(view, y)
    top, bottom = view.mark_y(mark.index)
    if not mark.partners or not top <= y < bottom:
        return True, ""
    line = other.fontMetrics().lineSpacing()
    there = {sentence_at_height(other, y + dy).index for dy in (-line, 0, line)}
    # A partner above the reading line of a pane scrolled to its top cannot come any lower: held at the edge.
    at_top = other.verticalScrollBar().value() == 0 and any(other.mark_y(p)[0] < y for p in mark.partners)
    return bool(there & set(mark.partners)) or at_top, f"{side} {mark.index} partners {mark.partners}, level with {there}"


def scroll_to_the_end(view, qtbot, check) -> int:
    """Wheel ``view`` down to its end, calling ``check()`` after each notch; how many notches."""
    bar, notches = view.verticalScrollBar(), 0
    while bar.value() < bar.maximum():
        wheel(view)
        qtbot.wait(1)
        check()
        notches += 1
        assert notches < 500
    return notches


def drop_text(view, text: str) -> bool:
    mime = QMimeData()
    mime.setText(text)
    return drop_on(view, mime)


def select_only(table, row: int) -> None:
    """Select ``row`` of ``table`` alone, as a click on it would (``selectRow`` toggles it when
    the test's last key click still counts as holding Ctrl)."""
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().setCurrentIndex(table.model().index(row, 0), flags)


def at_the_first_sentence_of_a(open_window, qtbot):
    """A window on the sample story, the cursor in A's first story sentence with the keys there."""
    window = open_window()
    view = window.pane_a.view
    focus(qtbot, window, view)
    view.move_to(body(view)[0].start)
    return window, view


def with_two_tags(open_window, qtbot, key):
    """A window on the sample story with A's first two story sentences tagged by ``key``."""
    window = open_window()
    view = window.pane_a.view
    focus(qtbot, window, view)
    for mark in body(view)[:2]:
        view.move_to(mark.start)
        qtbot.keyClick(view, key)
    return window, view


def body(view):
    return [m for m in view.plan.marks if m.state in ("equivalent", "related", "unmatched")]


# ---- M3: scrolling together -------------------------------------------------------------

def test_the_wheel_on_one_pane_brings_the_partners_level_in_the_other(open_window, qtbot, seeds):
    window = settled(qtbot, open_window([seeds[2], seeds[4]]))
    view_a, view_b = window.pane_a.view, window.pane_b.view
    focus(qtbot, window, view_a)
    seen_linked, b_values = [], []

    def check():
        level, where = partners_level(window, "a")
        assert level, where
        mark = sentence_at_height(view_a, reading_height(view_a))
        seen_linked.append(bool(mark.partners))
        b_values.append(view_b.verticalScrollBar().value())

    scroll_to_the_end(view_a, qtbot, check)
    assert sum(seen_linked) >= 5  # the check met linked sentences, not only headings and gaps
    assert len(set(b_values)) > 5  # B went along
    # Both reach their ends together: the last lines of B are in sight at the end of A.
    assert view_b.verticalScrollBar().value() == view_b.verticalScrollBar().maximum()
    wheel(view_a, -400)
    assert view_a.verticalScrollBar().value() == 0 and view_b.verticalScrollBar().value() == 0


def test_the_other_way_round_the_wheel_over_b_moves_a_while_the_keys_stay_in_a(open_window, qtbot, seeds):
    window = settled(qtbot, open_window([seeds[2], seeds[4]]))
    view_a, view_b = window.pane_a.view, window.pane_b.view
    focus(qtbot, window, view_a)  # reading in A; the mouse is over B
    moved = []
    view_a.verticalScrollBar().valueChanged.connect(moved.append)
    for _ in range(40):  # until B's sentences at the reading line have partners lower in A
        wheel(view_b)
        level, where = partners_level(window, "b")
        assert level, where
        if moved:
            break
    assert moved and window.active_side == "a" and view_a.hasFocus()


def test_one_notch_moves_each_pane_once_and_the_moved_pane_does_not_lead_back(open_window, qtbot, seeds):
    window = settled(qtbot, open_window([seeds[2], seeds[4]]))
    view_a, view_b = window.pane_a.view, window.pane_b.view
    focus(qtbot, window, view_b)  # the pane that follows has the focus: it still does not lead
    wheel(view_a, 4)
    changes = {"a": [], "b": []}
    view_a.verticalScrollBar().valueChanged.connect(changes["a"].append)
    view_b.verticalScrollBar().valueChanged.connect(changes["b"].append)
    before = view_a.verticalScrollBar().value()
    wheel(view_a)
    qtbot.wait(20)
    assert changes["a"] == [before + QApplication.wheelScrollLines()]
    assert len(changes["b"]) <= 1


def test_dragging_the_scroll_bar_and_page_down_bring_the_other_pane_along(open_window, qtbot, seeds):
    window = settled(qtbot, open_window([seeds[2], seeds[4]]))
    view_a, view_b = window.pane_a.view, window.pane_b.view
    focus(qtbot, window, view_b)
    bar = view_a.verticalScrollBar()
    bar.setSliderPosition(bar.maximum() // 2)  # a drag of A's scroll bar, with the keys in B
    assert view_b.verticalScrollBar().value() > 0
    level, where = partners_level(window, "a")
    assert level, where

    view_a.verticalScrollBar().setValue(0)
    focus(qtbot, window, view_a)
    values = []
    for _ in range(4):
        qtbot.keyClick(view_a, Qt.Key.Key_PageDown)
        values.append(view_b.verticalScrollBar().value())
    assert values[-1] > 0 and len(set(values)) > 1


def test_a_sentence_only_one_side_has_is_placed_between_the_partners_around_it(open_window, qtbot, seeds):
    window = settled(qtbot, open_window([seeds[2], seeds[4]]))
    view_a, view_b = window.pane_a.view, window.pane_b.view
    focus(qtbot, window, view_a)
    checked = []

    def check():
        y = reading_height(view_a)
        mark = sentence_at_height(view_a, y)
        if mark.partners:
            return
        linked = [m for m in view_a.plan.marks if m.partners]
        above = [m for m in linked if m.index < mark.index]
        below = [m for m in linked if m.index > mark.index]
        if not above or not below:
            return
        # B at the reading height lies between the partners of the sentences around it (inclusive).
        first_b = {p for p in above[-1].partners} | {p for p in below[0].partners}
        lowest, highest = min(first_b), max(first_b)
        there = sentence_at_height(view_b, y).index
        assert lowest - 1 <= there <= highest + 1, (mark.index, there, lowest, highest)
        checked.append(mark.index)

    scroll_to_the_end(view_a, qtbot, check)
    assert len(checked) >= 3


def test_stepping_to_a_difference_still_shows_its_partner_in_the_other_pane(open_window, qtbot, seeds):
    window = settled(qtbot, open_window([seeds[2], seeds[4]]))
    view_a, view_b = window.pane_a.view, window.pane_b.view
    focus(qtbot, window, view_a)
    stops = 0
    while True:
        before = view_a.current_index
        qtbot.keyClick(view_a, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        if view_a.current_index == before:
            break
        stops += 1
        mark = view_a.current_mark()
        assert view_a.is_visible_position(mark.start)
        if mark.partners:  # the caret's sentence brought its partner into view, and it stayed
            first = view_b.plan.marks[mark.partners[0]]
            assert view_b.is_visible_position(first.start), mark.index
    assert stops >= 5


def test_clicking_a_sentence_moves_the_other_pane_to_its_partner_and_not_the_one_clicked(open_window, qtbot, seeds):
    from test_window import click_sentence

    window = settled(qtbot, open_window([seeds[2], seeds[4]]))
    view_a, view_b = window.pane_a.view, window.pane_b.view
    focus(qtbot, window, view_b)
    wheel(view_b, 10)
    for mark, top, _ in view_b.visible_marks():
        if mark.partners and top >= 0:
            break
    b_value = view_b.verticalScrollBar().value()
    click_sentence(qtbot, view_b, mark)
    assert view_b.verticalScrollBar().value() == b_value  # A's move did not scroll B back
    assert view_a.framed_indices() == mark.partners
    assert view_a.is_visible_position(view_a.plan.marks[mark.partners[0]].start)


def test_scroll_together_can_be_turned_off_and_stays_off(open_window, qtbot, seeds):
    window = settled(qtbot, open_window([seeds[2], seeds[4]]))
    view_a, view_b = window.pane_a.view, window.pane_b.view
    action = window.scroll_together_action
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert action in view_menu.actions() and action.isChecked()
    action.trigger()
    wheel(view_a, 8)
    assert view_a.verticalScrollBar().value() > 0 and view_b.verticalScrollBar().value() == 0
    window.close()

    again = open_window([seeds[2], seeds[4]])
    assert not again.scroll_together_action.isChecked()
    wheel(again.pane_a.view, 8)
    assert again.pane_b.view.verticalScrollBar().value() == 0
    again.scroll_together_action.trigger()  # on again: B comes level with A at once
    assert again.pane_b.view.verticalScrollBar().value() > 0
    level, where = partners_level(again, "a")
    assert level, where


def test_taking_another_article_into_b_does_not_move_a(open_window, qtbot, seeds):
    window = settled(qtbot, open_window([seeds[2], seeds[4]]))
    view_a = window.pane_a.view
    focus(qtbot, window, view_a)
    wheel(view_a, 10)
    before = view_a.verticalScrollBar().value()
    window.pane_b.picker.activated.emit(0)
    qtbot.waitUntil(lambda: not window.busy and window.shown_pair[1] == 0)
    assert view_a.verticalScrollBar().value() == before


# ---- M4: Tab leaves the Tags list ---------------------------------------------------------

def test_tab_leaves_the_tags_list(open_window, qtbot):
    window, view = with_two_tags(open_window, qtbot, Qt.Key.Key_C)
    table = window.tag_panel.table
    focus(qtbot, window, table)
    select_only(table, 0)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    focus(qtbot, window, table)
    qtbot.keyClick(table, Qt.Key.Key_Backtab, SHIFT)
    assert not table.hasFocus()
    focus(qtbot, window, table)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the arrows move between rows
    assert table.hasFocus() and table.currentIndex().row() == 1


# ---- L1: what the status line says after undo, and after Delete in the Tags list ----------

def test_undoing_a_clear_says_the_tag_is_back_and_delete_in_the_list_says_what_went(open_window, qtbot):
    window, view = at_the_first_sentence_of_a(open_window, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_C)
    qtbot.keyClick(view, Qt.Key.Key_X)
    assert window.statusBar().currentMessage().startswith("Cleared the Corroborated tag")
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert window.book.tags["a"]
    assert window.statusBar().currentMessage() == "Restored the Corroborated tag."

    table = window.tag_panel.table
    focus(qtbot, window, table)
    select_only(table, 0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert window.book.tags["a"] == []
    assert window.statusBar().currentMessage() == "Deleted the Corroborated tag (Edit ▸ Undo brings it back)."
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == "Restored the Corroborated tag."


def test_a_redo_after_the_clear_message_takes_it_away(open_window, qtbot):
    window, view = at_the_first_sentence_of_a(open_window, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_S)
    qtbot.keyClick(view, Qt.Key.Key_X)
    window.undo_action.trigger()
    window.redo_action.trigger()  # cleared again: neither "Restored" nor the old message stays
    assert not window.statusBar().currentMessage().startswith("Restored")


# ---- L2: the menus name Enter, and every item has its Alt key -----------------------------

def test_the_menu_names_the_enter_key_and_both_enter_keys_accept(open_window, qtbot):
    window = open_window()
    assert window.accept_action.shortcut().toString() == "Enter"
    assert QKeySequence("Return") in window.accept_action.shortcuts()
    view = window.pane_a.view
    suggested = [m for m in body(view) if m.suggestion]
    focus(qtbot, window, view)
    for mark, key in zip(suggested[:2], (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
        view.move_to(mark.start)
        qtbot.keyClick(view, key)
        assert view.tag_kind_of(mark) == mark.suggestion


def test_every_menu_item_has_an_alt_key_of_its_own(open_window):
    window = open_window()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        keys = []
        for action in menu.actions():
            if action.isSeparator() or not action.text():
                continue
            found = re.findall(r"&(\w)", action.text())
            assert len(found) == 1, f"{menu_action.text()} ▸ {action.text()}"
            keys.append(found[0].lower())
        assert len(keys) == len(set(keys)), f"{menu_action.text()}: {keys}"


# ---- L3: no full stop after a web address ----------------------------------------------------

def test_the_web_link_message_ends_no_address_with_a_full_stop(open_window, qtbot):
    from test_window import drop

    window = open_window()
    address = "https://example.com/news/story.html"
    assert drop(window.pane_b.view, [QUrl(address)])
    qtbot.waitUntil(lambda: window.error_box is not None and window.error_box.isVisible())
    text = window.error_box.text()
    assert address in text and address + "." not in text
    assert re.search(re.escape(address) + r"(\n|$)", text)
    window.error_box.close()


# ---- L4: tag names and headlines in the window's own words -----------------------------------

def test_tooltips_name_tags_as_the_window_does_and_headlines_are_not_linked(open_window, qtbot):
    window = open_window()
    view = window.pane_a.view
    suggested = next(m for m in body(view) if m.suggestion == "corroborated")
    assert "Suggested tag: Corroborated (Enter accepts)" in view.describe(suggested)
    tagged = next(m for m in body(view) if m is not suggested)
    focus(qtbot, window, view)
    view.move_to(tagged.start)
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert "Tagged: Single source" in view.describe(tagged)
    assert "single-source" not in view.describe(tagged)

    tag_tips = [window.tag_actions[kind].statusTip() for kind in window.tag_actions]
    assert not any("single-source" in tip for tip in tag_tips), tag_tips

    headline = next(m for m in view.plan.marks if m.state == "heading")
    view.move_to(headline.start)
    line = window.tag_panel.current.plain()
    assert "not compared" not in line and "not linked" in line


# ---- L5: notes of several lines ----------------------------------------------------------------

def test_a_note_of_several_lines_shows_them_and_shift_enter_types_one(open_window, qtbot):
    window, view = at_the_first_sentence_of_a(open_window, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_D)
    window.book.edit(window.book.tags["a"][0], note="Called the coastguard:\r\n- time confirmed\r\n- toll not")
    note = window.tag_panel.note
    assert note.text() == "Called the coastguard:⏎- time confirmed⏎- toll not"
    assert note.toolTip() == "Called the coastguard:\n- time confirmed\n- toll not"
    row = window.tag_panel.model.index(0, 3)
    assert "⏎" in window.tag_panel.model.data(row)

    # Into the field and out again without a change: the note is kept as stored, line ends too.
    window.note_action.trigger()
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert window.book.tags["a"][0].note == "Called the coastguard:\r\n- time confirmed\r\n- toll not"

    window.note_action.trigger()
    qtbot.keyClick(note, Qt.Key.Key_End)
    qtbot.keyClick(note, Qt.Key.Key_Return, SHIFT)
    qtbot.keyClicks(note, "- ferry named")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert window.book.tags["a"][0].note == ("Called the coastguard:\r\n- time confirmed\r\n- toll not\r\n"
                                             "- ferry named")


def test_a_new_line_typed_in_a_one_line_note_is_a_line_break(open_window, qtbot):
    window, view = at_the_first_sentence_of_a(open_window, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_C)
    window.note_action.trigger()
    note = window.tag_panel.note
    qtbot.keyClicks(note, "first")
    qtbot.keyClick(note, Qt.Key.Key_Enter, SHIFT)
    qtbot.keyClicks(note, "second")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert window.book.tags["a"][0].note == "first\nsecond"


# ---- L6: Ctrl+V in a pane, and text dropped on one -----------------------------------------------

def test_ctrl_v_in_a_pane_compares_the_clipboard_there(open_window, qtbot):
    window = open_window()
    view_b = window.pane_b.view
    QGuiApplication.clipboard().setText("Ferry capsizes off Bergen\n\nA ferry capsized off Bergen, the coastguard said.\n")
    focus(qtbot, window, view_b)
    qtbot.keyClick(view_b, Qt.Key.Key_V, CTRL)
    qtbot.waitUntil(lambda: not window.busy and window.plan.comparison.b.title == "Ferry capsizes off Bergen")
    assert window.pane_b.picker.currentText().endswith("Pasted: Ferry capsizes off Bergen")
    assert "source B" in window.statusBar().currentMessage()


def test_text_dropped_from_a_browser_is_compared_on_that_pane(open_window, qtbot):
    window = open_window()
    shown_b = window.plan.comparison.b.text
    assert drop_text(window.pane_a.view, "Quake hits central Chile\n\nA strong earthquake struck central Chile.\n")
    qtbot.waitUntil(lambda: not window.busy and window.plan.comparison.a.title == "Quake hits central Chile")
    assert window.plan.comparison.b.text == shown_b
    assert not drop_text(window.pane_a.view, "   ")  # nothing to compare: the drag is not taken


# ---- L8: the icon ------------------------------------------------------------------------------

def test_the_window_and_the_about_box_have_the_icon(open_window):
    from reader.ui.icon import drawn_icon

    window = open_window()
    assert not window.windowIcon().isNull()
    assert not QApplication.windowIcon().isNull()
    window.show_about()
    assert not window.about.iconPixmap().isNull()
    window.about.close()
    # Drawn where the icon files are not installed: a picture, not an empty square.
    image = drawn_icon(32).toImage()
    assert image.pixelColor(16, 16).alpha() == 255 and image.pixelColor(0, 0).alpha() == 0


# ---- L9: the import summary says what happened -----------------------------------------------------

def test_reimporting_edited_tags_says_they_were_updated(open_window, qtbot, tmp_path, monkeypatch):
    window, view = with_two_tags(open_window, qtbot, Qt.Key.Key_D)
    sheet = tmp_path / "tags.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sheet), "CSV (*.csv)"))
    window.export_action.trigger()
    with open(sheet, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row["note"] = "checked by phone"
    with open(sheet, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    window.import_action.trigger()
    text = window.error_box.text()
    assert text.startswith("From tags.csv: 2 tags updated with the file's edits."), text
    assert "Imported 0" not in text
    window.error_box.close()

    window.import_action.trigger()  # the same file again: nothing new
    assert window.error_box.text().startswith("Nothing new in tags.csv: all 2 of its tags are already in the store")


@pytest.mark.parametrize(("counts", "said"), [
    ({"added": 3, "total": 3}, "From t.csv: 3 tags imported"),
    ({"added": 1, "total": 4, "edited": 2}, ("From t.csv: 1 tag imported, 2 updated with the file's edits; "
                                             "1 was already in the store, left as stored")),
    ({"added": 0, "total": 2, "updated": 1, "edited": 1}, ("From t.csv: 1 tag updated from a newer copy, "
                                                           "1 updated with the file's edits")),
    ({"added": 0, "total": 1}, "Nothing new in t.csv: its one tag is already in the store, as stored"),
    ({"added": 0, "total": 2, "kept": ("row 2", "row 3")}, "From t.csv: no tags imported"),
])
def test_the_import_summary_is_worded_by_what_happened(counts, said):
    from reader.core.tag_import import ImportResult
    from reader.ui.filecommands import import_summary

    assert import_summary(ImportResult(**counts), "t.csv") == said


# ---- L12: the Tags list follows the cursor -----------------------------------------------------------

def test_the_tags_list_selects_the_tag_under_the_cursor(open_window, qtbot):
    window = open_window()
    view = window.pane_a.view
    focus(qtbot, window, view)
    marks = body(view)[:3]
    for mark in marks[:2]:
        view.move_to(mark.start)
        qtbot.keyClick(view, Qt.Key.Key_C)
    table, model = window.tag_panel.table, window.tag_panel.model

    def selected():
        return [model.row_at(index.row())[1].passage.anchor.quote
                for index in table.selectionModel().selectedRows()]

    for mark in marks[:2]:
        view.move_to(mark.start)
        assert selected() == [view.plan.sentences[mark.index].text]
    view.move_to(marks[2].start)  # not tagged: no row is "this one"
    assert selected() == []


def test_a_passage_dragged_from_a_pane_is_not_taken_for_an_article(open_window, qtbot):
    window = open_window()
    view = window.pane_b.view

    class DragFromPaneA(QDragEnterEvent):  # a drag the window system says started in pane A
        def source(self):
            return window.pane_a.view

    mime = QMimeData()
    mime.setText("A passage selected in pane A.\n\nAnd dragged over pane B.")
    enter = DragFromPaneA(view.viewport().rect().center(), Qt.DropAction.CopyAction, mime,
                          Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.dragEnterEvent(enter)
    assert not enter.isAccepted()
    # The same text from outside the window (a browser) is taken.
    assert drop_text(view, "A passage selected in a browser.\n\nAnd dropped on pane B.")
