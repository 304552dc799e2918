"""An import's changes, as the store reports them, can be put back and written again: what undoing
and redoing an import in the window rely on."""

from __future__ import annotations

from dataclasses import replace

from reader.core.document import load_document
from reader.core.store import TagStore
from reader.core.tags import new_tag


def stored_tag(store, document, note=""):
    start = document.text.index("Oslo")
    return store.add(new_tag(document, start, start + 4, "corroborated", note=note), document)


def edited_copy(tag, note):
    return replace(tag, note=note)  # the same modified time: an edit made in the file


def test_an_import_reports_each_tag_it_wrote_with_the_version_it_replaced(sources, tmp_path):
    document = load_document(sources[0])
    with TagStore(tmp_path / "tags.db") as store:
        before = stored_tag(store, document)
        start = document.text.index("Medvedev")
        added = new_tag(document, start, start + 8, "disputed")
        counts = store.merge_tags([edited_copy(before, "checked"), added], [document])
        assert [(old and old.note, new.note) for old, new in counts.changes] == [("", "checked"), (None, "")]


def test_putting_back_an_import_restores_the_old_versions_and_redoing_it_writes_it_again(sources, tmp_path):
    document = load_document(sources[0])
    with TagStore(tmp_path / "tags.db") as store:
        before = stored_tag(store, document)
        start = document.text.index("Medvedev")
        changes = store.merge_tags([edited_copy(before, "checked"), new_tag(document, start, start + 8, "disputed")],
                                   [document]).changes
        assert store.put_back([(new, old) for old, new in changes]) == 0
        assert [(tag.id, tag.note) for tag in store.all_tags()] == [(before.id, "")]
        assert store.put_back(changes) == 0
        assert sorted(tag.note for tag in store.all_tags()) == ["", "checked"]


def test_a_tag_changed_since_the_import_is_left_as_it_is(sources, tmp_path):
    document = load_document(sources[0])
    with TagStore(tmp_path / "tags.db") as store:
        before = stored_tag(store, document)
        (old, new), = store.merge_tags([edited_copy(before, "checked")], [document]).changes
        store.update(replace(new, note="changed later"), unchanged_since=new.modified)
        assert store.put_back([(new, old)]) == 1
        assert [tag.note for tag in store.all_tags()] == ["changed later"]
