"""``parallax [--screenshot PATH] [A B]``: argument handling and the screenshot command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from reader.ui.app import UsageError, _image_format, main, parse_args

ROOT = Path(__file__).resolve().parents[2]


def test_parse_args():
    assert parse_args([]).files == []
    assert parse_args(["a.txt", "b.txt"]).files == ["a.txt", "b.txt"]
    options = parse_args(["--screenshot", "x.png", "a", "b"])
    assert (options.screenshot, options.files) == ("x.png", ["a", "b"])
    for bad in (["one.txt"], ["a", "b", "c"], ["--frobnicate"], ["--screenshot"]):
        with pytest.raises(UsageError):
            parse_args(bad)


def test_bad_usage_is_one_line_and_exit_2(capsys):
    assert main(["only-one.txt"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("parallax: error:")


def test_screenshot_of_a_missing_file_is_one_line_and_exit_2(capsys, tmp_path):
    assert main(["--screenshot", str(tmp_path / "x.png"), str(tmp_path / "nope.txt"), str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.txt" in err
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize("make_target, says", [
    (lambda tmp: tmp, "is a folder; give the screenshot a file name"),
    (lambda tmp: tmp / "missing" / "x.png", "does not exist"),
    (lambda tmp: tmp / "x.xyz", "cannot save .xyz images"),
])
def test_a_screenshot_path_that_cannot_be_written_is_refused_before_the_layout(capsys, tmp_path, seeds,
                                                                                make_target, says):
    assert main(["--screenshot", str(make_target(tmp_path)), str(seeds[0]), str(seeds[2])]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and says in err, err


def test_a_screenshot_of_a_folder_says_it_is_a_folder(capsys, tmp_path, seeds):
    assert main(["--screenshot", str(tmp_path / "x.png"), str(tmp_path), str(seeds[2])]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is a directory" in err, err


def test_a_screenshot_of_a_file_that_cannot_be_read_says_what_failed_and_promises_no_sample(capsys, tmp_path, seeds):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01 not text \x00" * 50)
    assert main(["--screenshot", str(tmp_path / "x.png"), str(binary), str(seeds[2])]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "scan.txt" in err and "binary" in err, err
    assert "sample story" not in err  # no image is made of it
    assert not (tmp_path / "x.png").exists()


def test_a_screenshot_is_written_in_the_format_its_name_asks_for():
    assert [_image_format(name) for name in ("shot", "shot.png", "shot.JPG")] == [
        ("PNG", ""), ("PNG", ""), ("JPG", "")]


@pytest.mark.slow
def test_screenshot_writes_a_readable_non_blank_png(tmp_path, seeds, private_settings):
    out = tmp_path / "shot.png"
    env = dict(os.environ)
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--screenshot", str(out), str(seeds[0]), str(seeds[2])],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    image = QImage(str(out))
    assert image.width() >= 1200 and image.height() >= 800
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50, "the screenshot looks blank"
    assert not list(Path(private_settings).iterdir()), "a screenshot must not write settings"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland displays are a Linux matter")
def test_without_a_display_the_window_says_so_instead_of_aborting():
    """Qt aborts the process when it finds no display; the app explains instead."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "reader"], capture_output=True, text=True, env=env,
                            timeout=60)
    assert result.returncode == 2
    assert "no graphical display" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_tag_store_that_cannot_be_opened_is_explained_in_a_dialog_too(capsys, tmp_path, monkeypatch, seeds, qtbot):
    """Started by double-clicking there is no terminal: the reason must be on screen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    (tmp_path / "a-file").write_text("not a folder")
    monkeypatch.setenv("PARALLAX_DATA_DIR", str(tmp_path / "a-file" / "data"))
    shown, tries = [], []

    def read_and_close_the_dialog():
        box = QApplication.activeModalWidget()
        if box is None:
            tries.append(1)
            if len(tries) < 200:  # 4 s, then give up: the assertions below say what is missing
                QTimer.singleShot(20, read_and_close_the_dialog)
            return
        shown.append((box.windowTitle(), box.text()))
        box.accept()

    QTimer.singleShot(20, read_and_close_the_dialog)
    assert main([str(seeds[0]), str(seeds[2])]) == 2
    assert "cannot create the tag folder" in capsys.readouterr().err
    assert shown and shown[0][0] == "Parallax cannot start"
    assert shown[0][1].startswith("Cannot create the tag folder")
