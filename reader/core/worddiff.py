"""Word-level differences inside one link.

Data contract: a diff is a tuple of ``DiffSpan`` opcodes in the order of
``difflib.SequenceMatcher.get_opcodes()`` — ``equal``, ``replace``, ``delete``,
``insert`` — that turn sentence A's words into sentence B's, with each span
given in *document* offsets so the window can paint it directly.

Words compare by their lower-cased surface (a reader wants to see "fled"
become "escaped", and "deserted" become "deserting"), except numbers, which
compare by value: "198-km" and "198 kilometers" are equal.  ``autojunk`` is
off: with it, difflib silently ignores words that make up more than 1% of a
long sequence, which would hide changes in long sentences.  The exception is a
pair of run-on "sentences" of thousands of words (text without full stops):
there difflib's matcher takes time that grows with the square of the length
(a 24,000-word pair took 12 s), so the unchanged start and end are set aside
and the rest is diffed with ``autojunk`` on (see ``_LONG_PAIR``).
"""

from __future__ import annotations

import difflib
import unicodedata
from typing import NamedTuple

from reader.core.cjk import CJK_CHAR
from reader.core.invisible import visible
from reader.core.model import DiffSpan
from reader.core.opposites import lowered_words, runs_turning_round
from reader.core.terms import Token

# When a changed run mixes kinds, the most consequential one names the span.
_TYPE_PRIORITY = ("number", "name", "hedge", "word")


def _compare_key(token: Token) -> str:
    if token.type == "number":
        return token.key
    surface = token.surface if token.surface.isascii() else unicodedata.normalize("NFKC", visible(token.surface))
    return surface.lower().replace("’", "'")  # "ＧＤＰ" is "GDP"


def _span_type(tokens: list[Token]) -> str:
    present = {token.type for token in tokens}
    return next((kind for kind in _TYPE_PRIORITY if kind in present), "word")


def _bounds(tokens: list[Token], i1: int, i2: int) -> tuple[int, int]:
    """Document span of tokens[i1:i2]; an empty run sits where it would be inserted."""
    if i1 < i2:
        return tokens[i1].start, tokens[i2 - 1].end
    if i1 < len(tokens):
        return tokens[i1].start, tokens[i1].start
    end = tokens[-1].end if tokens else 0
    return end, end


class DiffShape(NamedTuple):
    """How two word sequences differ, in numbers (features of the relation model)."""

    ratio: float  # difflib's similarity ratio
    changes: int  # runs of words replaced, deleted or inserted
    largest_change_low: int  # the longest run one side changes, the smaller of the two sides'
    largest_change_high: int  # ... and the larger: a related claim adds a whole clause
    longest_kept: float  # the longest unchanged run, as a share of the shorter sentence
    turned: bool = False  # a change that turns the claim round: "guilty" / "not guilty" (see turns_round)


def word_diff(a_tokens: list[Token], b_tokens: list[Token]) -> tuple[DiffSpan, ...]:
    """The opcodes that turn A's words into B's (see the module docstring)."""
    return diff_and_shape(a_tokens, b_tokens)[0]


# Word pairs (A's words times B's) above which a pair of sentences is diffed the fast way: real
# sentences stay far below (100 words against 100 is 10,000).
_LONG_PAIR = 1_000_000


_FLIPPED = {"insert": "delete", "delete": "insert", "replace": "replace", "equal": "equal"}


def _opcodes(a_keys: list[str], b_keys: list[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes from A's words to B's, the same whichever document is A: difflib's
    matching depends on the order of its two sequences, and the relation of a link must not depend
    on which report was opened first.  So the matcher always sees the pair in one order (the
    smaller word list first) and its opcodes are turned round when that order is B's."""
    if b_keys < a_keys:
        return [(_FLIPPED[op], j1, j2, i1, i2) for op, i1, i2, j1, j2 in _ordered_opcodes(b_keys, a_keys)]
    return _ordered_opcodes(a_keys, b_keys)


def _ordered_opcodes(a_keys: list[str], b_keys: list[str]) -> list[tuple[str, int, int, int, int]]:
    if len(a_keys) * len(b_keys) <= _LONG_PAIR:
        return difflib.SequenceMatcher(None, a_keys, b_keys, autojunk=False).get_opcodes()
    head = 0
    while head < min(len(a_keys), len(b_keys)) and a_keys[head] == b_keys[head]:
        head += 1
    tail = 0
    while tail < min(len(a_keys), len(b_keys)) - head and a_keys[-1 - tail] == b_keys[-1 - tail]:
        tail += 1
    a_end, b_end = len(a_keys) - tail, len(b_keys) - tail
    middle = difflib.SequenceMatcher(None, a_keys[head:a_end], b_keys[head:b_end], autojunk=True).get_opcodes()
    opcodes = [("equal", 0, head, 0, head)] if head else []
    opcodes += [(op, i1 + head, i2 + head, j1 + head, j2 + head) for op, i1, i2, j1, j2 in middle]
    if tail:
        opcodes.append(("equal", a_end, len(a_keys), b_end, len(b_keys)))
    return opcodes


def diff_and_shape(a_tokens: list[Token], b_tokens: list[Token]) -> tuple[tuple[DiffSpan, ...], DiffShape]:
    """The word diff, and the shape of the difference, from one matcher run."""
    opcodes = _opcodes([_compare_key(t) for t in a_tokens], [_compare_key(t) for t in b_tokens])
    kept = sum(i2 - i1 for op, i1, i2, _, _ in opcodes if op == "equal")
    turned = turns_round(opcodes, a_tokens, b_tokens)
    # The shape is measured on the stray characters' merge alone (the relation model was fitted
    # on it); the spans shown also fold a lone function word between two changes into them.
    opcodes = _without_stray_characters(opcodes, a_tokens)
    changes = largest_a = largest_b = longest_kept = 0
    for op, i1, i2, j1, j2 in opcodes:
        if op == "equal":
            longest_kept = max(longest_kept, i2 - i1)
        else:
            changes += 1
            largest_a = max(largest_a, i2 - i1)
            largest_b = max(largest_b, j2 - j1)
    spans = []
    for op, i1, i2, j1, j2 in _without_stray_function_words(opcodes, a_tokens):
        a_start, a_end = _bounds(a_tokens, i1, i2)
        b_start, b_end = _bounds(b_tokens, j1, j2)
        kind = "word" if op == "equal" else _span_type(a_tokens[i1:i2] + b_tokens[j1:j2])
        spans.append(DiffSpan(op, a_start, a_end, b_start, b_end, kind))
    shape = DiffShape(
        ratio=2 * kept / (len(a_tokens) + len(b_tokens)) if a_tokens or b_tokens else 1.0,  # difflib's ratio
        changes=changes,
        largest_change_low=min(largest_a, largest_b),
        largest_change_high=max(largest_a, largest_b),
        longest_kept=longest_kept / max(1, min(len(a_tokens), len(b_tokens))),
        turned=turned,
    )
    return tuple(spans), shape


def turns_round(opcodes, a_tokens: list[Token], b_tokens: list[Token]) -> bool:
    """Does the diff say the opposite of the other sentence (see opposites.py)?  A negation put in or
    taken out alone ("found him guilty" / "found him not guilty", "was" / "wasn't"), or one word
    replaced by its opposite ("confirmed" / "denied"), in an odd number of changes: two turn the
    claim back ("Everyone on board survived" / "No one on board was killed").  A negation or an
    opposite that only moves ("not due to farmers, but to doctors" / "due to doctors, not to
    farmers"; "below 50 ... above" / "above 50 ... below") turns nothing round."""
    a_all, b_all = lowered_words(a_tokens), lowered_words(b_tokens)
    runs = [(a_all[i1:i2], b_all[j1:j2]) for op, i1, i2, j1, j2 in opcodes if op != "equal"]
    return any(runs_turning_round(runs, a_all, b_all))


def _without_stray_characters(opcodes, a_tokens: list[Token]) -> list[tuple[str, int, int, int, int]]:
    """Opcodes with a lone Chinese or Japanese character kept between two changes folded into one
    change: "[-公司消费者业-]务{+...+}" against "{+华为常+}务" shares a character, not a word, and
    marking it kept breaks one change into two that read as noise."""
    return _fold_kept(opcodes, lambda kept: len(kept) == 1 and _lone_character(kept[0]), a_tokens)


# A kept run of at most this many function words between two changes is folded into them.
_STRAY_FUNCTION_WORDS = 2


def _without_stray_function_words(opcodes, a_tokens: list[Token]) -> list[tuple[str, int, int, int, int]]:
    """Opcodes with a function word or two kept between two changes folded into one change: two
    differently worded clauses share a "the", and "Net income [-for-] the [-quarter ended…-]" reads
    as noise where "Net income [-for the quarter ended…-]" reads as what it is."""
    return _fold_kept(opcodes, lambda kept: len(kept) <= _STRAY_FUNCTION_WORDS
                      and all(token.stop and token.type == "word" for token in kept), a_tokens)


def _fold_kept(opcodes, is_stray, a_tokens: list[Token]) -> list[tuple[str, int, int, int, int]]:
    """``opcodes`` with every kept run between two changes that ``is_stray(its tokens)`` made part
    of one change with them."""
    merged: list[tuple[str, int, int, int, int]] = []
    for opcode in opcodes:
        merged.append(opcode)
        if (len(merged) >= 3 and merged[-1][0] != "equal" and merged[-3][0] != "equal"
                and merged[-2][0] == "equal" and is_stray(a_tokens[merged[-2][1]:merged[-2][2]])):
            before, _, after = merged[-3:]
            merged[-3:] = [("replace", before[1], after[2], before[3], after[4])]
    return merged


def _lone_character(token: Token) -> bool:
    return len(token.surface) == 1 and CJK_CHAR.match(token.surface) is not None
