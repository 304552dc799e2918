"""A failing standard output (a full disk) is one line and exit status 2, never a traceback
(QA report item 12).  The full disk is simulated: never write to /dev/full in tests."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tag_files import write_csv
from reader.cli import main, tags_command

ROOT = Path(__file__).resolve().parents[2]
FULL = "parallax: error: cannot write output: No space left on device\n"


class FullDisk(io.RawIOBase):
    """A raw stream every write to which fails as on a full disk."""

    def __init__(self, error=errno.ENOSPC):
        self.error = error

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        if self.error is None:  # the disk was cleared: the test is over
            return len(data)
        if self.error == errno.EPIPE:
            raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))
        raise OSError(self.error, os.strerror(self.error))


def full_stdout(monkeypatch, error=errno.ENOSPC) -> io.TextIOWrapper:
    """Buffered like the real stdout: small output fails only when flushed."""
    stream = io.TextIOWrapper(io.BufferedWriter(FullDisk(error)), encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stream)
    return stream


@pytest.fixture
def tagged(tmp_path, seeds) -> Path:
    """A store with one tag, on a private copy of seed 000."""
    (tmp_path / "a.txt").write_bytes(seeds[0].read_bytes())
    path = write_csv(tmp_path / "t.csv", [{"source": "a.txt", "quote": "Mr Medvedev", "tag": "disputed"}])
    assert main(["tags", "import", str(path)]) == 0
    return path


def run_on_full_disk(argv, monkeypatch, capsys, error=errno.ENOSPC) -> tuple[int, str]:
    capsys.readouterr()
    stream = full_stdout(monkeypatch, error)
    code = main(argv)
    monkeypatch.undo()
    stream.buffer.raw.error = None  # so the stream's own close at garbage collection does not fail
    return code, capsys.readouterr().err


@pytest.mark.parametrize("argv", [["tags", "list"], ["tags", "export", "--json", "-"]])
def test_tags_output_on_a_full_disk(tagged, monkeypatch, capsys, argv):
    assert run_on_full_disk(argv, monkeypatch, capsys) == (2, FULL)


def test_csv_export_to_stdout_on_a_full_disk(tagged, monkeypatch, capsys):
    # `--csv -` opens its own stream on stdout's file descriptor: make that one full too.
    monkeypatch.setattr(tags_command, "open", lambda *a, **k: io.TextIOWrapper(io.BufferedWriter(FullDisk())),
                        raising=False)
    monkeypatch.setattr(sys.stdout, "fileno", lambda: 1, raising=False)
    assert main(["tags", "export", "--csv", "-"]) == 2
    assert capsys.readouterr().err == FULL


def test_import_summary_on_a_full_disk(tagged, monkeypatch, capsys):
    assert run_on_full_disk(["tags", "import", str(tagged)], monkeypatch, capsys) == (2, FULL)


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_align_on_a_full_disk(seeds, monkeypatch, capsys, json_flag):
    argv = ["align", str(seeds[0]), str(seeds[1]), *json_flag]
    assert run_on_full_disk(argv, monkeypatch, capsys) == (2, FULL)


def test_a_closed_pipe_is_still_success(seeds, monkeypatch, capsys):
    argv = ["align", str(seeds[0]), str(seeds[1])]
    assert run_on_full_disk(argv, monkeypatch, capsys, errno.EPIPE) == (0, "")


@pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX resource limits")
def test_the_real_process_says_one_line_and_exits_2(seeds, tmp_path):
    """End to end, the interpreter's own flush at exit must not fail again (a second traceback,
    exit 120).  A file-size limit makes writes to stdout fail (EFBIG) as a full disk would."""
    import resource
    import signal

    out = tmp_path / "out"
    out.write_bytes(b"x" * 2_000_000)  # already over the limit: every further write fails

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, 1_000_000))

    for argv in (["align", seeds[0], seeds[1]], ["tags", "list"]):
        with open(out, "ab") as stdout:
            result = subprocess.run([sys.executable, "-m", "reader", *map(str, argv)], cwd=ROOT, stdout=stdout,
                                    stderr=subprocess.PIPE, text=True, timeout=120, preexec_fn=limit)
        assert (result.returncode, result.stderr) == (2, "parallax: error: cannot write output: File too large\n")


@pytest.mark.parametrize("argv", [["align", "A", "B"], ["align", "A", "B", "--json"], ["tags", "list"]])
def test_no_standard_output_at_all_is_one_line(seeds, monkeypatch, capsys, argv):
    """Started with standard output closed (">&-"), Python has no sys.stdout."""
    argv = [str(seeds[0]) if arg == "A" else str(seeds[1]) if arg == "B" else arg for arg in argv]
    monkeypatch.setattr(sys, "stdout", None)
    assert main(argv) == 2
    assert capsys.readouterr().err == "parallax: error: cannot write output: there is no standard output\n"


def test_a_report_redirected_through_a_narrow_encoding_is_written_as_utf8(tmp_path):
    """On Windows, output redirected to a file is in the ANSI code page, which has no Cyrillic."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Шторм обрушился на побережье\n\nВо вторник погибли 12 человек, сообщили власти.\n", encoding="utf-8")
    b.write_text("Шторм обрушился на побережье\n\nВо вторник погибли 14 человек, сообщили власти.\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "reader", "align", str(a), str(b)], cwd=ROOT, capture_output=True,
                            env={**os.environ, "PYTHONIOENCODING": "cp1252"}, timeout=120)
    assert (result.returncode, result.stderr) == (0, b"")
    assert "погибли" in result.stdout.decode("utf-8")
