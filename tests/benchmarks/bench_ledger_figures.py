"""Time of the number ledger on sentences that hold hundreds or thousands of figures.  Not a test:
run on purpose, report the numbers.

    python tests/benchmarks/bench_ledger_figures.py [--timeout SECONDS] [--figures N] [FILE ...]

A table pasted into an article, or flattened to one line, makes one sentence of thousands of figures;
when both reports carry it, the ledger weighs that sentence's figures against its partner's.  Each case
is the sample story with such a closing paragraph (district vote counts, small scores, years, clock
times, a table of years and times), compared with itself and, for the vote counts, with another
outlet's story that carries the same counts with one of them changed.  Each is timed as the CLI runs it
(``parallax align A B --json`` in a child process, target: a few seconds), and the ledger of the long
sentence is checked: every figure agrees with its copy, and the one changed figure conflicts.

FILE arguments are timed too, each against itself.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PARALLAX = [sys.executable, "-m", "reader"]
STORY, OTHER_OUTLET = ROOT / "seeds" / "000_d88e05a7e753e39d.txt", ROOT / "seeds" / "001_b1c5e5c7f4776916.txt"


def vote_counts(rng: random.Random, n: int) -> list[str]:
    return [str(rng.randint(10, 999)) for _ in range(n)]


def small_scores(rng: random.Random, n: int) -> list[str]:
    return [str(rng.randint(0, 9)) for _ in range(n)]


def years(rng: random.Random, n: int) -> list[str]:
    return [str(rng.randint(1900, 2024)) for _ in range(n)]


def clock_times(rng: random.Random, n: int) -> list[str]:
    return [f"{rng.randint(0, 23)}:{rng.randint(0, 59):02d}" for _ in range(n)]


def years_and_times(rng: random.Random, n: int) -> list[str]:
    return [f"{1900 + i % 125} {i % 24}:{(i * 7) % 60:02d}" for i in range(n // 2)]


CASES = {
    "vote counts": ("Votes counted by district were ", vote_counts, ", "),
    "small scores": ("Goals by match ", small_scores, " "),
    "years": ("Founding years ", years, " "),
    "clock times": ("Departures ", clock_times, " "),
    "table of years and times": ("Year Time Year Time ", years_and_times, " "),
}


def with_paragraph(story: Path, lead: str, figures: list[str], joint: str) -> str:
    return story.read_text(encoding="utf-8").rstrip() + "\n\n" + lead + joint.join(figures) + ".\n"


def timed_align(a: Path, b: Path, timeout: float) -> tuple[float | None, dict | None]:
    """Seconds `parallax align A B --json` took, and its JSON; (None, None) past the timeout."""
    started = time.perf_counter()
    try:
        done = subprocess.run([*PARALLAX, "align", str(a), str(b), "--json"], cwd=ROOT, capture_output=True,
                              text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None, None
    return time.perf_counter() - started, json.loads(done.stdout)


def longest_link(result: dict) -> dict:
    """The link whose ledger holds the most figures: the long sentence and its partner."""
    def figures(link: dict) -> int:
        ledger = link.get("numbers") or {}
        return sum(len(ledger.get(part, ())) for part in ("agree", "conflict", "only_a", "only_b"))
    return max(result["links"], key=figures)


def ledger_counts(result: dict | None) -> str:
    if result is None:
        return "-"
    ledger = longest_link(result).get("numbers") or {}
    return ", ".join(f"{part} {len(ledger.get(part, ()))}" for part in ("agree", "conflict", "only_a", "only_b"))


def report(name: str, seconds: float | None, result: dict | None, timeout: float) -> None:
    took = f"{seconds:6.1f} s" if seconds is not None else f"> {timeout:.0f} s (stopped)"
    print(f"  {name:<40} {took:>18}   long sentence: {ledger_counts(result)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="more files to time, each against itself")
    parser.add_argument("--timeout", type=float, default=120, help="seconds to wait for one comparison")
    parser.add_argument("--figures", type=int, default=2500, help="figures in each long sentence")
    args = parser.parse_args()
    rng = random.Random(26)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        print(f"parallax align A B --json, {args.figures} figures in one sentence:")
        for name, (lead, make, joint) in CASES.items():
            figures = make(rng, args.figures)
            path = folder / f"{name.replace(' ', '_')}.txt"
            path.write_text(with_paragraph(STORY, lead, figures, joint), encoding="utf-8")
            report(f"{name}, against itself", *timed_align(path, path, args.timeout), args.timeout)
            if name == "vote counts":
                changed = list(figures)
                changed[len(changed) // 2] = str(int(changed[len(changed) // 2]) + 1)
                other = folder / "vote_counts_other_outlet.txt"
                other.write_text(with_paragraph(OTHER_OUTLET, "The district tallies were ", changed, joint),
                                 encoding="utf-8")
                report(f"{name}, another outlet, one changed", *timed_align(path, other, args.timeout), args.timeout)
        for path in args.files:
            report(path.name, *timed_align(path, path, args.timeout), args.timeout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
