"""The engine's notes on a link beyond the sentence's tooltip (offscreen): a view says the notes its
owner hands it (it does not ask its window), the link bar's tooltip says them in the sentence
tooltip's words, and the Tags panel's rich-text line shows a conflict's figures as written."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QWidget
from noted_reports import DAM_A, DAM_B
from window_steps import link_band_tips
from written_files import write_pair

from reader.core.compare import compare
from reader.core.document import document_from_text
from reader.core.link_notes import NAMES_DIFFER, LinkNote
from reader.ui.palette import Theme
from reader.ui.pane import DocumentView, SourcePane
from reader.ui.plan import SentenceMark, build_plan
from reader.ui.tagediting import _heading_conflict
from reader.ui.tagpanel import TagPanel

_RESPELLED = LinkNote(NAMES_DIFFER, "Pruitt", "Pruett")


def _dam_plan():
    return build_plan(compare(document_from_text(DAM_A), document_from_text(DAM_B)))


def _mark_opening(side_plan, words: str) -> SentenceMark:
    return next(m for m in side_plan.marks if side_plan.sentences[m.index].text.startswith(words))


def test_a_view_says_the_notes_it_is_handed_without_a_window_to_ask(qtbot):
    plan = _dam_plan()
    asked = []
    view = DocumentView(theme=Theme(), notes_on=lambda mark: asked.append(mark) or (_RESPELLED,))
    qtbot.addWidget(view)
    view.set_plan(plan.b)
    mark = _mark_opening(plan.b, "The dam's")
    assert "Names differ: “Pruett” here, “Pruitt” in A" in view.describe(mark).splitlines()
    assert asked == [mark]


def test_a_pane_hands_its_view_the_notes_callback(qtbot):
    plan = _dam_plan()
    holder = QWidget()
    qtbot.addWidget(holder)
    pane = SourcePane(side="a", theme=Theme(), notes_on=lambda mark: (_RESPELLED,), parent=holder)
    pane.view.set_plan(plan.a)
    described = pane.view.describe(_mark_opening(plan.a, "The dam's")).splitlines()
    assert "Names differ: “Pruitt” here, “Pruett” in B" in described


def test_a_view_handed_no_notes_says_none(qtbot):
    plan = _dam_plan()
    view = DocumentView(theme=Theme())
    qtbot.addWidget(view)
    view.set_plan(plan.a)
    assert "differ" not in view.describe(_mark_opening(plan.a, "The dam's"))


def _link_tip(window, monkeypatch, words: str) -> str:
    """The link bar's tooltip over the band of the link whose A sentence opens with ``words``."""
    window.linkbar.grab()
    sentences = window.plan.comparison.a_sentences
    [path] = [p for p, link in window.linkbar._painted if sentences[link.a].text.startswith(words)]
    shown = link_band_tips(window, path, monkeypatch)
    assert len(shown) == 1
    return shown[0]


@pytest.mark.parametrize("words, note", [
    ("The dam's", "Names differ: “Pruitt” in A, “Pruett” in B"),
    ("The failure", "Hedged only in A: “is thought to have been”"),
    ('"This was', "Said by different people: “the mayor” in A, “the governor” in B"),
])
def test_the_link_bar_tooltip_says_the_notes_on_the_link(dam_window, monkeypatch, words, note):
    lines = _link_tip(dam_window, monkeypatch, words).splitlines()
    assert lines[0].startswith(("Same claim — score", "Overlapping claim, details differ — score"))
    assert note in lines


def test_the_link_bar_tooltip_of_a_link_told_alike_has_no_note(open_window, tmp_path, monkeypatch):
    window = open_window(write_pair(tmp_path, DAM_A, DAM_A))
    assert len(_link_tip(window, monkeypatch, "The dam's").splitlines()) == 1


@pytest.mark.parametrize("ours, theirs", [("<5%", "7%"), ("R&D 3", "R&D 4"), ("5% <b>", "7%")])
def test_the_tags_panel_line_shows_conflicting_figures_as_written(qtbot, ours, theirs):
    comparison = compare(
        document_from_text("Report\n\nUnemployment in the region fell to 5% last year, the agency said.\n"),
        document_from_text("Report\n\nUnemployment in the region fell to 7% last year, the agency said.\n"))
    [link] = [link for link in comparison.links if link.numbers.claim_conflicts]
    [(a, b)] = link.numbers.conflict
    # Figures written with characters that are markup in rich text.
    written = replace(link, numbers=replace(link.numbers, conflict=((replace(a, surface=ours),
                                                                     replace(b, surface=theirs)),)))
    mark = SentenceMark(index=link.a, start=0, end=1, state="related", links=(written,), conflict=True)
    panel = TagPanel()
    qtbot.addWidget(panel)
    panel.show_current(None, f"Sentence in A: details differ{_heading_conflict(mark, 'a')}. Not tagged.")
    assert f"number conflict: “{ours}” here, “{theirs}” in B." in panel.current.plain()
