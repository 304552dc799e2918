"""Off-story paragraphs: a paragraph that shares (almost) no vocabulary with the rest of the article.

Teasers for other stories and "more news" items pasted along with an article
read like story text, so neither cues nor shape catch them; what gives them
away is vocabulary.  Paragraphs are grouped by the proper names they share,
and a paragraph whose content words hardly occur outside its own minority
group is probably about something else.  The verdict is deliberately
conservative (see ``mark_off_story``), and it is the only one the aligner
may overturn (``reader.core.compare``).

It stays linear: each paragraph is compared with document-wide word counts
and grouped by a union-find over names, never compared with each other
paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from reader.core.furniture_dates import DATE_WORDS
from reader.core.furniture_lines import BODY, BOILERPLATE, HEADING, OFF_STORY, REPORTED_SPEECH, WORD, Line, mark

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
BLOCK_SHARE = 0.3  # ... and under one, a paragraph sharing at most this part is a teaser
# In a brief of a few paragraphs each paragraph brings words of its own (the toll, the victims, the
# start), so sharing nothing with the rest says nothing: vocabulary alone flags no paragraph of an
# article with fewer story paragraphs than this.  (On the 22 furniture gold sets no sentence changes
# for any value up to 12; a four-paragraph wire brief lost its lead and its victims paragraph.)
MIN_STORY_PARAGRAPHS = 6


class _Memo(dict):
    """``memo[word]`` is ``form(word)``, computed once per word.

    Every word of every paragraph is looked up, and most are repeats; as a
    dict, ``map(memo.__getitem__, tokens)`` serves them without a Python call
    per word.  Cleared when full, so a long session cannot grow it without end.
    """

    def __init__(self, form: Callable[[str], str], size: int = 1 << 16) -> None:
        super().__init__()
        self.form, self.size = form, size

    def __missing__(self, word: str) -> str:
        if len(self) >= self.size:
            self.clear()
        form = self[word] = self.form(word)
        return form


def content_words(tokens: list[str]) -> set[str]:
    """The comparable forms of a line's content words ("Prisoners" -> "prisoner")."""
    words = set(map(_CONTENT_FORMS.__getitem__, tokens))
    words.discard("")
    return words


def _content_form(token: str) -> str:
    """A word's comparable form ("Prisoners" -> "prisoner"); "" for function words."""
    word = token.lower()
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) < 3 or word in _STOPWORDS or word.isdigit():
        return ""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 4:
        return word[:-1]
    return word


_CONTENT_FORMS = _Memo(_content_form)


def mark_off_story(lines: list[Line]) -> None:
    """Flag paragraphs about another story; remember every candidate's share for the blocks.

    Vocabulary alone cannot tell a paragraph about another story from a story
    paragraph that happens to share no words with the rest (a new witness, a
    new place).  So, to stay conservative, a paragraph is flagged on its own
    only when it shares (almost) nothing *and* sits next to page furniture,
    where pasted teasers and "more news" items live.  Under a "Related
    articles" heading the evidence may be weaker
    (``furniture_context.mark_related_blocks``).  Adverts and photo captions
    beside it count for nothing (``_INTERLEAVED``), and a paragraph with a
    paragraph of the story right above *and* below is amid the story and spared
    (``_story_paragraph``): a one-source claim under a caption ("U.S. District
    Judge ... scheduled a hearing on punitive damages ...") shares few words with
    the rest but is the story going on (round 17: no gold sentence changed).
    Below a paragraph, only furniture that does not close the story counts
    (``_closes_story``): a list's title, the story's credits and its writer's bio
    follow the story's last paragraph, so a paragraph right over them is the story
    ending (round 18: 1 such paragraph of set 21 kept, none lost; counting the
    share row too kept 1 more, but then a teaser pasted over "Share this article"
    stayed story).  Measured and left out: sparing any paragraph straight under a
    paragraph of the story.  It keeps closing paragraphs on what comes next (3 in sets 21 and 22,
    none lost), but a teaser pasted right under the story's last paragraph then
    stays story too; both share nothing.  Also measured and left out, for the
    closing paragraphs of a story whose names fall into many small groups
    (set 21): never flagging the largest name group (1 of 2 such paragraphs kept,
    8 furniture sentences lost on the other sets), or a group with a paragraph amid
    the story (both kept, 9 lost).  A flagged story sentence is still aligned, and
    is story again when the other source reports it (``compare.RESCUABLE``).  An article of
    fewer than ``MIN_STORY_PARAGRAPHS`` story paragraphs is too short for the vocabulary to say
    anything, and none of its paragraphs is flagged here.  Nor is one of the story's people
    speaking, however few of its words they use (``_a_witness_of_the_story``).
    """
    shared = _words_shared(lines)
    for i, words in shared.items():
        lines[i].foreign_share = len(words) / len(lines[i].content)
    if sum(map(_story_paragraph, lines)) < MIN_STORY_PARAGRAPHS:
        return
    title_names = _title_names(lines)
    for i, words in shared.items():
        line = lines[i]
        above, below = _neighbour(lines, i - 1), _neighbour(lines, i + 1)
        neighbours = [n for n in (above, below) if n is not None]
        beside_furniture = _furniture(above) or _furniture(below) and not _closes_story(above, below)
        amid_story = len(neighbours) == 2 and all(map(_story_paragraph, neighbours))
        if (line.foreign_share <= _OFF_STORY_SHARE and beside_furniture and not amid_story
                and len(line.content) >= _MIN_CONTENT_WORDS and not _a_witness_of_the_story(line, words, title_names)):
            mark(line, BOILERPLATE, OFF_STORY)


def _a_witness_of_the_story(line: Line, shared: set[str], title_names: set[str]) -> bool:
    """Is the paragraph one of the story's people speaking to its reporter, a relative or a witness new
    to the story ('"My brother phoned me at ten to say the rock was talking," said Nomvula Khumalo, whose
    brother survived.'), however few of the story's words it uses?

    It gives someone's words and says whose they are (``_quotes_someone``), and either it names a person
    or a place of the story's title ("Caerphilly County Borough Council said ..." under "Man who set
    fire to Caerphilly flat ..."), or the speaker's words are most of it and are of the story: the
    quotation holds one of the words the paragraph ``shared`` with the rest (the mine's "rock").  A
    teaser for another story gives its summary in the outlet's voice, a quotation at most inside it
    ('A climber stranded on K2 said: "We thought he was dead." He was airlifted to ...'), and a word it
    shares with the story may stand in who was told or when ("told police", "said on Sunday"), which
    ties it to no story; so one shared word spares no paragraph.  Nor does a date inside the quotation.
    """
    if not _quotes_someone(line.flat):
        return False
    inner, opening = _names(line)
    if (inner | opening) & title_names:
        return True
    quoted = [word for quotation in _QUOTATION.findall(line.flat) for word in WORD.findall(quotation)]
    return 2 * len(quoted) >= line.words and any(
        word not in DATE_WORDS for word in content_words(quoted) & shared)


def _title_names(lines: list[Line]) -> set[str]:
    """The names the story's title gives: those of the headings above its first paragraph (its
    headline and standfirst); a teaser's title stands lower down."""
    names: set[str] = set()
    for line in lines:
        if _story_paragraph(line):
            break
        if line.kind == HEADING:
            names |= _names(line)[0]
    return names


# A quotation: "..." “...” «...», or ‘...’ closed where no letter follows (the ’ of "it’s" closes none).
_QUOTATION = re.compile(r'"[^"]+"|“[^“”]+”|«[^«»]+»|‘[^‘]+?’(?!\w)')
_QUOTED_WORDS = 3


def _quotes_someone(flat: str) -> bool:
    """Does the paragraph give someone's own words, a quotation of a few words, and say who said them?"""
    quotations = _QUOTATION.findall(flat)
    if not any(len(quotation.split()) >= _QUOTED_WORDS for quotation in quotations):
        return False
    return REPORTED_SPEECH.search(_QUOTATION.sub(" ", flat)) is not None


# Adverts and pictures are no evidence either way: their slots are set between the story's own
# paragraphs (a photo caption above a story paragraph made a one-source claim look like a teaser).
_INTERLEAVED = frozenset({"advertisement", "photo caption", "image credit"})
# Body text this long, ending a sentence, is a paragraph of the story ("e-Paper" in a menu is not).
_STORY_PARAGRAPH_WORDS = 8
# Lines that say the story ended right above them: a list's title ("Related stories", "Most Read
# Local Stories"), and the story's own credits and its writer's bio ("Associated Press writer Jane
# Roe contributed to this report.", "Emma Caldwell covers transportation for The Daily Ledger.").
# Not a share row: "Share this article" stands under whatever the page pasted last, a teaser too.
_STORY_ENDS_ABOVE = frozenset({"related articles", "page label", "byline", "author bio"})


def _neighbour(lines: list[Line], j: int) -> Line | None:
    """Line ``j``, if there is one and it is no advert or picture.

    Nor a topic's tag under "Related Topics" (``_tag``): a paragraph under the tags is not
    thereby beside a teaser's furniture.
    A later copy counts as what its first copy is: the page's second "Advertisement" or
    "View image in fullscreen" is as much an advert or a picture as the first, though the
    cues named only the first (the copies are marked "repeated line" before the cues run).
    """
    if not 0 <= j < len(lines):
        return None
    line = lines[j]
    first = line.first_copy or line
    return None if line.reason in _INTERLEAVED or first.reason in _INTERLEAVED or _tag(line) else line


# A link of a word or two is a topic's or a section's name ("Heatwaves", "Welsh Football"), not a
# teaser's title: a box of such tags stands amid the story as well as after it.
_TAG_WORDS = 2


def _tag(line: Line) -> bool:
    return line.reason == "related link" and line.words <= _TAG_WORDS


def _furniture(line: Line | None) -> bool:
    """Page furniture, or a paragraph that shares (almost) nothing either: where teasers live."""
    return line is not None and (line.kind == BOILERPLATE or line.foreign_share <= _OFF_STORY_SHARE)


def _closes_story(above: Line | None, below: Line) -> bool:
    """Does the paragraph between ``above`` and ``below`` close the story?

    A title ("Related stories", "Most Read Local Stories") says what comes *under* it: right
    below a paragraph it says that the story ended there, not that the paragraph is a teaser
    (the teasers are under the title).  So do the story's own credits and its writer's bio,
    which follow the story's last paragraph, not a pasted teaser.  The closing paragraph of a
    story ("The National Transportation Safety Board is leading the investigation.") sits
    right over them.  It takes a line above that is no advert or picture: right under an
    advert's slot the paragraph may be the advert's own text ("Got the Terrace app? ...
    Download on the App Store"), and the line below is all there is to go on.
    """
    return above is not None and below.reason in _STORY_ENDS_ABOVE


def _story_paragraph(line: Line) -> bool:
    """Body text that reads as a paragraph: it ends a sentence and has eight words or more.

    A paragraph with one above and one below is amid the story: a one-source claim
    ("U.S. District Judge ... scheduled a hearing on punitive damages ...") or a new
    witness, however few words it shares with the rest.
    """
    return line.kind == BODY and line.terminal and line.words >= _STORY_PARAGRAPH_WORDS


def _words_shared(lines: list[Line]) -> dict[int, set[str]]:
    """For body paragraphs that may be about another story: the content words they share with the rest.

    Paragraphs are grouped by the proper names they share (union-find over
    names: one pass, no pairwise comparison).  A paragraph may be about another
    story when it brings two or more names of its own and its group is a
    minority of the text; it shares those of its content words that occur
    anywhere outside its group (teasers for other stories support each other,
    not the story), and its share is the part of its content words they make.
    The group of the story's first paragraph (its lead) is the story's own,
    however small a part of the text it is: a live blog's post titles and its
    posts that name nobody each count as a paragraph, so the story's names may
    sit in a third of them or fewer ("The NTSB is sending a team ... Governor
    Dana Whitcombe said she would visit Easton Falls ..." in the group of the
    lead "Part of the Delmont River Bridge in Easton Falls collapsed ...").
    There a word counts as shared when any other paragraph has it, one of the
    group's own too.  (Measured on the 22 gold sets: it kept a closing
    paragraph of set 22, "Lamont, who previously ran a Norwegian coastal ferry
    company, will face ...", and lost no furniture; taking the names of the
    headings over the lead instead takes in the masthead's, and spared the
    outlet's own notices that name it, 5 furniture sentences of sets 8 and 12.)
    A paragraph that opens by pointing back ("He said...", "Their lawyer...")
    continues the story and is never a candidate.
    """
    kept = [i for i, line in enumerate(lines) if line.kind != BOILERPLATE]
    for i in kept:
        lines[i].content = content_words(lines[i].tokens)
    parts = {i: _names(lines[i]) for i in kept}
    known = set().union(*(inner for inner, _ in parts.values()))
    # A known name opening a sentence ("Medvedev said...") is still that name.
    names = {i: inner | (opening & known) for i, (inner, opening) in parts.items()}
    group_of = _groups_by_name(kept, names, len(lines))
    members: Counter[int] = Counter(group_of.values())
    candidates = [
        i for i in kept
        if lines[i].kind == BODY and len(lines[i].content) >= _MIN_BLOCK_WORDS and len(names[i]) >= 2
        and members[group_of[i]] * _MINORITY <= len(kept) and not _points_back(lines[i].flat)
    ]
    if not candidates:
        return {}
    lead = next((i for i in kept if _story_paragraph(lines[i])), None)
    story = group_of[lead] if lead is not None else None
    # Word counts per group are needed only for the candidates' groups, not for
    # the story's own (by far the largest) group.
    everywhere: Counter[str] = Counter()
    per_group: dict[int, Counter[str]] = {group_of[i]: Counter() for i in candidates if group_of[i] != story}
    for i in kept:
        everywhere.update(lines[i].content)
        if group_of[i] in per_group:
            per_group[group_of[i]].update(lines[i].content)
    shared = {}
    for i in candidates:
        if group_of[i] == story:  # any other paragraph has the word (a paragraph counts a word once)
            shared[i] = {word for word in lines[i].content if everywhere[word] > 1}
        else:
            in_group = per_group[group_of[i]]
            shared[i] = {word for word in lines[i].content if everywhere[word] > in_group[word]}
    return shared


def _groups_by_name(kept: list[int], names: dict[int, set[str]], size: int) -> dict[int, int]:
    """Each kept paragraph's group: paragraphs sharing a name (directly or through others) share a group."""
    parent = list(range(size))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i in kept:
        group = i  # nothing joins paragraph i to a group before its own turn
        for name in names[i]:
            if name in owner:
                other = root(owner[name])
                parent[group] = other
                group = other
            else:
                owner[name] = i
    return {i: root(i) for i in kept}


_BACK_REFERENCES = frozenset("he his him she her they their them it its this these those that there such".split())


def _points_back(flat: str) -> bool:
    first = WORD.search(flat)
    return bool(first) and first.group().lower() in _BACK_REFERENCES


def _names(line: Line) -> tuple[set[str], set[str]]:
    """Capitalised words (names, places, organisations): inside sentences, and opening them.

    A sentence's first word is capitalised anyway; the caller counts it only if
    it is a name found inside some sentence of the document.
    """
    keys = list(map(_NAME_FORMS.__getitem__, line.tokens))
    opening: set[str] = set()
    for number in line.openers:
        if number < len(keys):  # a sentence without words "opens" at the next one, or past the end
            opening.add(keys[number])
            keys[number] = ""  # counted as opening, so not as inner
    inner = set(keys)
    inner.discard("")
    opening.discard("")
    return inner, opening


def _name_form(word: str) -> str:
    """The key a capitalised word is known by as a name; "" for anything else."""
    if not word[0].isupper() or len(word) < 2:
        return ""
    key = word.casefold()
    if key.endswith(("'s", "’s")):
        key = key[:-2]
    return "" if key in _STOPWORDS or key in DATE_WORDS or key == "i" else key


_NAME_FORMS = _Memo(_name_form)
