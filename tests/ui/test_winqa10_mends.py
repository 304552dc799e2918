"""From window QA 10: N on a pair with no number conflict says there are none (not "no more below"),
and a tag made beside an article whose title the article beside now also has names its file too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from window_steps import focus

from reader.core.model import Document
from reader.core.tags import MadeBeside, new_tag
from reader.ui.tagprovenance import provenance

CALM_A = ("Harbour festival draws record crowd\n\nThe harbour festival opened on Saturday with music on the quay.\n\n"
          "Organisers said the weather had helped.\n")
CALM_B = ("Festival opens on the quay\n\nThe harbour festival opened on Saturday with music on the quay.\n\n"
          "Stallholders reported brisk trade.\n")


def test_n_on_a_pair_without_number_conflicts_says_there_are_none(open_window, qtbot, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(CALM_A, encoding="utf-8")
    b.write_text(CALM_B, encoding="utf-8")
    window = open_window([a, b])
    view = window.pane_a.view
    assert not any(mark.conflict for mark in view.plan.marks)
    focus(qtbot, window, view)
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert window.statusBar().currentMessage() == "No number conflicts in A."


def document(path: str, title: str, text: str) -> Document:
    return Document(path=path, title=title, text=text, sha256=str(hash((path, text))))


def test_a_tag_made_beside_an_article_of_the_same_title_names_its_file(tmp_path):
    tagged = document(str(tmp_path / "a.txt"), "Harbour festival", CALM_A)
    original = document(str(tmp_path / "wire.txt"), "Festival opens on the quay", CALM_B)
    edited_copy = document(str(tmp_path / "wire-edited.txt"), "Festival opens on the quay", CALM_B + "More.\n")
    tag = new_tag(tagged, 0, 10, "single-source", beside=original)
    assert tag.beside == MadeBeside(str((tmp_path / "wire.txt").resolve()), original.title, original.sha256)
    said = provenance(tag, edited_copy).note("B")
    assert said == ("made beside “Festival opens on the quay (wire.txt)”, not beside the article in B")
    other = document(str(tmp_path / "c.txt"), "Another headline", "Other words.\n")
    assert provenance(tag, other).note("B") == "made beside “Festival opens on the quay”, not beside the article in B"
