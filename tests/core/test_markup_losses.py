"""HTML pages must not lose story text to the dropping of page chrome: forms that wrap the page,
void or unclosed elements, class names that only look like chrome, and an icon's <title>; nor gain
text a reader does not see (hidden content) or numbers the page does not print (a superscript run
into the figure before it).  Every example is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.document import load_document
from reader.core.markup import html_to_text
from reader.core.numbers import find_numbers

STORY = ("<p>The storm killed 12 people on Tuesday, officials said.</p>"
         "<p>Winds reached 150 km/h near the coastal town, forecasters said.</p>"
         "<p>Rescue teams searched through the night for survivors.</p>")
SENTENCES = ("The storm killed 12 people", "Winds reached 150 km/h", "Rescue teams searched")


def text_of(tmp_path: Path, page: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return load_document(path).text


def assert_story(text: str) -> None:
    for sentence in SENTENCES:
        assert sentence in text, sentence


# --------------------------------------------------------------------------- forms

def test_a_form_around_the_whole_page_keeps_the_article(tmp_path):
    # ASP.NET WebForms wrap the whole body in one <form>.
    page = ("<html><head><title>Storm hits coast - Daily News</title></head><body>"
            '<form method="post" action="./article.aspx?id=123" id="aspnetForm">'
            '<input type="hidden" name="__VIEWSTATE" value="abc">'
            '<div class="search"><label for="q">Search the site</label><input id="q"><button>Go</button></div>'
            f'<div id="main"><h1>Storm hits coast</h1>{STORY}</div></form></body></html>')
    text = text_of(tmp_path, page)
    assert_story(text)
    assert text.startswith("Storm hits coast\n\nThe storm killed")
    for control in ("Search the site", "Go"):  # the form's controls still go
        assert control not in text


def test_small_forms_in_a_page_still_go(tmp_path):
    page = (f"<html><body><article><h1>Storm hits coast</h1>{STORY}"
            "<form><h3>Leave a comment</h3><p>Your email address will not be published.</p>"
            "<label>Name</label><input name='n'><textarea>Say something</textarea></form>"
            "</article></body></html>")
    text = text_of(tmp_path, page)
    assert_story(text)
    for furniture in ("Leave a comment", "email address", "Name", "Say something"):
        assert furniture not in text


# --------------------------------------------------------------------------- void and unclosed elements

def test_a_void_element_never_opens_a_dropped_region(tmp_path):
    page = ("<html><body><article><h1>Storm hits coast</h1>"
            "<p>The storm killed 12 people on Tuesday, officials said.</p>"
            '<embed src="clip.swf" type="application/x-shockwave-flash" width="400" height="300">'
            "<p>Winds reached 150 km/h near the coastal town, forecasters said.</p>"
            "<p>Rescue teams searched through the night for survivors.</p></article></body></html>")
    assert_story(text_of(tmp_path, page))


def test_an_unclosed_dropped_element_does_not_swallow_the_page(tmp_path):
    unclosed_button = f"<html><body><h1>Storm hits coast</h1><button>Share{STORY}</body></html>"
    assert_story(text_of(tmp_path, unclosed_button))
    unclosed_header = f"<html><body><h1>Storm hits coast</h1><header><h2>Site</h2>{STORY}</body></html>"
    assert_story(text_of(tmp_path, unclosed_header))
    # Closed ones still go.
    closed = ("<html><body><header>MASTHEAD</header><h1>Storm hits coast</h1><button>Share</button>"
              f"{STORY}</body></html>")
    text = text_of(tmp_path, closed)
    assert_story(text)
    assert "MASTHEAD" not in text and "Share" not in text


def test_an_unclosed_element_inside_a_chrome_box_does_not_keep_it_open(tmp_path):
    # The stray <div> used to count as one more level of the "related" box, which then never closed.
    page = ("<html><body><h1>Storm hits coast</h1>"
            '<div class="related-stories"><ul><li><a href="/a">RELATED LINK</a><div></ul></div>'
            f"{STORY}</body></html>")
    text = text_of(tmp_path, page)
    assert_story(text)
    assert "RELATED" not in text


# --------------------------------------------------------------------------- class names

def test_class_names_are_matched_as_whole_names_with_care(tmp_path):
    kept = {"popular-vote": "Smith won 52 percent of the popular vote.",
            "share-price": "Shares of Acme Corp fell 5 percent.",
            "credit-rating": "The agency cut the city's credit rating."}
    dropped = {"share-buttons": "SHARE BUTTONS", "social-share": "SOCIAL SHARE", "most-popular": "MOST POPULAR",
               "shareTools": "SHARE TOOLS", "author-bio": "AUTHOR BIO"}
    boxes = "".join(f'<div class="{name}"><p>{words}</p></div>' for name, words in {**kept, **dropped}.items())
    text = text_of(tmp_path, f"<html><body><article><h1>Smith wins</h1>{STORY}{boxes}</article></body></html>")
    assert_story(text)
    for words in kept.values():
        assert words in text
    for words in dropped.values():
        assert words not in text


# --------------------------------------------------------------------------- title

def test_an_svg_icons_title_is_not_the_pages_title(tmp_path):
    page = ('<html><body><svg><title>Facebook icon</title><path d="M0"/></svg><h1>Storm hits coast</h1>'
            f"{STORY}</body></html>")
    text, title, headings = html_to_text(page)
    assert title == "Storm hits coast"
    assert "Facebook" not in text
    assert text.startswith("Storm hits coast\n\nThe storm killed")
    assert headings == ((0, len("Storm hits coast")),)
    # The document's own <title> still counts, whatever icons follow it.
    page = "<html><head><title>Storm | Daily News</title></head><body><svg><title>Menu</title></svg>" + STORY
    assert html_to_text(page)[1] == "Storm | Daily News"


def test_a_private_use_character_in_the_page_is_no_cell_boundary():
    """The loader marks table cells with U+E000 while it collects a row; the page's own U+E000
    (written plainly or as an entity) must not become a gap between "cells"."""
    for body in ("<p>North\ue000South fell quiet on Tuesday.</p>", "<p>North&#xE000;South fell quiet on Tuesday.</p>"):
        text, _, _ = html_to_text(f"<html><body><h1>Storm</h1>{body}</body></html>")
        assert "NorthSouth fell quiet on Tuesday." in text, text


# --------------------------------------------------------------------------- hidden content

HIDDEN_FIGURES = ("99,999 homes", "77 days", "4,000 volunteers", "12 ferries")


@pytest.mark.parametrize("opening", [
    "<p hidden>",
    '<p hidden="hidden">',
    '<p style="display:none">',
    '<p style="DISPLAY : None">',
    "<p style='color: grey; display: none !important;'>",
    '<p style="visibility:hidden">',
    '<p style="font-size:12px;Visibility: HIDDEN">',
])
def test_content_the_page_hides_is_not_article_text(tmp_path, opening):
    page = (f"<html><body><article><h1>Storm hits coast</h1>{STORY}"
            f"{opening}Power was cut to 99,999 homes in Devon.</p>"
            "<p>Engineers restored power by Tuesday evening.</p></article></body></html>")
    text = text_of(tmp_path, page)
    assert_story(text)
    assert "Engineers restored power" in text
    assert "99,999" not in text


def test_everything_inside_a_hidden_element_goes_and_void_or_unclosed_tags_do_not_keep_it_open(tmp_path):
    page = ("<html><body><article><h1>Storm hits coast</h1>"
            '<div hidden><p>Ferries were cancelled for 77 days.<br>Some <img src="x.png">4,000 volunteers'
            '<input type="text"><p>An unclosed paragraph about 12 ferries<ul><li>an unclosed item</div>'
            f"{STORY}</article></body></html>")
    text = text_of(tmp_path, page)
    assert_story(text)
    for figure in HIDDEN_FIGURES + ("unclosed item",):
        assert figure not in text
    # The smallest case: a void tag and an unclosed <p> inside the hidden <div>.
    assert html_to_text("<div hidden><p>a<br>b</div><p>visible</p>")[0] == "visible"


def test_what_only_looks_like_hiding_is_kept(tmp_path):
    page = ("<html><body><article><h1>Storm hits coast</h1>"
            '<p style="--saved-display:none">Ferries were cancelled for 77 days.</p>'
            '<p style="display:block">Some 4,000 volunteers helped.</p>'
            '<div hidden="until-found"><p>In all, 12 ferries stayed in port.</p></div>'  # a collapsed section
            f'<p aria-hidden="true">Power was cut to 99,999 homes.</p>{STORY}</article></body></html>')
    text = text_of(tmp_path, page)
    assert_story(text)
    for figure in HIDDEN_FIGURES:
        assert figure in text


def test_a_hidden_element_the_page_never_closes_hides_nothing_after_it(tmp_path):
    page = f"<html><body><h1>Storm hits coast</h1><p hidden>Power was cut to 99,999 homes.{STORY}</body></html>"
    assert_story(text_of(tmp_path, page))


def test_a_hidden_header_in_an_article_goes_too(tmp_path):
    page = ("<html><body><article><header hidden><p>Updated 12 ferries ago</p></header>"
            f"<h1>Storm hits coast</h1>{STORY}</article></body></html>")
    text = text_of(tmp_path, page)
    assert_story(text)
    assert "12 ferries" not in text


def test_a_page_that_hides_most_of_its_story_keeps_it(tmp_path):
    # The article is revealed by a script (after a consent wall): a saved page holds it hidden.
    page = (f"<html><body><h1>Storm hits coast</h1><p>Please accept cookies.</p>"
            f'<div class="story" style="display:none">{STORY}{STORY}</div></body></html>')
    assert_story(text_of(tmp_path, page))


# --------------------------------------------------------------------------- superscripts

def sentence_of(body: str) -> str:
    text, _title, _headings = html_to_text(f"<html><body><p>{body}</p></body></html>")
    return text


@pytest.mark.parametrize("body, expected", [
    # Footnote and reference marks are no part of the sentence.
    ("Revenue reached $4.2bn<sup>1</sup> last year.", "Revenue reached $4.2bn last year."),
    ("Some 120 patients<sup>[2]</sup> took part.", "Some 120 patients took part."),
    ("Sales rose 4%<sup>(3)</sup> in 2023<sup>1,2</sup>.", "Sales rose 4% in 2023."),
    ("Deaths fell<sup>*</sup> sharply<sup>†</sup>.", "Deaths fell sharply."),
    ('Prices rose<sup><a href="#fn12">12</a></sup> again.', "Prices rose again."),
    ('Prices rose<sup class="reference"><a href="#c1">[citation needed]</a></sup> again.', "Prices rose again."),
    ("Costs fell 3%.<sup>4</sup> Sales rose.", "Costs fell 3%. Sales rose."),
    # A power keeps its raised digits, which run into no number.
    ("Each dose contained 10<sup>6</sup> cells.", "Each dose contained 10⁶ cells."),
    ("The dose was 1.2 × 10<sup>-3</sup> grams.", "The dose was 1.2 × 10⁻³ grams."),
    ("The flat covers 120 m<sup>2</sup>, the lake 5km<sup>3</sup>.", "The flat covers 120 m², the lake 5km³."),
    ("The term<sup>2</sup> ends in 2m<sup>2</sup>.", "The term ends in 2m²."),
    # Anything else is the end of a word, as before.
    ("It opened on the 1<sup>st</sup> of May.", "It opened on the 1st of May."),
    ("M<sup>me</sup> Dupont arrived.", "Mme Dupont arrived."),
    # Subscripts: lowered digits, which join no number either.
    ("CO<sub>2</sub> emissions fell 5%.", "CO₂ emissions fell 5%."),
    ("PM<sub>2.5</sub> levels rose.", "PM2.5 levels rose."),
])
def test_a_superscript_does_not_run_into_the_number_before_it(body, expected):
    assert sentence_of(body) == expected


def test_a_superscript_holding_a_line_or_a_block_is_read_as_it_stands():
    assert sentence_of("Costs<sup>1<br>2</sup> fell.") == "Costs1\n2 fell."
    text, _, _ = html_to_text("<body><p>Costs<sup>4<p>Sales rose.</p></body>")
    assert text == "Costs4\n\nSales rose."
    # One the page never closes ends with its paragraph.
    text, _, _ = html_to_text("<body><p>Costs <sup>fell by half</p><p>Sales rose.</p></body>")
    assert text == "Costs fell by half\n\nSales rose."


def test_superscripts_in_headings_and_tables_keep_the_spans_exact():
    page = ("<html><body><h1>Growth<sup>1</sup> beats forecasts</h1>"
            "<p>Revenue reached $4.2bn<sup>1</sup> last year.</p>"
            "<table><tr><td>Cells</td><td>10<sup>6</sup></td><td>4.2<sup>a</sup></td></tr></table>"
            "<h2>Area in m<sup>2</sup></h2><p>The flat covers 120 m<sup>2</sup>.</p></body></html>")
    text, title, headings = html_to_text(page)
    assert title == "Growth beats forecasts"
    assert [text[start:end] for start, end in headings] == ["Growth beats forecasts", "Area in m²"]
    assert "Cells  10⁶  4.2\n" in text


def test_superscripted_figures_reach_the_ledger_as_the_page_means_them(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><body><h1>Study results</h1>"
                    "<p>Revenue from the trial drug reached $4.2bn<sup>1</sup> last year.</p>"
                    "<p>Each dose contained 10<sup>6</sup> cells, the authors said.</p>"
                    "<p>Some 120 patients<sup>[2]</sup> took part in the trial.</p></body></html>", encoding="utf-8")
    document = load_document(path)
    surfaces = [mention.surface for mention in find_numbers(document.text)]
    assert "$4.2bn" in surfaces
    assert "106" not in surfaces and "2" not in surfaces and "$4.2bn1" not in surfaces
