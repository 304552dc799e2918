"""Keys that belong to the widget with the focus, and what navigation and Escape leave behind (offscreen)."""

from __future__ import annotations

from operator import attrgetter

import pytest
from PySide6.QtCore import Qt

from reader.core.store import TagStore
from window_steps import focus

ALT = Qt.KeyboardModifier.AltModifier
BODY = ("equivalent", "related", "unmatched")

# An open drop-down list makes the offscreen platform say it cannot raise a window or grab the
# keyboard: the test platform's limits, as in conftest.  This mark replaces conftest's, so it
# repeats its pattern.
OFFSCREEN_POPUP = (r"This plugin does not support propagateSizeHints\(\)",
                   r"This plugin does not support raise\(\)",
                   r"This plugin does not support grabbing the keyboard")


@pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP)
@pytest.mark.parametrize("combo", ["pane_b.picker", "tag_panel.filter"])
def test_alt_down_in_a_drop_down_list_opens_it_and_leaves_the_article_alone(open_window, qtbot, combo):
    window = open_window()
    view = window.pane_a.view
    view.move_to(0)
    combo = attrgetter(combo)(window)
    focus(qtbot, window, combo)
    qtbot.keyClick(combo, Qt.Key.Key_Down, ALT)
    try:
        assert combo.view().isVisible()
        assert view.current_index == view.plan.sentence_at(0)
    finally:
        combo.hidePopup()


def test_alt_up_in_the_show_filter_picks_the_kind_above(open_window, qtbot):
    window = open_window()
    view = window.pane_a.view
    view.move_to(0)
    kinds = window.tag_panel.filter
    kinds.setCurrentIndex(2)
    focus(qtbot, window, kinds)
    qtbot.keyClick(kinds, Qt.Key.Key_Up, ALT)
    assert kinds.currentIndex() == 1
    assert kinds.hasFocus() and view.current_index == view.plan.sentence_at(0)


def test_alt_down_walks_the_differences_in_article_b_and_the_go_menu_works_from_anywhere(open_window, qtbot):
    window = open_window()
    view = window.pane_b.view
    view.move_to(0)
    focus(qtbot, window, view)
    qtbot.keyClick(view, Qt.Key.Key_Down, ALT)
    first = view.current_mark()
    assert first.is_difference and window.active_side == "b"
    focus(qtbot, window, window.tag_panel.table)  # the toolbar button or the menu, clicked from here
    window.next_diff_action.trigger()
    assert view.current_index > first.index and view.hasFocus()


def test_escape_drops_the_selection_so_a_tag_key_tags_the_whole_sentence(open_window, qtbot):
    window = open_window()
    view = window.pane_a.view
    mark = next(m for m in view.plan.marks if m.state in BODY and m.end - m.start > 20)
    focus(qtbot, window, view)
    view.move_to(mark.start, select_to=mark.start + 10)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    cursor = view.textCursor()
    assert not cursor.hasSelection() and cursor.position() == mark.start + 10
    qtbot.keyClick(view, Qt.Key.Key_D)
    with TagStore() as store:
        assert [t.passage.anchor.quote for t in store.all_tags()] == [view.plan.sentences[mark.index].text]


def test_a_step_that_moves_takes_away_an_earlier_no_more_message(open_window, qtbot):
    window = open_window()
    view = window.pane_a.view
    last_conflict = [m for m in view.plan.marks if m.conflict][-1]
    focus(qtbot, window, view)
    view.move_to(last_conflict.start)
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert window.statusBar().currentMessage() == "No more number conflicts below in A."
    qtbot.keyClick(view, Qt.Key.Key_U)
    assert view.current_index > last_conflict.index
    assert window.statusBar().currentMessage() == ""
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert view.current_index == last_conflict.index
    qtbot.keyClick(view, Qt.Key.Key_N)  # a step that finds nothing still says so
    assert window.statusBar().currentMessage() == "No more number conflicts below in A."
