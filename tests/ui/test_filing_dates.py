"""Two reports filed on different days: their datelines' dates ("PORT ELLIS, June 11 (Coastal Press) -"
/ "... June 12 ...") tell when each was filed, not what happened.  The window shows that pair in a
look of its own, never as a number conflict, and N steps past it to the numbers that do conflict."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QLabel
from window_steps import focus, link_band_tips
from written_files import write_pair

from reader.core.compare import compare
from reader.core.document import load_document
from reader.ui.help import guide_html
from reader.ui.palette import VERMILLION, Theme
from reader.ui.plan import WORD_STYLES, build_plan
from reader.ui.sources import Source

STORY = """Ferry runs aground off island

PORT ELLIS, {filed} (Coastal Press) - A passenger ferry ran aground on a sandbank off Marrow Island early on Tuesday, the coastguard said.
All {aboard} passengers were taken off by lifeboats and no one was hurt, a coastguard spokeswoman said.
The ferry operator said the vessel had been sailing in thick fog and would be towed to port for inspection.
"""


def write_reports(folder):
    """A filed on June 11 and B on June 12; B also counts other passengers (a true conflict)."""
    a, b = folder / "a.txt", folder / "b.txt"
    a.write_text(STORY.format(filed="June 11", aboard="212"), encoding="utf-8")
    b.write_text(STORY.format(filed="June 12", aboard="221"), encoding="utf-8")
    return a, b


def spans_over(plan_side, text: str, words: str):
    start = plan_side.offsets.to_qt(text.index(words))
    return [s for s in plan_side.spans if s.start < start + len(words) and s.end > start
            and s.style in WORD_STYLES]


def test_a_dateline_filed_on_another_day_has_its_own_mark_and_tip(tmp_path):
    a, b = write_reports(tmp_path)
    plan = build_plan(compare(load_document(str(a)), load_document(str(b))))
    for side, mine, theirs in (("a", "June 11", "June 12"), ("b", "June 12", "June 11")):
        other = "B" if side == "a" else "A"
        side_plan = plan.side(side)
        text = side_plan.document.text
        # One mark on the date, saying what it is: hovering it reads one line, not two.
        assert [(s.style, s.tip) for s in spans_over(side_plan, text, mine)] == [
            ("filing", f"Filed on another day — source {other} is dated “{theirs}”")]
        # The passengers' count still conflicts, in red.
        count = "212" if side == "a" else "221"
        assert "conflict" in {s.style for s in spans_over(side_plan, text, count)}
        # The dateline's sentence reports the same claim, with no conflict to stop at.
        dateline = side_plan.marks[side_plan.sentence_at(side_plan.offsets.to_qt(text.index(mine)))]
        assert dateline.state == "equivalent" and not dateline.conflict


def format_at(view, position: int) -> QTextCharFormat:
    block = view.document().findBlock(position)
    for r in block.layout().formats():
        if r.start <= position - block.position() < r.start + r.length:
            return QTextCharFormat(r.format)
    return QTextCharFormat()


def test_the_window_paints_the_filing_date_apart_from_a_conflict_and_n_goes_past_it(open_window, qtbot, tmp_path):
    window = open_window(write_reports(tmp_path))
    view = window.pane_a.view
    text = view.plan.document.text
    qt = view.plan.offsets.to_qt
    filed = format_at(view, qt(text.index("June 11")))
    conflict = format_at(view, qt(text.index("212")))
    assert conflict.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert conflict.underlineColor() == VERMILLION
    # Muted: no red, no wave, no bold; but marked (a fill and a dotted line), unlike the words around it.
    assert filed.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    assert filed.underlineColor() != VERMILLION and filed.fontWeight() < 600
    assert filed.background().color() not in (conflict.background().color(), Theme().tints["equivalent"])
    assert filed.background().color() == Theme().tints["filing"]

    view.move_to(0)
    focus(qtbot, window, view)
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert view.current_mark().start <= qt(text.index("212")) < view.current_mark().end
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert "No more number conflicts above" in window.statusBar().currentMessage()


def test_the_legend_and_the_guide_explain_the_filing_mark(open_window):
    window = open_window()
    labels = [label.toolTip() for label in window.legend.findChildren(QLabel, "legendText")]
    assert "filed another day" in labels
    assert "filed on another day" in window.legend.toolTip()
    guide = guide_html()
    assert "filed on another day" in guide.lower() and "dateline" in guide.lower()


def test_the_link_tooltip_lists_the_conflicting_figures_but_not_the_filing_dates(open_window, tmp_path, monkeypatch):
    lead = ("PORT ELLIS, {filed} (Coastal Press) - A ferry carrying {aboard} passengers ran aground on a sandbank "
            "off Marrow Island early on Tuesday, the coastguard said.\n")
    text_a = "Ferry runs aground\n\n" + lead.format(filed="June 11", aboard="212")
    text_b = "Ferry runs aground\n\n" + lead.format(filed="June 12", aboard="221")
    window = open_window(write_pair(tmp_path, text_a, text_b))
    window.linkbar.grab()
    [(path, link)] = [(p, k) for p, k in window.linkbar._painted if k.has_conflict]
    assert len(link.numbers.conflict) == 2  # the filing dates and the passengers
    shown = link_band_tips(window, path, monkeypatch)
    assert shown and "Numbers conflict: “212” ≠ “221”" in shown[0]
    assert "June" not in shown[0]


def test_the_legend_shows_the_filing_mark_only_while_the_pair_has_one(open_window, qtbot, tmp_path):
    a, b = write_reports(tmp_path)
    same_day = tmp_path / "same_day.txt"
    same_day.write_text(STORY.format(filed="June 11", aboard="221"), encoding="utf-8")
    window = open_window([a, b])
    third = window.story.add(Source(label=same_day.name, path=str(same_day)))
    entries = {label.text(): entry for entry, label, _full, _short in window.legend._entries}
    filing = next(entry for text, entry in entries.items() if text.startswith("filed"))
    assert window.plan.has_filing_dates and not filing.isHidden()
    window.compare_pair(0, third)  # A and the report filed the same day
    qtbot.waitUntil(lambda: window.shown_pair == (0, third) and not window.busy)
    assert not window.plan.has_filing_dates and filing.isHidden()


def test_the_hidden_filing_entry_leaves_no_gap_in_the_legend(open_window, seeds):
    from reader.ui.legend import SPACING

    window = open_window([seeds[0], seeds[2]])
    entries = [entry for entry, _label, _text, _short in window.legend._entries]
    shown = [entry for entry in entries if not entry.isHidden()]
    # No two datelines in the sample pair, and no tag made beside another article (the hollow badge).
    assert len(shown) == len(entries) - 2
    for left, right in zip(shown, shown[1:]):
        if left.geometry().y() == right.geometry().y():
            assert right.geometry().x() - left.geometry().right() - 1 == SPACING
