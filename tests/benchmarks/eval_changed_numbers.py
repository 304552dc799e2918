"""The ten-changed-numbers check on every article we have, not only two seeds.

Not a test: run on purpose, report the numbers.

    python tests/benchmarks/eval_changed_numbers.py [--runs N]

For each article (the sample story and the furniture gold pages, which are
other stories by other outlets), ``tests/core/test_compare.py``'s
``edited_copy`` changes up to ten numbers (one per sentence), rewords a few
words and shuffles the paragraphs, N times with different random seeds.  The
article is then compared with its copy.  Reported: changed sentences not linked
to their original with a number conflict (missed alarms), and links with a
conflict where nothing was changed (false alarms).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.compare import compare  # noqa: E402
from reader.core.document import document_from_text, load_document  # noqa: E402
from reader.core.numbers import find_numbers  # noqa: E402
from reader.core.sentences import split_sentences  # noqa: E402
from tests.core.test_compare import _same_but_reworded, changed_surface, edited_copy  # noqa: E402


def articles() -> list[Path]:
    pages = sorted((ROOT / "seeds").glob("*.txt"))
    for folder in sorted((ROOT / "tests" / "data").glob("furniture*")):
        pages += sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html"))
    return pages


def changeable(text: str) -> int:
    """How many body sentences have a number ``edited_copy`` can change (and occur once)."""
    count = 0
    for sentence in split_sentences(text):
        if sentence.kind == "body" and text.count(sentence.text) == 1:
            count += any(changed_surface(m.surface) for m in find_numbers(sentence.text)[:1])
    return count


def check(path: Path, seed: int) -> tuple[int, int, int]:
    """(changed sentences, missed alarms, false alarms) for one edited copy."""
    original = load_document(path)
    how_many = min(10, changeable(original.text))
    if how_many == 0:
        return 0, 0, 0
    edited_text, changes = edited_copy(original.text, how_many, seed=seed)
    comparison = compare(original, document_from_text(edited_text, title="edited copy"))
    a_index = {s.text: s.index for s in comparison.a_sentences}
    expected = set()
    for old, new in changes.items():
        matches = [s.index for s in comparison.b_sentences if _same_but_reworded(s.text, new)]
        if len(matches) == 1 and old in a_index:
            expected.add((a_index[old], matches[0]))
    conflicted = {(link.a, link.b) for link in comparison.links if link.numbers.conflict}
    return len(changes), len(changes) - len(expected & conflicted), len(conflicted - expected)


def main() -> int:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
    totals = [0, 0, 0]
    for path in articles():
        results = [check(path, seed) for seed in range(runs)]
        changed, missed, false = (sum(r[i] for r in results) for i in range(3))
        totals = [totals[0] + changed, totals[1] + missed, totals[2] + false]
        flag = "" if not (missed or false) else "   <--"
        print(f"{path.parent.name}/{path.name}: {changed} changed, {missed} missed, {false} false alarms{flag}")
    print(f"ALL ({runs} edited copies per article): {totals[0]} changed sentences, "
          f"{totals[1]} missed alarms, {totals[2]} false alarms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
