"""Loading and comparing off the GUI thread.

A ``ComparisonJob`` loads whichever documents are not loaded yet, runs the
engine's ``compare`` and builds the display plan, all on a pool thread; the
window receives the finished plan through a queued signal.  Every job carries
a generation number so a slow, superseded comparison never overwrites a newer
one.
"""

from __future__ import annotations

import traceback

from PySide6.QtCore import QObject, QRunnable, Signal

from reader.core.compare import compare
from reader.core.document import load_document
from reader.core.errors import ParallaxError
from reader.ui.plan import build_plan
from reader.ui.sources import Source


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
        documents = {}
        for side, source in self.sources.items():
            try:
                documents[side] = source.document or load_document(source.path)
            except ParallaxError as error:
                self.signals.failed.emit(self.generation, side, str(error))
                return
            except Exception as error:  # an engine bug must not leave the window waiting forever
                traceback.print_exc()
                self.signals.failed.emit(self.generation, side, f"{source.path}: cannot be read ({error})")
                return
        try:
            plan = build_plan(compare(documents["a"], documents["b"]))
        except ParallaxError as error:
            self.signals.failed.emit(self.generation, "", str(error))
            return
        except Exception as error:
            traceback.print_exc()
            self.signals.failed.emit(self.generation, "", f"The comparison failed: {error}")
            return
        self.signals.finished.emit(self.generation, plan)
