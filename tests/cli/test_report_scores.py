"""A disputed score is told whole in the report and its JSON: "3-1" (A) vs "3-2" (B), not the figure
that changed ("1" / "2") with the one that did not ("3") agreeing beside it."""

from __future__ import annotations

from reader.cli.report import comparison_dict, render_report
from reader.core.compare import compare
from reader.core.document import document_from_text


def _compared(a: str, b: str):
    return compare(document_from_text(f"Report\n\n{a}\n"), document_from_text(f"Report\n\n{b}\n"))


def _number_lines(report: str) -> list[str]:
    return [line.strip() for line in report.splitlines() if line.strip().startswith("numbers ")]


A_WIN = "Westford United went top of the Premier Division after a 3-1 win over Carrick Athletic."
B_WIN = "Westford United went top of the Premier Division after a 3-2 win over Carrick Athletic."


def test_a_disputed_score_is_printed_whole():
    assert _number_lines(render_report(_compared(A_WIN, B_WIN))) == ['numbers conflict: "3-1" (A) vs "3-2" (B)']


def test_a_disputed_score_is_whole_in_the_json():
    [link] = comparison_dict(_compared(A_WIN, B_WIN))["links"]
    assert link["numbers"]["conflict"] == [["3-1", "3-2"]]
    assert link["numbers"]["agree"] == []


def test_a_match_s_sets_are_each_disputed_whole():
    report = render_report(_compared("Federer won the final 6-3, 6-4 at Wimbledon this year.",
                                     "Federer won the final 6-4, 6-3 at Wimbledon this year."))
    assert _number_lines(report) == ['numbers conflict: "6-3" (A) vs "6-4" (B)',
                                     'numbers conflict: "6-4" (A) vs "6-3" (B)']


def test_a_score_written_with_to_is_printed_whole():
    report = render_report(_compared("The committee voted 8 to 5 in favour of the plan last night.",
                                     "The committee voted 8 to 4 in favour of the plan last night."))
    assert _number_lines(report) == ['numbers conflict: "8 to 5" (A) vs "8 to 4" (B)']


def test_a_score_agreed_and_other_figures_are_printed_as_before():
    report = render_report(_compared("Westford won 3-1 in front of 4,000 fans at the Westford ground.",
                                     "Westford won 3-1 in front of 4,500 fans at the Westford ground."))
    assert _number_lines(report) == ['numbers conflict: "4,000" (A) vs "4,500" (B)', "numbers agree: 3, 1"]
