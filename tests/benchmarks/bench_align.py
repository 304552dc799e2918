"""Speed and memory of alignment.  Not a test: run on purpose, report the numbers.

    python tests/benchmarks/bench_align.py

1. Two 100,000-word documents aligned by the CLI (`parallax align --json`) in a
   child process: wall time (target < 3 s) and peak memory (target < 500 MB).
   The CLI shares its two biggest loops with a forked second process where the
   system can fork (reader/core/beside.py); the same comparison in one process
   (the same JSON, ``fork=False``) is timed beside it, so the gain is in view.
2. At 30,000 words: the engine against an all-pairs
   ``difflib.SequenceMatcher.ratio`` baseline with ``quick_ratio`` pruning,
   side by side in one run (target: at least 20x faster).  The engine is
   timed twice (each the median of three runs): the full comparison (links plus each link's word diff, number
   ledger and relation), and the alignment alone (sentences, terms, scores and
   the links chosen), which is what the baseline computes; and the full
   comparison once more as the CLI runs it, with a second process.
3. A seed pair aligned in-process (target < 30 ms, median of 20 runs).

The large documents are made from the sample story: every sentence is copied
many times with some of its words replaced by invented ones, so the
vocabulary grows the way real text does instead of repeating 4,000 words;
document B is a reworded, reshuffled copy of A.  Real pages are slower to
read than such long paragraphs (each short line is checked for page
furniture), so the 100,000-word case is also timed on the furniture gold
pages laid end to end, against a reworded copy in another order.
"""

from __future__ import annotations

import difflib
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.compare import Analysis, compare, no_cycle_collection  # noqa: E402
from reader.core.document import document_from_text, load_document  # noqa: E402
from reader.core.sentences import split_sentences  # noqa: E402

SYLLABLES = "ka lo mi ne ru sa ti vo ze pa do gu fe li mo na re si ta ve".split()


def invented_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def seed_sentences() -> list[str]:
    sentences = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = load_document(path).text
        sentences += [s.text for s in split_sentences(text) if s.kind == "body" and len(s.text.split()) > 5]
    return sentences


def mutate(sentence: str, rng: random.Random, share: float) -> str:
    words = sentence.split()
    for k in range(len(words)):
        if rng.random() < share and len(words[k]) > 3:
            words[k] = invented_word(rng)
    return " ".join(words)


def make_pair(words: int, seed: int = 1) -> tuple[str, str]:
    rng = random.Random(seed)
    base = seed_sentences()
    paragraphs_a, count = [], 0
    while count < words:
        paragraph = [mutate(rng.choice(base), rng, 0.35) for _ in range(rng.randint(1, 4))]
        count += sum(len(s.split()) for s in paragraph)
        paragraphs_a.append(paragraph)
    paragraphs_b = [[mutate(s, rng, 0.1) for s in p] for p in paragraphs_a]
    rng.shuffle(paragraphs_b)
    return ("\n\n".join(" ".join(p) for p in paragraphs_a), "\n\n".join(" ".join(p) for p in paragraphs_b))


def pages_pair(words: int = 100_000, seed: int = 3) -> tuple[str, str]:
    """Real page shapes: the furniture gold pages (headlines, bylines, captions, menus, one-sentence
    paragraphs) one after another as A, up to ``words``; B is the same pages in another order, a
    tenth of their longer words reworded, line by line."""
    rng = random.Random(seed)
    pages, count = [], 0
    for folder in sorted((ROOT / "tests" / "data").glob("furniture*")):
        for path in sorted(folder.iterdir()):
            if path.suffix in (".txt", ".md", ".html") and count < words:  # new gold sets do not grow it
                pages.append(load_document(path).text)
                count += len(pages[-1].split())
    reworded = ["\n".join(mutate(line, rng, 0.1) for line in page.split("\n")) for page in pages]
    rng.shuffle(reworded)
    return "\n\n".join(pages), "\n\n".join(reworded)


def baseline_all_pairs(
    text_a: str, text_b: str, threshold: float = 0.5, *, real_quick: bool = False, words: bool = True,
    every: int = 1, matcher_per_pair: bool = False,
) -> int:
    """All-pairs SequenceMatcher.ratio with quick_ratio pruning (the baseline the
    target names), over word lists or, with ``words=False``, over the sentence
    strings as ``SequenceMatcher(None, a, b)`` is usually called; ``real_quick``
    adds difflib's even cheaper length bound first.  By default one matcher is
    reused with seq2 fixed in the outer loop, so difflib indexes each sentence
    of B once (the fastest way to drive difflib); ``matcher_per_pair`` builds a
    matcher for every pair, as the difflib documentation's examples do.
    ``every=k`` compares only every k-th sentence of A (for estimates of
    baselines too slow to run whole)."""
    unit = str.split if words else str
    a = [unit(s.text) for s in split_sentences(text_a) if s.kind == "body"][::every]
    b = [unit(s.text) for s in split_sentences(text_b) if s.kind == "body"]
    matcher = difflib.SequenceMatcher(autojunk=False)
    links = 0
    for words_b in b:
        matcher.set_seq2(words_b)  # difflib caches facts about seq2: vary seq1 inside
        for words_a in a:
            if matcher_per_pair:
                matcher = difflib.SequenceMatcher(None, words_a, words_b, autojunk=False)
            else:
                matcher.set_seq1(words_a)
            if real_quick and matcher.real_quick_ratio() < threshold:
                continue
            if matcher.quick_ratio() >= threshold:
                links += matcher.ratio() >= threshold
    return links


# What `parallax align A B --json` does, in one process.
ONE_PROCESS = (
    "import json, sys\n"
    "from reader.cli.report import comparison_dict\n"
    "from reader.core.compare import compare, no_cycle_collection\n"
    "from reader.core.document import load_document\n"
    "with no_cycle_collection():\n"
    "    comparison = compare(load_document(sys.argv[1]), load_document(sys.argv[2]), fork=False)\n"
    "    sys.stdout.write(json.dumps(comparison_dict(comparison), ensure_ascii=False) + '\\n')\n"
)


def cli_run(path_a: Path, path_b: Path, *, one_process: bool = False) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of `parallax align --json` in a child process
    (``one_process``: of the same comparison without a second process)."""
    command = (["-c", ONE_PROCESS, str(path_a), str(path_b)] if one_process
               else ["-m", "reader", "align", str(path_a), str(path_b), "--json"])
    code = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        f"subprocess.run([sys.executable, *{command!r}], stdout=subprocess.DEVNULL, check=True)\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    wall, rss = out.stdout.split()
    return float(wall), float(rss)


def median_seconds(run, times: int = 3) -> float:
    seconds = []
    for _ in range(times):
        t = time.perf_counter()
        run()
        seconds.append(time.perf_counter() - t)
    return statistics.median(seconds)


def time_cli(label: str, text_a: str, text_b: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path_a, path_b = Path(tmp) / "a.txt", Path(tmp) / "b.txt"
        path_a.write_text(text_a, encoding="utf-8")
        path_b.write_text(text_b, encoding="utf-8")
        runs, alone = [], []
        for _ in range(3):  # alternately, so that both see the same machine
            runs.append(cli_run(path_a, path_b))
            alone.append(cli_run(path_a, path_b, one_process=True))
        wall = statistics.median(r[0] for r in runs)
        rss = max(r[1] for r in runs)
        print(f"{label}, CLI align --json: median wall {wall:.2f} s (target < 3 s), "
              f"peak RSS {rss:.0f} MB per process (target < 500 MB)  "
              f"[{len(text_a.split())} / {len(text_b.split())} words]; in one process: "
              f"{statistics.median(r[0] for r in alone):.2f} s, {max(r[1] for r in alone):.0f} MB")


def main() -> int:
    time_cli("100k words x 2", *make_pair(100_000))
    time_cli("the gold pages x 2 (real page shapes)", *pages_pair())

    text_a, text_b = make_pair(30_000, seed=2)
    doc_a, doc_b = document_from_text(text_a), document_from_text(text_b)
    # The engine runs for a second, the baselines for ten or more: its median of three runs
    # is as steady on a shared machine as their one run.
    engine = median_seconds(lambda: compare(doc_a, doc_b))
    # As the CLI runs it: B read, and half the links explained, in a second process where the
    # system can fork (one core more than the baseline uses, so it is shown apart).
    engine_forked = median_seconds(lambda: compare(doc_a, doc_b, fork=True))

    def align_only():
        with no_cycle_collection():
            Analysis(doc_a, doc_b).linked_pairs()

    alignment = median_seconds(align_only)
    t = time.perf_counter()
    baseline_all_pairs(text_a, text_b)
    baseline = time.perf_counter() - t
    t = time.perf_counter()
    baseline_all_pairs(text_a, text_b, real_quick=True)
    baseline_rq = time.perf_counter() - t
    t = time.perf_counter()
    baseline_all_pairs(text_a, text_b, matcher_per_pair=True)
    baseline_per_pair = time.perf_counter() - t
    t = time.perf_counter()
    baseline_all_pairs(text_a, text_b, words=False, every=50)
    baseline_chars = (time.perf_counter() - t) * 50  # an estimate: it would run for many minutes
    print(f"30k words x 2: engine {engine:.2f} s, of which the alignment alone {alignment:.2f} s "
          f"(target: at least 20x faster than the baseline; ratios below are full engine / alignment alone)")
    print(f"  all-pairs SequenceMatcher.ratio + quick_ratio pruning, on word lists, one matcher "
          f"with seq2 fixed: {baseline:.2f} s -> {baseline / engine:.0f}x / {baseline / alignment:.0f}x; "
          f"plus real_quick_ratio: {baseline_rq:.2f} s -> {baseline_rq / engine:.0f}x / {baseline_rq / alignment:.0f}x")
    print(f"  on word lists with a new matcher for every pair: {baseline_per_pair:.2f} s "
          f"-> {baseline_per_pair / engine:.0f}x / {baseline_per_pair / alignment:.0f}x")
    print(f"  the full engine as the CLI runs it, with a second process: {engine_forked:.2f} s -> "
          f"{baseline / engine_forked:.0f}x the one-matcher baseline, "
          f"{baseline_per_pair / engine_forked:.0f}x the matcher-per-pair one")
    print(f"  the same on sentence strings (SequenceMatcher(None, a, b)), estimated from every 50th "
          f"sentence of A: {baseline_chars:.0f} s -> {baseline_chars / engine:.0f}x")

    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    doc_a, doc_b = load_document(seeds[0]), load_document(seeds[2])
    times = []
    for _ in range(20):
        t = time.perf_counter()
        compare(doc_a, doc_b)
        times.append(time.perf_counter() - t)
    print(f"seed pair {seeds[0].name} / {seeds[2].name} in-process: median {statistics.median(times) * 1000:.1f} ms "
          f"(target < 30 ms)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(this process peaked at {peak:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
