"""Furniture told by whom a line speaks to: prompts to the reader.

Outlets close (and interrupt) stories with lines that address the reader --
"Download our app", "Have a news tip? Email us", "Join our WhatsApp group",
"Your support keeps this free".  Their words differ from outlet to
outlet, but their *shape* does not, and that shape is what is checked here.
A reader prompt is a short run (a sentence to three, at most ``_PROMPT_WORDS``
words) that is nobody's quotation and reports nobody's speech, in which a
sentence opens with a call to action (an imperative such as "download",
"follow", "email" with an object after it) *and* the run speaks to the reader
("you", "your", the outlet as "us"/"our") or names a channel (an app, a
newsletter, WhatsApp, an e-mail address, a handle); or which opens with the
tip-line question ("Have a news tip?", "Do you have a story ...?").

These live apart from ``furniture_cues`` (whose table matches a line against
fixed phrases) because they read a whole run's grammar; that module is also near its size limit.
"""

from __future__ import annotations

import re

from reader.core.furniture_lines import BODY, BOILERPLATE, Line, mark

_PROMPT_WORDS = 45
_CTA_VERBS = (r"download|install|follow|join|subscribe|sign up|register|support|donate|contribute|give|contact"
              r"|e-?mail|call|message|reach|tell|send|share|get|read|watch|listen|click|tap|catch|visit")
# A verb opening a sentence (or following a colon, "If you ..., " or "You can also"), with an
# object after it: "Share prices fell" and "Support for the plan" use the word as a noun.
_CTA = re.compile(
    r"(?:^|[.!?…:]\s+)(?:(?i:if you\b)[^.!?]{0,60},\s+)?"
    r"(?i:(?:you can (?:also )?|please |be sure to |don'?t forget to |make sure (?:to|you) )?)"
    r"(?:(?i:subscribe|listen|donate|contribute|register|sign up)\s+(?i:to|for)\b"
    r"|(?i:" + _CTA_VERBS + r")\s+"
    r"(?:(?i:the|our|us|your|this|these|a|an|all|now|today|here|up|more|it|them|in touch)\b|[A-Z@$£€\d]))"
)
_READER = re.compile(r"\b(you|your|yours|yourself|us|our)\b", re.IGNORECASE)
_CHANNEL = re.compile(
    r"\b(apps?|whatsapp|telegram|google news|podcasts?|newsletters?|youtube|instagram|facebook|tiktok|alerts"
    r"|notifications)\b|\b(latest|breaking)( [\w-]+){0,2} (news|updates|headlines|stories)\b"
    r"|[\w.+-]+@[\w-]+\.[\w.]+|(?<!\w)@\w{2,}|\+?\d[\d ()-]{7,}\d|\bwww\.|\b[\w-]+\.(com|org|net|co\.uk)\b",
    re.IGNORECASE,
)
_TIP_QUESTION = re.compile(
    r"^(do you have|have you got|got|have)( got)? (a|an|any) ([\w-]+ ){0,3}(tips?|story|stories|questions?|photos?"
    r"|pictures?|videos?|information|experience|views?)\b[^.!?]*\?|^have you been affected by\b[^.!?]*\?",
    re.IGNORECASE,
)
_QUOTES = re.compile(r"[\"“”‘«»]")
_REPORTED = re.compile(r"\b(said|says|told|tells|according|asked|urged|warned|advised|added|explained)\b",
                       re.IGNORECASE)


def is_reader_prompt(line: Line) -> bool:
    """A call to action (or the tip-line question) addressed to the reader, on a short run."""
    flat = line.flat
    if line.sentences > 3 or line.words > _PROMPT_WORDS or _QUOTES.search(flat) or _REPORTED.search(flat):
        return False
    if _TIP_QUESTION.match(flat):
        return True
    return bool(_CTA.search(flat)) and bool(_READER.search(flat) or _CHANNEL.search(flat))


def mark_prompts(lines: list[Line]) -> None:
    """Mark reader prompts."""
    for line in lines:
        if line.kind == BODY and is_reader_prompt(line):
            mark(line, BOILERPLATE, "reader prompt")
