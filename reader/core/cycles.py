"""The cycle collector paused while work makes many objects and no reference cycles.

A module of its own, with no imports of the engine's, so the command line can pause the collector
while it imports the engine itself."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """A comparison allocates hundreds of thousands of small objects and makes no
    reference cycles; Python's cycle collector would keep rescanning them all
    (measured: ~15% of a 100,000-word comparison).  The collector is left as it was found."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
