"""Other media set into a story: an embedded post's text, and a video's transcript.

A page that embeds a post from X or Twitter keeps the post's fallback text: its words, then its
signature ("— Sam Whitely (@samwhitely) March 3, 2026").  The cues know the signature; the words
right above it are the post.  From someone the story never names, it is an onlooker's message the
story shows, not a claim it makes, and it is grey as the signature is (when it is as short as a post
is).  From someone the story names ("— Morwen Ferries (@MorwenFerries)" on a page about the Morwen
Star and its operator), it is that party's own statement, which the story stands on as it does on a
quotation: it stays story.

A video set into the page may bring its transcript: a run of lines each opening with its speaker
in capitals ("REPORTER: This is the moment ...", "DEREK PELL: I thought ..."), with a stage
direction in brackets among them ("[Doorbell camera footage, no sound]").  It retells the story
in other words and would link to the story's own sentences, so it is grey too.  A run counts as a
transcript when someone in it speaks twice (a conversation, not a list of labelled briefs,
"LONDON: ...", "PARIS: ...") and the page tells more of its story outside it: a page that is all
transcript (a broadcast's) is the story itself.  A run whose speakers, leaving aside the broadcast's
own roles ("REPORTER", "HOST"), are all people the story names outside it ("Senator Ruth Alvarez
pressed her" over "ALVAREZ: ..." and "MORGAN: ...") is an exchange the story quotes, as it quotes
anyone: its claims are the story's, and it stays story.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.core.furniture_cues import EMBEDDED_POST, POST_SIGNATURE
from reader.core.furniture_lines import BODY, BOILERPLATE, Line, mark

TRANSCRIPT = "transcript"
_POST_WORDS = 70  # a post is 280 characters, or a few more on another network
# "REPORTER:", "DEREK PELL:", "STEVE INSKEEP, HOST:", "UNIDENTIFIED PERSON #1:".
_SPEAKER = re.compile(r"^(?P<speaker>[A-Z][A-Z.'’-]+(?:,? [A-Z#\d][A-Z.'’#\d-]*){0,4}):\s+\S")
_SPEAKER_LETTERS = 3  # "Q:" and "A:" open an interview's questions and answers, which are its story
# Labels a page sets in capitals before its own notes and news: never someone speaking.
_NOT_SPEAKERS = frozenset("""
    UPDATE UPDATED BREAKING WATCH EXCLUSIVE NOTE CORRECTION CLARIFICATION WARNING LIVE ANALYSIS OPINION
    VIDEO PHOTO PHOTOS LISTEN RELATED LATEST ALSO READ MORE SEE DISCLAIMER SPOILER EDITOR'S EDITOR’S FACT CHECK
""".split())
# The roles and titles a transcript's speaker label gives besides a name ("STEVE INSKEEP, HOST:",
# "SEN. RUTH ALVAREZ:", "UNIDENTIFIED PERSON #1:"): none of them names anyone the story could.
_ROLE_WORDS = frozenset("""
    REPORTER PRESENTER HOST CO-HOST ANCHOR CORRESPONDENT INTERVIEWER NARRATOR MODERATOR ANNOUNCER VOICE
    UNIDENTIFIED PERSON MAN WOMAN CHILD CROWD CALLER DISPATCHER OPERATOR OFFICER SPEAKER AUDIENCE MEMBER
    CHAIR CHAIRMAN CHAIRWOMAN SEN SEN. SENATOR REP REP. REPRESENTATIVE DR DR. MR MR. MRS MRS. MS MS.
    BYLINE TRANSLATOR INTERPRETER THE
""".split())
_STAGE_DIRECTION = re.compile(r"^\[[^\]]{1,80}\]")
# What a post's words have and a story's prose has not: a hashtag, a handle, a link, an emoji.
_POST_MARKS = re.compile(r"(?:^|\s)[#@]\w|https?://|[\u2600-\u27bf\U0001f300-\U0001faff]")
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*")


def mark_embeds(lines: list[Line]) -> None:
    """Mark the text of embedded posts and the lines of a video's transcript."""
    _mark_post_texts(lines)
    _mark_transcripts(lines)


def _mark_post_texts(lines: list[Line]) -> None:
    """The lines right above a post's signature (``_post_text``), when its author is no one the
    story names."""
    posts = {i: text for i, line in enumerate(lines[1:], start=1)
             if line.reason == EMBEDDED_POST and POST_SIGNATURE.match(line.flat) and (text := _post_text(lines, i))}
    if not posts:
        return
    texts = {j for text in posts.values() for j in text}
    story_words = {token for j, line in enumerate(lines) if line.kind == BODY and j not in texts
                   for token in line.tokens}
    for i, text in posts.items():
        if not _author_words(lines[i].flat) & story_words:
            for j in text:
                mark(lines[j], BOILERPLATE, EMBEDDED_POST)


def _post_text(lines: list[Line], signature: int) -> range:
    """The lines of the post a signature closes: the story line right above it when it is as short as
    a post, and the lines above that while they read as a post's, not as prose ("Just saw the most
    incredible fireball!!!" over "Lit up the whole street green #meteor"), and all of them together
    stay as short as a post.  A line that ends in a plain full stop or a colon is the story's own
    ("Many people shared videos of the fireball online.", "One wrote:"), and the post starts under it."""
    last = signature - 1
    total = lines[last].words
    if lines[last].kind != BODY or not 0 < total <= _POST_WORDS:
        return range(0)
    first = last
    while first > 0 and _reads_as_post(above := lines[first - 1]) and total + above.words <= _POST_WORDS:
        total += above.words
        first -= 1
    return range(first, signature)


def _reads_as_post(line: Line) -> bool:
    """A hashtag, a handle, a link or an emoji; an exclamation or a question no one is quoted in; or
    words with no capital to open them nor a stop to end them ("omg the sky just turned green").  An
    unpunctuated line with a capital is left alone: it may be a crosshead."""
    if line.kind != BODY or not line.words:
        return False
    if _POST_MARKS.search(line.flat):
        return True
    end = line.flat.rstrip("\"'”’)")[-1:]
    exclaims = end in ("!", "?") and not line.speech
    return exclaims or line.unpunctuated and line.flat[0].islower()


def _author_words(signature: str) -> set[str]:
    """The words of the name a post's signature gives ("— Sam Whitely (@samwhitely) ..." -> Sam, Whitely)."""
    name = signature.lstrip("—–- ").split("(@", 1)[0]
    return {word for word in _NAME_WORD.findall(name) if len(word) > 2}


def _mark_transcripts(lines: list[Line]) -> None:
    story_words = sum(line.words for line in lines if line.kind == BODY)
    names: Counter[str] | None = None  # the page's capitalised words, gathered at the first conversation
    i = 0
    while i < len(lines):
        run = _transcript_run(lines, i)
        if run and _is_conversation(lines, run) and 2 * sum(lines[j].words for j in run) < story_words:
            names = _capitalised_words(lines) if names is None else names
            if not _speakers_the_story_names(lines, run, names):
                for j in run:
                    mark(lines[j], BOILERPLATE, TRANSCRIPT)
        i = (run[-1] if run else i) + 1


def _capitalised_words(lines: list[Line]) -> Counter[str]:
    """How often the page's story lines give each capitalised word, bare (``_bare``)."""
    return Counter(_bare(token) for line in lines if line.kind == BODY for token in line.tokens if token[:1].isupper())


def _speakers_the_story_names(lines: list[Line], run: list[int], names: Counter[str]) -> bool:
    """Does the story, outside ``run``, name everyone in it who speaks under a name (one of whom
    must)?  ``names`` counts the page's capitalised words, the run's own among them."""
    speakers = {_name_words(speaker) for j in run if (speaker := _speaker(lines[j]))} - {frozenset()}
    if not speakers:
        return False
    inside = _capitalised_words([lines[j] for j in run])
    return all(any(names[word] > inside[word] for word in words) for words in speakers)


def _name_words(speaker: str) -> frozenset[str]:
    """The words of a speaker label that could be a name, lower-cased ("SEN. RUTH ALVAREZ" -> ruth, alvarez)."""
    return frozenset(word.lower() for word in re.split(r"[ ,]+", speaker)
                     if word not in _ROLE_WORDS and sum(char.isalpha() for char in word) > 1)


def _bare(token: str) -> str:
    """A word without its possessive ending, lower-cased ("Morgan's" -> morgan)."""
    return re.split(r"['’]", token, maxsplit=1)[0].lower()


def _transcript_run(lines: list[Line], i: int) -> list[int]:
    """The story lines from ``i`` on that open with a speaker or a stage direction, in a row."""
    run: list[int] = []
    for j in range(i, len(lines)):
        line = lines[j]
        if line.kind != BODY or not (_speaker(line) or _STAGE_DIRECTION.match(line.flat)):
            break
        run.append(j)
    return run


def _is_conversation(lines: list[Line], run: list[int]) -> bool:
    """Do three lines or more of ``run`` give a speaker, one of them twice?"""
    speakers = [speaker for j in run if (speaker := _speaker(lines[j]))]
    return len(speakers) >= 3 and len(set(speakers)) < len(speakers)


def _speaker(line: Line) -> str:
    match = _SPEAKER.match(line.flat)
    if not match:
        return ""
    speaker = match.group("speaker")
    words = set(re.split(r"[ ,]+", speaker))
    if words & _NOT_SPEAKERS or sum(char.isalpha() for char in speaker) < _SPEAKER_LETTERS:
        return ""
    return speaker
