"""The reader window, end to end (offscreen)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog

from reader.core.store import TagStore
from window_steps import at_a_related_sentence, drop_on, focus
from written_files import write_pair


def visible_linked_mark(view):
    for mark, top, bottom in view.visible_marks():
        if mark.partners and top >= 0:
            return mark
    raise AssertionError("no linked sentence on screen")


def click_sentence(qtbot, view, mark):
    cursor = QTextCursor(view.document())
    cursor.setPosition(mark.start + 1)
    rect = view.cursorRect(cursor)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_a_linked_sentence_of_a(qtbot, window):
    """From the top of A, click its first linked sentence on screen; return it."""
    view_a = window.pane_a.view
    view_a.verticalScrollBar().setValue(0)
    mark = visible_linked_mark(view_a)
    click_sentence(qtbot, view_a, mark)
    return mark


def test_sample_story_opens_with_links_drawn(open_window, seeds):
    window = open_window()
    assert window.pane_a.picker.count() == 5
    assert Path(window.plan.comparison.a.path).name == seeds[0].name
    assert Path(window.plan.comparison.b.path).name == seeds[2].name
    assert window.plan.comparison.links
    window.linkbar.grab()  # paints
    assert window.linkbar.painted_links
    assert window.pane_a.view.toPlainText() == window.plan.comparison.a.text


def test_picker_switches_the_pair(open_window, qtbot, seeds):
    window = open_window()
    window.pane_b.picker.activated.emit(1)
    qtbot.waitUntil(lambda: window.shown_pair == (0, 1))
    assert Path(window.plan.comparison.b.path).name == seeds[1].name


def test_a_pair_that_is_not_one_story_is_pointed_out(open_window, qtbot, seeds):
    window = open_window()
    assert window.warning_bar.isHidden()  # two reports of the sample story
    window.pane_b.picker.activated.emit(0)  # the same article on both sides
    qtbot.waitUntil(lambda: window.shown_pair == (0, 0))
    assert not window.warning_bar.isHidden()
    assert "same text" in window.warning_bar.text()

    other_story = Path(__file__).parents[1] / "data" / "furniture" / "01_wire_flood.txt"
    window = open_window([seeds[0], other_story])
    assert not window.warning_bar.isHidden()
    assert "may not report the same story" in window.warning_bar.text()


def test_clicking_a_sentence_lights_up_its_partner(open_window, qtbot):
    window = open_window()
    view_a, view_b = window.pane_a.view, window.pane_b.view
    mark = click_a_linked_sentence_of_a(qtbot, window)
    assert view_a.current_index == mark.index
    assert view_b.current_index == mark.partners[0]
    assert set(view_b._lit) == set(mark.partners)
    assert set(window.linkbar._current) == set(mark.links)
    # The partner was scrolled into view.
    assert view_b.is_visible_position(view_b.plan.marks[mark.partners[0]].start)


def test_frames_follow_the_pane_the_reader_is_in(open_window, qtbot):
    window = open_window()
    view_a, view_b = window.pane_a.view, window.pane_b.view
    mark = click_a_linked_sentence_of_a(qtbot, window)
    assert view_b.framed_indices() == mark.partners
    view_b.verticalScrollBar().setValue(0)
    alone = next(m for m, top, _ in view_b.visible_marks() if not m.partners and m.state == "unmatched" and top >= 0)
    click_sentence(qtbot, view_b, alone)
    # Only in B: nothing in A is framed (a frame left on A's old sentence read as a link).
    assert view_a.framed_indices() == () and window.active_side == "b"
    # The letter of the pane the tag keys act on is the one marked.
    assert window.pane_b.active and not window.pane_a.active
    view_a.verticalScrollBar().setValue(0)
    click_sentence(qtbot, view_a, mark)  # the same sentence as before: its partners light up again
    assert view_b.framed_indices() == mark.partners and window.active_side == "a"
    assert window.pane_a.active and not window.pane_b.active
    assert set(window.linkbar._current) == set(mark.links)


def test_keyboard_tag_is_stored_undone_and_shown_after_reopening(open_window, qtbot, seeds):
    window = open_window()
    view, mark = at_a_related_sentence(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_D)
    with TagStore() as store:
        tags = store.all_tags()
    assert [(t.kind, t.passage.anchor.quote) for t in tags] == [("disputed", view.plan.sentences[mark.index].text)]
    assert view.tag_kind_of(mark) == "disputed"

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with TagStore() as store:
        assert store.all_tags() == []
    assert view.tag_kind_of(mark) is None
    window.redo_action.trigger()
    with TagStore() as store:
        assert len(store.all_tags()) == 1
    window.close()

    again = open_window()
    assert [t.kind for t in again.book.tags["a"]] == ["disputed"]
    assert again.pane_a.view.tag_kind_of(mark) == "disputed"
    assert again.tag_panel.model.rowCount() == 1


def test_a_tag_changed_elsewhere_is_neither_overwritten_nor_undone_by_an_older_copy(open_window, qtbot):
    window = open_window()
    view, mark = at_a_related_sentence(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_C)

    def note_from_elsewhere(note):  # another window, or an import from a spreadsheet
        with TagStore() as store:
            [tag] = store.all_tags()
            store.update(replace(tag, note=note))

    def stored():
        with TagStore() as store:
            return [(t.kind, t.note) for t in store.all_tags()]

    note_from_elsewhere("checked with NRK")
    qtbot.keyClick(view, Qt.Key.Key_D)  # made on the window's older copy, which has no note
    assert stored() == [("corroborated", "checked with NRK")]
    assert "changed elsewhere" in window.error_box.text()
    assert window.error_box.text()[0].isupper() and window.error_box.text().endswith(".")  # a sentence
    assert [t.note for t in window.book.tags["a"]] == ["checked with NRK"]  # the newer version is shown

    qtbot.keyClick(view, Qt.Key.Key_D)  # now on the current version: saved
    assert stored() == [("disputed", "checked with NRK")]
    note_from_elsewhere("and with the police")
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # would bring back the old note
    assert stored() == [("disputed", "and with the police")]

def test_reading_starts_in_article_a_and_a_picker_keeps_its_letters(open_window, qtbot):
    window = open_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is window.pane_a.view
    view = window.pane_a.view
    view.move_to(next(m for m in view.plan.marks if m.state != "heading").start)
    picker = window.pane_a.picker
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    for key in (Qt.Key.Key_D, Qt.Key.Key_S, Qt.Key.Key_C, Qt.Key.Key_Return):
        qtbot.keyClick(picker, key)  # the picker's own keys: choosing a source by its first letter
    with TagStore() as store:
        assert store.all_tags() == []


def test_suggestions_are_not_saved_until_accepted(open_window, qtbot):
    window = open_window()
    view = window.pane_a.view
    mark = next(m for m in view.plan.marks if m.suggestion)
    with TagStore() as store:
        assert store.all_tags() == []
    view.move_to(mark.start)
    focus(qtbot, window, view)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    with TagStore() as store:
        assert [t.kind for t in store.all_tags()] == [mark.suggestion]


def test_hiding_suggestions_repaints_both_sources(open_window, qtbot):
    window = open_window()
    views = [window.pane_a.view, window.pane_b.view]
    for view in views:
        view.move_to(next(m for m in view.plan.marks if m.suggestion).start)
    qtbot.wait(50)
    shown = [view.grab().toImage() for view in views]
    window.suggestions_action.trigger()
    qtbot.wait(50)
    assert not any(view.show_suggestions for view in views)
    assert all(view.grab().toImage() != image for view, image in zip(views, shown))
    window.suggestions_action.trigger()
    qtbot.wait(50)
    assert all(view.grab().toImage() == image for view, image in zip(views, shown))


def test_with_suggestions_hidden_enter_saves_no_tag_nobody_saw(open_window, qtbot):
    window = open_window()
    view = window.pane_a.view
    mark = next(m for m in view.plan.marks if m.suggestion)
    window.suggestions_action.trigger()
    assert not window.accept_action.isEnabled()
    view.move_to(mark.start)
    focus(qtbot, window, view)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    window.accept_suggestion()  # the action's own slot, as a stale shortcut would call it
    assert window.book.tags["a"] == []
    assert "hidden" in window.statusBar().currentMessage()
    window.suggestions_action.trigger()
    assert window.accept_action.isEnabled()
    window.accept_suggestion()
    assert [t.kind for t in window.book.tags["a"]] == [mark.suggestion]


def test_clearing_a_tag_from_a_few_selected_letters_says_what_went(open_window, qtbot):
    window = open_window()
    view = window.pane_a.view
    mark = next(m for m in view.plan.marks if m.state == "related")
    view.move_to(mark.start)
    window._active = "a"
    window.tag_actions["disputed"].trigger()
    window.book.edit(window.book.tags["a"][0], note="check with the desk")
    cursor = view.textCursor()
    cursor.setPosition(mark.start + 2)
    cursor.setPosition(mark.start + 6, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    window.clear_action.trigger()
    assert window.book.tags["a"] == []
    assert window.statusBar().currentMessage() == "Cleared the Disputed tag and its note (Edit ▸ Undo brings it back)."


def test_clear_and_note(open_window, qtbot):
    window = open_window()
    view = window.pane_a.view
    mark = next(m for m in view.plan.marks if m.state != "heading")
    view.move_to(mark.start)
    focus(qtbot, window, view)
    qtbot.keyClick(view, Qt.Key.Key_C)
    window.note_action.trigger()
    qtbot.keyClicks(window.tag_panel.note, "two outlets agree")
    qtbot.keyClick(window.tag_panel.note, Qt.Key.Key_Return)
    with TagStore() as store:
        assert [(t.kind, t.note) for t in store.all_tags()] == [("corroborated", "two outlets agree")]
    focus(qtbot, window, view)
    qtbot.keyClick(view, Qt.Key.Key_X)
    with TagStore() as store:
        assert store.all_tags() == []


def test_clearing_a_selection_across_two_tags_clears_both_as_one_undoable_step(open_window, qtbot):
    window = open_window()
    view = window.pane_a.view
    first, second = [m for m in view.plan.marks if m.state in ("equivalent", "related", "unmatched")][:2]
    focus(qtbot, window, view)
    view.move_to(first.start)
    qtbot.keyClick(view, Qt.Key.Key_C)
    view.move_to(second.start)
    qtbot.keyClick(view, Qt.Key.Key_S)
    view.move_to(first.start + 2, select_to=second.start + 5)
    qtbot.keyClick(view, Qt.Key.Key_X)  # once a crash: Python freed the grouped step's parts
    with TagStore() as store:
        assert store.all_tags() == []
    window.undo_action.trigger()
    with TagStore() as store:
        assert sorted(t.kind for t in store.all_tags()) == ["corroborated", "single-source"]
    window.redo_action.trigger()
    with TagStore() as store:
        assert store.all_tags() == []


def test_switching_to_a_dark_palette_while_open_reaches_the_text_and_its_marks(open_window, qtbot):
    from PySide6.QtGui import QColor, QPalette

    window = open_window()
    app = QApplication.instance()
    light = app.palette()
    dark = QPalette(light)
    for role, colour in ((QPalette.ColorRole.Window, "#2d2d30"), (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.Text, "#dcdcdc"), (QPalette.ColorRole.WindowText, "#dcdcdc")):
        dark.setColor(role, QColor(colour))
    try:
        app.setPalette(dark)
        qtbot.waitUntil(lambda: window.theme.dark)
        view = window.pane_a.view
        # The text follows the palette as the marks' tints do: no dark text on a dark tint.
        assert view.viewport().palette().color(QPalette.ColorRole.Base).name() == "#1e1e1e"
        assert view.palette().color(QPalette.ColorRole.Text).name() == "#dcdcdc"
    finally:
        app.setPalette(light)
    qtbot.waitUntil(lambda: not window.theme.dark)
    assert window.pane_a.view.palette().color(QPalette.ColorRole.Text) == light.color(QPalette.ColorRole.Text)


def test_escape_gives_up_a_note_and_leaving_by_f6_saves_it_on_its_own_tag(open_window, qtbot):
    window = open_window()
    view = window.pane_a.view
    view.move_to(next(m for m in view.plan.marks if m.state == "equivalent").start)
    focus(qtbot, window, view)
    qtbot.keyClick(view, Qt.Key.Key_C)
    note = window.tag_panel.note

    def stored_notes():
        with TagStore() as store:
            return [t.note for t in store.all_tags()]

    qtbot.keyClick(view, Qt.Key.Key_E)
    qtbot.keyClicks(note, "half-typed")
    qtbot.keyClick(note, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is view and note.text() == ""
    assert stored_notes() == [""]
    qtbot.keyClick(view, Qt.Key.Key_E)
    qtbot.keyClicks(note, "confirmed by phone")
    qtbot.keyClick(note, Qt.Key.Key_F6)  # to the other article, whose sentence has no tag
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.pane_b.view)
    assert stored_notes() == ["confirmed by phone"]


def test_escape_or_f6_in_the_tag_list_goes_back_to_the_article_being_read(open_window, qtbot):
    window = open_window()
    view = window.pane_a.view
    focus(qtbot, window, view)
    qtbot.keyClick(view, Qt.Key.Key_C)
    table = window.tag_panel.table
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_F6):
        table.setFocus()
        qtbot.waitUntil(table.hasFocus)
        qtbot.keyClick(table, key)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is view)


def tag_a_same_claim_and_save_exports_to(window, monkeypatch, target):
    """Tag A's first same-claim sentence corroborated; export dialogs then answer ``target``."""
    view = window.pane_a.view
    mark = next(m for m in view.plan.marks if m.state == "equivalent")
    view.move_to(mark.start)
    window._active = "a"
    window.tag_actions["corroborated"].trigger()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV (*.csv)"))
    return view, mark


def test_export_from_the_menu_writes_csv(open_window, qtbot, tmp_path, monkeypatch):
    window = open_window()
    target = tmp_path / "tags.csv"
    view, mark = tag_a_same_claim_and_save_exports_to(window, monkeypatch, target)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    export = next(a for a in file_menu.actions() if a.text().startswith("&Export"))
    export.trigger()
    text = target.read_text(encoding="utf-8-sig")
    assert "corroborated" in text
    assert view.plan.sentences[mark.index].text.split()[0] in text
    # The panel lists the two articles' tags; the file has every article's, and the message says so.
    assert window.statusBar().currentMessage() == f"Exported 1 tag from 1 article to {target}"


def test_an_export_named_without_an_extension_gets_csv_and_undo_speaks_the_menu_s_words(
        open_window, qtbot, tmp_path, monkeypatch):
    window = open_window()
    tag_a_same_claim_and_save_exports_to(window, monkeypatch, tmp_path / "tags")
    window.export_tags()
    assert (tmp_path / "tags.csv").is_file() and not (tmp_path / "tags").exists()
    assert window.book.undo_stack.undoText() == "Tag as Corroborated"


def test_an_edited_export_is_imported_from_the_menu_and_shown_at_once(open_window, qtbot, tmp_path, monkeypatch):
    import csv

    window = open_window()
    sheet = tmp_path / "tags.csv"
    view, mark = tag_a_same_claim_and_save_exports_to(window, monkeypatch, sheet)
    window.export_action.trigger()
    with open(sheet, encoding="utf-8-sig", newline="") as handle:  # a colleague edits the sheet
        rows = list(csv.DictReader(handle))
    rows[0]["tag"], rows[0]["note"] = "disputed", "NRK gives another date"
    with open(sheet, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    next(a for a in file_menu.actions() if a.text().startswith("&Import")).trigger()
    assert [(t.kind, t.note) for t in window.book.tags["a"]] == [("disputed", "NRK gives another date")]
    assert view.tag_kind_of(mark) == "disputed"
    assert "updated with the file's edits" in window.error_box.text()

    sheet.write_text("this is not a tag file\n", encoding="utf-8")
    window.import_action.trigger()
    assert window.error_box.windowTitle() == "Cannot import tags"
    assert window.error_box.text().startswith("Nothing was imported.")
    assert [t.kind for t in window.book.tags["a"]] == ["disputed"]

def test_bad_file_shows_the_reason_and_keeps_the_comparison(open_window, qtbot, tmp_path):
    window = open_window()
    before = window.plan
    text_b = window.pane_b.view.toPlainText()
    with qtbot.waitSignal(window.comparison_failed):
        window.open_file(str(tmp_path / "missing.txt"), "b")
    assert window.error_box is not None and window.error_box.isVisible()
    assert "missing.txt" in window.error_box.text()
    assert window.plan is before
    assert window.pane_b.view.toPlainText() == text_b
    assert window.pane_b.picker.count() == 5
    assert window.pane_b.picker.currentIndex() == window.shown_pair[1]
    window.error_box.close()


def test_alt_down_walks_the_differences(open_window, qtbot):
    window = open_window()
    view = window.pane_a.view
    view.move_to(0)
    focus(qtbot, window, view)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    first = view.current_mark()
    assert first.is_difference
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.current_index > first.index
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert view.current_index == first.index


def test_last_sources_and_geometry_are_remembered(open_window, seeds):
    window = open_window([seeds[3], seeds[4]])
    window.resize(1234, 876)
    window.close()
    again = open_window()
    assert Path(again.plan.comparison.a.path).name == seeds[3].name
    assert Path(again.plan.comparison.b.path).name == seeds[4].name


def test_paste_clipboard_as_source_b(open_window, qtbot):
    window = open_window()
    QGuiApplication.clipboard().setText("Pasted headline\n\nAndrei Medvedev crossed into Norway, police said.\n")
    window.paste_b_action.trigger()
    qtbot.waitUntil(lambda: window.plan.comparison.b.title == "Pasted headline")
    assert window.pane_b.picker.currentText().endswith("Pasted: Pasted headline")


def test_user_guide_renders(open_window):
    window = open_window()
    window.guide_action.trigger()
    assert "Parallax" in window.guide.browser.toPlainText()
    assert "Alt+Down" in window.guide.browser.toPlainText()
    window.guide.close()


def test_tag_panel_filters_by_kind_and_jumps_on_double_click(open_window, qtbot):
    window = open_window()
    view = window.pane_b.view
    body = [m for m in view.plan.marks if m.state in ("equivalent", "related", "unmatched")]
    for mark, kind in ((body[0], "corroborated"), (body[-1], "disputed")):
        view.move_to(mark.start)
        window._active = "b"
        window.tag_actions[kind].trigger()
    panel = window.tag_panel
    assert panel.model.rowCount() == 2
    panel.filter.setCurrentIndex(panel.filter.findData("disputed"))
    assert panel.model.rowCount() == 1
    view.move_to(body[0].start)
    index = panel.model.index(0, 2)
    panel.table.scrollTo(index)
    rect = panel.table.visualRect(index)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.current_index == body[-1].index
    assert view.textCursor().selectedText() == view.plan.sentences[body[-1].index].text


def test_a_tag_orphaned_by_an_edit_is_counted_explained_and_can_be_deleted(open_window, qtbot, seeds, tmp_path):
    article = tmp_path / "article.txt"
    article.write_bytes(seeds[0].read_bytes())
    window = open_window([article, seeds[2]])
    view = window.pane_a.view
    mark = next(m for m in view.plan.marks if "Oslo" in view.plan.sentences[m.index].text)
    view.move_to(mark.start)
    window.tag_actions["corroborated"].trigger()
    window.close()

    text = article.read_text(encoding="utf-8")  # the outlet rewrites the tagged sentence
    article.write_text(text.replace("he was speaking from Oslo", "he spoke to reporters in Bergen"), encoding="utf-8")
    window = open_window([article, seeds[2]])
    panel = window.tag_panel
    assert [t.status for t in window.book.tags["a"]] == ["orphaned"]
    assert "1 orphaned tag" in window.status.text()
    assert "Press Delete" in panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)

    panel.table.selectRow(0)
    focus(qtbot, window, panel.table)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    with TagStore() as store:
        assert store.all_tags() == []
    assert panel.model.rowCount() == 0 and "orphaned" not in window.status.text()
    window.undo_action.trigger()  # deleting is one undoable step like any other
    with TagStore() as store:
        assert [t.kind for t in store.all_tags()] == ["corroborated"]

def drop(view, urls) -> bool:
    """Drag ``urls`` over ``view`` and drop them, as the window system would; True if accepted."""
    from PySide6.QtCore import QMimeData

    mime = QMimeData()
    mime.setUrls(urls)
    return drop_on(view, mime)


def test_dropping_a_file_on_a_pane_opens_it_there(open_window, qtbot, seeds):
    from PySide6.QtCore import QUrl

    window = open_window()
    assert drop(window.pane_b.view, [QUrl.fromLocalFile(str(seeds[4]))])
    qtbot.waitUntil(lambda: Path(window.plan.comparison.b.path).name == seeds[4].name)
    assert Path(window.plan.comparison.a.path).name == seeds[0].name


def test_dropping_several_files_compares_the_first_two_and_lists_the_rest(open_window, qtbot, tmp_path, seeds):
    from PySide6.QtCore import QUrl

    window = open_window()
    extra = tmp_path / "third.txt"
    extra.write_text("A third outlet reports that the commander reached Norway in January.", encoding="utf-8")
    assert drop(window.pane_a.view, [QUrl.fromLocalFile(str(p)) for p in (seeds[3], seeds[1], extra)])
    qtbot.waitUntil(lambda: Path(window.plan.comparison.a.path).name == seeds[3].name)
    assert Path(window.plan.comparison.b.path).name == seeds[1].name
    assert any(Path(source.path).name == "third.txt" for source in window.story.sources if source.path)
    assert "first two of 3" in window.statusBar().currentMessage()


def test_a_dropped_web_link_is_refused_with_a_reason(open_window, qtbot, seeds):
    from PySide6.QtCore import QUrl

    window = open_window()
    shown = (window.plan.comparison.a.path, window.plan.comparison.b.path)
    assert drop(window.pane_a.view, [QUrl("https://example.org/news/story.html")])
    qtbot.waitUntil(lambda: window.error_box is not None and window.error_box.isVisible())
    assert "https://example.org/news/story.html" in window.error_box.text()
    assert "offline" in window.error_box.text()
    window.error_box.close()
    assert (window.plan.comparison.a.path, window.plan.comparison.b.path) == shown
    assert not drop(window.pane_a.view, [])  # nothing to open: the drag is not even accepted


def test_link_tooltip_names_relation_and_score(open_window, qtbot, monkeypatch):
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    window = open_window()
    window.linkbar.grab()
    path, link = window.linkbar._painted[-1]
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *a: shown.append(text))
    # Find a point inside the band or arrow.
    box = path.boundingRect()
    point = next(QPointF(x, y).toPoint() for x in range(int(box.left()), int(box.right()) + 1)
                 for y in range(int(box.top()), int(box.bottom()) + 1) if path.contains(QPointF(x, y)))
    event = QHelpEvent(QEvent.Type.ToolTip, point, window.linkbar.mapToGlobal(point))
    window.linkbar.event(event)
    assert shown and f"score {link.score:.2f}" in shown[0]
    # No sentence numbers: the window counts none (the command line counts from 0).
    assert not re.search(r"sentence \d", shown[0], re.IGNORECASE)


def test_the_users_own_pair_comes_first_and_the_sample_story_is_marked(open_window, tmp_path):
    text_a = "Storm hits coast\n\nThe storm killed 12 people on Tuesday, officials said.\n"
    text_b = "Storm hits coast\n\nThe storm killed 14 people on Tuesday, officials said.\n"
    window = open_window(write_pair(tmp_path, text_a, text_b))
    items = [window.pane_a.picker.itemText(i) for i in range(window.pane_a.picker.count())]
    assert window.shown_pair == (0, 1)
    assert items[0].startswith("1. ") and items[1].startswith("2. ")
    assert len(items) == 7 and all(item.split(". ", 1)[1].startswith("Sample story: ") for item in items[2:])


def test_the_sample_story_alone_is_not_marked_as_a_sample(open_window):
    window = open_window(remember=False)
    items = [window.pane_a.picker.itemText(i) for i in range(window.pane_a.picker.count())]
    assert len(items) == 5 and not any("Sample story" in item for item in items)


def test_badges_of_sentences_that_start_on_one_line_do_not_overlap(open_window, tmp_path):
    # Four short sentences on one line, each suggested a tag (single source: B tells none of them).
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Storm hits coast\n\nRain fell. Roads closed. Schools shut. Power failed.\n\n"
                 "The storm killed 12 people on Tuesday in the coastal town of Bayview, officials said.\n",
                 encoding="utf-8")
    b.write_text("Storm hits coast\n\n"
                 "The storm killed 14 people on Tuesday in the coastal town of Bayview, officials said.\n",
                 encoding="utf-8")
    window = open_window([a, b], remember=False)
    view = window.view("a")
    line_of = {mark: top for mark, top, _ in view.visible_marks()}
    badges = view._gutter.badges()
    # The four alike suggestions of one line show one badge, not a smudge of four.
    per_line = [(line_of[mark], kind, suggested) for mark, _, kind, suggested in badges]
    assert len(per_line) == len(set(per_line))
    rects = [rect.top() for _, rect, _, _ in badges]
    assert rects == sorted(rects) and len(set(rects)) == len(rects)  # each one shows
    # A tag on one of them is another badge on that line: both show.
    window._active = "a"
    view.move_to(next(mark for mark in line_of if window.plan.comparison.a.text.startswith("Roads", mark.start)).start)
    window.tag_actions["corroborated"].trigger()
    kinds_on_line = [kind for mark, _, kind, _ in view._gutter.badges() if line_of[mark] == line_of[badges[0][0]]]
    assert sorted(kinds_on_line) == ["corroborated", "single-source"]
    # The stack stays on its line: the next sentence's badge is level with that sentence.
    view = window.view("a")
    text = window.plan.comparison.a.text
    storm = next(mark for mark, _, _ in view.visible_marks() if text.startswith("The storm", mark.start))
    (storm_badge,) = [rect for mark, rect, _, _ in badges if mark is storm]
    storm_top = next(top for mark, top, _ in view.visible_marks() if mark is storm)
    assert storm_top <= storm_badge.top() <= storm_top + view.fontMetrics().height()


def test_a_read_only_tag_store_shows_its_tags_and_offers_no_tag_keys(open_window, qtbot, seeds, monkeypatch):
    import sqlite3

    from reader.core import store as store_module
    from reader.core.document import load_document
    from reader.core.tags import new_tag

    document = load_document(seeds[0])
    start = document.text.index("Mr Medvedev said he was speaking from Oslo.")
    with TagStore() as store:
        store.add(new_tag(document, start, start + 43, "corroborated"), document=document)
    # As SQLite opens a file its user may not write (root, running the tests, ignores chmod).
    real_connect = sqlite3.connect
    monkeypatch.setattr(store_module.sqlite3, "connect", lambda database, *args, uri=False, **kwargs: real_connect(
        f"{Path(database).absolute().as_uri()}?mode=ro", *args, uri=True, **kwargs)
        if not uri and str(database).endswith("tags.sqlite3") else real_connect(database, *args, uri=uri, **kwargs))

    window = open_window()
    assert [t.kind for t in window.book.tags["a"]] == ["corroborated"]
    assert window.read_only_label.isVisibleTo(window)
    assert not window.tag_actions["disputed"].isEnabled() and not window.clear_action.isEnabled()
    assert not window.tag_panel.delete_action.isEnabled()
    view = window.pane_a.view
    view.move_to(next(m for m in view.plan.marks if m.state == "related").start)
    focus(qtbot, window, view)
    qtbot.keyClick(view, Qt.Key.Key_D)
    assert [t.kind for t in window.book.tags["a"]] == ["corroborated"]


def test_the_sentence_being_read_stays_in_view_when_the_window_is_resized(open_window, qtbot):
    """A narrower pane wraps the text into more lines; the place being read must not slide away."""
    window = open_window()
    view = window.pane_a.view
    deep = view.plan.marks[len(view.plan.marks) * 2 // 3]  # far enough down that rewrapping moves it
    view.move_to(deep.start)
    view.centerCursor()
    qtbot.wait(10)
    assert view.is_visible_position(deep.start)
    for width in (800, 1500, 700):
        window.resize(width, 700)
        qtbot.waitUntil(lambda: view.is_visible_position(deep.start), timeout=2000)
        assert view.textCursor().position() == deep.start


def test_the_sentence_being_read_stays_in_view_when_the_window_is_made_lower(open_window, qtbot):
    """A lower window cuts off the foot of the panes: a sentence being read there must come back,
    and the tags panel gives back height it took from a tall window."""
    window = open_window()
    window.resize(1400, 900)
    qtbot.wait(50)
    view = window.pane_a.view
    # The lowest sentence fully in view: what a lower pane cuts off first.
    low = [m for m in view.plan.marks if view.is_visible_position(m.start)][-1]
    view.move_to(low.start)
    qtbot.wait(10)
    assert view.is_visible_position(low.start)
    for width, height in ((1400, 620), (1024, 600)):
        window.resize(width, height)
        qtbot.waitUntil(lambda: view.is_visible_position(low.start), timeout=2000)
        assert view.textCursor().position() == low.start
        assert window.tag_dock.height() <= height // 3


def test_a_tags_panel_height_the_reader_chose_is_kept_when_the_window_is_made_lower(open_window, qtbot):
    window = open_window()
    window.resize(1200, 900)
    qtbot.wait(50)
    window.resizeDocks([window.tag_dock], [450], Qt.Orientation.Vertical)  # as dragging its edge does
    qtbot.waitUntil(lambda: window.tag_dock.height() == 450)
    window.resize(1200, 890)
    qtbot.wait(50)
    assert window.tag_dock.height() == 450


def test_a_tags_panel_restored_from_last_session_still_gives_back_height(open_window, qtbot):
    # Its saved height was taken for the reader's choice, and a lower window kept it for ever.
    first = open_window()
    first.resize(1400, 1000)
    qtbot.wait(50)
    first.close()
    window = open_window()
    window.resize(1400, 1000)
    qtbot.wait(50)
    for height in (700, 600, 450):
        window.resize(1400, height)
        qtbot.wait(50)
    assert window.tag_dock.height() <= 450 // 3


def test_a_narrow_window_keeps_the_accept_button_on_the_toolbar(open_window, qtbot):
    """The toolbar's labels lose their key hints when the window is too narrow for them, rather
    than pushing the last buttons behind the toolbar's » menu; the tooltips keep the keys."""
    window = open_window()
    accept = window.toolbar.widgetForAction(window.accept_action)
    assert accept.text() == "Accept suggestion (Enter)" and accept.isVisible()
    window.resize(900, 700)
    qtbot.waitUntil(lambda: accept.text() == "Accept")
    qtbot.waitUntil(accept.isVisible)  # laid out again after the labels changed
    assert "Enter" in window.accept_action.toolTip()
    assert window.toolbar.widgetForAction(window.tag_actions["corroborated"]).text() == "Corroborated"
    window.resize(1300, 850)
    qtbot.waitUntil(lambda: accept.text() == "Accept suggestion (Enter)")


def test_a_tagged_pasted_text_is_in_the_pickers_next_time_with_its_tag(open_window, qtbot):
    window = open_window()
    QGuiApplication.clipboard().setText("Flood hits Harrowgate\n\nAbout 4,000 people left their homes on Tuesday "
                                        "after the river rose, police said.\n")
    window.paste_b_action.trigger()
    qtbot.waitUntil(lambda: window.plan.comparison.b.title == "Flood hits Harrowgate" and not window.busy)
    view = window.pane_b.view
    mark = next(m for m in view.plan.marks if m.state != "heading")
    view.move_to(mark.start)
    focus(qtbot, window, view)
    qtbot.keyClick(view, Qt.Key.Key_D)
    window.close()

    QGuiApplication.clipboard().clear()
    again = open_window()
    labels = [again.pane_b.picker.itemText(i) for i in range(again.pane_b.picker.count())]
    pasted = next(i for i, label in enumerate(labels) if label.endswith("Pasted: Flood hits Harrowgate"))
    again.pane_b.picker.activated.emit(pasted)
    qtbot.waitUntil(lambda: again.plan.comparison.b.title == "Flood hits Harrowgate" and not again.busy)
    assert [t.kind for t in again.book.tags["b"]] == ["disputed"]
    assert again.pane_b.view.tag_kind_of(mark) == "disputed"
