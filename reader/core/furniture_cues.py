"""Page-furniture vocabulary, and what a line says about itself before its neighbours are seen.

The tables here are the general cues named in ``reader.core.furniture``:
comment prompts, "Related articles" headings, share buttons, newsletter and
sign-in prompts, captions and credits, bylines and datelines.  Each cue
carries the longest line (in words) it may apply to, so that a story sentence
which merely mentions comments or a photo stays story text.  They live apart
from the passes that use them so that adding or tuning a cue touches only
this file.

``cue`` checks one line against the tables (plus the shape of a date line, from
``furniture_dates``, and of a row of menu links); ``mark_cues`` applies it to every line still counted as
story.  Patterns see the line with its whitespace collapsed (``Line.flat``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from reader.core.cjk import has_cjk
from reader.core.furniture_dates import DATE_SEPARATOR, byline_then_date, date_line
from reader.core.furniture_lines import BODY, BOILERPLATE, CLOSERS, POST_LINK, REPORTED_SPEECH, WORD, Line, mark
from reader.core.markup import WIRE_SLUG_ALONE
from reader.core.numwords import ONES, SCALES, TEENS, TENS, VAGUE, fate_of
from reader.core.pattern_cache import PatternCache

# ``rx.compile`` is ``re.compile``, from the compiled patterns kept between runs (pattern_cache.py).
rx = PatternCache(__file__)

SHORT = 25  # furniture vocabulary is trusted only on lines at most this long (words)
_BYLINE_PERSON = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,2}"  # "Rachel Riga", "Mary-Kate O'Neill Byrne"
_CAPTION_MAX_WORDS = 45  # a caption is a sentence or two; a story paragraph with a credit is one too
CALL_TO_ACTION = "advert button"
HELP_LINE = "help line"  # where a reader affected by the story's subject may find help
EMBEDDED_POST = "embedded post"
# The signature a post embedded from X or Twitter closes with: "— Lisa Tran (@lisatran_geg) January 14, 2025".
POST_SIGNATURE = rx.compile(r"^[—–-]\s*[^()@]{1,60}\(@\w{1,30}\)[\w ,.]{0,30}$")


def _rx(pattern: str) -> re.Pattern:
    return rx.compile(pattern, re.IGNORECASE)


# The day a wire dateline gives after its place: ", Sept 22", ", 22 September", ", March 3, 2025".
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
_FILED_DAY = rf"(?:,? (?:{_MONTH_NAME} \d{{1,2}}|\d{{1,2}} {_MONTH_NAME})(?:,? (?:19|20)\d\d)?)?"


_CLOCK_TIME = r"(\d{1,2}([:.]\d{2})?\s*[ap]\.?m\.?|\d{1,2}:\d{2})"
# A link to another story under its label ("Read more: ...", "More on this story: ...").  The link's title is
# capitalised ("Related: the council also cut bus subsidies." is prose).
RELATED_LINK = _rx(r"^(read|read more|read also|also read|read next|related|see also|watch|listen"
                   r"|more on this( story| topic)?)\s*[:|]\s*(?-i:[^\sa-z])")
# A post's time may carry its zone: "11:31 a.m. EDT", "08:25 BST", "12.47pm GMT".
_ZONE = r"(\s+(?-i:[A-Z]{2,5}))?"
# What parts a key event's time (or age) from its title: a space, or a colon or dash and a space ("2h ago: City
# suspends festival licence", "08:25 – Woman found alive").
_STAMP_THEN = r"\s*[:–—-]?\s+\S"


class _Needs(NamedTuple):
    """A cue whose pattern cannot match a line without one of ``words`` in it (in lower case, as
    text, not only as whole words).  Patterns that scan the whole line cost several microseconds
    each; most story lines hold none of the words, and a substring test is far cheaper."""

    pattern: re.Pattern
    words: tuple[str, ...]


def _rx_needing(words: str, pattern: str) -> _Needs:
    """``_rx(pattern)``, tried only on lines that hold one of the words ("|"-separated)."""
    return _needing(words, _rx(pattern))


def _needing(words: str, pattern: re.Pattern) -> _Needs:
    return _Needs(pattern, tuple(words.split("|")))


# A link to the rest of a story: "Read the full story here", "See the complete results", and the print
# edition's pointer, "Full story on page 9" (only with where it is: "Full story" alone may be a heading).
READ_FULL = (r"(?:(read|see|watch|get|view) (the )?(full|whole|complete|rest of the|latest)( [\w-]+)? (story|article"
             r"|report|results|coverage|details|interview|list|statement)|full (story|report|coverage|details|interview)"
             r"(?= (on )?pages?\b| here\b| inside\b| online\b| below\b))( (on )?pages? [\w-]+| here| below| online| inside)?\W*$")
# The header of a reader's comment: the commenter's name and how long ago it was posted ("BrochBoy1987 · 14 hours
# ago"); the comment may follow on the same line.
COMMENT_HEADER = (r"^[^\s·|]{2,30}( [^\s·|]{1,30}){0,2} · (\d+\s?(m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?"
                  r"|months?|y|yrs?|years?) ago|yesterday|just now)\b")
# Newsroom roles: in bylines ("..., Staff Writers"), the line under one, and author bios.
ROLES = (r"reporter|correspondent|writer|editor|journalist|producer|columnist|contributor|photographer|critic"
         r"|commentator|presenter|broadcaster|reporting fellow")
# A byline in the languages whose pages editors bring most often after English: the word for "by" and a
# name of two or three capitalised words ("Camille Lefèvre", "José María de la Fuente"), perhaps a second
# author, then the end, a comma and a place or role, or a bar and the date.  "Von" and "Di" open surnames,
# so an English headline in title case may open so too ("Von Miller Signs With Bills"): a name holds no
# English function word, and no more words than a name has.
_BY_ABROAD = r"(?i:par|por|von|di)"
_CAPITAL = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİŁŃŇŌŐŒŘŚŞŠŤŪŮŰŲŹŻŽ"
_NOT_IN_A_NAME = r"(?!(?:The|With|Of|To|For|In|On|At|As|After|Over|Into|From|And|Is|Are|Was|Will)\b)"
_NAME_WORD = rf"{_NOT_IN_A_NAME}[{_CAPITAL}][\w'’.-]*"
_NAME_PARTICLE = r"(?:d[aeiou]|del|della|dos|das|van|von|der|den|le|la|y|zu)"
_FOREIGN_NAME = rf"{_NAME_WORD}(?:\s+(?:{_NAME_PARTICLE}\s+)*{_NAME_WORD}){{1,2}}"
_FOREIGN_BYLINE = rx.compile(rf"^{_BY_ABROAD}\s+{_FOREIGN_NAME}(?:\s+(?i:et|y|e|und|and|&)\s+{_FOREIGN_NAME})?"
                            r"(?:\s*,\s*[^.!?|•·]{1,60}|\s+[|•·]\s.*)?$")
# An English headline in title case has that shape too ("Di Maria Scores Twice", "Von Der Leyen Re-Elected",
# "Par Three Hole Decides Open"), so the shape is a byline only with more to show for it (``_byline_abroad``):
# the credit's own furniture on the line (the language's "and" between two authors, a place or a role after the
# comma, a date after the bar), a publication line beside it in the same language, or a page written in it.
_ROLES_ABROAD = (r"correspondante?|envoyée? spéciale?|journaliste|rédaction|corresponsal|enviad[oa] especial|periodista"
                 r"|redacción|korrespondentin|korrespondent|redakteurin|redakteur|redaktion|corrispondente|inviat[oa]"
                 r"|giornalista|redazione|correspondente|repórter|jornalista|redação")
_BYLINE_FURNITURE_ABROAD = rx.compile(
    rf"\s(?:et|y|e|und)\s+[{_CAPITAL}]"
    rf"|,\s*(?:(?:à|a|en|em|in|aus|da|de|desde|depuis)\s+)?[{_CAPITAL}][\w'’.-]*\W*$"
    rf"|,.*\b(?i:{ROLES}|{_ROLES_ABROAD})"
    r"|\s[|•·]\s.*\d")
# Words that tell a page's language: a few of the commonest function words of English and of the languages of
# ``_BY_ABROAD``, and the words of those languages' publication lines ("Publié le ... à", "Pubblicato il ... alle").
_ENGLISH_WORDS = frozenset("the and of to is was were are that with said has have for from this which by".split())
_WORDS_ABROAD = frozenset((
    "le les des du une est et dans pour qui sur au aux pas ont été à "  # French
    "el los las del una es y para con su sus fue que según "  # Spanish
    "der die das und ist nicht mit ein eine dem den sich auf für wurde am uhr "  # German
    "il della che di gli nel alla alle sono è "  # Italian
    "os dos das em um uma não foi às "  # Portuguese
    "publié publicado veröffentlicht pubblicato aktualisiert actualizado atualizado aggiornato").split())
# "Related articles" in French, Spanish, German, Italian, Portuguese: "Lire aussi", "Sur le même sujet", "Te puede
# interesar", "Lesen Sie auch", "Mehr zum Thema", "Leggi anche", "Leia também".
_RELATED_ABROAD = (r"((à )?lire (aussi|également)|voir aussi|sur le même (sujet|thème)|dans la même rubrique|les plus lus"
                   r"|lea también|lee también|noticias relacionadas|te puede interesar|lo más leído|más noticias"
                   r"|lesen sie auch|(auch|mehr) zum thema|meistgelesen|das könnte sie (auch )?interessieren"
                   r"|leggi anche|potrebbe interessarti|leia também|veja também|mais lidas)")
# A day or a month, capitalised as a name is: "Watch the skies on Tuesday." names no coverage.
_WHEN = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may"
         r"|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
         r"|christmas|easter|new year)\b")
# Each cue: (pattern, reason, longest line in words it may apply to).
# Patterns see the line with its whitespace collapsed.  A one-line paragraph of 25 words is also an ordinary
# news sentence ("Share prices fell sharply.", "Search teams found two more bodies on Sunday."), so a cue
# matches the *form* of furniture, not merely its words: a label has its separator (":", "|", a dash; never
# a comma) and no final full stop (``_LABEL``), an imperative opens a sentence (``_OPENS``), and a comment,
# newsletter or sign-in prompt speaks to the reader (``_TO_READER``).
_LABEL = r"^(?!(?:\S+\s+){3}.*[.!?…][\"'”’»)\]]*$)"  # not a sentence of four words or more with final punctuation
_OPENS = r"(?:^|[.!?:·|]\s+)"  # where an imperative stands: at a sentence start, or after a separator
_TO_READER = r"^(?=.*\b(?:you|your|our|us)\b)"
# A newsletter box's blurb: to the reader, the news, when it comes, and no full stop ("Start your week with the
# market news and analysis you need every Monday").  Anchored by the cue that uses it.
_BLURB = (r"(?=.*\b(you|your)\b)(?=.*\b(news|stories|headlines|analysis|briefing|reads|updates|newsletter)\b)[^.!?]*"
          r"\b(every|each) (morning|day|weekday|week|evening|weekend|month|(mon|tues|wednes|thurs|fri|satur|sun)day)\b"
          r"[^.!?]*$")
# The outlet's own voice or its delivery in a blurb: "we'll point you to", "our pick", "in your inbox".
_PITCH = r"(?=.*\b(we|we['’](ll|re)|our|us|inbox|delivered|sent|sign up|subscribe|newsletters?)\b)"
# Reason of a blurb without them, furniture only beside a newsletter box's other lines (see mark_cues).
_NEWSLETTER_BLURB = "newsletter blurb"
# One clause of a credit line: "Additional reporting by Claire Dubois in Paris", "Editing by Peter Graff".
_CREDIT_CLAUSE = (r"(additional |further )?(reporting|editing|writing|research|graphics|photography|production"
                  r"|fact-checking|compiled|edited|written)( by)?\s*:?\s+(?-i:[A-Z])[^;.!?]*")
# The title of a list of the site's most read stories, in its many wordings: "Most read", "Most-read
# stories this week", "The most popular", "Popular right now", "Trending now", "What's trending", "Top
# stories today", "Today's top stories", "Top 10 stories", "Most read local stories", "What others are
# reading".
_RANKED_LIST = (r"(the |today['’]?s |this week['’]?s |our )?"
               r"(most[- ](read|popular|viewed|shared|watched|commented|emailed|clicked|discussed)|popular|trending"
               r"|what['’]?s (trending|popular|hot)|top( \d{1,2})? (stories|news|headlines|reads|articles)"
               r"|(what )?(others|people|readers) are (also )?reading)"
               r"(( [\w'’-]+)? (news|stories|articles|headlines|posts|videos|reads|topics))?"
               r"( (right )?now| today| this (week|month|year|morning|evening)| of the (day|week|month|year)"
               r"| in the (last|past) (24|48) hours| (across|on) the site)?")
# A list's title may carry a piece beside it, split off by a dot, a slash or a bar: its name in the page's
# other language, or the section's ("Mais lidas · Most read", "Sport | Most read"): words, no figures
# ("Latest · 2 hours ago" is a dateline).
_PIECE_WORDS = r"([^\W\d_]|[ &'’-]){1,40}"
_OTHER_PIECE = r"(" + _PIECE_WORDS + r"?\s[·|/]\s)?"
_OTHER_PIECE_AFTER = r"(\s[·|/]\s" + _PIECE_WORDS + r")?"
# What may follow a list's title: the section it ranks ("Most read in Sport"), a colon, a full stop.
_LIST_TAIL = r"(( (in|on|from|about|by|for|at)( [\w&'’-]+){1,5}\s*:?)|\s*[:.]?)"
# A ranked list's title on its own (``furniture_context`` asks whether it heads the site's links).
RANKED_TITLE = _rx(r"^" + _OTHER_PIECE + _RANKED_LIST + _LIST_TAIL + _OTHER_PIECE_AFTER + "$")
# A section's block of links to its other stories: "More" and the section's name, capitalised ("More
# Premier Division", "More Football", "MORE UK NEWS"), or the section named in lower case before "news" or
# "stories" ("More council news", "More local stories").  A story's subheading may be worded so ("More Rain
# Expected"): ``furniture_context`` takes the label back when the story's own text is under it.
MORE_SECTION = _rx(r"^more( (?-i:[A-Z])[\w&'’-]*){1,3}\s*:?$|^more( [\w&'’-]+){1,2} (news|stories|headlines)\s*:?$")
# A title that may rank the world's things, not the site's stories: it names a year or a span ("... in
# 2024", "Top 10 stories of the year", "of all time") or the things it ranks on a platform ("Trending
# topics on X", "Most watched videos on YouTube").  A site names its own lists so too ("Most read this
# year"; "Most read on BBC News", "Top stories on Reuters": the site naming itself), so this is no
# verdict: ``furniture_context`` wants the items under it to be no headlines as well.  A colon says
# nothing either way ("Most read:", "The most popular:").
WORLD_RANKING = _rx(r"\b(1[89]|20)\d\d\b|\b(year|years|all time|ever|decade)\b"
                    r"|\b(?!(read|popular|viewed|shared|watched|commented|emailed|clicked|discussed|trending|hot|now"
                    r"|today|week|stories|news|headlines|articles|reads)\b)[^\W\d_]{3,} on (?!the site\b)")
# A paywall, in the words it speaks to the reader with, its own line's start: the meter ("You have read 2
# of your 3 free articles this month.", "You've reached your limit of free articles"), who may read on
# ("This article is for subscribers.", "Subscribers only"), the offer ("Get unlimited access from £1 for
# the first month.") and the way on ("Subscribe to continue reading", "To keep reading, create a free
# account").  A story about a paywall says who offers it ("The paper now charges for unlimited access"),
# and a line that reports speech is kept by ``cue``.
_FREE_READS = r"(free|complimentary) (articles?|stories|story|reads?|pages?)"
_SMALL_COUNT = r"(\d+|one|two|three|four|five|ten) "
_READ_ON = r"(continue|keep|finish|start) reading\b"
_OF_THIS_PIECE = r"(this|the (full|whole|complete|rest of (the|this))) (article|story|piece|report|content)\b"
PAYWALL = (
    r"^you('ve| have) (read|reached|used) " + _SMALL_COUNT + r"of (your )?" + _SMALL_COUNT + _FREE_READS
    + r"|^you('ve| have) " + _SMALL_COUNT + _FREE_READS + r" (left|remaining)\b"
    + r"|^you('ve| have) (reached|hit|exceeded|used( up)?|run out of|read)( all)?( of)? (your|the) "
    r"((daily|weekly|monthly) )?(limit of (" + _SMALL_COUNT + r")?" + _FREE_READS + r"|free (article|story) limit"
    r"|(article|story|reading) limit|" + _FREE_READS + r")"
    r"|^this is your (last|final) " + _FREE_READS
    + r"|^(this|the rest of this) (article|story|piece|report|content|page) is (only |exclusively )?(for|available (only "
    r"|exclusively )?(to|for)|reserved for|exclusive to|open only to) (our )?(paying |paid |digital |premium |registered )?"
    r"(subscribers|members)\b"
    r"|^only (paying )?(subscribers|members) can (read|access|view|see) " + _OF_THIS_PIECE
    + r"|^((for )?(subscribers|members)|subscriber|premium)[- ]only( (content|article|story))?\W*$"
    r"|^(get|enjoy|unlock|gain) (unlimited|full|complete|instant)( digital| online| premium| web)? access\b"
    r"|^unlimited (digital |online )?access\b"
    r"|^(subscribe|register|sign up|log ?in|sign ?in)( now| today| for free| free)?( or (log|sign) ?in)? to " + _READ_ON
    + r"|^(subscribe|register|sign up) to (read|unlock|access|view) " + _OF_THIS_PIECE
    + r"|^to " + _READ_ON + r"[^.!?]{0,60}\b(subscri\w*|register|log ?in|sign ?in|sign up|account|member)\b"
    r"|^" + _READ_ON + r" (with|for) (a |an |just |only )?(\w+ )?(subscription|account|membership|[£$€]\s?\d)"
    r"|^unlock " + _OF_THIS_PIECE
)
# Languages as an English page names them, for its links to the page in another ("Read in Swedish").
_LANGUAGES = (r"english|french|spanish|german|portuguese|italian|dutch|flemish|swedish|norwegian|danish|finnish"
              r"|icelandic|polish|czech|slovak|hungarian|romanian|greek|turkish|russian|ukrainian|belarusian"
              r"|arabic|hebrew|persian|farsi|dari|pashto|kurdish|urdu|hindi|bengali|punjabi|tamil|chinese|mandarin"
              r"|cantonese|japanese|korean|vietnamese|thai|indonesian|malay|tagalog|filipino|swahili|amharic"
              r"|somali|welsh|irish|gaelic|catalan|basque|galician|estonian|latvian|lithuanian|serbian|croatian"
              r"|bosnian|slovenian|bulgarian|macedonian|albanian|georgian|armenian|sami|maori")
# The same link in the language it leads to: a verb to read, its preposition, and the language's own name
# ("läs på svenska", "les på norsk", "lire en français", "leer en español", "ler em português", "leggi in
# italiano", "lees in het Nederlands", "czytaj po polsku", "auf Deutsch").
_READ_VERBS = r"läs|les|læs|lue|lire|leer|ler|leggi|lees|lies|czytaj|lesen sie"
_LANGUAGE_PREPOSITIONS = r"på|en|em|in|auf|po|á"
_OWN_LANGUAGES = (r"svenska|engelska|finska|norsk|nynorsk|bokmål|engelsk|dansk|íslensku|ensku|deutsch|englisch"
                  r"|français|francais|anglais|español|espanol|inglés|castellano|català|português|portugues|inglês"
                  r"|italiano|inglese|(het )?nederlands|(het )?engels|polsku|angielsku")
# Titles of office: "Lismore Mayor Steve Krieg contributed from Sydney." is a story's sentence, not a
# newsroom's contributor note, which names its writers by their names alone.
_OFFICE_TITLES = ("mayor|minister|premier|president|senator|councillor|councilor|commissioner|inspector|officer"
                  "|director|professor|chief|chairman|chairwoman|governor|sheriff|judge|dr")
# A writer's name of two to four capitalised words and their social handle.
# Names in full, one or several: "Ishika Mookerjee", "Jane Doe, John Roe and Ana Ruiz" (Bloomberg's "With assistance
# from ..." credit; "With assistance from local volunteers, ..." names nobody).
_FULL_NAME = r"(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)+)"
_NAMES = _FULL_NAME + r"(?:(?:,|,? and) " + _FULL_NAME + r")*"
_NAME_AND_HANDLE = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3} @\w{2,30}"
CUES: list[tuple[re.Pattern | _Needs, str, int]] = [
    # Comment prompts.
    # "Comments", "12 comments", "Comments (12)", and the counter after the label: "Comments 87".
    (_rx(r"^\d*\s*comments?\s*(\(\d+\)|\d+)?$"), "comment prompt", 3),
    # The count in brackets is the comment section's, whatever follows: "Comments (12)  Log in to join ...".
    (_rx(r"^comments?\s*\(\d+\)\s+\S"), "comment prompt", SHORT),
    # The same section in French, Spanish, German, Italian, Portuguese: "Commentaires (3)", "Kommentare".
    (_rx(r"^\d*\s*(commentaires?|comentarios?|kommentare?|commenti|comentários?)\s*(\(\d+\))?$"), "comment prompt", 3),
    # Its invitation: "Réagissez à cet article", "Commentez", "... connectez-vous pour commenter", "Melden Sie
    # sich an, um zu kommentieren".  Only the polite imperative opens such a line ("Comenta el ministro que
    # ..." is prose), and commenting follows signing in ("no estaba disponible para comentar" is prose).
    (_rx_needing("réagissez|commentez|commenter|réagir|comentar|kommentieren|commentare",
                 r"^(réagissez|commentez)\b|\b(connectez-vous|identifiez-vous|inscrivez-vous|inicia sesión|regístrate"
                 r"|melden sie sich an,?|accedi|registrati|faça login|entre) (pour|para|um zu|per) (commenter|réagir"
                 r"|comentar|kommentieren|commentare)\b"),
     "comment prompt", SHORT),
    # "Want to comment?", "Would you like to join the discussion?": the question the comment box asks, perhaps
    # naming the page it is under ("Would you like to comment on this article? Register ... or sign in.").
    (_rx(r"^(want|would you like|care|wish) to (comment|leave a comment|have your say|join the (conversation|discussion"
         r"|debate))( (on|about) this (article|story|piece|post))?\s*\?"), "comment prompt", SHORT),
    # The outlet asking for its readers' word, and where to send it: "We welcome your comments at letters@scroll.in.",
    # "We'd love to hear your thoughts: email ...".  The outlet speaks first, to the reader ("Residents welcome the
    # plan" and "We welcome the ruling, the union said" ask nothing).
    (_rx_needing("welcome|invite|hear", r"^(we|we['’]d|the editors?) (welcome|invite|would (love|like) to hear"
                 r"|(love|like|want) to hear) (your|readers['’]?) (comments?|feedback|letters|views|thoughts|responses?"
                 r"|reactions?)\b"), "comment prompt", SHORT),
    (_rx(r"^\d+ (responses?|replies|comments?)( to \S.*)?$"), "comment prompt", 12),  # "4 Responses to “Meningitis scare”"
    # The comment section's placeholder while it loads: "Loading comments...", "Loading the discussion…".
    (_rx(r"^loading (the )?(comments?|replies|conversation|discussion)\s*(\.\.\.|…)?$"), "comment prompt", 4),
    # A reader's comment under its header, on one line: "BrochBoy1987 · 14 hours ago Best game I've seen ...".
    (_rx_needing("·", COMMENT_HEADER), "reader comment", 80),
    # "Commenting on the verdict, Smith called it ..." is prose.
    (_rx_needing("commenting|think|say", r"^commenting\b(?!.*,)|\bwhat do you think\b|\bhave your say\b"), "comment prompt", SHORT),
    (_rx_needing("thought|view|opinion|comment|think", _TO_READER + r".*\b(share|tell us|give us|let us know)\b.{0,30}\b(thoughts|views|opinions?|comments?|think)\b"),
     "comment prompt", SHORT),
    (_rx_needing("join", r"(" + _OPENS + r"join\b|\b(you|your)\b.{0,40}\bjoin\b).{0,40}\b(conversations?|discussions?|debates?|forums?"
         r"|community)\b"), "comment prompt", SHORT),
    # Who may comment, told in the third person: "Subscribers can join the discussion below."  ("Residents can
    # join the debate at the town hall" is prose: the page's readers are its subscribers and members.)  The
    # prompt ends at the comments, or says where they are: "Party members can join the discussion at fringe
    # events across the city" is a story's.
    (_rx_needing("join", r"\b(subscribers|members|registered users|readers) (can|may) join (in )?the (conversation|discussion|debate"
                 r"|comments)( (below|here|in the comments( section)?|on this (page|article|story)))?\s*([.!]|$)"),
     "comment prompt", SHORT),
    (_rx(r"^your email address will not be published\b|^required fields are marked\b|^save my name, email,? and website\b"
         r"|^was this (article|page|story|information) (helpful|useful)\b"), "comment prompt", 20),
    (_rx_needing("comment|repl", r"\b(leave|post|add|write) a (comment|reply)\b|\b(view|show|read|load|see) (all |more )?(\d+ )?(comments|replies)\b"),
     "comment prompt", SHORT),
    (_rx_needing("comment", r"\bcomments? (are|have been) (closed|open)\b|\bcomments (are|have been) (turned off|switched off"
                 r"|disabled) (on|for) this\b|^the comments below (have|has) (not )?been moderated\b"
                 # The notice where the comments would be: "Comments have not been enabled for this article.",
                 # "Commenting is not available on this story."  It names this page ("The ban on comments was not
                 # enabled until 2020" is prose).
                 r"|^(comments?|commenting) (are|is|have|has) (not|n['’]t|not been|been) (enabled|available|allowed|open"
                 r"|turned on|switched on) (on|for) this (article|story|page|piece|post)\W*$"
         r"|^(share|comment) (or|and) (share|comment) on this (article|story|post)\s*:?$"), "comment prompt", SHORT),
    (_rx_needing("free|subscri|member|access|reading|limit|register|sign up|unlock|premium", PAYWALL), "paywall", 60),
    # "The views expressed ... do not necessarily reflect the views of ...": the comment section's or a
    # contributor's disclaimer.
    (_rx(r"^the views expressed (in|on|by)( the)? (contents?|comments?|posts?|this (article|column|piece|blog)|users?"
         r"|readers?|the author)\b.{0,80}\b(do not|don['’]t) necessarily (reflect|represent)\b"), "disclaimer", 40),
    # "Related articles" and friends: the heading of a list of links, perhaps with its name in a second
    # language or a section's name beside it ("Mais lidas · Most read", "Leia também / Read also").
    (_rx(r"^" + _OTHER_PIECE + r"(related( articles?| stories| content| coverage| reading| news| posts| links| topics| videos)?"
         r"|read (more|next|also|this next)|also read|more (stories|news|episodes|videos|podcasts|on this( story| topic)?|like this|to explore"
         r"|in [\w&'’-]+( [\w&'’-]+)?|([\w&'’-]+ ){0,2}coverage"
         r"|from( the)? \w+( \w+){0,2})|(read )?more about|latest|in (the same|this) section"
         r"|you (may|might) (also )?(like|enjoy|be interested in)|recommended( for you| reading| stories)?"
         r"|" + _RANKED_LIST + r"|see also|further reading|editor'?s'? (choice|picks?)|don'?t miss|in other news"
         r"|what to read next|(latest|more) (news|stories|headlines)|elsewhere on( the)? \w+"
         # A newsletter's reading list: "What I'm reading", "Also in Sport", "Worth reading".
         r"|what (we['’]re|we are|we['’]ve been|i['’]m|i am|i['’]ve been) (reading|watching|listening to)"
         r"|also (in|on|from) (?!(mon|tues|wednes|thurs|fri|satur|sun)day\b)(?-i:[A-Z])[\w&'’-]*( (?-i:[A-Z])[\w&'’-]*)?"
         # A newsletter's other items of the day: "Also today", "Also this week", "Also in this issue".
         r"|also (today|tonight|this (morning|afternoon|evening|week))"
         r"|also (in|on) (this|today['’]s|this week['’]s) (issue|edition|newsletter|briefing|bulletin|agenda)"
         r"|worth (a )?read(ing)?"
         r"|(sponsored|promoted|partner) (stories|links|posts))"
         r"(( (in|on|from|about|by|for|at)( [\w&'’-]+){1,5}\s*:?)|\s*[:.]?)" + _OTHER_PIECE_AFTER + "$"),  # "Most read in Sport"
     "related articles", 10),
    (MORE_SECTION, "related articles", 5),
    (_rx(r"^" + _RELATED_ABROAD + r"\s*:?$"), "related articles", 8),
    (RELATED_LINK, "related link", SHORT),
    (_rx(r"^" + _RELATED_ABROAD + r"\s*[:|]\s*(?-i:[^\sa-z])"), "related link", SHORT),  # "Lire aussi : Les résultats ..."
    (_rx("^" + READ_FULL), "related link", 8),
    (_rx(r"^read (part|chapter|episode|instalment|installment) (one|two|three|four|five|six|\d+|[ivx]+)\s*[:|]\s*\S"),
     "related link", SHORT),
    (_rx_needing("tag|topic|categories|keywords|filed under", _LABEL + r"(tags?|tagged( with| in)?|topics?|categories|keywords|filed under)\s*:\s*\S"), "topic tags", SHORT),  # items may be lowercase
    (_rx(r"^((related|suggested|more|popular|trending|explore|browse|followed) )?(tags?|topics?)\s*:?$|^(categories|keywords)"
         r"\s*:?$"), "topic tags", 2),  # the items follow, one a line
    # Share and follow buttons.
    (_rx(_LABEL + r"(about |social )?(share|sharing|print|email|tweet|save)\b"), "share buttons", 5),
    # A blogging platform's buttons ("Like this:", "Like Loading..."), the reader's text size ("Font size A A A"),
    # the search engine's "Add as a preferred source on Google", and a subscriber's "Gift this article".
    (_rx(r"^(like|share) this\s*:$|^(like\s+)?loading(\.\.\.|…)$|^(font|text) size(\s+a[+-]?){0,3}$"
         r"|^add (us )?as a preferred source\b|^gift (this |the )?(article|story)$"), "share buttons", 8),
    (_rx(r"^([\w ]{1,12}/ )?share\s*:\s*(?-i:[A-Z])[^.!?]*$"), "share buttons", 10),
    # The share button's confirmation, left in the copied text: "Link Copied!", "Link copied to clipboard".
    (_rx(r"^(link|url|address) copied( to (the |your )?clipboard)?\W*$|^copied to (the |your )?clipboard\W*$"),
     "share buttons", 6),
    # The save button in words: "Add to your saved stories", "Add to reading list", "Save to my bookmarks".
    (_rx_needing("saved|reading list|bookmarks|favourites|favorites",
                 r"^(add|save) (this (article|story) )?to (your |my )?(saved (stories|articles|items|list)|reading list"
                 r"|bookmarks|favou?rites)\W*$"), "share buttons", 8),  # "Share: WhatsApp X Facebook Copy link"
    (_rx_needing("share", _LABEL + r".*?(\bshare (this|the) (article|story|page|post|video)\b"
         r"|\bshare (on|via) (facebook|twitter|whatsapp|x|email)\b)"), "share buttons", 12),
    (_rx_needing(" us", r"\bfollow us\b|\bconnect with us\b|\bfind us on\b|\blike us on\b"), "share buttons", SHORT),
    (_rx(r"^(((share|post) (on|via|to) )?(facebook|twitter|x|whatsapp|linkedin|email|e-mail|telegram|reddit|pinterest"
         r"|messenger|viber|signal|bluesky|threads|line|sms|copy link|copy url)[\s,|/·•]*){2,}(\d+ comments?|gift (this )?article|print|save|go to comments( \(\d+\))?)?$"),
     "share buttons", 16),
    # Newsletter, account and site prompts.
    # "The company sends a weekly newsletter to two million customers" speaks to nobody.
    (_rx_needing("newsletter|inbox", _TO_READER + r".*?(\b(our|free|daily|weekly|morning|evening)( \w+)? newsletters?\b"
         r"|\bnewsletters?\b.*\b(sign up|subscribe|inbox)\b|\b(sign up|subscribe)\b.*\bnewsletters?\b"
         r"|\b(in|to|into) your inbox\b)"), "newsletter prompt", SHORT),
    # "More than three million people subscribe to the service" is prose, and so is "Subscribe to that view
    # and ...": the imperative subscribes to a publication ("to our ...", "to The Ledger"), not to a lower-case idea.
    # "Sign up for the Courthouse Dispatch briefing and never miss a ruling.": the imperative and what the
    # outlet sends ("Sign up for the draft" names nothing it sends).
    (_rx_needing("sign up|subscribe", _OPENS + r"(sign up|subscribe)( now| today| free| for free)? (for|to) (the |our |a |this )?"
                 r"([\w'’&-]+ ){0,4}(newsletter|briefing|bulletin|digest|alerts|e-?mails|roundup|round-up)\b"),
     "newsletter prompt", SHORT),
    # The newsletter by its name, then its pitch to the reader after a colon or a dash: "Sign up to Business Today:
    # get set for the working day – we'll point you to all the business news you need every morning.", "Sign up
    # for First Edition – our free daily newsletter".  A story's sign-up names no title over a pitch ("Residents
    # can sign up for Flood Alerts: the council sends a text when the river rises." is told of others).
    (_rx_needing("sign up|subscribe", r"^(?=.*\b(you|your|we|we['’](ll|re)|our|us)\b)(?:[•·*–—-]\s*)?(sign up|subscribe)"
                 r"( now| today| free| for free)? (for|to) (the )?(?-i:[A-Z][\w'’&-]*)( (?-i:[A-Z][\w'’&-]*)|&){0,4}"
                 r"\s*(:|\s[–—-])\s*\S"), "newsletter prompt", 40),
    # The offer first and the imperative last, bare after a dash, a colon or a full stop: "Get our morning email
    # — sign up here.", "Want the weekly briefing? Subscribe now."  A story tells who signs up ("Residents can
    # sign up for text alerts on the council's website.").
    (_rx_needing("sign up|subscribe", r"\b(e-?mails?|newsletters?|briefings?|bulletins?|digests?|alerts|round-?ups?)\b"
                 r".*(\s[—–-]|[:.!?])\s*(sign up|subscribe)( here| now| today| free| for free)?\W*$"),
     "newsletter prompt", SHORT),
    # The same box in French, Spanish, German, Italian, Portuguese: its label opening the line ("Newsletter —
    # Recevez chaque matin ..."), its polite imperative ("Inscrivez-vous", "Suscríbete", "Jetzt abonnieren"),
    # its address field and button ("Votre adresse e-mail  Je m'inscris").
    (_rx(r"^newsletters?(\s*[—–:|-]\s*\S.*)?$|^(inscrivez-vous|abonnez-vous|suscr[ií]bete|suscr[ií]base|abonnieren sie"
         r"|jetzt (abonnieren|anmelden|registrieren)|iscriviti|inscreva-se)\b"
         r"|^(votre|ton|tu|su|ihre|deine|la tua|il tuo|o seu|seu) (adresse )?(e-?mail|courriel|correo( electrónico)?"
         r"|e-?mail-adresse|indirizzo e-?mail)\b(?!.*[.!?]$)|\bje m['’]inscris\b"), "newsletter prompt", SHORT),
    (_rx_needing("subscribe", r"^subscribe\b(?!\s+to\s+(?!(our|the|get|a|an)\b)(?-i:[a-z]))|\bsubscribe (now|today|here|to (our|get))\b|[.!?]\s+subscribe to the\b"), "newsletter prompt",
     SHORT),
    # "Hackers logged in to the system" is prose: logging in is the reader's, or the line opens with it.
    (_rx_needing("log|sign|thank|refresh|reload|enable|turn on|register|subscribe|enter your|already", r"(^(?=.*\b(you|your)\b)|^(?=(log|sign)))(.*?\b(log|logged|sign|signed) (in|out) to\b|.*?\blogged in\b)"
         r"|\b(thank you|thanks) for (registering|subscribing|signing up)\b"
         r"|" + _OPENS + r"(please )?((refresh|reload) (the|this|your) (page|browser)\b|(enable|turn on) javascript\b)"
         r"|^(log ?in|sign ?in|sign up|register|subscribe)(\s*[|/·•]\s*(log ?in|sign ?in|sign up|register|subscribe))*"
         r"( (now|today|here|for free))?\W*$"
         r"|^enter your (e-?mail|email address)\b|^(log ?in|sign ?in)\s+(subscribe|register|sign up)\b"
         r"|^(log ?in|sign ?in)\b.{0,30}\bto (join|comment|reply)\b|^already (a (subscriber|member)|subscribed|registered|have an account)\b(\W*$|.{0,12}\b(log|sign) ?in\b)"),
     "sign-in prompt", SHORT),
    # A cookie notice speaks to the reader ("you", "our site"); "the bakery's cookies" and "accept" do not.
    (_rx_needing("cookie", r"^(?=.*?cookie)(?=.*\b(you|your|our|we|this (site|website))\b)(.*\bcookies?\b.*\b(accept|consent|policy|settings|preferences)\b"
         r"|.*\b(accept|consent|agree)\b.*\bcookies\b)|\b(accept|manage) (all )?cookies\b"), "cookie notice", SHORT),
    (_rx(r"^(we( and our partners)?|this (site|website)|our (site|website)) uses? cookies\b"), "cookie notice", 60),
    # "The Gazette and its partners use cookies".  Case-sensitive and opening with a word (its owner
    # checked behind it): the search then skips ahead to "partners" instead of trying every position.
    (rx.compile(r"partners(?<=(?:its|our) partners),? uses? cookies\b"), "cookie notice", 60),
    (_rx(r"^we and our (\d+ )?partners (use|store|process|access)\b"), "cookie notice", 60),
    (_rx(r"^((accept|reject|decline|refuse|manage|configure|customi[sz]e)( all| cookies| all cookies| choices| settings)?"
         r"\s*[|·/]?\s*){2,}$"), "cookie notice", 8),
    (_rx(r"^by (clicking|continuing|using|signing up|subscribing|registering)\b.{0,80}\b(you|i) (agree|accept|consent)\b"),
     "sign-in prompt", SHORT),
    (_rx_needing("unsubscribe|opt out", r"\byou (can|may) (unsubscribe|opt out)( \w+)? at any time\b"), "newsletter prompt", SHORT),
    # The sign-up box's label and pitch: "Free daily newsletter", "Weekly newsletter"; "Get set for the working
    # day – we'll point you to all the business news you need every morning" (to the reader, the news, when it
    # comes, and no full stop: a box's blurb, not a sentence of the story).  A headline may say as much ("Why you
    # should stop checking the news every morning"): the blurb is the outlet's pitch in its own voice ("we'll",
    # "our") or of its delivery ("in your inbox", "delivered", "sign up"), or else it stands by the box's label
    # (_NEWSLETTER_BLURB, judged in mark_cues).
    (_rx(r"^((free|new|daily|weekly|monthly|fortnightly|morning|evening|lunchtime|weekend|weekday|e-?mail|our) ){1,3}"
         r"newsletters?$"), "newsletter prompt", 4),
    (_rx_needing("every |each ", "^" + _PITCH + _BLURB), "newsletter prompt", SHORT),
    (_rx_needing("every |each ", "^" + _BLURB), _NEWSLETTER_BLURB, SHORT),
    # Its small print: "Privacy Notice: Newsletters may contain info about charities, online ads, and content ...".
    (_rx(r"^privacy (notice|policy|statement)\s*:\s*\S|^newsletters? may contain\b"), "disclaimer", 60),
    # The request under a reader call-out: "Please include a contact number if you are willing to speak to a BBC
    # journalist."  (A story's source speaks to journalists; it is not asked to.)
    (_rx_needing("include|to speak to|to talk to", r"^(please )?include (a|your) (contact|phone|telephone) (number|details)\b"
                 r"|^if you (are|would be|['’]re) (willing|happy|prepared) to (speak|talk) to (a|one of our|our)\b"),
     "reader prompt", SHORT),
    # Notes the paper adds under a story: corrections, where it was printed, who helped report it.
    # A correction note is its own paragraph and may run long; it is known by how it opens, after the bullet
    # some pages set before it ("• This article was amended on 27 November 2025. ...").
    (_rx(r"^([•*]\s*)?(this (article|story|piece|report|post) (was|has been) (amended|corrected|updated|edited) on\b"
         r"|an earlier version of this (article|story|piece|report|post)\b|corrections?\s*:|clarification\s*:|editor['’]?s['’]? note\s*:"
         r"|(corrections?|clarifications?),? [^:.!?]{3,30}:)"),  # "Correction, March 15, 2025: ..."
     "correction note", 80),
    # Unanchored patterns are kept apart from anchored ones: in one alternation the anchored
    # branches lose their speed (a search tries every position for all of them).
    (_rx_needing("earlier version", r"[.!?:]\s+an earlier version of this (article|story|piece|post) (said|stated|misstated|incorrectly|gave)\b"),
     "correction note", 80),
    (_rx(r"^this (article|story|piece|interview|essay|feature|column) (appears|first appeared|originally appeared"
         r"|was first published|was originally published) (in|on)\b"
         # "This article was translated from the Portuguese original", "This essay is also available as an audio ..."
         r"|^this (article|story|piece|interview|essay|feature|column) (was|has been) translated\b"
         r"|^this (article|story|piece|interview|essay|feature|column) is (also )?available (as|in)\b"), "publication note", 40),
    (_rx(r"^this (report|story|article) by [^.!?]{2,40} was (first|originally) published\b"), "publication note", 20),
    # The translation's credit on a line of its own: "Translated from the Norwegian by the editorial staff.",
    # "Translated from Spanish." ("Translated by Ana Ruiz" is a byline, below).  A clause after a comma is
    # prose: "Translated from the Norwegian, the novel sold a million copies."
    (_rx(r"^translated from (the )?(?-i:[A-Z])[\w-]+( original)?(\s+by [^,;:.!?]{2,60})?\.?$"),
     "publication note", 14),
    # A story still being reported says so: "This is a developing story and will be updated.", "This story
    # will be updated.", "Check back for updates.", "More to follow."  (A "developing situation" may be the
    # story's own words about a flood or a fire.)
    (_rx(r"^(this is an? (developing|breaking|fast[- ]moving|live|continuing) (news )?(story|report)\b"
         r"|this (story|article|report|post|page) (is developing|will be updated|is being updated|may be updated)\b"
         r"|(please )?check back (later |soon )?for (more |further )?(updates|details)\b|(more|further) (details )?to follow\W*$)"),
     "publication note", 20),
    # The print edition's note: "A version of this article appears in print on Jan. 16, 2025, Section B, Page 1 ...".
    (_rx(r"^a version of this (article|story|review|essay|column|report) appear(s|ed) in print\b"), "publication note",
     60),
    # The link to the outlet's code: "Our Standards: The Thomson Trust Principles.", "Editorial standards",
    # "Our ethics policy".  The outlet's own ("our") or a label naming it; "Our standards have slipped." is prose.
    (_rx_needing("standards|principles|ethics|guidelines|policy|policies",
                 r"^(our|editorial|journalistic|newsroom) (editorial |journalistic )?(standards|principles|ethics"
                 r"|guidelines|(ethics|corrections|editorial) polic(y|ies))\s*([:|–—-]\s*(?-i:[A-Z])[^!?]*|\.)?$"),
     "publication note", 10),
    # "(This story has not been edited by Malabar Express staff and is published from a syndicated news agency feed.)"
    (_rx_needing("edited by|syndicated", r"^\(?this (story|article|report|piece|copy) has not been edited by\b|\bpublished from a syndicated (news )?"
         r"(agency )?feed\b"), "publication note", 40),
    # Where the piece stands in its series: "This is the third part of Last Crossings, our series on ...".
    (_rx(r"^this is (the )?(part \w+|(the )?(first|second|third|fourth|fifth|sixth|seventh|final|last|\d+(st|nd|rd|th)) "
         r"(part|instalment|installment|episode|article|story)) (of|in)\b.{0,80}\bseries\b"), "publication note", 30),
    # The article read aloud by a machine: "The audio version of this article is generated by text-to-speech ...",
    # "Audio is read by a synthetic voice and checked by our editors."
    (_rx(r"^(the )?audio( version)?( of this (article|story|piece))? (is|was|has been) (generated|read|narrated|produced"
         r"|created|voiced) (by|using|with|from)\b|^(this|the) (article|story|piece) (is|was) (read|narrated|voiced) by "
         r"(a|an) (synthetic|artificial|ai|computer|automated)\b"), "publication note", 40),
    (_rx_needing("contributed", r"contributed( reporting)? to this (report|story|article)\W*$"), "byline", 40),
    # The credit line without "to this report": "Kitty Bennett contributed research.", "Reuters and the
    # Associated Press contributed reporting", "Jane Roe contributed reporting from Paris."
    (_rx_needing("contributed", r"^(?-i:[A-Z])[^.!?]{2,120}\bcontributed (reporting|research)( from (?-i:[A-Z])[^.!?]{1,60})?"
                 r"\.?$"), "byline", 30),
    # A wire's contributor note with where they were: "Associated Press writer Jill Lawless contributed from London.",
    # "AP writers Jane Doe and John Roe contributed."  The contributors are named by their role ("Donors contributed
    # from abroad" is prose), or the line is names alone ("Jill Lawless and Danica Kirka contributed from London.").
    (_rx_needing("contributed", r"^(?-i:[A-Z])[^.!?]{0,60}\b(?:" + ROLES + r")s?\s+(?-i:[A-Z])[^.!?]{1,100}\bcontributed"
                 r"(?: (?:reporting|research))?(?: from (?-i:[A-Z])[^.!?]{1,60})?\.?$"
                 r"|^(?!(?:\S+ )*?(?:" + _OFFICE_TITLES + r")\b)"
                 r"(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)+(?:(?:,| and) [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)+)*)"
                 r" contributed from (?-i:[A-Z])[^.!?]{1,60}\.?$"), "byline", 30),
    (_rx(r"^this (story|article|report|piece|coverage|series|project|content) (comes from|is from|is (part of|produced"
         r"|published|made possible|supported|funded)|was (produced|reported|published|made possible|supported|funded))"
         r"\b.{0,60}\b(partnership|collaboration|association|funded|supported|grant|made possible|partner)"),
     "publication note", 40),
    (_rx(r"^\(?(disclaimer|disclosure)\s*:|^the (author|writer)s? (does|do|did) not (hold|own|have) (shares|a position"
         r"|any (shares|position|interest))\b"), "disclaimer", 80),
    # The outlet on its independence from a sponsor of the subject: "MedWire's conference coverage is editorially
    # independent.", "Novaris Therapeutics had no input into this article." (a name and "this article": the page's
    # own note, where the story would say "the study" or "the trial").
    (_rx_needing("independent|this", r"^[^,;:]{0,60}\b(coverage|journalism|reporting|content|article|story|series)\b[^,;:]{0,30}"
                 r"\b(is|are|was|remains?) (editorially|entirely|fully|wholly) independent\b"
                 r"|\b(had|has|have) no (editorial )?(input|involvement|say|influence|control|role) (in|into|over|on) "
                 r"(this|the) (article|story|report|coverage|piece|content)\b"
                 r"|\bdid not (see|review|approve) (this|the) (article|story|report|piece) before (it was published|publication)\b"),
     "disclaimer", 30),
    (_rx_needing("commission", r"may (earn|receive) (a|an affiliate) (small )?commission\b[^.!?]{0,60}\b(through|via|from) (our |the )?"
         r"(links?|affiliate)"), "disclaimer", 40),
    # "When you purchase through links on our site, we may earn an affiliate commission."
    (rx.compile(r"links? on (?:our|this) (?:site|page)\b[^.!?]{0,40}\b(?:earn|receive|get) (?:a|an affiliate|a small) "
                r"(?:\w+ )?commission\b"), "disclaimer", 40),
    # The outlet disowning the sites it links to: "The BBC is not responsible for the content of external sites.",
    # "We are not responsible for the content of third-party websites."; and what its readers post ("... does not
    # control and is not responsible for user created content, posts, comments ...").
    (_rx_needing("responsible", r"\bnot (?:be )?(?:held )?responsible for (?:any )?(?:the )?user[- ](?:created|generated"
                 r"|submitted) (?:content|comments|posts)\b"), "disclaimer", 40),
    (_rx_needing("responsible", r"\bnot (?:be )?(?:held )?responsible for the contents? (?:of|on) (?:any )?"
                 r"(?:external|third[- ]party|other|linked|outside) (?:internet )?(?:sites|websites|web sites|links|pages)\b"),
     "disclaimer", 30),
    # The help line under a story of abuse, suicide or loss: "If you have been affected by issues raised in this
    # story, help is available via ...", "If you or someone you know has been affected by any of the issues in this
    # article, ...".  The story's own people are affected by what happened, never by "issues raised" or "this story".
    (_rx_needing("affected", r"^if (?:you|anyone)\b[^.!?]{0,40}\baffected by (?:any of )?(?:the |these )?"
                 r"(?:(?:issues|topics|subjects|themes|matters)\b[^.!?]{0,30}\b(?:raised|discussed|covered|in this|here)\b"
                 r"|this (?:story|article|report)\b)"),
     HELP_LINE, 45),
    # The outlet asking to be kept up with: "Stay updated with the latest news on Times of India.", "Stay up to date
    # with breaking news.", "Keep up with our coverage".  Advice in a story names what to keep up with instead
    # ("Stay informed about road closures by checking the council's website").
    (_rx_needing("stay|keep", r"^(?:stay|keep) (?:updated|up to date|up-to-date|informed|in the know|tuned|connected"
                 r"|up)\b[^.!?]{0,40}\b(?:news|headlines|stories|coverage|us|our)\b"), "reader prompt", SHORT),
    # The outlet's pitch for its own coverage, an imperative that ends on the coverage's name: "Catch every big hit,
    # every wicket with HT Cricket.", "Follow every twist with Sky Sports News", "Never miss a goal on BBC Sport".
    # The pitch promises all of it ("every", "all"), and the name closes the line; advice in a story names one
    # thing to watch, or when ("Watch the skies on Tuesday.", "Follow the advice of the SES.").
    (_rx_needing("catch|follow|watch|stream|miss",
                 r"^(?:(?:catch|follow|watch|stream)\s+(?:every|all|each)\b|(?:never|don['’]t) miss\s+(?:a|an|the|every|any)\b)"
                 r"[^.!?:\"“”]{0,60}\s(?:with|on) (?!" + _WHEN + r")(?-i:[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3})[.!]?$"),
     "reader prompt", 20),
    # A broadcaster's advisory after an emergency story: "For the latest information, tune in to ABC Local Radio
    # or visit the VicEmergency website."
    (_rx_needing("tune|listen", r"^for (?:the )?(?:latest|more|further|up-to-date|up to date|live)\b[^.!?]{0,40}"
                 r"\b(?:tune in|tune into|listen)\b[^.!?]{0,40}\b(?:radio|tv|television|fm|station|channel)\b"),
     "reader prompt", SHORT),
    # The service line under a story, an imperative after what it offers: "For more flood information, visit the SES
    # website or call 132 500 ...", "For further details, see ...", "For help, call 13 11 14."  The information is
    # named right after "For more" ("For more than a week, residents ..." is prose), and the reader is told
    # where to go, not who went ("For more information, residents called the council" is prose).
    (_rx_needing("information|info|details|advice|help|updates",
                 r"^(?!.*\b(?:which|who|whose|released|published|issued)\b)"
                 r"for (?:(?:the )?(?:latest|more|further|up-to-date|up to date|live|additional|emergency) )?"
                 r"(?:[\w'’-]+ ){0,3}?(?:information|info|details|advice|help|updates)\b[^.!?,]{0,60},?\s+"
                 r"(?:please )?(?:visit|call|phone|ring|text|go to|head to|see|check|contact|email|e-mail|download"
                 r"|follow|log on to|tune in|listen)\b"),
     "reader prompt", SHORT),
    # A funder's note under a story: "The Associated Press Health and Science Department receives support from ...
    # The AP is solely responsible for all content.", "AP is solely responsible for this content."  The note ends
    # there ("Users are solely responsible for all content they post" goes on).
    (_rx_needing("solely responsible", r"\b(is|are) solely responsible for (all|this|its) (content|coverage)(\.(\s|$)|$)"),
     "disclaimer", 60),
    # The same note's first sentence on a line of its own: "The Associated Press’ climate and environmental
    # coverage receives financial support from multiple private foundations."
    (_rx_needing("receives", r"^[^.!?]{0,80}\b(coverage|journalism) receives (financial )?support (from|through)\b"),
     "disclaimer", 40),
    # The letters page's address: "Write to us at letters@inl.co.za", "Email us at tips@ledger.example".
    (_rx_needing("us at", r"\b(write to|e-?mail|contact|message) us at [\w.+-]+@[\w-]+(\.[\w-]+)+\W*$"),
     "reader prompt", 40),
    # A pointer to the outlet's own pages: "Find out more about climate change and how it could affect you on the ST
    # microsite here.", "Learn more about the scheme here."  An imperative opening the line, the page at its end.
    (_rx_needing("more", r"^(find out|learn|read|discover) more\b[^.!?]{0,100}\b(here|(micro)?site|on our (website|app))\W*$"),
     "reader prompt", SHORT),
    # The sign-in box's offer, its choices split by commas or "or": "Log in, register or subscribe to save articles
    # for later.", "Sign in or register to comment."  A story tells who signed in ("Users can log in or register ...").
    (_rx_needing("register|subscribe|sign up",
                 r"^(log ?in|sign ?in|sign up|register|subscribe)((,? (or|and)|,|\s*[|/·•])\s*(log ?in|sign ?in|sign up"
                 r"|register|subscribe)){1,3} (to|for)\b[^.!?]{0,60}\.?$"), "sign-in prompt", SHORT),
    # An outlet's slogan for its paid service: "Before it's here, it's on the Bloomberg Terminal."
    (_rx_needing("before it", r"^before it['’]s (here|news|out|public|published|online)\b[^.!?]{0,30}, it['’]s (on|in)\b"
                 r"[^.!?]{1,40}\.?$"), "advertisement", 12),
    # Medical and legal small print: "... is for informational purposes only and is not a substitute for ... advice".
    (rx.compile(r"information(?:al)? purposes only\b"), "disclaimer", 60),
    (rx.compile(r"not a substitute for professional\b"), "disclaimer", 60),
    # Gambling small print under a betting advert.
    (_rx(r"^(new customers only|t ?& ?cs apply|(please )?gamble responsibly|begambleaware)\b|^18\+ "), "advertisement", 8),
    # "Update, March 6: This article has been updated with ...", "This story has been corrected to show ...".
    # The label may be the past participle with the time: "Updated 3.20pm: This article has been updated to ...".
    (_rx(r"^(updated?\b.{0,40}?:\s*)?this (article|story|piece|post) (has been|was) (updated|amended|corrected) (to|with)\b"),
     "correction note", 80),
    # The same note told by the outlet itself: "Stuff has corrected this story to say ...", "We have amended this
    # article to reflect ...", "The Herald has updated this story with ...".  The page is "this story" (a minister
    # who "has amended this bill" or an agency that "has corrected this report" is the news).
    (_rx_needing("corrected this|amended this|updated this|clarified this",
                 r"^(we|(the )?(?-i:[A-Z])[\w&'’.-]*( (?-i:[A-Z])[\w&'’.-]*){0,3}) (has|have) (since )?(corrected|amended"
                 r"|updated|clarified) this (article|story|piece|post)\b"), "correction note", 80),
    (rx.compile(r"^[A-Z][\w'’-]+( and [A-Z][\w'’-]+)? reported from [A-Z][\w'’-]*(,? [A-Z][\w'’-]*){0,3}\.$"),
     "byline", 10),
    # An advert's button: "BUY NOW", "Get tickets", "Shop the deal".  Prose never stands as two words alone.
    (_rx(r"^(buy|shop|order|book|get|grab|learn|find out|donate|download|install|claim|apply|join|try|see|view)"
         r"( it| them| yours| the| your| our)? (now|today|more|here|tickets|app|offers?|deals?|details|plans?|(the )?sale)\W*$"),
     CALL_TO_ACTION, 5),
    # In capitals the button may name its object: "BOOK A TEST DRIVE", "CALL 800 123 456".
    (rx.compile(r"^(BUY|SHOP|ORDER|BOOK|GET|LEARN|FIND|DONATE|DOWNLOAD|INSTALL|CLAIM|APPLY|JOIN|TRY|SEE|VIEW|CALL|VISIT"
                r"|REGISTER|SUBSCRIBE|START)( [A-Z0-9&'’-]+){1,3}\W*$"), CALL_TO_ACTION, 5),
    (_rx(r"^(advertisement|advert|sponsored( content)?|promoted|ad|skip advert(isement)?"
         r"|continue reading( below)?|story continues below( advertisement)?)$"), "advertisement", 5),
    # The advert's label in French, Spanish, German, Italian, Portuguese.
    (_rx(r"^(publicité|publicidad|anuncio|anzeige|werbung|pubblicità|publicidade)$"), "advertisement", 1),
    # "Advertisement 2", "Advertisement · Episode continues after this message", "Story continues below this ad".
    # "Advertisement 2"; "ADVERTISEMENT | BET ON THE GPL: ... T&Cs apply. 18+ only.": the label opens the advert.
    (_rx(r"^advertisement( \d{1,2}|\s*[·|•:–—-].*)$"), "advertisement", 60),
    (_rx_needing("continues", r"\b(article|story|episode|video) continues (below|after) (this |the )?(ad|advert|advertisement|message|break)\b"
         r"|\b(article|story) continues below\W*$"), "advertisement", 12),
    (_rx(r"^skip (to )?(the )?(main )?(content|navigation|search|footer)\b"), "site links", 10),
    # A list item closed by its sponsor: "Five questions to ask before refinancing  Sponsored by Harbourline".
    (_needing("sponsored|paid |partner content|promoted",
              rx.compile(r"\s(?:[Ss]ponsored by [A-Z][^.!?]{0,40}|Paid content|Paid post|Partner content|Promoted( content)?)$")),
     "advertisement", 30),
    (_rx(_LABEL + r"(supported|sponsored|presented|powered|brought to you) by\b|^(paid|partner) (content|post|partnership)$"
         r"|^sponsor (message|content)$"),
     "advertisement", 8),
    # "Search teams found two more bodies" is prose: the box is "Search", "Search the site ...", "Search for: …".
    (_rx_needing("looking for|search", r"\bwhat are you looking for\b|^search( the site| this site| for)?\s*[:.…]*$|^search( the site| this site| for)? \S+$"
         r"|\btype (to|your) search\b"), "search box", 8),
    # "🗨 7  Listen to this article  5 min": the player's label among a short line's buttons (a row split by bars
    # is read as a row, in furniture_rows).
    # "Listen to article (3 min)": the player may leave out the article's determiner.
    (_rx_needing("listen|watch|play|pause|video|audio|up next|:", r"^(listen|watch)( to)? (this|the) (article|story|video|report|podcast)\b|^[^|]*\blisten to this (article|story)\b[^|]*$"
         r"|^listen to (article|story)\b"
         r"|^(play|pause|replay) (video|audio)\b"
         r"|^\d{1,2}:\d{2} min(utes)?$|^(video|audio) (duration|length)\b|^watch( the)? video\b|^now playing$"
         r"|^up next\s*:"), "media player", 12),
    # An embedded video's label with its title: "Click to play video: 'Train derailment forces evacuations'".
    (_rx(r"^(click|tap|press) (here )?to (play|watch|listen to|view)( the)? (video|audio|clip)\b"), "media player", SHORT),
    # A clock time on a line of its own ("11:40", "2.15pm", "9am"): when the story was posted (several
    # of them time a live blog's posts: see ``mark_cues``), or, beside a player's label, how long it plays.
    (_rx(r"^" + _CLOCK_TIME + _ZONE + r"$"), "dateline", 3),
    # A player's time bar: "▶ Play · 00:00 / 31:47", "Listen to this article ▶ 0:00 / 5:48 Speed 1× Voice generated ...".
    # A sentence may give a clock's time that way ("... at 88:30 / 90:00 on the stadium clock."): a player has no full stop.
    (_needing("/", rx.compile(r"\b\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}\b(?!.*[.!?][\"'”’)]*$)")), "media player", SHORT),
    # A live blog's controls and labels: "Pinned", "Key events", "Show key events only | Refresh for latest", and
    # its key events as links, each with its age: "• 4m ago  Tankers to run through the night".
    (_rx(r"^(pinned( post)?|key events?|show key events( only)?|refresh( this page)? for (the )?(latest|updates)( updates)?"
         r"|load more (updates|posts)"
         r"|live updates|latest updates)\b(\s*[|·•]\s*(show key events( only)?|refresh for (the )?latest( updates)?))*\W*$"
         r"|^[•·-]?\s*\d{1,2}\s?(m|h|min|mins|hr|hrs)\s+ago" + _STAMP_THEN), "live blog", 15),
    # An embedded post's fallback text: the tweet's signature ("— Lisa Tran (@lisatran_geg) January 14, 2025"),
    # "View this post on Instagram", "A post shared by Spokane Fire Department (@spokanefire)".
    (POST_SIGNATURE, EMBEDDED_POST, 16),
    (_rx(r"^view this (post|photo|video|reel) on (instagram|facebook|tiktok|threads|x|twitter)$"
         r"|^an? (post|photo|video|reel) shared by [^.!?]{1,80}$"), "embedded post", 16),
    (rx.compile("^" + POST_LINK + "$"), "embedded post", 4),  # "pic.twitter.com/x7Kq2RmN4e" on a line of its own
    (WIRE_SLUG_ALONE, "wire slug", 4),  # "UPDATE 2-", split off the headline it opens (see sentences._slug_apart)
    (_rx(r"^(terms( of (use|service))?|terms (and|&) conditions|privacy( policy| notice| settings)?|cookies?( policy| settings)?"
         r"|accessibility( help| statement)?|contact( us| the \w+)?|about( us| the \w+)?|help|site ?map|careers"
         r"|advertise( with us)?|home|back to top|menu|more|view all|see all|show more|load more"
         r"|reply|report|bookmark|sort by (newest|oldest|best|top|most recent|popular))$"), "site links", 8),
    (_rx_needing("opens", r"\(opens in (a )?new (window|tab)\)|,? opens (in )?(a )?new (window|tab)$"), "site links", 8),
    # The page's licensing link: "Reuse this content", "Republish this article", "Purchase Licensing Rights",
    # "Reprints & Permissions".  A line of its own, nothing after it.
    (_rx_needing("reuse|republish|reprint|syndicate|licens",
                 r"^((reuse|republish|reprint|syndicate|license|licence) (this|our) (content|article|story|piece)"
                 r"|(purchase |buy )?licensing rights|reprints?( (and|&) permissions)?)\W*$"), "site links", 5),
    # The page's notice that the piece is old: "This article is more than 1 month old", "This story is over
    # a year old".  A story says how old a thing is ("The bridge is more than 100 years old").
    (_rx_needing("old", r"^this (article|story|piece|page|post|report|content) is (more than|over|older than|at least) "
                 r"(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (days?|weeks?|months?|years?) old\W*$"),
     "publication note", 10),
    # A promotion offered for nothing: "Unlock the Editor's Digest for free", "Unlock our newsletter free".
    (_rx_needing("unlock", r"^unlock (the |our |your |this )?[^.!?]{1,50}\b(for free|free of charge|free)\W*$"),
     "reader prompt", 10),
    # Photo captions and credits.
    (_rx(r"^(image|photo|media|video|picture) caption\b"), "photo caption", 25),
    # "Photo / Jane Doe", "Image source, Getty": a separator after the label ("Footage, filmed by a bystander,
    # showed ...", "Video - which has been viewed millions of times - shows ..." are prose).
    (_rx(r"^(photo|photograph|image|picture|pic|video|illustration|graphic|footage|map|media|screenshot|screen ?grab)s?"
         r"( credit| source| by)?\s*([:|]|/(?=\s)|[–—-](?!.*[.!?…][\"'”’»)\]]*$))\s*(\S|$)"
         r"|^(image|photo|picture|video) (source|credit)\s*,"), "image credit", 15),
    # A separator after the label: "Credit card rates rose" and "Getty Images, the photo agency, ..." are prose.
    # The New York Times spells its label with an ellipsis: "Credit...Jim Watson/Agence France-Presse".
    (_rx(r"^([|·•]\s*)?(credit|caption|photo credit)s?\s*([:|–—-]|\.{2,}|…)\s*\S|^getty images\s*([:|/–—-]|$)"),
     "image credit", 15),
    (_rx(r"^(source|sources|data)\s*:\s*\S"), "source credit", 15),
    # A chart's (or table's) title under its label, perhaps with its source after it: "Chart: Population change by
    # region, 2016-2026. Source: ONS", "Figure 2: Arrivals by month".  The title is capitalised ("Table: the
    # figures show ..." is no label).
    (_rx(r"^(chart|graph|infographic|table|figure|fig\.)(\s+\d{1,2})?\s*:\s*(?-i:[A-Z\d])"), "chart caption", SHORT),
    # The label opening a caption of a sentence or two: "Picture: A woman out for a brisk walk in a park."
    # ("Pictures showed cars under water" is prose: no colon.)
    # The picture at the page's top may be named by its place: "Banner image: Chembra peak in Wayanad.", "Header photo: ...".
    (_rx_needing("photo|image|picture", r"^((banner|header|hero|featured|feature|top|lead|cover|main) )?(photo|photograph"
                 r"|image|picture)\s*:\s*[\"'“‘]?(?-i:[A-Z])"),
     "photo caption", _CAPTION_MAX_WORDS),
    # A market widget's small print: "Prices delayed by at least 30 minutes.", "Quotes delayed 15 min", "All quotes
    # delayed a minimum of 15 minutes."
    (_rx(r"^(all )?(prices|quotes|data|market data) (are )?delayed (by )?(at least |up to |a minimum of |a maximum of )?"
         r"\d+\s*(min|mins|minutes)\b"),
     "disclaimer", 12),
    # A reference list: its title, and numbered entries shaped like citations ("1. Doe J, et al. Title.
    # Journal. 2025;12(4):311-322.", "2. Agency. Title. Updated March 2025.").
    (_rx(r"^(sources|references|citations|bibliography|journal references?)\s*:?$"), "citation", 2),
    (_rx(r"^(\[\d{1,3}\]|\d{1,3}\.)\s.*(\bet al\.|\b(19|20)\d\d\s?;\s?\d+\s?(\(\d+\))?\s?:\s?\d+|\bdoi\s?:\s?10\.|"
         r"\b(updated|revised|accessed|retrieved)( (?!in\b|on\b)\w+)? (19|20)\d\d\.?$)"), "citation", 45),
    # A science-news page's reference block under the story: "More information: Jane Doe et al, Title, Journal
    # (2025). DOI: 10.1001/...", "Journal information: JAMA Neurology", "DOI: 10.1038/..." on a line of its own,
    # and how to cite the page ("Citation: Title (2025, April 8) retrieved 9 April 2025 from https://...").  The
    # label opens the line and a reference's own marks follow it ("et al", a DOI, a year in brackets, a
    # retrieval): "More information: call the council on 0300 ..." is no reference.
    (_rx(r"^(more information|further information|original (study|paper|article|research)|journal reference|reference"
         r"|citation)"
         r"\s*:\s*\S.*(\bet al\b|\bdoi\s*:|\bdoi\.org/|\((19|20)\d\d\))"), "citation", 80),
    (_rx(r"^journal (information|reference|details)\s*:\s*\S[^.!?]*\.?$"), "citation", 15),
    (_rx(r"^(doi\s*:?\s*|https?://(dx\.)?doi\.org/)10\.\d{4,9}/\S+$"), "citation", 8),
    (_rx(r"^citation\s*:\s*\S.*(\bretrieved\b.{0,40}\bfrom\b|https?://)"), "citation", 80),
    # Who handed the story to the site, under the references: "Provided by University of Sydney".  A name
    # follows, capitalised, and no full stop ("Provided by the state, the grant ..." is prose).
    (rx.compile(r"^(?:[Pp]rovided|[Ss]upplied) by (?:the )?[A-Z][^.!?,;:]*$"), "source credit", 10),
    (_rx(r"\((image|photo|picture|pic|credit|photograph|supplied|courtesy|handout|pool)s?\s*:[^)]*\)"), "photo caption",
     SHORT + 10),
    # A picture's placeholder where a copied page lost the picture: "[Image: Police outside the court]", "[Photo]",
    # alone or with its credit after it ("[Image: ...] Photograph: Jane Doe/PA").  Story text may follow a
    # bracket on its line ("[Photographs] show the damage."), so nothing else may.
    (_rx_needing("[", r"^\[(image|photo|photograph|picture|pic|video|illustration|graphic)s?(\s*[:–—-]\s*[^\]]*)?\]"
                      r"(\s*$|\s+([^.!?…]*\s)?(photo|photograph|picture|image|credit)s?\s*:\s*\S[^.!?…]*$)"),
     "photo caption", SHORT + 10),
    (_rx_needing("caption", r"\b(hide|show|toggle|close|expand) caption$"), "image credit", 15),  # the picture's button
    # "© 2024 The Ledger", "Copyright 2024 ...": not a story sentence about copyright law.
    # ("Copyright holders have sued the company" is prose.)
    (_rx_needing("©|copyright|all rights reserved", r"©|^\(?copyright\s*(\(c\)|\d{4}|:|$)|\bcopyright\s*(\(c\)|\d{4})|\ball rights reserved\b"), "copyright notice",
     SHORT),
    # "This material ... may not be reproduced, published, broadcast ... without ... permission": long, and says so.
    (_rx_needing("may not be", r"this (material|content|article|story)\b.{0,80}\bmay not be (reproduced|published|copied|redistributed)\b"
         r".{0,120}\bwithout\b.{0,40}\bpermission\b"), "copyright notice", 60),
    # The page's notice in words: "This document is subject to copyright.", "No part may be reproduced without
    # the written permission." (a story about copyright says whose work, and who sued).
    (_rx_needing("copyright|no part", r"^this (document|article|material|content|page|work|story) is (subject to|protected by)"
                 r" copyright\b|\bno part (of (it|this \w+) )?may be reproduced without (the )?(prior )?(written )?permission\b"),
     "copyright notice", 40),
    # Bylines and datelines.
    (rx.compile(r"^By\s+[A-Z]|^(?i:by)\s*:\s*[A-Z]"), "byline", 8),
    # The writer's beat before the name, in lower case: "By state political reporter Rachel Riga", "By chief
    # correspondent Jane Doe and John Roe".  A name ends the line ("By political reporters' accounts, ..." is prose).
    (rx.compile(r"^By\s+(?:[a-z][\w'’-]*\s+){0,3}(?i:" + ROLES + r")s?\s+" + _BYLINE_PERSON
                + r"(?:\s+(?:and|&)\s+" + _BYLINE_PERSON + r")?$"), "byline", 12),
    # A credit line in lower case naming an institution or an outlet, every word of it a name's: "by University
    # of Sydney", "by Max Planck Society", "by The Conversation".  ("by the end of the week" is no name.)
    (rx.compile(r"^by [A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|of|the|and|for|at|in|de|&))*$"), "byline", 10),
    # "By Marie-Claude Tremblay and Owen Kaye, Staff Writers": longer, with a role after the names.
    (rx.compile(r"^By\s+[A-Z][^.!?]*,\s*(?i:(?:staff |senior |chief )?(?:" + ROLES + r")s?\b)[^.!?]*$"), "byline", 14),
    # Longer when names and the rest of the credit are split by a bar: "By Jane Doe and John Roe | Published ...".
    (rx.compile(r"^By\s+[A-Z][^|•·!?]{1,80}?\s[|•·]\s"), "byline", 20),
    # The desk first, then the writer, split by a slash or a bar: "ABC Central West / By Hamish Cole", "Politics
    # Desk | By Jane Doe and John Roe".  A picture's credit names no writer with "By" after its slash ("Jane Doe/AFP").
    (rx.compile(r"^[A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|of|and|the|for|&)){0,4} ?[/|•·] ?By\s+[A-Z][^.!?/|•·]*$"),
     "byline", 14),
    # The same in French, Spanish, Portuguese, German and Italian: "Par Camille Lefèvre, à Paris", "Por Ana
    # Ruiz y Luis Gil", "Von Anna Schmidt, Berlin", "Di Marco Bianchi | Pubblicato il ...".  The word opens
    # prose in those languages too ("Par ailleurs, ...", "Von Berlin nach Paris", "Di Maio lascia"), so a name
    # of two words or more must follow it and end the line, or be followed only by a place or role after a
    # comma, or by the rest of the credit after a bar.
    (_FOREIGN_BYLINE, "byline", 14),
    # Credit lines open with their phrase ("Reporting by X; Editing by Y", "(With inputs from PTI)"); in
    # the middle of a sentence it is prose ("... and written by first-time screenwriters X and Y.").
    # A name follows "written/edited/reporting by" ("Written by a former aide, the memoir ..." is prose), and no
    # clause of a sentence after it ("Edited by Jane Doe, the anthology includes 20 new stories.").
    (_rx_needing("inputs|files from|assistance from|reporting|editing|edited|written|compiled|from agencies|writing", r"^(?!.*,\s+(the|a|an|he|she|it|they|his|her|its|their)\s[^.!?]*[.!?…][\"'”’»)\]]*$)"
         r"[(\-–—]*\s*(with (inputs|files) from|with assistance from " + _NAMES + r"\W*$|additional reporting\b|(reporting|editing|edited|written|compiled) by:?\s+(?-i:[A-Z]))"
         r"|\b(inputs|text) from agencies\b|[;|]\s*(editing|reporting|writing) by\b"), "byline", 15),
    # A credit line of several clauses is longer than the cue above allows: "Reporting by X in Marrakesh;
    # Additional reporting by Y in Paris; Editing by Z".  Every clause credits someone; no clause is prose.
    (_rx_needing(";", r"^" + _CREDIT_CLAUSE + r"(\s*;\s*" + _CREDIT_CLAUSE + r")+\.?$"), "byline", 40),
    # "Analysis by Jane Doe, Political editor", "Translated by X", "Author: X": a credit line, not a
    # sentence, so never one ending in final punctuation ("Translated by X, it sold well.").
    (_rx(r"^((analysis|commentary|translated|translation|words|reporting|interview|research|text) by"
         r"|(authors?|words|text|writer|reporter)\s*:)\s*(?-i:[A-Z])[^.!?…]*$"), "byline", 10),
    (_rx(r"^(photos?|photographs?|photography|illustrations?|images?|pictures?|graphics?|video) by (?-i:[A-Z])"
         r"[^.!?…]*$"), "image credit", 10),
    # The same credit closed by a full stop, when it names only who took them: "Photographs by Harbourside Post
    # staff.", "Photos by Jane Doe and John Roe."  ("Photos by Reuters showed ..." goes on to tell something.)
    (_rx(r"^(photos?|photographs?|photography|illustrations?|images?|pictures?|graphics?|video) by "
         r"(?-i:[A-Z][\w&'’-]*(?:\.(?= ))?)( ((?-i:[A-Z][\w&'’-]*(?:\.(?= ))?)|and|&|of|the))*"
         r"( (staff|photographers?|contributors?|readers))?\.$"), "image credit", 10),
    (_rx(_LABEL + r"\W*(published|updated|posted|last (updated|modified)|first published)\b"), "dateline", 12),
    # A dateline set on a line of its own over the story's first paragraph: the place in capitals, perhaps its
    # state or country abbreviated and the wire in brackets, and the dash that would run it into the sentence
    # ("SACRAMENTO, Calif. —", "NEW YORK —", "KYIV (Reuters) -"), perhaps with the day it was filed ("ISTANBUL,
    # Sept 22 (Reuters) -", "NEW DELHI, 22 September (PTI) —", "WASHINGTON, March 3, 2025 —").  A heading in
    # capitals goes on after a dash.
    (rx.compile(r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]{0,5})?" + _FILED_DAY
                + r"(?: \([A-Z][\w ]{1,30}\))?\s*[–—-]{1,2}$"), "dateline", 10),
    # The same label in French, Spanish, Portuguese, German and Italian, with its date: "Publié le 10/06/2024 à
    # 01h12 — Mis à jour le 10/06/2024 à 07h45", "Actualizado el 10 jun 2024", "Aktualisiert am 10.06.2024".
    # Those pages write the date in more words ("le", "à", "am"), so the line may run longer.
    (_rx(_LABEL + r"\W*(publié|publiée|mis à jour|mise à jour|modifié|actualisé|publicad[oa]|actualizad[oa]"
         r"|atualizad[oa]|veröffentlicht|aktualisiert|pubblicat[oa]|aggiornat[oa])\b(?=.*\d)"), "dateline", 20),
    (_rx(r"^\W*\d+\s+(second|minute|min|hour|hr|day|week|month|year)s?\s+ago\W*$"), "dateline", 6),
    # "Subscribers only Time to read 5 min. Lire en français": a reading time among a short line's labels.
    (_rx_needing("read", r"\b(time to read|reading time|read time)\s*:?\s*(approx\.?|about)?\s*\d+\s*(min|mins|minutes)\b"),
     "dateline", 10),
    # A reading time on a line of its own: "6 min read", "12 minutes" (a player's length, under its label, is
    # the player's: see ``mark_cues``).
    (_rx(r"^\d{1,3}\s?(min|mins|minutes)\.?( (read|listen|watch))?$"), "dateline", 3),
    (rx.compile(r"^\d[\d,.]*[kKmM]?$"), "page furniture", 1),  # a bare count by a button: comments, shares
    (_rx(r"^((e-?mail|contact)( me| us| the (author|writer|reporter))?\s*:?\s*)?[\w.+-]+@[\w-]+(\.[\w-]+)+$"), "byline", 6),
    # A play button or a link drawn with an arrow: "LISTEN LIVE ▶", "▶ Play 00:00 / 18:42", "Open an account →".
    (rx.compile(r"^[▶►▷⏵]"), "navigation links", 15),
    (_needing("→|➔|➜|⟶|▶|►|↗", rx.compile(r"[→➔➜⟶▶►↗]\s*$")), "navigation links", 15),
    # The link to the page in another language, in the reader's words or in its own: "Read in Swedish", "Read
    # this article in English", "In English", "Läs på svenska", "Lire en français", "Auf Deutsch lesen", "På
    # norsk", "Suomeksi".  Navigation, never a headline ("Read in Parliament" names no language).
    (_rx(r"^(((read|view|see)( (this|the) (article|story|report|page)| this| it)? )?in (" + _LANGUAGES + r")( version)?"
         r"|(" + _LANGUAGES + r") (version|translation)"
         r"|((" + _READ_VERBS + r") )?(" + _LANGUAGE_PREPOSITIONS + r") (" + _OWN_LANGUAGES + r")( lesen)?"
         r"|((lue|lies) )?suomeksi)$"), "site links", 5),
    (rx.compile(r"^#\w+(?:[\s,]+#\w+)+$"), "topic tags", 15),  # "#Ports #Biobío #Fishing"
    # The weather box: "High 68°", "41°F Cloudy", "Tonight: Clear." (its numbers would pair up as conflicts).
    (_rx(r"^((high|low|hi|lo|feels like|now)\s*:?\s*)?-?\d{1,3}\s*°\s*[fc]?(\s+[a-z]+){0,2}$"
         r"|^(today|tonight|tomorrow|this (morning|afternoon|evening)|(mon|tues|wednes|thurs|fri|satur|sun)day)\s*:\s*"
         r"(mostly |partly |a few )?(sunny|cloudy|clear|showers|rain|snow|windy|breezy|fog|foggy|storms|thunderstorms"
         r"|drizzle|overcast|hot|cold|mild)\b[\s,a-z]*\.?(\s+(high|low)\s*:?\s*-?\d{1,3}\s*°\s*[fc]?)?$"), "weather box", 8),
    (_rx(r"^((photo|image|picture|slide)s? )?\d{1,3} (of|/) \d{1,3}$"), "image credit", 4),  # a gallery's counter: "1 of 12"
    # A caption opened by its gallery's counter: "Item 1 of 2 The logo of ...", "[1/2]The logo of ...".
    (_rx(r"^((item|photo|image|picture|slide)s? \d{1,3} of \d{1,3}\s+|\[\d{1,3}\s?/\s?\d{1,3}\]\s*)\S"), "photo caption", 60),
    (rx.compile(r"^@\w{2,30}$"), "byline", 3),  # the writer's handle on a line of its own
    # The writer's name and handle: "MacKenzie Sigalos @KENZIESIGALOS", "By Jane Doe @janedoe and John Roe @jroe".
    (_needing("@", rx.compile(r"^(?:By )?" + _NAME_AND_HANDLE + r"(?:(?:,| and| &) " + _NAME_AND_HANDLE + r")*$")),
     "byline", 12),
    # A news site's address on a line of its own, its masthead in text: "news.com.au", "TheGuardian.com".
    (_needing(".", rx.compile(r"^(?:www\.)?[A-Za-z0-9][\w-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|news|co|info|tv|[a-z]{2})$")),
     "masthead", 5),
    # An AFP desk's sign-off, the initials of the staff who handled the copy: "bur/ao/dw", "jm-sst/jhb".
    (rx.compile(r"^[a-z]{2,5}(?:-[a-z]{2,5})?(?:/[a-z]{2,5}(?:-[a-z]{2,5})?){1,5}$"), "wire slug", 6),
    # "By KURT ZAMMIT, Local Affairs Reporter ✉ kurt.zammit@islandeye.com.mt": the writer's address ends it.
    (_rx(r"^by\s+(?-i:[A-Z][\w'’.-]+\s+[A-Z][\w'’.-]+)[^!?]{0,80}?\s\S*?[\w.+-]+@[\w-]+(\.[\w-]+)+$"), "byline", 16),
    # "Editor: Helen Wright", "Edited by ...", "(Reporting by Nino Beridze in Latali; editing by ...)".
    (_rx(r"^(editors?|edited by|produced by|reporting by|additional reporting( by)?)\s*:\s*(?-i:[A-Z])[^.!?]*$"), "byline", 8),
    (_rx(r"^\((additional )?(reporting|writing|editing|compiled) by\b[^()]*\)$"), "byline", 40),
    # The credit in the past participle, each clause a role and a name: "Reported by Mihir Joshi, Edited by Sanjay
    # Jha", "Written by Jane Doe | Edited by John Roe".  Names only, no full stop: "Reported by Reuters on Monday,
    # the deal ..." goes on to tell something.
    (_rx(r"^(reported|written|edited|compiled|produced|curated|translated) by (?-i:" + _FULL_NAME + r")"
         r"(\s*[,;|&]\s*(and )?(reported|written|edited|compiled|produced|curated|translated|reporting|editing) by "
         r"(?-i:" + _FULL_NAME + r"))+$"), "byline", 15),
    (rx.compile(r"^\|\s*[A-Z][A-Z'’.-]*( [A-Z][A-Z'’.-]*){0,4}$"), "image credit", 6),  # "| KENTA FUJIMORI" under a caption
    # Korean: "김민수 기자" (reporter Kim Min-su), "김민수 특파원" (correspondent).  Korean has spaces and
    # is no CJK_CUES script; the words gate the pattern.
    (_needing("기자|특파원", rx.compile(r"^[\uac00-\ud7a3]{2,4}\s?(?:기자|특파원|선임기자)(?:\s+[\w.@-]+)?$")),
     "byline", 6),
    # An app's pitch names its stores: "Download free on Google Play and the App Store."
    (_rx(r"^(download|get|install)\b.{0,60}\b(app store|google play)\b"), "reader prompt", SHORT),
]

# Chinese and Japanese pages (word counts there are characters / 2, see cjk.py).  Kept apart from
# CUES and tried only on lines with those characters: every cue costs each short line a search.
CJK_CUES: list[tuple[re.Pattern, str, int]] = [
    (rx.compile(r"^(?:欢迎|歡迎)[^。！？]{0,8}(?:留言|评论|評論)|^(?:发表|發表|我要|查看)(?:评论|評論)|"
                r"^コメント(?:する|を書く|を投稿)"), "comment prompt", 12),
    (rx.compile(r"^(?:相关|相關|延伸|推荐|推薦|热门|熱門)(?:阅读|閱讀|新闻|新聞|报道|報導|文章|链接|連結)|"
                r"^(?:関連(?:記事|ニュース)|あわせて読みたい)"), "related articles", SHORT),
    (rx.compile(r"^(?:分享到|分享：|扫一扫|掃一掃|点击(?:查看|阅读)|點擊(?:查看|閱讀))"), "share buttons", 12),
    # "本报记者 李华", "（记者 王明）", "责任编辑：张三", "文/图：...", "記者：山田太郎".
    (rx.compile(r"^[（(]?(?:本报|本報|本台|本刊|特约|特約)?(?:记者|記者)[：:\s]*[\u4e00-\u9fff]{2,4}"
                r"(?:[\s、，,]+[\u4e00-\u9fff]{2,4})*[）)]?$|"
                r"^[（(]?(?:责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|文|图|圖|文/图|撰文)\s*[：:/／]"), "byline", 10),
    # "新华社广州7月6日电（记者 王明）" on a line of its own; "（完）" closing the story.
    (rx.compile(r"^(?:新华社|新華社|中新社|中新网|中新網)[\u4e00-\u9fff]{2,8}\d{1,2}月\d{1,2}日(?:电|電)"
                r"(?:[（(][^）)]*[）)])?$"), "dateline", 12),
    (rx.compile(r"^[（(](?:完|终|終)[）)]$"), "publication note", 2),
    # "图片来源：新华社", "新华社记者 王明 摄": a credit names who took the picture ("开机拍摄" is filming).
    (rx.compile(r"^(?:图片来源|圖片來源|图源|圖源|摄影|攝影|写真)[：:]|"
                r"^[^。！？]{0,12}(?:记者|記者|通讯员|通訊員)\s*[\u4e00-\u9fff]{2,4}\s*(?:摄|攝)$|(?:供图|供圖)$"),
     "image credit", 15),
]

# A live blog's own words between the posts, each a sentence of its own: its sign-off ("We'll end our live
# coverage here.", "We're going to close this live page now.", "That's all from us.", "That's it!"), its
# thanks ("Thanks for following, and good news to end on.", "Thanks for joining us – our match report is on
# the way."), the pointer to the full report ("A full report is on our website.") and the promise of more
# ("Stay with us.", "Keep refreshing for updates.", "We'll bring you more as we get it.").  A quotation
# ('"Stay with us," the paramedic said.') opens with its mark and is none.  The words are everyday speech
# ("That's it.", "Stay with us."), so they are the page's only on a page that is a live blog (see ``live_page``).
_OUR_COVERAGE = r"(our|this|the) (live )?(coverage|blog|live page|page|updates|reporting)"
_FOR_NOW = r"( (here|now|there|for (now|today|tonight|the (day|night|weekend))))*"
# What may follow the coverage a welcome names without making a claim: its topic, a noun phrase however
# many figures, commas and abbreviations it holds ("of the G7 summit in Apulia", "of the floods in
# Valencia, Spain", "of day 3 of the Covid-19 inquiry", "of the U.S. election"), and the page's promise
# to follow events ("as they unfold", "as it happens").  What tells the news is a clause, and ``_CLAIM``
# is a word that opens one or makes it finite: a relative word or a conjunction ("which have killed 95
# people", "where rescuers found", "as Russia launches ...", "after ..."), a form of "be", "have" or
# "will", "killed" or "died"; or a toll ("with 12 dead").  A colon or a dash brings a clause of its own
# ("Welcome to our live coverage: Russia has ...").  A clause with none of these words and no opener
# ("..., Russia launched ...") passes for a topic.  Nor does a welcome give a toll as a topic, however it
# words it (see ``_gives_a_toll``).
_FOLLOWS_EVENTS = r"as (?:[\w'’]+ ){1,2}(?:unfold|happen|develop|come in|came in|break)"
_CLAIM = (r"\b(?:which|that|who|whose|where|when|while|after|because|has|have|had|is|are|was|were|will|killed|died)\b"
          r"|\b(?!" + _FOLLOWS_EVENTS + r")as\b(?!\s+well\b)"
          r"|\b\d[\d,.]*\s+(?:[\w-]+\s+)?(?:dead|injured|hurt|wounded|missing)\b")
_NO_CLAIM = r"\b(?:(?!" + _CLAIM + r")[^!?;:–—]){0,100}"
# When a live page says it will be back: "tomorrow morning", "later today", "on Monday", "at 7am".
_BACK_WHEN = (r"(tomorrow|later|soon|shortly|again|on (?-i:[A-Z])\w+|(at|from) \d{1,2}([.:]\d\d)? ?([ap]\.?m\.?)?)"
              r"( (morning|afternoon|evening|night|today|tonight))?")
# The sign-off that names the coverage it ends: a live page's own words, proof enough that the page is one
# ("We're pausing our live coverage here.", "We'll be wrapping up this blog now.", "Our live coverage has
# ended for now.").
_COVERAGE_SIGN_OFF = (
    r"(and )?(so,? )?(we['’]ll( be)?|we will( be)?|we['’]re going to|we are going to|we['’]re|we are|i['’]ll"
    r"|i['’]m going to) (now )?(end(ing)?|clos(e|ing)|paus(e|ing)|wrap(ping)? up|finish(ing)?|stop(ping)?|suspend(ing)?|wind(ing)? up) "
    + _OUR_COVERAGE + _FOR_NOW
    + r"|(this|our|the) live (blog|page|coverage|updates) (has|have|is|are) (now )?(ended|closed|finished|paused|over)"
    + _FOR_NOW)
_LIVE_COVERAGE_ENDS = _rx(r"^(?:" + _COVERAGE_SIGN_OFF + r")\W*$")
LIVE_BLOG_ASIDE = _rx(
    r"^(?:" + _COVERAGE_SIGN_OFF
    + r"|(and )?that['’]?s (it|all)( (from|for) (us|me|now|today|tonight|this (morning|afternoon|evening)|"
    + _OUR_COVERAGE + r"))*"
    r"|(thank you|thanks|many thanks)( (all|everyone|so much))? (for (following|reading|joining us|being with us"
    r"|staying with us|your company)|to everyone who (followed|joined us|read))( along)?"
    r"|(a|our|the) full (report|story|match report|write-up)\b[^.!?]{0,60}\b(is|are|will be) ((up |available )?on (our|the) (web)?(site|app)"
    r"|coming|on (its|the) way)\b( (shortly|soon|now|later))?"
    r"|(please )?(stay|stick) with us( for (more|updates|the latest( updates)?))?"
    r"|keep (refreshing|checking back)( (this|the) page)?( for (more|updates|the latest( updates)?))?"
    r"|(refresh|check back)( (this|the) page)? for (more|updates|the latest( updates)?)"
    r"|(we['’]ll|we will|we['’]re going to|we are going to|we['’]ll be|we will be|we['’]ll keep|we will keep) "
    r"(bring(ing)? you|have|post(ing)?|giving you|updat(e|ing) (you|readers|this page)( with)?) "
    r"(more|updates|the latest|all the latest|further updates)\b[^.!?]{0,40}"
    r"|more (soon|to come|as we get it)"
    # The promise to come back, saying when or with what ("We'll be back tomorrow morning with the latest.",
    # "We'll be back at 7am."); a bare "We'll be back." may be anyone's.
    r"|(we['’]ll|we will|i['’]ll|i will) be back( here)?(?=\W*\w)( " + _BACK_WHEN + r")?"
    r"( (with|for) (more|updates|the latest|all the latest|further updates|(the )?(latest|further) news)\b)?"
    # Its welcome ("Welcome to our live coverage of ...", "Hello and welcome to the blog.") and its recap for
    # readers who arrive late ("A quick recap for readers just joining us.", "If you're just joining us,
    # here's what we know."): no claim, and the news follows in sentences of its own.  A welcome that goes
    # on to tell the news ("... of the Valencia floods, which have killed 95 people") is story.
    r"|((hello|hi|good (morning|afternoon|evening))( and|,)? )?welcome( back)? to " + _OUR_COVERAGE + _NO_CLAIM +
    r"|((here['’]?s|here is) )?(a|our) (quick |brief )?(recap|summary|catch-?up|round-?up)( of [^.!?]{1,40})? for "
    r"(readers|those|anyone|people|you)( who are| who['’]re)? (just )?joining us"
    r"|(if you['’]re|if you are|for those|for anyone|for readers) just joining us,? (here['’]?s|here is) "
    r"(a (quick |brief )?(recap|summary)|what we know|the latest|where things stand)( so far)?)\W*$"
)
# A toll is a count of people beside their fate ("killing 95 people", "95 people feared dead", "leaving
# twelve dead") or beside a word that counts the dead ("the death toll now at 95", "claiming 95 lives").
# The count stands as a word of its own: a figure inside a name is none ("G7", "Covid-19"), nor is a year
# ("the 2024 Southport killings trial"), so a topic that names deaths gives no toll ("the Covid-19 deaths
# inquiry").  The fate may be a few words after the count ("95 people feared dead") or before it ("killing
# at least 95", "the toll now at 95"); further off it is the topic's ("day 3 of the Southport killings trial").
_TOLL_WORDS = frozenset({"toll", "tolls", "lives", "deaths", "casualties"})
_COUNT_WORDS = frozenset(ONES) | frozenset(TEENS) | frozenset(TENS) | frozenset(SCALES) | frozenset(VAGUE) | {"dozen"}
_COUNT_FIGURE = rx.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_YEAR = rx.compile(r"(?:1[89]|20)\d\d")
_WORD = rx.compile(r"[\w'’]+(?:[-,.][\w'’]+)*")
_FATE_AFTER_COUNT = 3
_FATE_BEFORE_COUNT = 4


def _gives_a_toll(sentence: str) -> bool:
    """Does ``sentence`` count people beside their fate or beside a toll's word?"""
    words = _WORD.findall(sentence)
    counts = [i for i, word in enumerate(words) if _count(word)]
    fates = [i for i, word in enumerate(words) if fate_of(word) or word.lower() in _TOLL_WORDS]
    return any(0 < fate - count <= _FATE_AFTER_COUNT or 0 < count - fate <= _FATE_BEFORE_COUNT
               for count in counts for fate in fates)


def _count(word: str) -> bool:
    if _COUNT_FIGURE.fullmatch(word):
        return not _YEAR.fullmatch(word)
    return word.lower() in _COUNT_WORDS


_ASIDE_TAIL = rx.compile(r"^(?P<head>[^,–—:;]*?)\s*(?:,|\s[–—-]\s).{0,120}$")
_ASIDE_WORDS = 25


def live_blog_aside(sentence: str) -> bool:
    """Is ``sentence`` (one sentence of a story line) a live blog's word to its reader, no claim?  A
    thanks may go on after a comma or a dash ("Thanks for joining us – our match report is on the way.")."""
    if len(sentence.split()) > _ASIDE_WORDS or sentence[:1] in CLOSERS or sentence[:1] in "“‘«„":
        return False
    if LIVE_BLOG_ASIDE.match(sentence):
        aside = True
    else:
        tail = _ASIDE_TAIL.match(sentence)
        aside = (bool(tail) and _THANKS.match(tail.group("head")) is not None
                 and LIVE_BLOG_ASIDE.match(tail.group("head")) is not None and not REPORTED_SPEECH.search(sentence))
    # "Welcome to our live coverage of the floods, killing 95 people so far." (checked last: few lines get here)
    return aside and not _gives_a_toll(sentence)


_THANKS = _rx(r"^(thank you|thanks|many thanks)\b")

# The outlet (or a writer) asking to be followed, a sentence of its own on any page: "Follow KVTN 7 News
# for updates.", "Follow The Ledger on Google News and WhatsApp.", "Follow us on Instagram.", "Follow Jane
# Doe on X.".  Whom to follow is "us", a handle or a capitalised name; where or what for is a social
# network ("on X", "via WhatsApp") or the news itself ("for updates", "for the latest news").  "Follow
# the money", "Follow the municipality's pages for updates" (a statement's advice) and "Follow Highway
# 14 via Mercer Avenue to the shelter" (directions) follow no outlet.
_FOLLOWED = r"(?:us|@\w+|(?-i:[A-Z][\w&'’.+-]*)(?: (?:(?-i:[A-Z\d][\w&'’.+-]*)|of|the|and|de)){0,5})"
_NETWORKS = (r"(?:social media|facebook|twitter|x|instagram|tiktok|youtube|threads|bluesky|linkedin|whatsapp|telegram"
             r"|snapchat|mastodon|google news|apple news|flipboard)\b")
_FOLLOW_FOR = (r"for (?:(?:the|all the|our|more|further|regular|live|latest|breaking|real-time|local)\s+)*"
               r"(?:updates?|news|coverage|stories|headlines|developments|alerts)\b")
FOLLOW_PROMPT = _rx(r"^(?:please |be sure to |don['’]t forget to )?follow " + _FOLLOWED
                    + r" (?:(?:on|via) " + _NETWORKS + "|" + _FOLLOW_FOR + r")[^.!?]{0,100}[.!]?\W*$")


def live_page(lines: list[Line], sentences: Iterable[str]) -> bool:
    """Is the page a live blog: its lines say so (see ``_LIVE_PAGE_REASONS``), or one of its story
    ``sentences`` ends its live coverage ("We'll end our live coverage here.")?"""
    return (any(line.reason in _LIVE_PAGE_REASONS for line in lines)
            or any(_LIVE_COVERAGE_ENDS.match(sentence) for sentence in sentences))


# The photographer / agency credit closing a caption: "(AFP via Getty Images)".
CREDIT_PAREN = rx.compile(
    r"\(([^()]*(\b(getty|afp|reuters|ap|associated press|pa|epa|efe|anadolu|xinhua|tass|ria|bloomberg|"
    r"shutterstock|alamy|copyright|all rights reserved|images?|photos?|pictures?|via|credit|handout|file)\b"
    r"|©|\S\s?/\s?\S)[^()]*)\)$",
    re.IGNORECASE,
)
# An agency and its photographer split by a slash, either way round, in mixed case: "Meridian/Ali Demir",
# "Harbour Press/Jana Roth", "Ali Demir/Meridian" (the person's name has two or three words).
_CAPITALISED = r"[A-Z][\w&'’.-]*"
_PERSON = r"[A-Z][a-z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,2}"
# The agency that handed the picture on may follow: "Peruvian National Police/Handout via REUTERS".
_VIA_AGENCY = rf"(?: via {_CAPITALISED}(?: {_CAPITALISED})?)?"
SLASH_CREDIT = (rf"{_CAPITALISED}(?: {_CAPITALISED})? ?/ ?{_PERSON}{_VIA_AGENCY}"
                rf"|{_PERSON} ?/ ?{_CAPITALISED}(?: {_CAPITALISED})?{_VIA_AGENCY}")
# A picture credit in brackets closing a caption: "(Stock image)", "(File photo)", "(Getty Images)", "(AFP via
# Getty Images)", "[Handout photo]"; the story's "(file)" or "(pictured)" names no picture.
PICTURE_PAREN = _rx(r"[(\[]((stock|file|library|archive|handout|pool|supplied|via|(?-i:[A-Z][\w&'’.-]*))\s+){1,4}"
                    r"(images?|photos?|photographs?|pictures?|pics?)[)\]]\.?$")
# A caption with its credit on the same line: "... on Thursday. (AP Photo/Jane Doe)", "[Photo: Courtesy/X]",
# "... on Monday. Photograph: Handout", "Photo / John Roe", "Photo by Jane Doe/X", "(Jane Doe/The Daily Post)",
# "... old. | Photo Credit: K. Murali Kumar", "GAZETTE PHOTO: JOHN ROE" (without a full stop: "The Big Picture: costs rose." is prose).  The credit is a
# sentence of its own at the end and must name a picture (or carry ©, or be a photographer's name over an
# outlet), so a story paragraph closing with "(Reuters)" or "(pictured)" is not taken for one.  Nor does it
# end like a sentence: "(Its collection of 400 pictures includes three Vermeers.)", "Photos by Reuters showed
# roofs torn off." are story text.
# Two more credits in use beyond the outlets that coined them: the credit label with a comma, "Image source, Getty
# Images" (the BBC's, copied by its syndicators), and an outlet and its photographer in brackets, "(ABC News: Tom
# Kiely)", "(Reuters: Jane Doe)".  A note's label is no outlet: "(Source: ONS)", "(Update: ...)".
_SOURCE_COMMA_CREDIT = r"(image|photo|picture|video) (source|credit)\s*,\s*[^\s,][^,.!?:]{0,60}"
_NOTE_LABELS = r"Source|Sources|Data|Note|Notes|Update|Updated|Correction|Editor|Editors|Warning"
_OUTLET_COLON_PERSON = (r"[(\[](?-i:(?!(?:" + _NOTE_LABELS + r")\b)[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3})"
                        r"\s*:\s*(?-i:" + _PERSON + r")[)\]]")
# A picture handed on by an agency, in brackets: "(Zeitungsfoto.at via AP)", "(Maxar Technologies via AP)", "(Smith
# family via AP)".  Names on both sides of "via": capitalised words, their small joining words and the few lower-case
# words of a credit; a verb or a pronoun makes it story ("(He appeared via Zoom from Manchester)", "(She spoke via
# Teams)"), and so does a lower-case word after "via" ("(via video link)").
# Who appears by video call hands on no picture: "(Smith via Zoom)".
_VIDEO_CALLS = r"(?:zoom|teams|microsoft teams|skype|facetime|webex|video)"
_VIA_CAPITALISED = r"(?-i:[A-Z])[\w&'’./@-]*"
_VIA_NAME_WORD = rf"(?:{_VIA_CAPITALISED}|of|the|and|for|de|&)"
_VIA_CREDIT_WORD = rf"(?:{_VIA_NAME_WORD}|family|courtesy|photo|handout|image|video|footage|pool|file)"
_VIA_CREDIT = (r"[(\[](?!(?:he|she|it|they|we|i|you|his|her|its|their|our)\b)" + _VIA_CAPITALISED
               + rf"(?: {_VIA_CREDIT_WORD}){{0,6}} via (?!{_VIDEO_CALLS}\b){_VIA_CAPITALISED}(?: {_VIA_NAME_WORD}){{0,4}}"
               r"(?<![.!?])[)\]]")
# Who lent the picture, a name and nothing else after "Courtesy": "Courtesy Kaleidoscope Films.", "Photo courtesy of
# the Smith Family" ("Courtesy calls were made." goes on in lower case).
_COURTESY_CREDIT = (r"(?:(?:photo|photograph|picture|image|video)s? )?courtesy(?: of)? (?:the )?(?-i:[A-Z])[\w&'’.-]*"
                    r"(?: (?:(?-i:[A-Z])[\w&'’.-]*|of|the|and|for|&)){0,6}\.?")
CAPTION_CREDIT = _rx(
    r"[.!?…][\"'”’)]?\s+(?:[|·•]\s*)?(" + _SOURCE_COMMA_CREDIT + "|" + _OUTLET_COLON_PERSON
    + "|" + _VIA_CREDIT + "|" + _COURTESY_CREDIT
    + r"|[(\[]((?-i:[A-Z][\w'’.-]+ [A-Z][\w'’.-]+) ?/ ?(?-i:[A-Z])|[^()\[\]]*(\b(photo|photograph"
    r"|picture|image|pic|courtesy|getty|shutterstock|alamy|handout|submitted by|supplied)s?\b|©))[^()\[\]]*(?<![.!?])[)\]]"
    r"|(photo|photograph|picture|image|pic|credit|screenshot)s?( credit)?(\s*([:|]|/(?=\s))\s*[^\s:][^:!?]{0,60}|\s+by\s+(?=(?-i:[A-Z]))[^:!?]{0,59}(?<![.!?]))"
    # The New York Times's credit, its label run into the name with an ellipsis: "Credit...Jane Doe/Agence
    # France-Presse — Getty Images".
    r"|(?-i:Credit)(\.{2,}|…)\s*(?-i:[A-Z])[^:!?]{0,80}(?<![.!?])"
    r"|((?-i:[A-Z][\w&'’-]*) ){1,2}(photo|photograph|picture|image|pic)s?\s*:\s*[^\s:][^:.!?]{0,40}"
    # or an agency and its photographer, either way round: "Meridian/Ali Demir", "Ali Demir/Meridian"
    r"|(?-i:" + SLASH_CREDIT + r")"
    # or an all-capitals credit, its parts split by slashes or bars: "JANE DOE / THE DAILY POST", "FILE PHOTO | AFP"
    r"|(?-i:[A-Z][A-Z'’.-]*(?: [A-Z][A-Z&'’.-]*){0,4}(?: ?[/|] ?[A-Z][A-Z&'’.-]*(?: [A-Z][A-Z&'’.-]*){0,4}){1,3}))$"
)
# "(ABC News: Tom Kiely)" closing an unpunctuated caption, or on a line of its own.
_OUTLET_CREDIT = rx.compile(r"(?:^|(?<=\s))" + _OUTLET_COLON_PERSON + r"$")
# An unpunctuated caption ending with its credit: "... at Wembley Credit: Getty", "... in Reading Photograph: Veltro/PA".
# The New York Times's credit may be glued to the caption's full stop: "... on Thursday.Credit...Jane Doe/Reuters".
_TRAILING_CREDIT = rx.compile(r"\s(?i:credit|photo|photograph|picture|image|screenshot)s?\s*:\s*[A-Z][\w&.'’ /-]{0,40}$"
                              r"|(?:\s|(?<=[.!?…]))Credit(?:\.{2,}|…)\s*[A-Z][\w&.'’ /—–-]{0,80}$")
# A credit line on its own: a photographer's name and the outlet or agency, "Jane Doe/The Daily Post".
# "KNA/Levan Kvaratskhelia": an agency and a person ("MLS / LAS VEGAS NEON FC" is a kicker).
_OUTLET_SLASH_NAME = rx.compile(r"^[A-Z]{2,8}/[A-Z][a-z][\w'’.-]*( [A-Z][a-z][\w'’.-]*){1,3}$")
# "JIM WATSON/AFP via Getty Images": the agency that handed the picture on, too.
_NAME_SLASH_OUTLET = rx.compile(r"^[A-Z][\w'’.-]+( [A-Z][\w'’.-]+){1,3} ?/ ?[A-Z][\w&'’.-]*"
                                r"( ([A-Z&][\w&'’.-]*|of|for|and|the|de|via)){0,5}$")
IMAGE_CREDIT_REASONS = frozenset({"image credit", "photo caption", "copyright notice"})
# A dash and an agency after the last sentence: "... discipline”. – Reuters".
# For match(text, start, end) on one sentence, hence no "^" (it would mean the start of the text).
AGENCY_SIGNOFF = rx.compile(r"[-–—]+\s*[A-Z][\w&.'’/ -]{0,40}$")
# A newsroom role, the line under a byline: "Environment correspondent, BBC News".
# A team that signs a live page or a roundup: "Coastal Herald live team", "By the news team".
ROLE = _rx(r"\b(" + ROLES + r"|staff|analyst|bureau chief|news desk|newsroom"
           r"|(live|live blog|news|reporting|editorial|breaking news) (team|desk))s?\b")


def mark_cues(lines: list[Line]) -> None:
    """Mark each line still counted as story that a cue calls furniture (or that has no words)."""
    bylines_abroad: list[int] = []
    blurbs: list[int] = []
    for i, line in enumerate(lines):
        if line.kind != BODY:
            continue
        if not line.words:
            mark(line, BOILERPLATE, "no words")  # "***", "—", a lone "|"
            continue
        reason = cue(line)
        if reason == "dateline" and i > 0 and _DURATION.match(line.flat):
            if lines[i - 1].kind == BODY and lines[i - 1].flat.lower() in _PLAYER_LABELS:
                mark(lines[i - 1], BOILERPLATE, _PLAYER)  # "Listen" / "6 min": the player's button, and its length
            if lines[i - 1].reason == _PLAYER:
                reason = _PLAYER  # "Listen to this story" / "6 min": how long the recording plays
        if reason == "byline" and _FOREIGN_BYLINE.match(line.flat):
            bylines_abroad.append(i)  # judged once every line's cue is known: see _byline_abroad
        elif reason == _NEWSLETTER_BLURB:
            blurbs.append(i)  # judged once its neighbours' cues are known
        elif reason:
            mark(line, BOILERPLATE, reason)
    _mark_bylines_abroad(lines, bylines_abroad)
    _mark_newsletter_blurbs(lines, blurbs)
    _mark_datelines_alone(lines)
    _mark_post_times(lines)
    _mark_key_events(lines)
    _mark_player_titles(lines)
    _keep_post_titles(lines)


def _mark_bylines_abroad(lines: list[Line], candidates: list[int]) -> None:
    """Mark the lines shaped like a byline abroad ("Par Camille Lefèvre, à Paris") that are one."""
    page_abroad: bool | None = None  # worked out only when a line needs it
    for i in candidates:
        if _BYLINE_FURNITURE_ABROAD.search(lines[i].flat) or _dated_abroad(lines, i):
            mark(lines[i], BOILERPLATE, "byline")
            continue
        if page_abroad is None:
            page_abroad = _written_abroad(token for line in lines for token in line.tokens)
        if page_abroad:
            mark(lines[i], BOILERPLATE, "byline")


# A dateline set on a line of its own with a colon, as Indian sites set it over the first paragraph: "Thiruvananthapuram:",
# "New Delhi:", "NEW DELHI, Oct 7:".  One to three capitalised words: the shape of a subheading label too
# ("Background:", "What happened:" is lower case after its first word), so the place is known by where it stands.
_PLACE_COLON = rx.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}(?:, [A-Z][\w'’.-]+)?" + _FILED_DAY + r":$")
# Labels of that shape that head a section or a box, not a place.
_SECTION_LABELS = frozenset("""background context update updates note notes highlights summary analysis watch listen
    correction clarification editor advertisement also related more timeline reaction explainer disclaimer sources
    source read video photos pictures gallery key points details facts quote quotes q a""".split())
_PARAGRAPH_WORDS = 8  # a line of story text this long is a paragraph, not a label
_PARAGRAPHS_BEFORE_LEAD = 1  # a standfirst may stand above the dateline; the story's paragraphs may not


def _mark_datelines_alone(lines: list[Line]) -> None:
    """Mark a place and a colon on a line of their own ("Thiruvananthapuram:") right over the story's first
    paragraph: the dateline that would open it.  Further down the story the same shape heads a section."""
    for i in range(len(lines) - 1):
        line = lines[i]
        if line.kind != BODY or line.words > 6 or not line.flat.endswith(":") or not _PLACE_COLON.match(line.flat):
            continue
        if line.tokens[0].lower() in _SECTION_LABELS or not _paragraph(lines[i + 1]):
            continue
        if _paragraphs_before(lines, i) <= _PARAGRAPHS_BEFORE_LEAD:
            mark(line, BOILERPLATE, "dateline")


def _paragraph(line: Line) -> bool:
    """Is ``line`` story text of a paragraph's length that opens like a sentence?"""
    return line.kind == BODY and line.terminal and line.words >= _PARAGRAPH_WORDS and line.flat[:1].isupper()


def _paragraphs_before(lines: list[Line], i: int) -> int:
    """How many lines of story text ending like sentences stand above line ``i``, however short (counted no
    further than one past the most allowed): a standfirst may, the story's own paragraphs may not."""
    count = 0
    for line in lines[:i]:
        if line.kind == BODY and line.terminal:
            count += 1
            if count > _PARAGRAPHS_BEFORE_LEAD:
                break
    return count


# The reasons of a sign-up box's other lines: its label, its pitch, its address field and button.
_SIGN_UP_BOX = frozenset({"newsletter prompt", "sign-in prompt"})


def _mark_newsletter_blurbs(lines: list[Line], candidates: list[int]) -> None:
    """Mark the lines shaped like a newsletter's blurb that stand next to another line of its box ("Free weekly
    newsletter" / "Start your week with the market news you need every Monday").  Alone, the line may be a
    headline or a subheading on the same subject ("Why you should stop checking the news every morning")."""
    for i in candidates:
        if any(lines[j].reason in _SIGN_UP_BOX for j in (i - 1, i + 1) if 0 <= j < len(lines)):
            mark(lines[i], BOILERPLATE, "newsletter prompt")


def _dated_abroad(lines: list[Line], i: int) -> bool:
    """Does a publication line in another language stand next to line ``i`` ("Di Marco Bianchi" over
    "Pubblicato il 10 giugno 2024 alle 01:12")?  An English headline may have an English one under it."""
    return any(lines[j].reason == "dateline" and _written_abroad(lines[j].tokens)
               for j in (i - 1, i + 1) if 0 <= j < len(lines))


def _written_abroad(tokens: Iterable[str]) -> bool:
    """Do the words give away more of another language than of English?"""
    english = abroad = 0
    for token in tokens:
        word = token.lower()
        english += word in _ENGLISH_WORDS
        abroad += word in _WORDS_ABROAD
    return abroad > english


_PLAYER = "media player"
# A player's button alone on its line, told by the recording's length under it ("Listen" / "6 min").
_PLAYER_LABELS = frozenset({"listen", "listen now", "play", "watch", "watch now", "listen to this", "audio", "video"})
# The title a player's label quotes: "Click to play video: 'Train derailment forces evacuations near Lanigan'".
_QUOTED_TITLE = rx.compile(r":\s*[\"'“‘](.+)[\"'”’]$")


def _mark_player_titles(lines: list[Line]) -> None:
    """The line right under a player's label that repeats the title the label quotes is the video's own
    caption, shown under it, no heading of the story."""
    for i in range(len(lines) - 1):
        if lines[i].reason != _PLAYER or lines[i + 1].kind != BODY:
            continue
        title = _QUOTED_TITLE.search(lines[i].flat)
        if title and title.group(1).strip().casefold() == lines[i + 1].flat.casefold():
            mark(lines[i + 1], BOILERPLATE, _PLAYER)
POST_TIME = "post time"
# A live page's title says how the page is kept: its badge ("LIVE  Cup final: ...", "Live: ..."), the topic
# it follows ("Nurses' strike live: ..."), its end after a dash or a colon ("... – as it happened", "... – live
# updates", "...: as it happened").  A headline in capitals may open with the word ("LIVE AID AT 40").
LIVE_TITLE = rx.compile(r"^(?:LIVE\b(?!-)(?=.*[a-z])|(?i:live)( (?i:updates|blog|coverage))?\s*[:|–—])"
                        r"|\b(?i:live)( (?i:updates|blog))?\s*:\s"
                        r"|(?:\s[–—-]|:)\s*(?i:as it happened|live( updates| coverage| blog)?|latest updates)\W*$")
# How a page shows it is a live blog: its posts' times, its controls ("Key events"), its title ("LIVE: ...",
# furniture_context's LIVE_PAGE_TITLE).
_LIVE_PAGE_REASONS = frozenset({POST_TIME, "live blog"})
_CLOCK_ALONE = _rx(r"^" + _CLOCK_TIME + _ZONE + r"$")
# A post's age on a line of its own, as live blogs head their newest posts: "1h ago", "45 minutes ago".
_AGE_ALONE = _rx(r"^\d{1,2}\s?(m|h|min|mins|minutes?|hr|hrs|hours?) ago$")
_LEAST_POST_TIMES = 2


def _mark_post_times(lines: list[Line]) -> None:
    """Clock times each on a line of their own down the page ("11:40" ... "08:25" ... "07:30") time the
    posts of a live blog: they are no dateline of the story, and the post titles under them no bylines.
    A page that heads its newest posts with their age ("### 1h ago") and the older ones with their time
    counts both; an age the markup does not set as a heading is more often a reader's comment's."""
    times = [line for line in lines if line.reason == "dateline" and (
        _CLOCK_ALONE.match(line.flat) or line.marked_heading and _AGE_ALONE.match(line.flat))]
    if len(times) >= _LEAST_POST_TIMES:
        for line in times:
            line.reason = POST_TIME


# The title of a live blog's list of its own posts: "Key events", "Key moments", "Latest updates".
_KEY_EVENTS = _rx(r"^(key (events|moments|updates)|latest updates)\W*$")
# One of its items: a post's time (or age) and the post's title, "- 9:40 p.m. Containment rises to 25%",
# "• 08:25 Woman found alive", "- 4m ago Tankers to run through the night".
_STAMPED_ITEM = _rx(r"^([-–•·*]\s*)?(" + _CLOCK_TIME + _ZONE + r"|\d{1,2}\s?(m|h|min|mins|hr|hrs) ago)"
                    + _STAMP_THEN)


def _mark_key_events(lines: list[Line]) -> None:
    """The items under a live blog's "Key events" that each open with a post's time are links to its posts,
    whose titles stand again over the posts below: no claim of their own.  The label and the time on every
    item are both needed, so a story's own list (of dates, of measures) stays story; and the page must show
    it is a live blog, since an ordinary story may set out its timeline under the same label ("Key events" /
    "9:00 Results released")."""
    for i, line in enumerate(lines):
        if not _KEY_EVENTS.match(line.flat) or not _live_blog_shown(lines, i):
            continue
        for item in lines[i + 1:]:
            if not _STAMPED_ITEM.match(item.flat) or _CLOCK_ALONE.match(item.flat):
                break  # a time alone heads the first post under the list: a post time, like the others
            if item.kind == BODY:
                mark(item, BOILERPLATE, "live blog")


# A key event's age, "4m ago": only a live blog counts its posts' age.
_AGED_ITEM = _rx(r"^([-–•·*]\s*)?\d{1,2}\s?(m|h|min|mins|hr|hrs) ago" + _STAMP_THEN)


def _live_blog_shown(lines: list[Line], label: int) -> bool:
    """Does the page with its key events under line ``label`` show it is a live blog apart from that label:
    its posts' times, another of its controls ("Show key events only", "Pinned"), its title ("LIVE: ...",
    "... – live updates"), or the items' ages?"""
    return any(line.reason == POST_TIME or _AGED_ITEM.match(line.flat) or LIVE_TITLE.search(line.flat)
               or line.reason == "live blog" and not _KEY_EVENTS.match(line.flat)
               for i, line in enumerate(lines) if i != label)


# "Search resumes", "Search called off": a post's title, where a site's search box reads "Search news".
_SEARCH_THEN_WORDS = _rx(r"^search\s+(?!(the site|this site|for)\b)\S")
_POST_TEXT_WORDS = 5


def _keep_post_titles(lines: list[Line]) -> None:
    """A short line the search-box cue took that heads a post or a section: under the post's time (or
    the story's text) and over the story's text.  A search box stands in the page's banner, among its
    menus."""
    for i in range(1, len(lines) - 1):
        line, before, after = lines[i], lines[i - 1], lines[i + 1]
        if line.reason != "search box" or not _SEARCH_THEN_WORDS.match(line.flat):
            continue
        if (before.reason == POST_TIME or _story_text(before)) and _story_text(after):
            mark(line, BODY, "")


def _story_text(line: Line) -> bool:
    return line.kind == BODY and line.terminal and line.words >= _POST_TEXT_WORDS
_DURATION = rx.compile(r"\d{1,3}\s?(?:min|mins|minutes)\.?$|\d{1,2}:\d{2}$", re.IGNORECASE)


# The cues that may apply to a line of n words, in table order, for n up to the
# longest any cue allows: most story paragraphs are longer, and skip the table.
_LONGEST_CUE = max(max_words for _, _, max_words in CUES)
def _holds_any(lower: str, words: tuple[str, ...]) -> bool:
    """Does ``lower`` (a line in lower case) hold one of the words a cue needs?  A substring test per word
    costs less than one search for them all, and compiles nothing when the command line starts."""
    for word in words:
        if word in lower:
            return True
    return False


_CUES_FOR_WORDS = [
    tuple((cue.pattern.search, reason, cue.words or None) if isinstance(cue, _Needs) else (cue.search, reason, None)
          for cue, reason, max_words in CUES if words <= max_words)
    for words in range(_LONGEST_CUE + 1)
]
_CJK_CUES_FOR_WORDS = [tuple((cue.search, reason, None) for cue, reason, max_words in CJK_CUES if words <= max_words)
                       for words in range(_LONGEST_CUE + 1)]


# Furniture that may itself report what was said: "An earlier version of this article said ...".
_MAY_REPORT = frozenset({"correction note", "disclaimer", "publication note"})


def cue(line: Line) -> str:
    """The reason the first applicable cue gives for calling ``line`` furniture, else ""."""
    flat = line.flat
    if line.words <= _LONGEST_CUE:
        reported = None  # whether the line reports speech: looked for only once a cue matches it
        lower = flat.lower()
        cues = _CUES_FOR_WORDS[line.words]
        if has_cjk(flat):
            cues = _CJK_CUES_FOR_WORDS[line.words] + cues
        for search, reason, needed in cues:
            if needed is not None and not _holds_any(lower, needed):
                continue
            if search(flat):
                if reason == "byline" and line.terminal and flat.startswith("By ") and not _dated_credit(flat):
                    continue  # "By then it was over." is a sentence
                if reason not in _MAY_REPORT:
                    if reported is None:
                        reported = bool(line.terminal and REPORTED_SPEECH.search(flat))
                    if reported:
                        continue
                return reason
    if 2 <= line.sentences <= 4 and line.words <= _CAPTION_MAX_WORDS and CAPTION_CREDIT.search(flat):
        return "photo caption"
    if line.sentences <= 4 and line.words <= _CAPTION_MAX_WORDS and PICTURE_PAREN.search(flat):
        return "photo caption"  # "Regular walking was linked to longer life (Stock image)"
    if (line.sentences == 2 and line.words <= _CAPTION_MAX_WORDS and flat[-1] == ")"
            and (credit := _named_credit(flat)) and not tells_a_deed_done(flat[:credit])):
        return "photo caption"  # "A Canadian Coast Guard aircraft photographed the slick on Tuesday. (Canadian Coast Guard)"
    # "5:40 p.m." ends with a full stop that closes no sentence.
    if ((not line.terminal or _ENDS_AM_PM.search(flat)) and flat[-1] not in ",;:"  # "On Monday:" opens a list
            and (line.words <= 12 or line.words <= 40 and DATE_SEPARATOR.search(flat))):
        reason = date_line(flat)
        if reason:
            return reason
    if not line.terminal and line.words <= _BYLINE_DATE_WORDS and byline_then_date(flat):
        return "byline"
    if line.unpunctuated:
        if CREDIT_PAREN.search(flat) or line.words <= 40 and _TRAILING_CREDIT.search(flat):
            return "photo caption"
        if flat[-1] in ")]" and line.words <= 40 and (credit := _OUTLET_CREDIT.search(flat)):
            return "image credit" if credit.start() == 0 else "photo caption"  # the credit alone, or closing a caption
        if line.words <= 10 and (_NAME_SLASH_OUTLET.match(flat) or _OUTLET_SLASH_NAME.match(flat)):
            return "image credit"
    if (flat[-1] in ")]" and " for " in flat and line.sentences <= 4 and line.words <= _CAPTION_MAX_WORDS
            and (reason := _photographer_for_outlet(flat))):
        return reason
    if line.sentences == 1 and not line.terminal and _is_link_list(flat):
        return "navigation links"
    return ""


_ENDS_AM_PM = rx.compile(r"\d\s?[ap]\.m\.$", re.IGNORECASE)
# A photographer on assignment for the outlet, in brackets: "(Jovelle Tamayo for The Washington Post)".
_PERSON_FOR_OUTLET = rx.compile(r"[(\[]" + _PERSON + r" for (?:[Tt]he )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}[)\]]$")


# A caption's credit that is only the name of whoever handed the picture out, in brackets after the caption's
# full stop: "(Canadian Coast Guard)", "(Nova Scotia RCMP)", "(Government of Yukon)".  Two words or more, each a
# name's; a wire's sign-off closing a story paragraph ("(Canadian Press)", "(Kyodo News)", "(Reuters)") and a
# note's label ("(Editing by Jane Doe)", "(Updated Version)") are no credit.
_NAMED_CREDIT = rx.compile(r"[.!?…][\"'”’]?\s+\(([A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|of|the|and|for|&)){1,4})\)$")
_NOT_A_CREDIT = frozenset(
    "press presse news newswire wire wires service services agency agencies reuters bloomberg afp ap pti ians ani xinhua"
    " tass efe dpa kyodo yonhap aap reporting editing writing additional updated update corrected correction"
    " advertisement sponsored watch listen read see opinion analysis video audio editor editors translated by".split())


def _named_credit(flat: str) -> int:
    """Where the caption's credit that closes ``flat`` opens, naming only who handed the picture out (see
    ``_NAMED_CREDIT``), else 0."""
    credit = _NAMED_CREDIT.search(flat)
    if credit is None or any(word.casefold().strip(".") in _NOT_A_CREDIT for word in credit.group(1).split()):
        return 0
    return credit.start(1) - 1


# A caption tells what the picture shows, in the present or with no verb at all ("Firefighters battle the blaze
# in Halifax on Tuesday.", "Gauguin's painting on view at Christie's."); a story sentence tells what was done or
# said, or what will be ("Officials urged residents to cut back ... and warned restrictions could last weeks.").
# A caption's own verbs say the picture was taken, in whatever tense ("A coast guard aircraft photographed the
# slick on Tuesday.").
_CAPTION_VERBS = frozenset("photographed pictured seen shown filmed captured".split())
_STORY_FINITE = frozenset("""was were had has have did will would could should might must said says told
    went came took made gave met won lost ran fell rose kept held began knew thought found brought bought sent
    spent paid felt heard became broke chose drove flew sold""".split())
# A word in "-ed" after these is an adjective or a participle, no finite verb: "are evacuated", "an injured man".
_BEFORE_PARTICIPLE = frozenset("is are be been being get gets the a an".split())
REGULAR_PAST = re.compile(r"[a-z]{2,}ed")  # the regular past of a verb


def tells_a_deed_done(sentence: str) -> bool:
    """Does ``sentence`` hold a finite verb of a story (see ``_STORY_FINITE``) and no caption's verb?"""
    words = [word.casefold() for word in WORD.findall(sentence)]
    if _CAPTION_VERBS.intersection(words):
        return False
    return any(word in _STORY_FINITE or REGULAR_PAST.fullmatch(word) and before not in _BEFORE_PARTICIPLE
               for before, word in zip(["", *words], words))


def _photographer_for_outlet(flat: str) -> str:
    """The reason for a line closed by a credit "(Name for The Outlet)": the credit alone, or a caption closed
    by it after its full stop ("A health worker prepares a dose ... on Tuesday. (Jovelle Tamayo for The
    Washington Post)"), else ""."""
    credit = _PERSON_FOR_OUTLET.search(flat)
    if credit is None:
        return ""
    if credit.start() == 0:
        return "image credit"
    return "photo caption" if flat[:credit.start()].rstrip()[-1:] in ".!?…\"”’" else ""


def _dated_credit(flat: str) -> bool:
    """"By Jake Morrow, Plains News 6 | Published July 15, 2025 10:48 p.m.": a credit split into pieces
    by a bar or a dot whose last piece is a date; its final full stop is the clock's, and closes no sentence."""
    return (_ENDS_AM_PM.search(flat) is not None and DATE_SEPARATOR.search(flat) is not None
            and date_line(DATE_SEPARATOR.split(flat)[-1].strip()) == "dateline")


_BYLINE_DATE_WORDS = 30
_LINK_SEPARATORS = rx.compile(r"\s*[,|•·›»]\s*|\s+>\s+")


_BRACKETED = rx.compile(r"\([^()]*\)")


def _is_link_list(flat: str) -> bool:
    """"Latest News, Trending News, Cricket News, Bollywood News", "Home › World › Europe": menu items.

    A breadcrumb's "›" or "»" is no prose punctuation, so two items are enough there.  Commas
    inside brackets list what one item holds: "• Soweto (Orlando, Diepkloof, Meadowlands)".
    """
    items = [item.strip() for item in _LINK_SEPARATORS.split(_BRACKETED.sub("", flat)) if item.strip()]
    if len(items) < (2 if "›" in flat or "»" in flat else 3):
        return False
    return all(len(item.split()) <= 4 and item[0].isupper() for item in items[1:]) and items[0][:1].isupper()


# Every pattern above is compiled: keep them for the next start.
rx.save()
