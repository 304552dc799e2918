"""The dockable list of tags on the two shown articles."""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QIcon, QKeySequence, QPainter, QPixmap, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QStyle, QTableView,
    QVBoxLayout, QWidget,
)

from reader.core.tags import TAG_KINDS, Tag
from reader.ui.palette import TAG_COLOURS, TAG_LABELS
from reader.ui.tagprovenance import Provenance, local_time as _local_time

COLUMNS = ("Tag", "Side", "Passage", "Note", "Modified")
ORPHANED_TIP = ("Orphaned: the article was edited and the tagged words are no longer in it. "
                "Press Delete to remove the tag, or tag the new wording again.")
# Tag rows the panel shows at first (the window may give it less: see MainWindow.showEvent).
DEFAULT_ROWS = 5
# Tag rows the panel keeps in sight with the line about the current passage above the note; lower
# than that, the line moves beside the note (see TagPanel.resizeEvent).
ROWS_KEPT = 2
# How a line break of a note shows in its one-line field and in the list: a mark, so a note of
# several lines (typed with Shift+Enter, or edited in a spreadsheet) does not read as one.
LINE_BREAK_MARK = "⏎"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@functools.cache  # the list asks for it at every paint of every row
def kind_swatch(kind: str) -> QIcon:
    """A tag kind's colour square for its row.  Given a bare colour, the list blends a selected
    row's highlight over it (a Disputed vermillion turns brown): the icon is the same picture
    selected, so the square keeps the colour of the badges and the legend."""
    size = QApplication.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    swatch = QPixmap(size, size)
    swatch.fill(QColor(TAG_COLOURS.get(kind, QColor("grey"))))
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        icon.addPixmap(swatch, mode)
    return icon


class TagTableModel(QAbstractTableModel):
    """Rows of (side, Tag), filtered by kind ("" = all kinds), in reading order (A, then B, each
    in the order of its article) or sorted by a column."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[tuple[str, Tag]] = []
        self._rows: list[tuple[str, Tag]] = []
        self._kind = ""
        self._sort: tuple[int, bool] = (-1, False)  # column (-1: reading order), descending
        self._on_both: set[str] = set()  # ids of the tags shown in both panes (one article on both sides)
        self._made: dict[str, dict[str, Provenance]] = {}  # side -> tag id -> where the tag was made

    def set_tags(self, tags: dict[str, list[Tag]], made: dict[str, dict[str, Provenance]] | None = None) -> None:
        """``made``: per side, per tag id, where the tag was made (see tagprovenance); none said if not given."""
        self.beginResetModel()
        self._made = made or {}
        # The same article on both sides shows each of its tags on both: one row is enough.
        rows = {tag.id: (side, tag) for side in ("b", "a") for tag in tags.get(side, [])}
        self._on_both = {tag.id for tag in tags.get("a", [])} & {tag.id for tag in tags.get("b", [])}
        self._all = [rows[tag.id] for side in ("a", "b") for tag in tags.get(side, []) if rows[tag.id][0] == side]
        self._apply()
        self.endResetModel()

    def empty_text(self) -> str:
        """What the list says where it has no row: how to make a tag, or that the filter hides them."""
        if self._rows:
            return ""
        if self._all:
            return "No tags of this kind on these two articles."
        return ("No tags yet. C, S or D tags the sentence under the cursor (or the selected passage) "
                "corroborated, single source or disputed; Enter accepts the suggested tag.")

    def set_kind(self, kind: str) -> None:
        self.beginResetModel()
        self._kind = kind
        self._apply()
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (a header click); -1 restores reading order."""
        self.layoutAboutToBeChanged.emit()
        # The selection (and any index a view keeps) follows its tag to its new row.
        kept = self.persistentIndexList()
        kept_ids = [self._rows[index.row()][1].id for index in kept]
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self._apply()
        row_of = {tag.id: row for row, (_, tag) in enumerate(self._rows)}
        self.changePersistentIndexList(kept, [self.index(row_of[tag_id], index.column())
                                              for tag_id, index in zip(kept_ids, kept)])
        self.layoutChanged.emit()

    def _apply(self) -> None:
        rows = [row for row in self._all if not self._kind or row[1].kind == self._kind]
        column, descending = self._sort
        if 0 <= column < len(COLUMNS):
            rows.sort(key=lambda row: _SORT_KEYS[column](*row), reverse=descending)  # stable: ties keep reading order
        self._rows = rows

    def row_at(self, row: int) -> tuple[str, Tag]:
        return self._rows[row]

    def row_of(self, tag: Tag) -> int | None:
        """The row showing ``tag`` (None: filtered out, or not on these articles)."""
        return next((row for row, (_, shown) in enumerate(self._rows) if shown.id == tag.id), None)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        side, tag = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            quote = " ".join(tag.passage.anchor.quote.split())
            made = self._made.get(side, {}).get(tag.id)
            values = (
                TAG_LABELS.get(tag.kind, tag.kind) + (" (orphaned)" if tag.orphaned else "")
                + (" (beside another article)" if made is not None and made.elsewhere else ""),
                self._side_shown(side, tag, tip=role == Qt.ItemDataRole.ToolTipRole),
                quote if role == Qt.ItemDataRole.ToolTipRole else (quote[:90] + ("…" if len(quote) > 90 else "")),
                tag.note if role == Qt.ItemDataRole.ToolTipRole else _note_on_one_line(tag.note),
                _local_time(tag.modified),
            )
            if role == Qt.ItemDataRole.ToolTipRole and column == 0:
                return self._kind_tip(side, tag, made)
            return values[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return kind_swatch(tag.kind)
        if role == Qt.ItemDataRole.ForegroundRole and tag.orphaned:
            return QBrush(QColor("grey"))
        return None

    def _kind_tip(self, side: str, tag: Tag, made: Provenance | None) -> str:
        """The Tag column's tooltip: why a tag is orphaned, and the article it was made beside when
        that is not the one beside its article now (or that it names none)."""
        said = [ORPHANED_TIP] if tag.orphaned else []
        note = made.note("B" if side == "a" else "A") if made is not None else ""
        if note:
            said.append(f"{TAG_LABELS.get(tag.kind, tag.kind)}: {note}.")
        return "\n".join(said) if said else TAG_LABELS.get(tag.kind, tag.kind)

    def _side_shown(self, side: str, tag: Tag, *, tip: bool) -> str:
        """The Side column: "A" or "B", or "A, B" for a tag both panes show (their article is the same)."""
        if tag.id not in self._on_both:
            return side.upper()
        return "In both panes: A and B show the same article." if tip else "A, B"


# What each column sorts by: the passage by where it is (side, then place in the article), not by
# its first letters; notes without regard to case; times as stored (UTC, so in order).
_SORT_KEYS = (
    lambda side, tag: TAG_LABELS.get(tag.kind, tag.kind),
    lambda side, tag: side,
    lambda side, tag: (side, tag.passage.anchor.start),
    lambda side, tag: tag.note.casefold(),
    lambda side, tag: tag.modified,
)


def _note_on_one_line(note: str) -> str:
    """A note in its row: each line's runs of spaces made one, its line breaks marked."""
    lines = [" ".join(line.split()) for line in _LINE_BREAK.split(note.strip())]
    return f" {LINE_BREAK_MARK} ".join(line for line in lines if line)


def shown_on_one_line(note: str) -> str:
    """``note`` with each line break shown as the mark."""
    return _LINE_BREAK.sub(LINE_BREAK_MARK, note)


class _NoteField(QLineEdit):
    """The note's line.  Escape gives up the edit (``cancelled``) instead of keeping what was
    typed.  A line break shows as ⏎, Shift+Enter types one, and the tooltip has the whole note with
    its lines; ``note()`` gives the note back with real line breaks, as the note had them."""

    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._note = ""
        # Where Tab (next=True) or Shift+Tab goes from the note, when the window says (True: it
        # moved the focus).
        self.tab_elsewhere = lambda next: False
        self.textChanged.connect(self._show_whole_note)

    def set_note(self, note: str) -> None:
        self._note = note
        self.setText(shown_on_one_line(note))
        self.setCursorPosition(0)  # a note longer than the field opens at its first words, not its last

    def note(self) -> str:
        if self.text() == shown_on_one_line(self._note):
            return self._note  # unchanged: as stored, to the byte (a "\r\n" stays one)
        found = _LINE_BREAK.search(self._note)
        return self.text().replace(LINE_BREAK_MARK, found.group() if found else "\n")

    def _show_whole_note(self, text: str) -> None:
        # Even a one-line note may be longer than the field shows.
        self.setToolTip(text.replace(LINE_BREAK_MARK, "\n"))

    def selectAll(self) -> None:  # noqa: N802
        # From the end back to the start: the caret at the start, a note longer than the field
        # shows its first words while it waits to be typed over.
        self.setSelection(len(self.text()), -len(self.text()))

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        if self.text() and self.selectedText() == self.text():  # Qt selects it all on Tab and Alt+N
            self.selectAll()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802
        if self.tab_elsewhere(next):
            return True
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and shift:
            self.insert(LINE_BREAK_MARK)
            return
        super().keyPressEvent(event)


class _CurrentLine(QLabel):
    """What the panel says of the passage under the cursor.  Beside the note (``set_beside``) it
    keeps to one line: a description too long for its room is cut short with "…", and its
    tooltip has it whole.  ``text()`` is always the whole description."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.setWordWrap(True)
        self._beside = False
        self.say(text)

    def set_beside(self, beside: bool) -> None:
        self._beside = beside
        self.setWordWrap(not beside)
        self.updateGeometry()
        self.update()

    def say(self, text: str) -> None:
        document = QTextDocument()
        document.setHtml(text)
        self._plain = document.toPlainText()  # the words without their bold, to measure and cut
        self.setText(text)
        self.setToolTip(self._plain if self._beside else "")

    def plain(self) -> str:
        return self._plain

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        if self._beside:
            # Any width: it is cut short.  One line high.
            return QSize(self.fontMetrics().averageCharWidth() * 8, self.fontMetrics().height())
        return super().minimumSizeHint()

    def sizeHint(self) -> QSize:  # noqa: N802
        if self._beside:
            return QSize(self.fontMetrics().horizontalAdvance(self.plain()), self.fontMetrics().height())
        return super().sizeHint()

    def paintEvent(self, event) -> None:  # noqa: N802
        plain = self.plain()
        room = self.contentsRect()
        if not self._beside or self.fontMetrics().horizontalAdvance(plain) <= room.width():
            super().paintEvent(event)
            return
        # Rich text is not cut short by QLabel: the words are drawn plain, as far as they fit.
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(room, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.fontMetrics().elidedText(plain, Qt.TextElideMode.ElideRight, room.width()))


class _TagTable(QTableView):
    """The list of tags, which says how to make one while it has none (an empty grid says nothing).

    Its rows are all one height (``setDefaultSectionSize``, no word wrap), and it scrolls so that
    a row brought into sight leaves no half row at its top."""

    def __init__(self) -> None:
        super().__init__()
        # Scrolled by whole rows, Qt puts the last row level with the bottom edge, and a viewport
        # not a whole number of rows high cuts the top one; by pixels, the top is put on a row.
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def _row_height(self) -> int:
        return max(1, self.verticalHeader().defaultSectionSize())

    def updateGeometries(self) -> None:  # noqa: N802
        super().updateGeometries()
        # Room to scroll on to the next row's top, so that the last row can be in sight under a
        # whole row (a strip of less than a row is left blank below it).
        bar, row = self.verticalScrollBar(), self._row_height()
        if bar.maximum() % row:
            bar.setMaximum((bar.maximum() // row + 1) * row)
        # The wheel and Page Up/Down move by whole rows too, so the top stays on a row.
        bar.setSingleStep(row)
        bar.setPageStep(max(row, self.viewport().height() // row * row))

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: N802
        super().scrollTo(index, hint)
        # On to the next row's top: the row brought into sight stays whole (its top was on a row
        # at or below this one), and no row above it is cut in half.
        bar, row = self.verticalScrollBar(), self._row_height()
        if bar.value() % row:
            bar.setValue(min(bar.maximum(), (bar.value() // row + 1) * row))

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        # Reached by Tab, the list frames its current row: that row is also selected, so that
        # Delete acts on the row the reader sees as chosen (and the arrows move on from it).
        current = self.currentIndex()
        if (event.reason() != Qt.FocusReason.MouseFocusReason and current.isValid()
                and not self.selectionModel().isRowSelected(current.row())):
            self.selectRow(current.row())

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        text = self.model().empty_text() if self.model() is not None else ""
        if text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect().adjusted(8, 4, -8, -4),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                             text)
            painter.end()


class TagPanel(QWidget):
    """Filter, table, and the note of the tag under the cursor.

    Signals:
        jump_requested(str, object): side, Tag — the user double-clicked a row.
        leave_requested(): Escape in the table: back to the article.
        delete_requested(list): the Tags of the selected rows — Delete (or the context menu) in the table.
        note_edited(object, str): Tag, text — the note field was left (Enter or focus out); the tag is
            the one whose note the field showed when the editing began, wherever the cursor is now.
        note_cancelled(): Escape in the note field: the tag's note is shown again, unchanged.
    """

    jump_requested = Signal(str, object)
    leave_requested = Signal()
    delete_requested = Signal(list)
    note_edited = Signal(object, str)
    note_cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QComboBox()
        self.filter.setAccessibleName("Show tags of kind")
        self.filter.addItem("All kinds", "")
        for kind in TAG_KINDS:
            self.filter.addItem(TAG_LABELS[kind], kind)
        self.model = TagTableModel(self)
        self.filter.currentIndexChanged.connect(lambda _: self.model.set_kind(self.filter.currentData()))
        self.table = _TagTable()
        self.table.setAccessibleName("Tags")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the list for the next control, as it leaves every other one; the arrow keys
        # move between rows.  (Tab walking the cells kept the keyboard in the list for good.)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Notes share the width with the passage: a long one is cut short (its tooltip has it
        # whole) instead of pushing the columns after it off the panel.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # A header click sorts (again: the other way); the list opens in reading order.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.activated.connect(self._double_clicked)
        # Rows are deleted here too: an orphaned tag has no passage in the text to clear it on.
        delete = self.delete_action = QAction("Delete Tag", self.table)
        delete.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence(Qt.Key.Key_Backspace)])
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._delete_selected)
        self.table.addAction(delete)
        # Escape in the list goes back to the article being read, as it does from the note field.
        leave = QAction("Back to the Article", self.table)
        leave.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        leave.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        leave.triggered.connect(self.leave_requested)
        self.table.addAction(leave)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.current = _CurrentLine("No tag on the current passage.")
        self.note = _NoteField()
        self.note.setAccessibleName("Tag note")
        self.note.setPlaceholderText("Note on the tag under the cursor (E to edit, Enter to save, "
                                     "Shift+Enter for a new line, Esc to cancel)")
        self.note.setEnabled(False)
        self._shown: Tag | None = None  # the tag whose note the field shows
        self.note.editingFinished.connect(lambda: self.note_edited.emit(self._shown, self.note.note()))
        self.note.cancelled.connect(self._cancel_note)

        # The note and the filter share one row: every line of controls is a row of tags less.
        controls = QHBoxLayout()
        note_label = QLabel("&Note:")
        note_label.setBuddy(self.note)
        label = QLabel("&Show:")
        label.setBuddy(self.filter)
        controls.addWidget(note_label)
        controls.addWidget(self.note, 3)
        controls.addSpacing(12)
        controls.addWidget(label)
        controls.addWidget(self.filter, 1)
        # Rows as tall as the text needs (the style's default leaves much air): more tags in sight.
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        # On a small screen the list may shrink to its header and one row: the articles need the height.
        self.table.setMinimumHeight(self._table_height(1))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.current)
        layout.addLayout(controls)
        layout.addWidget(self.table, 1)
        self._controls = controls
        self._beside = False  # the current passage's line is beside the note, not above it
        # The least height, whichever way the line is laid out: the window may make the panel that
        # low, and the panel then lays itself out to fit (resizeEvent).
        self.setMinimumHeight(self.height_for_rows(1, beside=True))

    def _table_height(self, rows: int) -> int:
        return (self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
                + rows * self.table.verticalHeader().defaultSectionSize())

    def height_for_rows(self, rows: int, *, beside: bool = False) -> int:
        """The panel's height when its table shows ``rows`` whole rows under its header, with the
        current passage's line above the note or (``beside``) beside it."""
        layout = self.layout()
        margins = layout.contentsMargins()
        above = self._controls.sizeHint().height() + layout.spacing()
        if not beside:
            above += self._line_height() + layout.spacing()
        return margins.top() + above + self._table_height(rows) + margins.bottom()

    def _line_height(self) -> int:
        """The current passage's line above the note: one line, or more on a narrow panel."""
        margins = self.layout().contentsMargins()
        width = max(1, self.width() - margins.left() - margins.right())
        metrics = self.current.fontMetrics()
        wrapped = metrics.boundingRect(QRect(0, 0, width, 10 * width), Qt.TextFlag.TextWordWrap, self.current.plain())
        return max(wrapped.height(), metrics.height())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, self.height_for_rows(DEFAULT_ROWS))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        # Too low for ROWS_KEPT rows under the line and the note: the line goes beside the note,
        # and the list keeps a row more.  Given the height again, it goes back above.
        self._place_current_line(beside=self.height() < self.height_for_rows(ROWS_KEPT))

    def _place_current_line(self, *, beside: bool) -> None:
        if beside == self._beside:
            return
        self._beside = beside
        layout = self.layout()
        if beside:
            layout.removeWidget(self.current)
            self._controls.insertWidget(0, self.current, 4)
        else:
            self._controls.removeWidget(self.current)
            layout.insertWidget(0, self.current)
        self.current.set_beside(beside)
        self.current.say(self.current.text())
        layout.activate()

    def set_tags(self, tags: dict[str, list[Tag]], made: dict[str, dict[str, Provenance]] | None = None) -> None:
        self.model.set_tags(tags, made)

    def show_current(self, tag: Tag | None, description: str) -> None:
        self.current.say(description)
        if self.note.hasFocus():
            return  # the note being typed stays with its tag until the field is left
        self._shown = tag
        self.note.setEnabled(tag is not None)
        self.note.set_note(tag.note if tag else "")
        self._select_row_of(tag)

    def _select_row_of(self, tag: Tag | None) -> None:
        """The row of the tag under the cursor is selected and in sight, so that with many tags the
        reader sees which one is "this one".  Not while the reader works in the list itself."""
        if self.table.hasFocus():
            return
        row = self.model.row_of(tag) if tag is not None else None
        if row is None:
            self.table.clearSelection()
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def finish_note(self) -> None:
        """Save what is being typed in the note field (``note_edited``), as leaving the field would:
        the window is closing, or the article the tag is on is about to be replaced."""
        if self.note.hasFocus() and self.note.isModified():
            self.note_edited.emit(self._shown, self.note.note())
            # Saved: leaving the field later must not save it again, on a tag maybe no longer shown.
            self.note.setModified(False)
            self._shown = None

    def _cancel_note(self) -> None:
        self.note.set_note(self._shown.note if self._shown else "")
        self.note_cancelled.emit()

    def _delete_selected(self) -> None:
        # No row selected: emitted all the same (an empty list), so that the window says why
        # nothing went.
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        self.delete_requested.emit([self.model.row_at(row)[1] for row in rows])

    def _double_clicked(self, index) -> None:
        if index.isValid():
            side, tag = self.model.row_at(index.row())
            self.jump_requested.emit(side, tag)
