"""The articles' text size (the desktop's font, View ▸ Zoom, Ctrl+wheel), File ▸ Reload naming the
tags it orphaned, the keys while the first comparison runs, furniture's grey and the Tags list's
colour squares (offscreen)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QStyleFactory
from window_steps import focus

from reader.ui.palette import TAG_COLOURS, TEXT_CONTRAST, Theme, contrast

CTRL = Qt.KeyboardModifier.ControlModifier


def body_marks(view):
    return [m for m in view.plan.marks if m.state in ("equivalent", "related", "unmatched")]


def sizes(window) -> tuple[float, float]:
    return window.pane_a.view.font().pointSizeF(), window.pane_b.view.font().pointSizeF()


@pytest.fixture
def desktop_font(qapp):
    """``desktop_font(points)``: the application's font at that size, as a desktop set to it gives;
    the font before is put back after the test."""
    before = QApplication.font()

    def set_(points: float) -> None:
        font = QApplication.font()
        font.setPointSizeF(points)
        QApplication.setFont(font)

    yield set_
    QApplication.setFont(before)


def ctrl_wheel(view, notches: int) -> None:
    where = QPointF(view.viewport().rect().center())
    event = QWheelEvent(where, view.viewport().mapToGlobal(where), QPoint(0, 0), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, CTRL, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)


# ---- M1: the articles' text size -------------------------------------------------------------

def test_the_articles_start_at_a_desktop_font_larger_than_their_own(open_window, desktop_font):
    desktop_font(16)
    window = open_window(remember=False)
    assert sizes(window) == (16, 16)
    # The text read is no smaller than the menus and the status line around it.
    assert window.pane_a.view.fontMetrics().height() >= window.statusBar().fontMetrics().height()


def test_on_a_desktop_with_a_small_font_the_articles_keep_their_own_size(open_window, desktop_font):
    desktop_font(9)
    window = open_window(remember=False)
    assert sizes(window) == (11.5, 11.5)


def test_the_zoom_keys_size_both_articles_together_and_the_size_is_remembered(open_window, qtbot, desktop_font):
    desktop_font(9)
    window = open_window()
    view = window.pane_a.view
    focus(qtbot, window, view)
    start = sizes(window)[0]
    qtbot.keyClick(view, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Equal, CTRL)
    assert sizes(window) == (start + 2, start + 2)
    qtbot.keyClick(view, Qt.Key.Key_Minus, CTRL)
    assert sizes(window) == (start + 1, start + 1)
    window.close()

    again = open_window()
    assert sizes(again) == (start + 1, start + 1)
    focus(qtbot, again, again.pane_b.view)
    qtbot.keyClick(again.pane_b.view, Qt.Key.Key_0, CTRL)
    assert sizes(again) == (start, start)


def test_the_view_menu_names_the_zoom_keys():
    from reader.ui.app import application, create_window

    application()
    window = create_window([], remember=False)
    try:
        view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
        keys = {a.text(): [k.toString() for k in a.shortcuts()] for a in view_menu.actions() if a.shortcuts()}
        assert keys["Zoom &In"][:1] == ["Ctrl++"] and "Ctrl+=" in keys["Zoom &In"]
        assert keys["Zoom O&ut"][:1] == ["Ctrl+-"]
        assert keys["&Actual Size"] == ["Ctrl+0"]
    finally:
        window.close()


def test_ctrl_and_the_wheel_zoom_both_articles_not_only_the_one_under_the_mouse(open_window):
    window = open_window(remember=False)
    start = sizes(window)[0]
    ctrl_wheel(window.pane_a.view, 2)
    assert sizes(window) == (start + 2, start + 2)
    ctrl_wheel(window.pane_b.view, -1)
    assert sizes(window) == (start + 1, start + 1)


def test_zooming_stops_at_its_largest_size_and_says_so(open_window, qtbot):
    window = open_window(remember=False)
    view = window.pane_a.view
    focus(qtbot, window, view)
    for _ in range(40):
        qtbot.keyClick(view, Qt.Key.Key_Plus, CTRL)
    largest = sizes(window)
    assert largest[0] == largest[1] and 20 <= largest[0] <= 32
    assert "largest size" in window.statusBar().currentMessage()


def test_a_zoomed_article_keeps_the_line_at_its_top_and_its_margin_and_overview_follow(open_window, qtbot, seeds):
    window = open_window([seeds[4], seeds[3]], remember=False)
    view = window.pane_a.view
    focus(qtbot, window, view)
    mark = body_marks(view)[len(body_marks(view)) * 2 // 3]
    view.move_to(mark.start)
    qtbot.wait(10)
    top = view.cursorForPosition(QPoint(0, 0)).position()
    top_sentence = view.plan.sentence_at(top)
    window.zoom(3)
    qtbot.wait(10)
    assert view.plan.sentence_at(view.cursorForPosition(QPoint(0, 0)).position()) == top_sentence
    # The margin's bar for each sentence on screen sits on that sentence's own lines at the new size.
    line = view.fontMetrics().height()
    for shown, bar_top, _bottom in view.visible_marks():
        rect = view.cursorRect(_cursor_at(view, shown.start))
        assert abs(rect.top() - bar_top) < line / 2
    assert window.pane_a.overview._visible == view.visible_range()


def _cursor_at(view, position: int):
    cursor = view.textCursor()
    cursor.setPosition(position)
    return cursor


# ---- L1: File ▸ Reload says the tags it orphaned -----------------------------------------------

def test_reload_that_orphans_tags_says_so_in_its_message(open_window, qtbot, tmp_path, seeds):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(seeds[4].read_bytes())
    b.write_bytes(seeds[3].read_bytes())
    window = open_window([a, b])
    view = window.pane_a.view
    focus(qtbot, window, view)
    tagged = body_marks(view)[1:3]
    for mark in tagged:
        view.move_to(mark.start)
        qtbot.keyClick(view, Qt.Key.Key_C)
    text = a.read_text(encoding="utf-8")
    for mark in tagged:
        text = text.replace(view.plan.sentences[mark.index].text, "", 1)
    a.write_text(text, encoding="utf-8")

    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        qtbot.keyClick(view, Qt.Key.Key_F5)

    message = window.statusBar().currentMessage()
    assert "A has changed" in message
    assert "2 orphaned tags" in message


# ---- L2: the keys while the first comparison runs ----------------------------------------------

def test_the_keys_say_the_comparison_is_still_running_while_the_panes_are_blank(qtbot, monkeypatch):
    from reader.ui import window as window_module
    from reader.ui.app import application, create_window

    release = threading.Event()
    run = window_module.ComparisonJob.run

    def held_run(job):
        release.wait(20)
        run(job)

    monkeypatch.setattr(window_module.ComparisonJob, "run", held_run)
    application()
    window = create_window([], remember=False)
    qtbot.addWidget(window)
    try:
        window.show()
        view = window.pane_a.view
        focus(qtbot, window, view)
        assert window.busy and view.plan is None
        for key, modifier in ((Qt.Key.Key_C, Qt.KeyboardModifier.NoModifier),
                              (Qt.Key.Key_D, Qt.KeyboardModifier.NoModifier),
                              (Qt.Key.Key_N, Qt.KeyboardModifier.NoModifier),
                              (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)):
            window.statusBar().clearMessage()
            qtbot.keyClick(view, key, modifier)
            assert window.statusBar().currentMessage().startswith("Still comparing"), key
    finally:
        release.set()
        qtbot.waitUntil(lambda: not window.busy, timeout=20000)


# ---- L3: furniture's grey reads --------------------------------------------------------------

def _palette(base: str, text: str) -> QPalette:
    palette = QPalette(QStyleFactory.create("Fusion").standardPalette())
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    return palette


@pytest.mark.parametrize("base, text", [("#ffffff", "#000000"), ("#1e1e1e", "#dcdcdc"), ("#fdf6e3", "#586e75")])
def test_furniture_grey_reads_at_body_text_contrast_and_is_still_grey(qapp, base, text):
    theme = Theme(_palette(base, text))
    assert contrast(theme.dim, theme.base) >= TEXT_CONTRAST
    assert contrast(theme.dim, theme.base) < contrast(theme.text, theme.base)  # still told apart by its grey
    heading = theme.formats["heading"].foreground().color()
    assert heading == theme.dim


# ---- L5: a selected row's colour square keeps its tag's colour ------------------------------------

def test_a_selected_tag_rows_colour_square_keeps_the_tags_colour(open_window, qtbot):
    window = open_window(remember=False)
    view = window.pane_a.view
    focus(qtbot, window, view)
    view.move_to(body_marks(view)[0].start)
    qtbot.keyClick(view, Qt.Key.Key_D)
    table = window.tag_panel.table
    table.selectRow(0)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    assert table.selectionModel().isRowSelected(0)
    image = table.viewport().grab(table.visualRect(table.model().index(0, 0))).toImage()
    vermillion = QColor(TAG_COLOURS["disputed"]).rgb()
    found = sum(1 for x in range(image.width()) for y in range(image.height()) if image.pixel(x, y) == vermillion)
    assert found >= 25  # a square of the tag's own colour, not the selection's blend over it
