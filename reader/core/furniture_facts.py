"""A box of the story's figures that the story itself tells: a second copy, like a pull quote.

Pages set a story's key figures apart in short "label: figure" lines, under a title ("Key facts",
"FACTBOX") or none: "Cars lost: 3", "Homes evacuated: 12", "Depth: 15m".  When the story's own
sentences tell every figure of such a line ("swallowing three cars", "evacuated from 12 homes", "about
15 metres deep"), the line is a copy of them and claims nothing of its own.  Left as story it would
compete with the sentence that tells the fact in full: the other report's "Nearly 90 people were
evacuated from a dozen homes" is closer to the bare "Homes evacuated: 12" than to "About 60 residents
were evacuated from 12 homes ...", and the 60 / 90 disagreement would be lost.

A box is read whole, as ``keep_fact_stacks`` reads it.  One with a figure the prose does not tell
("Turnout: 48.8%", "Petition signatures: 3,480") reports something of its own: it is the story's, and so
are its lines that repeat the prose, which the results or the record they belong to would be the poorer
without.  Only a box that copies the story's figures, every one, is furniture.

A table in the markup ("| Area | Grade |" / "| Persistent absence | 27% |") is read the same way: when the
story's sentences tell every figure of its rows ("Persistent absence stood at 27%, ..."), its rows that hold
figures are a copy, and left as story the bare row would take the other report's sentence from the one
that tells the fact in full.  Its rows with no figure ("| Leadership | Requires improvement |") say what
they say in words, and stay the story's.
"""

from __future__ import annotations

import re

from reader.core.furniture_lines import BODY, BOILERPLATE, HEADING, Line, mark
from reader.core.numbers import find_numbers

FACT_BOX = "fact box"

# "Homes evacuated: 12", "Balloons in the air at the time: 9", "Amount: US$32 million": a capitalised
# label of a few words, a colon, and a value of a few words.
_LABEL_VALUE = re.compile(r"([A-Z][^:.!?]{0,60}):\s+(\S.*)")
_LABEL_MAX_WORDS = 8
_VALUE_MAX_WORDS = 4
# One "label: figure" line alone may be a sentence's label ("Update: 3 more deaths"); a box has two or more.
_BOX_MIN_LINES = 2
# How many lines before and after a box its story is looked for in at least, across the story's own
# subheadings: a page's story, and more.
_STORY_REACH = 80


def mark_restated_facts(lines: list[Line]) -> None:
    """Mark the lines of each fact box, and the rows with figures of each table, whose figures the story's
    sentences all tell as a ``FACT_BOX``."""
    fact_boxes, tables = _fact_boxes(lines), _tables(lines)
    if not fact_boxes and not tables:
        return  # most pages: the story's figures need not be read
    boxes = [(first, end, lines[first:end]) for first, end in fact_boxes]
    boxes += [(first, end, _rows_with_figures(lines[first:end])) for first, end in tables]
    in_boxes = {i for first, end, _ in boxes for i in range(first, end)}
    read: dict[int, set[tuple[str, object]]] = {}

    def figures_of(i: int) -> set[tuple[str, object]]:
        if i not in read:
            read[i] = {(m.kind, m.value) for m in find_numbers(lines[i].flat)}
        return read[i]

    for first, end, copies in boxes:
        # The story a box sums up is told around it, in its section of the page.  Reading the figures of
        # every line of a long document, once, took a third of a second on a hundred pages laid end to end,
        # each page a section of its own.
        told = set().union(*(figures_of(i) for i in _story_around(lines, first, end)
                             if lines[i].kind == BODY and i not in in_boxes))
        if copies and all(_copies(line, told) for line in copies):
            for line in copies:
                mark(line, BOILERPLATE, FACT_BOX)


def _rows_with_figures(table: list[Line]) -> list[Line]:
    """The story rows of ``table`` that give a figure: its column names and its rows in words give none."""
    return [line for line in table if line.kind == BODY and find_numbers(line.flat)]


def _story_around(lines: list[Line], first: int, end: int) -> range:
    """The lines of the story around the box ``lines[first:end]``: its section, from the heading over the
    story (not the box's own title, "Key facts", right above it) to the next heading or the document's
    end, however long; and ``_STORY_REACH`` lines each way whatever the headings, since a story's
    subheadings may part a box from the paragraphs that tell its figures."""
    start = first - 1 if first > 0 and lines[first - 1].kind == HEADING else first
    while start > 0 and lines[start - 1].kind != HEADING:
        start -= 1
    stop = end
    while stop < len(lines) and lines[stop].kind != HEADING:
        stop += 1
    return range(max(0, min(start, first - _STORY_REACH)), min(len(lines), max(stop, end + _STORY_REACH)))


def _copies(line: Line, told: set[tuple[str, object]]) -> bool:
    """Are all the figures of ``line`` among those ``told`` (as kind and value) in the story's sentences?"""
    figures = find_numbers(line.flat)
    return bool(figures) and all((m.kind, m.value) in told for m in figures)


def _fact_boxes(lines: list[Line]) -> list[tuple[int, int]]:
    """``(first, end)`` of each run of two or more fact lines in a row."""
    boxes = []
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and _fact_line(lines[end]):
            end += 1
        if end - i >= _BOX_MIN_LINES:
            boxes.append((i, end))
        i = max(end, i + 1)
    return boxes


def _tables(lines: list[Line]) -> list[tuple[int, int]]:
    """``(first, end)`` of each run of table rows in a row, column names and all."""
    tables = []
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and lines[end].table_row:
            end += 1
        if end > i:
            tables.append((i, end))
        i = max(end, i + 1)
    return tables


def _fact_line(line: Line) -> bool:
    """Is ``line`` a "label: figure" line of the story: one short sentence with no final punctuation, whose
    value after the colon holds a figure?  A line that ends with a full stop is written as a sentence."""
    if line.kind != BODY or line.sentences != 1 or line.terminal or line.table_row:
        return False
    match = _LABEL_VALUE.fullmatch(line.flat)
    if match is None:
        return False
    label, value = match.groups()
    return (len(label.split()) <= _LABEL_MAX_WORDS and len(value.split()) <= _VALUE_MAX_WORDS
            and any(c.isdigit() for c in value))
