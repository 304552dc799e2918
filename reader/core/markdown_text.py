"""Markdown to readable text: markup is never counted as words.

Headings, list items and table rows become paragraphs of their own, so the
sentence splitter sees the structure the article had; no ``#`` or ``*``, no link
targets, no image addresses.  The HTML side lives in ``reader.core.markup``.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from itertools import accumulate

from reader.core.markup import CELL_GAP, LIST_BULLET, join_paragraphs
from reader.core.raised import RAISED_CONTEXT, read_raised

# Every pattern below must stay linear on any line: a span may not contain its own
# delimiter ("**" inside **...**, "[" inside [...], "<" inside <...>), so a delimiter
# that never closes is given up at the next one instead of at the end of the line
# (a 200 KB line of "**a " once took minutes).
_FENCE = re.compile(r"^\s{0,3}(```+|~~~+)")
_ATX = re.compile(r"^\s{0,3}(#{1,6})(?:[ \t]+(.*))?$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_QUOTE = re.compile(r"^\s{0,3}(>\s?)+")
_BULLET = re.compile(r"^(\s*)([-*+]|\d{1,3}[.)])\s+")
# A link reference definition (CommonMark): [label]: destination "optional title", and nothing
# else on the line, so "[Update]: The governor declared ..." is text.  "[^1]: ..." is a footnote.
_REFERENCE = re.compile(
    r"^ {0,3}\[(?!\^)(?:[^\[\]\\]|\\.)+\]:[ \t]*(?:<[^<>\n]*>|\S+)"
    r"(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?[ \t]*$"
)
_FOOTNOTE = re.compile(r"^ {0,3}\[\^[^\[\]\s]+\]:[ \t]*")  # [^1]: the note, which is kept
_FOOTNOTE_MARK = re.compile(r"\[\^[^\[\]\s]+\]")  # ...officials said.[^1]
_TABLE_RULE = re.compile(r"^ {0,3}\|?[ \t]*+:?-+:?[ \t]*+(?:\|[ \t]*+:?-+:?[ \t]*+)*\|?[ \t]*$")  # |---|:--:|
_CELL_PIPE = re.compile(r"(?<!\\)\|")  # an escaped \| is text in a cell
# Front matter (Jekyll, Hugo, Pandoc): a block of metadata fenced by "---" (YAML, closed by "---"
# or "...") or "+++" (TOML) on the very first line.  Only a block made of metadata lines is one:
# "---", a blank line and prose is a thematic break before the story ("---⏎⏎A storm hit...⏎⏎---"
# once lost everything up to the second rule).  As in Pandoc, the line after the fence is a key.
_FENCES = {"---": ("---", "..."), "+++": ("+++",)}
_METADATA_KEY = {
    "---": re.compile(r"""(?:[A-Za-z0-9_][\w.-]*|"[^"\n]*"|'[^'\n]*')[ \t]*:(?:[ \t]|$)"""),  # title: Storm
    "+++": re.compile(r"""(?:[A-Za-z0-9_][\w.-]*|"[^"\n]*")[ \t]*=|\["""),  # title = "Storm", [params]
}
# Lines a metadata block holds besides keys: list items ("- storm"), indented continuations and
# nested keys, comments, the end of a TOML array, blank lines (in a multi-line "|" string).
_METADATA_LINE = re.compile(r"-(?:[ \t]|$)|[ \t]|#|\]|$")

# A link destination: (url) or (url "title"), at most one level of parentheses inside.
_TARGET = r"\((?:[^()\s\[\]]|\([^()\s\[\]]*\))*(?:\s+\"[^\"]*\")?\)"
_IMAGE = re.compile(r"!\[[^\[\]]*\](?:" + _TARGET + r"|\[[^\[\]]*\])")
_LINK = re.compile(r"\[([^\[\]]*)\]" + _TARGET + r"|\[([^\[\]]+)\]\[[^\[\]]*\]")
# Autolinks keep their text: <https://example.com>, <news@example.com>.
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)>")
_CODE = re.compile(r"(`+)(.+?)\1")
_STRONG = re.compile(r"\*\*(?=\S)((?:[^*]|\*(?!\*))+?)(?<=\S)\*\*|__(?=\S)((?:[^_]|_(?!_))+?)(?<=\S)__")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\*)|(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)((?:[^~]|~(?!~))+?)(?<=\S)~~")
_INLINE_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~\"'])")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Only real HTML tags are markup: "<Ctrl>" or "<name>" in prose is text.  Tags of phrasing
# elements go without a trace ("<b>Storm</b>s"); the others part words, and a table cell
# starts a cell ("<td>North</td><td>7</td>" is a row, "North  7", as pipe tables are).
_INLINE_HTML = frozenset("a abbr b bdi bdo cite code data del dfn em font i ins kbd mark q s samp small span strong "
                         "sub sup time u var".split())
_HTML_TAGS = _INLINE_HTML | frozenset(
    """address area article aside audio blockquote body br button canvas caption center col colgroup dd details
    dialog div dl dt embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html
    iframe img input label legend li link main map meta meter nav noscript object ol optgroup option output p
    param picture pre progress rp rt ruby script section select source style summary svg table tbody td
    template textarea tfoot th thead title tr track ul video wbr""".split()
)
_LINE_BREAK = "\n"  # a hard line break among a paragraph's lines (cleaned lines hold no newline)
_CELL = "\ue000"  # a cell boundary while a line is cleaned (survives the collapsing of whitespace)
_CELLS = re.compile(r"(?:\s*" + _CELL + r")+\s*")
_CODE_MARK = "\ue001"  # where a code span waits, by number, while the line around it is cleaned
_CODE_BACK = re.compile(_CODE_MARK + r"(\d+)" + _CODE_MARK)
# The two marks are private-use characters, which carry no readable text: the source loses
# them first, so that no character of the article can be taken for a mark.
_MARKS = dict.fromkeys(map(ord, _CELL + _CODE_MARK))
# What a reader never sees: HTML comments and the contents of <script> and <style>.  Matched
# case-insensitively in the original text: lower-casing it would move the indexes ("İ".lower()
# is two characters); re.ASCII keeps "ſ" and the Kelvin sign from passing for "s" and "k".
_HIDDEN = re.compile(r"(?<!`)(?:<!--|<(script|style)(?:\s[^<>]*)?>)", re.IGNORECASE | re.ASCII)
_HIDDEN_END = {mark: re.compile(re.escape(mark), re.IGNORECASE | re.ASCII)
               for mark in ("-->", "</script>", "</style>")}
_BLOCK_START = re.compile(r"[ \t]{0,3}(?:>[ \t]?)*")  # what may come before an HTML block on its line
_BLANK_LINE = re.compile(r"^[^\S\n]*$", re.MULTILINE)


def markdown_to_text(markdown: str) -> tuple[str, str, tuple[tuple[int, int], ...]]:
    """``(text, title, headings)`` of a Markdown article: markup gone, one paragraph per block;
    ``headings`` are the spans of the paragraphs that were headings.

    Headings, list items and table rows become paragraphs of their own; lines of
    an ordinary paragraph are joined with spaces (Markdown's soft line breaks), and a
    hard line break ("  " or "\\" at the end of a line) stays a line break in its
    paragraph, as an HTML <br> does.
    A list item keeps a bullet ("• ", whatever the source used) or its number,
    as HTML list items do: the splitter reads a bulleted line as story text,
    an unbulleted short line as a subheading.
    """
    source = markdown.replace("\r\n", "\n").replace("\r", "\n").translate(_MARKS)
    source = _without_front_matter(source)
    blocks: list[str] = []
    heading_blocks: set[int] = set()
    current: list[str] = []
    title = ""
    in_fence = False
    in_table = False  # after a header row and its |---| rule: rows need no leading pipe
    item_open = False  # the open paragraph is a list item's
    hidden = _Hidden(source)

    def flush() -> None:
        nonlocal item_open
        item_open = False
        if current:
            blocks.append(_joined(current))
            current.clear()

    code: list[str] = []
    lines = source.split("\n")
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))  # where each line begins in source
    for number, line in enumerate(lines):
        if not in_fence:
            line = hidden.strip(line, starts[number])
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
            heading = _joined(current).replace("\n", " ")
            current.clear()
            heading_blocks.add(len(blocks))
            blocks.append(heading)
            title = title or heading
            continue
        in_table = in_table and "|" in line
        if _REFERENCE.match(line) or "|" in line and _TABLE_RULE.match(line):
            continue
        following = lines[number + 1] if number + 1 < len(lines) else ""
        if _RULE.match(line) or not line.strip():
            flush()
            continue
        line = _QUOTE.sub("", line)
        footnote = _FOOTNOTE.match(line)
        if footnote:  # a footnote is text of its own; only its "[^1]:" goes
            flush()
            line = line[footnote.end():]
        atx = _ATX.match(line)
        if atx:
            flush()
            heading = _inline(_without_closing_hashes(atx.group(2) or ""))
            if heading:
                heading_blocks.add(len(blocks))
                blocks.append(heading)
                title = title or heading
            continue
        bullet = _BULLET.match(line)
        if bullet and current and not item_open and _numbered_past_one(bullet.group(2)):
            bullet = None  # "The storm arrived at⏎10. By noon ...": only a "1." starts a list inside a paragraph
        if bullet:
            flush()
            item_open = True
            marker = bullet.group(2)
            line = line[bullet.end():]
            current.append(marker[:-1] + "." if marker[0].isdigit() else LIST_BULLET.strip())
        header_row = "|" in following and _TABLE_RULE.match(following) and "|" in line
        if header_row:
            in_table = True  # GFM tables need no leading pipes
        if "|" in line and (in_table or line.strip().startswith("|")):
            flush()
            if header_row:  # a table's column names label its rows, as a subheading does
                heading_blocks.add(len(blocks))
            cells = [_inline(cell.strip()) for cell in _CELL_PIPE.split(line.strip())]
            blocks.append(CELL_GAP.join(cell for cell in cells if cell))
            continue
        text = _inline(line.strip())
        if text:
            current.append(text)
        if line.endswith(("  ", "\\")) and current and current[-1] != _LINE_BREAK and not _SETEXT.match(following):
            current.append(_LINE_BREAK)
    flush()
    if code:
        blocks.append("\n".join(code))  # an unclosed fence
    kept = [index for index, block in enumerate(blocks) if block.strip()]
    headings = {position for position, index in enumerate(kept) if index in heading_blocks}
    blocks = [blocks[index] for index in kept]
    if not title and blocks:
        title = blocks[0]
    text, spans = join_paragraphs(blocks, headings)
    return text, title, spans


def _joined(lines: list[str]) -> str:
    """A paragraph's cleaned lines: soft breaks are spaces, hard ones (``_LINE_BREAK``) line breaks."""
    return " ".join(lines).replace(f" {_LINE_BREAK} ", "\n").removesuffix(f" {_LINE_BREAK}")


def _numbered_past_one(marker: str) -> bool:
    """"10." or "3)": a numbered item that cannot start a list inside a paragraph (CommonMark)."""
    return marker[0].isdigit() and int(marker[:-1]) != 1


def _without_front_matter(source: str) -> str:
    """``source`` without its front matter, if it opens with a block of metadata (see _FENCES)."""
    first_line, _, rest = source.partition("\n")
    fence = first_line.rstrip()
    if fence not in _FENCES or not _METADATA_KEY[fence].match(rest):
        return source
    at = len(first_line) + 1
    while at < len(source):
        end = source.find("\n", at)
        end = len(source) if end == -1 else end
        line = source[at:end]
        if line.rstrip() in _FENCES[fence]:
            return source[end + 1:]
        if not (_METADATA_KEY[fence].match(line) or _METADATA_LINE.match(line)):
            return source  # prose: no metadata block
        at = end + 1
    return source  # never closed: no metadata block either


def _without_closing_hashes(heading: str) -> str:
    """"Storm ##" -> "Storm", but "Learning C#" stays: closing #s need a space before them (CommonMark)."""
    heading = heading.rstrip(" \t")
    bare = heading.rstrip("#")
    if bare == heading or bare and bare[-1] not in " \t":
        return heading
    return bare


class _Hidden:
    """Strips what a reader never sees (HTML comments, <script> and <style> contents), which
    may run over several lines.  As in CommonMark, one that starts its line (an HTML block)
    may run over blank lines, one inside a line must close within its paragraph; one that
    does not close in time is text, so a stray "<!--" cannot hide the rest of the article."""

    def __init__(self, source: str) -> None:
        # Where each end mark and each blank line starts in source, to look ahead by bisection
        # (a search of the rest of the file for every opening mark would be quadratic).
        self._ends = {mark: [m.start() for m in pattern.finditer(source)] for mark, pattern in _HIDDEN_END.items()}
        self._blanks = [m.start() for m in _BLANK_LINE.finditer(source)]
        self._resume = 0  # where in source the text goes on after a hidden part, if past this line

    def strip(self, line: str, offset: int) -> str:
        """``line`` (which starts at ``offset`` in source) without its hidden parts."""
        kept = []
        at = max(self._resume - offset, 0)
        if at > len(line):
            return ""
        start = _HIDDEN.search(line, at)
        while start:
            end = self._end(start, line, offset)
            if end is None:  # never closed in time: text, not markup
                start = _HIDDEN.search(line, start.end())
                continue
            kept.append(line[at:start.start()])
            self._resume = end
            at = end - offset
            if at > len(line):
                return "".join(kept)
            start = _HIDDEN.search(line, at)
        kept.append(line[at:])
        return "".join(kept)

    def _end(self, start: re.Match, line: str, offset: int) -> int | None:
        """Where in source the text goes on after the part ``start`` opens, or None if it does not close."""
        mark = f"</{start.group(1).lower()}>" if start.group(1) else "-->"
        ends = self._ends[mark]
        found = bisect_left(ends, offset + start.end())
        if found == len(ends):
            return None
        end = ends[found]
        if not _BLOCK_START.fullmatch(line, 0, start.start()):  # inline: not past the paragraph
            blank = bisect_left(self._blanks, offset + start.end())
            if blank < len(self._blanks) and self._blanks[blank] < end:
                return None
        return end + len(mark)


def _tag(match: re.Match) -> str:
    name = match.group(1).lower()
    if name not in _HTML_TAGS:
        return match.group(0)
    if name in ("td", "th") and match.group(0)[1] != "/":
        return _CELL
    return "" if name in _INLINE_HTML else " "


# A superscript or subscript, read as the HTML reader reads it (see reader.core.raised): a footnote
# mark goes, a power keeps raised digits, so "10<sup>6</sup>" is no "106".  The tags inside it
# ("<b>", a link) are read through, as the HTML reader does; a link in a <sup> makes it a note mark.
# One holding a line break or a block ("1<br>2") is no mark or power: it is left to _tag, as in HTML.
_RAISED = re.compile(r"<(sup|sub)(?:\s[^<>]*)?>((?:[^<]|<(?!/?su[pb]\b)[^<>]*>)*?)</\1\s*>", re.IGNORECASE)
_LINK_TAG = re.compile(r"<a\b[^<>]*>", re.IGNORECASE)


def _raised(match: re.Match) -> str:
    tag, inner = match.group(1).lower(), match.group(2)
    names = [name.lower() for name in _INLINE_TAG.findall(inner)]
    if any(name not in _INLINE_HTML for name in names):
        return match.group(0)
    before = match.string[max(0, match.start() - RAISED_CONTEXT):match.start()]
    return read_raised(tag, before, _INLINE_TAG.sub("", inner), linked=_LINK_TAG.search(inner) is not None)


def _inline(text: str) -> str:
    """One line's inline markup removed: images, link targets, emphasis, code ticks, HTML tags;
    HTML entities decoded."""
    text = _FOOTNOTE_MARK.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    text = _AUTOLINK.sub(r"\1", text)
    # Code is literal ("`<b>`", "`&amp;`", "`*args`"): it waits behind a mark while the rest is cleaned.
    code: list[str] = []

    def hold(match: re.Match) -> str:
        code.append(match.group(2))
        return f"{_CODE_MARK}{len(code) - 1}{_CODE_MARK}"

    text = _CODE.sub(hold, text)
    text = _STRONG.sub(lambda m: m.group(1) or m.group(2), text)
    text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    text = _STRIKE.sub(r"\1", text)
    text = _RAISED.sub(_raised, text)
    text = _INLINE_TAG.sub(_tag, text)
    text = _ESCAPE.sub(r"\1", text)
    text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    text = text.rstrip("\\")
    text = _CODE_BACK.sub(lambda m: code[int(m.group(1))], text)
    return _CELLS.sub(CELL_GAP, " ".join(text.split()).strip(_CELL + " "))
