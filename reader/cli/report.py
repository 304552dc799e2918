"""The readable ``parallax align`` report and its JSON form.

The report puts what a fact-checker must look at first at the top: links whose
numbers conflict, then the other aligned pairs, then what each source alone
says.  Inside a pair, words only A has are shown as ``[-like this-]`` and words
only B has as ``{+like this+}`` (colour instead, on a terminal); under them come the number
ledger's lines, and a line for each note the engine has on the link: a short change that puts
another name in a name's place, hedges the claim on one side only or turns it round, or a quotation
given to different people (``reader.core.link_notes``).  Each pair and
each "Only in" list names the tag the comparison suggests for its sentences
(``reader.core.suggest``); the JSON carries it per sentence as ``"suggested"``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.cli.terminal import printable
# _LINE_BREAK and _spelled_apart are imported from the report as well: the notes' rules began here.
from reader.core.link_notes import _LINE_BREAK, _spelled_apart, link_notes, one_line  # noqa: F401
from reader.core.model import (
    FILING_DATE, Comparison, DiffSpan, Document, HeadlinePair, Link, NumberLedger, NumberMention, Sentence,
)
from reader.core.numbers import SCORE, quoted_figure, with_hedge, with_its_noun
from reader.core.overlap import measure
from reader.core.suggest import SentenceEvidence, suggest


class Marks:
    """How changed words are shown: plain brackets, or colours on a terminal."""

    def __init__(self, colour: bool):
        if colour:
            self.a = ("\x1b[31;1m", "\x1b[0m")
            self.b = ("\x1b[32;1m", "\x1b[0m")
            self.heading = ("\x1b[1m", "\x1b[0m")
        else:
            self.a, self.b, self.heading = ("[-", "-]"), ("{+", "+}"), ("", "")



def marked_text(sentence: Sentence, spans: list[tuple[int, int]], marks: tuple[str, str]) -> str:
    """The sentence, on one line, with each (start, end) document span wrapped in marks."""
    out, cursor = [], sentence.start
    # One character for one, so the offsets still hold; the line breaks stay for one_line to join.
    text = printable(sentence.text, line_breaks=True)
    for start, end in sorted(spans):
        if end <= start:
            continue
        out.append(text[cursor - sentence.start : start - sentence.start])
        out.append(marks[0] + text[start - sentence.start : end - sentence.start] + marks[1])
        cursor = end
    out.append(text[cursor - sentence.start :])
    return one_line("".join(out))


def _changed(diff: tuple[DiffSpan, ...], side: str) -> list[tuple[int, int]]:
    return [
        (span.a_start, span.a_end) if side == "a" else (span.b_start, span.b_end)
        for span in diff
        if span.op != "equal"
    ]


def _ledger_lines(numbers: NumberLedger, texts: tuple[str, str] | None = None) -> list[str]:
    """The ledger's lines; ``texts``, the two documents' texts, quote a disputed score as written."""
    numbers = _scores_whole(numbers, texts)
    # Two reports filed on two days dispute no claim: said apart from the figures that do.
    lines = [f"    {'filed on other days' if x.role == FILING_DATE else 'numbers conflict'}: "
             f"{quoted_figure(x)} (A) vs {quoted_figure(y)} (B)" for x, y in numbers.conflict]
    if numbers.agree:
        lines.append("    numbers agree: " + ", ".join(_agreement(x, y) for x, y in numbers.agree))
    if numbers.only_a:
        lines.append("    numbers only in A: " + ", ".join(m.surface for m in numbers.only_a))
    if numbers.only_b:
        lines.append("    numbers only in B: " + ", ".join(m.surface for m in numbers.only_b))
    return lines


# The most that stands between a score's two figures: " to " in "voted 8 to 5".
_MOST_SCORE_JOINT = 4


def _scores_whole(numbers: NumberLedger, texts: tuple[str, str] | None = None) -> NumberLedger:
    """The ledger with each disputed score whole: "3-1" / "3-2" is one conflict of two scores, where
    the ledger gives the figure that changed ("1" / "2") and the one that did not ("3") apart.
    ``texts``: the two documents' texts, from which each score is quoted as written ("3–1")."""
    a_text, b_text = texts or (None, None)
    if not any(x.role.endswith(SCORE) for x, _ in numbers.conflict):
        return numbers  # most ledgers
    halves_a, halves_b = _score_halves(_side_mentions(numbers, 0)), _score_halves(_side_mentions(numbers, 1))
    agree, conflict = list(numbers.agree), []
    for x, y in numbers.conflict:
        kept = next((pair for pair in agree if halves_a.get(id(x)) is pair[0] and halves_b.get(id(y)) is pair[1]),
                    None)
        if kept is None:
            conflict.append((x, y))
            continue
        agree.remove(kept)
        conflict.append((_whole_score(kept[0], x, a_text), _whole_score(kept[1], y, b_text)))
    return replace(numbers, agree=tuple(agree), conflict=tuple(conflict))


def _score_halves(mentions: list[NumberMention]) -> dict[int, NumberMention]:
    """Each figure of a score written as one ("3-1", "8 to 5") with the other figure of it, keyed by
    ``id``: a score's first figure and the next of its moment, as the ledger pairs them (a match's sets,
    "6-3, 6-4", are two scores).  A score the ledger gave whole is no figure of another."""
    halves: dict[int, NumberMention] = {}
    figures = sorted((m for m in mentions if m.role.endswith(SCORE) and not isinstance(m.value, tuple)),
                     key=lambda m: m.start)
    paired: set[int] = set()
    for i, first in enumerate(figures):
        if id(first) in paired:
            continue
        second = next((m for m in figures[i + 1:] if m.role == first.role), None)
        if second is None:
            continue
        paired.update((id(first), id(second)))
        if 0 < second.start - first.end <= _MOST_SCORE_JOINT:
            halves[id(first)], halves[id(second)] = second, first
    return halves


def _whole_score(m: NumberMention, n: NumberMention, text: str | None = None) -> NumberMention:
    """The score ``m`` and ``n`` are the figures of, in order: as ``text`` (the document's) has it ("3–1",
    "8 to 5", "3 - 1"), or without it joined by the commonest joint its gap's length allows."""
    first, second = sorted((m, n), key=lambda figure: figure.start)
    if text is not None:
        surface = text[first.start:second.end]
    else:
        gap = second.start - first.end
        joint = " to " if gap == _MOST_SCORE_JOINT else "-" if gap == 1 else " - "
        surface = first.surface + joint + second.surface
    return replace(first, end=second.end, surface=surface, value=(first.value, second.value))


def _agreement(x: NumberMention, y: NumberMention) -> str:
    """``2022``, ``"198-km" = "198 kilometers"``, or ``"more than 100" fits "150"`` for a hedge; a
    count of one with its noun, ``"A man" = "One man"``, as "A" = "One" says nothing."""
    if (_figure_hedged(x) or _figure_hedged(y)) and x.value != y.value:
        return f"{quoted_figure(x)} fits {quoted_figure(y)}"
    shown_x, shown_y = _shown(x), _shown(y)
    return shown_x if shown_x == shown_y else f'"{shown_x}" = "{shown_y}"'


def _figure_hedged(m: NumberMention) -> bool:
    """Is the figure, or the conversion that meets the other ("£36 million (about $45 million)"), hedged?"""
    return bool(m.hedge or m.converted is not None and m.converted.hedge)


def _shown(m: NumberMention) -> str:
    """The figure as written, with its noun when it is a count in words ("A man", "one video", "both
    pilots", "a pair of drones")."""
    return with_its_noun(m)


def _side_mentions(numbers: NumberLedger, side: int) -> list[NumberMention]:
    mentions = [pair[side] for pair in (*numbers.agree, *numbers.conflict)]
    return mentions + list(numbers.only_a if side == 0 else numbers.only_b)


def _hedges(numbers: NumberLedger, side: int) -> list[list[str]]:
    """[surface, hedge] for each hedged figure one side of a link's ledger holds."""
    return [[m.surface, m.hedge] for m in _side_mentions(numbers, side) if m.hedge]


def _directions(numbers: NumberLedger, side: int) -> list[list[str]]:
    """[surface, direction] for each figure of one side that is a change ("up", "down") or a level
    a change left or reached ("from", "to"; "earlier", "later" where the text has no such word)."""
    return [[m.surface, m.direction] for m in _side_mentions(numbers, side) if m.direction]


def _suggested_note(a: str | None, b: str | None) -> str:
    """``; suggested: disputed`` after a pair's header, naming each side only when they differ."""
    if a is None and b is None:
        return ""
    if a == b:
        return f"; suggested: {a}"
    return f"; suggested: {a or 'none'} (A), {b or 'none'} (B)"


def _link_block(comparison: Comparison, link: Link, marks: Marks,
                evidence: dict[str, list[SentenceEvidence]]) -> list[str]:
    sa, sb = comparison.a_sentences[link.a], comparison.b_sentences[link.b]
    note = _suggested_note(evidence["a"][link.a].suggested, evidence["b"][link.b].suggested)
    return [
        f"  A{link.a} <-> B{link.b}  {link.relation}, score {link.score:.2f}{note}",
        "    A: " + marked_text(sa, _changed(link.diff, "a"), marks.a),
        "    B: " + marked_text(sb, _changed(link.diff, "b"), marks.b),
        *map(printable, _ledger_lines(link.numbers, (comparison.a.text, comparison.b.text))),
        *(printable("    " + note.line) for note in link_notes(comparison, link)),
        "",
    ]


def _headline_block(comparison: Comparison, marks: Marks) -> list[str]:
    """The two headlines, and the two standfirsts, when their figures differ (they conflict, or each
    gives one the other does not): the figure an outlet leads with is the first thing to check, and
    headings take no part in the links.  A figure on one side only is more often a detail only one
    outlet put on top ("three taken to hospital") than a difference."""
    lines = []
    for pair in (comparison.headlines, comparison.standfirsts):
        if pair is None or not (pair.numbers.conflict or pair.numbers.only_a and pair.numbers.only_b):
            continue
        lines += [
            "    A: " + marked_text(comparison.a_sentences[pair.a], _changed(pair.diff, "a"), marks.a),
            "    B: " + marked_text(comparison.b_sentences[pair.b], _changed(pair.diff, "b"), marks.b),
            *map(printable, _ledger_lines(pair.numbers, (comparison.a.text, comparison.b.text))),
            "",
        ]
    h0, h1 = marks.heading
    return [f"{h0}== Headlines =={h1}", "", *lines] if lines else []


def _loose_block(comparison: Comparison, marks: Marks) -> list[str]:
    """The figures the two reports give differently for one thing in sentences not linked to each
    other (see loose_figures.py), each with its two sentences: no link's ledger shows them."""
    if not comparison.loose_conflicts:
        return []
    h0, h1 = marks.heading
    lines = [f"{h0}== Figures that differ between sentences not aligned =={h1}", ""]
    for conflict in comparison.loose_conflicts:
        shown_a = loose_figure(conflict.a_number, comparison.a.text)
        shown_b = loose_figure(conflict.b_number, comparison.b.text)
        lines += [printable(f'  A{conflict.a} "{shown_a}" / B{conflict.b} "{shown_b}"'),
                  printable("    A: " + one_line(comparison.a_sentences[conflict.a].text)),
                  printable("    B: " + one_line(comparison.b_sentences[conflict.b].text)), ""]
    return lines


def _loose_count(comparison: Comparison) -> str:
    """The summary's word on the figures given differently in sentences not aligned, when there are any."""
    n = len(comparison.loose_conflicts)
    return f" {_count(n, 'figure')} given differently in sentences not aligned." if n else ""


_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")


def loose_figure(m: NumberMention, text: str) -> str:
    """A loose figure as a reader would quote it: with its hedge, and a count with the noun written
    after it ("about 3,500 residents"), as the figure alone ("23") says not what it counts."""
    shown = with_hedge(m)
    noun = _WORD_AFTER.match(text, m.end) if m.kind == "count" and m.unit else None
    return f"{shown} {noun[1]}" if noun else shown


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def render_report(comparison: Comparison, *, colour: bool = False) -> str:
    marks = Marks(colour)
    links = comparison.links
    conflicts = [l for l in links if l.has_conflict]
    others = [l for l in links if not l.has_conflict]
    only_a, only_b = comparison.unmatched("a"), comparison.unmatched("b")
    equivalent = sum(l.relation == "equivalent" for l in links)
    evidence = {"a": suggest(comparison, "a"), "b": suggest(comparison, "b")}
    h0, h1 = marks.heading
    lines = [
        printable(f"A: {comparison.a.title}  ({comparison.a.path})"),
        printable(f"B: {comparison.b.title}  ({comparison.b.path})"),
        f"{_count(len(links), 'link')}: {equivalent} equivalent, {len(links) - equivalent} related, "
        f"{len(conflicts)} with conflicting numbers; {_count(len(only_a), 'sentence')} only in A, "
        f"{len(only_b)} only in B." + _loose_count(comparison),
    ]
    warning = measure(comparison).warning()
    if warning:
        lines.append(f"Warning: {warning}")
    lines.append("")
    lines += _headline_block(comparison, marks)
    if conflicts:
        lines += [f"{h0}== Number conflicts =={h1}", ""]
        for link in conflicts:
            lines += _link_block(comparison, link, marks, evidence)
    lines += _loose_block(comparison, marks)
    lines += [f"{h0}== Aligned =={h1}", ""]
    for link in others:
        lines += _link_block(comparison, link, marks, evidence)
    if not others:
        lines += ["  (nothing)", ""]  # as under "Only in": every link has a conflict, or there is none
    for side, label, sentences in (("a", "A", only_a), ("b", "B", only_b)):
        suggested = {evidence[side][s.index].suggested for s in sentences} - {None}
        note = f"  (suggested: {', '.join(sorted(suggested))})" if suggested else ""
        lines += [f"{h0}== Only in {label} =={h1}{note}", ""]
        lines += [printable(f"  {label}{s.index}: {one_line(s.text)}") for s in sentences] or ["  (nothing)"]
        lines.append("")
    return "\n".join(lines)


def _document_dict(document: Document, sentences: tuple[Sentence, ...],
                   evidence: list[SentenceEvidence]) -> dict:
    return {
        "path": document.path,
        "title": document.title,
        "sha256": document.sha256,
        "sentences": [
            {"start": s.start, "end": s.end, "text": s.text, "kind": s.kind, "reason": s.reason,
             "suggested": e.suggested}
            for s, e in zip(sentences, evidence, strict=True)
        ],
    }


def _diff_dict(span: DiffSpan, a: Document, b: Document) -> dict:
    return {
        "op": span.op,
        "type": span.type,
        "a": [span.a_start, span.a_end],
        "b": [span.b_start, span.b_end],
        "a_text": a.text[span.a_start : span.a_end],
        "b_text": b.text[span.b_start : span.b_end],
    }


def comparison_dict(comparison: Comparison) -> dict:
    """The JSON shape of ``parallax align --json`` (documented in the README)."""
    a, b = comparison.a, comparison.b
    return {
        "a": _document_dict(a, comparison.a_sentences, suggest(comparison, "a")),
        "b": _document_dict(b, comparison.b_sentences, suggest(comparison, "b")),
        "links": [
            {
                "a": link.a,
                "b": link.b,
                "score": link.score,
                "relation": link.relation,
                "diff": [_diff_dict(span, a, b) for span in link.diff],
                "numbers": _numbers_dict(link.numbers, (a.text, b.text)),
                # What the marks do not say: names differ, hedged or negated on one side only, says the
                # opposite, said by different people (the text report's lines under the pair).
                "notes": [{"kind": note.kind, "a": note.a, "b": note.b, "side": note.side}
                          for note in link_notes(comparison, link)],
            }
            for link in comparison.links
        ],
        # The two headlines, and the two standfirsts, side by side (they take no part in the links).
        "headlines": _top_pair_dict(comparison.headlines, a, b),
        "standfirsts": _top_pair_dict(comparison.standfirsts, a, b),
        "unmatched": {
            "a": [s.index for s in comparison.unmatched("a")],
            "b": [s.index for s in comparison.unmatched("b")],
        },
        "warning": measure(comparison).warning(),
        # Figures given differently for one thing in sentences not linked to each other (loose_figures.py).
        "loose_conflicts": [
            {"a": c.a, "b": c.b, "kind": c.a_number.kind,
             "a_figure": loose_figure(c.a_number, a.text), "b_figure": loose_figure(c.b_number, b.text),
             "a_span": [c.a_number.start, c.a_number.end], "b_span": [c.b_number.start, c.b_number.end]}
            for c in comparison.loose_conflicts
        ],
    }


def _numbers_dict(numbers: NumberLedger, texts: tuple[str, str]) -> dict:
    numbers = _scores_whole(numbers, texts)
    return {
        "agree": [[x.surface, y.surface] for x, y in numbers.agree],
        "conflict": [[x.surface, y.surface] for x, y in numbers.conflict],
        "only_a": [m.surface for m in numbers.only_a],
        "only_b": [m.surface for m in numbers.only_b],
        # "more than 100" agrees with "150": the hedges the surfaces above leave out
        "hedged_a": _hedges(numbers, 0),
        "hedged_b": _hedges(numbers, 1),
        # "rose from 10% to 12%" against "fell from 12% to 10%": why equal figures conflict
        "directed_a": _directions(numbers, 0),
        "directed_b": _directions(numbers, 1),
        # "LONDON, Nov 26 (Reuters)" / "LONDON, Nov 27 (Reuters)": the pairs of "conflict" that are two
        # datelines' filing dates, which dispute no claim
        "filing_dates": [[x.surface, y.surface] for x, y in numbers.conflict if x.role == FILING_DATE],
    }


def _top_pair_dict(pair: HeadlinePair | None, a: Document, b: Document) -> dict | None:
    if pair is None:
        return None
    return {"a": pair.a, "b": pair.b, "diff": [_diff_dict(span, a, b) for span in pair.diff],
            "numbers": _numbers_dict(pair.numbers, (a.text, b.text))}
