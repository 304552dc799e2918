"""The note field, Tab, the toolbar at 800 wide, figures quoted as written, and an export with no
tags (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from window_steps import focus, link_band_tips
from written_files import write_pair

LONG_NOTE = ("Coastguard press office confirmed by phone at 14:05 that the figure of 4,200 barrels is their "
             "latest estimate; the operator's statement still says 3,000 and will be updated on Monday.")


def tagged_sentence(qtbot, window):
    """A's view with the focus, its cursor in a body sentence it has just tagged Corroborated."""
    view = window.pane_a.view
    mark = next(m for m in view.plan.marks if m.state not in ("heading", "furniture"))
    view.move_to(mark.start)
    focus(qtbot, window, view)
    window.tag_actions["corroborated"].trigger()
    qtbot.waitUntil(window.tag_panel.note.isEnabled)
    return view, mark


# ---- the note field ---------------------------------------------------------------------------

def test_a_long_note_opens_at_its_first_words_and_its_tooltip_holds_it_whole(open_window, qtbot):
    window = open_window()
    view, mark = tagged_sentence(qtbot, window)
    note = window.tag_panel.note
    window.note_action.trigger()
    note.setText(LONG_NOTE)
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert window.book.store.all_tags()[0].note == LONG_NOTE
    # Away from the tagged sentence and back: the field shows the note afresh.
    focus(qtbot, window, view)
    view.move_to(next(m for m in view.plan.marks if m.start > mark.start).start)
    view.move_to(mark.start)
    assert note.text() == LONG_NOTE
    assert note.cursorPosition() == 0  # "Coastguard press office…", not "…updated on Monday."
    assert note.toolTip() == LONG_NOTE  # a note of one line, longer than the field



def test_a_long_note_reached_by_e_or_tab_shows_its_first_words_selected(open_window, qtbot):
    window = open_window()
    view, _ = tagged_sentence(qtbot, window)
    note = window.tag_panel.note
    window.note_action.trigger()
    note.setText(LONG_NOTE)
    qtbot.keyClick(note, Qt.Key.Key_Return)
    for reach in (window.note_action.trigger, lambda: qtbot.keyClick(view, Qt.Key.Key_Tab)):
        focus(qtbot, window, view)
        reach()
        assert note.hasFocus()
        assert note.selectedText() == LONG_NOTE  # typing replaces it, as before
        assert note.cursorPosition() == 0


# ---- Tab --------------------------------------------------------------------------------------

def tab_chain(qtbot, steps: int) -> list[str]:
    chain = []
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        chain.append(QApplication.focusWidget().accessibleName())
    return chain


def test_tab_from_a_tagged_sentence_in_a_goes_to_its_note_and_then_on_to_b(open_window, qtbot):
    window = open_window()
    view, _ = tagged_sentence(qtbot, window)
    chain = tab_chain(qtbot, 7)
    # Every stop is still reached, the note right after the article whose tag it notes.
    assert chain == ["Tag note", "Source B", "Article B", "Show tags of kind", "Tags", "Source A", "Article A"]
    assert window.tag_panel.current.plain().startswith("Sentence in A")
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert window.tag_panel.note.hasFocus() and window.tag_panel.note.isEnabled()


def test_tab_from_an_untagged_sentence_keeps_the_tab_order(open_window, qtbot):
    window = open_window()
    view = window.pane_a.view
    view.move_to(next(m for m in view.plan.marks if m.state not in ("heading", "furniture")).start)
    focus(qtbot, window, view)
    assert not window.tag_panel.note.isEnabled()
    assert tab_chain(qtbot, 2) == ["Source B", "Article B"]


# ---- the toolbar ------------------------------------------------------------------------------

def buttons_out_of_sight(qtbot, window, width: int, height: int) -> list[str]:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.toolbar.width() <= width)
    QApplication.processEvents()
    return [action.text() for action in window.toolbar.actions() if not action.isSeparator()
            and not window.toolbar.widgetForAction(action).isVisible()]


def test_at_800_wide_every_toolbar_button_is_in_sight_redo_too(open_window, qtbot):
    window = open_window()
    assert buttons_out_of_sight(qtbot, window, 800, 600) == []
    assert window.redo_action.iconText() == "↷"
    assert window.redo_action.toolTip().startswith("Redo")  # the tooltip still names it


@pytest.mark.parametrize("width", [1024, 1366])
def test_at_1024_wide_and_more_the_toolbar_keeps_its_words(open_window, qtbot, width):
    window = open_window()
    assert buttons_out_of_sight(qtbot, window, width, 700) == []
    assert window.prev_diff_action.iconText() == "◀ Difference"
    assert (window.undo_action.iconText(), window.redo_action.iconText()) == ("Undo", "Redo")


# ---- figures quoted as written ----------------------------------------------------------------

STORY = ("Grain exporter posts record year\n\n"
         "Harvest volumes at the port {moved} {figure} in the twelve months to June, the authority said.\n\n"
         "The authority expects shipments to stay strong next season as new silos open.\n")


def harvest_reports(open_window, tmp_path, moved_a: str, moved_b: str):
    """A window on two reports of one harvest: A's figure 3.6%, B's 4.1%, each moved as written."""
    return open_window(write_pair(tmp_path, STORY.format(moved=moved_a, figure="3.6%"),
                                  STORY.format(moved=moved_b, figure="4.1%")), remember=False)


def harvest_sentence(window):
    view = window.pane_a.view
    mark = next(m for m in view.plan.marks if view.toPlainText()[m.start:].startswith("Harvest"))
    view.move_to(mark.start)
    return mark


def figure_tips(window) -> list[str]:
    return [span.tip for span in window.pane_a.view.plan.spans if "Number conflict" in (span.tip or "")]


def harvest_link_tip(window, monkeypatch) -> str:
    index = harvest_sentence(window).index
    window.linkbar.grab()
    [path] = [path for path, link in window.linkbar._painted if link.a == index]
    return link_band_tips(window, path, monkeypatch)[-1]


def test_figures_that_moved_alike_are_quoted_with_no_direction_word(open_window, tmp_path, monkeypatch):
    window = harvest_reports(open_window, tmp_path, "rose", "rose")
    tips = figure_tips(window)
    assert tips and all(tip.endswith("source B says “4.1%”") for tip in tips), tips  # not "says up “4.1%”"
    harvest_sentence(window)
    assert "“3.6%” here, “4.1%” in B" in window.tag_panel.current.plain()
    assert "Numbers conflict: “3.6%” ≠ “4.1%”" in harvest_link_tip(window, monkeypatch)


def test_figures_that_moved_opposite_ways_say_so_in_words(open_window, tmp_path, monkeypatch):
    window = harvest_reports(open_window, tmp_path, "rose", "fell")
    tips = figure_tips(window)
    assert tips and all(tip.endswith("source B says a fall of “4.1%”") for tip in tips), tips
    harvest_sentence(window)
    assert "a rise of “3.6%” here, a fall of “4.1%” in B" in window.tag_panel.current.plain()
    assert "Numbers conflict: a rise of “3.6%” ≠ a fall of “4.1%”" in harvest_link_tip(window, monkeypatch)


# ---- export -----------------------------------------------------------------------------------

def test_exporting_with_no_tags_asks_for_no_file_and_writes_none(open_window, tmp_path, monkeypatch):
    window = open_window()
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (asked.append(a), (str(tmp_path / "none.csv"), "CSV (*.csv)"))[1])
    window.export_action.trigger()
    assert asked == []
    assert not (tmp_path / "none.csv").exists()
    assert window.statusBar().currentMessage().startswith("There are no tags to export yet")
