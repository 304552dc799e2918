"""What each sentence of an article is: story text, a heading, or page furniture.

A copied news page carries more than the story: headlines and subheads, bylines
and datelines, photo captions and credits, share buttons, comment and newsletter
prompts, "Related articles" lists and teasers for other stories.  None of that
is a claim the two sources can agree or disagree on, so the aligner skips it,
and the window shows why in a tooltip (the *reason*).

The cues are general, never a particular site's strings, because the articles
users bring are not the ones we tested on:

* shape: a line of its own, its length, whether it ends with final punctuation,
  capitalisation; a short unpunctuated line is a heading;
* a modest vocabulary of page furniture ("share", "comments", "subscribe",
  "photo:", "published", "related", "you may also like", ...), only ever applied
  to *short* lines, so a story sentence that mentions comments stays a sentence;
* repetition: the second copy of a line is furniture (captions repeat alt text,
  teaser blocks repeat);
* neighbourhood: a name next to a date is a byline, a line next to a photo
  credit is its caption, the link titles under "Related articles" are links;
* vocabulary: a paragraph that shares almost no content words with the rest of
  the article is about another story (``off-story``).  It is the only judgement
  the aligner may overturn (see ``reader.core.compare``), and it is conservative.

All of it is linear in the length of the text: runs are visited a fixed number
of times and the off-story check compares each paragraph with document-wide
word counts, never with each other paragraph.

A *run* is one visual line of the text (or a hard-wrapped paragraph joined back
together); sentences never cross runs.  Most decisions are made per run and
apply to all its sentences.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

BODY, HEADING, BOILERPLATE = "body", "heading", "boilerplate"
OFF_STORY = "off-story"


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text no line break cuts, holding sentences ``first``..``last - 1``."""

    start: int
    end: int
    paragraph: int
    first: int
    last: int


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_CLOSERS = "\"'”’»)]"
_HEADING_MAX_WORDS = 20
_SHORT = 25  # furniture vocabulary is trusted only on lines at most this long (words)


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


# Each cue: (pattern, reason, longest line in words it may apply to).
# Patterns see the line with its whitespace collapsed.
_CUES: list[tuple[re.Pattern, str, int]] = [
    # Comment prompts.
    (_rx(r"^\d*\s*comments?\s*(\(\d+\))?$"), "comment prompt", 3),
    (_rx(r"\bcommenting\b|\bwhat do you think\b|\bhave your say\b"), "comment prompt", _SHORT),
    (_rx(r"\b(share|tell us|give us|let us know)\b.{0,30}\b(thoughts|views|opinions?|comments?|think)\b"),
     "comment prompt", _SHORT),
    (_rx(r"\bjoin\b.{0,40}\b(conversations?|discussions?|debates?|forums?|community)\b"), "comment prompt", _SHORT),
    (_rx(r"\b(leave|post|add|write) a (comment|reply)\b|\b(view|show|read|load|see) (all )?(\d+ )?(comments|replies)\b"),
     "comment prompt", _SHORT),
    (_rx(r"\bcomments? (are|have been) (closed|open)\b"), "comment prompt", _SHORT),
    # "Related articles" and friends: the heading of a list of links.
    (_rx(r"^(related( articles?| stories| content| coverage| reading| news| posts| links| topics| videos)?"
         r"|read (more|next|also)|also read|more (stories|news|on this( story| topic)?|like this|to explore|from \w+( \w+)?)"
         r"|you (may|might) (also )?(like|enjoy|be interested in)|recommended( for you| reading| stories)?"
         r"|most (read|popular|viewed|shared|watched)|popular( now| stories| today| news)?|trending( now| stories| news)?"
         r"|top stories|see also|further reading|editor'?s'? (choice|picks?)|don'?t miss|in other news"
         r"|what to read next|(latest|more) (news|stories|headlines)|elsewhere on( the)? \w+)\s*[:.]?$"),
     "related articles", 6),
    (_rx(r"^(read more|read also|also read|read next|related|see also|watch|listen)\s*:\s*\S"), "related link", _SHORT),
    # Share and follow buttons.
    (_rx(r"^(about )?(share|sharing|print|email|tweet|save)\b"), "share buttons", 5),
    (_rx(r"\bshare (this|the) (article|story|page|post|video)\b|\bshare (on|via) (facebook|twitter|whatsapp|x|email)\b"),
     "share buttons", 12),
    (_rx(r"\bfollow us\b|\bconnect with us\b|\bfind us on\b|\blike us on\b"), "share buttons", _SHORT),
    (_rx(r"^((facebook|twitter|x|whatsapp|linkedin|email|e-mail|telegram|reddit|pinterest|messenger|copy link)"
         r"[\s,|/·•]*){2,}$"), "share buttons", 12),
    # Newsletter, account and site prompts.
    (_rx(r"\b(our|free|daily|weekly|morning|evening)( \w+)? newsletters?\b|\bnewsletters?\b.*\b(sign up|subscribe|inbox)\b"
         r"|\b(sign up|subscribe)\b.*\bnewsletters?\b|\b(in|to|into) your inbox\b"), "newsletter prompt", _SHORT),
    (_rx(r"^subscribe\b|\bsubscribe (now|today|here|for|to (our|the|get))\b"), "newsletter prompt", _SHORT),
    (_rx(r"\b(log|logged|sign|signed) (in|out) to\b|\blogged in\b|\bthank you for (registering|subscribing|signing up)\b"
         r"|\b(refresh|reload) (the|this|your) (page|browser)\b|\b(enable|turn on) javascript\b|^(log ?in|sign ?in|register)$"),
     "sign-in prompt", _SHORT),
    (_rx(r"\bcookies?\b.*\b(accept|consent|policy|settings)\b|\b(accept|manage) cookies\b"), "cookie notice", _SHORT),
    (_rx(r"^(advertisement|advert|sponsored( content)?|promoted|ad|skip (to )?(main )?content|skip advert(isement)?"
         r"|continue reading( below)?|story continues below( advertisement)?)$"), "advertisement", 5),
    (_rx(r"^(supported|sponsored|presented|powered|brought to you) by\b|^(paid|partner) (content|post|partnership)$"),
     "advertisement", 8),
    (_rx(r"\bwhat are you looking for\b|^search( the site| this site| for)?\b|\btype (to|your) search\b"), "search box", 8),
    (_rx(r"^(listen|watch)( to)? (this|the) (article|story|video|report|podcast)\b|^(play|pause|replay) (video|audio)\b"
         r"|^\d{1,2}:\d{2}( min(utes)?)?$"), "media player", 10),
    (_rx(r"^(terms( of (use|service))?|terms (and|&) conditions|privacy( policy| notice| settings)?|cookies?( policy| settings)?"
         r"|accessibility( help| statement)?|contact( us| the \w+)?|about( us| the \w+)?|help|site ?map|careers"
         r"|advertise( with us)?|home|back to top|menu|more)$"), "site links", 5),
    # Photo captions and credits.
    (_rx(r"^(image|photo|media|video|picture) caption\b"), "photo caption", 25),
    (_rx(r"^(photo|photograph|image|picture|pic|video|illustration|graphic|footage|map|media)s?"
         r"( credit| source| by)?\s*[:,|–—-]\s*(\S|$)"), "image credit", 15),
    (_rx(r"^(credit|caption|getty images|photo credit)s?\s*[:,|–—-]?\s*\S"), "image credit", 15),
    (_rx(r"^(source|sources)\s*:\s*\S"), "source credit", 15),
    (_rx(r"\((image|photo|picture|pic|credit|photograph)s?\s*:[^)]*\)"), "photo caption", _SHORT + 10),
    (_rx(r"©|\bcopyright\b|\ball rights reserved\b"), "copyright notice", _SHORT),
    # Bylines and datelines.
    (re.compile(r"^By\s+[A-Z]"), "byline", 8),
    (_rx(r"\b(with inputs from|additional reporting|reporting by|editing by|edited by|written by|compiled by)\b"
         r"|\b(inputs|text) from agencies\b"), "byline", 15),
    (_rx(r"^\W*(published|updated|posted|last (updated|modified)|first published)\b"), "dateline", 12),
    (_rx(r"^\W*\d+\s+(second|minute|min|hour|hr|day|week|month|year)s?\s+ago\W*$"), "dateline", 6),
]

_MONTHS = "jan feb mar apr may jun jul aug sep sept oct nov dec".split()
_DATE_WORDS = frozenset(
    _MONTHS
    + """january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    am pm gmt bst utc cet cest est edt pst pdt et ist jst msk today yesterday at on updated published
    posted""".split()
)
_DATE_ANCHORS = frozenset(_DATE_WORDS - {"at", "on", "am", "pm"})
# The photographer / agency credit closing a caption: "(AFP via Getty Images)".
_CREDIT_PAREN = re.compile(
    r"\(([^()]*(\b(getty|afp|reuters|ap|associated press|pa|epa|efe|anadolu|xinhua|tass|ria|bloomberg|"
    r"shutterstock|alamy|copyright|all rights reserved|images?|photos?|pictures?|via|credit|handout|file)\b"
    r"|©|\S\s?/\s?\S)[^()]*)\)$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"([-*+•·–—]|\d{1,3}[.)]|[a-z][.)])\s")
_IMAGE_CREDIT_REASONS = frozenset({"image credit", "photo caption", "copyright notice"})
# A dash and an agency after the last sentence: "... discipline”. – Reuters".
_AGENCY_SIGNOFF = re.compile(r"^[-–—]+\s*[A-Z][\w&.'’/ -]{0,40}$")


@dataclass(slots=True)
class _Line:
    """What the classifier knows about one run."""

    flat: str  # the run's text with whitespace collapsed
    tokens: list[str]  # its words
    openers: set[int]  # which of the tokens open a sentence
    sentences: int
    terminal: bool  # ends with . ! ? or …, perhaps inside quotes/brackets
    kind: str = BODY
    reason: str = ""
    foreign_share: float = 1.0  # see _foreign_shares; 1.0 when not a candidate
    content: set[str] = field(default_factory=set)  # filled in for the off-story check

    @property
    def words(self) -> int:
        return len(self.tokens)

    @property
    def unpunctuated(self) -> bool:
        """A line on its own with no final punctuation: headline, caption, label, link."""
        return self.sentences == 1 and not self.terminal and self.flat[-1] not in ",;:"

    @property
    def heading_like(self) -> bool:
        # A list item ("- a ban on flights") is story text, not a heading.
        return (self.unpunctuated and self.words <= _HEADING_MAX_WORDS
                and not self.flat[0].islower() and not _BULLET.match(self.flat))

    @property
    def teaser(self) -> bool:
        """Ends in an ellipsis: a cut-off preview of another article."""
        end = self.flat.rstrip(_CLOSERS)
        return end.endswith(("...", "…"))


def classify(text: str, runs: list[Run], spans: list[tuple[int, int]]) -> list[tuple[str, str]]:
    """``(kind, reason)`` for each sentence ``spans[i]`` of ``text``, grouped in ``runs``."""
    lines = [_describe(text, run, spans) for run in runs]
    _mark_repeats(lines)
    _mark_cues(lines)
    _mark_menus(runs, lines)
    _mark_related_blocks(lines)  # link titles first: they are no captions, and lend teasers no support
    _mark_captions(lines)
    _mark_bylines(lines)
    _mark_headings(runs, lines)
    _mark_off_story(text, runs, spans, lines)
    _mark_related_blocks(lines)  # then again: off-story teasers carry a block on
    _mark_sandwiched(lines)
    _name_headings(lines)
    result: list[tuple[str, str]] = []
    for run, line in zip(runs, lines):
        for start, end in spans[run.first:run.last]:
            if line.kind == BODY and _AGENCY_SIGNOFF.match(text[start:end]):
                result.append((BOILERPLATE, "agency credit"))
            else:
                result.append((line.kind, line.reason))
    return result


def _describe(text: str, run: Run, spans: list[tuple[int, int]]) -> _Line:
    flat = " ".join(text[run.start:run.end].split())
    end = flat.rstrip(_CLOSERS)
    tokens: list[str] = []
    openers = set()
    for start, stop in spans[run.first:run.last]:
        openers.add(len(tokens))
        tokens.extend(_WORD.findall(text, start, stop))
    return _Line(flat, tokens, openers, run.last - run.first, terminal=end[-1:] in (".", "!", "?", "…"))


def _mark(line: _Line, kind: str, reason: str) -> None:
    line.kind, line.reason = kind, reason


def _mark_repeats(lines: list[_Line]) -> None:
    """Later copies of a line are furniture: captions repeat alt text, teasers repeat."""
    seen: set[str] = set()
    for line in lines:
        key = line.flat.casefold()
        if key in seen and line.words:
            _mark(line, BOILERPLATE, "repeated line")
        seen.add(key)


def _mark_cues(lines: list[_Line]) -> None:
    for line in lines:
        if line.kind != BODY:
            continue
        if not line.words:
            _mark(line, BOILERPLATE, "no words")  # "***", "—", a lone "|"
            continue
        reason = _cue(line)
        if reason:
            _mark(line, BOILERPLATE, reason)


def _cue(line: _Line) -> str:
    for pattern, reason, max_words in _CUES:
        if line.words <= max_words and pattern.search(line.flat):
            if reason == "byline" and line.terminal and line.flat.startswith("By "):
                continue  # "By then it was over." is a sentence
            return reason
    if line.unpunctuated and line.words <= 12 and _is_date(line.flat):
        return "dateline"
    if line.unpunctuated and _CREDIT_PAREN.search(line.flat):
        return "photo caption"
    if line.sentences == 1 and not line.terminal and _is_link_list(line.flat):
        return "navigation links"
    return ""


def _is_date(flat: str) -> bool:
    """"Wednesday 07 February 2024 11:22 GMT", "Jan 5, 2023 | 10:42am"."""
    tokens = re.findall(r"[a-z]+|\d+", flat.lower())
    anchors = [t for t in tokens if t in _DATE_ANCHORS or len(t) >= 3 and t[:3] in _MONTHS and t in _DATE_WORDS]
    known = [t for t in tokens if t.isdigit() or t in _DATE_WORDS]
    return bool(tokens) and len(known) == len(tokens) and (bool(anchors) or ":" in flat)


def _is_link_list(flat: str) -> bool:
    """"Latest News, Trending News, Cricket News, Bollywood News": menu items, not prose."""
    items = [item.strip() for item in re.split(r"\s*[,|•·]\s*", flat) if item.strip()]
    if len(items) < 3:
        return False
    return all(len(item.split()) <= 4 and item[0].isupper() for item in items[1:]) and items[0][:1].isupper()


def _mark_menus(runs: list[Run], lines: list[_Line]) -> None:
    """Three or more one-to-four-word lines stacked in one paragraph: a menu ("Home / News / Sport")."""
    def item(i: int) -> bool:
        line = lines[i]
        return (line.kind != BOILERPLATE or line.reason == "site links") and line.heading_like and line.words <= 4

    stack: list[int] = []
    for i in range(len(lines) + 1):
        if i < len(lines) and item(i) and stack and runs[i].paragraph == runs[stack[-1]].paragraph:
            stack.append(i)
            continue
        if len(stack) >= 3:
            for j in stack:
                if lines[j].kind != BOILERPLATE:
                    _mark(lines[j], BOILERPLATE, "navigation links")
        stack = [i] if i < len(lines) and item(i) else []


def _mark_captions(lines: list[_Line]) -> None:
    """A caption's text without its credit, repeated elsewhere, is the image's alt text."""
    captions = set()
    for line in lines:
        if line.reason == "photo caption":
            match = _CREDIT_PAREN.search(line.flat)
            if match:
                captions.add(line.flat[:match.start()].strip().casefold())
    if captions:
        for line in lines:
            if line.kind == BODY and line.flat.casefold() in captions:
                _mark(line, BOILERPLATE, "photo caption")
    # A line without final punctuation right next to a photo credit is its caption,
    # unless it is the first such line of the page: that is the headline above the picture.
    headline = next((i for i, line in enumerate(lines) if line.kind == BODY), -1)
    for i, line in enumerate(lines):
        if line.reason not in _IMAGE_CREDIT_REASONS:
            continue
        for j in (i - 1, i + 1):
            if (0 <= j < len(lines) and j != headline and lines[j].kind == BODY
                    and lines[j].heading_like and lines[j].words >= 4):
                _mark(lines[j], BOILERPLATE, "photo caption")


_ROLE = _rx(r"\b(correspondent|editor|reporter|writer|columnist|contributor|staff|journalist|producer|analyst"
            r"|bureau chief|news desk|newsroom)s?\b")


def _mark_bylines(lines: list[_Line]) -> None:
    """A bare name ("Jane Smith") next to a dateline is the byline; so is a role under a byline."""
    for i, line in enumerate(lines):
        if (line.kind != BOILERPLATE and line.unpunctuated and line.words <= 8 and i > 0
                and lines[i - 1].reason == "byline" and _ROLE.search(line.flat)):
            _mark(line, BOILERPLATE, "byline")  # "Environment correspondent, BBC News"
    for i, line in enumerate(lines):
        if line.kind != BODY or not line.unpunctuated or not 2 <= line.words <= 4:
            continue
        if not all(word[0].isupper() for word in line.flat.split()) or any(c.isdigit() for c in line.flat):
            continue
        neighbours = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if any(n.reason in ("dateline", "byline") for n in neighbours):
            _mark(line, BOILERPLATE, "byline")


def _mark_headings(runs: list[Run], lines: list[_Line]) -> None:
    story_started = False
    for i, line in enumerate(lines):
        if line.kind != BODY:
            continue
        if line.heading_like or (not story_started and _question_headline(runs, lines, i)):
            _mark(line, HEADING, "subheading")
        else:
            story_started = True


def _question_headline(runs: list[Run], lines: list[_Line], i: int) -> bool:
    """"Who is Andrei Medvedev?" above the story: a headline, though it ends with "?"."""
    line = lines[i]
    alone = i + 1 == len(lines) or runs[i + 1].paragraph != runs[i].paragraph
    return (alone and line.sentences == 1 and line.flat.rstrip(_CLOSERS)[-1:] in "?!"
            and line.words <= 15 and line.flat[0].isupper())


def _name_headings(lines: list[_Line]) -> None:
    """The first heading is the headline, if it comes before the story starts."""
    for line in lines:
        if line.kind == BODY:
            return  # the text opens with its lede: every heading is a subheading
        if line.kind == HEADING:
            line.reason = "headline"
            return


# ---------------------------------------------------------------------------
# Off-story paragraphs: vocabulary shared with the rest of the article.

_STOPWORDS = frozenset(
    """a about above after again against all almost also although am among an and another any
    are around as at away back be because been before being below between both but by came can
    cannot come could day days did do does doing done down during each early either else even
    ever every few first for four from further get gets getting give given go going gone got had
    has have having he her here hers herself him himself his how however i if in including into
    is it its itself just know known last late later least less like made make makes many may
    me might more most much must my myself never new next no nor not now of off often on once
    one only or other others our ours out over own part per put rather really said same say
    saying says see seen several she should since so some still such take taken than that the
    their theirs them themselves then there these they thing things this those though three
    through thus time times to told too took two under until up upon us use used very want was
    way we week weeks well went were what when where whether which while who whom whose why
    will with within without would year years yet you your yours mr mrs ms dr""".split()
)
# Off-story on vocabulary alone needs a long paragraph that shares almost
# nothing; under a "Related articles" heading the evidence may be weaker.
_MIN_CONTENT_WORDS = 12
_OFF_STORY_SHARE = 0.1
_MINORITY = 3  # a group of paragraphs holding a third of the text or more is a story of its own
_MIN_BLOCK_WORDS = 8
_BLOCK_SHARE = 0.3


def _content_words(tokens: list[str]) -> set[str]:
    words = {_content_form(token.lower()) for token in tokens}
    words.discard("")
    return words


@lru_cache(maxsize=1 << 16)
def _content_form(word: str) -> str:
    """A lowercase word's comparable form ("prisoners" -> "prisoner"); "" for function words."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) < 3 or word in _STOPWORDS or word.isdigit():
        return ""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 4:
        return word[:-1]
    return word


def _mark_off_story(text: str, runs: list[Run], spans: list[tuple[int, int]], lines: list[_Line]) -> None:
    """Flag paragraphs about another story; remember every candidate's share for the blocks.

    Vocabulary alone cannot tell a paragraph about another story from a story
    paragraph that happens to share no words with the rest (a new witness, a
    new place).  So, to stay conservative, a paragraph is flagged on its own
    only when it shares (almost) nothing *and* sits next to page furniture,
    where pasted teasers and "more news" items live.  Under a "Related
    articles" heading the evidence may be weaker (``_mark_related_blocks``).
    """
    shares = _foreign_shares(text, runs, spans, lines)
    for i, share in shares.items():
        lines[i].foreign_share = share
    for i, share in shares.items():
        line = lines[i]
        neighbours = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        beside_furniture = any(n.kind == BOILERPLATE or n.foreign_share <= _OFF_STORY_SHARE for n in neighbours)
        if (share <= _OFF_STORY_SHARE and beside_furniture
                and len(line.content) >= _MIN_CONTENT_WORDS):
            _mark(line, BOILERPLATE, OFF_STORY)


def _foreign_shares(text: str, runs: list[Run], spans: list[tuple[int, int]],
                    lines: list[_Line]) -> dict[int, float]:
    """For body paragraphs that may be about another story: how much they share with the rest.

    Paragraphs are grouped by the proper names they share (union-find over
    names: one pass, no pairwise comparison).  A paragraph may be about another
    story when it brings two or more names of its own and its group is a
    minority of the text; its share is the part of its content words that
    occur anywhere outside its group (teasers for other stories support each
    other, not the story).  A paragraph that opens by pointing back ("He
    said...", "Their lawyer...") continues the story and is never a candidate.
    """
    kept = [i for i, line in enumerate(lines) if line.kind != BOILERPLATE]
    for i in kept:
        lines[i].content = _content_words(lines[i].tokens)
    vocab = {i: lines[i].content for i in kept}
    parts = {i: _names(lines[i]) for i in kept}
    known = set().union(*(inner for inner, _ in parts.values()))
    # A known name opening a sentence ("Medvedev said...") is still that name.
    names = {i: inner | (opening & known) for i, (inner, opening) in parts.items()}
    parent = list(range(len(lines)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i in kept:
        for name in names[i]:
            if name in owner:
                parent[root(i)] = root(owner[name])
            else:
                owner[name] = i
    members: Counter[int] = Counter(root(i) for i in kept)
    everywhere: Counter[str] = Counter()
    per_group: dict[int, Counter[str]] = {}
    for i in kept:
        everywhere.update(vocab[i])
        per_group.setdefault(root(i), Counter()).update(vocab[i])
    shares = {}
    for i in kept:
        words, group = vocab[i], root(i)
        if (lines[i].kind != BODY or len(words) < _MIN_BLOCK_WORDS or len(names[i]) < 2
                or members[group] * _MINORITY > len(kept) or _points_back(lines[i].flat)):
            continue
        shares[i] = sum(1 for word in words if everywhere[word] > per_group[group][word]) / len(words)
    return shares


_BACK_REFERENCES = frozenset("he his him she her they their them it its this these those that there such".split())


def _points_back(flat: str) -> bool:
    first = _WORD.search(flat)
    return bool(first) and first.group().lower() in _BACK_REFERENCES


def _names(line: _Line) -> tuple[set[str], set[str]]:
    """Capitalised words (names, places, organisations): inside sentences, and opening them.

    A sentence's first word is capitalised anyway; the caller counts it only if
    it is a name found inside some sentence of the document.
    """
    inner: set[str] = set()
    opening: set[str] = set()
    openers = line.openers
    for number, word in enumerate(line.tokens):
        if word[0].isupper() and len(word) > 1:
            key = _name_form(word)
            if key:
                (opening if number in openers else inner).add(key)
    return inner, opening


@lru_cache(maxsize=1 << 16)
def _name_form(word: str) -> str:
    key = word.casefold()
    if key.endswith(("'s", "’s")):
        key = key[:-2]
    return "" if key in _STOPWORDS or key in _DATE_WORDS or key == "i" else key


# ---------------------------------------------------------------------------
# Neighbourhoods: a list of links under a "Related articles" heading, labels
# stranded between pieces of furniture.


def _mark_related_blocks(lines: list[_Line]) -> None:
    """The link titles and teasers under a "Related articles" heading."""
    in_block = False
    for line in lines:
        if line.reason == "related articles":
            in_block = True
        elif not in_block:
            continue
        elif line.kind == BOILERPLATE:
            pass  # labels, repeats, off-story teasers: still the block
        elif (not line.terminal and line.words <= _HEADING_MAX_WORDS) or line.teaser or line.words <= 3:
            _mark(line, BOILERPLATE, "related link")  # a title, a cut-off teaser, a label ("Live.")
        elif line.foreign_share <= _BLOCK_SHARE:
            _mark(line, BOILERPLATE, OFF_STORY)
        else:
            in_block = False


def _mark_sandwiched(lines: list[_Line]) -> None:
    """A label of a word or three between two pieces of furniture ("Copy link") is furniture too."""
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if (line.kind != BOILERPLATE and line.unpunctuated and line.words <= 3
                and lines[i - 1].kind == BOILERPLATE and lines[i + 1].kind == BOILERPLATE):
            _mark(line, BOILERPLATE, "page furniture")
