"""Window tests: private settings and tag store, a helper that opens a window and waits for it, and a window on
two reports whose links carry notes."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory, monkeypatch):
    """Window geometry, recent files and last sources go to a throwaway INI file."""
    folder = tmp_path_factory.mktemp("parallax-config")
    monkeypatch.setenv("PARALLAX_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def open_window(qtbot):
    """``open_window(files=(), remember=True)``: a shown window whose comparison is on screen."""
    from reader.ui.app import application, create_window

    def open_(files=(), remember=True):
        application()
        window = create_window([str(f) for f in files], remember=remember)
        qtbot.addWidget(window)
        window.resize(1300, 850)
        window.show()
        qtbot.waitUntil(lambda: window.plan is not None and not window.busy, timeout=20000)
        return window

    return open_


@pytest.fixture
def dam_window(open_window, tmp_path):
    """A window on the two dam reports whose links carry each kind of note (tests/noted_reports.py)."""
    from noted_reports import DAM_A, DAM_B
    from written_files import write_pair

    return open_window(write_pair(tmp_path, DAM_A, DAM_B))


# The offscreen platform plugin (used by every test here) warns that it cannot
# pass a window's size limits to a window system it does not have; that is the
# test platform's limitation, not the window's.  Any other Qt warning still fails.
OFFSCREEN_SIZE_HINTS = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS))
