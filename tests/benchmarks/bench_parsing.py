"""Speed of the per-document passes on a 100,000-word article.  Not a test.

    python tests/benchmarks/bench_parsing.py

find_numbers and split_sentences (with furniture classification) each run
over the whole text once per comparison; budgets: find_numbers < 0.5 s and
split_sentences < 1 s at 100k words (best of five); and an HTML table row of
20,000 cells read in < 0.5 s (each cell's gap is decided without re-reading the row); and the
text report's one-line form of a sentence holding 100,000 blanks in < 0.1 s (a run of blanks is
not searched again from each of its blanks).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.cli.report import one_line  # noqa: E402
from reader.core.markup import html_to_text  # noqa: E402
from reader.core.numbers import find_numbers  # noqa: E402
from reader.core.sentences import split_sentences  # noqa: E402


def best_of(runs: int, work) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    document = (text + "\n") * (100_000 // len(text.split()) + 1)
    words = len(document.split())
    print(f"document: {words} words")
    print(f"find_numbers:    {best_of(5, lambda: find_numbers(document)):.3f} s (budget 0.5 s)")
    print(f"split_sentences: {best_of(5, lambda: split_sentences(document)):.3f} s (budget 1 s)")
    # A saved page's table is read row by row; a row's cells must not make the reading quadratic.
    wide = "<table><tr>" + "<td>1,234</td>" * 20_000 + "</tr></table><p>After.</p>"
    print(f"html_to_text, one table row of 20,000 cells: {best_of(3, lambda: html_to_text(wide)):.3f} s (budget 0.5 s)")
    padded = "Officials said" + " " * 100_000 + "the bridge was closed.\n  It reopened on Monday."
    print(f"one_line, a sentence of 100,000 blanks: {best_of(3, lambda: one_line(padded)):.3f} s (budget 0.1 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
