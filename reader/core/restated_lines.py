"""Lines one report lays out as furniture and the other tells as story.

A results table, a list of fixtures or a box of key figures is written in
short lines that the furniture cues judge by their shape and their place: a
line with no verb and no introducing sentence above it reads as a subheading,
a page label or a related link.  Another outlet may print the same line in its
story text, or under a sentence that introduces it ("Provisional totals:").
When the other report tells a line as story, word for word apart from its
figures, that is evidence the line is story here too, as a close partner in
the other source is for an off-story paragraph; and its figures are what two
reports most need to agree on ("Agnes Nabwire Okumu (ODM) – 89,994" /
"... – 89,997").

Only lines judged by their shape are taken back: a byline, a dateline or a
copyright line is furniture whatever the other report makes of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from reader.core.furniture_lines import LINE_END_CLOSERS
from reader.core.model import NumberMention, Sentence

# Furniture reasons that rest on a line's shape and place, not on what it says.
SHAPE_REASONS = frozenset({"subheading", "related link", "page label", "section label", "reader comment", "ticker"})

_WORD = re.compile(r"[^\W\d_]+")


def words_besides_figures(sentence: Sentence, numbers: Sequence[NumberMention]) -> tuple[str, ...]:
    """The sentence's words, lower-cased, with its figures (digits and number words) left out."""
    text, cut = sentence.text, 0
    pieces = []
    for mention in sorted(numbers, key=lambda m: m.start):
        start, end = mention.start - sentence.start, mention.end - sentence.start
        if start >= cut:
            pieces.append(text[cut:start])
            cut = end
    pieces.append(text[cut:])
    return tuple(_WORD.findall(" ".join(pieces).casefold()))


def told_as_story_elsewhere(
    sentences: Sequence[Sentence], numbers: Sequence[Sequence[NumberMention]],
    other_sentences: Sequence[Sentence], other_numbers: Sequence[Sequence[NumberMention]],
) -> set[int]:
    """The indexes of ``sentences`` that are furniture by their shape, give a figure, and have the
    same words as a story sentence of the other report that gives a figure too (a long line: nearly
    the same, see REWORDED_MIN_WORDS)."""
    furniture = [s for s in sentences if s.reason in SHAPE_REASONS and numbers[s.index] and not _another_pieces_title(s)]
    if not furniture:
        return set()  # most pages: the story lines need not be read
    story_endings: dict[tuple[str, ...], set[bool]] = {}
    for s in other_sentences:
        if s.kind == "body" and other_numbers[s.index]:
            story_endings.setdefault(words_besides_figures(s, other_numbers[s.index]), set()).add(_ends_as_sentence(s))
    story_endings.pop((), None)
    by_word = _lines_by_word(set(story_endings)) if any(
        len(words_besides_figures(s, numbers[s.index])) >= REWORDED_MIN_WORDS for s in furniture) else {}
    taken = set()
    for line in furniture:
        words = words_besides_figures(line, numbers[line.index])
        told = words if words in story_endings else _reworded_in(words, by_word)
        if told is not None and not _title_of_a_told_sentence(line, story_endings[told]):
            taken.add(line.index)
    return taken


def _another_pieces_title(sentence: Sentence) -> bool:
    """A related link under a label of its own ("Related: Gaza death toll passes 30,000", "Read more: ...")
    names another article, often an earlier instalment of a running story with its older figures; only an
    unlabelled line among the links, placed there by its shape, may be the story's own."""
    return sentence.reason == "related link" and _LINK_LABEL.match(sentence.text) is not None


def _title_of_a_told_sentence(line: Sentence, endings: set[bool]) -> bool:
    """A link among related links, written as a title ("Gaza death toll passes 30,000, health ministry
    says"), whose words the other report tells as a sentence ("... says."): the headline of another
    article of the story, most often an earlier one with its older figure.  A row of a table ("Agnes
    Nabwire Okumu (ODM) – 89,997") is written alike on both sides."""
    return line.reason == "related link" and not _ends_as_sentence(line) and endings == {True}


def _ends_as_sentence(sentence: Sentence) -> bool:
    return sentence.text.rstrip(LINE_END_CLOSERS + "\n").endswith((".", "!", "?"))


_LINK_LABEL = re.compile(r"(?i:read|read more|read also|also read|read next|related|see also|more|watch|listen)\s*[:|]")


# A line of this many words or more is the same line with a word or two reworded ("were told" / "were
# informed"): a standfirst one report sets above its story and the other opens its story with.  A short
# line (a table's row) must keep every word: "Votes cast" and "Ballots cast" may be two rows.
REWORDED_MIN_WORDS = 8
REWORDED_MIN_RATIO = 0.9
# A line reworded so little keeps most of its words: it holds one of any few of them, so only the story
# lines that hold one of the line's rarest few are weighed (not every story line of a long document).
_RARE_WORDS_TRIED = 3


def _lines_by_word(story_lines: set[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    by_word: dict[str, list[tuple[str, ...]]] = {}
    for line in story_lines:
        if len(line) >= REWORDED_MIN_WORDS - 2:
            for word in set(line):
                by_word.setdefault(word, []).append(line)
    return by_word


def _reworded_in(words: tuple[str, ...], by_word: dict[str, list[tuple[str, ...]]]) -> tuple[str, ...] | None:
    """The story line whose words a long line's words nearly are (difflib's ratio), or None."""
    if len(words) < REWORDED_MIN_WORDS:
        return None
    held = [word for word in set(words) if word in by_word]  # a word no story line has was reworded
    rarest = sorted(held, key=lambda word: len(by_word[word]))[:_RARE_WORDS_TRIED]
    candidates = {line for word in rarest for line in by_word.get(word, ())}
    matcher = SequenceMatcher(None, b=words, autojunk=False)
    for other in sorted(candidates):  # in one order, whatever the hashes: the first match is the answer
        if abs(len(other) - len(words)) > 2:
            continue
        matcher.set_seq1(other)
        if matcher.quick_ratio() >= REWORDED_MIN_RATIO and matcher.ratio() >= REWORDED_MIN_RATIO:
            return other
    return None
