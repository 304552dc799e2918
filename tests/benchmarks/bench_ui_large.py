"""How long does the reader window freeze on two 100,000-word articles?

    .venv/bin/python tests/benchmarks/bench_ui_large.py [--words 100000] [--screenshot out.png]

Builds two synthetic articles from the sample story's paragraphs (repeated with
changed numbers and names, shuffled differently on each side), opens the
window on them offscreen, and records the longest gap between ticks of a 10 ms
heartbeat timer on the GUI thread while the window loads, compares (on the
worker thread), paints, and then while the user scrolls, steps through
differences and tags.  A gap is the time the GUI thread could not react.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NAMES = ["Medvedev", "Prigozhin", "Osechkin", "Nuzhin", "Halvorsen", "Larsen", "Petrov", "Ivanova"]


def synthetic_article(words: int, seed: int) -> str:
    rng = random.Random(seed)
    paragraphs = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        paragraphs += [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if len(p.split()) > 8]
    out, count, section = [], 0, 0
    while count < words:
        section += 1
        out.append(f"Part {section}: what the sources said")
        chunk = rng.sample(paragraphs, k=min(12, len(paragraphs)))
        for paragraph in chunk:
            # Change some numbers and names so the two sides disagree here and there.
            paragraph = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.choice([0, 0, 0, 1, 7])), paragraph)
            if rng.random() < 0.2:
                paragraph = paragraph.replace("Medvedev", rng.choice(NAMES))
            out.append(paragraph)
            count += len(paragraph.split())
    return "\n\n".join(out) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--screenshot", help="also save a PNG of the window on the large articles")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds to wait for the comparison")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="parallax-bench-"))
    os.environ["PARALLAX_DATA_DIR"] = str(work / "data")
    os.environ["PARALLAX_CONFIG_DIR"] = str(work / "config")
    a, b = work / "large_a.txt", work / "large_b.txt"
    a.write_text(synthetic_article(args.words, 1), encoding="utf-8")
    b.write_text(synthetic_article(args.words, 2), encoding="utf-8")
    print(f"articles: {len(a.read_text().split())} and {len(b.read_text().split())} words in {work}")

    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    from reader.ui.app import application, create_window

    app = application()
    if os.environ.get("BENCH_PROFILE"):
        import cProfile
        import pstats

        from reader.ui.window import MainWindow

        original = MainWindow._job_finished

        def profiled(self, *a):
            profile = cProfile.Profile()
            profile.enable()
            original(self, *a)
            profile.disable()
            pstats.Stats(profile).sort_stats("cumulative").print_stats(15)

        MainWindow._job_finished = profiled
    gaps: list[tuple[float, str]] = []
    phase = ["opening"]
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def beat():
        now = clock.elapsed()
        gaps.append((now - last[0], phase[0]))
        last[0] = now

    heartbeat = QTimer(interval=10)
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(beat)

    def run_for(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    started = time.perf_counter()
    window = create_window([str(a), str(b)], remember=False)
    window.resize(1400, 900)
    window.show()
    # Building the window is start-up time (bench_ui_startup.py); from here on the window is
    # on screen and every stall is one the user would feel.
    print(f"window built and shown in {(time.perf_counter() - started) * 1000:.0f} ms")
    last[0] = clock.elapsed()
    heartbeat.start()
    done = QEventLoop()
    window.comparison_shown.connect(done.quit)
    window.comparison_failed.connect(lambda m: (print("failed:", m), done.quit()))
    QTimer.singleShot(int(args.timeout * 1000), done.quit)
    phase[0] = "comparing (worker thread)"
    done.exec()
    compared = time.perf_counter() - started
    if window.plan is None:
        print(f"the comparison did not finish in {args.timeout:.0f} s")
        return 1
    phase[0] = "painting spans (sliced)"
    while window.pane_a.view.highlighting or window.pane_b.view.highlighting:
        run_for(20)
    print(f"all spans painted after {time.perf_counter() - started:.1f} s")
    phase[0] = "first paint"
    run_for(300)
    c = window.plan.comparison
    print(f"comparison on screen after {compared:.1f} s: {len(c.a_sentences)} + {len(c.b_sentences)} sentences, "
          f"{len(c.links)} links, {sum(len(l.diff) for l in c.links)} diff spans")

    view = window.pane_a.view
    window.activateWindow()
    view.setFocus()
    phase[0] = "scrolling"
    bar = view.verticalScrollBar()
    for i in range(20):
        bar.setValue(bar.maximum() * i // 20)
        run_for(30)
    phase[0] = "next difference (Alt+Down)"
    for _ in range(20):
        QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        run_for(20)
    phase[0] = "tagging (C, D, undo)"
    for key in (Qt.Key.Key_C, Qt.Key.Key_D):
        QTest.keyClick(view, key)
        run_for(50)
    window.undo_action.trigger()
    run_for(50)
    phase[0] = "overview jump"
    window.pane_b.overview.jump_requested.emit(window.pane_b.view.plan.marks[-5].start)
    run_for(200)
    if args.screenshot:
        window.grab().save(args.screenshot)
    heartbeat.stop()

    worst = sorted(gaps, reverse=True)[:8]
    print(f"longest GUI stall: {worst[0][0]:.0f} ms ({worst[0][1]})")
    for gap, where in worst[1:]:
        print(f"  next: {gap:.0f} ms ({where})")
    by_phase: dict[str, float] = {}
    for gap, where in gaps:
        by_phase[where] = max(by_phase.get(where, 0), gap)
    for where, gap in by_phase.items():
        print(f"  max in {where}: {gap:.0f} ms")
    window.close()
    return 0 if worst[0][0] <= 100 else 3


if __name__ == "__main__":
    sys.exit(main())
