"""The window on a small screen, reading an edited article again (File ▸ Reload), the keys the
menus and buttons name, and quitting while a comparison runs (offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel
from window_steps import focus

ROOT = Path(__file__).resolve().parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def body_marks(view):
    return [m for m in view.plan.marks if m.state in ("equivalent", "related", "unmatched")]


def sentence_text(view, index: int) -> str:
    return " ".join(view.plan.sentences[index].text.split())


def line_from_top(view, position: int) -> int:
    return view.visual_line(position) - view.verticalScrollBar().value()


def two_copies(tmp_path, seeds) -> tuple[Path, Path]:
    """Copies of the two longest sample articles, to edit (A scrolls: its end is off screen)."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(seeds[4].read_bytes())
    b.write_bytes(seeds[3].read_bytes())
    return a, b


def add_paragraph_after_the_headline(path: Path, paragraph: str) -> None:
    headline, rest = path.read_text(encoding="utf-8").split("\n", 1)
    path.write_text(f"{headline}\n\n{paragraph}\n{rest}", encoding="utf-8")


def reading_deep_in_a(qtbot, window):
    """A's view, focused, on a body sentence two thirds down the article; returns it and the mark."""
    view = window.pane_a.view
    body = body_marks(view)
    mark = body[len(body) * 2 // 3]
    focus(qtbot, window, view)
    view.move_to(mark.start)
    qtbot.wait(10)
    assert view.verticalScrollBar().value() > 0 and view.is_visible_position(mark.start)
    return view, mark


# ---- File ▸ Reload ---------------------------------------------------------------------

def test_f5_reads_an_edited_article_again_and_keeps_the_sentence_being_read(open_window, qtbot, tmp_path, seeds):
    a, b = two_copies(tmp_path, seeds)
    window = open_window([a, b])
    view, mark = reading_deep_in_a(qtbot, window)
    text, line = sentence_text(view, mark.index), line_from_top(view, mark.start)

    # Edited in another program: a paragraph above the place being read moves every sentence on.
    add_paragraph_after_the_headline(a, "Updated with the latest figures from the interior ministry.")
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        qtbot.keyClick(view, Qt.Key.Key_F5)

    assert "latest figures from the interior ministry" in view.toPlainText()
    current = view.current_index
    assert current == mark.index + 1  # the sentence moved on by the one added above it...
    assert sentence_text(view, current) == text  # ...and it is still the one being read
    assert line_from_top(view, view.plan.marks[current].start) == line  # at the same height on screen
    assert window.active_side == "a" and view.framed_indices() == (current,)
    assert "A has changed" in window.statusBar().currentMessage()


def test_a_reworded_sentence_being_read_is_found_in_its_new_wording(open_window, qtbot, tmp_path, seeds):
    a, b = two_copies(tmp_path, seeds)
    window = open_window([a, b])
    view, mark = reading_deep_in_a(qtbot, window)
    old = view.plan.sentences[mark.index].text
    words = old.split()
    new = " ".join(["Officials", "later", "said", "that", words[0].lower(), *words[1:]])
    a.write_text(a.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")

    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.reload_action.trigger()

    assert sentence_text(view, view.current_index) == " ".join(new.split())
    assert view.is_visible_position(view.plan.marks[view.current_index].start)


def test_the_other_pane_edited_keeps_its_own_place_when_the_sentence_read_has_no_partner(
        open_window, qtbot, tmp_path, seeds):
    a, b = two_copies(tmp_path, seeds)
    window = open_window([a, b])
    view_a, view_b = window.pane_a.view, window.pane_b.view
    in_b = body_marks(view_b)[len(body_marks(view_b)) * 2 // 3]
    view_b.move_to(in_b.start)  # read in B first...
    alone = next(m for m in reversed(view_a.plan.marks) if m.state == "unmatched")
    focus(qtbot, window, view_a)
    view_a.move_to(alone.start)  # ...then in A, at a sentence B does not have: B stays where it was
    text_b = sentence_text(view_b, in_b.index)
    assert view_b.current_index == in_b.index

    add_paragraph_after_the_headline(b, "An earlier version of this report gave the wrong date.")
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        qtbot.keyClick(view_a, Qt.Key.Key_F5)

    assert window.active_side == "a" and view_a.current_index == alone.index
    assert sentence_text(view_b, view_b.current_index) == text_b
    assert view_b.is_visible_position(view_b.plan.marks[view_b.current_index].start)
    assert "B has changed" in window.statusBar().currentMessage()


def test_reload_after_the_file_was_deleted_says_so_and_keeps_the_text(open_window, qtbot, tmp_path, seeds):
    a, b = two_copies(tmp_path, seeds)
    window = open_window([a, b])
    shown = window.pane_a.view.toPlainText()
    a.unlink()
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.reload_action.trigger()
    assert window.pane_a.view.toPlainText() == shown
    assert "Cannot read A again" in window.statusBar().currentMessage()
    assert window.warning_bar.isVisibleTo(window)


def test_picking_the_article_on_screen_again_reads_it_again(open_window, qtbot, tmp_path, seeds):
    a, b = two_copies(tmp_path, seeds)
    window = open_window([a, b])
    add_paragraph_after_the_headline(b, "This report was corrected after publication.")
    picker = window.pane_b.picker
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        picker.activated.emit(picker.currentIndex())
    assert "corrected after publication" in window.pane_b.view.toPlainText()


def test_reload_has_f5_and_the_platforms_refresh_key(open_window):
    window = open_window()
    keys = window.reload_action.shortcuts()
    assert keys[0] == QKeySequence("F5")
    assert all(key in keys for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh))
    file_menu = window.menuBar().actions()[0].menu()
    assert window.reload_action in file_menu.actions()


def test_reload_with_nothing_changed_says_so_and_moves_nothing(open_window, qtbot, tmp_path, seeds):
    a, b = two_copies(tmp_path, seeds)
    window = open_window([a, b])
    view, mark = reading_deep_in_a(qtbot, window)
    line = line_from_top(view, mark.start)
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.reload_action.trigger()
    assert (view.current_index, line_from_top(view, mark.start)) == (mark.index, line)
    assert "neither has changed" in window.statusBar().currentMessage()


# ---- keys named in the menus and on the buttons -------------------------------------------

def test_undo_and_redo_buttons_name_their_keys_as_every_other_button_does(open_window, qtbot):
    window = open_window()
    undo = window.toolbar.widgetForAction(window.undo_action)
    redo = window.toolbar.widgetForAction(window.redo_action)
    assert undo.toolTip().endswith("(Ctrl+Z)") and redo.toolTip().endswith("(Ctrl+Shift+Z)")
    view = window.pane_a.view
    view.move_to(body_marks(view)[0].start)
    focus(qtbot, window, view)
    qtbot.keyClick(view, Qt.Key.Key_D)
    # What would be undone, then the key; the button's own label stays short.
    assert undo.toolTip().startswith("Undo ") and undo.toolTip().endswith("(Ctrl+Z)") and undo.text() == "Undo"
    assert window.toolbar.widgetForAction(window.next_conflict_action).toolTip().endswith("(N)")


def test_redo_is_shown_as_ctrl_shift_z_and_ctrl_y_still_redoes(open_window, qtbot):
    window = open_window()
    assert window.redo_action.shortcut().toString() == "Ctrl+Shift+Z"  # what the Edit menu shows
    view = window.pane_a.view
    view.move_to(body_marks(view)[0].start)
    focus(qtbot, window, view)
    qtbot.keyClick(view, Qt.Key.Key_D)
    for redo in ((Qt.Key.Key_Z, CTRL | SHIFT), (Qt.Key.Key_Y, CTRL)):
        qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
        assert window.book.tags["a"] == []
        qtbot.keyClick(view, *redo)
        assert [t.kind for t in window.book.tags["a"]] == ["disputed"]


def test_ctrl_q_quits_on_every_platform(open_window, qtbot):
    window = open_window()
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    focus(qtbot, window, window.pane_a.view)
    qtbot.keyClick(window.pane_a.view, Qt.Key.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.closed


def test_the_guide_lists_the_keys_for_reload_and_quit(open_window):
    window = open_window()
    window.guide_action.trigger()
    guide = window.guide.browser.toPlainText()
    window.guide.close()
    assert "F5" in guide and "Ctrl+Q" in guide


# ---- quitting while comparing ---------------------------------------------------------------

QUIT_WHILE_COMPARING = textwrap.dedent("""
    import sys, time
    import reader.ui.worker as worker
    from PySide6.QtCore import QTimer
    from reader.ui import app

    def a_long_comparison(a, b):  # as on two 100,000-word articles, but far longer
        time.sleep(3600)
    worker.compare = a_long_comparison

    def quit_while_comparing():
        window = next(w for w in application.topLevelWidgets() if w.objectName() == "ParallaxWindow")
        assert window.busy
        window.quit_action.trigger()
    application = app.application()
    QTimer.singleShot(300, quit_while_comparing)
    sys.exit(app.main(sys.argv[1:]))
""")


def test_quitting_while_a_comparison_runs_ends_the_process_at_once(tmp_path, seeds, private_settings):
    script = tmp_path / "quit_while_comparing.py"
    script.write_text(QUIT_WHILE_COMPARING, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # Waiting for the comparison would take the hour; the timeout, far below it, fails the test.
    result = subprocess.run([sys.executable, str(script), str(seeds[0]), str(seeds[2])], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    # The window closed as it does any time, first: its place on screen was saved.
    assert "geometry=" in (Path(private_settings) / "parallax.ini").read_text(encoding="utf-8")


# ---- a small window ----------------------------------------------------------------------------

def small_window(qtbot, size):
    """A first start (no saved window state) on a screen of ``size``, one tag made."""
    from reader.ui.app import application, create_window

    application()
    window = create_window([], remember=False)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.plan is not None and not window.busy, timeout=20000)
    view = window.pane_a.view
    view.move_to(body_marks(view)[0].start)
    window.tag_actions["disputed"].trigger()
    qtbot.wait(50)
    return window


def lines_in_view(view) -> int:
    return view.viewport().height() // view.fontMetrics().lineSpacing()


def whole_rows(table) -> int:
    return table.viewport().height() // table.verticalHeader().defaultSectionSize()


def test_a_640_by_480_window_gives_the_articles_the_height_the_tags_panel_can_spare(qtbot):
    window = small_window(qtbot, (640, 480))
    panel, table = window.tag_panel, window.tag_panel.table
    assert window.tag_dock.height() <= 480 // 4
    assert whole_rows(table) >= 1 and panel.model.rowCount() == 1  # the tag made is in sight
    # The line about the passage under the cursor sits beside the note: a row of tags more.
    assert panel.current.geometry().center().y() == pytest.approx(panel.note.geometry().center().y(), abs=3)
    assert panel.current.text().startswith("Sentence in A: ")  # whole, if drawn cut short
    assert legend_rows(window.legend) <= 2
    assert lines_in_view(window.pane_a.view) >= 9  # was 6


def test_a_window_of_the_smallest_width_and_400_high_keeps_a_tag_row_and_reading_lines(qtbot):
    window = small_window(qtbot, (540, 400))
    assert whole_rows(window.tag_panel.table) >= 1
    assert window.tag_dock.height() <= 400 // 4
    for view in (window.pane_a.view, window.pane_b.view):
        assert lines_in_view(view) >= 4  # was 2


def test_the_tags_panel_can_be_dragged_down_to_its_header_and_one_row_and_back(open_window, qtbot):
    window = open_window()
    panel = window.tag_panel
    above = panel.current.geometry().bottom() < panel.note.geometry().top()
    assert above  # with room, the line is above the note, in full
    window.resizeDocks([window.tag_dock], [40], Qt.Orientation.Vertical)  # as low as dragging goes
    qtbot.wait(50)
    assert panel.height() == panel.minimumHeight() < 100
    assert whole_rows(panel.table) == 1
    assert panel.current.geometry().top() >= panel.note.geometry().top() - 3  # beside the note
    window.resizeDocks([window.tag_dock], [300], Qt.Orientation.Vertical)
    qtbot.wait(50)
    assert panel.current.geometry().bottom() < panel.note.geometry().top()  # back above it
    assert whole_rows(panel.table) >= 5


def legend_rows(legend) -> int:
    tops = {label.mapTo(legend, label.rect().topLeft()).y() // 10 for label in legend.findChildren(QLabel, "legendText")}
    return len(tops)


def test_a_narrow_legend_says_less_rather_than_take_a_third_row(open_window, qtbot):
    window = open_window()
    legend = window.legend
    labels = legend.findChildren(QLabel, "legendText")
    labels = [label for label in labels if not label.parentWidget().isHidden()]  # a key to marks on screen
    words = lambda: [label.text() for label in labels]  # noqa: E731
    assert legend_rows(legend) == 1 and "Same claim in both" in words()
    window.resize(640, 600)
    qtbot.waitUntil(lambda: window.width() == 640 and "Same claim" in words())
    qtbot.waitUntil(lambda: legend_rows(legend) == 2)  # the full words would take three
    assert all(label.toolTip() and label.isVisible() for label in labels)  # the full words, on hover
    assert max(label.mapTo(legend, label.rect().bottomRight()).x() for label in labels) <= legend.width()
    window.resize(1000, 640)  # two rows of the full words are kept
    qtbot.waitUntil(lambda: window.width() == 1000 and "Same claim in both" in words())
    qtbot.waitUntil(lambda: legend_rows(legend) == 2)
