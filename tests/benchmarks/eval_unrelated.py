"""Links between pages about different stories: every one of them is false.

Not a test: run on purpose, report the numbers.

    python tests/benchmarks/eval_unrelated.py [--pairs N] [-v]

The furniture gold pages (tests/data/furniture*/) are other stories by other
outlets, one story a page.  N random pairs of them (a fixed seed) are compared
like two reports of one story, and every link found is counted: the aligner
should find next to none.  (A few gold pages do share a subject -- two glass
sponge studies -- so a handful of links between them may be fair.)  ``-v``
prints the links.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.compare import compare  # noqa: E402
from reader.core.document import load_document  # noqa: E402


def pages() -> list[Path]:
    return sorted(p for folder in (ROOT / "tests" / "data").glob("furniture*") for p in folder.iterdir()
                  if p.suffix in (".txt", ".md", ".html"))


def main() -> int:
    count = int(sys.argv[sys.argv.index("--pairs") + 1]) if "--pairs" in sys.argv else 60
    rng = random.Random(1)
    found = pages()
    pairs = [tuple(rng.sample(found, 2)) for _ in range(count)]
    links = 0
    for a, b in pairs:
        comparison = compare(load_document(a), load_document(b))
        links += len(comparison.links)
        if "-v" in sys.argv:
            for link in comparison.links:
                print(f"  {link.score:.2f} {comparison.a_sentences[link.a].text[:70]!r}\n"
                      f"       {comparison.b_sentences[link.b].text[:70]!r}")
    print(f"{links} links between {len(pairs)} pairs of pages about different stories "
          f"({links / len(pairs):.2f} a pair)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
