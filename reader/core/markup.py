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

import _markupbase
import difflib
import html as _entities
import json
import os
import re
import traceback
from html import parser as _html_parser
from html.parser import HTMLParser
from typing import NamedTuple

from reader.core.cjk import FULL_STOPS, has_cjk
from reader.core.errors import DocumentError
from reader.core.pattern_cache import PatternCache
from reader.core.raised import RAISED_CONTEXT, RAISED_TAGS, read_raised
from reader.core.stemmer import stem

# ``rx.compile`` is ``re.compile``, from the compiled patterns kept between runs (pattern_cache.py).
rx = PatternCache(__file__)

# Containers whose content is not the article: navigation, page chrome, code, form
# controls and <figcaption>: the caption and credit of a picture the text does not
# carry either (its <img> alt text is dropped too).  The classifier would call them
# furniture at best; dropped here they can never be taken for story, and a <figure> is
# no story <p> (a pull quote in a <figure> keeps its <blockquote>; only the attribution
# goes).  A <form> is not here: ASP.NET pages wrap the whole article in one, so a form
# goes only when it holds little of the page (see _without_small_forms).  Nor are
# <header> and <footer>: only the page's own go (see _PAGE_PARTS), a <label> goes only in a
# form (outside one it is text: "<label>Injured:</label> 12 people"), a <math> is read only
# where it cannot give a wrong number (see _Formula), and an <object>'s fallback text (what a
# browser shows in place of a plugin) is read unless it asks for the plugin (see
# _PLUGIN_PROMPT).  <rt> and <rp> are a ruby's reading aid:
# "東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp>" reads "東京"; a MathML <annotation> repeats
# its formula as TeX source.  Struck-out text (<del>, <s>, <strike>) is what the page no longer
# says: a correction's "killed <del>10</del> <ins>12</ins> people" reports 12 dead.
# <noscript> and <template> are held back (see _HELD_BACK), and a declarative shadow root's
# <template shadowrootmode> is what the browser draws in its element's place: it is read.
_DROPPED = frozenset(
    """script style nav aside noscript svg iframe template button select textarea embed canvas
    dialog menu figcaption rt rp annotation annotation-xml del s strike""".split()
)
# <header> and <footer> are the page's banner and footer only outside <article>, <section> and
# <main> (the HTML standard's rule: inside one they are its headline and standfirst, or its
# correction and notes), or when the page says so by role or by a site-wide class name
# ("site-header", "global-footer", "masthead").  A <div> named for the story and nothing else
# counts as an <article> ("<div class='article'><header><h1>", "story-body"); a page wrapper
# named after it ("article-page", "post-wrapper", "single-post-container") and a
# <body class="single-post"> do not.
# Pages also wrap the whole page, their own header and footer with it, in a <main>, <section> or
# story <div> around the <article>: such a container, one that holds an <article> or <main>,
# owns no header or footer (see _FirstPass).  An <article> always owns its own: a live blog's
# entries or a story's comments may be <article>s inside it.
# A <header> outside them is still the story's when it holds the page's headline and no menu, search
# box or row of links: pages put the article's headline and byline just before its <article>, or
# have none (see _story_headers).
# What a browser shows only when a script runs (a <template>'s copy) or when none can (<noscript>):
# read only when the page shows most of its words nowhere else, as the script's page would.
_HELD_BACK = frozenset({"noscript", "template"})
_SHADOW_ROOT_ATTRIBUTES = frozenset({"shadowrootmode", "shadowroot"})  # the standard's name, and Chrome's first
_PAGE_PARTS = frozenset({"header", "footer"})
_PAGE_PART_ROLES = frozenset({"banner", "contentinfo"})
_SITE_WORDS = frozenset({"site", "global", "masthead"})
_STORY_CONTAINER_WORDS = frozenset({"article", "story", "post", "entry"})
# Containers whose header or footer is theirs unless they hold an <article> or <main>.
_WRAPPING_SECTIONS = frozenset({"section", "main"})
# What makes a container around it a wrapper of the page rather than the story.
_STORY_INSIDE = frozenset({"article", "main"})
# Elements that have no end tag: they hold nothing, so they never open a dropped region.
_VOID = frozenset("area base br col embed hr img input keygen link meta param source track wbr".split())
# Page chrome that sites mark by class or id rather than by element: a <div
# class="related-stories"> or <section id="newsletter-signup">, a news ticker, a
# "donate" box.  The words are
# matched as whole pieces of a class or id ("related-stories" -> related,
# stories; "shareTools" -> share, tools), so "commentary" is not "comment".  As in
# the readability algorithms browsers use, an element that also says it holds
# the article ("article-share", "story-body") is kept; only containers whose end
# tag is required, and only when the page gives it, are dropped, so an unclosed
# element cannot swallow the page.
_CHROME_WORDS = frozenset(
    """related recommended recommendations recirculation newsletter newsletters subscribe subscription
    signup share sharing social promo promotion promoted sponsor sponsored advert advertisement ad ads
    advertising outbrain taboola comment comments disqus cookie cookies consent gdpr breadcrumb
    breadcrumbs byline caption credit credits bio tags topics trending popular mostread paywall modal
    popup banner masthead toolbar sidebar widget ticker donate""".split()
)
# Chrome words that are news words too ("share-price", "popular-vote", "social-care",
# "credit-rating"): in a name they say chrome only as its last piece ("social-share",
# "most-popular", "author-bio") or followed by nothing but chrome words and names of
# page parts ("share-buttons", "shareTools").
# So is "banner" ("banner-headline"; but "breaking-banner").
_AMBIGUOUS_WORDS = frozenset("share social popular credit credits bio banner".split())
# Chrome words that one neighbouring piece makes story.  A comment is a reader's ("comment-thread",
# "user-comment", "comment-author"), unless an expert or the paper gives it ("expert-comment",
# "editor-comment"); "ad" is an advert ("ad-leaderboard", "ad-mpu", "top-ad") unless it is Latin
# ("ad-hoc-committee", "ad-interim-board").
# A paper's opinion pages are "Comment" too ("guest-comment", "opinion-comment", "comment-piece").
_STORY_BEFORE = {
    word: frozenset("expert experts editor editors editorial analyst analysts guest opinion".split())
    for word in ("comment", "comments")
}
_STORY_AFTER = {"ad": frozenset("hoc interim infinitum lib libitum valorem hominem nauseam".split()),
                "comment": frozenset("piece column article".split())}
_PART_WORDS = frozenset(
    """bar box btn btns button buttons count icon icons link links list menu row rail strip tool tools
    container wrapper wrap module block panel area section inline top bottom slot slots unit units
    placeholder holder label site header footer form lg md sm xs x""".split()
)
_ARTICLE_WORDS = frozenset("article story body content main post entry text".split())
_CHROME_CONTAINERS = frozenset("div section ul ol figure table".split())
_CLASS_PIECES = rx.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# Dropping by class, and dropping what the page hides, are trusted only while they leave most of
# the page's words.
_MOST_OF_THE_PAGE = 0.5
# Fewer hidden words than this are no hidden story, whatever share of the page they are.
_HIDDEN_STORY_WORDS = 40
# An inline style that hides an element: "display:none", "visibility: hidden !important" (a
# declaration of its own, so "--x-display:none" or "max-display" is not one).
_HIDING_STYLE = rx.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!\s*important\s*)?(?:;|$)",
                           re.IGNORECASE)


def _is_hidden(attrs) -> bool:
    """Does the page hide this element from its reader: the ``hidden`` attribute or an inline style?
    ``hidden="until-found"`` is content a reader opens (a collapsed section) or finds: it is kept."""
    for name, value in attrs:
        if name == "hidden" and (value or "").strip().lower() != "until-found":
            return True
        if name == "style" and value and _HIDING_STYLE.search(value):
            return True
    return False


def _class_names(attrs) -> list[str]:
    """The element's class names and id, one list: "class='story-body wide' id=main" -> three."""
    return " ".join(value for name, value in attrs if name in ("class", "id") and value).split()


def _pieces(name: str) -> list[str]:
    """One class or id in lower-case pieces, split at - _ digits and camelCase: "shareTools" ->
    share, tools."""
    return [piece.lower() for piece in _CLASS_PIECES.findall(name)]


def _is_chrome(attrs) -> bool:
    names = _class_names(attrs)
    if any(piece in _ARTICLE_WORDS for name in names for piece in _pieces(name)):
        return False
    return any(_is_chrome_name(name) for name in names)


def _is_chrome_name(name: str) -> bool:
    """One class or id ("share-bar")."""
    pieces = _pieces(name)
    for at, piece in enumerate(pieces):
        if piece not in _CHROME_WORDS or _made_story(pieces, at):
            continue
        if piece not in _AMBIGUOUS_WORDS or all(_chrome_or_part(rest) for rest in pieces[at + 1:]):
            return True
    return False


def _made_story(pieces: list[str], at: int) -> bool:
    """Does a neighbour make the chrome word at ``at`` story ("expert-comment", "ad-hoc")?"""
    before = pieces[at - 1] if at > 0 else ""
    after = pieces[at + 1] if at + 1 < len(pieces) else ""
    return before in _STORY_BEFORE.get(pieces[at], ()) or after in _STORY_AFTER.get(pieces[at], ())


def _chrome_or_part(piece: str) -> bool:
    return piece in _CHROME_WORDS or piece in _PART_WORDS


def _first_piece(name: str) -> str:
    """"site-header" -> "site", "globalNav" -> "global"."""
    pieces = _pieces(name)
    return pieces[0] if pieces else ""


# What names a container of the whole page rather than of the story in it.
_WRAPPER_WORDS = frozenset("page wrapper wrap container single layout site outer".split())


def _names_the_story(attrs) -> bool:
    """A container named for the article itself ("article", "story-body", "post-content",
    "article-detail", "story-v2"), not a page wrapper named after it ("article-page",
    "post-wrapper", "single-post-container")."""
    return any(_is_story_name(_pieces(name)) for name in _class_names(attrs))


def _names_a_wrapper_of_the_story(attrs) -> bool:
    """"article-wrapper", "single-post-container": a page wrapper named after the story."""
    return any(_names_story_as(_pieces(name), wrapper=True) for name in _class_names(attrs))


def _is_story_name(pieces: list[str]) -> bool:
    return _names_story_as(pieces, wrapper=False)


def _names_story_as(pieces: list[str], *, wrapper: bool) -> bool:
    """A story word ("article", "post") with, or without, a wrapper word ("page", "container")."""
    return (any(piece in _STORY_CONTAINER_WORDS for piece in pieces)
            and any(piece in _WRAPPER_WORDS for piece in pieces) == wrapper)


# What names a section's footer as something other than its notes: an author's bio, topic tags, a
# share row ("author-info", "article-tags", "post-share").
_NOT_NOTES_WORDS = frozenset("author authors info bio byline tags tag topics share social related".split())


def _is_own_footer(attrs) -> bool:
    """Does this section's <footer> hold the section's own notes ("Correction: ...")?  Unless its
    name says it holds something else (see _NOT_NOTES_WORDS, and chrome), it does: an unnamed one,
    "article-footer", "correction-note", a hashed class name."""
    if _is_chrome(attrs):
        return False
    return not any(piece in _NOT_NOTES_WORDS for name in _class_names(attrs) for piece in _pieces(name))


# What sites call the summary under the headline: <p class="standfirst">, "article-dek", "c-entry-summary",
# "strapline".  Its text is read as a heading, as the standfirst of a text file is (furniture sorts it from
# the headline).  The hint counts only near the top, among the first paragraphs after the headline: a
# "summary" further down is a box of the story's own.
_STANDFIRST_WORDS = frozenset("standfirst dek deck strapline summary".split())
_STANDFIRST_AFTER_HEADLINE = 4  # paragraphs read since the <h1> ended: the headline, a byline, a date, a label


def _names_a_standfirst(attrs) -> bool:
    return any(piece in _STANDFIRST_WORDS for name in _class_names(attrs) for piece in _pieces(name))


# Elements that start a new paragraph.
_BLOCKS = frozenset(
    """p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre section article main table
    tr thead tbody tfoot caption figure address details summary hr center
    hgroup fieldset legend body html header footer""".split()
)
_HTML_START = rx.compile(r"^\s*(?:<!--.*?-->\s*)*+<(!doctype\s+html|html|head|body|meta|title)\b",
                         re.IGNORECASE | re.DOTALL)
_HTML_TAGS = rx.compile(r"</?(p|div|span|a|br|h[1-6]|body|table|ul|li|article)\b[^>]*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """For files without a telling extension: an HTML page, or prose?"""
    head = text[:4096]
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 3


class _Elements(HTMLParser):
    """The open elements, as a browser nests them: an end tag closes its element and every
    element opened inside it and left unclosed; a stray end tag closes nothing.  Start tags
    are numbered in page order, so two parses of one page can talk about the same element."""

    def __init__(self, xhtml: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self._xhtml = xhtml
        self._cdata_ends = True  # a "]]>" may follow: none did after the last CDATA section looked for one
        self._open: list[tuple[str, int, str]] = []  # (tag, number, role) of each open element
        self._open_tags: dict[str, int] = {}  # how many of each tag are open (a stray end tag is O(1))
        self._started = 0  # start tags so far

    def _start(self, tag: str, role: str = "") -> None:
        if tag not in _VOID:
            self._open.append((tag, self._started, role))
            self._open_tags[tag] = self._open_tags.get(tag, 0) + 1
        self._started += 1

    def _end(self, tag: str) -> list[tuple[str, int, str]]:
        """The elements this end tag closes, innermost first; the last one is its own."""
        if not self._open_tags.get(tag):
            return []
        closed = []
        while True:
            element = self._open.pop()
            self._open_tags[element[0]] -= 1
            closed.append(element)
            if element[0] == tag:
                return closed

    # A self-closing tag (<path/>, <embed/>) opens nothing: only <br/> means something to the text.
    def handle_startendtag(self, tag: str, attrs) -> None:
        pass

    def parse_html_declaration(self, i: int) -> int:
        """``html.parser`` reads "<![" as an SGML marked section and raises AssertionError on
        any keyword it does not know ("<![ x ]>", "a<![0]> is the first item", "<![foo[bar]]>").
        A browser reads every "<![" in HTML as a bogus comment that ends at the next ">"
        ("<![CDATA[...]]>" and Word's "<![if !supportLists]>" included): so do we."""
        if self.rawdata.startswith("<![CDATA[", i) and self._xhtml and self._cdata_ends:
            return self._parse_cdata_text(i)
        if self.rawdata.startswith("<![", i):
            return self.parse_bogus_comment(i)
        return super().parse_html_declaration(i)

    def _parse_cdata_text(self, i: int) -> int:
        """In XHTML (XML) a CDATA section is text: "<p><![CDATA[At least 12 were hurt.]]></p>".
        In a <script> or <style> it is script and never comes here."""
        end = self.rawdata.find("]]>", i + 9)
        if end == -1:  # and none after a later one: do not look again (each look goes to the end)
            self._cdata_ends = False
            return self.parse_bogus_comment(i)
        self.handle_data(self.rawdata[i + 9:end])
        return end + 3


class _FirstPass(_Elements):
    """What must be known of an element before its content is read, from a first reading of the
    page (elements by their numbers, see _Elements):

    - ``closed``: the elements the page closes with their own end tag.  Only those are dropped:
      one whose end tag never comes (an unclosed <button> or <header>) would take the rest of its
      parent, often the whole article, with it.
    - ``owners``: the containers whose <header> and <footer> are their own (see _PAGE_PARTS).
      Whether a <main> holds an <article> is known only at its end, long after its header.
    - ``formulas``: what each closed <math> reads as, "" for one that is dropped (see _Formula).
    - ``plugin_prompts``: the closed <object>s whose fallback text asks for a plugin.
    - ``headers``: what each closed outermost <header> holds (see _HeaderEvidence), to tell the
      story's own header outside its <article> from the page's banner."""

    def __init__(self, xhtml: bool) -> None:
        super().__init__(xhtml)
        self.closed: set[int] = set()
        self.owners: set[int] = set()
        self.formulas: dict[int, str] = {}
        self.plugin_prompts: set[int] = set()
        self._containers: list[int] = []  # the open <section>, <main> and story <div>s, outermost first
        self._headlined: set[int] = set()  # containers that hold the page's <h1>
        self._wrappers: set[int] = set()  # story-named page wrappers with no <article> seen inside yet
        # The open <math>s, outermost first: one left unclosed must not take in the formulas after it.
        self._formulas: list[_Formula] = []
        self._fallback: _Fallback | None = None  # the outermost open <object>
        self.headers: dict[int, _HeaderEvidence] = {}
        self._header: _HeaderEvidence | None = None  # the outermost open <header>

    def handle_starttag(self, tag: str, attrs) -> None:
        number = self._started
        self._start(tag)
        if tag == "math":
            self._formulas.append(_Formula(number))
        elif self._formulas:
            self._formulas[-1].start(tag, attrs)
        if tag == "object" and self._fallback is None:
            self._fallback = _Fallback(number)
        if self._header is not None:
            self._header.start(tag, attrs, number)
        elif tag == "header":
            self._header = _HeaderEvidence(number)
        self._note_owner(tag, attrs, number)

    def _note_owner(self, tag: str, attrs, number: int) -> None:
        if tag in _STORY_INSIDE:
            # The containers around it wrap the story, and the page's header and footer with it.
            # One already told was told with all those around it: stop there, so each is told once.
            for outer in reversed(self._containers):
                if outer not in self.owners or outer in self._headlined:
                    break
                self.owners.discard(outer)
            self._wrappers.difference_update(self._containers)
        if tag == "h1":
            self._headlined.update(self._containers)  # its header holds the headline: the story's
            # A wrapper named after the story ("article-wrapper") holding the headline and no
            # <article> is the story's container after all.
            self.owners.update(self._wrappers.intersection(self._containers))
        if tag == "article":
            self.owners.add(number)
        elif tag in _WRAPPING_SECTIONS or tag == "div" and _names_the_story(attrs):
            self.owners.add(number)  # until an <article> or <main> shows up inside it
            self._containers.append(number)
        elif tag == "div" and _names_a_wrapper_of_the_story(attrs):
            self._wrappers.add(number)  # an owner only if the headline shows up inside it
            self._containers.append(number)

    def handle_data(self, data: str) -> None:
        if self._formulas:
            self._formulas[-1].text(data)
        if self._fallback is not None:
            self._fallback.parts.append(data)
        if self._header is not None and not any(map(self._open_tags.get, _DROPPED)):  # what a reader sees
            self._header.text(data, linked=bool(self._open_tags.get("a")))

    def handle_endtag(self, tag: str) -> None:
        closed = self._end(tag)
        if not closed:
            return
        own = closed[-1][1]
        self.closed.add(own)
        for _tag, number, _role in closed:
            self._ended(number, by_its_end_tag=number == own)

    def _ended(self, number: int, by_its_end_tag: bool) -> None:
        """Element ``number`` ends: by its own end tag, or by that of an element around it."""
        if self._containers and self._containers[-1] == number:
            self._containers.pop()
        self._header_ended(number, by_its_end_tag)
        if self._formulas:
            formula = self._formulas[-1]
            if number != formula.number:
                formula.end()
            else:
                self._formulas.pop()
                if by_its_end_tag:
                    self.formulas[number] = formula.read()
                if self._formulas:  # a formula inside another is part of it (where it cannot be read, so is that)
                    self._formulas[-1].take(formula)
        if self._fallback is not None and number == self._fallback.number:
            if by_its_end_tag and self._fallback.asks_for_a_plugin():
                self.plugin_prompts.add(number)
            self._fallback = None

    def _header_ended(self, number: int, by_its_end_tag: bool) -> None:
        if self._header is None:
            return
        self._header.ended(number)
        if number == self._header.number:
            if by_its_end_tag:
                self.headers[number] = self._header
            self._header = None


class _ArticleText(_Elements):
    def __init__(self, first: _FirstPass, xhtml: bool, drop_chrome: bool = True, drop_hidden: bool = True,
                 story_headers: frozenset[int] = frozenset(), read_held: bool = False) -> None:
        super().__init__(xhtml)
        self._closed = first.closed  # the elements that may be dropped
        self._owners = first.owners
        self._formulas = first.formulas
        self._plugin_prompts = first.plugin_prompts
        # The <header>s outside any section that are the story's own after all (see _story_headers),
        # and those dropped as the page's banner, the candidates for that.
        self._story_headers = story_headers
        self.page_headers: list[int] = []
        self._drop_chrome = drop_chrome
        self._drop_hidden = drop_hidden
        self._chrome = 0  # open elements dropped for their class or id
        self.chrome_words = 0  # words dropped for a class or id
        self._hidden = 0  # open elements dropped because the page hides them
        self.hidden_words = 0  # words dropped for that (and not already for a class or id)
        self._read_held = read_held  # read what the page holds back for a script (see _HELD_BACK)
        self._held = 0  # open elements held back
        self.held_words = 0  # words held back, and dropped for nothing else
        self._raised: _Raised | None = None  # the open <sup> or <sub> whose text waits to be read
        # Each outermost <form>'s paragraphs, [start, end); the form the first <h1> was in.
        self.forms: list[tuple[int, int]] = []
        self._form_start: int | None = None
        self.h1_form: int | None = None
        self.paragraphs: list[str] = []
        self.heading_paragraphs: set[int] = set()  # indexes of paragraphs from <h1>-<h6>
        self._heading = False
        self.title = ""
        self.og_title = ""  # the headline the page gives to sites that link to it (<meta property="og:title">)
        self.first_h1 = ""
        self.h1_in_text = False  # the first <h1> is part of the text (not in a dropped <header>)
        self._h1_kept = False
        self._current: list[str] = []
        self._has_text = False  # ``_current`` holds more than whitespace
        self._dropped = 0  # depth inside dropped containers
        self._math = 0  # of those, formulas read whole and MathML dropped (see _MATH_LAYOUT)
        self._in_title = False
        self._title_parts: list[str] = []
        self._h1_parts: list[str] | None = None
        self._h1_dropped = 0  # how deep in dropped elements the first <h1> stands
        self._pre = 0
        self._row_cells: set[str] = set()  # "td" and "th": the kinds of cell the open table row has
        self._lists: list[int] = []  # for each open list: items so far (ordered) or -1
        # A <header> or <footer> inside an <article>, <section> or <main> is its own: headline,
        # standfirst, byline, correction (the classifier sorts those); the page's are its masthead,
        # menus and legal small print.
        self._sections = 0  # open, kept containers that own their header and footer (see _PAGE_PARTS)
        self._quotes = 0  # open <q> elements: a quotation inside a quotation takes single marks
        self._standfirsts: list[int] = []  # the open elements the page names its standfirst
        self._h1_paragraph: int | None = None  # how many paragraphs there were when the first <h1> ended

    # A line break inside a paragraph (<br>) is kept as a newline: the splitter
    # treats an unpunctuated line as a unit of its own, as the page showed it.
    def handle_starttag(self, tag: str, attrs) -> None:
        closes = self._started in self._closed  # the page closes this element itself
        # Like the dropped elements, only an element the page closes may be hidden: an unclosed
        # <p hidden> would hide the rest of its parent with it.
        hidden = closes and self._drop_hidden and _is_hidden(attrs)
        if self._raised is not None and not self._dropped:
            self._raised.note_start(tag, attrs)
            if tag in _BREAKS_RAISED:  # a line or a block inside a superscript: no footnote mark
                self._release_raised()
        if tag == "meta" and not self.og_title:
            self.og_title = _og_title(attrs)
        role = self._role(tag, attrs, closes, hidden)
        if role == "formula":  # read whole, in place of its elements
            self._add_formula(self._formulas.get(self._started, ""))
        self._start(tag, role)
        if role in _SKIPPED:
            self._dropped += 1
            self._chrome += role == "chrome"
            self._hidden += role == "hidden"
            self._held += role == "held"
            self._math += _is_math(tag, role)
            return
        if role == "form":
            self._flush()
            self._form_start = len(self.paragraphs)
        self._sections += role == "section"
        if role == "quote":
            self.handle_data(_QUOTE_MARKS[self._quotes % 2][0])
            self._quotes += 1
        # Only the document's own <title>: not an icon's (<svg><title>) nor one left unclosed.
        if tag == "title" and closes and not self._dropped:
            self._in_title = True
        if tag == "h1" and not self.first_h1 and tag not in ("script", "style"):
            self._h1_parts = []
            self._h1_dropped = self._dropped
            self._h1_kept = not self._dropped
        if self._dropped:
            return
        if closes and tag in _BLOCKS and self._near_the_headline() and _names_a_standfirst(attrs):
            self._standfirsts.append(self._started - 1)
        if tag in RAISED_TAGS and self._raised is None:
            self._raised = _Raised(tag, self._started - 1, self._tail())
        if tag == "br":
            self._current.append("\n")
        elif tag in ("td", "th"):
            if self._has_text:  # a cell before this one held text: the gap goes between them
                self._current.append(_CELL)
            self._row_cells.add(tag)
        elif tag in _BLOCKS:
            self._flush()
            if tag == "pre":
                self._pre += 1
            elif tag in ("ul", "ol"):
                self._lists.append(0 if tag == "ol" else -1)
            elif tag == "li":
                self._current.append(self._marker())
            self._heading = tag in _HEADING_TAGS or bool(self._standfirsts) and tag not in _LIST_TAGS
            if tag == "tr":
                self._row_cells = set()

    def _near_the_headline(self) -> bool:
        """Has the first <h1> been read, with few paragraphs since: where the standfirst stands?"""
        return (self._h1_paragraph is not None
                and len(self.paragraphs) - self._h1_paragraph <= _STANDFIRST_AFTER_HEADLINE)

    def _role(self, tag: str, attrs, closes: bool, hidden: bool) -> str:
        """What the element is to the text: "hidden", "dropped" or "chrome" (its content is not
        read), "formula" (read whole by _FirstPass), "form", "section", "quote", or "" (read as it
        comes).  Only an element the page closes itself may be dropped or read whole: an unclosed
        <button> would take the rest of its parent.  Nor does an unclosed <q> get marks: its
        closing mark would never come."""
        if hidden:
            return "hidden"
        if closes and self._is_dropped(tag, attrs):
            return "held" if tag in _HELD_BACK else "dropped"
        if closes and self._drop_chrome and not self._chrome and tag in _CHROME_CONTAINERS and _is_chrome(attrs):
            return "chrome"
        if self._dropped:
            return ""
        if tag == "form" and self._form_start is None:
            return "form"
        if tag == "math" and closes:
            return "formula"
        if closes and (tag in _MATH_LAYOUT or tag in _MATH_TOKENS and any(map(self._open_tags.get, _MATH_LAYOUT))):
            return "dropped"  # a fraction or a power outside a closed <math>: read as it comes, "12" for 1/2
        if self._started in self._owners or self._started in self._story_headers:
            return "section"  # a story's header kept outside its <article> is the story's too
        return "quote" if tag == "q" and closes else ""

    def _is_dropped(self, tag: str, attrs) -> bool:
        """Is this element, which the page closes, no part of the text?"""
        if tag in _PAGE_PARTS:
            return self._is_page_part(tag, attrs)
        if tag == "label":
            return self._form_start is not None  # a form's field name; outside a form it is text
        if tag == "object":
            return self._started in self._plugin_prompts
        if tag == "template" and _is_shadow_root(attrs):
            return False  # drawn in its element's place, no script needed
        if tag in _HELD_BACK:
            return not self._read_held
        return tag in _DROPPED

    def _is_page_part(self, tag: str, attrs) -> bool:
        """Is this <header> or <footer> the page's (its banner, its small print), not a section's?"""
        if any(name == "role" and (value or "").strip().lower() in _PAGE_PART_ROLES for name, value in attrs):
            return True
        if any(_first_piece(name) in _SITE_WORDS for name in _class_names(attrs)):
            return True
        if not self._sections:
            return not self._is_story_header(tag)
        return tag == "footer" and not _is_own_footer(attrs)

    def _is_story_header(self, tag: str) -> bool:
        """Is this <header> outside any section the story's own (see _story_headers)?  One that is
        not, and is read, is noted as a candidate for that."""
        if tag != "header":
            return False
        if not self._dropped:
            self.page_headers.append(self._started)
        return self._started in self._story_headers

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag == "br" and not self._dropped:
            self._release_raised()
            self._current.append("\n")

    def handle_endtag(self, tag: str) -> None:
        closed = self._end(tag)
        for closed_tag, number, role in closed:
            if role in _SKIPPED:
                self._dropped -= 1
                self._chrome -= role == "chrome"
                self._hidden -= role == "hidden"
                self._held -= role == "held"
                self._math -= _is_math(closed_tag, role)
            elif role == "form":
                self._end_form()
            elif role == "section":
                self._sections -= 1
            elif role == "quote":
                self._quotes -= 1
                self.handle_data(_QUOTE_MARKS[self._quotes % 2][1])
            if self._raised is not None and number == self._raised.number:
                self._end_raised()
            if self._standfirsts and number == self._standfirsts[-1]:
                self._flush()  # its text is the standfirst's, not the next paragraph's
                self._standfirsts.pop()
        if closed and closed[-1][2] in _SKIPPED:
            return
        if tag == "title" and self._in_title:
            self._in_title = False
            self.title = self.title or " ".join("".join(self._title_parts).split())
        if tag == "h1" and self._h1_parts is not None:
            self.first_h1 = " ".join(_without_fraction_edges("".join(self._h1_parts)).split())
            self.h1_in_text = self._h1_kept and bool(self.first_h1)
            self._h1_paragraph = len(self.paragraphs)  # the <h1>'s own paragraph is the next one
            self._h1_parts = None
            if self._form_start is not None:
                self.h1_form = len(self.forms)  # the index the open form will get
        if self._dropped:
            return
        if tag in _BLOCKS:
            if tag == "tr" and self._row_cells == {"th"}:
                self._heading = True  # a row of column names labels the rows below, as a subheading does
            self._flush()
            self._heading = False
            if tag == "pre":
                self._pre = max(0, self._pre - 1)
            elif tag in ("ul", "ol") and self._lists:
                self._lists.pop()

    def handle_data(self, data: str) -> None:
        data = unescaped_again(data)
        if _CELL in data:  # the page's own private-use character must not pass for a cell boundary
            data = data.replace(_CELL, "")
        if _FRACTION_EDGE in data:  # nor for a fraction's edge
            data = data.replace(_FRACTION_EDGE, "")
        self._add_data(data)

    def _add_formula(self, reading: str) -> None:
        """A formula's reading, its fractions' edges still marked: beside a figure or a letter in the
        page they become a space when the paragraph is complete (see _without_fraction_edges), so
        "3<math>(1/2)</math> miles" reads "3 1/2 miles", not "31/2".  A superscript is read before
        that and cannot keep the marks: a fraction in one is dropped."""
        if _FRACTION_EDGE in reading and (self._raised is not None or self._in_title):
            reading = ""
        self._add_data(reading)

    def _add_data(self, data: str) -> None:
        if self._raised is not None and not self._dropped and not self._in_title:
            self._raised.parts.append(data)  # read when the element ends: a footnote mark, a power, a word
            return
        self._add_text(data)

    def _add_text(self, data: str) -> None:
        if self._in_title:
            self._title_parts.append(data)
            return
        # A formula's elements are read as it (no "12"), and an element dropped inside the headline
        # (a struck-out "<del>10</del>", an icon's <svg>) is none of its words.
        if self._h1_parts is not None and not self._math and self._dropped <= self._h1_dropped:
            self._h1_parts.append(data)
        if self._dropped:
            if self._chrome:
                self.chrome_words += len(data.split())
            elif self._hidden:
                self.hidden_words += len(data.split())
            elif self._held == self._dropped:  # held back, and inside nothing dropped for its own sake
                self.held_words += len(data.split())
            return
        self._current.append(data if self._pre else _PRE_SAFE.sub(" ", data))
        self._has_text = self._has_text or not data.isspace()

    def _tail(self) -> str:
        """The last characters of the paragraph so far: what a superscript follows."""
        tail = ""
        for piece in reversed(self._current):
            tail = piece + tail
            if len(tail) >= RAISED_CONTEXT:
                break
        return tail.replace(_FRACTION_EDGE, "")[-RAISED_CONTEXT:]

    def _end_raised(self) -> None:
        raised, self._raised = self._raised, None
        self._add_text(raised.read())

    def _release_raised(self) -> None:
        """The superscript's text as the page gives it, read before what comes next."""
        if self._raised is not None:
            raised, self._raised = self._raised, None
            self._add_text("".join(raised.parts))

    def _marker(self) -> str:
        """A list item keeps a bullet (or its number): a list item is story, not a subheading."""
        if self._lists and self._lists[-1] >= 0:
            self._lists[-1] += 1
            return f"{self._lists[-1]}. "
        return LIST_BULLET

    def close(self) -> None:
        super().close()
        self._flush()
        if self._form_start is not None:  # a form left open runs to the end of the page
            self._end_form()

    def _end_form(self) -> None:
        self._flush()
        self.forms.append((self._form_start, len(self.paragraphs)))
        self._form_start = None

    def _flush(self) -> None:
        self._release_raised()  # a <sup> still open when its paragraph ends
        raw = _without_fraction_edges("".join(self._current))
        self._current = []
        self._has_text = False
        if self._pre:
            pieces = [raw]
        else:
            # Two or more <br> in a row (whitespace between them or not) end a paragraph, as
            # </p><p> does: pages that build paragraphs that way read as paragraphs, not one block.
            pieces = _PARAGRAPH_BREAK.split(raw)
        for piece in pieces:
            if self._pre:
                lines = [_CELL_BOUNDARY.sub(CELL_GAP, line).rstrip() for line in piece.split("\n")]
            else:
                lines = [_CELL_BOUNDARY.sub(CELL_GAP, " ".join(line.split())).strip() for line in piece.split("\n")]
            text = "\n".join(line for line in lines if line.strip())
            if text:
                if self._heading:
                    self.heading_paragraphs.add(len(self.paragraphs))
                self.paragraphs.append(text)


# An entity left in the text once its markup is read: the page was escaped twice (a CMS bug), and
# "A&amp;nbsp;storm" meant "A storm", "1990&amp;#8211;2000" meant "1990–2000", "&amp;lt;40%" meant "<40%".
# But a page about markup shows references on purpose ("write &amp;lt;script&amp;gt;" shows "write
# &lt;script&gt;"): a second decoding makes no bracket of a written tag, none at all in a text that writes
# one, and makes an ampersand only where it joins words ("Smith &amp;amp; Jones"), not where it starts a
# reference again ("&amp;amp;amp;" shows "&amp;amp;").
_ENTITY_LEFT = rx.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_MARKUP_BRACKETS = frozenset("<>")
_OPENING_BRACKET = r"&(?:lt|#0*60|#[xX]0*3[cC]);"
_CLOSING_BRACKET = r"&(?:gt|#0*62|#[xX]0*3[eE]);"
# A tag written with references, "&lt;script&gt;", "&lt;/b&gt;", "&lt;!-- ... --&gt;": the text is about markup,
# and shows its references as written.
_WRITTEN_TAG = rx.compile(_OPENING_BRACKET + r"[/!?]?[A-Za-z-][^<>]{0,200}?" + _CLOSING_BRACKET)
# ... or the start of one: "&lt;script" is never a comparison, which reads "&lt;40%", "&lt; 5 mm", "&lt;£10".
_TAG_OPENING = rx.compile(_OPENING_BRACKET + r"[/!?]?[A-Za-z]")


def unescaped_again(text: str) -> str:
    """``text`` with the entities still in it, once decoded, decoded where a CMS escaped them twice (see
    _ENTITY_LEFT)."""
    if "&" not in text:
        return text
    about_markup = _WRITTEN_TAG.search(text) is not None
    return _ENTITY_LEFT.sub(lambda entity: _decoded_again(entity, about_markup), text)


def _decoded_again(entity: re.Match, about_markup: bool) -> str:
    character = _entities.unescape(entity.group())
    if character in _MARKUP_BRACKETS and (about_markup or _TAG_OPENING.match(entity.string, entity.start())):
        return entity.group()
    if character == "&" and (about_markup or _REFERENCE_NAME_AFTER.match(entity.string, entity.end())):
        return entity.group()
    return character


# What makes an ampersand decoded again the start of a reference: a name or number and its ";".
_REFERENCE_NAME_AFTER = rx.compile(r"(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _is_shadow_root(attrs) -> bool:
    """<template shadowrootmode="open">: a declarative shadow root, which the browser draws."""
    return any(name in _SHADOW_ROOT_ATTRIBUTES for name, _value in attrs)


# --------------------------------------------------------------------------- superscripts and subscripts

# A <sup> or <sub> is held until it ends and then read as a whole (see reader.core.raised):
# "10<sup>6</sup>" reads "10⁶", not "106", and a footnote mark goes.
# The roles of elements whose content is not read as it comes (a "formula" is read whole instead).
_SKIPPED = ("dropped", "chrome", "hidden", "held", "formula")

# A <q>'s quotation marks are drawn by the browser's style sheet, not written in the page: without
# them "<q>we are safe</q>" would read as the writer's own words.  Outer, then inner marks.
_QUOTE_MARKS = (("“", "”"), ("‘", "’"))
# Tags that break a line or start a block or a cell: a superscript holding one is no footnote mark.
_BREAKS_RAISED = _BLOCKS | {"br", "td", "th"}


class _Raised:
    """An open <sup> or <sub>: its text waits until the element ends, to be read as a whole."""

    def __init__(self, tag: str, number: int, before: str) -> None:
        self.tag = tag
        self.number = number  # the element's start tag's number (see _Elements)
        self.before = before  # the paragraph's last characters before it
        self.parts: list[str] = []
        self.linked = False  # holds a link: a reference to a note

    def note_start(self, tag: str, attrs) -> None:
        if tag == "a":
            self.linked = True

    def read(self) -> str:
        return read_raised(self.tag, self.before, "".join(self.parts), linked=self.linked)


# --------------------------------------------------------------------------- formulas and plugins

# MathML read into the line as it comes gives wrong numbers: "<mfrac><mn>1</mn><mn>2</mn></mfrac>"
# reads "12", "<msup><mn>10</mn><mn>6</mn></msup>" "106".  A missing number is better than a wrong
# one, so a formula is read only when it is a row of numbers, names, operators and words and the
# rows and wrappers that group them ("x=40", "150 km/h"), a power that a <sup> would read as one
# (see _power_text), or a fraction of such ("1/2", "(x+1)/2": see _fraction_text); any other
# formula is dropped whole.
_ROW_MATH = frozenset("math mrow mstyle semantics mn mi mo mtext".split())
# A fraction, a power or a root outside a <math> the page closes (none, or one left unclosed) is
# dropped, as are the numbers and names of one left unclosed itself: "<mfrac><mn>1</mn><mn>2</mn>"
# would read "12".  The text of an unclosed one is read: it would take the rest of its parent.
_MATH_LAYOUT = frozenset("mfrac msup msub msubsup mroot msqrt mmultiscripts munderover".split())
_MATH_TOKENS = frozenset("mn mi mo mtext ms mrow mstyle".split())


def _is_math(tag: str, role: str) -> bool:
    return role == "formula" or role == "dropped" and (tag in _MATH_LAYOUT or tag in _MATH_TOKENS)


# The formula again as TeX or MathML source, for programs: not read.
_MATH_SOURCE = frozenset({"annotation", "annotation-xml"})
# Invisible function application, times, separator and plus: read as a space, so that the numbers
# on either side cannot run together.
_INVISIBLE_OPERATORS = rx.compile("[\u2061-\u2064]")
# Elements nested deeper than this in a formula: none in a real one; dropped, never read (the
# reading recurses, and "<mrow>" 3,000 times would exceed Python's recursion limit).
_DEEPEST_FORMULA = 32


class _MathElement:
    __slots__ = ("tag", "attrs", "children")

    def __init__(self, tag: str, attrs=()) -> None:
        self.tag = tag
        self.attrs = dict(attrs)
        self.children: list[_MathElement | str] = []  # elements and text, in page order


class _Formula:
    """A <math> element in the first reading: its elements and text, read as a whole at its end."""

    def __init__(self, number: int) -> None:
        self.number = number  # the <math> start tag's number (see _Elements)
        self._open = [_MathElement("math")]  # as _Elements nests them: a void element holds nothing
        self._unreadable = False  # nested too deep, or holding a formula that cannot be read

    def start(self, tag: str, attrs=()) -> None:
        element = _MathElement(tag, attrs)
        self._open[-1].children.append(element)
        if tag not in _VOID:
            self._open.append(element)
        self._unreadable = self._unreadable or len(self._open) > _DEEPEST_FORMULA

    def end(self) -> None:
        """The innermost element open inside the formula ends."""
        if len(self._open) > 1:
            self._open.pop()

    def text(self, data: str) -> None:
        self._open[-1].children.append(data.replace(_FRACTION_EDGE, ""))  # the page's own: no edge

    def take(self, inner: _Formula) -> None:
        """A <math> that ended inside this one stands in it as what it reads as."""
        reading = inner.reading()
        if reading is None:
            self._unreadable = True
        else:
            self._open[-1].children.append(reading)

    def reading(self) -> str | None:
        """What the formula reads as (its fractions' edges marked, see _FRACTION_EDGE), or None."""
        reading = None if self._unreadable else _math_text(self._open[0])
        return None if reading is None or _MISREAD_FRACTION.search(reading) else reading

    def read(self) -> str:
        """What the formula reads as, "" when it is dropped.  The line breaks and indents of its source
        around it are no part of it (a browser shows none): "<math>⏎  <mn>5</mn>⏎</math>." reads "5.".
        Its fractions' edges stay marked: the text beside the formula decides whether they are a
        space (see _ArticleText._add_formula)."""
        return (self.reading() or "").strip()


def _math_text(element: _MathElement) -> str | None:
    """What ``element`` reads as, or None when it cannot be read without risking a wrong number."""
    if element.tag in _MATH_SOURCE:
        return ""
    if element.tag == "msup":
        return _power_text(element)
    if element.tag == "mfrac":
        return _fraction_text(element)
    if element.tag not in _ROW_MATH:
        return None
    parts = []
    for child in element.children:
        part = _INVISIBLE_OPERATORS.sub(" ", child) if isinstance(child, str) else _math_text(child)
        if part is None:
            return None
        parts.append(part)
    return "".join(parts)


def _power_text(msup: _MathElement) -> str | None:
    """A power of ten or a unit's square or cube, as "10<sup>6</sup>" and "m<sup>2</sup>" read
    ("10⁶", "m²": see reader.core.raised); None for any other (read_raised would take the "3" of
    "2<sup>3</sup>" for a footnote mark)."""
    elements = _two_parts(msup)
    if elements is None or elements[0].tag not in ("mn", "mi") or elements[1].tag != "mn":
        return None
    base, exponent = ((_math_text(element) or "").strip() for element in elements)
    raised = read_raised("sup", base, exponent)
    if not raised or raised == exponent:  # a footnote mark or a word's end, not a power
        return None
    return base + raised


def _fraction_text(mfrac: _MathElement) -> str | None:
    """A fraction as text writes it: "1/2", and a side that is more than one number or name in
    parentheses, "(x+1)/2", "(1/2)/3".  None for two figures stacked without a bar (linethickness
    0: a binomial coefficient, no fraction) and for a side that cannot be read or reads as nothing.
    The fraction's edges are marked: beside a figure or a name it must stay apart ("3 1/2")."""
    elements = _two_parts(mfrac)
    if elements is None or _without_bar(mfrac):
        return None
    sides = [_math_text(element) for element in elements]
    if any(side is None or not side.strip() for side in sides):
        return None
    numerator, denominator = (_grouped(side.strip()) for side in sides)
    return f"{_FRACTION_EDGE}{numerator}/{denominator}{_FRACTION_EDGE}"


def _two_parts(element: _MathElement) -> list[_MathElement] | None:
    """The two elements a power or a fraction is made of, or None (a third one, or text beside them)."""
    if any(isinstance(child, str) and child.strip() for child in element.children):
        return None
    elements = [child for child in element.children if isinstance(child, _MathElement)]
    return elements if len(elements) == 2 else None


def _without_bar(mfrac: _MathElement) -> bool:
    """linethickness="0" (or "0px", "0.0em", "-0"): the bar is not drawn."""
    thickness = re.match(r"\s*[-+]?(\d*\.?\d+)", mfrac.attrs.get("linethickness") or "")
    return thickness is not None and float(thickness.group(1)) == 0


def _grouped(side: str) -> str:
    return side if _ONE_TERM.fullmatch(side) else f"({side})"


# One number or name: "2", "1,000", "2.5", "x", "10⁶".
_ONE_TERM = rx.compile(r"[\w.,]+")
# Where a fraction begins and ends while its formula is read: a space where it touches a figure or a
# letter ("3" and "1/2" are "3 1/2", not "31/2"), nothing elsewhere.
_FRACTION_EDGE = "\ue001"
_TOUCHING_EDGES = rx.compile(r"(?<=\w)\ue001+(?=\w)")


# A fraction after a figure and a minus, or before a percent sign, reads as something else in text:
# "2-3/4" as a range, "50/100%" as a share of 100 %.  Such a formula is dropped.
_MISREAD_FRACTION = rx.compile(r"\d\s*[-\u2212\u2013]\s*\ue001|\ue001\s*%")


def _without_fraction_edges(text: str) -> str:
    return _TOUCHING_EDGES.sub(" ", text).replace(_FRACTION_EDGE, "")


# An <object>'s fallback text that asks for a plugin or another browser ("You need to upgrade your
# Adobe Flash Player to watch this video"): a message about the reader's software, not the story.
# Other fallback text (a transcript, the figures of a chart) is what a browser shows today: read.
_PLUGIN_PROMPT = rx.compile(r"\b(?:flash\s*player|adobe\s+flash|plug-?ins?|your\s+browser|silverlight|quicktime"
                            r"|realplayer|java\s+applet)\b", re.IGNORECASE)


class _Fallback:
    """An <object> in the first reading: the text it shows where its plugin cannot run."""

    def __init__(self, number: int) -> None:
        self.number = number  # the <object> start tag's number (see _Elements)
        self.parts: list[str] = []

    def asks_for_a_plugin(self) -> bool:
        """A short fallback that names a plugin or the browser is a prompt to install one; a
        longer one ("If the chart does not show in your browser, here are its figures: ...") is
        the content itself."""
        text = " ".join(self.parts)
        return len(text.split()) <= _PROMPT_MAX_WORDS and _PLUGIN_PROMPT.search(text) is not None


_PROMPT_MAX_WORDS = 30


# --------------------------------------------------------------------------- the story's own header

# What only a page's banner holds: its menus and its search box.
_NAVIGATION_TAGS = frozenset("nav menu form input select textarea".split())
_NAVIGATION_ROLES = frozenset("navigation search menu menubar".split())
# A section's name or the author's beside a headline are links; more than this is a row of them.
_HEADER_LINKS = 3


class _HeaderEvidence:
    """A <header> in the first reading: its headline (its first <h1> or <h2>) and what would make
    it the page's banner instead, a menu, a search box or a row of links."""

    def __init__(self, number: int) -> None:
        self.number = number  # the <header> start tag's number (see _Elements)
        self.heading = ""
        self._heading_number: int | None = None
        self._heading_parts: list[str] | None = None  # while the headline is open
        self.navigates = False
        self.links = 0
        self.words = 0
        self.link_words = 0

    def start(self, tag: str, attrs, number: int) -> None:
        if tag in _NAVIGATION_TAGS or _role_of(attrs) in _NAVIGATION_ROLES:
            self.navigates = True
        elif tag == "a":
            self.links += 1
        elif tag in ("h1", "h2") and self._heading_number is None:
            self._heading_number = number
            self._heading_parts = []

    def text(self, data: str, *, linked: bool) -> None:
        words = len(data.split())
        self.words += words
        self.link_words += words if linked else 0
        if self._heading_parts is not None:
            self._heading_parts.append(data)

    def ended(self, number: int) -> None:
        if number == self._heading_number and self._heading_parts is not None:
            self.heading = " ".join("".join(self._heading_parts).split())
            self._heading_parts = None

    def is_a_banner(self) -> bool:
        return self.navigates or self.links > _HEADER_LINKS or 2 * self.link_words > self.words


def _role_of(attrs) -> str:
    return next(((value or "").strip().lower() for name, value in attrs if name == "role"), "")


# A page has a banner and perhaps the story's header outside the story: the headers after these
# are a list's entries, none the story's (and a page of thousands is not looked through).
_MOST_PAGE_HEADERS = 4


def _story_headers(parser: _ArticleText, first: _FirstPass) -> frozenset[int]:
    """The <header>s outside any <article>, <section> or <main> that are the story's own: pages
    put the article's header (headline, standfirst, byline, date) before the <article> too, or
    have no <article>.  Unlike the page's banner it holds no menu, search box or row of links, and
    its headline is the page's (see _is_the_headline)."""
    candidates = [first.headers.get(number) for number in parser.page_headers[:_MOST_PAGE_HEADERS]]
    candidates = [header for header in candidates if header and header.heading and not header.is_a_banner()]
    if not candidates:
        return frozenset()
    titles = [title for title in (parser.title, parser.og_title) if title]
    story_words = set().union(*map(_content_stems, parser.paragraphs))
    return frozenset(header.number for header in candidates if _is_the_headline(header.heading, titles, story_words))


def _is_the_headline(heading: str, titles: list[str], story_words: set[str]) -> bool:
    """Is ``heading`` the story's headline: the headline of the page's <title> or og:title, or,
    where neither tells, a line in the words the story is told in?  The site's name beside the
    headline in a title ("... | Northern Daily") is none."""
    if any(_says_the_same(heading, title) for title in titles):
        return True
    if any(_says_the_same(heading, piece) for title in titles for piece in _end_pieces(title)):
        return False
    return _told_in_the_storys_words(heading, story_words)


def _end_pieces(title: str) -> list[str]:
    """The pieces at either end of a title, where its site's name stands ("Site | Headline", "Headline | Site")."""
    pieces = _TITLE_SEPARATOR.split(title)
    return pieces if len(pieces) <= 2 * _MOST_TITLE_CUTS else pieces[:_MOST_TITLE_CUTS] + pieces[-_MOST_TITLE_CUTS:]


# A headline shares this many of its words with the story, and at least half of them; a site's
# name ("The Harrowgate Courier") is two or three words, and one may come up in the story.
_SHARED_HEADLINE_WORDS = 3
_SHORTEST_CONTENT_WORD = 4  # shorter ones are mostly function words ("the", "as", "of")


def _told_in_the_storys_words(heading: str, story_words: set[str]) -> bool:
    heading_words = _content_stems(heading)
    shared = len(heading_words & story_words)
    return shared >= _SHARED_HEADLINE_WORDS and 2 * shared >= len(heading_words)


def _content_stems(text: str) -> set[str]:
    return {stem(word) for word in _LETTER_WORD.findall(text.casefold()) if len(word) >= _SHORTEST_CONTENT_WORD}


_LETTER_WORD = rx.compile(r"[^\W\d_]+")


def _parse(html: str, first: _FirstPass, *, xhtml: bool, drop_chrome: bool, drop_hidden: bool = True,
           story_headers: frozenset[int] = frozenset(), read_held: bool = False) -> _ArticleText:
    parser = _ArticleText(first, xhtml, drop_chrome, drop_hidden, story_headers, read_held)
    stumbled_at = _feed(parser, html)
    if stumbled_at is not None:  # _first_pass read this very text: the parser cannot fail on it now
        raise UnreadableMarkup(_stumble_message(html, stumbled_at))
    return parser


# --------------------------------------------------------------------------- what the parser cannot take

class UnreadableMarkup(DocumentError):
    """The page's markup defeats the HTML parser even where it is read as text; the message
    says where.  ``reader.core.document`` puts the file's name before it."""


def _parsable(html: str) -> str:
    """The page with what ``html.parser`` reads slowly or wrongly made plain text beforehand, and
    with the end tag of a script or style that lost its own put back where the page's text resumes.

    Nothing the page shows is lost: only markup that can never be complete changes."""
    return _with_lost_script_ends_restored(_unfinished_tags_as_text(_without_unclosed_comments(html)))


def _with_lost_script_ends_restored(html: str) -> str:
    """A <script> or <style> whose end tag was lost ends where the page's text resumes.

    Until its end tag all is a script's content, and a browser hides it: a saved article whose
    "</script>" was lost (cut by a bad copy, or by a broken page template) hid every word up to the
    next script's end, or to the end of the page, and so did the parser, without a sign.  A script
    runs to the end of a page cut off inside it too, where nothing follows but its code; but where
    prose follows the code (see ``_where_text_resumes``), the script ends there and the rest is read
    as the page.  A script that an end tag does close lost its own only if another script opens
    before that end (the end is the later script's), and then only if lines of nothing but tags
    stand in it ("</head>", "<body class=...>"): the page's markup, which code has only in its
    strings.  A script closed by its own end tag is never the page's text, whatever it holds: a
    template ("text/html", "text/x-template") is lines of tags and prose that the browser never shows.
    (Each part of the page is looked at once: a page of thousands of scripts is no slower.)"""
    last_end = {name: max((end.start() for end in pattern.finditer(html)), default=-1)
                for name, pattern in _SCRIPT_END.items()}
    pieces, done, at = [], 0, 0
    while (start := _SCRIPT_START.search(html, at)) is not None:
        at = start.end()
        if html[start.end() - 2] == "/":  # "<script src=... />" opens nothing
            continue
        name = start.group(1).lower()
        end = _SCRIPT_END[name].search(html, start.end()) if start.end() <= last_end[name] else None
        stop = len(html) if end is None else end.start()
        resumes = None
        if end is None or (_SCRIPT_START_OF[name].search(html, start.end(), stop)
                           and _TAG_ONLY_LINE.search(html, start.end(), stop)):
            resumes = _where_text_resumes(html, start.end(), stop)
        if resumes is not None:
            pieces += [html[done:resumes], f"</{name}>"]
            done = at = resumes
        elif end is None:
            break  # a page cut off in its script: the rest is code
        else:
            at = end.end()
    return "".join(pieces) + html[done:] if pieces else html


def _where_text_resumes(html: str, content: int, stop: int) -> int | None:
    """Where, in ``html[content:stop]`` (the content of a script or style), the page's own text resumes:
    the first piece of it (a line, or what follows a ";", "{" or "}" on one) that reads as prose and
    that no code follows, taking along the lines of text or of tags just before it (the first lines
    of a paragraph wrapped in the file, the tags that open it).  A line may be the page's markup
    around its prose ("<p>The storm hit ...</p>"); inside a line, markup is a string of the code
    ("x = 1; '<p>Hello</p>'").  None if there is only code (comments and template strings are code:
    they may read as prose, or as the page's markup)."""
    for token in _CODE_TOKEN.finditer(html, content, stop):
        piece = token.group("piece")
        if piece is None or len(piece) < _SHORTEST_PROSE:
            continue  # a comment, a template string, or too short to be a sentence
        text = piece.lstrip()
        # Its own line: after the script's start tag, a line break, or a line break and spaces.
        if token.start() == content or html[token.start() - 1] == "\n" or "\n" in piece[:len(piece) - len(text)]:
            text = _TAG_IN_LINE.sub(" ", text)
        if _reads_as_prose(text) and not _code_follows(html, token.end()):
            return _with_text_lines_before(html, content, token.end() - len(piece.lstrip()))
    return None


def _with_text_lines_before(html: str, content: int, start: int) -> int:
    """``start``, or the start of the lines just before it when it starts a line: lines of text or
    markup with no sign of code and no comment outside their tags (a headline, a dateline, "</head>",
    '<div class="byline">By Ann Lee</div>'), and blank lines."""
    line_start = html.rfind("\n", content, start) + 1 or content
    if html[line_start:start].strip():
        return start  # code before it on its line
    while line_start > content:
        previous = html.rfind("\n", content, line_start - 1) + 1 or content
        if _CODE_IN_LINE.search(_TAG_IN_LINE.sub(" ", html[previous:line_start])):
            break
        line_start = previous
    return line_start


def _reads_as_prose(piece: str) -> bool:
    """Does this piece of a script or style read as a sentence of prose, not as code (or a string in it)?"""
    if _SENTENCE_END.search(piece) is None or _CODE_SIGN.search(piece) or _STRING_LITERAL.match(piece):
        return False
    words = piece.split()
    return (len(words) >= _PROSE_WORDS
            and sum(1 for word in words if _PROSE_WORD.fullmatch(word)) >= _PROSE_WORD_SHARE * len(words))


def _code_follows(html: str, at: int) -> bool:
    """Is what follows ``at`` code rather than the page's text and markup?  A string in a script may
    read as prose ("'... is deprecated and no longer does anything.');"), but code goes on after it."""
    ahead = _TAG_IN_LINE.sub(" ", html[at:at + _LOOK_AHEAD])
    return len(_CODE_MARK.findall(ahead)) > _CODE_MARKS_A_WORD * len(ahead.split()) + 1


# After _unfinished_tags_as_text: a ">" follows every "<", so each search stops at the next one.
_SCRIPT_START = rx.compile(r"<(script|style)\b[^>]*+>", re.IGNORECASE)
# Another script (or style) opening inside one: the end tag that follows is the later one's.
_SCRIPT_START_OF = {name: rx.compile(rf"<{name}\b[^>]*+>", re.IGNORECASE) for name in ("script", "style")}
# Where html.parser ends a script's or a style's content.
_SCRIPT_END = {name: rx.compile(rf"</\s*{name}\s*>", re.IGNORECASE) for name in ("script", "style")}
# A script or style read token by token: a comment of JavaScript or CSS ("//" after a colon is a web
# address in a string: "https://..."), a template string (the markup and prose a script writes into the
# page), or a piece of code: a statement, a rule or a line, up to a ";", "{" or "}" or the end of a line
# (the ";" of an entity, "&nbsp;", ends none).
_CODE_TOKEN = rx.compile(
    r"/\*.*?(?:\*/|\Z)|(?<![:\\])//[^\n]*|`(?:[^`\\]|\\.)*+(?:`|\Z)"
    r"|(?P<piece>\s*+(?:[^;{}\n&/`]|&#?\w+;|&|/(?![/*])|(?<=[:\\])//)*+[;{}\n]?)", re.DOTALL)
# Code in a line, outside its tags: a statement's end, a brace, an assignment, a call, a comment, a
# template or a logical operator.  A line of text may have a label ("Source: ...") or a "|" between
# a byline's parts.
_CODE_IN_LINE = rx.compile(r"[;{}=`]|\w\(|(?<![:\\])//|/\*|\*/|&&|\|\|")
_TAG_IN_LINE = rx.compile(r"</?[A-Za-z][^<>]*>")
_TAG_ONLY_LINE = rx.compile(r"^[ \t]*(?:</?[A-Za-z][^<>\n]*+>[ \t]*)+$", re.MULTILINE)
# What code has and prose has not: an assignment or comparison, a call ("go(", "$("), a template,
# escapes, a key or property opening the piece ("color: red", '"name": "Ann"'), the next argument
# or the end of a call opening it (', "is deprecated.")'), and a "+" ending it (strings joined over lines).
_CODE_SIGN = rx.compile(r"[=<>\\|`]|[\w$]\(|\$[.{]|^\s*[\"']?[\w@-]+[\"']?\s*:|^\s*[,)\]]|\+\s*$")
# A string by itself, or returned or thrown: 'return "Try again later."'.
_STRING_LITERAL = rx.compile(r"\s*(?:\w+\s+)?([\"']).*\1\W*$", re.DOTALL)
_PROSE_WORD = rx.compile(r"[(\"'“‘«\[]*[^\W_]+(?:[-’'.,/][^\W_]+)*[)\"'”’»\].,:;!?%]*")
_SENTENCE_END = rx.compile(r"[^\W\d_]{2}[.!?][\"'”’»)]*(?:\s|$)")
# Code has a ";", a brace, an "=" or a call every few words; prose one in many sentences.
_CODE_MARK = rx.compile(r"[;{}=]|\w\(")
_CODE_MARKS_A_WORD = 0.1
_LOOK_AHEAD = 1000
_PROSE_WORDS = 6
_SHORTEST_PROSE = 2 * _PROSE_WORDS + 3  # six words of a letter, spaces, and a sentence's end
_PROSE_WORD_SHARE = 0.8


def _unfinished_tags_as_text(html: str) -> str:
    """A "<" with no ">" anywhere after it can start no tag, comment or declaration: it is text.

    ``html.parser`` looks for that ">" again from every such "<", which takes quadratic time:
    "if a<b then c " 5,000 times (a plain-text article saved as .html, 68 KB) took 30 s, and
    "<a " 20,000 times 97 s.  Escaped, the tail reads as it did ("if a<b then c"), in one pass."""
    last = html.rfind(">")
    if html.find("<", last + 1) == -1:
        return html
    return html[:last + 1] + html[last + 1:].replace("<", "&lt;")


def _without_unclosed_comments(html: str) -> str:
    """A "<!--" that no "-->" follows hides nothing (a browser would hide the rest of the page,
    the parser shows it, "<!-- oops <p>At least 12 ..." as words): only the "<!--" goes, and
    what follows it is read as the page's markup.  It also saves the parser a search to the end
    of the page for each one: "<!-- a > " 20,000 times took minutes."""
    start = html.rfind("<!--")
    if start == -1 or _COMMENT_CLOSE.search(html, start + 4):
        return html
    last_close = max((found.end() for found in _COMMENT_CLOSE.finditer(html, 0, start)), default=0)
    return html[:last_close] + html[last_close:].replace("<!--", "")


def _is_xhtml(html: str) -> bool:
    """An XML declaration or the XHTML namespace: an XHTML page, where a CDATA section is text."""
    return bool(_XML_DECLARATION.match(html) or _XHTML_NAMESPACE.search(html, 0, 4096))


def _first_pass(html: str, xhtml: bool) -> tuple[str, _FirstPass]:
    """``(html, first)``: the page as the parser reads it, and its first reading (see _FirstPass).

    A last resort for markup the parser itself cannot take (Python's ``html.parser`` raises
    AssertionError on some declarations; the next version may stumble elsewhere): the "<" that
    opens the markup it stumbled in is read as text and the page read again, a few times at
    most.  A stumble in text is the clear error at once: the "<" before it opens a good tag."""
    repairs = 0
    while True:
        first = _FirstPass(xhtml)
        stumbled_at = _feed(first, html)
        if stumbled_at is None:
            return html, first
        start = _markup_start(html, stumbled_at)
        if start is None or repairs == _MAX_REPAIRS:
            raise UnreadableMarkup(_stumble_message(html, stumbled_at))
        html = html[:start] + "&lt;" + html[start + 1:]
        repairs += 1


def _markup_start(html: str, at: int) -> int | None:
    """The "<" of the tag or declaration that position ``at`` is in, or None when ``at`` is in
    text.  The parser may report a position inside the markup ("<![ x ]>": past its "<![")."""
    start = html.rfind("<", 0, at + 1)
    if start == -1 or html.find(">", start, at) != -1:
        return None  # no "<" before it, or its tag ended before it
    return start


def _feed(parser: HTMLParser, html: str) -> int | None:
    """Parse ``html`` to the end; None, or where in it the parser stumbled.  An error of our own
    code is no markup problem: it is raised as it is."""
    try:
        parser.feed(html)
        parser.close()
    except Exception as error:
        if not _raised_by_the_parser(error):
            raise
        line, column = parser.getpos()
        return _offset(html, line, column)
    return None


def _raised_by_the_parser(error: Exception) -> bool:
    frames = traceback.extract_tb(error.__traceback__)
    return bool(frames) and os.path.abspath(frames[-1].filename) in _PARSER_FILES


def _offset(html: str, line: int, column: int) -> int:
    """The index in ``html`` of ``html.parser``'s position (lines from 1, columns from 0)."""
    at = 0
    for _ in range(line - 1):
        at = html.find("\n", at) + 1
    return min(at + column, len(html))


def _stumble_message(html: str, at: int) -> str:
    line = html.count("\n", 0, at) + 1
    return (f"its HTML markup could not be read (the parser gave up at line {line}); "
            "save the article's text as .txt and open that")


_PARSER_FILES = frozenset(os.path.abspath(module.__file__) for module in (_html_parser, _markupbase))
_MAX_REPAIRS = 20
_COMMENT_CLOSE = rx.compile(r"--\s*>")  # where html.parser ends a comment
# An XML declaration or the XHTML namespace: the page is XHTML, where CDATA is text.
_XML_DECLARATION = rx.compile(r"\s*<\?xml\b", re.IGNORECASE)
_XHTML_NAMESPACE = rx.compile(r"<html\b[^>]*\bxmlns\s*=\s*[\"']http://www\.w3\.org/1999/xhtml", re.IGNORECASE)


def _without_small_forms(parser: _ArticleText) -> tuple[list[str], set[int], bool]:
    """``(paragraphs, headings, h1_in_text)`` without the forms that hold little of the page:
    a search box, a newsletter sign-up or a comment form goes, but the <form> an ASP.NET page
    wraps around its whole body (the article) stays."""
    total = _words(parser.paragraphs)
    dropped: set[int] = set()
    h1_in_text = parser.h1_in_text
    for index, (start, end) in enumerate(parser.forms):
        if _words(parser.paragraphs[start:end]) < _MOST_OF_THE_PAGE * total:
            dropped.update(range(start, end))
            h1_in_text = h1_in_text and index != parser.h1_form
    kept = [index for index in range(len(parser.paragraphs)) if index not in dropped]
    headings = {new for new, old in enumerate(kept) if old in parser.heading_paragraphs}
    return [parser.paragraphs[index] for index in kept], headings, h1_in_text


def _took_most(paragraphs: list[str], dropped_words: int) -> bool:
    """Did dropping ``dropped_words`` words leave less than most of the page?"""
    kept = _words(paragraphs)
    return bool(dropped_words) and kept < _MOST_OF_THE_PAGE * (kept + dropped_words)


def _words(paragraphs: list[str]) -> int:
    return sum(len(paragraph.split()) for paragraph in paragraphs)


LIST_BULLET = "• "
# A table row is one line, its cells two spaces apart, as Markdown tables are read (markdown_text):
# one cell a line would make every figure a sentence of its own.
CELL_GAP = "  "
_CELL = "\ue000"  # a cell boundary while the row is collected (survives the collapsing of whitespace)
_CELL_BOUNDARY = rx.compile(r"\s*" + _CELL + r"\s*")
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LIST_TAGS = frozenset({"ul", "ol", "li", "dl", "dt", "dd"})  # a list in a summary box is items, not its standfirst
# Outside <pre>, source line breaks are just spaces (only <br> breaks a line).
_PRE_SAFE = rx.compile(r"[\r\n]+")
# Outside <pre> every newline collected is a <br>: two with only whitespace between are a paragraph break.
_PARAGRAPH_BREAK = rx.compile(r"\n\s*\n")


def html_to_text(html: str) -> tuple[str, str, tuple[tuple[int, int], ...]]:
    """``(text, title, headings)`` of an HTML page: the title, then each block as a paragraph;
    ``headings`` are the spans of the paragraphs that were <h1>-<h6>.

    A page that shows no prose of its own may keep its story elsewhere, and is read further, in
    this order: the pages of its <iframe srcdoc> frames (see _with_frames_inline), what it holds
    back for a script (see _read_page), and its JSON-LD data (see _data_story)."""
    xhtml = _is_xhtml(html)
    shown = _read_page(html, xhtml)
    if not _holds_prose(shown.paragraphs) and _SRCDOC.search(html):
        framed = _with_frames_inline(html)
        if framed != html:
            shown = _read_page(framed, xhtml)
    paragraphs, headings, parser = shown.paragraphs, shown.headings, shown.parser
    if not _holds_prose(paragraphs):
        paragraphs = paragraphs + _data_story(html, paragraphs)  # a page its scripts build from its data
    title = _page_title(parser)
    # The title leads the text, unless the headline in the text already says it
    # ("Storm hits coast | The Paper" over an <h1>Storm hits coast</h1>).
    said = shown.h1_in_text and _says_the_same(parser.first_h1, title)
    if title and not said and shown.h1_in_text and _h1_is_the_headline(parser, title, paragraphs, headings):
        # The title is the tab's label, worded for search engines and the outlet's name beside it; the
        # reader sees the <h1> ("Thousands flee as volcano erupts" under "Volcano erupts on Serak - Wire").
        title, said = without_live_badge(parser.first_h1), True
    if title and not said and (not paragraphs or paragraphs[0] != title):
        paragraphs = [title] + paragraphs
        headings = {index + 1 for index in headings}
    text, spans = join_paragraphs(paragraphs, headings)
    return text, title, spans


def _h1_is_the_headline(parser: _ArticleText, title: str, paragraphs: list[str], headings: set[int]) -> bool:
    """Is the page's first <h1>, which says other than its <title>, the story's headline: told in the
    words of the title's own headline or of the story under it?  A logo's <h1> ("The Northern Daily") or a
    section's ("World") is not, and the title stays the headline."""
    story_words = set().union(_content_stems(title), *(_content_stems(paragraph)
                                                       for index, paragraph in enumerate(paragraphs)
                                                       if index not in headings))
    return _is_the_headline(parser.first_h1, [title], story_words)


class _ShownPage(NamedTuple):
    paragraphs: list[str]
    headings: set[int]
    h1_in_text: bool
    parser: _ArticleText


def _read_page(html: str, xhtml: bool) -> _ShownPage:
    """The paragraphs a reader of the page reads, its chrome, forms and hidden parts gone where that
    leaves most of the page."""
    html, first = _first_pass(_parsable(html), xhtml)
    drop_chrome = drop_hidden = True
    parser = _parse(html, first, xhtml=xhtml, drop_chrome=drop_chrome)
    story_headers = _story_headers(parser, first)
    if story_headers:
        parser = _parse(html, first, xhtml=xhtml, drop_chrome=drop_chrome, story_headers=story_headers)
    paragraphs, headings, h1_in_text = _without_small_forms(parser)
    if _took_most(paragraphs, parser.chrome_words):
        drop_chrome = False  # class names took most of it: keep everything instead
        parser = _parse(html, first, xhtml=xhtml, drop_chrome=drop_chrome, story_headers=story_headers)
        paragraphs, headings, h1_in_text = _without_small_forms(parser)
    if parser.hidden_words >= _HIDDEN_STORY_WORDS and _took_most(paragraphs, parser.hidden_words):
        # A page that hides most of its words, a story's worth, shows them once its scripts run
        # (a "read more" box, an article revealed after a consent wall): keep them.
        drop_hidden = False
        parser = _parse(html, first, xhtml=xhtml, drop_chrome=drop_chrome, drop_hidden=drop_hidden,
                        story_headers=story_headers)
        paragraphs, headings, h1_in_text = _without_small_forms(parser)
    if not _holds_prose(paragraphs) and _took_most(paragraphs, parser.held_words):
        # The page shows no story, and most of its words wait in a <noscript> or a <template>: the story
        # a script would show.  A page that shows its story holds back its interface there (a consent
        # dialog, a comment form, "Please enable JavaScript"), however many words those take.
        parser = _parse(html, first, xhtml=xhtml, drop_chrome=drop_chrome, drop_hidden=drop_hidden,
                        story_headers=story_headers, read_held=True)
        paragraphs, headings, h1_in_text = _without_small_forms(parser)
    return _ShownPage(paragraphs, headings, h1_in_text, parser)


def _holds_prose(paragraphs: list[str]) -> bool:
    """Does any paragraph read as a sentence of a story, not a headline, a label or a menu?  Chinese and
    Japanese end theirs with their own full stops, and put no spaces between words."""
    return any(_SENTENCE_END.search(paragraph) and len(paragraph.split()) >= _PROSE_WORDS
               or has_cjk(paragraph) and any(stop in paragraph for stop in FULL_STOPS) for paragraph in paragraphs)


# The structured data a page gives search engines (schema.org in JSON-LD): a NewsArticle's "articleBody"
# is the story's text, all a script needs to build the page from.
_JSON_LD = rx.compile(r"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json\b[^>]*>(.*?)</script\s*>",
                      re.IGNORECASE | re.DOTALL)
_DEEPEST_DATA = 12  # nesting levels of the data looked into ("@graph", lists of items)


def _data_story(html: str, shown: list[str]) -> list[str]:
    """The paragraphs of the story the page's JSON-LD data holds ("articleBody"), [] if none, or if
    it is no longer than what the page shows (``shown``): then it is a summary, or the same text."""
    for script in _JSON_LD.finditer(html):
        try:
            data = json.loads(script.group(1).strip(), strict=False)
        except ValueError:
            continue  # a script of another kind, or data cut short: nothing to read
        story = _body_paragraphs(_article_body(data, _DEEPEST_DATA))
        if story:
            return story if sum(map(len, story)) > sum(map(len, shown)) else []
    return []


def _article_body(data, depth: int) -> str:
    """The first non-empty "articleBody" in ``data``, looking ``depth`` levels down."""
    if depth == 0:
        return ""
    if isinstance(data, dict):
        body = data.get("articleBody")
        if isinstance(body, str) and body.strip():
            return body
        data = list(data.values())
    if isinstance(data, list):
        return next((found for item in data if (found := _article_body(item, depth - 1))), "")
    return ""


def _body_paragraphs(body: str) -> list[str]:
    """An "articleBody" as paragraphs: markup read as a page, text a paragraph a line, entities decoded."""
    if _HTML_TAGS.search(body):
        return [paragraph for paragraph in html_to_text(body)[0].split("\n\n") if paragraph]
    return [" ".join(line.split()) for line in _entities.unescape(body).splitlines() if line.strip()]


_SRCDOC = rx.compile("srcdoc", re.IGNORECASE)
_SRCDOC_FRAME = rx.compile(r"<iframe\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*+>", re.IGNORECASE)
_DEEPEST_FRAME = 3  # frames inside a frame's page


def _with_frames_inline(html: str, depth: int = _DEEPEST_FRAME) -> str:
    """The page with each <iframe srcdoc="...">'s page set before it, as a block: the browser shows
    the page the attribute holds (escaped markup) in the frame's place.  A frame its title, label,
    class, id or name calls an advert, a promotion or a consent or sign-up box is left out."""
    if depth == 0 or not _SRCDOC.search(html):
        return html

    def inline(frame: re.Match) -> str:
        attributes = _start_tag_attributes(frame.group())
        page = attributes.get("srcdoc", "")
        if not page.strip() or _names_a_page_box(attributes):
            return frame.group()
        return f"<div>{_with_frames_inline(page, depth - 1)}</div>{frame.group()}"

    return _SRCDOC_FRAME.sub(inline, html)


# What a frame that is no part of the story is called: sites frame their adverts, sponsored and promoted
# boxes, consent dialogs and sign-up forms ("Advertisement", "google_ads_iframe", "newsletter-signup").
_FRAME_BOX_WORDS = frozenset(
    """ad ads advert adverts advertisement advertising sponsor sponsored promo promotion promoted consent cookie
    cookies gdpr newsletter newsletters subscribe subscription signup outbrain taboola doubleclick""".split()
)
_FRAME_NAMING_ATTRIBUTES = ("title", "aria-label", "class", "id", "name")


def _names_a_page_box(attributes: dict[str, str]) -> bool:
    for attribute in _FRAME_NAMING_ATTRIBUTES:
        pieces = _pieces(attributes.get(attribute, ""))
        if any(piece in _FRAME_BOX_WORDS and not _made_story(pieces, at) for at, piece in enumerate(pieces)):
            return True
    return False


class _StartTag(HTMLParser):
    """The attributes of one start tag, their values unescaped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.attrs: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs) -> None:
        self.attrs = self.attrs or {name: value or "" for name, value in attrs}


def _start_tag_attributes(tag: str) -> dict[str, str]:
    """The attributes of a start tag, their values unescaped."""
    start = _StartTag()
    start.feed(tag)
    start.close()
    return start.attrs


def _og_title(attrs) -> str:
    """The content of <meta property="og:title">, the headline the page gives sites that link to it."""
    values = dict(attrs)
    if (values.get("property") or values.get("name") or "").strip().lower() != "og:title":
        return ""
    return " ".join((values.get("content") or "").split())


def _page_title(parser: _ArticleText) -> str:
    """The page's <title> (the first <h1> where it has none), without the site's name after the
    headline where the page's headline or og:title says where the headline ends."""
    if not parser.title:
        return without_live_badge(parser.first_h1)
    title = _without_site_name(parser.title, [headline for headline in (parser.first_h1, parser.og_title) if headline])
    return without_live_badge(title)


# A live page's badge before its headline: "Live: Jet diverts to Shannon", "LIVE – Cup final: ...", "Live updates:
# ...", "LIVE Cup final: ..." (in capitals it needs no separator; "Live music returns" and "Live-streamed
# trial begins" are headlines).
_LIVE_BADGE = rx.compile(r"^(?:(?i:live)(?: (?i:updates|blog|coverage))?(?:\s*:|\s+[|–—-])\s+|LIVE\s+(?=\S*[a-z]))")


def without_live_badge(title: str) -> str:
    """The title without a live page's badge, which says how the page is kept, not what happened."""
    rest = _LIVE_BADGE.sub("", title, count=1)
    return rest if rest.strip() else title


# A news agency's slug before its headline, in capitals and joined to it by a hyphen: which version of
# the story this is ("UPDATE 2-", "WRAPUP 1-", "RPT-", "REFILE-", "CORRECTED-") or what kind of piece
# ("EXCLUSIVE-", "ANALYSIS-", "FACTBOX-"), one after another ("RPT-UPDATE 1-").  The headline goes on
# straight after the hyphen, so "UPDATE: ..." (the outlet's own label), "COVID-19 ..." and "ASEAN-China
# ..." are none.
_SLUGS = (r"(?:(?:UPDATE|WRAPUP|WRAP|REFILE|RPT|REPEAT|CORRECTED|CORRECTION|EXCLUSIVE|ANALYSIS|INSIGHT|FACTBOX"
          r"|EXPLAINER|TIMELINE|BREAKINGVIEWS|INTERVIEW|PREVIEW|FEATURE|FOCUS|SPECIAL REPORT|GRAPHIC|COLUMN|POLL"
          r"|BRIEF|URGENT|HIGHLIGHTS)(?: \d{1,2})?(?: ?\(OFFICIAL\))?-)+")
WIRE_SLUG = rx.compile(_SLUGS + r"(?=[A-Z0-9\"'“‘$€£])")
# The slug on a line of its own: what is left of a headline's line once its slug is split off.
WIRE_SLUG_ALONE = rx.compile(_SLUGS + "$")


def without_wire_slug(title: str) -> str:
    """The title without a news agency's slug ("UPDATE 2-Bank of England lowers rates to 4%"): the
    slug numbers the story's versions, and its figure is none of the story's."""
    slug = WIRE_SLUG.match(title)
    return title[slug.end():] if slug and title[slug.end():].strip() else title


# Where a page title's site name begins: " | ", " - ", " – ", " — " (a colon is part of headlines:
# "Andrey Medvedev: How ...").
_SITE_NAME_SEPARATOR = rx.compile(r"\s+[|\-–—]\s+")
# A site's name, and a section's before it, are the title's last pieces: "... | World | The Paper".
_MOST_TITLE_CUTS = 3


def _without_site_name(title: str, headlines: list[str]) -> str:
    """"Storm hits coast" of "Storm hits coast | The Paper" over an <h1>Storm hits coast</h1>.

    The title is cut only at a separator, and only where a headline says the same as the part
    before it better than it says the whole: a title whose headline holds a dash ("Biden – Trump
    debate: who won? | The Paper" over "Biden – Trump debate: who won?") loses only the site's
    name, and one whose <h1> is the site's name ("The Paper") keeps it.  The part cut off must be
    shorter than the part kept: in "The Northern Daily - Storm floods coastal towns" over a logo
    <h1>The Northern Daily</h1>, the site's name stands first, and the headline must not go."""
    cuts = [separator.start() for separator in _SITE_NAME_SEPARATOR.finditer(title)][-_MOST_TITLE_CUTS:]
    if not cuts:
        return title
    heads = [title[:cut] for cut in cuts
             if len(_headline_words(title[:cut])) > len(_headline_words(title[cut:]))]
    choices = []
    for headline in headlines:
        words = _headline_words(headline)
        score, _, head = max((_sameness(words, _headline_words(head)), len(head), head) for head in [title, *heads])
        if head != title and score >= _SAME_HEADLINE:
            choices.append((score, len(head), head))
    return max(choices)[2] if choices else title


def _headline_words(text: str) -> list[str]:
    """The words alone: "Storm – and then" and "Storm and then" are the same headline."""
    return _ANY_WORD.findall(text.casefold())


_ANY_WORD = rx.compile(r"\w+")


def _sameness(words: list[str], other_words: list[str]) -> float:
    return difflib.SequenceMatcher(None, words, other_words, autojunk=False).ratio()


# The separators between a page title's headline and the site's name.
_TITLE_SEPARATOR = rx.compile(r"\s+[|–—:-]+\s+")
# Titles are often the headline reworded for search engines ("... keep club out of US fund's hands | Site" over
# "... keep their club out of a US fund's hands"): this much of the words in order is the same headline.
_SAME_HEADLINE = 0.6


def _says_the_same(headline: str, title: str) -> bool:
    """Whether the page title is the headline, perhaps reworded, with the site's name beside it
    (the title's longest piece: "The Paper" in an <h1> is the site's name, not "Storm hits coast")."""
    title_headline = max(_TITLE_SEPARATOR.split(title), key=len).casefold().split()
    return _sameness(headline.casefold().split(), title_headline) >= _SAME_HEADLINE


def join_paragraphs(paragraphs: list[str], marked: set[int]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The paragraphs joined by blank lines, and the spans of those whose indexes are ``marked``."""
    spans = []
    at = 0
    for index, paragraph in enumerate(paragraphs):
        if index in marked:
            spans.append((at, at + len(paragraph)))
        at += len(paragraph) + 2
    return "\n\n".join(paragraphs), tuple(spans)


# Every pattern above is compiled: keep them for the next start.
rx.save()
