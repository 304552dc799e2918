"""The text report on a QA pass's invented pairs: a name whose first name and surname are both spelled
another way, and an "Aligned" section with nothing in it."""

from __future__ import annotations

from reader.cli.report import render_report
from reader.core.compare import compare
from reader.core.document import document_from_text


def _report(a: str, b: str) -> str:
    return render_report(compare(document_from_text(a), document_from_text(b)))


def _called_out(report: str) -> list[str]:
    return [line.strip() for line in report.splitlines() if "names differ:" in line]


def test_a_name_respelled_in_both_its_words_is_called_out_whole():
    report = _report(
        "Halvard raises forecast\n\nChief financial officer Thomas Lindqvist raised the full-year revenue forecast "
        "to $18.6 billion.\n",
        "Halvard raises forecast\n\nChief financial officer Tomas Lindquist raised the full-year revenue forecast "
        "to $18.6 billion.\n")
    assert _called_out(report) == ['names differ: "Thomas Lindqvist" (A) vs "Tomas Lindquist" (B)']


def test_two_respelled_names_apart_in_one_change_are_each_called_out():
    # One changed run, "Whitlock told Pryce" / "Whitlow informed Price": a word between the two names.
    report = _report("Court hears fraud case\n\nProsecutor Sharon Whitlock told Pryce the scheme ran for years.\n",
                     "Court hears fraud case\n\nProsecutor Sharon Whitlow informed Price the scheme ran for years.\n")
    assert _called_out(report) == ['names differ: "Whitlock" (A) vs "Whitlow" (B)',
                                   'names differ: "Pryce" (A) vs "Price" (B)']


def test_an_aligned_section_with_no_pair_in_it_says_so_as_the_only_in_sections_do():
    report = _report("Fire destroys homes\n\nThe fire destroyed 37 homes in the valley on Tuesday.\n",
                     "Fire destroys homes\n\nThe fire destroyed 43 homes in the valley on Tuesday.\n")
    assert "== Number conflicts ==" in report
    aligned = report[report.index("== Aligned =="):report.index("== Only in A ==")]
    assert aligned.splitlines()[1:] == ["", "  (nothing)", ""]
