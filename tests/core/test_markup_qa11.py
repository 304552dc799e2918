"""A web page's headline is its <h1> when the <title> (the tab's label, worded for search engines, the outlet's
name beside it) says something else; a logo's or a section's <h1> still leaves the title the headline.
Every page here is invented."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text, load_document
from reader.core.markup import html_to_text
from reader.core.sentences import document_sentences

H1 = "Thousands flee as Mount Serak volcano erupts"
TITLE = "Volcano erupts on Serak island - Global Wire"
STORY = ("<p>Officials said 5,300 residents of six villages had been moved to shelters.</p>"
         "<p>Lava ran down the east flank into empty forest.</p>")


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{body}{STORY}</body></html>"


def _kinds(tmp_path, page: str) -> tuple[str, dict[str, tuple[str, str]]]:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    document = load_document(path)
    return document.title, {s.text: (s.kind, s.reason) for s in document_sentences(document)}


def test_the_h1_is_the_headline_over_a_title_that_words_it_otherwise(tmp_path):
    title, kinds = _kinds(tmp_path, _page(TITLE, f"<h1>{H1}</h1>"))
    assert title == H1
    assert kinds[H1] == ("heading", "headline")
    assert TITLE not in kinds  # the tab's label is not the page's text
    assert kinds["Officials said 5,300 residents of six villages had been moved to shelters."] == ("body", "")


def test_the_h1_headline_is_the_one_compared(tmp_path):
    path = tmp_path / "a.html"
    path.write_text(_page(TITLE, "<h1>Thousands flee as Mount Serak volcano erupts, 5,300 moved</h1>"), encoding="utf-8")
    other = document_from_text("Mount Serak erupts, 3,500 moved from homes\n\n"
                               "Officials said 5,300 residents of six villages had been moved to shelters.\n")
    comparison = compare(load_document(path), other)
    assert comparison.headlines is not None
    assert comparison.a_sentences[comparison.headlines.a].text.startswith("Thousands flee")
    assert [(x.surface, y.surface) for x, y in comparison.headlines.numbers.conflict] == [("5,300", "3,500")]


@pytest.mark.parametrize("logo", [
    "<header><h1><a href='/'>Global Wire</a></h1></header>",  # the outlet's name, as the title ends with it
    "<h1>World</h1>",  # a section's name
])
def test_a_logo_or_section_h1_leaves_the_title_the_headline(logo):
    text, title, _ = html_to_text(_page(TITLE, logo))
    assert title == TITLE
    assert text.startswith(TITLE + "\n\n")


def test_a_title_that_is_the_h1_and_the_outlets_name_gives_the_h1(tmp_path):
    title, kinds = _kinds(tmp_path, _page(f"{H1} | Global Wire", f"<h1>{H1}</h1>"))
    assert title == H1
    assert kinds[H1] == ("heading", "headline")
