"""What scrolling the two panes together costs per scroll step, on two long articles.

    .venv/bin/python tests/benchmarks/bench_scroll_sync.py [--words 20000] [A B]

Opens the window offscreen on two articles (two given files, else two synthetic
articles of ``--words`` words each, built as bench_ui_large.py builds them),
waits until every span is painted, then turns the mouse wheel over pane A, one
notch at a time down the whole article and back, and does the same with View ▸
Scroll Together off.  Reported per notch: the time to handle the wheel event
and repaint both panes (``repaint()``, so painting is counted, not deferred),
median, 95th percentile and worst, and the first notch on its own (it lays out
the paragraphs not yet on screen, once per text and width); and, of that, the
time spent working out where B goes and moving it (``ScrollSync.follow``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="two articles (default: synthetic ones)")
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--timeout", type=float, default=600, help="seconds to wait for the comparison")
    args = parser.parse_args()
    if len(args.files) not in (0, 2):
        parser.error("give two articles, or none")

    work = Path(tempfile.mkdtemp(prefix="parallax-bench-scroll-"))
    os.environ["PARALLAX_DATA_DIR"] = str(work / "data")
    os.environ["PARALLAX_CONFIG_DIR"] = str(work / "config")
    if args.files:
        a, b = (Path(f) for f in args.files)
    else:
        from bench_ui_large import synthetic_article

        a, b = work / "long_a.txt", work / "long_b.txt"
        a.write_text(synthetic_article(args.words, 1), encoding="utf-8")
        b.write_text(synthetic_article(args.words, 2), encoding="utf-8")
    print(f"articles: {len(a.read_text(encoding='utf-8').split())} and "
          f"{len(b.read_text(encoding='utf-8').split())} words")

    from PySide6.QtCore import QEventLoop, QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    from reader.ui.app import application, create_window

    app = application()
    window = create_window([str(a), str(b)], remember=False)
    window.resize(1400, 900)
    window.show()
    deadline = time.perf_counter() + args.timeout
    views = (window.pane_a.view, window.pane_b.view)
    while (window.busy or any(view.highlighting for view in views)) and time.perf_counter() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    if window.plan is None:
        print("the comparison did not finish")
        return 1
    for _ in range(5):
        app.processEvents()
    c = window.plan.comparison
    print(f"{len(c.a_sentences)} + {len(c.b_sentences)} sentences, {len(c.links)} links")

    view_a, view_b = views

    def notch(down: bool) -> float:
        where = QPoint(200, 200)
        event = QWheelEvent(QPointF(where), QPointF(view_a.viewport().mapToGlobal(where)), QPoint(0, 0),
                            QPoint(0, -120 if down else 120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        started = time.perf_counter()
        QApplication.sendEvent(view_a.viewport(), event)
        for view in views:
            view.viewport().repaint()
        window.linkbar.repaint()
        return time.perf_counter() - started

    sync = window.scroll_sync
    follow = sync.follow
    follow_times: list[float] = []

    def timed_follow(side: str) -> None:
        started = time.perf_counter()
        follow(side)
        follow_times.append(time.perf_counter() - started)

    sync.follow = timed_follow

    def run(together: bool) -> None:
        if window.scroll_together_action.isChecked() != together:
            window.scroll_together_action.trigger()
        follow_times.clear()
        view_a.verticalScrollBar().setValue(0)
        view_b.verticalScrollBar().setValue(0)
        app.processEvents()
        times, b_moved = [], 0
        for down in (True, False):
            bar = view_a.verticalScrollBar()
            while (bar.value() < bar.maximum()) if down else (bar.value() > 0):
                before = view_b.verticalScrollBar().value()
                times.append(notch(down))
                b_moved += view_b.verticalScrollBar().value() != before
                app.processEvents()
        ms = sorted(t * 1000 for t in times)
        print(f"scroll together {'on ' if together else 'off'}: {len(ms)} notches, B moved on {b_moved}; "
              f"per notch median {statistics.median(ms):.2f} ms, 95th {ms[int(len(ms) * 0.95)]:.2f} ms, "
              f"worst {ms[-1]:.2f} ms; first notch {times[0] * 1000:.2f} ms")
        if follow_times:
            own = sorted(t * 1000 for t in follow_times)
            print(f"  of which bringing B along: median {statistics.median(own):.3f} ms, "
                  f"95th {own[int(len(own) * 0.95)]:.3f} ms, worst {own[-1]:.3f} ms (first {follow_times[0] * 1000:.2f} ms)")

    run(True)
    run(False)
    run(True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
