"""The readable ``parallax align`` report and its JSON form.

The report puts what a fact-checker must look at first at the top: links whose
numbers conflict, then the other aligned pairs, then what each source alone
says.  Inside a pair, words only A has are shown as ``[-like this-]`` and words
only B has as ``{+like this+}`` (colour instead, on a terminal); under them come the number
ledger's lines, and a line for a short change that puts another name in a name's place or that
hedges the claim on one side only, or for a quotation given to different people (``_change_lines``;
such a link is read as related, see ``_quotes_put_in_other_mouths``).  Each pair and
each "Only in" list names the tag the comparison suggests for its sentences
(``reader.core.suggest``); the JSON carries it per sentence as ``"suggested"``.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import replace

from reader.cli.terminal import printable
from reader.core.invisible import shown
from reader.core.model import (
    FILING_DATE, Comparison, DiffSpan, Document, HeadlinePair, Link, NumberLedger, NumberMention, Sentence,
)
from reader.core.numbers import SCORE, is_single, quoted_figure
from reader.core.opposites import (
    holds_negation, lowered_words, runs_turning_round, same_word, swapped_for_its_opposite,
)
from reader.core.overlap import measure
from reader.core.relation import FORECAST, forecast, forecast_differs, quote_given_to_others, seems_so
from reader.core.suggest import SentenceEvidence, suggest
from reader.core.terms import HEDGES, STOPWORDS, Token, tokenize


class Marks:
    """How changed words are shown: plain brackets, or colours on a terminal."""

    def __init__(self, colour: bool):
        if colour:
            self.a = ("\x1b[31;1m", "\x1b[0m")
            self.b = ("\x1b[32;1m", "\x1b[0m")
            self.heading = ("\x1b[1m", "\x1b[0m")
        else:
            self.a, self.b, self.heading = ("[-", "-]"), ("{+", "+}"), ("", "")


def one_line(text: str) -> str:
    """A sentence of hard-wrapped text on one line: its line breaks would break the report's indent.
    Soft hyphens and zero-width spaces go too: a terminal may show them, a page does not.  (A joiner
    that makes two emoji one stays: see ``invisible.shown``.)"""
    return shown(_LINE_BREAK.sub(" ", text))


# Only from the first blank of a run (the look-behind): tried from every blank of a long run of them
# with no line break after ("padded" text from a PDF, a table), the search took time growing with the
# square of the run (100,000 spaces: 43 s a sentence).
_LINE_BREAK = re.compile(r"(?:(?<![ \t])[ \t]+)?[\r\n\u2028\u2029\x0b\x0c\x85]+[ \t]*")


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
    """The figure as written, with its noun when it is a count of one in words ("A man", "one video")."""
    return f"{m.surface} {m.unit}" if is_single(m) and m.unit else m.surface


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
        *map(printable, _change_lines(comparison, link)),
        "",
    ]


# A changed run that puts another name in a name's place ("Portugal" / "Spain", "Whitlock" /
# "Whitlow" inside a reworded clause, or in two runs of it), or a short one that changes how firmly
# the claim is vouched for ("allegedly", "may have been"), gets a line of its own: among the marks it
# looks like any other rewording.  A name the other sentence has anywhere, however written, is no
# change ("Crest" / "Crest's", "U.S." / "US", moved words), nor is a name one report adds ("Andrei
# Medvedev" / "Medvedev": detail).  Plain attribution ("said", "told", "according to") moves between
# outlets all the time and is left to the marks, as are longer runs of hedging (rewritten clauses).
_MOST_WORDS_CALLED_OUT = 6
_PLAIN_ATTRIBUTION = frozenset("""said says say saying told tells according added adds stated states reported reports
    report""".split())


def _change_lines(comparison: Comparison, link: Link) -> list[str]:
    """``names differ: "Portugal" (A) vs "Spain" (B)``, ``hedged only in B: "allegedly"``."""
    lines = []
    sentence_a, sentence_b = comparison.a_sentences[link.a], comparison.b_sentences[link.b]
    letters_in_a = {_letters(name) for name in _names(sentence_a.text)}
    letters_in_b = {_letters(name) for name in _names(sentence_b.text)}
    tokens_a, tokens_b = _tokens(sentence_a), _tokens(sentence_b)
    read_a, read_b = lowered_words(tokens_a), lowered_words(tokens_b)
    untold_a, untold_b = [], []  # names of changed runs that no line tells
    changed_spans = [span for span in link.diff if span.op != "equal"]
    # A forecast is a hedge only where the relation reads it as one: against "is due to", "is poised to"
    # or "will" it tells the same claim ahead.
    forecast_told = forecast_differs(read_a, read_b)
    runs = [(_run(tokens_a, read_a, span.a_start, span.a_end), _run(tokens_b, read_b, span.b_start, span.b_end))
            for span in changed_spans]
    for span, (a_run, b_run), turning in zip(changed_spans, runs, runs_turning_round(runs, read_a, read_b),
                                            strict=True):
        a_words = one_line(comparison.a.text[span.a_start:span.a_end]).split()
        b_words = one_line(comparison.b.text[span.b_start:span.b_end]).split()
        a_named = _with_name_parts(comparison.a.text, span.a_start, span.a_end, a_words)
        b_named = _with_name_parts(comparison.b.text, span.b_start, span.b_end, b_words)
        # The sentence's opening word is capitalised whatever it is: no name.
        a_names = [n for n in _names(" ".join(a_named), span.a_start == sentence_a.start)
                   if _letters(n) not in letters_in_b]
        b_names = [n for n in _names(" ".join(b_named), span.b_start == sentence_b.start)
                   if _letters(n) not in letters_in_a]
        a_names, b_names = _with_opening_names(
            comparison, _capitalised_opener(a_named, span.a_start == sentence_a.start, letters_in_b),
            _capitalised_opener(b_named, span.b_start == sentence_b.start, letters_in_a), a_names, b_names)
        changed = span.op == "replace" and (_names_changed(
            a_named, b_named, a_names, b_names,
            _named_on_one_side_only(sentence_a, span.a_start, span.a_end, sentence_b, span.b_start, span.b_end))
            or _name_run_on(sentence_a, span.a_start, span.a_end, a_named, letters_in_b,
                            sentence_b, span.b_start, span.b_end, b_named, letters_in_a))
        if changed:
            lines += [_names_line(a, b) for a, b in changed]
            continue
        untold_a += a_names
        untold_b += b_names
        if turning:
            lines.append(_turned_round_line(a_words, b_words, a_run, b_run, read_a, read_b))
            continue
        if max(len(a_words), len(b_words)) > _MOST_WORDS_CALLED_OUT:
            continue
        formed_a = _hedge_form(a_words, *_around(sentence_a, span.a_start, span.a_end, _WORDS_BEFORE_A_HEDGE),
                               forecast_told)
        formed_b = _hedge_form(b_words, *_around(sentence_b, span.b_start, span.b_end, _WORDS_BEFORE_A_HEDGE),
                               forecast_told)
        if span.type != "hedge" and not (formed_a or formed_b):
            continue  # "is understood to" is the form of a hedge, not its word
        hedged_a, hedged_b = formed_a or _hedged(a_words), formed_b or _hedged(b_words)
        a_text, b_text = " ".join(a_words), " ".join(b_words)
        if hedged_a and hedged_b:
            if {w.lower() for w in a_words} != {w.lower() for w in b_words}:
                lines.append(f'    hedging differs: "{a_text}" (A) vs "{b_text}" (B)')
        elif hedged_a or hedged_b:
            side, words = ("A", a_words) if hedged_a else ("B", b_words)
            lines.append(f'    hedged only in {side}: "{" ".join(_from_the_hedge(words))}"')
    lines += [_names_line(a, b) for a, b in _respelled_across_runs(untold_a, untold_b, sentence_a, sentence_b)]
    return lines + _said_by_others_lines(sentence_a, sentence_b)


def _said_by_others_lines(sentence_a: Sentence, sentence_b: Sentence) -> list[str]:
    """``said by different people: "the judge" (A) vs "prosecutor Sam Ito" (B)`` for a quotation the two
    sentences give alike and put in different mouths (``relation.quote_given_to_others``)."""
    speakers = quote_given_to_others(sentence_a.text, sentence_b.text)
    if speakers is None:
        return []
    return [f'    said by different people: "{one_line(speakers[0])}" (A) vs "{one_line(speakers[1])}" (B)']


def _quotes_put_in_other_mouths(comparison: Comparison) -> Comparison:
    """The comparison with each equivalent link whose quotation the two reports give to different people
    read as related: the same words from another speaker corroborate nothing, and one report has the
    speaker wrong.  The engine's relation reads the words' tokens, which carry no quotation marks; the
    rule reads the sentences (``relation.quote_given_to_others``)."""
    links = tuple(replace(link, relation="related") if link.relation == "equivalent" and quote_given_to_others(
        comparison.a_sentences[link.a].text, comparison.b_sentences[link.b].text) else link
                  for link in comparison.links)
    if links == comparison.links:
        return comparison
    return replace(comparison, links=links)


# A name's part joined by a hyphen to the changed words, before or after them ("Toussaint-" of
# "Toussaint-[Roche]"): the word diff splits a hyphenated surname, and may change one part only.
_NAME_PART_BEFORE = re.compile(r"(?<![\w-])[^\W\d_][\w'’]*-$")
_NAME_PART_AFTER = re.compile(r"^-[^\W\d_][\w'’]*")
_LONGEST_NAME_PART = 40


def _with_name_parts(text: str, start: int, end: int, words: list[str]) -> list[str]:
    """The changed ``words`` (of the document ``text`` from ``start`` to ``end``) with a capitalised part of
    a hyphenated name that touches them put to them: "Toussaint-Roche" / "Toussaint-Rocher" is one
    name respelled, not "Roche" / "Rocher"."""
    if not words:
        return words
    words = list(words)
    before = _NAME_PART_BEFORE.search(text[max(0, start - _LONGEST_NAME_PART):start])
    if before and before.group()[0].isupper():
        words[0] = before.group() + words[0]
    after = _NAME_PART_AFTER.match(text[end:end + _LONGEST_NAME_PART])
    if after and after.group()[1].isupper():
        words[-1] += after.group()
    return words


def _letters(name: str) -> str:
    """A name's letters and digits, lower-cased and without accents: "U.S." and "US", "Jiménez" and
    "Jimenez", "SuSE" and "SuSe", "English/Turkish" and "English-Turkish" are one name written two
    ways, not two names."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if c.isalnum()).casefold()


def _capitalised_opener(words: list[str], opens_sentence: bool, letters_in_other: set[str]) -> str | None:
    """The changed run's first word when it opens its sentence capitalised and is no function word, date
    or name the other sentence has: it may be a name, or only capitalised where it stands."""
    if not (opens_sentence and words):
        return None
    word = _bare(words[0])
    if (not word[:1].isupper() or word.lower() in STOPWORDS or word.lower() in _CALENDAR_WORDS
            or _letters(word) in letters_in_other):
        return None
    return word


def _with_opening_names(comparison: Comparison, a_first: str | None, b_first: str | None,
                        a_names: list[str], b_names: list[str]) -> tuple[list[str], list[str]]:
    """The names of two replaced runs, with the capitalised word that opens a sentence among them where
    it reads as a name against the other run's: respelled ("[Mohanty] said" / "[Mohanti] said"), or both
    of them names the documents write capitalised in mid-sentence too ("[Ashworth] promised" / "[Hale]
    promised").  A word written in lower case anywhere in the documents is a plain word ("Officials" /
    "Official", "Police" / "Officers")."""
    a_against = b_names + ([b_first] if b_first else [])
    b_against = a_names + ([a_first] if a_first else [])
    a_opening = [a_first] if a_first and _a_name_against(a_first, a_against, comparison) else []
    b_opening = [b_first] if b_first and _a_name_against(b_first, b_against, comparison) else []
    return a_opening + a_names, b_opening + b_names


def _a_name_against(word: str, others: list[str], comparison: Comparison) -> bool:
    """Does a capitalised ``word`` read as a name put for one of ``others`` (``_with_opening_names``)?"""
    texts = (comparison.a.text, comparison.b.text)
    if _written_plain(word, texts):
        return False
    return any(not _written_plain(other, texts) and not same_word(word.lower(), other.lower())
               and (_spelled_apart([word], [other])
                    or _named_in_mid_sentence(word, comparison) and _named_in_mid_sentence(other, comparison))
               for other in others)


def _written_plain(word: str, texts: tuple[str, ...]) -> bool:
    """Is ``word`` written in lower case somewhere in ``texts``, as a plain word is?"""
    plain = re.compile(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])")
    return any(plain.search(text) for text in texts)


def _named_in_mid_sentence(word: str, comparison: Comparison) -> bool:
    """Is ``word`` capitalised somewhere in either document where no sentence opens?"""
    letters = _letters(word)
    return any(letters == _letters(name) for sentence in comparison.a_sentences + comparison.b_sentences
               for name in _names(sentence.text))


def _names_changed(a_words: list[str], b_words: list[str], a_names: list[str], b_names: list[str],
                   named_on_one_side_only: bool = False) -> list[tuple[list[str], list[str]]]:
    """The names a replaced run puts in the place of others: each name respelled ("Whitlock" /
    "Whitlow"), or, in a short run of names only, the names of one side for the other's ("the UK" /
    "Britain"), unless the thing is ``named_on_one_side_only`` (``_named_on_one_side_only``)."""
    respelled = _whole_names(_spelled_apart(a_names, b_names), a_words, b_words)
    if respelled:
        return respelled
    if (a_names and b_names and max(len(a_words), len(b_words)) <= _MOST_WORDS_CALLED_OUT
            and _names_only(a_words, a_names) and _names_only(b_words, b_names) and not named_on_one_side_only):
        return [(a_names, b_names)]
    return []


def _name_run_on(sentence_a: Sentence, a_start: int, a_end: int, a_named: list[str], letters_in_b: set[str],
                 sentence_b: Sentence, b_start: int, b_end: int, b_named: list[str], letters_in_a: set[str]
                 ) -> list[tuple[list[str], list[str]]]:
    """The names two replaced runs open with where one kept name runs on into both and each goes on
    another way: "Dr Ingrid [Solvang, the cardiologist who led the study at]" / "Dr Ingrid [Solberg,
    of]", "Prime Minister [Keir Starmer, who]" / "Prime Minister [Rishi Sunak said]".  However long
    the reworded rest of the runs, the word after the kept one is the rest of the name, and it
    differs.  Not where either side's name is in the other sentence too ("Boeing [Chief Executive
    Dave Calhoun]" / "Boeing [CEO Dave Calhoun]": one man), nor across a comma ("in Oslo, [police
    said]"), nor after the word that opens a sentence, capitalised whatever it is."""
    a_before, b_before = _around(sentence_a, a_start, a_end)[0], _around(sentence_b, b_start, b_end)[0]
    if not (a_before and b_before and _letters(a_before[0]) == _letters(b_before[0])):
        return []
    if (not _runs_on(a_before[0]) or _opens(sentence_a, a_start) or _opens(sentence_b, b_start)):
        return []
    a_lead, b_lead = _leading_name(a_named), _leading_name(b_named)
    if not (a_lead and b_lead) or any(_letters(word) in letters_in_b for word in a_lead) or any(
            _letters(word) in letters_in_a for word in b_lead):
        return []
    return [(a_lead, b_lead)]


def _runs_on(word: str) -> bool:
    """May a name go on past ``word`` (as written): a capitalised word, no function word or date, with
    no comma or other stop after it ("Dr." keeps its abbreviation's point)?"""
    bare = _bare(word)
    return (bare[:1].isupper() and bare.lower() not in STOPWORDS and bare.lower() not in _CALENDAR_WORDS
            and word[-1:] not in _NAME_STOPS)


# What ends a name where it is written: "Solvang, the cardiologist", "(Oslo)", "Ito:".
_NAME_STOPS = frozenset(",;:!?\"“”()[]")


def _leading_name(words: list[str]) -> list[str]:
    """The capitalised words a changed run opens with ("Solberg" of "Solberg, of"; "Keir Starmer" of
    "Keir Starmer, who"), up to the first that is not one or that a stop ends."""
    lead = []
    for word in words:
        bare = _bare(word)
        if not bare[:1].isupper() or bare.lower() in STOPWORDS or bare.lower() in _CALENDAR_WORDS:
            break
        lead.append(bare)
        if word[-1:] in _NAME_STOPS:
            break
    return lead


def _named_on_one_side_only(sentence_a: Sentence, a_start: int, a_end: int,
                            sentence_b: Sentence, b_start: int, b_end: int) -> bool:
    """Is a kept word right next to the changed runs part of a name on one side and a plain word that
    the run describes on the other: "the Court [of Arbitration for Sport]" / "sport's highest court [in
    Lausanne]"?  The one report calls a body by its name, the other by what it is and says where it
    sits: the names of the two runs are not one for the other.  Where a capitalised word of the run
    stands against the plain word, it still names the thing ("The [Labour] Party" / "The [Conservative]
    party", "[Kent] County Council" / "[Essex] county council"): outlets differ on the capitals, and
    the names differ; unless it owns the thing ("the Foreign Ministry" / "[Iraq's] foreign ministry").
    (A sentence's opening word is capitalised whatever it is, and tells nothing.)"""
    (a_before, a_after), (b_before, b_after) = _around(sentence_a, a_start, a_end), _around(sentence_b, b_start, b_end)
    a_run, b_run = _words_of(sentence_a, a_start, a_end), _words_of(sentence_b, b_start, b_end)
    beside = [(a_after[:1], b_after[:1], a_run[-1:], b_run[-1:])]
    if not (_opens(sentence_a, a_start) or _opens(sentence_b, b_start)):
        beside.append((a_before, b_before, a_run[:1], b_run[:1]))
    return any(_a_plain_word_described(*words) for words in beside)


def _a_plain_word_described(a_word: list[str], b_word: list[str], a_touching: list[str], b_touching: list[str]) -> bool:
    """Is the kept word beside the runs (``a_word``, ``b_word``: one word or none) capitalised on one side
    only, and the run's word that touches it on the other side (``a_touching``, ``b_touching``) no name
    of it (``_describes``)?"""
    if not (a_word and b_word and _cased_apart(_bare(a_word[0]), _bare(b_word[0]))):
        return False
    return _describes(b_touching if _bare(a_word[0])[:1].isupper() else a_touching)


def _words_of(sentence: Sentence, start: int, end: int) -> list[str]:
    """The words of ``sentence`` in the document span ``start``..``end``, as written."""
    return sentence.text[start - sentence.start:end - sentence.start].split()


def _describes(touching: list[str]) -> bool:
    """Is the run's word that touches a plain word no capitalised word of a name ("court [in] Lausanne"),
    or a name that owns the thing rather than names it ("[Iraq's] foreign ministry")?"""
    if not touching:
        return True
    word = touching[0].strip(_PUNCTUATION)
    return not word[:1].isupper() or word.endswith(("'s", "’s"))


def _cased_apart(x: str, y: str) -> bool:
    """Are two words one word, capitalised in one place and not in the other ("Court" / "court")?  Not a
    function word: "The" of "The Age" (a name) against "the Herald" names nothing by a plain word."""
    return (x.lower() == y.lower() and x.lower() not in STOPWORDS and x[:1].isupper() != y[:1].isupper())


def _opens(sentence: Sentence, start: int) -> bool:
    """Is the word right before the document offset ``start`` its sentence's first?"""
    return len(sentence.text[:start - sentence.start].split()) <= 1


def _respelled_across_runs(a_names: list[str], b_names: list[str], sentence_a: Sentence, sentence_b: Sentence
                           ) -> list[tuple[list[str], list[str]]]:
    """The names respelled between two changed runs: where the clause around a name is reworded, the
    word diff may keep some other word and tell the name as taken out of one run and put into
    another ("[-Robert Ortega, a nurse from-] Headingley" / "Headingley {+nurse Roberta Ortega+}");
    the name differs all the same."""
    pairs = _spelled_apart(list(dict.fromkeys(a_names)), list(dict.fromkeys(b_names)))
    return _whole_names(pairs, one_line(sentence_a.text).split(), one_line(sentence_b.text).split())


def _names_line(a: list[str], b: list[str]) -> str:
    return f'    names differ: "{" ".join(a)}" (A) vs "{" ".join(b)}" (B)'


# The words before a changed run that tell its hedge's form: "is [understood to]", "did not [appear to]".
_WORDS_BEFORE_A_HEDGE = 2


# The words after a changed run that tell its hedge's form: "[appear] to answer the charge" is an
# appearance in court, "[appear] to answer the question" a claim inferred.
_WORDS_AFTER_A_HEDGE = 4


def _around(sentence: Sentence, start: int, end: int, words_before: int = 1) -> tuple[list[str], list[str]]:
    """The ``words_before`` words of ``sentence`` right before the document span ``start``..``end`` and
    the ``_WORDS_AFTER_A_HEDGE`` right after it, as written (fewer at the sentence's ends)."""
    before = sentence.text[:start - sentence.start].split()[-words_before:]
    after = sentence.text[end - sentence.start:].split()[:_WORDS_AFTER_A_HEDGE]
    return before, after


def _hedge_form(words: list[str], before: list[str], after: list[str], forecast_told: bool = True) -> bool:
    """Do the changed ``words``, with the words ``before`` and ``after`` them, hedge the claim
    in a way the tokens do not type as a hedge: by their form, passed on ("is understood to have
    been"), forecast where ``forecast_told`` ("is expected to win"), or only inferred ("appear to have
    gained"), or by an adverb of seeming ("seemingly")?"""
    return (_passed_on(words, before, after, forecast_told) or _seems_so(words, before, after)
            or not _HEDGING_ADVERBS.isdisjoint(_plain(words)))


# A claim passed on as what others hold: "is understood to have been", "are believed to", "was said to",
# "is widely thought to".  "Understood" and "said" alone are plain verbs ("Passengers understood the danger").
_PASSED_ON = frozenset("understood believed thought said rumoured rumored reported alleged feared".split())
_BE = frozenset("is are was were be been being".split())


def _from_the_hedge(words: list[str]) -> list[str]:
    """The changed words from the "be" of a claim passed on or forecast ("in Britain [are thought to
    have]"), where the run holds it: words before it moved for another reason ("Investors in Britain" /
    "British investors").  Any other run whole."""
    plain = _plain(words)
    for k, word in enumerate(plain):
        if word in _BE and any(_passed_on_at(plain, k + 1 + adverb) for adverb in (0, 1)):
            return words[k:]
    return words


def _passed_on_at(plain: list[str], k: int) -> bool:
    """Is the lower-cased word at ``k`` a participle that passes a claim on or forecasts it, with "to"
    after it ("thought to", "expected to")?"""
    return k + 1 < len(plain) and (plain[k] in _PASSED_ON or plain[k] in FORECAST) and plain[k + 1] == "to"


def _passed_on(words: list[str], before: list[str], after: list[str], forecast_told: bool = True) -> bool:
    """Do the changed ``words``, with the word ``before`` and the words ``after`` them, pass the claim on
    as what someone holds ("The landslip [is understood to have been] caused ...")?  The participle must
    be one of the changed words; the "is" and the "to" may stand on either side of the change, and a verb
    must follow the "to": "was reported to police" tells who heard of it, and hedges nothing."""
    written = ["", *before][-1:] + words + after
    plain = _plain(written)
    first = len(written) - len(words) - len(after)
    for k in range(first, first + len(words)):
        if forecast(plain, k):
            if forecast_told:
                return True
            continue
        if plain[k] not in _PASSED_ON or k + 1 >= len(plain) or plain[k + 1] != "to":
            continue
        if k + 2 < len(plain) and _tells_a_listener(written[k + 2], plain[k + 2]):
            continue
        if plain[k - 1] in _BE or k >= 2 and plain[k - 2] in _BE and plain[k - 1].endswith("ly"):
            return True
    return False


# Adverbs that hedge as "apparently" (a hedge word of the tokens) does: the claim only looks so.
_HEDGING_ADVERBS = frozenset("seemingly ostensibly".split())


def _seems_so(words: list[str], before: list[str], after: list[str]) -> bool:
    """Is one of the changed ``words`` "appear" or "seem" (any form) that says the claim is only
    inferred ("The attackers [appear to have] gained access"), read with the words ``before`` and
    ``after`` them as the relation reads it (``relation.seems_so``): not "appeared in court", "appeared
    to fans" or "summoned to appear to give evidence"?"""
    written = [word.strip(_AROUND_WORDS) for word in before + words + after]
    first = len(before)
    return any(seems_so(written, k) for k in range(first, first + len(words)))


def _tells_a_listener(written: str, plain: str) -> bool:
    """Does the word after "reported to" name who was told, not what is held of the news: a name
    ("to Interpol"), a determiner ("to the council", "to their families"), a body told of crimes and
    claims, or a plural noun ("to officials")?  A verb after it is bare ("to have", "to be", "to owe")."""
    return (written[:1].isupper() or plain in _LISTENERS
            or plain.endswith("s") and not plain.endswith("ss") and plain not in _INFINITIVES_IN_S)


_LISTENERS = frozenset(
    """the a an his her their its our my your this that these those police authorities officials council
    court government ministry management staff parliament congress reporters journalists""".split())
# Bare verbs that end in a single "s" ("was said to focus", "is thought to bias").
_INFINITIVES_IN_S = frozenset("focus bias canvas".split())


def _tokens(sentence: Sentence) -> list[Token]:
    """The sentence's words as the relation read them (compare tokenizes each sentence so)."""
    return tokenize(sentence.text, sentence.start)


def _run(tokens: list[Token], read: list[str], start: int, end: int) -> list[str]:
    """The words of ``read`` (one for each of ``tokens``) that the document span ``start``..``end`` holds."""
    return [word for token, word in zip(tokens, read, strict=True) if start <= token.start and token.end <= end]


def _turned_round_line(a_words: list[str], b_words: list[str], a_run: list[str], b_run: list[str],
                       a_all: list[str], b_all: list[str]) -> str:
    """``negated only in B: "not"`` or ``says the opposite: "confirmed" (A) vs "denied" (B)`` for a
    change that turns the claim round (``opposites.runs_turning_round`` tells which do, as the relation
    counts them).  ``a_words`` and ``b_words`` are the changed runs as written, ``a_run`` and ``b_run``
    the same runs and ``a_all`` and ``b_all`` the two sentences as the relation reads them
    (``opposites.lowered_words``: "No" in "Shaft No 3" numbers)."""
    if swapped_for_its_opposite(a_run, b_run, a_all, b_all):
        return f'    says the opposite: "{" ".join(a_words)}" (A) vs "{" ".join(b_words)}" (B)'
    side, words, other = ("A", a_words, b_run) if holds_negation(a_run) else ("B", b_words, a_run)
    return f'    negated only in {side}: "{" ".join(_negating(words, other))}"'


def _negating(words: list[str], other: list[str]) -> list[str]:
    """The words of a negated run that negate it, without the verb the other run has in another form:
    "did not" of "did not cross" against "crossed"; the whole run when each word is its negation's."""
    negating = [word for word in words if not any(same_word(_plain([word])[0], kept) for kept in other)]
    return negating or words


def _plain(words: list[str]) -> list[str]:
    """The words lower-cased, without the punctuation around them (the apostrophe of "didn't" stays)."""
    return [w.lower().strip(_AROUND_WORDS) for w in words]


def _spelled_apart(a_names: list[str], b_names: list[str]) -> list[tuple[str, str]]:
    """Each name in A with the name in B that is it spelled another way ("Whitlock" / "Whitlow", "Marta" /
    "Maria"), in A's order: in a reworded clause too, where a name replaced by another is often just
    other detail.  Every one, so a first name and a surname both respelled ("Thomas Lindqvist" /
    "Tomas Lindquist") are both told.  Not a name and a word made from it ("Russia" / "Russian",
    "Ukraine" / "Ukrainian", "Greece" / "Greek"): the one is the other with an ending of such words
    (``_one_stem``), or too unlike it."""
    pairs = []
    unpaired = list(b_names)
    for x in a_names:
        likeness = {y: difflib.SequenceMatcher(None, x.lower(), y.lower()).ratio() for y in unpaired
                    if not _one_stem(x.lower(), y.lower())}
        y = max(likeness, key=likeness.get, default=None)
        if y is not None and likeness[y] >= _SPELLED_APART:
            pairs.append((x, y))
            unpaired.remove(y)
    return pairs


_SPELLED_APART = 0.75


def _whole_names(pairs: list[tuple[str, str]], a_words: list[str], b_words: list[str]
                 ) -> list[tuple[list[str], list[str]]]:
    """The respelled ``pairs`` as the names they make: pairs whose words stand next to each other on
    both sides are one name ("Thomas" / "Tomas" and "Lindqvist" / "Lindquist" are "Thomas Lindqvist" /
    "Tomas Lindquist"); names apart in the changed words are told apart."""
    a_places, b_places = _places(a_words), _places(b_words)
    names: list[tuple[list[str], list[str]]] = []
    for x, y in pairs:
        if names and a_places[x] == a_places[names[-1][0][-1]] + 1 and b_places[y] == b_places[names[-1][1][-1]] + 1:
            names[-1][0].append(x)
            names[-1][1].append(y)
        else:
            names.append(([x], [y]))
    return names


def _places(words: list[str]) -> dict[str, int]:
    """Where each word stands among ``words``, as ``_names`` reads it (punctuation and possessive off)."""
    places: dict[str, int] = {}
    for place, word in enumerate(words):
        places.setdefault(_bare(word), place)
    return places


def _bare(word: str) -> str:
    word = word.strip(_PUNCTUATION)
    for ending in ("'s", "’s"):
        word = word.removesuffix(ending)
    return word


def _one_stem(x: str, y: str) -> bool:
    """Is the longer of two lower-cased names the shorter made into the word for its people or what is
    theirs, or the plural of such a word: the shorter, a last vowel or two off, and an ending of such
    words ("russia" / "russian", "ukraine" / "ukrainians", "kenya" / "kenyan", "israel" / "israeli",
    "china" / "chinese"), a people's word that is its place's name cut short ("germany" / "german",
    ``_PLACES_CUT_SHORT``), or a group word and its plural ("republican" / "republicans")?  A name
    respelled changes or adds other letters ("ferrie" / "ferris", "ramsay" / "ramsey", "kelly" /
    "kelley"), and so does a person's name with another ending ("daniel" / "daniela", "ivanov" /
    "ivanova", "christina" / "christine", "evan" / "evans")."""
    if _PLACES_CUT_SHORT.get(x) == y or _PLACES_CUT_SHORT.get(y) == x:
        return True
    shorter, longer = sorted((x, y), key=len)
    if len(longer) == len(shorter):
        return False
    if longer in (shorter + "s", shorter + "es") and _group_word(shorter):
        return True
    for stem in _stems(shorter):
        ending = longer[len(stem):].removesuffix("s") if longer.startswith(stem) else None
        if len(stem) >= 3 and ending in _PEOPLE_ENDINGS and (stem == shorter or ending not in _WHOLE_NAME_ENDINGS):
            return True
    return False


# A people's word that is its place's name cut short, not the name with an ending of such words: no
# rule tells "serbia" / "serb" from "emilia" / "emil", or "argentina" / "argentine" from "christina" /
# "christine", so these few are known by name.  ("norway" / "norwegian" and its like are too unlike
# to read as a respelling.)
_PLACES_CUT_SHORT = {
    "german": "germany", "tuscan": "tuscany", "somali": "somalia", "croat": "croatia", "serb": "serbia",
    "slovak": "slovakia", "czech": "czechia", "arab": "arabia", "argentine": "argentina",
}


def _group_word(word: str) -> bool:
    """Does a lower-cased name read as a people's or a party's word, whose plural is the same name
    ("republican", "philippine", "democrat", "socialist", "israeli", "german")?"""
    if len(word) < 4:
        return False
    return (word in _PLACES_CUT_SHORT or word.endswith(_GROUP_WORD_ENDINGS)
            or word.endswith("an") and len(word) >= _LONG_GROUP_WORD)


# The endings of people's and party's words ("italian", "korean", "philippine", "chinese", "catholic",
# "israeli", "socialist", "democrat").  A word in a bare "-an" is as often a given name that a surname
# makes with an "s" ("evan" / "evans", "morgan" / "morgans"): only a long one is a group word
# ("american", "mexican", "republican"); "sayer" / "sayers" ends in none of these, and is respelled.
_GROUP_WORD_ENDINGS = ("ian", "ean", "ine", "ese", "ic", "i", "ist", "at")
_LONG_GROUP_WORD = 7


def _stems(name: str):
    """``name``, then ``name`` with each of its last vowels off in turn: "kenya", "keny", "ken"."""
    yield name
    while name and name[-1] in "aeiouy":
        name = name[:-1]
        yield name


# What makes a place's name the word for its people or what is theirs: Russia-n, Ukrain-ian, Chil-ean,
# Chin-ese, Turk-ish, Israel-i, Iceland-ic, London-er.
_PEOPLE_ENDINGS = frozenset({"n", "an", "ian", "ean", "ese", "ish", "i", "ic", "er"})
# Endings put to a place's whole name only (London-er, Berlin-er): a name that loses a vowel for one
# ("Roche" / "Rocher", "Moore" / "Moorer") is a surname respelled.
_WHOLE_NAME_ENDINGS = frozenset({"er"})


def _names_only(words: list[str], names: list[str]) -> bool:
    """Is every content word of a short changed run a name ("the UK" / "Britain", "Portugal")?"""
    content = [w for w in words if w.lower().strip(_PUNCTUATION) not in STOPWORDS]
    return len(content) == len(names)


def _names(text: str, opens_sentence: bool = True) -> list[str]:
    """The capitalised words of ``text``, possessives and punctuation off ("Crest's" is "Crest"),
    function words aside; its first word only when ``text`` does not open a sentence."""
    names = []
    for place, word in enumerate(text.split()):
        word = _bare(word)
        if (word[:1].isupper() and word.lower() not in STOPWORDS and word.lower() not in _CALENDAR_WORDS
                and not (place == 0 and opens_sentence)):
            if word not in names:
                names.append(word)
    return names


# Capitalised, but dates, which the number ledger compares.
_CALENDAR_WORDS = frozenset("""january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""".split())


def _hedged(words: list[str]) -> bool:
    """Do the words weaken or distance the claim ("allegedly", "may", "believes"), beyond saying who said it?"""
    return any((w := word.lower().strip(_PUNCTUATION)) in HEDGES and w not in _PLAIN_ATTRIBUTION for word in words)


_PUNCTUATION = ".,;:!?\"'“”‘’()[]"
_AROUND_WORDS = _PUNCTUATION.replace("'", "").replace("’", "")  # an apostrophe may be a word's own: "didn't"


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


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def render_report(comparison: Comparison, *, colour: bool = False) -> str:
    comparison = _quotes_put_in_other_mouths(comparison)
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
        f"{len(only_b)} only in B.",
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
    comparison = _quotes_put_in_other_mouths(comparison)
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
