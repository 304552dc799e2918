"""Markdown articles must keep their text (footnotes, "[Label]: text" lines, autolinks, "C#")
and lose what a reader never sees (comments, scripts, table rules), in time linear in the
input.  Every example is invented."""

from __future__ import annotations

import pytest

from reader.core.markdown_text import markdown_to_text
from reader.core.markup import CELL_GAP


def paragraphs(markdown: str) -> list[str]:
    return markdown_to_text(markdown)[0].split("\n\n")


# --------------------------------------------------------------------------- reference definitions, footnotes

def test_footnotes_and_label_lines_are_text_but_link_definitions_go():
    markdown = ("# Storm hits coast\n\n"
                "The storm killed 12 people on Tuesday, officials said.[^1]\n\n"
                "[^1]: The toll was later revised to 14 by the regional health ministry.\n\n"
                "[Update]: The governor declared a state of emergency on Wednesday.\n\n"
                "See [the map][map] and [the list].\n\n"
                '[map]: https://example.com/map "The flood map"\n'
                "[the list]: <https://example.com/the list>\n")
    assert paragraphs(markdown) == [
        "Storm hits coast",
        "The storm killed 12 people on Tuesday, officials said.",
        "The toll was later revised to 14 by the regional health ministry.",
        "[Update]: The governor declared a state of emergency on Wednesday.",
        "See the map and [the list].",
    ]


# --------------------------------------------------------------------------- angle brackets, HTML

def test_autolinks_and_words_in_angle_brackets_keep_their_text():
    markdown = ("Contact the newsroom at <news@example.com> or call the <Ctrl> desk.\n"
                "Read <https://example.com/report> in <b>full</b>.\n")
    assert paragraphs(markdown) == [("Contact the newsroom at news@example.com or call the <Ctrl> desk. "
                                     "Read https://example.com/report in full.")]


def test_comments_scripts_and_styles_are_hidden_and_entities_decoded():
    markdown = ("# Storm hits coast\n\n"
                "<!-- Editor: do not publish the name of the second victim. -->\n\n"
                '<script>var tracking = "the storm killed nobody";</script>\n\n'
                "<style>\np { color: red }\n</style>\n\n"
                "The storm killed 12 people<!-- check --> on Tuesday.\n\n"
                "<!--\nA note over\nseveral lines.\n-->\n\n"
                "AT&amp;T said 40,000 homes lost power &mdash; the worst since 2004&#8217;s flood.\n\n"
                "Add a `<script>` tag, she said. R&D &notice stay as they are.\n")
    assert paragraphs(markdown) == [
        "Storm hits coast",
        "The storm killed 12 people on Tuesday.",
        "AT&T said 40,000 homes lost power — the worst since 2004’s flood.",
        "Add a <script> tag, she said. R&D &notice stay as they are.",
    ]


def test_a_comment_that_never_closes_hides_nothing():
    text = markdown_to_text("The storm killed 12 people. <!-- draft\n\nWinds reached 150 km/h.\n")[0]
    assert "Winds reached 150 km/h." in text


def test_comment_marks_in_a_code_block_are_code():
    assert paragraphs("Intro line.\n\n```\n<!-- kept -->\n```\n") == ["Intro line.", "<!-- kept -->"]


# --------------------------------------------------------------------------- headings

def test_closing_hashes_need_a_space_before_them():
    text, title, _ = markdown_to_text("# Learning C#\n\n## Storm hits coast ##\n\n### F# and C# #\n\nBody text.\n")
    assert title == "Learning C#"
    assert text.split("\n\n") == ["Learning C#", "Storm hits coast", "F# and C#", "Body text."]


# --------------------------------------------------------------------------- tables

def test_table_rules_vanish_and_rows_without_leading_pipes_are_rows():
    markdown = ("The storm killed 12 people on Tuesday, officials said.\n\n"
                "| Region | Deaths |\n|--|:-:|\n| North | 7 |\n| South | 5 |\n\n"
                "Region | Injured\n--- | ---\nNorth | 30\nSouth \\| East | 25\n\n"
                "<table><tr><td>West</td><td>2</td></tr></table>\n\n"
                "Ratings: AAA | AA+ stay unchanged.\n")
    blocks = paragraphs(markdown)
    gap = CELL_GAP
    assert blocks == [
        "The storm killed 12 people on Tuesday, officials said.",
        f"Region{gap}Deaths", f"North{gap}7", f"South{gap}5",
        f"Region{gap}Injured", f"North{gap}30", f"South | East{gap}25",
        f"West{gap}2",
        "Ratings: AAA | AA+ stay unchanged.",
    ]
    # Only table rows hold two spaces inside a line.
    assert [block for block in blocks if "  " in block] == blocks[1:8]


# --------------------------------------------------------------------------- linear time

# Each would take from seconds to hours with patterns that rescan the rest of the line for
# every opening mark; linear ones need well under a second for all of them.
PATHOLOGICAL = {
    "strong": "**a " * 25_000,
    "strong underscores": "__a " * 25_000,
    "strike": "~~a " * 25_000,
    "brackets": "[" * 50_000 + "]" * 50_000,
    "links": "[x](a" * 20_000,
    "images": "![x](a " * 15_000,
    "tags": "<a " * 33_000,
    "heading spaces": "# Storm" + " " * 100_000 + "x",
    "table rule spaces": "|-" + " " * 100_000 + "x|",
}


@pytest.mark.parametrize("line", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_pathological_lines_finish(line):
    text = markdown_to_text("Storm hits coast\n\n" + line + "\n")[0]
    assert text.startswith("Storm hits coast\n\n")
    assert len(text) > len("Storm hits coast\n\n")


# --------------------------------------------------------------------------- hidden parts end where CommonMark ends them

def test_a_comment_inside_a_line_must_close_within_its_paragraph():
    markdown = ("Councillor Lee wrote <!-- in her notes that the plan was late.\n\n"
                "The budget rises to 4 million.\n\n"
                "Route map: Oslo --> Bergen.\n")
    assert paragraphs(markdown) == ["Councillor Lee wrote <!-- in her notes that the plan was late.",
                                    "The budget rises to 4 million.", "Route map: Oslo --> Bergen."]


def test_a_script_inside_a_line_must_close_within_its_paragraph():
    markdown = "Type <script> to start.\n\nThe budget rises to 4 million.\n\nThen type </script>.\n"
    assert paragraphs(markdown) == ["Type to start.", "The budget rises to 4 million.", "Then type ."]


def test_comments_and_scripts_that_start_a_line_may_span_blank_lines():
    markdown = ("<!-- Editor:\n\nhold the second name.\n-->\n"
                "The storm killed 12 people <!-- two\nlines --> on Tuesday.\n\n"
                "<script>\nvar a = 1;\n\nvar b = 2;\n</script>\n\n"
                "Winds reached 150 km/h.\n")
    assert paragraphs(markdown) == ["The storm killed 12 people on Tuesday.", "Winds reached 150 km/h."]


def test_hiding_keeps_every_character_around_dotted_capital_i():
    # "İ".lower() is two characters: indexes found in a lowered copy are off by one per "İ".
    assert paragraphs("İstanbul İzmir <!-- hidden --> officials said the bridge would open.") == [
        "İstanbul İzmir officials said the bridge would open."]
    assert paragraphs("İİİİ <script>x</script> keep this text") == ["İİİİ keep this text"]
    assert paragraphs("İİ <STYLE>p {}</Style> and <!-- a --> the rest") == ["İİ and the rest"]


# --------------------------------------------------------------------------- private-use characters

def test_private_use_characters_are_not_taken_for_internal_marks():
    assert paragraphs("\ue0010\ue001") == ["0"]  # was an IndexError: code span number 0 of none
    assert paragraphs("Turnout was \ue0010\ue001 per cent, `up` 4 points.\n") == [
        "Turnout was 0 per cent, up 4 points."]
    assert paragraphs("North\ue000South are linked.\n") == ["NorthSouth are linked."]


@pytest.mark.parametrize("markdown, text", [
    ("It held 10<sup>6</sup> cells.", "It held 10⁶ cells."),
    ("It cost $4.2bn<sup>1</sup> in all.", "It cost $4.2bn in all."),
    ("Among patients<sup>[2]</sup> in May.", "Among patients in May."),
    ('See the note<sup><a href="#n1">3</a></sup> below.', "See the note below."),
    ("CO<sub>2</sub> rose.", "CO₂ rose."),
    ("On the 1<sup>st</sup> of May.", "On the 1st of May."),
])
def test_superscripts_in_markdown_read_as_in_html(markdown, text):
    assert paragraphs(markdown) == [text]
