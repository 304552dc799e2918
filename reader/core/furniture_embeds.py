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
transcript (a broadcast's) is the story itself.
"""

from __future__ import annotations

import re

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
_STAGE_DIRECTION = re.compile(r"^\[[^\]]{1,80}\]")
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*")


def mark_embeds(lines: list[Line]) -> None:
    """Mark the text of embedded posts and the lines of a video's transcript."""
    _mark_post_texts(lines)
    _mark_transcripts(lines)


def _mark_post_texts(lines: list[Line]) -> None:
    """The line right above a post's signature, when it is as short as a post and its author is
    no one the story names."""
    posts = [i for i, line in enumerate(lines[1:], start=1)
             if line.reason == EMBEDDED_POST and POST_SIGNATURE.match(line.flat)
             and lines[i - 1].kind == BODY and 0 < lines[i - 1].words <= _POST_WORDS]
    if not posts:
        return
    texts = {i - 1 for i in posts}
    story_words = {token for j, line in enumerate(lines) if line.kind == BODY and j not in texts
                   for token in line.tokens}
    for i in posts:
        if not _author_words(lines[i].flat) & story_words:
            mark(lines[i - 1], BOILERPLATE, EMBEDDED_POST)


def _author_words(signature: str) -> set[str]:
    """The words of the name a post's signature gives ("— Sam Whitely (@samwhitely) ..." -> Sam, Whitely)."""
    name = signature.lstrip("—–- ").split("(@", 1)[0]
    return {word for word in _NAME_WORD.findall(name) if len(word) > 2}


def _mark_transcripts(lines: list[Line]) -> None:
    story_words = sum(line.words for line in lines if line.kind == BODY)
    i = 0
    while i < len(lines):
        run = _transcript_run(lines, i)
        if run and _is_conversation(lines, run) and 2 * sum(lines[j].words for j in run) < story_words:
            for j in run:
                mark(lines[j], BOILERPLATE, TRANSCRIPT)
        i = (run[-1] if run else i) + 1


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
