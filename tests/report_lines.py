"""The text report of two small reports, and the lines it says about them, for the report and
opposites tests (importable as ``report_lines``, as ``sentence_kinds`` is)."""

from __future__ import annotations

from reader.cli.report import render_report
from reader.core.compare import compare
from reader.core.document import document_from_text


def report_of(a: str, b: str) -> str:
    """The report comparing two documents of the texts ``a`` and ``b``, as they stand."""
    return render_report(compare(document_from_text(a), document_from_text(b)))


def report_of_sentences(a: str, b: str) -> str:
    """The report comparing two one-sentence reports, each under a headline ("Report")."""
    return report_of(f"Report\n\n{a}\n", f"Report\n\n{b}\n")


def called_out(report: str, what: str) -> list[str]:
    """The report's lines that say ``what`` ("names differ:", "hedged only in"), stripped."""
    return [line.strip() for line in report.splitlines() if what in line]


def aligned_block(report: str) -> list[str]:
    """The lines of the report's Aligned section: each link's header and what is said under it."""
    aligned = report.split("== Aligned ==")[1].split("== Only in A ==")[0]
    return [line.strip() for line in aligned.splitlines() if line.strip()]
