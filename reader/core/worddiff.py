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
from reader.core.opposites import lowered_words, negated_apart, runs_turning_round, scattered_opposite
from reader.core.terms import Token

# When a changed run mixes kinds, the most consequential one names the span.
_TYPE_PRIORITY = ("number", "name", "hedge", "word")


def _compare_key(token: Token) -> str:
    if token.type == "number":
        return token.key
    surface = token.surface if token.surface.isascii() else unicodedata.normalize("NFKC", visible(token.surface))
    return surface.lower().replace("’", "'")  # "ＧＤＰ" is "GDP"


def _compare_keys(tokens: list[Token]) -> list[str]:
    """``_compare_key`` of each token, with the common case inline: a plain ASCII word is its lower-cased
    surface (it has no "’" to replace and nothing for NFKC to fold), and a link's diff reads every word
    of both sentences."""
    return [token.surface.lower() if token.type != "number" and token.surface.isascii() else _compare_key(token)
            for token in tokens]


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
    if a_keys == b_keys:
        # The same words (agency copy run word for word by both reports): difflib's one match is the whole
        # sentence, and it gives no opcode for two empty ones.
        return [("equal", 0, len(a_keys), 0, len(b_keys))] if a_keys else []
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
    opcodes = _opcodes(_compare_keys(a_tokens), _compare_keys(b_tokens))
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
    shown = _moved_figures_apart(_without_stray_function_words(opcodes, a_tokens), a_tokens, b_tokens)
    for op, i1, i2, j1, j2 in shown:
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
    farmers"; "below 50 ... above" / "above 50 ... below") turns nothing round.  A verb taken out in one
    place and its opposite put in at another, the claim told in another order, turns it too
    (``opposites.scattered_opposite``), as does a word taken out in one place and put in negated at another
    (``opposites.negated_apart``)."""
    a_all, b_all = lowered_words(a_tokens), lowered_words(b_tokens)
    runs = [(a_all[i1:i2], b_all[j1:j2]) for op, i1, i2, j1, j2 in opcodes if op != "equal"]
    return (any(runs_turning_round(runs, a_all, b_all)) or scattered_opposite(runs, a_all, b_all) is not None
            or negated_apart(runs, a_all, b_all) is not None)


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


def _moved_figures_apart(opcodes, a_tokens: list[Token], b_tokens: list[Token]) -> list[tuple[str, int, int, int, int]]:
    """Opcodes with a figure that both sentences give, but in another order, taken out of the
    change it sits in.  "3.17am local time (08:17 GMT)" / "0817 GMT (3:17 a.m. local time)" cross, so
    only one of the two times can be kept; the other lands in a change beside unrelated words
    ("08:17 GMT), according to" / "on Tuesday, March 4"), which reads as what the other report says
    instead of the figure.  Standing alone, it reads as moved, as a moved clause does.  A change
    that holds the figure on both sides (two changes and a lone function word folded into one) keeps
    it as kept words: "[-is waiting until-] October [-to decide if it will-]"."""
    moved = _changed_figure_keys(opcodes, a_tokens, 1) & _changed_figure_keys(opcodes, b_tokens, 3)
    if not moved:
        return list(opcodes)
    shown = []
    for opcode in opcodes:
        if opcode[0] == "replace":
            shown += _figures_kept_within(opcode, a_tokens, b_tokens, moved)
        else:
            shown.append(opcode)
    return shown


def _changed_figure_keys(opcodes, tokens: list[Token], start_field: int) -> set[str]:
    """Keys of the figures of one side (``start_field`` 1 for A, 3 for B) that the diff changes."""
    return {token.key for opcode in opcodes if opcode[0] != "equal"
            for token in tokens[opcode[start_field]:opcode[start_field + 1]] if token.type == "number"}


def _figures_kept_within(opcode, a_tokens: list[Token], b_tokens: list[Token], moved: set[str]):
    """One change as opcodes in which the moved figures both sides of it give are kept, and the
    rest is cut apart around the moved figures (see ``_replace_split``)."""
    _, i1, i2, j1, j2 = opcode
    a_figures = [i for i in range(i1, i2) if a_tokens[i].type == "number" and a_tokens[i].key in moved]
    b_figures = [j for j in range(j1, j2) if b_tokens[j].type == "number" and b_tokens[j].key in moved]
    kept = [(a_figures[i], b_figures[j]) for op, f1, f2, g1, _ in _opcodes([a_tokens[i].key for i in a_figures],
                                                                           [b_tokens[j].key for j in b_figures])
            if op == "equal" for i, j in zip(range(f1, f2), range(g1, g1 + f2 - f1))]
    opcodes: list[tuple[str, int, int, int, int]] = []
    i, j = i1, j1
    for a_kept, b_kept in [*kept, (i2, j2)]:
        opcodes += _replace_split(i, a_kept, j, b_kept, _pieces(a_tokens, i, a_kept, moved),
                                  _pieces(b_tokens, j, b_kept, moved))
        if a_kept < i2:
            opcodes.append(("equal", a_kept, a_kept + 1, b_kept, b_kept + 1))
        i, j = a_kept + 1, b_kept + 1
    return opcodes


def _pieces(tokens: list[Token], start: int, end: int, moved: set[str]) -> list[tuple[int, int, str | None]]:
    """tokens[start:end] cut into runs of words and lone moved figures: (start, end, the figure's key or None)."""
    pieces: list[tuple[int, int, str | None]] = []
    for i in range(start, end):
        token = tokens[i]
        if token.type == "number" and token.key in moved:
            pieces.append((i, i + 1, token.key))
        elif pieces and pieces[-1][2] is None:
            pieces[-1] = (pieces[-1][0], i + 1, None)
        else:
            pieces.append((i, i + 1, None))
    return pieces


def _replace_split(i1, i2, j1, j2, a_pieces, b_pieces) -> list[tuple[str, int, int, int, int]]:
    """One change, A[i1:i2] to B[j1:j2], as opcodes in which each moved figure is a change of its own
    and the runs of words between them are paired in order.  The rule reads both sides alike, so the
    diff stays the mirror image of the one from B to A (see ``_opcodes``)."""
    if not any(key for *_, key in a_pieces + b_pieces):
        return [_change(i1, i2, j1, j2)] if i1 < i2 or j1 < j2 else []
    opcodes = []
    i, j = i1, j1
    while a_pieces or b_pieces:
        a_key = a_pieces[0][2] if a_pieces else None
        b_key = b_pieces[0][2] if b_pieces else None
        # Two moved figures side by side: the one with the lesser key first, whichever side it is on.
        if a_pieces and (not b_pieces or a_key is not None and (b_key is None or a_key <= b_key)):
            a_end = a_pieces.pop(0)[1]
            opcodes.append(("delete", i, a_end, j, j))
            i = a_end
        elif b_key is not None or not a_pieces:
            b_end = b_pieces.pop(0)[1]
            opcodes.append(("insert", i, i, j, b_end))
            j = b_end
        else:
            a_end, b_end = a_pieces.pop(0)[1], b_pieces.pop(0)[1]
            opcodes.append(("replace", i, a_end, j, b_end))
            i, j = a_end, b_end
    return _one_side_runs_joined(opcodes)


def _one_side_runs_joined(opcodes) -> list[tuple[str, int, int, int, int]]:
    """Opcodes with deletions (or insertions) side by side made one: a moved figure only has to be kept
    out of a pairing with other words, and "[-71-] [-was-]" marks one run as two."""
    joined = []
    for opcode in opcodes:
        if joined and opcode[0] == joined[-1][0] != "replace":
            op, i1, _, j1, _ = joined[-1]
            joined[-1] = (op, i1, opcode[2], j1, opcode[4])
        else:
            joined.append(opcode)
    return joined


def _change(i1: int, i2: int, j1: int, j2: int) -> tuple[str, int, int, int, int]:
    """The opcode that changes A[i1:i2] into B[j1:j2]: one side may be empty between kept figures."""
    op = "replace" if i1 < i2 and j1 < j2 else "delete" if i1 < i2 else "insert"
    return op, i1, i2, j1, j2
