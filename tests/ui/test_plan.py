"""The display plan and its painting, on a comparison built by hand (diff spans, numbers, emoji)."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat

from reader.core.model import Comparison, DiffSpan, Document, Link, NumberLedger, NumberMention, Sentence
from reader.ui.offsets import OffsetMap
from reader.ui.palette import Theme
from reader.ui.pane import DocumentView
from reader.ui.plan import build_plan

A_TEXT = "Headline\n\nPolice said 12 men crossed the border \U0001F600 in May.\n\nOnly A says this."
B_TEXT = "Headline B\n\nPolice said 14 men crossed the border in May."


def sentence(text, part, index, kind="body"):
    start = text.index(part)
    return Sentence(index, start, start + len(part), part, kind)


def hand_comparison() -> Comparison:
    a = Document("a.txt", "A", A_TEXT, "sha-a")
    b = Document("b.txt", "B", B_TEXT, "sha-b")
    a_s = (sentence(A_TEXT, "Headline", 0, "heading"),
           sentence(A_TEXT, "Police said 12 men crossed the border \U0001F600 in May.", 1),
           sentence(A_TEXT, "Only A says this.", 2))
    b_s = (sentence(B_TEXT, "Headline B", 0, "heading"),
           sentence(B_TEXT, "Police said 14 men crossed the border in May.", 1))
    a12, b14 = A_TEXT.index("12"), B_TEXT.index("14")
    may_a, may_b = A_TEXT.index("May"), B_TEXT.index("May")
    link = Link(1, 1, 0.8, "related",
                diff=(DiffSpan("replace", a12, a12 + 2, b14, b14 + 2, "number"),
                      DiffSpan("delete", may_a - 7, may_a - 5, may_b, may_b, "word")),
                numbers=NumberLedger(conflict=((NumberMention(a12, a12 + 2, "12", "count", 12),
                                                NumberMention(b14, b14 + 2, "14", "count", 14)),)))
    return Comparison(a, b, a_s, b_s, (link,))


def test_offset_map_round_trips_around_astral_characters():
    m = OffsetMap(A_TEXT)
    emoji = A_TEXT.index("\U0001F600")
    assert m.to_qt(emoji) == emoji and m.to_qt(emoji + 1) == emoji + 2
    assert all(m.to_py(m.to_qt(i)) == i for i in range(len(A_TEXT) + 1))


def test_plan_states_suggestions_and_tips():
    plan = build_plan(hand_comparison())
    states = [m.state for m in plan.a.marks]
    assert states == ["heading", "related", "unmatched"]
    assert [m.suggestion for m in plan.a.marks] == [None, "disputed", "single-source"]
    assert plan.a.marks[1].conflict and plan.a.marks[1].partners == (1,)
    conflict = next(s for s in plan.a.spans if s.style == "conflict")
    assert "14" in conflict.tip
    assert next(s for s in plan.b.spans if s.style == "conflict").tip.endswith("“12”")
    # Positions are Qt's: the last sentence starts one unit later than in Python because of the emoji.
    assert plan.a.marks[2].start == A_TEXT.index("Only A") + 1


def test_view_paints_conflicts_changes_and_dims_headings(qtbot):
    plan = build_plan(hand_comparison())
    view = DocumentView(theme=Theme())
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.set_plan(plan.a)
    view.show()

    def format_at(position: int) -> QTextCharFormat:
        block = view.document().findBlock(position)
        for r in block.layout().formats():
            if r.start <= position - block.position() < r.start + r.length:
                return QTextCharFormat(r.format)
        return QTextCharFormat()

    qt = plan.a.offsets.to_qt
    conflict = format_at(qt(A_TEXT.index("12")))
    assert conflict.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert conflict.fontWeight() >= 700
    changed = format_at(qt(A_TEXT.index("May") - 7))
    assert changed.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    heading = format_at(0)
    assert heading.foreground().color() == Theme().dim
    related = format_at(qt(A_TEXT.index("Police")))
    assert related.background().color() == Theme().tints["related"]
    # The positions after the emoji are still right: "Only" sits in the unmatched sentence, untinted.
    only = format_at(qt(A_TEXT.index("Only")))
    assert only.background().style().name == "NoBrush"


def test_theme_follows_a_dark_palette():
    from PySide6.QtGui import QColor, QPalette

    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
    theme = Theme(dark)
    assert theme.dark
    for name, tint in theme.tints.items():
        assert tint.lightnessF() < 0.5, f"{name} tint would glare on a dark theme"
    light = Theme(QPalette(QColor("#eeeeee")))
    assert not light.dark and all(t.lightnessF() > 0.5 for t in light.tints.values())
