"""The main window: layout, comparisons and the current sentence.  It wires views to core; it decides
nothing about text.

The window's other parts are mixed in from their own modules: ``actions`` (menus, toolbar,
shortcuts), ``filecommands`` (open, paste, export) and ``tagediting`` (tag keys and notes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtWidgets import (
    QDockWidget, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QProgressBar, QVBoxLayout, QWidget,
)

from reader.core.errors import as_sentence
from reader.core.tags import Tag
from reader.ui.actions import WindowActions
from reader.ui.filecommands import FileCommands
from reader.ui.help import GuideDialog, about_box
from reader.ui.icon import app_icon
from reader.ui.legend import Legend
from reader.ui.linkbar import RELATION_WORDS, LinkBar
from reader.ui.palette import Theme
from reader.ui.pane import PARTNER_ROOM, DocumentView, SourcePane, reading_font, reading_point_size, within_zoom
from reader.ui.plan import ComparisonPlan, SentenceMark, best_link, opening, opening_before
from reader.ui.scrollsync import ScrollSync
from reader.ui.settings import flag, whole_number
from reader.ui.sources import Story
from reader.ui.tagediting import NOTHING_SHARED, TagEditing
from reader.ui.tagging import TagBook
from reader.ui.tagpanel import ROWS_KEPT, TagPanel
from reader.ui.warningbar import WarningBar
from reader.ui.worker import ComparisonJob, JobSignals, resume_collector

PROGRESS_DELAY_MS = 150
# Tag rows the tags panel keeps in sight on a small screen, 800×600 (see MainWindow.showEvent).
MIN_TAG_ROWS = ROWS_KEPT
# How many sentences before the one being read an edited article is searched back for one it
# still has, to find the reader's place again (File ▸ Reload).
PLACE_LOOKBACK = 50


# The mixins only add methods (no __init__, no state of their own: __init__ below sets up
# everything they use).  They come before QMainWindow so super().__init__() reaches Qt's.
class MainWindow(WindowActions, FileCommands, TagEditing, QMainWindow):
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
        self.setWindowIcon(app_icon())  # Help ▸ About shows it too
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
        self.book.failed.connect(lambda _message: self._show_store_state())
        self.book.out_of_sight.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.book.undo_stack.indexChanged.connect(self._undo_stack_moved)

        self.pane_a = SourcePane(side="a", theme=self.theme, describe_partner=lambda m: self._describe_partner("a", m),
                                 notes_on=self.notes_on, tab_elsewhere=self._tab_to_note)
        self.pane_b = SourcePane(side="b", theme=self.theme, describe_partner=lambda m: self._describe_partner("b", m),
                                 notes_on=self.notes_on, tab_elsewhere=self._tab_to_note)
        self.linkbar = LinkBar(view_a=self.pane_a.view, view_b=self.pane_b.view, theme=self.theme)
        self.scroll_sync = ScrollSync(self.pane_a.view, self.pane_b.view, self)
        self.scroll_sync.enabled = flag(settings, "scrollTogether", True) if remember else True
        self.legend = Legend(theme=self.theme)
        self.warning_bar = WarningBar(theme=self.theme)
        for pane in (self.pane_a, self.pane_b):
            side = pane.side
            pane.source_chosen.connect(lambda index, side=side: self._source_chosen(side, index))
            pane.view.sentence_activated.connect(
                lambda index, moved, side=side: self._activated(side, index, follow=moved))
            pane.view.focused.connect(lambda side=side: self._set_active(side))
            # A selection is a passage of its own (see TagEditing._tag_here): the panel follows it.
            pane.view.selectionChanged.connect(lambda side=side: side == self._active and self._show_current_tag())
            pane.view.files_dropped.connect(lambda paths, links, side=side: self.open_dropped(paths, links, side))
            pane.view.text_dropped.connect(lambda text, side=side: self.paste_text(text, side))
            pane.view.paste_requested.connect(lambda side=side: self.paste_source(side))
            pane.view.zoom_requested.connect(self.zoom)
        self.text_zoom = within_zoom(whole_number(settings, "textZoom", 0)) if remember else 0
        self._set_text_size()

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
        column.addWidget(self.warning_bar)
        column.addLayout(row, 1)
        column.addWidget(self.legend)
        self.setCentralWidget(central)

        self.tag_panel = TagPanel()
        self.tag_panel.jump_requested.connect(self.jump_to_tag)
        self.tag_panel.leave_requested.connect(lambda: self.view(self._active).setFocus())
        self.tag_panel.delete_requested.connect(self.delete_tags)
        self.tag_panel.note_edited.connect(self._note_edited)
        self.tag_panel.note_cancelled.connect(self._note_cancelled)
        self.tag_panel.note.tab_elsewhere = self._tab_on_from_note
        self.tag_dock = QDockWidget("Tags", self)
        self.tag_dock.setObjectName("tagsDock")
        self.tag_dock.setWidget(self.tag_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.tag_dock)

        self.status = QLabel("")
        self.status.setToolTip(COUNTS_EXPLAINED)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName("Comparing")
        self.progress.hide()
        self.statusBar().addWidget(self.status, 1)
        self.read_only_label = QLabel("Tags are read-only")
        self.read_only_label.setToolTip("The tag store cannot be written (see the message at start): "
                                        "your tags are shown and can be exported, but not changed.")
        self.read_only_label.hide()
        # Said while the sample story is on screen (a first start): the articles are not the reader's,
        # and how to show their own.  Given no width of its own, it leaves a small window its size.
        self.sample_label = _ShortWhenNarrow()
        self.sample_label.hide()
        self.statusBar().addPermanentWidget(self.sample_label)
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.progress)
        self._progress_timer = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._progress_timer.timeout.connect(self.progress.show)

        self._build_actions()
        self._say_sample_story()
        self._show_store_state()
        self._refresh_pickers()
        # Reading starts in article A: the tag keys work there, and the first focusable widget
        # (A's source picker) would take the keys for choosing a source instead.
        self.pane_a.view.setFocus()
        if remember:
            self._restore_geometry()
        self.compare_pair(*pair)

    # ---- comparing -----------------------------------------------------------------
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

    def reload(self) -> None:
        """Read both articles again from their files (one was edited) and compare them anew.  Each
        pane keeps its place where the new text allows (see ``_job_finished``)."""
        pair = self.pending_pair or self.shown_pair
        if pair is None:
            return
        self.compare_pair(*pair)
        self._reload_generation = self._generation

    @property
    def busy(self) -> bool:
        return self.pending_pair is not None

    @property
    def closed(self) -> bool:
        """The window was closed: its settings are saved and its tag store is closed."""
        return self._closed

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
        # The article a pane showed, read again with other words (edited on disk): the reader goes
        # back to the sentence they were on, as found in the new text.
        places = {side: self._reading_place(side) for i, side in enumerate("ab")
                  if self.shown_pair and self.shown_pair[i] == pair[i]}
        changed = [side.upper() for side in places if self.view(side).plan.document.text != plan.side(side).document.text]
        # Cheap even for 100,000-word articles: the panes take their first screens now and the
        # rest of the text over the next turns of the event loop (DocumentView.set_plan).
        self.plan = plan
        self.shown_pair = pair
        for index, document in zip(pair, (plan.comparison.a, plan.comparison.b)):
            source = self.story[index]
            if source.path and source.document is None:
                source.take_title(document.title)
        self._refresh_pickers()
        # An article that stays on screen keeps the reader's place in it (DocumentView.set_plan).
        # A pane that takes a new article starts at its top: that is no scrolling by the reader,
        # and the pane being read must not follow it there.
        with self.scroll_sync.held():
            self.pane_a.set_plan(plan.a)
            self.pane_b.set_plan(plan.b)
            self.linkbar.set_plan(plan)
            self.scroll_sync.set_plan(plan)
            self.book.show_documents(plan.comparison.a, plan.comparison.b)
            self.show_suggestions_offered()
            self.warning_bar.show_warning(_with_suggestions_withheld(plan.warning) if self.shares_too_little()
                                          else plan.warning)
            self.legend.show_filing(plan.has_filing_dates)
            self._return_to_places(places)
        kept = self._active_view().current_index
        if kept >= 0:
            # The sentence being read is still there: the new article shows its partners.
            self._activated(self._active, kept)
        self.setWindowTitle(f"{_shortened(self.story[pair[0]].label)} ↔ {_shortened(self.story[pair[1]].label)} — Parallax")
        self.status.setText(self._summary())
        self.sample_label.setVisible(self._showing_sample_story())
        if generation == self._reload_generation:
            gone = [side.upper() for i, side in enumerate("ab")
                    if self.story[pair[i]].path and not Path(self.story[pair[i]].path).is_file()]
            self.statusBar().showMessage(_reloaded_message(changed, gone, self._orphaned_count()), 8000)
        if self.remember:
            paths = [self.story[i].path for i in pair]
            if all(paths):
                self.settings.setValue("lastSources", paths)
        self.comparison_shown.emit()

    def _reading_place(self, side: str) -> ReadingPlace | None:
        view = self.view(side)
        mark = view.current_mark() if view.current_index >= 0 else None
        if mark is None:
            return None
        on_screen = view.is_visible_position(mark.start)
        line = view.visual_line(mark.start) - view.verticalScrollBar().value() if on_screen else -1
        return ReadingPlace(index=mark.index, texts=tuple(s.text for s in view.plan.sentences), line_from_top=line)

    def _return_to_places(self, places: dict[str, ReadingPlace | None]) -> None:
        """Put each pane whose text changed (it starts again at the top) back on the sentence it was
        on, and every pane read in at the same height on screen (painting the new comparison can
        rewrap lines above it).  The pane read in comes last: it is the one that moves, as the
        reader's own move would, and its partners light up in the other."""
        active = self._active
        for side in sorted(places, key=lambda side: side == active):
            place, view = places[side], self.view(side)
            if place is None:
                continue
            if view.current_index < 0:  # read again with other words: the pane starts at the top
                index = place.found_in(view.plan.sentences)
                if index is None:
                    continue
                if side == active:
                    view.move_to(view.plan.marks[index].start)
                else:
                    view.light_up((index,), follow=True)  # quietly: the pane read in stays so
            if place.line_from_top >= 0:
                start = view.plan.marks[view.current_index].start
                view.verticalScrollBar().setValue(max(0, view.visual_line(start) - place.line_from_top))

    def _job_failed(self, generation: int, side: str, message: str) -> None:
        if not self._end_job(generation):
            return
        failed_pair = self._take_pending_pair()
        # The article of the other side, unless it is the one that failed too (the same source twice).
        readable = (self.story[failed_pair[1 if side == "a" else 0]]
                    if failed_pair and side and failed_pair[0] != failed_pair[1] else None)
        # A file that cannot be opened is offered no more: out of the pickers and Open Recent.
        if failed_pair and side:
            self._forget_unopened(failed_pair[0 if side == "a" else 1])
        fallback, kept = self._fallback_pair(side, readable) if self.plan is None else (None, False)
        if fallback is not None:
            # Nothing on screen yet (the first pair, from the command line or the last session): as
            # for a missing file, the sample story is shown rather than two empty panes whose
            # pickers name articles that are not there.
            self.compare_pair(*fallback)
        else:
            self._refresh_pickers()
            self.status.setText(self._summary() if self.plan else "Nothing to show.")
        if self._fallback_box is not None and self._fallback_box.isVisible():
            self._fallback_box.close()  # it promised the article that has now failed too
        self._fallback_box = None
        self.show_error("Cannot open the article", message + _fallback_said(fallback, kept, side))
        if kept:
            self._fallback_box = self.error_box
        self.comparison_failed.emit(message)  # what failed (a screenshot reports it, and shows no sample)

    def _fallback_pair(self, side: str, readable) -> tuple[tuple[int, int] | None, bool]:
        """What to show when the first pair cannot be read, and whether it keeps the reader's other
        article.  That article stays in its pane, beside an article of the sample story: the reader
        opened it and expects to see it, and the panes have no empty state (each shows a source its
        picker names).  Tried once; if that fails too, the sample story alone, once."""
        if readable is not None and not self._kept_one:
            self._kept_one = True
            kept = next((i for i, source in enumerate(self.story.sources) if source is readable), None)
            sample = self._sample_pair()
            if kept is not None and sample is not None:
                place = 0 if side == "a" else 1
                beside = sample[place] if sample[place] != kept else sample[1 - place]
                return ((beside, kept) if side == "a" else (kept, beside)), True
        # Once only: if the sample story fails too (a broken install, no memory), it is not retried.
        if self._fell_back:
            return None, False
        self._fell_back = True
        return self._sample_pair(), False

    def _sample_pair(self) -> tuple[int, int] | None:
        """Two articles of the sample story in the source lists, as a first start shows them."""
        samples = self._sample_sources()
        if len(samples) < 2:
            return None
        return samples[0], samples[2 if len(samples) > 2 else 1]

    def _sample_sources(self) -> list[int]:
        """Where the articles of the sample story are in the source lists."""
        from reader.paths import sample_story

        paths = {str(path.resolve()) for path in sample_story()}
        return [i for i, source in enumerate(self.story) if source.path and source.key in paths]

    def _showing_sample_story(self) -> bool:
        if self.shown_pair is None:
            return False
        samples = self._sample_sources()
        return all(i in samples for i in self.shown_pair)

    def _say_sample_story(self) -> None:
        open_keys = _native(self.open_action.shortcut())
        paste_keys = _native(QKeySequence(QKeySequence.StandardKey.Paste))
        self.sample_label.set_texts(f"Showing the sample story · File ▸ Open ({open_keys}) opens your own articles",
                                    f"Sample story · File ▸ Open ({open_keys})")
        self.sample_label.setToolTip("The articles on screen are the sample story, which comes with Parallax. "
                                     "Open two articles of your own with File ▸ Open, drop them on the panes, "
                                     f"or paste a text with {paste_keys}.")

    def _summary(self) -> str:
        plan = self.plan
        if plan is None:
            return ""
        c = plan.comparison
        if plan.same_text:
            # The yellow strip says there is nothing to compare; counts of sentences "only in A" and
            # "only in B" beside it (a line said twice has one partner) would contradict it.
            apart = plan.same_text_differs_apart
            summary = (f"A and B tell the same story text: only their {apart} differ" if apart
                       else "A and B are the same text: nothing to compare")
        else:
            conflicts = sum(len(link.numbers.claim_conflicts) for link in c.links)
            only_a, only_b = len(c.unmatched("a")), len(c.unmatched("b"))
            same = sum(1 for link in c.links if link.relation == "equivalent")
            summary = (f"{_count(same, 'same claim')} · {_count(len(c.links) - same, 'differing claim')} · "
                       f"{_conflicts_counted(conflicts, c)} · only in A: {only_a} · only in B: {only_b}")
        orphaned = self._orphaned_count()
        if orphaned:
            # Said where the reader looks.  Not "the article changed": an imported tag can come orphaned too.
            summary += f" · {_orphaned_said(orphaned)}"
        return summary

    def _orphaned_count(self) -> int:
        return sum(1 for tags in self.book.tags.values() for tag in tags if tag.orphaned)

    def pair_with(self, side: str, index: int) -> tuple[int, int]:
        """The pair on screen (or on its way) with source ``index`` on ``side``."""
        # With nothing on screen the other side takes another article, not the same one again.
        other = next((i for i in range(len(self.story)) if i != index), index)
        current = self.pending_pair or self.shown_pair or (other, other)
        return (index, current[1]) if side == "a" else (current[0], index)

    def _source_chosen(self, side: str, index: int) -> None:
        pair = self.pair_with(side, index)
        if pair != (self.pending_pair or self.shown_pair):
            self.compare_pair(*pair)
        elif not self.busy:
            # The article on screen, chosen again: the reader wants it as its file is now.
            self.reload()

    def show_error(self, title: str, message: str, *, icon=QMessageBox.Icon.Warning) -> None:
        """A window-modal message that does not block (tests and the event loop keep running)."""
        text = "\n\n".join(_as_sentence_or_address(paragraph) for paragraph in message.split("\n\n"))
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error_box = box
        box.open()

    def _show_store_state(self) -> None:
        """A tag store that can be read but not written (its file or folder read-only): the tag
        commands are offered no more, and a label in the status bar says why, for as long as it lasts."""
        read_only = bool(getattr(self.book.store, "read_only", False))
        for action in (*self.tag_actions.values(), self.clear_action, self.accept_action, self.note_action,
                       self.import_action, self.tag_panel.delete_action):
            action.setEnabled(not read_only)
        self.accept_action.setEnabled(not read_only and self.suggestions_action.isChecked())
        self.read_only_label.setVisible(read_only)

    # ---- the current sentence and its partners --------------------------------------
    def view(self, side: str) -> DocumentView:
        return self.pane_a.view if side == "a" else self.pane_b.view

    def _tab_to_note(self, view: DocumentView) -> bool:
        """Tab from an article whose current sentence has a tag goes to the tag's note.  The tab
        order would pass through the other article first, and make its sentence (most often
        untagged) the current one: Tab would never reach the note from there."""
        note = self.tag_panel.note
        if not (note.isEnabled() and note.isVisible()) or _next_tab_stop(view) is note:
            return False
        note.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def _tab_on_from_note(self, next: bool) -> bool:
        """Tab from the note goes on from the article whose tag it notes, so that every widget
        the tab order holds (the other article's picker, when that was next) is still reached.
        Shift+Tab goes back to that article, on the tagged sentence: the note's stop before it in
        the tab order is the other article, whose sentence would become the current one and take
        the note from the field."""
        if not next:
            self.view(self._active).setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        onward = _next_tab_stop(self.view(self._active))
        if onward is None or onward is self.tag_panel.note:
            return False  # the note follows the article anyway: on in the tab order from the note
        onward.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def _set_active(self, side: str) -> None:
        self._active = side
        self.pane_a.set_active(side == "a")
        self.pane_b.set_active(side == "b")

    @property
    def active_side(self) -> str:
        return self._active

    def _activated(self, side: str, index: int, *, follow: bool = True) -> None:
        """Sentence ``index`` of ``side`` is the current one.  ``follow``: the other pane goes to its
        partners; else (the reader only came back to this pane) it frames them where they are."""
        self._set_active(side)
        if self.statusBar().currentMessage() == self._no_more_message:
            self.statusBar().clearMessage()  # it spoke of the sentence the cursor has left
        other = "b" if side == "a" else "a"
        view = self.view(side)
        mark = view.current_mark()
        if mark is None:
            return
        # The other pane moves to show the partners for this one's sake: it leads no scrolling.
        with self.scroll_sync.held():
            self.view(other).light_up(mark.partners, follow=follow and bool(mark.partners))
            if follow and mark.conflict_only_loose:
                # Its conflict is with a sentence not aligned with it: that one is what the reader
                # came to compare (N stops here for it), not the partner, so it is brought on screen.
                self._show_loose_sentences(other, mark)
        self.linkbar.set_current(mark.links)
        self._show_current_tag()

    def _show_loose_sentences(self, other: str, mark: SentenceMark) -> None:
        """Bring into view in ``other`` the sentence giving ``mark``'s first loose figure otherwise
        (it stays where it is when already on screen)."""
        view = self.view(other)
        if view.plan is None:
            return
        shown = view.plan.marks[getattr(mark.loose[0], other)]
        view.finish_filling()
        view.bring_into_view(shown.start, shown.end, room=PARTNER_ROOM)
        view.viewport().update()

    def _toggle_scroll_together(self) -> None:
        together = self.scroll_together_action.isChecked()
        self.scroll_sync.enabled = together
        if self.remember:
            self.settings.setValue("scrollTogether", together)
        if together:
            self.scroll_sync.follow(self._active)  # the other pane comes level with the one being read

    def _describe_partner(self, side: str, mark: SentenceMark) -> str:
        other = "b" if side == "a" else "a"
        sentences = self.plan.side(other).sentences
        parts = []
        # Closest first, as the engine scores them (its own order would put another first); equal
        # scores keep the engine's order.
        closest_first = sorted(mark.links, key=lambda link: -link.score)
        marked = best_link(mark)
        for link in closest_first:
            partner = sentences[link.b if side == "a" else link.a]
            words = RELATION_WORDS.get(link.relation, link.relation)
            # The partner is named by its opening words, not a number: an editor does not count sentences.
            line = f"In {other.upper()}: {words.lower()} (score {link.score:.2f}) — “{opening(partner.text)}”"
            if link is marked and link is not closest_first[0]:
                # The words are marked against the partner whose figures conflict (best_link): said,
                # so that the first line is not taken for the sentence the marks compare with.
                line += " — the words are marked against this one: its figures conflict"
            parts.append(line)
        parts += _loose_lines(mark, other, sentences)
        return "\n".join(parts)

    # ---- navigation ------------------------------------------------------------------
    def _active_view(self) -> DocumentView:
        return self.view(self._active)

    def said_still_comparing(self) -> bool:
        """While the first comparison runs the panes are blank: a key that acts on the text says
        why it did nothing (True), rather than nothing, or advice there is no text to follow."""
        if self._active_view().plan is not None or not self.busy:
            return False
        self.statusBar().showMessage("Still comparing: the articles appear in a moment.", 4000)
        return True

    def step(self, what: str, direction: int) -> None:
        view = self._active_view()
        plan = view.plan
        if plan is None:
            self.said_still_comparing()
            return
        marks = plan.marks
        current = view.current_index
        order = range(current + 1, len(marks)) if direction > 0 else range(current - 1, -1, -1)
        for i in order:
            mark = marks[i]
            if self._is_stop(what, view, mark):
                view.move_to(mark.start)
                view.setFocus()
                return
        names = {"difference": "differences", "conflict": "number conflicts", "untagged": "untagged sentences"}
        if not any(self._is_stop(what, view, mark) for mark in marks):
            # None anywhere: "No more … below" would send the reader looking above.
            self._no_more_message = f"No {names[what]} in {self._active.upper()}."
        else:
            self._no_more_message = (f"No more {names[what]} {'below' if direction > 0 else 'above'} in "
                                     f"{self._active.upper()}.")
        self.statusBar().showMessage(self._no_more_message, 4000)

    @staticmethod
    def _is_stop(what: str, view, mark) -> bool:
        """Whether N (``what`` "conflict"), the next-difference key or the next-untagged key stops at ``mark``."""
        if what == "difference":
            return mark.is_difference and mark.state != "heading"
        if what == "conflict":
            return mark.conflict
        return mark.state in ("equivalent", "related", "unmatched") and view.tag_kind_of(mark) is None

    def switch_pane(self) -> None:
        if self.tag_panel.table.hasFocus():
            self.view(self._active).setFocus()  # from the list of tags: back where the reading was
            return
        side = "b" if self._active == "a" else "a"
        self._set_active(side)
        self.view(side).setFocus()

    def jump_to_tag(self, side: str, tag: Tag) -> None:
        view = self.view(side)
        if view.plan is None or tag.orphaned:
            self.statusBar().showMessage("This tag's passage can no longer be found in the article.", 5000)
            return
        qt = view.plan.offsets.to_qt
        a = tag.passage.anchor
        self._set_active(side)
        view.move_to(qt(a.start))
        view.move_to(qt(a.start), select_to=qt(a.end))
        view.setFocus()

    def show_example(self) -> None:
        """Put the cursor on a telling sentence of A: a linked one with a number conflict, else a
        difference with a partner, else any linked one.  A headline's conflict comes last: the
        headlines are set beside each other, not linked, so the link bar would frame nothing."""
        if self.plan is None:
            return
        marks = self.plan.a.marks
        linked = [m for m in marks if m.partners]
        pick = (next((m for m in linked if m.conflict), None)
                or next((m for m in linked if m.state == "related"), None)
                or next(iter(linked), None)
                or next((m for m in marks if m.conflict), None))
        if pick is not None:
            self._set_active("a")
            self.pane_a.view.move_to(pick.start)
            self.pane_a.view.centerCursor()
            self.pane_a.view.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        # Enter while reading, with the suggested tags hidden: its action is off (nothing shown to
        # accept), so the key comes on to the window.  Pressed by reflex, it must not pass in
        # silence: accept_suggestion says why nothing was tagged.
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not self.suggestions_action.isChecked() and self._active_view().hasFocus():
            self.accept_suggestion()
            return
        super().keyPressEvent(event)

    # ---- text size -------------------------------------------------------------------
    def zoom(self, steps: int) -> None:
        """Make both articles' text ``steps`` points larger (smaller when negative), as far as
        ``within_zoom`` allows: side by side, the two are read at one size."""
        zoom = within_zoom(self.text_zoom + steps)
        if zoom == self.text_zoom:
            # A key that does nothing seems broken: said why.
            limit = "largest" if steps > 0 else "smallest"
            keys = _native(self.actual_size_action.shortcut())
            self.statusBar().showMessage(f"The text is at its {limit} size ({keys} sets its first size again).", 3000)
            return
        self._size_text(zoom)

    def actual_size(self) -> None:
        self._size_text(0)

    def _size_text(self, zoom: int) -> None:
        self.text_zoom = zoom
        self._set_text_size()
        if self.remember:
            self.settings.setValue("textZoom", zoom)
        self.statusBar().showMessage(f"Text size {reading_point_size(zoom):g} pt.", 2000)

    def _set_text_size(self) -> None:
        """Both articles at the size ``text_zoom`` gives (and the desktop's font, which it starts from)."""
        font = reading_font(self.text_zoom)
        # Each pane keeps the line at its top; the other pane must not follow the relaid one.
        with self.scroll_sync.held():
            for pane in (self.pane_a, self.pane_b):
                pane.view.set_reading_font(font)

    # ---- help ------------------------------------------------------------------------
    def show_guide(self) -> None:
        if self.guide is not None and self.guide.isVisible():
            # One guide: F1 again brings the open one forward, where the reader left it.
            self.guide.raise_()
            self.guide.activateWindow()
            return
        if self.guide is None:
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
                # The tag list starts with a few rows in sight (its size hint), but takes no more
                # than a quarter of a small window (two rows on 800×600, down to its header and
                # one row on a lower one): on a laptop screen the reading panes, not the list,
                # need the height.
                height = min(self.tag_dock.sizeHint().height(), self._small_screen_dock_height())
                self._size_dock(height)
            else:
                # A height saved from an earlier session is the window's own unless it is taller
                # than the panel's first height: then the reader dragged it so, and it is theirs.
                QTimer.singleShot(0, self, self._adopt_restored_dock_height)

    def _adopt_restored_dock_height(self) -> None:
        if self.tag_dock.height() <= self.tag_dock.sizeHint().height() + 4:
            self._dock_height_set = self.tag_dock.height()

    def _size_dock(self, height: int) -> None:
        self.resizeDocks([self.tag_dock], [height], Qt.Orientation.Vertical)
        # Laid out now, not at the next turn of the event loop: the panes get the height in the
        # same resize that took it from them, before anything asks where their sentences are.
        self.layout().activate()
        self._dock_height_set = height

    def _small_screen_dock_height(self) -> int:
        """A quarter of the window, but not less than the panel's own least height."""
        title = self.tag_dock.minimumSizeHint().height() - self.tag_panel.minimumSizeHint().height()
        return max(self.tag_panel.minimumHeight() + max(0, title), self.height() // 4)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        # A window made lower takes the height from the reading panes and leaves the docked tags
        # panel as it was: past a third of the window, the panel gives back what the panes need.
        # A height the reader gave the panel by dragging its edge is theirs to keep.
        lower = 0 < event.size().height() < event.oldSize().height()
        ours = self._dock_height_set is not None and abs(self.tag_dock.height() - self._dock_height_set) <= 4
        if lower and ours and not self.tag_dock.isFloating() and self.tag_dock.isVisible():
            if self.tag_dock.height() > self.height() // 3:
                self._size_dock(self._small_screen_dock_height())

    _shown_once = False
    guide: GuideDialog | None = None
    _no_more_message: str | None = None  # the last "No more … below" a step said
    _dock_height_set: int | None = None  # the tags panel's height as the window last set it
    _fell_back = False  # the sample story was shown in place of a first pair that could not be read
    _kept_one = False  # the readable article of such a pair was shown beside a sample article
    _fallback_box: QMessageBox | None = None  # the message that said so
    _reload_generation = -1  # the comparison File ▸ Reload started
    _closed = False  # the tag store is closed: nothing may read it any more

    def changeEvent(self, event) -> None:  # noqa: N802
        if (event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and not self._closed
                and self.book.store.changed_elsewhere()):
            # Back from another window or the command line, which changed tags: show them as they
            # are stored now, so a key pressed here acts on them and not on an older copy.
            self.book.refresh()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange) and hasattr(self, "text_zoom"):
            self._set_text_size()  # the desktop's font, which the articles' size starts from, changed
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ThemeChange) and hasattr(self, "legend"):
            self.theme = Theme()
            for widget in (self.pane_a.view, self.pane_b.view, self.pane_a.overview, self.pane_b.overview,
                           self.linkbar, self.legend, self.warning_bar):
                widget.set_theme(self.theme)
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.remember:
            self.settings.setValue("geometry", self.saveGeometry())
            self.settings.setValue("windowState", self.saveState())
            self.settings.sync()
        self._generation += 1  # a comparison still running is no longer wanted
        self.tag_panel.finish_note()  # a note typed but not yet saved with Enter
        self.tag_panel.note_edited.disconnect(self._note_edited)
        self._closed = True
        self.book.store.close()
        super().closeEvent(event)


def _native(keys: QKeySequence) -> str:
    """Keys as this system writes them in menus ("Ctrl+V", "⌘V")."""
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


class _ShortWhenNarrow(QLabel):
    """A line of the status bar that asks no width of its own (a small window keeps its size):
    squeezed, it says its short form, cut with "…" if even that does not fit."""

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumWidth(1)
        self._short = ""

    def set_texts(self, whole: str, short: str) -> None:
        self._short = short
        self.setText(whole)

    def paintEvent(self, event) -> None:  # noqa: N802
        room = self.contentsRect()
        if self.fontMetrics().horizontalAdvance(self.text()) <= room.width():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(room, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.fontMetrics().elidedText(self._short, Qt.TextElideMode.ElideRight, room.width()))


@dataclass(frozen=True)
class ReadingPlace:
    """Where a pane was read: its current sentence (``index`` among the article's sentences,
    ``texts``) and that sentence's line counted from the top of the view (-1: it was off screen)."""

    index: int
    texts: tuple[str, ...]
    line_from_top: int

    def found_in(self, sentences) -> int | None:
        """The sentence of an edited reading of the article to go back to: the same sentence
        (the nearest copy, if it is repeated); if it was reworded, the one that now follows the
        closest unchanged sentence before it; None when nothing before it is left."""
        where: dict[str, list[int]] = {}
        for sentence in sentences:
            where.setdefault(_words(sentence.text), []).append(sentence.index)
        for back in range(min(self.index, PLACE_LOOKBACK) + 1):
            old = self.index - back
            found = where.get(_words(self.texts[old]))
            if found:
                nearest = min(found, key=lambda new: abs(new - old))
                return min(nearest + (1 if back else 0), len(sentences) - 1)
        return None


# A web address at the end of a paragraph: "…pages:\nhttps://example.com/story.html".
_ENDS_WITH_ADDRESS = re.compile(r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)\S+\s*$", re.IGNORECASE)


def _as_sentence_or_address(paragraph: str) -> str:
    """A paragraph of a message as a sentence, but one that ends with a web address takes no full
    stop: copied from the message, the address would take the stop along and lead nowhere."""
    sentence = as_sentence(paragraph)
    if _ENDS_WITH_ADDRESS.search(paragraph) and sentence.endswith(".") and not paragraph.rstrip().endswith("."):
        return sentence[:-1]
    return sentence


def _fallback_said(fallback: tuple[int, int] | None, kept: bool, side: str) -> str:
    """What the message adds about what is shown instead of the pair that failed on ``side``."""
    if fallback is None:
        return ""
    if not kept:
        return "\n\nShowing the sample story instead."
    other = "B" if side == "a" else "A"
    return (f"\n\nOnly article {side.upper()} could not be opened. Article {other} is shown, beside an "
            f"article of the sample story in {side.upper()} until you open another there.")


def _with_suggestions_withheld(warning: str | None) -> str:
    """The pair's warning, and that no tags are suggested for it (see ``shares_too_little``)."""
    # The warning already says the two share no sentence: not said twice.
    return f"{warning} No tags are suggested for this pair." if warning else f"No tags are suggested: {NOTHING_SHARED}"


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _loose_lines(mark: SentenceMark, other: str, sentences) -> list[str]:
    """The sentences of the other source that give a figure of ``mark`` otherwise without being
    aligned with it (its loose conflicts), one line each, named by their opening words."""
    lines = []
    for loose in mark.loose:
        theirs = getattr(loose, f"{other}_number")
        said = opening_before(sentences[getattr(loose, other)], theirs)
        lines.append(f"A number here conflicts with {other.upper()}’s “{said}” (not aligned with this sentence)")
    return list(dict.fromkeys(lines))


def _conflicts_counted(in_links: int, comparison) -> str:
    """The number conflicts, each a pair of figures painted as one (see COUNTS_EXPLAINED), of the linked
    sentences, of the headlines and standfirsts, which are set side by side apart from the links, and of
    sentences not linked to each other (``Comparison.loose_conflicts``): "4 number conflicts (1 in the
    headlines)".  Their figures are painted as conflicts like any other, so a count that left them out
    undersold what is marked."""
    tops = {"headlines": comparison.headlines, "standfirsts": comparison.standfirsts}
    counted = {name: len(pair.numbers.claim_conflicts) for name, pair in tops.items() if pair is not None}
    where = [name for name, n in counted.items() if n]
    in_tops, loose = sum(counted.values()), len(comparison.loose_conflicts)
    apart = ([f"{in_tops} in the {' and '.join(where)}"] if where else []) + (
        [f"{loose} between sentences not aligned"] if loose else [])
    total = _count(in_links + in_tops + loose, "number conflict")
    return f"{total} ({', '.join(apart)})" if apart else total


# What the status line counts.  A number conflict is a pair of figures, as the panes paint them: a
# sentence giving two figures otherwise counts twice, though N stops at it once.
COUNTS_EXPLAINED = ("Same and differing claims count linked sentence pairs. A number conflict is one figure "
                    "given differently by the two sources, so a sentence can hold more than one: N steps "
                    "through the sentences that hold them. “Only in A/B” counts sentences with no partner.")


def _words(text: str) -> str:
    return " ".join(text.split())


def _orphaned_said(orphaned: int) -> str:
    return f"{_count(orphaned, 'orphaned tag')} (words no longer found: see Tags)"


def _reloaded_message(changed: list[str], gone: list[str], orphaned: int = 0) -> str:
    """What File ▸ Reload found, by side letter: ``changed`` texts, files ``gone`` (their last
    reading is still shown, and the yellow strip says why), and the ``orphaned`` tags now shown:
    the message covers the summary line that counts them, and an edit may have just orphaned them."""
    if gone:
        return f"Cannot read {' and '.join(gone)} again: the file is no longer there (see the yellow strip)."
    if not changed:
        said = "Read both articles again: neither has changed"
    else:
        which = " and ".join(changed)
        said = f"Read both articles again: {which} {'has' if len(changed) == 1 else 'have'} changed"
    return f"{said}; {_orphaned_said(orphaned)}." if orphaned else f"{said}."


def _shortened(label: str, most: int = 40) -> str:
    """A headline cut to fit a window title: at a word's end, with "…" to say it goes on ("…; 17" cut
    mid-word read like another headline)."""
    if len(label) <= most:
        return label
    head = label[:most + 1]  # a cut that lands on a space keeps the word before it
    cut = head.rsplit(" ", 1)[0] if " " in head else head[:most]
    if len(cut) < most // 2:  # one long word ("Pasted: <a long address>"): cut inside it, not before
        cut = label[:most]
    return cut.rstrip(" ,;:–—-") + "…"


def _next_tab_stop(widget: QWidget) -> QWidget | None:
    """The widget Qt's tab order gives the focus to after ``widget``: the next in the focus chain
    that takes focus by Tab, is enabled and is shown."""
    candidate = widget.nextInFocusChain()
    while candidate is not None and candidate is not widget:
        takes_tab = candidate.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        if takes_tab and candidate.isEnabled() and candidate.isVisible() and candidate.focusProxy() is None:
            return candidate
        candidate = candidate.nextInFocusChain()
    return None
