"""Window QA pass 9 mends (offscreen): a byte-identical copy of a listed article is its own source
(shown, read again and tagged as itself); File ▸ Open with several files names every one that cannot
be read and opens the rest; two articles that differ only in their headlines are said to be so; the
guide opens with a contents list whose links the help window follows, its tables have borders, and
its Tab row names the source pickers."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor, QTextDocument

from reader.core.tags import source_key
from reader.ui.sources import Source, Story


def own_version(seed: Path, path: Path) -> Path:
    """The reader's own article: a seed article with a line the sample story does not have."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(seed.read_text(encoding="utf-8") + f"\nSaved as {path.name} for the desk.\n", encoding="utf-8")
    return path


def shown_paths(window) -> list[str]:
    return [window.story[i].path for i in window.shown_pair]


def tag_first_story_sentence(window, side: str) -> None:
    view = window.view(side)
    mark = next(m for m in view.plan.marks if view.plan.sentences[m.index].kind == "body")
    window._active = side
    view.move_to(mark.start)
    window.tag_current("corroborated")


# ---- 1. a copy of a listed file is its own source ------------------------------------------------

def test_a_copy_of_a_listed_file_under_another_path_is_its_own_source(seeds, tmp_path):
    original = own_version(seeds[0], tmp_path / "a.txt")
    story = Story([Source(label="a.txt", path=str(original))])
    copy = tmp_path / "work" / "mycopy.txt"
    copy.parent.mkdir()
    shutil.copy(original, copy)
    index = story.add(Source(label="mycopy.txt", path=str(copy)))
    assert index == 1 and len(story) == 2
    assert story[index].path == str(copy)
    assert story.add(Source(label="again", path=str(copy))) == 1  # the same path is still listed once


def test_the_sample_story_gives_way_to_the_readers_copy_of_one_of_its_articles(seeds, tmp_path):
    story = Story([Source(label=f"Sample story: {p.name}", path=str(p)) for p in seeds])
    mine = tmp_path / "b_mine.txt"
    shutil.copy(seeds[1], mine)
    assert story.add(Source(label="b_mine.txt", path=str(mine))) == 1
    assert len(story) == 5
    assert story[1].path == str(mine) and story[1].label == "b_mine.txt"
    # Listed first (given on the command line), the reader's copy keeps its place: the sample
    # article it copies is not listed after it.
    story = Story([Source(label="b_mine.txt", path=str(mine))])
    assert story.add(Source(label="Sample story: 001", path=str(seeds[1]))) == 0
    assert len(story) == 1


def test_an_edited_copy_of_an_open_article_shows_its_edits_and_takes_its_tags(open_window, qtbot, seeds,
                                                                              tmp_path):
    a = own_version(seeds[0], tmp_path / "a.txt")
    c = own_version(seeds[3], tmp_path / "c.txt")
    window = open_window([a, c], remember=False)
    mine = tmp_path / "work" / "mycopy.txt"
    mine.parent.mkdir()
    shutil.copy(a, mine)
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.open_file(str(mine), "a")
    assert shown_paths(window) == [str(mine), str(c)]
    picker = window.pane_a.picker
    assert picker.itemData(picker.currentIndex(), Qt.ItemDataRole.ToolTipRole) == str(mine)
    # The reader mends the copy's text and reads it again: the edit shows.
    text = mine.read_text(encoding="utf-8")
    assert "speaking from Oslo" in text
    mine.write_text(text.replace("speaking from Oslo", "speaking from Bergen"), encoding="utf-8")
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.reload()
    assert "speaking from Bergen" in window.pane_a.view.toPlainText()
    assert "A has changed" in window.statusBar().currentMessage()
    tag_first_story_sentence(window, "a")
    assert [tag.source for tag in window.book.tags["a"]] == [source_key(str(mine))]


def test_a_copy_of_a_sample_article_opened_over_the_sample_story_is_the_readers(open_window, qtbot, seeds,
                                                                              tmp_path):
    window = open_window(remember=False)  # a first start: the sample story
    mine, other = tmp_path / "b_mine.txt", tmp_path / "c.txt"
    shutil.copy(seeds[1], mine)
    shutil.copy(seeds[3], other)
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.open_paths([str(mine), str(other)], "a")
    assert shown_paths(window) == [str(mine), str(other)]
    assert len(window.story) == 5  # each copy took its sample article's place
    assert not any(window.story[i].label.startswith("Sample story") for i in window.shown_pair)
    assert not window.sample_label.isVisibleTo(window)  # the reader's own articles are on screen
    tag_first_story_sentence(window, "a")
    assert [tag.source for tag in window.book.tags["a"]] == [source_key(str(mine))]


# ---- 2. several files, some unreadable ------------------------------------------------------------

def unreadable_files(tmp_path: Path) -> dict[str, Path]:
    noise = random.Random(9)
    files = {"empty.txt": b"", "scan.pdf": b"%PDF-1.4\n" + bytes(noise.randrange(256) for _ in range(600)),
             "photo.txt": bytes(noise.randrange(256) for _ in range(2000))}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return {name: tmp_path / name for name in files}


def test_a_readable_file_chosen_with_an_unreadable_one_still_opens(open_window, qtbot, seeds, tmp_path):
    a, c, b = (own_version(seeds[i], tmp_path / name) for i, name in ((0, "a.txt"), (3, "c.txt"), (1, "b.txt")))
    bad = unreadable_files(tmp_path)
    window = open_window([a, c], remember=False)
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.open_paths([str(bad["photo.txt"]), str(b)], "a")
    # b.txt was chosen for B: it is shown there, beside the article already in A.
    assert shown_paths(window) == [str(a), str(b)]
    message = window.error_box.text()
    assert "photo.txt: looks like a binary file" in message
    assert "b.txt is opened in B" in message
    assert window.story.index_of(source_key(str(bad["photo.txt"]))) < 0
    window.error_box.close()


def test_every_unreadable_file_is_named_and_none_is_listed(open_window, qtbot, seeds, tmp_path):
    a, c = own_version(seeds[0], tmp_path / "a.txt"), own_version(seeds[3], tmp_path / "c.txt")
    bad = unreadable_files(tmp_path)
    window = open_window([a, c], remember=False)
    listed = len(window.story)
    window.open_paths([str(bad["empty.txt"]), str(bad["scan.pdf"])], "a")
    assert not window.busy  # nothing readable: nothing is compared
    message = window.error_box.text()
    assert "empty.txt: the file is empty" in message
    assert "scan.pdf: is a PDF document" in message
    assert len(window.story) == listed
    assert shown_paths(window) == [str(a), str(c)]
    window.error_box.close()


def test_an_unreadable_third_file_is_not_listed_unread(open_window, qtbot, seeds, tmp_path):
    a, c = own_version(seeds[0], tmp_path / "a.txt"), own_version(seeds[3], tmp_path / "c.txt")
    b, d = own_version(seeds[1], tmp_path / "b.txt"), own_version(seeds[4], tmp_path / "d.txt")
    bad = unreadable_files(tmp_path)
    window = open_window([a, c], remember=False)
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.open_paths([str(b), str(d), str(bad["photo.txt"])], "a")
    assert shown_paths(window) == [str(b), str(d)]
    assert window.story.index_of(source_key(str(bad["photo.txt"]))) < 0
    assert "photo.txt" in window.error_box.text() and "b.txt and d.txt are compared" in window.error_box.text()
    window.error_box.close()


# ---- 3. the same story text under two headlines ----------------------------------------------------

def test_one_story_under_two_headlines_is_said_to_differ_only_in_its_headlines(open_window, seeds, tmp_path):
    text = own_version(seeds[0], tmp_path / "a.txt").read_text(encoding="utf-8")
    _headline, rest = text.split("\n", 1)
    other = tmp_path / "page.txt"
    other.write_text("Wagner commander in Norway\n" + rest, encoding="utf-8")
    window = open_window([tmp_path / "a.txt", other], remember=False)
    assert "only their headlines differ" in window.warning_bar.text()
    assert "show the same text" not in window.warning_bar.text()
    assert window.status.text() == "A and B tell the same story text: only their headlines differ"
    assert window.plan.comparison.headlines.diff  # the headlines' differing words are still marked


# ---- 4, 5. the guide -----------------------------------------------------------------------------

def open_guide(window):
    window.guide_action.trigger()
    return window.guide.browser


def test_the_guides_contents_link_to_its_sections_and_the_help_window_follows_them(open_window, qtbot):
    window = open_window(remember=False)
    browser = open_guide(window)
    browser.resize(720, 560)
    qtbot.waitUntil(lambda: browser.verticalScrollBar().maximum() > 0)
    first_lines = browser.toPlainText().splitlines()[:3]  # the title, the opening paragraph, the contents
    assert any(line.startswith("Contents:") and "Keys" in line for line in first_lines)
    # Clicking "Keys" in the contents scrolls the guide to the Keys table.
    found = browser.document().find("Keys", 0, QTextDocument.FindFlag.FindWholeWords)
    assert found.charFormat().isAnchor() and found.charFormat().anchorHref() == "#keys"
    at = QTextCursor(found)
    at.setPosition(found.selectionStart() + 1)
    point = browser.cursorRect(at).center()
    assert browser.verticalScrollBar().value() == 0
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))
    qtbot.waitUntil(lambda: browser.verticalScrollBar().value() > 0)
    keys_block = browser.document().find("Ctrl+Shift+Z").block()
    top = browser.document().documentLayout().blockBoundingRect(keys_block).top()
    assert browser.verticalScrollBar().value() <= top <= browser.verticalScrollBar().value() + browser.height()
    window.guide.close()


def test_the_guides_tables_have_borders_and_its_tab_row_names_the_source_pickers(open_window):
    window = open_window(remember=False)
    browser = open_guide(window)
    style = browser.document().defaultStyleSheet()
    assert "border" in style and "padding" in style
    lines = browser.toPlainText().splitlines()
    what_tab_does = lines[lines.index("Tab / Shift+Tab") + 1]  # the row's second cell
    assert "source pickers" in what_tab_does
    window.guide.close()
