"""Errors the command line said wrongly: a file name starting with "-" taken for an option (and
blamed on the file after it), a line break in a file name splitting the error line, an error written
into standard output when standard error is closed, and a file name under the C locale shown as
surrogate escapes.  Each case is run as the user runs it, in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ("Storm batters northern coast\n\nA powerful storm hit the northern coast on Monday, officials said.\n\n"
           "At least 12 people were injured and 3,000 homes lost power overnight.\n")


def parallax(*args: str | bytes, cwd: Path, env: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reader", *args], cwd=cwd, capture_output=True,
                          env={**os.environ, **(env or {})}, check=False, **kwargs)


@pytest.fixture
def folder(tmp_path) -> Path:
    (tmp_path / "-a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("12", "14"), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("args", [("-a.txt", "b.txt"), ("b.txt", "-a.txt"), ("b.txt", "b.txt", "-a.txt")],
                         ids=["first", "second", "extra"])
def test_a_file_name_starting_with_a_dash_is_said_to_be_taken_for_an_option(folder, args):
    run = parallax("align", *args, cwd=folder, text=True)
    assert run.returncode == 2 and run.stdout == ""
    message = run.stderr.splitlines()[-1]
    assert "-a.txt was taken for an option" in message
    assert "use -- before file names that start with -" in message and "./-a.txt" in message
    assert "required" not in message and "Traceback" not in run.stderr


def test_the_ways_the_message_offers_work(folder):
    for args in (("--", "-a.txt", "b.txt"), ("./-a.txt", "b.txt")):
        run = parallax("align", "--json", *args, cwd=folder, text=True)
        assert run.returncode == 0, run.stderr
        assert '"path": "' + args[-2] in run.stdout


def test_a_mistyped_option_is_still_called_unrecognised(folder):
    run = parallax("align", "b.txt", "b.txt", "--josn", cwd=folder, text=True)
    assert run.returncode == 2
    assert run.stderr.splitlines()[-1] == "parallax align: error: unrecognized arguments: --josn"


def test_a_line_break_in_a_file_name_keeps_the_error_on_one_line(folder):
    run = parallax("align", "no\nsuch.txt", "b.txt", cwd=folder, text=True)
    assert run.returncode == 2
    assert run.stderr == "parallax: error: no\u240asuch.txt: no such file\n"


@pytest.mark.parametrize("json", [False, True])
def test_with_standard_error_closed_nothing_is_written_to_standard_output(folder, json):
    """`parallax align A B --json 2>&- | consumer`: the error goes nowhere, never into the JSON."""
    args = ["missing.txt", "b.txt"] + (["--json"] if json else [])
    run = subprocess.run([sys.executable, "-m", "reader", "align", *args], cwd=folder, stdout=subprocess.PIPE,
                         text=True, check=False, preexec_fn=lambda: os.close(2))
    assert run.returncode == 2
    assert run.stdout == ""


@pytest.mark.skipif(sys.platform == "win32", reason="the C locale and byte file names are POSIX's")
def test_a_file_name_under_the_c_locale_is_shown_as_typed(folder):
    run = parallax("align", "nö.txt".encode(), "b.txt", cwd=folder,
                   env={"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""})  # empty: not set
    assert run.returncode == 2
    assert run.stderr == "parallax: error: nö.txt: no such file\n".encode()


@pytest.mark.skipif(sys.platform == "win32", reason="byte file names are POSIX's")
def test_a_file_name_that_is_not_utf8_is_shown_with_its_byte_escaped(folder):
    run = parallax("align", b"caf\xe9.txt", "b.txt", cwd=folder, env={"LC_ALL": "C.UTF-8"})
    assert run.returncode == 2
    assert run.stderr == b"parallax: error: caf\\xe9.txt: no such file\n"
