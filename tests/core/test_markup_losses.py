"""HTML pages must not lose story text to the dropping of page chrome: forms that wrap the page,
void or unclosed elements, class names that only look like chrome, and an icon's <title>.
Every example is invented."""

from __future__ import annotations

from pathlib import Path

from reader.core.document import load_document
from reader.core.markup import html_to_text

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
