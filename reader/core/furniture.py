"""What each sentence of an article is: story text, a heading, or page furniture.

A copied news page carries more than the story: headlines and subheads, bylines
and datelines, photo captions and credits, share buttons, comment and newsletter
prompts, "Related articles" lists and teasers for other stories.  None of that
is a claim the two sources can agree or disagree on, so the aligner skips it,
and the window shows why in a tooltip (the *reason*).

The cues are general, never a particular site's strings, because the articles
users bring are not the ones we tested on:

* shape: a line of its own, its length, whether it ends with final punctuation,
  capitalisation; a short unpunctuated line is a heading, and so are an explainer's
  questions when the page asks three or more, each on a line over its answer;
* a modest vocabulary of page furniture ("share", "comments", "subscribe",
  "photo:", "published", "related", "you may also like", ...), only ever applied
  to *short* lines and in the *form* furniture takes (a label with its
  separator and no final full stop, an imperative opening a sentence, a prompt
  that speaks to the reader), so "Share prices fell sharply." stays a sentence;
* repetition: the second copy of a line is furniture (captions repeat alt text,
  teaser blocks repeat), and stands for what its first copy is (a second
  "Advertisement" is still an advert); so is a quotation the story also carries (a pull quote);
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

This module runs the passes in order; the work is done in

* ``furniture_lines``: the ``Run`` and ``Line`` records and the kinds;
* ``furniture_cues``: the vocabulary tables and what a line says on its own;
* ``furniture_dates``: date lines, read piece by piece (used by the cues, rows and off-story check);
* ``furniture_prompts``: runs that speak to the reader (app, tip-line, donation prompts),
  teasers closed by a "read the full story" link, and author bios (after the bylines);
* ``furniture_press``: press-release and mailing furniture (the end marker, notes to editors, the
  "About" paragraph, the legal small print, the media contact, the list's footer);
* ``furniture_embeds``: an embedded post's text and a video's transcript;
* ``furniture_rows``: rows of section names, tickers and the masthead, by their shape;
* ``furniture_context``: neighbourhood, repetition and position;
* ``furniture_offstory``: the vocabulary check for paragraphs about another story;
* ``furniture_facts``: a box of "label: figure" lines that copies the story's own figures;
* ``furniture_keypoints``: a summary box ("Key points:") whose items are the story's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.furniture_context import (
    mark_advert_blocks, mark_bylines, mark_captions, mark_comments, mark_headings, mark_menus, mark_pull_quotes,
    mark_question_subheads, mark_related_blocks, mark_repeats, mark_sandwiched, name_headings, names_someone,
    quotation_speaker,
)
from reader.core.furniture_cues import (
    AGENCY_SIGNOFF, FOLLOW_PROMPT, REGULAR_PAST, RELATED_LINK, live_blog_aside, live_page, mark_cues,
)
from reader.core.furniture_embeds import mark_embeds
from reader.core.furniture_facts import mark_restated_facts
from reader.core.furniture_keypoints import keep_key_points
from reader.core.furniture_letters import keep_quotation_ends, keep_quoted_letters
from reader.core.furniture_lines import (
    BODY, BOILERPLATE, CLOSERS, HEADING, OFF_STORY, REPORTED_SPEECH, WORD, Line, Run, describe, leaves_quotation_open,
)
from reader.core.furniture_outlet import mark_outlet_statements
from reader.core.furniture_offstory import mark_off_story
from reader.core.furniture_press import mark_mail_headers, mark_press
from reader.core.furniture_prompts import mark_bios, mark_prompts
from reader.core.furniture_rows import (
    keep_announced_lists, keep_fact_stacks, keep_table_rows, mark_alerts, mark_masthead, mark_rows,
)
from reader.core.invisible import visible
from reader.core.markup import CELL_GAP

__all__ = ["BODY", "BOILERPLATE", "HEADING", "OFF_STORY", "Run", "classify"]


def classify(
    text: str, runs: list[Run], spans: list[tuple[int, int]], headings: Sequence[tuple[int, int]] = (),
    *, table_rows: bool = False,
) -> list[tuple[str, str]]:
    """``(kind, reason)`` for each sentence ``spans[i]`` of ``text``, grouped in ``runs``;
    ``headings`` are the spans the markup called headings; with ``table_rows``, a run whose cells
    are ``CELL_GAP`` apart is a row of a table in the markup (see ``split_sentences``)."""
    lines = [describe(text, run, spans) for run in runs]
    starts = {start for start, _ in headings}
    for run, line in zip(runs, lines):
        line.marked_heading = run.start in starts
        line.table_row = table_rows and CELL_GAP in text[run.start:run.end]
    mark_repeats(lines)
    mark_pull_quotes(lines, markup_headings=bool(headings))
    mark_cues(lines)
    mark_mail_headers(text, runs, lines)
    mark_press(runs, lines)  # before the heading rules take "Media contact: Jane Holt, ..." for a subheading
    mark_embeds(lines)  # after the cues, which know an embedded post by its signature
    mark_rows(text, runs, lines)
    mark_alerts(lines)  # before the heading rules take an alert over the headline for the story's start
    mark_prompts(lines)
    mark_advert_blocks(runs, lines)
    mark_menus(runs, lines)
    mark_related_blocks(runs, lines)  # link titles first: they are no captions, and lend teasers no support
    mark_captions(runs, lines)
    mark_bylines(lines)
    mark_comments(lines)  # after the datelines and the buttons
    mark_bios(lines)  # a bio is about one of the byline names
    mark_masthead(lines)
    mark_outlet_statements(lines)  # the outlet's name comes from the masthead and the copyright notice
    mark_question_subheads(lines, markup_headings=bool(headings))
    mark_headings(runs, lines)
    mark_off_story(lines)
    mark_related_blocks(runs, lines)  # then again: off-story teasers carry a block on
    mark_sandwiched(lines)
    name_headings(lines)
    # Last: these take back what the shape rules took for headings, tickers and page labels.
    keep_announced_lists(runs, lines)
    keep_key_points(runs, lines)
    keep_fact_stacks(lines)
    keep_table_rows(lines)
    mark_restated_facts(lines)  # after the rules that keep a box's lines as story: a copy of the story's figures
    keep_quoted_letters(lines)
    keep_quotation_ends(lines)
    live = live_page(lines, (text[start:end] for run, line in zip(runs, lines) if line.kind == BODY
                             for start, end in spans[run.first:run.last]))
    result: list[tuple[str, str]] = []
    for i, (run, line) in enumerate(zip(runs, lines)):
        verdict = (line.kind, line.reason)
        if line.kind != BODY:
            result.extend([verdict] * (run.last - run.first))
            continue
        listed = _in_list(lines, i)
        speaker = quotation_speaker(line)
        for k, (start, end) in enumerate(spans[run.first:run.last]):
            sentence = text[start:end]
            if _agency_signoff(sentence, opens_run=k == 0, listed=listed):
                result.append(_AGENCY_CREDIT)
            elif speaker and k > 0 and _names_speaker(sentence, speaker):
                result.append(_QUOTE_ATTRIBUTION)  # "– canal pilot Omar Hadid" after the quotation it credits
            elif live and _live_blog_aside(text, run, line, start, end):
                result.append(_LIVE_BLOG_ASIDE)  # "Stay with us." after a post's news
            elif _follow_prompt(text, run, start, end):
                result.append(_FOLLOW_PROMPT)  # "Follow KVTN 7 News for updates." after a sign-off
            elif line.sentences > 1 and _related_link(text, run, start, end):
                result.append(_RELATED_LINK)  # "Read more: Your rights if ..." between two of the story's sentences
            else:
                result.append(verdict)
    return result


def _live_blog_aside(text: str, run: Run, line: Line, start: int, end: int) -> bool:
    """Is ``text[start:end]``, a sentence of ``run``, the live blog's own word to its reader?  Not on a line
    that reports speech, nor inside a quotation: '"... That's it. They just decided," she said.' quotes
    someone in the story."""
    if REPORTED_SPEECH.search(line.flat) or leaves_quotation_open(text[run.start:start]):
        return False
    return live_blog_aside(text[start:end])


def _follow_prompt(text: str, run: Run, start: int, end: int) -> bool:
    """Is ``text[start:end]``, a sentence of ``run``, the outlet asking to be followed ("Follow KVTN 7 News for
    updates.")?  Its line may hold the story's last sentence or a live blog's sign-off, so each sentence is
    judged alone; inside a quotation or reporting speech it is someone's words."""
    sentence = text[start:end]
    return (FOLLOW_PROMPT.match(sentence) is not None and not REPORTED_SPEECH.search(sentence)
            and not leaves_quotation_open(text[run.start:start]))


def _related_link(text: str, run: Run, start: int, end: int) -> bool:
    """Is ``text[start:end]``, a sentence of a story's ``run``, a link to another story under its label ("Read
    more: Are festivals doing enough on crowd safety?")?  Pages set it inside the paragraph it follows, so it
    is judged alone, and the paragraph stays story; inside a quotation or reporting speech it is someone's words."""
    sentence = text[start:end]
    return (RELATED_LINK.match(sentence) is not None and not REPORTED_SPEECH.search(sentence)
            and not leaves_quotation_open(text[run.start:start]))


_AGENCY_CREDIT = (BOILERPLATE, "agency credit")
_QUOTE_ATTRIBUTION = (BOILERPLATE, "quote attribution")
_RELATED_LINK = (BOILERPLATE, "related link")
_LIVE_BLOG_ASIDE = (BOILERPLATE, "live blog")
_FOLLOW_PROMPT = (BOILERPLATE, "reader prompt")
_FINAL = (".", "!", "?", "…")
_ZERO_WIDTH_NO_BREAK_SPACE = "\ufeff"
# Words that may stay in lower case inside an agency's name: "Agence France-Presse", "PA via Getty".
_NAME_JOINERS = frozenset("and of the de du la via with from for".split())


_DASH_OPENING = re.compile(r"[–—-]{1,2}\s*")
_DASHES = "-–— \t"


def _names_speaker(sentence: str, speaker: str) -> bool:
    """Is ``sentence`` the dash and ``speaker`` that close a quotation's line, and nothing else?"""
    dash = _DASH_OPENING.match(sentence)
    return dash is not None and " ".join(sentence[dash.end():].split()) == speaker


def _in_list(lines: list[Line], i: int) -> bool:
    """Is line ``i`` an item of a list: a list item beside another with the same bullet?"""
    line = lines[i]
    return line.list_item and any(lines[j].list_item and lines[j].flat[0] == line.flat[0]
                                  for j in (i - 1, i + 1) if 0 <= j < len(lines))


def _as_seen(sentence: str) -> str:
    """``sentence`` without the characters a page does not show; a byte-order mark inside the text is
    a zero-width no-break space, as invisible as the rest."""
    return visible(sentence).replace(_ZERO_WIDTH_NO_BREAK_SPACE, "")


# A credit is a name, and a name is short: "– Reuters.", "– Staff and agencies.", "– AFP/Getty".
_CREDIT_SENTENCE_WORDS = 3
# A finite verb in lower case after the credit's first word makes it a clause: "– Labour walked out",
# "– Nobody replied", "– Ministers left the room".  The regular past in "-ed", and the commonest verbs
# whose past or present does not end so.
_FINITE_VERBS = frozenset("""
    is are was were has have had will would could can may might must shall should did does do said says
    left went came told took made gave got met won lost ran fell rose put set sat stood kept held began
    saw knew thought found brought bought sent spent paid laid led felt heard became broke chose drove flew
""".split())


# What a credit says besides names: "staff and agencies", "(additional) reporting by", "with reporting
# from", "edited by", "compiled by".
_CREDIT_WORDING = re.compile(
    r"\b(?:(?:with |and )?(?:additional |further )?(?:reporting|writing|research|editing|production)"
    r"(?: (?:by|from))?|(?:edited|compiled|written|reported|produced|translated|updated) by"
    r"|staff|agencies|agency|correspondents?|wires?)\b", re.IGNORECASE)


# A dash and names listed with commas, as long as a short credit and a few more names.
_LISTED_CREDIT = re.compile(r"[-–—]+\s*[A-Z][\w&.'’/ -]*,[\w&.'’/, -]{0,50}$")


def _tells_something(credit: str) -> bool:
    """Do the words after a dash say what happened, as a sentence of the story does, rather than name
    whose the story is?  They hold a finite verb ("– Nobody replied."), or end with a full stop after more
    words than a credit has ("– Minutes later the talks collapsed.").  A credit's own wording around its
    names ("– Guardian staff and agencies.", "– With reporting by Reuters.", "– Reuters, AP and AFP.",
    "– Reuters, edited by Jo Smith") says whose the story is, however long; and a word right before
    "by" is the credit's ("supplied by"), no verb of the story."""
    if _only_names(_CREDIT_WORDING.sub(" ", credit)):
        return False
    words = WORD.findall(credit)
    if len(words) > _CREDIT_SENTENCE_WORDS and credit.rstrip(CLOSERS)[-1:] in _FINAL:
        return True
    return any((word in _FINITE_VERBS or REGULAR_PAST.fullmatch(word)) and following != "by"
               for word, following in zip(words[1:], [*words[2:], ""]))


def _only_names(words_left: str) -> bool:
    """Is what is left of a credit without its wording names alone: each word capitalised, or one that
    joins a name ("Agence France-Presse", "Reuters, AP and AFP")?"""
    words = WORD.findall(words_left)
    return bool(words) and all(word[0].isupper() or word.casefold() in _NAME_JOINERS for word in words)


def _dash_and_credit(sentence: str) -> bool:
    """Is ``sentence`` a dash and then what may be a credit: a name in a few words, or names and a credit's
    wording parted by commas ("– Reuters, AP and AFP.", "– Reuters, edited by Jo Smith"), nothing else?
    A comma may part a clause too ("– Tomorrow, more talks."), so there every word must be a name's or
    the credit's."""
    if AGENCY_SIGNOFF.match(sentence):
        return True
    return bool(_LISTED_CREDIT.match(sentence)) and _only_names(_CREDIT_WORDING.sub(" ", sentence.lstrip(_DASHES)))


def _agency_signoff(sentence: str, *, opens_run: bool, listed: bool) -> bool:
    """A dash and an agency: "... discipline”. – Reuters" after a story line's last sentence.

    A run that opens with the dash is a list item ("– Income tax cut by 2p.", "- A new access road")
    unless it stands alone, has no final punctuation and names someone, every word capitalised
    ("- ADVERTISEMENT -", "– Reuters").  Beside items with its bullet it is one more item ("- Anna Holt").

    Read as the page shows it: a zero-width space pasted before "Reuters" hides nothing from the reader.
    A capital after the dash that opens a clause ('"..." – And then Labour walked out.') goes on with the
    story: the credit names someone, and says nothing of it (``_tells_something``)."""
    sentence = _as_seen(sentence)
    if not _dash_and_credit(sentence) or not names_someone(credit := sentence.lstrip(_DASHES)):
        return False
    if _tells_something(credit):
        return False
    if not opens_run:
        return True
    if listed or sentence.rstrip(CLOSERS)[-1:] in _FINAL:
        return False
    return all(word[0].isupper() or word.casefold() in _NAME_JOINERS for word in WORD.findall(sentence))
