"""Alignment quality against hand-labelled links between the sample articles.

Not a test: run on purpose, report the numbers.

    python tests/benchmarks/eval_seed_alignment.py [-v] [--gold FILE] [--baseline] [--ceiling]

Gold links live in tests/data/gold/seed_links.json as verbatim substrings, so
they survive changes to the sentence splitter: a substring names the sentence
that contains it.  Reported per pair and overall:

- link precision: predicted links that are gold links (target >= 0.80);
- sentence recall: of the sentences that have a gold partner, the share that
  got at least one correct link (target >= 0.70);
- relation agreement on correct links (equivalent vs related).

``--gold FILE`` scores against another annotation of the same pairs (the
default is seed_links.json; seed_links_second.json was labelled by a second
annotator who saw neither the first annotation nor the tool's output), and
reports how far the two annotations agree with each other.

``--ceiling`` reports how far a better choice among the engine's scores could
go: how many sentences with a gold partner score low with all of their
partners, how many have a gold partner as their best-scoring sentence, and the
precision / recall of linking each sentence to its best when told which
sentences have a gold partner at all (an oracle no rule can be).

``--baseline`` also scores the plain IDF-cosine baseline the targets are
stated against (about 0.50 / 0.50 on the maintainers' gold), at a sweep of
thresholds, on the same body sentences: lower-cased word tokens, no stemming,
IDF over the sentences of both articles, and every sentence linked to its
single best partner when the cosine clears the threshold.  Where it sits on a
gold set says how hard that gold set is.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.compare import Analysis, compare  # noqa: E402
from reader.core.document import load_document  # noqa: E402

GOLD = ROOT / "tests" / "data" / "gold" / "seed_links.json"


def sentence_containing(sentences, text: str, quote: str) -> int:
    at = text.index(quote)
    for s in sentences:
        if s.start <= at < s.end:
            return s.index
    raise LookupError(f"no sentence holds {quote!r}")


def gold_links(pair: dict, comparison, doc_a, doc_b) -> dict[tuple[int, int], str]:
    gold = {}
    for link in pair["links"]:
        key = (sentence_containing(comparison.a_sentences, doc_a.text, link["a"]),
               sentence_containing(comparison.b_sentences, doc_b.text, link["b"]))
        gold[key] = link["relation"]
    return gold


def evaluate_pair(pair: dict) -> dict:
    doc_a = load_document(ROOT / "seeds" / pair["a"])
    doc_b = load_document(ROOT / "seeds" / pair["b"])
    comparison = compare(doc_a, doc_b)
    gold = gold_links(pair, comparison, doc_a, doc_b)
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


_WORD = re.compile(r"\w+")


def _tfidf_vectors(sentences, idf):
    vectors = []
    for s in sentences:
        counts = Counter(_WORD.findall(s.text.lower()))
        v = {w: c * idf[w] for w, c in counts.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({w: x / norm for w, x in v.items()})
    return vectors


def baseline_links(comparison, threshold: float) -> set[tuple[int, int]]:
    """Plain IDF cosine: each body sentence linked to its best partner."""
    a = [s for s in comparison.a_sentences if s.kind == "body"]
    b = [s for s in comparison.b_sentences if s.kind == "body"]
    df = Counter(w for s in a + b for w in set(_WORD.findall(s.text.lower())))
    idf = {w: math.log((len(a) + len(b) + 1) / n) + 1 for w, n in df.items()}
    va, vb = _tfidf_vectors(a, idf), _tfidf_vectors(b, idf)
    cos = [[sum(x * y.get(w, 0.0) for w, x in u.items()) for y in vb] for u in va]
    links = set()
    for i, row in enumerate(cos):
        j = max(range(len(vb)), key=row.__getitem__, default=None)
        if j is not None and row[j] >= threshold:
            links.add((a[i].index, b[j].index))
    for j in range(len(vb)):
        i = max(range(len(va)), key=lambda i: cos[i][j], default=None)
        if i is not None and cos[i][j] >= threshold:
            links.add((a[i].index, b[j].index))
    return links


def precision_recall(predicted, gold) -> tuple[int, int, int, int]:
    correct = [key for key in predicted if key in gold]
    with_partner = {("a", i) for i, _ in gold} | {("b", j) for _, j in gold}
    found = {("a", i) for i, _ in correct} | {("b", j) for _, j in correct}
    return len(correct), len(predicted), len(found), len(with_partner)


def report_baseline(pairs) -> None:
    thresholds = (0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3, 0.4)
    sums = {t: [0, 0, 0, 0] for t in thresholds}
    for pair in pairs:
        doc_a = load_document(ROOT / "seeds" / pair["a"])
        doc_b = load_document(ROOT / "seeds" / pair["b"])
        comparison = compare(doc_a, doc_b)
        gold = gold_links(pair, comparison, doc_a, doc_b)
        for t in thresholds:
            for k, n in enumerate(precision_recall(baseline_links(comparison, t), gold)):
                sums[t][k] += n
    for t, (correct, n_pred, found, n_partner) in sums.items():
        print(f"baseline (plain IDF cosine, best partner, >= {t:.2f}): "
              f"precision {correct / max(1, n_pred):.3f}, sentence recall {found / max(1, n_partner):.3f}")


def report_ceiling(pairs) -> None:
    floors = (0.05, 0.1, 0.15)
    low = dict.fromkeys(floors, 0)
    with_partner = best_is_gold = 0
    oracle = {floor: [0, 0, 0, 0] for floor in floors}
    for pair in pairs:
        doc_a = load_document(ROOT / "seeds" / pair["a"])
        doc_b = load_document(ROOT / "seeds" / pair["b"])
        analysis = Analysis(doc_a, doc_b)
        gold = gold_links(pair, analysis.comparison(), doc_a, doc_b)
        a_side, b_side = analysis.a.candidates, analysis.b.candidates
        score = {(ia, ib): analysis.score(ia, ib) for ia in a_side for ib in b_side}
        rows = {("a", ia): {ib: score[ia, ib] for ib in b_side} for ia in a_side}
        rows |= {("b", ib): {ia: score[ia, ib] for ia in a_side} for ib in b_side}
        partners: dict[tuple[str, int], set[int]] = {}
        for ia, ib in gold:
            partners.setdefault(("a", ia), set()).add(ib)
            partners.setdefault(("b", ib), set()).add(ia)
        for key, theirs in partners.items():
            with_partner += 1
            row = rows[key]
            best_gold = max(row.get(other, 0.0) for other in theirs)
            for floor in floors:
                low[floor] += best_gold < floor
            best_is_gold += max(row, key=row.__getitem__) in theirs
        for floor in floors:
            links = set()
            for (side, x), row in rows.items():
                if (side, x) not in partners or not row:
                    continue
                y = max(row, key=row.__getitem__)
                pair_key = (x, y) if side == "a" else (y, x)
                if row[y] >= floor and ("a", pair_key[0]) in partners and ("b", pair_key[1]) in partners:
                    links.add(pair_key)
            for k, n in enumerate(precision_recall(links, gold)):
                oracle[floor][k] += n
    print(f"ceiling: {with_partner} sentences have a gold partner; the best-scoring sentence is a gold "
          f"partner for {best_is_gold / with_partner:.2f} of them")
    for floor in floors:
        correct, n_pred, found, n_partner = oracle[floor]
        print(f"  best gold partner scores below {floor:.2f}: {low[floor] / with_partner:.2f}; oracle "
              f"(best partner of sentences known to have one, >= {floor:.2f}): precision "
              f"{correct / max(1, n_pred):.2f}, sentence recall {found / max(1, n_partner):.2f}")


def report_agreement(first_path: Path, second_path: Path) -> None:
    """Each annotation scored as if it were the other's prediction."""
    first = json.loads(first_path.read_text(encoding="utf-8"))["pairs"]
    second = json.loads(second_path.read_text(encoding="utf-8"))["pairs"]
    sums = [0, 0, 0, 0]
    for pa, pb in zip(first, second, strict=True):
        doc_a = load_document(ROOT / "seeds" / pa["a"])
        doc_b = load_document(ROOT / "seeds" / pa["b"])
        comparison = compare(doc_a, doc_b)
        g1 = gold_links(pa, comparison, doc_a, doc_b)
        g2 = gold_links(pb, comparison, doc_a, doc_b)
        for k, n in enumerate(precision_recall(set(g2), g1)):
            sums[k] += n
    correct, n_second, found, n_partner = sums
    print(f"annotator agreement: {correct} links in both; {first_path.name} has "
          f"{sum(len(p['links']) for p in first)}, {second_path.name} has {n_second}. "
          f"Scored against {first_path.name}, {second_path.name} has precision "
          f"{correct / max(1, n_second):.3f}, sentence recall {found / max(1, n_partner):.3f}")


def main() -> int:
    verbose = "-v" in sys.argv
    gold_path = GOLD
    if "--gold" in sys.argv:
        gold_path = Path(sys.argv[sys.argv.index("--gold") + 1])
    pairs = json.loads(gold_path.read_text(encoding="utf-8"))["pairs"]
    print(f"gold: {gold_path.name}")
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
    if "--baseline" in sys.argv:
        report_baseline(pairs)
    if "--ceiling" in sys.argv:
        report_ceiling(pairs)
    if gold_path.resolve() != GOLD.resolve():
        report_agreement(GOLD, gold_path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
