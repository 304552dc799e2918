"""Markdown to readable text: markup is never counted as words.

Headings, list items and table rows become paragraphs of their own, so the
sentence splitter sees the structure the article had; no ``#`` or ``*``, no link
targets, no image addresses.  The HTML side lives in ``reader.core.markup``.
"""

from __future__ import annotations

import re

from reader.core.markup import CELL_GAP, LIST_BULLET, join_paragraphs

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


def markdown_to_text(markdown: str) -> tuple[str, str, tuple[tuple[int, int], ...]]:
    """``(text, title, headings)`` of a Markdown article: markup gone, one paragraph per block;
    ``headings`` are the spans of the paragraphs that were headings.

    Headings, list items and table rows become paragraphs of their own; lines of
    an ordinary paragraph are joined with spaces (Markdown's soft line breaks).
    A list item keeps a bullet ("• ", whatever the source used) or its number,
    as HTML list items do: the splitter reads a bulleted line as story text,
    an unbulleted short line as a subheading.
    """
    source = _FRONT_MATTER.sub("", markdown.replace("\r\n", "\n").replace("\r", "\n"), count=1)
    blocks: list[str] = []
    heading_blocks: set[int] = set()
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
            heading_blocks.add(len(blocks))
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
                heading_blocks.add(len(blocks))
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
            blocks.append(CELL_GAP.join(cell for cell in cells if cell))
            continue
        text = _inline(line.strip())
        if text:
            current.append(text)
        if line.endswith(("  ", "\\")) and not _SETEXT.match(following):
            flush()  # a hard line break
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
