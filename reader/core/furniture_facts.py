"""A box of the story's figures that the story itself tells: a second copy, like a pull quote.

Pages set a story's key figures apart in short "label: figure" lines, under a title ("Key facts",
"FACTBOX") or none: "Cars lost: 3", "Homes evacuated: 12", "Depth: 15m".  When the story's own
sentences tell every figure of such a line, each with what the line's label says it is of ("swallowing
three cars", "evacuated from 12 homes", "about 15 metres deep"), the line is a copy of them and claims
nothing of its own.  The same figure told of something else ("12 firefighters") is no copy: a box or a
table of small counts would find its 3s and 12s in almost any story.  Left as story it would
compete with the sentence that tells the fact in full: the other report's "Nearly 90 people were
evacuated from a dozen homes" is closer to the bare "Homes evacuated: 12" than to "About 60 residents
were evacuated from 12 homes ...", and the 60 / 90 disagreement would be lost.

A box is read whole, as ``keep_fact_stacks`` reads it.  One with a figure the prose does not tell
("Turnout: 48.8%", "Petition signatures: 3,480") reports something of its own: it is the story's, and so
are its lines that repeat the prose, which the results or the record they belong to would be the poorer
without.  Only a box that copies the story's figures, every one, is furniture.

A table in the markup ("| Area | Grade |" / "| Persistent absence | 27% |") is read the same way: when the
story's sentences tell every figure of its rows with the row's words ("Persistent absence stood at 27%, ..."),
its rows that hold figures are a copy, and left as story the bare row would take the other report's sentence from the one
that tells the fact in full.  Its rows with no figure ("| Leadership | Requires improvement |") say what
they say in words, and stay the story's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from functools import lru_cache

from reader.core import stemmer
from reader.core.furniture_lines import BODY, BOILERPLATE, HEADING, SENTENCE_BREAK, WORD, Line, mark
from reader.core.model import NumberMention
from reader.core.numbers import find_numbers
from reader.core.numwords import FATE_ADJECTIVES, FATE_SENSES, fate_of

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
# How far from a figure, in words of its sentence, the story names what the figure is of: "Persistent
# absence stood at 27%", "evacuated from 12 homes", "Njenga won the Lari by-election with 28,915 votes".
_NEAR_WORDS = 8
# Words too slight to say what a figure is of.
_SLIGHT_WORDS = frozenset("""
    the and for with from per into over under than more less not are was were has had have its their this that
""".split())
# A box names a measure by its noun ("Depth: 15m") where a sentence tells it with the adjective ("15 metres deep").
_MEASURE_ADJECTIVES = {"depth": "deep", "width": "wide", "height": "high", "length": "long", "breadth": "broad"}
# A word is read by the project's stemmer ("homes" / "home", "evacuated" / "evacuation"), its stem cut to this
# many letters so that a noun meets its verb ("injuries" / "injured", "evacuees" / "evacuated").
_STEM_LETTERS = 5
_WORD_LETTERS_MIN = 3
# A story line is looked at only when a word of it opens with this many letters of a label word (or of its
# stem): a cheap search that lets through "colour" for "Color" and "people" for "People".
_OPENING_LETTERS = 4
# A box labels a fate with a noun ("Deaths: 12", "Injuries: 40") where the story tells it with a verb ("Twelve
# people died"): the nouns' stems, by the sense numwords.fate_of gives the verbs.
_FATE_NOUNS = {"death": "dead", "fatality": "dead", "injury": "injured", "arrest": "held", "detention": "held"}
# A word of fate is keyed by its sense, which no stem of another word can be.
_FATE_KEY = "fate "

# A figure told in the story, and a word that names what it is of: (kind, value, the word's stem).
Told = tuple[str, object, str]


def mark_restated_facts(lines: list[Line]) -> None:
    """Mark the lines of each fact box, and the rows with figures of each table, whose figures the story's
    sentences all tell as a ``FACT_BOX``.

    A figure is told when a story sentence gives it with what the line says it is of: a word of the line's
    label near it ("Persistent absence stood at 27%" for "| Persistent absence | 27% |", "swallowing three
    cars" for "Cars lost: 3").  The bare figure alone is no copy: a league table's "| City | 12 | 4 |" is
    its own news, whatever the match report says of 12 games or 4 injured players."""
    fact_boxes, tables = _fact_boxes(lines), _tables(lines)
    if not fact_boxes and not tables:
        return  # most pages: the story's figures need not be read
    figures = _LineFigures(lines)
    boxes = [(first, end, list(range(first, end))) for first, end in fact_boxes]
    boxes += [(first, end, [i for i in range(first, end) if lines[i].kind == BODY and figures.of(i)])
              for first, end in tables]
    labels = {i: _label_stems(lines[i].flat, figures.of(i)) for _, _, copies in boxes for i in copies}
    wanted = {(m.kind, m.value) for i in labels for m in figures.of(i)}
    sections = _Sections(lines)
    stories = [sections.story_around(first, end) for first, end, _ in boxes]
    in_boxes = {i for first, end, _ in boxes for i in range(first, end)}
    label_words = {w.group() for i in labels for w in WORD.finditer(lines[i].flat)}
    told = _told_in(lines, figures, _lines_in(stories, skip=in_boxes), wanted, set().union(*labels.values()),
                    _words_opening_with(label_words))
    for (_, _, copies), story in zip(boxes, stories):
        if copies and all(_copies(figures.of(i), labels[i], told, story) for i in copies):
            for i in copies:
                mark(lines[i], BOILERPLATE, FACT_BOX)


class _LineFigures:
    """The figures of each line, read once however many boxes look at them."""

    def __init__(self, lines: list[Line]) -> None:
        self._lines = lines
        self._read: dict[int, list[NumberMention]] = {}

    def of(self, i: int) -> list[NumberMention]:
        if i not in self._read:
            self._read[i] = find_numbers(self._lines[i].flat)
        return self._read[i]


class _Sections:
    """Where the page's headings part it, found once so that each box's story is looked up, not walked to."""

    def __init__(self, lines: list[Line]) -> None:
        self._count = len(lines)
        self._headings = [i for i, line in enumerate(lines) if line.kind == HEADING]

    def story_around(self, first: int, end: int) -> range:
        """The lines of the story around the box ``lines[first:end]``: its section, from the heading over
        the story (not the box's own title, "Key facts", right above it) to the next heading or the
        document's end, however long; and ``_STORY_REACH`` lines each way whatever the headings, since a
        story's subheadings may part a box from the paragraphs that tell its figures."""
        above = bisect_left(self._headings, first) - 1
        if above >= 0 and self._headings[above] == first - 1:
            above -= 1  # the box's own title
        start = self._headings[above] + 1 if above >= 0 else 0
        below = bisect_left(self._headings, end)
        stop = self._headings[below] if below < len(self._headings) else self._count
        return range(max(0, min(start, first - _STORY_REACH)), min(self._count, max(stop, end + _STORY_REACH)))


def _lines_in(stories: list[range], skip: set[int]) -> list[int]:
    """The lines of any of the ``stories``, each once and in order, but those to ``skip``.  Boxes of one
    section share its story, so the stories are merged before they are walked."""
    merged: list[range] = []
    for story in sorted(stories, key=lambda story: story.start):
        if merged and story.start <= merged[-1].stop:
            merged[-1] = range(merged[-1].start, max(merged[-1].stop, story.stop))
        else:
            merged.append(story)
    return [i for story in merged for i in story if i not in skip]


def _told_in(lines: list[Line], figures: _LineFigures, story: list[int], wanted: set[tuple[str, object]],
             labels: set[str], labelled: re.Pattern) -> dict[Told, list[int]]:
    """For each figure among the ``wanted`` that a story line tells, and each word near it in its
    sentence, the story lines (in order) that tell the figure with that word.  Only a line that has a word
    the pattern ``labelled`` finds (one of some box's ``labels``) may tell one of its figures, so only those
    lines' figures are read: on a long page, reading every line's figures costs more than all the rest of
    its furniture."""
    told: dict[Told, list[int]] = defaultdict(list)
    if not labels:
        return told
    for i in story:
        if lines[i].kind != BODY or not labelled.search(lines[i].flat):
            continue
        for mention in figures.of(i):
            if (mention.kind, mention.value) not in wanted:
                continue
            for stem in _stems_near(lines[i].flat, mention) & labels:
                found = told[(mention.kind, mention.value, stem)]
                if not found or found[-1] != i:
                    found.append(i)
    return told


def _words_opening_with(words: set[str]) -> re.Pattern:
    """A pattern for a story word that may share its stem with one of a box's ``words``: one that opens as
    the word does, or as its stem does ("Color": "colour"), or, for a measure's noun, as its adjective
    does ("Depth": "deep"), or for a fate's noun, as a word of that fate does ("Deaths": "died", "killed")."""
    openings = set()
    for word in words:
        key = _stem(word)
        if key.startswith(_FATE_KEY):
            openings |= _FATE_OPENINGS[key]
        elif key:
            openings |= {word.lower()[:_OPENING_LETTERS], key[:_OPENING_LETTERS]}
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(openings))) + ")", re.IGNORECASE)


def _stems_near(flat: str, mention: NumberMention) -> set[str]:
    """The stems of the words within ``_NEAR_WORDS`` of ``mention`` in its sentence of ``flat``."""
    start, stop = _sentence_of(flat, mention.start)
    words = [w for w in WORD.finditer(flat, start, stop) if not mention.start <= w.start() < mention.end]
    before = [w for w in words if w.start() < mention.start][-_NEAR_WORDS:]
    after = [w for w in words if w.start() >= mention.end][:_NEAR_WORDS]
    return {stem for w in before + after if (stem := _stem(w.group()))}


def _sentence_of(flat: str, at: int) -> tuple[int, int]:
    """``(start, stop)`` of the sentence of ``flat`` that holds the character at ``at``."""
    start, stop = 0, len(flat)
    for gap in SENTENCE_BREAK.finditer(flat):
        if gap.end() <= at:
            start = gap.end()
        else:
            stop = gap.start()
            break
    return start, stop


def stems_said(words: set[str], lines: list[Line], boxes: list[tuple[int, int]]) -> set[str]:
    """The stems of ``words`` (a box's, a stack's) that the story around the ``boxes`` (``(first, end)`` of
    each) says in some form, as ``mark_restated_facts`` reads a box's labels against its story: "Deaths" in
    "Twelve people died", "Injuries" in "40 were injured", "Homes" in "from 12 homes".  The story's words are
    gathered once, each only once, and only those that open as one of ``words`` (``_words_opening_with``)
    are stemmed: a long page says most of its words many times."""
    wanted = {stem for word in words if (stem := _stem(word))}
    if not wanted:
        return set()
    sections = _Sections(lines)
    vocabulary: set[str] = set()
    for i in _lines_in([sections.story_around(first, end) for first, end in boxes], skip=set()):
        if lines[i].kind == BODY:
            vocabulary.update(lines[i].tokens)
    opening = _words_opening_with(words)
    return {stem for word in vocabulary if opening.match(word) and (stem := _stem(word)) in wanted}


def word_stems(flat: str) -> set[str]:
    """The stems of the words of ``flat``, as ``stems_said`` and a box's labels read them."""
    return _label_stems(flat, [])


def _label_stems(flat: str, mentions: list[NumberMention]) -> set[str]:
    """The stems of the words of a box line or a table row that say what its figures are of: its label,
    its cells in words ("Persistent absence", "Rovers"), not the figures' own words ("12 million")."""
    return {stem for w in WORD.finditer(flat)
            if not any(m.start <= w.start() < m.end for m in mentions) and (stem := _stem(w.group()))}


@lru_cache(maxsize=8192)  # a page says the same words again and again
def _stem(word: str) -> str:
    """What the forms of ``word`` share ("homes", "home": "hom"; "evacuated", "evacuation": "evacu"; "Deaths",
    "died", "killed": the fate "dead"), or "" for a word too slight or no word at all ("the", "12")."""
    word = word.lower().removesuffix("'s").removesuffix("’s")  # "Kenya's" is said of Kenya
    if not word.isalpha() or len(word) < _WORD_LETTERS_MIN or word in _SLIGHT_WORDS:
        return ""
    fate = fate_of(word) or _FATE_NOUNS.get(stemmer.stem(word), "")
    if fate:
        return _FATE_KEY + fate
    return stemmer.stem(_MEASURE_ADJECTIVES.get(word, word))[:_STEM_LETTERS]


def _openings_of_fates() -> dict[str, set[str]]:
    """What a word of each fate opens with, by its key: the verbs' stems ("die", "kill"), the adjectives
    ("dead", "hurt") and the nouns' stems without a final "y" ("death", "injur": "injuries")."""
    openings: dict[str, set[str]] = defaultdict(set)
    words = [*FATE_SENSES.items(), *((word, fate_of(word)) for word in FATE_ADJECTIVES), *_FATE_NOUNS.items()]
    for word, sense in words:
        openings[_FATE_KEY + sense].add(word.removesuffix("y"))
    return openings


_FATE_OPENINGS = _openings_of_fates()


def _copies(mentions: list[NumberMention], labels: set[str], told: dict[Told, list[int]], story: range) -> bool:
    """Does a sentence of the ``story`` tell each of a line's figures, its ``mentions``, with a word of the
    line's ``labels``?  A line with no words besides its figures ("| 2023 | 41 |") says of nothing what
    they are, and no sentence can be shown to tell them."""
    return bool(mentions) and bool(labels) and all(
        any(_told_within(told.get((m.kind, m.value, label), ()), story) for label in labels) for m in mentions)


def _told_within(lines_telling: list[int], story: range) -> bool:
    """Is one of the (ordered) ``lines_telling`` among the ``story``'s lines?"""
    k = bisect_left(lines_telling, story.start)
    return k < len(lines_telling) and lines_telling[k] < story.stop


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
