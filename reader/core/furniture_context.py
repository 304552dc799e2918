"""Furniture told by where a line stands: its neighbours, its copies, its place in the page.

A line's own words rarely settle what it is.  "Jane Smith" is a byline only
next to a dateline; a short unpunctuated line beside a photo credit is the
caption; the titles under "Related articles" are links, however story-like;
a second copy of a line is a caption repeating alt text or a repeated teaser;
a stack of one-word lines is a menu; the first heading before the lede is the
headline; three or more short questions, each on a line over its answer, are an
explainer's subheadings.  Each pass here looks at a line together with its
neighbours (never further than the next line or the current block, or once over
the page to count its questions), so every pass is linear.
The order in which ``reader.core.furniture.classify`` runs them matters: each
one sees what the earlier ones marked.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from itertools import accumulate

from reader.core.furniture_cues import (
    CALL_TO_ACTION, CAPTION_CREDIT, COMMENT_HEADER, CREDIT_PAREN, IMAGE_CREDIT_REASONS, LIVE_TITLE, MORE_SECTION,
    POST_TIME, RANKED_TITLE, ROLE, SLASH_CREDIT, WORLD_RANKING, tells_a_deed_done,
)
from reader.core.furniture_dates import DATE_WORDS, date_line, name_then_date
from reader.core.furniture_lines import (
    BAR_SEPARATOR, BODY, BOILERPLATE, HEADING, HEADING_MAX_WORDS, LINE_END_CLOSERS, OFF_STORY, PULL_QUOTE,
    QUOTES, REPEATED_QUOTE, REPORTED_SPEECH, WORD, Line, Run, mark,
)
from reader.core.furniture_offstory import BLOCK_SHARE
from reader.core.furniture_press import FOOTER
from reader.core.numwords import fate_of
from reader.core.pattern_cache import PatternCache

# ``rx.compile`` is ``re.compile``, from the compiled patterns kept between runs (pattern_cache.py).
rx = PatternCache(__file__)


def mark_repeats(lines: list[Line]) -> None:
    """Later copies of a line are furniture: captions repeat alt text, teasers repeat.

    Each copy remembers its first copy (``Line.first_copy``): the second "Advertisement" is
    still an advert once the cues have named the first, and the off-story check reads it so.
    """
    seen: dict[str, Line] = {}
    for line in lines:
        key = line.flat.casefold()
        first = seen.setdefault(key, line)
        if first is not line and line.words:
            mark(line, BOILERPLATE, "repeated line")
            line.first_copy = first


_OPEN_QUOTES = "\"“‘'«„"
_CLOSE_QUOTES = "\"”’'»“"
_PULL_QUOTE_WORDS = 4  # a shorter quotation ("No.") may well be said twice
_PULL_QUOTE_CLAUSE_WORDS = 8
_ATTRIBUTION_WORDS = 10
# A pull quote names its speaker and no more: "said the ONS", "Jane Holt, minister".
_PULL_QUOTE_SPEAKER_WORDS = 4


def mark_pull_quotes(lines: list[Line], markup_headings: bool) -> None:
    """A line that is nothing but a quotation whose words the story also carries is a pull quote
    (the page repeats a line of the story in large type); the short unpunctuated line under it
    ("Anja Hellmann, transport minister", "— Grant Hollis") is its attribution, and so is the same
    line after a dash on the quotation's own line ('"..." – Jo Grady, general secretary').

    The story's copy usually goes on ("..., she said."), so it is looked for as a run of words
    inside a longer line: one search per quotation through the page's words, joined once.  A pull quote
    that gives its speaker too is found when the story gives the same quotation with its speaker again.
    A line the markup calls a heading is the author's subheading, though it quotes the story ("<h2>'A tax
    on big families'</h2>"); where the markup marks headings (``markup_headings``), a quotation it set
    apart without calling it one is a pull quote even without its full stop.
    """
    # A pull quote that repeats a whole story line is already a repeated line; its attribution is still to mark.
    for i, line in enumerate(lines):
        if line.reason == "repeated line" and line.flat[0] in _OPEN_QUOTES:
            _mark_attribution(lines, i)
    _mark_quotes_attributed_twice(lines)
    quoted = {i: words for i, line in enumerate(lines)
              if line.kind == BODY and not line.marked_heading
              and (words := _quotation_words(line, clipped=markup_headings))}
    if not quoted:
        return
    # Every line's words, lower-cased, one line per row: a quotation's words found in a row
    # are found inside that line (rows are joined by "\n", which no word holds).
    rows = [" ".join(line.tokens) for line in lines]
    starts = list(accumulate((len(row) + 1 for row in rows), initial=0))
    page = "\n".join(rows).casefold()
    closing_quotations = _closing_quotations(lines)
    for i, words in quoted.items():
        quote = " ".join(words).casefold()
        told = any(j != i and lines[j].words > len(words) for j in _lines_holding(page, starts, quote))
        if not (told or _reported_elsewhere(lines, i, words, page, starts)
                or _quoted_after_its_opening(i, words, closing_quotations)):
            continue
        mark(lines[i], BOILERPLATE, PULL_QUOTE)
        if len(words) == len(lines[i].tokens):  # else the attribution is on the quotation's own line, marked with it
            _mark_attribution(lines, i)


def _lines_holding(page: str, starts: list[int], words: str) -> Iterator[int]:
    """The rows of ``page`` (rows joined by "\n", row ``j`` starting at ``starts[j]``) that hold ``words``
    as whole words."""
    at = page.find(words)
    while at >= 0:
        if page[at - 1:at] in ("", " ", "\n") and page[at + len(words):at + len(words) + 1] in ("", " ", "\n"):
            yield bisect_right(starts, at) - 1
        at = page.find(words, at + 1)


# A quotation that closes a story sentence: 'The owner said it was "a devastating blow for a family
# business".'  Group 1 is the quotation; the story's own words before it are checked apart
# (_closing_quotation), as a pattern that also matched them tried every word of a long paragraph.
_CLOSING_QUOTATION = rx.compile(r"\s[\"“]([^\"“”]+)[\"”][.!?…]?$")
_QUOTE_MARKS = rx.compile(r"[\"“”]")
_WORD_CHARACTER = rx.compile(r"\w")
# Reported speech turns a quotation's opening, its subject and verb ("This is" becomes 'said it was "...',
# "He betrayed" 'told him he had "betrayed ...'), and quotes the rest: at most this many words are turned.
_TURNED_OPENING_WORDS = 2


def _closing_quotations(lines: list[Line]) -> list[tuple[tuple[str, ...], int]]:
    """The words of each quotation that closes a story line after words of the story's own, lower case, with
    the line it closes; sorted, so that the quotations opening with given words stand together."""
    found = []
    for j, line in enumerate(lines):
        quotation = _closing_quotation(line.flat) if line.kind == BODY else None
        if quotation:
            found.append((tuple(WORD.findall(quotation.casefold())), j))
    found.sort()
    return found


def _lines_quoting_from(opening: tuple[str, ...],
                        closing_quotations: list[tuple[tuple[str, ...], int]]) -> Iterator[int]:
    """The lines whose closing quotation opens with the words ``opening``: the whole quotation, or the first
    part of a longer one."""
    at = bisect_left(closing_quotations, (opening,))
    while at < len(closing_quotations) and closing_quotations[at][0][:len(opening)] == opening:
        yield closing_quotations[at][1]
        at += 1


def _closing_quotation(flat: str) -> str | None:
    """The quotation that closes ``flat`` after words of the story's own (a word since the last quotation
    mark before it), or None."""
    if not flat.rstrip(".!?…").endswith(('"', "”")):
        return None  # most lines: no quotation closes them
    shape = _CLOSING_QUOTATION.search(flat)
    if not shape:
        return None
    before = _QUOTE_MARKS.split(flat[:shape.start()])[-1]
    return shape.group(1) if _WORD_CHARACTER.search(before) else None


def _quoted_after_its_opening(i: int, quotation: list[str],
                              closing_quotations: list[tuple[tuple[str, ...], int]]) -> bool:
    """Does a story sentence quote quotation ``i`` (its words ``quotation``) without its opening subject and verb, which it tells as
    reported speech ('"This is a devastating blow for a family business."' and 'Peter Hollins said it was
    "a devastating blow for a family business".')?  The quotation set apart is then its pull quote.  The
    page may have cut it short of the story's quotation, which goes on past its end ('"I heard a deep rumble
    and then a crash."' and 'She said she heard "a deep rumble and then a crash, like a lorry tipping
    rubble".').  The story's quotation must run on from the words after the opening to the pull quote's end
    and close its own sentence: a quotation that opens the story's line ('"If that ..., I must be at the
    wrong meeting," he said.') or stops inside it, or one that leaves out more than the opening ('"We need to
    change old habits ..."' and 'urged staff to "change old habits ..."'), may be the story quoting a speaker
    twice, each time in its own words.  And the page sets its pull quote apart before the story reaches the
    words; a full quotation under the story's part of it ('... said the city would "rebuild every damaged
    home before winter".' over '"We will rebuild every damaged home before winter."') is the story going on
    to quote the speaker whole."""
    words = tuple(word.casefold() for word in quotation)
    for turned in range(1, _TURNED_OPENING_WORDS + 1):
        rest = words[turned:]
        if len(rest) >= _PULL_QUOTE_WORDS and any(j > i for j in _lines_quoting_from(rest, closing_quotations)):
            return True
    return False


# Reported speech turns a quotation's speaker and tense ("We will find out ..." becomes "the company would find
# out ..."): a quotation that opens with the speaker's "I" or "we" and a verb is told again from its third word.
_FIRST_PERSON_OPENERS = frozenset({"i", "we"})
_REPORTED_TAIL_WORDS = 5


def _reported_elsewhere(lines: list[Line], i: int, quotation: list[str], page: str, starts: list[int]) -> bool:
    """Does the page tell quotation ``i`` (its words ``quotation``) again as reported speech, its words after the speaker and the verb
    inside a line that reports speech ('"We will find out exactly what went wrong."' and "Paul Arnaud said
    he ... promised that the company would find out exactly what went wrong.")?  The story says it once, so
    the quotation set apart is its pull quote.  A line that quotes anyone ('He urged staff to "change old
    habits ..."') is the story quoting again, and the quotation on its own line may be the story's too."""
    tokens = [token.casefold() for token in quotation]
    tail = tokens[2:]
    if tokens[0] not in _FIRST_PERSON_OPENERS or len(tail) < _REPORTED_TAIL_WORDS:
        return False
    return any(j != i and not QUOTES.search(lines[j].flat) and REPORTED_SPEECH.search(lines[j].flat)
               for j in _lines_holding(page, starts, " ".join(tail)))


# A quotation and its speaker after it, one sentence: '"The decade saw the fastest growth since records began,"
# said the ONS.', '"...," the ONS said in a statement.'  The words in quotation marks are group 1.
_QUOTE_THEN_SPEAKER = rx.compile(r"^[\"“‘']([^\"“”]+?)[,.!?…]?[\"”’'],?\s+([^\"“”.!?]+)[.!?]$")


def _mark_quotes_attributed_twice(lines: list[Line]) -> None:
    """A page that sets a quotation apart in large type with its speaker, and tells it again in the story
    with its speaker, carries one quotation twice: a copy whose attribution adds nothing to a later one's
    ('"...," said the ONS.' over '"...," the ONS said in a statement.') is the pull quote.  A story names
    its speaker in full first and shortly after ("said Robert Fraley, the firm's vice-president" ... "Fraley
    said"), and a copy that tells more (when, where, who the speaker is) is the story's; so is any short
    quotation (``_PULL_QUOTE_CLAUSE_WORDS``), which a story may well give twice.  Both copies are whole
    sentences of the story's kind, so the other source's telling of the quotation would fit either: the
    pull quote is ``REPEATED_QUOTE``, which no partner makes story again, so that telling has one partner
    here."""
    copies: dict[str, list[tuple[int, frozenset[str]]]] = {}
    for i, line in enumerate(lines):
        quotation, speaker = _attributed_quotation(line)
        if quotation:
            copies.setdefault(quotation, []).append((i, speaker))
    for found in copies.values():
        for at, (i, speaker) in enumerate(found):
            if len(speaker) < _PULL_QUOTE_SPEAKER_WORDS and any(speaker <= other for _, other in found[at + 1:]):
                mark(lines[i], BOILERPLATE, REPEATED_QUOTE)


def _attributed_quotation(line: Line) -> tuple[str, frozenset[str]]:
    """The words of the quotation ``line`` gives with its speaker after it, lower case, and the words naming
    the speaker (the verb of saying left out: "said" and "told" name no one); or "" and none."""
    if line.kind != BODY or line.sentences != 1 or line.flat[0] not in _OPEN_QUOTES:
        return "", frozenset()
    shape = _QUOTE_THEN_SPEAKER.match(line.flat)
    if not shape or not REPORTED_SPEECH.search(shape.group(2)) or len(shape.group(2).split()) > _ATTRIBUTION_WORDS:
        return "", frozenset()
    words = WORD.findall(shape.group(1).casefold())
    if len(words) < _PULL_QUOTE_CLAUSE_WORDS:
        return "", frozenset()
    speaker = frozenset(word for word in WORD.findall(shape.group(2).casefold())
                        if not REPORTED_SPEECH.fullmatch(word))
    return " ".join(words), speaker


def _mark_attribution(lines: list[Line], i: int) -> None:
    """The short unpunctuated line under pull quote ``i`` names who said it, unless it heads what follows:
    a heading of the markup, or a live blog's next post time ("1h ago", "13:50 BST")."""
    after = lines[i + 1] if i + 1 < len(lines) else None
    if (after is not None and after.kind == BODY and not after.terminal and 0 < after.words <= _ATTRIBUTION_WORDS
            and not after.marked_heading and date_line(after.flat) != "dateline"):
        mark(after, BOILERPLATE, PULL_QUOTE)


def _quotation_words(line: Line, *, clipped: bool) -> list[str]:
    """The words of the quotation ``line`` sets apart: the whole line (``_is_quotation``), or the line up to
    the dash that names its speaker ('"Our members have been pushed to breaking point." – Jo Grady, general
    secretary', the attribution run into the quotation's line); none for any other line."""
    if _is_quotation(line, clipped=clipped):
        return line.tokens
    dash = _speaker_dash(line.flat)
    if dash is None:
        return []
    quotation = line.flat[:dash.start() + 1]
    words = len(line.tokens) - len(WORD.findall(line.flat[dash.end():]))
    sentences = sum(1 for opener in line.openers if opener < words)
    terminal = quotation.rstrip(LINE_END_CLOSERS)[-1:] in _FINAL_MARKS
    if not _quotation_shape(quotation, words, sentences, terminal=terminal, clipped=clipped):
        return []
    return line.tokens[:words]


def quotation_speaker(line: Line) -> str:
    """The speaker named after a dash on a quotation's own line ('"..." – canal pilot Omar Hadid' gives
    "canal pilot Omar Hadid"), or "": a name, no claim of the story, whether or not the quotation is."""
    if line.sentences < 2 or not _quotation_words(line, clipped=True):
        return ""
    dash = _speaker_dash(line.flat)
    return line.flat[dash.end():] if dash else ""


# A closing quotation mark, then a dash and the speaker: '..." – Jo Grady', '...” — the minister'.
_DASH_AFTER_QUOTATION = rx.compile(r"[\"”’'»]\s+[–—-]{1,2}\s*(?=[^\W\d_])")
# The marks that close a quotation each mark opens.
_CLOSES = {'"': '"”', "“": '”"', "„": '“”', "'": "'’", "‘": "’", "«": "»"}
_FINAL_MARKS = (".", "!", "?", "…")


def _speaker_dash(flat: str) -> re.Match | None:
    """The dash between the quotation that opens ``flat`` and the speaker after it: the last dash after a
    mark that closes the quotation's opening mark, followed by a few words and no sentence's end ("– Jo
    Grady, general secretary"; '"..." - and then he left.' goes on with the story)."""
    if flat[0] not in _CLOSES:
        return None
    dashes = list(_DASH_AFTER_QUOTATION.finditer(flat))
    dash = dashes[-1] if dashes else None
    if dash is None or flat[dash.start()] not in _CLOSES[flat[0]]:
        return None
    speaker = flat[dash.end():]
    if (len(speaker.split()) > _ATTRIBUTION_WORDS or speaker.rstrip(LINE_END_CLOSERS)[-1:] in _FINAL_MARKS
            or QUOTES.search(speaker) or not names_someone(speaker)):
        return None
    return dash


def names_someone(speaker: str) -> bool:
    """Do the words after a quotation's dash name who said it?  The first word tells: a name's capital
    ("Jo Grady"), an article or possessive before a role or a name ("the union's general secretary", "a Home
    Office spokesman"), or a role given bare ("spokesperson for the union", "canal pilot Omar Hadid").  A
    word that opens or joins a clause ("and then Labour walked out") goes on with the story, and so does an
    article before anything else ("a deal that later collapsed")."""
    words = [word.strip(_WORD_EDGES) for word in speaker.split()[:_SPEAKER_REACH + 1]]
    words = [word for word in words if word]
    first = words[0].lower() if words else ""
    if not first or first in _CLAUSE_WORDS:
        return False
    if first in _DESCRIBING:
        described = words[1:]
        return bool(described) and (described[0][0].isupper() or _role_ahead(described))
    return words[0][0].isupper() or _role_ahead(words) or _name_ahead(words)


def _role_ahead(words: list[str]) -> bool:
    """Is a role among the first words, with only words that describe it before it ("general secretary",
    "council spokesperson"), no word that ties on a clause or a phrase ("a deal for the minister")?"""
    for word in words[:_SPEAKER_REACH]:
        lower = word.lower()
        if lower.rsplit("-", 1)[-1] in _SPEAKER_ROLES:  # "vice-chair" too
            return True
        if not _describes(word):
            return False
    return False


def _name_ahead(words: list[str]) -> bool:
    """Is a name of two capitalised words among the first words, after words in lower case that describe
    its bearer ("shipyard welder Omar Hadid")?"""
    for k, word in enumerate(words[:_SPEAKER_REACH]):
        if word[0].isupper():
            return k + 1 < len(words) and words[k + 1][0].isupper()
        if not _describes(word):
            return False
    return False


def _describes(word: str) -> bool:
    """Might ``word`` describe the person named after it ("canal", "general", "union's")?  Not a word of
    a clause's or a phrase's frame, an article, or anything but letters."""
    lower = word.lower()
    return (lower not in _CLAUSE_WORDS and lower not in _LINKING_WORDS and lower not in _DESCRIBING
            and _PLAIN_WORD.fullmatch(word) is not None)


# How far into the speaker's words the role or name is looked for: "canal pilot Omar Hadid", "the union's
# general secretary".
_SPEAKER_REACH = 3
_WORD_EDGES = ",;:()[]\"'“”‘’"
# A word of letters, maybe hyphened or possessive: "union's", "vice-chair".
_PLAIN_WORD = rx.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]*)*")
# Words before a speaker described rather than named: "the minister", "its chief executive".
_DESCRIBING = frozenset("the a an our his her their its".split())
# Words that open a clause or carry one on: after the dash the story goes on ("– and then the talks
# collapsed", "– as Labour walked out", "– which later collapsed").
_CLAUSE_WORDS = frozenset("""and but or nor so yet then which who whom whose that as after before when while
    since until because though although if unless where whereas once now later still even also only just not
    this these those there it he she they we i you""".split())
# Words that tie on a phrase: before them no role was named ("– a deal for the minister").
_LINKING_WORDS = frozenset("of for to in on at by with from into over under about against than".split())
# What a speaker may be, given without a name ("a spokesperson", "the general secretary") or before it
# ("canal pilot Omar Hadid"): one person's part, as a quotation is credited to one person.
_SPEAKER_ROLES = frozenset("""
    spokesperson spokesman spokeswoman secretary minister president chairman chairwoman chair executive ceo
    director manager leader head chief official officer mayor governor senator councillor councilor mp
    lawmaker legislator lawyer attorney solicitor barrister judge prosecutor magistrate professor lecturer
    teacher doctor surgeon nurse paramedic inspector superintendent sergeant constable detective commissioner
    chancellor ambassador envoy diplomat founder owner captain coach pilot analyst economist researcher
    scientist expert adviser advisor aide organiser organizer campaigner activist resident witness survivor
    victim member worker employee representative source commander colonel editor author
""".split())


def _is_quotation(line: Line, *, clipped: bool) -> bool:
    """The whole line in quotation marks: a sentence, or a long clause.  In plain text a short quoted
    phrase without a full stop ("'A tax on big families'") is a subheading quoting the story; with
    ``clipped`` (the markup marks its headings, and not this line) it is a pull quote that dropped the
    full stop ('"We lost everything in about thirty seconds"')."""
    return _quotation_shape(line.flat, line.words, line.sentences, terminal=line.terminal, clipped=clipped)


def _quotation_shape(flat: str, words: int, sentences: int, *, terminal: bool, clipped: bool) -> bool:
    """Is ``flat`` (of ``words`` words and ``sentences`` sentences) a quotation from end to end?"""
    return ((terminal or words >= _PULL_QUOTE_CLAUSE_WORDS or clipped) and words >= _PULL_QUOTE_WORDS
            and sentences <= 2 and flat[0] in _OPEN_QUOTES
            and flat.rstrip(".!?…")[-1:] in _CLOSE_QUOTES and not any(q in flat[1:-1] for q in "\"“”"))


def mark_menus(runs: list[Run], lines: list[Line]) -> None:
    """Three or more one-to-four-word lines stacked in one paragraph: a menu ("Home / News / Sport").

    Paragraphs of one line of one or two words each ("Facebook" / "X" / "Copy link") stack
    too: share buttons copied one to a paragraph, where subheadings have text between them.
    """
    def item(i: int) -> bool:
        line = lines[i]
        return ((line.kind != BOILERPLATE or line.reason in ("site links", "share buttons", "weather box"))
                and line.heading_like and line.words <= 4)

    def button(i: int) -> bool:  # a paragraph of its own, of one or two words
        return (lines[i].words <= 2 and (i == 0 or runs[i - 1].paragraph != runs[i].paragraph)
                and (i + 1 == len(runs) or runs[i + 1].paragraph != runs[i].paragraph))

    stack: list[int] = []
    buttons = False  # every line of the stack is a button: they stack across paragraphs
    for i in range(len(lines) + 1):
        if i < len(lines) and item(i) and stack and (runs[i].paragraph == runs[stack[-1]].paragraph
                                                     or buttons and button(i)):
            stack.append(i)
            buttons = buttons and button(i)
            continue
        if len(stack) >= 3:
            for j in stack:
                if lines[j].kind != BOILERPLATE:
                    mark(lines[j], BOILERPLATE, "navigation links")
            _mark_list_title(runs, lines, stack[0] - 1)
        stack = [i] if i < len(lines) and item(i) else []
        buttons = bool(stack) and button(i)


def _mark_list_title(runs: list[Run], lines: list[Line], i: int) -> None:
    """A short heading-like line right above a menu, in its paragraph, is the menu's title ("Explore more")."""
    if i < 0 or runs[i].paragraph != runs[i + 1].paragraph:
        return
    line = lines[i]
    if line.kind == BODY and line.heading_like and line.words <= 8:
        mark(line, BOILERPLATE, "navigation links")


def mark_captions(runs: list[Run], lines: list[Line]) -> None:
    """A caption's text without its credit, repeated elsewhere, is the image's alt text."""
    captions = set()
    for line in lines:
        if line.reason == "photo caption":
            match = CREDIT_PAREN.search(line.flat)
            if match:
                captions.add(line.flat[:match.start()].strip().casefold())
    if captions:
        for line in lines:
            if line.kind == BODY and line.flat.casefold() in captions:
                mark(line, BOILERPLATE, "photo caption")
    _mark_slash_credits(runs, lines)
    _mark_name_credits(lines)
    # A line without final punctuation right next to a photo credit is its caption,
    # unless it is the first such line of the page: that is the headline above the picture.
    headline = next((i for i, line in enumerate(lines) if line.kind == BODY), -1)
    for i, line in enumerate(lines):
        if line.reason not in IMAGE_CREDIT_REASONS:
            continue
        own_caption = _own_caption(line)
        for j in (i - 1, i + 1):
            if (0 <= j < len(lines) and j != headline and lines[j].kind == BODY
                    and not (_caption_and_credit(line) and _in_a_block(runs, j, apart_from=i))
                    and lines[j].heading_like and lines[j].words >= 4
                    and (own_caption is None or lines[j].flat.casefold() == own_caption.casefold())):
                mark(lines[j], BOILERPLATE, "photo caption")
        if own_caption is not None:
            continue  # the caption is its own: the lines beside it are the story's (or its alt text)
        if i > 0 and (_caption_paragraph(runs, lines, i) or _closes_caption(runs, lines, i)):
            mark(lines[i - 1], BOILERPLATE, "photo caption")


_SLASH_CREDIT_LINE = rx.compile(f"(?:{SLASH_CREDIT})")
# A wire caption ends with where and when the picture was taken: "... in Erzincan, Turkey, March 14, 2024.",
# "... in Kyiv, Ukraine, on Thursday, March 14, 2024.", "... in Lyon, France, 14 March 2024."
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_PLACE_AND_DATE = rx.compile(
    r"[A-Z][\w'’.-]*,?\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}},?|\d{{1,2}}\s+{_MONTH},?)\s+(?:19|20)\d\d\.$"
)


def _mark_slash_credits(runs: list[Run], lines: list[Line]) -> None:
    """"Meridian/Ali Demir" on a line of its own under its caption: the credit and the caption.

    An agency and a name split by a slash may also be a subheading ("Kessel/Lindorf Flood Appeal"),
    so the line above must be a caption: a sentence or two saying where and when the picture was
    taken ("Rescue workers search the rubble ... in Erzincan, Turkey, March 14, 2024."), or a short
    sentence that forms a paragraph with the credit alone.
    """
    for i, line in enumerate(lines):
        if not (i > 0 and line.kind == BODY and line.unpunctuated and line.words <= _CREDIT_WORDS
                and _SLASH_CREDIT_LINE.fullmatch(line.flat)):
            continue
        caption = lines[i - 1]
        if not (caption.kind == BODY and caption.terminal and caption.sentences <= 2
                and 4 <= caption.words <= _CAPTION_WORDS and not caption.speech and not caption.list_item):
            continue
        if _PLACE_AND_DATE.search(caption.flat) or _caption_paragraph(runs, lines, i):
            mark(line, BOILERPLATE, "image credit")
            mark(caption, BOILERPLATE, "photo caption")


# The credit of the picture at the top of a story, a name alone of one word with an apostrophe or an acronym:
# "Christie's", "NASA", "AT&T".  Not a word or words in title case, nor a word in capitals: under a short lead
# they are a subheading ("Background", "Air Defence", "BACKGROUND", "REACTION"), and the lead must not be taken
# for a caption.  An acronym is short, or joined with "&" or full stops; a short word in capitals that heads a
# section ("WATCH", "VIDEO", "FACTS") is no credit.
_CREDIT_NAME = rx.compile(r"[A-Z][\w&.-]*['’]s?|[A-Z][A-Z]{1,4}|[A-Z][A-Z&.-]*[&.][A-Z&.-]*")
_TOP_CAPTION_WORDS = 25
# A subheading's opening words: "Key Points", "What Happened", "The Background" head the story under a short lead.
_SUBHEADING_OPENERS = frozenset("key what why how who when where which the a an our your more latest top watch read live"
                                " related in at on from about inside".split())
# Short words in capitals that head a section and are no acronym: "WATCH", "VIDEO", "FACTS".
_NOT_A_NAME_CREDIT = _SUBHEADING_OPENERS | frozenset(
    "video audio photo photos news also see facts brief intro story quote views map maps".split())


def _mark_name_credits(lines: list[Line]) -> None:
    """A short sentence over a name alone, between the page's furniture above the story and the story's first
    paragraph, is the picture's caption over its credit: "Updated 10:05 PM EDT" / "Paul Gauguin's "Le Jardin des
    Mystères" on view at Christie's in New York." / "Christie's" / "A painting by Paul Gauguin sold for ...".

    The name would pass for a subheading and the caption for the story's lead, so the shape is taken only
    there: the caption is the page's first full sentence, furniture is right above it (a date, a byline, the
    share buttons) and a story paragraph right below the name.
    """
    first = next((i for i, line in enumerate(lines) if line.kind == BODY and line.terminal), None)
    if first is None or not 1 <= first <= len(lines) - 3:
        return
    above, caption, credit, below = lines[first - 1:first + 3]
    if not (credit.unpunctuated and credit.words <= 4 and credit.kind != BOILERPLATE
            and not credit.marked_heading and _CREDIT_NAME.fullmatch(credit.flat)
            and credit.flat.split()[0].casefold() not in _NOT_A_NAME_CREDIT):
        return
    if not (caption.sentences == 1 and 4 <= caption.words <= _TOP_CAPTION_WORDS and not caption.list_item
            and not REPORTED_SPEECH.search(caption.flat)):
        return
    if credit.flat.isupper() and tells_a_deed_done(caption.flat):
        return  # a lead over a subheading in capitals, which may be an acronym too ("TALKS")
    if above.kind == BOILERPLATE and below.kind == BODY and below.terminal:
        mark(credit, BOILERPLATE, "image credit")
        mark(caption, BOILERPLATE, "photo caption")


# A credit that closes its caption, naming who took the picture: "Photograph: Jim Watson/AFP/Getty Images",
# "Credit...Jim Watson/AFP", "PICTURE: BEACON ARCHIVE", "JIM WATSON/AFP via Getty Images", "(Jim Watson/AFP via
# Getty Images)", "Caroline Brandt/Lakeshore Public Radio".  Not "Image source, Getty Images", which stands over
# its caption, nor a gallery's "Photos: ..." or a video's "Video: ..." title.
_CLOSING_CREDIT = rx.compile(
    r"(?i:photo|photograph|picture|pic|image|(?:photo |image )?credit)\s*(?::|\.{2,}|…)\s*\S"
    r"|\([^()]*\S\s?/\s?\S[^()]*\)$"
    r"|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}\s?/\s?[A-Z]"
)
_CREDIT_WORDS = 10
_CAPTION_WORDS = 30


def _closes_caption(runs: list[Run], lines: list[Line], i: int) -> bool:
    """Is line ``i`` a credit under its caption, a full sentence or two ("Lena Okafor of the NTSB
    speaks to reporters in Spokane, Washington, on Wednesday." / "Photograph: Jim Watson/AFP")?

    The credit names who took the picture and is on the next line of the caption's paragraph
    (a credit a blank line below a paragraph may be a picture's own, without a caption).  A
    caption quotes nobody, so a quotation or "..., she said." above a credit stays story.  And
    when a caption-shaped line follows the credit, the credit is that caption's: some pages put
    the credit first ("Photo: OQIM / Timur Karimov." over "Dostlik-2 station on the morning ...").
    """
    credit, caption = lines[i], lines[i - 1]
    if not (credit.words <= _CREDIT_WORDS and _CLOSING_CREDIT.match(credit.flat)
            and runs[i - 1].paragraph == runs[i].paragraph):
        return False
    if not (caption.kind == BODY and caption.terminal and caption.sentences <= 2
            and 4 <= caption.words <= _CAPTION_WORDS and not caption.speech and not caption.list_item):
        return False
    below = lines[i + 1] if i + 1 < len(lines) else None
    return below is None or not (below.reason == "photo caption" or below.kind == BODY and below.heading_like)


# A labelled line that gives its picture's caption and then its credit in brackets: "Photo: The Northern Star
# (Seaboard Wire)", "Picture: Rescuers at the quay on Monday (Jane Doe/Harbour Press)".  Group 1 is the caption.
_LABEL_CAPTION_CREDIT = rx.compile(r"(?i:photo|photograph|picture|pic|image)s?\s*:\s*([^()]+?)\s*\([^()]+\)$")
# Words that may stay in lower case inside a name ("Agence France-Presse", "Jim Watson via Getty").
_NAME_JOINERS = frozenset("and of the de du la via with from for".split())


# Who gave the picture, in words rather than a name: "handout", "police handout", "file photo", "stock
# image via Getty", "supplied by the family", "courtesy of the family", "provided".  Lower case, yet no
# scene described.
_GIVEN_BY = rx.compile(
    r"(?i:courtesy(?:\s+of)?\s+\S.*"
    r"|(?:supplied|provided|submitted|contributed|released)(?:\s+(?:by|via|from)\s+\S.*)?"
    r"|(?:\S+\s+){0,2}?(?:handout|file|pool|stock|archive)(?:\s+(?:photo|photograph|picture|pic|image|footage))?"
    r"(?:\s+(?:via|from)\s+\S.*)?)"
)


def _caption_and_credit(line: Line) -> bool:
    """Is ``line`` a caption's sentence closed by its credit on the same line ("Emergency services at the car
    park. (ABC News: Jane Doe)")?  The picture has its caption already."""
    return line.reason == "photo caption" and line.sentences >= 2 and CAPTION_CREDIT.search(line.flat) is not None


def _in_a_block(runs: list[Run], j: int, *, apart_from: int) -> bool:
    """Is line ``j`` in another paragraph than line ``apart_from``, one of several lines of its own paragraph?
    Beside a picture that has its caption, such a line is the end or the start of a box of lines (the last
    item of a summary: "Key points:" ... "The search resumed on Sunday morning"), no second caption; a line
    alone in its paragraph there may be the picture's button ("View image in fullscreen")."""
    paragraph = runs[j].paragraph
    return paragraph != runs[apart_from].paragraph and any(
        runs[k].paragraph == paragraph for k in (j - 1, j + 1) if 0 <= k < len(runs))


def _own_caption(credit: Line) -> str | None:
    """The caption the credit line carries before its bracketed credit ("Photo: The Northern Star
    (Seaboard Wire)"), if it has one.  Then the story lines beside it are no caption of it: neither the
    sentence above nor the headline over the picture ("Hosepipe ban for 1.4 million as reservoirs fall"
    over "Image: The exposed bed of Colliford Lake (Photo: ...)").  A photographer's name before the
    brackets ("Photo: Jane Doe (Reuters)") is credit only: a caption describes, so it opens with an article
    or has a word in lower case.  Words that say who gave the picture ("Photo: handout (Harbour Police)",
    "Picture: supplied by the family (...)") are credit too, however lower case."""
    shape = _LABEL_CAPTION_CREDIT.match(credit.flat)
    if shape is None:
        return None
    caption = shape.group(1)
    words = caption.split()
    if words[0] in ("The", "A", "An"):
        return caption
    describes = not _GIVEN_BY.fullmatch(caption) and any(
        word[0].islower() and word not in _NAME_JOINERS for word in words)
    return caption if describes else None


def _caption_paragraph(runs: list[Run], lines: list[Line], i: int) -> bool:
    """Is line ``i`` a credit closing a paragraph of two lines, a short sentence and the credit?

    "Jane Doe outside the court on Tuesday." over "Photograph: John Roe/Agency":
    the sentence ends with a full stop, so only this shape marks it, never a
    story line that merely stands next to the credit of the next picture.
    """
    paragraph = runs[i].paragraph
    alone = ((i < 2 or runs[i - 2].paragraph != paragraph)
             and (i + 1 == len(runs) or runs[i + 1].paragraph != paragraph))
    caption = lines[i - 1]
    return (alone and runs[i - 1].paragraph == paragraph and lines[i].words <= 10 and caption.kind == BODY
            and caption.terminal and caption.sentences <= 2 and 4 <= caption.words <= 30)


def mark_bylines(lines: list[Line]) -> None:
    """A bare name ("Jane Smith") next to a dateline is the byline; so is a role under a byline, a name
    with its role or its date under the headline before the story starts, and the line that tells how to
    reach the writer (``_mark_writers_contacts``).

    A name directly above a role ("Jane Smith" / "Health reporter") is a byline
    on its own, and so is a name-and-role line next to a dateline ("Jane Smith
    Health reporter"): both are short unpunctuated lines, headings otherwise,
    so no story sentence is at stake.
    """
    story_starts = next((i for i, line in enumerate(lines) if line.kind == BODY and line.terminal
                         and not _standfirst_under_the_headline(lines, i)), len(lines))
    # A story's filing line stands over the story, and over its comments: in a thread, a name and a time head a
    # reader's comment ("Nana Yaa K. 17 February 2025 at 2:41 pm"), which the comment rules call so.
    filed_above = min(story_starts, next((i for i, line in enumerate(lines) if line.reason == "comment prompt"),
                                         len(lines)))
    for i, line in enumerate(lines):
        if line.kind == BODY and _role_then_date(line):
            mark(line, BOILERPLATE, "byline")  # "Claire Dubois Paris correspondent 12 September 2024"
            continue
        if (line.kind == BODY and i < story_starts and name_then_date(line.flat)
                and _under_the_headline(lines, i, credit_words=0)):  # the date's words make the line no longer
            mark(line, BOILERPLATE, "byline")  # "Lucy Pender 3 June 2024"
            continue
        if line.kind == BODY and i < filed_above and _source_then_date(line):
            mark(line, BOILERPLATE, "dateline")  # "Reuters, Oct 21, 2025 4:35 PM EDT": never the headline
            continue
        if (line.kind == BODY and i < story_starts and _source_alone(line) and _beside_a_dateline(lines, i)
                and _under_the_headline(lines, i, credit_words=line.words)):
            mark(line, BOILERPLATE, "byline")  # "Reuters" between the headline and "18:05, Jul 21 2025"
            continue
        if (line.kind == BODY and i < story_starts and not line.marked_heading and _name_and_outlet(line)
                and not _names_a_box(line) and not _over_a_list(lines, i) and not _named_on_the_page(lines, i)
                and _under_the_headline(lines, i, credit_words=line.words)):
            mark(line, BOILERPLATE, "byline")  # "Nina Shaw, Bucks Today" over the story's first sentence
            continue
        if (line.kind == BODY and i < story_starts and not line.marked_heading
                and (names := _names_in_place(line)) and not _over_a_list(lines, i)
                and _under_the_headline(lines, i, credit_words=line.words)
                and not any(_named_on_the_page(lines, i, name) for name in names)):
            mark(line, BOILERPLATE, "byline")  # "Hannah Brook in London" under the standfirst
            continue
        if not _role(line):
            continue
        if i > 0 and lines[i - 1].reason == "byline":
            mark(line, BOILERPLATE, "byline")  # "Environment correspondent, BBC News"
        elif i < story_starts and _name_and_role(line) and _under_the_headline(lines, i, credit_words=line.words):
            mark(line, BOILERPLATE, "byline")  # "Nadia Ferris, Education Reporter", "Harbourline News live team"
        elif i > 0 and lines[i - 1].kind == BODY and _name(lines[i - 1]):
            mark(lines[i - 1], BOILERPLATE, "byline")
            mark(line, BOILERPLATE, "byline")
        elif any(lines[j].reason == "dateline" for j in (i - 1, i + 1) if 0 <= j < len(lines)):
            mark(line, BOILERPLATE, "byline")
    # The place on a line of its own next to the date ("BENGALURU" / "Updated - April 03, 2025") is part of
    # the dateline, and a name above it is the byline.  Here and below, a line right over a list is the
    # list's title ("KEY FACTS", "Key Points" under the dateline), however like a place or a name it looks.
    for i, line in enumerate(lines):
        if line.kind == BODY and _place(line) and not _over_a_list(lines, i) and any(
                lines[j].reason == "dateline" for j in (i - 1, i + 1) if 0 <= j < len(lines)):
            mark(line, BOILERPLATE, "dateline")
    # Down and then up, so that a name and the outlet under it ("Jane Smith" / "The Daily
    # Post") above a dateline are both found: each step passes the verdict on by one line.
    order = list(range(len(lines)))
    for i in order + order[::-1]:
        line = lines[i]
        if line.kind != BODY or not _name(line) or _over_a_list(lines, i) and _names_a_box(line):
            continue
        if _over_a_credit(lines, i) and not _under_a_headline(lines, i):
            continue  # "Fed Raises Interest Rates" over "By Jane Doe": the headline, however like a name it looks
        neighbours = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if any(n.reason in ("dateline", "byline") for n in neighbours):
            mark(line, BOILERPLATE, "byline")
    _mark_writers_contacts(lines)


# How to reach someone, a sentence of its own: "Dana Whitcomb can be reached at dwhitcomb@ledger.example.", "Jane
# Doe can be contacted at jdoe@post.example or on 555-0142.".  A person named in two or three words and an address;
# an office's hotline ("The council can be reached on 0800 ...") is the story's.
_CONTACT = rx.compile(r"(?:(?P<name>[A-Z][a-z][\w'’-]*(?: [A-Z][\w'’.-]*){1,2})|(?P<writer>(?i:the (?:author|writer"
                      r"|reporter|columnist)))) (?i:can|may) be (?i:reached|contacted|emailed) (?i:at|on|via)"
                      r" [\w.+-]+@[\w-]+(?:\.[\w-]+)+(?: (?i:or|and) [^.!?]{1,40})?\.?")
_CONTACT_MAX_WORDS = 20
# A rank or a title before the name: the officer, official or expert a story's appeal or notice gives, never
# the writer's credit ("Sergeant Amy Lane can be contacted at ...").
_RANKS = frozenset("""
    Sergeant Sgt Detective Det Constable Inspector Officer Superintendent Supt Chief Captain Capt Lieutenant Sheriff
    Deputy Commander Major Colonel General Admiral Dr Doctor Prof Professor Cllr Councillor Mayor Senator Judge
    Justice Minister Governor Father Reverend Rev Sister Brother Mr Mrs Ms Miss Mx
""".split())
# A story's appeal to its readers: "Anyone with information is asked to contact ...", "Witnesses are urged to come
# forward", "Anyone who saw the crash should call 101".
_APPEAL = rx.compile(r"\b(?:anyone|witnesses|members of the public)\b[^.!?]*\b(?:contact|call|ring|phone|email"
                     r"|come forward|get in touch|speak to)\b|\b(?:asked|urged|encouraged|invited) to (?:contact|call"
                     r"|ring|phone|email|come forward|get in touch)\b", re.IGNORECASE)
# The first words of a line, a name, when the line is a writer's bio: "Martin Hale is news editor of ...".
_OPENING_NAME = rx.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,2}(?= )")


def _mark_writers_contacts(lines: list[Line]) -> None:
    """Mark a line that tells how to reach a writer as the byline.  The same words may tell readers how to
    reach a person of the story (a police officer's appeal for witnesses, a council's notice), so the line
    must name the writer (the byline's name, a bio's, or "the author"), or stand where a writer's contact
    stands (beside the byline or a bio, or at the foot after the story) and name no one of the story."""
    contacts = [(i, match) for i, line in enumerate(lines) if line.kind == BODY and line.words <= _CONTACT_MAX_WORDS
                and "@" in line.flat and (match := _CONTACT.fullmatch(line.flat))]
    if not contacts:
        return  # most pages: the page need not be read for its writers
    page = _WritersPage(lines)
    for i, contact in contacts:
        if contact["writer"] or page.reaches_the_writer(i, contact["name"]):
            mark(lines[i], BOILERPLATE, "byline")


class _WritersPage:
    """What a page says of its writers and its story, read once for all its contact lines."""

    def __init__(self, lines: list[Line]) -> None:
        self._lines = lines
        bios = [_a_writers_bio(line) for line in lines]
        self._credits = " | ".join(line.flat for line, bio in zip(lines, bios) if bio or line.reason == "byline")
        self._bios = bios
        story = [i for i, (line, bio) in enumerate(zip(lines, bios)) if line.kind == BODY and not bio]
        # How many story lines give each word: a surname the contact line alone gives is no one of the story's.
        self._story_words = Counter(word for i in story for word in set(lines[i].tokens))
        self._last_story = max((i for i in story if lines[i].terminal and not _CONTACT.fullmatch(lines[i].flat)),
                               default=-1)

    def reaches_the_writer(self, i: int, name: str) -> bool:
        """Is ``name``, whom line ``i`` tells how to reach, the page's writer?"""
        if name.split()[0].rstrip(".") in _RANKS:
            return False
        if re.search(_WHOLE_WORDS.format(re.escape(name)), self._credits):
            return True  # the byline or a writer's bio gives the name
        if self._story_words[name.split()[-1]] > 1:
            return False  # a person of the story, named there too ("Sergeant Lane said ...")
        return self._beside_the_credits(i) or i > self._last_story and self._signed() and not self._after_an_appeal(i)

    def _signed(self) -> bool:
        """Does the page credit a writer (a byline, a bio)?  On a page that credits no one, a contact line at
        its foot is no writer's."""
        return bool(self._credits)

    def _after_an_appeal(self, i: int) -> bool:
        """Does the story line right above line ``i`` ask readers to get in touch ("Anyone with information is
        asked to contact the investigating officer.")?  The contact line under it tells them whom."""
        above = next((self._lines[j] for j in range(i - 1, -1, -1) if self._lines[j].words), None)
        return above is not None and above.kind == BODY and bool(_APPEAL.search(above.flat))

    def _beside_the_credits(self, i: int) -> bool:
        """Is line ``i`` next to the byline or a writer's bio?"""
        return any(self._lines[j].reason in ("byline", "author bio") or self._bios[j]
                   for j in (i - 1, i + 1) if 0 <= j < len(self._lines))


def _a_writers_bio(line: Line) -> bool:
    """Is ``line`` a writer's bio: "Martin Hale is news editor of Tramway & Rail Enthusiast."?"""
    name = _OPENING_NAME.match(line.flat)
    return name is not None and _about_the_writer(line.flat, name.group())


# A byline that names its authors itself, after "By" (or the word in another language) or "Author:".
_CREDITS_BY_NAME = rx.compile(r"(?i:by|par|por|von|di)\s*:?\s+\S|(?i:authors?|words)\s*:\s*\S")


def _over_a_credit(lines: list[Line], i: int) -> bool:
    """Is line ``i`` right above a byline that names its authors itself ("By Jane Doe", "By JANE DOE,
    Reuters")?  The name is on that line, so what stands over it is no part of the credit: a headline
    in title case or capitals ("Wildfires Spread Across California", "TRUMP WINS IOWA CAUCUS") has a
    name's shape, and the page's headline stands over its byline."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    return below is not None and below.reason == "byline" and _CREDITS_BY_NAME.match(below.flat) is not None



def _under_the_headline(lines: list[Line], i: int, *, credit_words: int) -> bool:
    """Is line ``i`` right under the headline, or under the standfirst under it?  The headline is written
    in sentence case, in more words than the credit's ``credit_words`` (``_headline_over``).  Furniture
    already found between them (the date, "Share" and "Save" buttons) stands aside (``_line_above``)."""
    above = _line_above(lines, i)
    if above < 0:
        return False
    if _headline_over(lines[above], credit_words):
        return True
    standfirst = lines[above]
    headline = _line_above(lines, above)
    return (headline >= 0 and standfirst.kind == BODY and standfirst.words <= _STANDFIRST_MAX_WORDS
            and not standfirst.list_item and _headline_over(lines[headline], credit_words))


# The furniture that may stand between the headline and its byline, and how many lines of it: the date and
# the buttons to share, save or listen ("14 October 2026" / "Share" / "Save").  Other furniture (a menu, a
# section's label, a ticker, a notice) parts a line from the headline: what stands under it is no credit.
_BETWEEN_HEADLINE_AND_BYLINE = frozenset({"dateline", "share buttons", "media player"})
_FURNITURE_BETWEEN = 4


def _line_above(lines: list[Line], i: int) -> int:
    """The line over line ``i``, past the date and the buttons between them (at most ``_FURNITURE_BETWEEN``
    lines), or -1 when there is none."""
    j = i - 1
    while j >= 0 and i - 1 - j < _FURNITURE_BETWEEN and lines[j].reason in _BETWEEN_HEADLINE_AND_BYLINE:
        j -= 1
    return j if j >= 0 and lines[j].reason not in _BETWEEN_HEADLINE_AND_BYLINE else -1


def _standfirst_under_the_headline(lines: list[Line], i: int) -> bool:
    """Is line ``i`` a standfirst right under the headline, with its full stop or without: the summary over the
    byline, not the story's start."""
    return (i > 0 and lines[i].words <= _STANDFIRST_MAX_WORDS and not lines[i].list_item
            and _headline_over(lines[i - 1], 0))


def _name_and_role(line: Line) -> bool:
    """"Nadia Ferris, Education Reporter", "Harbourline News live team", "Health reporter": a role, and
    besides it only capitalised words (a name, a desk, an outlet).  A headline has words of its own in
    lower case ("Veteran war correspondent dies aged 92")."""
    if not _role(line) or any(c.isdigit() for c in line.flat):
        return False
    rest = WORD.findall(ROLE.sub(" ", line.flat))
    return bool(rest) and all(word[0].isupper() or word in _NAME_JOINERS for word in rest)


def _under_a_headline(lines: list[Line], i: int) -> bool:
    """Is line ``i``, capitalised word by word, right under a heading written in sentence case ("Half a
    million homes lose power" over "Coastline Times" over "By Daniel Shaw")?  A headline keeps one style
    all through, so the line is no more of it: it is the outlet's name between the headline and its byline.
    The line above must tell more than a kicker does, and in more words than the line: under "Breaking
    news" it is "King Charles Returns" that is the headline."""
    return i > 0 and _headline_over(lines[i - 1], lines[i].words)


def _headline_over(above: Line, words: int) -> bool:
    """Is ``above`` a headline in sentence case, telling more than a kicker does and in more words than
    the ``words`` of the line under it?"""
    return (above.kind == BODY and above.headed and above.words > max(_KICKER_WORDS, words)
            and any(word[0].islower() and word not in _NAME_JOINERS for word in above.flat.split()[1:]))


def _over_a_list(lines: list[Line], i: int) -> bool:
    """Does a list's first item come right under line ``i``?"""
    return i + 1 < len(lines) and lines[i + 1].kind == BODY and lines[i + 1].list_item


# The words of a box's title ("Key points", "KEY FACTS", "What we know so far", "The latest:", "Brexit
# explained"): a person's name over a list is a byline still, and a line that tells the news over it a
# standfirst.
_LABEL_WORDS = frozenset(
    """key main top points facts events takeaways highlights updates developments what we know so far
    the latest at a glance in brief summary need to quick read explained""".split())
# A box's title may ask what its list answers: "What you need to know", "What happened", "What do we
# know?", "How it unfolded", "Why it matters".  A standfirst tells.
_ASKS_WHAT_IT_LISTS = rx.compile(r"(?i:what|why|how|where|when|who|which)\b")
_ARTICLE = frozenset({"the", "a", "an"})


def _label(line: Line) -> bool:
    """Is ``line`` a label, as a box's title is: it ends with a colon, it asks what its list answers,
    or it is made of a label's words?"""
    return (line.flat.rstrip().endswith(":") or _ASKS_WHAT_IT_LISTS.match(line.flat) is not None
            or all(t.lower().strip(":") in _LABEL_WORDS for t in line.tokens))


def _names_a_box(line: Line) -> bool:
    """Is ``line``, capitalised word by word as a name is ("Key Dates", "What We Know"), a box's title and
    no person's name?  It is a label, or it opens with a label's word: a given name is no "Key", "Quick",
    "Main" or "Top", though a surname may be ("Anna Key")."""
    words = [t.lower() for t in line.tokens]
    while words[:1] and words[0] in _ARTICLE:
        words.pop(0)
    return _label(line) or bool(words) and words[0] in _LABEL_WORDS


# "Reuters, Oct 21, 2025 4:35 PM EDT", "Harbour Wire 21 October 2025 16:35": who filed the story (an outlet, an
# agency, a name) in one to four capitalised words, then the full date, year and clock time, and nothing else.
# A headline may carry a date ("Storm hits Oct 21 as ..."), never ends on the year and the time it was filed.
_SOURCE_DATE_WORDS = 16
_SOURCE_NAME_WORDS = (1, 2, 3, 4)
_FILED_YEAR = rx.compile(r"\b(?:19|20)\d\d\b")
_FILED_CLOCK = rx.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b", re.IGNORECASE)


def _source_then_date(line: Line) -> bool:
    """Is ``line`` a source's name and the full date and time it filed ("Reuters-style Wire, Oct 21, 2025
    4:35 PM EDT")?  Cheap tests first: a short line with a year and a clock time in it."""
    if line.words > _SOURCE_DATE_WORDS or not line.flat[:1].isupper():
        return False
    if not (_FILED_YEAR.search(line.flat) and _FILED_CLOCK.search(line.flat)):
        return False
    words = line.flat.split()
    for k in _SOURCE_NAME_WORDS:
        if k >= len(words):
            break
        name = [word.rstrip(",") for word in words[:k]]
        if not all(word[:1].isupper() or word in _NAME_JOINERS for word in name) or any(
                char.isdigit() for word in name for char in word) or any(_date_word(word) for word in name):
            continue
        rest = " ".join(words[k:])
        if _FILED_YEAR.search(rest) and _FILED_CLOCK.search(rest) and date_line(rest) == "dateline":
            return True
    return False


def _date_word(word: str) -> bool:
    return word.strip(",.:").casefold() in DATE_WORDS


_ROLE_DATE_WORDS = 16


def _role_then_date(line: Line) -> bool:
    """"Jane Smith Health reporter April 9, 2025": a name, a role and the date on one line (a page's
    markup set them side by side): two capitalised words open it, the role's word ends what comes before
    the date, and the date ends the line ("Foreign correspondent Jane Roe dies aged 92 on 12 September
    2024" is a headline)."""
    if not (line.unpunctuated and line.words <= _ROLE_DATE_WORDS and line.flat[0].isupper()):
        return False
    words = line.flat.split()
    if not (len(words) > 3 and words[1][:1].isupper()):
        return False
    return any(ROLE.search(words[k - 1]) and not any(c.isdigit() for c in " ".join(words[:k]))
               and date_line(" ".join(words[k:])) == "dateline"
               for k in range(3, len(words)))


def _name(line: Line) -> bool:
    """"Jane Smith": two to four words, all capitalised, no digits, nothing after; or the names of writers who
    share the byline ("Ralph Riegel and Cormac McQuinn")."""
    if not line.unpunctuated or any(c.isdigit() for c in line.flat):
        return False
    if 2 <= line.words <= 4 and all(word[0].isupper() for word in line.flat.split()):
        return True
    return line.words <= _SHARED_BYLINE_WORDS and _names_joined(line.flat)


_SHARED_BYLINE_WORDS = 12
# Names joined as a byline joins them: "Jane Doe, John Roe and Ana Ruiz", "Jane Doe & John Roe".
_NAME_JOINS = rx.compile(r",\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+")


def _names_joined(flat: str) -> bool:
    """Is ``flat`` two or three persons' names, each of two or three capitalised words (``_a_persons_name``),
    joined by commas and a last "and" or "&"?  Topics so joined under a headline have a word alone ("Health
    and Social Care") or end on a place's kind ("Marlow Road and Wycombe Vale")."""
    if " and " not in flat and " & " not in flat:
        return False
    names = _NAME_JOINS.split(flat)
    return 2 <= len(names) <= 3 and all(
        (words := name.split()) and all(word[0].isupper() for word in words) and _a_persons_name(words, alone=True)
        for name in names)


def _source_alone(line: Line) -> bool:
    """"Reuters", "AFP", "Bloomberg": one capitalised word on a line of its own, the name of whoever filed the
    story.  Between the headline and its date it credits the story; a subheading stands in the story, after it
    has begun, and tells more than a word."""
    return (line.unpunctuated and line.words == 1 and not line.marked_heading and line.flat[0].isupper()
            and not any(c.isdigit() for c in line.flat))


def _beside_a_dateline(lines: list[Line], i: int) -> bool:
    return any(lines[j].reason == "dateline" for j in (i - 1, i + 1) if 0 <= j < len(lines))


def _name_and_outlet(line: Line) -> bool:
    """"Nina Shaw", "Nina Shaw, Bucks Today": a name, and perhaps a comma and the outlet's name in capitalised
    words.  Between the headline and the story it is the credit, however like a subheading it is set (in
    bold or italics, say); a line the markup calls a heading ("## Marlow Road, Wycombe Vale") is left to the
    markup."""
    return line.unpunctuated and name_and_outlet(line.flat)


def name_and_outlet(flat: str) -> bool:
    """Is ``flat``, a line without a stop at its end, a name and perhaps a comma and its outlet's name, each
    in capitalised words ("Nina Shaw, The Bucks Herald")?  The name is a person's (``_a_persons_name``): a
    place or a topic set under the headline ("Marlow Road, Wycombe Vale", "Storm Babet") is a subheading."""
    name, comma, outlet = flat.partition(", ")
    if any(c.isdigit() for c in flat) or not _a_persons_name(name.split(), alone=not comma):
        return False
    words = name.split() + outlet.split()
    return (len(outlet.split()) <= _NAME_MAX_WORDS and bool(outlet) == bool(comma) and "," not in outlet
            and all(word[0].isupper() or word in _NAME_JOINERS or word in _NAME_PARTICLES for word in words))


# "Hannah Brook in London", "Jo Roe and Sam Lee in Washington", "Jo Roe in Paris and Sam Lee in Kyiv": a
# writer's credit that says where they filed from.  Each name is a person's (``_a_persons_name``).
_IN_PLACE = rx.compile(r" in (?:The |the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}$")
_CREDIT_JOINERS = rx.compile(r",? and |, | & ")
_IN_PLACE_MAX_WORDS = 14


def _names_in_place(line: Line) -> list[str]:
    """The writers' names of a credit line that says where they are ("Hannah Brook in London"), else none.
    Cheap tests first: a short line without a stop, holding " in "."""
    if not line.unpunctuated or line.words > _IN_PLACE_MAX_WORDS or " in " not in line.flat:
        return []
    if any(c.isdigit() for c in line.flat):
        return []
    names = []
    for part in _CREDIT_JOINERS.split(line.flat):
        place = _IN_PLACE.search(part)
        name = part[:place.start()] if place else part
        words = name.split()
        if not (_a_persons_name(words, alone=True) and all(word[0].isupper() or word in _NAME_PARTICLES
                                                             for word in words)):
            return []
        names.append(name)
    return names if _IN_PLACE.search(line.flat) else []


def _a_persons_name(words: list[str], *, alone: bool) -> bool:
    """May ``words`` be a person's name: two or three words (four beside an outlet's name, or with a
    surname's particle: "Mary Ann de Souza"), none that names a kind of place or of named event?  A place ends on its kind ("Marlow
    Road", "Wycombe Vale"), a storm, an operation or a mountain opens with it ("Storm Babet", "Mount
    Kenya"), and so does a place named with a particle ("Costa del Sol"); no given name is one of the words
    of kinds, and one that opens a place with a particle ("Isla Grant") does so only with its particle."""
    most = _ALONE_NAME_MAX_WORDS if alone and not any(word in _NAME_PARTICLES for word in words) else _NAME_MAX_WORDS
    if not 2 <= len(words) <= most:
        return False
    return not _opens_a_place(words) and words[-1] not in _PLACE_KINDS


def _opens_a_place(words: list[str]) -> bool:
    """"Storm Babet", "Mount Kenya"; "Costa del Sol", "Santa Cruz de Tenerife" (not "Isla Grant")."""
    return words[0] in _NAMED_KINDS or words[0] in _PARTICLE_PLACE_OPENERS and any(
        word in _PLACE_PARTICLES for word in words[1:])


def _named_on_the_page(lines: list[Line], i: int, name: str | None = None) -> bool:
    """Does the page give line ``i``'s name (the words before its comma) elsewhere, as what the story is
    about: in the headline right over it or the standfirst between them (``_headline_and_standfirst``), or
    in a line of the story under it that is not about the writer?  Then it is the place or the topic the
    story is about ("Wycombe Vale, Buckinghamshire" under "Sinkhole opens in Wycombe Vale"; "Aston Clinton"
    over "Firefighters from Aston Clinton ...").  Not searched: the lines over the headline, the masthead
    and the menus that carry the outlet's name, nor the outlet's name at all, since a paper names itself
    in its headlines; nor the furniture already found under it, nor the writer's bio at the foot ("Nina
    Shaw is the local democracy reporter for Bucks Today."), which names the writer as the byline does."""
    name = name or lines[i].flat.partition(", ")[0]
    named = rx.compile(_WHOLE_WORDS.format(re.escape(name)))
    return (any(named.search(line.flat) for line in _headline_and_standfirst(lines, i))
            or any(named.search(line.flat) for line in lines[i + 1:]
                   if line.kind != BOILERPLATE and not _about_the_writer(line.flat, name)))


def _headline_and_standfirst(lines: list[Line], i: int) -> list[Line]:
    """The headline right over line ``i``, and the standfirst between them if there is one: the lines
    ``_under_the_headline`` looks to."""
    above = _line_above(lines, i)
    if above < 0:
        return []
    headline = _line_above(lines, above)
    if headline >= 0 and lines[above].words <= _STANDFIRST_MAX_WORDS and not lines[above].list_item \
            and _headline_over(lines[headline], 0):
        return [lines[headline], lines[above]]
    return [lines[above]]


def _about_the_writer(flat: str, name: str) -> bool:
    """Does ``flat`` open with ``name`` and tell what the writer is or does for the paper ("Nina Shaw is the
    local democracy reporter for Bucks Today.", "Nina Shaw covers courts for ...")?  A person of the story
    may be told the same way; only a newsroom role makes it the writer's."""
    return (flat.startswith(name + " ") and bool(_WRITER_VERB.match(flat, len(name) + 1))
            and bool(ROLE.search(flat)))


# What a writer's bio says of them after their name: "is", "has been", "writes", "covers", "reports", "joined".
_WRITER_VERB = rx.compile(r"(?:is|was|has been|writes|covers|reports|edits|joined)\b")
_NAME_MAX_WORDS = 4
_ALONE_NAME_MAX_WORDS = 3
_WHOLE_WORDS = r"(?<!\w){}(?!\w)"
# The particles of a surname, in lower case between a name's capitalised words: "Mary Ann de Souza",
# "Pieter van den Broek", "Omar bin Said".
_NAME_PARTICLES = frozenset("de du da di del della dos das van von der den ter ten la le bin ibn al".split())
# The last word of a place's name that says what kind of place it is.  Words that are as often surnames
# ("Lane", "Hill", "Green", "Park", "Close", "Hall", "Wood") are left out: "Nina Hill" is a writer.
_PLACE_KINDS = frozenset("""
    Road Street Avenue Drive Crescent Terrace Boulevard Square Vale Valley Estate Station Airport County
    Borough District Province Region Bay Island Islands Harbour Quay Wharf Beach Coast Heights Gardens
    Bridge Reservoir Motorway School College University Hospital Stadium Centre Cathedral
""".split())
# The first word of a named storm, operation or natural place: "Storm Babet", "Hurricane Milton",
# "Operation Yellowhammer", "Mount Kenya", "Lake Malawi"; and the words that open places in the languages
# whose names join their words with a particle, as a surname does: "Costa del Sol", "Villa de Leyva",
# "Puerto de la Cruz", "Sierra de Gredos", "Ciudad del Este", "Santa Cruz de Tenerife", "Porto de Galinhas".
_NAMED_KINDS = frozenset("""
    Storm Hurricane Typhoon Cyclone Tropical Operation Mount Lake River Cape Isle Fort Port Greater Upper
    Lower Rue Calle Avenida Piazza Plaza
""".split())
# The words that open places in the languages whose names join their words with a particle, as a surname
# does: "Costa del Sol", "Villa de Leyva", "Puerto de la Cruz", "Sierra de Gredos", "Ciudad del Este", "Santa
# Cruz de Tenerife", "Porto de Galinhas".  Some are given names too ("Isla Grant", "Sierra Boggess", "Monte
# Reed"), so they open a place only with a particle after them.
_PARTICLE_PLACE_OPENERS = frozenset("""
    Costa Villa Vila Puerto Porto Sierra Serra Ciudad Cidade Playa Praia Isla Ilha Islas Bahía Baía Cabo Punta
    Ponta Lago Laguna Monte Valle Castel Castello Castillo Castelo Borgo Colonia Colónia San
    Santa Santo São Saint Sainte Pueblo Ribeira Río
""".split())
_PLACE_PARTICLES = frozenset("de del da do dos das di della la".split())


def _place(line: Line) -> bool:
    """"BENGALURU", "NEW DELHI,": one or two words in capitals (a longer line in capitals may be a headline)."""
    return line.unpunctuated and 1 <= line.words <= 2 and line.flat.rstrip(",").replace(" ", "").isalpha() \
        and line.flat.isupper()


def _role(line: Line) -> bool:
    """"Health reporter", "Jane Smith Legal affairs correspondent, The Daily Post"."""
    return (line.kind != BOILERPLATE and line.unpunctuated and line.words <= 8
            and line.flat[0].isupper() and bool(ROLE.search(line.flat)))


_QUESTION_WORDS = 12
# A subhead asks plainly, opening with its question word: "What happened?", "Is it safe to fly?", "Has
# this happened before?" ("When I talked to him, did I think ...?" and "Spengler replied, "Didn't ...?"
# are sentences of a story).
_ASKS = rx.compile(r"(?:What|Why|How|When|Where|Who|Whom|Whose|Which|Is|Are|Was|Were|Do|Does|Did|Can|Could|Will"
                   r"|Would|Should|Shall|Has|Have|Had|May|Might|Must)\b")
_QUESTIONS_MIN = 3  # one or two questions on lines of their own are the story asking ("So who pays?")
_ANSWER_WORDS = 4
# Someone answering as "I" or "we", outside quotation marks: an interview's answer.
_FIRST_PERSON = rx.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Oo]ur|[Mm]y)\b")
_QUOTED = rx.compile(r"[\"“][^\"“”]*[\"”]")


def mark_question_subheads(lines: list[Line], markup_headings: bool) -> None:
    """An explainer's questions, each on a line of its own over its answer ("What happened?" /
    "Cascadia Flight 418 took off from Seattle ..."), are its subheadings.

    Only when the page shows the pattern, three such questions or more: a story may ask a
    question or two on a line of its own ("So who pays?", "Was it a penalty?") and go on to
    answer it, and that is story text.  Not in an interview, whose answers speak as "I" or
    "we": its questions are the interviewer's words.  And not where the markup marks headings
    (``markup_headings``): a question it left in a paragraph (an FAQ's "<p><strong>Will
    fares go up?</strong>") is no heading by its author's choice.  A live blog's question over
    one post is that post's title, the page's pattern (``_mark_post_titles_asked_or_exclaimed``).
    """
    _mark_post_titles_asked_or_exclaimed(lines)
    if markup_headings:
        return
    questions = [i for i in range(len(lines) - 1) if _question_line(lines[i]) and _answer(lines[i + 1])]
    if len(questions) < _QUESTIONS_MIN or _interview([lines[i + 1] for i in questions]):
        return
    for i in questions:
        mark(lines[i], HEADING, "subheading")


def _mark_post_titles_asked_or_exclaimed(lines: list[Line]) -> None:
    """A question right under a live blog's post time and over the post's news ("13:30" / "What was
    taken?" / "Among the items taken was ...") is the post's title, as "Reward offered" would be; so is
    an exclamation of a few words ("10:32 a.m. EDT" / "Liftoff!" / "The rocket lifted off ...")."""
    for i in range(1, len(lines) - 1):
        if (lines[i - 1].reason == POST_TIME and (_question_line(lines[i]) or _exclaimed_title(lines[i]))
                and _answer(lines[i + 1])):
            mark(lines[i], HEADING, "subheading")


_EXCLAIMED_TITLE_WORDS = 4


def _exclaimed_title(line: Line) -> bool:
    """"Liftoff!", "Goal!", "We have a winner!": a few words on a line of their own, ending with "!" and
    nobody's quoted words."""
    return (line.kind == BODY and line.sentences == 1 and line.words <= _EXCLAIMED_TITLE_WORDS
            and line.flat.endswith("!") and not line.speech and not line.list_item)


def _question_line(line: Line) -> bool:
    """One short question on a line of its own, opening with its question word: "What did the
    FAA order?".  Not a quotation ('"What do we want?"'), a turn of a transcript or a link's
    label ("Q: ...", "Explainer: ..."), a list's item, or words someone said."""
    flat = line.flat
    return (line.kind == BODY and line.sentences == 1 and line.words <= _QUESTION_WORDS
            and flat.rstrip(LINE_END_CLOSERS).endswith("?") and bool(_ASKS.match(flat)) and ":" not in flat
            and not REPORTED_SPEECH.search(flat))


def _answer(line: Line) -> bool:
    """Prose under a question: a statement ("Experts say yes. ..."), not one more question."""
    return (line.kind == BODY and line.terminal and line.words >= _ANSWER_WORDS
            and not line.flat.rstrip(LINE_END_CLOSERS).endswith("?"))


def _interview(answers: list[Line]) -> bool:
    """Do most answers speak as "I" or "we" (outside quotation marks)?"""
    speaking = sum(bool(_FIRST_PERSON.search(_QUOTED.sub(" ", answer.flat))) for answer in answers)
    return 2 * speaking > len(answers)


def mark_headings(runs: list[Run], lines: list[Line]) -> None:
    """Story lines shaped like headings are subheadings; so is a question standing above the story.

    Once the story has started, a subheading heads a section: the next story
    line (furniture in between, a picture's caption, does not count) is prose
    or a list, or one more heading over them.  A heading-shaped line with no prose under
    it labels the page instead ("Latest", "Sort by Newest", "Chapters").  So does a heading-shaped
    line split into pieces by a bar or a dot, or into two languages by a slash ("18/03/2025 · 4:12pm",
    "Stori blong / Reported by ..."): a heading is one phrase, in the story's language.
    """
    story_started = headline_seen = False
    for i, line in enumerate(lines):
        if line.kind != BODY:
            continue
        if not line.headed and not story_started and headline_seen and _standfirst_over_byline(lines, i):
            mark(line, HEADING, "subheading")
            story_started = True  # the story goes on under the byline: headings from here on head its sections
            continue
        if line.headed or (not story_started and (_question_headline(runs, lines, i) or _marked_standfirst(line))):
            pieces = line.headed and not line.marked_heading and _in_pieces(line.flat)
            if pieces and (story_started or headline_seen):  # above them all, it may be the only headline
                mark(line, BOILERPLATE, "page label")
            elif story_started and line.headed and not _heads_prose(lines, i):
                mark(line, BOILERPLATE, "page label")
            else:
                mark(line, HEADING, "subheading")
                headline_seen = headline_seen or not pieces
        else:
            story_started = True


# A standfirst the markup calls a heading (<h2>, <p class="standfirst">) may run past a heading's length
# ("Regulator says the carmaker was slow to act after 23 injuries; company insists it moved as soon as it
# found the cause"): above the story it is still the summary under the headline, a sentence or two long.
_STANDFIRST_MAX_WORDS = 45


def _marked_standfirst(line: Line) -> bool:
    return line.marked_heading and _summary_shaped(line)


def _standfirst_over_byline(lines: list[Line], i: int) -> bool:
    """Is line ``i``, a sentence or two, the standfirst between the headline right over it and the byline right
    under it ("Daniel Kessler's group wants the Championship within five years. Fans have heard that before." over
    "By Andy Jones")?  The story starts under the byline; what the page sets between headline and byline sums the
    story up, in plain text as in markup (``_marked_standfirst``), attributed or not.  A box's label over the line
    ("Synopsis") is no headline: the heading over it must tell more than a kicker does.

    Only on a page saved with its top, the masthead or the menu over the headline: a page's layout sets the byline
    between its header and the story.  A text that opens with its headline (a draft, a mail, a note) may set its
    lead over the byline, and the lead's figures must be compared."""
    above = lines[i - 1] if i > 1 else None
    return (above is not None and i + 1 < len(lines) and above.kind == HEADING and above.words > _KICKER_WORDS
            and lines[i + 1].reason == "byline" and _summary_shaped(lines[i])
            and any(line.words for line in lines[:i - 1]))


def _summary_shaped(line: Line) -> bool:
    """A paragraph of a sentence or two, no list's item: a standfirst's shape."""
    return line.sentences <= 2 and line.words <= _STANDFIRST_MAX_WORDS and not line.list_item


_HEADING_PIECES = rx.compile(r"\s[|·•●]\s|\s/\s")


def _in_pieces(flat: str) -> bool:
    """Split by a bar, a dot or a slash, and each piece opens as a label does: "Log in | Subscribe",
    "18/03/2025 · 4:12pm" ("Fares rose twice | in March and May" goes on as prose)."""
    pieces = _HEADING_PIECES.split(flat)
    return len(pieces) > 1 and all(piece.strip()[:1] and not piece.strip()[0].islower() for piece in pieces[1:])


def _heads_prose(lines: list[Line], i: int) -> bool:
    """Is the next story line after ``i`` prose or a list, perhaps after one more heading-shaped line?"""
    headings = 0
    for line in lines[i + 1:]:
        if line.kind != BODY:
            continue
        if line.headed and headings == 0:
            headings += 1
            continue
        # "The recalled units are:" is prose too, and so is a list ("• Engineers inspect the dam").
        return line.list_item or not line.headed and (line.terminal or line.words >= 6)
    return False


# A question and its subtitle on one line: "What went wrong on Flight 418? What we know about the engine failure".
_QUESTION_AND_SUBTITLE = rx.compile(r"[^.!?]+\?\s+[A-Z][^.!?]*$")


def _question_headline(runs: list[Run], lines: list[Line], i: int) -> bool:
    """"Who is Andrei Medvedev?" above the story: a headline, though it ends with "?".  So is a
    question with its subtitle after it, which has no final punctuation ("What went wrong on
    Cascadia Flight 418? What we know about the engine failure and the FAA order")."""
    line = lines[i]
    alone = i + 1 == len(lines) or runs[i + 1].paragraph != runs[i].paragraph
    if not (alone and line.flat[0].isupper()):
        return False
    if line.sentences == 2:
        return line.words <= HEADING_MAX_WORDS and bool(_QUESTION_AND_SUBTITLE.match(line.flat))
    return line.sentences == 1 and line.flat.rstrip(LINE_END_CLOSERS)[-1:] in "?!" and line.words <= 15


_STRIP_SEPARATOR = rx.compile(r"\s[|·•›»]\s")


def name_headings(lines: list[Line]) -> None:
    """The headline is the longest heading before the story starts (or the heading right above
    it, or right above the byline over it, when the longest is the standfirst under the headline
    and its byline).  Heading-shaped lines above
    it label the page: the site's name or motto, a kicker, a score or price strip."""
    top = []
    for i, line in enumerate(lines):
        if line.kind == BODY:
            break
        if line.kind == HEADING:
            top.append(i)
    if not top:
        return  # the text opens with its lede: every heading is a subheading
    # A line of items split by bars or dots ("Now on air: ... · Next: ...") is a strip, not a headline.
    candidates = [i for i in top if not _STRIP_SEPARATOR.search(lines[i].flat)] or top
    longest = max(lines[i].words for i in candidates)
    headline = [i for i in candidates if lines[i].words == longest][-1]  # of equals, the one nearest the story
    if headline - 1 in candidates and not _kicker(lines[headline - 1], longest):
        headline -= 1  # the longest was the standfirst under the headline
    else:
        headline = _headline_over_byline(lines, candidates, headline, longest)
    title = headline
    if _live_title(lines[headline]) and headline + 1 in candidates and _live_headline(lines[headline + 1]):
        lines[title].reason = LIVE_PAGE_TITLE
        headline += 1
    lines[headline].reason = "headline"
    for i in top:
        if i < title:
            mark(lines[i], BOILERPLATE, "above the headline")
        elif i > headline and _titles_a_list(lines, i):
            lines[i].reason = LIST_TITLE


# A headline sits over its byline, and some pages set the standfirst under the byline ("Russian mercenary turns
# up in Oslo asking for protection" / "By Staff Writer" / "Andrei Medvedev, who fought in Ukraine, says ...").
# A line over the byline this long is no kicker nor section label ("EXCLUSIVE", "U.S. News", "Markets | Tech").
_HEADLINE_OVER_BYLINE_WORDS = 6
_UNDER_THE_HEADLINE = ("byline", "dateline")


def _headline_over_byline(lines: list[Line], candidates: list[int], longest_at: int, longest: int) -> int:
    """The headline, when the longest heading ``longest_at`` is the standfirst under the byline: the
    heading right over the byline (and its dateline), if it is shaped as a headline, else ``longest_at``."""
    i = longest_at - 1
    while i >= 0 and lines[i].kind == BOILERPLATE and lines[i].reason in _UNDER_THE_HEADLINE:
        i -= 1
    if i == longest_at - 1 or i not in candidates:
        return longest_at
    line = lines[i]
    shaped = (line.sentences == 1 and line.words >= _HEADLINE_OVER_BYLINE_WORDS
              and line.flat.rstrip(LINE_END_CLOSERS)[-1:] not in ".…")
    return i if shaped and not _kicker(line, longest) and not _live_title(line) else longest_at


LIST_TITLE = "list title"
# "Key points", "KEY FACTS", "What we know so far": a box's title is a label of a few words.  A standfirst
# says what happened, in a clause of its own ("Coast guard says 19 people died ...", "Dozens feared dead
# after storm"), whatever follows it.
_LIST_TITLE_WORDS = 5
# Under this many words a title and a claim are alike in length: a title names its list ("Key dates",
# "Timeline", "In numbers", "Catch up", "Live: key events"), a claim tells the news with a figure ("19
# dead") or a verb of news after its subject (``_verb_of_news``: "Storm kills dozens", "Hundreds
# evacuated", "Three missing").  From this many words on, a line over a list is a title only if it reads
# as a label (``_label``).
_CLAIM_LEAST_WORDS = 4
_FIGURE = rx.compile(r"\d")
# A verb that tells the news in a line this short: a fate ("kills", "dead", "missing", "arrested"), a
# participle said of whom or what it happened to ("Hundreds evacuated", "Man charged", "Flights cancelled",
# "Bridge reopened"; a box's title names its list in its last word instead: "Your questions answered",
# "Flood warnings issued", see ``_NAMES_A_LIST``), or a verb in "-s" with its object or place after it
# ("Storm hits Cornwall").  A plural noun ends as that verb does, and a title's plurals stand anywhere in
# it ("Paris Olympics results", "Election results timeline"), so the verb is one of the few that
# headlines tell news with.
_PARTICIPLE = rx.compile(r"[a-z]{3,}(?<!e)ed")
_HEADLINE_VERBS = frozenset("""
    hits strikes sinks wins loses beats quits resigns faces warns slams backs rejects approves halts rocks
    sparks vows urges bans cuts raises rises falls jumps drops signs leaves joins sues blocks denies admits
    unveils launches threatens hails blames defends lashes batters grips shuts escapes returns tops nears
    reaches passes ends opens closes seeks calls says plans storms floods hikes axes scraps wrecks destroys
""".split())
# The last word of a box's title names what its list holds ("Election results timeline", "Your questions
# answered", "Cup final reaction"), or says the list was put out or drawn up ("Flood warnings issued",
# "Myths debunked", "Lessons learned"): a claim ends on what happened, or to whom.
_NAMES_A_LIST = frozenset("""
    timeline timelines results answered explained guide dates numbers figures facts reaction recap
    standings table fixtures schedule highlights glossary profile questions updates
    issued debunked learned learnt
""".split())
# What a participle is not said of: a pronoun, an article or an adverb ("What we learned", "Just added",
# "Recently updated").  Any other word before it is whom or what the news happened to.
_NO_SUBJECT = frozenset("""
    a an the this that these those it its we you they i he she our your their my his her what who which how
    has have had is are was were be been being not never just also most more so too very recently newly
    already now still
""".split())


def _titles_a_list(lines: list[Line], i: int) -> bool:
    """Is the heading ``i`` under the headline the title of the list right under it (a live blog's "Key
    points", a "What we know so far" box)?  The list's items are the story, summed up; its title is no
    standfirst, which sums the story up itself.  A title is a label, or too short to tell the news."""
    line = lines[i]
    return line.words <= _LIST_TITLE_WORDS and _over_a_list(lines, i) and (_label(line) or _too_short_for_a_claim(line))


def _too_short_for_a_claim(line: Line) -> bool:
    return line.words < _CLAIM_LEAST_WORDS and not _FIGURE.search(line.flat) and not _verb_of_news(line)


def _verb_of_news(line: Line) -> bool:
    """Does a word after the first (the subject) tell what happened?  A label's words tell nothing:
    "Key moments", "Brexit explained", "Rail strikes timeline"."""
    words = [token.lower() for token in line.tokens]
    if not words or words[0] in _LABEL_WORDS or words[-1] in _NAMES_A_LIST:
        return False
    return any(word not in _LABEL_WORDS and (fate_of(word) or _said_of_a_subject(words, i)
                                             or (i < len(words) - 1 and word in _HEADLINE_VERBS))
               for i, word in enumerate(words) if i)


def _said_of_a_subject(words: list[str], i: int) -> bool:
    """Is ``words[i]`` a participle said of the people or things named just before it ("Hundreds
    evacuated", "Two men charged", "Flights cancelled", "Power restored")?"""
    return _PARTICIPLE.fullmatch(words[i]) is not None and words[i - 1] not in _NO_SUBJECT


LIVE_PAGE_TITLE = "live blog"


def _live_title(line: Line) -> bool:
    return bool(LIVE_TITLE.search(line.flat))


def _live_headline(line: Line) -> bool:
    """The headline a live page sets under its title ("Harbour City win the Cup with a 104th-minute
    winner"): a heading of its own, not a post's time and title nor a label ("Key events")."""
    return line.unpunctuated and line.words > _KICKER_WORDS and not _POST_TIME_FIRST.match(line.flat)


# "08:25  Woman found alive", "2.15pm Roads closed": a key event's link, its post's time first.
_POST_TIME_FIRST = rx.compile(r"^\d{1,2}[:.]\d{2}\b|^\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?\s", re.IGNORECASE)


# A section label or kicker over the headline is a few words ("Breaking news", "World news", "Storm latest").
_KICKER_WORDS = 4
# A label of a few words over a heading at least this many times longer is a kicker
# ("Election 2024" over "Mayor Reyes wins second term with 52.3% of vote"), not a headline
# over its standfirst: a headline over a standfirst is rarely so short beside it.
_SHORT_KICKER_WORDS = 2
_KICKER_RATIO = 3


def _kicker(line: Line, longest: int) -> bool:
    """A label over the headline: in capitals ("ISRAEL-HAMAS WAR", "TRANSFERS"), or a few words
    over a far longer heading ("Election 2024", "U.S. News"), or a section's name ("Latest World News").
    Words are counted as the page shows them: "U.S." is one word, not two, and "&" none.  A live page's
    title ("LIVE  Netherlands news") heads the page as a headline does."""
    if line.words <= _KICKER_WORDS and not any(char.islower() for char in line.flat):
        return True
    shown = [word for word in line.flat.split() if any(char.isalnum() for char in word)]
    if not shown or _live_title(line):
        return False
    if longest < _KICKER_RATIO * len(shown):
        return False
    return len(shown) <= _SHORT_KICKER_WORDS or (len(shown) <= _SECTION_LABEL_WORDS
                                                 and shown[-1].casefold() in _SECTION_NAMES)


# A section's label names its desk last: "U.S. News", "Latest World News", "Local Sport".
_SECTION_LABEL_WORDS = 3
_SECTION_NAMES = frozenset("news sport sports politics business opinion culture technology tech health science".split())


def mark_related_blocks(runs: list[Run], lines: list[Line]) -> None:
    """The link titles and teasers under a "Related articles" heading.

    A title may end with "?" ("Deadline day: when does the window close?"): a
    one-sentence question right under a link title is one more title if it is in
    the same paragraph or another title follows it (under the title or under its
    label: "Published 3 days ago"); a question paragraph of its own, with prose
    after it, would start the story again.  So does a subheading
    of the story's own, shaped unlike the titles above it (``_story_subhead``),
    a paragraph over a paragraph of the story (``_story_below``), and an item of
    the story's own list (``_story_item``).  The title of a ranked list ("Most
    read", "The most popular") heads no block when it heads the story's own text
    (``_ranks_the_story``), nor does a section's "More ..." label that heads it (``_heads_the_story``).
    """
    in_block = False
    last_link = -1  # the block's last title (or its heading)
    for i, line in enumerate(lines):
        if line.reason == "related articles" and _heads_the_story(lines, i):
            mark(line, BODY, "")  # "What's trending" over prose, "The most popular" over a poll: left to mark_headings
            in_block = False
            continue
        if line.reason == "related articles" or _tags_follow(line):
            in_block, last_link = True, i
            continue  # "Topics" alone: the tags follow, one a line
        if not in_block:
            continue
        if line.kind == BOILERPLATE:
            if line.reason == "related link":
                last_link = i  # marked on the first pass
            elif line.reason == FOOTER:
                in_block = False  # a mailing's footer under its reading list: the rest is the footer's
            continue  # labels, repeats, off-story teasers: still the block
        if _story_subhead(runs, lines, i, last_link) or _announces_list(line) or _story_item(lines, i):
            in_block = False  # left to mark_headings, or to keep_announced_lists
        elif (not line.terminal and line.words <= HEADING_MAX_WORDS) or line.teaser or line.words <= 3:
            mark(line, BOILERPLATE, "related link")  # a title, a cut-off teaser, a label ("Live.")
            last_link = i
        elif (line.sentences == 1 and line.words <= 15 and line.flat.rstrip(LINE_END_CLOSERS).endswith("?")
              and _under_title(lines, i, last_link)
              and (runs[i].paragraph == runs[i - 1].paragraph or _title_next(lines, i)
                   or _next_item_of_the_links(lines, i))):
            mark(line, BOILERPLATE, "related link")
            last_link = i
        elif line.foreign_share <= BLOCK_SHARE and not _story_below(lines, i):
            mark(line, BOILERPLATE, OFF_STORY)
        else:
            in_block = False


def _tags_follow(line: Line) -> bool:
    """Is ``line`` a tag list's label standing alone ("Topics", "Related topics", "Tags:"), its tags on the lines
    under it?  A label with its tag after the colon ("Topic: Floods") is the whole list: the line under it is
    the page's own (the headline, under a news site's topic label), no tag."""
    return line.reason == "topic tags" and line.words <= 2 and not _TAG_AFTER_LABEL.search(line.flat)


_TAG_AFTER_LABEL = rx.compile(r":\s*\S")


# A list's item: its bullet or number taken off ("• 1. Keir Starmer, 34 per cent" -> "Keir Starmer, 34 per cent").
_ITEM_MARKER = rx.compile(r"^(?:[-*+•·–—]\s*)?(?:\d{1,3}[.)]?(?:\s+|$))?")
# A fact's value closing an item, after a comma, a colon or a spaced dash: "Keir Starmer, 34 per cent",
# "Rishi Sunak: 31%", "Baby Shark Dance – 14 billion views", "Kenya, $1.2bn".  A headline's figure stands
# amid its clause ("Gor Mahia beat AFC Leopards 2-1 in derby", "Zloty hits strongest level since 2018").
_VALUE_ITEM = rx.compile(r"(?:,|:|\s[–—-])\s*[^\w\s]{0,2}\d[\d,.]*\s*(?:%|[a-z]{1,3}\b)?(?:\s+[a-z]+){0,3}$")
_ITEMS_SEEN = 8  # lines under a ranked list's title read for its items
_NAME_WORDS = 1  # "Olivia", "Noah": a ranking of names; "Ukraine war", "Taylor Swift" may be a site's topic bar
_HEADLINE_MIN_WORDS = 6  # a site's headline has more words than "The new mayor" or "Super Eagles squad"


def _heads_the_story(lines: list[Line], i: int) -> bool:
    """Does the block's title at ``i`` head the story's own text?  A ranked list's title is read by its
    items (``_ranks_the_story``); a "More ..." label by what is right under it: prose or the story's own
    list ("More Rain Expected" is a subheading), not link titles ("More Premier Division")."""
    flat = lines[i].flat
    if RANKED_TITLE.search(flat):
        return _ranks_the_story(lines, i)
    return MORE_SECTION.search(flat) is not None and (_story_below(lines, i)
                                                      or i + 1 < len(lines) and _story_item(lines, i + 1))


def _ranks_the_story(lines: list[Line], i: int) -> bool:
    """Does the title of a ranked list at ``i`` ("Most read", "The most popular", "What's trending")
    head the story's own text rather than the site's links to its other stories?

    The title's words decide nothing alone (a site titles its list "Most read:", "Most read this year"
    or "Most read on BBC News" too); its items must show it.  It heads story prose ("What's trending"
    as a subheading), or the story's own list (lower-case items, ``_story_item``), or items that are
    facts, every one: each closes on a figure, the value of what it names ("Keir Starmer, 34 per
    cent", "Baby Shark Dance, 14 billion views"), or is one word, a name ("Olivia").  A headline
    carries figures in its clause ("Council tax bills set to rise by 5 per cent"), which do not count,
    and a site's list may hold a value-shaped headline or two ("Covid: 5 new cases", "Gold rate, 22
    carat") among the others.  Under a title that names a year or a platform ("Top 10 stories of the
    year", "Trending topics on X"), items all shorter than headlines ("The new mayor") are the story's
    ranking too.  Lines the cues already called furniture ("2 hours ago") and bare item numbers are no
    items; prose, or an unmarked line after marked items, ends them."""
    if _story_below(lines, i) or i + 1 < len(lines) and _story_item(lines, i + 1):
        return True
    items = facts = short = 0
    marked = False  # the items carry bullets or numbers: a line without one ends the list
    for line in lines[i + 1:i + 1 + _ITEMS_SEEN]:
        if line.kind != BODY:
            continue  # furniture ("2 hours ago")
        if line.terminal or line.words > HEADING_MAX_WORDS or marked and not line.list_item:
            break  # prose, or a subheading after the list: the list is over
        marked = marked or line.list_item
        item = _ITEM_MARKER.sub("", line.flat, count=1)
        if not item:
            continue  # "1" on a line of its own
        words = len(item.split())
        items += 1
        facts += bool(_VALUE_ITEM.search(item)) or words <= _NAME_WORDS
        short += words < _HEADLINE_MIN_WORDS
    if items < 2:
        return False  # one line is no list to judge
    world = WORLD_RANKING.search(lines[i].flat)
    return facts == items or bool(world) and short == items


def _announces_list(line: Line) -> bool:
    """A sentence ending in a colon ("The changes agreed on Tuesday:") announces the story's own list;
    no link's title ends so (as ``furniture_rows.keep_announced_lists`` reads it)."""
    return line.words >= 3 and line.flat.endswith(":") and any(word[0].islower() for word in line.tokens)


_STORY_PROSE_WORDS = 8  # as much as a story paragraph has (furniture_offstory._STORY_PARAGRAPH_WORDS)


def _story_below(lines: list[Line], i: int) -> bool:
    """Is the line under ``i`` a paragraph of the story: prose that is no teaser (the off-story check
    does not call it foreign)?  A teaser under a link's title has the next title under it, or the
    page's furniture; a story paragraph after a list pasted amid the story has more story under it
    (as ``furniture_offstory`` spares a paragraph amid the story)."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    return (below is not None and below.kind == BODY and below.terminal and below.words >= _STORY_PROSE_WORDS
            and not below.teaser and below.foreign_share > BLOCK_SHARE)


def _story_subhead(runs: list[Run], lines: list[Line], i: int, last_link: int) -> bool:
    """Is line ``i``, heading-shaped, the story's own subheading right after a list of link titles?

    It heads prose that is no teaser (a paragraph the off-story check does not call foreign), or a
    list of the story's own ("Key changes" over "• a new access road"), and it is shaped unlike the
    titles above it: they carry bullets or numbers and it does not
    ("• What off-plan buyers should check" over "'A clear breach'"), the markup calls it a heading
    and not them (an <h2> after an <ol>), or they run on in one paragraph and it opens a new one.
    A line shaped like the titles is one more title, whatever follows it."""
    line = lines[i]
    if not (line.headed and last_link == i - 1 and i >= 2 and lines[last_link].reason == "related link"
            and (_story_below(lines, i) or i + 1 < len(lines) and _story_item(lines, i + 1))):
        return False
    link = lines[last_link]
    new_paragraph = (runs[last_link].paragraph == runs[last_link - 1].paragraph
                     and runs[i].paragraph != runs[last_link].paragraph)
    return link.list_item and not line.list_item or line.marked_heading and not link.marked_heading or new_paragraph


def _story_item(lines: list[Line], i: int) -> bool:
    """Is line ``i`` an item of the story's own list, going on from the sentence over it ("• a new
    access road", "- no deliveries at night")?  It opens in lower case, and so does the item next to
    it, or a sentence ending in a colon announces it: a link's title opens in lower case now and then
    ("• e-scooter ban comes into force", "• de Klerk statue removed", "• iPhone 16 review"), one among
    capitalised titles."""
    if not _lower_item(lines[i]):
        return False
    return (i >= 1 and (_lower_item(lines[i - 1]) or _announces_list(lines[i - 1]))
            or i + 1 < len(lines) and _lower_item(lines[i + 1]))


def _lower_item(line: Line) -> bool:
    """A list item opening with a lower-case word ("• 8th Pay Commission: ..." opens with a figure)."""
    if line.kind != BODY or not line.list_item:
        return False
    item = _ITEM_MARKER.sub("", line.flat, count=1).split()
    return bool(item) and item[0][0].isalpha() and item[0].islower()


def _under_title(lines: list[Line], i: int, last_link: int) -> bool:
    """Does line ``i`` come right under the block's heading or last link title, or under only the
    furniture that goes with that title (its date, "Published 3 days ago"; its label, "Video")?"""
    return (lines[last_link].reason in ("related link", "related articles")
            and all(lines[j].kind == BOILERPLATE for j in range(last_link + 1, i)))


def _next_item_of_the_links(lines: list[Line], i: int) -> bool:
    """Is line ``i`` an item of the list whose item above it is a link title ("- [Texas measles outbreak tops
    400 cases](...)" / "- [How contagious is measles?](...)")?  The last item of a list of links has no title
    after it to show it is one."""
    return lines[i].list_item and lines[i - 1].list_item and lines[i - 1].reason == "related link"


def _title_next(lines: list[Line], i: int) -> bool:
    """Is the line after ``i`` one more link title (short, no final punctuation)?"""
    return i + 1 < len(lines) and not lines[i + 1].terminal and lines[i + 1].words <= HEADING_MAX_WORDS


# The buttons under a reader's comment, and only there: "Share" and "Like" also stand under a story's lede.
_COMMENT_CONTROLS = frozenset({"reply", "report", "respond", "flag"})
_COMMENT_BUTTONS = rx.compile(r"[\s|·•]+")
_BUTTON_ROW_WORDS = 5  # "Reply  Like (14)", "Reply · Report · 👍 3"
# The line over a reply names the comment it answers.
_REPLYING_TO = rx.compile(r"^(replying to|in reply to|reply to)\s+\S+$", re.IGNORECASE)


def mark_comments(lines: list[Line]) -> None:
    """A reader's comment: story-shaped text between the time it was posted ("2 hours ago")
    and its buttons ("Reply", "Reply | 👍 12", "Reply  Like (14)"), and the commenter's name
    over the time ("Replying to ..." over a reply's name).  A story paragraph never stands
    over a lone "Reply".  Without buttons, the line under a header of name and time is the comment."""
    mark_comments_under_headers(lines)
    for i in range(1, len(lines) - 1):
        line = lines[i]
        # The buttons first: the cheaper test.
        if line.kind == BODY and _comment_buttons(lines[i + 1]) and _posted_time(lines[i - 1]):
            mark(line, BOILERPLATE, "reader comment")
            if lines[i - 1].kind != BOILERPLATE:
                mark(lines[i - 1], BOILERPLATE, "reader comment")  # the name and the time on one line
            name = lines[i - 2] if i >= 2 else None
            if name is not None and name.kind != BOILERPLATE and name.unpunctuated and name.words <= 3:
                mark(name, BOILERPLATE, "reader comment")
            if i >= 3 and _REPLYING_TO.match(lines[i - 3].flat):
                mark(lines[i - 3], BOILERPLATE, "reader comment")


def mark_comments_under_headers(lines: list[Line]) -> None:
    """The line under a comment's header ("ShedEnder · 11 hours ago") is the comment."""
    for header, comment in zip(lines, lines[1:]):
        if (header.reason == "reader comment" and comment.kind == BODY and comment.words <= _COMMENT_WORDS
                and _COMMENT_HEADER_ALONE.match(header.flat)):
            mark(comment, BOILERPLATE, "reader comment")


_COMMENT_HEADER_ALONE = rx.compile(COMMENT_HEADER + r"\W*$", re.IGNORECASE)
_COMMENT_WORDS = 80


def _posted_time(line: Line) -> bool:
    """A dateline, though every comment's "2 hrs ago" after the first is also a repeated line;
    or the commenter's name with it ("Nnamdi_Coal_City · 2 hours ago")."""
    if line.reason in ("dateline", "reader comment"):
        return True
    if line.reason == "repeated line" and date_line(line.flat) == "dateline":
        return True
    if line.kind == BOILERPLATE or line.terminal and not line.flat.endswith(("a.m.", "p.m.")):
        return False
    pieces = BAR_SEPARATOR.split(line.flat)
    if len(pieces) == 2:
        return len(pieces[0].split()) <= 3 and date_line(pieces[1]) == "dateline"
    # No separator: "Nana Yaa K. 17 February 2025 at 2:41 pm".
    words = line.flat.split()
    return any(date_line(" ".join(words[k:])) == "dateline" for k in range(1, min(4, len(words))))


def _comment_buttons(line: Line) -> bool:
    if line.words > _BUTTON_ROW_WORDS:
        return False
    return _COMMENT_BUTTONS.split(line.flat.casefold().strip())[0].strip(".") in _COMMENT_CONTROLS


_PITCH_SENTENCES = 3
_PITCH_WORDS = 50


_ADVERT_LABEL_WORDS = 3
_PITCH_RUNS = 2
_TO_YOU = rx.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)


def mark_advert_blocks(runs: list[Run], lines: list[Line]) -> None:
    """An advert's button closes its block: a title, perhaps a short pitch, the button ("Get your
    Bobcats tickets" / "Cheer on the Cats ... available now." / "BUY NOW").  A story paragraph has
    no button under it, and no quotation is a pitch.  An advert's label opens its block, too: see
    ``_mark_labelled_pitches``."""
    _mark_labelled_pitches(runs, lines)
    for i in range(1, len(lines)):
        if lines[i].reason != CALL_TO_ACTION:
            continue
        above = lines[i - 1]
        if above.kind == BODY and above.heading_like:
            mark(above, BOILERPLATE, "advertisement")  # the title right over its button
        elif (i >= 2 and above.kind == BODY and lines[i - 2].kind == BODY and lines[i - 2].heading_like
                and above.sentences <= _PITCH_SENTENCES and above.words <= _PITCH_WORDS and not above.speech):
            mark(lines[i - 2], BOILERPLATE, "advertisement")
            mark(above, BOILERPLATE, "advertisement")


def mark_sandwiched(lines: list[Line]) -> None:
    """A label of a word or three between two pieces of furniture ("Copy link") is furniture too."""
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if (line.kind != BOILERPLATE and line.unpunctuated and line.words <= 3
                and lines[i - 1].kind == BOILERPLATE and lines[i + 1].kind == BOILERPLATE):
            mark(line, BOILERPLATE, "page furniture")


def _mark_labelled_pitches(runs: list[Run], lines: list[Line]) -> None:
    """The pitch under an advert's label, in the label's paragraph ("SPONSORED" / "Sail further with
    Carrow Marine. Get 20% off your first year of cover. Terms apply."): a sentence or three
    that speak to the reader and close the paragraph.  The label alone says "advert"; the story after
    an "Advertisement" slot opens a paragraph of its own, or goes on past the pitch's length."""
    for i, line in enumerate(lines):
        if not (line.reason == "advertisement" and line.unpunctuated and line.words <= _ADVERT_LABEL_WORDS):
            continue
        block = [j for j in range(i + 1, min(i + 1 + _PITCH_RUNS + 1, len(lines))) if runs[j].paragraph == runs[i].paragraph]
        if not block or len(block) > _PITCH_RUNS or block[-1] + 1 < len(runs) and runs[block[-1] + 1].paragraph == runs[i].paragraph:
            continue
        pitch = [lines[j] for j in block]
        # The pitch may ask the reader to act ("Get 20% off your first year"): under the label it is the advert's.
        if (all((item.kind == BODY or item.reason == "reader prompt") and not item.speech for item in pitch)
                and sum(item.sentences for item in pitch) <= _PITCH_SENTENCES
                and sum(item.words for item in pitch) <= _PITCH_WORDS and any(_TO_YOU.search(item.flat) for item in pitch)):
            for item in pitch:
                mark(item, BOILERPLATE, "advertisement")


# Every pattern above is compiled: keep them for the next start.
rx.save()
