"""What each pane paints, decided once per comparison (pure Python, no Qt).

The engine decides links, word differences and number conflicts, and
``reader.core.suggest`` decides each sentence's state and the tag the
comparison *suggests* (never saved unless the user confirms); this module only
translates those decisions into display terms: a mark per sentence, a list of
styled spans in Qt text positions, and tooltips.  It runs on the
worker thread so the GUI thread receives ready-to-paint data.

Styled span contract: ``Span(start, end, style, tip)`` with ``start < end`` in
Qt positions; ``style`` is one of ``SENTENCE_STYLES`` or ``WORD_STYLES``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import Literal, get_args

from reader.core.model import FILING_DATE, Comparison, Document, HeadlinePair, Link, LooseConflict, Sentence
from reader.core.numbers import quoted_figure
from reader.core.overlap import measure
from reader.core.suggest import SentenceState, suggest
from reader.core.terms import HEDGES, STOPWORDS
from reader.ui.offsets import OffsetMap

Side = Literal["a", "b"]
SENTENCE_STYLES = get_args(SentenceState)
# "filing": a dateline's date that differs from the other's, two reports filed on two days, which
# disputes no claim (NumberLedger.disputes_the_claim): no conflict, and N does not stop at it.
WORD_STYLES = ("changed", "changed-number", "changed-name", "conflict", "filing")
# How many words name a sentence in a tip (its opening words: an editor does not count sentences).
OPENING_WORDS = 8


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    style: str
    tip: str = ""


@dataclass(frozen=True)
class TagSpan(Span):
    """A tag's span: ``style`` is its kind, ``tip`` what its tooltip says after the kind of the
    article it was made beside (see ``tagprovenance``), ``made_elsewhere`` whether that is another
    article than the one the other pane shows (its badge is then drawn hollow)."""

    made_elsewhere: bool = False


@dataclass(frozen=True)
class SentenceMark:
    """How one sentence is shown: its state, partners on the other side, and hints."""

    index: int
    start: int  # Qt positions
    end: int
    state: str  # one of SENTENCE_STYLES
    partners: tuple[int, ...] = ()
    links: tuple[Link, ...] = ()
    conflict: bool = False
    suggestion: str | None = None
    reason: str = ""
    # A heading set beside the other source's ("headline" or "standfirst": HeadlinePair): its
    # figures are compared with that one's, not linked.
    beside: str = ""
    # Its figures the other source gives differently in a sentence not linked to it (loose_figures).
    loose: tuple[LooseConflict, ...] = ()

    @property
    def conflict_only_loose(self) -> bool:
        """Are its only conflicting figures ones the other source gives in sentences not aligned with
        it (``loose``)?  Then the sentences to show for its conflict are those, not its partners."""
        return bool(self.loose) and not self.beside and not any(link.has_conflict for link in self.links)

    @property
    def is_difference(self) -> bool:
        """Worth stopping at when stepping through differences (Alt+Down)."""
        return self.state in ("related", "unmatched") or self.conflict


@dataclass
class SidePlan:
    side: Side
    document: Document
    sentences: tuple[Sentence, ...]
    offsets: OffsetMap
    marks: list[SentenceMark]
    spans: list[Span]  # sorted by start
    starts: list[int] = field(default_factory=list)  # of marks, Qt positions
    span_starts: list[int] = field(default_factory=list)
    longest_span: int = 0

    def __post_init__(self) -> None:
        self.starts = [m.start for m in self.marks]
        self.span_starts = [s.start for s in self.spans]
        self.longest_span = max((s.end - s.start for s in self.spans), default=0)

    def sentence_at(self, position: int) -> int | None:
        """The sentence containing ``position``, else the one before it (gaps belong to the left)."""
        i = bisect_right(self.starts, position) - 1
        if i < 0:
            return 0 if self.marks else None
        return i

    def spans_between(self, start: int, end: int) -> list[Span]:
        """Spans that overlap ``[start, end)``."""
        lo = bisect_right(self.span_starts, start - self.longest_span - 1)
        hi = bisect_right(self.span_starts, end - 1)
        return [s for s in self.spans[lo:hi] if s.end > start]


@dataclass(frozen=True)
class ComparisonPlan:
    comparison: Comparison
    a: SidePlan
    b: SidePlan
    warning: str | None = None  # the pair does not look like two reports of one story (overlap.py)
    same_text: bool = False  # both sides tell the same sentences word for word (overlap.py)
    same_text_differs_apart: str = ""  # with same_text, what differs beside the story: "headlines", …
    # Too few sentences linked to read as one story (overlap.py): the engine suggests no tags then.
    one_story_doubtful: bool = False

    def side(self, side: Side) -> SidePlan:
        return self.a if side == "a" else self.b

    @property
    def has_filing_dates(self) -> bool:
        """Do the two reports' datelines give two days, marked "filing" (see _figure_style_and_tip)?"""
        return any(span.style == "filing" for span in self.a.spans)


# The marks a figure is quoted in wherever the window quotes one.
CURLY_QUOTES = ("“", "”")


def _quoted(text: str) -> str:
    """In curly quotes, unless the words come in quotation marks of their own ("““Be careful")."""
    return text if text[:1] in "“\"‘'«" and text[-1:] in "”\"’'»" else f"“{text}”"


def _word_style(span_type: str) -> str:
    return "changed-" + span_type if span_type in ("number", "name") else "changed"


def build_side(comparison: Comparison, side: Side) -> SidePlan:
    other: Side = "b" if side == "a" else "a"
    document = comparison.a if side == "a" else comparison.b
    other_doc = comparison.b if side == "a" else comparison.a
    sentences = comparison.a_sentences if side == "a" else comparison.b_sentences
    other_sentences = comparison.b_sentences if side == "a" else comparison.a_sentences
    offsets = OffsetMap(document.text)
    qt = offsets.to_qt
    tops = _top_pairs(comparison, side)
    # This side's figures of loose conflicts: their own conflict tip says where the other source
    # gives them, so no link's words say "Not in source B" over them.
    loose_figures = frozenset((getattr(loose, f"{side}_number").start, getattr(loose, f"{side}_number").end)
                              for loose in comparison.loose_conflicts)

    marks: list[SentenceMark] = []
    spans: list[Span] = []
    for sentence, evidence in zip(sentences, suggest(comparison, side), strict=True):
        state = evidence.state
        start, end = qt(sentence.start), qt(sentence.end)
        beside, top = tops.get(sentence.index, ("", None))
        marks.append(SentenceMark(
            index=sentence.index, start=start, end=end, state=state,
            partners=tuple(getattr(link, other) for link in evidence.links), links=evidence.links,
            conflict=evidence.conflict or (top is not None and top.numbers.disputes_the_claim),
            suggestion=evidence.suggested, reason=sentence.reason, beside=beside, loose=evidence.loose,
        ))
        if end > start:
            spans.append(Span(start, end, state, sentence.reason))

    for link in comparison.links:
        mark = marks[getattr(link, side)]
        partner = _partner_name(other, other_sentences[getattr(link, other)], several=len(mark.links) > 1)
        # The words are marked against one partner (best_link): two partners' marks laid on one
        # sentence cover nearly all of it, and call a word missing that the other partner has.
        # A figure another partner gives differently is still a conflict, and its tip names that one.
        words = link is best_link(mark)
        spans += _difference_spans(link.diff if words else (), link.numbers, side,
                                   document.text, other_doc.text, qt, partner, loose_figures)
    # The headlines' and standfirsts', which take no part in the links but lead with the figure an
    # outlet chose ("1.4 million" / "410,000").
    for _, top in tops.values():
        spans += _difference_spans(top.diff, top.numbers, side,
                                   document.text, other_doc.text, qt, f"source {other.upper()}")

    # Figures the other source gives differently in a sentence not linked to this one, which no link's
    # ledger sets side by side: painted as conflicts, the tip naming the other sentence.
    for loose in comparison.loose_conflicts:
        mine, theirs = (loose.a_number, loose.b_number) if side == "a" else (loose.b_number, loose.a_number)
        if mine.end > mine.start:
            partner = loose_partner(other, other_sentences[getattr(loose, other)], theirs)
            spans.append(Span(qt(mine.start), qt(mine.end), *_figure_style_and_tip(theirs, other, partner, mine)))

    spans.sort(key=lambda s: (s.start, s.end))
    return SidePlan(side=side, document=document, sentences=sentences, offsets=offsets, marks=marks, spans=spans)


def best_link(mark: SentenceMark) -> Link | None:
    """The link of ``mark`` its words are marked against: the highest scored (the first of equals) of
    those whose figures conflict, else of all.  A conflict is what an editor checks word by word, and
    the partner that gives the figure otherwise is the one telling the same fact: a closer partner by
    score can share only a figure's neighbourhood ("The trial lasted 11 weeks" beside "Ellery, 47,
    was convicted of seven counts"), and marks drawn against it hide the differences that matter."""
    conflicting = [link for link in mark.links if link.has_conflict]
    return max(conflicting or mark.links, key=lambda link: link.score, default=None)


def _top_pairs(comparison: Comparison, side: Side) -> dict[int, tuple[str, HeadlinePair]]:
    """The headings of ``side`` set beside the other source's (headline, standfirst), by index."""
    named = (("headline", comparison.headlines), ("standfirst", comparison.standfirsts))
    return {getattr(pair, side): (name, pair) for name, pair in named if pair is not None}


def _partner_name(other: Side, partner: Sentence, *, several: bool) -> str:
    """How a tip names the sentence it compares with: by the other pane's letter, and by its
    opening words when the sentence has several partners there (as the sentence's tooltip does).
    The panes are badged A and B; a .txt article's "title" is its whole first sentence, which read
    as part of the tip."""
    name = f"source {other.upper()}"
    return f"{name}’s “{opening(partner.text)}”" if several else name


def loose_partner(other: Side, partner: Sentence, figure=None) -> str:
    """How a tip names the sentence of a loose conflict: one the sentence is not linked to."""
    return f"source {other.upper()}, in “{opening_before(partner, figure)}” (not aligned with this sentence),"


def opening_before(sentence: Sentence, figure=None, words: int = OPENING_WORDS) -> str:
    """The sentence's opening words (``opening``), ended before ``figure`` (a mention in it, in
    document offsets) when the figure starts among them: the tip quotes the figure after, and an
    opening cut inside it ("was sentenced to six years…") reads as the figure."""
    if figure is None or not sentence.start <= figure.start <= sentence.end:
        return opening(sentence.text, words)
    before = sentence.text[:figure.start - sentence.start].split()
    if not before or len(before) >= words:
        return opening(sentence.text, words)
    return " ".join(before).rstrip(",;:") + "…"


def opening(text: str, words: int = OPENING_WORDS) -> str:
    """The first ``words`` words of a sentence, on one line, with "…" if there is more."""
    split = text.split()
    return " ".join(split[:words]) + ("…" if len(split) > words else "")


def _difference_spans(diff, numbers, side: Side, text: str, other_text: str, qt, partner: str,
                      loose_figures: frozenset[tuple[int, int]] = frozenset()) -> list[Span]:
    """The spans of one side of a sentence pair: words the other lacks or words differently, each
    with what the other says, and figures it gives differently.  ``partner`` names the other
    sentence in the tips ("source B"); ``loose_figures`` (offsets) are figures of loose conflicts,
    whose own tip tells them."""
    other: Side = "b" if side == "a" else "a"
    figures = [pair if side == "a" else (pair[1], pair[0]) for pair in numbers.conflict]
    filed = [(mine.start, mine.end) for mine, _ in figures if mine.role == FILING_DATE]
    # The figures that differ: bold within a changed run is for them, not for the words around them
    # nor for a figure the other gives alike ("08:17 GMT" / "0817 GMT").
    changed_figures = sorted((m.start, m.end) for m in (*(mine for mine, _ in figures),
                                                          *(numbers.only_a if side == "a" else numbers.only_b)))
    ledger_tips = _figure_tips(numbers, side, partner, loose_figures)
    their_mentions = _figures(numbers, other)
    spans = []
    for d in diff:
        if d.op == "equal":
            continue
        mine = (d.a_start, d.a_end) if side == "a" else (d.b_start, d.b_end)
        theirs = (d.b_start, d.b_end) if side == "a" else (d.a_start, d.a_end)
        if mine[1] <= mine[0] or _within(mine, filed):
            continue  # a changed filing date is said once, by its own mark
        said = _with_its_brackets(other_text, *theirs)
        tip = _words_tip(partner, said, other)
        # A figure is told by the ledger unless the other's words in its place hold its partner:
        # "Source B: “patients were”" over "4,812", and "Source A: “avalanche struck at 14:20”"
        # over "8,000 feet" (a figure the ledger finds in this source only), set it against what
        # is no figure or another figure.
        by_ledger = [f for f in ledger_tips if not (said and f.partner and _overlaps(theirs, [f.partner]))]
        for start, end, style in _word_pieces(mine, d.type, changed_figures):
            pair = _conflict_pair((start, end), figures)
            if pair is None:
                piece_tip = _piece_tip((start, end), tip, said, by_ledger)
            else:  # the conflict's own tip, said once (the pane joins equal lines), or the words before it
                wording = _Wording(mine, theirs, said, text, other_text)
                piece_tip = (_conflict_wording_tip(wording, pair, their_mentions, other)
                             or _figure_style_and_tip(pair[1], other, partner, pair[0])[1])
            spans.append(Span(qt(start), qt(end), style, piece_tip))
    for mine_m, theirs_m in figures:
        if mine_m.end > mine_m.start:
            style_and_tip = _figure_style_and_tip(theirs_m, other, partner, mine_m)
            spans.append(Span(qt(mine_m.start), qt(mine_m.end), *style_and_tip))
    return spans


def _conflict_pair(piece: tuple[int, int], figures: list):
    """The two figures in conflict (this side's, the other's) that the piece ``piece`` lies in, if any."""
    return next(((mine, theirs) for mine, theirs in figures
                 if mine.start <= piece[0] and piece[1] <= mine.end), None)


@dataclass(frozen=True)
class _Wording:
    """A changed run as both sides word it: ``mine`` and ``theirs`` in document offsets into
    ``text`` and ``other_text``, ``said`` the other's words as a tip quotes them."""

    mine: tuple[int, int]
    theirs: tuple[int, int]
    said: str
    text: str
    other_text: str


def _conflict_wording_tip(wording: _Wording, pair, their_figures: list, other: Side) -> str:
    """The words' tip over a figure in conflict, whose own tip ("Number conflict — source B says
    “44”") already names the partner and the figure: the partner's words are added only when both
    runs are each figure's own phrase (``_own_phrase``: "lost 2.1%" beside "fell 1.2 per cent")
    and say more than the figure.  Not words holding another of its figures or none ("up 2.3 points
    on" beside “76.2%” sends the reader to the wrong one), and not a fragment the diff cut from a
    clause ("them £50m", "A quarter of", "31 March, according to"): it repeats the figure the line
    below gives, framed by words that read as a slip.  The partner is named by its letter alone,
    the conflict's line below naming its sentence."""
    mine, theirs = pair
    span = wording.theirs
    holds = [f for f in their_figures if f.start < span[1] and span[0] < f.end]
    if [(f.start, f.end) for f in holds] != [(theirs.start, theirs.end)]:
        return ""
    said = wording.said
    if " ".join(said.split()).casefold() in quoted_figure(theirs, ("", "")).casefold():
        return ""
    if not (_own_phrase(wording.other_text, span, theirs) and _own_phrase(wording.text, wording.mine, mine)):
        return ""
    return f"Source {other.upper()}: {_quoted(said)}" if _brackets_closed(said) else ""


# A figure's own phrase: a few words leading to it that say what it measures or what happened
# ("lost", "went on for", "spilled"), and at most its noun after it ("2,400 barrels").
_PHRASE_LEAD_WORDS = 3
_PHRASE_TAIL_WORDS = 1
# Words that open another clause: a run holding one has left the figure's phrase ("1984, when it
# killed", "estimated that about 60,000", "although 120").
_CLAUSE_WORDS = frozenset({
    "and", "but", "or", "nor", "that", "which", "who", "whom", "whose", "when", "where", "while", "whereas",
    "although", "though", "unless", "since", "because", "if", "whether", "than", "so", "yet"})


def _own_phrase(text: str, run: tuple[int, int], figure) -> bool:
    """Is the run ``run`` of ``text`` the figure's own phrase: the figure, led by a few plain words
    that start with no function word and hold no clause, attribution ("said", "according") or
    name, and followed by its noun at most?"""
    lead = text[run[0]:min(figure.start, run[1])].split()
    hedge = figure.hedge.split()
    if hedge and [word.lower() for word in lead[-len(hedge):]] == hedge:
        lead = lead[:-len(hedge)]  # "about" in "leaked about 4,200" is the figure's, as its tip quotes it
    tail = text[max(figure.end, run[0]):run[1]].strip().rstrip(".,;:!?").split()
    if len(lead) > _PHRASE_LEAD_WORDS or len(tail) > _PHRASE_TAIL_WORDS:
        return False
    if lead and lead[0].lower() in STOPWORDS:
        return False
    return all(_phrase_word(word) for word in lead) and all(
        _phrase_word(word) and word not in STOPWORDS for word in tail)


def _phrase_word(word: str) -> bool:
    """A lower-case word of a figure's phrase: no name, no figure, no punctuation that ends a
    clause, no word that opens another or says who said it."""
    bare = word.replace("-", "").replace("'", "").replace("’", "")
    return bare.isalpha() and word.islower() and word not in _CLAUSE_WORDS and word not in HEDGES


def _brackets_closed(text: str) -> bool:
    """Is every bracket of ``text`` closed within it, and none closed that it did not open?"""
    for opener, closer in ("()", "[]"):
        depth = 0
        for char in text:
            depth += (char == opener) - (char == closer)
            if depth < 0:
                return False
        if depth:
            return False
    return True


def _words_tip(partner: str, said: str, other: Side) -> str:
    """What a changed run's tip says: what the partner says in its place, or that it lacks it."""
    if not said:
        return f"Not in {partner}"
    if partner == f"source {other.upper()}":
        return f"Source {other.upper()}: {_quoted(said)}"
    return f"{partner[:1].upper()}{partner[1:]} says {_quoted(said)}"


def _figures(numbers, side: Side) -> list:
    """Every figure of ``side``'s sentence in a ledger: agreeing, conflicting or alone."""
    i = 0 if side == "a" else 1
    alone = numbers.only_a if side == "a" else numbers.only_b
    return [pair[i] for pair in (*numbers.agree, *numbers.conflict)] + list(alone)


@dataclass(frozen=True)
class _FigureTold:
    """A figure of one sentence as the ledger tells it, for a tip: ``tip`` over the figure alone,
    ``paired`` when the other sentence gives it too, alike or otherwise, at ``partner`` (its
    offsets in the other's text)."""

    start: int
    end: int
    surface: str
    tip: str
    paired: bool
    partner: tuple[int, int] | None = None


def _figure_tips(numbers, side: Side, partner: str,
                 loose_figures: frozenset[tuple[int, int]] = frozenset()) -> list[_FigureTold]:
    """Each figure of ``side``'s sentence as the ledger tells it: one the other gives too, in another
    place; one it gives otherwise, said by the conflict's own tip (so nothing here); one it lacks,
    unless another sentence of the other source gives it otherwise (``loose_figures``): "Not in
    source B" would contradict the loose conflict's tip below it, which says what B gives."""
    other: Side = "b" if side == "a" else "a"
    told = []
    for pair in numbers.agree:
        mine, theirs = pair if side == "a" else (pair[1], pair[0])
        told.append(_FigureTold(mine.start, mine.end, mine.surface, _moved_figure_tip(partner, theirs, other), True,
                                (theirs.start, theirs.end)))
    for pair in numbers.conflict:
        mine, theirs = pair if side == "a" else (pair[1], pair[0])
        told.append(_FigureTold(mine.start, mine.end, mine.surface, "", True, (theirs.start, theirs.end)))
    for mine in numbers.only_a if side == "a" else numbers.only_b:
        lacked = "" if (mine.start, mine.end) in loose_figures else f"Not in {partner}"
        told.append(_FigureTold(mine.start, mine.end, mine.surface, lacked, False))
    return told


def _with_its_brackets(text: str, start: int, end: int) -> str:
    """``text[start:end]``, stripped, with a bracket just outside it that a bracket inside it opens or closes:
    the diff cuts runs at words, and "55), of Hove, was found guilty" reads as a slip where "(55), of Hove,
    was found guilty" reads as the other report's words."""
    said = text[start:end]
    for opener, closer in ("()", "[]"):
        if said.count(closer) > said.count(opener) and text[start - 1:start] == opener:
            start -= 1
        if said.count(opener) > said.count(closer) and text[end:end + 1] == closer:
            end += 1
    return text[start:end].strip()


def _piece_tip(piece: tuple[int, int], words_tip: str, said: str, figures: list[_FigureTold]) -> str:
    """The tip of one piece of a changed run: the ledger's when the piece is one of ``figures``; the
    words' otherwise, excepting from "Not in source B" the figures the other gives elsewhere."""
    alone = next((f for f in figures if f.start <= piece[0] and piece[1] <= f.end), None)
    if alone is not None:
        return alone.tip
    paired = [f for f in figures if f.paired and piece[0] <= f.start and f.end <= piece[1]]
    if said or not paired:
        return words_tip
    each = [_quoted(f.surface) + (f" ({f.tip[:1].lower()}{f.tip[1:]})" if f.tip else "") for f in paired]
    return f"{words_tip}, but for {' and '.join(each)}"


def _overlaps(words: tuple[int, int], ranges: list[tuple[int, int]]) -> bool:
    return any(start < words[1] and words[0] < end for start, end in ranges)


# A change's direction the ledger read from "rose", "fell", "lost": no word of the writer's.
READ_DIRECTIONS = {"up": "a rise", "down": "a fall"}


def figure_as_written(figure, against=None) -> str:
    """``figure`` quoted as its writer put it, for every place that quotes a figure in conflict
    (the figures' tips, the Tags line, the link bar).  A direction read from "rose" or "fell" is
    no word of the writer's, so it is not quoted ("says up “3.6%”" reads as broken English); it is
    said in words only when ``against``, the figure it is set against, went the other way: then
    the direction is part of the disagreement, "a fall of “4.1%”"."""
    read = figure.direction in READ_DIRECTIONS
    quoted = quoted_figure(replace(figure, direction="") if read else figure, CURLY_QUOTES)
    opposed = read and against is not None and against.direction in READ_DIRECTIONS \
        and against.direction != figure.direction
    return f"{READ_DIRECTIONS[figure.direction]} of {quoted}" if opposed else quoted


def _moved_figure_tip(partner: str, theirs, other: Side) -> str:
    """The tip of a figure the other sentence gives too, in another place."""
    quoted = figure_as_written(theirs)
    if partner == f"source {other.upper()}":
        return f"Source {other.upper()} gives it elsewhere in the sentence: {quoted}"
    return f"{partner[:1].upper()}{partner[1:]} gives it elsewhere: {quoted}"


def _word_pieces(words: tuple[int, int], span_type: str, changed_figures: list[tuple[int, int]]):
    """A changed run cut into (start, end, style): a run holding figures is "changed-number" on the
    figures that differ only, and "changed" around them."""
    if span_type != "number":
        return [(*words, _word_style(span_type))]
    pieces, at = [], words[0]
    for start, end in changed_figures:
        start, end = max(start, at), min(end, words[1])
        if start >= end:
            continue
        if start > at:
            pieces.append((at, start, "changed"))
        pieces.append((start, end, "changed-number"))
        at = end
    if at < words[1]:
        pieces.append((at, words[1], "changed"))
    return pieces


def _within(words: tuple[int, int], ranges: list[tuple[int, int]]) -> bool:
    return any(start <= words[0] and words[1] <= end for start, end in ranges)


def _figure_style_and_tip(theirs, other: Side, partner: str, mine=None) -> tuple[str, str]:
    """How a figure the other side gives differently is shown: a conflict, or (for a dateline's
    date) the other report's filing day, which tells when it was sent, not what happened (of the
    report, so not of one of its sentences)."""
    quoted = figure_as_written(theirs, mine)
    if theirs.role == FILING_DATE:
        return "filing", f"Filed on another day — source {other.upper()} is dated {quoted}"
    return "conflict", f"Number conflict — {partner} says {quoted}"


def build_plan(comparison: Comparison) -> ComparisonPlan:
    overlap = measure(comparison)
    return ComparisonPlan(comparison, build_side(comparison, "a"), build_side(comparison, "b"),
                          warning=overlap.warning(), same_text=overlap.same_text,
                          same_text_differs_apart=overlap.differs_apart,
                          one_story_doubtful=overlap.one_story_doubtful)
