"""Small things a command-line user runs into: a mistyped option, "-" for standard input, a
mistyped source for `tags list`, a file name that is not UTF-8, and help that names the window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def run_cli(*args, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_a_mistyped_option_is_told_with_the_commands_own_usage():
    result = run_cli("align", str(SEEDS[0]), str(SEEDS[1]), "--josn")
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert lines == ["usage: parallax align [-h] [--json] A B",
                     "parallax align: error: unrecognized arguments: --josn"]
    result = run_cli("tags", "list", "--sauce", "x")
    assert result.returncode == 2
    assert result.stderr.decode().splitlines()[-1] == "parallax tags list: error: unrecognized arguments: --sauce x"


def test_a_dash_for_standard_input_is_answered_plainly():
    result = run_cli("align", "-", str(SEEDS[0]))
    assert result.returncode == 2
    assert result.stderr.decode() == ("parallax: error: reading an article from standard input is not supported; "
                                      "save it to a file and give that file's path\n")


def test_tags_list_on_a_mistyped_source_says_there_is_no_such_file(tmp_path):
    result = run_cli("tags", "list", "--source", str(tmp_path / "nothere.txt"))
    assert result.returncode == 2
    assert result.stderr.decode().endswith("nothere.txt: no such file, and no tags are stored for it\n")
    present = tmp_path / "untagged.txt"
    present.write_text("An article nobody tagged yet.\n", encoding="utf-8")
    result = run_cli("tags", "list", "--source", str(present))
    assert (result.returncode, result.stdout.decode().strip()) == (0, f"no tags on {present}")


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="these file systems keep names in Unicode")
def test_a_file_name_that_is_not_utf8_comes_back_in_the_json_as_a_path_that_opens(tmp_path):
    name = b"caf\xe9 report.txt"
    try:
        (tmp_path / os.fsdecode(name)).write_bytes(SEEDS[0].read_bytes())
    except (OSError, UnicodeError):
        pytest.skip("the file system refuses a name that is not UTF-8")
    result = run_cli("align", os.fsdecode(name), str(SEEDS[1]), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    path = json.loads(result.stdout)["a"]["path"]
    assert os.path.exists(os.path.join(os.fsencode(tmp_path), os.fsencode(path)))  # not "caf? report.txt"


def test_top_level_help_names_the_window_and_the_screenshot():
    out = run_cli("--help").stdout.decode()
    assert "'parallax A B'" in " ".join(out.split()) and "--screenshot" in out
