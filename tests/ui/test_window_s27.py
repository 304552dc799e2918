"""The current passage's line on a headline whose figures conflict, the order a sentence's partners
are listed in, and the wave under a conflicting figure (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QTextCursor
from test_palette_contrast import THEMES, palette
from test_window_qa26 import REPORT_A, REPORT_B, mark_starting, position_of

from reader.ui.palette import WAVE_CONTRAST, Theme, contrast


def write(folder, a: str, b: str):
    paths = folder / "a.txt", folder / "b.txt"
    for path, text in zip(paths, (a, b), strict=True):
        path.write_text(text, encoding="utf-8")
    return paths


def b_with_the_families_first() -> str:
    """B with its homeless families told before its lead: A's lead then has a partner listed by the
    comparison before its closest one."""
    headline, lead, families, *rest = REPORT_B.split("\n\n")
    return "\n\n".join([headline, families, lead, *rest])


# ---- the current passage's line ------------------------------------------------------------------

def test_a_headline_whose_figures_conflict_says_so_in_the_current_line(open_window, tmp_path):
    window = open_window(write(tmp_path, REPORT_A, REPORT_B))
    for side, other in (("a", "B"), ("b", "A")):
        view = window.view(side)
        headline = view.plan.marks[0]
        assert headline.state == "heading" and headline.conflict
        view.setFocus()
        view.move_to(headline.start)
        line = window.tag_panel.current.plain()
        assert line.startswith(f"Sentence in {side.upper()}: headline or heading (not linked)")
        # In the words the summary counts it in ("3 number conflicts (1 in the headlines)").
        assert f"number conflict with {other}’s headline" in line
        here, there = ("23", "31") if side == "a" else ("31", "23")
        # In the words a body sentence's line uses ("in B"), not "there".
        assert f"number conflict with {other}’s headline: “{here}” here, “{there}” in {other}." in line
        assert "number conflict" in window.status.text()

    # A linked sentence's conflict is told by its figures, not as a headline's is.
    view = window.view("a")
    view.move_to(mark_starting(view, "A flash flood").start)
    assert "number conflict with" not in window.tag_panel.current.plain()


def test_a_headline_whose_figures_agree_does_not_speak_of_a_conflict(open_window, tmp_path):
    agreeing = REPORT_B.replace("Italy floods: 31 dead", "Italy floods: 23 dead")
    window = open_window(write(tmp_path, REPORT_A, agreeing))
    view = window.view("a")
    headline = view.plan.marks[0]
    assert headline.state == "heading" and not headline.conflict
    view.setFocus()
    view.move_to(headline.start)
    line = window.tag_panel.current.plain()
    assert "not linked" in line and "conflict" not in line


# ---- partners, closest first -----------------------------------------------------------------------

def test_a_sentences_tooltip_lists_its_closest_partner_first(open_window, tmp_path):
    window = open_window(write(tmp_path, REPORT_A, b_with_the_families_first()))
    view, other = window.view("a"), window.view("b")
    lead = mark_starting(view, "A flash flood")
    b_lead = mark_starting(other, "A flash flood")
    assert len(lead.links) == 2
    # The comparison gives the farther partner first here: the order is the tooltip's doing.
    assert lead.links[0].b != b_lead.index

    partners = [line for line in view.describe(lead).splitlines() if line.startswith("In B:")]
    assert len(partners) == 2
    assert "“A flash flood tore through the Sesia valley…”" in partners[0]
    assert "“About 400 families were left homeless and spent…”" in partners[1]
    scores = [float(line.split("(score ")[1].split(")")[0]) for line in partners]
    assert scores == sorted(scores, reverse=True)


# ---- the wave under a conflicting figure -------------------------------------------------------

@pytest.mark.parametrize("name", THEMES)
def test_the_wave_stands_apart_from_the_conflict_fill(qapp, name):
    theme = Theme(palette(*THEMES[name]))
    assert contrast(theme.conflict_wave, theme.tints["conflict"]) >= WAVE_CONTRAST, name


def wave_rows(image, left: int, right: int, top: int, bottom: int, fill: QColor) -> dict[int, int]:
    """For each column of [left, right): how many pixels between ``top`` and ``bottom`` stand out
    from the fill as the wave must (a figure's digits have no ink below their baseline)."""
    rows = {}
    for x in range(left, right):
        rows[x] = sum(1 for y in range(top, bottom)
                      if contrast(QColor(image.pixel(x, y)), fill) >= WAVE_CONTRAST * 0.8)
    return rows


def test_a_conflicting_figure_is_underlined_by_a_wave_that_shows(open_window, tmp_path):
    window = open_window(write(tmp_path, REPORT_A, REPORT_B))
    view = window.view("a")
    fill = window.theme.tints["conflict"]
    start = position_of(view, "23 people")
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    left = view.cursorRect(cursor)
    cursor.setPosition(start + 2)
    right = view.cursorRect(cursor)
    assert left.top() == right.top()  # the figure on one line
    block = view.document().findBlock(start)
    line = block.layout().lineForTextPosition(start - block.position())
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    baseline = left.top() + line.ascent()
    rows = wave_rows(image, round((left.left() + 2) * ratio), round((right.left() - 2) * ratio),
                     round((baseline + 1) * ratio), round((left.top() + line.height()) * ratio), fill)
    # A line along the whole figure, and thicker than a hairline.
    assert all(count >= 1 for count in rows.values()), rows
    assert sum(rows.values()) >= 1.5 * len(rows), rows
    # The words beside the figure get no wave ("and": no descenders, no changed-word underline).
    beside = position_of(view, "and leaving")
    cursor.setPosition(beside)
    and_left = view.cursorRect(cursor)
    cursor.setPosition(beside + 3)
    and_right = view.cursorRect(cursor)
    plain = wave_rows(image, round(and_left.left() * ratio), round(and_right.left() * ratio),
                      round((baseline + 1) * ratio), round((left.top() + line.height()) * ratio), fill)
    assert plain and not any(plain.values()), plain


def test_a_linked_sentences_line_quotes_its_conflicting_figures(open_window, tmp_path):
    """The state says only that details differ; the line names the figures that conflict, each side's own."""
    window = open_window(write(tmp_path, REPORT_A, REPORT_B))
    lines = {"a": "number conflicts: “23” here, “31” in B; “200” here, “about 400” in B.",
             "b": "number conflict: “31” here, “23” in A."}  # B's 400 families are another sentence
    for side, conflicts in lines.items():
        view = window.view(side)
        view.setFocus()
        view.move_to(mark_starting(view, "A flash flood").start)
        assert conflicts in window.tag_panel.current.plain()

    view = window.view("a")
    view.move_to(mark_starting(view, "The regional government").start)
    assert "conflict" not in window.tag_panel.current.plain()
