"""The unit the furniture classifier works on: one run of text and what its shape says.

A *run* is one visual line of the text (or a hard-wrapped paragraph joined back
together); sentences never cross runs.  ``describe`` turns a run into a
``Line`` once (collapsed text, words, which words open a sentence, final
punctuation) so that the passes in ``furniture_cues``, ``furniture_context``
and ``furniture_offstory`` read those facts instead of re-deriving them.
Every pass records its verdict on the ``Line`` with ``mark``; ``classify`` in
``reader.core.furniture`` hands it on to the line's sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.cjk import CJK_RUN_OR_WORD, FULL_STOPS, char_pairs, cjk_extra_words, has_cjk
from reader.core.invisible import trimmed

BODY, HEADING, BOILERPLATE = "body", "heading", "boilerplate"
OFF_STORY = "off-story"
PULL_QUOTE = "pull quote"  # like OFF_STORY, a reason the other source may overturn (see compare.py)
# A pull quote the story says again with only its speaker added: the other source's copy belongs to that line.
REPEATED_QUOTE = "repeated quote"

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Items split by a bar or a middle dot with spaces around it: "NSE 20 2,187.45 | NASI 132.18", "Jo_Ann · 2 hours ago".
BAR_SEPARATOR = re.compile(r"\s+[|·•]\s+")
CLOSERS = "\"'”’»)]」』）》〉"
# What may follow a line's last terminal mark: closers, also spaced off as French spaces its
# guillemet ("C'est fini. »"), and the German closing quotes (»so«, „so“).
LINE_END_CLOSERS = CLOSERS + "“‘«‹› \t\u00a0\u202f\u2009"
# Reported speech: a line that says who said something is a story sentence, whatever
# furniture words it also contains ("Commenting on the firing, Ms Novikova said ...").
REPORTED_SPEECH = re.compile(r"\b(said|says|told|tells|according|asked|asks|urged|urges|warned|warns|advised|advises"
                             r"|added|adds|explained|explains)\b",
                             re.IGNORECASE)
QUOTES = re.compile(r"[\"“”‘«»]")
# Where one sentence of a run's flat text ends and the next begins, for passes that judge a short run
# sentence by sentence.
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=\S)")
# The link to an embedded post's picture: "pic.twitter.com/x7Kq2RmN4e".
POST_LINK = r"(?:https?://)?(?:pic\.twitter\.com|pic\.x\.com|t\.co)/\w+"
HEADING_MAX_WORDS = 20
# A list item's bullet or number ("- a ban on flights", "2) more pumps").
LIST_BULLET = r"[-*+•·–—]|\d{1,3}[.)]"
# A list item is story text, not a heading; here "a) more pumps" is one too.
_BULLET = re.compile(rf"({LIST_BULLET}|[a-z][.)])\s")


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text no line break cuts, holding sentences ``first``..``last - 1``."""

    start: int
    end: int
    paragraph: int
    first: int
    last: int


@dataclass(slots=True)
class Line:
    """What the classifier knows about one run."""

    flat: str  # the run's text with whitespace collapsed, and no invisible marks at its ends
    tokens: list[str]  # its words
    words: int  # how many: len(tokens), stored because every pass asks
    openers: set[int]  # which of the tokens open a sentence
    sentences: int
    terminal: bool  # ends with . ! ? or …, perhaps inside quotes/brackets
    # A line on its own with no final punctuation: headline, caption, label, link.
    unpunctuated: bool
    kind: str = BODY
    reason: str = ""
    foreign_share: float = 1.0  # set by furniture_offstory; 1.0 when not a candidate
    marked_heading: bool = False  # the markup (<h2>, "## ") called it a heading
    table_row: bool = False  # a row of a table in the markup (<tr>, "| a | b |")
    content: set[str] = field(default_factory=set)  # filled in for the off-story check
    # For a later copy of a line (a "repeated line"), the first copy: what the copy stands for.
    first_copy: Line | None = None
    _speech: bool | None = None  # cache for ``speech``

    @property
    def speech(self) -> bool:
        """Holds a quotation mark or reports speech ("said", "told", ...): someone's words, so story text."""
        if self._speech is None:
            self._speech = bool(QUOTES.search(self.flat) or REPORTED_SPEECH.search(self.flat))
        return self._speech

    @property
    def heading_like(self) -> bool:
        return (self.unpunctuated and self.words <= HEADING_MAX_WORDS
                and not self.flat[0].islower() and not self.list_item)

    @property
    def headed(self) -> bool:
        """Shaped like a heading, or called one by the markup (even a question: "What happens next?")."""
        return self.heading_like or self.marked_heading and self.words <= HEADING_MAX_WORDS

    @property
    def list_item(self) -> bool:
        """Opens with a bullet or an item number: "- a ban on flights", "• Residents return home"."""
        return bool(_BULLET.match(self.flat))

    @property
    def teaser(self) -> bool:
        """Ends in an ellipsis: a cut-off preview of another article."""
        end = self.flat.rstrip(LINE_END_CLOSERS)
        return end.endswith(("...", "…"))


def describe(text: str, run: Run, spans: list[tuple[int, int]]) -> Line:
    """The ``Line`` for ``run``, whose sentences are ``spans[run.first:run.last]``.

    Its ends are read as the page shows them: a right-to-left paragraph's "...12 people.&rlm;" ends
    in a full stop, as does one a zero-width space or a direction control follows."""
    flat = trimmed(" ".join(text[run.start:run.end].split()))
    end = flat.rstrip(LINE_END_CLOSERS)
    tokens: list[str] = []
    openers = set()
    for start, stop in spans[run.first:run.last]:
        openers.add(len(tokens))
        tokens += _words(text[start:stop])
    sentences = run.last - run.first
    words = len(tokens) - cjk_extra_words(flat) if has_cjk(flat) else len(tokens)
    terminal = end[-1:] in (".", "!", "?", "…", *FULL_STOPS)
    unpunctuated = sentences == 1 and not terminal and flat[-1] not in ",;:"
    return Line(flat, tokens, words, openers, sentences, terminal, unpunctuated)


def _words(sentence: str) -> list[str]:
    """``WORD.findall(sentence)``, without running the pattern over plain words.

    A word never spans whitespace, so the pattern can be run chunk by chunk;
    and a chunk made only of letters and digits (most of them) is exactly one
    word, because ``str.isalnum`` accepts the same characters as ``[^\\W_]``.
    """
    words: list[str] = []
    for chunk in sentence.split():
        if not chunk.isascii() and has_cjk(chunk):
            for run, word in CJK_RUN_OR_WORD.findall(chunk):
                words += char_pairs(run) if run else [word]
        elif chunk.isalnum():
            words.append(chunk)
        else:
            words += WORD.findall(chunk)
    return words


def mark(line: Line, kind: str, reason: str) -> None:
    line.kind, line.reason = kind, reason


def leaves_quotation_open(before: str) -> bool:
    """Does the text ``before`` open a quotation it does not close, so that what follows it is someone's words?"""
    return (before.count('"') % 2 == 1 or before.count("“") > before.count("”") or before.count("«") > before.count("»")
            or before.count("‘") > before.count("’"))
