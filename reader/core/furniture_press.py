"""Press-release and e-mail furniture: the end marker, notes to editors, the "About" paragraph,
the legal small print, the media contact, and a mailing's footer.

A press release (often saved from an e-mail) closes its story with a marker ("ENDS", "-ends-",
"###", "-30-") and puts under it what is for journalists, not readers: "Notes to editors", the
organisation's standing paragraph ("About Kettleby Appliances" / "Kettleby Appliances was founded in
1974 ..."), and the press office's contact ("Media contact: Jane Holt, +44 20 ..., press@...").  A
newsletter or a mailed release ends with the list's footer ("You are receiving this email because
...", "Unsubscribe here.", "Update your preferences", "View in browser", "Forward to a friend"), and
a newsletter's writer signs off above it ("Thanks for reading.", "<Name> is written by <Name>.");
above its first story, it greets the reader and introduces the issue ("Good morning.", "Welcome to
today's <Name>.", "In this issue: ...").
A blog closes with its "About the author" box.

The cues, all general:

* a line's own words (``press_cue``), in the *form* the furniture takes: a label on a line of its
  own ("Notes to editors:", "Media enquiries"), a label with its contact after it, a footer that
  speaks of "this email", an imperative "Unsubscribe" standing alone or closing a line.  A story
  sentence that merely mentions unsubscribing, notes or editors ("Customers who unsubscribe ...",
  "In notes to editors, the firm said ...") has neither form;
* position: after an end marker or under a "Notes to editors" label in the page's second half,
  the rest of the page is notes (when it is shorter than what stands above it: a mailing of
  several stories is not cut off at its first "###"); two end markers or more separate a
  mailing's stories, and then none of them opens notes; nor does one with another story under it
  (prose, not notes' labels and forms) on a page that does not call itself a release;
* a footer's words count only in the page's last part (its final fifth, or with no story line
  under them), never on a line that reports speech or quotes it, and "alert" or "message" name a
  mailing only on a line that speaks of its list ("This alert was sent to 87 million phones" is news);
* a listed company's small print is read by its heading in the page's second half: "Forward-Looking
  Statements", "Safe Harbor Statement", "Cautionary Note Regarding Forward-Looking Statements" (alone,
  or opening its paragraph) owns everything under it to the next heading or the page's end;
* an "About <Name>" label on a line of its own in the page's second half (counted to the page's last
  story line, the small print and contacts under it left out) owns the paragraph under
  it when that paragraph names the organisation and describes it as one ("... is a charity",
  "founded in", its web address; not "The Kessel is a river ...") and the block stands near the
  page's end.  "About 200 people attended" opens with no name, and "About Face"
  over a story paragraph has no description of "Face" under it.  "About the author" owns its
  paragraph whatever it says;
* a contact label standing alone owns the short lines under it: a name, a role, a phone number,
  an e-mail address.

``mark_press`` runs right after the table cues (``furniture_cues``), before the heading rules
would take "Media contact: Jane Holt, ..." (no final full stop) for a subheading; before it,
``mark_mail_headers`` takes the header lines a mail copied as text opens with.
"""

from __future__ import annotations

import re

from reader.core.furniture_lines import (
    BODY,
    BOILERPLATE,
    REPORTED_SPEECH,
    SENTENCE_BREAK,
    Line,
    Run,
    leaves_quotation_open,
    mark,
)
from reader.core.mail import copied_headers
from reader.core.pattern_cache import PatternCache
from reader.core.phones import has_phone

# ``rx.compile`` is ``re.compile``, from the compiled patterns kept between runs (pattern_cache.py).
rx = PatternCache(__file__)

END_OF_RELEASE = "end of release"
NOTES = "notes to editors"
ABOUT = "company boilerplate"
DISCLAIMER = "legal disclaimer"
CONTACT = "press contact"
MAIL_HEADER = "mail header"
FOOTER = "email footer"
RELEASE_LABEL = "release label"
OPENING = "newsletter intro"


def _rx(pattern: str) -> re.Pattern:
    return rx.compile(pattern, re.IGNORECASE)


# The marker closing a release: "ENDS", "-ends-", "– ENDS –", "End of release", "###", "# # #", "-30-".
_END_MARKER = rx.compile(r"^[-–—=*~\s]*(?:(?i:ends)|END|(?i:end of (?:press |news |media )?(?:release|statement))"
                         r"|#\s?#\s?#|-\s?30\s?-)[-–—=*~\s.]*$")
# "Notes to editors", "Note for editors:", "Editors' notes", "Editor's notes", "NOTES TO EDITORS", "For editors:".
_NOTES_LABEL = (r"(?:(?:notes?|information|background) (?:to|for) (?:the )?editors?|editors?['’]?s?['’]? notes"
                r"|for editors)")
_NOTES_ALONE = _rx(r"^" + _NOTES_LABEL + r"\s*[:.]?$")
# The same label with its first note after it: "Notes to editors: Kettleby was founded in 1974."
_NOTES_RUN_IN = _rx(r"^(?:notes?|information|background) (?:to|for) (?:the )?editors?\s*[:–—-]\s*\S"
                    r"|^editors?['’]?s?['’]? notes\s*[:–—-]\s*\S")
# "FOR IMMEDIATE RELEASE", "Embargoed until 00:01 BST, 9 April 2025", "PRESS RELEASE", "News release".
_RELEASE_LABEL = _rx(r"^(?:for immediate release|(?:press|news|media) release|embargoed?(?: until| till| to|:)\b[^.!?]{0,50}"
                     r"|under (?:strict )?embargo(?: until| till)?\b[^.!?]{0,50}|for release (?:on|at|after)\b[^.!?]{0,40})"
                     r"\s*[:.]?$")

# The press office's contact, as a label: "Media contact: Jane Holt, ...", "Press enquiries", "For media
# enquiries, please contact ...", "Contact: Jane Holt, +44 ...".
_CONTACT_LABEL = (r"(?:(?:media|press|news|pr|public|investor|journalist)s?(?: relations| office)? (?:contacts?|enquiries"
                  r"|inquiries|queries|information|office|desk)|(?:for )?(?:media|press|journalist)s?['’]? (?:enquiries"
                  r"|inquiries|queries|information)(?:,? (?:please )?(?:contact|call|email|e-mail))?"
                  r"|contacts?(?: for (?:media|press|journalists))?|(?:media|press) relations)")
_CONTACT_ALONE = _rx(r"^" + _CONTACT_LABEL + r"\s*[:.]?$")
_CONTACT_LINE = _rx(r"^" + _CONTACT_LABEL + r"\s*[:–—-]\s*\S")
# "For media enquiries, please contact Jane Holt on ...", "For press information call ...".
# The label is needed: "For press freedom groups, the call to free ..." is a story sentence.
_FOR_PRESS = _rx(r"^for (?:all |any |further |more )?(?:media|press|journalist)s?['’]? (?:enquiries|inquiries|queries"
                 r"|information|contacts?|interviews?|requests)\b[^.!?]{0,40}\b(?:contact|call|email|e-mail|ring|phone)\b")
_EMAIL = rx.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = _rx(r"\bwww\.\S+|https?://\S+|\b[\w-]+\.(?:com|org|net|co\.uk|org\.uk|gov|example|io)\b")
# One line of a contact block: "Tel: +44 20 7946 0000", "E: press@kettleby.example", "M. 07700 900123".
_CONTACT_PART = _rx(r"^(?:(?:tel|telephone|phone|mobile|mob|cell|direct|office|switchboard|fax|t|m|p|e|w|e-?mail|web"
                    r"|website)\.?\s*[:.]?\s*)?(?:\+?\(?\d[\d\s()-]{6,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|www\.\S+"
                    r"|https?://\S+)(?:\s*(?:[|/,;]|\bor\b)\s*.*)?$")
_CONTACT_LABELLED_PART = _rx(r"^(?:tel|telephone|phone|mobile|mob|cell|fax|e-?mail)\.?\s*[:.]\s*\S")
_CONTACT_PART_WORDS = 12
_CONTACT_BLOCK_LINES = 8

# A mailing's footer.  It speaks of "this email" (or "these emails", "our newsletter") to the reader.  "This
# alert was sent to 87 million phones" and "This message was sent from a spoofed number" are news about
# alerts and messages: those words name a mailing only on a line that speaks of its list ("You received this
# message because you are on the Harbour Trust media list", "... as a subscriber").
_MAILING = (r"(?:e-?mails?|newsletters?|mailings?|bulletins?|briefings?|digests?|press releases"
            r"|(?:e-?mail|news|press|media) (?:alerts?|updates|messages?))")
_MAILING_LISTED = r"(?:" + _MAILING[3:-1] + r"|messages?|alerts?|updates)"
_LIST_CONTEXT = _rx(r"\b(?:(?:mailing|media|press|contact|distribution|subscriber|e-?mail)s? lists?|subscri\w*|unsubscri\w*"
                    r"|sign(?:ed)? up|opted in|preferences)\b")


# A name in capitalised words: "Harbour Briefing", "Nia Evans" ("The report" is no name).
_TITLE_WORDS = r"(?-i:[A-Z][\w&'’.-]*)(?: (?-i:[A-Z][\w&'’.-]*)){0,4}"


# "... written by Nia Evans.", "... produced by Jo Roe and edited by Ann Lee."
_MADE_BY = (r"(?:written|edited|produced|compiled|curated|put together|written and edited) by " + _TITLE_WORDS
            + r"(?:(?:,| and) (?:(?:edited|produced) by )?" + _TITLE_WORDS + r")*\.?$")
# The same credit under the mailing's name: "Harbour Briefing is written by Nia Evans."  A story may end
# so on a show, a book or a film ("Harbour Lights is written by Jack Thorne and Anna Symon."), so it is
# the mailing's only when the name says it is a mailing or the page is one (see ``_credit_mailings``).
_NAMED_CREDIT = _rx(r"^(?P<name>" + _TITLE_WORDS + r") is " + _MADE_BY)
_MAILING_NAME = _rx(r"\b(?:newsletter|briefing|brief|bulletin|digest|edition|dispatch|round-?up)s?\b")


def _footer_patterns(mailing: str) -> list[re.Pattern]:
    """The footer's line patterns, with ``mailing`` for the words naming the mailing."""
    return [
        # "You are receiving this email because ...", "You received this message as a subscriber ...",
        # "You're getting these emails because ...", "You have been sent this newsletter ...".
        _rx(r"^(?:you(?:['’]re|['’]ve| are| were| have)?(?: been)? (?:receiving|received|getting|sent|subscribed to)|why (?:am i|did i)"
            r" (?:receiving|getting|get|receive)) (?:this|these|our) (?:" + mailing + r"|because)\b"
            r"|^why (?:am i|did i) (?:receiving|getting|get|receive) this\?"),
        _rx(r"^this " + mailing + r" (?:was|is|has been) sent (?:to|by|from|because)\b"),
        _rx(r"^(?:if )?you (?:no longer|don['’]t|do not|would (?:prefer|rather) not) (?:wish |want |like )?to receive\b[^.!?]{0,25}\b"
            + mailing + r"\b"),
        # "Unsubscribe", "Unsubscribe here.", "Click here to unsubscribe", "To unsubscribe, click here.",
        # "Unsubscribe from this list", "Not interested any more? Unsubscribe."
        _rx(r"^(?:unsubscribe|opt[- ]out)(?: here| now| below| instantly| at any time)?\W*$"
            r"|^unsubscribe from (?:this|these|our|all|future) (?:list|" + mailing + r"|communications)\b[^.!?]*\W*$"
            r"|^(?:to|you can|you may|click here to|tap here to) unsubscribe\b.{0,80}\b(?:click|tap|here|link|visit|reply|email"
            r"|e-mail|preferences|any time|anytime)\b|\b(?:click|tap) here to unsubscribe\b"
            r"|[.!?]\s+(?:unsubscribe|opt out)(?: here| now| below| from (?:this|these|our) (?:list|" + mailing + r"))?\W*$"),
        # "Update your preferences", "Manage your email preferences", "Change subscription settings".
        _rx(r"^(?:update|manage|change|edit|set|review) (?:your )?(?:e-?mail |subscription |communication |mailing |newsletter"
            r" |contact )?(?:preferences|subscriptions?)\b[^.!?]{0,30}\W*$"
            r"|\b(?:update|manage|change|edit) your (?:e-?mail|subscription|communication|mailing|newsletter) preferences\b"),
        # "View in browser", "View this email in your browser", "Having trouble viewing this email?", "View online".
        _rx(r"^(?:view|read|open|see) (?:this |the |it |our )?(?:e-?mail |message |newsletter |issue |version )?(?:in|on) (?:your |a )?"
            r"(?:web )?browser\b|^(?:view|read|open|see) (?:this (?:e-?mail|newsletter|message) |it )?(?:online|as a web ?page)\W*$"
            r"|\b(?:trouble|problems?|difficulty) (?:viewing|reading|seeing|displaying) this " + mailing + r"\b"
            r"|\b" + mailing + r" (?:not|isn['’]t|is not) (?:displaying|showing|loading) (?:correctly|properly)\b"
            r"|^(?:is this " + mailing + r" )?(?:not|isn['’]t) (?:displaying|showing|loading|rendering) (?:correctly|properly)\b"),
        # "Forward to a friend", "Forward this email to a colleague", "Was this email forwarded to you?",
        # "If you liked this briefing, share it with a friend."
        _rx(r"(?:^|[,.!?]\s+)(?:please )?(?:forward|send|share) (?:this |it )?(?:" + mailing + r" )?(?:to|with) an?"
            r" (?:friend|colleague)s?\b"
            r"|^(?:was|has) this (?:" + mailing + r" )?(?:been )?forwarded to you\b|^(?:did )?(?:someone|a friend|a colleague)"
            r" forward(?:ed)? (?:you )?this\b"),
        # "Our mailing address is:", "Add press@kettleby.example to your address book".
        _rx(r"^our (?:mailing|postal) address is\b|^add\b.{0,60}\bto your (?:address book|contacts|safe senders?)\b"),
        # The writer signing off: "That's all for this week.", "Thanks for reading.", "See you next week.",
        # "Until next time,", "Just hit reply."
        _rx(r"^(?:that['’]?s|that is) (?:all|it|everything|a wrap) (?:for|from) (?:this|the|today|tonight|us|me|now)\b"
            r"|^(?:thanks|thank you|many thanks) (?:for reading|for subscribing|for being a subscriber)\b"
            r"|^see you (?:next|tomorrow|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|^until next (?:time|week|month)\b"
            r"|^(?:just )?(?:hit|press|click) reply\b|^reply to this " + mailing + r"\b"),
        # Who makes it: "This newsletter was edited by Jo Roe." (a named mailing: see ``_NAMED_CREDIT``).
        _rx(r"^(?:this|today['’]?s|this week['’]?s) " + mailing + r" (?:is|was) " + _MADE_BY),
    ]


_FOOTER = _footer_patterns(_MAILING)
_FOOTER_LISTED = _footer_patterns(_MAILING_LISTED)
# The footer's links may also stand above a newsletter's headline: "View this email in your browser".
_FOOTER_TOP = frozenset({5, 6})
# "... because you told us ...", "... because you asked for news ...": the reader's words, not reported speech.
_READER_SPEECH = _rx(r"\b(?:you|we) (?:have |had )?(?:said|says|told|tells|asked|asks|added|adds)\b")
_FOOTER_WORDS = 45
_STORY_WORDS = 8  # a story line is a sentence of at least this many words
# A row of footer links: "Unsubscribe | Update your preferences | View in browser | Privacy policy".
_ROW_SPLIT = rx.compile(r"\s+[|·•/]\s+|\s+-\s+")
_ROW_ITEM = _rx(r"^(?:unsubscribe(?: from this list)?|opt[- ]out|(?:update|manage|change|edit) (?:your )?(?:e-?mail |subscription )?"
                r"(?:preferences|subscriptions?)|(?:e-?mail |subscription )?preferences|view (?:this e-?mail )?(?:in (?:your )?"
                r"browser|online)|forward(?: this e-?mail)?(?: to a friend)?|privacy(?: policy| notice)?|terms(?: of use| and"
                r" conditions)?|contact(?: us)?|help|about(?: us)?|website|(?:why did i get this|why am i receiving this)\??)$")
_ROW_EMAIL_ITEM = _rx(r"unsubscribe|opt[- ]out|preferences|subscriptions?|browser|online|forward")

# "About Kettleby Appliances", "ABOUT KETTLEBY", "About the author", "About the authors:".
_NAME_WORD = r"[A-Z][\w&'’.-]*"
_ABOUT_NAME = rx.compile(r"^(?i:about)\s+(?P<name>(?:(?i:the)\s+)?" + _NAME_WORD + r"(?:\s+(?:of|and|for|&|de|the|"
                         + _NAME_WORD + r")){0,7})\s*:?$")
_ABOUT_WRITER = _rx(r"^about (?:the |this )?(?:author|writer|contributor|reporter|photographer|columnist|blogger)s?\s*:?$")
# "About Kettleby Appliances: Kettleby Appliances is a ...": the label and the paragraph on one line.
_ABOUT_RUN_IN = rx.compile(r"^(?i:about)\s+(?P<name>(?:(?i:the)\s+)?" + _NAME_WORD + r"(?:\s+(?:of|and|for|&|de|the|"
                           + _NAME_WORD + r")){0,7})\s*[:–—-]\s+(?P<rest>\S.*)$")
# The organisation's standing paragraph describes it.
_DESCRIBES = _rx(r"\b(?:founded|established|headquartered|incorporated|registered (?:charity|company))\b|\bbased in\b"
                 r"|\b(?:is|are|was) (?:a|an|the|one of)\b|\bwww\.|https?://|\bemploys\b|\blisted on\b|\bfor more information\b")
# ... and describes an organisation, not a place or a thing ("The Kessel is a river of 80 km ...").
_ORGANISATION = _rx(r"\b(?:compan(?:y|ies)|firms?|group|organi[sz]ations?|charit(?:y|ies)|agenc(?:y|ies)|associations?"
                    r"|providers?|manufacturers?|non-?profit|headquartered|employs|for more information)\b|\bwww\.|https?://"
                    r"|\b[\w-]+\.(?:com|org|net|co\.uk|org\.uk|io|example)\b")
_ORGANISATION_CUE = _rx(r"\b(?:founded|established|incorporated)\b|\bregistered (?:charity|company)\b|\blisted on\b")
_PLACE_OR_THING = _rx(r"\b(?:is|was|are|were) (?:a|an|the|one of the)\b(?:\s+[\w-]+){0,3}?\s+(?:town|city|village|hamlet"
                      r"|river|lake|sea|bay|island|mountain|hill|valley|region|county|district|borough|state|province|country"
                      r"|port|suburb|parish|capital|canal|forest|park|area|building|bridge|church|castle|monument|dam)s?\b")
# A note's offer to journalists: "Photographs are available on request.", "Interviews can be arranged."
_TO_JOURNALISTS = _rx(r"\b(?:available (?:on|upon) request|for (?:further|more) (?:information|details)|high[- ]res(?:olution)?"
                      r"|(?:interviews?|photo(?:graph)?s?|images?|pictures?|footage|spokespe\w+) (?:are|is|can be|will be)"
                      r" (?:available|arranged|downloaded)|(?:to arrange|request) an interview|please contact)\b")
_PRESS_REASONS = frozenset({END_OF_RELEASE, NOTES, ABOUT, CONTACT, FOOTER, RELEASE_LABEL, DISCLAIMER, "author bio"})
_ABOUT_TAIL_PARAGRAPHS = 1  # a sender's address may stand under the block
_NOT_NAMES = frozenset({"the", "a", "an", "this", "that", "us", "our", "we", "you"})
_ABOUT_WORDS = 120  # an "About" paragraph is short
_ABOUT_PARAGRAPHS = 3


# The heading of a listed company's legal small print: "Forward-Looking Statements", "Safe Harbor Statement",
# "Cautionary Note Regarding Forward-Looking Statements", "Safe Harbour", "Forward-looking information and
# non-GAAP measures".
_DISCLAIMER_LABEL = (r"(?:(?:cautionary|special|important) (?:note|statement|information|language)s?"
                     r"(?: (?:regarding|concerning|about|on|relating to|with respect to) )?|note (?:regarding|on|about) )?"
                     r"(?:forward[- ]looking (?:statements?|information)|safe harbou?r(?: (?:statements?|provisions?|notice"
                     r"|language))?)(?: (?:and|&) [\w -]{1,40})?")
_DISCLAIMER_ALONE = _rx(r"^" + _DISCLAIMER_LABEL + r"\s*:?$")
_DISCLAIMER_RUN_IN = _rx(r"^" + _DISCLAIMER_LABEL + r"\s*[:–—-]\s+\S")
_DISCLAIMER_LABEL_WORDS = 12
# The label, however long its wording, says "forward-looking" or "safe harbor" within these first characters.
_DISCLAIMER_OPENING = 80
# What legal small print says, whatever its heading: a news story's "Safe harbour" crosshead over boats
# sheltering from a storm says none of it.
_SMALL_PRINT = _rx(r"\bforward[- ]looking\b|\brisks?,? (?:and|&) uncertaint|\bundue reliance\b"
                   r"|\bPrivate Securities Litigation Reform Act\b|\bsafe harbou?r provisions?\b"
                   r"|\bactual (?:results|outcomes|events|performance) (?:may|could|might|will|to) (?:\w+ )?differ"
                   r"|\b(?:undertakes?|assumes?|disclaims?) (?:no|any) (?:obligation|duty|intention)"
                   r"|\bno obligation to (?:publicly )?(?:update|revise)")


def press_cue(line: Line) -> str:
    """The reason a line on its own is press-release or mailing furniture, else ""."""
    flat = line.flat
    if line.words <= 12 and _END_MARKER.match(flat):
        return END_OF_RELEASE
    if line.words <= 6 and (_NOTES_ALONE.match(flat) or _ABOUT_WRITER.match(flat)):
        return NOTES if _NOTES_ALONE.match(flat) else "author bio"
    if line.words <= 14 and line.sentences == 1 and not line.terminal and _RELEASE_LABEL.match(flat):
        return RELEASE_LABEL
    if line.words <= 5 and _CONTACT_ALONE.match(flat):
        return CONTACT
    if line.words <= 40 and (_CONTACT_LINE.match(flat) or _FOR_PRESS.match(flat) and not line.speech) and (
            has_phone(flat) or _EMAIL.search(flat) or not line.terminal):
        return CONTACT
    if line.words <= 10 and _CONTACT_LABELLED_PART.match(flat) and _CONTACT_PART.match(flat):
        return CONTACT
    if line.words <= _FOOTER_WORDS and line.sentences <= 4 and _footer_cue(line):
        return FOOTER
    return ""


def _footer_cue(line: Line) -> str:
    """"end" if the line is worded as a mailing's footer, "top" if it is a link that may also stand
    above the headline ("View this email in your browser"), else "".  A line reporting speech
    ("This message was sent from a spoofed number ..., police said.") or quoting it is a story's."""
    flat = line.flat
    lower = flat.lower()
    if not any(word in lower for word in ("receiv", "sent", "unsubscri", "opt", "prefer", "browser", "view", "forward",
                                          "address", "subscri", "display", "showing", "properly", "correctly", "online",
                                          "that", "thank", "see you", "until next", "reply", "written by", "ed by",
                                          "together by")):
        return ""
    if REPORTED_SPEECH.search(_READER_SPEECH.sub(" ", flat)):
        return ""
    patterns = _FOOTER_LISTED if _LIST_CONTEXT.search(flat) else _FOOTER
    for k, pattern in enumerate(patterns):
        match = pattern.search(flat)
        if match and not leaves_quotation_open(flat[:match.start()]):
            return "top" if k in _FOOTER_TOP else "end"
    pieces = [piece.strip() for piece in _ROW_SPLIT.split(flat)]
    if (len(pieces) >= 2 and all(_ROW_ITEM.match(piece.rstrip(".")) for piece in pieces)
            and any(_ROW_EMAIL_ITEM.search(piece) for piece in pieces)):
        return "top"
    return ""


def _story_line(line: Line) -> bool:
    """A line of the story's prose: a full sentence (or more) the cues left alone."""
    return line.kind == BODY and line.terminal and line.words >= _STORY_WORDS


def _footer_placed(lines: list[Line], i: int, story: list[bool]) -> bool:
    """A footer stands in the page's last part: in its final fifth, or with no story line between it
    and that fifth; a link like "View in browser" may also stand before the story's first line."""
    fifth = -(-len(lines) // 5)
    last_part = len(lines) - fifth
    if i >= last_part or not any(story[i + 1:last_part]):
        return True
    return _footer_cue(lines[i]) == "top" and (i < fifth or not any(story[:i]))


def mark_mail_headers(text: str, runs: list[Run], lines: list[Line]) -> None:
    """The header lines a newsletter or a release copied out of a mail opens with ("From: ...",
    "Subject: ...", "Date: ..."): the subject is the document's title (``reader.core.document``),
    and none of them is story or heading."""
    headers = copied_headers(text)
    if headers is None:
        return
    for run, line in zip(runs, lines):
        if run.end > headers.end:
            break
        mark(line, BOILERPLATE, MAIL_HEADER)


def mark_press(runs: list[Run], lines: list[Line]) -> None:
    """Mark press-release and mailing furniture: the lines the cues know, then the notes under an
    end marker or a "Notes to editors" label, the paragraph under an "About" label, and the lines
    of a contact block."""
    cues = [press_cue(line) if line.kind == BODY else "" for line in lines]
    _credit_mailings(lines, cues)
    story = [_story_line(line) and not cue for line, cue in zip(lines, cues)]
    for i, (line, reason) in enumerate(zip(lines, cues)):
        if reason and (reason != FOOTER or _footer_placed(lines, i, story)):
            mark(line, BOILERPLATE, reason)
    _mark_opening(lines)
    _mark_notes(lines)
    # The small print and the "About" block stand in the page's second half, counted to its last story
    # line: first the contacts under them, then the small print under the "About" block.
    _mark_contact_blocks(lines)
    _mark_disclaimers(lines)
    _mark_about(runs, lines)


def _credit_mailings(lines: list[Line], cues: list[str]) -> None:
    """Call a line crediting a named work's makers ("Harbour Briefing is written by Nia Evans.") the
    footer in ``cues`` when the work is the mailing: its name names a mailing ("The Morning Briefing"),
    or the page shows it is one, with another footer line or a newsletter's opening."""
    credits = [i for i, line in enumerate(lines) if line.kind == BODY and not cues[i] and _named_credit(line)]
    if not credits:
        return
    mailing_page = FOOTER in cues or any(line.kind == BODY and _opening(line) for line in lines[:_OPENING_LINES])
    for i in credits:
        if mailing_page or _MAILING_NAME.search(_NAMED_CREDIT.match(lines[i].flat).group("name")):
            cues[i] = FOOTER


def _named_credit(line: Line) -> bool:
    return line.words <= _FOOTER_WORDS and not line.speech and _NAMED_CREDIT.match(line.flat) is not None


# A newsletter's opening, before its first story: the greeting ("Hello everyone,", "Good morning.", "Dear readers,")
# and the issue's introduction ("Welcome to today's Harbour Briefing.", "Here's what you need to know this
# week.", "Inside: port fees, a dredging plan and the island vote.", "In today's newsletter ...").
# A greeting closes with its punctuation, and only a salutation's comma follows a name ("Hi Jane,"): "Dear Evan
# Hansen" and "Welcome Home" over a review are headlines.
_GREETING = _rx(r"^(?:(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening|day)|morning|evening"
                r"|welcome(?: back)?)(?:(?:,\s*|\s+)(?:and welcome(?: back)?|there|all|everyone|everybody|folks|friends|again"
                r"|(?:dear |fellow )?(?:readers?|subscribers?|members?|colleagues?|investors?)))?\s*[,.!]"
                r"|(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|morning),? " + _TITLE_WORDS + r",)$")
_ISSUE_INTRO = _rx(
    r"^(?:hello and )?welcome(?: back)? to (?:(?:this|today|tonight|this week|this month|this morning)['’]s (?-i:[A-Z])"
    r"|[^.!?]{0,40}\b(?:newsletter|issue|edition|briefing|brief|bulletin|digest|round-?up|dispatch)\b)"
    r"|^here['’]?s (?:what|everything|all) (?:you need to know|you need to read|you (?:may have )?missed"
    r"|we['’]re (?:watching|reading|following|tracking)|matters|is happening)\b"
    r"|^(?:today|tonight|this week|this morning|this weekend|inside|in (?:this|today['’]?s|this week['’]?s) (?:issue"
    r"|edition|newsletter|briefing|e-?mail|bulletin|digest))\s*:\s*\S"
    r"|^in (?:this|today['’]?s|tonight['’]?s|this week['’]?s) (?:issue|edition|newsletter|briefing|e-?mail|bulletin|digest)\b")
_OPENING_LINES = 8  # runs of the page's top searched for it


def _mark_opening(lines: list[Line]) -> None:
    """A newsletter's greeting and introduction, above its first story line: every sentence of the
    run greets the reader or introduces the issue.  A run with any other sentence is left whole: "Good
    morning. The bank cut its rate on Thursday." keeps its story."""
    for line in lines[:_OPENING_LINES]:
        if line.kind != BODY:
            continue
        if _opening(line):
            mark(line, BOILERPLATE, OPENING)
        elif _story_line(line):
            return


def _opening(line: Line) -> bool:
    if line.words > _FOOTER_WORDS or line.speech:
        return False
    sentences = SENTENCE_BREAK.split(line.flat)
    return len(sentences) == line.sentences and all(_GREETING.match(sentence) or _ISSUE_INTRO.match(sentence)
                                                    for sentence in sentences)


def _mark_notes(lines: list[Line]) -> None:
    """After an end marker, or under "Notes to editors", in the page's second half: the rest is
    notes, when it is shorter than the story above."""
    half = len(lines) // 2
    total = sum(line.words for line in lines)
    # Two end markers or more separate the stories of a mailing ("###" between each): none of them
    # opens notes, though a "Notes to editors" label still does.
    markers = sum(1 for line in lines if _end_marker(line)) > 1
    # A page that calls itself a release ("FOR IMMEDIATE RELEASE") tells one story, which its marker ends;
    # on another page one more story may follow the marker (see _another_story).
    one_release = any(line.reason == RELEASE_LABEL for line in lines)
    above = 0
    for i, line in enumerate(lines):
        if (i >= half and i + 1 < len(lines) and _closes_release(line)
                and not (_end_marker(line) and (markers or not one_release and _another_story(lines, i)))):
            below = total - above - line.words
            if 0 < below <= above:
                if line.kind == BODY:  # "Notes to editors: Kettleby was founded in 1974."
                    mark(line, BOILERPLATE, NOTES)
                for rest in lines[i + 1:]:
                    if rest.kind == BODY:
                        mark(rest, BOILERPLATE, NOTES)
                return
        above += line.words


def _end_marker(line: Line) -> bool:
    return line.words <= 12 and bool(_END_MARKER.match(line.flat))


def _another_story(lines: list[Line], i: int) -> bool:
    """Does another story open under the end marker ``i``, as in a mailing of two stories with "###"
    between them?  Its opening (a heading perhaps, then the paragraphs of full sentences under it)
    holds two sentences of prose, or one under a heading ("Library reopens" / "Ostby's library will
    reopen on Monday ..."), and none of them has a note's form: a numbered note, an offer to
    journalists, an organisation describing itself first.  Under a release's end come labels ("Notes
    to editors", "Media contact"), a name and a number, or notes in those forms: the rest stays notes."""
    opening = _opening_under(lines, i)
    prose = [line for line in opening if _story_line(line)]
    headed = bool(opening) and opening[0].heading_like
    if sum(line.sentences for line in prose) < (1 if headed else 2):
        return False
    # "Kettleby Appliances is a family-owned maker ..., founded in 1974.": its standing paragraph, unlabelled
    return not (_describes_organisation(prose[0]) or any(_note_form(line) for line in opening))


def _opening_under(lines: list[Line], i: int) -> list[Line]:
    """The lines right under line ``i``: a heading, then the full sentences under it, up to a line
    that is neither (a label, a name, a number) or to the release's own furniture.  Other furniture
    (a byline, a caption) is passed over."""
    opening: list[Line] = []
    for line in lines[i + 1:]:
        if line.kind != BODY:
            if line.reason in _PRESS_REASONS:
                break
            continue
        if not (line.terminal or not opening and line.heading_like):
            break
        opening.append(line)
    return opening


def _note_form(line: Line) -> bool:
    """A numbered note ("1. The trust was founded in 1988.") or an offer to journalists.  A phone
    number or an address is no sign: a story gives a helpline, and a note's contact is labelled."""
    return line.list_item or bool(_TO_JOURNALISTS.search(line.flat))


def _describes_organisation(line: Line) -> bool:
    flat = line.flat
    return (not line.speech and bool(_DESCRIBES.search(flat))
            and bool(_ORGANISATION.search(flat) or _ORGANISATION_CUE.search(flat)))


def _closes_release(line: Line) -> bool:
    flat = line.flat
    if line.reason in (END_OF_RELEASE, NOTES):
        return True
    # "###" has no words, and the table cues called it "no words" already.
    return (_end_marker(line)
            or line.kind == BODY and line.words <= 60 and bool(_NOTES_RUN_IN.match(flat)))


def _mark_disclaimers(lines: list[Line]) -> None:
    """A release's legal small print, read by its heading in the page's second half (counted as in
    ``_mark_about``): "Forward-Looking Statements" or "Safe Harbor Statement" standing alone, or opening
    its first paragraph ("Safe harbor: This release contains ..."), and everything under it to the next
    heading or the page's end.  It speaks of what the company may not achieve, never of what happened,
    so none of it is a claim.  The heading alone owns nothing: its first paragraph (or the run-in line's
    own words) must speak as small print does ("forward-looking", "risks and uncertainties", "undertakes
    no obligation to update"), else it is a story's crosshead over story."""
    for i in range((_last_story_index(lines) + 1) // 2, len(lines)):
        line = lines[i]
        if line.kind != BODY:
            continue
        if not _SMALL_PRINT.search(_words_under_disclaimer_label(lines, i)):
            continue
        mark(line, BOILERPLATE, DISCLAIMER)
        for rest in lines[i + 1:]:
            if _ends_section(rest):
                break
            if rest.kind == BODY:
                mark(rest, BOILERPLATE, DISCLAIMER)


def _words_under_disclaimer_label(lines: list[Line], i: int) -> str:
    """The words a small print's label opens: the first paragraph under a label standing alone ("Safe
    Harbor Statement"), the rest of the line after a run-in one ("Safe harbor: This release contains
    ..."); "" when the line is no such label."""
    line = lines[i]
    flat = line.flat
    opening = flat[:_DISCLAIMER_OPENING].lower()
    if "forward" not in opening and "harbo" not in opening:  # most lines, at the cost of a look
        return ""
    if line.words <= _DISCLAIMER_LABEL_WORDS and (line.unpunctuated or flat.endswith(":")):
        return _first_paragraph(lines, i) if _DISCLAIMER_ALONE.match(flat) else ""
    run_in = None if line.speech else _DISCLAIMER_RUN_IN.match(flat)
    return flat[run_in.end() - 1:] if run_in else ""


def _ends_section(line: Line) -> bool:
    return line.headed and not line.terminal


def _first_paragraph(lines: list[Line], heading: int) -> str:
    """The words of the first line under a heading, "" if another heading comes first."""
    for j in range(heading + 1, len(lines)):
        line = lines[j]
        if _ends_section(line):
            return ""
        if line.words:
            return line.flat
    return ""


def _mark_about(runs: list[Run], lines: list[Line]) -> None:
    """"About <Name>" over a paragraph describing <Name>, and "About the author" over its box, in
    the page's second half; and "About <Name>: <Name> is a ..." on one line.  The half is counted
    to the page's last story line: the small print, contacts and footer under it (marked already)
    would otherwise push a short release's "About" block into its first half."""
    half = (_last_story_index(lines) + 1) // 2
    # From the page's end up, so that an organisation's block sees the blocks under it as furniture
    # already ("About Kettleby ..." over "About the Harbour Trust ..." over the contact).
    for i in range(len(lines) - 1, half - 1, -1):
        line = lines[i]
        if line.kind == BODY and line.words <= _ABOUT_WORDS:
            match = _ABOUT_RUN_IN.match(line.flat)
            if (match and _names(match.group("name")) and _describes(match.group("name"), match.group("rest"))
                    and _near_end(runs, lines, i)):
                mark(line, BOILERPLATE, ABOUT)
                _mark_paragraph_rest(runs, lines, i)
                continue
        if line.words > 10 or not (line.unpunctuated or line.flat.endswith(":")) or i + 1 == len(lines):
            continue
        writer = bool(_ABOUT_WRITER.match(line.flat))
        match = None if writer else _ABOUT_NAME.match(line.flat)
        if not (writer or match and _names(match.group("name"))):
            continue
        block = _paragraphs_under(runs, lines, i)
        if not block:
            continue
        if not writer:
            block = _organisation_paragraphs(runs, lines, block)
            text = " ".join(lines[j].flat for j in block)
            if not (_describes(match.group("name"), text) and _near_end(runs, lines, block[-1])):
                continue
            mark(line, BOILERPLATE, ABOUT)
        elif line.kind == BODY:
            mark(line, BOILERPLATE, "author bio")
        for j in block:
            mark(lines[j], BOILERPLATE, "author bio" if writer else ABOUT)


def _last_story_index(lines: list[Line]) -> int:
    return max((i for i, line in enumerate(lines) if line.kind == BODY), default=len(lines) - 1)


def _names(name: str) -> list[str]:
    """The words of an "About" label's name that name something ("About the author" names nobody)."""
    words = [word for word in name.split() if word.lower() not in _NOT_NAMES and word[:1].isupper()]
    return words if words and not any(char.isdigit() for char in name) else []


def _describes(name: str, text: str) -> bool:
    """Does ``text`` name the organisation (one of its names' words, capitalised) and describe it as
    one?  "The Kessel is a river ..." and "Lindorf is a market town ... founded in the 12th century"
    describe a place, under a story's explainer subheading."""
    words = {word.strip(".,'’").casefold() for word in _names(name) if len(word) > 2}
    said = {word.strip(".,'’:;()").casefold() for word in text.split() if word[:1].isupper()}
    if not (words & said and _DESCRIBES.search(text)):
        return False
    if _ORGANISATION.search(text):
        return True
    return not _PLACE_OR_THING.search(text) and bool(_ORGANISATION_CUE.search(text))


def _organisation_paragraphs(runs: list[Run], lines: list[Line], block: list[int]) -> list[int]:
    """The first paragraph of ``block``, and those after it that still speak of the organisation
    ("It employs 1,200 people.", "For more information, visit ..."); not the story going on under
    an explainer ("The trust's director said ...")."""
    first = runs[block[0]].paragraph
    kept = [j for j in block if runs[j].paragraph == first]
    paragraphs: dict[int, list[int]] = {}
    for j in block[len(kept):]:
        paragraphs.setdefault(runs[j].paragraph, []).append(j)
    for part in paragraphs.values():
        text = " ".join(lines[j].flat for j in part)
        if REPORTED_SPEECH.search(text) or not (_ORGANISATION.search(text) or _ORGANISATION_CUE.search(text)):
            break
        kept += part
    return kept


def _near_end(runs: list[Run], lines: list[Line], last: int) -> bool:
    """Does the "About" block ending at line ``last`` stand at the page's end: no more than a line or two
    of the story's prose (a sender's address) under it, the rest furniture?"""
    paragraphs = {runs[j].paragraph for j in range(last + 1, len(lines)) if _story_line(lines[j])}
    paragraphs.discard(runs[last].paragraph)
    return len(paragraphs) <= _ABOUT_TAIL_PARAGRAPHS


_READER_PROMPT = "reader prompt"  # a cue's reason (furniture_cues): "For more information, visit ..."


def _paragraphs_under(runs: list[Run], lines: list[Line], i: int) -> list[int]:
    """The story lines of the paragraphs (at most ``_ABOUT_PARAGRAPHS``) right under the label ``i``,
    up to the next furniture or heading-like paragraph opener; empty if furniture follows at once.  The
    organisation's service line ("For more information, visit www.velloria.example.") is the block's own,
    though a cue took it for a reader prompt already."""
    block: list[int] = []
    paragraphs = 0
    words = 0
    for j in range(i + 1, len(lines)):
        line = lines[j]
        new_paragraph = runs[j].paragraph != runs[j - 1].paragraph
        if line.kind != BODY and not (block and line.reason == _READER_PROMPT):
            break
        if new_paragraph or j == i + 1:
            if block and (line.heading_like or paragraphs == _ABOUT_PARAGRAPHS):
                break
            paragraphs += 1
        words += line.words
        if words > _ABOUT_WORDS:
            break
        block.append(j)
    return block


def _mark_paragraph_rest(runs: list[Run], lines: list[Line], i: int) -> None:
    for j in range(i + 1, len(lines)):
        if runs[j].paragraph != runs[i].paragraph or lines[j].kind != BODY:
            return
        mark(lines[j], BOILERPLATE, ABOUT)


def _mark_contact_blocks(lines: list[Line]) -> None:
    """The short lines under a contact label standing alone: a name, a role, a phone, an address."""
    for i, line in enumerate(lines):
        if line.reason != CONTACT or not _CONTACT_ALONE.match(line.flat):
            continue
        for rest in lines[i + 1:i + 1 + _CONTACT_BLOCK_LINES]:
            if rest.kind != BODY:
                if rest.reason in (CONTACT, "byline"):  # an e-mail address alone is a byline to the table cues
                    continue
                break
            if rest.words > _CONTACT_PART_WORDS or not (rest.unpunctuated or _CONTACT_PART.match(rest.flat)):
                break
            mark(rest, BOILERPLATE, CONTACT)


# Every pattern above is compiled: keep them for the next start.
rx.save()
