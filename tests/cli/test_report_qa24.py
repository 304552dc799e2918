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


def test_a_change_that_turns_the_claim_round_is_called_out():
    report = _report(
        "Verdict in Lyon\n\nThe court found the former mayor of Lyon guilty of embezzlement on Monday.\n\n"
        "The ministry confirmed that the ambassador had been recalled from Paris.\n\n"
        "Police said the driver of the lorry was drunk at the time of the crash.\n",
        "Lyon verdict\n\nThe court found the former mayor of Lyon not guilty of embezzlement on Monday.\n\n"
        "The ministry denied that the ambassador had been recalled from Paris.\n\n"
        "Police said the driver of the lorry wasn't drunk at the time of the crash.\n")
    lines = [line.strip() for line in report.splitlines() if "opposite" in line or "negated" in line]
    assert lines == ['negated only in B: "not"', 'says the opposite: "confirmed" (A) vs "denied" (B)',
                     'negated only in B: "wasn\'t"']


def test_a_negation_that_only_moves_is_not_called_out():
    report = _report(
        "Bacteria\n\nMost resistant bacteria growth among humans was due to overuse of antibiotics by doctors, "
        "not due to farmers.\n",
        "Bacteria\n\nMost resistant bacteria growth among humans was not due to farmers, but to overuse of "
        "antibiotics by doctors.\n")
    assert "negated only" not in report and "says the opposite" not in report


def test_two_filing_dates_are_said_apart_from_the_figures_that_dispute_the_claim():
    import json

    from reader.cli.report import comparison_dict

    rest = ("\n\nThe rocket carried two weather satellites.\n\nThe company said it would study the telemetry "
            "before the next flight.\n\nShares in the maker fell sharply in early trading.")
    comparison = compare(
        document_from_text("SHENZHEN, Nov 26 (Reuters) - The Aster rocket failed on Thursday, March 5." + rest),
        document_from_text("SHENZHEN, Nov 27 (Reuters) - The Aster rocket failed on Thursday, March 6." + rest))
    lines = [line.strip() for line in render_report(comparison).splitlines()]
    assert 'filed on other days: "Nov 26" (A) vs "Nov 27" (B)' in lines
    assert 'numbers conflict: "March 5" (A) vs "March 6" (B)' in lines
    link = next(link for link in json.loads(json.dumps(comparison_dict(comparison)))["links"] if link["a"] == 0)
    assert link["numbers"]["conflict"] == [["Nov 26", "Nov 27"], ["March 5", "March 6"]]
    assert link["numbers"]["filing_dates"] == [["Nov 26", "Nov 27"]]
