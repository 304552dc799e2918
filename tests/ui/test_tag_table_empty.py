"""The tag list says how to make a tag while it has none, and that the filter hides them when it does; with a
row to show it says nothing over it (offscreen)."""

from __future__ import annotations

from test_panel_and_wording import tag_sentences


def test_an_empty_tag_list_says_how_to_tag(open_window):
    window = open_window(remember=False)
    assert window.tag_panel.model.rowCount() == 0
    said = window.tag_panel.model.empty_text()
    assert said.startswith("No tags yet.") and "Enter accepts" in said


def test_a_tag_list_with_rows_says_nothing_over_them_and_its_filter_says_what_it_hides(open_window):
    window = open_window(remember=False)
    tag_sentences(window, 1)  # disputed
    panel = window.tag_panel
    assert panel.model.rowCount() == 1 and panel.model.empty_text() == ""
    panel.filter.setCurrentIndex(panel.filter.findData("corroborated"))
    assert panel.model.rowCount() == 0
    assert panel.model.empty_text() == "No tags of this kind on these two articles."
