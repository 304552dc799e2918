"""Undoing an import in the window after its tag was edited here: an edit and its undo are no change
made since, and the book counts as written only what the store really took."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.core.document import load_document
from reader.core.store import TagStore
from reader.core.tags import new_tag, now_after
from reader.ui.tagging import TagBook


@pytest.fixture
def imported(qtbot, sources, tmp_path):
    """A book on a store whose one tag (note "") an import from tags.csv changed to "checked"; the
    messages the book sent, in order."""
    a, b = (load_document(path) for path in sources)
    store = TagStore(tmp_path / "tags.db")
    start = a.text.index("Oslo")
    stored = store.add(new_tag(a, start, start + 4, "corroborated", note=""), a)
    book = TagBook(store=store)
    book.show_documents(a, b)
    messages: list[str] = []
    book.out_of_sight.connect(messages.append)
    book.failed.connect(messages.append)
    newer = replace(stored, note="checked", modified=now_after(stored.modified))
    book.imported(store.merge_tags([newer], [a]).changes, "tags.csv")
    yield book, store, messages
    store.close()


def notes(store) -> list[str]:
    return [tag.note for tag in store.all_tags()]


def change_in_another_window(store, note: str) -> None:
    tag = store.all_tags()[0]
    store.update(replace(tag, note=note), unchanged_since=tag.modified)


def test_undoing_an_edit_and_then_the_import_puts_the_old_note_back(imported):
    book, store, messages = imported
    book.edit(store.all_tags()[0], note="checked twice")
    book.undo_stack.undo()  # the edit: "checked" again, written anew
    book.undo_stack.undo()  # the import
    assert notes(store) == [""]
    assert messages == []


def test_redoing_both_after_that_brings_back_the_import_and_the_edit(imported):
    book, store, messages = imported
    book.edit(store.all_tags()[0], note="checked twice")
    book.undo_stack.undo()
    book.undo_stack.undo()
    book.undo_stack.redo()
    assert notes(store) == ["checked"]
    book.undo_stack.redo()
    assert notes(store) == ["checked twice"]
    assert messages == []


def test_a_change_from_another_window_after_the_undone_edit_is_still_left_as_it_is(imported):
    book, store, messages = imported
    book.edit(store.all_tags()[0], note="checked twice")
    book.undo_stack.undo()
    change_in_another_window(store, "typed in another window")
    book.undo_stack.undo()
    assert notes(store) == ["typed in another window"]
    assert [m for m in messages if "changed since" in m] == [
        "Undone: import tags from tags.csv, except 1 tag changed since, left as it is."]


def test_a_tag_left_as_it_is_is_not_counted_as_written_by_the_undo(imported):
    book, store, messages = imported
    tag_id = store.all_tags()[0].id
    change_in_another_window(store, "typed in another window")
    elsewhere = store.all_tags()[0].modified
    imported_version = book.last_written(tag_id, "")
    book.undo_stack.undo()
    assert notes(store) == ["typed in another window"]
    # The book still expects the version it wrote itself, not the old one the undo never wrote.
    assert book.last_written(tag_id, "") == imported_version != elsewhere


def test_an_undo_the_store_refused_writes_nothing_and_redo_then_names_no_change_made_since(imported):
    book, store, messages = imported
    tag_id = store.all_tags()[0].id
    imported_version = book.last_written(tag_id, "")
    store.read_only = True
    book.undo_stack.undo()
    store.read_only = False
    assert notes(store) == ["checked"]
    assert book.last_written(tag_id, "") == imported_version
    book.undo_stack.redo()
    assert notes(store) == ["checked"]
    assert not [m for m in messages if "changed since" in m]
