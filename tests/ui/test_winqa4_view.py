"""The link bar's width at several window sizes (offscreen)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def settle(qtbot) -> None:
    for _ in range(5):
        QApplication.processEvents()
        qtbot.wait(10)


def test_the_link_bar_takes_a_modest_share_of_a_wide_window(open_window, qtbot):
    window = open_window()
    widths = {}
    for size in ((1024, 700), (1366, 768), (1920, 1080)):
        window.resize(*size)
        settle(qtbot)
        widths[size[0]] = window.linkbar.width()
    assert widths[1920] > widths[1366] >= widths[1024]  # it grows with the window
    pane = window.pane_a.width()
    assert widths[1920] < pane / 4  # but the articles keep nearly all the room
    window.resize(1024, 700)
    settle(qtbot)
    assert window.linkbar.width() == widths[1024]  # and gives it back

