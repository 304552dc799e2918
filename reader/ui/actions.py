"""The main window's actions, menus, toolbar and keyboard shortcuts.

Part of ``MainWindow`` (mixed into it), kept in its own file because it is a
long, flat list of declarations (texts, keys, tips, menu order) that is read
and changed apart from what the window does.  The slots the actions trigger
live in ``window``, ``filecommands`` and ``tagediting``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from reader.core.tags import TAG_KINDS
from reader.ui.palette import TAG_LABELS

TAG_KEYS = {"corroborated": "C", "single-source": "S", "disputed": "D"}


def key_sequences(*keys) -> list[QKeySequence]:
    """``keys`` (written out, like "Ctrl+Q", or standard keys) as an action's shortcuts, in that
    order and each once: the first is the one menus and tooltips show.  A standard key brings all
    of the platform's bindings for it, and none where the platform has none."""
    sequences: list[QKeySequence] = []
    for key in keys:
        found = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
        sequences.extend(s for s in found if not s.isEmpty() and s not in sequences)
    return sequences


class WindowActions:
    """Builds the window's ``QAction``s (kept as attributes: ``open_action``, ``tag_actions``…),
    the menu bar, the toolbar and the panes' context menus.

    Expects from the window: ``book`` (its undo stack), ``tag_dock``, ``pane_a``/``pane_b``
    and the slots the actions name.
    """

    def _action(self, text: str, slot, shortcut=None, tip: str = "", *, reading: bool = False) -> QAction:
        """``reading``: a shortcut that only works while reading (focus in an article's text), so
        typing a note, choosing a source by its first letter or opening a drop-down list with its
        standard key, Alt+Down, never triggers it."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(key_sequences(*(shortcut if isinstance(shortcut, (list, tuple)) else [shortcut])))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(_named_with_key(action, text) if shortcut else tip)
        action.triggered.connect(lambda checked=False: slot())
        if reading:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            for pane in (self.pane_a, self.pane_b):
                pane.view.addAction(action)
        else:
            self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self._create_actions()
        self._build_menus()
        self._build_toolbar()
        context = [*self.tag_actions.values(), self.clear_action, self.accept_action, self.note_action]
        for pane in (self.pane_a, self.pane_b):
            pane.view.context_actions = context

    def _create_actions(self) -> None:
        self.open_action = self._action("&Open…", self.open_dialog, QKeySequence.StandardKey.Open,
                                        "Open two articles (or one, into the active pane)")
        self.paste_a_action = self._action("Paste as Source &A", lambda: self.paste_source("a"), "Ctrl+Shift+A",
                                           "Use the clipboard's text as article A")
        self.paste_b_action = self._action("Paste as Source &B", lambda: self.paste_source("b"), "Ctrl+Shift+B",
                                           "Use the clipboard's text as article B")
        self.export_action = self._action("&Export Tags…", self.export_tags, "Ctrl+E",
                                          "Write all tags to a CSV or JSON file")
        self.import_action = self._action("&Import Tags…", self.import_tags, None,
                                          "Add the tags of a CSV or JSON file (an edited export, a colleague's)")
        self.reload_action = self._action("Re&load", self.reload, ["F5", QKeySequence.StandardKey.Refresh],
                                          "Read both articles again from their files (after editing one) "
                                          "and compare them anew")
        # Ctrl+Q on every platform: Qt gives Quit no key on Windows, nor on some Linux desktops.
        self.quit_action = self._action("&Quit", self.close, ["Ctrl+Q", QKeySequence.StandardKey.Quit],
                                        "Close Parallax (tags are saved as you make them)")
        self.undo_action = self.book.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts(key_sequences(QKeySequence.StandardKey.Undo))
        self.redo_action = self.book.undo_stack.createRedoAction(self, "&Redo")
        # Ctrl+Shift+Z first, as the guide says (the menu shows the first); Ctrl+Y works too.
        self.redo_action.setShortcuts(key_sequences("Ctrl+Shift+Z", QKeySequence.StandardKey.Redo, "Ctrl+Y"))
        self.next_diff_action = self._action("&Next Difference", lambda: self._go("difference", 1), "Alt+Down",
                                             "Go to the next sentence that differs or is only in this source",
                                             reading=True)
        self.prev_diff_action = self._action("&Previous Difference", lambda: self._go("difference", -1), "Alt+Up",
                                             "Go to the previous difference", reading=True)
        self.next_conflict_action = self._action("Next Number &Conflict", lambda: self._go("conflict", 1), "N",
                                                 "Go to the next number the other source gives differently", reading=True)
        self.prev_conflict_action = self._action("Previous Number C&onflict", lambda: self._go("conflict", -1),
                                                 "Shift+N", "Go to the previous number conflict", reading=True)
        self.next_untagged_action = self._action("Next &Untagged Sentence", lambda: self._go("untagged", 1), "U",
                                                 "Go to the next body sentence without a tag", reading=True)
        self.prev_untagged_action = self._action("Previous Un&tagged Sentence", lambda: self._go("untagged", -1),
                                                 "Shift+U", "Go to the previous untagged sentence", reading=True)
        self.switch_action = self._action("&Switch Pane", self.switch_pane, "F6", "Move to the other article")
        self.suggestions_action = self._action("Show &Suggested Tags", self._toggle_suggestions, None,
                                               "Show the tags the comparison suggests (outlined)")
        self.suggestions_action.setCheckable(True)
        self.suggestions_action.setChecked(True)
        self.scroll_together_action = self._action(
            "Scroll T&ogether", self._toggle_scroll_together, None,
            "Scrolling one article scrolls the other along, keeping linked sentences level")
        self.scroll_together_action.setCheckable(True)
        self.scroll_together_action.setChecked(self.scroll_sync.enabled)
        # Ctrl+= too: the same key as Ctrl++ without Shift, on most keyboards.
        self.zoom_in_action = self._action("Zoom &In", lambda: self.zoom(1),
                                           ["Ctrl++", QKeySequence.StandardKey.ZoomIn, "Ctrl+="],
                                           "Make the articles' text larger")
        self.zoom_out_action = self._action("Zoom O&ut", lambda: self.zoom(-1),
                                            ["Ctrl+-", QKeySequence.StandardKey.ZoomOut],
                                            "Make the articles' text smaller")
        self.actual_size_action = self._action("&Actual Size", self.actual_size, "Ctrl+0",
                                               "Set the articles' text at its first size again")
        self.tag_actions = {
            kind: self._action(f"Tag as &{TAG_LABELS[kind]}", lambda kind=kind: self.tag_current(kind), TAG_KEYS[kind],
                               f"Tag the current sentence (or selected passage) as {TAG_LABELS[kind]}", reading=True)
            for kind in TAG_KINDS
        }
        self.clear_action = self._action("C&lear Tag", self.clear_current, ["X", "Delete"],
                                         "Remove tags from the current sentence or selected passage", reading=True)
        # Enter first: menus show the first key, and Qt calls the main keyboard's Enter "Return",
        # which no key is labelled on most keyboards (the toolbar and the guide say Enter).
        self.accept_action = self._action("&Accept Suggested Tag", self.accept_suggestion, ["Enter", "Return"],
                                          "Save the tag the comparison suggests for this sentence", reading=True)
        self.note_action = self._action("Edit &Note", self.edit_note, "E", "Write a note on the tag here", reading=True)
        self.guide_action = self._action("&User Guide", self.show_guide, QKeySequence.StandardKey.HelpContents)
        self.about_action = self._action("&About Parallax", self.show_about)

    def _go(self, what: str, direction: int) -> None:
        """``step`` to the next or previous ``what``.  An earlier "No more … below" would otherwise
        stay on screen for seconds after this step moved; if this one finds nothing, ``step`` says
        so again."""
        self.statusBar().clearMessage()
        self.step(what, direction)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addAction(self.reload_action)
        file_menu.addSeparator()
        file_menu.addAction(self.paste_a_action)
        file_menu.addAction(self.paste_b_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_action)
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
        view_menu.addAction(self.scroll_together_action)
        tags_shown = self.tag_dock.toggleViewAction()
        tags_shown.setText("&Tags")  # the dock's own title, "Tags", has no key to reach it by
        view_menu.addAction(tags_shown)
        view_menu.addSeparator()
        for action in (self.zoom_in_action, self.zoom_out_action, self.actual_size_action):
            view_menu.addAction(action)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
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
        # Labels with their keys; without them for a narrow window, where the full ones would push
        # Accept, Undo and Redo behind the toolbar's »; shorter still (down to 800 wide). Each
        # button's tooltip still names it in full, with its key.
        self._toolbar_labels = {
            self.prev_diff_action: ("◀ Difference", "◀ Difference", "◀ Diff"),
            self.next_diff_action: ("Difference ▶", "Difference ▶", "Diff ▶"),
            self.next_conflict_action: ("Conflict ▶ (N)", "Conflict ▶", "Conflict ▶"),
            **{a: (f"{TAG_LABELS[k]} ({TAG_KEYS[k]})", TAG_LABELS[k], TAG_LABELS[k])
               for k, a in self.tag_actions.items()},
            self.clear_action: ("Clear (X)", "Clear", "Clear"),
            self.accept_action: ("Accept suggestion (Enter)", "Accept", "Accept"),
        }
        self._toolbar_level = None
        self._toolbar_widths = []  # the width each level of labels but the shortest needs
        for level in range(len(UNDO_LABELS) - 1):
            self._fit_toolbar_labels(level)
            self._toolbar_widths.append(toolbar.sizeHint().width())
        self._fit_toolbar_labels(0)
        toolbar.installEventFilter(self)
        # The undo stack renames these after every change ("Undo Tag as corroborated"): the menu
        # shows that, the toolbar stays short.
        self.book.undo_stack.undoTextChanged.connect(self._short_undo_labels)
        self.book.undo_stack.redoTextChanged.connect(self._short_undo_labels)
        self._short_undo_labels()
        for kind, action in self.tag_actions.items():
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setObjectName(f"tagButton-{kind}")

    def eventFilter(self, watched, event) -> bool:
        if watched is getattr(self, "toolbar", None) and event.type() == QEvent.Type.Resize:
            width = event.size().width()
            self._fit_toolbar_labels(next((level for level, needed in enumerate(self._toolbar_widths)
                                           if width >= needed), len(self._toolbar_widths)))
        return super().eventFilter(watched, event)

    def _fit_toolbar_labels(self, level: int) -> None:
        """Labels of ``level``: 0 the full ones, each further level shorter."""
        if level == self._toolbar_level:
            return
        self._toolbar_level = level
        for action, labels in self._toolbar_labels.items():
            action.setIconText(labels[level])
        self._short_undo_labels()

    def _short_undo_labels(self, *_) -> None:
        undo, redo = UNDO_LABELS[self._toolbar_level or 0]
        self.undo_action.setIconText(undo)
        self.redo_action.setIconText(redo)
        # As every other button: the tooltip names the key, after what would be undone.
        for action in (self.undo_action, self.redo_action):
            action.setToolTip(_named_with_key(action, action.text()))


# Undo's and Redo's toolbar labels at each level of ``_fit_toolbar_labels``: the undo stack names
# them after each change ("Undo Tag as corroborated"), which the menu shows but the toolbar would not fit.
UNDO_LABELS = (("Undo", "Redo"), ("Undo", "Redo"), ("↶", "↷"))


def _named_with_key(action: QAction, text: str) -> str:
    """"Undo Tag as disputed (Ctrl+Z)": ``text`` without its mnemonic, then the action's first key."""
    # Qt names the main keyboard's Enter key "Return"; the key is labelled Enter.
    key = action.shortcut().toString().replace("Return", "Enter")
    return f"{text.replace('&', '')} ({key})" if key else text.replace("&", "")
