"""One article: a read-only text view with a margin, plus the pane around it.

``DocumentView`` shows a ``SidePlan`` (the document and what the comparison
decided about it); it knows nothing of the other document.  It reports which
sentence the cursor is in, and answers geometry questions for the link bar.
The margin beside the text is ``gutter.Gutter``; how a long article goes in
without freezing the window is ``progressive.ProgressiveText``, and where its
sentences are on screen is ``viewgeometry.ViewGeometry``.
"""

from __future__ import annotations

import re
import unicodedata
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QKeySequence, QPainter, QPalette, QPen, QTextCursor, QTextLine
from PySide6.QtWidgets import (
    QApplication, QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QStyle, QStyleOptionComboBox, QStylePainter,
    QToolTip, QVBoxLayout, QWidget,
)

from reader.core.link_notes import LinkNote
from reader.ui.gutter import Gutter
from reader.ui.highlighter import SpanHighlighter
from reader.ui.overview import OverviewStrip
from reader.ui.palette import BLUE, TAG_LABELS, Theme, paint_conflict_wave
from reader.ui.plan import SentenceMark, SidePlan, Span
from reader.ui.progressive import FIRST_PIECE_CHARS, ProgressiveText
from reader.ui.viewgeometry import ViewGeometry

STATE_DESCRIPTIONS = {
    "equivalent": "Same claim in the other source",
    "related": "Overlaps a claim in the other source, with differences",
    "unmatched": "Only in this source",
    # Not linked; the two headlines' changed words and figures are still marked against each other.
    "heading": "Headline or heading (not linked)",
    "boilerplate": "Boilerplate (not compared)",
}


def note_said(note: LinkNote, side: str) -> str:
    """An engine's note on a link as the sentence of ``side`` ("a" or "b") says it, in the words the
    number conflicts are said in: "names differ: “Pruitt” here, “Pruett” in B", "hedged only here:
    “is thought to have been”", "hedged only in A: “allegedly”".  Said from between the two (``side``
    ""), each side is named: "names differ: “Pruitt” in A, “Pruett” in B"."""
    if note.side:
        where = "here" if note.side == side else f"in {note.side.upper()}"
        return f"{note.kind} {where}: “{getattr(note, note.side)}”"
    if not side:
        return f"{note.kind}: “{note.a}” in A, “{note.b}” in B"
    other = "b" if side == "a" else "a"
    return f"{note.kind}: “{getattr(note, side)}” here, “{getattr(note, other)}” in {other.upper()}"


def note_line(note: LinkNote, side: str) -> str:
    """``note_said`` as a tooltip's line of its own: "Names differ: ..."."""
    said = note_said(note, side)
    return said[:1].upper() + said[1:]


_LETTER = re.compile(r"[^\W\d_]")

# Lines left above the other pane's partner when it is brought into view: its frame is drawn just
# above its first line, and the line of what comes before it (past the gap between paragraphs)
# shows where it sits in the article.
PARTNER_ROOM = 2


def reads_right_to_left(text: str) -> bool:
    """Whether the first letter of ``text`` is Arabic, Hebrew or another right-to-left script
    (the rule Unicode and HTML's dir="auto" use for a paragraph's direction)."""
    first = _LETTER.search(text)
    return first is not None and unicodedata.bidirectional(first.group()) in ("R", "AL")


# The articles' text size on a desktop whose own font is smaller: a little larger than the menus,
# for long reading.
READING_POINT_SIZE = 11.5
# View ▸ Zoom In and Zoom Out change the articles' text by a point a step, this many steps at most
# below and above the size it starts at.
ZOOM_STEPS = range(-4, 15)
# A wheel's notch, in its eighths of a degree (as Qt gives them): one step of zoom with Ctrl held.
WHEEL_NOTCH = 120


def reading_point_size(zoom: int = 0) -> float:
    """The articles' text size ``zoom`` steps from where it starts: the built-in size, or the
    desktop's own font size when the reader set that larger (the text they came to read must not
    be the smallest in the window)."""
    start = max(READING_POINT_SIZE, QApplication.font().pointSizeF())
    return start + within_zoom(zoom)


def within_zoom(zoom: int) -> int:
    """``zoom`` steps, or the nearest number of them ZOOM_STEPS allows."""
    return max(ZOOM_STEPS.start, min(ZOOM_STEPS.stop - 1, zoom))


def reading_font(zoom: int = 0) -> QFont:
    font = QFont()
    font.setFamilies(["Charter", "Georgia", "Source Serif Pro", "Noto Serif", "DejaVu Serif", "serif"])
    font.setPointSizeF(reading_point_size(zoom))
    return font


class DocumentView(ProgressiveText, ViewGeometry, QPlainTextEdit):
    """A read-only, wrapped article with the comparison painted on it.

    Signals:
        sentence_activated(int, bool): the cursor moved into sentence ``index`` (-1: no document);
            the flag is False when the reader only came back to this pane (F6, Tab) and its
            sentence became the current one again: the other pane's place is then left as it is.
        focused(): the view got keyboard focus (it becomes the "active" pane).
        files_dropped(list, list): files were dropped on the view: their local
            paths in order, and any web links (which are not fetched).
        text_dropped(str): text (not a file) was dropped on the view, from a browser or an editor.
        paste_requested(): the paste key (Ctrl+V) was pressed in the view.
        viewport_changed(): scrolled or resized: link bar and overview should repaint.
        highlighted(): every span of the document is painted.
        zoom_requested(int): the wheel turned this many notches with Ctrl held (up: larger).
    """

    sentence_activated = Signal(int, bool)
    highlighted = Signal()
    focused = Signal()
    files_dropped = Signal(list, list)
    text_dropped = Signal(str)
    paste_requested = Signal()
    viewport_changed = Signal()
    zoom_requested = Signal(int)

    def __init__(self, *, theme: Theme, describe_partner=None, notes_on=None, tab_elsewhere=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: SidePlan | None = None
        # The window's say on where Tab goes from here (True: it moved the focus itself).
        self._tab_elsewhere = tab_elsewhere or (lambda view: False)
        self.show_suggestions = True
        self._theme = theme
        self._describe_partner = describe_partner or (lambda mark: "")
        # The view holds one side of the comparison: whoever holds both answers for the link.
        self._notes_on = notes_on or (lambda mark: ())
        self._current: int = -1
        self._lit: tuple[int, ...] = ()
        # Showing the other pane's partners (light_up) until the reader comes back to this pane:
        # then only the lit partners are framed, and returning to the same sentence re-activates it.
        self._passive = False
        self._tag_spans: list[Span] = []
        self._quiet = False  # moving the cursor on behalf of the other pane
        self._reader_acting = 0  # inside a key press, a click or a step (see _by_the_reader)
        self._wheel_turned = 0  # a Ctrl+wheel turn short of a notch (a touchpad gives it in small parts)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        self.setFont(reading_font())
        self.document().setDocumentMargin(10)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self._gutter = Gutter(self)
        self._fit_gutter()
        self.highlighter = SpanHighlighter(self.document(), theme=theme)
        self.cursorPositionChanged.connect(self._cursor_moved)
        self.updateRequest.connect(self._update_request)
        self.context_actions: list = []
        self._next_block = None
        self._where: tuple = ()
        self._highlight_timer = QTimer(self, interval=0)
        self._highlight_timer.timeout.connect(self._highlight_slice)
        self._text = ""  # the whole text of the plan's document
        self._filled = 0  # how much of _text is in the QTextDocument
        self._fill_timer = QTimer(self, interval=0)
        self._fill_timer.timeout.connect(self._fill_piece)
        # A read-only view never undoes; recording the inserted text would only cost memory.
        self.document().setUndoRedoEnabled(False)

    # ---- content -------------------------------------------------------
    def set_plan(self, plan: SidePlan | None) -> None:
        """Show ``plan``'s document.  A short article appears in one step, painted.  A long one
        shows its first screens at once (painted), the rest of its text follows in pieces, then
        its spans are painted through the whole document in slices of a few milliseconds, so
        a very long article never freezes the window.

        The same text compared anew (the other pane took another article) keeps the reader's
        place: see ``_compared_anew``."""
        if plan is not None and self.plan is not None and plan.document.text == self._text:
            self._compared_anew(plan)
            return
        self.plan = plan
        self._current = -1
        self._lit = ()
        self._passive = False
        self._fill_timer.stop()
        self._highlight_timer.stop()
        self._next_block = None
        self.highlighter.set_plan(None)
        self.highlighter.set_tags([])
        self._tag_spans = []
        self._text = plan.document.text if plan else ""
        self._filled = self._piece_end(0, FIRST_PIECE_CHARS)
        # QPlainTextEdit aligns every paragraph by the document's default option: its layout ignores
        # a paragraph's own direction (only the order of the characters follows it).  So an Arabic
        # or Hebrew article is aligned right as a whole, as a page marked dir="rtl" would be.
        option = self.document().defaultTextOption()
        rtl = reads_right_to_left(self._text)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        self.document().setDefaultTextOption(option)
        self._quiet = True
        try:
            self.setPlainText(self._text[:self._filled])
        finally:
            self._quiet = False
        if self.filling:
            # Paint what is on screen now; the highlighter then rests while the text streams in
            # (appended blocks would be painted twice), and the slices paint everything after.
            self.highlighter.set_plan(plan)
            self._highlight_visible()
            self.highlighter.set_plan(None)
            self._fill_timer.start()
        elif plan is not None:
            self._start_highlighting()
        self._refresh_selections()
        self.viewport_changed.emit()

    def _compared_anew(self, plan: SidePlan) -> None:
        """The article on screen with another comparison's spans: the text, the caret (and any
        selection), the current sentence and the scroll position stay as they are, and only the
        paint is done again.  Partners lit from the other pane's old article go out; the window
        lights up those of the new one."""
        self.plan = plan
        self._lit = ()
        self._highlight_timer.stop()
        self._next_block = None
        if self.filling:
            # As set_plan: what is on screen is painted now; the slices paint the rest once the text is in.
            self.highlighter.set_plan(plan)
            self._highlight_visible()
            self.highlighter.set_plan(None)
        else:
            self._start_highlighting()
        if self._current >= 0:
            current = plan.sentence_at(self.textCursor().position())
            self._current = current if current is not None else -1
        self._refresh_selections()
        self.viewport_changed.emit()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.highlighter.set_theme(theme)
        self._refresh_selections()

    def set_reading_font(self, font: QFont) -> None:
        """Set the article in ``font`` (the text made larger or smaller).  The line at the top of
        the view stays at the top: the reader keeps their place, and the margin, the bands and the
        overview are drawn again for the new lines."""
        if font == self.font():
            return
        top = self.cursorForPosition(QPoint(0, 0)).position()
        self.setFont(font)
        self.verticalScrollBar().setValue(self.visual_line(top))
        self._gutter.update()
        self.viewport_changed.emit()

    def set_tags(self, spans: list[Span]) -> None:
        """Tag spans (Qt positions, style = tag kind) to tint and badge."""
        self._tag_spans = sorted(spans, key=lambda s: (s.start, s.end))
        doc = self.document()
        changed = self.highlighter.set_tags(spans)
        if self.filling:
            changed = []  # the highlighter rests until the text is in; its slices paint every block then
        for start, end in changed:
            block = doc.findBlock(start)
            while block.isValid() and block.position() <= end:
                self.highlighter.rehighlightBlock(block)
                block = block.next()
        self._gutter.update()

    def set_show_suggestions(self, show: bool) -> None:
        """Show or hide the suggested-tag marks, in the text and in the margin."""
        self.show_suggestions = show
        self.viewport().update()
        self._gutter.update()

    def tag_kind_of(self, mark: SentenceMark) -> str | None:
        span = self.tag_span_of(mark)
        return span.style if span is not None else None

    def tag_span_of(self, mark: SentenceMark) -> Span | None:
        """The span of the tag ``mark``'s badge shows (the first one on the sentence), if any."""
        for span in self._tag_spans:
            if span.start < mark.end and span.end > mark.start:
                return span
            if span.start >= mark.end:
                break
        return None

    def tag_made_elsewhere(self, mark: SentenceMark) -> bool:
        """Whether the tag ``mark``'s badge shows was made beside another article than the other
        pane's (``TagSpan.made_elsewhere``): its badge is drawn hollow."""
        return getattr(self.tag_span_of(mark), "made_elsewhere", False)

    def tags_at(self, start: int, end: int) -> list[Span]:
        return [s for s in self._tag_spans if s.start < end and s.end > start]

    # ---- current sentence ----------------------------------------------
    @property
    def current_index(self) -> int:
        return self._current

    def current_mark(self) -> SentenceMark | None:
        if self.plan is None or not self.plan.marks:
            return None
        if not 0 <= self._current < len(self.plan.marks):
            # Nothing chosen yet: the caret (at the start after loading) decides.
            index = self.plan.sentence_at(self.textCursor().position())
            return self.plan.marks[index] if index is not None else None
        return self.plan.marks[self._current]

    def _cursor_moved(self, *, moved: bool = True) -> None:
        """``moved`` False: the reader came back to this pane, the caret where it was."""
        if self.plan is None or self._quiet:
            return
        index = self.plan.sentence_at(self.textCursor().position())
        if index is not None and (index != self._current or self._passive):
            self._current = index
            self._lit = ()
            self._passive = False
            self._refresh_selections()
            self.sentence_activated.emit(index, moved)

    def light_up(self, indices: tuple[int, ...], *, follow: bool) -> None:
        """Show ``indices`` as the partners of the other pane's current sentence (none: no frame)."""
        self._lit = tuple(indices)
        self._passive = True
        if follow and indices and self.plan:
            first = self.plan.marks[indices[0]]
            self.finish_filling()
            self._quiet = True
            try:
                cursor = self.textCursor()
                cursor.setPosition(first.start)
                self.setTextCursor(cursor)
                self._current = indices[0]
            finally:
                self._quiet = False
            self.bring_into_view(first.start, first.end, room=PARTNER_ROOM)
        self._refresh_selections()

    def _refresh_selections(self) -> None:
        """The current sentence (or the other pane's partners) is framed, not tinted: tints mean relations."""
        self.viewport().update()
        self._gutter.update()

    def framed_indices(self) -> tuple[int, ...]:
        if self._passive:
            return self._lit
        return (self._current,) if self._current >= 0 else ()

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.plan is None:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2.0)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        width = self.viewport().width()
        for index in self.framed_indices():
            if not 0 <= index < len(self.plan.marks):
                continue
            where = self.mark_y(index)
            if isinstance(where, str):
                continue
            top, bottom = where
            painter.drawRoundedRect(QRectF(3, top - 2, width - 6, bottom - top + 4), 4, 4)
        painter.end()
        self._paint_conflict_waves()

    def _paint_conflict_waves(self) -> None:
        """The conflicting figures on screen get the theme's thick wave (paint_conflict_wave) over
        the hairline one their format asks of Qt."""
        start, end = self.visible_range()
        conflicts = [s for s in self.plan.spans_between(start, end) if s.style == "conflict"]
        if not conflicts:
            return
        font = QFont(self.font())
        font.setWeight(QFont.Weight.Bold)  # a conflicting figure is bold (Theme._formats)
        metrics = QFontMetricsF(font)
        painter = QPainter(self.viewport())
        for span in conflicts:
            for left, right, baseline, bottom in self._line_pieces(span.start, span.end):
                paint_conflict_wave(painter, left, right, baseline, bottom, metrics, self._theme.conflict_wave)
        painter.end()

    def _line_pieces(self, start: int, end: int):
        """(left, right, baseline, bottom) in the viewport of each screen line's part of ``[start, end)``."""
        block = self.document().findBlock(start)
        offset = self.contentOffset()
        while block.isValid() and block.position() < end:
            layout = block.layout()
            origin = self.blockBoundingGeometry(block).translated(offset).topLeft() + layout.position()
            first = max(start, block.position()) - block.position()
            last = min(end, block.position() + block.length() - 1) - block.position()
            # From the line the span starts on, not the block's first: an article on one line is one block.
            index = layout.lineForTextPosition(first).lineNumber() if first < last else layout.lineCount()
            while 0 <= index < layout.lineCount():
                line = layout.lineAt(index)
                lo, hi = max(first, line.textStart()), min(last, line.textStart() + line.textLength())
                if lo >= last or line.textStart() >= last:
                    break
                if lo < hi:
                    x1, x2 = line.cursorToX(lo)[0], line.cursorToX(hi)[0]
                    top = origin.y() + line.y()
                    yield origin.x() + min(x1, x2), origin.x() + max(x1, x2), top + line.ascent(), top + line.height()
                index += 1
            block = block.next()

    @contextmanager
    def _by_the_reader(self):
        """What the view does inside is the reader's doing (a key, a click, a step): a scroll it
        makes is one the other pane follows (``scrollsync``)."""
        self._reader_acting += 1
        try:
            yield
        finally:
            self._reader_acting -= 1

    @property
    def moved_by_reader(self) -> bool:
        return self._reader_acting > 0

    def move_to(self, position: int, *, center: bool = True, select_to: int | None = None) -> None:
        with self._by_the_reader():
            self._move_to(position, center=center, select_to=select_to)

    def _move_to(self, position: int, *, center: bool, select_to: int | None) -> None:
        self.finish_filling()
        end = select_to if select_to is not None else self._sentence_end(position)
        if center:
            # Scrolled there before the caret moves: the other pane scrolls along first, then the
            # sentence the caret lands in brings its partners into view there, and they stay.
            self.bring_into_view(position, end)
        cursor = self.textCursor()
        cursor.setPosition(position)
        if select_to is not None:
            cursor.setPosition(select_to, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self._cursor_moved()  # the caret may not have moved (already there): still make it current
        if center:
            # A passage taller than the view: the caret, at its end, took the view away from its start.
            self.bring_into_view(position, end)

    def _sentence_end(self, position: int) -> int:
        """Where the sentence holding ``position`` ends: a step to a sentence shows all of it."""
        index = self.plan.sentence_at(position) if self.plan else None
        return self.plan.marks[index].end if index is not None else position + 1

    # ---- descriptions ----------------------------------------------------
    def describe(self, mark: SentenceMark) -> str:
        parts = [STATE_DESCRIPTIONS.get(mark.state, mark.state)]
        if mark.reason:
            parts[0] += f" — {mark.reason}"
        partner = self._describe_partner(mark)
        if partner:
            parts.append(partner)
        # A conflict with sentences not aligned with this one is said by ``describe_partner``, which
        # names them; the line below would name none.
        if mark.conflict and not mark.conflict_only_loose:
            # A heading is linked to nothing: its figures are compared with the other source's
            # heading of its kind (the headline with the headline).
            other = f"the other source’s {mark.beside}" if mark.beside else "the other source"
            parts.append(f"A number here conflicts with {other}")
        parts += self._note_lines(mark)
        tag = self.tag_span_of(mark)
        # The tags by the names the toolbar, the menus and the Tags panel give them, and the article
        # each was made beside when it is not the other pane's (see tagprovenance).
        if tag is not None:
            parts.append(f"Tagged: {TAG_LABELS.get(tag.style, tag.style)}" + (f" — {tag.tip}" if tag.tip else ""))
        elif mark.suggestion and self.show_suggestions:
            parts.append(f"Suggested tag: {TAG_LABELS.get(mark.suggestion, mark.suggestion)} (Enter accepts)")
        return "\n".join(parts)

    def _note_lines(self, mark: SentenceMark) -> list[str]:
        """The engine's notes on the link the sentence's words are marked against (as ``notes_on``
        gives them: ``TagEditing.notes_on`` in the window), as this side says them."""
        if self.plan is None:
            return []
        return [note_line(note, self.plan.side) for note in self._notes_on(mark)]

    # ---- events ----------------------------------------------------------
    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.plan is not None:
            pos = self.viewport().mapFrom(self, event.pos())
            position = self._character_at(pos)
            tips = [s.tip for s in self.plan.spans_between(position, position + 1) if s.tip and s.style not in
                    ("equivalent", "related", "unmatched", "heading", "boilerplate")]
            index = self.plan.sentence_at(position)
            if not tips and index is not None:
                tips = [self.describe(self.plan.marks[index])]
            if tips:
                QToolTip.showText(event.globalPos(), "\n".join(dict.fromkeys(tips)), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _character_at(self, pos: QPoint) -> int:
        """The position of the character under ``pos`` (viewport coordinates).  ``cursorForPosition``
        gives the caret gap nearest to it, which past the middle of a glyph is the gap after it in
        left-to-right text and before it in right-to-left text: over the right half of "9" the tip
        would be the next word's.  The line's own layout knows which glyph the point is on."""
        cursor = self.cursorForPosition(pos)
        block = cursor.block()
        layout = block.layout()
        line = layout.lineForTextPosition(cursor.positionInBlock()) if layout is not None else None
        if line is None or not line.isValid():
            return cursor.position()
        left = self.blockBoundingGeometry(block).translated(self.contentOffset()).left() + layout.position().x()
        in_block = line.xToCursor(pos.x() - left, QTextLine.CursorPosition.CursorOnCharacter)
        return block.position() + min(in_block, max(0, block.length() - 2))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        # Escape drops the selection, the caret staying put: the tag keys act on a selection
        # before the sentence, so a forgotten one would otherwise take the next C, S or D.
        # With nothing selected, Escape goes on to the pane's parents as before.
        if event.matches(QKeySequence.StandardKey.Cancel) and self.textCursor().hasSelection():
            cursor = self.textCursor()
            cursor.clearSelection()
            self.setTextCursor(cursor)
            return
        # The article cannot be edited: the paste key pastes an article in its place, as the
        # File menu's Paste as Source does (the article replaced stays in the source list).
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
        with self._by_the_reader():
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        with self._by_the_reader():
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        with self._by_the_reader():  # selecting past the edge scrolls
            super().mouseMoveEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802
        # Qt's own Ctrl+wheel zoom would grow this pane alone, beside the other at its old size:
        # the window sizes both together (View ▸ Zoom In), so the turn is handed to it.
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._wheel_turned += event.angleDelta().y()
            notches = int(self._wheel_turned / WHEEL_NOTCH)
            if notches:
                self._wheel_turned -= notches * WHEEL_NOTCH
                self.zoom_requested.emit(notches)
            event.accept()
            return
        super().wheelEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802
        if next and self._tab_elsewhere(self):
            return True
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.focused.emit()
        if event.reason() != Qt.FocusReason.MouseFocusReason:  # a click chooses by where it lands
            # Back in this pane by F6 or Tab: the sentence at its caret is the current one again.
            # That is the partner of the sentence the reader came from, when it has one (light_up
            # put the caret there: F6 is how one looks across at it); else where the reader left
            # this pane, since a sentence only in the other article has nothing here to go to.
            # Only the focus moved: the pane left behind keeps its place, to come back to with F6,
            # and frames this sentence's partners where they are.
            self._cursor_moved(moved=False)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        with self._by_the_reader():
            super().mouseReleaseEvent(event)
            self._cursor_moved()  # a click where the caret already was moves nothing, but chooses the sentence

    def resizeEvent(self, event) -> None:  # noqa: N802
        # A new width wraps the text anew and the place being read can slide out of sight (the
        # scroll position stays put, the lines above it do not); a lower pane cuts off what was at
        # its foot.  The caret, in view before, stays in view.  Whether it was is judged on the
        # viewport's old height: by now the viewport has the new one.
        caret = self.textCursor().position()
        old, new = event.oldSize(), event.size()
        keep_caret = old.width() > 0 and old != new and self._was_visible(caret, old.height() - new.height())
        super().resizeEvent(event)
        self._place_gutter()
        self.viewport_changed.emit()
        if keep_caret:
            QTimer.singleShot(0, self, lambda: self._bring_back(caret))  # not after the view is gone

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        # (The font is first set before the margin exists: __init__ fits it once it does.)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_gutter"):
            self._fit_gutter()  # the margin is drawn to the scale of the text (see gutter_layout)

    def _fit_gutter(self) -> None:
        """Make room beside the text for the margin as wide as the text's size asks."""
        self.setViewportMargins(self._gutter.sizeHint().width(), 0, 0, 0)
        self._place_gutter()

    def _place_gutter(self) -> None:
        rect = self.contentsRect()
        self._gutter.setGeometry(QRect(rect.left(), rect.top(), self._gutter.sizeHint().width(), rect.height()))

    def _was_visible(self, position: int, lost_height: int) -> bool:
        """Whether ``position`` was on screen in the viewport before it became ``lost_height`` lower."""
        block = self.document().findBlock(position)
        if not block.isValid() or block.blockNumber() < self.firstVisibleBlock().blockNumber():
            return False
        line = block.layout().lineForTextPosition(min(position - block.position(), max(0, block.length() - 1)))
        y = self.blockBoundingGeometry(block).translated(self.contentOffset()).top() + (line.y() if line.isValid() else 0)
        height = self.viewport().height() + max(0, lost_height)
        return 0 <= y <= height - self.fontMetrics().height()

    def _bring_back(self, position: int) -> None:
        if self.textCursor().position() == position and not self.is_visible_position(position):
            self.centerCursor()

    def _update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())
        # Most updates (the caret blinking, a block far away repainted while spans are painted
        # in slices) move nothing on screen; the link bar and overview repaint only when the
        # visible part of the document moved.
        where = (self.firstVisibleBlock().blockNumber(), self.contentOffset().y(),
                 self.verticalScrollBar().value(), self.viewport().width(), self.viewport().height())
        if dy or where != self._where:
            self._where = where
            self.viewport_changed.emit()

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        menu = self.createStandardContextMenu(event.pos())
        if self.context_actions:
            first = menu.actions()[0] if menu.actions() else None
            for action in self.context_actions:
                menu.insertAction(first, action) if action is not None else menu.insertSeparator(first)
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        # A drag that starts in the window (a passage selected in a pane) is no article brought in:
        # dropping it would replace the article with the passage.
        if event.source() is None and (event.mimeData().hasUrls() or _dropped_text(event.mimeData())):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        if event.source() is not None:
            event.ignore()
            return
        urls = event.mimeData().urls()
        text = _dropped_text(event.mimeData())
        if urls:
            event.acceptProposedAction()
            self.files_dropped.emit([u.toLocalFile() for u in urls if u.isLocalFile()],
                                    [u.toString() for u in urls if not u.isLocalFile()])
        elif text:
            event.acceptProposedAction()
            self.text_dropped.emit(text)
        else:
            event.ignore()


def _dropped_text(mime) -> str:
    """The plain text of a drag (a passage selected in a browser), "" if it has none."""
    return mime.text() if mime.hasText() and mime.text().strip() else ""


class SourcePicker(QComboBox):
    """The list of articles for one side, whose closed box ends a title cut short with "…" (Qt
    clips it mid-word, "…the Wagner Grou", on a laptop screen); each title is whole in the list."""

    def shown_text(self) -> str:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, field.width())

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QStylePainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))  # as QComboBox paints: styles draw with it
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class SourcePane(QWidget):
    """One side of the window: source picker, article view, overview strip.

    Signals:
        source_chosen(int): the user picked entry ``index`` in the source picker.
    """

    source_chosen = Signal(int)

    def __init__(self, *, side: str, theme: Theme, describe_partner=None, notes_on=None, tab_elsewhere=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        letter = side.upper()
        self.picker = SourcePicker()
        self.picker.setAccessibleName(f"Source {letter}")
        self.picker.setToolTip(f"Choose the article shown as source {letter}")
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(20)
        self.picker.activated.connect(self.source_chosen)
        badge = self.badge = QLabel(letter)
        badge.setObjectName("sideBadge")
        self.set_active(side == "a")
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setFixedSize(26, 26)
        badge.setBuddy(self.picker)
        self.view = DocumentView(theme=theme, describe_partner=describe_partner, notes_on=notes_on,
                                 tab_elsewhere=tab_elsewhere)
        self.view.setAccessibleName(f"Article {letter}")
        self.overview = OverviewStrip(theme=theme)
        self.overview.setAccessibleName(f"Overview of article {letter}")
        self.overview.jump_requested.connect(lambda pos: (self.view.move_to(pos), self.view.setFocus()))
        self.view.viewport_changed.connect(self._viewport_changed)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(badge)
        header.addWidget(self.picker, 1)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(2)
        if side == "a":
            body.addWidget(self.overview)
            body.addWidget(self.view, 1)
        else:
            body.addWidget(self.view, 1)
            body.addWidget(self.overview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addLayout(body, 1)

    def set_active(self, active: bool) -> None:
        """Mark the pane the tag keys act on: its letter turns blue, the other's grey."""
        # Its own colours on the badge alone: an application-wide style sheet stops a change of
        # the system's light or dark palette from reaching the other widgets.
        colour = BLUE.name() if active else "#555555"
        self.badge.setStyleSheet(f"font-weight: bold; border-radius: 13px; color: white; background: {colour};")
        self.badge.setToolTip(f"Article {self.side.upper()}" + (": the tag keys act here" if active else ""))
        self.active = active

    def set_plan(self, plan: SidePlan | None) -> None:
        self.view.set_plan(plan)
        self.overview.set_plan(plan, self.view.text_length() if plan else 0)
        self._viewport_changed()

    def set_sources(self, labels: list[tuple[str, str]], current: int) -> None:
        """``labels``: (text, tooltip) per story source."""
        self.picker.blockSignals(True)
        self.picker.clear()
        for i, (text, tip) in enumerate(labels):
            self.picker.addItem(text)
            self.picker.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
        self.picker.setCurrentIndex(current)
        self.picker.blockSignals(False)

    def _viewport_changed(self) -> None:
        first, last = self.view.visible_range()
        self.overview.set_visible(first, last)
