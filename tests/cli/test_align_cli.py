"""`parallax align A B` on the sample story: the report and the JSON shape."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, text=True, cwd=ROOT,
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def seed_json():
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    result = run_cli("align", str(seeds[0]), str(seeds[2]), "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout), seeds


def test_json_has_the_documented_shape(seed_json):
    data, seeds = seed_json
    for side, path in (("a", seeds[0]), ("b", seeds[2])):
        doc = data[side]
        assert doc["path"] == str(path)
        assert isinstance(doc["title"], str) and doc["title"]
        text = path.read_text(encoding="utf-8-sig")
        for sentence in doc["sentences"]:
            assert set(sentence) >= {"start", "end", "text", "kind"}
            assert sentence["kind"] in {"body", "heading", "boilerplate"}
            assert text[sentence["start"] : sentence["end"]] == sentence["text"]
    assert data["links"], "the two reports of one story share sentences"
    for link in data["links"]:
        assert set(link) >= {"a", "b", "score", "relation", "diff", "numbers"}
        assert 0 <= link["a"] < len(data["a"]["sentences"])
        assert 0 <= link["b"] < len(data["b"]["sentences"])
        assert 0.0 <= link["score"] <= 1.0
        assert link["relation"] in {"equivalent", "related"}
        assert isinstance(link["diff"], list)
        numbers = link["numbers"]
        assert set(numbers) == {"agree", "conflict", "only_a", "only_b", "hedged_a", "hedged_b",
                                "directed_a", "directed_b", "filing_dates"}
        a_text = data["a"]["sentences"][link["a"]]["text"]
        b_text = data["b"]["sentences"][link["b"]]["text"]
        for x, y in numbers["agree"] + numbers["conflict"]:
            assert x in a_text and y in b_text  # surface forms as they appear
        assert all(x in a_text for x in numbers["only_a"])
        assert all(y in b_text for y in numbers["only_b"])
    assert data["warning"] is None  # two reports of one story


def test_links_only_join_body_sentences(seed_json):
    data, _ = seed_json
    for link in data["links"]:
        assert data["a"]["sentences"][link["a"]]["kind"] == "body"
        assert data["b"]["sentences"][link["b"]]["kind"] == "body"


def test_the_sledgehammer_month_is_reported_as_a_conflict(seed_json):
    """000 says the video was shown in November, 002 says December."""
    data, _ = seed_json
    conflicts = [pair for link in data["links"] for pair in link["numbers"]["conflict"]]
    assert ["November", "December"] in conflicts


def test_json_suggests_a_tag_per_sentence(seed_json):
    """Each sentence carries the tag the window would suggest, as the README documents it."""
    data, _ = seed_json
    for side in ("a", "b"):
        sentences = data[side]["sentences"]
        links_of = {i: [l for l in data["links"] if l[side] == i] for i in range(len(sentences))}
        for i, sentence in enumerate(sentences):
            assert sentence["suggested"] in {"corroborated", "single-source", "disputed", None}
            links = links_of[i]
            if sentence["kind"] != "body":
                expected = None
            elif any(l["numbers"]["conflict"] for l in links):
                expected = "disputed"
            elif any(l["relation"] == "equivalent" for l in links):
                expected = "corroborated"
            else:
                expected = None if links else "single-source"
            assert sentence["suggested"] == expected, (side, i, sentence["text"])
        single = [i for i, s in enumerate(sentences) if s["suggested"] == "single-source"]
        assert single == data["unmatched"][side]
    november = next(s for s in data["a"]["sentences"] if "November" in s["text"])
    assert november["suggested"] == "disputed"
    assert {s["suggested"] for side in "ab" for s in data[side]["sentences"]} == {
        "corroborated", "single-source", "disputed", None}


def test_report_names_the_suggested_tags():
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    out = run_cli("align", str(seeds[0]), str(seeds[2])).stdout
    conflicts = out[out.index("== Number conflicts =="):out.index("== Aligned ==")]
    headers = [line for line in conflicts.splitlines() if "<->" in line]
    assert headers and all(line.endswith("; suggested: disputed") for line in headers)
    aligned = out[out.index("== Aligned =="):out.index("== Only in A ==")]
    for line in aligned.splitlines():
        if "<->" in line and " equivalent, " in line:
            assert line.endswith("; suggested: corroborated")
    assert "== Only in A ==  (suggested: single-source)" in out
    assert "== Only in B ==  (suggested: single-source)" in out


def test_report_lists_conflicts_first_then_pairs_then_unmatched():
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    result = run_cli("align", str(seeds[0]), str(seeds[2]))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    positions = [out.index(h) for h in ("== Number conflicts ==", "== Aligned ==", "== Only in A ==", "== Only in B ==")]
    assert positions == sorted(positions)
    assert re.search(r"\[-[^\]]*November[^\]]*-\]", out)  # changed words marked in A
    assert re.search(r"\{\+[^}]*December[^}]*\+\}", out)  # ... and in B
    assert "\x1b[" not in out  # no colour codes when not writing to a terminal


def test_report_shows_a_hedged_figure_as_fitting_not_equal(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("More than 100 people died in the floods in Kerala on Monday, officials said.\n\n"
                 "The river rose 3 metres.\n", encoding="utf-8")
    b.write_text("Officials said 150 people died in the Kerala floods on Monday.\n\n"
                 "The river rose ~3 metres.\n", encoding="utf-8")
    out = run_cli("align", str(a), str(b)).stdout
    assert 'numbers agree: "more than 100" fits "150", Monday' in out
    assert "numbers agree: 3 metres" in out  # "~3 metres" is the same figure
    assert "== Number conflicts ==" not in out
    links = json.loads(run_cli("align", str(a), str(b), "--json").stdout)["links"]
    assert [(link["numbers"]["hedged_a"], link["numbers"]["hedged_b"]) for link in links] == [
        ([["100", "more than"]], []), ([], [["3 metres", "~"]])]


def test_json_says_which_figures_are_levels_of_a_change(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Unemployment in Norland rose from 10% to 12% last year, the ministry said.\n", encoding="utf-8")
    b.write_text("Unemployment in Norland fell from 12% to 10% last year, the ministry said.\n", encoding="utf-8")
    [link] = json.loads(run_cli("align", str(a), str(b), "--json").stdout)["links"]
    numbers = link["numbers"]
    assert numbers["conflict"] == [["10%", "12%"], ["12%", "10%"]]
    assert numbers["directed_a"] == [["10%", "from"], ["12%", "to"]]
    assert numbers["directed_b"] == [["12%", "from"], ["10%", "to"]]


def test_usage_errors_are_one_line_and_exit_2():
    result = run_cli("align", "only-one-file.txt")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_report_keeps_each_sentence_of_hard_wrapped_text_on_its_line(tmp_path):
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    paragraphs = seeds[0].read_text(encoding="utf-8-sig").split("\n\n")
    wrapped = tmp_path / "wrapped.txt"
    wrapped.write_text("\n\n".join(textwrap.fill(p, 60) for p in paragraphs), encoding="utf-8")
    out = run_cli("align", str(wrapped), str(seeds[2])).stdout
    body = out.split("\n", 3)[3]  # past the two title lines and the summary
    assert "    A: " in body and "  A" in body.split("== Only in A ==")[1]
    for line in body.splitlines():
        # Every line is a section heading, an indented entry, or a blank between entries.
        assert not line or line.startswith(("==", "  ")), line


def test_report_keeps_the_joiners_that_make_one_emoji_or_shape_a_word(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Wildfire update\n\nFire crews reached the ridge on Thursday 👩\u200d🚒.\n\n"
                 "The resi\u00addents of Pine\u200dHollow left on Friday.\n\n"
                 "Nobody was hurt in the blaze, the sheriff said ❤\ufe0f\u200d🔥.\n", encoding="utf-8")
    b.write_text("Wildfire update\n\nFire crews reached the ridge on Thursday.\n\n"
                 "Residents of Pine Hollow were told to leave ۵ می\u200cروند.\n", encoding="utf-8")
    out = run_cli("align", str(a), str(b)).stdout
    body = out.split("\n", 3)[3]  # past the two title lines and the summary
    # One picture each (a firefighter; a heart on fire), not two emoji side by side.
    assert "Thursday 👩\u200d🚒." in body
    assert "said ❤\ufe0f\u200d🔥." in body
    assert "می\u200cروند" in body  # a Persian word keeps its non-joiner
    # Between ASCII letters the invisible characters still go.
    assert "residents of" in body and "PineHollow" in body
    assert "\u00ad" not in body
    # The JSON keeps the text exactly, as before.
    data = json.loads(run_cli("align", str(a), str(b), "--json").stdout)
    assert "Thursday 👩\u200d🚒." in data["a"]["sentences"][1]["text"]


def test_a_pair_of_different_stories_is_warned_about_in_the_report_and_the_json():
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    other_story = ROOT / "tests" / "data" / "furniture" / "01_wire_flood.txt"
    report = run_cli("align", str(seed), str(other_story))
    assert report.returncode == 0, report.stderr
    warning = report.stdout.splitlines()[3]
    assert warning.startswith("Warning: ") and "may not report the same story" in warning
    data = json.loads(run_cli("align", str(seed), str(other_story), "--json").stdout)
    assert data["warning"] == warning.removeprefix("Warning: ")


HOSTILE = "Storm \x1b[31mbatters\x1b[0m coast \x1b]0;pwned\x07 officials said.\x1b[2K A \x9b2J storm hit on Monday."


def test_an_articles_control_characters_are_shown_not_obeyed(tmp_path):
    """Escape sequences in a page must not recolour, retitle or erase the reader's terminal."""
    from reader.cli.report import render_report
    from reader.core.compare import compare
    from reader.core.document import document_from_text

    a = tmp_path / "a.txt"
    # Windows line endings inside a paragraph are line breaks, joined as spaces, not symbols
    a.write_bytes(f"Storm batters coast\r\n\r\n{HOSTILE}\r\nIt hit the coast\r\nhard.\r\n".encode())
    b = tmp_path / "b.txt"
    b.write_text("Storm batters coast\n\nA storm hit the coast on Monday, officials said.\n", encoding="utf-8")
    result = run_cli("align", str(a), str(b))
    assert result.returncode == 0, result.stderr
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", result.stdout)
    shown = result.stdout.replace("[-", "").replace("-]", "")  # the words the diff marks as A's own
    assert "␛[31mbatters␛[0m" in shown and "pwned␇" in shown
    assert "␍" not in result.stdout and "It hit the coast hard." in shown

    # In colour, the only escape sequences are the report's own.
    comparison = compare(document_from_text(a.read_bytes().decode()),
                         document_from_text(b.read_text(encoding="utf-8")))
    coloured = render_report(comparison, colour=True)
    assert "\x1b[1m== Aligned ==\x1b[0m" in coloured
    assert set(re.findall("\x1b\\[[0-9;]*m", coloured)) <= {"\x1b[1m", "\x1b[0m", "\x1b[31;1m", "\x1b[32;1m"}
    assert "\x07" not in coloured and "\x1b]" not in coloured and "\x9b" not in coloured


def test_a_change_s_direction_stands_outside_the_quoted_figure(tmp_path):
    # "up" is read from "rose": inside the quotation marks it read as the writer's word (a QA pass).
    from reader.cli.report import _ledger_lines
    from reader.core.compare import compare
    from reader.core.document import document_from_text

    story = " The bank's board met on Tuesday in the capital. Analysts had expected no change at all."
    comparison = compare(document_from_text("Bank shares rose 0.6% in early trading on Tuesday." + story),
                         document_from_text("Bank shares gained 0.8 per cent in early trading on Tuesday." + story))
    (link,) = [link for link in comparison.links if link.numbers.conflict]
    assert _ledger_lines(link.numbers)[0] == '    numbers conflict: up "0.6%" (A) vs up "0.8 per cent" (B)'


def test_report_calls_out_a_changed_name_and_a_claim_one_side_only_alleges(tmp_path):
    """Beside the marked words, a place put in another's place and a claim one report only alleges
    get a line each; plain attribution moved around ("said" / "told") and a name one report
    adds ("Daniel Hirst" / "Hirst") get none."""
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Prosecutor Daniel Hirst said the money paid for a villa in Portugal, two cars and school fees.\n\n"
                 "The landlord ignored repeated warnings about the damp, the council said.\n", encoding="utf-8")
    b.write_text("Prosecutor Hirst told jurors the money paid for a villa in Spain, two cars and school fees.\n\n"
                 "The landlord allegedly ignored repeated warnings about the damp.\n", encoding="utf-8")
    out = run_cli("align", str(a), str(b)).stdout
    called_out = [line.strip() for line in out.splitlines() if "differ:" in line or "hedg" in line]
    assert called_out == ['names differ: "Portugal" (A) vs "Spain" (B)', 'hedged only in B: "allegedly"']


def test_report_calls_out_a_name_spelled_another_way_inside_a_reworded_clause(tmp_path):
    """"Whitlock" / "Whitlow" sits in a longer change ("said the result was" / "called the vote"); a
    possessive ("Unite" / "Unite's") and a month are no change of name."""
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Unite regional officer Sharon Whitlock said in March the result was a victory for every driver.\n",
                 encoding="utf-8")
    b.write_text("Unite's regional officer, Sharon Whitlow, called the March vote a victory for every driver.\n",
                 encoding="utf-8")
    out = run_cli("align", str(a), str(b)).stdout
    assert [line.strip() for line in out.splitlines() if "differ:" in line] == [
        'names differ: "Whitlock" (A) vs "Whitlow" (B)']


def test_headlines_whose_figures_differ_are_shown_first_and_in_the_json(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    body = "\n\nRegulators said 212 burns had been reported since March, the company said on Monday.\n"
    a.write_text("BrewMate recalls 1.4 million coffee makers" + body, encoding="utf-8")
    b.write_text("BrewMate recalls 410,000 coffee makers" + body, encoding="utf-8")
    out = run_cli("align", str(a), str(b)).stdout
    block = out[out.index("== Headlines =="):out.index("== Aligned ==")]
    assert 'numbers conflict: "1.4 million" (A) vs "410,000" (B)' in block
    data = json.loads(run_cli("align", str(a), str(b), "--json").stdout)
    assert (data["headlines"]["a"], data["headlines"]["b"]) == (0, 0)
    assert data["headlines"]["numbers"]["conflict"] == [["1.4 million", "410,000"]]
    assert data["standfirsts"] is None  # neither article has one
    same = tmp_path / "same.txt"
    same.write_text("BrewMate recalls 1.4 million coffee makers" + body.replace("Monday", "Tuesday"), encoding="utf-8")
    assert "== Headlines ==" not in run_cli("align", str(a), str(same)).stdout  # figures alike: nothing to show


@pytest.mark.parametrize("a_name, b_name, differ", [
    ("Whitlock", "Whitlow", True), ("Pryce", "Price", True), ("Marta", "Maria", True),
    ("Ukraine", "Ukrainian", False), ("Palestine", "Palestinian", False), ("Russia", "Russian", False),
    ("Greece", "Greek", False),
])
def test_a_name_spelled_another_way_is_told_from_a_word_made_from_it(a_name, b_name, differ):
    from reader.cli.report import _spelled_apart

    assert bool(_spelled_apart([a_name], [b_name])) is differ
