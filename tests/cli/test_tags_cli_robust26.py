"""`parallax tags` on inputs a user may give it: each gets one line and exit status 2, or works;
never a traceback, a hang, or an export that replaces an article."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tag_files import read_export, write_csv
from reader.cli import main

ROOT = Path(__file__).resolve().parents[2]
OSLO = "Mr Medvedev said he was speaking from Oslo."


def run(*args, capsys) -> tuple[int, str, str]:
    code = main(["tags", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str, message: str) -> None:
    assert err.startswith("parallax: error: ") and err.count("\n") == 1 and "Traceback" not in err, err
    assert message in err, err


def test_a_note_cut_in_the_middle_of_an_emoji_imports_and_the_summary_says_what_was_replaced(sources, capsys):
    path = sources[0].parent / "cut.json"
    path.write_text('{"type": "Annotation", "body": [{"purpose": "tagging", "value": "corroborated"}, '
                    '{"purpose": "commenting", "value": "Checked \\ud83d"}], '
                    f'"target": {{"source": "a.txt", "selector": {{"type": "TextQuoteSelector", "exact": "{OSLO}"}}}}}}',
                    encoding="utf-8")
    code, out, err = run("import", path, capsys=capsys)
    assert code == 0 and "imported 1 tag" in out and err == ""
    assert "annotation 1: " in out and "\ufffd" in out


def test_after_importing_a_broken_partner_every_export_still_works(sources, tmp_path, capsys):
    partners = '[{"source": "b.txt", "quote": "Oslo\\ud800"}, {"source": "b.txt", "quote": "Oslo"}]'
    path = write_csv(tmp_path / "p.csv", [{"source": "a.txt", "quote": OSLO, "tag": "corroborated",
                                           "partners_json": partners}])
    assert run("import", path, capsys=capsys)[0] == 0
    code, _, err = run("export", "--csv", tmp_path / "out.csv", "--json", tmp_path / "out.json", capsys=capsys)
    assert code == 0 and "Traceback" not in err
    assert read_export(tmp_path / "out.csv")[0]["partner_quote"] == "Oslo\ufffd"


def test_standard_input_is_not_read_and_says_so(capsys):
    code, _, err = run("import", "-", capsys=capsys)
    assert code == 2
    one_line_error(err, "reading tags from standard input is not supported")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_pipe_with_no_writer_is_refused_at_once(tmp_path):
    """The real command line: before, it waited forever for a writer."""
    os.mkfifo(tmp_path / "fifo.csv")
    result = subprocess.run([sys.executable, "-m", "reader", "tags", "import", str(tmp_path / "fifo.csv")], cwd=ROOT,
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    one_line_error(result.stderr, "fifo.csv: is not a regular file")


def test_listing_the_tags_of_a_folder_says_it_is_a_folder(tmp_path, capsys):
    (tmp_path / "dir_named.txt").mkdir()
    code, _, err = run("list", "--source", tmp_path / "dir_named.txt", capsys=capsys)
    assert code == 2
    one_line_error(err, "dir_named.txt: is a folder, not a file")


def test_an_import_over_the_size_limit_is_one_line(tmp_path, capsys):
    path = tmp_path / "million.csv"
    with open(path, "wb") as handle:
        handle.write(b"source,quote,tag\r\n")
        handle.truncate(111 * 1024 * 1024)  # sparse
    code, _, err = run("import", path, capsys=capsys)
    assert code == 2
    one_line_error(err, "million.csv: 111 MB is too large for a tag file (limit 50 MB)")


def test_export_does_not_overwrite_an_article_without_force(sources, capsys):
    article = sources[0].read_bytes()
    code, _, err = run("export", "--csv", sources[0], capsys=capsys)
    assert code == 2
    one_line_error(err, "already exists and is not a tag file")
    assert "--force" in err and sources[0].read_bytes() == article
    code, _, err = run("export", "--csv", sources[0], "--force", capsys=capsys)
    assert code == 0 and read_export(sources[0]) == []


def test_export_refuses_both_files_before_writing_either(sources, tmp_path, capsys):
    code, _, err = run("export", "--csv", tmp_path / "new.csv", "--json", sources[1], capsys=capsys)
    assert code == 2 and "b.txt already exists" in err
    assert not (tmp_path / "new.csv").exists()


def test_export_replaces_its_own_earlier_export(tmp_path, capsys):
    assert run("export", "--csv", tmp_path / "t.csv", "--json", tmp_path / "t.json", capsys=capsys)[0] == 0
    assert run("export", "--csv", tmp_path / "t.csv", "--json", tmp_path / "t.json", capsys=capsys)[0] == 0


def test_the_export_help_says_what_is_replaced(capsys):
    with pytest.raises(SystemExit):
        main(["tags", "export", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--force" in out and "not a tag file" in out
