"""Pages that separate paragraphs with <br><br> instead of <p> read as paragraphs (a blank line
between them, as </p><p> gives), and every sentence's offsets still point into the text.
Every example is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.document import load_document
from reader.core.markup import html_to_text
from reader.core.sentences import split_sentences

FIRST = "The storm killed 12 people on Tuesday, officials said."
SECOND = "Winds reached 150 km/h near the coast."
THIRD = "Rescue teams searched through the night."


@pytest.mark.parametrize("gap", ["<br><br>", "<br/><br/>", "<br>\n<br>", "<br> \n <br>", "<br><br><br>", "<BR>\n\n<BR />"])
def test_two_or_more_line_breaks_end_a_paragraph(gap):
    text, _title, _headings = html_to_text(f"<body><div>{FIRST}{gap}{SECOND}{gap}{THIRD}</div></body>")
    assert text == f"{FIRST}\n\n{SECOND}\n\n{THIRD}"


def test_br_br_gives_the_same_text_as_paragraph_elements():
    with_br, _, _ = html_to_text(f"<body><div>{FIRST}<br><br>{SECOND}</div></body>")
    with_p, _, _ = html_to_text(f"<body><p>{FIRST}</p><p>{SECOND}</p></body>")
    assert with_br == with_p


def test_one_line_break_stays_a_line_within_the_paragraph():
    text, _, _ = html_to_text(f"<body><p>{FIRST}<br>{SECOND}</p></body>")
    assert text == f"{FIRST}\n{SECOND}"


def test_pre_keeps_its_own_lines():
    text, _, _ = html_to_text("<body><pre>one\ntwo<br><br>three</pre></body>")
    assert "\n\n" not in text


def test_headings_split_by_br_br_stay_headings_with_exact_spans():
    text, _, headings = html_to_text(f"<body><h2>Storm<br><br>Aftermath</h2><p>{FIRST}</p></body>")
    assert [text[start:end] for start, end in headings] == ["Storm", "Aftermath"]


def test_sentence_offsets_are_exact_in_a_br_br_page(tmp_path: Path):
    page = (f"<html><head><title>Storm hits coast</title></head><body><div class='story'>\n"
            f"{FIRST}<br><br>\n{SECOND} It was the worst in years.<br><br>\n{THIRD}\n</div></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    document = load_document(path)
    sentences = split_sentences(document.text, document.headings, table_rows=True)
    assert [s.text for s in sentences if s.kind == "body"][:2] == [FIRST, SECOND]
    for sentence in sentences:
        assert document.text[sentence.start:sentence.end] == sentence.text
    # Each paragraph is its own: a blank line before the second and third.
    assert f"{FIRST}\n\n{SECOND}" in document.text
    assert f"years.\n\n{THIRD}" in document.text
