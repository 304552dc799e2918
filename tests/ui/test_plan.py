"""The display plan and its painting, on a comparison built by hand (diff spans, numbers, emoji)
and on the seed articles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCharFormat

from reader.core.compare import compare
from reader.core.document import document_from_text, load_document
from reader.core.model import Comparison, DiffSpan, Document, Link, NumberLedger, NumberMention, Sentence
from reader.core.suggest import suggest
from reader.ui.offsets import OffsetMap
from reader.ui.palette import Theme
from reader.ui.pane import DocumentView
from reader.ui.plan import build_plan, build_side

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
    assert conflict.tip == "Number conflict — source B says “14”"
    assert next(s for s in plan.b.spans if s.style == "conflict").tip == "Number conflict — source A says “12”"
    # A changed word names the other pane by its letter, not by the other article's title.
    assert all(s.tip.startswith(("Source B: ", "Not in source B", "Number conflict — source B says")) for s in plan.a.spans if s.style.startswith("changed"))
    # Positions are Qt's: the last sentence starts one unit later than in Python because of the emoji.
    assert plan.a.marks[2].start == A_TEXT.index("Only A") + 1


def test_plan_shows_the_states_and_suggestions_core_decides():
    """The plan adds no rule of its own: on a real comparison its marks repeat reader.core.suggest."""
    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    comparison = compare(load_document(str(seeds[0])), load_document(str(seeds[2])))
    plan = build_plan(comparison)
    for side in ("a", "b"):
        marks = plan.side(side).marks
        evidence = suggest(comparison, side)
        assert [(m.index, m.state, m.conflict, m.suggestion, m.links) for m in marks] == [
            (e.index, e.state, e.conflict, e.suggested, e.links) for e in evidence]
        other = "b" if side == "a" else "a"
        assert all(m.partners == tuple(getattr(l, other) for l in m.links) for m in marks)
    assert {m.suggestion for m in plan.a.marks} == {"corroborated", "single-source", "disputed", None}


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


def long_comparison(paragraphs: int = 1500) -> Comparison:
    """Two ~100,000-character articles; the only difference (a number conflict) is in the last paragraph."""
    filler = "Officials said \U0001F600 the convoy moved north along the river before the talks in May."
    texts, sentences = {}, {}
    for side, number in (("a", "12"), ("b", "14")):
        parts = [f"{filler} Paragraph {i}." for i in range(paragraphs)] + [f"Police said {number} men crossed."]
        text = "\n\n".join(parts)
        starts = [0]
        for part in parts[:-1]:
            starts.append(starts[-1] + len(part) + 2)
        texts[side] = text
        sentences[side] = tuple(Sentence(i, s, s + len(p), p, "body") for i, (s, p) in enumerate(zip(starts, parts)))
    a = Document("a.txt", "A", texts["a"], "sha-a")
    b = Document("b.txt", "B", texts["b"], "sha-b")
    last = paragraphs
    a12, b14 = texts["a"].rindex("12"), texts["b"].rindex("14")
    links = tuple(Link(i, i, 0.95, "equivalent") for i in range(paragraphs)) + (
        Link(last, last, 0.8, "related", diff=(DiffSpan("replace", a12, a12 + 2, b14, b14 + 2, "number"),),
             numbers=NumberLedger(conflict=((NumberMention(a12, a12 + 2, "12", "count", 12),
                                             NumberMention(b14, b14 + 2, "14", "count", 14)),))),)
    return Comparison(a, b, sentences["a"], sentences["b"], links)


def test_long_article_streams_in_then_is_painted_to_the_end(qtbot):
    plan = build_plan(long_comparison())
    text = plan.a.document.text
    view = DocumentView(theme=Theme())
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    view.set_plan(plan.a)
    # The first screens are in (and painted) at once; the rest follows over the next turns.
    assert view.filling and view.highlighting
    assert 0 < len(view.toPlainText()) < len(text)
    first = view.document().firstBlock().layout().formats()
    assert first and first[0].format.background().color() == Theme().tints["equivalent"]
    qtbot.waitUntil(lambda: not view.highlighting, timeout=10000)
    assert view.toPlainText() == text
    # Known up front (the overview scales by it), and counted in Qt units: every emoji is two.
    assert view.document().characterCount() == view.text_length() == len(text) + text.count("\U0001F600") + 1
    conflict = plan.a.offsets.to_qt(text.rindex("12"))
    block = view.document().findBlock(conflict)
    assert any(r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
               for r in block.layout().formats())


def test_moving_into_text_not_yet_in_puts_the_rest_in_first(qtbot):
    plan = build_plan(long_comparison())
    view = DocumentView(theme=Theme())
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    view.set_plan(plan.a)
    assert view.filling
    last = plan.a.marks[-1]
    view.move_to(last.start)
    assert not view.filling
    assert view.textCursor().position() == last.start
    assert view.current_index == last.index
    assert view.is_visible_position(last.start)
    qtbot.waitUntil(lambda: not view.highlighting, timeout=10000)


def test_short_article_is_shown_and_painted_in_one_step(qtbot):
    plan = build_plan(hand_comparison())
    view = DocumentView(theme=Theme())
    qtbot.addWidget(view)
    view.set_plan(plan.a)
    assert not view.highlighting
    assert view.toPlainText() == A_TEXT
    assert view.document().characterCount() == view.text_length()


def test_the_headlines_conflicting_figure_is_marked_on_each_side(tmp_path):
    body = "\n\nRegulators said 212 burns had been reported since March, the company said on Monday.\n"
    a = Document("a.txt", "A", "BrewMate recalls 1.4 million coffee makers" + body, "sha-a")
    b = Document("b.txt", "B", "BrewMate recalls 410,000 coffee makers" + body, "sha-b")
    plan = build_plan(compare(a, b))
    for side, text, figure, theirs in ((plan.a, a.text, "1.4 million", "410,000"), (plan.b, b.text, "410,000", "1.4 million")):
        start = text.index(figure)
        conflicts = [s for s in side.spans if s.style == "conflict"]
        assert [(s.start, s.end) for s in conflicts] == [(start, start + len(figure))]
        assert theirs in conflicts[0].tip


def test_a_figure_both_give_in_another_place_is_said_to_be_given_elsewhere():
    # The word diff sets a figure given in another order apart (worddiff); its tip must not say the
    # other report lacks it.
    a = document_from_text("Quake\n\nThe magnitude 6.8 quake hit at 3.17am local time (08:17 GMT), according to "
                           "the Geophysical Institute of Peru.\n\nRescue teams reached the town.\n")
    b = document_from_text("Quake\n\nThe quake struck at 0817 GMT (3:17 a.m. local time) on Tuesday, March 4, "
                           "the Geophysical Institute of Peru said.\n\nRescue teams reached the town.\n")
    comparison = compare(a, b)
    for side, document, figure, other in (("a", a, "08:17 GMT", "0817 GMT"), ("b", b, "0817 GMT", "08:17 GMT")):
        plan = build_side(comparison, side)
        at = document.text.index(figure)
        tips = {s.tip for s in plan.spans if s.start <= at < s.end and s.style.startswith("changed")}
        assert tips == {f"Source {'B' if side == 'a' else 'A'} gives it elsewhere in the sentence: “{other}”"}
