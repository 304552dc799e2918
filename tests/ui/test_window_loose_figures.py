"""A figure the other report gives differently in a sentence not linked to this one is painted as a
conflict whose tip names that sentence, the cursor line quotes both figures, N stops at it and the
status line counts it (offscreen)."""

from __future__ import annotations

from pathlib import Path

COURT_A = """Adviser jailed for stealing savings

A financial adviser who stole £380,000 from clients has been jailed for six years and four months.

Gareth Pryce, 34, pleaded guilty at Cardiff Crown Court.

The court heard he spent the money on online betting.
"""

COURT_B = """Cardiff adviser jailed

A financial adviser who stole £380,000 from clients has been jailed.

Gareth Pryce, 34, was sentenced to six years and eight months at Cardiff Crown Court.

The court heard he spent the money on online betting sites.
"""


def reports(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "bbc.txt", tmp_path / "wales.txt"
    a.write_text(COURT_A, encoding="utf-8")
    b.write_text(COURT_B, encoding="utf-8")
    return a, b


def test_the_loose_figure_is_a_conflict_whose_tip_names_the_other_sentence(open_window, tmp_path):
    window = open_window(reports(tmp_path))
    plan = window.pane_a.view.plan
    text = plan.document.text
    conflicts = [s for s in plan.spans if s.style == "conflict"]
    assert [text[plan.offsets.to_py(s.start):plan.offsets.to_py(s.end)] for s in conflicts] == [
        "six years and four months"]
    tip = conflicts[0].tip
    assert "Gareth Pryce, 34, was sentenced" in tip and "not aligned with this sentence" in tip
    assert "“six years and eight months”" in tip


def test_the_status_line_counts_it_and_n_stops_at_it(open_window, tmp_path):
    window = open_window(reports(tmp_path))
    assert "1 number conflict (1 between sentences not aligned)" in window.status.text()
    term = next(m for m in window.pane_a.view.plan.marks
                if window.pane_a.view.plan.sentences[m.index].text.startswith("A financial adviser"))
    assert term.conflict and term.suggestion == "disputed"
    assert len(term.loose) == 1


def test_the_cursor_line_quotes_both_figures(open_window, tmp_path):
    window = open_window(reports(tmp_path))
    view = window.pane_a.view
    term = next(m for m in view.plan.marks if view.plan.sentences[m.index].text.startswith("A financial adviser"))
    view.move_to(term.start + 3)
    line = window.tag_panel.current.plain()
    assert "“six years and four months” here, “six years and eight months” in B" in line
    assert "not aligned with this one" in line
