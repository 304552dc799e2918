"""Articles whose files go missing or cannot be read, Open Recent, and pasted markup, in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from reader.ui.settings import push_recent, string_list


def copies(seeds, tmp_path, *names):
    """Private versions of the first seed articles, under ``names``: each has a line of its own,
    or the window would list it as the sample article it copies."""
    paths = []
    for seed, name in zip(seeds, names):
        paths.append(tmp_path / name)
        text = seed.read_text(encoding="utf-8")
        paths[-1].write_text(f"{text}\nThis version was saved as {name}.\n", encoding="utf-8")
    return paths


def recent_files(window) -> list[str]:
    return string_list(window.settings, "recentFiles")


def recent_action(window, path):
    window.recent_menu.aboutToShow.emit()  # File ▸ Open Recent is filled as it opens
    return next(a for a in window.recent_menu.actions() if a.text() == str(Path(path).resolve()))


def shown_paths(window) -> list[str]:
    return [Path(window.story[i].path).name for i in window.shown_pair]


def drop(view, paths) -> None:
    """Drag files over ``view`` and drop them, as the window system would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    at = view.viewport().rect().center()
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(view.viewport(), QDropEvent(QPointF(at), Qt.DropAction.CopyAction, mime, buttons, modifiers))


def a_pdf(tmp_path) -> Path:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    return pdf


# ---- B's file deleted or moved after it was opened ----------------------------------------

def test_a_deleted_b_is_compared_as_last_read_and_another_a_opens(open_window, qtbot, seeds, tmp_path):
    a, b, other = copies(seeds, tmp_path, "gazette.txt", "wire.txt", "other.txt")
    window = open_window([a, b])
    text_b = window.pane_b.view.toPlainText()
    b.unlink()  # the outlet's page was deleted, or moved away
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.open_file(str(other), "a")
    assert shown_paths(window) == ["other.txt", "wire.txt"]
    assert window.pane_b.view.toPlainText() == text_b
    # The editor is told that B no longer matches a file on disk.
    assert window.warning_bar.isVisibleTo(window)
    assert "wire.txt: no such file" in window.warning_bar.text()
    assert "Source B shows the text as it was last read." in window.warning_bar.text()


def test_the_picker_still_changes_a_after_b_was_deleted(open_window, qtbot, seeds, tmp_path):
    a, b = copies(seeds, tmp_path, "gazette.txt", "wire.txt")
    window = open_window([a, b])
    b.unlink()
    sample = next(i for i, s in enumerate(window.story.sources) if s.path and "Sample" in s.label)
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.pane_a.picker.activated.emit(sample)
    assert window.shown_pair == (sample, 1)


def test_a_missing_file_never_read_is_named_in_the_message(open_window, qtbot, seeds, tmp_path):
    a, b, extra, other = copies(seeds, tmp_path, "gazette.txt", "wire.txt", "extra.txt", "other.txt")
    window = open_window([a, b])
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.open_paths([str(other), str(b), str(extra)], "a")  # extra.txt is listed, not read
    extra.unlink()
    other.unlink()  # on screen in A, which is read first: still usable
    with qtbot.waitSignal(window.comparison_failed, timeout=20000) as failed:
        window.pane_b.picker.activated.emit(window.story.index_of(str(extra.resolve())))
    assert "extra.txt: no such file" in failed.args[0]
    assert "other.txt" not in failed.args[0]
    assert shown_paths(window) == ["other.txt", "wire.txt"]
    window.error_box.close()


# ---- Open Recent -------------------------------------------------------------------------------

def test_a_missing_file_chosen_from_open_recent_is_dropped_from_it(open_window, qtbot, seeds, tmp_path):
    a, b, gone = copies(seeds, tmp_path, "gazette.txt", "wire.txt", "gone.txt")
    window = open_window([a, b])
    push_recent(window.settings, str(b.resolve()))
    before = push_recent(window.settings, str(gone.resolve()))
    action = recent_action(window, gone)
    gone.unlink()
    action.trigger()
    assert not window.busy  # nothing was started: there is nothing to read
    assert window.error_box.isVisible()
    assert str(gone.resolve()) in window.error_box.text()
    assert "taken off the Open Recent list." in window.error_box.text()
    assert recent_files(window) == before[1:]
    assert window.story.index_of(str(gone.resolve())) == -1
    window.error_box.close()


def test_a_file_still_there_opens_from_open_recent_and_goes_on_top(open_window, qtbot, seeds, tmp_path):
    a, b, other = copies(seeds, tmp_path, "gazette.txt", "wire.txt", "other.txt")
    window = open_window([a, b])
    push_recent(window.settings, str(other.resolve()))
    push_recent(window.settings, str(b.resolve()))
    window._set_active("b")
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        recent_action(window, other).trigger()
    assert shown_paths(window) == ["gazette.txt", "other.txt"]
    assert recent_files(window)[0] == str(other.resolve())


def test_a_file_that_failed_to_open_is_offered_no_more(open_window, qtbot, seeds, tmp_path):
    """What the window does with a file that could not be read (see ``_forget_unopened``)."""
    a, b, later = copies(seeds, tmp_path, "gazette.txt", "wire.txt", "later.txt")
    window = open_window([a, b])
    pdf = a_pdf(tmp_path)
    index = window._add_file(str(pdf))
    window.remember_files(str(pdf))
    assert recent_files(window)[0] == str(pdf.resolve())
    window.shown_pair = (window._add_file(str(later)), 0)  # a pair listed after it moves up with the list
    window._forget_unopened(index)
    assert window.story.index_of(str(pdf.resolve())) == -1
    assert str(pdf.resolve()) not in recent_files(window)
    assert shown_paths(window) == ["later.txt", "gazette.txt"]


def test_a_file_read_before_is_not_forgotten(open_window, seeds, tmp_path):
    a, b = copies(seeds, tmp_path, "gazette.txt", "wire.txt")
    window = open_window([a, b])
    window.remember_files(str(a))
    window.shown_pair = None  # even when it is not on screen: its earlier reading is still usable
    window._forget_unopened(0)
    assert Path(window.story[0].path).name == "gazette.txt"
    assert recent_files(window)[0] == str(a.resolve())


def test_an_unreadable_file_dropped_with_a_readable_one_is_not_listed(open_window, qtbot, seeds, tmp_path):
    a, b, other = copies(seeds, tmp_path, "gazette.txt", "wire.txt", "other.txt")
    window = open_window([a, b])
    pdf = a_pdf(tmp_path)
    # The unreadable one is named in a message and the readable one still opens, as on the command line.
    with qtbot.waitSignal(window.comparison_failed, timeout=20000), \
            qtbot.waitSignal(window.comparison_shown, timeout=20000):
        drop(window.pane_b.view, [pdf, other])
    window.error_box.close()
    assert shown_paths(window) == ["gazette.txt", "other.txt"]
    assert window.story.index_of(str(pdf.resolve())) == -1
    assert not any("report.pdf" in text for text, _tip in window.story.labels())
    assert str(pdf.resolve()) not in recent_files(window)
    assert window.pane_b.picker.currentIndex() == window.shown_pair[1]


def test_files_opened_from_the_command_line_are_in_open_recent(open_window, seeds, tmp_path):
    a, b = copies(seeds, tmp_path, "gazette.txt", "wire.txt")
    window = open_window([a, b])
    assert recent_files(window) == [str(a.resolve()), str(b.resolve())]


# ---- several files dropped ---------------------------------------------------------------------

def test_files_dropped_after_the_first_two_are_listed_after_them(open_window, qtbot, seeds, tmp_path):
    paths = copies(seeds, tmp_path, "one.txt", "two.txt", "three.txt", "four.txt", "five.txt")
    window = open_window()
    listed = len(window.story)
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        drop(window.pane_b.view, paths)
    names = [Path(s.path).name for s in window.story.sources[listed:]]
    assert names == ["one.txt", "two.txt", "three.txt", "four.txt", "five.txt"]
    assert shown_paths(window) == ["one.txt", "two.txt"]


# ---- pasted Markdown and HTML ------------------------------------------------------------------

def test_pasted_markdown_is_compared_as_text_without_its_markup(open_window, qtbot):
    window = open_window()
    QGuiApplication.clipboard().setText(
        "# Commander crosses into Norway\n\n*Wire report — 16 January 2023*\n\n"
        "Andrei Medvedev crossed into **Norway**, police said.\n\nMore: [Asylum rules](https://example.com/asylum)\n")
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.paste_b_action.trigger()
    document = window.plan.comparison.b
    assert document.format == "md" and document.title == "Commander crosses into Norway"
    assert window.pane_b.picker.currentText().endswith("Pasted: Commander crosses into Norway")
    assert not any(mark in document.text for mark in ("#", "*", "](", "https://"))
    assert window.plan.b.sentences[0].text == "Commander crosses into Norway"


def test_pasted_html_source_is_compared_as_the_page(open_window, qtbot):
    window = open_window()
    QGuiApplication.clipboard().setText(
        "<!DOCTYPE html>\n<html><head><title>Commander crosses into Norway | Wire</title></head>\n<body>"
        "<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav><article><h1>Commander crosses into Norway</h1>"
        "<p>Andrei Medvedev crossed into Norway, police said.</p></article></body></html>\n")
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.paste_b_action.trigger()
    document = window.plan.comparison.b
    assert document.format == "html"
    assert not any("<" in s.text for s in window.plan.b.sentences)
    assert "Andrei Medvedev crossed into Norway, police said." in document.text


def test_pasted_html_without_words_is_refused_with_a_reason(open_window, qtbot):
    window = open_window()
    shown = window.plan
    QGuiApplication.clipboard().setText("<!DOCTYPE html><html><head><style>p {}</style></head><body></body></html>")
    window.paste_b_action.trigger()
    assert not window.busy and window.plan is shown
    assert window.error_box.text() == "The pasted HTML has no readable text, only markup."
    window.error_box.close()


# ---- a first pair that cannot be read ---------------------------------------------------------

def test_a_first_pair_with_one_unreadable_file_keeps_the_other_and_pickers_name_both(qtbot, seeds, tmp_path):
    # Once the panes stayed empty, the pickers named articles that were not on screen, and choosing
    # one in B compared it with itself.  The readable article stays in its pane, beside an article
    # of the sample story, until another is opened there.
    from reader.ui.app import application, create_window

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    (wire,) = copies(seeds, tmp_path, "wire.txt")
    application()
    window = create_window([str(empty), str(wire)], remember=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.plan is not None and not window.busy, timeout=20000)
    assert "the file is empty" in window.error_box.text()
    assert "Only article A could not be opened" in window.error_box.text()
    window.error_box.close()
    a, b = window.shown_pair
    mine = window.story.index_of(str(wire.resolve()))
    assert b == mine and "seeds" in Path(window.story[a].path).parts
    assert window.pane_a.picker.currentIndex() == a and window.pane_b.picker.currentIndex() == b
    other = next(i for i in range(len(window.story)) if i not in (a, b))
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.pane_a.picker.activated.emit(other)
    assert window.shown_pair == (other, mine)


def test_when_every_comparison_fails_the_sample_story_is_tried_once_only(qtbot, seeds, tmp_path, monkeypatch):
    # A failure of the engine itself (no memory, a broken install) failed the sample story too, and
    # the window retried it for ever, one error box after another.
    import reader.ui.worker as worker
    from reader.ui.app import application, create_window

    def broken(*args, **kwargs):
        raise ValueError("engine bug")

    monkeypatch.setattr(worker, "compare", broken)
    a, b = copies(seeds, tmp_path, "gazette.txt", "wire.txt")
    application()
    window = create_window([str(a), str(b)], remember=False)
    qtbot.addWidget(window)
    failures = []
    window.comparison_failed.connect(failures.append)
    window.show()
    qtbot.waitUntil(lambda: len(failures) >= 2, timeout=20000)
    qtbot.wait(500)
    assert len(failures) == 2 and not window.busy and window.plan is None
    assert "engine bug" in failures[0]  # what failed; the box, not the signal, adds the fallback
