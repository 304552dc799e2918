"""A summary box: "Key points:" over the story's main facts, one a line.

Outlets open a story with a box of its main points under a label ("Key points", "At a glance", "What we
know so far").  Copied without its bullets, each item is a short line without a full stop, the shape of a
subheading ("Residents of Buchan have been told it is too late to leave") or, over another such line,
of a page label; but the items are the story summed up, and the claims two reports of it most need to
agree on.  The label is the box's title, no claim.

The label's words are the cue: a short line of its own (with or without a colon) naming a summary.  Its
items are the runs after it in its paragraph (or, when it stands alone, in the next paragraph, or in the
one-line paragraphs that follow when the page kept a blank line between bullets), each as short as a summary's
line, up to the first line a cue called furniture ("Also read: ...") or prose of a paragraph's length.  Run
last, as the other rules that take back lines the shape rules took (``furniture_rows.keep_announced_lists``).
"""

from __future__ import annotations

import re

from reader.core.furniture_context import LIST_TITLE
from reader.core.furniture_lines import BODY, HEADING, Line, Run, mark

# "Key points", "KEY FACTS", "At a glance:", "What we know so far", "The story in brief": a summary's names.
# A live blog's "Key events" lists links to its posts (see ``furniture_cues``), and is no summary.
_SUMMARY_LABEL = re.compile(
    r"^(?:the )?(?:key|main) (?:points|facts|takeaways|findings|details)|^at a glance|^in (?:brief|short|summary)"
    r"|^summary|^the (?:story|news|details) in brief|^what we know(?: so far| now)?|^what you need to know"
    r"|^(?:the )?need to know|^quick (?:read|facts)|^tl;? ?dr", re.IGNORECASE)
_LABEL_END = re.compile(r"\s*:?$")
_LABEL_WORDS = 5
# What the shape rules call a summary's item; a cue's reason ("related link") says the line is furniture.
_SHAPE_REASONS = frozenset({"subheading", "page label", "ticker", LIST_TITLE})
_ITEM_WORDS = 40
_LEAST_ITEMS = 2
_LONE_ITEM_LEAST_WORDS = 4


def keep_key_points(runs: list[Run], lines: list[Line]) -> None:
    """Take a summary box's items back for the story, and call its label the box's title."""
    for i, line in enumerate(lines):
        if line.words > _LABEL_WORDS or not _summary_label(line):
            continue
        items = _items(runs, lines, i)
        if len(items) < _LEAST_ITEMS:
            continue  # one line under the label is no list: a subheading ("Summary" / "The plan in full"), or a standfirst
        mark(line, HEADING, LIST_TITLE)
        for item in items:
            if item.kind != BODY:
                mark(item, BODY, "")


def _summary_label(line: Line) -> bool:
    """Is ``line`` a summary's name, and nothing else ("Key points:", not "Key points of the deal were ...")?
    Any kind the shape rules gave it; a cue's furniture ("Summary: 3 min read") keeps its reason."""
    if line.kind != BODY and line.reason not in _SHAPE_REASONS:
        return False
    match = _SUMMARY_LABEL.match(line.flat)
    return match is not None and _LABEL_END.fullmatch(line.flat, match.end()) is not None


def _items(runs: list[Run], lines: list[Line], label: int) -> list[Line]:
    """The lines of the box under ``label``: the rest of its paragraph, or the next paragraph if the label
    stands alone in its own.  A page pasted with a blank line between bullets has each item in a paragraph of
    its own: a lone label's one-line paragraphs after it are read on (``_items_one_a_paragraph``)."""
    start = label + 1
    if start >= len(runs):
        return []
    paragraph = runs[start].paragraph
    if paragraph != runs[label].paragraph and paragraph != runs[label].paragraph + 1:
        return []
    items = []
    for run, item in zip(runs[start:], lines[start:]):
        if run.paragraph != paragraph or not _item(item):
            break
        items.append(item)
    if paragraph != runs[label].paragraph and len(items) == 1 and _lone_item(items[0]):
        return _items_one_a_paragraph(runs, lines, start)
    return items


def _item(line: Line) -> bool:
    """Can ``line`` be a summary's item: as short as one, and story or a shape rule's guess, not a cue's furniture?"""
    return line.words <= _ITEM_WORDS and (line.kind == BODY or line.reason in _SHAPE_REASONS)


def _lone_item(line: Line) -> bool:
    """Can ``line``, a paragraph of its own, be an item of a box whose bullets were lost with their blank lines
    kept: a claim's length ("Schools will stay shut on Monday", not a widget's "London: 14°C" nor a short
    subheading's "What happened next"), no full stop (a short sentence of its own is the story's paragraph) and
    no heading in the markup?"""
    return (_item(line) and line.words >= _LONE_ITEM_LEAST_WORDS and not line.terminal
            and not line.marked_heading)


def _items_one_a_paragraph(runs: list[Run], lines: list[Line], start: int) -> list[Line]:
    """The items from line ``start`` on, one a paragraph ("Key points" / "Trains are cancelled" / "Schools will
    stay shut"), up to the first paragraph of more than one line or the first line no item (prose, a heading)."""
    items = []
    for i in range(start, len(runs)):
        one_line = (i + 1 == len(runs) or runs[i + 1].paragraph != runs[i].paragraph) and (
            i == start or runs[i - 1].paragraph != runs[i].paragraph)
        if not one_line or not _lone_item(lines[i]):
            break
        items.append(lines[i])
    return items
