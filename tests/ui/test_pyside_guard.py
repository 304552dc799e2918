"""Guard against the PySide6 6.12.0 / Python 3.11 refcount bug.

That release decrements None's reference count on every Qt call that returns
nothing; after a few thousand calls the interpreter aborts with
"Fatal Python error: none_dealloc".  pyproject.toml pins below 6.12 on 3.11;
this test fails loudly if a broken combination is installed anyway.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_setters_do_not_leak_none_refcount(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for i in range(500):
        label.setText(str(i))  # returns None on the C++ side
        label.setWordWrap(bool(i % 2))
    after = sys.getrefcount(None)
    # A healthy binding leaves None's count alone (small drift from caches aside);
    # the broken one lowers it by one per call: 1000 here.
    assert after >= before - 50, f"None refcount fell from {before} to {after}"
