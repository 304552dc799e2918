"""The engine's notes on a link in the window (offscreen): a name respelled, a claim hedged or turned
round on one side only, a quotation put in another's mouth.  The sentence's tooltip and the Tags
panel's line say them, for the link its words are marked against; the window reads a quotation put in
another's mouth as the engine does (related, no Corroborated suggested)."""

from __future__ import annotations

import pytest
from noted_reports import DAM_A, DAM_B
from written_files import write_pair

from reader.core.suggest import CORROBORATED


def mark_opening(view, words: str):
    return next(m for m in view.plan.marks if view.plan.sentences[m.index].text.startswith(words))


def current_line(window, side: str, words: str) -> str:
    view = window.view(side)
    view.setFocus()
    view.move_to(mark_opening(view, words).start)
    return window.tag_panel.current.plain()


@pytest.mark.parametrize("side, words, note", [
    ("a", "The dam's", "Names differ: “Pruitt” here, “Pruett” in B"),
    ("b", "The dam's", "Names differ: “Pruett” here, “Pruitt” in A"),
    ("a", "The failure", "Hedged only here: “is thought to have been”"),
    ("b", "The failure", "Hedged only in A: “is thought to have been”"),
    ("a", "Engineers", "Says the opposite: “favourable” here, “unfavourable” in B"),
    ("b", '"This was', "Said by different people: “the governor” here, “the mayor” in A"),
])
def test_the_sentence_tooltip_says_the_notes_on_its_link(dam_window, side, words, note):
    view = dam_window.view(side)
    assert note in view.describe(mark_opening(view, words)).splitlines()


@pytest.mark.parametrize("side, words, note", [
    ("a", "The dam's", "names differ: “Pruitt” here, “Pruett” in B"),
    ("b", "The failure", "hedged only in A: “is thought to have been”"),
    ("a", '"This was', "said by different people: “the mayor” here, “the governor” in B"),
])
def test_the_tags_panel_line_says_the_notes_on_the_current_sentence(dam_window, side, words, note):
    assert f" — {note}" in current_line(dam_window, side, words)


def test_a_sentence_told_alike_has_no_note(open_window, tmp_path):
    window = open_window(write_pair(tmp_path, DAM_A.replace("Pruitt", "Pruett"), DAM_B))
    view = window.view("a")
    assert "differ" not in view.describe(mark_opening(view, "The dam's"))
    assert "differ" not in current_line(window, "a", "The dam's")


def test_a_quotation_put_in_another_mouth_is_not_suggested_as_corroborated(dam_window):
    for side in ("a", "b"):
        mark = mark_opening(dam_window.view(side), '"This was')
        assert mark.state == "related"
        assert mark.suggestion != CORROBORATED
