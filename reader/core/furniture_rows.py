"""Lines that label the page rather than the story: rows of section names, tickers, and the site's name.

A site prints its sections as one line of short names split by bars, slashes,
dots or wide gaps ("Business | Economy", "World / Europe", "Germany ·
Education", "US   World   Politics   Video"), and puts its own name, the
masthead, above the headline.  A ticker strings figures the same way
("NSE 20 2,187.45 ▲0.62% | NASI 132.18 ▲0.41% | USD/KES 129.20"), and so does
the strip of date, weather and exchange rate under a masthead.  None is a
sentence: the row has no verb and every item is a capitalised name of a word
or three, or a few words with a figure; the masthead is a short
capitalised line at the very top with the real headline still to come.  What
gives them away is this shape and their place on the page, so they live here
rather than in ``furniture_cues`` (whose table matches fixed phrases, and which
is near its size limit); the row check needs the run's raw text, too, since
collapsing whitespace erases the wide gaps that separate the items.
"""

from __future__ import annotations

import re

from reader.core.furniture_dates import byline_piece, is_date
from reader.core.furniture_facts import stems_said, word_stems
from reader.core.furniture_lines import BAR_SEPARATOR, BODY, BOILERPLATE, HEADING, WORD, Line, Run, mark
from reader.core.furniture_offstory import content_words

# Items of a row: split on a bar, slash, dot or arrow with spaces around it, or on a wide gap.
_WIDE_GAP = r"[ \t]*\t[ \t]*| {2,}"  # a tab, or two spaces or more
_ITEM_SPLIT = re.compile(r"\s+[|/·•›»>]\s+|" + _WIDE_GAP)
# Words that may stay lowercase inside a capitalised name ("Recalls & Safety", "Ministry of Health").
_CONNECTORS = frozenset("a an and at de for in of on or the to with".split())
_ROW_REASON = "section label"


def _capitalised(item: str) -> bool:
    """Every word a name ("Recalls & Safety", "LIVE TV", "ePaper"), and at most four of them."""
    words = WORD.findall(item)
    if not words or len(words) > 4:
        return False
    return all(word.lower() in _CONNECTORS and k > 0 or word[0].isupper() or any(c.isupper() for c in word[1:2])
               for k, word in enumerate(words))


# A breadcrumb's arrows: "Politique > Élections européennes", "News › World › Europe".
_ARROW = re.compile(r"\s[›»>]\s")
_ANY_SEPARATOR = re.compile(r"\s[|/·•›»>]\s|" + _WIDE_GAP)


def _row(raw: str, beside_date: bool) -> tuple[list[str], int]:
    """The items and how many are dates, if the line is two or more capitalised items (or dates)
    split by | / · › or a wide gap, and nothing else (a long menu may hold a few items in sentence case)."""
    items = [item for item in _ITEM_SPLIT.split(raw.strip()) if item.strip()]
    if len(items) < 2:
        return [], 0
    # Two items: a headline with a bar has longer halves; beside a dateline, two names may lead.
    longest = 3 if len(items) == 2 and not beside_date else 4
    trail = _breadcrumb(raw)
    dates = in_sentence_case = 0
    for item in items:
        if is_date(item):
            dates += 1
        elif len(WORD.findall(item)) > longest:
            return [], 0
        elif _capitalised(item) or trail and _section_name(item):
            continue
        elif len(items) >= _LONG_MENU and _section_name(item):
            in_sentence_case += 1
        else:
            return [], 0
    if 2 * in_sentence_case >= len(items):
        return [], 0
    return items, dates


# A menu of this many items may write a few as a phrase with only its first word capitalised ("Watch live"
# in "Home   Local   Sport   Weather   Watch live"): most of its items, names, still vouch for the row.
_LONG_MENU = 4


def _breadcrumb(raw: str) -> bool:
    """Are all the line's separators a breadcrumb's arrows?  Prose has none between its words."""
    separators = _ANY_SEPARATOR.findall(raw.strip())
    return bool(separators) and all(_ARROW.fullmatch(separator) for separator in separators)


def _section_name(item: str) -> bool:
    """A section's name as the languages that capitalise only its first word write it ("Élections
    européennes", "Política nacional"): a capital, then words, no figure.  Only a breadcrumb's arrows
    vouch for items so written; a bar may split a headline."""
    words = WORD.findall(item)
    return bool(words) and words[0][0].isupper() and not any(char.isdigit() for char in item)


_ROW_MAX_WORDS = 24
_TICKER_MAX_WORDS = 60  # a scoreboard strip of five games
_SCORE_ITEM_WORDS = 8
_BARS = re.compile("[|·•]")  # most lines have none: the split is skipped
# A ticker's items are no names ("NSE 20 2,187.45 ▲0.62%"): split by a bar or a middle dot, or by a wide gap.
_WIDE_GAPS = re.compile(_WIDE_GAP)


def _ticker(flat: str, raw: str, terminal: bool) -> bool:
    """Three or more short items, one with a figure: a ticker or a page's date-and-weather strip
    ("NSE 20 2,187.45 ▲0.62% | NASI 132.18 ▲0.41% | USD/KES 129.20", "Episode 312 · 14 July 2025 · 18 min").
    Split by wide gaps only ("ASX 200  7,843.2  +0.4%   All Ords  8,091.7"), most items must hold a figure:
    a hard-wrapped line may leave two spaces after a word.  ``raw`` is the line as the text has it
    (collapsing whitespace would erase the gaps), ``flat`` the same collapsed.  A row split by bars
    may end in a full stop ("... Montana vs. Portland St."); one split by gaps may not: prose has none."""
    items = [item for item in BAR_SEPARATOR.split(flat) if item.strip()] if _BARS.search(flat) else []
    if len(items) >= 3:
        figures = sum(any(char.isdigit() for char in item) for item in items)
        # A scoreboard's items are longer, and nearly all are scores: "FINAL  Mont. St. 71  Idaho St. 64".
        return (all(len(item.split()) <= 4 for item in items) and figures > 0
                or all(len(item.split()) <= _SCORE_ITEM_WORDS for item in items) and 2 * figures > len(items))
    if terminal:
        return False
    items = [item for item in _WIDE_GAPS.split(raw.strip()) if item.strip()]
    figures = sum(any(char.isdigit() for char in item) for item in items)
    return len(items) >= 3 and all(len(item.split()) <= 4 for item in items) and 2 * figures > len(items)


def _credit_row(flat: str) -> bool:
    """"Lena Brandt | Sport | 2 Oct 2026", "By Jane Doe | Politics | May 3, 2025": a name first, then labels
    and the date, split by bars as a ticker is.  Its only figures are the date's: the byline's row."""
    items = [item.strip() for item in BAR_SEPARATOR.split(flat) if item.strip()]
    return (byline_piece(items[0]) and is_date(items[-1])
            and all(is_date(item) or _capitalised(item) for item in items[1:-1]))


def mark_rows(text: str, runs: list[Run], lines: list[Line]) -> None:
    """Rows of section names are furniture; "Jane Doe & John Roe | Leeds" beside a dateline is the byline."""
    for i, (run, line) in enumerate(zip(runs, lines)):
        if line.reason == "image credit" and _trail_under_a_menu(text, runs, lines, i):
            mark(line, BOILERPLATE, _ROW_REASON)  # "New Zealand / Weather" under the menu: no "Name / Agency"
            continue
        if line.kind != BODY or line.words > _TICKER_MAX_WORDS:
            continue
        # "Iron ore  US$101.50/t  -0.8%   Lithium carb.  US$9,850/t  -1.2%" splits into sentences at "carb."
        if _ticker(line.flat, text[run.start:run.end], line.terminal):
            mark(line, BOILERPLATE, "byline" if _credit_row(line.flat) else "ticker")
            continue
        if line.words > _ROW_MAX_WORDS:
            continue
        if not line.unpunctuated:
            continue
        beside_date = any(lines[j].reason == "dateline" for j in (i - 1, i + 1) if 0 <= j < len(lines))
        items, dates = _row(text[run.start:run.end], beside_date)
        if not items:
            continue
        if dates:
            mark(line, BOILERPLATE, "dateline")  # "NSE | Mar 04, 03:59 PM", a quote's time
        elif beside_date and len(items) == 2 and len(WORD.findall(items[0])) >= 2:
            mark(line, BOILERPLATE, "byline")
        else:
            mark(line, BOILERPLATE, _ROW_REASON)


# The rows of a page's menu, over which a section trail stands.
_MENU_REASONS = frozenset({"navigation links", _ROW_REASON})


def _trail_under_a_menu(text: str, runs: list[Run], lines: list[Line], i: int) -> bool:
    """Is line ``i``, which the cues took for a picture's credit by its "Name / Agency" shape, the section
    trail under the site's menu ("Home | New Zealand | World | Politics" over "New Zealand / Weather")?
    A credit stands by its picture's caption; two capitalised names split by a slash right under a row of
    section names are the trail to the page, and the headline under them is no caption."""
    above = i - 1
    while above >= 0 and not lines[above].words:
        above -= 1
    if above < 0 or lines[above].reason not in _MENU_REASONS:
        return False
    items, _ = _row(text[runs[i].start:runs[i].end], beside_date=False)
    return len(items) >= 2


# A bulletin strip over the page: "WEATHER ALERT: Excessive heat warning in effect until Friday 9 p.m.",
# "BREAKING NEWS: ...", "TRAFFIC ADVISORY: ...": a label in capitals that names an alert, and a colon.
_ALERT = re.compile(r"^(?:[A-Z][A-Z'’&-]*\s+){0,3}(?:ALERTS?|BREAKING(?: NEWS)?|JUST IN|DEVELOPING(?: STORY)?|WARNING"
                    r"|ADVISORY|(?:NEWS )?FLASH)\s*:\s+(?=\S)")
_ALERT_WORDS = 30


def mark_alerts(lines: list[Line]) -> None:
    """Alert strips above the headline are the page's ticker, not the story's lead.

    Only above it: a strip is furniture when nothing but heading-shaped lines (the
    masthead, a kicker) stands over it and a heading-shaped line, the headline, is
    still to come under it.  Once the story has started, "WARNING: ..." may be the
    story's own words; so are a strip's that report speech ("..., police said").
    A site may also put the label in the story's own headline ("BREAKING NEWS: Five
    dead in tower block fire" over its standfirst), so the strip needs some sign
    that it is not the headline as well (see ``_strip_over_headline``)."""
    alerts: list[int] = []
    for i, line in enumerate(lines):
        if line.kind != BODY:
            continue
        if line.words <= _ALERT_WORDS and line.sentences <= 2 and not line.speech and _ALERT.match(line.flat):
            alerts.append(i)
        elif not line.headed:
            return
        elif alerts:
            if _strip_over_headline(lines, alerts, i):
                for alert in alerts:
                    mark(lines[alert], BOILERPLATE, "ticker")
            return


def _strip_over_headline(lines: list[Line], alerts: list[int], after: int) -> bool:
    """Are the alert-labelled ``lines[alerts]`` a strip over the headline rather than the headline itself?
    ``lines[after]`` is the first heading-shaped line under them.

    Markup says so when it calls a line under the strip a heading (the <h1> comes after it).  In plain text
    a second strip or a final stop (no headline has one: "... until Sunday 6 p.m.") says so.  Otherwise what
    the line says decides: a strip announces something else (the weather, the traffic, another story), while
    a headline's words come back under it, in the standfirst or the story's first sentences ("Five dead in
    Leeds tower block fire" / "Five people died when fire tore through a tower block in Leeds").  A masthead
    or a menu over the line says nothing either way: they stand over every page's own headline too.  A strip
    that reports the page's own story reads as its headline here, a smaller loss than the headline taken
    for a strip; in markup, the <h1> under it still tells them apart."""
    if any(line.marked_heading for line in lines):
        return not lines[alerts[0]].marked_heading and any(lines[i].marked_heading for i in _heading_run(lines, after))
    if len(alerts) > 1 or lines[alerts[0]].terminal:
        return True
    return not _told_again(lines[alerts[0]], _opening(lines, after))


def _heading_run(lines: list[Line], start: int) -> list[int]:
    """The heading-shaped story lines from ``lines[start]`` on, up to the first line of story text."""
    run: list[int] = []
    for i in range(start, len(lines)):
        if lines[i].kind != BODY:
            continue
        if not lines[i].headed:
            break
        run.append(i)
    return run


# The story's first lines of text a headline's words come back in: the lede, and the line after it (a
# short lede may tell only part of the headline: "Five dead ..., dozens evacuated").
_LEDE_LINES = 2


def _opening(lines: list[Line], start: int) -> list[Line]:
    """The heading-shaped lines from ``lines[start]`` on (the standfirst, or the headline under a strip)
    and the story's first lines of text under them."""
    run = _heading_run(lines, start)
    lede = [line for line in lines[run[-1] + 1:] if line.kind == BODY][:_LEDE_LINES]
    return [lines[i] for i in run] + lede


def _told_again(alert: Line, opening: list[Line]) -> bool:
    """Do the lines under the alert say again most of what it says after its label?  A strip over the page
    announces something else, so its words do not come back in the story under it."""
    told = content_words(WORD.findall(alert.flat[_ALERT.match(alert.flat).end():]))
    said_again: set[str] = set()
    for line in opening:
        said_again |= content_words(line.tokens)
    return bool(told) and 2 * len(told & said_again) >= len(told)


_NAV_REASONS = frozenset({_ROW_REASON, "navigation links", "site links"})


def mark_masthead(lines: list[Line]) -> None:
    """The site's name above the headline ("The Harwick Gazette", "HGN · ENGLISH EDITION").

    It is the first line still counted as story: a short capitalised line with
    no digits, and the next story line is shaped like a heading (the real
    headline is still to come).  One more sign is needed, since a short headline
    over its standfirst looks the same: a row of sections right under it, or
    its name (without "The") inside a later line of furniture -- the copyright
    notice, a photo credit, an app prompt.
    """
    top = next((i for i, line in enumerate(lines) if line.kind == BODY), len(lines))
    if top == len(lines):
        return
    line = lines[top]
    if not line.heading_like or line.words > 5 or any(c.isdigit() for c in line.flat):
        return
    pieces = [piece for piece in _ITEM_SPLIT.split(line.flat) if piece.strip()]
    if not all(_capitalised(piece) for piece in pieces):
        return
    after = next((j for j in range(top + 1, len(lines)) if lines[j].kind == BODY), len(lines))
    if after == len(lines) or not lines[after].heading_like:
        return
    below_nav = top + 1 < len(lines) and lines[top + 1].reason in _NAV_REASONS
    name = re.compile(r"(?<!\w)" + re.escape(re.sub(r"(?i)^the\s+", "", pieces[0].strip())) + r"(?!\w)", re.IGNORECASE)
    if below_nav or any(other.kind == BOILERPLATE and name.search(other.flat) for other in lines[after + 1:]):
        mark(line, BOILERPLATE, "masthead")


# The shapes a list's items may have been taken for; furniture a cue named (an "ALSO READ" line) ends the list.
_ITEM_REASONS = frozenset({"subheading", "page label", "ticker", _ROW_REASON})
_ITEM_WORDS = 25


def keep_announced_lists(runs: list[Run], lines: list[Line]) -> None:
    """A story sentence ending in a colon announces a list ("Provisional totals, 11 of 12
    constituencies:"); its items ("Agnes Nabwire Okumu (ODM) – 89,994") are short, unpunctuated
    and full of figures, the shape of headings and tickers, but they are the story, and their
    numbers are what two reports of it most need to agree on.  The items are the runs after it in
    its paragraph, or else in the next one, and there are two or more: one line under it is a
    subheading ("Let's take a closer look at how he fled:" / "Early life and joining Wagner").  A
    label in capitalised words ("Cite This Page:") is no sentence.  Measured and left out: any
    stack of rows with figures between two paragraphs of prose, unannounced (a box of coming
    auctions, "20 Mar – Otjiwarongo, weaners & store cattle, 10:00", has the same shape).  A shorter
    announcement ("Full result:", "Final standings:") is a label as much as a sentence: it announces the
    story's figures only, so its items must each hold one ("Anna Holt (Liberal) 12,406")."""
    for i, line in enumerate(lines[:-1]):
        if (line.kind != BODY or line.words < _LABEL_WORDS or not line.flat.endswith(":")
                or not any(word[0].islower() for word in line.tokens)):
            continue
        paragraph = runs[i + 1].paragraph
        if paragraph > runs[i].paragraph + 1 or i + 2 >= len(runs) or runs[i + 2].paragraph != paragraph:
            continue
        items = []
        for run, item in zip(runs[i + 1:], lines[i + 1:]):
            if run.paragraph != paragraph or item.words > _ITEM_WORDS or (
                    item.kind != BODY and item.reason not in _ITEM_REASONS):
                break
            items.append(item)
        if line.words < _SENTENCE_WORDS and not all(any(c.isdigit() for c in item.flat) for item in items):
            continue
        for item in items:
            mark(item, BODY, "")


_LABEL_WORDS = 2  # "Full result:"; "Results:" alone heads anything
_SENTENCE_WORDS = 3  # "The recalled units are:"


# "Turnout: 48.8%", "Peter Kamau Njenga (UDA): 28,915 (53.3%)", "1961: Graduates from Virginia State
# College", "Lead investor: Lumen Asia Partners": a label (a capitalised phrase or a year), a colon, a value.
_FACT_ITEM = re.compile(r"(?:[A-Z][^:]{0,60}|(?:1[89]|20)[0-9][0-9]):\s+\S")
_FACT_ITEM_REASONS = _ITEM_REASONS | {"navigation links"}
_FACT_STACK_MIN = 3


def keep_fact_stacks(lines: list[Line]) -> None:
    """Three or more "label: value" lines in a row that the shape rules took for page labels,
    headings or links are a box of the story's facts when at least half of them hold a figure and
    half share a word with the story's prose around them (their section, and more: ``furniture_facts``'
    reach), met by stem or fate as a box's labels meet it there ("Deaths: 12" / "Twelve people died",
    "Injuries: 40" / "40 were injured"): a results box ("Registered voters: 112,406", "Turnout: 48.8%"), a
    life in brief ("1961: Graduates from Virginia State College"), key figures ("Amount: US$32 million").  Their numbers are what two reports must agree on.  A
    widget of the page in the same shape (weather by city, "Nairobi: 24°C") shares no word with
    most stories; in a story that names its cities it is kept too, a smaller loss than a results
    box taken for furniture (a kept widget line is only unmatched in the comparison).  Labels a cue named ("Published: ...", "Source: ...") stay furniture, and so does a line
    in capitals ("RESULTS: LARI BY-ELECTION"), which heads the box: a page label right above a
    kept box becomes its heading."""
    stacks = []  # (first, end) of each run of three or more items with figures in half of them
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and _fact_item(lines[end]):
            end += 1
        stack = lines[i:end]
        if len(stack) >= _FACT_STACK_MIN and 2 * sum(any(c.isdigit() for c in item.flat) for item in stack) >= len(stack):
            stacks.append((i, end))
        i = max(end, i + 1)
    if not stacks:
        return  # most pages: no need to gather the story's words
    # The words met as furniture_facts meets a box's labels, so that a stack it would take for a copy of the
    # story's figures, or compare as the story's, is the story's here first ("Deaths: 14" / "Twelve people died").
    said = stems_said({word for first, end in stacks for item in lines[first:end] for word in item.tokens},
                      lines, stacks)
    for first, end in stacks:
        stack = lines[first:end]
        if 2 * sum(bool(word_stems(item.flat) & said) for item in stack) >= len(stack):
            for item in stack:
                mark(item, BODY, "")
            if first > 0 and lines[first - 1].reason == "page label":
                mark(lines[first - 1], HEADING, "subheading")


def _fact_item(line: Line) -> bool:
    return (line.kind != BODY and line.reason in _FACT_ITEM_REASONS and line.words <= _ITEM_WORDS
            and not line.flat.isupper() and bool(_FACT_ITEM.match(line.flat)))


# What only the shape of a line said: a table's row has that shape (short, unpunctuated, figures
# and names split by gaps) and says nothing else.  Rows a cue named ("Source: ...") stay furniture.
_SHAPE_REASONS = frozenset({"subheading", "page label", "ticker", _ROW_REASON, "dateline", "navigation links",
                            "page furniture"})


def keep_table_rows(lines: list[Line]) -> None:
    """A row of a table in the article's markup is the story's: a table of cases by state, of
    closures by weekend, of prices by market reports the story in figures, which two reports
    must agree on.  Only its shape made it look like a heading or a ticker.  (A box of match facts
    in a table is the page's, and is read as story too: on the gold pages, tables are mostly the
    story's.)  The row of column names the markup marked ("State | Suspected | Deaths") stays a
    heading: it labels the figures and reports nothing."""
    for line in lines:
        if line.table_row and line.reason in _SHAPE_REASONS:
            if line.marked_heading:
                mark(line, HEADING, "column names")
            elif line.kind != BODY:
                mark(line, BODY, "")
