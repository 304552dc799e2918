"""Where the reader's place goes: F6 between the articles, another article in one pane, steps by
Alt+Down, N and U, and what the window says or opens on the way (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.ui.help import GuideDialog
from window_steps import focus
from written_files import write_pair

ALT = Qt.KeyboardModifier.AltModifier
NO_KEYS = Qt.KeyboardModifier.NoModifier
STEPS = {"Alt+Down": (Qt.Key.Key_Down, ALT), "N": (Qt.Key.Key_N, NO_KEYS), "U": (Qt.Key.Key_U, NO_KEYS)}
# Raising a window is one more thing the offscreen platform cannot pass on (see conftest); this
# mark replaces conftest's, so it repeats its pattern.
OFFSCREEN_RAISE = (r"This plugin does not support propagateSizeHints\(\)", r"This plugin does not support raise\(\)")


def place(view) -> tuple[int, int]:
    """The current sentence and the scroll position: what the reader sees of their place."""
    return view.current_index, view.verticalScrollBar().value()


def wholly_in_view(view, mark) -> bool:
    return view.is_visible_position(mark.start) and view.is_visible_position(mark.end - 1)


def test_f6_there_and_back_leaves_the_place_in_a_where_it_was(open_window, qtbot):
    window = open_window()
    view_a, view_b = window.pane_a.view, window.pane_b.view
    linked = next(m for m in view_a.plan.marks if m.partners and m.state != "heading")
    alone = next(m for m in view_a.plan.marks[linked.index + 1:] if m.state == "unmatched")
    focus(qtbot, window, view_a)
    view_a.move_to(linked.start)  # B follows to its partner...
    partner_in_b = view_b.current_index
    view_a.move_to(alone.start)  # ...and stays there: this one is only in A
    before = place(view_a)

    qtbot.keyClick(view_a, Qt.Key.Key_F6)
    qtbot.waitUntil(view_b.hasFocus)
    assert window.active_side == "b"
    assert place(view_a) == before  # F6 moved the focus, not A
    assert view_b.current_index == partner_in_b  # B stays where it was (nothing partners A's sentence)

    qtbot.keyClick(view_b, Qt.Key.Key_F6)
    qtbot.waitUntil(view_a.hasFocus)
    assert window.active_side == "a"
    assert place(view_a) == before
    assert view_a.framed_indices() == (alone.index,)


def test_f6_from_a_linked_sentence_arrives_at_its_partner_and_comes_back_to_it(open_window, qtbot, seeds):
    window = open_window([seeds[3], seeds[4]])
    view_a, view_b = window.pane_a.view, window.pane_b.view
    # A sentence whose first partner in B has another sentence of A as its own first partner:
    # arriving on that partner must not pull A back to that other sentence.
    several = next(m for m in view_a.plan.marks if len(m.partners) > 1
                   and view_b.plan.marks[m.partners[0]].partners[0] != m.index)
    focus(qtbot, window, view_a)
    view_a.move_to(several.start)
    before = place(view_a)
    qtbot.keyClick(view_a, Qt.Key.Key_F6)
    qtbot.waitUntil(view_b.hasFocus)
    assert view_b.current_index == several.partners[0]
    assert place(view_a) == before
    qtbot.keyClick(view_b, Qt.Key.Key_F6)
    qtbot.waitUntil(view_a.hasFocus)
    assert place(view_a) == before


def test_another_article_in_b_keeps_a_s_sentence_and_scroll_position(open_window, qtbot, seeds):
    window = open_window()
    view_a = window.pane_a.view
    deep = next(m for m in view_a.plan.marks[len(view_a.plan.marks) // 2:] if m.partners)
    focus(qtbot, window, view_a)
    view_a.move_to(deep.start)
    view_a.verticalScrollBar().setValue(view_a.verticalScrollBar().maximum())
    before = place(view_a)
    assert before[1] > 0

    window.pane_b.picker.activated.emit(1)
    qtbot.waitUntil(lambda: window.shown_pair == (0, 1) and not window.busy)
    assert window.plan.comparison.b.path.endswith(seeds[1].name)
    assert place(view_a) == before
    assert view_a.framed_indices() == (deep.index,)
    # B is new: it shows the partners A's sentence has there, and the panel speaks of A's sentence.
    assert window.pane_b.view.framed_indices() == view_a.current_mark().partners
    assert "headline" not in window.tag_panel.current.text()


@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize("side", ["a", "b"])
def test_each_step_leaves_the_sentence_it_reaches_wholly_in_view(open_window, qtbot, side, step):
    window = open_window()
    view = window.view(side)
    other = window.view("b" if side == "a" else "a")
    key, modifiers = STEPS[step]
    focus(qtbot, window, view)
    view.move_to(0)
    reached = []
    while True:
        before = view.current_index
        qtbot.keyClick(view, key, modifiers)
        if view.current_index == before:
            break
        mark = view.current_mark()
        reached.append(mark.index)
        assert wholly_in_view(view, mark), f"{step} to sentence {mark.index} left part of it out of sight"
        if mark.partners:
            partner = other.plan.marks[mark.partners[0]]
            assert wholly_in_view(other, partner), f"the partner of sentence {mark.index} is cut off"
    assert len(reached) >= 1


def test_a_sentence_taller_than_the_view_is_shown_from_its_start(open_window, qtbot, tmp_path):
    shared = ["Flood hits the valley", "The river rose two metres overnight, officials said.",
              "About 300 people left their homes."]
    clause = "and the water reached the doors of the houses along the old road by the bridge"
    long_sentence = "The rain went on " + ", ".join([clause] * 40) + "."
    text_a = "\n\n".join([*shared, long_sentence, "Schools were closed."]) + "\n"
    text_b = "\n\n".join([*shared, "Schools were closed."]) + "\n"
    window = open_window(write_pair(tmp_path, text_a, text_b))
    window.resize(900, 600)
    view = window.pane_a.view
    focus(qtbot, window, view)
    view.move_to(0)
    qtbot.keyClick(view, Qt.Key.Key_Down, ALT)
    mark = view.current_mark()
    assert view.plan.sentences[mark.index].text.startswith("The rain went on")
    assert view.position_y(mark.end - 1) == "below"  # taller than the view
    top = view.position_y(mark.start)
    assert isinstance(top, float) and top < view.fontMetrics().height() * 2  # read from its first line down


def test_a_no_more_message_goes_when_the_cursor_moves_by_other_keys(open_window, qtbot):
    window = open_window()
    view = window.pane_a.view
    last_conflict = [m for m in view.plan.marks if m.conflict][-1]
    focus(qtbot, window, view)
    view.move_to(last_conflict.start)
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert window.statusBar().currentMessage() == "No more number conflicts below in A."
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert view.current_index == view.plan.sentence_at(0)
    assert window.statusBar().currentMessage() == ""


def test_a_message_that_is_not_about_the_steps_stays_when_the_cursor_moves(open_window, qtbot):
    window = open_window()
    view = window.pane_a.view
    focus(qtbot, window, view)
    view.move_to(view.plan.marks[-1].start)
    window.statusBar().showMessage("Tags imported.", 5000)
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Tags imported."


def test_enter_with_suggestions_hidden_says_why_it_tags_nothing(open_window, qtbot):
    window = open_window()
    view = window.pane_a.view
    mark = next(m for m in view.plan.marks if m.suggestion)
    window.suggestions_action.trigger()
    view.move_to(mark.start)
    focus(qtbot, window, view)
    window.statusBar().clearMessage()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.book.tags["a"] == []
    assert "Suggested tags are hidden" in window.statusBar().currentMessage()


@pytest.mark.qt_log_ignore(*OFFSCREEN_RAISE)
def test_f1_with_the_guide_open_brings_that_guide_forward(open_window, qtbot):
    window = open_window()
    view = window.pane_a.view
    focus(qtbot, window, view)
    qtbot.keyClick(view, Qt.Key.Key_F1)
    first = window.guide
    assert first.isVisible()
    focus(qtbot, window, view)  # back in the article, the guide still open beside it
    qtbot.keyClick(view, Qt.Key.Key_F1)
    guides = [g for g in window.findChildren(GuideDialog) if g.isVisible()]
    assert guides == [first]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is first)  # in front, the keys going to it
    first.close()
    focus(qtbot, window, view)
    qtbot.keyClick(view, Qt.Key.Key_F1)  # closed, it opens again
    assert window.guide.isVisible()
    assert len([g for g in window.findChildren(GuideDialog) if g.isVisible()]) == 1


def test_a_sample_article_keeps_its_label_once_shown(open_window, qtbot, tmp_path):
    text_a = "Storm hits coast\n\nThe storm killed 12 people on Tuesday, officials said.\n"
    text_b = "Storm kills 14\n\nThe storm killed 14 people on Tuesday, officials said.\n"
    window = open_window(write_pair(tmp_path, text_a, text_b))
    picker = window.pane_b.picker

    def labels():
        return [picker.itemText(i) for i in range(picker.count())]

    before = labels()
    assert before[2].startswith("3. Sample story: ")
    picker.activated.emit(2)
    qtbot.waitUntil(lambda: window.shown_pair == (0, 2) and not window.busy)
    assert labels() == before
    assert labels()[0] == "1. Storm hits coast"  # the user's own file, named by its title once read
