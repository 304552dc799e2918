"""Furniture told by whom a line speaks to, or of: prompts to the reader, notes about the writer.

Outlets close (and interrupt) stories with lines that address the reader --
"Download our app", "Have a news tip? Email us", "Join our WhatsApp group",
"Your support keeps this free" -- and with a note about the author ("Jane Doe
is a health reporter based in Leeds").  Their words differ from outlet to
outlet, but their *shape* does not, and that shape is what is checked here.
A reader prompt is a short run (a sentence to three, at most ``_PROMPT_WORDS``
words) that is nobody's quotation and reports nobody's speech (nor speaks as
"I": an interview's answer, "Share the design you love, that is what I tell the
young people"; the outlet speaks as "we"), in which a
sentence opens with a call to action (an imperative such as "download",
"follow", "email" with an object after it) *and* the run speaks to the reader
("you", "your", the outlet as "us"/"our") or names a channel (an app, a
newsletter, WhatsApp, an e-mail address, a handle); or which opens with the
tip-line question ("Have a news tip?", "Do you have a story ...?").  Advice
("Call your GP", "If you think ..., contact your bank") and an imperative as a
condition ("Get it wrong and you could face a fine", "Download the app, and it
asks for ...") are story prose unless the outlet speaks as "us"/"our" (or, for
"and you", a channel is named).

An author bio is a run in the second half of the page that opens with a name
and "is a(n) ... reporter/writer/editor ..." followed by where or for whom
("based in", "covering", "for The ..."), "is the Ledger's data editor", or
"covers ... for The ..."; a short
run right after it about the same person ("She joined ...") is the rest of it.
The name must be one of the page's byline names (so ``mark_bios`` runs after
the bylines are marked), or a full name right above the page's furniture: a
person in the story ("Evan Gershkovich is a reporter for The Wall Street
Journal who was arrested ...") is described the same way.

The comment section's rules (comments are moderated, log in to comment), told to
the reader in the second half of the page, are a prompt too.

A teaser for another story is a run opening "Meanwhile," / "Elsewhere," / "In
other ... news" that ends with, or stands right above, a link ("Read the full
story here", "Full story on page 9"): the link is the second signal, since
"Meanwhile," opens story paragraphs too.  Under a label in capitals ("ALSO IN
THE GAZETTE:", "RELATED STORY:") the label's form is that second signal.

The outlet's money pitch ("Support independent journalism.", "Donate from £3 a
month.") is a prompt even without "you": an imperative that names journalism or
a price by the month, or a sum asked of the reader ("Will you chip in $5 ...?").
The line over it that says the outlet is free to read goes with it.

The outlet's credit for the article ("This article was written by the Local
Democracy Reporting Service, ...", "Story supplied by Australian Associated
Press.") is furniture too: only "this article/story" speaks of the page itself.

These live apart from ``furniture_cues`` (whose table matches a line against
fixed phrases) because they read a whole run's grammar (and, for bios, the run after
it); that module is also near its size limit.
"""

from __future__ import annotations

import re

from reader.core.furniture_cues import READ_FULL, RELATED_LINK, ROLES
from reader.core.furniture_lines import BODY, BOILERPLATE, SENTENCE_BREAK, WORD, Line, mark
from reader.core.pattern_cache import PatternCache

# ``rx.compile`` is ``re.compile``, from the compiled patterns kept between runs (pattern_cache.py).
rx = PatternCache(__file__)

_PROMPT_WORDS = 45
_CTA_VERBS = (r"download|install|follow|join|subscribe|sign up|register|support|donate|contribute|give|contact"
              r"|e-?mail|call|message|reach|tell|send|share|get|read|watch|listen|click|tap|catch|visit")
# A verb opening a sentence (or following a colon, "If ..., " or "You can also"), with an
# object after it: "Share prices fell" and "Support for the plan" use the word as a noun.
_CTA = rx.compile(
    r"(?:^|[.!?…:]\s+)(?:(?i:if\b)[^.!?]{0,60},\s+)?"
    r"(?i:(?:you can (?:also )?|please |kindly |be sure to |don'?t forget to |make sure (?:to|you) )?)"
    r"(?:(?i:subscribe|listen|donate|contribute|register|sign up)\s+(?i:to|for)\b"
    r"|(?i:" + _CTA_VERBS + r")\s+"
    r"(?:(?i:the|our|us|your|this|these|a|an|all|now|today|here|up|more|it|them|in touch|tips|news tips)\b|[A-Z@$£€\d]))"
)
# Their first words, as tokens ("e-mail" is the tokens "e", "mail"): a run holding none is no prompt.
_CTA_WORDS = frozenset(verb.split()[0] for verb in _CTA_VERBS.replace("e-?mail", "email|mail").split("|"))
_READER = rx.compile(r"\b(you|your|yours|yourself|us|our)\b", re.IGNORECASE)
_CHANNEL = rx.compile(
    r"\b(apps?|whatsapp|telegram|google news|podcasts?|newsletters?|youtube|instagram|facebook|tiktok|alerts"
    r"|notifications)\b|\b(latest|breaking|daily)( [\w-]+){0,2} (news|updates|headlines|stories)\b"
    r"|\bvia (?:signal|whatsapp|telegram|e-?mail)\b|[\w.+-]+@[\w-]+\.[\w.]+|(?<!\w)@\w{2,}|\+?\d[\d ()-]{7,}\d|\bwww\.|\b[\w-]+\.(com|org|net|co\.uk)\b",
    re.IGNORECASE,
)
_TIP_QUESTION = rx.compile(
    r"^(do you have|have you got|got|have)( got)? (a|an|any) ([\w-]+ ){0,3}(tips?|story|stories|questions?|photos?"
    r"|pictures?|videos?|information|experience|views?)\b[^.!?]*\?|^have you been affected by\b[^.!?]*\?",
    re.IGNORECASE,
)
# "you" that is no call to the outlet: the reader's own contacts ("Call your GP", "contact your bank") and an
# "If you ..." condition ("If you think you have been scammed, ...", "Text 311 to check whether your street is on
# the closure list") -- consumer advice or a public-safety notice in a story.
_OWN = rx.compile(r"\b(?:call|contact|see|visit|ask|get|ring|phone|consult|check with|speak to|talk to) your\b"
                  r"|\b(?:if|whether) (?:you|your)\b[^,.!?]*", re.IGNORECASE)
_OUTLET = rx.compile(r"\b(us|our)\b", re.IGNORECASE)
# Someone speaking as "I", after a lower-case word or punctuation ("what I tell", "and I'm"): "Part I of"
# and "World War I" are no speaker.
_SPEAKER = rx.compile(r"(?:^|[^\w\s]\s*|\b[a-z]+\s)I(?:['’](?:m|ll|ve|d)\b|\s+[a-z])")
# An imperative as a condition, then what follows from it, with its own subject: "Get it wrong and you could
# face a fine", "Call it what you like, it is still a tax rise", "Download the app, and it asks for ...".
_THEN_YOU = rx.compile(r"\band (?:you|your)\b", re.IGNORECASE)
# Advice the story gives the public sends the reader to someone else, not to the outlet: "If you have not
# heard, call the hospital before travelling", "contact the council", "ask the pharmacist" ("Call the
# Gazette" names the outlet).
_ADVICE = rx.compile(r"\b(?:call|contact|ring|phone|visit|ask|consult|check with|speak to|talk to) the "
                     r"(?!(?:newsroom|newsdesk|news desk|desk|team|editors?|reporters?|paper|station|show)\b)(?-i:[a-z]+)",
                     re.IGNORECASE)
_THEN_IT = rx.compile(r"(?:,\s*(?:and\s+)?|\band\s+)(?:it|they)\s+(?!free\b)(?:is|are|will|would|can|could|may|might"
                      r"|[a-z]+s)\b", re.IGNORECASE)


def is_reader_prompt(line: Line) -> bool:
    """A call to action (or the tip-line question) addressed to the reader, on a short run."""
    if line.sentences > 3 or line.words > _PROMPT_WORDS:
        return False
    flat = _without_related_links(line)
    if _TIP_QUESTION.match(flat):
        return not line.speech
    # Cheapest test first: most short runs hold none of the verbs, and are done with here.
    if not (_CTA_WORDS.intersection(map(str.lower, line.tokens)) and _CTA.search(flat)):
        return False
    outlet = _OUTLET.search(flat)
    channel = _CHANNEL.search(flat)
    if not (outlet or channel or _READER.search(_OWN.sub(" ", flat))):
        return False
    if not outlet and (_THEN_IT.search(flat) or not channel and (_THEN_YOU.search(flat) or _ADVICE.search(flat))):
        return False  # a condition and its consequence, or advice: story prose, not a call to action
    return not line.speech and not _SPEAKER.search(flat)


def _without_related_links(line: Line) -> str:
    """The run's text without the links to other stories among its sentences.  "Read more: Your rights if your
    flight is cancelled." inside a story paragraph asks nothing of the reader for the story's sentences around
    it: the link alone is furniture (see ``furniture.classify``)."""
    if line.sentences < 2:
        return line.flat
    return " ".join(sentence for sentence in SENTENCE_BREAK.split(line.flat) if not RELATED_LINK.match(sentence))


# The outlet asking for money, without "you" or "our": "Support independent journalism.", "Help keep
# BioSur independent.", "Donate from CLP 3,000 a month.", "Become a Ledger Insider from R65 a month".  The
# imperative opens a sentence, and it names journalism or a price by the month or year ("Support for
# independent media has fallen" is a noun; "Subscribers pay $5 a month" is no imperative).
_PITCH = rx.compile(
    r"(?:^|[.!?]\s+)(?:(?i:support|help (?:keep|fund|support|sustain|protect))\s+(?!(?i:for|from|of|among|in|on|has"
    r"|have|is|was|were|grew|fell|rose)\b)[^.!?]{0,40}\b(?i:journalism|reporting|newsroom|free press|independent)\b"
    r"|(?i:donate|subscribe|join|become an?(?: [A-Z][\w-]*)* (?:member|subscriber|supporter|patron|friend|insider))\b"
    r"[^.!?]{0,50}?\d[^.!?]{0,15}?\b(?i:a|per|each|every)\s+(?i:month|year|week)\b"
    # ... or asked as a question: "Can you support us with £3 a month?", "Will you help fund our journalism?"
    r"|(?i:(?:can|could|will|would) you (?:please )?(?:support|help (?:fund|keep|sustain|support)|donate to"
    r"|contribute to|chip in (?:to|for)|back))\s+(?i:us\b|our (?:journalism|reporting|work|newsroom)\b"
    r"|[^.!?]{0,30}\b(?:journalism|newsroom|free press)\b)"
    # ... or on a condition the reader meets: "If you value local reporting, please become a member.", "If you
    # enjoy our journalism, consider subscribing."
    r"|(?i:if you (?:value|enjoy|appreciate|like|rely on|believe in)\b[^.!?]{0,60}?\b(?:reporting|journalism|news|work"
    r"|coverage|stories)\b[^.!?]{0,10}?,?\s*(?:please )?(?:consider )?(?:becom(?:e|ing) an? (?:[\w-]+ ){0,2}(?:member"
    r"|subscriber|supporter|patron)|subscrib(?:e|ing)|donat(?:e|ing)|support(?:ing)? (?:us|our|local|independent)))"
    # ... or as a sum asked of the reader: "Will you chip in $5 to keep local news strong?"
    r"|(?i:(?:can|could|will|would) you (?:please )?(?:chip in|donate|contribute|give|pledge|spare)\s+(?:just |only "
    r"|as little as )?(?:[£$€]\s?\d|\d+\s?(?:dollars|pounds|euros)\b)))"
)
# The pitch's button, a line of its own: "Donate", "Support us", "Become a supporter", "Make a contribution".
_PITCH_BUTTON = rx.compile(
    r"^(?:donate|support us|contribute|give now|become an? (?:[\w-]+ ){0,2}(?:member|subscriber|supporter|patron|friend)"
    r"|make an? (?:one-off |monthly )?(?:donation|contribution)|support (?:[\w-]+ ){0,2}journalism)"
    r"(?: now| today| here)?\W*$", re.IGNORECASE)


# What the outlet says of itself over its pitch: "Plains News 6 is free for everyone.", "The Ledger is free to read."
_FREE_TO_READ = rx.compile(r"^[A-Z][\w&'’.-]*(?: [A-Z\d][\w&'’.-]*){0,4} (?:is|are|remains|will always be|stays) (?:free"
                           r"|open) (?:to read|to all|for (?:everyone|all|every reader|all (?:our )?readers))\b[^.!?]{0,40}[.!]?$")


def _free_to_read(line: Line) -> bool:
    """The line right over a pitch, on its own, saying the outlet is free to read: the pitch's first words."""
    return line.kind == BODY and line.sentences == 1 and not line.speech and bool(_FREE_TO_READ.match(line.flat))


def _is_pitch(line: Line) -> bool:
    return (line.sentences <= 3 and line.words <= _PROMPT_WORDS and not line.speech
            and bool(_PITCH.search(line.flat)))


def _pitch_button(lines: list[Line], i: int) -> bool:
    """"Donate" or "Become a supporter" beside the pitch (or under the story): a story's subheading is
    no such order to the reader, but one may begin a section about a club's members ("Become a member"),
    so it counts only next to the page's furniture or in the page's second half."""
    if not _PITCH_BUTTON.match(lines[i].flat):
        return False
    beside = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    return i >= len(lines) // 2 or any(line.kind == BOILERPLATE for line in beside)


_UPPER = "A-ZÀ-ÖØ-Þ"  # "Declan Ó Fathaigh"
# A name: capitalised words, with the particles of Dutch, German, Spanish... names between them ("Pieter van den Broek").
_NAME = (r"(?!(?:The|A|An|This|That|He|She|It|They|His|Her|Its|Their|Our|We|I)\b)[" + _UPPER + r"][\w'’.-]*"
         r"(?: (?:(?:van|von|der|den|de|del|della|da|di|du|la|le|bin|al) ){0,2}[" + _UPPER + r"][\w'’.-]*){0,3}")
# A title with no article before it, as bios give a post ("is health policy editor at ...", "is news editor of
# ..."): a few words naming the post, none that opens a clause ("is expected to name a new editor at ...").
_BARE_TITLE = r"(?:(?!(?:former|to|a|an|the|not|no|set|expected|likely|due|being)\b)[\w-]+ ){0,3}?"
_BIO = rx.compile(
    r"(?:(?i:about the (?:author|writer)s?)\s*:\s*)?"
    r"(?P<name>" + _NAME + r") (?:is (?:an? (?!former\b)(?:[\w-]+,? ){0,5}?|" + _BARE_TITLE + r")(?i:" + ROLES + r")s?\b,?"
    r" (?:based in|covering|who covers|(?:for|at|with|of) (?:the )?[A-Z])|is (?:[Tt]he )?(?:[A-Z][\w-]*\s){0,3}[A-Z][\w-]*['’]s? (?:[\w-]+ ){0,3}?"
    r"(?:" + ROLES + r")s?\b|(?:covers|has covered|reports on|writes about) [^.!?]{3,120}? (?:for|at) (?:the )?[A-Z])"
)
# A sentence about a writer the byline names, told as what they are or do: "Ms. Natarajan is a former
# accident investigator at the National Transportation Safety Board.", "Mark Walker is an investigative
# reporter focused on transportation.", "David Shepardson has been a Washington based correspondent for
# Reuters since 2017", "... and teaches aviation safety at Embry-Riddle".  Any such sentence, not only
# one with a newsroom role (``_BIO``): the byline's name makes it the writer's.
_WRITER_IS = rx.compile(r"(?P<name>" + _NAME + r") (?:is|has been) (?:an?|the)\b"
                        r"|(?P<doer>" + _NAME + r") (?:teaches|writes|covers|reports|edits|hosts)\b")
# The writer is named in full ("Priya Natarajan"), or by a title and the byline's surname ("Ms. Natarajan"):
# a word of a byline alone may be anything ("Sun was the lone major vendor ...").
_TITLES = frozenset("mr mrs ms mx dr prof".split())
# The rest of a bio tells the writer's career: "She is based in Madrid.", "He previously worked for ...", "She
# joined the Post in 2019.", "His work has appeared in ...".  "He transferred 10 million shares to a trust."
# under a bio is the story going on about someone else.
_CAREER_VERBS = (r"is|was|has|had|have|joined|worked|works|covers|covered|writes|wrote|reports|reported|lives|lived"
                 r"|teaches|taught|hosts|hosted|edits|edited|contributes|contributed|studied|graduated|began|started"
                 r"|became|served|serves|spent|holds|held|can|tweets|specialises|specializes|focuses")
_BIO_MORE = rx.compile(r"^((he|she|they)( (also|previously|formerly|now|currently|recently))? (" + _CAREER_VERBS + r")\b"
                       r"|his|her|their|before joining|previously|prior to joining)\b", re.IGNORECASE)
# The link to the writer's page under a bio: "More about Mark Walker", "More from Jane Doe", "Follow Jane Doe".
_WRITER_LINK = rx.compile(r"^(?:(?:read )?more (?:about|from|by)|follow|see more from|email) " + _NAME + r"$",
                          re.IGNORECASE)
_BIO_MORE_WORDS = 40

# The comment section's rules, in the second half of the page: "Login to comment.", "Comments are moderated
# and may take time to appear.", "We ask you to keep your comments civil." -- moderation or logging in to
# comment, told to the reader.
_LOGIN_TO_COMMENT = rx.compile(r"(?:^|[.!?]\s+)(?:please )?(log ?in|sign ?in|register|subscribe)(?: or (?:log ?in|sign ?in|register"
                               r"|subscribe|sign up))? to (comment|reply|post)\b", re.I)
# Told to the reader, it may come later in the sentence: "If you do not have an account please register and
# login to post comments."
_LOGIN_TO_POST = rx.compile(r"\b(log ?in|sign ?in|register)( and (log ?in|sign ?in))? to (post|leave|write|add) "
                            r"(a |your )?(comments?|replies|reply)\b", re.I)
_MODERATED = rx.compile(r"\bcomments?\b[^.!?]{0,50}\bmoderat|\bmoderat\w*\b[^.!?]{0,50}\bcomments?\b", re.I)
# The rules themselves, which need no "you": "Comments that break our community rules will be removed.",
# "Comments are the sole responsibility of their authors.", "Be the first to comment", "Comments are moderated."
_COMMENT_POLICY = rx.compile(
    r"(?:^|[.!?]\s+)(?:comments (?:that|which) (?:break|breach|violate|ignore|do not|don['’]t)\b[^.!?]{0,50}"
    r"\b(?:removed|deleted|hidden)|comments are the (?:sole )?responsibility of|be the first to (?:comment|reply"
    r"|leave a comment)|comments (?:have to|must|should) be (?:in|written|on|relevant|respectful)\b"
    r"|comments (?:are|will be|may be) (?:pre-?)?moderated\b)", re.I)
# Anywhere in a line that speaks as the outlet or to the reader: "Please abide by our community guidelines for
# posting your comments.", "We have migrated to a new commenting platform.", "Comments are subject to our ...".
# The box itself, named as the outlet's: "We invite you to use our commenting platform to engage in ..." (the
# Denver Post's, under "Join the Conversation").
_COMMENT_RULES = rx.compile(r"\b(?:guidelines|rules|standards) (?:for|when|on) (?:posting|commenting|comments)\b"
                            r"|\bcommenting (?:platform|system)\b|\bcomments? (?:are|is) subject to\b"
                            r"|\bour comments? (?:section|platform|system|forum|area|box)\b", re.I)
_WE_OR_YOU = rx.compile(r"\b(?:we|us|our|you|your)\b", re.I)
_RULES_WORDS = 60
# Told to the reader: "you"/"your".  "Our investigation found that comments ... were rarely moderated" is a story.
_YOU = rx.compile(r"\b(you|your|yours)\b", re.IGNORECASE)

_TEASER = rx.compile(r"^(meanwhile|elsewhere( in [\w .'’-]{2,30})?|also in the news|in other( [\w-]+){0,3} news)\s*[,:]",
                     re.IGNORECASE)
# A label in capitals that points at other stories is a teaser on its own: the capitals and the colon make it
# a label, its words say what it labels ("ALSO IN THE WESTERN TIDINGS: ...", "IN OTHER NEWS: ...", "RELATED
# STORY: ...").  Story paragraphs open with a capitalised dateline ("KYIV (Reuters) -"), never with these.
_TEASER_LABEL = rx.compile(r"^(?:ALSO (?:IN|ON|FROM|AT) [^:a-z]{2,40}|IN OTHER(?: [A-Z'’-]+){0,3} NEWS|ELSEWHERE(?: [^:a-z]{2,30})?"
                           r"|MEANWHILE(?: [^:a-z]{2,30})?|RELATED(?: STOR(?:Y|IES)| ARTICLES?| COVERAGE| READING)?"
                           r"|MORE (?:NEWS|STORIES|ON THIS(?: STORY)?)|SEE ALSO|DON['’]T MISS|RECOMMENDED|TRENDING)\s*:\s*\S")
_ENDS_WITH_LINK = rx.compile(r"[.!?…]\s+" + READ_FULL, re.IGNORECASE)
# The link under it must be one to the rest of a story: an inline "Read more: ..." link to another
# story does not make the "Meanwhile, ..." paragraph above it a teaser.
_READ_FULL_LINE = rx.compile("^" + READ_FULL, re.IGNORECASE)


# A transcript's speaker, on a line of its own: "KEVIN AUCOIN (Liberal, Clare)", "BRENDAN DUGGAN, EHS",
# "MR. AUCOIN": a name in capitals with a title, a party or a role.  A bare line in capitals is no speaker:
# "ADVERTISEMENT", "MORE FROM THE GAZETTE" may stand over the page's own prompts.
_SPEAKER_LINE = rx.compile(r"(?:(?:MR|MRS|MS|DR)\.?\s+[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?"
                           r"|[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}(?=\s*\(|,))"
                           r"(?:\s*\([^()]{1,60}\)|,\s*[A-Z][\w&.]{1,20})?:?$")
# ... or at the start of the turn: "Q:", "A:", "MR. DUGGAN:", "KENDRA OSEI (NDP, Halifax Needham):".  Not any
# word in capitals and a colon: "YOUR STARS TODAY:" and "MEANWHILE IN TSHWANE:" label the page's boxes.
_SPEAKER_OPENS = rx.compile(r"(?:[QA]|(?:MR|MRS|MS|DR)\.?\s+[A-Z][A-Z'’-]+|[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}"
                            r"\s*\([^()]{1,60}\)):\s")


def _spoken(lines: list[Line], i: int) -> bool:
    """A turn of a transcript: someone's words, whatever they ask of the listener ("Read the
    policy back to yourself.")."""
    return bool(_SPEAKER_OPENS.match(lines[i].flat)) or i > 0 and bool(_SPEAKER_LINE.match(lines[i - 1].flat))


# The outlet telling how it is funded, as "we", at the page's foot: "We do not accept advertising.", "We are a
# nonprofit newsroom funded by readers."  Someone in the story speaking so is quoted.
_CREED = rx.compile(r"^(?:we|our (?:journalism|reporting|work|newsroom|site|coverage))\b (?:are|is|do not|don['’]t|never"
                    r"|accept|take|receive|rely|depend|remain)\b[^.!?]{0,60}\b(?:advertis\w*|sponsor\w*|non-?profit"
                    r"|not-for-profit|donations?|reader[- ](?:funded|supported)|funded by|paywall|grants?)\b", re.IGNORECASE)
# ... and beside it, in the third person: "The Harbour Ledger is an independent, non-profit newsroom."
_SELF_DESCRIBED = rx.compile(r"^[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4} is an? (?:[\w-]+,? ){0,4}?(?i:independent"
                             r"|non-?profit|not-for-profit|reader-funded|non-?partisan)\b[^.!?]{0,60}[.!]?$")
_CREED_WORDS = 40
_STORY_WORDS = 8


def _outlet_creed(lines: list[Line], i: int) -> bool:
    """Run ``i`` is the outlet's note on its funding: each sentence is the creed or the outlet described, one
    is the creed, and no story line follows it."""
    line = lines[i]
    if line.sentences > 3 or line.words > _CREED_WORDS or line.speech:
        return False
    sentences = SENTENCE_BREAK.split(line.flat)
    if len(sentences) != line.sentences or not any(_CREED.match(sentence) for sentence in sentences):
        return False
    if not all(_CREED.match(sentence) or _SELF_DESCRIBED.match(sentence) for sentence in sentences):
        return False
    return not any(later.kind == BODY and later.terminal and later.words >= _STORY_WORDS for later in lines[i + 1:])


def _mark_creed(lines: list[Line], i: int) -> None:
    """The creed at ``i``, and the outlet described on the line above it, a paragraph of its own."""
    mark(lines[i], BOILERPLATE, OUTLET)
    above = lines[i - 1]
    if above.kind == BODY and above.sentences == 1 and not above.speech and _SELF_DESCRIBED.match(above.flat):
        mark(above, BOILERPLATE, OUTLET)


OUTLET = "about the outlet"  # as furniture_outlet calls the outlet's sentences about itself


# The outlet saying who wrote, supplied or paid for the article it shows: "This article was written by the Local
# Democracy Reporting Service, which is funded by the BBC ...", "This story was produced in partnership with
# ...", "This content is funded by ...".  Only "this article/story/content" speaks of the page itself: a
# story's own things are made by someone too ("The letter was written by the minister's aide.", "This report
# was commissioned by the council", "This piece was painted by Monet").
_ARTICLE_CREDIT = rx.compile(
    r"^This (?:news )?(?:article|story|content) (?:was|is|has been|were)(?: (?:originally|first|jointly|independently))?"
    r" (?:written|produced|supplied|provided|prepared|compiled|reported|created|funded|co-?published|published"
    r"|republished|commissioned|edited|translated|contributed|supported|sponsored|distributed|syndicated"
    r"|made possible|brought to you)"
    r" (?:by|with|in (?:partnership|collaboration|association) with|through|thanks to|as part of|under|for)\b"
    # ... or in a credit's clipped form, a bare noun and its maker: "Content supplied by the Press Association.",
    # "Story supplied by Australian Associated Press."  Story prose puts an article before such a noun.
    r"|^(?:Content|Copy|Story|Article|Text) (?:supplied|provided|written|produced|syndicated|distributed)"
    r" (?:by|courtesy of) (?:the )?[A-Z]")
# The line after the credit that says how the credited service is paid for or run: "The Local Democracy
# Reporting Service is funded by the BBC and local news organisations."
_CREDIT_FUNDING = rx.compile(r"\b(?:is|are) (?:(?:jointly |part[- ])?funded|supported|paid for|run|a partnership)\b")
_CREDIT_WORDS = 60
_CREDIT_SENTENCES = 2


def _article_credit(line: Line) -> bool:
    """Is ``line`` the outlet's credit for the article: it opens "This article was written by ..." and reports
    nobody's speech?  Cheap test first: the line opens with one of the credit's first words."""
    return (line.flat.startswith(_CREDIT_OPENERS) and line.sentences <= _CREDIT_SENTENCES
            and line.words <= _CREDIT_WORDS and not line.speech and _ARTICLE_CREDIT.match(line.flat) is not None)


_CREDIT_OPENERS = ("This ", "Content ", "Copy ", "Story ", "Article ", "Text ")


def _mark_credit(lines: list[Line], i: int) -> None:
    """The credit at ``i``, and the line under it when that says how the credited service is funded."""
    mark(lines[i], BOILERPLATE, "credit")
    below = lines[i + 1] if i + 1 < len(lines) else None
    if (below is not None and below.kind == BODY and below.sentences == 1 and below.words <= _CREDIT_WORDS
            and not below.speech and _CREDIT_FUNDING.search(below.flat)):
        mark(below, BOILERPLATE, "credit")


def mark_prompts(lines: list[Line]) -> None:
    """Mark reader prompts, the comment section's rules, teasers above a link, the outlet's note on
    its funding, and its credit for the article."""
    half = len(lines) // 2
    for i, line in enumerate(lines):
        if line.kind != BODY:
            continue
        if i >= half and _outlet_creed(lines, i):
            _mark_creed(lines, i)
        elif _article_credit(line):
            _mark_credit(lines, i)
        elif is_reader_prompt(line) and not _spoken(lines, i):
            mark(line, BOILERPLATE, "reader prompt")
        elif i >= half and _comment_rules(line, under_comments=i > 0 and lines[i - 1].reason == "comment prompt"):
            mark(line, BOILERPLATE, "comment prompt")
        elif _TEASER_LABEL.match(line.flat):  # the teaser may quote its story: the label still says what it is
            mark(line, BOILERPLATE, "teaser")
        elif _TEASER.match(line.flat) and (_ENDS_WITH_LINK.search(line.flat)
                                           or i + 1 < len(lines) and _READ_FULL_LINE.match(lines[i + 1].flat)):
            mark(line, BOILERPLATE, "teaser")
        elif _is_pitch(line) or _pitch_button(lines, i):
            mark(line, BOILERPLATE, "reader prompt")
            if i > 0 and _free_to_read(lines[i - 1]):
                mark(lines[i - 1], BOILERPLATE, "reader prompt")
        elif _newsletter_blurb(lines, i):
            mark(line, BOILERPLATE, "newsletter prompt")


# What a newsletter's blurb says of it: what it is, or how often it comes ("The Safety Brief: a weekly
# digest of incidents and investigations.", "Our morning briefing, every weekday.").
_NEWSLETTER_IS = rx.compile(r"\b(?:newsletters?|digest|briefing|bulletin|round-?up|inbox|e-?mails?|(?:daily|weekly"
                            r"|monthly|fortnightly)|every (?:day|weekday|morning|evening|week|month"
                            r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b", re.IGNORECASE)
_BLURB_WORDS = 25


def _newsletter_blurb(lines: list[Line], i: int) -> bool:
    """A sentence between a newsletter's label and its sign-up line ("Newsletter" / "The Safety Brief: a
    weekly digest of ..." / "Enter your email   Sign up") that says what the newsletter is: the box's blurb."""
    line = lines[i]
    if not (0 < i < len(lines) - 1) or line.sentences > 1 or line.words > _BLURB_WORDS or line.speech:
        return False
    return (lines[i - 1].reason == "newsletter prompt" and lines[i + 1].reason in ("newsletter prompt", "sign-in prompt")
            and bool(_NEWSLETTER_IS.search(line.flat)))


def mark_bios(lines: list[Line]) -> None:
    """Mark author bios with their continuation; run after the bylines are marked.

    The bio is about the writer, so its subject must be one of the page's byline
    names (its last word, the surname, among a byline's words), or a person named
    in full right above the page's furniture: "Evan Gershkovich is a reporter for
    The Wall Street Journal who was arrested ..." amid the story of a page by
    someone else is the story, and so is "Medicare covers the drug for Americans".
    """
    bylines = {word.casefold() for line in lines if line.reason == "byline" for word in line.tokens}
    first_names = _first_names(lines)
    half = len(lines) // 2
    bio = False
    for i, line in enumerate(lines):
        if line.kind != BODY:
            bio = False
            continue
        if (i >= half or _under_byline(lines, i)) and _is_bio(lines, i, bylines, first_names):
            mark(line, BOILERPLATE, "author bio")
            bio = True
            continue
        if bio and (_bio_more(line) or _writer_link(line, bylines)):
            mark(line, BOILERPLATE, "author bio")
            continue
        bio = False


def _under_byline(lines: list[Line], i: int) -> bool:
    """Right under the byline at the top of the page, where an essay's tagline stands ("By Priya
    Natarajan" / "Ms. Natarajan is a former accident investigator at the ...")."""
    return i > 0 and lines[i - 1].reason in ("byline", "dateline") and lines[i].sentences == 1


def _writer_link(line: Line, bylines: set[str]) -> bool:
    """"More about Mark Walker" under his bio."""
    match = _WRITER_LINK.match(line.flat)
    return bool(match) and WORD.findall(line.flat)[-1].casefold() in bylines


def _bio_more(line: Line) -> bool:
    """"She is based in Madrid.": the rest of a bio, about the same person."""
    return (line.sentences <= 2 and line.words <= _BIO_MORE_WORDS and bool(_BIO_MORE.match(line.flat))
            and not line.speech)


def _above_furniture(lines: list[Line], i: int) -> bool:
    """Whether the line after run ``i`` (and the bio's continuation) is page furniture."""
    j = i + 1
    if j < len(lines) and lines[j].kind == BODY and _bio_more(lines[j]):
        j += 1
    return j < len(lines) and lines[j].kind != BODY


def _is_bio(lines: list[Line], i: int, bylines: set[str], first_names: set[str]) -> bool:
    """A bio of one of the byline names; or, when the byline went unrecognised, of a person named in full
    ("Katharina Vogel covers ... for the Hanse Courier") right above the page's furniture."""
    line = lines[i]
    if not (line.sentences <= 4 and line.words <= 60) or line.speech:
        return False
    match = _BIO.match(line.flat)
    if match:
        name = WORD.findall(match.group("name"))
        return name[-1].casefold() in bylines or len(name) >= 2 and _above_furniture(lines, i)
    match = _WRITER_IS.match(line.flat)
    return bool(match) and _the_writer(WORD.findall(match.group("name") or match.group("doer")), bylines, first_names)


def _the_writer(name: list[str], bylines: set[str], first_names: set[str]) -> bool:
    """Is ``name`` a byline's writer: named in full, by a title and the surname, or by the first name
    alone ("Anja covers Swiss banks ...", under "By Anja Baumgartner")?"""
    first, last = name[0].casefold(), name[-1].casefold()
    if len(name) == 1:
        return first in first_names
    return last in bylines and (first in bylines or first in _TITLES)


def _first_names(lines: list[Line]) -> set[str]:
    """The first names of the bylines: the words after "By" or "and" ("By Anja Baumgartner and Luca Rinaldi")."""
    names = set()
    for line in lines:
        if line.reason == "byline":
            words = [word.casefold() for word in line.tokens]
            names.update(name for before, name in zip(words, words[1:]) if before in ("by", "and"))
    return names


def _comment_rules(line: Line, under_comments: bool = False) -> bool:
    """The comment section's rules; right under its header ("Comments (38)", "Join the conversation")
    they need not speak to the reader: "Be kind: all comments are moderated." """
    flat = line.flat
    if (line.sentences > 4 or line.words > _RULES_WORDS or not ("omment" in flat or "repl" in flat)  # cheapest test first
            or line.speech):
        return False
    return bool(_LOGIN_TO_COMMENT.search(flat) or _COMMENT_POLICY.search(flat)
                or (_MODERATED.search(flat) or _LOGIN_TO_POST.search(flat)) and (under_comments or _YOU.search(flat))
                or _COMMENT_RULES.search(flat) and _WE_OR_YOU.search(flat))


# Every pattern above is compiled: keep them for the next start.
rx.save()
