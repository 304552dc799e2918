"""What the tip over a figure in conflict quotes of the partner's words, how the Tags line quotes a
sentence's conflicts, and where the other pane puts a partner it brings into view (offscreen)."""

from __future__ import annotations

import pytest
from test_window_qa26 import mark_starting, position_of
from test_window_qa26 import tooltip_at as shown_tooltip

from reader.ui.pane import PARTNER_ROOM

# Each sentence pair gives one figure otherwise; the word diff cuts each run where the words part,
# so some runs hold the figure's own phrase ("spilled 1,300 tonnes") and some a fragment of a clause
# around it ("them £40m", "A quarter of", "30 June, according to its latest").
PORT_A = """Storm closes Brenmouth port for two days

The storm closed the port of Brenmouth for two days, the harbour authority said.

Hauliers said the closure had cost them £40m in lost trade and repairs.

One in five homes in the town lost power on Tuesday night.

The council said repairs to the sea wall would be finished by 30 June, according to its latest plan.

A tanker leaked about 3,100 tonnes of fuel oil into the bay.

The clean-up lasted about 40 minutes, volunteers said.
"""

PORT_B = """Brenmouth port shut by storm

The storm closed the port of Brenmouth for two days, the harbour authority said.

The closure cost hauliers £14 million in lost trade and repairs, industry figures showed.

A quarter of homes in the town lost power on Tuesday night.

Repairs to the sea wall will be finished by July 31, the council said in its plan.

A tanker spilled 1,300 tonnes of fuel oil into the bay.

The clean-up went on for nearly an hour, volunteers said.
"""


def write(folder, a: str, b: str):
    paths = folder / "a.txt", folder / "b.txt"
    for path, text in zip(paths, (a, b), strict=True):
        path.write_text(text, encoding="utf-8")
    return paths


@pytest.fixture
def port(open_window, tmp_path):
    return open_window(write(tmp_path, PORT_A, PORT_B))


def tooltip_at(view, words: str, monkeypatch) -> list[str]:
    """The lines of the tooltip over the first character of ``words`` in the view's article."""
    return shown_tooltip(view, position_of(view, words) + 1, monkeypatch).splitlines()


# ---- the words quoted over a figure in conflict ---------------------------------------------

@pytest.mark.parametrize(("side", "figure", "conflict"), [
    # "hauliers £14 million" beside A's "them £40m": neither is the figure's phrase, but what each
    # cost is ("cost", alike on both sides, is outside the runs).
    ("a", "£40m", "Number conflict — source B says “£14 million”"),
    ("b", "£14 million", "Number conflict — source A says “£40m”"),
    # "A quarter of": the figure and the word that starts what it counts.
    ("a", "One in five", "Number conflict — source B says “A quarter”"),
    # "July 31, the council said in its" and "30 June, according to its latest": another clause.
    ("a", "30 June", "Number conflict — source B says “July 31”"),
    ("b", "July 31", "Number conflict — source A says “30 June”"),
])
def test_a_figure_tip_quotes_no_fragment_cut_from_a_clause(port, monkeypatch, side, figure, conflict):
    view = port.view(side)
    assert tooltip_at(view, figure, monkeypatch) == [conflict]


@pytest.mark.parametrize(("side", "figure", "lines"), [
    ("a", "3,100 tonnes", ["Source B: “spilled 1,300 tonnes”", "Number conflict — source B says “1,300 tonnes”"]),
    ("b", "1,300 tonnes", ["Source A: “leaked about 3,100 tonnes”",
                           "Number conflict — source A says “about 3,100 tonnes”"]),
    ("a", "40 minutes", ["Source B: “went on for nearly an hour”", "Number conflict — source B says “nearly an hour”"]),
    ("b", "an hour", ["Source A: “lasted about 40 minutes”", "Number conflict — source A says “about 40 minutes”"]),
])
def test_a_figure_tip_keeps_the_partners_own_phrase_for_it(port, monkeypatch, side, figure, lines):
    # What the partner says happened ("spilled", "went on for") is worth reading beside the figure.
    view = port.view(side)
    assert tooltip_at(view, figure, monkeypatch) == lines


# ---- the Tags line --------------------------------------------------------------------------

ROAD_A = """Bridge works to shut Lanton road for 12 days

The road will close for 12 days from 4 May while 40 workers replace the bridge deck, at a cost of £3m.

Buses will be diverted through Eastby, the council said.
"""

ROAD_B = """Lanton road to close for bridge repairs

The road will close for 16 days from 11 May while 60 workers replace the bridge deck, at a cost of £5m.

Buses will be diverted through Eastby, the council said.
"""


def current_line(window, side: str, words: str) -> str:
    view = window.view(side)
    view.setFocus()
    view.move_to(mark_starting(view, words).start)
    return window.tag_panel.current.plain()


def test_the_tags_line_quotes_up_to_three_of_a_sentences_conflicts(open_window, tmp_path):
    window = open_window(write(tmp_path, ROAD_A, ROAD_B))
    line = current_line(window, "a", "The road will close")
    assert ("number conflicts: “12 days” here, “16 days” in B; “4 May” here, “11 May” in B; "
            "“40” here, “60” in B (and 1 more).") in line
    line = current_line(window, "b", "The road will close")
    assert "number conflicts: “16 days” here, “12 days” in A; “11 May” here, “4 May” in A; " in line


def test_the_tags_line_quotes_every_conflict_of_a_sentence_with_two(open_window, tmp_path):
    window = open_window(write(tmp_path, ROAD_A.replace("40 workers", "60 workers").replace("£3m", "£5m"), ROAD_B))
    line = current_line(window, "a", "The road will close")
    assert "number conflicts: “12 days” here, “16 days” in B; “4 May” here, “11 May” in B." in line


def test_a_headlines_tags_line_names_the_other_source_as_a_body_line_does(open_window, tmp_path):
    headline_with_a_figure = ROAD_B.replace("Lanton road to close", "Lanton road to close for 16 days")
    window = open_window(write(tmp_path, ROAD_A, headline_with_a_figure))
    line = current_line(window, "a", "Bridge works")
    assert "number conflict with B’s headline: “12 days” here, “16 days” in B." in line
    assert " there" not in line


# ---- the partner brought into view ----------------------------------------------------------

def test_the_partner_is_brought_into_view_below_a_line_of_what_comes_before_it(open_window, qtbot):
    window = open_window()  # the sample story: two long reports of one event
    window.resize(1400, 900)
    qtbot.wait(50)
    a, b = window.view("a"), window.view("b")
    a.setFocus()
    line = b.fontMetrics().lineSpacing()
    checked = 0
    for mark in a.plan.marks:
        if not mark.partners:
            continue
        a.move_to(mark.start)
        partner = b.plan.marks[mark.partners[0]]
        top = b.position_y(partner.start)
        assert isinstance(top, float), f"A{mark.index}'s partner B{partner.index} is not on screen"
        if b.verticalScrollBar().value():  # the article's top shown: nothing above to leave room for
            assert top >= PARTNER_ROOM * line - 1, f"A{mark.index}'s partner B{partner.index} at y={top}"
            checked += 1
    assert checked >= 5  # the partners lower down the article, not all seen at its top
