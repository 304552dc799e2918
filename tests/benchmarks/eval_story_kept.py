"""Real story sentences the furniture cues take away (MSRP train split).

Not a test: run on purpose, report the numbers.

    python tests/benchmarks/eval_story_kept.py [PATH/msr_paraphrase_train.txt]

The MSRP train split holds ~7,800 distinct real sentences from news articles of many outlets:
almost all are story text, and a few are the articles' own furniture
(contributor lines such as "Staff writer X contributed to this report.").
Each sentence becomes a paragraph of one document, the document is split
like any article, and every sentence not classed as ``body`` is listed with
its reason, so a person can see at a glance which are story text lost to
alignment.  (The document repeats some sentences, as the corpus does; those
repeats are rightly "repeated line".)  The corpus is research-use only: it is
read from the shared folder, never copied here.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.sentences import split_sentences  # noqa: E402

DEFAULT_PATH = ROOT.parent / "shared" / "data" / "msrp" / "msr_paraphrase_train.txt"


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_PATH
    if not path.exists():
        print(f"MSRP file not found: {path}", file=sys.stderr)
        return 2
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = [r for r in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE) if len(r) == 5][1:]
    sentences = {}
    for row in rows:
        sentences[row[1]], sentences[row[2]] = row[3], row[4]
    text = "\n\n".join(sentences[key] for key in sorted(sentences))
    split = split_sentences(text)
    removed = [s for s in split if s.kind != "body"]
    print(f"{len(sentences)} corpus sentences -> {len(split)} sentences; not body: {len(removed)}")
    for reason, count in Counter(s.reason or s.kind for s in removed).most_common():
        print(f"  {count:4d}  {reason}")
    for s in removed:
        print(f"  [{s.reason or s.kind}] {s.text[:140]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
