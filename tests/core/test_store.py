"""The SQLite tag store: persistence, re-anchoring, snapshots, migrations, corruption, concurrency."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from reader.core import store as store_module
from reader.core.document import document_from_text, load_document
from reader.core.errors import TagChangedElsewhere, TagError
from reader.core.sentences import document_sentences
from reader.core.store import SCHEMA_VERSION, TagStore
from reader.core.tags import Tag, new_tag

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def article(tmp_path, seeds) -> Path:
    """A private copy of seed 000 that tests may edit."""
    path = tmp_path / "article.txt"
    path.write_bytes(seeds[0].read_bytes())
    return path


def tag_on(document, quote, kind="corroborated", occurrence=0, **kw) -> Tag:
    start = -1
    for _ in range(occurrence + 1):
        start = document.text.index(quote, start + 1)
    return new_tag(document, start, start + len(quote), kind, **kw)


def test_default_location_honours_parallax_data_dir(private_data_dir):
    with TagStore() as store:
        assert store.path == private_data_dir / "tags.sqlite3"
    assert (private_data_dir / "tags.sqlite3").is_file()


def test_creates_missing_folders(tmp_path):
    with TagStore(tmp_path / "a" / "b" / "tags.sqlite3") as store:
        assert store.all_tags() == []


def test_wal_mode_busy_timeout_and_schema_version(tmp_path):
    path = tmp_path / "tags.sqlite3"
    TagStore(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    with TagStore(path) as store:
        assert store._conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_add_get_update_delete(article):
    doc = load_document(article)
    with TagStore() as store:
        tag = store.add(tag_on(doc, "Andrei Medvedev", note="named in both"), document=doc)
        assert store.get(tag.id) == tag
        changed = store.update(dataclasses.replace(tag, kind="disputed", note="only his own word"))
        assert changed.modified >= tag.modified and changed.created == tag.created
        assert store.get(tag.id).note == "only his own word"
        with pytest.raises(TagError, match="already exists"):
            store.add(tag)
        store.delete(tag.id)
        assert store.get(tag.id) is None
        with pytest.raises(TagError, match="no longer exists"):
            store.update(tag)
    with TagStore() as store:  # and it is all on disk
        assert store.all_tags() == []


def test_an_update_made_on_an_older_copy_is_refused(article):
    doc = load_document(article)
    with TagStore() as store:
        shown = store.add(tag_on(doc, "Andrei Medvedev"), document=doc)  # what a window shows
        elsewhere = store.update(dataclasses.replace(shown, note="checked with NRK"))  # another window
        with pytest.raises(TagChangedElsewhere, match="changed elsewhere"):
            store.update(dataclasses.replace(shown, kind="disputed"), unchanged_since=shown.modified)
        assert (store.get(shown.id).kind, store.get(shown.id).note) == ("corroborated", "checked with NRK")
        saved = store.update(dataclasses.replace(elsewhere, kind="disputed"), unchanged_since=elsewhere.modified)
        assert (saved.kind, saved.note) == ("disputed", "checked with NRK")

def test_tags_and_partners_survive_reopening(seeds):
    a, b = load_document(seeds[0]), load_document(seeds[1])
    partner = tag_on(b, "Medvedev").passage
    tag = tag_on(a, "Andrei Medvedev", "disputed", note='He said "no", twice\nthen left', partners=[partner])
    with TagStore() as store:
        store.add(tag, document=a)
    with TagStore() as store:
        assert store.all_tags() == [tag]
        [info] = store.sources()
        assert (info.path, info.tags, info.orphaned, info.exists, info.has_snapshot) == (
            str(seeds[0].resolve()), 1, 0, True, True)


def test_tags_for_reanchors_and_persists(article):
    doc = load_document(article)
    with TagStore() as store:
        store.tags_for(doc)  # what the window does on opening a file
        kept = store.add(tag_on(doc, "Mr Prigozhin", occurrence=2))
        lost = store.add(tag_on(doc, "climbing through barbed-wire fences", "single-source"))
        assert {t.id for t in store.tags_for(doc)} == {kept.id, lost.id}

    insert = "UPDATE: Mr Prigozhin's spokeswoman later added a comment.\n\n"
    article.write_text(insert + doc.text.replace("climbing through barbed-wire fences, ", ""), encoding="utf-8")
    edited = load_document(article)
    with TagStore() as store:
        tags = {t.id: t for t in store.tags_for(edited)}
        moved = tags[kept.id].passage.anchor
        third = [i for i in range(len(edited.text)) if edited.text.startswith("Mr Prigozhin", i)][3]
        assert edited.text.count("Mr Prigozhin") == 4  # one more in the inserted paragraph
        assert (moved.start, moved.end) == (third, third + len("Mr Prigozhin"))  # still the old third one
        assert tags[lost.id].status == "orphaned"
        assert tags[lost.id].passage.anchor == lost.passage.anchor  # old quote kept, not dropped
    with TagStore() as store:  # persisted
        assert store.get(lost.id).status == "orphaned"
        assert store.get(kept.id).passage.anchor == moved
        # Both versions of the text are kept: the new one for the anchored tag,
        # the old one for what the orphan was anchored to.
        assert store.snapshot(edited.sha256) == edited.text
        assert store.snapshot(doc.sha256) == doc.text

    article.write_bytes(doc.text.encode("utf-8"))  # the edit is undone
    with TagStore() as store:
        assert {t.status for t in store.tags_for(load_document(article))} == {"anchored"}


def test_snapshot_keeps_tags_readable_when_the_file_is_gone(article):
    doc = load_document(article)
    with TagStore() as store:
        tag = store.add(tag_on(doc, "Andrei Medvedev"), document=doc)
    article.unlink()
    with TagStore() as store:
        offline = store.source_document(str(article))
        assert offline.text == doc.text and offline.title == doc.title
        a = store.get(tag.id).passage.anchor
        assert offline.text[a.start:a.end] == "Andrei Medvedev"
        assert store.sources()[0].exists is False


def test_snapshot_keeps_the_format_and_the_markups_headings(tmp_path):
    """Read offline, a Markdown source splits as the file did: its "# " lines and its table's
    column names stay headings, and the table's rows stay the story's."""
    page = tmp_path / "report.md"
    page.write_text("# Commander flees to Norway\n\nHe crossed the border in January.\n\n"
                    "| Border post | Crossed on |\n|---|---|\n| Pasvik valley | 13 January 2023 |\n\n"
                    "## What happens next?\n\nThe police will decide on his asylum claim.\n", encoding="utf-8")
    doc = load_document(page)
    assert doc.format == "md" and [doc.text[start:end] for start, end in doc.headings] == [
        "Commander flees to Norway", "Border post  Crossed on", "What happens next?"]
    with TagStore() as store:
        store.add(tag_on(doc, "crossed the border"), document=doc)
    page.unlink()
    with TagStore() as store:
        offline = store.source_document(str(page))
    assert (offline.text, offline.format, offline.headings) == (doc.text, "md", doc.headings)
    assert document_sentences(offline) == document_sentences(doc)
    row = next(s for s in document_sentences(offline) if s.text.startswith("Pasvik valley"))
    assert row.kind == "body"


def test_tags_follow_a_moved_file(article, tmp_path):
    doc = load_document(article)
    with TagStore() as store:
        tag = store.add(tag_on(doc, "Andrei Medvedev"), document=doc)
    new_home = tmp_path / "archive" / "renamed.txt"
    new_home.parent.mkdir()
    article.rename(new_home)
    with TagStore() as store:
        [found] = store.tags_for(load_document(new_home))
        assert found.id == tag.id and found.source == str(new_home.resolve())
        assert store.get(tag.id).source == str(new_home.resolve())


def test_a_copy_does_not_steal_the_originals_tags(article, tmp_path):
    doc = load_document(article)
    with TagStore() as store:
        store.add(tag_on(doc, "Andrei Medvedev"), document=doc)
    copy = tmp_path / "copy.txt"
    copy.write_bytes(article.read_bytes())
    with TagStore() as store:
        assert store.tags_for(load_document(copy)) == []
        assert len(store.tags_for(doc)) == 1


def test_pasted_text_tags_are_found_by_content():
    doc = document_from_text("Officials said 40 people died in the flood.", title="Pasted")
    with TagStore() as store:
        tag = store.add(tag_on(doc, "40 people"), document=doc)
        assert store.tags_for(doc) == [tag]
        assert store.tags_for(document_from_text("Other text entirely.")) == []


def test_reanchoring_does_not_undo_a_note_edited_in_another_window(article):
    doc = load_document(article)
    with TagStore() as first, TagStore() as second:
        tag = first.add(tag_on(doc, "Mr Prigozhin", occurrence=1), document=doc)
        article.write_text("New first line.\n\n" + doc.text, encoding="utf-8")
        second.update(dataclasses.replace(tag, note="edited elsewhere"))
        first.tags_for(load_document(article))
        assert first.get(tag.id).note == "edited elsewhere"


def test_import_is_idempotent(article):
    doc = load_document(article)
    tags = [tag_on(doc, "Andrei Medvedev"), tag_on(doc, "Mr Prigozhin", "disputed", occurrence=2)]
    with TagStore() as store:
        assert store.import_tags(tags, [doc]) == 2
        assert store.import_tags(tags, [doc]) == 0
        # Same judgement under another id (e.g. made in the window): not a duplicate either.
        assert store.import_tags([dataclasses.replace(tags[0], id="other-id")]) == 0
        newer = dataclasses.replace(tags[0], note="revised", modified="2999-01-01T00:00:00.000Z")
        assert store.import_tags([newer]) == 0
        assert store.get(tags[0].id).note == "revised"
        assert len(store.all_tags()) == 2


def test_import_is_all_or_nothing(article):
    doc = load_document(article)
    good = tag_on(doc, "Andrei Medvedev")
    bad = dataclasses.replace(tag_on(doc, "Mr Prigozhin"), kind="maybe")  # bypasses validation
    with TagStore() as store:
        with pytest.raises(TagError):
            store.import_tags([good, bad])
        assert store.all_tags() == []


# --- schema and migrations ------------------------------------------------------


def first_release_store(path: Path, article: Path, *statements: str) -> Path:
    """A tag store as release 1 wrote it (schema version 1, built by hand), with one tag on
    ``article`` and any more rows ``statements`` insert."""
    conn = sqlite3.connect(path)
    for statement in store_module.MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute(
        "INSERT INTO tags VALUES ('t1', ?, 'Title', 'Andrei Medvedev', '', '', 54, 69, 'sha', 'corroborated', "
        "'', '[]', 'ana', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', 'anchored', 'fp')",
        (str(article.resolve()),))
    for statement in statements:
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    return path


def test_store_of_the_first_release_opens(tmp_path, article):
    """A file as release 1 wrote it opens and keeps its tags."""
    path = first_release_store(tmp_path / "tags.sqlite3", article)
    with TagStore(path) as store:
        assert store.get("t1").passage.anchor.quote == "Andrei Medvedev"
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_snapshot_of_the_first_release_reads_as_plain_text(tmp_path, article):
    """A snapshot saved before formats were kept comes back as text without headings."""
    path = first_release_store(
        tmp_path / "tags.sqlite3", article,
        "INSERT INTO snapshots VALUES ('sha', 'Title', 'Andrei Medvedev fled.', '2024-01-01T00:00:00.000Z')")
    with TagStore(path) as store:
        offline = store.source_document(str(article))
    assert (offline.text, offline.format, offline.headings) == ("Andrei Medvedev fled.", "txt", ())


def test_migrations_run_in_order_inside_one_transaction(tmp_path, monkeypatch):
    applied = []

    def step_two(conn):
        applied.append(conn.in_transaction)
        conn.execute("ALTER TABLE tags ADD COLUMN colour TEXT NOT NULL DEFAULT ''")

    newest = len(store_module.MIGRATIONS) + 1
    monkeypatch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS + [step_two])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", newest)
    path = tmp_path / "tags.sqlite3"
    TagStore(path).close()
    assert applied == [True]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == newest
    assert "colour" in [row[1] for row in conn.execute("PRAGMA table_info(tags)")]
    conn.close()


def test_a_store_from_a_newer_version_is_refused_not_destroyed(tmp_path):
    path = tmp_path / "tags.sqlite3"
    TagStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(TagError, match="newer Parallax"):
        TagStore(path)
    assert path.exists() and not list(tmp_path.glob("*.broken-*"))


# --- corrupt or unreadable files ----------------------------------------------


def backups(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("tags.sqlite3.broken-*") if not p.name.endswith(("-wal", "-shm")))


def test_garbage_file_is_moved_aside_with_a_notice(private_data_dir, article):
    path = private_data_dir / "tags.sqlite3"
    path.write_bytes(b"this is not a database, it is a shopping list\n" * 100)
    store = TagStore()
    [backup] = backups(private_data_dir)
    assert backup.read_bytes().startswith(b"this is not a database")
    assert store.notice and str(backup) in store.notice and "new, empty" in store.notice
    doc = load_document(article)
    store.add(tag_on(doc, "Andrei Medvedev"), document=doc)  # the next action works
    store.close()
    with TagStore() as again:
        assert again.notice is None and len(again.all_tags()) == 1


def test_damaged_pages_are_detected_on_open(private_data_dir, article):
    doc = load_document(article)
    with TagStore() as store:
        for i in range(200):
            store.add(tag_on(doc, "Andrei Medvedev", note=f"note {i} " + "x" * 300))
    path = private_data_dir / "tags.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 3:page * 6] = os.urandom(page * 3)  # scribble over pages 4-6, keep the header
    path.write_bytes(bytes(data))
    with TagStore() as store:
        [backup] = backups(private_data_dir)
        assert store.notice and str(backup) in store.notice
        # Pages 4-6 hold the indexes, not the tags table: every tag is carried over.
        assert "all 200 of its tags were recovered" in store.notice
        assert len(store.all_tags()) == 200


def test_corruption_found_mid_session_does_not_crash_the_next_action(private_data_dir, article):
    doc = load_document(article)
    store = TagStore()
    store.add(tag_on(doc, "Andrei Medvedev"), document=doc)
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = private_data_dir / "tags.sqlite3"
    with open(path, "r+b") as f:  # overwrite in place, under the open connection
        f.write(b"garbage!" * 4096)

    class CorruptOnNextUse:
        # SQLite may still serve the old pages from its cache; make the next
        # statement see what a real read of the damaged file would report.
        def __init__(self, conn):
            self.conn = conn

        def execute(self, *args):
            raise sqlite3.DatabaseError("database disk image is malformed")

        def close(self):
            self.conn.close()

    store._conn = CorruptOnNextUse(store._conn)
    tag = store.add(tag_on(doc, "Mr Prigozhin"))
    assert store.notice and "moved to" in store.notice
    assert store.get(tag.id) == tag
    store.close()


def test_unreadable_path_is_moved_aside(private_data_dir):
    (private_data_dir / "tags.sqlite3").mkdir()  # a folder where the file should be
    with TagStore() as store:
        assert store.notice and store.all_tags() == []
    assert len(backups(private_data_dir)) == 1


# --- two writers ---------------------------------------------------------------

WRITER = textwrap.dedent("""
    import os, sys, time
    from reader.core.document import load_document
    from reader.core.store import TagStore
    from reader.core.tags import new_tag
    doc = load_document(sys.argv[1])
    store = TagStore()
    while not os.path.exists(sys.argv[3]):  # start writing together
        time.sleep(0.001)
    for i in range(50):
        start = (i * 37 + int(sys.argv[2])) % (len(doc.text) - 20)
        store.add(new_tag(doc, start, start + 12, "corroborated", note=f"writer {sys.argv[2]} tag {i}"), document=doc)
    store.close()
""")


def test_two_processes_writing_at_once_both_succeed(article, private_data_dir, tmp_path):
    env = {**os.environ, "PARALLAX_DATA_DIR": str(private_data_dir)}
    go = tmp_path / "go"
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(article), str(n), str(go)], cwd=ROOT, env=env,
                                stderr=subprocess.PIPE, text=True) for n in (1, 2)]
    time.sleep(0.5)
    go.touch()
    errors = [w.communicate(timeout=120)[1] for w in writers]
    assert [w.returncode for w in writers] == [0, 0], errors
    with TagStore() as store:
        notes = [t.note for t in store.all_tags()]
    assert len(notes) == 100 and len(set(notes)) == 100


def test_opening_the_store_does_not_wait_for_another_writer(tmp_path, monkeypatch):
    """A window started while `parallax tags import` writes must open at once, not after the
    busy timeout (the open checks that it may write, without waiting for the lock)."""
    path = tmp_path / "tags.sqlite3"
    TagStore(path).close()
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 20.0)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another process in the middle of an import
    try:
        started = time.monotonic()
        with TagStore(path) as store:
            assert store.all_tags() == [] and not store.read_only
        assert time.monotonic() - started < 10  # far below the timeout, on any machine
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_changed_elsewhere_tells_another_connections_commits_from_its_own(article):
    doc = load_document(article)
    with TagStore() as store, TagStore() as other:
        store.changed_elsewhere()  # the version seen so far
        store.add(tag_on(doc, "Andrei Medvedev"), document=doc)
        assert not store.changed_elsewhere()  # its own write
        other.add(tag_on(doc, "Norway"), document=doc)
        assert store.changed_elsewhere()  # a second window's
        assert not store.changed_elsewhere()  # and only once


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_pasted_texts_tagged_in_one_millisecond_come_back_newest_first(tmp_path, order):
    texts = [document_from_text("Flood hits town\n\nAbout 4,000 people left their homes on Tuesday."),
             document_from_text("Storm\n\nThe river rose to 6.5 metres overnight.")]
    quotes = ["4,000 people", "6.5 metres"]
    one_moment = "2026-11-23T10:00:00.000Z"
    with TagStore(tmp_path / "tags.sqlite3") as store:
        for k in order:
            tag = dataclasses.replace(tag_on(texts[k], quotes[k]), created=one_moment, modified=one_moment)
            store.add(tag, texts[k])
        assert [d.sha256 for d in store.pasted_documents()] == [texts[k].sha256 for k in reversed(order)]


def test_pasted_texts_with_tags_are_kept_to_be_shown_again(tmp_path, article):
    """Pasted text has no file: the texts that carry tags come back from the store, newest first,
    as they were pasted (format and headings too); a pasted text whose tags are gone does not."""
    first = document_from_text("Flood hits town\n\nAbout 4,000 people left their homes on Tuesday.")
    second = dataclasses.replace(document_from_text("# Storm\n\nThe river rose to 6.5 metres overnight."),
                                 format="md", headings=((0, 7),))
    untagged = document_from_text("A third text, pasted and never tagged.")
    on_file = load_document(article)
    with TagStore(tmp_path / "tags.sqlite3") as store:
        store.add(tag_on(first, "4,000 people"), first)
        store.add(tag_on(on_file, "Medvedev"), on_file)
        store.remember(untagged)
        cleared = tag_on(second, "6.5 metres", "disputed")
        store.add(cleared, second)
        assert [d.sha256 for d in store.pasted_documents()] == [second.sha256, first.sha256]
        assert store.pasted_documents()[0] == second
        store.delete(cleared.id)
    with TagStore(tmp_path / "tags.sqlite3") as store:
        assert store.pasted_documents() == [first]
