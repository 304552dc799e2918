"""Start reading document B in a second process, before this one imports the engine.

Reading a long document (sentences, page furniture, words, numbers) is the
biggest loop of a comparison, and A and B are read independently: where the
system can fork, a child reads B while this process reads A (see beside.py).
The command line forks *before* it imports the engine (``reader.core.compare``
and the modules it pulls in): importing compiles about a third of a second of
regular expressions, and after an early fork both processes compile them at
the same time instead of one after the other.

This module imports nothing of the engine itself, so importing it costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.core.beside import CAN_FORK, run_beside

if TYPE_CHECKING:
    from reader.core.compare import PackedSide
    from reader.core.model import Document

# B is read in a second process only when at least this long (characters): sending B's
# sentences and words back costs a quarter of reading them.
FORK_MIN_CHARS = 100_000


def read_ahead(document: Document, *, fork: bool) -> Callable[[], PackedSide] | None:
    """Start reading ``document`` in a forked child, when ``fork`` and the system can and
    the document is long enough to gain from it; returns a function that waits for the
    child and returns the document's side packed (``compare.packed_side``), or None when
    the document is to be read in this process."""
    if not (fork and CAN_FORK and len(document.text) >= FORK_MIN_CHARS):
        return None

    def read() -> PackedSide:
        # Imported here: in the child, while the parent imports the same modules.
        from reader.core.compare import packed_side

        return packed_side(document)

    return run_beside(read, fork=True)
