"""Tagging from the keyboard: the tag keys, clear, accept a suggestion, notes, and
keeping the panes and the tag panel in step with the ``TagBook``.

Part of ``MainWindow`` (mixed into it), kept in its own file because it is the
one place where a key press becomes a change to the tag store; the window
around it only lays out the views and runs comparisons.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from reader.core.errors import ParallaxError
from reader.core.link_notes import LinkNote, link_notes
from reader.core.tags import Tag, make_passage
from reader.ui.palette import TAG_LABELS
from reader.ui.pane import STATE_DESCRIPTIONS, note_said
from reader.ui.plan import SentenceMark, TagSpan, best_link, figure_as_written
from reader.ui.tagprovenance import local_time


class TagEditing:
    """Turns tag commands on the active pane's current sentence (or selection) into ``TagBook`` changes.

    Expects from the window: ``book``, ``plan``, ``pane_a``/``pane_b``, ``tag_panel``, ``tag_dock``,
    ``suggestions_action``, ``_active``, ``view``, ``_active_view``, ``show_error``, ``legend`` and
    ``said_still_comparing``.
    """

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

    def _current_tags(self, side: str) -> list[Tag]:
        start, end = self._current_range(side)  # empty when no comparison is shown
        if end <= start:
            return []
        return [t for t in self.book.tags[side] if t.status == "anchored"
                and t.passage.anchor.start < end and t.passage.anchor.end > start]

    def _tag_here(self, side: str, *, exact: bool = False) -> Tag | None:
        """The tag the tag keys, E and the panel act on: the one on exactly the current passage (the
        selection, or the sentence), else one that covers all of it or lies inside it, the one
        covering most, the narrowest on a tie (a tag on two sentences is the tag of each of them;
        one that merely clips the sentence, a selection that ran over, is not).  ``exact``: only the
        first kind."""
        start, end = self._current_range(side)
        spans = {tag.id: (tag.passage.anchor.start, tag.passage.anchor.end) for tag in self._current_tags(side)}
        tags = [tag for tag in self._current_tags(side)
                if spans[tag.id][0] <= start and spans[tag.id][1] >= end
                or spans[tag.id][0] >= start and spans[tag.id][1] <= end]
        same = [tag for tag in tags if spans[tag.id] == (start, end)]
        if same or exact:
            return same[0] if same else None

        def covered(tag: Tag) -> tuple[int, int]:
            tag_start, tag_end = spans[tag.id]
            return min(end, tag_end) - max(start, tag_start), tag_start - tag_end

        return max(tags, key=covered, default=None)

    def _show_current_tag(self) -> None:
        side = self._active
        view = self.view(side)
        mark = view.current_mark()
        if mark is None:
            self.tag_panel.show_current(None, "No sentence selected.")
            return
        tag = self._tag_here(side)
        # No sentence number: an editor finds a sentence by reading, not by counting (and the
        # command line counts from 0, so a number here would contradict it).
        where = f"Sentence in {side.upper()}: {STATE_DESCRIPTIONS.get(mark.state, mark.state).lower()}"
        where += _heading_conflict(mark, side, self._pair_beside(mark))
        # Escaped: the panel's line is rich text, and a name may hold "&" ("AT&T").
        where += "".join(f" — {html.escape(note_said(note, side), quote=False)}" for note in self.notes_on(mark))
        if tag is not None:
            text = f"{where}. Tagged <b>{TAG_LABELS[tag.kind]}</b> by {tag.author}{self._made_where(side, tag)}"
            text += f" — but {_told_beside_words(side)}." if self._told_beside(side, tag) else "."
        elif mark.suggestion and self.suggestions_offered():
            text = f"{where}. Suggested: {TAG_LABELS[mark.suggestion]} — press Enter to accept."
        else:
            text = f"{where}. Not tagged."
        self.tag_panel.show_current(tag, text)

    def _made_where(self, side: str, tag: Tag) -> str:
        """", made beside “…”, not beside the article in B" when the tag was made beside another article
        than the other pane's; ", on 2026-11-23" when it names none (its tooltip says more)."""
        made = self.book.provenance(side, tag)
        if made.elsewhere:
            return ", " + html.escape(made.note(_other_letter(side)), quote=False)
        if not made.recorded:
            return f" on {local_time(tag.created)[:10]}"
        return ""

    def _told_beside(self, side: str, tag: Tag) -> bool:
        """Is ``tag`` a single-source verdict on words the article beside now tells too: a sentence
        of them is aligned with one there?  Single source is the verdict another report overturns."""
        view = self.view(side)
        plan = view.plan
        if tag.kind != "single-source" or tag.status != "anchored" or plan is None or not plan.marks:
            return False
        start, end = plan.offsets.to_qt(tag.passage.anchor.start), plan.offsets.to_qt(tag.passage.anchor.end)
        index = plan.sentence_at(start) or 0
        while index < len(plan.marks) and plan.marks[index].start < end:
            mark = plan.marks[index]
            if mark.end > start and mark.partners:
                return True
            index += 1
        return False

    def _pair_beside(self, mark: SentenceMark):
        """The headlines or the standfirsts set side by side, when ``mark`` is one of them."""
        if not mark.beside or self.plan is None:
            return None
        comparison = self.plan.comparison
        return comparison.headlines if mark.beside == "headline" else comparison.standfirsts

    def notes_on(self, mark: SentenceMark) -> tuple[LinkNote, ...]:
        """The engine's notes (names respelled, a hedge or negation on one side, a quotation put in
        another's mouth) on the link ``mark``'s words are marked against: its closest partner's, as
        the number conflict quoted beside them is (``_heading_conflict``)."""
        link = best_link(mark)
        if link is None or self.plan is None:
            return ()
        return link_notes(self.plan.comparison, link)

    def tag_current(self, kind: str) -> None:
        if self.said_still_comparing():
            return
        side = self._active
        view = self.view(side)
        plan = view.plan
        start, end = self._current_range(side)
        if plan is None or end <= start:
            self.statusBar().showMessage("Put the cursor in a sentence (or select a passage) to tag it.", 4000)
            return
        # A selection is a passage of its own: it changes only a tag on exactly it.  Without one, the
        # key changes the tag the sentence is in (a tag on two sentences is each one's tag).
        tag = self._tag_here(side, exact=self.view(side).textCursor().hasSelection())
        if tag is not None:
            if tag.kind != kind:
                self.book.edit(tag, kind=kind)
            return
        other = "b" if side == "a" else "a"
        other_plan = self.plan.side(other)
        partners = []
        for sentence in plan.sentences:
            if sentence.start < end and sentence.end > start:
                for index in _partners_of(plan.marks[sentence.index], kind, other):
                    partner = other_plan.sentences[index]
                    partners.append(make_passage(other_plan.document, partner.start, partner.end))
        try:
            self.book.add(side, start, end, kind, partners=tuple(dict.fromkeys(partners)))
        except ParallaxError as error:
            self.show_error("Cannot tag", str(error))
            return
        skipped = _skipped_text(plan, start, end)
        if skipped:
            # Tagged all the same: a headline may be the claim an editor checks, and a line taken
            # for page furniture may be wrongly so.  But it was not compared, so it is said.
            other = "B" if side == "a" else "A"
            self.statusBar().showMessage(
                f"Tagged {TAG_LABELS[kind]} on {skipped}, which the comparison does not link to anything "
                f"in {other} (Edit ▸ Undo takes the tag back).", 8000)

    def clear_current(self) -> None:
        """Clear the tags in the selected passage, or the one tag of the current sentence: never a
        tag of another sentence that merely overlaps it."""
        if self.said_still_comparing():
            return
        side = self._active
        selected = self.view(side).textCursor().hasSelection()
        if selected:
            tags = self._current_tags(side)
        else:
            tag = self._tag_here(side)
            tags = [tag] if tag is not None else []
        if tags:
            # A few letters selected inside a tagged sentence clear its whole tag: say what went.
            self._remove_saying(tags, "Cleared")
        else:
            # Said, as the other tag keys say why they did nothing: a silent key reads as a broken one.
            self.statusBar().showMessage(f"No tag {'in the selection' if selected else 'here'} to clear.", 3000)

    def delete_tags(self, tags: list[Tag]) -> None:
        """Delete in the Tags panel: the selected rows' tags, said as X says what it cleared.  With
        no row selected, the status line says why nothing went (a key that does nothing seems broken)."""
        if not tags:
            listed = self.tag_panel.model.rowCount()
            self.statusBar().showMessage("Select a tag's row first (arrow keys or a click), then press Delete."
                                         if listed else "There is no tag in the list to delete.", 4000)
            return
        self._remove_saying(tags, "Deleted")

    def _remove_saying(self, tags: list[Tag], verb: str) -> None:
        if not tags:
            return
        self.book.remove(tags)
        what = _tags_named(tags)
        message = f"{verb} {what} (Edit ▸ Undo brings {'it' if len(tags) == 1 else 'them'} back)."
        self.statusBar().showMessage(message, 5000)
        # Said until the undo stack moves on: Ctrl+Z then says the tag is back, not that it went.
        self._removal_said = _RemovalSaid(message, self.book.undo_stack.index(), what, removed=True)

    def _undo_stack_moved(self, index: int) -> None:
        said, self._removal_said = self._removal_said, None
        if said is None or self.statusBar().currentMessage() != said.message:
            return  # said no more, or something else was said since (an undo out of sight)
        if said.removed and index < said.index:
            restored = f"Restored {said.what}."
            self.statusBar().showMessage(restored, 5000)
            self._removal_said = _RemovalSaid(restored, index, said.what, removed=False)
        else:
            self.statusBar().clearMessage()  # redone, or another step: the message is out of date

    _removal_said: _RemovalSaid | None = None  # the last "Cleared …" (or "Restored …") said

    def accept_suggestion(self) -> None:
        if self.said_still_comparing():
            return
        if not self.suggestions_action.isChecked():
            # Enter is pressed by reflex: with suggestions hidden it must not save a tag nobody saw.
            self.statusBar().showMessage("Suggested tags are hidden (View ▸ Show Suggested Tags); "
                                         "nothing was tagged.", 4000)
            return
        if self.shares_too_little():
            self.statusBar().showMessage(f"No tags are suggested: {NOTHING_SHARED}", 5000)
            return
        mark = self._active_view().current_mark()
        if mark is None or not mark.suggestion:
            self.statusBar().showMessage("No suggested tag here.", 3000)
            return
        if self._current_tags(self._active):
            self.statusBar().showMessage("This sentence is already tagged.", 3000)
            return
        self.tag_current(mark.suggestion)

    def edit_note(self) -> None:
        if self.said_still_comparing():
            return
        if not self._current_tags(self._active):
            self.statusBar().showMessage("Tag the passage first (C, S or D), then add a note.", 4000)
            return
        self.tag_dock.show()
        self.tag_panel.note.setFocus()
        self.tag_panel.note.selectAll()

    def _note_edited(self, edited: Tag | None, text: str) -> None:
        if not text.strip():
            text = ""  # spaces alone are no note (and would export as one)
        # The tag the note was typed for, as stored now: the cursor may have moved on (F6, a click),
        # or its article may have been replaced on screen while the note was typed.
        tag = next((t for tags in self.book.tags.values() for t in tags if edited and t.id == edited.id), None)
        out_of_sight = tag is None and edited is not None and text != edited.note
        if out_of_sight:
            tag = self._stored_tag(edited.id)
        if tag is not None and tag.note != text:
            self.book.edit(tag, note=text)
            if out_of_sight:
                self.statusBar().showMessage(f"The note was saved on its tag in “{tag.passage.source_title or tag.source}”, "
                                             "which is no longer on screen.", 6000)
        elif out_of_sight and tag is None:
            self.statusBar().showMessage("The tag was cleared while its note was typed; the note was not saved.", 5000)
        if self.tag_panel.note.hasFocus():
            self._active_view().setFocus()
        self._show_current_tag()

    def _stored_tag(self, tag_id: str) -> Tag | None:
        try:
            return self.book.store.get(tag_id)
        except ParallaxError as error:
            self.show_error("Tag store", str(error))
            return None

    def _note_cancelled(self) -> None:
        self._active_view().setFocus()

    def _tags_changed(self) -> None:
        # What each tag says of the article it was made beside, measured against the one beside it now.
        made = {side: {tag.id: self.book.provenance(side, tag) for tag in tags} for side, tags in self.book.tags.items()}
        notes = {side: {tag_id: where.note(_other_letter(side)) for tag_id, where in of_side.items()}
                 for side, of_side in made.items()}
        for side, tags in self.book.tags.items():
            for tag in tags:
                if self._told_beside(side, tag):
                    notes[side][tag.id] = "; ".join(filter(None, (notes[side][tag.id], _told_beside_words(side))))
        for side in ("a", "b"):
            view = self.view(side)
            if view.plan is None:
                continue
            qt = view.plan.offsets.to_qt
            spans = [TagSpan(qt(t.passage.anchor.start), qt(t.passage.anchor.end), t.kind, notes[side][t.id],
                             made_elsewhere=bool(made[side][t.id].elsewhere))
                     for t in self.book.tags[side] if t.status == "anchored"]
            view.set_tags(spans)
            (self.pane_a if side == "a" else self.pane_b).overview.set_tags(spans)
        self.tag_panel.set_tags(self.book.tags, made)
        # The key explains the hollow badge while the articles show one.
        self.legend.show_hollow(any(made[side][tag.id].elsewhere for side, tags in self.book.tags.items()
                                    for tag in tags if tag.status == "anchored"))
        if self.plan is not None:
            self.status.setText(self._summary())  # it counts orphaned tags
        self._show_current_tag()

    def _toggle_suggestions(self) -> None:
        self.accept_action.setEnabled(self.suggestions_action.isChecked()
                                      and not getattr(self.book.store, "read_only", False))
        self.show_suggestions_offered()

    def shares_too_little(self) -> bool:
        """Whether the pair on screen links too few sentences to read as one story (none, or a stray
        link between two stories' stock phrases).  Every sentence would then be suggested "single
        source" against an article that may be of another story (a wrong file, or the sample story put
        beside the reader's article when theirs could not be opened): Enter pressed out of habit would
        tag them so.  The engine suggests nothing then (reader.core.suggest), and the window says why."""
        plan = self.plan
        return plan is not None and not plan.same_text and plan.one_story_doubtful

    def suggestions_offered(self) -> bool:
        return self.suggestions_action.isChecked() and not self.shares_too_little()

    def show_suggestions_offered(self) -> None:
        """The panes show the suggested tags, or not, as ``suggestions_offered`` says."""
        offered = self.suggestions_offered()
        for side in ("a", "b"):
            self.view(side).set_show_suggestions(offered)
        self._show_current_tag()


# Why a pair that links no sentence gets no suggested tags (the strip above the panes and Enter say it).
NOTHING_SHARED = "the two articles share too little to be one story, so no sentence can be called single source."

# Sentences the comparison sets aside, as a message names them.
SKIPPED_STATES = {"heading": "a headline or heading", "boilerplate": "page furniture"}


def _told_beside_words(side: str) -> str:
    """What a single-source tag on words the other article tells too says of it (``_told_beside``)."""
    return f"{_other_letter(side)} has a sentence aligned with it"


def _other_letter(side: str) -> str:
    return "B" if side == "a" else "A"


def _partners_of(mark: SentenceMark, kind: str, other: str) -> tuple[int, ...]:
    """The sentences of ``other`` a tag of ``kind`` on ``mark`` rests on, recorded as its partners:
    those aligned with it, and for a dispute also those giving one of its figures otherwise without
    being aligned with it (its loose conflicts): the verdict was reached against them, and beside
    another article the tag must say it was made elsewhere."""
    loose = (getattr(conflict, other) for conflict in mark.loose) if kind == "disputed" else ()
    return tuple(dict.fromkeys((*mark.partners, *loose)))


def _heading_conflict(mark, side: str, beside=None) -> str:
    """A number conflict, said in the words the summary counts it in, with the figures quoted: a headline
    or standfirst is linked to nothing, so "not linked" alone hides that its figures conflict with the
    other source's of its kind (``beside``, the pair of them); a linked sentence's state says only that
    details differ (its partners' conflicts, the closest partner's first: the one its marks show)."""
    if not mark.conflict:
        return ""
    other = "B" if side == "a" else "A"
    if mark.beside:
        said = f" — number conflict with {other}’s {mark.beside}"
        conflicts = _conflicts_said(beside.numbers.claim_conflicts if beside is not None else [], side)
        return said + (": " + _figures_apart(conflicts) if conflicts else "")
    conflicts = _conflicts_said([pair for link in sorted(mark.links, key=lambda link: -link.score)
                                 for pair in link.numbers.claim_conflicts], side)
    # A figure the other source gives differently in a sentence not linked to this one.
    conflicts += [said + " (a sentence not aligned with this one)" for said in _conflicts_said(
        [(loose.a_number, loose.b_number) for loose in mark.loose], side)]
    if not conflicts:
        return ""
    return f" — number conflict{'s' if len(conflicts) > 1 else ''}: " + _figures_apart(conflicts)


# How many conflicts of a sentence its line quotes: a sentence rarely holds more, and past them the
# panel's line would wrap onto a third line.
FIGURES_QUOTED = 3


def _conflicts_said(conflicts, side: str) -> list[str]:
    """Each conflict's two figures, this side's first: "“23” here, “31” in B".  Two partners giving
    one figure alike are one conflict to the reader."""
    other = "B" if side == "a" else "A"
    turned = (pair if side == "a" else pair[::-1] for pair in conflicts)
    return list(dict.fromkeys(f"{_figure_shown(ours, theirs)} here, {_figure_shown(theirs, ours)} in {other}"
                              for ours, theirs in turned))


def _figures_apart(conflicts: list[str]) -> str:
    """Up to FIGURES_QUOTED conflicts: "“23” here, “31” in B; “4 May” here, “5 May” in B (and 1 more)"."""
    more = f" (and {len(conflicts) - FIGURES_QUOTED} more)" if len(conflicts) > FIGURES_QUOTED else ""
    return "; ".join(conflicts[:FIGURES_QUOTED]) + more


def _figure_shown(figure, against) -> str:
    """A figure quoted as written, as its tooltip quotes it, for the panel's rich-text line: "<5%"
    and "R&D 3" are text, not markup."""
    return html.escape(figure_as_written(figure, against), quote=False)



def _skipped_text(plan, start: int, end: int) -> str:
    """What the passage ``start``-``end`` (Python offsets) is when the comparison compared none of it:
    "a headline or heading", "page furniture" (or both, joined); "" when any of it was compared."""
    states = [plan.marks[s.index].state for s in plan.sentences if s.start < end and s.end > start]
    if not states or any(state not in SKIPPED_STATES for state in states):
        return ""
    return " and ".join(SKIPPED_STATES[state] for state in dict.fromkeys(states))


def _tags_named(tags: list[Tag]) -> str:
    """"the Disputed tag and its note", "3 tags"."""
    if len(tags) != 1:
        return f"{len(tags)} tags"
    return f"the {TAG_LABELS[tags[0].kind]} tag{' and its note' if tags[0].note else ''}"


@dataclass(frozen=True)
class _RemovalSaid:
    """A message of the status line about tags removed (``removed``) or brought back by an undo,
    the undo stack's index after that step, and the tags as the message names them."""

    message: str
    index: int
    what: str
    removed: bool
