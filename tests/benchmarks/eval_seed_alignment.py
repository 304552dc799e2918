"""Alignment quality against hand-labelled links between the sample articles.

Not a test: run on purpose, report the numbers.

    python tests/benchmarks/eval_seed_alignment.py [-v]

Gold links live in tests/data/gold/seed_links.json as verbatim substrings, so
they survive changes to the sentence splitter: a substring names the sentence
that contains it.  Reported per pair and overall:

- link precision: predicted links that are gold links (target >= 0.80);
- sentence recall: of the sentences that have a gold partner, the share that
  got at least one correct link (target >= 0.70);
- relation agreement on correct links (equivalent vs related).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.compare import compare  # noqa: E402
from reader.core.document import load_document  # noqa: E402

GOLD = ROOT / "tests" / "data" / "gold" / "seed_links.json"


def sentence_containing(sentences, text: str, quote: str) -> int:
    at = text.index(quote)
    for s in sentences:
        if s.start <= at < s.end:
            return s.index
    raise LookupError(f"no sentence holds {quote!r}")


def evaluate_pair(pair: dict) -> dict:
    doc_a = load_document(ROOT / "seeds" / pair["a"])
    doc_b = load_document(ROOT / "seeds" / pair["b"])
    comparison = compare(doc_a, doc_b)
    gold = {}
    for link in pair["links"]:
        key = (sentence_containing(comparison.a_sentences, doc_a.text, link["a"]),
               sentence_containing(comparison.b_sentences, doc_b.text, link["b"]))
        gold[key] = link["relation"]
    predicted = {(link.a, link.b): link for link in comparison.links}
    correct = [key for key in predicted if key in gold]
    with_partner = {("a", i) for i, _ in gold} | {("b", j) for _, j in gold}
    found = {("a", i) for i, _ in correct} | {("b", j) for _, j in correct}
    relation_right = sum(predicted[key].relation == gold[key] for key in correct)
    return {
        "comparison": comparison, "gold": gold, "predicted": predicted,
        "n_pred": len(predicted), "n_correct": len(correct),
        "n_with_partner": len(with_partner), "n_found": len(found),
        "relation_right": relation_right,
    }


def main() -> int:
    verbose = "-v" in sys.argv
    pairs = json.loads(GOLD.read_text(encoding="utf-8"))["pairs"]
    totals = dict(n_pred=0, n_correct=0, n_with_partner=0, n_found=0, relation_right=0)
    for pair in pairs:
        result = evaluate_pair(pair)
        for key in totals:
            totals[key] += result[key]
        p = result["n_correct"] / max(1, result["n_pred"])
        r = result["n_found"] / max(1, result["n_with_partner"])
        print(f"{pair['a'][:3]}-{pair['b'][:3]}: precision {p:.2f} ({result['n_correct']}/{result['n_pred']}), "
              f"sentence recall {r:.2f} ({result['n_found']}/{result['n_with_partner']})")
        if verbose:
            c = result["comparison"]
            for key, link in sorted(result["predicted"].items()):
                if key not in result["gold"]:
                    print(f"   FALSE {link.score:.2f} A{key[0]}: {c.a_sentences[key[0]].text[:90]}\n"
                          f"                 B{key[1]}: {c.b_sentences[key[1]].text[:90]}")
            for key in sorted(result["gold"]):
                if key not in result["predicted"]:
                    print(f"   MISSED A{key[0]}: {c.a_sentences[key[0]].text[:90]}\n"
                          f"          B{key[1]}: {c.b_sentences[key[1]].text[:90]}")
    precision = totals["n_correct"] / max(1, totals["n_pred"])
    recall = totals["n_found"] / max(1, totals["n_with_partner"])
    relation = totals["relation_right"] / max(1, totals["n_correct"])
    print(f"ALL: link precision {precision:.3f}, sentence recall {recall:.3f}, "
          f"relation agreement on correct links {relation:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
