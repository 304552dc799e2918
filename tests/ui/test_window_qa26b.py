"""The status line counts the headlines' number conflicts, the link tooltip quotes figures whole, a
first pair with one unreadable article keeps the other, tagging text the comparison skipped says
so, and the overview's tooltip names its tag stripe (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip

from reader.ui.palette import TAG_LABELS
from window_steps import focus

HERALD = """Skip to main content
Home | News | World | Sport

Flooding in the valley kills 12 as rivers burst their banks

By Ana Ruiz

Heavy rain caused flooding across the river valley on Monday, killing 12 people and forcing more than 2,000 residents from their homes.

The river rose by four metres in six hours, the regional water authority said.

Between 300 and 400 homes were flooded in the town of Alcora, officials said.

Rescue teams worked through the night to reach villages cut off by the water.

The home side won the charity match 3-1 on Sunday, raising money for the families.
"""

WIRE = """Skip to main content
Home | News | World | Sport

Valley floods kill {toll} after rivers burst banks

By Tom Hale

Flooding swept through the river valley on Monday, killing 19 people and forcing 2,000 residents from their homes.

The river rose by four metres in six hours, according to the regional water authority.

About 900 homes were flooded in the town of Alcora, officials said.

Rescue teams worked through the night to reach villages cut off by the flood water.

The home side won the charity match 3-2 on Sunday, raising money for the families.
"""


def reports(tmp_path: Path, headline_toll: int = 19) -> tuple[Path, Path]:
    herald, wire = tmp_path / "herald.txt", tmp_path / "wire.txt"
    herald.write_text(HERALD, encoding="utf-8")
    wire.write_text(WIRE.format(toll=headline_toll), encoding="utf-8")
    return herald, wire


def mark_of(view, opening: str):
    return next(m for m in view.plan.marks if view.plan.sentences[m.index].text.startswith(opening))


# ---- the status line ------------------------------------------------------------------------

def test_the_status_line_counts_a_number_conflict_in_the_headlines(open_window, tmp_path):
    window = open_window(reports(tmp_path))
    # Three linked sentences disagree (the toll, the homes, the score), and so do the headlines.
    assert "4 number conflicts (1 in the headlines)" in window.status.text()


def test_headlines_that_agree_add_nothing_to_the_count(open_window, tmp_path):
    window = open_window(reports(tmp_path, headline_toll=12))
    assert "3 number conflicts ·" in window.status.text()
    assert "headlines" not in window.status.text()


# ---- the link bar's tooltip -----------------------------------------------------------------

def link_tip(window, monkeypatch, a_opening: str) -> str:
    """The link bar's tooltip over the band of the link from A's sentence opening with ``a_opening``."""
    index = mark_of(window.pane_a.view, a_opening).index
    window.linkbar.grab()
    [(path, _link)] = [(p, k) for p, k in window.linkbar._painted if k.a == index]
    box = path.boundingRect()
    topmost = {}
    for x in range(int(box.left()), int(box.right()) + 1):
        for y in range(int(box.top()), int(box.bottom()) + 1):
            hit = next((p for p, _ in reversed(window.linkbar._painted) if p.contains(QPointF(x, y))), None)
            if hit is path:  # the band is on top here: the tooltip speaks of it
                topmost = {"at": QPointF(x, y).toPoint()}
                break
        if topmost:
            break
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *rest: shown.append(text))
    point = topmost["at"]
    window.linkbar.event(QHelpEvent(QEvent.Type.ToolTip, point, window.linkbar.mapToGlobal(point)))
    return shown[0]


def test_the_link_tooltip_gives_a_disputed_score_whole(open_window, tmp_path, monkeypatch):
    window = open_window(reports(tmp_path))
    tip = link_tip(window, monkeypatch, "The home side won")
    assert "Numbers conflict: “3-1” ≠ “3-2”" in tip


def test_the_link_tooltip_keeps_a_figures_qualifier(open_window, tmp_path, monkeypatch):
    window = open_window(reports(tmp_path))
    tip = link_tip(window, monkeypatch, "Between 300 and 400")
    assert "Numbers conflict: “Between 300 and 400” ≠ “about 900”" in tip


# ---- a first pair with one article that cannot be read --------------------------------------

def open_first_pair(qtbot, paths):
    from reader.ui.app import application, create_window

    application()
    window = create_window([str(p) for p in paths], remember=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.plan is not None and not window.busy, timeout=20000)
    return window


def is_sample(window, index: int) -> bool:
    return "seeds" in Path(window.story[index].path).parts


@pytest.mark.parametrize("bad_side", ["a", "b"])
def test_the_readable_article_of_a_first_pair_stays_in_its_pane(qtbot, tmp_path, bad_side):
    herald, _wire = reports(tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    window = open_first_pair(qtbot, [empty, herald] if bad_side == "a" else [herald, empty])
    good_side = "b" if bad_side == "a" else "a"
    good, bad = (1, 0) if bad_side == "a" else (0, 1)
    assert Path(window.story[window.shown_pair[good]].path) == herald.resolve()
    assert "Flooding in the valley kills 12" in window.view(good_side).toPlainText()
    assert is_sample(window, window.shown_pair[bad])  # the other pane shows what its picker names
    picker = window.pane_a.picker if bad_side == "a" else window.pane_b.picker
    assert picker.currentIndex() == window.shown_pair[bad]
    message = window.error_box.text()
    assert "the file is empty" in message
    assert f"Only article {bad_side.upper()} could not be opened" in message
    assert "Showing the sample story instead" not in message
    window.error_box.close()


def test_when_the_other_article_fails_too_the_sample_story_is_shown_and_said_once(qtbot, tmp_path):
    empty, missing = tmp_path / "empty.txt", tmp_path / "missing.txt"
    empty.write_bytes(b"")
    window = open_first_pair(qtbot, [empty, missing])
    assert all(is_sample(window, i) for i in window.shown_pair)
    assert "missing.txt: no such file" in window.error_box.text()
    assert "Showing the sample story instead" in window.error_box.text()
    # The first message promised B, which failed too: it is no longer up beside the second.
    boxes = [box for box in window.findChildren(type(window.error_box)) if box.isVisible()]
    assert boxes == [window.error_box]
    window.error_box.close()


# ---- tag keys on text the comparison skipped ------------------------------------------------

def press_tag_key(qtbot, window, opening: str, key) -> None:
    view = window.pane_a.view
    view.move_to(mark_of(view, opening).start)
    focus(qtbot, window, view)
    qtbot.keyClick(view, key)


def test_a_tag_key_on_page_furniture_tags_it_and_says_it_was_not_compared(open_window, qtbot, tmp_path):
    window = open_window(reports(tmp_path))
    press_tag_key(qtbot, window, "Skip to main content", Qt.Key.Key_C)
    assert [(t.kind, t.passage.anchor.quote) for t in window.book.tags["a"]] == [
        ("corroborated", "Skip to main content")]
    message = window.statusBar().currentMessage()
    assert f"Tagged {TAG_LABELS['corroborated']} on page furniture" in message
    assert "does not link to anything in B" in message


def test_a_tag_key_on_a_headline_tags_it_and_says_so(open_window, qtbot, tmp_path):
    window = open_window(reports(tmp_path))
    press_tag_key(qtbot, window, "Flooding in the valley", Qt.Key.Key_D)
    assert [t.kind for t in window.book.tags["a"]] == ["disputed"]  # a headline may be the claim checked
    assert "on a headline or heading" in window.statusBar().currentMessage()


def test_a_tag_key_on_a_compared_sentence_says_nothing_of_the_kind(open_window, qtbot, tmp_path):
    window = open_window(reports(tmp_path))
    press_tag_key(qtbot, window, "Heavy rain caused", Qt.Key.Key_D)
    assert [t.kind for t in window.book.tags["a"]] == ["disputed"]
    assert "does not link" not in window.statusBar().currentMessage()


# ---- the overview strip ----------------------------------------------------------------------

def test_the_overview_tooltip_names_the_tag_stripe_and_its_colours(open_window, tmp_path):
    window = open_window(reports(tmp_path))
    tip = window.pane_a.overview.toolTip()
    assert "stripe" in tip and "tags" in tip
    for label in TAG_LABELS.values():
        assert label in tip
    assert "green = Corroborated" in tip and "red = Disputed" in tip
