"""What a pane marks on a sentence with two partners, which figures are bold, and number conflicts
between the two headlines (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QToolTip
from window_steps import focus
from written_files import write_pair

SHIFT = Qt.KeyboardModifier.ShiftModifier
SENTENCE_STYLES = ("equivalent", "related", "unmatched", "heading", "boilerplate")

# A's lead tells what two of B's sentences tell: the toll (B's lead, its closest partner) and the
# homeless families (B's second sentence), each with a figure of its own that differs.
REPORT_A = """Flash floods in northern Italy kill 23 as rivers burst their banks

A flash flood tore through the Sesia valley on Sunday night, killing 23 people and leaving 200 families homeless.

The river rose by four metres in less than two hours after a storm dropped 300mm of rain on the hills.

From 9.30pm rescue teams used boats to reach villages cut off by the water, the civil protection agency said.

The mayor of Varallo said the old stone bridge in the town centre had been swept away.

Farmers in the lower valley lost most of their cattle and their winter feed.

The regional government declared a state of emergency and asked Rome for help.
"""

REPORT_B = """Italy floods: 31 dead after rivers burst banks in north

A flash flood tore through the Sesia valley on Sunday night, killing 31 people and injuring 150, officials said.

About 400 families were left homeless and spent the night in school gyms and church halls.

The river rose by four metres in under two hours after a storm dropped 30cm of rain on the hills.

Rescue teams set out at 21:30 and used boats to reach villages cut off by the floodwater, the civil protection agency said.

The mayor of Varallo said the old stone bridge in the centre of the town was swept away.

The regional government declared a state of emergency and asked Rome for help.
"""

B_LEAD = "“A flash flood tore through the Sesia valley…”"
B_FAMILIES = "“About 400 families were left homeless and spent…”"


@pytest.fixture
def floods(open_window, tmp_path):
    return open_window(write_pair(tmp_path, REPORT_A, REPORT_B))


def mark_starting(view, words: str):
    return next(m for m in view.plan.marks if view.plan.sentences[m.index].text.startswith(words))


def position_of(view, words: str) -> int:
    """The Qt position of ``words`` in the view's article."""
    return view.plan.offsets.to_qt(view.plan.document.text.index(words))


def word_spans(view, mark) -> list[tuple[str, str, str]]:
    """(text, style, tip) of the spans on ``mark``'s words (not the sentence's own tint)."""
    text = view.toPlainText()
    return [(text[s.start:s.end], s.style, s.tip) for s in view.plan.spans_between(mark.start, mark.end)
            if s.style not in SENTENCE_STYLES]


def tooltip_at(view, position: int, monkeypatch) -> str:
    """The tooltip the view shows when the mouse rests on the character at ``position``."""
    view.move_to(position)
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    rect = view.cursorRect(cursor)
    point = view.viewport().mapTo(view, rect.center())
    point.setX(point.x() + 3)  # on the character after the caret, not the one before it
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *rest: shown.append(text))
    view.event(QHelpEvent(QEvent.Type.ToolTip, point, view.mapToGlobal(point)))
    assert shown, "no tooltip"
    return shown[-1]


def test_a_sentence_with_two_partners_is_marked_against_its_closest_one(floods, monkeypatch):
    view = floods.pane_a.view
    lead = mark_starting(view, "A flash flood")
    b_lead = mark_starting(floods.pane_b.view, "A flash flood")
    assert len(lead.partners) == 2
    assert max(lead.links, key=lambda link: link.score).b == b_lead.index

    spans = word_spans(view, lead)
    # The words B's lead shares are not marked, though B's other partner lacks them all.
    tore = position_of(view, "tore through")
    assert not [s for s in view.plan.spans_between(tore, tore + 4) if s.style not in SENTENCE_STYLES]
    assert not any("Not in" in tip and B_FAMILIES in tip for _, _, tip in spans)
    # Each changed run names the partner it was compared with.
    changed = [(text, tip) for text, style, tip in spans if style.startswith("changed")]
    assert changed and all(B_LEAD in tip for _, tip in changed)
    assert ("23", f"Number conflict — source B’s {B_LEAD} says “31”") in changed

    # Both partners' conflicting figures stay marked, each naming the partner that gives it otherwise.
    conflicts = {text: tip for text, style, tip in spans if style == "conflict"}
    assert conflicts == {"23": f"Number conflict — source B’s {B_LEAD} says “31”",
                         "200": f"Number conflict — source B’s {B_FAMILIES} says “about 400”"}

    tip = tooltip_at(view, position_of(view, "tore through") + 1, monkeypatch)
    assert "Not in" not in tip and "Overlaps a claim" in tip  # no word mark there: the sentence's tooltip
    tip = tooltip_at(view, position_of(view, "23 people"), monkeypatch)
    assert tip.splitlines() == [f"Number conflict — source B’s {B_LEAD} says “31”"]


def test_a_sentence_with_one_partner_keeps_the_short_tips(floods):
    view = floods.pane_b.view
    families = mark_starting(view, "About 400 families")
    assert families.partners == (mark_starting(floods.pane_a.view, "A flash flood").index,)
    tips = {tip for _, _, tip in word_spans(view, families)}
    assert "Number conflict — source A says “200”" in tips
    assert all(tip.startswith(("Source A: ", "Not in source A", "Number conflict — source A says")) for tip in tips)


def test_bold_goes_to_the_figures_that_differ_not_to_the_words_around_them(floods):
    view = floods.pane_a.view
    lead = word_spans(view, mark_starting(view, "A flash flood"))
    # "leaving 200 families homeless" is one changed run (B's lead: "injuring 150, officials said");
    # only its figure, which B's lead lacks, is a changed number.
    assert sorted(text for text, style, _ in lead if style == "changed-number") == ["200", "23"]
    assert ("leaving ", "changed") in [(text, style) for text, style, _ in lead]
    assert (" families homeless", "changed") in [(text, style) for text, style, _ in lead]
    # "9.30pm" is B's "21:30": a figure the two give alike is no changed number, in a changed run or not.
    rescue = word_spans(view, mark_starting(view, "From 9.30pm"))
    assert ("From 9.30pm", "changed") in [(text, style) for text, style, _ in rescue]
    assert not [text for text, style, _ in rescue if style == "changed-number"]


def test_a_number_conflict_between_the_headlines_is_one_n_stops_at(floods, qtbot, monkeypatch):
    for side, figure, other in (("a", "23", "31"), ("b", "31", "23")):
        view = floods.view(side)
        headline = view.plan.marks[0]
        assert headline.state == "heading" and headline.conflict
        assert f"Number conflict — source {'B' if side == 'a' else 'A'} says “{other}”" in [
            tip for _, style, tip in word_spans(view, headline) if style == "conflict"]
        assert "A number here conflicts with the other source’s headline" in view.describe(headline)

        # From the last sentence, Shift+N goes up through the conflicts and on to the headline.
        view.move_to(view.plan.marks[-1].start)
        focus(qtbot, floods, view)
        visited = []
        for _ in range(len(view.plan.marks)):
            qtbot.keyClick(view, Qt.Key.Key_N, SHIFT)
            if visited and view.current_index == visited[-1]:
                break
            visited.append(view.current_index)
        assert visited[-1] == headline.index
        assert [m.index for m in view.plan.marks if m.conflict] == sorted(visited)

        # Its figure's own tip says what the other headline gives.
        tip = tooltip_at(view, position_of(view, figure), monkeypatch)
        assert "Number conflict" in tip


def test_a_body_sentence_conflict_is_still_said_of_the_other_source(floods):
    view = floods.pane_a.view
    lead = mark_starting(view, "A flash flood")
    assert lead.conflict and not lead.beside
    assert "A number here conflicts with the other source\n" in view.describe(lead) + "\n"
