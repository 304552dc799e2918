"""A tag store that cannot be written, or is damaged in part, must not lose the user's tags from view.

QA pass 7, findings 2 and 3: a healthy store that was merely read-only was moved aside and replaced
by an empty one, and a store damaged outside its tags table was replaced by an empty one although
every tag could still be read.
"""

from __future__ import annotations

import dataclasses
import errno
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from unprivileged import unprivileged

from reader.core import store as store_module
from reader.core.document import load_document
from reader.core.errors import TagError
from reader.core.store import TagStore
from reader.core.tags import new_tag

ROOT = Path(__file__).resolve().parents[2]
PAGE = 4096  # SQLite's default page size, which the store keeps


@pytest.fixture
def article(tmp_path, seeds) -> Path:
    path = tmp_path / "article.txt"
    path.write_bytes(seeds[0].read_bytes())
    return path


def make_store(path: Path, article: Path, notes: list[str], *, journal: str = "wal") -> list:
    """A closed store at ``path`` with one tag per note on ``article``, everything in the main file
    (no WAL left over), in ``journal`` mode: "delete" is how a copy restored from a backup or a
    synced folder often comes back.  Returns the tags as stored."""
    doc = load_document(article)
    quotes = ["Andrei Medvedev", "Mr Prigozhin", "barbed-wire fences"]
    with TagStore(path) as store:
        for k, note in enumerate(notes):
            start = doc.text.index(quotes[k % len(quotes)])
            store.add(new_tag(doc, start, start + len(quotes[k % len(quotes)]), "disputed", note=note), doc)
        tags = store.all_tags()
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if journal != "wal":
            store._conn.execute(f"PRAGMA journal_mode={journal}")
    return tags


def backups(folder: Path) -> list[Path]:
    return sorted(folder.glob("tags.sqlite3.broken-*"))


def damage_page(path: Path, page_number: int) -> None:
    """Scribble over the start of one page (numbered from 1), as the QA repro did."""
    with open(path, "r+b") as f:
        f.seek((page_number - 1) * PAGE)
        f.write(b"\x0d" + b"\xee" * 200)


def root_page(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        conn.close()


# --- read-only stores ---------------------------------------------------------


def sqlite_opens_read_only(monkeypatch) -> None:
    """From now on, make SQLite open the store read-only, as it does (without a word) for a file its user may not write.

    The tests run as root, whom ``chmod 444`` does not stop.  So a plain open of the store's path is
    given what SQLite itself falls back to for such a file: a connection it opened read-only, which
    refuses writes with SQLITE_READONLY even for root.  Everything after that is the store's real
    code path: ``PRAGMA journal_mode=WAL`` failing on a rollback-journal file, the write probe, the
    read-only connection and the refusals."""
    real_connect = sqlite3.connect

    def connect(database, *args, uri=False, **kwargs):
        if not uri and str(database).endswith("tags.sqlite3"):
            return real_connect(f"{Path(database).absolute().as_uri()}?mode=ro", *args, uri=True, **kwargs)
        return real_connect(database, *args, uri=uri, **kwargs)

    monkeypatch.setattr(store_module.sqlite3, "connect", connect)


def assert_readable_but_not_writable(store: TagStore, article: Path, tags: list) -> None:
    assert store.read_only is True
    assert "is read-only" in store.notice and "can be read" in store.notice
    assert store.all_tags() == tags
    doc = load_document(article)
    assert {t.id for t in store.tags_for(doc)} == {t.id for t in tags}  # what the window does on opening
    for write in (lambda: store.add(new_tag(doc, 0, 10, "corroborated"), doc),
                  lambda: store.update(dataclasses.replace(tags[0], note="changed")),
                  lambda: store.delete(tags[0].id),
                  lambda: store.merge_tags([dataclasses.replace(tags[0], id="another")])):
        with pytest.raises(TagError, match=r"is read-only \(.*\); your tags can be read but not changed"):
            write()


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_a_read_only_store_opens_for_reading_and_is_never_moved_aside(tmp_path, article, journal, monkeypatch):
    """In rollback-journal mode switching to WAL fails ("attempt to write a readonly database"),
    which used to count as unreadable; in WAL mode the store opened but nobody was told."""
    path = tmp_path / "tags.sqlite3"
    tags = make_store(path, article, ["n0", "n1", "n2"], journal=journal)
    before = path.read_bytes()
    sqlite_opens_read_only(monkeypatch)
    with TagStore(path) as store:
        assert_readable_but_not_writable(store, article, tags)
    assert path.read_bytes() == before and backups(tmp_path) == []


def test_a_store_that_turns_read_only_while_open_refuses_writes_clearly(tmp_path, article):
    """Its permissions change while a window has it open (simulated by swapping in a connection
    SQLite opened read-only): the next write says why, and the store stays where it is."""
    path = tmp_path / "tags.sqlite3"
    tags = make_store(path, article, ["n0"])
    store = TagStore(path)
    assert store.read_only is False and store.notice is None
    store._conn.close()
    store._conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, isolation_level=None)
    with pytest.raises(TagError, match="is read-only"):
        store.delete(tags[0].id)
    assert store.read_only is True and store.all_tags() == tags
    store.close()
    assert backups(tmp_path) == []


CHILD = """
import json, sys
from reader.core.errors import TagError
from reader.core.store import TagStore
try:
    store = TagStore(sys.argv[1])
except TagError as error:
    print(json.dumps({"error": str(error)}))
    raise SystemExit
result = {"read_only": store.read_only, "notice": store.notice, "tags": len(store.all_tags())}
try:
    store.delete(store.all_tags()[0].id)
except TagError as error:
    result["write"] = str(error)
print(json.dumps(result))
"""


@pytest.mark.parametrize("journal", ["delete", "wal"])
@pytest.mark.parametrize("what", ["file", "folder"])
def test_real_permissions_read_only_file_or_folder(shared_folder, article, what, journal):
    """The same with real permissions, in a child process run as a user they stop (nobody, when
    the tests run as root).  A read-only folder in WAL mode is the case SQLite cannot even read
    normally (it cannot create the -shm file): the store then reads the file as immutable."""
    prefix = unprivileged()
    folder = shared_folder / "data"
    folder.mkdir()
    path = folder / "tags.sqlite3"
    original = article.read_bytes()
    readable_article = shared_folder / "article.txt"
    readable_article.write_bytes(original)
    make_store(path, readable_article, ["n0", "n1", "n2"], journal=journal)
    before = path.read_bytes()
    if what == "file":
        path.chmod(0o444)
        folder.chmod(0o777)
    else:
        path.chmod(0o644)
        folder.chmod(0o555)
    child = subprocess.run([*prefix, sys.executable, "-c", CHILD, str(path)], cwd=ROOT,
                           capture_output=True, text=True, timeout=120, check=False)
    assert child.returncode == 0, child.stderr
    result = json.loads(child.stdout)
    assert (result.get("read_only"), result.get("tags")) == (True, 3), result
    reason = f"its folder {folder} is not writable" if what == "folder" else "the file is read-only"
    assert reason in result["notice"] and "can be read" in result["notice"]
    assert "is read-only" in result["write"] and reason in result["write"]
    assert path.read_bytes() == before and backups(folder) == []


def test_real_permissions_new_store_in_a_folder_that_is_not_writable(shared_folder):
    prefix = unprivileged()
    folder = shared_folder / "data"
    folder.mkdir()
    folder.chmod(0o555)
    child = subprocess.run([*prefix, sys.executable, "-c", CHILD, str(folder / "tags.sqlite3")], cwd=ROOT,
                           capture_output=True, text=True, timeout=120, check=False)
    assert child.returncode == 0, child.stderr
    assert json.loads(child.stdout)["error"] == (f"cannot create the tag store {folder / 'tags.sqlite3'}: its "
                                                 f"folder {folder} is not writable (check the folder's permissions)")


def test_a_damaged_store_in_a_folder_that_is_not_writable_says_the_folder_is_the_trouble(
        tmp_path, monkeypatch):
    """Root may rename anything, so the rename is made to fail as it does for a user who may not
    write the folder (EACCES); the message is then about the folder, not an "unreadable" store."""
    path = tmp_path / "tags.sqlite3"
    path.write_bytes(b"not a database at all\n" * 200)
    real_replace = os.replace

    def replace(source, target):
        if Path(source) == path:
            raise PermissionError(errno.EACCES, "Permission denied")
        real_replace(source, target)

    monkeypatch.setattr(store_module.os, "replace", replace)
    with pytest.raises(TagError, match=rf"its folder {tmp_path} is not writable \(check the folder's permissions\)"):
        TagStore(path)
    assert path.read_bytes().startswith(b"not a database") and backups(tmp_path) == []


# --- damaged stores: salvage before starting afresh ---------------------------------


def test_a_store_damaged_outside_its_tags_table_keeps_every_tag(tmp_path, article):
    """QA repro s6: the snapshots table's root page is damaged, the tags table is intact."""
    path = tmp_path / "tags.sqlite3"
    tags = make_store(path, article, ["n0", "n1", "n2"])
    damage_page(path, root_page(path, "snapshots"))
    damaged = path.read_bytes()
    with TagStore(path) as store:
        [backup] = backups(tmp_path)
        assert store.notice == (f"The tag store was damaged; all 3 of its tags were recovered into a new "
                                f"tag store. The damaged file was kept as {backup}.")
        assert store.all_tags() == tags
        assert store._conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    assert backup.read_bytes() == damaged  # kept exactly as found, for whoever tries to recover more
    with TagStore(path) as again:  # the recovered store is an ordinary one
        assert again.notice is None and again.all_tags() == tags


def test_a_damaged_page_of_the_tags_table_costs_only_the_tags_on_it(tmp_path, article):
    """Rows after the damaged page are still found, one by one, and so is the article's snapshot."""
    path = tmp_path / "tags.sqlite3"
    tags = make_store(path, article, [f"note {k:03} " + "x" * 300 for k in range(200)])
    page_of_note_100 = path.read_bytes().index(b"note 100 ") // PAGE + 1
    damage_page(path, page_of_note_100)
    with TagStore(path) as store:
        recovered = {t.id: t for t in store.all_tags()}
        assert 150 < len(recovered) < 200
        assert all(recovered[t.id] == t for t in tags if t.id in recovered)
        notes = {t.note[:8] for t in recovered.values()}
        assert "note 100" not in notes and {"note 000", "note 199"} <= notes
        assert f"; {len(recovered)} of its tags were recovered" in store.notice
        assert "some could not be read" in store.notice and "sent for recovery" in store.notice
        assert store.snapshot(tags[0].passage.anchor.source_sha256) == load_document(article).text


def test_a_store_with_no_readable_tags_says_the_damaged_file_can_be_sent_for_recovery(tmp_path, article):
    path = tmp_path / "tags.sqlite3"
    make_store(path, article, ["n0", "n1", "n2"])
    damage_page(path, root_page(path, "tags"))
    with TagStore(path) as store:
        [backup] = backups(tmp_path)
        assert store.all_tags() == []
        assert f"moved to {backup} and a new, empty tag store was started" in store.notice
        assert "keep that file, it can be sent for recovery" in store.notice


# --- damaged stores: the notice counts what the new store holds -----------------------


def spoil_rows(path: Path, notes: list[str], *, column: str, value: str) -> None:
    """Give the rows with these notes a value the store cannot take back: read fine from the damaged
    file, yet garbled (partners that are not JSON) or refused by the new store's checks (a kind
    no tag has).  The checks are switched off to write it, as damage never asks them."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.executemany(f"UPDATE tags SET {column} = ? WHERE note = ?", [(value, note) for note in notes])
        conn.commit()
    finally:
        conn.close()


@pytest.mark.parametrize("column, value", [("kind", "not a kind"), ("partners", "{not json")],
                         ids=["refused-by-the-new-store", "garbled"])
def test_a_tag_read_but_not_restored_is_counted_as_lost(tmp_path, article, column, value):
    """Review finding: the notice said "all 2 of its tags were recovered" when the store held 3 and
    one was skipped while restoring; it must count what the new store holds and say how many were lost."""
    path = tmp_path / "tags.sqlite3"
    tags = make_store(path, article, ["n0", "n1", "n2"])
    spoil_rows(path, ["n1"], column=column, value=value)
    damage_page(path, root_page(path, "snapshots"))
    with TagStore(path) as store:
        [backup] = backups(tmp_path)
        assert store.all_tags() == [t for t in tags if t.note != "n1"]
        assert store.notice == (
            f"The tag store was damaged; 2 of its 3 tags were recovered into a new tag store; 1 was too "
            f"damaged to recover and is lost. The damaged file was kept as {backup}: it can be sent for "
            f"recovery (sqlite3's .recover command may get more of it back).")


def test_a_store_whose_every_tag_is_refused_does_not_claim_it_held_none(tmp_path, article):
    """Every row was read but none could be written back: the store did hold tags, and they are lost."""
    path = tmp_path / "tags.sqlite3"
    make_store(path, article, ["n0", "n1"])
    spoil_rows(path, ["n0", "n1"], column="kind", value="not a kind")
    damage_page(path, root_page(path, "snapshots"))
    with TagStore(path) as store:
        [backup] = backups(tmp_path)
        assert store.all_tags() == []
        assert "It held no tags" not in store.notice
        assert store.notice.endswith(f"moved to {backup} and a new, empty tag store was started at {path}. "
                                     f"None of its 2 tags could be recovered; keep that file, it can be sent "
                                     f"for recovery (sqlite3's .recover command may get more of it back).")


def test_a_damaged_store_whose_tags_cannot_be_restored_says_where_it_was_kept(tmp_path, article, monkeypatch):
    """Review finding: when the new store could not take the rescued tags (a full disk, say), the
    error did not say that the damaged file, now the only copy of the tags, was moved, nor where."""
    path = tmp_path / "tags.sqlite3"
    make_store(path, article, ["n0", "n1"])
    damage_page(path, root_page(path, "snapshots"))
    damaged = path.read_bytes()

    def disk_full(*args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(TagStore, "_insert", disk_full)
    with pytest.raises(TagError) as raised:
        TagStore(path)
    [backup] = backups(tmp_path)
    assert str(raised.value) == (f"the tag store {path} was damaged and has been moved to {backup}, but a new "
                                 f"tag store could not be set up with the tags recovered from it (database or "
                                 f"disk is full); keep that file, your tags are in it")
    assert backup.read_bytes() == damaged


def test_a_damaged_store_with_no_tags_that_cannot_be_replaced_does_not_claim_tags_are_in_it(tmp_path, monkeypatch):
    path = tmp_path / "tags.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    real_connect = TagStore._connect
    connections = []

    def disk_full_once_moved(self):
        connections.append(1)
        if len(connections) == 1:
            return real_connect(self)  # finds the damage
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(TagStore, "_connect", disk_full_once_moved)
    with pytest.raises(TagError) as raised:
        TagStore(path)
    [backup] = backups(tmp_path)
    message = str(raised.value)
    assert f"has been moved to {backup}" in message and "could not be set up in its place" in message
    assert "your tags are in it" not in message


def a_journal_that_will_not_move(path: Path):
    """A stand-in for os.replace: the store at ``path`` moves, and then has a journal (-wal) that
    cannot be moved (a file system that refuses, a process holding it)."""
    real_replace = os.replace

    def replace(source, target):
        if str(source) == str(path):
            real_replace(source, target)
            Path(str(path) + "-wal").write_bytes(b"journal")
            return None
        if str(source).endswith("-wal"):
            raise OSError(errno.EBUSY, "Device or resource busy")
        return real_replace(source, target)

    return replace


def test_a_journal_that_cannot_be_moved_is_copied_beside_the_moved_store(tmp_path, article, monkeypatch):
    path = tmp_path / "tags.sqlite3"
    make_store(path, article, ["n0"])
    damage_page(path, root_page(path, "snapshots"))
    journal_stuck = a_journal_that_will_not_move(path)

    monkeypatch.setattr(store_module.os, "replace", journal_stuck)
    with TagStore(path) as store:
        assert store.notice
    [backup, journal] = backups(tmp_path)
    assert journal == Path(str(backup) + "-wal") and journal.read_bytes() == b"journal"


def test_a_journal_that_cannot_follow_the_moved_store_is_named_with_where_the_store_went(
        tmp_path, article, monkeypatch):
    path = tmp_path / "tags.sqlite3"
    make_store(path, article, ["n0"])
    damage_page(path, root_page(path, "snapshots"))
    journal_stuck = a_journal_that_will_not_move(path)

    monkeypatch.setattr(store_module.os, "replace", journal_stuck)
    monkeypatch.setattr(store_module.shutil, "copy2", journal_stuck)
    with pytest.raises(TagError) as raised:
        TagStore(path)
    [backup] = backups(tmp_path)
    assert f"it was moved to {backup}" in str(raised.value)
    assert "tags.sqlite3-wal could not be kept beside it" in str(raised.value)
    assert "somewhere safe before starting Parallax again" in str(raised.value)
