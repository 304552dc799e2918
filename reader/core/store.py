"""The tag store: one SQLite file, the only code that touches it.

Why it is built this way:

- **WAL mode and a busy timeout**: two windows (or a window and the CLI) can
  write at once; a writer waits for the other's transaction instead of failing.
- **One transaction per user action**, opened with ``BEGIN IMMEDIATE`` so the
  write lock is taken up front (a deferred transaction that upgrades from
  reading to writing can fail with "database is locked" whatever the timeout).
  An import is one transaction: a crash or ``kill -9`` leaves none or all of it.
- **Schema version** in ``PRAGMA user_version``; ``MIGRATIONS[i]`` takes a
  store from version ``i`` to ``i + 1``, each inside the same transaction as
  the version bump, so a store of any earlier release opens.
- **A corrupt or unreadable file is moved aside** to a timestamped backup and
  a fresh store is started, holding every tag (and its snapshots) that could
  still be read from the old one, row by row; :attr:`TagStore.notice` says
  how many and where the damaged file was kept, for the caller to show.  The
  user's action then goes on with the new store.
- **A healthy store that cannot be written** (read-only file or folder) is
  never moved aside: it opens read-only, :attr:`TagStore.read_only` is true,
  :attr:`TagStore.notice` says so, and every write raises one clear
  :class:`TagError`.
- **Snapshots**: the text of every source version a tag is anchored to is kept
  (keyed by sha256), so tags stay readable when the file moves or changes.
  The store learns a document's text from :meth:`TagStore.tags_for`,
  :meth:`TagStore.remember` or the ``document`` arguments.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable, Iterator

from reader import paths
from reader.core.errors import TagChangedElsewhere, TagError
from reader.core.model import Document
from reader.core.pathstate import is_file, may_exist
from reader.core.tags import (
    Anchor,
    MadeBeside,
    Passage,
    Tag,
    now_after,
    now_iso,
    reanchor,
    lost_letters,
    same_judgement,
    same_moment,
    same_wording,
    source_key,
    tag_fingerprint,
    has_half_character,
    whole_characters,
    with_whole_characters,
)

STORE_NAME = "tags.sqlite3"
BUSY_TIMEOUT_S = 30.0

_V1 = [
    """CREATE TABLE tags (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        source_title TEXT NOT NULL,
        quote TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        source_sha256 TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('corroborated', 'single-source', 'disputed')),
        note TEXT NOT NULL DEFAULT '',
        partners TEXT NOT NULL DEFAULT '[]',
        author TEXT NOT NULL,
        created TEXT NOT NULL,
        modified TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('anchored', 'orphaned')),
        fingerprint TEXT NOT NULL
    )""",
    "CREATE INDEX tags_by_source ON tags (source, start_offset)",
    "CREATE INDEX tags_by_sha256 ON tags (source_sha256)",
    "CREATE INDEX tags_by_fingerprint ON tags (fingerprint)",
    """CREATE TABLE snapshots (
        sha256 TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        saved TEXT NOT NULL
    )""",
]

# A snapshot keeps what reading the source needs besides its text: the file's format and
# where its markup put headings (a JSON list of [start, end]), so the offline copy is
# split and classified as the file was.  Snapshots of release 1 read as plain text.
_V2 = [
    "ALTER TABLE snapshots ADD COLUMN format TEXT NOT NULL DEFAULT 'txt'",
    "ALTER TABLE snapshots ADD COLUMN headings TEXT NOT NULL DEFAULT '[]'",
]

# A tag records the article it was made beside (a JSON object: source, title, sha256), so a
# single-source verdict, which names no partner passage, still says what it was reached against.
# "" for tags of release 2 and earlier: not recorded.
_V3 = ["ALTER TABLE tags ADD COLUMN beside TEXT NOT NULL DEFAULT ''"]

# MIGRATIONS[i] upgrades a store at schema version i to version i + 1.  Append
# only: never edit a step that has shipped.
MIGRATIONS: list[list[str] | Callable[[sqlite3.Connection], None]] = [_V1, _V2, _V3]
SCHEMA_VERSION = len(MIGRATIONS)

_TAG_COLUMNS = ("id, source, source_title, quote, prefix, suffix, start_offset, end_offset, "
                "source_sha256, kind, note, partners, author, created, modified, status, fingerprint, beside")


@dataclass(frozen=True)
class ImportCounts:
    """What an import did: tags added, stored tags replaced by a newer copy or by one edited
    in the file, rows left alone; ``kept``: the ids of tags whose copy in the file differs
    from the stored one but is not known to be newer, so the stored one stayed."""

    added: int
    updated: int
    unchanged: int
    edited: int = 0
    kept: tuple[str, ...] = ()
    kept_lossy: tuple[str, ...] = ()  # ids whose copy differs but lost letters as "?": never taken
    # Every tag written, as (the version it replaced, or None for a tag added; the version written):
    # what undoing the import puts back (see ``TagStore.put_back``).
    changes: tuple[tuple[Tag | None, Tag], ...] = ()


@dataclass(frozen=True)
class SourceInfo:
    """A source that has tags: where it was, what it was called, how its tags fare."""

    path: str
    title: str
    sha256: str  # of the newest version a tag is anchored to
    tags: int
    orphaned: int
    exists: bool  # the file is still at ``path``
    has_snapshot: bool


def default_path() -> Path:
    return paths.user_data_dir() / STORE_NAME


def _is_corruption(error: sqlite3.DatabaseError) -> bool:
    name = getattr(error, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return True
    message = str(error).lower()
    return "malformed" in message or "not a database" in message


def _is_busy(error: sqlite3.DatabaseError) -> bool:
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(error).lower()


def _is_read_only(error: sqlite3.DatabaseError) -> bool:
    """SQLITE_READONLY and its kinds: the file, its folder or the connection cannot be written."""
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith("SQLITE_READONLY") or "readonly database" in str(error).lower()


def _check_intact(conn: sqlite3.Connection) -> None:
    check = conn.execute("PRAGMA quick_check").fetchall()
    if check != [("ok",)]:
        # The first findings, for whoever tries to recover the file; the
        # "*** in database main ***" headings say nothing to the user.
        findings = [line for row in check for line in str(row[0]).splitlines() if not line.startswith("***")]
        raise sqlite3.DatabaseError("database disk image is malformed: " + "; ".join(findings[:3]))


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


# --- rescuing what a damaged store still holds ----------------------------------------

# Looking rows up one by one stops after this many rowids: a damaged page can claim any
# rowid, and a million lookups take a few seconds at most.
_MAX_PROBES = 1_000_000
# When not even the highest rowid can be read, how far past the last row found to look.
_PROBES_PAST_LAST = 10_000


@dataclass(frozen=True)
class _Rescued:
    """What could still be read from a damaged store."""

    tags: list[Tag]
    snapshots: list[tuple]  # (sha256, title, text, saved, format, headings) of the rescued tags' texts
    complete: bool  # every row of the tags table was read
    # Rows of the tags table that were read, garbled ones included: with ``complete``, how many
    # tags the store held, so the notice can say how many of them did not make it.
    found: int = 0


def _rescue(path: Path) -> _Rescued:
    """Every tag (and its snapshots) that can still be read from the store at ``path``.

    Read-only, so the damaged file stays exactly as it was for whoever tries to recover more."""
    nothing = _Rescued(tags=[], snapshots=[], complete=False)
    if not path.is_file():
        return nothing
    # Without a WAL file to read, immutable=1 reads the file alone and leaves no -wal or
    # -shm files beside it, as mode=ro would.
    parameter = "mode=ro" if _has_content(Path(f"{path}-wal")) else "immutable=1"
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?{parameter}", uri=True, timeout=1.0)
    except sqlite3.Error:
        return nothing
    try:
        rows, complete = _readable_rows(conn, "tags", _tag_columns(conn))
        tags = [tag for tag in map(_tag_or_none, rows) if tag is not None]
        columns = _snapshot_columns(conn)
        snapshots = _readable_rows(conn, "snapshots", columns)[0] if columns else []
    except sqlite3.Error:
        return nothing
    finally:
        conn.close()
    used = {tag.passage.anchor.source_sha256 for tag in tags}
    used.update(p.anchor.source_sha256 for tag in tags for p in tag.partners)
    return _Rescued(tags=tags, snapshots=[row for row in snapshots if row[0] in used], complete=complete,
                    found=len(rows))


def _readable_rows(conn: sqlite3.Connection, table: str, columns: str) -> tuple[list[tuple], bool]:
    """The rows of ``table`` that can still be read, and whether that is all of them.

    One scan reads them all unless a damaged page stops it.  Then every row is looked up by
    its rowid on its own, so a damaged page costs only the rows it held."""
    rows: dict[int, tuple] = {}
    try:
        for row in conn.execute(f"SELECT rowid, {columns} FROM {table}"):
            rows[row[0]] = row[1:]
        return list(rows.values()), True
    except sqlite3.DatabaseError:
        pass
    for rowid in _rowids_to_probe(conn, table, rows):
        if rowid in rows:
            continue
        try:
            row = conn.execute(f"SELECT {columns} FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            continue  # this row's page is damaged
        if row is not None:
            rows[rowid] = row
    return list(rows.values()), False


def _rowids_to_probe(conn: sqlite3.Connection, table: str, found: dict[int, tuple]) -> range:
    # Rowids count up from 1 as rows are added, so look up to the highest one; if even that
    # cannot be read, a good way past the last row found.
    try:
        highest = conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
    except sqlite3.DatabaseError:
        highest = max(found, default=0) + _PROBES_PAST_LAST
    return range(1, min(highest, _MAX_PROBES) + 1)


def _snapshot_columns(conn: sqlite3.Connection) -> str | None:
    """The snapshot columns to read; a store of release 1 has no format or headings yet."""
    try:
        names = {row[1] for row in conn.execute("PRAGMA table_info(snapshots)")}
    except sqlite3.DatabaseError:
        return None
    if not names:
        return None
    kept = "format, headings" if {"format", "headings"} <= names else "'txt', '[]'"
    return f"sha256, title, text, saved, {kept}"


def _tag_columns(conn: sqlite3.Connection) -> str:
    """The tag columns to read from a store being rescued; one of release 2 or earlier records no
    article a tag was made beside."""
    try:
        names = {row[1] for row in conn.execute("PRAGMA table_info(tags)")}
    except sqlite3.DatabaseError:
        names = set()
    return _TAG_COLUMNS if "beside" in names or not names else _TAG_COLUMNS.replace(", beside", ", ''")


def _tag_or_none(row: tuple) -> Tag | None:
    try:
        return _tag_from_row(row)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None  # a row garbled by the damage (its partners are not JSON any more)


_SEND_FOR_RECOVERY = "it can be sent for recovery (sqlite3's .recover command may get more of it back)"


def _damage_notice(error: Exception, backup: Path, path: Path, restored: int, rescued: _Rescued) -> str:
    """What to tell the user once a damaged store was replaced: how many tags are in the new store
    (``restored``: those written back, not merely read), how many were lost, where the old file is."""
    kept = f"The damaged file was kept as {backup}"
    # Rows that were read but are not in the new store: garbled past reading as a tag, or
    # refused by the new store's checks.
    lost = rescued.found - restored
    if restored and rescued.complete and not lost:
        return f"The tag store was damaged; {_all_of(restored)} recovered into a new tag store. {kept}."
    if restored and rescued.complete:
        return (f"The tag store was damaged; {restored} of its {rescued.found} tags {_were(restored)} recovered "
                f"into a new tag store; {lost} {_were(lost)} too damaged to recover and {_is(lost)} lost. "
                f"{kept}: {_SEND_FOR_RECOVERY}.")
    if restored:
        also_lost = f", and {lost} more {_were(lost)} too damaged to recover" if lost else ""
        return (f"The tag store was damaged; {restored} of its tags {_were(restored)} recovered into a new "
                f"tag store, but some could not be read{also_lost}. {kept}: {_SEND_FOR_RECOVERY}.")
    return (f"The tag store could not be read ({error}). It was moved to {backup} and a new, empty "
            f"tag store was started at {path}.{_nothing_recovered(backup, rescued)}")


def _nothing_recovered(backup: Path, rescued: _Rescued) -> str:
    """Why the new store is empty, after the sentence saying where the damaged file went."""
    if not backup.is_file():  # a folder or the like where the store should be: nothing to recover
        return ""
    if rescued.complete and not rescued.found:
        return " It held no tags."
    if rescued.complete:
        all_lost = ("Its one tag could not be recovered" if rescued.found == 1
                    else f"None of its {rescued.found} tags could be recovered")
        return f" {all_lost}; keep that file, {_SEND_FOR_RECOVERY}."
    return f" No tags could be recovered from it; keep that file, {_SEND_FOR_RECOVERY}."


def _all_of(count: int) -> str:
    return "its one tag was" if count == 1 else f"all {count} of its tags were"


def _were(count: int) -> str:
    return "was" if count == 1 else "were"


def _is(count: int) -> str:
    return "is" if count == 1 else "are"


class TagStore:
    """All tags of this user, in ``paths.user_data_dir()/tags.sqlite3`` unless told otherwise."""

    def __init__(self, path: Path | str | None = None):
        self.path = Path(path) if path is not None else default_path()
        # Something to tell the user once the store is open (it was replaced, or is read-only).
        self.notice: str | None = None
        # True when the store can be read but not written (its file or folder is read-only):
        # every write then raises TagError, and tags_for re-anchors without saving.
        self.read_only = False
        self._documents: dict[str, Document] = {}  # sha256 -> the source documents seen this session
        self._conn: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise TagError(f"cannot create the tag folder {self.path.parent} ({error.strerror})") from None
        self._open()

    # --- opening, recovery, migrations -----------------------------------------------

    def _open(self) -> None:
        """Connect to the store, creating or upgrading it.

        A healthy store that cannot be written (a read-only file or folder) opens read-only:
        moving it aside would hide every tag behind a new, empty store.  Only a damaged or
        unreadable one is replaced, by a new store holding what can still be read of it."""
        try:
            conn = self._connect()
        except sqlite3.DatabaseError as error:
            self._open_despite(error)
            return
        try:
            writable = self._accepts_writes(conn)
        except sqlite3.DatabaseError as error:  # busy past the timeout
            conn.close()
            raise self._user_error(error) from None
        if writable:
            self._conn = conn
        else:
            self._use_read_only(conn)

    def _open_despite(self, error: sqlite3.DatabaseError) -> None:
        """The store did not open for writing: read it if it is healthy, else start afresh."""
        if self._may_be_read_only(error):
            try:
                self._use_read_only(self._connect_read_only())
                return
            except sqlite3.DatabaseError as read_error:
                error = read_error  # not even readable: this error says why
        if not (_is_corruption(error) or self._unreadable()):
            raise self._user_error(error) from None
        self._start_fresh(error)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
        try:
            _check_intact(conn)
            self._retry_busy(lambda: conn.execute("PRAGMA journal_mode=WAL").fetchone())
            self._migrate(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _connect_read_only(self) -> sqlite3.Connection:
        """A connection that only reads the store, for when it cannot be written.

        ``mode=ro`` still needs to create the WAL index file (``-shm``) beside the store; in a
        folder that is not writable only ``immutable=1`` reads it.  That ignores a ``-wal``
        file, which is harmless when there is none (the last writer closed cleanly) but would
        hide its newest tags otherwise, so then the store is refused."""
        try:
            return self._checked_read_only(self._uri_connect("mode=ro"))
        except sqlite3.OperationalError as error:
            if not self._may_be_read_only(error) or _has_content(Path(f"{self.path}-wal")):
                raise
        return self._checked_read_only(self._uri_connect("immutable=1"))

    def _uri_connect(self, parameter: str) -> sqlite3.Connection:
        uri = f"{self.path.absolute().as_uri()}?{parameter}"
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)

    def _checked_read_only(self, conn: sqlite3.Connection) -> sqlite3.Connection:
        """``conn`` if it reads an intact store of this schema; a read-only store cannot be upgraded."""
        try:
            _check_intact(conn)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise self._newer_error(version)
            if version == 0:
                raise TagError(f"the tag store {self.path} cannot be set up: it is read-only "
                               f"({self._why_read_only()})")
            if version < SCHEMA_VERSION:
                raise TagError(f"the tag store {self.path} was written by an older Parallax and must be "
                               f"upgraded, but it is read-only ({self._why_read_only()}); fix that and start "
                               f"Parallax again")
        except BaseException:
            conn.close()
            raise
        return conn

    @staticmethod
    def _accepts_writes(conn: sqlite3.Connection) -> bool:
        """Whether SQLite opened the store for writing.

        SQLite opens a file it may not write read-only without a word, and even lets a write
        transaction begin; only a write tells.  So write the version number back unchanged,
        and roll back: nothing reaches the disk.  Another process writing meanwhile (an import
        from the command line) holds the write lock: the store is taken as writable then, rather
        than wait for it (an open never waits for another writer)."""
        waits = conn.execute("PRAGMA busy_timeout").fetchone()[0]
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if _is_busy(error):
                return True
            raise
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(waits)}")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute(f"PRAGMA user_version = {version}")
        except sqlite3.OperationalError as error:
            if _is_read_only(error):
                return False
            raise
        finally:
            conn.execute("ROLLBACK")
        return True

    def _may_be_read_only(self, error: sqlite3.DatabaseError) -> bool:
        """Whether ``error`` may only mean that the store's file or folder cannot be written."""
        name = getattr(error, "sqlite_errorname", "") or ""
        return self.path.is_file() and (_is_read_only(error) or name.startswith("SQLITE_CANTOPEN"))

    def _use_read_only(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.read_only = True
        self.notice = (f"The tag store {self.path} is read-only ({self._why_read_only()}). Your tags "
                       f"can be read, but no tag can be added or changed until that is fixed.")

    def _why_read_only(self) -> str:
        folder = self.path.parent
        if not os.access(folder, os.W_OK):
            return f"its folder {folder} is not writable; check the folder's permissions"
        if self.path.exists() and not os.access(self.path, os.W_OK):
            return "the file is read-only; check its permissions"
        return "check the file's and folder's permissions"

    def _read_only_error(self) -> TagError:
        return TagError(f"the tag store {self.path} is read-only ({self._why_read_only()}); "
                        f"your tags can be read but not changed")

    def _newer_error(self, version: int) -> TagError:
        return TagError(f"the tag store {self.path} was written by a newer Parallax "
                        f"(schema {version}, this one knows {SCHEMA_VERSION}); update Parallax")

    @staticmethod
    def _retry_busy(action):
        # Switching to WAL needs a moment's exclusive lock, which the busy
        # handler does not always wait for when two processes create the store.
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                return action()
            except sqlite3.OperationalError as error:
                if not _is_busy(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _migrate(self, conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise self._newer_error(version)
        if version == SCHEMA_VERSION:
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]  # another process may have won
            for step in MIGRATIONS[version:]:
                if callable(step):
                    step(conn)
                else:
                    for statement in step:
                        conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _unreadable(self) -> bool:
        """Whether the path holds something no connection can read: a folder, a file this user
        may not read.  (Not being allowed to *write* it is no reason to move it aside.)"""
        if not self.path.exists():
            return False
        return not self.path.is_file() or not os.access(self.path, os.R_OK)

    def _start_fresh(self, error: sqlite3.DatabaseError) -> None:
        """Replace a damaged store by a new one holding every tag that can still be read from it.

        The tags are read before the file moves, so nothing is lost if it cannot move; the
        damaged file is kept, as recovery tools may get more out of it."""
        rescued = _rescue(self.path)
        backup = self._move_aside(error)
        try:
            self._conn = self._connect()
            self.read_only = False
            restored = self._restore(rescued)
        except sqlite3.DatabaseError as again:
            raise self._not_restored_error(again, backup, rescued) from None
        self.notice = _damage_notice(error, backup, self.path, restored, rescued)

    def _not_restored_error(self, error: sqlite3.DatabaseError, backup: Path, rescued: _Rescued) -> TagError:
        """The damaged store was moved aside but no new one could be set up: say where the old
        file went, and, when it held tags, that the only copy of them is there now."""
        what = "with the tags recovered from it" if rescued.found else "in its place"
        keep = "; keep that file, your tags are in it" if rescued.found and backup.is_file() else ""
        return TagError(f"the tag store {self.path} was damaged and has been moved to {backup}, but a new tag "
                        f"store could not be set up {what} ({error}){keep}")

    def _restore(self, rescued: _Rescued) -> int:
        """Save the rescued tags and their snapshots in the (new) store; returns how many tags were
        saved, which can be fewer than were rescued."""
        restored = 0
        with self._transaction() as conn:
            for tag in rescued.tags:
                try:
                    self._insert(conn, tag)
                except (sqlite3.IntegrityError, ValueError, TypeError):
                    continue  # garbled past the table's checks, or a second copy of an id
                restored += 1
            for row in rescued.snapshots:
                try:
                    conn.execute("INSERT OR IGNORE INTO snapshots (sha256, title, text, saved, format, headings) "
                                 "VALUES (?, ?, ?, ?, ?, ?)", row)
                except sqlite3.IntegrityError:
                    continue  # a garbled snapshot (no text): the tag still reads without it
        return restored

    def _move_aside(self, error: Exception) -> Path:
        """Rename the store (and its WAL files) to a timestamped backup; returns its path."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = self.path.with_name(f"{self.path.name}.broken-{stamp}")
        counter = 1
        while backup.exists():
            counter += 1
            backup = self.path.with_name(f"{self.path.name}.broken-{stamp}-{counter}")
        try:
            os.replace(self.path, backup)
        except OSError as move_error:
            if not os.access(self.path.parent, os.W_OK) or move_error.errno in (errno.EACCES, errno.EPERM,
                                                                                 errno.EROFS):
                raise TagError(f"the tag store {self.path} is damaged ({error}) and cannot be replaced by a "
                               f"new one: its folder {self.path.parent} is not writable (check the folder's "
                               f"permissions)") from None
            raise TagError(f"the tag store {self.path} is damaged ({error}) and could not be "
                           f"moved aside ({move_error.strerror})") from None
        for extra in ("-wal", "-shm"):
            companion = Path(str(self.path) + extra)
            if companion.exists():
                self._keep_beside(companion, Path(str(backup) + extra), backup, error)
        return backup

    def _keep_beside(self, journal: Path, target: Path, backup: Path, error: Exception) -> None:
        """Move the store's journal next to its backup, or copy it there: a new store started at
        the old path would reset a journal left behind, and it may hold the newest tags."""
        try:
            os.replace(journal, target)
            return
        except OSError:
            pass
        try:
            shutil.copy2(journal, target)
        except OSError as copy_error:  # the store itself has moved: the message must say where
            raise TagError(f"the tag store {self.path} is damaged ({error}); it was moved to {backup}, but its "
                           f"journal {journal.name} could not be kept beside it ({copy_error.strerror}); copy "
                           f"{journal} somewhere safe before starting Parallax again") from None

    def _user_error(self, error: sqlite3.DatabaseError) -> TagError:
        if _is_busy(error):
            return TagError(f"the tag store {self.path} is busy (another Parallax is writing to it); try again")
        folder = self.path.parent
        if not self.path.exists() and not os.access(folder, os.W_OK):
            return TagError(f"cannot create the tag store {self.path}: its folder {folder} is not writable "
                            f"(check the folder's permissions)")
        if _is_read_only(error):
            return TagError(f"the tag store {self.path} cannot be opened, as it cannot be written "
                            f"({self._why_read_only()})")
        return TagError(f"the tag store {self.path} cannot be used ({error})")

    def _guard(self, action: Callable[[], object]):
        """Run one user action; if the database turns out corrupt, replace it and redo the action once."""
        try:
            return action()
        except sqlite3.DatabaseError as error:
            if _is_read_only(error):  # its permissions changed while it was open
                self.read_only = True
                raise self._read_only_error() from None
            if not _is_corruption(error):
                raise self._user_error(error) from None
            self._conn.close()
            self._start_fresh(error)
            try:
                return action()
            except sqlite3.DatabaseError as again:
                raise self._user_error(again) from None

    def _write(self, action: Callable[[], object]):
        """Run one user action that writes; a read-only store refuses it with one clear sentence."""
        if self.read_only:
            raise self._read_only_error()
        return self._guard(action)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        if conn is None:
            raise TagError("the tag store is closed")
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> "TagStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- snapshots -------------------------------------------------------------------

    def remember(self, document: Document) -> None:
        """Keep ``document`` in mind, to snapshot it when a tag on it is saved."""
        self._documents[document.sha256] = document

    def _save_snapshots(self, conn: sqlite3.Connection, tags: Iterable[Tag]) -> None:
        shas = set()
        for tag in tags:
            shas.add(tag.passage.anchor.source_sha256)
            shas.update(p.anchor.source_sha256 for p in tag.partners)
        for sha in shas:
            document = self._documents.get(sha)
            if document is not None:
                conn.execute(
                    "INSERT OR IGNORE INTO snapshots (sha256, title, text, saved, format, headings) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (sha, document.title, document.text, now_iso(), document.format,
                     json.dumps([list(span) for span in document.headings])))

    def _drop_unused_snapshots(self, conn: sqlite3.Connection) -> None:
        used = {row[0] for row in conn.execute("SELECT DISTINCT source_sha256 FROM tags")}
        for (partners,) in conn.execute("SELECT partners FROM tags WHERE partners != '[]'"):
            used.update(p["source_sha256"] for p in json.loads(partners))
        for (sha,) in conn.execute("SELECT sha256 FROM snapshots").fetchall():
            if sha not in used:
                conn.execute("DELETE FROM snapshots WHERE sha256 = ?", (sha,))

    def snapshot(self, sha256: str) -> str | None:
        """The saved text of the source version with this hash."""
        row = self._guard(lambda: self._conn.execute(
            "SELECT text FROM snapshots WHERE sha256 = ?", (sha256,)).fetchone())
        return row[0] if row else None

    def source_document(self, path: str) -> Document | None:
        """The newest saved version of a source as a Document, for reading it offline."""
        key = source_key(path)

        def read():
            return self._conn.execute(
                "SELECT s.sha256, s.title, s.text, s.format, s.headings FROM tags t "
                "JOIN snapshots s ON s.sha256 = t.source_sha256 "
                "WHERE t.source = ? ORDER BY t.status = 'anchored' DESC, s.saved DESC LIMIT 1", (key,)).fetchone()

        row = self._guard(read)
        if row is None:
            return None
        sha256, title, text, file_format, headings = row
        return Document(path=key, title=title, text=text, sha256=sha256, format=file_format,
                        headings=tuple((start, end) for start, end in json.loads(headings)))

    def pasted_documents(self) -> list[Document]:
        """Each pasted text that has tags, as saved with them (newest first): pasted text has no file
        to read again, so without these its tags could never be shown after the window closes."""
        def read():
            return self._conn.execute(
                "SELECT s.sha256, s.title, s.text, s.format, s.headings FROM snapshots s "
                "JOIN (SELECT source_sha256, MAX(modified) AS latest, MAX(rowid) AS last_written FROM tags "
                "      WHERE source = '' GROUP BY source_sha256) t ON t.source_sha256 = s.sha256 "
                # Two tags may be stamped in one millisecond: the one written last is the newer.
                "ORDER BY t.latest DESC, t.last_written DESC").fetchall()

        return [Document(path="", title=title, text=text, sha256=sha256, format=file_format,
                         headings=tuple((start, end) for start, end in json.loads(headings)))
                for sha256, title, text, file_format, headings in self._guard(read)]

    # --- tags ------------------------------------------------------------------------

    def add(self, tag: Tag, document: Document | None = None) -> Tag:
        """Save a new tag (one transaction).  ``document``: its source, to snapshot."""
        if document is not None:
            self.remember(document)
        tag = with_whole_characters(tag)

        def write():
            with self._transaction() as conn:
                if conn.execute("SELECT 1 FROM tags WHERE id = ?", (tag.id,)).fetchone():
                    raise TagError(f"a tag with id {tag.id} already exists")
                self._insert(conn, tag)
                self._save_snapshots(conn, [tag])
            return tag

        return self._write(write)

    def update(self, tag: Tag, document: Document | None = None, *, unchanged_since: str | None = None) -> Tag:
        """Save a changed tag; its ``modified`` time becomes now.  Returns the saved tag.

        ``unchanged_since``: the ``modified`` time of the copy the change was made on.  If the
        stored tag is newer (another window or an import changed it meanwhile), nothing is
        written and ``TagChangedElsewhere`` says so: saving the whole old copy would silently
        undo the other change."""
        if document is not None:
            self.remember(document)
        saved = replace(with_whole_characters(tag), modified=now_after(tag.modified))

        def write():
            with self._transaction() as conn:
                row = conn.execute("SELECT modified FROM tags WHERE id = ?", (tag.id,)).fetchone()
                if not row:
                    raise TagError("this tag no longer exists (was it deleted in another window?)")
                if unchanged_since is not None and row[0] != unchanged_since:
                    raise TagChangedElsewhere(
                        "this tag was changed elsewhere (in another window or by an import) after this "
                        "window showed it, so your change was not saved; the newer version is shown now")
                conn.execute("DELETE FROM tags WHERE id = ?", (tag.id,))
                self._insert(conn, saved)
                self._save_snapshots(conn, [saved])
                self._drop_unused_snapshots(conn)
            return saved

        return self._write(write)

    def delete(self, tag_id: str) -> None:
        def write():
            with self._transaction() as conn:
                conn.execute("DELETE FROM tags WHERE id = ?", (tag_id,))
                self._drop_unused_snapshots(conn)

        self._write(write)

    def changed_elsewhere(self) -> bool:
        """Whether another connection (a second window, an import) committed since the last call.
        SQLite's ``data_version`` moves only for other connections' commits; an unreadable store
        counts as unchanged: its trouble is told where its tags are read."""
        try:
            version = self._conn.execute("PRAGMA data_version").fetchone()[0]
        except (sqlite3.Error, AttributeError):
            return False
        changed = version != self._seen_data_version
        self._seen_data_version = version
        return changed

    _seen_data_version: int | None = None

    def get(self, tag_id: str) -> Tag | None:
        row = self._guard(lambda: self._conn.execute(
            f"SELECT {_TAG_COLUMNS} FROM tags WHERE id = ?", (tag_id,)).fetchone())
        return _tag_from_row(row) if row else None

    def all_tags(self) -> list[Tag]:
        return self.stored_tags()

    def stored_tags(self, source: str | None = None) -> list[Tag]:
        """Tags as last saved, without re-anchoring; all of them or those on one source path."""
        order = " ORDER BY source, status = 'orphaned', start_offset, created"
        if source is None:
            query, params = f"SELECT {_TAG_COLUMNS} FROM tags" + order, ()
        else:
            query, params = f"SELECT {_TAG_COLUMNS} FROM tags WHERE source = ?" + order, (source_key(source),)
        rows = self._guard(lambda: self._conn.execute(query, params).fetchall())
        return [_tag_from_row(row) for row in rows]

    def sources(self) -> list[SourceInfo]:
        def read():
            return self._conn.execute(
                "SELECT source, "
                " (SELECT t2.source_title FROM tags t2 WHERE t2.source = t.source ORDER BY t2.modified DESC LIMIT 1),"
                " (SELECT t3.source_sha256 FROM tags t3 WHERE t3.source = t.source "
                "   ORDER BY t3.status = 'anchored' DESC, t3.modified DESC LIMIT 1),"
                " COUNT(*), SUM(status = 'orphaned') FROM tags t GROUP BY source ORDER BY source").fetchall()

        rows = self._guard(read)
        shas = {row[0] for row in self._guard(lambda: self._conn.execute("SELECT sha256 FROM snapshots").fetchall())}
        return [SourceInfo(path=row[0], title=row[1], sha256=row[2], tags=row[3], orphaned=row[4] or 0,
                           exists=bool(row[0]) and is_file(row[0]), has_snapshot=row[2] in shas)
                for row in rows]

    def tags_for(self, document: Document) -> list[Tag]:
        """The tags on ``document``'s source, re-anchored against its current text.

        Tags whose quote can no longer be found become ``orphaned`` (and
        anchored again if it comes back).  Tags of a file that moved — same
        content, old path gone — follow it to its new path.  Changes are saved
        in one transaction; re-anchoring happens before it, so the write lock
        is held only for the writes.
        """
        self.remember(document)
        key = source_key(document.path)

        def read():
            if key:
                rows = self._conn.execute(
                    f"SELECT {_TAG_COLUMNS} FROM tags WHERE source = ? OR (source_sha256 = ? AND source != ?)",
                    (key, document.sha256, key)).fetchall()
            else:
                rows = self._conn.execute(f"SELECT {_TAG_COLUMNS} FROM tags WHERE source = '' AND source_sha256 = ?",
                                          (document.sha256,)).fetchall()
            return [_tag_from_row(row) for row in rows]

        result, changed = [], []
        for tag in self._guard(read):
            if tag.source != key:
                if not tag.source or may_exist(tag.source):
                    continue  # a copy of the same text elsewhere (or one out of reach): a different source
            new = self._reanchored(tag, document, key)
            result.append(new)
            if new != tag:
                changed.append(new)
        needs_snapshot = any(t.status == "anchored" for t in result) and self.snapshot(document.sha256) is None
        # A read-only store still shows where the tags are now; it just cannot remember it.
        if (changed or needs_snapshot) and not self.read_only:
            def write():
                with self._transaction() as conn:
                    for tag in changed:
                        # Only where-it-is columns: a note edited meanwhile in another window survives.
                        a = tag.passage.anchor
                        conn.execute(
                            "UPDATE tags SET source = ?, source_title = ?, quote = ?, prefix = ?, suffix = ?, "
                            "start_offset = ?, end_offset = ?, source_sha256 = ?, status = ? WHERE id = ?",
                            (tag.source, tag.passage.source_title, a.quote, a.prefix, a.suffix, a.start, a.end,
                             a.source_sha256, tag.status, tag.id))
                    self._save_snapshots(conn, result)
                    if changed:
                        self._drop_unused_snapshots(conn)

            self._write(write)
        return sorted(result, key=lambda t: (t.status == "orphaned", t.passage.anchor.start, t.created))

    @staticmethod
    def _reanchored(tag: Tag, document: Document, key: str) -> Tag:
        anchor = reanchor(tag.passage.anchor, document.text, document.sha256)
        if anchor is None or not same_wording(tag.passage.anchor.quote, anchor.quote):
            # Gone, or found only as an edited copy ("from Oslo" -> "from Bergen"): the
            # judgement was about the old words, so keep the old quote, context, offsets
            # and the version (snapshot) they point to, and show the tag as orphaned
            # rather than move it onto words nobody checked.  If the words come back, it
            # anchors again.
            return replace(tag, passage=replace(tag.passage, source=key), status="orphaned")
        passage = Passage(source=key, source_title=document.title or tag.passage.source_title, anchor=anchor)
        return replace(tag, passage=passage, status="anchored")

    def import_tags(self, tags: Iterable[Tag], documents: Iterable[Document] = ()) -> int:
        """Save many tags in one transaction; returns how many were new (see :meth:`merge_tags`)."""
        return self.merge_tags(tags, documents).added

    def merge_tags(self, tags: Iterable[Tag], documents: Iterable[Document] = (), *,
                   prefer_incoming: bool = False) -> ImportCounts:
        """Save many tags in one transaction; says how many were added, updated, left alone.

        Idempotent: a tag whose id is already stored is not added again, nor is
        one with the same source, offsets, kind, note and quote as a stored tag.
        A stored tag whose incoming copy says something else (another note or
        verdict) is replaced when that copy was modified later, or when it
        carries the very time the stored one was last modified: the stored tag
        has not changed since the file was written, so the difference is an
        edit made in the file (a note rewritten in a spreadsheet).  Otherwise
        the stored tag was changed since, or the file gives no time, and it
        stays (listed in ``kept``) unless ``prefer_incoming``.  A copy whose
        note or quote lost letters to the encoding it was saved in ("??") never
        replaces a stored tag, however new it says it is (listed in ``kept_lossy``).  A new tag with
        an empty ``modified`` is saved with ``modified`` = ``created``.
        """
        for document in documents:
            self.remember(document)
        tags = [with_whole_characters(tag) for tag in tags]

        def write():
            added, updated, edited, kept, kept_lossy, written, replaced = 0, 0, 0, [], [], [], []
            with self._transaction() as conn:
                for tag in tags:
                    row = conn.execute(f"SELECT {_TAG_COLUMNS} FROM tags WHERE id = ?", (tag.id,)).fetchone()
                    if row is not None:
                        stored = _tag_from_row(row)
                        if lost_letters(tag):  # whatever its time says: "???" must not replace letters
                            if not same_judgement(stored, tag):
                                kept_lossy.append(tag.id)
                            continue
                        if tag.modified and tag.modified > stored.modified:
                            replacement = tag
                            updated += 1
                        elif same_judgement(stored, tag):
                            continue
                        elif prefer_incoming or tag.modified and same_moment(tag.modified, stored.modified):
                            replacement = replace(tag, modified=now_after(stored.modified))
                            edited += 1
                        else:
                            kept.append(tag.id)
                            continue
                        if not replacement.partners:  # a row that names no partner says nothing of them
                            replacement = replace(replacement, partners=stored.partners)
                        if replacement.beside is None:  # nor one that names no article it was made beside
                            replacement = replace(replacement, beside=stored.beside)
                        conn.execute("DELETE FROM tags WHERE id = ?", (tag.id,))
                        self._insert(conn, replacement)
                        written.append(replacement)
                        replaced.append(stored)
                        continue
                    # Pasted texts all have source "": the same words tagged alike in two of them
                    # are two tags, told apart by the text's sha256.
                    if conn.execute("SELECT 1 FROM tags WHERE fingerprint = ? AND (source != '' OR source_sha256 = ?)",
                                    (tag_fingerprint(tag), tag.passage.anchor.source_sha256)).fetchone():
                        continue
                    tag = replace(tag, modified=tag.modified or tag.created)
                    self._insert(conn, tag)
                    written.append(tag)
                    replaced.append(None)
                    added += 1
                # Only what was written: importing the same file again changes nothing at all.
                self._save_snapshots(conn, written)
            return ImportCounts(added=added, updated=updated, edited=edited, kept=tuple(kept),
                                kept_lossy=tuple(kept_lossy),
                                unchanged=len(tags) - added - updated - edited - len(kept) - len(kept_lossy),
                                changes=tuple(zip(replaced, written)))

        return self._write(write)

    def put_back(self, changes: Iterable[tuple[Tag | None, Tag | None]]) -> int:
        """Swap versions of tags in one transaction, as undoing and redoing an import do: each
        ``(current, wanted)`` replaces ``current`` (None: no such tag is stored) with ``wanted``
        (None: the tag goes).  A tag that is no longer ``current`` (edited or cleared since, here or
        in another window) is left as it is: putting an old copy over it would lose that change
        unseen.  Returns how many were left so."""
        changes = list(changes)
        return len(changes) - len(self.put_back_swapped(changes))

    def put_back_swapped(self, changes: Iterable[tuple[Tag | None, Tag | None]]
                         ) -> list[tuple[Tag | None, Tag | None]]:
        """``put_back``, returning the pairs it swapped: the versions the store now really holds,
        which is all a caller may count as written (the others were left as they are)."""
        changes = list(changes)

        def write():
            swapped = []
            with self._transaction() as conn:
                for current, wanted in changes:
                    tag_id = (current or wanted).id
                    row = conn.execute("SELECT modified FROM tags WHERE id = ?", (tag_id,)).fetchone()
                    if (row is None) != (current is None) or row is not None and row[0] != current.modified:
                        continue
                    conn.execute("DELETE FROM tags WHERE id = ?", (tag_id,))
                    if wanted is not None:
                        self._insert(conn, wanted)
                    swapped.append((current, wanted))
                self._save_snapshots(conn, [wanted for _, wanted in swapped if wanted is not None])
                self._drop_unused_snapshots(conn)
            return swapped

        return self._write(write)

    def _insert(self, conn: sqlite3.Connection, tag: Tag) -> None:
        _check_file_names(tag)
        a = tag.passage.anchor
        conn.execute(
            f"INSERT INTO tags ({_TAG_COLUMNS}) VALUES ({', '.join('?' * 18)})",
            (tag.id, tag.source, tag.passage.source_title, a.quote, a.prefix, a.suffix, a.start, a.end,
             a.source_sha256, tag.kind, tag.note, json.dumps([_passage_dict(p) for p in tag.partners]),
             tag.author, tag.created, tag.modified, tag.status, tag_fingerprint(tag), _beside_json(tag.beside)))


def _check_file_names(tag: Tag) -> None:
    """A file name of bytes that are not UTF-8 (a Latin-1 name on Linux) cannot be kept as text:
    SQLite would refuse it, and a name mended with U+FFFD would name another file."""
    for source in (tag.source, *(partner.source for partner in tag.partners)):
        if has_half_character(source):
            raise TagError(f"cannot keep tags on {whole_characters(source)}: its file name is not valid text "
                           f"(bytes that are not UTF-8); rename the file and open it again")


def _passage_dict(passage: Passage) -> dict:
    a = passage.anchor
    return {"source": passage.source, "source_title": passage.source_title, "quote": a.quote,
            "prefix": a.prefix, "suffix": a.suffix, "start": a.start, "end": a.end,
            "source_sha256": a.source_sha256}


def _passage_from_dict(d: dict) -> Passage:
    # Partners are kept as JSON, whose escapes let an earlier version store half a character
    # ("\ud800") that no tag file can be written with: read back whole, so the store exports.
    text = {key: whole_characters(d[key]) for key in ("source_title", "quote", "prefix", "suffix")}
    return Passage(source=d["source"], source_title=text["source_title"],
                   anchor=Anchor(text["quote"], text["prefix"], text["suffix"], d["start"], d["end"],
                                 d["source_sha256"]))


def _beside_json(beside: MadeBeside | None) -> str:
    return json.dumps({"source": beside.source, "title": beside.title, "sha256": beside.sha256}) if beside else ""


def _beside_from_json(text: str) -> MadeBeside | None:
    """The article a stored tag was made beside; None when not recorded, or when the cell cannot be
    read (a damaged store): the tag itself is worth more than this note on it."""
    try:
        d = json.loads(text) if text else None
        if not isinstance(d, dict):
            return None
        source, title, sha256 = d["source"], d["title"], d["sha256"]
    except (ValueError, KeyError):
        return None
    if not all(isinstance(value, str) for value in (source, title, sha256)):
        return None
    return MadeBeside(source=source, title=whole_characters(title), sha256=sha256)


def _tag_from_row(row) -> Tag:
    (tag_id, source, title, quote, prefix, suffix, start, end, sha, kind, note, partners,
     author, created, modified, status, _fingerprint, beside) = row
    return Tag(
        id=tag_id,
        passage=Passage(source, title, Anchor(quote, prefix, suffix, start, end, sha)),
        kind=kind,
        note=note,
        partners=tuple(_passage_from_dict(d) for d in json.loads(partners)),
        author=author,
        created=created,
        modified=modified,
        status=status,
        beside=_beside_from_json(beside),
    )
