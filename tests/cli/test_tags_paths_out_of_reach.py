"""Tag commands on sources the system will not look at: a name too long for the file system, a
folder this user may not enter.  ``Path.is_file()`` raises for these; each must be an answer."""

from __future__ import annotations

import os

import pytest

from reader.cli import main
from reader.core.pathstate import FILE, MISSING, UNREACHABLE, file_state

TOO_LONG = "/tmp/" + "a" * 300 + ".txt"  # one name over the 255 bytes most file systems allow


def run(*args, capsys) -> tuple[int, str, str]:
    code = main(["tags", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_what_is_at_a_path_is_an_answer_not_an_error(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Storm batters coast.", encoding="utf-8")
    assert file_state(article) == FILE
    assert file_state(tmp_path / "gone.txt") == MISSING
    assert file_state(tmp_path) == MISSING  # a folder is no article
    assert file_state(TOO_LONG) == UNREACHABLE


def test_importing_a_tag_on_a_name_too_long_says_why(tmp_path, capsys):
    rows = tmp_path / "tags.csv"
    rows.write_text(f"source,quote,tag\n{TOO_LONG},Storm batters coast,corroborated\n", encoding="utf-8")
    code, out, err = run("import", rows, capsys=capsys)
    assert code == 2
    assert "row 2" in err and "cannot be read" in err
    assert "Traceback" not in err


def test_listing_the_tags_of_a_name_too_long_finds_none(capsys):
    code, out, err = run("list", "--source", TOO_LONG, capsys=capsys)
    assert code == 0
    assert out.startswith("no tags on ")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="the superuser enters any folder; the long-name tests cover the same path checks")
def test_tags_on_a_file_in_a_locked_folder_are_listed_as_saved(tmp_path, capsys):
    folder = tmp_path / "locked"
    folder.mkdir()
    article = folder / "art.txt"
    article.write_text("Storm batters coast\n\nA storm hit the coast on Monday.\n", encoding="utf-8")
    rows = tmp_path / "tags.csv"
    rows.write_text(f"source,quote,tag\n{article},Storm batters coast,corroborated\n", encoding="utf-8")
    assert run("import", rows, capsys=capsys)[0] == 0
    folder.chmod(0)
    try:
        code, out, err = run("list", capsys=capsys)
        assert code == 0
        assert "[file out of reach: as last saved]" in out and "Storm batters coast" in out
        assert run("export", "--csv", tmp_path / "out.csv", capsys=capsys)[0] == 0
    finally:
        folder.chmod(0o755)
