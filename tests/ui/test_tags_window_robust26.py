"""File ▸ Import Tags… and Export Tags… on awkward files: a message box, never an exception that
leaves the menu command without a word, and no article replaced by an export (offscreen)."""

from __future__ import annotations

import json
import sqlite3

from PySide6.QtWidgets import QFileDialog

OSLO = "Mr Medvedev said he was speaking from Oslo."


def answer_open(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def answer_save(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "CSV (*.csv)"))


def tag_a_sentence(window) -> None:
    """A tag to export (an export with none writes no file)."""
    view = window.pane_a.view
    view.move_to(view.plan.marks[0].start)
    window.tag_actions["corroborated"].trigger()
    assert window.book.store.all_tags()


def test_importing_a_note_cut_in_the_middle_of_an_emoji_says_what_was_replaced(open_window, seeds, tmp_path,
                                                                               monkeypatch):
    window = open_window()
    path = tmp_path / "cut.json"
    path.write_text('{"type": "Annotation", "body": [{"purpose": "tagging", "value": "corroborated"}, '
                    '{"purpose": "commenting", "value": "Checked \\ud83d"}], '
                    f'"target": {{"source": "{seeds[0]}", "selector": '
                    f'{{"type": "TextQuoteSelector", "exact": "{OSLO}"}}}}}}', encoding="utf-8")
    answer_open(monkeypatch, path)
    window.import_action.trigger()
    assert window.error_box.windowTitle() == "Tags imported"
    assert "annotation 1: the note" in window.error_box.text().lower()
    assert [tag.note for tag in window.book.store.all_tags()] == ["Checked \ufffd"]


def test_a_store_holding_half_a_character_still_exports(open_window, seeds, tmp_path, monkeypatch):
    window = open_window()
    path = tmp_path / "tags.csv"
    path.write_text(f"source,quote,tag\n{seeds[0]},{OSLO},corroborated\n", encoding="utf-8")
    answer_open(monkeypatch, path)
    window.import_action.trigger()
    # What an earlier version let into the store from a partners_json cell.
    partner = {"source": str(seeds[1]), "source_title": "B", "quote": "Oslo\ud800", "prefix": "", "suffix": "",
               "start": 0, "end": 5, "source_sha256": ""}
    with sqlite3.connect(window.book.store.path) as conn:
        conn.execute("UPDATE tags SET partners = ?", (json.dumps([partner]),))
    answer_save(monkeypatch, tmp_path / "out.csv")
    window.export_action.trigger()
    assert "Oslo\ufffd" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")


def test_an_export_named_without_extension_does_not_replace_an_article_of_that_name(open_window, tmp_path,
                                                                                    monkeypatch):
    """The save dialog asked about "notes"; "notes.csv", an article, was never mentioned."""
    window = open_window()
    article = tmp_path / "notes.csv"
    article.write_text("Storm batters coast\n\nA powerful storm hit the coast on Monday, police said.\n",
                       encoding="utf-8")
    before = article.read_bytes()
    tag_a_sentence(window)
    answer_save(monkeypatch, tmp_path / "notes")
    window.export_action.trigger()
    assert window.error_box.windowTitle() == "Cannot export tags"
    assert "notes.csv already exists and is not a tag file" in window.error_box.text()
    assert article.read_bytes() == before


def test_a_file_the_save_dialog_asked_to_replace_is_replaced(open_window, tmp_path, monkeypatch):
    window = open_window()
    chosen = tmp_path / "old.txt"
    chosen.write_text("anything", encoding="utf-8")
    tag_a_sentence(window)
    answer_save(monkeypatch, chosen)
    window.export_action.trigger()
    assert chosen.read_text(encoding="utf-8-sig").startswith("id,source,")


def test_excel_s_unicode_text_is_offered_and_imported(open_window, seeds, tmp_path, monkeypatch):
    window = open_window()
    sheet = tmp_path / "tags.txt"  # Excel's "Unicode Text": UTF-16 with a BOM, tab-separated
    sheet.write_bytes(f"source\tquote\ttag\r\n{seeds[0]}\t{OSLO}\tdisputed\r\n".encode("utf-16"))
    offered = []

    def pick(parent, caption, folder, filters):
        offered.append(filters)
        return str(sheet), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    window.import_action.trigger()
    assert "*.txt" in offered[0].split(";;")[0]
    assert window.error_box.windowTitle() == "Tags imported"
    assert [tag.kind for tag in window.book.store.all_tags()] == ["disputed"]
