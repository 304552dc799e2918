"""HTML to readable text: what a reader of the page would read, nothing else.

An HTML article becomes plain text whose paragraphs (and headings, list items,
quotes) are separated by blank lines, so the sentence splitter sees the same
structure the page showed (``reader.core.markdown_text`` does the same for
Markdown).  Markup is never counted as words: no tags, no link targets, no
image addresses.

Page chrome is dropped where the page itself says what it is: by element
(<nav>, <aside>, <footer>, <figcaption>, ...) and by the class or id sites give
their related-story boxes, newsletter sign-ups and share rows.

Only the standard library's ``html.parser`` is used; nothing is fetched or run
(script and style contents are dropped unread).
"""

from __future__ import annotations

import difflib
import re
from html.parser import HTMLParser

# Containers whose content is not the article: navigation, page chrome (the page's
# <header>; an <article>'s own <header> holds its headline and is kept), code, and
# <figcaption>: the caption and credit of a picture the text does not carry either
# (its <img> alt text is dropped too).  The classifier would call them furniture at
# best; dropped here they can never be taken for story, and a <figure> is no story
# <p> (a pull quote in a <figure> keeps its <blockquote>; only the attribution goes).
_DROPPED = frozenset(
    """script style nav header footer aside form noscript svg iframe template button select
    textarea object embed canvas math dialog menu figcaption""".split()
)
# Page chrome that sites mark by class or id rather than by element: a <div
# class="related-stories"> or <section id="newsletter-signup">.  The words are
# matched as whole pieces of a class or id ("related-stories" -> related,
# stories; "shareTools" -> share, tools), so "commentary" is not "comment".  As in
# the readability algorithms browsers use, an element that also says it holds
# the article ("article-share", "story-body") is kept; only containers whose end
# tag is required are dropped, so an unclosed element cannot swallow the page.
_CHROME_WORDS = frozenset(
    """related recommended recommendations recirculation newsletter newsletters subscribe subscription
    signup share sharing social promo promotion promoted sponsor sponsored advert advertisement ad ads
    advertising outbrain taboola comment comments disqus cookie cookies consent gdpr breadcrumb
    breadcrumbs byline caption credit credits bio tags topics trending popular mostread paywall modal
    popup banner masthead toolbar sidebar widget""".split()
)
_ARTICLE_WORDS = frozenset("article story body content main post entry text".split())
_CHROME_CONTAINERS = frozenset("div section ul ol figure table".split())
_CLASS_PIECES = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# Dropping by class is trusted only while it leaves most of the page's words.
_MOST_OF_THE_PAGE = 0.5


def _is_chrome(attrs) -> bool:
    names = " ".join(value for name, value in attrs if name in ("class", "id") and value)
    if not names:
        return False
    pieces = {piece.lower() for piece in _CLASS_PIECES.findall(names)}
    return bool(pieces & _CHROME_WORDS) and not pieces & _ARTICLE_WORDS


# Elements that start a new paragraph.
_BLOCKS = frozenset(
    """p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre section article main table
    tr thead tbody tfoot caption figure address details summary hr center
    hgroup fieldset legend body html""".split()
)
_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)\b",
                         re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(r"</?(p|div|span|a|br|h[1-6]|body|table|ul|li|article)\b[^>]*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """For files without a telling extension: an HTML page, or prose?"""
    head = text[:4096]
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 3


class _ArticleText(HTMLParser):
    def __init__(self, drop_chrome: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self._drop_chrome = drop_chrome
        self._chrome_tag = ""  # the element being dropped for its class or id ...
        self._chrome_depth = 0  # ... and how deep in elements of its name we are
        self.chrome_words = 0  # words dropped for a class or id
        self.paragraphs: list[str] = []
        self.heading_paragraphs: set[int] = set()  # indexes of paragraphs from <h1>-<h6>
        self._heading = False
        self.title = ""
        self.first_h1 = ""
        self.h1_in_text = False  # the first <h1> is part of the text (not in a dropped <header>)
        self._h1_kept = False
        self._current: list[str] = []
        self._has_text = False  # ``_current`` holds more than whitespace
        self._dropped = 0  # depth inside dropped containers
        self._in_title = False
        self._title_parts: list[str] = []
        self._h1_parts: list[str] | None = None
        self._pre = 0
        self._lists: list[int] = []  # for each open list: items so far (ordered) or -1
        # A <header> inside an <article> is the article's own: headline, standfirst, byline and date
        # (the classifier sorts those); the page's <header> is its masthead and menus.
        self._articles = 0  # open, kept <article> elements
        self._headers: list[bool] = []  # for each open <header>: whether it was kept

    # A line break inside a paragraph (<br>) is kept as a newline: the splitter
    # treats an unpunctuated line as a unit of its own, as the page showed it.
    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "header":
            self._headers.append(bool(self._articles) and not self._dropped)
            if self._headers[-1]:
                self._flush()
                return
        if tag in _DROPPED:
            self._dropped += 1
            return
        if tag == "article" and not self._dropped:
            self._articles += 1
        if self._chrome_tag:
            self._chrome_depth += tag == self._chrome_tag
        elif self._drop_chrome and tag in _CHROME_CONTAINERS and _is_chrome(attrs):
            self._chrome_tag, self._chrome_depth = tag, 1
            self._dropped += 1
            return
        if tag == "title":
            self._in_title = True
        if tag == "h1" and not self.first_h1 and tag not in ("script", "style"):
            self._h1_parts = []
            self._h1_kept = not self._dropped
        if self._dropped:
            return
        if tag == "br":
            self._current.append("\n")
        elif tag in ("td", "th"):
            if self._has_text:  # a cell before this one held text: the gap goes between them
                self._current.append(_CELL)
        elif tag in _BLOCKS:
            self._flush()
            if tag == "pre":
                self._pre += 1
            elif tag in ("ul", "ol"):
                self._lists.append(0 if tag == "ol" else -1)
            elif tag == "li":
                self._current.append(self._marker())
            self._heading = tag in _HEADING_TAGS

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag == "br" and not self._dropped:
            self._current.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "header" and self._headers and self._headers.pop():
            self._flush()
            return
        if tag == "article" and self._articles and not self._dropped:
            self._articles -= 1
        if tag in _DROPPED:
            self._dropped = max(0, self._dropped - 1)
            return
        if tag == self._chrome_tag:
            self._chrome_depth -= 1
            if not self._chrome_depth:
                self._chrome_tag = ""
                self._dropped = max(0, self._dropped - 1)
                return
        if tag == "title":
            self._in_title = False
            self.title = self.title or " ".join("".join(self._title_parts).split())
        if tag == "h1" and self._h1_parts is not None:
            self.first_h1 = " ".join("".join(self._h1_parts).split())
            self.h1_in_text = self._h1_kept and bool(self.first_h1)
            self._h1_parts = None
        if self._dropped:
            return
        if tag in _BLOCKS:
            self._flush()
            self._heading = False
            if tag == "pre":
                self._pre = max(0, self._pre - 1)
            elif tag in ("ul", "ol") and self._lists:
                self._lists.pop()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_parts.append(data)
            return
        if self._h1_parts is not None:
            self._h1_parts.append(data)
        if self._dropped:
            if self._chrome_tag:
                self.chrome_words += len(data.split())
            return
        self._current.append(data if self._pre else _PRE_SAFE.sub(" ", data))
        self._has_text = self._has_text or not data.isspace()

    def _marker(self) -> str:
        """A list item keeps a bullet (or its number): a list item is story, not a subheading."""
        if self._lists and self._lists[-1] >= 0:
            self._lists[-1] += 1
            return f"{self._lists[-1]}. "
        return LIST_BULLET

    def close(self) -> None:
        super().close()
        self._flush()

    def _flush(self) -> None:
        raw = "".join(self._current)
        self._current = []
        self._has_text = False
        if self._pre:
            lines = [_CELL_BOUNDARY.sub(CELL_GAP, line).rstrip() for line in raw.split("\n")]
        else:
            lines = [_CELL_BOUNDARY.sub(CELL_GAP, " ".join(line.split())).strip() for line in raw.split("\n")]
        text = "\n".join(line for line in lines if line.strip())
        if text:
            if self._heading:
                self.heading_paragraphs.add(len(self.paragraphs))
            self.paragraphs.append(text)


def _parse(html: str, *, drop_chrome: bool) -> _ArticleText:
    parser = _ArticleText(drop_chrome)
    parser.feed(html)
    parser.close()
    return parser


def _words(paragraphs: list[str]) -> int:
    return sum(len(paragraph.split()) for paragraph in paragraphs)


LIST_BULLET = "• "
# A table row is one line, its cells two spaces apart, as Markdown tables are read (markdown_text):
# one cell a line would make every figure a sentence of its own.
CELL_GAP = "  "
_CELL = "\ue000"  # a cell boundary while the row is collected (survives the collapsing of whitespace)
_CELL_BOUNDARY = re.compile(r"\s*" + _CELL + r"\s*")
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Outside <pre>, source line breaks are just spaces (only <br> breaks a line).
_PRE_SAFE = re.compile(r"[\r\n]+")


def html_to_text(html: str) -> tuple[str, str, tuple[tuple[int, int], ...]]:
    """``(text, title, headings)`` of an HTML page: the title, then each block as a paragraph;
    ``headings`` are the spans of the paragraphs that were <h1>-<h6>."""
    parser = _parse(html, drop_chrome=True)
    kept = _words(parser.paragraphs)
    if parser.chrome_words and kept < _MOST_OF_THE_PAGE * (kept + parser.chrome_words):
        parser = _parse(html, drop_chrome=False)  # class names took most of it: keep everything instead
    paragraphs = parser.paragraphs
    headings = parser.heading_paragraphs
    title = parser.title or parser.first_h1
    # The title leads the text, unless the headline in the text already says it
    # ("Storm hits coast | The Paper" over an <h1>Storm hits coast</h1>).
    said = parser.h1_in_text and _says_the_same(parser.first_h1, title)
    if title and not said and (not paragraphs or paragraphs[0] != title):
        paragraphs = [title] + paragraphs
        headings = {index + 1 for index in headings}
    text, spans = join_paragraphs(paragraphs, headings)
    return text, title, spans


# The separators between a page title's headline and the site's name.
_TITLE_SEPARATOR = re.compile(r"\s+[|–—:-]+\s+")
# Titles are often the headline reworded for search engines ("... keep club out of US fund's hands | Site" over
# "... keep their club out of a US fund's hands"): this much of the words in order is the same headline.
_SAME_HEADLINE = 0.6


def _says_the_same(headline: str, title: str) -> bool:
    """Whether the page title is the headline, perhaps reworded, with the site's name beside it
    (the title's longest piece: "The Paper" in an <h1> is the site's name, not "Storm hits coast")."""
    title_headline = max(_TITLE_SEPARATOR.split(title), key=len).casefold().split()
    matcher = difflib.SequenceMatcher(None, headline.casefold().split(), title_headline, autojunk=False)
    return matcher.ratio() >= _SAME_HEADLINE


def join_paragraphs(paragraphs: list[str], marked: set[int]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The paragraphs joined by blank lines, and the spans of those whose indexes are ``marked``."""
    spans = []
    at = 0
    for index, paragraph in enumerate(paragraphs):
        if index in marked:
            spans.append((at, at + len(paragraph)))
        at += len(paragraph) + 2
    return "\n\n".join(paragraphs), tuple(spans)
