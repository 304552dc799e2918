"""Tags and start-up in the window: an import is one step to undo, X and Export say when there is
nothing to act on (or export), a missing first file keeps the second, and a pair that links no sentence is
offered no suggested tags (offscreen)."""

from __future__ import annotations

import csv

from PySide6.QtWidgets import QFileDialog

from written_files import write_pair


def answer_open(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def answer_save(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "CSV (*.csv)"))


def tag_first_linked_sentence(window, kind: str = "corroborated"):
    view = window.pane_a.view
    mark = next(m for m in view.plan.marks if m.state in ("equivalent", "related"))
    view.move_to(mark.start)
    window.tag_current(kind)
    return mark


def exported_then_edited(window, monkeypatch, tmp_path, edit) -> str:
    """Export the tags to CSV, change the first row with ``edit(row)`` as a spreadsheet would, save it."""
    path = tmp_path / "tags.csv"
    answer_save(monkeypatch, path)
    window.export_action.trigger()
    with open(path, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    edit(rows[0])
    with open(path, "w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return str(path)


def notes_in_a(window) -> list[tuple[str, str, str]]:
    return [(tag.kind, tag.status, tag.note) for tag in window.book.tags["a"]]


def test_an_import_is_one_step_that_undo_takes_back_and_redo_puts_back(open_window, tmp_path, monkeypatch):
    window = open_window()
    tag_first_linked_sentence(window)
    path = exported_then_edited(window, monkeypatch, tmp_path, lambda row: row.update(note="checked with coastguard"))
    answer_open(monkeypatch, path)
    window.import_action.trigger()
    window.error_box.close()
    assert notes_in_a(window) == [("corroborated", "anchored", "checked with coastguard")]
    assert window.undo_action.text() == "&Undo Import tags from tags.csv"

    window.undo_action.trigger()  # the import: the tag as it was before, not gone
    assert notes_in_a(window) == [("corroborated", "anchored", "")]
    window.undo_action.trigger()  # the tag itself
    assert notes_in_a(window) == []
    window.redo_action.trigger()
    window.redo_action.trigger()  # the import again: the colleague's note is back
    assert notes_in_a(window) == [("corroborated", "anchored", "checked with coastguard")]
    assert [tag.note for tag in window.book.store.all_tags()] == ["checked with coastguard"]


def test_undoing_an_import_leaves_a_note_edited_since_as_it_is_and_says_so(open_window, tmp_path, monkeypatch):
    window = open_window()
    tag_first_linked_sentence(window)
    path = exported_then_edited(window, monkeypatch, tmp_path, lambda row: row.update(note="from the file"))
    answer_open(monkeypatch, path)
    window.import_action.trigger()
    window.error_box.close()
    # Changed after the import by another window on the same store: not this window's step to undo.
    tag = window.book.store.all_tags()[0]
    window.book.store.update(tag.__class__(**{**tag.__dict__, "note": "typed in another window"}),
                             unchanged_since=tag.modified)
    window.book.refresh()
    window.undo_action.trigger()
    assert [tag.note for tag in window.book.store.all_tags()] == ["typed in another window"]
    assert "changed since" in window.statusBar().currentMessage()


def test_an_import_whose_quote_was_retyped_keeps_the_anchored_tag(open_window, tmp_path, monkeypatch):
    """A figure retyped in the quote cell ("4,200" as "4200") must not put an orphaned copy over a tag
    whose words are still in the article; the row's note is taken."""
    window = open_window()
    mark = tag_first_linked_sentence(window)
    quote = window.book.tags["a"][0].passage.anchor.quote
    last_word = quote.split()[-1]

    def retype(row):
        row.update(note="checked", quote=row["quote"].replace(last_word, last_word.upper() + "X"))

    path = exported_then_edited(window, monkeypatch, tmp_path, retype)
    answer_open(monkeypatch, path)
    window.import_action.trigger()
    assert "the stored tag keeps its passage" in window.error_box.text()
    window.error_box.close()
    assert notes_in_a(window) == [("corroborated", "anchored", "checked")]
    assert window.book.tags["a"][0].passage.anchor.quote == quote
    assert window._tag_here("a") is not None and mark.start <= window.book.tags["a"][0].passage.anchor.start
    assert "orphaned" not in window.status.text()


def test_x_on_an_untagged_sentence_says_there_is_no_tag_to_clear(open_window):
    window = open_window()
    view = window.pane_a.view
    view.move_to(next(m for m in view.plan.marks if m.state != "heading").start)
    window.clear_action.trigger()
    assert window.statusBar().currentMessage() == "No tag here to clear."


def test_exporting_with_no_tags_says_there_are_none_yet(open_window, tmp_path, monkeypatch):
    window = open_window()
    answer_save(monkeypatch, tmp_path / "none.csv")
    window.export_action.trigger()
    assert window.statusBar().currentMessage().startswith("There are no tags to export yet")
    assert not (tmp_path / "none.csv").exists()


def test_a_missing_first_file_at_start_up_still_shows_the_second(qtbot, tmp_path, monkeypatch, seeds):
    from reader.ui import app as appmod

    second = str(seeds[1])
    shown = []

    made = appmod.create_window

    def create_window(*args, **kwargs):
        shown.append(made(*args, **kwargs))
        qtbot.addWidget(shown[-1])
        return shown[-1]

    class Running:
        """The application, whose event loop runs until the window has settled on what it shows."""

        def exec(self):
            window = shown[-1]
            qtbot.waitUntil(lambda: window.plan is not None and not window.busy and window.error_box is not None,
                            timeout=20000)
            return 0

    appmod.application()
    monkeypatch.setattr(appmod, "application", Running)
    monkeypatch.setattr(appmod, "create_window", create_window)
    assert appmod.main([str(tmp_path / "nothere.txt"), second]) == 0
    window = shown[0]
    assert window.plan.comparison.b.path == second
    assert "Only article A could not be opened" in window.error_box.text()
    assert "nothere.txt" in window.error_box.text()


def unrelated_pair(tmp_path):
    return write_pair(
        tmp_path,
        "Storm batters coast\n\nA powerful storm hit the northern coast on Monday, police said. Three fishing "
        "boats sank in the harbour at Kirkwall. The coastguard rescued eleven crew members overnight.\n",
        "Council approves budget\n\nThe city council approved a budget of 4.2 billion euros on Tuesday. "
        "Spending on schools rises by six per cent. The opposition voted against the plan after a long debate.\n")


def test_a_pair_that_links_no_sentence_is_offered_no_suggested_tags(open_window, tmp_path, qtbot):
    window = open_window(unrelated_pair(tmp_path))
    assert not window.plan.comparison.links
    assert "No tags are suggested" in window.warning_bar.text()
    view = window.pane_b.view
    assert not view.show_suggestions
    body = next(m for m in view.plan.marks if m.state == "unmatched")
    assert body.suggestion is None  # the engine suggests nothing for a pair that shares no sentence
    window._set_active("b")
    view.move_to(body.start)
    window.accept_action.trigger()
    assert window.book.store.all_tags() == []
    assert window.statusBar().currentMessage().startswith("No tags are suggested")
    assert "Suggested" not in window.tag_panel.current.plain()


def test_a_pair_that_links_sentences_still_offers_suggested_tags(open_window):
    window = open_window()
    assert window.pane_a.view.show_suggestions and window.pane_b.view.show_suggestions
    assert "No tags are suggested" not in window.warning_bar.text()


def test_a_pair_of_two_stories_with_one_stray_link_is_offered_no_suggested_tags(open_window, tmp_path):
    condolence = "Our thoughts are with the families of those affected, the company said in a statement."
    window = open_window(write_pair(
        tmp_path,
        "Train derails near Halden\n\nA regional train left the tracks near Halden on Tuesday morning.\n\n"
        "Fourteen passengers were taken to hospital with minor injuries.\n\n"
        f"The line will stay closed until Friday while investigators examine the track.\n\n{condolence}\n",
        "Avalanche buries skiers\n\nAn avalanche buried five skiers above Val Riand on Sunday.\n\n"
        "Rescuers dug out three of them alive within an hour.\n\n"
        f"The resort had warned of a high risk after two days of heavy snow.\n\n{condolence}\n"))
    assert len(window.plan.comparison.links) == 1  # the stock phrase
    assert "No tags are suggested" in window.warning_bar.text()
    assert not window.pane_a.view.show_suggestions and not window.pane_b.view.show_suggestions
