"""Loading and comparing off the GUI thread.

A ``ComparisonJob`` reads both articles (files again, since they may have been
edited; a file gone since keeps its last reading, see ``Source.read``), runs the
engine's ``compare`` and builds the display plan, all on a pool thread; the
window receives the finished plan through a queued signal.  Every job carries
a generation number so a slow, superseded comparison never overwrites a newer
one.
"""

from __future__ import annotations

import gc
import sys
import threading
import traceback
from dataclasses import replace

from PySide6.QtCore import QObject, QRunnable, Signal

from reader.core.compare import compare
from reader.core.errors import ParallaxError, as_sentence
from reader.ui.plan import ComparisonPlan, build_plan
from reader.ui.sources import Source


_gc_lock = threading.Lock()
_gc_holders = 0


# While a comparison runs, every Qt callback into Python on the GUI thread (each paint, each
# event reaching a Python override) must win the GIL back from the worker, which by default
# keeps it up to 5 ms at a time: a repaint that crosses into Python 70 times then waits
# ~350 ms.  The window's first paint crosses ~200 times (the tag table's header alone asks
# headerData ~135 times): at 0.5 ms that froze it for 65-75 ms on 100,000-word articles, at
# 0.1 ms for ~33 ms.  The worker loses no measurable speed (1.9 s either way): it is asked
# to hand over only while the GUI thread actually wants the GIL.
SWITCH_INTERVAL_S = 0.0001


def share_the_gil() -> None:
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def pause_collector() -> None:
    """Pause Python's cycle collector while a comparison runs (on the worker thread).

    The collector stops *every* thread while it scans the heap, and on two
    100,000-word articles the engine's many small objects make one full scan
    take 100-750 ms: the window would freeze although the work is on another
    thread.  The engine builds plain values without reference cycles, which
    reference counting frees anyway.  The window resumes collection when it
    receives the result (``resume_collector``), after freezing what it keeps.
    """
    global _gc_holders
    with _gc_lock:
        _gc_holders += 1
        gc.disable()


def resume_collector() -> None:
    """On the GUI thread, once a job's result (or failure) arrived."""
    global _gc_holders
    with _gc_lock:
        _gc_holders = max(0, _gc_holders - 1)
        if _gc_holders == 0:
            # What is on screen lives until the next comparison: later scans skip it.
            gc.freeze()
            gc.enable()


def with_earlier_readings_noted(plan: ComparisonPlan, unreadable: dict[str, str]) -> ComparisonPlan:
    """``plan``, its warning saying which side shows an earlier reading of a file that can no
    longer be read (``unreadable``: why, by side): the text on screen no longer matches any file."""
    notes = [f"{as_sentence(why)} Source {side.upper()} shows the text as it was last read."
             for side, why in unreadable.items() if why]
    if not notes:
        return plan
    return replace(plan, warning=" ".join([*notes, *([plan.warning] if plan.warning else [])]))


class JobSignals(QObject):
    """Signals:
        finished(int, object): generation, ``ComparisonPlan``.
        failed(int, str, str): generation, side ("a"/"b"/""), the engine's human message.
    """

    finished = Signal(int, object)
    failed = Signal(int, str, str)


class ComparisonJob(QRunnable):
    def __init__(self, *, generation: int, source_a: Source, source_b: Source, signals: JobSignals) -> None:
        super().__init__()
        self.generation = generation
        self.sources = {"a": source_a, "b": source_b}
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        # Every path out of _run emits exactly one signal; its receiver resumes the collector.
        pause_collector()
        try:
            self._run()
        except RuntimeError as error:
            if "deleted" not in str(error):
                raise
            # The window closed while this comparison ran (Quit): nobody is left to tell.
            resume_collector()

    def _run(self) -> None:
        documents, unreadable = {}, {}
        for side, source in self.sources.items():
            try:
                documents[side], unreadable[side] = source.read()
            except ParallaxError as error:
                self.signals.failed.emit(self.generation, side, str(error))
                return
            except Exception as error:  # an engine bug must not leave the window waiting forever
                traceback.print_exc()
                self.signals.failed.emit(self.generation, side, f"{source.path}: cannot be read ({error})")
                return
        try:
            plan = with_earlier_readings_noted(build_plan(compare(documents["a"], documents["b"])), unreadable)
        except ParallaxError as error:
            self.signals.failed.emit(self.generation, "", str(error))
            return
        except Exception as error:
            traceback.print_exc()
            self.signals.failed.emit(self.generation, "", f"The comparison failed: {error}")
            return
        self.signals.finished.emit(self.generation, plan)
