"""What the File menu does: open articles (dialog, recent list, files dropped on a pane),
paste one from the clipboard, export the tags.

Part of ``MainWindow`` (mixed into it), kept in its own file because it is the
window's only traffic with the file system, dialogs and the clipboard; the
comparison itself starts in ``MainWindow.compare_pair``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reader.core.document import load_document
from reader.core.errors import ParallaxError, as_sentence
from reader.ui.settings import forget_recent, push_recent, string_list
from reader.ui.sources import Source, pasted_document
from reader.ui.tagging import articles_named


class FileCommands:
    """Adds articles to the window's story and compares them; writes the tags out.

    Expects from the window: ``story``, ``settings``, ``remember``, ``pending_pair``/``shown_pair``,
    ``recent_menu``, ``book``, ``_active``, ``compare_pair``, ``pair_with``, ``show_error`` and
    ``comparison_failed``.
    """

    def open_file(self, path: str, side: str) -> None:
        index = self._add_file(path)
        self.remember_files(path)
        self.compare_pair(*self.pair_with(side, index))

    def open_files(self, a: str, b: str, *others: str) -> None:
        """Compare ``a`` with ``b``; ``others`` are listed after them in the pickers."""
        ia, ib = self._add_file(a), self._add_file(b)
        for path in others:
            self._add_file(path)
        self.remember_files(a, b)
        self.compare_pair(ia, ib)

    def _add_file(self, path: str) -> int:
        """Add the article at ``path`` to the story's sources (once); its index."""
        return self.story.add(Source(label=Path(path).name, path=path))

    def remember_files(self, *paths: str) -> None:
        """Put ``paths`` at the head of File ▸ Open Recent, the first one on top."""
        if self.remember:
            for path in reversed(paths):
                push_recent(self.settings, str(Path(path).expanduser().resolve()))

    def _forget_unopened(self, index: int) -> None:
        """Source ``index`` failed to open: a file never read is taken out of the pickers and out of
        File ▸ Open Recent, so that it is not offered again (one read before, such as the one on
        screen, stays: its earlier reading is still there to compare)."""
        source = self.story[index]
        if not source.path or source.last_read is not None or index in (self.shown_pair or ()):
            return
        if self.remember:
            forget_recent(self.settings, source.key)
        self.shown_pair = self.story.remove(index, self.shown_pair)

    def open_paths(self, paths: list[str], side: str) -> None:
        """One file opens on ``side``; two or more are compared, A then B, and
        the rest are added to the source lists so that none is silently left out.

        Several files are each read first: every one that cannot be read is named in one message
        and kept out of the pickers, and the readable ones open all the same (one alone on the side
        it was chosen for, beside the article already in the other pane), as on the command line."""
        if len(paths) == 1:
            self.open_file(paths[0], side)
            return
        readable, problems = _sorted_by_readability(paths)
        if len(readable) == 1:
            side = _side_chosen_for(paths, readable[0], side)
            self.open_file(readable[0], side)
        elif readable:
            self.open_files(*readable)
            if len(readable) > 2:
                self.statusBar().showMessage(
                    f"Comparing the first two of {len(readable)} articles; the others are in the source lists.", 10000)
        if problems:
            message = _unreadable_said(len(paths), readable, problems, side, beside=self.shown_pair is not None)
            self.show_error("Cannot open the article" if len(problems) == 1 else "Cannot open the articles", message)
            self.comparison_failed.emit(message)

    def open_dropped(self, paths: list[str], links: list[str], side: str) -> None:
        """Files dropped on a pane.  Web links are not fetched: Parallax works offline."""
        if links and not paths:
            # The address on a line of its own, with no full stop after it (see show_error):
            # copied from the message, it must work as it is.
            self.show_error("Cannot open a web link",
                            f"Parallax works offline and does not download pages:\n{links[0]}\n\n"
                            "Save the article as a file, or drag or paste its text onto a pane.")
            return
        self.open_paths(paths, side)
        if links:
            self.statusBar().showMessage(
                f"Left out {len(links)} web link(s): Parallax opens files, it does not download pages.", 10000)

    def open_dialog(self) -> None:
        start = str(Path(self.story[self.shown_pair[0]].path).parent) if self.shown_pair and self.story[
            self.shown_pair[0]].path else ""
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Open two articles (A, then B)", start,
            "Articles (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht *.eml);;All files (*)")
        if paths:
            self.open_paths(paths, self._active)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = string_list(self.settings, "recentFiles")
        if not recent:
            self.recent_menu.addAction("No recent files").setEnabled(False)
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda checked=False, path=path: self._open_recent(path))

    def _open_recent(self, path: str) -> None:
        """A file moved or deleted since is not opened (nor put back on top of the list): it is
        dropped from Open Recent, and the message says so."""
        if not Path(path).exists():
            if self.remember:
                forget_recent(self.settings, path)
            self.show_error("Cannot open the article",
                            f"{path} cannot be found: it was moved or deleted. It has been taken off the "
                            "Open Recent list.")
            return
        self.open_file(path, self._active)

    def paste_source(self, side: str) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.show_error("Nothing to paste", "The clipboard holds no text to compare.")
            return
        self.paste_text(text, side)

    def paste_text(self, text: str, side: str) -> None:
        """Compare ``text`` (pasted, or dropped on a pane) as the article on ``side``."""
        try:
            document = pasted_document(text)
        except ParallaxError as error:
            self.show_error("Nothing to compare", as_sentence(str(error)))
            return
        index = self.story.add(Source(label=f"Pasted: {document.title}", document=document))
        self.compare_pair(*self.pair_with(side, index))
        # Said, because a paste in a pane replaces the article read there without a dialog.
        self.statusBar().showMessage(f"The pasted text is now source {side.upper()}; the article it replaces "
                                     "is still in the source list.", 8000)

    def export_tags(self) -> None:
        from reader.core import export

        try:
            tagged = bool(self.book.store.sources())
        except (ParallaxError, OSError) as error:
            self.show_error("Cannot export tags", str(error))
            return
        if not tagged:
            # A file of column names alone is no export: said instead, before a save dialog asks
            # where to put it.
            self.statusBar().showMessage("There are no tags to export yet: tag a passage with C, S or D first.", 8000)
            return
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export tags", str(Path.home() / "parallax-tags.csv"), "CSV (*.csv);;JSON (*.json)")
        if not path:
            return
        asked_about = path
        as_json = path.lower().endswith(".json") or (chosen.startswith("JSON") and not path.lower().endswith(".csv"))
        if as_json and not path.lower().endswith(".json"):
            path += ".json"
        elif not as_json and not Path(path).suffix:
            path += ".csv"  # "tags" saved as CSV: a spreadsheet opens it on a double-click
        try:
            # Re-anchored against the files as they are now, like `parallax tags export`.  The save
            # dialog asked before replacing the file it returned; a name it was not asked about
            # (an extension added here) replaces no file but a tag file.
            tags = export.current_tags(self.book.store)
            count = export.export_file(tags, path, "json" if as_json else "csv",
                                       only_over_tag_files=path != asked_about)
        except (ParallaxError, OSError) as error:
            self.show_error("Cannot export tags", str(error))
            return
        # Every article's tags go, not only the two shown: said, as the Tags panel lists only those.
        articles = _count_of(len(_articles_of(tags)), "article")
        self.statusBar().showMessage(f"Exported {_tags(count)} from {articles} to {path}", 6000)

    def import_tags(self) -> None:
        from reader.core.tag_import import describe_import, import_file

        # Excel saves "Unicode Text" (UTF-16, tab-separated) as .txt; other tools write .tsv.
        path, _ = QFileDialog.getOpenFileName(self, "Import tags", str(Path.home()),
                                              "Tag files (*.csv *.json *.txt *.tsv);;All files (*)")
        if not path:
            return
        try:
            result = import_file(self.book.store, path, display=Path(path).name)
        except (ParallaxError, OSError) as error:
            self.show_error("Cannot import tags", f"Nothing was imported. {as_sentence(str(error))}")
            return
        # One step on the undo stack (Edit ▸ Undo takes the whole import back); the panes and the
        # panel show the imported tags at once.
        self.book.imported(result.changes, Path(path).name)
        _, *details = describe_import(result, Path(path).name)
        summary = import_summary(result, Path(path).name)
        elsewhere = self.book.hidden_from_view([tag for _, tag in result.changes])
        if elsewhere:
            # The Tags panel lists the two articles on screen only: without this, "4 tags imported"
            # over "No tags yet" reads as an import that failed.
            summary += "; " + where_they_went(elsewhere, len(result.changes))
        self.show_error("Tags imported", "\n\n".join(as_sentence(line) for line in [summary, *details]),
                        icon=QMessageBox.Icon.Information)


def _sorted_by_readability(paths: list[str]) -> tuple[list[str], list[str]]:
    """``(readable paths, why each other one cannot be read)``.  Each file is read here, before the
    comparison reads it again: an article takes milliseconds (a large saved page, up to a second or
    so), and a file too large to open is refused by its size before it is read."""
    readable, problems = [], []
    for path in paths:
        try:
            load_document(path)
        except ParallaxError as error:
            problems.append(str(error))
        else:
            readable.append(path)
    return readable, problems


def _side_chosen_for(paths: list[str], path: str, side: str) -> str:
    """The pane ``path`` was chosen for: A and B for the first two files (in that order), else ``side``."""
    place = paths.index(path)
    return "ab"[place] if place < 2 else side


def _unreadable_said(chosen: int, readable: list[str], problems: list[str], side: str, *, beside: bool) -> str:
    """The message for the ``chosen`` files that cannot be read: each one's reason on a line of its
    own, and what opened (one readable file alone opened on ``side``, ``beside`` an article shown
    in the other pane or not)."""
    if not readable:
        head = "Neither file can be opened" if chosen == 2 else f"None of the {chosen} files can be opened"
    elif len(problems) == 1:
        head = "One of the files cannot be opened"
    else:
        head = f"{len(problems)} of the {chosen} files cannot be opened"
    reasons = "\n".join(as_sentence(problem) for problem in problems)
    return f"{head}:\n{reasons}\n\n{_what_opened(readable, side, beside)}"


def _what_opened(readable: list[str], side: str, beside: bool) -> str:
    names = [Path(path).name for path in readable]
    if not names:
        return "The articles on screen stay as they were"
    if len(names) == 1:
        other = f", beside the article in {'B' if side == 'a' else 'A'}" if beside else ""
        return f"{names[0]} is opened in {side.upper()}{other}"
    others = "; the other readable files are in the source lists" if len(names) > 2 else ""
    return f"{names[0]} and {names[1]} are compared{others}"


def where_they_went(elsewhere: list, changed: int) -> str:
    """Where the imported tags of articles not on screen went, and how to see them."""
    count = len(elsewhere)
    which = "they are" if count == changed else f"{count} of them {'is' if count == 1 else 'are'}"
    one = len(_articles_of(elsewhere)) == 1
    return (f"{which} on {articles_named(elsewhere)}, not on screen: "
            f"open {'it' if one else 'them'} to see {'its' if one else 'their'} tags")


def import_summary(result, display: str) -> str:
    """The first line of what an import did, worded by what happened to the tags: "From tags.csv:
    2 tags updated with the file's edits", not "Imported 0 tags (2 updated …)", which reads as
    if the import failed."""
    changed = result.updated + result.edited
    present = result.already_present
    if not result.added and not changed and result.total and present == result.total:
        return (f"Nothing new in {display}: "
                + ("its one tag is" if result.total == 1 else f"all {result.total} of its tags are")
                + " already in the store, as stored")
    done = [f"{_tags(result.added)} imported"] if result.added else []
    for count, how in ((result.updated, "from a newer copy"), (result.edited, "with the file's edits")):
        if count:
            done.append(f"{_tags(count) if not done else count} updated {how}")
    head = f"From {display}: " + (", ".join(done) if done else "no tags imported")
    if present > 0:
        head += f"; {present} {'was' if present == 1 else 'were'} already in the store, left as stored"
    return head


def _tags(count: int) -> str:
    return _count_of(count, "tag")


def _count_of(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _articles_of(tags) -> set[str]:
    """The articles ``tags`` are on: by file, or by text for a pasted one (which has no file)."""
    return {tag.source or tag.anchor.source_sha256 for tag in tags}
