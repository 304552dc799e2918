"""The tags panel's first height, and how the window names sentences (by their words, never by a number)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from reader.ui.tagpanel import DEFAULT_ROWS


def tag_sentences(window, count: int) -> None:
    view = window.pane_a.view
    body = [m for m in view.plan.marks if m.state in ("equivalent", "related", "unmatched")]
    for mark in body[:count]:
        view.move_to(mark.start)
        window._active = "a"
        window.tag_actions["disputed"].trigger()


@pytest.mark.parametrize("size", [(1400, 900), (1300, 850)])
def test_tags_panel_shows_several_rows_and_leaves_the_panes_most_of_the_height(open_window, qtbot, size):
    window = open_window(remember=False)  # a first start: no saved window state
    window.resize(*size)
    tag_sentences(window, DEFAULT_ROWS + 3)
    qtbot.wait(50)
    table = window.tag_panel.table
    assert window.tag_panel.model.rowCount() == DEFAULT_ROWS + 3
    assert table.viewport().height() >= DEFAULT_ROWS * table.rowHeight(0)
    assert window.pane_a.view.height() > 2 * window.tag_dock.height()


@pytest.mark.parametrize("size", [(1000, 600), (800, 600)])
def test_a_small_window_gives_the_tags_panel_a_quarter_and_two_rows(qtbot, size):
    # On an 800x600 screen the panel once took a third of the height and the panes showed
    # barely two sentences each.
    from reader.ui.app import application, create_window
    from reader.ui.window import MIN_TAG_ROWS

    application()
    window = create_window([], remember=False)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.plan is not None and not window.busy, timeout=20000)
    tag_sentences(window, MIN_TAG_ROWS + 1)
    qtbot.wait(50)
    table = window.tag_panel.table
    assert window.tag_dock.height() <= size[1] // 4
    assert table.viewport().height() >= MIN_TAG_ROWS * table.rowHeight(0)
    assert window.pane_a.view.height() > 1.5 * window.tag_dock.height()


def test_a_narrow_window_wraps_the_legend_instead_of_refusing_the_width(open_window, qtbot):
    # A 1024-pixel screen, or half of a wide one beside a browser: once the legend's one line set
    # a minimum of 1210 pixels and pane B ran off the screen.
    window = open_window()
    wide_height = window.legend.height()
    window.resize(1000, 640)
    qtbot.waitUntil(lambda: window.width() == 1000)
    labels = window.legend.findChildren(QLabel, "legendText")
    labels = [label for label in labels if not label.parentWidget().isHidden()]  # a key to marks on screen
    assert labels and all(label.isVisible() for label in labels)
    assert window.legend.height() > wide_height  # two rows of marks
    assert max(label.mapTo(window.legend, label.rect().bottomRight()).x() for label in labels) <= window.legend.width()
    assert window.pane_b.view.mapTo(window, window.pane_b.view.rect().topRight()).x() <= window.width()


def test_no_sentence_numbers_in_what_the_window_says(open_window):
    window = open_window()
    view = window.pane_a.view
    mark = next(m for m in view.plan.marks if m.partners)
    view.move_to(mark.start)
    label = window.tag_panel.current.text()
    assert label.startswith("Sentence in A: ")
    assert not re.search(r"sentence \d", label, re.IGNORECASE)

    # The pane's tooltip names the partner by its opening words.
    description = view.describe(mark)
    partner = window.plan.b.sentences[mark.partners[0]].text
    assert "In B: " in description and " ".join(partner.split()[:4]) in description
    assert not re.search(r"sentence \d", description, re.IGNORECASE)

    # The link bar's tooltip: see test_window.test_link_tooltip_names_relation_and_score.


def test_a_long_note_is_cut_short_in_the_table_and_keeps_the_other_columns_in_sight(open_window, qtbot):
    window = open_window(remember=False)
    tag_sentences(window, 1)
    [tag] = window.book.tags["a"]
    window.book.edit(tag, note="Called the press office twice; they confirmed the date but not the place. " * 8)
    qtbot.wait(50)
    table = window.tag_panel.table
    header = table.horizontalHeader()
    modified = header.count() - 1  # the last column
    assert header.sectionViewportPosition(modified) + header.sectionSize(modified) <= table.viewport().width()
    model = window.tag_panel.model
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole) == window.book.tags["a"][0].note  # whole


def test_modified_times_are_shown_on_the_local_clock(monkeypatch):
    import time

    from reader.ui.tagpanel import _local_time

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        assert _local_time("2026-11-23T06:11:34.853Z") == "2026-11-23 01:11"  # stored in UTC
        assert _local_time("23/11/2026") == "23/11/2026"  # an imported time of another shape: as written
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_picker_too_narrow_for_its_title_ends_it_with_an_ellipsis(open_window, qtbot):
    window = open_window()
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    picker = window.pane_b.picker
    full, shown = picker.currentText(), picker.shown_text()
    assert shown.endswith("…") and full.startswith(shown[:-1]) and len(shown) < len(full)
    window.resize(1900, 900)
    qtbot.waitUntil(lambda: window.width() == 1900)
    assert picker.shown_text() == picker.currentText()
