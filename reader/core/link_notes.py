"""What a link's word diff and its two sentences tell an editor beyond the marks: the short changes
that matter though the words barely move.  A name put in another's place or respelled ("Pruitt" /
"Pruett"), a claim hedged on one side only ("is thought to have been"), a claim turned round ("says
the opposite", "negated only in B"), and a quotation put in different mouths.  Among the marks each
looks like any other rewording, so each is a ``LinkNote`` of its own.

The notes are plain data, computed here once for every reader of a comparison: the text report
prints each note's ``line``, and the window says them in its own words.  A link whose quotation is
put in different mouths is also read as related by the engine itself (``compare``).
"""

from __future__ import annotations

import difflib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from typing import NamedTuple

from reader.core.beside import run_beside
from reader.core.invisible import shown
from reader.core.kinds_apart import kinds_apart
from reader.core.model import Comparison, DiffSpan, Link, Sentence
from reader.core.negation_words import holds_negation, is_negation, same_word
from reader.core.opposites import (
    NUMBERING_NO, called_off, denied_before_the_claim, denied_in_other_words, holds_negation_in, lowered_words,
    may_turn_round, negated_apart, negation_put_in, runs_turning_round, scattered_opposite, swapped_for_its_opposite,
    taken_out_and_put_in, to_the_calling_off, to_the_denial, turning_part, turns_the_claim_round, words_negated,
)
from reader.core.opposites_deeds import (
    awaits_the_deed_done, danger_denied_against_a_warning, deed_denied_in_another_form, deed_failed_against_done,
    leaving_denied_against_done, refused_against_decided, to_the_awaiting, to_the_failing,
)
from reader.core.relation import (
    FORECAST, INTENT, WILL, claims_a_thing, forecast, forecast_differs, intent_differs, quote_given_to_others,
    seems_so,
)
from reader.core.terms import HEDGES, STOPWORDS, Token, adverb_in_ly, tokenize

# The kinds of note, as the text report names them.
NAMES_DIFFER = "names differ"
HEDGING_DIFFERS = "hedging differs"
HEDGED_ONLY = "hedged only"
SAYS_THE_OPPOSITE = "says the opposite"
NEGATED_ONLY = "negated only"
SAID_BY_OTHERS = "said by different people"
INTENDED_ONLY = "intended only"
AHEAD_ONLY = "still to come only"


@dataclass(frozen=True)
class LinkNote:
    """One thing a link's two sentences differ on: its ``kind`` and the words each side has for it
    (``a``, ``b``), on one line each.  A hedge or a negation on one side only tells of that ``side``
    ("a" or "b"; "" for a note of both) and has words there only."""

    kind: str
    a: str
    b: str
    side: str = ""

    @property
    def line(self) -> str:
        """The note as the text report prints it: ``names differ: "Pruitt" (A) vs "Pruett" (B)``,
        ``hedged only in A: "is thought to have been"``."""
        if self.side:
            return f'{self.kind} in {self.side.upper()}: "{self.a if self.side == "a" else self.b}"'
        return f'{self.kind}: "{self.a}" (A) vs "{self.b}" (B)'


def link_notes(comparison: Comparison, link: Link) -> tuple[LinkNote, ...]:
    """What ``link``'s changed runs and its two sentences tell beyond the marks, in the order of the
    runs: the changes of names, hedges and negation, the names respelled across runs, and the
    speakers a quotation is given to on each side."""
    sentence_a, sentence_b = comparison.a_sentences[link.a], comparison.b_sentences[link.b]
    said_by = _said_by_others(sentence_a, sentence_b)
    claims = claim_notes(comparison, link)
    if said_by:
        # The speakers' names are two people, not one name respelled: the said-by note tells them.
        claims = [told for told in (_without_the_speakers(note, said_by[0]) for note in claims) if told]
    return (*claims, *said_by)


def claim_notes(comparison: Comparison, link: Link) -> list[LinkNote]:
    """The notes of ``link``'s changed runs alone: names, hedges and negation, the changes that may make
    the same claim to the relation another claim (``suggest`` reads them for every link).  Most links
    change none of these, and a glance at their runs tells so (``_may_hold_a_note``); only the others
    have their two sentences read in full.  Read once a link for the comparison last asked about: the
    suggestions and the report (or the window's tips) ask for the same links' notes."""
    reading = _reading(comparison)
    cached = reading.notes.get(id(link))
    if cached is None:
        # Kept with its link, which so lives as long as the reading: its id is no other link's meanwhile.
        cached = reading.notes[id(link)] = (link, _claim_notes_read(comparison, link))
    return cached[1]


# Notes are read half in a second process (``notes_read_beside``) only for this many links or more: for
# fewer, starting the process costs more than it saves.
NOTES_BESIDE_MIN_LINKS = 1000


def notes_read_beside(comparison: Comparison, *, fork: bool) -> None:
    """Read every link's claim notes now, the second half in a second process where the system can fork
    (``fork``: the command line, with no other thread; see beside.py).  Reading them takes a long
    comparison a quarter of a second after its links are explained, and the suggestions and the report
    ask for all of them; the two halves go to the reading that ``claim_notes`` keeps."""
    links = comparison.links
    half = len(links) // 2
    second = run_beside(lambda: [_claim_notes_read(comparison, link) for link in links[half:]],
                        fork=fork and len(links) >= NOTES_BESIDE_MIN_LINKS)
    for link in links[:half]:
        claim_notes(comparison, link)
    reading = _reading(comparison)
    for link, notes in zip(links[half:], second()):
        reading.notes.setdefault(id(link), (link, notes))


@dataclass
class _Reading:
    """What the notes have read of the comparison last asked about: its links' notes so far (by the link's
    ``id``, kept with the link), and the letters of the names capitalised in mid-sentence in its documents
    (``_names_in_mid_sentence``).  Kept until another comparison is asked about."""

    comparison: Comparison
    notes: dict[int, tuple[Link, list[LinkNote]]] = field(default_factory=dict)
    names_in_mid_sentence: frozenset[str] | None = None


_last_reading: _Reading | None = None


def _reading(comparison: Comparison) -> _Reading:
    """The reading of ``comparison``, a new one when it is not the comparison last asked about.  Read once
    into a local by each caller, so a thread that starts on another comparison meanwhile (the window plans
    its marks on a pool while the main thread reads tips) never mixes two."""
    global _last_reading
    reading = _last_reading
    if reading is None or reading.comparison is not comparison:
        reading = _last_reading = _Reading(comparison)
    return reading


def _claim_notes_read(comparison: Comparison, link: Link) -> list[LinkNote]:
    spans = [span for span in link.diff if span.op != "equal"]
    written = [_written_run(comparison, span) for span in spans]
    intended = _intended_note(comparison, link, written)
    if not _may_hold_a_note(comparison, link, spans, written):
        return intended
    return _changed_run_notes(comparison, link, spans, written) + intended


def _intended_note(comparison: Comparison, link: Link, written: list[_WrittenRun]) -> list[LinkNote]:
    """``intended only in A: "plans to appeal"`` where one sentence tells what its subject means to do and
    the other tells it done (``relation.intent_differs``): the relation reads two claims, and the note says
    why.  The words are the changed run that holds the intention."""
    for run in written:
        for side, words in (("a", run.a_words), ("b", run.b_words)):
            plain = _plain(words)
            if not (INTENT.isdisjoint(plain) and WILL.isdisjoint(plain) and "would" not in plain):
                read_a = _quickly_read(comparison.a_sentences[link.a].text)
                read_b = _quickly_read(comparison.b_sentences[link.b].text)
                intending, other = (read_a, read_b) if side == "a" else (read_b, read_a)
                if intent_differs(intending, other):
                    kind = INTENDED_ONLY if not INTENT.isdisjoint(plain) else AHEAD_ONLY
                    return [_one_sided(kind, side, " ".join(words))]
    return []


def one_line(text: str) -> str:
    """A sentence of hard-wrapped text on one line: its line breaks would break the report's indent.
    Soft hyphens and zero-width spaces go too: a terminal may show them, a page does not.  (A joiner
    that makes two emoji one stays: see ``invisible.shown``.)"""
    if text.isprintable():
        return text  # neither a line break nor an invisible character (most text), so nothing to take out
    return shown(_LINE_BREAK.sub(" ", text))


# Only from the first blank of a run (the look-behind): tried from every blank of a long run of them
# with no line break after ("padded" text from a PDF, a table), the search took time growing with the
# square of the run (100,000 spaces: 43 s a sentence).
_LINE_BREAK = re.compile(r"(?:(?<![ \t])[ \t]+)?[\r\n\u2028\u2029\x0b\x0c\x85]+[ \t]*")

# A changed run that puts another name in a name's place ("Portugal" / "Spain", "Whitlock" /
# "Whitlow" inside a reworded clause, or in two runs of it), or a short one that changes how firmly
# the claim is vouched for ("allegedly", "may have been"), gets a note of its own: among the marks it
# looks like any other rewording.  A name the other sentence has anywhere, however written, is no
# change ("Crest" / "Crest's", "U.S." / "US", moved words), nor is a name one report adds ("Andrei
# Medvedev" / "Medvedev": detail).  Plain attribution ("said", "told", "according to") moves between
# outlets all the time and is left to the marks, as are longer runs of hedging (rewritten clauses).
_MOST_WORDS_CALLED_OUT = 6
_PLAIN_ATTRIBUTION = frozenset("""said says say saying told tells according added adds stated states reported reports
    report""".split())


class _WrittenRun(NamedTuple):
    """A changed run's words on each side as written (``a_words``, ``b_words``), and the same with a
    hyphenated name's part that touches them put to them (``a_named``, ``b_named``: ``_with_name_parts``)."""

    a_words: list[str]
    b_words: list[str]
    a_named: list[str]
    b_named: list[str]


def _written_run(comparison: Comparison, span: DiffSpan) -> _WrittenRun:
    a_words = one_line(comparison.a.text[span.a_start:span.a_end]).split()
    b_words = one_line(comparison.b.text[span.b_start:span.b_end]).split()
    return _WrittenRun(a_words, b_words, _with_name_parts(comparison.a.text, span.a_start, span.a_end, a_words),
                       _with_name_parts(comparison.b.text, span.b_start, span.b_end, b_words))


def _may_hold_a_note(comparison: Comparison, link: Link, spans: list[DiffSpan], written: list[_WrittenRun]) -> bool:
    """Might a changed run of ``link`` hold a note?  Each test is looser than the rules it stands for,
    and reads the runs, not the sentences: a name changed needs a capitalised word in the runs of
    both sides, a hedge one of the hedge's words, a claim turned round a negation or a word and its
    opposite (read as the relation reads them).  Reading both sentences in full (their tokens and
    numbers) costs about a third of a millisecond a link, and most links are done with before it."""
    if any(_capitalised(run.a_named) for run in written) and any(_capitalised(run.b_named) for run in written):
        return True
    sentence_a, sentence_b = comparison.a_sentences[link.a], comparison.b_sentences[link.b]
    return (any(_may_hedge(sentence_a, sentence_b, span, run) for span, run in zip(spans, written, strict=True))
            or _may_turn_round(comparison, spans, sentence_a, sentence_b))


def _capitalised(words: list[str]) -> bool:
    """Is one of ``words`` capitalised as a name is (``_names``, ``_leading_name``)?"""
    return any(_bare(word)[:1].isupper() for word in words)


def _may_hedge(sentence_a: Sentence, sentence_b: Sentence, span: DiffSpan, run: _WrittenRun) -> bool:
    """Might the changed run hedge the claim on a side: short enough to be called out, and a hedge word
    of the tokens ("allegedly", not "said") or a word of a hedge's form ("understood", "expected",
    "appear") among its words?"""
    if max(len(run.a_words), len(run.b_words)) > _MOST_WORDS_CALLED_OUT:
        return False
    if span.type == "hedge" and (_hedged(run.a_words, sentence_a, span.a_start, span.a_end)
                                 or _hedged(run.b_words, sentence_b, span.b_start, span.b_end)):
        return True
    plain = _plain(run.a_words + run.b_words)
    if _HEDGE_FORM_WORDS.isdisjoint(plain) and not any(word.startswith(_SEEMING) for word in plain):
        return False
    # Every forecast counts here: whether the other sentence tells the claim ahead as well is read later.
    return (_hedge_form(run.a_words, *_around(sentence_a, span.a_start, span.a_end, _WORDS_BEFORE_A_HEDGE))
            or _hedge_form(run.b_words, *_around(sentence_b, span.b_start, span.b_end, _WORDS_BEFORE_A_HEDGE)))


def _may_turn_round(comparison: Comparison, spans: list[DiffSpan], sentence_a: Sentence, sentence_b: Sentence) -> bool:
    """Might a changed run turn the claim round (``opposites.turns_the_claim_round``), read from the words
    as written, without the number mentions a full reading finds: a number is never a negation or
    another word's opposite, so the runs hold every word the full reading would test."""
    runs = [(_quickly_read(comparison.a.text[span.a_start:span.a_end]),
             _quickly_read(comparison.b.text[span.b_start:span.b_end])) for span in spans]
    if not (any(may_turn_round(a_run, b_run) for a_run, b_run in runs)
            or any(may_turn_round(runs[k][0], runs[n][1]) for k, n in taken_out_and_put_in(runs))):
        return False
    if any(a_run and not set(a_run).isdisjoint(b_run) for a_run, b_run in runs):
        return True  # a change that folds in words both sides keep: read as the relation reads it, split back
    read_a, read_b = _quickly_read(sentence_a.text), _quickly_read(sentence_b.text)
    return (any(turns_the_claim_round(a_run, b_run, read_a, read_b) for a_run, b_run in runs)
            or scattered_opposite(runs, read_a, read_b) is not None or negated_apart(runs, read_a, read_b) is not None)


# The words of text as the tokens have them (``terms.tokenize``): letters and digits, with an apostrophe
# inside ("didn't"); a hyphen splits ("non-violent").
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _quickly_read(text: str) -> list[str]:
    """The words of ``text`` lower-cased, as ``opposites.lowered_words`` reads a sentence's tokens ("No"
    before digits numbers: "Shaft No 3"), but without looking for number mentions, which cost the most."""
    words = _WORD.findall(text)
    read = [word.lower() for word in words]
    for k, word in enumerate(words[:-1]):
        if word in ("No", "NO") and words[k + 1][:1].isdigit():
            read[k] = NUMBERING_NO
    return read


def _changed_run_notes(comparison: Comparison, link: Link, changed_spans: list[DiffSpan],
                       written: list[_WrittenRun]) -> list[LinkNote]:
    """The notes of the link's changed runs: names (``names differ: "Portugal" (A) vs "Spain" (B)``),
    hedges (``hedged only in B: "allegedly"``) and negation, then the names respelled across runs."""
    notes = []
    sentence_a, sentence_b = comparison.a_sentences[link.a], comparison.b_sentences[link.b]
    letters_in_a = _name_letters(sentence_a.text)
    letters_in_b = _name_letters(sentence_b.text)
    tokens_a, tokens_b = _tokens(sentence_a), _tokens(sentence_b)
    read_a, read_b = lowered_words(tokens_a), lowered_words(tokens_b)
    untold_a, untold_b = [], []  # names of changed runs that no note tells
    believed_at_length = set()  # the sides that pass a claim on as believed in a run too long to call out
    # A forecast is a hedge only where the relation reads it as one: against "is due to", "is poised to"
    # or "will" it tells the same claim ahead; but see ``_expected_against_will``.
    forecast_told = forecast_differs(read_a, read_b)
    turned_round, turning_notes = _turning_notes(comparison, changed_spans, tokens_a, read_a, tokens_b, read_b)
    if kinds_apart(tokens_a, tokens_b):
        # "The nurses' union has accepted" / "The doctors' union rejected": two actors' deeds; neither denies the other.
        turned_round, turning_notes = {}, []
    turned_round = {place: note for place, note in turned_round.items() if not _told_of_another_name_before(
        comparison, changed_spans[:place + 1], sentence_a, sentence_b, letters_in_a, letters_in_b)}
    if not turned_round:
        notes += turning_notes
    for place, (span, (a_words, b_words, a_named, b_named)) in enumerate(zip(changed_spans, written, strict=True)):
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
            notes += [_names_note(a, b) for a, b in changed]
            continue
        untold_a += a_names
        untold_b += b_names
        if place in turned_round:
            notes.append(turned_round[place])
            continue
        if max(len(a_words), len(b_words)) > _MOST_WORDS_CALLED_OUT:
            believed_at_length |= {side for side, words, sentence, start, end in (
                ("a", a_words, sentence_a, span.a_start, span.a_end), ("b", b_words, sentence_b, span.b_start, span.b_end))
                if _believed(words, *_around(sentence, start, end, _WORDS_BEFORE_A_HEDGE))}
            continue
        told = forecast_told or _expected_against_will(a_words, b_words)
        formed_a = _hedge_form(a_words, *_around(sentence_a, span.a_start, span.a_end, _WORDS_BEFORE_A_HEDGE), told)
        formed_b = _hedge_form(b_words, *_around(sentence_b, span.b_start, span.b_end, _WORDS_BEFORE_A_HEDGE), told)
        if span.type != "hedge" and not (formed_a or formed_b):
            continue  # "is understood to" is the form of a hedge, not its word
        hedged_a = formed_a or _hedged(a_words, sentence_a, span.a_start, span.a_end)
        hedged_b = formed_b or _hedged(b_words, sentence_b, span.b_start, span.b_end)
        if hedged_a != hedged_b and _forecast_against_should(*((a_words, b_words) if hedged_a else (b_words, a_words))):
            continue
        a_text, b_text = " ".join(a_words), " ".join(b_words)
        if hedged_a and hedged_b:
            if {w.lower() for w in a_words} != {w.lower() for w in b_words} and not _one_belief(a_words, b_words):
                notes.append(LinkNote(HEDGING_DIFFERS, a_text, b_text))
        elif hedged_a or hedged_b:
            hedge = " ".join(_from_the_hedge(a_words if hedged_a else b_words))
            notes.append(_one_sided(HEDGED_ONLY, "a" if hedged_a else "b", hedge))
    notes += [_names_note(a, b) for a, b in _respelled_across_runs(untold_a, untold_b, sentence_a, sentence_b)]
    return _hedges_of_both_sides_joined(_without_beliefs_told_both_sides(notes, believed_at_length))


def _told_of_another_name_before(comparison: Comparison, spans_to_it: list[DiffSpan], sentence_a: Sentence,
                                 sentence_b: Sentence, letters_in_a: set[str], letters_in_b: set[str]) -> bool:
    """Does a change before the one that turns the claim round, or that one, put a name of one side's own in the place
    of a name of the other's: "Residents of [nearby Primrose] were not evacuated" / "Residents of [Delville] were evacuated"?
    The claim is told of two places (or people), and both may hold; the names themselves are left to their note.
    A body named by its initials on one side and in full on the other ("approved by the English Football League" /
    "The EFL has yet to approve") is one name."""
    for span in spans_to_it:
        if span.op != "replace":
            continue
        a_names = _names(comparison.a.text[span.a_start:span.a_end], span.a_start == sentence_a.start)
        b_names = _names(comparison.b.text[span.b_start:span.b_end], span.b_start == sentence_b.start)
        if (any(_letters(name) not in letters_in_b and not _one_body_by_its_initials(name, sentence_a, sentence_b)
                for name in a_names)
                and any(_letters(name) not in letters_in_a and not _one_body_by_its_initials(name, sentence_b, sentence_a)
                        for name in b_names)):
            return True
    return False


def _turning_notes(comparison: Comparison, changed_spans: list[DiffSpan], tokens_a: list[Token], read_a: list[str],
                   tokens_b: list[Token], read_b: list[str]) -> tuple[dict[int, LinkNote], list[LinkNote]]:
    """The notes of the changes that turn the claim round, read from the changes the relation reads
    (``_as_the_relation_reads``): by the place of the shown change that holds each ("negated only in B: "will
    not""), and, where none does alone, the note of a word taken out at one place and its opposite or its
    negation put in at another."""
    pieces = _as_the_relation_reads(changed_spans, tokens_a, read_a, tokens_b, read_b)
    runs = [(_run(tokens_a, read_a, piece.a_start, piece.a_end), _run(tokens_b, read_b, piece.b_start, piece.b_end))
            for _, piece in pieces]
    written = [_written_run(comparison, piece) for _, piece in pieces]
    turned_round: dict[int, LinkNote] = {}
    for (place, piece), (a_run, b_run), run, turning in zip(
            pieces, runs, written, runs_turning_round(runs, read_a, read_b), strict=True):
        if turning and place not in turned_round:
            note = (_turned_round_note(run.a_words, run.b_words, a_run, b_run, read_a, read_b)
                    or _kept_negation_note(comparison, piece, a_run, b_run, tokens_a, read_a, tokens_b, read_b))
            if note is not None:
                turned_round[place] = note
    if turned_round:
        return turned_round, []
    return {}, _scattered_opposite_note(runs, written, read_a, read_b) or _negated_apart_note(runs, written, read_a, read_b)


def _kept_negation_note(comparison: Comparison, piece: DiffSpan, a_run: list[str], b_run: list[str],
                        tokens_a: list[Token], read_a: list[str], tokens_b: list[Token], read_b: list[str]
                        ) -> LinkNote | None:
    """The note of a change that turns the claim round with no word of its own on the side that turns: a negation
    both sides keep, which the other side's words put on another verb ("was not [affected and the water supply
    remained safe] to drink" / "not to drink").  The side that turns quotes its negation on, to the verb it
    negates: ``negated only in B: "not to drink"``.  None where no negation stands just before the empty side."""
    if bool(a_run) == bool(b_run):
        return None
    side, tokens, read, at, text = (("a", tokens_a, read_a, piece.a_start, comparison.a.text) if not a_run
                                    else ("b", tokens_b, read_b, piece.b_start, comparison.b.text))
    after = next((k for k, token in enumerate(tokens) if token.start >= at), len(tokens))
    if not after or not is_negation(read[after - 1]):
        return None
    verb = next((k for k in range(after, min(len(tokens), after + _MOST_WORDS_TO_THE_VERB_NEGATED))
                 if not tokens[k].stop), None)
    if verb is None:
        return None
    return _one_sided(NEGATED_ONLY, side, one_line(text[tokens[after - 1].start:tokens[verb].end]))


# Words from a kept negation to the verb it negates: "not [to] drink", "never [to be] seen".
_MOST_WORDS_TO_THE_VERB_NEGATED = 3


def _as_the_relation_reads(changed_spans: list[DiffSpan], tokens_a: list[Token], read_a: list[str],
                           tokens_b: list[Token], read_b: list[str]) -> list[tuple[int, DiffSpan]]:
    """The changes as the relation reads them, each with the place of the shown change that holds it.  The diff
    shown folds a function word or two that both sides keep between two changes into one change ("[aged 11 to
    18, will]" / "[will not]" for "[aged 11 to 18,] will [not]"), which reads better, but the relation reads the
    two changes apart (worddiff.turns_round): read as one, "will not" against "aged 11 to 18, will" is no
    negation put in alone.  So such a change is split back at the kept words."""
    pieces = []
    for place, span in enumerate(changed_spans):
        pieces += [(place, piece) for piece in _split_at_kept_words(span, tokens_a, read_a, tokens_b, read_b)]
    return pieces


def _split_at_kept_words(span: DiffSpan, tokens_a: list[Token], read_a: list[str], tokens_b: list[Token],
                         read_b: list[str]) -> list[DiffSpan]:
    """A shown change split back at the function words both sides keep inside it, as the changes it was folded
    from; the change whole where it keeps none (most: a change the diff found holds no word of both sides)."""
    a_places = _places_within(tokens_a, span.a_start, span.a_end)
    b_places = _places_within(tokens_b, span.b_start, span.b_end)
    a_words, b_words = [read_a[k] for k in a_places], [read_b[k] for k in b_places]
    if span.op != "replace" or set(a_words).isdisjoint(b_words):
        return [span]
    opcodes = difflib.SequenceMatcher(None, a_words, b_words, autojunk=False).get_opcodes()
    kept = [(place, i1, i2) for place, (op, i1, i2, _, _) in enumerate(opcodes) if op == "equal"]
    if not all(0 < place < len(opcodes) - 1 and i2 - i1 <= _MOST_KEPT_WORDS_FOLDED
               and all(tokens_a[a_places[k]].stop and tokens_a[a_places[k]].type == "word" for k in range(i1, i2))
               for place, i1, i2 in kept):
        return [span]  # not the fold of a function word or two between two changes: read as shown
    return [_piece(op, [tokens_a[k] for k in a_places[i1:i2]], [tokens_b[k] for k in b_places[j1:j2]], span,
                   tokens_a, a_places, i1, tokens_b, b_places, j1)
            for op, i1, i2, j1, j2 in opcodes if op != "equal"]


# The most function words the diff shown folds into one change with the changes around them (worddiff).
_MOST_KEPT_WORDS_FOLDED = 2


def _places_within(tokens: list[Token], start: int, end: int) -> list[int]:
    """The places among ``tokens`` of those the document span ``start``..``end`` holds."""
    return [k for k, token in enumerate(tokens) if start <= token.start and token.end <= end]


def _piece(op: str, a_tokens: list[Token], b_tokens: list[Token], span: DiffSpan, tokens_a: list[Token],
           a_places: list[int], i1: int, tokens_b: list[Token], b_places: list[int], j1: int) -> DiffSpan:
    """The change of ``a_tokens`` into ``b_tokens`` inside the shown change ``span``; an empty side sits before
    the word of its side that follows it in the span (at the span's end where none does)."""
    a_start, a_end = _piece_bounds(a_tokens, tokens_a, a_places, i1, span.a_end)
    b_start, b_end = _piece_bounds(b_tokens, tokens_b, b_places, j1, span.b_end)
    return DiffSpan(op, a_start, a_end, b_start, b_end, span.type)


def _piece_bounds(piece: list[Token], tokens: list[Token], places: list[int], first: int, span_end: int
                  ) -> tuple[int, int]:
    if piece:
        return piece[0].start, piece[-1].end
    at = tokens[places[first]].start if first < len(places) else span_end
    return at, at


def _believed(words: list[str], before: list[str], after: list[str]) -> bool:
    """Do the changed words open on a claim passed on as believed ("[are thought to have come from some]"), the
    claim the run rewords?  Not a belief further on, of a clause of its own ("[pangolins, which are thought
    to have been killed]")."""
    opening = words[:_BELIEF_OPENS_WITHIN]
    return _passed_on(opening, before, words[len(opening):] + after, forecast_told=False) and not _BELIEF.isdisjoint(
        _plain(opening))


# "[thought to ...]", "[are thought to ...]", "[are widely thought to ...]": where a belief that opens a run stands.
_BELIEF_OPENS_WITHIN = 3


def _without_beliefs_told_both_sides(notes: list[LinkNote], believed_at_length: set[str]) -> list[LinkNote]:
    """``notes`` without a belief noted as hedging one side only ("hedged only in A: "Investigators believe"")
    where the other side passes the claim on as believed too, in a run too long to call out ("The scales [are
    thought to have come from some]"): each report hedges the claim with one belief."""
    return [note for note in notes if not (note.kind == HEDGED_ONLY and {"a", "b"} - {note.side} <= believed_at_length
                                           and _a_bare_belief(note.a or note.b))]


def _a_bare_belief(hedge: str) -> bool:
    """Is the hedge a verb of belief and no claim ("believe", "investigators believe")?"""
    return _bare_hedge(hedge) and not _BELIEF.isdisjoint(_plain(hedge.split()))


def _hedges_of_both_sides_joined(notes: list[LinkNote]) -> list[LinkNote]:
    """``notes`` with one hedge taken out of A and another put into B in other places ("Heavy rain [may have]
    washed away ..." / "Heavy rain washed away ..., [investigators believe]") told as the hedging differing,
    in the first one's place: each side hedges the one claim, so neither is "hedged only".  Not a hedge that
    brings a claim of its own ("[who may have acted alone]"): the other side's hedged claim is then told
    plainly, and its "hedged only" note says so."""
    hedged = {side: [note for note in notes if note.kind == HEDGED_ONLY and note.side == side] for side in "ab"}
    if len(hedged["a"]) != 1 or len(hedged["b"]) != 1:
        return notes
    (only_a,), (only_b,) = hedged["a"], hedged["b"]
    if not (_bare_hedge(only_a.a) and _bare_hedge(only_b.b)):
        return notes
    first, later = sorted((notes.index(only_a), notes.index(only_b)))
    joined = list(notes)
    joined[first] = LinkNote(HEDGING_DIFFERS, only_a.a, only_b.b)
    del joined[later]
    return joined


def _one_belief(a_words: list[str], b_words: list[str]) -> bool:
    """Do both runs hedge by a verb of belief alone, in any of its words ("believe" / "think")?  The same hedge."""
    return all(_BELIEF.intersection(plain) and all(w in _BELIEF or w in STOPWORDS for w in plain)
               for plain in (_plain(a_words), _plain(b_words)))


_BELIEF = frozenset("believe believes believed think thinks thought".split())


def _bare_hedge(words: str) -> bool:
    """Are the words a hedge and no claim: hedge and function words alone ("may have"), or the believers
    named before the hedge that closes the run ("investigators believe", "local officials believe"); not a
    clause of its own ("who may have fled", "who may have acted alone")?"""
    written = _aside_before_the_hedge_left_out(words.split())
    plain = _plain(written)
    if _RELATIVE_PRONOUNS.intersection(plain) or any(word.endswith((",", ";", ":")) for word in written[:-1]):
        return False  # "who may have fled"; "fled to Spain, police believe": a clause of its own before the hedge
    own = [word for word in plain if word not in HEDGES and word not in STOPWORDS]
    return not own or bool(plain) and plain[-1] in HEDGES


# Words of an aside set off by commas that puts in no clause of its own: "investigators, however, believe".
# "part", "fact" and "turn" are the nouns of set asides: "for their part", "in fact", "in turn".
_ASIDES = frozenset("""however though meanwhile moreover nonetheless nevertheless indeed instead anyway too also
    part fact turn""".split())
_LONGEST_ASIDE = 3  # words: "for their part" is the longest aside left out; a longer run may be a clause


def _aside_before_the_hedge_left_out(written: list[str]) -> list[str]:
    """The run's words without an aside set off by commas between the believers and the hedge that closes the
    run ("investigators, however, believe" -> "investigators believe", "police, privately, now believe"): the
    aside's commas close no clause.  An aside with words of the claim after it is left in ("fled, however,
    police believe"), so the comma after "fled" still closes a clause of its own."""
    commas = [k for k, word in enumerate(written[:-1]) if word.endswith(",")]
    if len(commas) < 2:
        return written
    opening, closing = commas[-2], commas[-1]
    aside, after = _plain(written[opening + 1:closing + 1]), _plain(written[closing + 1:])
    if (len(aside) > _LONGEST_ASIDE or not any(word in _ASIDES or adverb_in_ly(word) for word in aside)
            or not all(word in _ASIDES or word in STOPWORDS or adverb_in_ly(word) for word in aside)
            or not all(word in HEDGES or word in STOPWORDS or adverb_in_ly(word) for word in after)):
        return written
    return written[:opening] + [written[opening][:-1]] + written[closing + 1:]


def _expected_against_will(a_words: list[str], b_words: list[str]) -> bool:
    """Is one changed run a claim held as what others expect ("The bank [is widely expected to] cut") and
    the other the report's own "will" in its place ("The bank [will] cut")?  The relation reads one claim
    told ahead, but only the one report vouches for it.  Not a schedule or an intention ("is set to",
    "is minded to"), nor another way of telling ahead ("is due to", "plans to"): those say as much."""
    a_plain, b_plain = _plain(a_words), _plain(b_words)
    return (_expecting(a_plain) and _says_what_will_be(b_plain)
            or _expecting(b_plain) and _says_what_will_be(a_plain))


def _expecting(plain: list[str]) -> bool:
    return any(word in FORECAST and word not in _PLANNED for word in plain)


def _says_what_will_be(plain: list[str]) -> bool:
    return (not _expecting(plain) and not _PLANNED.intersection(plain)
            and any(word in WILL or word.endswith(("'ll", "’ll")) for word in plain))


# Forecasts that tell a schedule or what the subject intends, not what others expect: "is set to reopen",
# "is minded to recommend".
_PLANNED = frozenset({"set", "minded"})


def _said_by_others(sentence_a: Sentence, sentence_b: Sentence) -> list[LinkNote]:
    """``said by different people: "the judge" (A) vs "prosecutor Sam Ito" (B)`` for a quotation the two
    sentences give alike and put in different mouths (``relation.quote_given_to_others``)."""
    speakers = quote_given_to_others(sentence_a.text, sentence_b.text)
    if speakers is None:
        return []
    return [LinkNote(SAID_BY_OTHERS, one_line(speakers[0]), one_line(speakers[1]))]


def _without_the_speakers(note: LinkNote, said_by: LinkNote) -> LinkNote | None:
    """``note`` without the names of the speakers ``said_by`` tells ("Peter Quill [in] Tamford" / "Ann
    Marlow [in] Tamworth" is "Tamford" / "Tamworth"), or None when it names no one else."""
    if note.kind != NAMES_DIFFER:
        return note
    a, b = _names_but_the_speaker(note.a, said_by.a), _names_but_the_speaker(note.b, said_by.b)
    if not (a and b):
        return None
    return note if (a, b) == (note.a, note.b) else LinkNote(NAMES_DIFFER, a, b)


def _names_but_the_speaker(names: str, speaker: str) -> str:
    told = set(_plain_words(speaker))
    return " ".join(name for name in names.split() if not told.issuperset(_plain_words(name)))


def _plain_words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


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
    if text[start - 1:start] != "-" and text[end:end + 1] != "-":
        return words  # no hyphen touches the run (most runs): nothing to look for
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


def _name_letters(text: str) -> set[str]:
    """The letters of the names of ``text`` (``_names``), with the plural and the singular of each name's later
    word: "World Marathon Major" and "the World Marathon Majors" are one name, not two.  A name's first word keeps
    its own letters: "Evan Ortega" and "Evans Ortega" are two people."""
    letters = {_letters(name) for name in _names(text)}
    words = text.split()
    later = {_letters(_bare(word)) for before, word in zip(words, words[1:])
             if before[:1].isupper() and word[:1].isupper() and _letters(_bare(word)) in letters}
    return letters | {name + "s" for name in later} | {name[:-1] for name in later if name.endswith("s")}


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
               and (_spelled_apart(*_without_a_shared_ending(word, other), endings_respelled=False)
                    or _named_in_mid_sentence(word, comparison) and _named_in_mid_sentence(other, comparison))
               for other in others)


# Endings of words made from a verb: two such words that share one are alike only as far as the rest is
# ("[Walking] 7,000 steps" / "[Taking] 7,000 steps" are two verbs; "Golding" / "Goulding" one name respelled).
_VERB_ENDINGS = ("ing",)
_SHORTEST_LEFT_OF_AN_ENDING = 3


def _without_a_shared_ending(word: str, other: str) -> tuple[list[str], list[str]]:
    """The two words, each as a list of one, without the verb's ending both end in, if any."""
    for ending in _VERB_ENDINGS:
        if (word.lower().endswith(ending) and other.lower().endswith(ending)
                and min(len(word), len(other)) - len(ending) >= _SHORTEST_LEFT_OF_AN_ENDING):
            return [word[:-len(ending)]], [other[:-len(ending)]]
    return [word], [other]


def _written_plain(word: str, texts: tuple[str, ...]) -> bool:
    """Is ``word`` written in lower case somewhere in ``texts``, as a plain word is?"""
    plain = word.lower()
    return any(_written_alone(plain, text) for text in texts)


def _written_alone(word: str, text: str) -> bool:
    """Does ``word`` stand in ``text`` with no letter, digit, underscore or hyphen against it?  Found by
    plain search, each place then checked: a pattern with look-arounds took a millisecond for each
    word of a long document."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if not (at and _joins_a_word(text[at - 1]) or end < len(text) and _joins_a_word(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _joins_a_word(character: str) -> bool:
    return character.isalnum() or character in "_-"


def _named_in_mid_sentence(word: str, comparison: Comparison) -> bool:
    """Is ``word`` capitalised somewhere in either document where no sentence opens?"""
    return _letters(word) in _names_in_mid_sentence(comparison)


def _names_in_mid_sentence(comparison: Comparison) -> frozenset[str]:
    """The letters of each name capitalised where no sentence opens, in either document.  Read once for
    the comparison last asked about: its links ask one after another, and reading every sentence of
    two long documents for each took longer than all the rest of their notes."""
    reading = _reading(comparison)
    if reading.names_in_mid_sentence is None:
        reading.names_in_mid_sentence = frozenset(
            _letters(name) for sentence in comparison.a_sentences + comparison.b_sentences
            for name in _names(sentence.text))
    return reading.names_in_mid_sentence


def _names_changed(a_words: list[str], b_words: list[str], a_names: list[str], b_names: list[str],
                   named_on_one_side_only: bool = False) -> list[tuple[list[str], list[str]]]:
    """The names a replaced run puts in the place of others: each name respelled ("Whitlock" /
    "Whitlow"), or, in a short run of names only, the names of one side for the other's ("the UK" /
    "Britain"), unless the thing is ``named_on_one_side_only`` (``_named_on_one_side_only``)."""
    respelled = _whole_names(_spelled_apart(a_names, b_names), a_words, b_words)
    if respelled:
        return respelled
    if (a_names and b_names and max(len(a_words), len(b_words)) <= _MOST_WORDS_CALLED_OUT
            and _names_only(a_words, a_names) and _names_only(b_words, b_names) and not named_on_one_side_only
            and not (_initials_of(a_names, b_words) or _initials_of(b_names, a_words))
            and not _one_name_in_other_forms(a_names, b_names)):
        return [(a_names, b_names)]
    return []


def _one_body_by_its_initials(name: str, own: Sentence, other: Sentence) -> bool:
    """Is ``name`` (a word of a name) part of one body named by its initials in one sentence and in full in the
    other ("The EFL" / "the English Football League")?"""
    own_names, other_names = _names(own.text), _names(other.text)
    return (any(_initials_of([name], window) for window in _runs_of_names(other_names))
            or any(name in window and _initials_of([acronym], window)
                   for window in _runs_of_names(own_names) for acronym in other_names))


def _runs_of_names(names: list[str]) -> list[list[str]]:
    """The runs of two to six of a sentence's name words, in their order ("English Football League")."""
    return [names[i:j] for i in range(len(names)) for j in range(i + 2, min(len(names), i + 6) + 1)]


def _initials_of(names: list[str], words: list[str]) -> bool:
    """Is the one name of a run an abbreviation made of the initials of the other run's ``words``: "HSE" of
    "Health Service Executive", "FBI" of "Federal Bureau of Investigation", "BoE" of "Bank of England",
    "RSPB" of "the Royal Society for the Protection of Birds"?  One body named two ways, not two names.
    A function word's initial may be in the abbreviation or not; a hyphenated word gives one for each
    part ("NGO" of "non-governmental organisation")."""
    if len(names) != 1 or sum(c.isupper() for c in names[0]) < _FEWEST_CAPITALS_OF_INITIALS:
        return False
    parts = [part for word in words for part in re.split(r"[-‐‑–]", _bare(word)) if part]
    return _initials_match(_letters(names[0]), parts)


# "HSE", "BoE", "U.S.": an abbreviation has two capitals or more ("Hse" is a word).
_FEWEST_CAPITALS_OF_INITIALS = 2


def _initials_match(initials: str, parts: list[str]) -> bool:
    """Do the lower-cased ``initials`` spell the first letters of ``parts`` in order, each content word's
    letter there and each function word's there or left out?"""
    if not parts:
        return not initials
    first, rest = _letters(parts[0])[:1], parts[1:]
    if parts[0].lower() in STOPWORDS and _initials_match(initials, rest):
        return True
    return bool(first) and initials[:1] == first and _initials_match(initials[1:], rest)


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
            _letters(word) in letters_in_a for word in b_lead) or _one_name_in_other_forms(a_lead, b_lead):
        return []  # "North [American tour]" / "North [America]": one name
    if _a_body_and_its_officer(a_lead, b_lead) or _a_body_and_its_officer(b_lead, a_lead):
        return []  # "Rockford Fire [Department]" / "Rockford Fire [Chief Derek Almquist]": one source
    return [(a_lead, b_lead)]


# The word that makes a kept name a body ("Rockford Fire [Department]"), and the titles of an office that make it
# one of the body's officers ("Rockford Fire [Chief] Derek Almquist", "Greater Manchester Police [Chief Constable]").
_BODIES = frozenset("""Department Service Services Brigade Authority Agency Office Ministry Board Commission Council
    Force Bureau Directorate""".split())
_OFFICES = frozenset("""Chief Commissioner Director Secretary Minister Spokesman Spokeswoman Spokesperson Chairman
    Chairwoman Chair President Head Superintendent Inspector Captain Marshal Constable Commander""".split())


def _a_body_and_its_officer(body: list[str], officer: list[str]) -> bool:
    """Does the kept name run on into a body on one side ("Fire [Department]") and into an office of it on the other
    ("Fire [Chief Derek Almquist]")?  The officer speaks for the body: the two runs name one source, not two."""
    return len(body) == 1 and body[0] in _BODIES and officer[0] in _OFFICES


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


def _one_sided(kind: str, side: str, words: str) -> LinkNote:
    return LinkNote(kind, words if side == "a" else "", words if side == "b" else "", side)


def _names_note(a: list[str], b: list[str]) -> LinkNote:
    return LinkNote(NAMES_DIFFER, " ".join(a), " ".join(b))


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
# "is widely thought to", "is suspected to be".  "Understood" and "said" alone are plain verbs ("Passengers
# understood the danger").
_PASSED_ON = frozenset("understood believed thought said rumoured rumored reported alleged feared suspected"
                       .split())
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
# The words without which a run has no hedge's form (``_hedge_form``), and how "appear" and "seem" begin
# in all their forms.
_HEDGE_FORM_WORDS = _PASSED_ON | FORECAST | _HEDGING_ADVERBS
_SEEMING = ("appear", "seem")


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


def _turned_round_note(a_words: list[str], b_words: list[str], a_run: list[str], b_run: list[str],
                       a_all: list[str], b_all: list[str]) -> LinkNote | None:
    """``negated only in B: "not"`` or ``says the opposite: "confirmed" (A) vs "denied" (B)`` for a
    change that turns the claim round (``opposites.runs_turning_round`` tells which do, as the relation
    counts them).  ``a_words`` and ``b_words`` are the changed runs as written, ``a_run`` and ``b_run``
    the same runs and ``a_all`` and ``b_all`` the two sentences as the relation reads them
    (``opposites.lowered_words``: "No" in "Shaft No 3" numbers).  A verb that calls off a plan ("has
    scrapped" plans) denies it as a negation does, on its own side, even where the other side has no word
    there at all, and so does a denial put before the claim the other side tells ("denied that" the group had
    ignored a warning).  None where the side that turns has no words to quote."""
    if (swapped_for_its_opposite(a_run, b_run, a_all, b_all) or refused_against_decided(a_run, b_run, a_all, b_all)
            or refused_against_decided(b_run, a_run, b_all, a_all) or denied_in_other_words(a_run, b_run, a_all, b_all)):
        return LinkNote(SAYS_THE_OPPOSITE, " ".join(_turning_words(a_words)), " ".join(_turning_words(b_words)))
    if called_off(a_run, b_run, a_all, b_all):
        side, words = "a", _calling_off_words(a_words, a_run)
    elif called_off(b_run, a_run, b_all, a_all):
        side, words = "b", _calling_off_words(b_words, b_run)
    elif denied_before_the_claim(a_run, b_run, a_all, b_all):
        side, words = "a", _denial_words(a_words, a_run)
    elif denied_before_the_claim(b_run, a_run, b_all, a_all):
        side, words = "b", _denial_words(b_words, b_run)
    elif _awaited_not_negated(a_run, b_run, a_all, b_all):
        side, words = "a", _awaiting_words(a_words, a_run)
    elif _awaited_not_negated(b_run, a_run, b_all, a_all):
        side, words = "b", _awaiting_words(b_words, b_run)
    elif danger_denied_against_a_warning(a_run, b_run, a_all, b_all):
        side, words = "a", _words_after_the_attribution(a_words)
    elif danger_denied_against_a_warning(b_run, a_run, b_all, a_all):
        side, words = "b", _words_after_the_attribution(b_words)
    elif deed_failed_against_done(a_run, b_run, a_all, b_all):
        side, words = "a", _failing_words(a_words, a_run)
    elif deed_failed_against_done(b_run, a_run, b_all, a_all):
        side, words = "b", _failing_words(b_words, b_run)
    elif (words := _leaving_denied(a_words, a_run, b_run, a_all, b_all)) is not None:
        side = "a"
    elif (words := _leaving_denied(b_words, b_run, a_run, b_all, a_all)) is not None:
        side = "b"
    elif (words := _denied_in_another_form(a_words, a_run, b_run, a_all, b_all)) is not None:
        side = "a"
    elif (words := _denied_in_another_form(b_words, b_run, a_run, b_all, a_all)) is not None:
        side = "b"
    elif holds_negation_in(a_run, a_all):
        side, words = "a", _negating(a_words, b_run)
    else:
        side, words = "b", _negating(b_words, a_run)
    return _one_sided(NEGATED_ONLY, side, " ".join(words)) if words else None


def _leaving_denied(words: list[str], run: list[str], other: list[str], all_words: list[str],
                    other_all: list[str]) -> list[str] | None:
    """The written words of a run that denies someone leaves a post the other run tells left, from the negation's
    verb group to the leaving: "would not resign" of "said he would not resign and that the board would ..."."""
    denied = leaving_denied_against_done(run, other, all_words, other_all)
    if denied is None or len(words) != len(run):
        return None
    return _from_the_verb_group(words, denied)


def _from_the_verb_group(words: list[str], denied: int) -> list[str]:
    """The written words from the verb group of the negation before the word at ``denied`` to that word: "would not
    resign", "was not the cause"."""
    plain = _plain(words)
    start = max(k for k in range(denied) if holds_negation(plain[k:k + 1]))
    while start and (plain[start - 1] in _AUXILIARIES or plain[start - 1] in _MODALS):
        start -= 1
    return words[start:denied + 1]


def _denied_in_another_form(words: list[str], run: list[str], other: list[str], all_words: list[str],
                            other_all: list[str]) -> list[str] | None:
    """The written words of a negated run from its negation's verb group to the deed it denies, where the other run
    tells that deed in another form (``opposites_deeds.deed_denied_in_another_form``): "was not investigating" of "was not
    investigating at this stage" against "had opened an investigation", "was not the cause" against "was caused
    by"; None where the run denies no such deed, or its written words and the words read do not pair one to one."""
    if len(words) != len(run) or not holds_negation(run):
        return None
    denied = deed_denied_in_another_form(other, run, other_all, all_words)
    if denied is None:
        return None
    return _from_the_verb_group(words, denied)


def _calling_off_words(words: list[str], run: list[str]) -> list[str]:
    """The written words of a run that calls off a plan, to the end of the verb that does: "has scrapped" of "has
    scrapped its", "ruled out" of "ruled out reopening"; the run whole where its written words and the words the
    relation reads do not pair one to one."""
    if len(words) != len(run):
        return words
    end = to_the_calling_off(run)
    return [word.strip(_AROUND_WORDS) if k == end - 1 else word for k, word in enumerate(words[:end])] or words


def _awaited_not_negated(awaiting: list[str], other: list[str], awaiting_all: list[str], other_all: list[str]) -> bool:
    """Does the run tell as still awaited a deed the other sentence tells done (``opposites_deeds.awaits_the_deed_done``),
    other than by negating the very verb the other run has ("has yet to complete" / "has completed": the negation's
    note quotes that)?"""
    return (awaits_the_deed_done(awaiting, other, awaiting_all, other_all)
            and not negation_put_in(awaiting, other, awaiting_all, other_all))


def _awaiting_words(words: list[str], run: list[str]) -> list[str]:
    """The written words of a run that tells a deed still awaited, from what tells it awaited to the deed: "still
    needs the approval" of "The settlement still needs the approval of", "has not yet signed off" of "who has not
    yet signed off on the deal"; the run whole where its written words and the words the relation reads do not
    pair one to one, or where the deed does not stand whole in it."""
    awaiting = to_the_awaiting(run)
    if awaiting is None or len(words) != len(run):
        return words
    return [word.strip(_AROUND_WORDS) if k == awaiting[1] - 1 else word
            for k, word in enumerate(words) if awaiting[0] <= k < awaiting[1]]


def _words_after_the_attribution(words: list[str]) -> list[str]:
    """The written words of a run without the attribution it opens on: "there was no" of "said there was no"."""
    plain = _plain(words)
    start = next((k + 1 for k in range(len(plain) - 1, -1, -1) if plain[k] in _PLAIN_ATTRIBUTION), 0)
    return words[start:] or words


def _failing_words(words: list[str], run: list[str]) -> list[str]:
    """The written words of a run that tells a deed failed, from its tense to the "to" ("was unable to" of "was
    unable to reach the group because of the weather", "could not"); the run whole where its written words and the
    words the relation reads do not pair one to one."""
    failing = to_the_failing(run)
    return words[failing[0]:failing[1]] if failing is not None and len(words) == len(run) else words


def _denial_words(words: list[str], run: list[str]) -> list[str]:
    """The written words of a run that denies the claim after it, the denying verb to its "that": "denied that" of
    "Summit North denied that", "denies" of "denies it"; the run whole where its written words and the words
    the relation reads do not pair one to one."""
    denial = to_the_denial(run)
    return words[denial[0]:denial[1]] if denial is not None and len(words) == len(run) else words


def _scattered_opposite_note(runs: list[tuple[list[str], list[str]]], written: list[_WrittenRun],
                             read_a: list[str], read_b: list[str]) -> list[LinkNote]:
    """``says the opposite: "called off" (A) vs "went ahead" (B)`` for a verb taken out of one place and its
    opposite put in at another (``opposites.scattered_opposite``), each quoted without the words the other
    sentence has ("Organisers" only moved)."""
    found = scattered_opposite(runs, read_a, read_b)
    if found is None:
        return []
    taken_out, put_in = written[found[0]].a_words, written[found[1]].b_words
    return [LinkNote(SAYS_THE_OPPOSITE, " ".join(_own_words(taken_out, read_b)), " ".join(_own_words(put_in, read_a)))]


def _negated_apart_note(runs: list[tuple[list[str], list[str]]], written: list[_WrittenRun],
                        read_a: list[str], read_b: list[str]) -> list[LinkNote]:
    """``negated only in B: "had not burst"`` for a word taken out of one place and put in negated at another
    (``opposites.negated_apart``), quoted from the run's start to the negated word."""
    found = negated_apart(runs, read_a, read_b)
    if found is None:
        return []
    side = "b" if holds_negation(runs[found[1]][1]) else "a"
    words = written[found[1]].b_words if side == "b" else written[found[0]].a_words
    other_run = runs[found[0]][0] if side == "b" else runs[found[1]][1]
    plain = _plain(words)
    denied = deed_denied_in_another_form(other_run, plain, read_a if side == "b" else read_b,
                                         read_b if side == "b" else read_a)
    if denied is not None:  # "was not the cause" against "was caused by": quoted to the deed, in its other form
        return [_one_sided(NEGATED_ONLY, side, " ".join(_from_the_verb_group(words, denied)).strip(_AROUND_WORDS))]
    negated = set(words_negated(plain)) & set(other_run)
    last = next((k for k, word in enumerate(plain) if word in negated and holds_negation(plain[:k])), len(words) - 1)
    first = _verb_group_start(plain, last) if len(words) > _MOST_WORDS_CALLED_OUT else 0
    return [_one_sided(NEGATED_ONLY, side, " ".join(words[first:last + 1] if first == 0 else words[first:last])
                       .strip(_AROUND_WORDS))]


def _verb_group_start(plain: list[str], negated_at: int) -> int:
    """Where the negated verb group before the word at ``negated_at`` begins ("has not been" of "who fled after
    the accident and has not been arrested"), so a long run is quoted by its negation alone; 0 where none."""
    k = negated_at - 1
    while k >= 0 and (plain[k] in _AUXILIARIES or holds_negation(plain[k:k + 1])):
        k -= 1
    return k + 1 if k + 1 < negated_at and holds_negation(plain[k + 1:negated_at]) else 0


def _own_words(words: list[str], other: list[str]) -> list[str]:
    """The words as written, without those the other sentence has, nor a conjunction or an article left at
    either end ("led [and]"); all of them when nothing else is left."""
    own = [word for word, plain in zip(words, _plain(words), strict=True) if plain not in other]
    while own and _plain(own[-1:])[0] in _JOINING:
        own.pop()
    while own and _plain(own[:1])[0] in _JOINING:
        own.pop(0)
    return own or words


_JOINING = frozenset("and but or so then the a an".split())


def _turning_words(words: list[str]) -> list[str]:
    """The written words of a changed run that say the opposite, without the clause the run goes on with
    ("unaffected, and social workers could still reach ..." -> "unaffected", "knocked out for several hours
    on Saturday" -> "knocked out"); a short run whole."""
    if len(words) <= _MOST_TURNING_WORDS:
        return words
    part = turning_part(_plain(words))
    if part is None:
        return words
    return [word.strip(_AROUND_WORDS) if k == part[1] - 1 else word for k, word in enumerate(words)
            if part[0] <= k < part[1]]


# A run of up to this many words is quoted whole in a "says the opposite" note ("was called off").
_MOST_TURNING_WORDS = 3


def _negating(words: list[str], other: list[str]) -> list[str]:
    """The words of a negated run that negate it, without the verb at its end that the other run has in
    another form: "did not" of "did not cross" against "crossed"; the whole run when each word is its
    negation's, or when the verb stands inside it ("have yet to say whether" against "said").  An auxiliary
    of a negated verb group at its end stays, as part of the negation's tense: "has not been" of "has not
    been charged" against "was charged", not "has not"."""
    end = len(words)
    plain = _plain(words)
    while end and not _tense_of_the_negation(plain, end - 1) and any(
            same_word(plain[end - 1], kept) for kept in other):
        end -= 1
    return words[_start_of_the_verb_negated(plain, other):end] or words


def _start_of_the_verb_negated(plain: list[str], other: list[str]) -> int:
    """Where the verb group of the run's negation opens, past a subject told in another word before it, which the
    other run has nowhere: "did not have" of "unit did not have" against "factory had", "was not" of "château said
    the collection was not" against "objects were"; 0 where the run opens on the verb group or on a word the other
    run has.  A "no" opens the thing it denies: "no whales had been" of "manager Kath Inwood said no whales had been"
    against "staff"."""
    negation = next((k for k, word in enumerate(plain) if word in ("not", "never") or word.endswith(("n't", "n’t"))),
                    None)
    if negation is None:
        no = plain.index("no") if "no" in plain else 0
        return no if no and all(word not in other for word in plain[:no]) else 0
    start = negation
    while start and (plain[start - 1] in _AUXILIARIES or plain[start - 1] in _MODALS):
        start -= 1
    if start == negation or not all(word not in other for word in plain[:start]):
        return 0
    return start


_AUXILIARIES = frozenset("be been being is are was were am have has had do does did".split())
# The modals a negation's verb group may open on: "[would not]" of "said it would not" against "plans to".
_MODALS = frozenset("will would shall should can could may might must".split())


def _tense_of_the_negation(plain: list[str], k: int) -> bool:
    """Is the word at ``k`` an auxiliary of a negated verb group ("has not [been]", "hasn't [been]"), part of
    the negation's tense, and not the verb the other run has ("No one [was]" against "Two people were")?"""
    if plain[k] not in _AUXILIARIES or k < 1:
        return False
    if plain[k - 1].endswith(("n't", "n’t")):
        return True
    return k >= 2 and plain[k - 1] in ("not", "never") and plain[k - 2] in _AUXILIARIES


def _plain(words: list[str]) -> list[str]:
    """The words lower-cased, without the punctuation around them (the apostrophe of "didn't" stays)."""
    return [w.lower().strip(_AROUND_WORDS) for w in words]


def _spelled_apart(a_names: list[str], b_names: list[str], endings_respelled: bool = True
                   ) -> list[tuple[str, str]]:
    """Each name in A with the name in B that is it spelled another way ("Whitlock" / "Whitlow", "Marta" /
    "Maria"), in A's order: in a reworded clause too, where a name replaced by another is often just
    other detail.  Every one, so a first name and a surname both respelled ("Thomas Lindqvist" /
    "Tomas Lindquist") are both told.  Not a name and a word made from it ("Russia" / "Russian",
    "Ukraine" / "Ukrainian", "Greece" / "Greek"): the one is the other with an ending of such words
    (``_one_stem``), or too unlike it.  With ``endings_respelled``, a surname respelled in its ending is
    one too (``_ending_respelled``)."""
    pairs = []
    unpaired = list(b_names)
    for x in a_names:
        likeness = {y: difflib.SequenceMatcher(None, x.lower(), y.lower()).ratio() for y in unpaired
                    if not _one_name_in_two_forms(x.lower(), y.lower())}
        alike = [y for y in likeness
                 if likeness[y] >= _SPELLED_APART or endings_respelled and _ending_respelled(x.lower(), y.lower())]
        y = max(alike, key=likeness.get, default=None)
        if y is not None:
            pairs.append((x, y))
            unpaired.remove(y)
    return pairs


_SPELLED_APART = 0.75


def _ending_respelled(x: str, y: str) -> bool:
    """Are two lower-cased names one surname with its ending written another way: a long opening kept and
    a few letters after it changed ("marttinen" / "marttila", "kowalsky" / "kowalski")?  Too unlike
    letter by letter to read as respelled, though surnames of Finnish, Slavic or Nordic form differ just
    so.  Not two forms of one word ("strikes" / "striking", a capitalised heading's), nor a name and a
    longer one made from it ("jackson" / "jacksonville", "afghan" / "afghanistan"): those differ by more."""
    kept = len(os.path.commonprefix([x, y]))
    return (kept >= _KEPT_OPENING and max(len(x), len(y)) - kept <= _ENDING_CHANGED
            and not same_word(x, y))


_KEPT_OPENING = 5
_ENDING_CHANGED = 3


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


def _one_name_in_other_forms(a_names: list[str], b_names: list[str]) -> bool:
    """Is each name of one run the other run's name in another form ("North American" / "North America",
    "Glastonbury-bound" / "Glastonbury")?  One place told as a name and as a word made of it, not two."""
    return len(a_names) == len(b_names) and all(
        _one_name_in_two_forms(x.lower(), y.lower()) for x, y in zip(a_names, b_names, strict=True))


def _one_name_in_two_forms(x: str, y: str) -> bool:
    """Are two lower-cased names one name: the one a word made of the other (``_one_stem``: "america" /
    "american"), or the other in a compound that tells where one is bound, based or born ("glastonbury-bound"
    / "glastonbury", "london-based" / "london")?"""
    return _one_stem(x, y) or _name_in_a_compound(x, y) or _name_in_a_compound(y, x)


def _name_in_a_compound(compound: str, name: str) -> bool:
    head, hyphen, tail = compound.rpartition("-")
    return bool(hyphen) and head == name and tail in _COMPOUNDS_OF_A_PLACE


# The second halves of a compound that keep the place's name whole: "Glastonbury-bound", "London-based",
# "Belfast-born", "Yorkshire-bred".
_COMPOUNDS_OF_A_PLACE = frozenset("bound based born bred".split())


def _one_stem(x: str, y: str) -> bool:
    """Is the longer of two lower-cased names the shorter made into the word for its people or what is
    theirs, or the plural of such a word: the shorter, a last vowel or two off, and an ending of such
    words ("russia" / "russian", "ukraine" / "ukrainians", "kenya" / "kenyan", "israel" / "israeli",
    "china" / "chinese"), a people's word that is its place's name cut short ("germany" / "german",
    ``_PLACES_CUT_SHORT``), a group word and its plural ("republican" / "republicans"), or the word for
    those who hold to the shorter ("conservation" / "conservationists", "nature" / "naturalists",
    ``_FOLLOWER_ENDINGS``)?  A name
    respelled changes or adds other letters ("ferrie" / "ferris", "ramsay" / "ramsey", "kelly" /
    "kelley"), and so does a person's name with another ending ("daniel" / "daniela", "ivanov" /
    "ivanova", "christina" / "christine", "evan" / "evans")."""
    if _PLACES_CUT_SHORT.get(x) == y or _PLACES_CUT_SHORT.get(y) == x:
        return True
    shorter, longer = sorted((_as_its_people_write_it(x), _as_its_people_write_it(y)), key=len)
    if _WEB_ADDRESS_ENDING.fullmatch(longer, len(shorter)) and longer.startswith(shorter):
        return True  # a site by its name and by its address: "Gulagu" / "Gulagu.net"
    if _land_of(shorter, longer) or _latin_name_of(x, y) or _latin_name_of(y, x):
        return True
    if len(longer) == len(shorter):
        return False
    if longer in (shorter + "s", shorter + "es") and _group_word(shorter):
        return True
    for stem in _stems(shorter):
        ending = longer[len(stem):].removesuffix("s") if longer.startswith(stem) else None
        if len(stem) >= 3 and (ending in _PEOPLE_ENDINGS and (stem == shorter or ending not in _WHOLE_NAME_ENDINGS)
                               or ending in _FOLLOWER_ENDINGS):
            return True
    return False


# The end of a web address after a site's name: ".net", ".com", ".co.uk", ".ru".
_WEB_ADDRESS_ENDING = re.compile(r"(?:\.[a-z]{2,4}){1,2}")


# A people's word that is its place's name cut short, not the name with an ending of such words: no
# rule tells "serbia" / "serb" from "emilia" / "emil", or "argentina" / "argentine" from "christina" /
# "christine", so these few are known by name.  ("norway" / "norwegian" and its like are too unlike
# to read as a respelling.)
_PLACES_CUT_SHORT = {
    "german": "germany", "tuscan": "tuscany", "somali": "somalia", "croat": "croatia", "serb": "serbia",
    "slovak": "slovakia", "czech": "czechia", "arab": "arabia", "argentine": "argentina",
}


def _as_its_people_write_it(name: str) -> str:
    """A lower-cased place's name in "-que" as the word for its people writes it, "-c" before the ending
    ("mozambique" as "mozambic" of "mozambican", "martinique" as "martinic" of "martinican")."""
    return name[:-3] + "c" if name.endswith("que") and len(name) > _SHORTEST_NAME_IN_QUE else name


# "Mozambique", "Martinique": a short word in "-que" ("cheque", "unique") is no place's name.
_SHORTEST_NAME_IN_QUE = 6


def _land_of(people: str, place: str) -> bool:
    """Is the lower-cased ``place`` the land of ``people`` named with the ending "-stan" ("kazakh" /
    "kazakhstan", "kyrgyz" / "kyrgyzstan", "afghan" / "afghanistan")?"""
    return (len(people) >= _SHORTEST_PEOPLE_OF_A_LAND and place.startswith(people)
            and place[len(people):] in _LAND_ENDINGS)


_LAND_ENDINGS = frozenset({"stan", "istan"})
_SHORTEST_PEOPLE_OF_A_LAND = 4


def _latin_name_of(place: str, people: str) -> bool:
    """Is the lower-cased ``people`` the word for the people of a ``place`` whose name ends in "-as": its "s"
    and last vowels off, then "-an" or "-ian" ("texas" / "texan", "honduras" / "honduran", "bahamas" /
    "bahamians")?  The two may be as long as each other, so no ending put to the place's whole name tells
    them.  Only the places of ``_PLACES_IN_AS``: given names in "-as" make others in "-an" ("Elias" / "Elian",
    "Lucas" / "Lucan"), as those in "-ius" do in "-ian" ("Julius" / "Julian")."""
    if place not in _PLACES_IN_AS:
        return False
    return any(len(stem) >= 3 and people.startswith(stem) and people[len(stem):].removesuffix("s") in ("an", "ian")
               for stem in _stems(place[:-1]))


# Places in "-as" whose people are "-an" or "-ian".  Known by name, as ``_PLACES_CUT_SHORT`` is: the two
# words alone cannot tell "Texas" / "Texan" from "Elias" / "Elian", and the sentence around them cannot
# either ("Texas Governor Greg Abbott", "Kansas City" put a capitalised word after the place as a surname
# follows a given name).
_PLACES_IN_AS = frozenset({"texas", "kansas", "arkansas", "honduras", "bahamas", "zacatecas"})


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
# Chin-ese, Turk-ish, Israel-i, Iceland-ic, London-er, Niger-ien.
_PEOPLE_ENDINGS = frozenset({"n", "an", "ian", "ean", "ese", "ish", "i", "ic", "er", "ien"})
# What makes a word or a name the word for those who hold to it or work for it, or for their creed:
# Conservation-ists, Environment-alists, Natur-alists, Econom-ists, Marx-ist, Blair-ite, Zion-ism
# ("Conservation" / "Conservationists" at the head of two sentences are one plain word and its people, not
# two names).
_FOLLOWER_ENDINGS = frozenset({"ist", "ism", "ite", "alist", "alism"})
# Endings put to a place's whole name only (London-er, Berlin-er, Niger-ien): a name that loses a vowel for one
# ("Roche" / "Rocher", "Moore" / "Moorer") is a surname respelled.
_WHOLE_NAME_ENDINGS = frozenset({"er", "ien"})


def _names_only(words: list[str], names: list[str]) -> bool:
    """Is every content word of a short changed run a name ("the UK" / "Britain", "Portugal")?"""
    content = [w for w in words if w.lower().strip(_PUNCTUATION) not in STOPWORDS]
    return len(content) == len(names)


def _names(text: str, opens_sentence: bool = True) -> list[str]:
    """The capitalised words of ``text``, possessives and punctuation off ("Crest's" is "Crest"),
    function words aside; its first word only when ``text`` does not open a sentence."""
    names = []
    for place, word in enumerate(text.split()):
        if word.islower():
            continue  # no capital anywhere in it (most words), so none to open it
        word = _bare(word)
        if (word[:1].isupper() and word.lower() not in STOPWORDS and word.lower() not in _CALENDAR_WORDS
                and not (place == 0 and opens_sentence)):
            if word not in names:
                names.append(word)
    return names


# Capitalised, but dates, which the number ledger compares.
_CALENDAR_WORDS = frozenset("""january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""".split())


def _forecast_against_should(forecasting: list[str], other: list[str]) -> bool:
    """Is a forecast ("is expected to start") set against "should" ("should begin")?  Both tell what is
    expected, so neither is hedged alone.  Only against a forecast: elsewhere "should" is as often what
    someone ought to do ("Residents should be wary")."""
    return not FORECAST.isdisjoint(_plain(forecasting)) and "should" in _plain(other)


def _hedged(words: list[str], sentence: Sentence, start: int, end: int) -> bool:
    """Do the words (the run ``start``..``end`` of ``sentence``) weaken or distance the claim ("allegedly",
    "may", "believes"), beyond saying who said it?  Not a hedge verb of what the claim is about, after "that",
    "which" or "who" and with "to" after it ("scam calls that claim to come from the council", "a group which
    purports to speak for"): the report tells what they claim, and vouches for that."""
    return bool(_hedge_words(words, sentence, start, end))


def _hedge_words(words: list[str], sentence: Sentence, start: int, end: int) -> set[str]:
    """The words of ``words`` that hedge the claim (see _hedged), lower-cased; not "May" the month or a name
    (``_may_named``)."""
    plain = [word.lower().strip(_PUNCTUATION) for word in words]
    rebutting = _rebuttal_places(words, sentence, end) if _REBUTTING.intersection(plain) else set()
    return {word for k, word in enumerate(plain)
            if word in HEDGES and word not in _PLAIN_ATTRIBUTION and word not in _CONCEDING
            and not _claimed_by_what_is_told(plain, k) and k not in rebutting
            and not (word == "may" and _may_named(words, k, sentence, start, end))
            and not (word in _CLAIM_VERB and _claims_a_thing_of_its_own(plain, k, sentence, end))
            and not (word == "likely" and _odds_compared(plain, k, sentence, start))}


# A denial of another sentence's claim, named by a noun and closed there: "[denied that claim and] said members had
# never been shown", "denied the allegations, saying".  It answers a claim the report told before, and vouches for
# the one the sentence goes on to tell as firmly as "said" does: no hedge.  Not a denial of a clause ("denied that
# the offer was made", "denied claims that ..."): that one is read as the claim turned round.
_REBUTTING = frozenset("denied denies deny denying".split())
_CLAIMS_DENIED = frozenset("""claim claims allegation allegations accusation accusations report reports suggestion
    suggestions charge charges account""".split())
_POINTING_AT_A_CLAIM = frozenset("that this the these those such any all".split())
_CLOSING_A_DENIAL = frozenset("and but".split())


def _rebuttal_places(words: list[str], sentence: Sentence, end: int) -> set[int]:
    """The places in the run of the words of each denial of a claim named by a noun and closed right after it
    ("denied [that] claim and", "denied the allegations,"): the denial verb and the noun.  A noun closed past the
    run's end is read in the words of the sentence after it."""
    after = sentence.text[end - sentence.start:].split()[:1]
    written = words + after
    plain = [word.lower().strip(_PUNCTUATION) for word in written]
    places = set()
    for k, word in enumerate(plain[:len(words)]):
        if word not in _REBUTTING:
            continue
        noun = k + 2 if k + 2 < len(plain) and plain[k + 1] in _POINTING_AT_A_CLAIM else k + 1
        if noun >= len(plain) or plain[noun] not in _CLAIMS_DENIED:
            continue
        if plain[noun] in ("claims", "reports") and plain[noun - 1] == "that":
            continue  # "denied that claims were paid": "that" opens the clause denied
        closed = (noun + 1 == len(plain) or written[noun].endswith((",", ";", ".", ":"))
                  or plain[noun + 1] in _CLOSING_A_DENIAL)
        if closed:
            places |= {k, noun}
    return places


# "twice as likely to", "more likely to", "the least likely": "likely" then weighs odds the report states, and
# hedges nothing ("is likely to" does).
_WEIGHING_ODDS = frozenset("as more less most least".split())


def _odds_compared(plain: list[str], k: int, sentence: Sentence, start: int) -> bool:
    """Is the "likely" at ``k`` of the run a comparison of odds: after "as", "more", "less", "most" or
    "least", in the run or just before it in its sentence?"""
    if k:
        return plain[k - 1] in _WEIGHING_ODDS
    before = sentence.text[:max(0, start - sentence.start)].split()
    return bool(before) and before[-1].lower().strip(_PUNCTUATION) in _WEIGHING_ODDS


# A speaker who admits a thing concedes it, against their own side: the report tells it as firmly as "said" does
# ("The council has admitted that residents' details were stolen"), and no less firmly than a plain "were stolen".
_CONCEDING = frozenset("admitted admits admit admitting".split())

# "claim" as a verb of saying hedges ("claimed the money was stolen"); "claim a full refund", "claim compensation"
# asks for what one is owed, and vouches for nothing; "claimed responsibility", "claimed the attack" tells a deed
# done (``relation.claims_a_thing``), as the relation reads it: no claim passed on.
_CLAIM_VERB = frozenset("claim claims claimed claiming".split())
_OWED = frozenset("""refund refunds compensation damages reimbursement expenses benefit benefits allowance allowances
    credit payout payouts rebate rebates prize asylum""".split())
# Past an article and a word or two that qualify the thing owed: "claim [a full] refund".
_MOST_WORDS_BEFORE_OWED = 3


def _claims_a_thing_of_its_own(plain: list[str], k: int, sentence: Sentence, end: int) -> bool:
    """Does the "claim" at ``k`` of the run take for its object a thing owed ("a full refund", "compensation") or
    a thing claimed as its own ("responsibility", "the attack"), read on past the run's end into its sentence?"""
    after = plain[k + 1:] + [word.lower().strip(_PUNCTUATION) for word in sentence.text[end - sentence.start:].split()]
    if any(word in _OWED for word in after[:_MOST_WORDS_BEFORE_OWED + 1]):
        return True
    objects = [word for word in after if word and word not in STOPWORDS and not word[:1].isdigit()]
    return claims_a_thing(objects, [plain[k], *after], 0)


def _may_named(words: list[str], k: int, sentence: Sentence, start: int, end: int) -> bool:
    """Is the "may" at ``k`` of the run the month or a name, not the "may" of a claim that may be?  Written with
    its capital in a sentence, it is ("bookings for May were up", "Theresa May said").  In a line set in
    capitals or in title case every word has one ("THE BANK MAY CUT RATES", "Central Bank May Cut Rates"), so
    there the words beside it tell: a date's ("in May", "May 3", "3 May 2024"), or a name's verb in "-s" or "to"
    ("May Says", "May To Quit"), or no word after it at all ("Sales Rose In May"); a modal's verb is bare."""
    if words[k].strip(_PUNCTUATION)[:1] != "M":
        return False
    if not _set_in_capitals(sentence.text):
        return True
    before = (sentence.text[:start - sentence.start].split() + words[:k])[-1:]
    after = (words[k + 1:] + sentence.text[end - sentence.start:].split())[:1]
    if not after or words[k][-1:] in _PUNCTUATION:
        return True  # "May," or "May." ends its phrase: no verb follows
    before_word = before[0].lower().strip(_PUNCTUATION) if before else ""
    after_word = after[0].lower().strip(_PUNCTUATION)
    return (before_word in _BEFORE_A_MONTH or before_word[:1].isdigit() or after_word[:1].isdigit()
            or after_word in _AFTER_A_MONTH_OR_NAME or after_word.endswith("s") and not after_word.endswith("ss"))


# Words before a month ("in May", "by May", "early May") and after a month or a name that no modal's verb is
# ("May of last year", "May to quit", "May and Johnson").
_BEFORE_A_MONTH = frozenset("""in on by since until till through from for of during before after early mid late last
    next""".split())
_AFTER_A_MONTH_OR_NAME = frozenset("of to and or".split())


def _set_in_capitals(text: str) -> bool:
    """Is the line set in capitals or in title case: each of its words but the small function words begins with
    a capital, three such words at least?"""
    words = [word.strip(_PUNCTUATION) for word in text.split()]
    content = [word for word in words if word[:1].isalpha() and word.lower() not in STOPWORDS]
    return len(content) >= _FEWEST_WORDS_IN_CAPITALS and all(word[:1].isupper() for word in content)


# More capitalised words than a name such as "Theresa May" holds, so that a line of them is no name alone.
_FEWEST_WORDS_IN_CAPITALS = 3


def _claimed_by_what_is_told(plain: list[str], k: int) -> bool:
    return 0 < k < len(plain) - 1 and plain[k - 1] in _RELATIVE_PRONOUNS and plain[k + 1] == "to"


_RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})


_PUNCTUATION = ".,;:!?\"'“”‘’()[]"
_AROUND_WORDS = _PUNCTUATION.replace("'", "").replace("’", "")  # an apostrophe may be a word's own: "didn't"

