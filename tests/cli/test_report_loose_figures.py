"""The report's section of figures that differ between sentences not aligned, and its JSON key."""

import json

from reader.cli import main

A = """A financial adviser who stole £380,000 from clients has been jailed for six years and four months.

Gareth Pryce, 34, pleaded guilty at Cardiff Crown Court."""

B = """A financial adviser who stole £380,000 from clients has been jailed.

Gareth Pryce, 34, was sentenced to six years and eight months at Cardiff Crown Court."""


def _files(tmp_path):
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    return str(tmp_path / "a.txt"), str(tmp_path / "b.txt")


def test_report_lists_a_prison_term_given_in_two_links(tmp_path, capsys):
    assert main(["align", *_files(tmp_path)]) == 0
    out = capsys.readouterr().out
    section = out.split("== Figures that differ between sentences not aligned ==")[1].split("== Aligned ==")[0]
    assert 'A0 "six years and four months" / B1 "six years and eight months"' in section
    assert "    B: Gareth Pryce, 34, was sentenced to six years and eight months at Cardiff Crown Court." in section


def test_json_gives_the_loose_conflicts(tmp_path, capsys):
    assert main(["align", "--json", *_files(tmp_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(c["a"], c["b"], c["a_figure"], c["b_figure"]) for c in data["loose_conflicts"]] == [
        (0, 1, "six years and four months", "six years and eight months")]
    assert B[slice(*data["loose_conflicts"][0]["b_span"])] == "six years and eight months"
