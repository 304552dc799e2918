"""Markup to readable text: what a reader of the page would read, nothing else.

HTML and Markdown articles become plain text whose paragraphs (and headings,
list items, quotes) are separated by blank lines, so the sentence splitter sees
the same structure the page showed.  Markup is never counted as words: no tags,
no ``#`` or ``*``, no link targets, no image addresses.

Only the standard library's ``html.parser`` is used; nothing is fetched or run
(script and style contents are dropped unread).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Containers whose content is not the article: navigation, page chrome, code, and
# <figcaption>: the caption and credit of a picture the text does not carry either
# (its <img> alt text is dropped too).  The classifier would call them furniture at
# best; dropped here they can never be taken for story, and a <figure> is no story
# <p> (a pull quote in a <figure> keeps its <blockquote>; only the attribution goes).
_DROPPED = frozenset(
    """script style nav header footer aside form noscript svg iframe template button select
    textarea object embed canvas math dialog menu figcaption""".split()
)
# Elements that start a new paragraph.
_BLOCKS = frozenset(
    """p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre section article main table
    tr td th thead tbody tfoot caption figure address details summary hr center
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
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.title = ""
        self.first_h1 = ""
        self.h1_in_text = False  # the first <h1> is part of the text (not in a dropped <header>)
        self._h1_kept = False
        self._current: list[str] = []
        self._dropped = 0  # depth inside dropped containers
        self._in_title = False
        self._title_parts: list[str] = []
        self._h1_parts: list[str] | None = None
        self._pre = 0
        self._lists: list[int] = []  # for each open list: items so far (ordered) or -1

    # A line break inside a paragraph (<br>) is kept as a newline: the splitter
    # treats an unpunctuated line as a unit of its own, as the page showed it.
    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _DROPPED:
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
        elif tag in _BLOCKS:
            self._flush()
            if tag == "pre":
                self._pre += 1
            elif tag in ("ul", "ol"):
                self._lists.append(0 if tag == "ol" else -1)
            elif tag == "li":
                self._current.append(self._marker())

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag == "br" and not self._dropped:
            self._current.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
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
            return
        self._current.append(data if self._pre else _PRE_SAFE.sub(" ", data))

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
        if self._pre:
            lines = [line.rstrip() for line in raw.split("\n")]
        else:
            lines = [" ".join(line.split()) for line in raw.split("\n")]
        text = "\n".join(line for line in lines if line.strip())
        if text:
            self.paragraphs.append(text)


LIST_BULLET = "• "
# Outside <pre>, source line breaks are just spaces (only <br> breaks a line).
_PRE_SAFE = re.compile(r"[\r\n]+")


def html_to_text(html: str) -> tuple[str, str]:
    """``(text, title)`` of an HTML page: the title, then each block as a paragraph."""
    parser = _ArticleText()
    parser.feed(html)
    parser.close()
    paragraphs = parser.paragraphs
    title = parser.title or parser.first_h1
    # The title leads the text, unless the headline in the text already says it
    # ("Storm hits coast | The Paper" over an <h1>Storm hits coast</h1>).
    said = parser.h1_in_text and parser.first_h1.casefold() in title.casefold()
    if title and not said and (not paragraphs or paragraphs[0] != title):
        paragraphs = [title] + paragraphs
    return "\n\n".join(paragraphs), title


# --------------------------------------------------------------------------- Markdown

_FENCE = re.compile(r"^\s{0,3}(```+|~~~+)")
_ATX = re.compile(r"^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_QUOTE = re.compile(r"^\s{0,3}(>\s?)+")
_BULLET = re.compile(r"^(\s*)([-*+]|\d{1,3}[.)])\s+")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")  # |---|:--:|
_FRONT_MATTER = re.compile(r"\A---\s*\n.*?\n(---|\.\.\.)\s*\n", re.DOTALL)

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)|\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_CODE = re.compile(r"(`+)(.+?)\1")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\*)|(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_INLINE_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~\"'])")


def markdown_to_text(markdown: str) -> tuple[str, str]:
    """``(text, title)`` of a Markdown article: markup gone, one paragraph per block.

    Headings, list items and table rows become paragraphs of their own; lines of
    an ordinary paragraph are joined with spaces (Markdown's soft line breaks).
    A list item keeps a bullet ("• ", whatever the source used) or its number,
    as HTML list items do: the splitter reads a bulleted line as story text,
    an unbulleted short line as a subheading.
    """
    source = _FRONT_MATTER.sub("", markdown.replace("\r\n", "\n").replace("\r", "\n"), count=1)
    blocks: list[str] = []
    current: list[str] = []
    title = ""
    in_fence = False

    def flush() -> None:
        if current:
            blocks.append(" ".join(current))
            current.clear()

    code: list[str] = []
    lines = source.split("\n")
    for number, line in enumerate(lines):
        if _FENCE.match(line):
            flush()
            if in_fence and code:
                blocks.append("\n".join(code))  # code keeps its lines; the fence marks go
            code = []
            in_fence = not in_fence
            continue
        if in_fence:
            if line.strip():
                code.append(line.rstrip())
            continue
        if current and _SETEXT.match(line):
            heading = " ".join(current)
            current.clear()
            blocks.append(heading)
            title = title or heading
            continue
        if _REFERENCE.match(line) or "|" in line and _TABLE_RULE.match(line):
            continue
        following = lines[number + 1] if number + 1 < len(lines) else ""
        if _RULE.match(line) or not line.strip():
            flush()
            continue
        line = _QUOTE.sub("", line)
        atx = _ATX.match(line)
        if atx:
            flush()
            heading = _inline(atx.group(2) or "")
            if heading:
                blocks.append(heading)
                title = title or heading
            continue
        bullet = _BULLET.match(line)
        if bullet:
            flush()
            marker = bullet.group(2)
            line = line[bullet.end():]
            current.append(marker[:-1] + "." if marker[0].isdigit() else LIST_BULLET.strip())
        if "|" in line and line.strip().startswith("|"):
            flush()
            cells = [_inline(cell.strip()) for cell in line.strip().strip("|").split("|")]
            blocks.append("  ".join(cell for cell in cells if cell))
            continue
        text = _inline(line.strip())
        if text:
            current.append(text)
        if line.endswith(("  ", "\\")) and not _SETEXT.match(following):
            flush()  # a hard line break
    flush()
    if code:
        blocks.append("\n".join(code))  # an unclosed fence
    blocks = [block for block in blocks if block.strip()]
    if not title and blocks:
        title = blocks[0]
    return "\n\n".join(blocks), title


def _inline(text: str) -> str:
    """One line's inline markup removed: images, link targets, emphasis, code ticks."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE.sub(r"\2", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    text = _STRIKE.sub(r"\1", text)
    text = _INLINE_TAG.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    text = text.rstrip("\\")
    return " ".join(text.split())
