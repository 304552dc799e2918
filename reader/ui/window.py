"""The main window: menus, actions and layout.  It wires views to core; it decides nothing about text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget, QFileDialog, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QProgressBar, QToolBar,
    QVBoxLayout, QWidget,
)

from reader.core.document import document_from_text
from reader.core.errors import ParallaxError
from reader.core.tags import TAG_KINDS, Tag, make_passage
from reader.ui.help import GuideDialog, about_box
from reader.ui.legend import Legend
from reader.ui.linkbar import RELATION_WORDS, LinkBar
from reader.ui.palette import TAG_LABELS, Theme
from reader.ui.pane import STATE_DESCRIPTIONS, DocumentView, SourcePane
from reader.ui.plan import ComparisonPlan, SentenceMark, Span
from reader.ui.settings import push_recent, string_list
from reader.ui.sources import Source, Story
from reader.ui.tagging import TagBook
from reader.ui.tagpanel import TagPanel
from reader.ui.worker import ComparisonJob, JobSignals, resume_collector

TAG_KEYS = {"corroborated": "C", "single-source": "S", "disputed": "D"}
PROGRESS_DELAY_MS = 150


class MainWindow(QMainWindow):
    """Two articles side by side with the comparison between them.

    Signals:
        comparison_shown(): a comparison finished and is on screen.
        comparison_failed(str): loading or comparing failed; the message was shown to the user.
    """

    comparison_shown = Signal()
    comparison_failed = Signal(str)

    def __init__(self, *, story: Story, pair: tuple[int, int], settings, store, remember: bool = True) -> None:
        super().__init__()
        self.setWindowTitle("Parallax")
        self.setObjectName("ParallaxWindow")
        self.story = story
        self.settings = settings
        self.remember = remember
        self.plan: ComparisonPlan | None = None
        self.shown_pair: tuple[int, int] | None = None
        self.pending_pair: tuple[int, int] | None = None
        self.error_box: QMessageBox | None = None
        self._generation = 0
        self._active = "a"
        self._pool = QThreadPool.globalInstance()
        self._signals = JobSignals(self)
        self._signals.finished.connect(self._job_finished)
        self._signals.failed.connect(self._job_failed)
        self.theme = Theme()

        self.book = TagBook(store=store, parent=self)
        self.book.changed.connect(self._tags_changed)
        self.book.failed.connect(lambda message: self.show_error("Tag store", message))

        self.pane_a = SourcePane(side="a", theme=self.theme, describe_partner=lambda m: self._describe_partner("a", m))
        self.pane_b = SourcePane(side="b", theme=self.theme, describe_partner=lambda m: self._describe_partner("b", m))
        self.linkbar = LinkBar(view_a=self.pane_a.view, view_b=self.pane_b.view, theme=self.theme)
        self.legend = Legend(theme=self.theme)
        for pane in (self.pane_a, self.pane_b):
            side = pane.side
            pane.source_chosen.connect(lambda index, side=side: self._source_chosen(side, index))
            pane.view.sentence_activated.connect(lambda index, side=side: self._activated(side, index))
            pane.view.focused.connect(lambda side=side: self._set_active(side))
            pane.view.file_dropped.connect(lambda path, side=side: self.open_file(path, side))

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.pane_a, 1)
        row.addWidget(self.linkbar)
        row.addWidget(self.pane_b, 1)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(6, 6, 6, 2)
        column.setSpacing(4)
        column.addLayout(row, 1)
        column.addWidget(self.legend)
        self.setCentralWidget(central)
        self._reading_area = central

        self.tag_panel = TagPanel()
        self.tag_panel.jump_requested.connect(self.jump_to_tag)
        self.tag_panel.note_edited.connect(self._note_edited)
        self.tag_dock = QDockWidget("Tags", self)
        self.tag_dock.setObjectName("tagsDock")
        self.tag_dock.setWidget(self.tag_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.tag_dock)

        self.status = QLabel("")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName("Comparing")
        self.progress.hide()
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self._progress_timer = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._progress_timer.timeout.connect(self.progress.show)

        self._build_actions()
        self._refresh_pickers()
        if remember:
            self._restore_geometry()
        self.compare_pair(*pair)

    # ---- actions and menus -----------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, tip: str = "", *, reading: bool = False) -> QAction:
        """``reading``: a plain-key shortcut that only works while reading (focus in the panes),
        so typing a note or choosing a source never triggers it."""
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{text.replace('&', '')} ({action.shortcut().toString()})" if shortcut else tip)
        action.triggered.connect(lambda checked=False: slot())
        if reading:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self._reading_area.addAction(action)
        else:
            self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.open_action = self._action("&Open…", self.open_dialog, QKeySequence.StandardKey.Open,
                                        "Open two articles (or one, into the active pane)")
        self.paste_a_action = self._action("Paste as Source &A", lambda: self.paste_source("a"), "Ctrl+Shift+A",
                                           "Use the clipboard's text as article A")
        self.paste_b_action = self._action("Paste as Source &B", lambda: self.paste_source("b"), "Ctrl+Shift+B",
                                           "Use the clipboard's text as article B")
        self.export_action = self._action("&Export Tags…", self.export_tags, "Ctrl+E",
                                          "Write all tags to a CSV or JSON file")
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self.book.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.book.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
        self.next_diff_action = self._action("&Next Difference", lambda: self.step("difference", 1), "Alt+Down",
                                             "Go to the next sentence that differs or is only in this source")
        self.prev_diff_action = self._action("&Previous Difference", lambda: self.step("difference", -1), "Alt+Up",
                                             "Go to the previous difference")
        self.next_conflict_action = self._action("Next Number &Conflict", lambda: self.step("conflict", 1), "N",
                                                 "Go to the next number the other source gives differently", reading=True)
        self.prev_conflict_action = self._action("Previous Number Conflict", lambda: self.step("conflict", -1),
                                                 "Shift+N", "Go to the previous number conflict", reading=True)
        self.next_untagged_action = self._action("Next &Untagged Sentence", lambda: self.step("untagged", 1), "U",
                                                 "Go to the next body sentence without a tag", reading=True)
        self.prev_untagged_action = self._action("Previous Untagged Sentence", lambda: self.step("untagged", -1),
                                                 "Shift+U", "Go to the previous untagged sentence", reading=True)
        self.switch_action = self._action("&Switch Pane", self.switch_pane, "F6", "Move to the other article")
        self.suggestions_action = self._action("Show &Suggested Tags", self._toggle_suggestions, None,
                                               "Show the tags the comparison suggests (outlined)")
        self.suggestions_action.setCheckable(True)
        self.suggestions_action.setChecked(True)
        self.tag_actions = {
            kind: self._action(f"Tag as {TAG_LABELS[kind]}", lambda kind=kind: self.tag_current(kind), TAG_KEYS[kind],
                               f"Tag the current sentence (or selected passage) as {kind}", reading=True)
            for kind in TAG_KINDS
        }
        self.clear_action = self._action("C&lear Tag", self.clear_current, ["X", "Delete"],
                                         "Remove tags from the current sentence or selected passage", reading=True)
        self.accept_action = self._action("&Accept Suggested Tag", self.accept_suggestion, ["Return", "Enter"],
                                          "Save the tag the comparison suggests for this sentence", reading=True)
        self.note_action = self._action("Edit &Note", self.edit_note, "E", "Write a note on the tag here", reading=True)
        self.guide_action = self._action("&User Guide", self.show_guide, QKeySequence.StandardKey.HelpContents)
        self.about_action = self._action("&About Parallax", self.show_about)

        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addAction(self.paste_a_action)
        file_menu.addAction(self.paste_b_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        go_menu = bar.addMenu("&Go")
        for action in (self.next_diff_action, self.prev_diff_action, self.next_conflict_action,
                       self.prev_conflict_action, self.next_untagged_action, self.prev_untagged_action,
                       self.switch_action):
            go_menu.addAction(action)
        tag_menu = bar.addMenu("&Tag")
        for action in (*self.tag_actions.values(), self.clear_action, self.accept_action, self.note_action):
            tag_menu.addAction(action)
        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.suggestions_action)
        view_menu.addAction(self.tag_dock.toggleViewAction())
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.about_action)

        toolbar = QToolBar("Main", self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.open_action)
        toolbar.addSeparator()
        toolbar.addAction(self.prev_diff_action)
        toolbar.addAction(self.next_diff_action)
        toolbar.addAction(self.next_conflict_action)
        toolbar.addSeparator()
        for action in self.tag_actions.values():
            toolbar.addAction(action)
        toolbar.addAction(self.clear_action)
        toolbar.addAction(self.accept_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        short = {self.prev_diff_action: "◀ Difference", self.next_diff_action: "Difference ▶",
                 self.next_conflict_action: "Conflict ▶ (N)", self.clear_action: "Clear (X)",
                 self.accept_action: "Accept suggestion (Enter)",
                 **{a: f"{TAG_LABELS[k]} ({TAG_KEYS[k]})" for k, a in self.tag_actions.items()}}
        for action, text in short.items():
            action.setIconText(text)
        # The undo stack renames these after every change ("Undo Tag as corroborated"): the menu
        # shows that, the toolbar stays short.
        self.book.undo_stack.undoTextChanged.connect(self._short_undo_labels)
        self.book.undo_stack.redoTextChanged.connect(self._short_undo_labels)
        self._short_undo_labels()
        for kind, action in self.tag_actions.items():
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setObjectName(f"tagButton-{kind}")
        context = [*self.tag_actions.values(), self.clear_action, self.accept_action, self.note_action]
        for pane in (self.pane_a, self.pane_b):
            pane.view.context_actions = context

    def _short_undo_labels(self, *_) -> None:
        self.undo_action.setIconText("Undo")
        self.redo_action.setIconText("Redo")

    # ---- opening -------------------------------------------------------------------
    def _refresh_pickers(self) -> None:
        labels = self.story.labels()
        pair = self.pending_pair or self.shown_pair or (0, min(1, len(self.story) - 1))
        self.pane_a.set_sources(labels, pair[0])
        self.pane_b.set_sources(labels, pair[1])

    def compare_pair(self, a: int, b: int) -> None:
        """Start comparing story sources ``a`` and ``b``; the current comparison stays until it is done."""
        if not (0 <= a < len(self.story) and 0 <= b < len(self.story)):
            return
        self._generation += 1
        self.pending_pair = (a, b)
        self._refresh_pickers()
        self.status.setText("Comparing…")
        self._progress_timer.start()
        job = ComparisonJob(generation=self._generation, source_a=self.story[a], source_b=self.story[b],
                            signals=self._signals)
        self._pool.start(job)

    @property
    def busy(self) -> bool:
        return self.pending_pair is not None

    def _end_job(self, generation: int) -> bool:
        """Common to both job endings: resume the collector; for the current job
        (True) stop the progress display.  A superseded job's result is ignored."""
        resume_collector()
        if generation != self._generation:
            return False
        self._progress_timer.stop()
        self.progress.hide()
        return True

    def _take_pending_pair(self) -> tuple[int, int] | None:
        pair, self.pending_pair = self.pending_pair, None
        return pair

    def _job_finished(self, generation: int, plan: ComparisonPlan) -> None:
        if not self._end_job(generation):
            return
        pair = self._take_pending_pair()
        # Cheap even for 100,000-word articles: the panes take their first screens now and the
        # rest of the text over the next turns of the event loop (DocumentView.set_plan).
        self.plan = plan
        self.shown_pair = pair
        for index, document in zip(pair, (plan.comparison.a, plan.comparison.b)):
            source = self.story[index]
            if source.path and source.document is None:
                source.label = document.title or Path(source.path).name
        self._refresh_pickers()
        self.pane_a.set_plan(plan.a)
        self.pane_b.set_plan(plan.b)
        self.linkbar.set_plan(plan)
        self.book.show_documents(plan.comparison.a, plan.comparison.b)
        self.setWindowTitle(f"{self.story[pair[0]].label[:40]} ↔ {self.story[pair[1]].label[:40]} — Parallax")
        self.status.setText(self._summary())
        if self.remember:
            paths = [self.story[i].path for i in pair]
            if all(paths):
                self.settings.setValue("lastSources", paths)
        self.comparison_shown.emit()

    def _job_failed(self, generation: int, side: str, message: str) -> None:
        if not self._end_job(generation):
            return
        failed_pair = self._take_pending_pair()
        # The file stays listed only if it was in the story before this attempt.
        if failed_pair and side:
            index = failed_pair[0 if side == "a" else 1]
            source = self.story[index]
            if source.path and index == len(self.story) - 1 and index not in (self.shown_pair or ()):
                self.story.sources.pop(index)
        self._refresh_pickers()
        self.status.setText(self._summary() if self.plan else "Nothing to show.")
        self.show_error("Cannot open the article", message)
        self.comparison_failed.emit(message)

    def _summary(self) -> str:
        plan = self.plan
        if plan is None:
            return ""
        c = plan.comparison
        conflicts = sum(1 for link in c.links if link.has_conflict)
        only_a, only_b = len(c.unmatched("a")), len(c.unmatched("b"))
        same = sum(1 for link in c.links if link.relation == "equivalent")
        def count(n: int, word: str) -> str:
            return f"{n} {word}" + ("" if n == 1 else "s")

        return (f"{count(same, 'same claim')} · {count(len(c.links) - same, 'differing claim')} · "
                f"{count(conflicts, 'number conflict')} · only in A: {only_a} · only in B: {only_b}")

    def open_file(self, path: str, side: str) -> None:
        index = self.story.add(Source(label=Path(path).name, path=path))
        if self.remember:
            push_recent(self.settings, str(Path(path).expanduser().resolve()))
        current = self.pending_pair or self.shown_pair or (index, index)
        pair = (index, current[1]) if side == "a" else (current[0], index)
        self.compare_pair(*pair)

    def open_files(self, a: str, b: str) -> None:
        ia = self.story.add(Source(label=Path(a).name, path=a))
        ib = self.story.add(Source(label=Path(b).name, path=b))
        if self.remember:
            for path in (b, a):
                push_recent(self.settings, str(Path(path).expanduser().resolve()))
        self.compare_pair(ia, ib)

    def open_dialog(self) -> None:
        start = str(Path(self.story[self.shown_pair[0]].path).parent) if self.shown_pair and self.story[
            self.shown_pair[0]].path else ""
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Open two articles (A, then B)", start, "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)")
        if len(paths) >= 2:
            self.open_files(paths[0], paths[1])
        elif len(paths) == 1:
            self.open_file(paths[0], self._active)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = string_list(self.settings, "recentFiles")
        if not recent:
            self.recent_menu.addAction("No recent files").setEnabled(False)
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda checked=False, path=path: self.open_file(path, self._active))

    def paste_source(self, side: str) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.show_error("Nothing to paste", "The clipboard holds no text to compare.")
            return
        document = document_from_text(text, title="")
        index = self.story.add(Source(label=f"Pasted: {document.title}", document=document))
        current = self.pending_pair or self.shown_pair or (index, index)
        self.compare_pair(*((index, current[1]) if side == "a" else (current[0], index)))

    def _source_chosen(self, side: str, index: int) -> None:
        current = self.pending_pair or self.shown_pair or (0, 0)
        pair = (index, current[1]) if side == "a" else (current[0], index)
        if pair != current:
            self.compare_pair(*pair)

    def show_error(self, title: str, message: str) -> None:
        """A window-modal message that does not block (tests and the event loop keep running)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error_box = box
        box.open()

    # ---- the current sentence and its partners --------------------------------------
    def view(self, side: str) -> DocumentView:
        return self.pane_a.view if side == "a" else self.pane_b.view

    def _set_active(self, side: str) -> None:
        self._active = side

    @property
    def active_side(self) -> str:
        return self._active

    def _activated(self, side: str, index: int) -> None:
        self._active = side
        other = "b" if side == "a" else "a"
        view = self.view(side)
        mark = view.current_mark()
        if mark is None:
            return
        self.view(other).light_up(mark.partners, follow=bool(mark.partners))
        self.linkbar.set_current(mark.links)
        self._show_current_tag()

    def _describe_partner(self, side: str, mark: SentenceMark) -> str:
        if not mark.links:
            return ""
        other = "B" if side == "a" else "A"
        parts = []
        for link in mark.links:
            partner = link.b if side == "a" else link.a
            words = RELATION_WORDS.get(link.relation, link.relation)
            parts.append(f"{other} sentence {partner + 1}: {words.lower()} (score {link.score:.2f})")
        return "\n".join(parts)

    def _current_tags(self, side: str) -> list[Tag]:
        view = self.view(side)
        start, end = self._current_range(side)
        if end <= start:
            return []
        plan = view.plan
        return [t for t in self.book.tags[side] if t.status == "anchored"
                and t.passage.anchor.start < end and t.passage.anchor.end > start] if plan else []

    def _show_current_tag(self) -> None:
        side = self._active
        view = self.view(side)
        mark = view.current_mark()
        if mark is None:
            self.tag_panel.show_current(None, "No sentence selected.")
            return
        tags = self._current_tags(side)
        where = f"{side.upper()} sentence {mark.index + 1}: {STATE_DESCRIPTIONS.get(mark.state, mark.state).lower()}"
        if tags:
            tag = tags[0]
            text = f"{where}. Tagged <b>{TAG_LABELS[tag.kind]}</b> by {tag.author}."
        elif mark.suggestion and self.suggestions_action.isChecked():
            text = f"{where}. Suggested: {TAG_LABELS[mark.suggestion]} — press Enter to accept."
            tag = None
        else:
            text, tag = f"{where}. Not tagged.", None
        self.tag_panel.show_current(tag, text)

    # ---- navigation ------------------------------------------------------------------
    def _active_view(self) -> DocumentView:
        return self.view(self._active)

    def step(self, what: str, direction: int) -> None:
        view = self._active_view()
        plan = view.plan
        if plan is None:
            return
        marks = plan.marks
        current = view.current_index
        order = range(current + 1, len(marks)) if direction > 0 else range(current - 1, -1, -1)
        for i in order:
            mark = marks[i]
            if what == "difference":
                hit = mark.is_difference and mark.state != "heading"
            elif what == "conflict":
                hit = mark.conflict
            else:
                hit = mark.state in ("equivalent", "related", "unmatched") and view.tag_kind_of(mark) is None
            if hit:
                view.move_to(mark.start)
                view.setFocus()
                return
        names = {"difference": "differences", "conflict": "number conflicts", "untagged": "untagged sentences"}
        self.statusBar().showMessage(f"No more {names[what]} {'below' if direction > 0 else 'above'} in "
                                     f"{self._active.upper()}.", 4000)

    def switch_pane(self) -> None:
        side = "b" if self._active == "a" else "a"
        self._active = side
        self.view(side).setFocus()

    def jump_to_tag(self, side: str, tag: Tag) -> None:
        view = self.view(side)
        if view.plan is None or tag.orphaned:
            self.statusBar().showMessage("This tag's passage can no longer be found in the article.", 5000)
            return
        qt = view.plan.offsets.to_qt
        a = tag.passage.anchor
        self._active = side
        view.move_to(qt(a.start))
        view.move_to(qt(a.start), select_to=qt(a.end))
        view.setFocus()

    # ---- tagging ---------------------------------------------------------------------
    def _current_range(self, side: str) -> tuple[int, int]:
        """The passage a tag key acts on, in Python offsets: the selection, else the current sentence."""
        view = self.view(side)
        plan = view.plan
        if plan is None:
            return 0, 0
        cursor = view.textCursor()
        if cursor.hasSelection():
            return plan.offsets.to_py(cursor.selectionStart()), plan.offsets.to_py(cursor.selectionEnd())
        mark = view.current_mark()
        if mark is None:
            return 0, 0
        sentence = plan.sentences[mark.index]
        return sentence.start, sentence.end

    def tag_current(self, kind: str) -> None:
        side = self._active
        view = self.view(side)
        plan = view.plan
        start, end = self._current_range(side)
        if plan is None or end <= start:
            self.statusBar().showMessage("Put the cursor in a sentence (or select a passage) to tag it.", 4000)
            return
        same = [t for t in self._current_tags(side) if (t.passage.anchor.start, t.passage.anchor.end) == (start, end)]
        if same:
            if same[0].kind != kind:
                self.book.edit(same[0], kind=kind)
            return
        other_plan = self.plan.side("b" if side == "a" else "a")
        partners = []
        for sentence in plan.sentences:
            if sentence.start < end and sentence.end > start:
                for index in plan.marks[sentence.index].partners:
                    partner = other_plan.sentences[index]
                    partners.append(make_passage(other_plan.document, partner.start, partner.end))
        try:
            self.book.add(side, start, end, kind, partners=tuple(dict.fromkeys(partners)))
        except ParallaxError as error:
            self.show_error("Cannot tag", str(error))

    def clear_current(self) -> None:
        tags = self._current_tags(self._active)
        if tags:
            self.book.remove(tags)

    def accept_suggestion(self) -> None:
        mark = self._active_view().current_mark()
        if mark is None or not mark.suggestion:
            self.statusBar().showMessage("No suggested tag here.", 3000)
            return
        if self._current_tags(self._active):
            self.statusBar().showMessage("This sentence is already tagged.", 3000)
            return
        self.tag_current(mark.suggestion)

    def edit_note(self) -> None:
        if not self._current_tags(self._active):
            self.statusBar().showMessage("Tag the passage first (C, S or D), then add a note.", 4000)
            return
        self.tag_dock.show()
        self.tag_panel.note.setFocus()
        self.tag_panel.note.selectAll()

    def _note_edited(self, text: str) -> None:
        tags = self._current_tags(self._active)
        if tags and tags[0].note != text:
            self.book.edit(tags[0], note=text)
        if self.tag_panel.note.hasFocus():
            self._active_view().setFocus()

    def _tags_changed(self) -> None:
        for side in ("a", "b"):
            view = self.view(side)
            if view.plan is None:
                continue
            qt = view.plan.offsets.to_qt
            spans = [Span(qt(t.passage.anchor.start), qt(t.passage.anchor.end), t.kind)
                     for t in self.book.tags[side] if t.status == "anchored"]
            view.set_tags(spans)
            (self.pane_a if side == "a" else self.pane_b).overview.set_tags(spans)
        self.tag_panel.set_tags(self.book.tags)
        self._show_current_tag()

    def _toggle_suggestions(self) -> None:
        for side in ("a", "b"):
            self.view(side).show_suggestions = self.suggestions_action.isChecked()
            self.view(side).viewport().update()
            self.view(side)._gutter.update()
        self._show_current_tag()

    def export_tags(self) -> None:
        from reader.core import export

        path, chosen = QFileDialog.getSaveFileName(
            self, "Export tags", str(Path.home() / "parallax-tags.csv"), "CSV (*.csv);;JSON (*.json)")
        if not path:
            return
        as_json = path.lower().endswith(".json") or (chosen.startswith("JSON") and not path.lower().endswith(".csv"))
        if as_json and not path.lower().endswith(".json"):
            path += ".json"
        try:
            # Re-anchored against the files as they are now, like `parallax tags export`.
            count = export.export_file(export.current_tags(self.book.store), path, "json" if as_json else "csv")
        except (ParallaxError, OSError) as error:
            self.show_error("Cannot export tags", str(error))
            return
        self.statusBar().showMessage(f"Exported {count} tags to {path}", 6000)

    def show_example(self) -> None:
        """Put the cursor on a telling sentence of A (a number conflict, else a difference with a partner)."""
        if self.plan is None:
            return
        marks = self.plan.a.marks
        pick = (next((m for m in marks if m.conflict), None)
                or next((m for m in marks if m.state == "related" and m.partners), None)
                or next((m for m in marks if m.partners), None))
        if pick is not None:
            self._active = "a"
            self.pane_a.view.move_to(pick.start)
            self.pane_a.view.centerCursor()
            self.pane_a.view.setFocus()

    # ---- help ------------------------------------------------------------------------
    def show_guide(self) -> None:
        self.guide = GuideDialog(self)
        self.guide.show()

    def show_about(self) -> None:
        self.about = about_box(self)
        self.about.open()

    # ---- window state ----------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        state = self.settings.value("windowState")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if not self.remember or self.settings.value("windowState") is None:
                # The reading panes get the height; the tag list starts as a short strip.
                self.resizeDocks([self.tag_dock], [180], Qt.Orientation.Vertical)

    _shown_once = False

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ThemeChange) and hasattr(self, "legend"):
            self.theme = Theme()
            for widget in (self.pane_a.view, self.pane_b.view, self.pane_a.overview, self.pane_b.overview,
                           self.linkbar, self.legend):
                widget.set_theme(self.theme)
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.remember:
            self.settings.setValue("geometry", self.saveGeometry())
            self.settings.setValue("windowState", self.saveState())
            self.settings.sync()
        self._generation += 1  # a comparison still running is no longer wanted
        self.tag_panel.note_edited.disconnect(self._note_edited)
        self.book.store.close()
        super().closeEvent(event)
