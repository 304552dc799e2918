"""Compare two documents: the one entry point the CLI and the window call.

    files -> Document -> sentences -> tokens/terms -> links -> diffs, ledgers, relations

Headings and page furniture take no part in alignment.  Sentences marked
"off-story" or "pull quote" are the exception: they are aligned too, because a
close partner in the other source is evidence that they *are* the story (a
quotation the page carries twice may be the story quoting it twice); those that
find one become body text again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from reader.core import align
from reader.core.beside import run_beside
from reader.core.cycles import no_cycle_collection
from reader.core.furniture_lines import OFF_STORY, PULL_QUOTE
from reader.core.kinds_apart import kinds_apart
from reader.core.model import FILING_DATE, Comparison, Document, HeadlinePair, Link, NumberLedger, NumberMention, Sentence
from reader.core.ledger import compare_numbers
from reader.core.loose_figures import Report, loose_conflicts
from reader.core.numbers import STATEMENT_DATE, dateline_end, find_numbers
from reader.core.overlap import measure
from reader.core.read_ahead import read_ahead
from reader.core.relation import PairFeatures, classify, pair_features, quote_given_to_others
from reader.core.restated_lines import told_as_story_elsewhere
from reader.core.sentences import document_sentences
from reader.core.terms import (
    NameEvidence, Token, content_terms, figure_frame, name_evidence, pack_tokens, promote_opening_names, tokenize, unpack_tokens,
)
from reader.core.worddiff import diff_and_shape

# Links are explained in a second process (``fork=True``) only when there are this many.
FORK_MIN_LINKS = 1000
# Furniture the other source may prove to be story: aligned, and taken back on strong evidence.
RESCUABLE = frozenset({OFF_STORY, PULL_QUOTE})
OFF_STORY_RESCUE_SCORE = 0.5


@dataclass
class _Side:
    """What the engine knows about one document's sentences."""

    document: Document
    sentences: list[Sentence]
    numbers: list[list[NumberMention]]
    tokens: list[list[Token]]
    candidates: list[int]  # indexes of the sentences that take part in alignment
    names: NameEvidence  # which of its capitalised words are names


def _side(document: Document, sentences: list[Sentence]) -> _Side:
    numbers = [find_numbers(s.text, s.start) for s in sentences]
    tokens = [tokenize(s.text, s.start, numbers=n) for s, n in zip(sentences, numbers)]
    return _Side(document, sentences, numbers, tokens, _candidates(sentences), name_evidence(tokens))


def _candidates(sentences: list[Sentence]) -> list[int]:
    return [s.index for s in sentences if s.kind == "body" or s.reason in RESCUABLE]


def _story_lines_taken_back(a: _Side, b: _Side) -> None:
    """Lines one side laid out as furniture and the other tells as story are story on both sides
    (see restated_lines.py)."""
    taken_a = told_as_story_elsewhere(a.sentences, a.numbers, b.sentences, b.numbers)
    taken_b = told_as_story_elsewhere(b.sentences, b.numbers, a.sentences, a.numbers)
    for side, taken in ((a, taken_a), (b, taken_b)):
        if taken:
            side.sentences = [replace(s, kind="body", reason="") if s.index in taken else s
                              for s in side.sentences]
            side.candidates = _candidates(side.sentences)


def _numbers_compared(a: _Side, ia: int, b: _Side, ib: int) -> NumberLedger:
    """The number ledger of sentence ``ia`` of A and ``ib`` of B.  The date of a dateline opening
    a sentence ("LONDON, Nov 26 (Reuters) -") is the day the report was filed, not a claim: it is
    set against the other sentence's filing date only, so the day one outlet filed never meets the
    day the other says the event happened ("CAPE HARLOW, March 6 (Global Wire) - ... failed on
    Thursday, March 5" / "... failed on Thursday, March 6"), while two reports filed on two days
    show it (and the claim is not disputed for it: see NumberLedger.disputes_the_claim)."""
    filed_a, claims_a = _filing_dates_apart(a, ia)
    filed_b, claims_b = _filing_dates_apart(b, ib)
    sa, sb = a.sentences[ia], b.sentences[ib]
    claims = compare_numbers(claims_a, claims_b, texts=(sa.text, sb.text), offsets=(sa.start, sb.start))
    if claims.conflict and kinds_apart(a.tokens[ia], b.tokens[ib]):
        claims = _figures_of_two_kinds(claims)
    if not (filed_a and filed_b):
        return claims  # a dateline is no figure a report gives: alone, it is not listed
    filed = compare_numbers(filed_a, filed_b)
    return NumberLedger(agree=filed.agree + claims.agree, conflict=filed.conflict + claims.conflict,
                        only_a=claims.only_a, only_b=claims.only_b)


def _figures_of_two_kinds(ledger: NumberLedger) -> NumberLedger:
    """``ledger`` with the figures it sets against each other told as each side's own: the sentences tell of
    two things of one kind ("Primary teachers will get a 5% rise" / "Secondary teachers ... 4%", "The
    northbound carriageway reopened at 6pm" / "The southbound ... at 9pm"; see kinds_apart.py), and two
    things' figures dispute nothing."""
    return NumberLedger(agree=ledger.agree, conflict=(),
                        only_a=tuple(sorted(ledger.only_a + tuple(m for m, _ in ledger.conflict), key=_start)),
                        only_b=tuple(sorted(ledger.only_b + tuple(n for _, n in ledger.conflict), key=_start)))


def _start(mention: NumberMention) -> int:
    return mention.start


def _filing_dates_apart(side: _Side, index: int) -> tuple[list[NumberMention], list[NumberMention]]:
    """The sentence's numbers in its dateline (as ``FILING_DATE``s), and the rest."""
    numbers = side.numbers[index]
    if not numbers:
        return [], numbers
    sentence = side.sentences[index]
    start = sentence.start + dateline_end(sentence.text)
    return ([replace(m, role=FILING_DATE) for m in numbers if m.start < start],
            [m for m in numbers if m.start >= start])


def _figures_of_two_things(ledger: NumberLedger) -> bool:
    """Whether each sentence holds, unmatched, a figure of one kind and one thing as a figure the other
    holds unmatched: the ledger compares such figures unless it reads them as two things' ("Last year, 56
    pilot whales stranded" / "Last month, nine pilot whales stranded"; "The second prize of ₹1 crore went
    to 20 tickets" / "The third prize of Rs 50 lakh ..."; "placed on lockdown Sunday" / "lifted Tuesday").
    Two things told alike are two claims, which corroborate nothing.  The days the reports were filed or
    the words said are no figures of the claim."""
    told_a = {(m.kind, m.unit) for m in ledger.only_a if m.role not in _DAYS_OF_SAYING}
    return bool(told_a) and any((m.kind, m.unit) in told_a for m in ledger.only_b if m.role not in _DAYS_OF_SAYING)


_DAYS_OF_SAYING = frozenset({FILING_DATE, STATEMENT_DATE})


def _lead_places(side: _Side) -> list[int]:
    """The places, among the side's candidates, of its first body sentences: the story's lead."""
    places = []
    for place, index in enumerate(side.candidates):
        if side.sentences[index].kind == "body":
            places.append(place)
            if len(places) == align.LEAD_SENTENCES:
                break
    return places


def _figure_frames(side: _Side, terms: list[dict[str, str]]) -> list[tuple[str, ...] | None]:
    """The frames of the side's candidates whose only terms are figures (see ``terms.figure_frame``)."""
    return [figure_frame(side.tokens[index]) if terms[place] and all(key[0] == "#" for key in terms[place]) else None
            for place, index in enumerate(side.candidates)]


def _read(document: Document) -> _Side:
    return _side(document, document_sentences(document))


# What a second process sends back of a document it read (see ``packed_side``).
PackedSide = tuple


def packed_side(document: Document) -> PackedSide:
    """``document`` read, in the form a second process sends it back in: plain tuples and
    packed tokens (see ``pack_tokens``), which pickle far faster than sentences and tokens
    do; the text is not sent."""
    with no_cycle_collection():
        side = _read(document)
        return ([(s.start, s.end, s.kind, s.reason) for s in side.sentences],
                pack_tokens(side.tokens), side.numbers, side.candidates, side.names)


def _unpacked_side(document: Document, packed: PackedSide) -> _Side:
    spans, tokens, numbers, candidates, names = packed
    sentences = [Sentence(index, start, end, document.text[start:end], kind, reason)
                 for index, (start, end, kind, reason) in enumerate(spans)]
    return _Side(document, sentences, numbers, unpack_tokens(document.text, tokens), candidates, names)


class Analysis:
    """The intermediate state of one comparison, kept so that any sentence
    pair can be scored and explained (the evaluation scripts use this)."""

    def __init__(self, doc_a: Document, doc_b: Document, *, fork: bool = False,
                 reading_b: Callable[[], PackedSide] | None = None):
        self.fork = fork  # share the biggest loops with a second process (see beside.py)
        reading_b = reading_b or read_ahead(doc_b, fork=fork)
        self.a = _read(doc_a)
        self.b = _unpacked_side(doc_b, reading_b()) if reading_b else _read(doc_b)
        _story_lines_taken_back(self.a, self.b)
        # "Medvedev said..." opens a sentence, but the story shows it is a name.
        promote_opening_names(self.a.tokens + self.b.tokens, self.a.names, self.b.names)
        self._a_terms = [content_terms(self.a.tokens[i]) for i in self.a.candidates]
        self._b_terms = [content_terms(self.b.tokens[j]) for j in self.b.candidates]
        self.scores, self._wa, self._wb = align.score_candidates(self._a_terms, self._b_terms, fork=fork)
        self._a_pos = {index: pos for pos, index in enumerate(self.a.candidates)}
        self._b_pos = {index: pos for pos, index in enumerate(self.b.candidates)}

    def score(self, ia: int, ib: int) -> float:
        """Alignment score of sentence ``ia`` of A and ``ib`` of B (0 if not candidates)."""
        i, j = self._a_pos.get(ia), self._b_pos.get(ib)
        if i is None or j is None:
            return 0.0
        return self.scores.get((i, j)) or align.cosine(self._wa[i], self._wb[j])

    def features(self, ia: int, ib: int) -> PairFeatures:
        return self._explain(ia, ib, self.score(ia, ib))[0]

    def link(self, ia: int, ib: int, score: float) -> Link:
        features, ledger, diff = self._explain(ia, ib, score)
        return Link(
            a=ia,
            b=ib,
            score=round(score, 4),
            relation=self._relation(ia, ib, features, ledger),
            diff=diff,
            numbers=ledger,
        )

    def _relation(self, ia: int, ib: int, features: PairFeatures, ledger: NumberLedger) -> str:
        """The relation of sentence ``ia`` of A and ``ib`` of B: the model's and the rules' over their
        tokens, and one rule over their text.  The same words from another speaker corroborate
        nothing (one report has the speaker wrong), and the tokens carry no quotation marks: a
        quotation given alike but put in different mouths is read from the sentences
        (``relation.quote_given_to_others``)."""
        relation = classify(features, ledger)
        if relation == "equivalent" and quote_given_to_others(self.a.sentences[ia].text, self.b.sentences[ib].text):
            return "related"
        if relation == "equivalent" and _figures_of_two_things(ledger):
            return "related"
        return relation

    def _explain(self, ia: int, ib: int, score: float):
        """Features, number ledger and word diff of one pair."""
        ledger = _numbers_compared(self.a, ia, self.b, ib)
        a_tokens, b_tokens = self.a.tokens[ia], self.b.tokens[ib]
        diff, shape = diff_and_shape(a_tokens, b_tokens)
        i, j = self._a_pos[ia], self._b_pos[ib]
        sentence_a, sentence_b = self.a.sentences[ia], self.b.sentences[ib]
        # the sentences' own characters: the punctuation that sets off an aside is in no token
        texts = ((sentence_a.text, sentence_a.start), (sentence_b.text, sentence_b.start))
        features = pair_features(score, self._wa[i], self._wb[j], a_tokens, b_tokens, ledger, shape, texts=texts)
        return features, ledger, diff

    def linked_pairs(self) -> list[tuple[int, int, float]]:
        """The candidate pairs that become links: (position in A's candidates, in B's, score)."""
        return align.select_links(self.scores, self._a_terms, self._b_terms, weights=(self._wa, self._wb),
                                  leads=(_lead_places(self.a), _lead_places(self.b)),
                                  frames=(_figure_frames(self.a, self._a_terms), _figure_frames(self.b, self._b_terms)))

    def comparison(self) -> Comparison:
        pairs = [(self.a.candidates[i], self.b.candidates[j], score) for i, j, score in self.linked_pairs()]
        # The rescue's bar first for the links that hold no pull quote: a story line's link that the bar
        # takes away must not count as the story's partner below, or a pull quote's partner ends with neither.
        pairs = [pair for pair in pairs if self._clears_rescue_bar(*pair) or self._holds_a_pull_quote(*pair)]
        pairs = self._pull_quotes_handed_to_their_story(self._without_pull_quotes_told_again(pairs))
        # Only now the bar for the rest: a link handed to the story's own sentence takes nothing back from furniture.
        pairs = [pair for pair in pairs if self._clears_rescue_bar(*pair)]
        # Explaining the links is the last big loop: the second half may go to a second process.
        half = len(pairs) // 2
        second = run_beside(lambda: [self.link(*pair) for pair in pairs[half:]],
                            fork=self.fork and len(pairs) >= FORK_MIN_LINKS)
        links = [self.link(*pair) for pair in pairs[:half]] + second()
        headline_a, headline_b = _headline(self.a), _headline(self.b)
        a_sentences = _rescued(self.a.sentences, {link.a for link in links})
        b_sentences = _rescued(self.b.sentences, {link.b for link in links})
        headlines = self._top_pair(headline_a, headline_b)
        standfirsts = self._top_pair(_standfirst(self.a, headline_a), _standfirst(self.b, headline_b))
        comparison = Comparison(self.a.document, self.b.document, a_sentences, b_sentences, tuple(links),
                                headlines, standfirsts)
        if measure(comparison).one_story_doubtful:
            return comparison  # two stories, may be: their figures of one noun count two things
        # Figures given differently outside the links: after them, as only the links say what is paired.
        loose = loose_conflicts(Report(a_sentences, self.a.numbers, self.a.tokens),
                                Report(b_sentences, self.b.numbers, self.b.tokens), links, (headlines, standfirsts))
        return replace(comparison, loose_conflicts=loose)

    def _without_pull_quotes_told_again(self, pairs: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
        """``pairs`` without those that would take back a pull quote whose partner is already linked to a
        story sentence of the pull quote's own page: the page gives the quotation twice, once set apart
        as a pull quote and once in the story, and the other report's line is the story's partner, not
        the pull quote's (one line linked to both reads as two claims corroborated)."""
        story_partners = ({ib for ia, ib, _ in pairs if self.a.sentences[ia].reason not in RESCUABLE},
                          {ia for ia, ib, _ in pairs if self.b.sentences[ib].reason not in RESCUABLE})
        return [(ia, ib, score) for ia, ib, score in pairs
                if not (self.a.sentences[ia].reason == PULL_QUOTE and ib in story_partners[0]
                        or self.b.sentences[ib].reason == PULL_QUOTE and ia in story_partners[1])]

    def _clears_rescue_bar(self, ia: int, ib: int, score: float) -> bool:
        """Whether the pair may stand: a link that would take an off-story line or a pull quote back as
        story needs a close partner."""
        return score >= OFF_STORY_RESCUE_SCORE or not (
            self.a.sentences[ia].reason in RESCUABLE or self.b.sentences[ib].reason in RESCUABLE)

    def _holds_a_pull_quote(self, ia: int, ib: int, _score: float) -> bool:
        return PULL_QUOTE in (self.a.sentences[ia].reason, self.b.sentences[ib].reason)

    def _pull_quotes_handed_to_their_story(self, pairs: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
        """``pairs`` with each pull quote's link given to the story sentence of its own page that carries the
        quotation, when that sentence has no partner yet: the other report's line is the story's partner.
        The pull quote, the quotation alone, is closer to a line that quotes it than the story's sentence
        around it ("..., the governor told reporters."), and would take the link and leave the story's
        telling of the quotation told by one source.  A short quotation may be in more than one story
        sentence: the link goes to the one closest to the other report's line."""
        linked = ({ia for ia, _, _ in pairs}, {ib for _, ib, _ in pairs})
        handed = []
        for ia, ib, score in pairs:
            if self.a.sentences[ia].reason == PULL_QUOTE:
                story = _closest(_story_copies(self.a, ia, linked[0]), lambda index: self.score(index, ib))
                if story is not None:
                    linked[0].add(story[0])
                    ia, score = story
            elif self.b.sentences[ib].reason == PULL_QUOTE:
                story = _closest(_story_copies(self.b, ib, linked[1]), lambda index: self.score(ia, index))
                if story is not None:
                    linked[1].add(story[0])
                    ib, score = story
            handed.append((ia, ib, score))
        return sorted(handed)

    def _top_pair(self, ia: int | None, ib: int | None) -> HeadlinePair | None:
        """The two headlines (or standfirsts) side by side (see ``HeadlinePair``), when both have one."""
        if ia is None or ib is None:
            return None
        diff, _ = diff_and_shape(self.a.tokens[ia], self.b.tokens[ib])
        sa, sb = self.a.sentences[ia], self.b.sentences[ib]
        return HeadlinePair(ia, ib, diff, compare_numbers(self.a.numbers[ia], self.b.numbers[ib],
                                                          texts=(sa.text, sb.text), offsets=(sa.start, sb.start)))


def compare(
    doc_a: Document, doc_b: Document, *, fork: bool = False, reading_b: Callable[[], PackedSide] | None = None,
) -> Comparison:
    """Align two documents and explain every link (see the module docstring).

    ``fork``: on a system that can, share the biggest loops of a long
    comparison with a second process (the command line asks for it; the window,
    which compares in a worker thread, must not).  ``reading_b``: B already being
    read in a second process, as ``read_ahead`` started it."""
    with no_cycle_collection():
        return Analysis(doc_a, doc_b, fork=fork, reading_b=reading_b).comparison()


def _headings_on_top(side: _Side) -> list[Sentence]:
    """The headings before the document's first body sentence."""
    headings = []
    for sentence in side.sentences:
        if sentence.kind == "body":
            break
        if sentence.kind == "heading":
            headings.append(sentence)
    return headings


def _standfirst(side: _Side, headline: int | None) -> int | None:
    """The standfirst: the first subheading after the ``headline`` and before the story ("Andrei
    Medvedev, who fought in Ukraine, says ..."), which sums the story up."""
    return next((s.index for s in _headings_on_top(side)
                 if s.reason == "subheading" and headline is not None and s.index > headline), None)


def _headline(side: _Side) -> int | None:
    """The document's headline: of the headings before its first body sentence, the one read as the
    headline, else the one that is its title, else the longest (a kicker or a section name may stand
    above the headline)."""
    headings = _headings_on_top(side)
    if not headings:
        return None
    title = " ".join(side.document.title.split())
    named = [s for s in headings if s.reason == "headline"] or [s for s in headings if " ".join(s.text.split()) == title]
    return (named or sorted(headings, key=lambda s: -len(s.text.split())))[0].index


def _story_copies(side: _Side, pull_quote: int, linked: set[int]) -> list[int]:
    """The side's story sentences, not yet linked, that carry the words of ``pull_quote`` in a row."""
    quoted = [token.key for token in side.tokens[pull_quote]]
    if not quoted:
        return []
    copies = []
    for index in side.candidates:
        keys = [token.key for token in side.tokens[index]]
        if (index not in linked and side.sentences[index].kind == "body" and len(keys) > len(quoted)
                and any(keys[at:at + len(quoted)] == quoted for at in range(len(keys) - len(quoted) + 1))):
            copies.append(index)
    return copies


def _closest(copies: list[int], score_with: Callable[[int], float]) -> tuple[int, float] | None:
    """Of ``copies``, the one that scores best with the partner (the first in page order on a tie), with
    its score; None when none is close enough to link."""
    scores = {index: score_with(index) for index in copies}
    best = max(scores, key=scores.__getitem__, default=None)
    if best is None or scores[best] < align.MIN_SCORE:
        return None
    return best, scores[best]


def _rescued(sentences: list[Sentence], linked: set[int]) -> tuple[Sentence, ...]:
    """Off-story sentences and pull quotes with a partner in the other source are story after all."""
    return tuple(
        replace(s, kind="body", reason="") if s.reason in RESCUABLE and s.index in linked else s
        for s in sentences
    )
