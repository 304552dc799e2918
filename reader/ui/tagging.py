"""Tags of the two shown documents, changed only through undoable commands.

Every change goes to the ``TagStore`` at once (one transaction per action), so
closing the window never loses a tag; undo and redo replay the inverse change
against the store.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from reader.core.errors import ParallaxError
from reader.core.model import Document
from reader.core.tags import Passage, Tag, new_tag, source_key
from reader.ui.palette import TAG_LABELS
from reader.ui.tagprovenance import Provenance, provenance


class _AddTag(QUndoCommand):
    def __init__(self, book: "TagBook", tag: Tag, document: Document) -> None:
        super().__init__(f"Tag as {TAG_LABELS[tag.kind]}")  # the menu's words: "Undo Tag as Single source"
        self._book, self._tag, self._document = book, tag, document

    def redo(self) -> None:
        self._done = self._book._write(lambda store: store.add(self._tag, self._document)) is not None
        if self._done:
            self._book.wrote(self._tag)
        self._book.say_if_out_of_sight(self, [self._document], undone=False)

    def undo(self) -> None:
        if self._done:  # a tag the store refused is not deleted by undoing it
            self._book._write(lambda store: store.delete(self._tag.id))
            self._book.say_if_out_of_sight(self, [self._document], undone=True)


class _RemoveTags(QUndoCommand):
    """Clear one tag or several as one step.  One command holds them all: child commands made in
    Python are freed by Python while Qt's parent still calls them (a crash on the second tag)."""

    def __init__(self, book: "TagBook", tags: list[tuple[Tag, Document | None]]) -> None:
        super().__init__(f"Clear {TAG_LABELS[tags[0][0].kind]} tag" if len(tags) == 1 else f"Clear {len(tags)} tags")
        self._book, self._tags = book, tags

    def redo(self) -> None:
        self._done = self._book._write(lambda store: [store.delete(tag.id) for tag, _ in self._tags]) is not None
        self._book.say_if_out_of_sight(self, [document for _, document in self._tags], undone=False)

    def undo(self) -> None:
        if self._done:  # tags the store refused to clear are still there: nothing to bring back
            if self._book._write(lambda store: [store.add(tag, document) for tag, document in self._tags]) is not None:
                for tag, _ in self._tags:
                    self._book.wrote(tag)
            self._book.say_if_out_of_sight(self, [document for _, document in self._tags], undone=True)


class _EditTag(QUndoCommand):
    """Change a tag's kind or note.  Each write names the stored version it replaces, so a
    change made meanwhile in another window or by an import is never overwritten (nor undone).

    The first write replaces the version the change was made on.  Undo and redo replace the
    version this window wrote last: later changes to the same tag, and their undos, write it too
    ("Disputed", then "Corroborated", then undo twice)."""

    def __init__(self, book: "TagBook", before: Tag, after: Tag, document: Document | None, text: str) -> None:
        super().__init__(text)
        self._book, self._before, self._after, self._document = book, before, after, document
        self._stored: str | None = before.modified  # the version in the store; None: a write failed
        self._written = False

    def redo(self) -> None:
        self._save(self._after)
        self._book.say_if_out_of_sight(self, [self._document], undone=False)

    def undo(self) -> None:
        self._save(self._before)
        self._book.say_if_out_of_sight(self, [self._document], undone=True)

    def _save(self, version: Tag) -> None:
        if self._stored is None:
            return  # the change never reached the store: there is nothing to redo or undo
        since = self._book.last_written(version.id, self._stored) if self._written else self._stored
        saved = self._book._write(lambda store: store.update(version, self._document, unchanged_since=since))
        self._stored = saved.modified if saved is not None else None
        if saved is not None:
            self._written = True
            self._book.wrote(saved)


class _ImportTags(QUndoCommand):
    """Tags a file imported, as one step: undo puts back what the import replaced (and takes out
    what it added), redo writes the file's tags again.  The import itself is written before the
    step is pushed (it is checked row by row first), so the first redo writes nothing."""

    def __init__(self, book: "TagBook", changes: tuple[tuple[Tag | None, Tag], ...], display: str) -> None:
        super().__init__(f"Import tags from {display}")
        self._book, self._changes = book, changes
        self._written = False

    def redo(self) -> None:
        if not self._written:
            self._written = True
            for _, tag in self._changes:
                self._book.wrote(tag)
            return
        self._put_back([(before, after) for before, after in self._changes], undone=False)

    def undo(self) -> None:
        self._put_back([(after, before) for before, after in self._changes], undone=True)

    def _put_back(self, changes: list[tuple[Tag | None, Tag | None]], *, undone: bool) -> None:
        # Each tag is expected as this window last wrote it, as ``_EditTag`` does: an edit of an
        # imported tag and its undo wrote the same words again under a newer time, which is no
        # change made since.
        expected = [(self._as_last_written(current), wanted) for current, wanted in changes]
        swapped = self._book._write(lambda store: store.put_back_swapped(expected))
        if swapped is None:
            return  # the store refused (said via ``failed``): nothing was written
        for _, tag in swapped:
            if tag is not None:
                self._book.wrote(tag)
        said = [f"{'Undone' if undone else 'Redone'}: {self.text().lower()}"]
        # Tags of articles not on screen change unseen (an import can hold any article's): said where.
        elsewhere = self._book.hidden_from_view([wanted or current for current, wanted in changes])
        if elsewhere:
            said.append(f" ({tag_count(len(elsewhere))} on {articles_named(elsewhere)}, not on screen)")
        left = len(changes) - len(swapped)
        if left:
            # Changed since the import (a note edited in another window): that change is kept, and said.
            said.append(f", except {tag_count(left)} changed since, left as {'they are' if left != 1 else 'it is'}")
        if len(said) > 1:
            self._book.out_of_sight.emit("".join(said) + ".")

    def _as_last_written(self, current: Tag | None) -> Tag | None:
        if current is None:
            return None
        return replace(current, modified=self._book.last_written(current.id, current.modified))


def tag_count(count: int) -> str:
    return f"{count} tag{'' if count == 1 else 's'}"


def articles_named(tags: list[Tag]) -> str:
    """The articles ``tags`` are on, by title: “Ransomware gang…”, or the first and how many more."""
    titles = list(dict.fromkeys(tag.passage.source_title or Path(tag.source).name or "pasted text" for tag in tags))
    first = f"“{titles[0]}”"
    if len(titles) == 1:
        return first
    others = len(titles) - 1
    return f"{first} and {others} other article{'' if others == 1 else 's'}"


class TagBook(QObject):
    """The shown documents' tags, backed by a ``TagStore``.

    Signals:
        changed(): tags were added, changed or removed (or other documents are shown).
        failed(str): the store refused a change; the message is for the user.
        out_of_sight(str): undo or redo changed a tag on an article that is not shown; the
            message says what and where, as nothing on screen does.
    """

    changed = Signal()
    failed = Signal(str)
    out_of_sight = Signal(str)

    def __init__(self, *, store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.documents: dict[str, Document] = {}
        self.tags: dict[str, list[Tag]] = {"a": [], "b": []}
        # Tag id -> the ``modified`` version this window last wrote: what undo and redo expect to find
        # in the store (a different one was written elsewhere).
        self._written: dict[str, str] = {}

    def show_documents(self, a: Document, b: Document) -> None:
        self.documents = {"a": a, "b": b}
        self.refresh()

    def refresh(self) -> None:
        try:
            for side, document in self.documents.items():
                self.tags[side] = self.store.tags_for(document)
        except ParallaxError as error:
            self.failed.emit(str(error))
        self.changed.emit()

    def _write(self, action):
        """Run ``action(store)``; returns its result, or None when the store refused (said via ``failed``)."""
        result = None
        try:
            result = action(self.store)
        except ParallaxError as error:
            self.failed.emit(str(error))
        self.refresh()
        return result

    def wrote(self, tag: Tag) -> None:
        self._written[tag.id] = tag.modified

    def last_written(self, tag_id: str, default: str) -> str:
        return self._written.get(tag_id, default)

    def say_if_out_of_sight(self, command: QUndoCommand, documents: list[Document | None], *, undone: bool) -> None:
        """Emit ``out_of_sight`` when ``command`` acted on an article neither pane shows: the undo
        stack outlives switching articles, and an undone tag there would vanish unseen."""
        shown = {document.sha256 for document in self.documents.values()}
        hidden = [document for document in documents if document is not None and document.sha256 not in shown]
        if hidden:
            title = hidden[0].title or hidden[0].path or "an article"
            self.out_of_sight.emit(f"{'Undone' if undone else 'Redone'}: {command.text().lower()} "
                                   f"on “{title}”, which is not on screen.")

    def hidden_from_view(self, tags: list[Tag | None]) -> list[Tag]:
        """Those of ``tags`` on an article neither pane shows (by its file, or its text when pasted)."""
        shown = [(source_key(document.path), document.sha256) for document in self.documents.values()]
        return [tag for tag in tags if tag is not None and not any(
            (path and tag.source == path) or tag.anchor.source_sha256 == sha256 for path, sha256 in shown)]

    def provenance(self, side: str, tag: Tag) -> Provenance:
        """Where ``tag``, shown on ``side``, was made, against the article the other side shows."""
        return provenance(tag, self.documents.get("b" if side == "a" else "a"))

    def side_of(self, tag: Tag) -> str | None:
        for side, tags in self.tags.items():
            if any(t.id == tag.id for t in tags):
                return side
        return None

    # ---- user actions (each one undoable step) -----------------------------
    def add(self, side: str, start: int, end: int, kind: str, *, note: str = "",
            partners: tuple[Passage, ...] = ()) -> Tag:
        document = self.documents[side]
        tag = new_tag(document, start, end, kind, note=note, partners=partners,
                      beside=self.documents.get("b" if side == "a" else "a"))
        self.undo_stack.push(_AddTag(self, tag, document))
        return tag

    def remove(self, tags: list[Tag]) -> None:
        if tags:
            self.undo_stack.push(_RemoveTags(self, [(tag, self.documents.get(self.side_of(tag) or "")) for tag in tags]))

    def imported(self, changes: tuple[tuple[Tag | None, Tag], ...], display: str) -> None:
        """An import from ``display`` wrote ``changes`` (see ``ImportResult.changes``): one step to undo."""
        if changes:
            self.undo_stack.push(_ImportTags(self, changes, display))
        self.refresh()

    def edit(self, tag: Tag, *, kind: str | None = None, note: str | None = None) -> None:
        after = replace(tag, kind=kind if kind is not None else tag.kind, note=note if note is not None else tag.note)
        if after == tag:
            return
        text = f"Change tag to {TAG_LABELS[after.kind]}" if kind and kind != tag.kind else "Edit note"
        self.undo_stack.push(_EditTag(self, tag, after, self.documents.get(self.side_of(tag) or ""), text))
