"""The margin drawn to the scale of the text (View ▸ Zoom In), and a tag made beside another article
than the one now beside its own said so: hollow badge, tooltip, Tags panel (offscreen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from reader.ui.palette import TAG_COLOURS


def first_tagged_badge(view):
    """The (mark, rect) of the first badge of a tag (not a suggestion) on screen."""
    return next((mark, rect) for mark, rect, _, suggested in view._gutter.badges() if not suggested)


def tag_sentence(window, side, mark, kind):
    window._active = side
    window.view(side).move_to(mark.start)
    window.tag_current(kind)


def copies(tmp_path, seeds, names):
    paths = []
    for seed, name in zip(seeds, names):
        path = tmp_path / name
        path.write_bytes(seed.read_bytes())
        paths.append(path)
    return paths


# ---- the margin grows with the text --------------------------------------------------------------

def test_margin_badges_grow_with_the_text_and_actual_size_brings_them_back(open_window, qtbot):
    window = open_window(remember=False)
    view = window.pane_a.view
    linked = next(mark for mark in view.plan.marks if mark.partners)
    tag_sentence(window, "a", linked, "corroborated")
    view.move_to(linked.start)

    def measured():
        mark, rect = first_tagged_badge(view)
        return rect.height(), view._gutter.width(), view.viewport().x()

    badge, margin, text_left = measured()
    for _ in range(8):
        window.zoom_in_action.trigger()
    qtbot.waitUntil(lambda: measured()[0] > badge)
    zoomed_badge, zoomed_margin, zoomed_left = measured()
    assert zoomed_margin > margin and zoomed_left > text_left  # the text moves over to make room
    # Still level with its sentence's first line, and no taller than it.
    line = view.fontMetrics().height()
    mark, rect = first_tagged_badge(view)
    top = next(top for shown, top, _ in view.visible_marks() if shown is mark)
    assert rect.height() <= line and top <= rect.top() and rect.bottom() <= top + line + 1
    # The badge stays inside the margin, clear of the text.
    assert rect.right() < view._gutter.width()
    window.actual_size_action.trigger()
    qtbot.waitUntil(lambda: measured()[0] == badge)
    assert measured() == (badge, margin, text_left)


# ---- a tag made beside another article -----------------------------------------------------------

def badge_is_filled(view, rect) -> bool:
    """Whether the badge at ``rect`` is painted filled with its colour (a point just inside its
    corner, clear of the letter and of a hollow badge's outline)."""
    image = view._gutter.grab().toImage()
    ratio = image.devicePixelRatio()
    at = image.pixelColor(round((rect.left() + rect.width() * 0.22) * ratio),
                          round((rect.top() + rect.height() * 0.22) * ratio))
    colour = QColor(TAG_COLOURS["corroborated"])
    return max(abs(at.red() - colour.red()), abs(at.green() - colour.green()), abs(at.blue() - colour.blue())) < 40


def test_a_tag_made_beside_b_says_so_when_its_article_is_set_beside_c(open_window, qtbot, tmp_path, seeds):
    a, b, c = copies(tmp_path, [seeds[0], seeds[1], seeds[3]], ["a.txt", "b.txt", "c.txt"])
    window = open_window([a, b], remember=False)
    b_title = window.plan.b.document.title
    view = window.pane_a.view
    linked = next(mark for mark in view.plan.marks if mark.partners)
    tag_sentence(window, "a", linked, "corroborated")
    # Beside the article it was made beside, nothing more is said.
    mark, rect = first_tagged_badge(view)
    assert not view.tag_made_elsewhere(mark) and badge_is_filled(view, rect)
    assert "made beside" not in view.describe(mark)

    window.open_files(str(a), str(c))
    qtbot.waitUntil(lambda: not window.busy and window.plan.b.document.title != b_title, timeout=20000)
    view = window.pane_a.view
    view.move_to(linked.start)
    mark, rect = first_tagged_badge(view)
    assert view.tag_made_elsewhere(mark)
    assert not badge_is_filled(view, rect)  # drawn hollow
    assert f"Tagged: Corroborated — made beside “{b_title}”, not beside the article in B" in view.describe(mark)
    # The Tags panel: the row, its tooltip and the line about the tag under the cursor.
    model = window.tag_panel.model
    row = next(row for row in range(model.rowCount()) if model.row_at(row)[1].kind == "corroborated")
    assert model.data(model.index(row, 0)) == "Corroborated (beside another article)"
    assert b_title in model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert f"made beside “{b_title}”" in window.tag_panel.current.text()

    # Back beside B: a tag of this pair again.
    window.open_files(str(a), str(b))
    qtbot.waitUntil(lambda: not window.busy and window.plan.b.document.title == b_title, timeout=20000)
    view = window.pane_a.view
    mark, rect = first_tagged_badge(view)
    assert not view.tag_made_elsewhere(mark) and badge_is_filled(view, rect)
    assert not any(model.data(model.index(row, 0)).endswith("(beside another article)")
                   for row in range(model.rowCount()))


def test_a_single_source_tag_names_the_article_it_was_made_beside(open_window, qtbot, tmp_path, seeds):
    """A single-source tag names no partner passage, but the article beside it when it was made is
    recorded: beside that article nothing more is said; beside another, the badge is hollow and the
    description names the first."""
    a, b, c = copies(tmp_path, [seeds[0], seeds[1], seeds[3]], ["a.txt", "b.txt", "c.txt"])
    window = open_window([a, b], remember=False)
    b_title = window.plan.b.document.title
    view = window.pane_a.view
    alone = next(mark for mark in view.plan.marks if mark.state == "unmatched")
    tag_sentence(window, "a", alone, "single-source")
    (tag,) = window.book.tags["a"]
    assert tag.partners == () and tag.beside.title == b_title
    said = view.describe(alone)
    assert "not recorded" not in said and "made beside" not in said
    assert not view.tag_made_elsewhere(alone)

    window.open_files(str(a), str(c))
    qtbot.waitUntil(lambda: not window.busy and window.plan.b.document.title != b_title, timeout=20000)
    view = window.pane_a.view
    view.move_to(tag.anchor.start)
    mark = view.plan.marks[view.plan.sentence_at(view.plan.offsets.to_qt(tag.anchor.start))]
    assert view.tag_made_elsewhere(mark)
    assert f"Tagged: Single source — made beside “{b_title}”, not beside the article in B" in view.describe(mark)


def test_a_tag_of_an_earlier_version_naming_no_article_says_its_date(open_window, qtbot, tmp_path, seeds):
    """A tag stored before the article beside it was recorded, with no partner passage either, can
    say only when it was made."""
    from reader.core.document import load_document
    from reader.core.store import TagStore
    from reader.core.tags import new_tag

    a, b = copies(tmp_path, seeds[:2], ["a.txt", "b.txt"])
    document = load_document(a)
    start = document.text.index("Medvedev")
    with TagStore() as store:
        store.add(new_tag(document, start, start + len("Medvedev"), "single-source"), document)
    window = open_window([a, b], remember=False)
    view = window.pane_a.view
    (tag,) = window.book.tags["a"]
    assert tag.beside is None and tag.partners == ()
    mark = view.plan.marks[view.plan.sentence_at(view.plan.offsets.to_qt(start))]
    said = view.describe(mark)
    line = next(line for line in said.splitlines() if line.startswith("Tagged:"))
    assert line.startswith(f"Tagged: Single source — made {tag.created[:4]}")
    assert line.endswith("the article beside it then is not recorded") and len(line) < 90  # said short
    assert not view.tag_made_elsewhere(mark)  # nothing says it was made elsewhere: a plain badge
    model = window.tag_panel.model
    assert model.data(model.index(0, 0)) == "Single source"
    assert "not recorded" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
