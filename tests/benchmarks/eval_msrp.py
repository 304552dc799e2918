"""Alignment quality on real cross-outlet sentence pairs (MSRP train split).

Not a test: run on purpose, report the numbers.

    python tests/benchmarks/eval_msrp.py [PATH/msr_paraphrase_train.txt] [--fit] [--seed N]

Every #1 sentence (deduplicated by id, shuffled) becomes a paragraph of
document A, every #2 sentence a paragraph of document B; the two documents are
aligned like any two articles.  Reported:

- paraphrase pairs linked (target >= 97%),
- links that join sentences of the same story (>= 97%), measured two ways: strictly
  (the two sentences form one labelled pair) and by story cluster (the two
  sentence ids are connected through the labelled pairs: MSRP repeats a
  sentence, under one id, in several pairs, and those pairs are one story);
- equivalent/related agreement with the labels on linked labelled pairs (>= 76%).

``--fit`` refits the relation model's weights (reader/core/relation.py) by
logistic regression on the labelled pairs, with a 5-fold cross-validated
accuracy so the number reported is not the training fit.  The corpus is
research-use only: it is read from the shared folder, never copied here.
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.compare import Analysis  # noqa: E402
from reader.core.document import document_from_text  # noqa: E402
from reader.core import relation  # noqa: E402

DEFAULT_PATH = ROOT.parent / "shared" / "data" / "msrp" / "msr_paraphrase_train.txt"


def load_pairs(path: Path) -> list[tuple[int, str, str, str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(int(r[0]), r[1], r[2], r[3], r[4]) for r in rows[1:] if len(r) == 5]


def build_document(sentences: dict[str, str], rng: random.Random):
    """One paragraph per sentence; returns the document and each paragraph's span."""
    ids = sorted(sentences)
    rng.shuffle(ids)
    parts, spans, cursor = [], {}, 0
    for sid in ids:
        text = sentences[sid]
        spans[sid] = (cursor, cursor + len(text))
        parts.append(text)
        cursor += len(text) + 2
    return document_from_text("\n\n".join(parts), title="MSRP"), spans


def paragraph_of(sentence_starts, spans_sorted):
    """Map each sentence index to the id of the paragraph that holds it."""
    import bisect

    starts = [span[0] for span, _ in spans_sorted]
    out = {}
    for index, start in sentence_starts:
        pos = bisect.bisect_right(starts, start) - 1
        out[index] = spans_sorted[pos][1]
    return out


def story_clusters(label) -> dict[str, str]:
    """Sentence id -> a representative id of its connected component, where
    every labelled pair joins its two ids (union-find)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in label:
        parent[find(a)] = find(b)
    return {x: find(x) for x in list(parent)}


def fit_logistic(xs, ys, epochs=400, rate=0.5, l2=1e-3):
    """Plain batch gradient descent on standardised features; returns raw-space weights."""
    n, d = len(xs), len(xs[0])
    mean = [sum(x[k] for x in xs) / n for k in range(d)]
    std = [math.sqrt(sum((x[k] - mean[k]) ** 2 for x in xs) / n) or 1.0 for k in range(d)]
    zs = [[(x[k] - mean[k]) / std[k] for k in range(d)] for x in xs]
    w = [0.0] * (d + 1)
    for _ in range(epochs):
        grad = [0.0] * (d + 1)
        for z, y in zip(zs, ys):
            p = 1 / (1 + math.exp(-(w[0] + sum(wk * zk for wk, zk in zip(w[1:], z)))))
            err = p - y
            grad[0] += err
            for k in range(d):
                grad[k + 1] += err * z[k]
        w[0] -= rate * grad[0] / n
        for k in range(d):
            w[k + 1] -= rate * (grad[k + 1] / n + l2 * w[k + 1])
    # back to raw feature space
    raw = [w[0] - sum(w[k + 1] * mean[k] / std[k] for k in range(d))]
    raw += [w[k + 1] / std[k] for k in range(d)]
    return raw


def accuracy(weights, xs, ys, threshold=0.5):
    right = 0
    for x, y in zip(xs, ys):
        z = weights[0] + sum(w * v for w, v in zip(weights[1:], x))
        right += (1 / (1 + math.exp(-z)) >= threshold) == bool(y)
    return right / len(xs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--fit", action="store_true", help="refit the relation weights")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if not args.path.exists():
        print(f"MSRP file not found: {args.path}", file=sys.stderr)
        return 2
    pairs = load_pairs(args.path)
    rng = random.Random(args.seed)
    a_sents = {p[1]: p[3] for p in pairs}
    b_sents = {p[2]: p[4] for p in pairs}
    doc_a, spans_a = build_document(a_sents, rng)
    doc_b, spans_b = build_document(b_sents, rng)

    started = time.perf_counter()
    analysis = Analysis(doc_a, doc_b)
    comparison = analysis.comparison()
    elapsed = time.perf_counter() - started

    para_a = paragraph_of([(s.index, s.start) for s in comparison.a_sentences],
                          sorted((span, sid) for sid, span in spans_a.items()))
    para_b = paragraph_of([(s.index, s.start) for s in comparison.b_sentences],
                          sorted((span, sid) for sid, span in spans_b.items()))
    label = {(p[1], p[2]): p[0] for p in pairs}
    story = story_clusters(label)
    linked: dict[tuple[str, str], list] = {}
    same_story = same_cluster = 0
    for link in comparison.links:
        key = (para_a[link.a], para_b[link.b])
        same_cluster += story[key[0]] == story[key[1]]
        if key in label:
            same_story += 1
            linked.setdefault(key, []).append(link)
    paraphrases = [k for k, v in label.items() if v == 1]
    found = sum(1 for k in paraphrases if k in linked)
    right = sum(
        1 for k, links in linked.items()
        if (any(l.relation == "equivalent" for l in links)) == bool(label[k])
    )
    print(f"sentences: A {len(comparison.a_sentences)}, B {len(comparison.b_sentences)}; "
          f"aligned in {elapsed:.2f} s")
    print(f"paraphrase pairs linked: {found}/{len(paraphrases)} = {found / len(paraphrases):.3f}")
    print(f"links joining the same story: {same_story}/{len(comparison.links)} = "
          f"{same_story / max(1, len(comparison.links)):.3f} (same labelled pair); "
          f"{same_cluster}/{len(comparison.links)} = {same_cluster / max(1, len(comparison.links)):.3f} "
          f"(same story cluster)")
    print(f"labelled pairs linked: {len(linked)}/{len(label)}; relation agrees with label on "
          f"{right}/{len(linked)} = {right / max(1, len(linked)):.3f}")

    if args.fit:
        # Features of every labelled pair, computed in document context (story-level IDF).
        a_index = {sid: [s.index for s in comparison.a_sentences if para_a[s.index] == sid] for sid in a_sents}
        b_index = {sid: [s.index for s in comparison.b_sentences if para_b[s.index] == sid] for sid in b_sents}
        xs, ys = [], []
        for (ida, idb), y in label.items():
            ia = max(a_index[ida], key=lambda i: len(comparison.a_sentences[i].text))
            ib = max(b_index[idb], key=lambda i: len(comparison.b_sentences[i].text))
            if ia not in analysis._a_pos or ib not in analysis._b_pos:
                continue
            xs.append(analysis.features(ia, ib).vector())
            ys.append(y)
        order = list(range(len(xs)))
        random.Random(1).shuffle(order)
        folds = [order[k::5] for k in range(5)]
        scores = []
        for fold in folds:
            held = set(fold)
            w = fit_logistic([xs[i] for i in order if i not in held], [ys[i] for i in order if i not in held])
            scores.append(accuracy(w, [xs[i] for i in fold], [ys[i] for i in fold]))
        weights = fit_logistic(xs, ys)
        print(f"relation model: 5-fold accuracy {sum(scores) / 5:.3f} "
              f"(folds {', '.join(f'{s:.3f}' for s in scores)}); current weights "
              f"{accuracy(relation.WEIGHTS, xs, ys):.3f} on all {len(xs)} pairs")
        print("features:", ", ".join(relation.FEATURE_NAMES))
        print("WEIGHTS = (" + ", ".join(f"{w:.4f}" for w in weights) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
