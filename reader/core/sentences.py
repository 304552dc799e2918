"""Split article text into sentences with exact offsets, and say what each one is.

Boundaries, strongest first:

1. a blank line (a paragraph break) always ends a sentence;
2. a line break ends one too, unless the paragraph is hard-wrapped prose or the
   next line plainly continues the sentence (see ``_joins``): in news copy pasted
   from a web page every headline, byline, dateline and caption sits on a line
   of its own without final punctuation, and must not swallow the next line;
3. inside a line: ``.``, ``!``, ``?``, ``...`` or ``…`` (plus any closing quotes
   and brackets) followed by whitespace, unless an abbreviation, an initial, an
   ellipsis running on in lowercase, a bracketed insertion or a quotation's
   attribution says otherwise (see ``_is_boundary``);
4. a news agency's slug opening a line ends there: "UPDATE 2-" is no part of the headline joined to it
   (see ``_slug_apart``).

Offsets are into the text exactly as given (``\\r\\n``, ``\\r``, ``\\n`` and the
rarer separators of ``_LINE_BREAK`` all break lines), so ``text[s.start:s.end] ==
s.text`` for every sentence, and every non-whitespace character belongs to
exactly one sentence: a run of text is cut into consecutive pieces and each
piece is only trimmed of whitespace, so nothing can be dropped.  Everything is a single left-to-right pass (linear time).

What each sentence *is* (body, heading, page furniture) is decided in
``reader.core.furniture``.
"""

from __future__ import annotations

from collections.abc import Sequence

import bisect
import re
import unicodedata

from reader.core.cjk import FULL_STOPS, has_cjk
from reader.core.furniture import Run, classify
from reader.core.furniture_lines import CLOSERS as _CLOSERS
from reader.core.furniture_lines import LINE_END_CLOSERS
from reader.core.furniture_lines import LIST_BULLET
from reader.core.markup import WIRE_SLUG
from reader.core.model import Document, Sentence
from reader.core.pattern_cache import PatternCache

# ``rx.compile`` is ``re.compile``, from the compiled patterns kept between runs (pattern_cache.py).
rx = PatternCache(__file__)

# What breaks a line: besides CR, LF and CRLF, the form feed, vertical tab, NEL and the Unicode
# line and paragraph separators, so a headline does not run into the lede.
LINE_BREAKS = "\r\n\x0b\x0c\x85\u2028\u2029"
_LINE_BREAK = rx.compile(f"\r\n|[{LINE_BREAKS}]")
_NON_SPACE = rx.compile(r"\S")
# Closing quotes and brackets that may follow the terminal marks: English ” ’ " ', French », and the
# German closing “ ‘ « ‹ (German quotes „so“ or »so«; Swiss and French ‹so› close with ›).
_END_QUOTES = "\"'”’“‘»«›‹"
_ATTACHED_CLOSERS = _END_QUOTES + ")]"
# French spaces its closing guillemet off, with a space, a no-break or a narrow no-break space
# (« C'est fini. »): a closing quote after such a space, with no word after it, still closes the
# sentence.  A straight quote could open the next quotation ('. " Next'), so only one that ends the
# run does (at the run's end ``$`` matches: the run is searched with ``endpos``).
_QUOTE_SPACE = "[ \t\u00a0\u202f\u2009]+"
_SPACED_CLOSER = rf"{_QUOTE_SPACE}(?:[»›”’]+[{re.escape(_ATTACHED_CLOSERS)}]*(?=\s|$)|[\"']+$)"
# A candidate end: terminal marks, then closing quotes/brackets, then whitespace; or a Chinese or
# Japanese full stop (and its closers), which needs no space after it.
_TERMINATOR = rx.compile(rf"[.!?…]+[{re.escape(_ATTACHED_CLOSERS)}]*(?:{_SPACED_CLOSER})?(?=\s|$)"
                         rf"|[{FULL_STOPS}]+[{re.escape(_CLOSERS)}]*")
_MARKS = rx.compile(rf"[.!?…{FULL_STOPS}]+")  # the terminal marks a candidate end opens with
# One terminal mark: where a candidate end may open.  A pattern opening with one character class is
# searched for by skipping to that character; _TERMINATOR, two branches, is tried at every position.
_TERMINAL_MARK = rx.compile(rf"[.!?…{FULL_STOPS}]")
# “……。”一位官员说。: a quotation and who said it, one sentence as in English.
# In Japanese the quotation goes on with the particle と: 「……。」と述べた。
_CJK_ATTRIBUTION = rx.compile(rf"[^{FULL_STOPS}\n]{{1,40}}?(?:说|表示|称|道|问|指出|强调|告诉[^{FULL_STOPS}\n]{{0,10}})"
                              rf"[{FULL_STOPS}]|と")
# What may stand between a boundary and the next sentence's first letter.
_OPENERS = rx.compile(r"[\"'“‘„‚«»‹›(\[\-–—*•·]*")
_WORD_AFTER = rx.compile(r"[\w'’]+")
# The word right before a full stop, inner dots included ("U.S", "e.g", "a.m").
_WORD_BEFORE = rx.compile(r"[\w.'’&]+$")
_BRACKET = rx.compile(r"[()\[\]]")
# Before a list's item number, a bullet at most: the loader puts "• " before each item of a <ul>.
_LEADING_BULLET = rx.compile(r"(?:[-*+•·–—]\s*)?")
# A date written day. month. year, as much of Central Europe does ("12. 3. 2025"):
# its full stops end nothing.
_DOTTED_DATE = rx.compile(r"(?<![\d.])(?:3[01]|[12][0-9]|0?[1-9])\.\s?(?:1[0-2]|0?[1-9])\.\s?(?:[0-9]{4}|[0-9]{2})(?![\d])")
_MAX_BRACKETED = 300  # a longer "insertion" is more likely a stray bracket

# Titles before a name: a full stop after them never ends a sentence ("Atty. Gen. Nick Brown",
# "The Rt. Hon. Louise Haigh", "Col. (ret.) Tom Ode", "Coun. Priya Dhaliwal", "Asst. Chief Constable
# Ruth Bell", "Det. Const. Amy Lo").
_NEVER_END = frozenset(
    """mr mrs ms mx messrs mme mlle dr prof gen lt col sgt cpl capt maj adm cmdr brig
    gov sen rep rev hon rt atty ret retd pres supt insp det const coun couns cllr asst
    fr e.g i.e cf viz vs v approx esp incl""".split()
)
# Capitalised, these open a place's name ("Mt. Vernon", "Ft. Worth", "Pt. Reyes", "Sault Ste. Marie",
# "Sta. Rosa", "Sto. Niño", "Brgy. San Isidro": saint, santa, santo, barangay); in lower case "ft." is
# feet, and may end a sentence ("The plane was at 31,000 ft. Then the engine failed.").
_NEVER_END_CAPITALISED = frozenset({"Mt", "Ft", "Pt", "Ste", "Sta", "Sto", "Brgy"})
# In capitals they go on only where the text is written in capitals (an AP dateline "FT. LAUDERDALE,
# Fla. --", "MT. PLEASANT", "STA. ROSA officials said", "OFFICIALS IN BRGY. SAN JOSE SAID"): after a
# word in lower case "MT" and "FT" are a time zone or a paper ("9 a.m. MT. FBI agents ...", "reported
# by the FT. EU officials ..."), "STA" a news agency ("the news agency STA. NATO said ...").  "PT" is
# a time zone only ("9 a.m. PT.").
_NEVER_END_IN_CAPITALS = frozenset({"MT", "FT", "STE", "STA", "STO", "BRGY"})
# Any other capitalised abbreviation with no vowel after its capital is no word ("Pfc. Jessica Lynch",
# "Ing. Tomáš Král", "Ald. Okafor", "Av. Insurgentes", "Cd. Juárez"): when it opens a name, the
# capitalised word after it goes on with it.  After a capitalised word it may close a name instead,
# an address's or a company's ("on Elm Ct. Witnesses said", "Hanover Twp. Police said"), and then it
# may end a sentence.
_VOWELLESS_ABBREVIATION = rx.compile(r"[A-Z][b-df-hj-np-tv-xz]{1,4}")
# The titles and the street and town words among them that open a name on their own, a single
# surname or place ("Ald. Okafor said", "Cd. Juárez drew thousands").  Any other such word opens a
# name only before two capitalised words of a name ("Spc. Maria Lopez", not "Prime Minister": see
# _a_name_goes_on): one capitalised word after it is as likely a new sentence's subject after a place
# or a unit ("held in Krk. Police said", "in Mbps. Users complained").
_TITLES_WITHOUT_VOWELS = frozenset("pfc pvt ald cd av ing".split())
# Units without a vowel: they close what they measure ("measured in Mbps. New York users said ...").
# Only a unit written as _VOWELLESS_ABBREVIATION reads ("Kbps", "Mbps", "Hz") comes here: "kbps",
# "kWh" and "MWh" are no capitalised abbreviation.
_UNITS_WITHOUT_VOWELS = frozenset("kbps mbps gbps tbps hz".split())
# Before a number only: "No. 10", "Sept. 11", "Art. 5".
_BEFORE_NUMBER = frozenset(
    "no nos art para sec ch vol pp p fig op jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# Abbreviations that can also close a sentence ("...moved to the U.S. He said"):
# a boundary only if an ordinary sentence opener follows.
_MAY_END = frozenset("etc inc ltd co corp plc llc bros jr sr st ave rd blvd al dept univ assn a.m p.m".split())
# The end of a company's or a person's name: the next sentence may open with the name again
# ("... built by Aerion Corp. Aerion said ...", "... signed by Robert Hale Jr. Hale is ...").
_NAME_ENDS = frozenset("inc ltd co corp plc llc bros jr sr".split())
_NAME_WORDS_BACK = 4
# A clock time ends its sentence more often than a name does: after "a.m." / "p.m." any capitalised
# word opens the next sentence ("landed at 7:12 a.m. Fire crews sprayed foam"), unless it goes on
# with the time: the day, the date or the zone ("7 a.m. Tuesday", "10 p.m. Jan. 14", "9 a.m. EST",
# "noon to 3 p.m. Pacific", "6 p.m. Moscow time"), or a date line goes on ("Posted 6:42 a.m.
# Updated 9:15 a.m.").
_CLOCK = frozenset({"a.m", "p.m"})
_TIME_GOES_ON = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    eastern pacific central mountain atlantic greenwich utc msk updated posted published modified""".split()
)
# A zone in capitals ends in "T" for time: "ET", "EST", "PDT", "GMT", "AEST", "HKT" (not "FAA", "NTSB").
_ZONE = rx.compile(r"[A-Z]{1,4}T\b")
# "6 p.m. Moscow time", "9:30 a.m. New York time", "3 p.m. Hawaii Standard Time".
_NAMED_ZONE = rx.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?i:standard|daylight|summer))?\s+(?i:time)\b")
_STARTERS = frozenset(
    """the a an he she it they we i you his her its their our my your this that these
    those there here but and or so yet in on at as if when while after before since then
    however meanwhile still also now one some many most both all no not what why how who
    where which according during mr mrs ms dr""".split()
)
# A country's or a body's initials, "U.S.", "U.K.", "U.N.", "E.U." ("U.S" before its last full stop).
# After "the" they are a noun phrase of their own and often end a sentence ("... held in the U.S.
# Officials said ..."); a person's initials never follow "the" ("by J.K. Rowling").
_INITIALS = rx.compile(r"(?:[A-Z]\.)+[A-Z]")
_THE_BEFORE = rx.compile(r"(?:^|\W)the\s+$")
# The words of an institution's, an office's, a region's or a team's name, capitalised.  After a
# country's initials they go on with them ("the U.S. Senate voted", "the U.K. Government said", "the
# U.N. Secretary-General said", "the U.S. Open begins"), so a capitalised word after them goes on with
# them unless it opens a clause of its own.  No person's or place's name opens with them: after a
# place without vowels ("held in Krk. Prime Minister Andrej Plenkovic said") they open the next
# sentence's subject (see _opens_name).
_INSTITUTION_WORDS = frozenset(
    """senate house congress parliament government administration treasury fed army navy air marine marines
    military forces coast embassy consulate mission department ministry office agency bureau service court
    supreme district federal central national state capitol constitution census mint council assembly
    commission security general president vice prime minister secretary ambassador envoy attorney chancellor
    commissioner representative special high chief director chairman chair administrator trade foreign home
    defense defence justice energy commerce labor labour health interior homeland postal customs border
    immigration olympic open championship championships masters team squad cup men women north south
    east west northeast northwest southeast southwest midwest gulf mainland virgin pacific atlantic
    chamber marshals reserve institute association committee board bank academy society union party
    conference center centre corporation company pentagon""".split()
)
# The capitalised word opens a clause: a lowercase word follows it ("Officials said", "Last week"), not
# a name's joining word ("the U.N. Office for ...", "the U.S. Court of Appeals").
_CLAUSE_AFTER = rx.compile(r"\s+(?!(?:of|and|for|in|on|de|du|des|da|del)\b)[a-z]")
# Words that open a clause and name nothing ("... the U.S. Last year she won ..."), beside _STARTERS.
_CLAUSE_OPENERS = frozenset(
    """last next earlier later under over for with from by until unless although though because despite
    yesterday today tonight each every another other several few more only even instead once whether""".split()
)
# A finite verb straight after the capitalised word makes it the subject of a new sentence ("... flew
# to the U.S. Biden said ...", "... by the E.U. Brussels has ..."): a name that goes on with the
# initials is followed by more of itself or a noun ("the U.S. Steel plant", "the U.K. Biobank study").
# A body that speaks ("the U.S. Chamber said") is kept by _INSTITUTION_WORDS.
_VERB_AFTER_SUBJECT = rx.compile(
    r"\s+(?:also\s+|later\s+|then\s+|now\s+|still\s+|quickly\s+)?"
    r"(?:said|says|say|has|have|had|is|was|were|are|will|would|could|can|may|might|must|should|did|does|do"
    r"|told|tells|denied|denies|announced|added|warned|warns|insisted|urged|accused|called|responded"
    r"|reported|wants|plans|rejected|condemned|welcomed|claimed|argued|agreed|expects|expect|hopes"
    r"|believes|became|launched|imposed|refused|sent|took|made|moved|returned|won|lost|left|met|faces"
    r"|[a-z]{2,}ed)\b")
# How far around the initials the story is searched for the word in lower case (characters): an
# article's length, and a bound on the work a text full of "the U.S. Xyz ..." can cause.
_LOWER_CASE_REACH = 10_000
# AP's abbreviations of US states as datelines give them ("SPRINGFIELD, Ill. (AP) —"), and The Canadian
# Press's of the provinces ("SASKATOON, Sask. —", "HALIFAX, N.S. —"): after a place that opens the
# paragraph, and before a dash or a bracket, their full stop ends nothing.
_STATES = frozenset(
    """ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont
    neb nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash w.va wis wyo d.c
    alta b.c man n.b n.l nfld n.s ont p.e.i que sask n.w.t""".split()
)
# The place a dateline opens with, up to the state: "SPRINGFIELD, ", "ST. PETERSBURG, ", "Los Angeles, ".
_DATELINE_PLACE = rx.compile(r"[\"'“‘*•·\s]*(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+")
# What follows a dateline's place: a dash, or the agency or paper in brackets ("(Daily Ledger) —").
_AFTER_DATELINE = ("—", "–", "-", "(", "[")
# "...?" or "...!" inside a quote, then who said it: one sentence.
_ATTRIBUTION = rx.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Sen|Rep|Gov|Sir|Lord|Lady|President|Minister)"
    r"\.?\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}(?:said|says|told|tells|asked|asks|added|adds|shouted|"
    r"wrote|writes|replied|insisted|explained|declared|warned|cried|continued|recalled|claimed|"
    r"tweeted|stated|joked|exclaimed)\b"
)


def document_sentences(document: Document) -> list[Sentence]:
    """``split_sentences`` of a loaded document, with what its markup said (headings, table rows)."""
    return split_sentences(document.text, document.headings, table_rows=document.format in MARKUP_FORMATS)


# Formats read from markup, whose loaders give a table one line a row (see ``split_sentences``).
MARKUP_FORMATS = frozenset({"md", "html"})


def split_sentences(
    text: str, headings: Sequence[tuple[int, int]] = (), *, table_rows: bool = False
) -> list[Sentence]:
    """Sentences of ``text`` in order, each with its kind and the reason for it.

    ``headings``: the spans the document's markup called headings (``Document.headings``).
    ``table_rows``: the text was read from markup (Markdown, HTML), whose loaders give each row
    of a table one line, its cells ``markup.CELL_GAP`` apart, and leave two spaces nowhere else.
    """
    runs, spans = _split(text)
    kinds = classify(text, runs, spans, headings, table_rows=table_rows)
    return [
        Sentence(index, start, end, text[start:end], kind, reason)
        for index, ((start, end), (kind, reason)) in enumerate(zip(spans, kinds))
    ]


def _split(text: str) -> tuple[list[Run], list[tuple[int, int]]]:
    runs: list[Run] = []
    spans: list[tuple[int, int]] = []
    paragraphs = _paragraphs(text)
    wrapped = [_is_hard_wrapped(text, lines) or _is_cjk_wrapped(text, lines) for lines in paragraphs]
    width = _wrap_width(paragraphs, wrapped)
    for paragraph, lines in enumerate(paragraphs):
        hard_wrapped = wrapped[paragraph] or bool(width) and _wraps_at(text, lines, width)
        for line_run in _runs(text, lines, hard_wrapped):
            for start, end in _slug_apart(text, *line_run):
                first = len(spans)
                spans.extend(_split_run(text, start, end))
                runs.append(Run(start, end, paragraph, first, len(spans)))
    return runs, spans


def _slug_apart(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run opening with a news agency's slug ("UPDATE 2-Bank of England lowers rates to 4%"), as two
    runs: the slug, page furniture that numbers the story's versions, and the headline it is joined to."""
    slug = WIRE_SLUG.match(text, start, end)
    if slug is None:
        return [(start, end)]
    return [(start, slug.end()), (slug.end(), end)]


def _paragraphs(text: str) -> list[list[tuple[int, int]]]:
    """Paragraphs as lists of lines, each line trimmed to its non-space content."""
    paragraphs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    position = 0
    breaks = [m.start() for m in _LINE_BREAK.finditer(text)] + [len(text)]
    for line_end in breaks:
        start, end = _trim(text, position, line_end)
        if start < end:
            current.append((start, end))
        elif current:
            paragraphs.append(current)
            current = []
        # Skip the line break itself ("\r\n" is one break of two characters).
        position = line_end + (2 if text.startswith("\r\n", line_end) else 1)
    if current:
        paragraphs.append(current)
    return paragraphs


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    match = _NON_SPACE.search(text, start, end)
    if match is None:
        return end, end
    return match.start(), start + len(text[start:end].rstrip())


def _runs(text: str, lines: list[tuple[int, int]], wrapped: bool) -> list[tuple[int, int]]:
    """Group a paragraph's lines into runs: stretches a line break does not cut."""
    runs = []
    run_start, run_end = lines[0]
    hanging = _hanging_lines(text, lines)
    continued = False  # whether the line above goes on with the sentence of the line above it
    ends_a_sentence = _ends_sentence(text[lines[-1][0]:lines[-1][1]])
    for number, ((previous_start, previous_end), (start, end)) in enumerate(zip(lines, lines[1:]), 1):
        line, next_line = text[previous_start:previous_end], text[start:end]
        if wrapped or number in hanging:
            run_end = end
            continued = False
        # A line that goes on with the sentence above it and does not end it is in the middle of a
        # sentence, broken where the text was (a <br>, a Markdown hard break, a narrow column).
        elif _joins(line, next_line) or ends_a_sentence and (
                continued and _goes_on(line, next_line) or _left_open(line, next_line)):
            run_end = end
            continued = True
        else:
            runs.append((run_start, run_end))
            run_start, run_end = start, end
            continued = False
    runs.append((run_start, run_end))
    return runs


def _hanging_lines(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """The lines that go on with the item above them in a list wrapped with a hanging indent:

        Saturday April 19 - Qualifying final: Temora v Coolamon, Nixon
          Park, Temora, 2.10pm

    A line indented deeper than the one above continues it, when that line has not ended its
    sentence, the line below is less indented (an outline's sub-items share one indent), and the
    paragraph does this at least twice (a headline over one indented byline is no such list).  A
    bulleted line is an item of its own."""
    if len(lines) < 4:
        return set()
    indents = [start - _line_start(text, start) for start, _ in lines]
    hanging = {
        number for number in range(1, len(lines))
        if indents[number] > indents[number - 1] and not _LIST_ITEM.match(text, lines[number][0])
        # a wrapped item's last line; the next line at its indent would be an outline's sub-item
        and (number + 1 == len(lines) or indents[number + 1] < indents[number])
        and text[lines[number - 1][0]:lines[number - 1][1]].rstrip(LINE_END_CLOSERS)[-1:] not in ".!?…:"
    }
    return hanging if len(hanging) >= 2 else set()


def _line_start(text: str, position: int) -> int:
    """Where the line holding ``position`` starts: ``_trim`` left only spaces before it."""
    while position and text[position - 1] not in LINE_BREAKS and text[position - 1].isspace():
        position -= 1
    return position


def _is_hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Prose wrapped at a fixed width (e-mail, plain-text archives)?

    A greedy wrapper moves a word to the next line only when it does not fit, so
    in wrapped text every line plus the next line's first word is longer than the
    longest line.  Headline/byline/caption stacks almost never look like that; a
    stack of labelled lines ("From: ...", "Subject: ...", "Date: ...") may, and is none.
    """
    if len(lines) < 3 or all(_LABELLED_LINE.match(text, start) for start, _ in lines):
        return False
    width = max(end - start for start, end in lines)
    if width < _WRAP_MIN_COLUMNS:
        # A newspaper column or a PDF page copied out is 30 to 50 columns wide: at that width a
        # stack of short lines may fill its lines by chance, so the paragraph must read as prose too.
        if width < _NARROW_WRAP_MIN_COLUMNS or not _reads_as_prose(text, lines):
            return False
    return _all_full(text, lines, width)


_WRAP_MIN_COLUMNS = 50
_NARROW_WRAP_MIN_COLUMNS = 25


def _reads_as_prose(text: str, lines: list[tuple[int, int]]) -> bool:
    """Does a paragraph read as running prose: it ends a sentence, and most of its words are in
    lower case (a stack of headlines, names and labels is mostly capitalised)?"""
    if not _ends_sentence(text[lines[-1][0]:lines[-1][1]]):
        return False
    words = [word for word in text[lines[0][0]:lines[-1][1]].split() if word[0].isalpha()]
    return sum(word[0].islower() for word in words) * 2 > len(words)


def _ends_sentence(line: str) -> bool:
    return line.rstrip(LINE_END_CLOSERS)[-1:] in ".!?…"


# A line that opens with its label: a mail's header ("Subject: ...") or a fact box's line ("Born: ...").
# A paragraph of nothing else is a stack of such lines, however full they are.
_LABELLED_LINE = rx.compile(r"[A-Z][\w-]{0,30}:[ \t]")


def _is_cjk_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Chinese or Japanese prose wrapped at a fixed width: with no spaces to break at, a wrapper
    fills every line but the last to the same display width (a Chinese character two columns, a
    Latin letter or digit one; a line a column or two short where the next character did not
    fit), or to the same number of characters, and the paragraph ends with a full stop."""
    if len(lines) < 2 or not has_cjk(text[lines[0][0]:lines[0][1]]):
        return False
    if text[lines[-1][0]:lines[-1][1]].rstrip(_CLOSERS)[-1:] not in FULL_STOPS:
        return False
    # Each line as wrapped, with the indent ("　　") the paragraph's first line opens with.
    shown = [text[_indent_start(text, start):end] for start, end in lines]
    return any(min(widths[:-1]) >= _CJK_WRAP_MIN_COLUMNS and max(widths[:-1]) - min(widths[:-1]) <= 2
               and widths[-1] <= max(widths[:-1]) + 1
               for widths in ([_display_width(line) for line in shown], [2 * len(line) for line in shown]))


def _indent_start(text: str, start: int) -> int:
    while start and text[start - 1] in " \u3000":
        start -= 1
    return start


_CJK_WRAP_MIN_COLUMNS = 24  # twelve characters: shorter lines of one width are a list or labels


def _display_width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line)


# A line opening with a list's bullet or number starts an item: a list is no wrapped paragraph,
# though a long item leaves no room for the next one's "-".
_LIST_ITEM = rx.compile(rf"(?:{LIST_BULLET})\s")


def _all_full(text: str, lines: list[tuple[int, int]], width: int) -> bool:
    """Would the next line's first word have overflowed every line but the last?"""
    for (start, end), (next_start, next_end) in zip(lines, lines[1:]):
        if _LIST_ITEM.match(text, next_start):
            return False
        if text[end - 1] == "-":
            continue
        first_word = text[next_start:next_end].split(None, 1)[0]
        if end - start + 1 + len(first_word) <= width:
            return False
    return True


def _wrap_width(paragraphs: list[list[tuple[int, int]]], wrapped: list[bool]) -> int:
    """The width the document's prose is hard-wrapped at (0 if it is not): the
    typical longest line of the paragraphs long enough to show it (the median,
    so a line lengthened by an edit after wrapping does not move it)."""
    widths = sorted(max(end - start for start, end in lines)
                    for lines, is_wrapped in zip(paragraphs, wrapped) if is_wrapped)
    return widths[len(widths) // 2] if widths else 0


def _wraps_at(text: str, lines: list[tuple[int, int]], width: int) -> bool:
    """Is a paragraph wrapped at the document's ``width``, though it cannot show it
    on its own (two lines), or one of its lines was edited longer after wrapping?
    Each line but the last is full at that width: the next line's first word would
    not have fitted (a headline over a byline leaves room), and the paragraph ends
    as prose does, with final punctuation (a long headline over its byline does not)."""
    if len(lines) < 2 or any(end - start > width + width // 10 for start, end in lines):
        return False
    if text[lines[-1][1] - 1] not in ".!?…)" + _END_QUOTES:
        return False
    return _all_full(text, lines, width)


# No sentence and no heading ends with these: a line of prose that does goes on in the next, capital
# or not.  (A menu may: "... Smart Home  How To", "A A A"; it has no lowercase words, or few words.)
_CONTINUING = frozenset({"the", "a", "an", "of", "and", "to"})
_PROSE_LINE_WORDS = 6
# A line this short is a label or a button, not the start of a sentence broken over lines.
_LABEL_WORDS = 4
# Words that leave a phrase open but may end a heading or a button ("Where the money comes from",
# "Log on"): a line of prose ending with one goes on in the next only inside a paragraph of prose,
# into a line of prose that opens no sentence.  ("in" ends too many: "Sign in", "caved in".)
_LEAVING_OPEN = frozenset("on at for with from by about into onto than or but nor its their his our your my".split())


def _is_prose_line(words: list[str]) -> bool:
    return len(words) >= _PROSE_LINE_WORDS and any(word[0].islower() for word in words[:-1])


def _left_open(line: str, next_line: str) -> bool:
    """Does a line of prose in a paragraph of prose end with a word that leaves its phrase open,
    the rest of which opens ``next_line`` ("... hit the northern coast on" / "Tuesday, killing 12 ...",
    "... would cost about" / "$3.5 million, ...")?"""
    words = line.split()
    return (words[-1].casefold() in _LEAVING_OPEN and _is_prose_line(words) and _opens_with_word_or_figure(next_line)
            and not _opens_sentence(next_line) and _goes_on(line, next_line))


def _opens_with_word_or_figure(line: str) -> bool:
    """Does ``line`` open with a word or a figure ("Tuesday", "40,000", "$3.5 million")?"""
    return line[0].isalnum() or unicodedata.category(line[0]) == "Sc"


def _opens_sentence(line: str) -> bool:
    """Does ``line`` open with a word that commonly opens a sentence ("The", "He", "But")?"""
    first = _WORD_AFTER.match(line)
    return first is not None and first.group().casefold() in _STARTERS


def _goes_on(line: str, next_line: str) -> bool:
    """Does the sentence ``line`` is in the middle of, unfinished at its end, go on in ``next_line``
    (in a paragraph that ends as prose does)?  Not into a list's item, a "label: value" line, or a
    short line that ends no sentence (a byline or a button under a wrapped headline: "By Jane Doe",
    "Read more")."""
    if line.rstrip(LINE_END_CLOSERS)[-1:] in ".!?…:" or _LIST_ITEM.match(next_line) or re.match(r"\w+:", next_line):
        return False
    if _ends_sentence(next_line):
        return True
    # Prose, not a line of names and labels ("By OCHIENG' ODHIAMBO and FAITH WANJIRU", a menu).
    words = [word for word in next_line.split() if word[0].isalpha()]
    return len(words) > _LABEL_WORDS and sum(word[0].islower() for word in words) * 2 > len(words)


def _joins(line: str, next_line: str) -> bool:
    """Does ``next_line`` continue the unfinished sentence of ``line``?"""
    if line[-1:] == "-" and line[-2:-1].islower() and line[-3:-2].isalpha() and next_line[0].isalpha():
        return True  # a word broken at the line's end, as a PDF's column breaks it: "anti-" / "Trump rally"
    words = line.split()
    if words[-1].casefold() in _CONTINUING and _opens_with_word_or_figure(next_line) and _is_prose_line(words):
        return True  # "... to send the operator and the" / "Scottish Government a list of four demands:"
    if not next_line[0].islower() or re.match(r"\w+:", next_line):
        return False  # a new line, or a "label: value" line ("photo: Reuters")
    if " " not in next_line and next_line[-1].isalnum() and not line[0].islower() and len(words) <= _LABEL_WORDS:
        return False  # a user name or a tag under a label or a button ("Sort by Newest" / "bridgerbowlbum")
    return line.rstrip(LINE_END_CLOSERS)[-1:] not in ".!?…:"


def _split_run(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    piece_start = start
    inside = _bracketed(text, start, end)
    for match in _terminators(text, start, end):
        next_match = _NON_SPACE.search(text, match.end(), end)
        if next_match is None:
            break  # the run's last piece ends the run anyway
        if inside and _is_inside(inside, match.start(), match.end()):
            continue
        if piece_start == start and _headline_kicker(text, start, match, end):
            continue
        if _is_boundary(text, match, start, next_match.start()):
            spans.append((piece_start, match.end()))
            piece_start = next_match.start()
    spans.append((piece_start, end))
    return spans


def _terminators(text: str, start: int, end: int):
    """The matches of ``_TERMINATOR.finditer(text, start, end)``, found quicker: each candidate end
    opens with a terminal mark, so it is tried only where one stands."""
    mark = _TERMINAL_MARK.search(text, start, end)
    while mark is not None:
        terminator = _TERMINATOR.match(text, mark.start(), end)
        if terminator is None:
            mark = _TERMINAL_MARK.search(text, mark.start() + 1, end)
        else:
            yield terminator
            mark = _TERMINAL_MARK.search(text, terminator.end(), end)


# A tabloid headline's opener in capitals: "RINALDI SEALED! Ashbourne land hotshot in £64m swoop",
# "HOME AT LAST? Families told ...".  Up to four words, every letter a capital.
_KICKER = rx.compile(r"[\"'“‘]?[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]*){0,3}[!?]+[\"'”’]?")
_KICKER_HEADLINE_WORDS = 20


def _headline_kicker(text: str, start: int, match: re.Match, end: int) -> bool:
    """Does ``match`` close a headline's opener in capitals ("RINALDI SEALED!") on a line that
    goes on as a headline: short, without another terminal mark, so no sentence of a story?

    "GOAL! Rinaldi scores on his debut." is two sentences: the rest ends like one.
    """
    if not _KICKER.fullmatch(text, start, match.end()):
        return False
    rest = text[match.end():end]
    return (_TERMINATOR.search(text, match.end(), end) is None and len(rest.split()) <= _KICKER_HEADLINE_WORDS
            and rest.rstrip()[-1:] not in ",;:")


def _bracketed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Outermost short (...) and [...] spans of a run, sorted and disjoint."""
    if "(" not in text[start:end] and "[" not in text[start:end]:
        return []
    stack: list[int] = []
    spans: list[tuple[int, int]] = []
    for match in _BRACKET.finditer(text, start, end):
        if match.group() in "([":
            stack.append(match.start())
        elif stack:
            opened = stack.pop()
            if not stack and match.start() - opened <= _MAX_BRACKETED:
                spans.append((opened, match.start()))
    return spans


def _is_inside(spans: list[tuple[int, int]], mark: int, candidate_end: int) -> bool:
    """Is a terminal mark inside brackets that close only after the candidate end?"""
    position = bisect.bisect_right(spans, (mark, float("inf"))) - 1
    return position >= 0 and spans[position][0] < mark and spans[position][1] >= candidate_end


# A live blog's post opening with the minute of play and a shout in capitals: "58' RED CARD!",
# "90+3' GOAL!", "(104') PENALTY!".
_MINUTE_LABEL = rx.compile(r"\s*\(?[0-9]{1,3}(?:\+[0-9]{1,2})?['’′]\)?\s+[A-Z][A-Z '’-]{1,30}")


def _is_boundary(text: str, match: re.Match, run_start: int, next_start: int) -> bool:
    """Does the candidate ``match`` end a sentence, given what follows at ``next_start``?"""
    found = match.group()
    marks = _MARKS.match(found).group()
    closed = len(marks) < len(found)
    if marks[-1] in FULL_STOPS:
        return not (closed and _CJK_ATTRIBUTION.match(text, next_start))
    after = text[next_start:next_start + 80]
    after = after[_OPENERS.match(after).end():]
    lower = after[:1].islower()
    if "…" in marks or marks.startswith(".."):
        return not lower  # "and then... nothing" runs on; "... Then" does not
    if "!" in marks or "?" in marks:
        if lower:
            return False
        if _MINUTE_LABEL.fullmatch(text, run_start, match.start()):
            return False  # "58' RED CARD! Brennan is sent off ...": a live blog post's label, and its news
        return not (closed and _ATTRIBUTION.match(after))  # "“Why?” Mr Smith asked."
    if lower:
        return False  # "e.g. the", "U.N. nuclear watchdog", "said. the"
    if closed:
        return not _bracketed_title(text, match, run_start)  # '...he said."' ends after the quote
    if after[:1].isdigit() and _in_dotted_date(text, match.start(), run_start):
        return False
    before = _WORD_BEFORE.search(text, max(run_start, match.start() - 40), match.start())
    if before is None:
        return True
    word = before.group().lstrip(".'’&")
    low = word.lower()
    if (word.isdigit() and len(word) <= 3 or len(word) == 1) and _LEADING_BULLET.fullmatch(
            text, run_start, before.start()):
        return False  # a list marker: "1. First point", "a. ...", "• 2. Second" (a numbered <li> in a <ul>)
    if low in _NEVER_END or word in _NEVER_END_CAPITALISED:
        return False
    if word in _NEVER_END_IN_CAPITALS and _among_capitals(text, before.start(), run_start, after):
        return False
    if _opens_name(text, word, before.start(), run_start, after):
        return False
    if low in _STATES and _is_dateline_state(text, match.start() - len(word), run_start, next_start):
        return False
    if low in _BEFORE_NUMBER and after[:1].isdigit():
        return False
    if low in _CLOCK:
        return _time_ends_sentence(text[run_start:before.start()], after)
    if low in _MAY_END or re.fullmatch(r"(?:[a-z]\.)+[a-z]", low) or re.fullmatch(r"[A-Z]", word):
        # Initials ("George W. Bush") and "U.S."/"etc.": a boundary only before an
        # ordinary sentence opener ("...in the U.S. He said"), the name again after a
        # company's "Corp." or a clause after "the U.S." ("... the U.S. Officials said").
        next_word = _WORD_AFTER.match(after)
        if not next_word:
            return False
        if next_word.group().lower() in _STARTERS:
            return True
        if low in _NAME_ENDS:
            return _names_again(text, before.start(), run_start, after, next_word.group())
        return _INITIALS.fullmatch(word) is not None and _initials_end_sentence(
            text, match.start() - len(word), run_start, after, next_word.group())
    return True


def _among_capitals(text: str, word_start: int, run_start: int, after: str) -> bool:
    """Is the abbreviation at ``word_start`` written among capitals, as a name is in a line set in
    capitals: a word in capitals goes on after it ("STA. ROSA"), and the word before it, if any, is
    in capitals too ("IN BRGY. SAN JOSE")?  After a word in lower case ("the news agency STA. NATO
    said") it is a name of its own, and the acronym after it opens the next sentence."""
    next_word = _WORD_AFTER.match(after)
    if next_word is None or len(next_word.group()) < 2 or not next_word.group().isupper():
        return False
    previous = text[max(run_start, word_start - 40):word_start].split()[-1:]
    return not previous or not any(c.islower() for c in previous[0])


# A second capitalised word of the name ("Pfc. Jessica Lynch").
_NAME_GOES_ON = rx.compile(r"\s+([A-Z][\w'’-]*)")


def _opens_name(text: str, word: str, word_start: int, run_start: int, after: str) -> bool:
    """Is ``word`` a capitalised abbreviation with no vowel after its capital that opens the name
    after it ("the Pvt. Ann Ode", "in Cd. Juárez")?  Not after a capitalised word, whose name it may close ("Elm
    Ct.") or follow a number as its unit ("12 Kg."), nor before a sentence's opener ("... at the
    Jct. The road ..."); an interjection doubles its last letter ("Hmm.", "Shh.") and is none, and a
    unit ("in Mbps.") closes what it measures."""
    if not _VOWELLESS_ABBREVIATION.fullmatch(word) or word[-1] == word[-2]:
        return False
    if word.lower() in _UNITS_WITHOUT_VOWELS:
        return False
    next_word = _WORD_AFTER.match(after)
    if not next_word or not next_word.group()[0].isupper() or next_word.group().lower() in _STARTERS:
        return False
    if word.lower() not in _TITLES_WITHOUT_VOWELS and not _a_name_goes_on(after, next_word):
        return False
    previous = text[max(run_start, word_start - 40):word_start].split()[-1:]
    return (not previous or previous[0][0].islower() or not previous[0][0].isalnum()
            or previous[0].lower() in _STARTERS)


def _a_name_goes_on(after: str, first: re.Match) -> bool:
    """Are the ``first`` capitalised word after an abbreviation and the one after it a person's or a
    place's name ("Pfc. Jessica Lynch", "Spc. Maria Lopez")?  An office's or a body's words ("Prime
    Minister Andrej Plenkovic said", "State Department officials") open a sentence's subject instead."""
    second = _NAME_GOES_ON.match(after, first.end())
    return second is not None and not {first.group().lower(), second.group(1).lower()} & _INSTITUTION_WORDS


def _initials_end_sentence(text: str, initials_start: int, run_start: int, after: str, next_word: str) -> bool:
    """After "the U.S." (or "the U.K.", "the U.N.", "the E.U."): does ``after`` open a new sentence with
    a capitalised word ("... held in the U.S. Officials said ...")?  Not when the word is one the
    initials commonly name ("the U.S. Senate voted", "the U.K. Government said"), nor when a name
    or a title goes on after it ("the U.N. Security Council", "the U.S. Court of Appeals"), nor when
    the story never writes the word in lower case ("the U.S. Steel plant"): see _written_in_lower_case."""
    name = next_word.removesuffix("'s").removesuffix("’s")
    if not name[0].isupper() or name.lower() in _INSTITUTION_WORDS:
        return False
    if not _THE_BEFORE.search(text[max(run_start, initials_start - 6):initials_start]):
        return False
    if _CLAUSE_AFTER.match(after, len(next_word)) is None:
        return False
    # A possessive opens a noun phrase of its own ("the U.N. Ukraine's foreign minister said"); the
    # bodies the initials name are kept above ("the U.S. Army's", "the U.N. Children's Fund").
    if name.isupper() and len(name) > 1:
        return False  # an agency's initials go on with the country's: "the U.S. FBI has", "the U.S. EPA's"
    possessive = name != next_word
    return (possessive or name.lower() in _CLAUSE_OPENERS
            or _VERB_AFTER_SUBJECT.match(after, len(next_word)) is not None
            or _written_in_lower_case(text, name.lower(), initials_start))


def _written_in_lower_case(text: str, word: str, near: int) -> bool:
    """Does the story write ``word`` in lower case around ``near``?  Then it is a common noun, and
    capitalised after "the U.S." it opens a sentence ("... the U.S. Officials said", where the story
    says "officials" elsewhere); a word the story only capitalises is part of a name ("the U.S.
    Steel plant", "the U.K. Biobank study", "the U.S. Chamber said")."""
    pattern = rx.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])")
    return pattern.search(text, max(0, near - _LOWER_CASE_REACH), near + _LOWER_CASE_REACH) is not None


def _names_again(text: str, suffix_start: int, run_start: int, after: str, next_word: str) -> bool:
    """Does ``after`` open a sentence with a word of the name that ends at ``suffix_start``, and
    a verb after it ("Aerion Corp. Aerion said")?  A name followed by a title is one sentence
    ("Cascadia Air Inc. Chief Executive Ruth Ellison said"), and so is one followed by its
    ticker ("AES Corp. AES.N , last week ...")."""
    words = text[max(run_start, suffix_start - 80):suffix_start].split()[-_NAME_WORDS_BACK:]
    return (next_word[0].isupper() and next_word in (word.strip(",;:'’\"“”()") for word in words)
            and _VERB_NEXT.match(after, len(next_word)) is not None)


_VERB_NEXT = rx.compile(r"\s+[a-z]")  # "Aerion said", "Hale is"


def _time_ends_sentence(before: str, after: str) -> bool:
    """After "a.m." or "p.m.": does ``after`` open a new sentence?  A capitalised word does
    ("landed at 7:12 a.m. Fire crews ...", "4 p.m. Reporters ..."), unless it goes on with the
    time ("7 a.m. Tuesday", "10 p.m. EST", "9 a.m. Eastern", "9:30 a.m. New York time"), the time
    describes what follows ("the 5:45 a.m. Southwest flight"), or the time is all the sentence has
    said yet ("At 8:46 a.m. American Airlines Flight 11 struck ...": no sentence is a time alone).
    ``before``: the sentence up to the time's "a.m."."""
    next_word = _WORD_AFTER.match(after)
    if not next_word or not next_word.group()[0].isupper():
        return False  # "9 a.m. 15 minutes later" is read as one sentence, as before
    if next_word.group().lower() in _TIME_GOES_ON or _ZONE.match(after) or _NAMED_ZONE.match(after):
        return False
    if next_word.group().lower() in _STARTERS:
        return True  # "It opened at 10 a.m. The queue was long."
    words = before.split()
    opens_with_time = len(words) <= _TIME_PHRASE_WORDS and words[0].lower() in _TIME_PREPOSITIONS if words else True
    return not opens_with_time and not (len(words) >= 2 and words[-2].lower() == "the")


# "At 8:46", "Shortly after 7", "On Tuesday at 9:15": a time phrase opening a sentence.
_TIME_PHRASE_WORDS = 5
_TIME_PREPOSITIONS = frozenset("at by from around about shortly just until till before after on since".split())


def _bracketed_title(text: str, match: re.Match, run_start: int) -> bool:
    """Is the candidate end a title's abbreviation in brackets: "Col. (ret.) Tom Ode"?"""
    if not match.group().endswith(")"):
        return False
    before = _WORD_BEFORE.search(text, max(run_start, match.start() - 40), match.start())
    return before is not None and text[before.start() - 1:before.start()] == "(" and (
        before.group().lower() in _NEVER_END)


def _is_dateline_state(text: str, state_start: int, run_start: int, next_start: int) -> bool:
    """Is the state abbreviation at ``state_start`` part of a dateline opening the run
    ("LOS ANGELES, Calif. — ...")?  A sentence that really ends in one ("He moved to
    Springfield, Ill.") has no place opening the paragraph right before it, or no dash after."""
    return (text.startswith(_AFTER_DATELINE, next_start)
            and _DATELINE_PLACE.fullmatch(text, run_start, state_start) is not None)


def _in_dotted_date(text: str, mark: int, run_start: int) -> bool:
    """Is the full stop at ``mark`` one of a "12. 3. 2025" date's?"""
    for date in _DOTTED_DATE.finditer(text, max(run_start, mark - 6), mark + 12):
        if date.start() < mark < date.end():
            return True
    return False


# Every pattern above is compiled: keep them for the next start.
rx.save()
