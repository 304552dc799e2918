"""The tag a comparison suggests for each sentence.

A fact-checker tags a claim as corroborated, single-source or disputed.  The
alignment already holds the evidence for each, so every sentence gets a state
and, where the evidence is clear, a suggested tag (a suggestion only: the
window saves nothing until the user accepts it, the CLI only prints it):

- a number the linked sentence of the other source gives differently
  (a conflict in any of its links) -> ``"disputed"``.  This wins over
  everything else: a sentence that matches one sentence word for word but
  contradicts another on a date is still in dispute.  So does a figure the
  other source gives differently for the same thing in a sentence not linked to
  this one (``Comparison.loose_conflicts``: "jailed for six years and four
  months" / "was sentenced to six years and eight months"), linked or not;
- a linked sentence of the other source that says the opposite in words
  ("accepted" / "rejected", "paid" / "refused to pay": a ``claim_notes`` note
  that says the opposite, or a negation on one side only) -> ``"disputed"``
  too: the two sources dispute the claim as surely as over a figure.  So does
  a model code given otherwise ("KAF-5300" / "KAF-5800", "A350-900" /
  "A350-1000"): two products, where two spellings of one name ("Pruitt" /
  "Pruett") are for a person to read;
- an ``"equivalent"`` link (the other source makes the same claim)
  -> ``"corroborated"``, unless every such link carries a note of the
  engine's on its changed words (``link_notes.claim_notes``: names differ,
  hedged or negated on one side only): then no suggestion, as the claim may
  not be the same one ("Harlan Pruitt" / "Harlan Pruett", "is widely expected
  to cut" / "will cut"), and Enter would tag it unread beside the warning;
- no link at all (only this source says it) -> ``"single-source"``;
- only ``"related"`` links without a number conflict or a claim turned round -> no suggestion.  The
  other source says something overlapping but different in substance; whether
  that corroborates, adds to or contradicts the claim is for a person to read,
  and a wrong guess would be accepted with one key press;
- headings and boilerplate (bylines, credits, prompts) -> no suggestion: they
  are not claims.  Their state is their kind;
- two sides that tell the same text word for word (the same file twice, or one
  wire copy run unchanged: ``overlap``'s ``same_text``) -> no suggestion at all:
  a report does not corroborate itself, and Enter would tag every sentence so;
- two sides that link no sentence at all, or too few to read as one story
  (``overlap``'s ``one_story_doubtful``, the test of the warning that they may
  not report the same story) -> no suggestion either: nothing shows the two
  tell one story (a wrong file, an article of another story), so no sentence
  can be called single-source against the other, and a stray link between two
  stories' stock phrases ("thoughts are with the families") corroborates nothing.

Pure Python, shared by the window (``reader.ui.plan``) and ``parallax align``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from reader.core.link_notes import NAMES_DIFFER, NEGATED_ONLY, SAYS_THE_OPPOSITE, LinkNote, claim_notes
from reader.core.model import Comparison, Link, LooseConflict, Sentence
from reader.core.overlap import measure

# What the evidence says about a sentence: for body text, how it is linked;
# otherwise its kind.
SentenceState = Literal["equivalent", "related", "unmatched", "heading", "boilerplate"]

CORROBORATED = "corroborated"
SINGLE_SOURCE = "single-source"
DISPUTED = "disputed"


@dataclass(frozen=True)
class SentenceEvidence:
    """One sentence of one side: its links, its state and the tag they suggest."""

    index: int
    state: SentenceState
    links: tuple[Link, ...] = ()  # in the order of ``Comparison.links``
    conflict: bool = False  # some link has a number conflict, or ``loose`` holds one
    suggested: str | None = None  # one of CORROBORATED, SINGLE_SOURCE, DISPUTED, or None
    # Figures of this sentence the other source gives differently in a sentence not linked to it.
    loose: tuple[LooseConflict, ...] = ()


def sentence_state(sentence: Sentence, links: tuple[Link, ...]) -> SentenceState:
    """What the sentence's links say of it: its kind when it is no story sentence, else "equivalent"
    when one of them tells the same claim, "related" when they only overlap it, "unmatched" without."""
    if sentence.kind != "body":
        return sentence.kind
    if any(link.relation == "equivalent" for link in links):
        return "equivalent"
    return "related" if links else "unmatched"


def suggested_tag(state: SentenceState, conflict: bool) -> str | None:
    """The tag a sentence's state suggests before its links' notes are read (see ``suggest``): disputed
    for a number conflict, corroborated for an equivalent, single-source for no partner at all."""
    if state in ("heading", "boilerplate"):
        return None  # not a claim
    if conflict:
        return DISPUTED
    if state == "equivalent":
        return CORROBORATED
    if state == "unmatched":
        return SINGLE_SOURCE
    return None


def suggest(comparison: Comparison, side: Literal["a", "b"]) -> list[SentenceEvidence]:
    """The evidence for every sentence of ``side``, one entry per sentence, in order."""
    if side not in ("a", "b"):
        raise ValueError(f"side must be 'a' or 'b', not {side!r}")
    sentences = comparison.a_sentences if side == "a" else comparison.b_sentences
    by_sentence: dict[int, list[Link]] = {}
    for link in comparison.links:
        by_sentence.setdefault(getattr(link, side), []).append(link)
    # Both withhold every suggestion: a report does not corroborate itself, and one that shares too little
    # with the other to be the same story is no evidence of what one source alone tells.
    overlap = measure(comparison)
    no_evidence = overlap.same_text or overlap.one_story_doubtful
    noted, turned = _noted_links(comparison)
    loose_of: dict[int, list[LooseConflict]] = {}
    for loose in comparison.loose_conflicts:
        loose_of.setdefault(getattr(loose, side), []).append(loose)
    result = []
    for sentence in sentences:
        links = tuple(by_sentence.get(sentence.index, ()))
        loose = tuple(loose_of.get(sentence.index, ()))
        conflict = bool(loose) or any(link.has_conflict for link in links)
        state = sentence_state(sentence, links)
        suggested = None if no_evidence else suggested_tag(state, conflict)
        if suggested != DISPUTED and state in ("equivalent", "related") and not no_evidence and any(
                id(link) in turned for link in links):
            suggested = DISPUTED  # "accepted" / "rejected": the sources dispute it in words
        if suggested == CORROBORATED and all(id(link) in noted for link in links if link.relation == "equivalent"):
            suggested = None  # "Pruitt" / "Pruett", "is thought to have been" / "was": for a person to read
        result.append(SentenceEvidence(sentence.index, state, links, conflict, suggested, loose))
    return result


_TURNING = frozenset({SAYS_THE_OPPOSITE, NEGATED_ONLY})
# A model code: letters and digits in one word, maybe joined by hyphens ("KAF-5300", "A350-900", "F-35A").
_MODEL_CODE = re.compile(r"(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")


def _other_model(note: LinkNote) -> bool:
    """Whether a "names differ" note sets two model codes of one family apart: the same letters, other
    digits ("KAF-5300" / "KAF-5800").  Two products, not two spellings of one name."""
    if note.kind != NAMES_DIFFER or not (_MODEL_CODE.fullmatch(note.a) and _MODEL_CODE.fullmatch(note.b)):
        return False
    return note.a != note.b and _DIGITS.sub("", note.a) == _DIGITS.sub("", note.b)


_DIGITS = re.compile(r"[0-9]")


def _noted_links(comparison: Comparison) -> tuple[frozenset[int], frozenset[int]]:
    """The ``id`` of each of the comparison's ``"equivalent"`` links that carries a note on its changed
    words (``claim_notes``, which reads each link once for both sides), and of each ``"related"`` link
    whose notes say the opposite or negate on one side only (a claim turned round makes a link related:
    see ``relation.classify``), or of any link whose notes give another model code (``_other_model``)."""
    notes = {id(link): (link.relation, claim_notes(comparison, link)) for link in comparison.links}
    noted = frozenset(key for key, (relation, said) in notes.items() if relation == "equivalent" and said)
    turned = frozenset(key for key, (relation, said) in notes.items()
                       if relation == "related" and any(note.kind in _TURNING for note in said)
                       or any(_other_model(note) for note in said))
    return noted, turned
