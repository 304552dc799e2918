"""A lone figure's tip, tags imported for an article not on screen, Shift+Tab from the note, the
screenshot's example sentence and the export's message (offscreen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from test_window_qa26 import position_of, tooltip_at
from window_steps import focus
from written_files import write_pair

from reader.core import export
from reader.core.document import load_document
from reader.core.tags import new_tag

AVALANCHE_A = """Avalanche buries skiers near Chamonix

Four skiers were killed when an avalanche swept down a slope above Chamonix on Saturday.

The avalanche struck at 14:20, according to the regional emergency service.

Rescuers with dogs searched the snow for several hours before the bodies were found.
"""

AVALANCHE_B = """Skiers die in Alpine avalanche

Four skiers were killed when an avalanche swept down a slope above Chamonix on Saturday.

The slide came down at about 8,000 feet shortly before 3pm, the emergency service said.

Rescuers with dogs searched the snow for several hours before the bodies were found.
"""

HOARD_A = """Schoolboy's metal detector finds 2,300-year-old coin hoard

A schoolboy using a metal detector has found a hoard of Iron Age gold coins in a field near Ludlow.

The coins were handed to the county museum on Monday.
"""

HOARD_B = """Boy, 12, unearths Iron Age coin hoard

A schoolboy using a metal detector has found a hoard of Iron Age gold coins in a field near Ludlow.

The coins were handed to the county museum on Monday.
"""


# ---- a figure only one side gives ----------------------------------------------------------------

def test_a_figure_only_one_side_gives_is_said_to_be_only_there_not_set_against_the_other_s_figure(
        open_window, tmp_path, monkeypatch):
    window = open_window(write_pair(tmp_path, AVALANCHE_A, AVALANCHE_B))
    view = window.pane_b.view
    tip = tooltip_at(view, position_of(view, "8,000 feet") + 1, monkeypatch)
    # The ledger finds the height in B only; A's "14:20" in its place is a time, no partner of it.
    assert tip == "Not in source A"


def test_a_headline_figure_the_ledger_keeps_apart_names_no_figure_of_the_other_headline(
        open_window, tmp_path, monkeypatch):
    window = open_window(write_pair(tmp_path, HOARD_A, HOARD_B))
    hoard_age = tooltip_at(window.pane_a.view, position_of(window.pane_a.view, "2,300") + 1, monkeypatch)
    boy_age = tooltip_at(window.pane_b.view, position_of(window.pane_b.view, "12,") + 1, monkeypatch)
    # A hoard's age and a boy's are never one quantity: neither tip quotes the other's words.
    assert hoard_age == "Not in source B"
    assert boy_age == "Not in source A"


# ---- tags imported for an article not on screen ----------------------------------------------------

def test_tags_imported_for_an_article_not_on_screen_say_where_they_went_and_undo_says_so(
        open_window, tmp_path, monkeypatch):
    (tmp_path / "hoard").mkdir()
    document = load_document(write_pair(tmp_path / "hoard", HOARD_A, HOARD_B)[0])
    start = document.text.index("A schoolboy")
    tags = [new_tag(document, start, start + 11, "disputed", note="check the museum")]
    export.export_file(tags, tmp_path / "hoard.csv", "csv")
    window = open_window(write_pair(tmp_path, AVALANCHE_A, AVALANCHE_B))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "hoard.csv"), ""))
    boxes = []
    monkeypatch.setattr(window, "show_error", lambda title, message, **kw: boxes.append(message))
    window.import_tags()
    assert window.tag_panel.model.rowCount() == 0  # the panel lists the two articles on screen
    assert boxes == ["From hoard.csv: 1 tag imported; they are on “Schoolboy's metal detector finds 2,300-year-old "
                     "coin hoard”, not on screen: open it to see its tags."]
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == (
        "Undone: import tags from hoard.csv (1 tag on “Schoolboy's metal detector finds 2,300-year-old coin hoard”, "
        "not on screen).")
    window.redo_action.trigger()
    assert window.statusBar().currentMessage().startswith("Redone: import tags from hoard.csv (1 tag on “Schoolboy")


# ---- Shift+Tab from the note ---------------------------------------------------------------------

def test_shift_tab_from_the_note_goes_back_to_the_tagged_sentence_and_keeps_its_note(
        open_window, qtbot, tmp_path):
    window = open_window(write_pair(tmp_path, AVALANCHE_A, AVALANCHE_B))
    view = window.pane_a.view
    tagged = next(m for m in view.plan.marks if m.state == "related")
    view.move_to(tagged.start + 1)
    focus(qtbot, window, view)
    window.tag_current("disputed")
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    note = window.tag_panel.note
    assert note.hasFocus()
    qtbot.keyClicks(note, "ask the service which time")
    qtbot.keyClick(note, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is view
    assert view.plan.sentence_at(view.textCursor().position()) == tagged.index
    assert note.isEnabled() and note.text() == "ask the service which time"
    assert [tag.note for tag in window.book.tags["a"]] == ["ask the service which time"]


# ---- the screenshot's example ------------------------------------------------------------------

def test_the_example_is_a_linked_sentence_not_a_headline_whose_figures_conflict(open_window, tmp_path):
    headline_a = AVALANCHE_A.replace("Avalanche buries skiers", "Avalanche buries 4 skiers")
    window = open_window(write_pair(tmp_path, headline_a, AVALANCHE_B.replace("Skiers die", "Five skiers die")))
    marks = window.plan.a.marks
    assert marks[0].conflict and not marks[0].partners  # the headlines' figures conflict; they are not linked
    window.show_example()
    view = window.pane_a.view
    picked = marks[view.plan.sentence_at(view.textCursor().position())]
    assert picked.partners and picked.state == "related"


# ---- the export's message ---------------------------------------------------------------------------

def test_the_export_message_says_how_many_articles_the_tags_come_from(open_window, qtbot, tmp_path, monkeypatch):
    hoard = tmp_path / "hoard"
    hoard.mkdir()
    window = open_window(write_pair(hoard, HOARD_A, HOARD_B))
    view = window.pane_a.view
    view.move_to(window.plan.a.marks[-1].start + 1)
    window.tag_current("corroborated")
    window.open_files(*(str(p) for p in write_pair(tmp_path, AVALANCHE_A, AVALANCHE_B)))
    qtbot.waitUntil(lambda: not window.busy and window.plan.a.document.text.startswith("Avalanche"), timeout=20000)
    window.pane_a.view.move_to(window.plan.a.marks[-1].start + 1)
    window.tag_current("single-source")
    target = tmp_path / "all.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV (*.csv)"))
    window.export_tags()
    assert window.statusBar().currentMessage() == f"Exported 2 tags from 2 articles to {target}"
