"""An article's own <header> outside its <article> (headline, byline) is read, the page's banner is not;
and a page title loses the site's name after its headline where the page's headline says where it ends."""


import pytest

from reader.core.document import load_document
import reader.core.markup as markup
from reader.core.markup import html_to_text
from reader.core.sentences import split_sentences

HEADLINE = "Three dead as Meridian River floods Harrowgate"
STORY = ("<p>At least three people have died and about 4,500 have been forced from their homes after the "
         "Meridian River burst its banks in Harrowgate, authorities said on Tuesday.</p>"
         "<p>The river reached 6.2 metres at the Harrowgate gauge early on Tuesday morning, the highest level "
         "ever recorded there, the environment agency said.</p>"
         "<p>Emergency services rescued 39 people from rooftops, Mayor Linda Hargreaves said.</p>")
MENU = '<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/weather">Weather</a></nav>'
PAGE_END = ("<aside><h2>Most read</h2><ul><li>Council tax to rise by 5%</li></ul></aside>"
            "<footer><p>&copy; 2024 Northern Daily. All rights reserved.</p></footer></body></html>")


def page(title: str, header: str, *, head: str = "") -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
            f"{MENU}{header}<article>{STORY}</article>{PAGE_END}")


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


# --------------------------------------------------------------------------- the story's header outside its article

def test_the_storys_header_before_its_article_keeps_its_headline_and_byline(tmp_path):
    # A news page's own header, between the menu and the <article>: its h1 is the headline.
    header = (f"<header><h1>{HEADLINE}</h1>"
              "<p class='byline'>By James Whitfield | Published 15 October 2024</p></header>")
    path = tmp_path / "report.html"
    path.write_text(page(f"{HEADLINE} | Northern Daily", header), encoding="utf-8")
    doc = load_document(path)
    assert doc.title == HEADLINE
    first_paragraph = ("At least three people have died and about 4,500 have been forced from their homes after "
                       "the Meridian River burst its banks in Harrowgate, authorities said on Tuesday.")
    assert paragraphs(doc.text)[:3] == [HEADLINE, "By James Whitfield | Published 15 October 2024", first_paragraph]
    assert "Northern Daily" not in doc.text and "Home" not in doc.text and "Most read" not in doc.text
    sentences = split_sentences(doc.text)
    assert (sentences[0].text, sentences[0].kind) == (HEADLINE, "heading")
    assert (sentences[1].kind, sentences[1].reason) == ("boilerplate", "byline")
    assert doc.headings[0] == (0, len(HEADLINE))


def headline_read_before_the_story(text: str, headings) -> bool:
    """The headline is a heading paragraph of the text, just before the story's first paragraph."""
    start = text.find(f"{HEADLINE}\n\nAt least three people")
    a_paragraph = start == 0 or text[start - 2:start] == "\n\n"
    return start != -1 and a_paragraph and (start, start + len(HEADLINE)) in headings


def test_a_headline_the_title_does_not_give_is_known_by_the_storys_words():
    # The <title> is only the site's name: the header's heading is told in the story's words.
    text, _, headings = html_to_text(page("Northern Daily", f"<header><h1>{HEADLINE}</h1></header>"))
    assert headline_read_before_the_story(text, headings)


def test_an_og_title_tells_the_headline_too():
    head = f'<meta property="og:title" content="{HEADLINE}">'
    text, _, headings = html_to_text(page("Northern Daily: news for the north",
                                          f"<header><h2>{HEADLINE}</h2></header>", head=head))
    assert headline_read_before_the_story(text, headings)


def test_the_page_banner_outside_the_article_is_still_dropped():
    # The site's name as the banner's heading: the title's other piece, not its headline.
    banner = "<header><h1>Northern Daily</h1><p>News for the north since 1881</p></header>"
    text, _, _ = html_to_text(page(f"{HEADLINE} | Northern Daily", banner))
    assert "since 1881" not in text
    assert paragraphs(text)[0] == f"{HEADLINE} | Northern Daily"  # no headline in the text: the title leads it
    # A local paper is named after the places its stories are about: its name is still the site's.
    site = "Harrowgate and Meridian River Times"
    text, _, _ = html_to_text(page(f"{HEADLINE} | {site}", f"<header><h1>{site}</h1><p>Since 1881</p></header>"))
    assert site not in paragraphs(text) and "Since 1881" not in text
    # A banner with a row of links is a banner, whatever heading it holds.
    links = "".join(f"<li><a href='/{name}'>{name}</a></li>" for name in ("News", "Sport", "Weather", "Jobs", "Homes"))
    text, _, _ = html_to_text(page(f"{HEADLINE} | Northern Daily",
                                   f"<header><h1>{HEADLINE}</h1><ul>{links}</ul></header>"))
    assert "Sport" not in text and "Jobs" not in text
    # So is one with a search box.
    text, _, _ = html_to_text(page(f"{HEADLINE} | Northern Daily",
                                   f"<header><p>Northern Daily</p><h1>{HEADLINE}</h1>"
                                   "<form><input name='q'></form></header>"))
    assert "Northern Daily" not in text.replace(f"{HEADLINE} | Northern Daily", "")


def test_a_heading_in_neither_the_title_nor_the_story_is_no_headline():
    text, _, _ = html_to_text(page(f"{HEADLINE} | Northern Daily",
                                   "<header><h1>Your trusted voice</h1><p>Subscribe today</p></header>"))
    assert "trusted voice" not in text and "Subscribe" not in text


# --------------------------------------------------------------------------- the site's name after the title's headline

def test_the_sites_name_after_the_title_goes_where_the_headline_ends_before_it():
    for separator in (" | ", " - ", " – ", " — "):
        html = (f"<html><head><title>Storm hits coast{separator}The Paper</title></head>"
                "<body><article><h1>Storm hits coast</h1><p>Heavy rain fell on Tuesday.</p></article></body></html>")
        text, title, _ = html_to_text(html)
        assert title == "Storm hits coast", separator
        assert paragraphs(text) == ["Storm hits coast", "Heavy rain fell on Tuesday."]


def test_a_title_reworded_from_the_headline_loses_only_the_sites_name():
    html = ("<html><head><title>Members vote to keep club out of US fund's hands | The Football Review</title></head>"
            "<body><h1>Members vote to keep their club out of a US fund's hands</h1><p>The vote was 1,842 to 96.</p>"
            "</body></html>")
    assert html_to_text(html)[1] == "Members vote to keep club out of US fund's hands"


def test_og_title_says_where_the_headline_ends_when_the_page_has_no_h1():
    html = ("<html><head><title>Storm hits coast — The Paper</title>"
            "<meta property='og:title' content='Storm hits coast'></head>"
            "<body><p>Heavy rain fell on Tuesday.</p></body></html>")
    text, title, _ = html_to_text(html)
    assert title == "Storm hits coast"
    assert paragraphs(text) == ["Storm hits coast", "Heavy rain fell on Tuesday."]


def test_a_title_with_a_dash_of_its_own_keeps_it():
    # The headline holds the dash: only the site's name goes.
    html = ("<html><head><title>Biden – Trump debate: who won? | The Paper</title></head>"
            "<body><article><h1>Biden – Trump debate: who won?</h1><p>Both claimed victory.</p></article>"
            "</body></html>")
    assert html_to_text(html)[1] == "Biden – Trump debate: who won?"
    # A headline that says all of the title keeps all of it.
    html = ("<html><head><title>Storm hits coast - and more rain is coming</title></head>"
            "<body><article><h1>Storm hits coast - and more rain is coming</h1><p>Rain fell.</p></article>"
            "</body></html>")
    assert html_to_text(html)[1] == "Storm hits coast - and more rain is coming"
    # Nothing says where the headline ends: the title stays whole.
    html = "<html><head><title>Storm – and then the flood</title></head><body><p>Rain fell.</p></body></html>"
    assert html_to_text(html)[1] == "Storm – and then the flood"
    html = ("<html><head><title>Storm – and then the flood</title></head>"
            "<body><h1>Storm hits coast</h1><p>Rain fell.</p></body></html>")
    assert html_to_text(html)[1] == "Storm – and then the flood"
    # An <h1> that is the site's name says nothing about the headline.
    html = ("<html><head><title>Storm hits coast | The Paper</title></head>"
            "<body><h1>The Paper</h1><p>Heavy rain fell on Tuesday.</p></body></html>")
    assert html_to_text(html)[1] == "Storm hits coast | The Paper"


def headline_comparisons(monkeypatch, pieces: int, headers: int) -> int:
    """How many times reading a page of ``headers`` story headers, under a title of ``pieces``
    pieces, compares a headline with a piece of title."""
    compared = []
    sameness = markup._sameness
    monkeypatch.setattr(markup, "_sameness", lambda *words: compared.append(1) or sameness(*words))
    title = " | ".join(f"Piece {n}" for n in range(pieces))
    body = "".join(f"<header><h1>Entry {n} on the flood</h1></header><p>Rain {n} fell.</p>" for n in range(headers))
    html_to_text(f"<html><head><title>{title}</title></head><body>{body}</body></html>")
    return len(compared)


def test_a_page_of_many_headers_and_a_title_of_many_pieces_reads_quickly(monkeypatch):
    # Cutting the title at every separator, and weighing every header, took 12 s on such a page:
    # only the title's last pieces and the page's first headers are weighed, however many there are.
    assert headline_comparisons(monkeypatch, 20_000, 3000) == headline_comparisons(monkeypatch, 20, 10)
    nested = "<header>" * 3000 + "<h1>Flood</h1>" + "</header>" * 3000
    text, title = html_to_text(f"<html><head><title>Flood</title></head><body>{nested}<p>Rain fell.</p></body></html>")[:2]
    assert title == "Flood" and "Rain fell." in text


@pytest.mark.parametrize("title, logo", [
    ("The Northern Daily - Storm floods coastal towns overnight", "<header><h1><a href='/'>The Northern Daily</a></h1></header>"),
    ("Northern Daily | Storm floods coastal towns overnight", "<meta property='og:title' content='Northern Daily'>"),
])
def test_a_sites_name_before_the_headline_is_no_headline_to_keep_alone(title, logo):
    """The site's name may stand first in the title; a logo <h1> or og:title that is the site's name
    then matches the piece before the separator, and the headline after it must not be cut off."""
    head = logo if logo.startswith("<meta") else ""
    body = "" if head else logo
    page_html = (f"<html><head><title>{title}</title>{head}</head><body>{body}<article><p>Heavy rain flooded "
                 f"several coastal towns overnight, officials said on Tuesday.</p></article></body></html>")
    _, found_title, _ = html_to_text(page_html)
    assert "Storm floods coastal towns overnight" in found_title
