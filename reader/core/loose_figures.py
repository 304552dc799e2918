"""Figures two reports give differently outside their linked pairs.

The number ledger compares figures within a link only: two sentences aligned as telling one thing.
A report often gives a figure in a sentence linked to something else, or in a sentence with no partner
at all: "23 homes were confirmed lost" (A, linked to B's "conditions would stay dangerous") against
"with 32 homes destroyed" (B, linked to A's lead).  This module sets such loose figures side by side,
after the links are made, and keeps only the pairs that plainly count one thing:

* both figures were left unpaired by every ledger of their sentences (links, headlines, standfirsts),
  and the two sentences are not linked to each other (their own ledger had its say);
* they are the same kind of quantity (a count, an amount in one currency, a duration, a length...);
  dates, weekdays, years, times, ages, ordinals, ratings and readings are left out: a story is full of
  them, and two of them far apart seldom tell one moment.  An age given right after a full name of two
  words or more ("said Rosa Huamán, 64," / "said Rosa Huamán, 46,", "Aroha Walsh is 41.") is that
  person's, and is kept under the name; and where, of the ages each report gives of the story's own
  time, one pair only may be one person's and something tells it is ("A 34-year-old surfer" / "The
  43-year-old man was surfing"), it is set side by side (``_lone_age_conflicts``); a headline's figure
  the other report gives anywhere ("Norvance to cut 2,300 jobs" / "will eliminate roughly 2,300
  positions") is told, and left out;
* they count the same thing: a count names the same noun ("23 homes" / "32 homes"), or, for a figure
  with no noun of its own or a noun that names anyone ("people", "men"), a word next to each figure is
  the same ("demanded $2 million" / "demanding $3 million", "lasted just seven minutes" / "lasted less
  than four minutes"; "jailed for" and "sentenced to" are one word for this, and so are "a £27mn fine"
  and "a penalty of £21 million", see ``_ONE_WORD``; what lasted is named before a verb of lasting ("The
  search for survivors lasted nine hours"), and a duration before its noun measures it ("the 19-minute
  powered descent"); a sum taken in each year ("raise about £390m a year" / "bring in around £370 million
  a year") and a sum told as the value of what the clause tells of ("a street value of R85 million" / "was
  worth some R58 million") are one word too; "raised
  £48,000 through crowdfunding" / "crowdfunded £84,000": the means after "through" is next to it; a word
  of saying and the words beyond it are the sayer's, never this word: "Police said 300 people" /
  "Police said 500 people" count two sets); a count of "people" also meets one of "people" or of all
  who were there ("passengers", "residents") when the deed its verb tells is the same ("About 60
  passengers were rescued" / "More than 80 people were rescued"), never a kind of person that may be a
  part of them ("Eight children" / "20 people");
* the same thing befell what they count: two counts that each give a fate give one of a family ("23
  homes were confirmed lost" / "32 homes destroyed"; not "destroyed" / "damaged"), and a count with a
  fate against one with none shares a word next to the figures as well ("Three cars were damaged" /
  "Two cars were seen leaving" count two sets of cars); a count added to another ("a further 32
  homes") is not set against a total;
* the two sentences tell of one party and one time: a figure known by a word next to it only ("jailed
  for six years") is not set against one whose sentence names others ("Mark Hill" / "Paul Hill": each
  names someone the other does not), and no figure is set against one told of another time ("Last
  summer the club paid $5 million", "in 2019", "cut 1,200 roles in February", "Earlier in the day",
  "over the year") unless its own sentence gives that time too, nor against one told of a wider scope or as
  a sum of many events ("Across the state", "In a separate incident", "In total", "so far": see
  ``_scopes_of``) unless its own sentence says so too;
* what each report says of that thing is one value, and the other report nowhere gives it for that
  thing (a report that says "3,500" somewhere disputes nothing);
* the ledger, shown the two figures, calls them a conflict ("at least 11" fits "14": no conflict).

Dates and clock times come in on the strongest evidence only (see ``_span_conflicts`` and the moments at the
end of the module):

* two spans of days that share one end tell one period, and give its other end two ways ("had access
  between 3 March and 19 April 2024" / "were inside from March 3 to April 9, 2024");
* two sentences another loose figure already sets side by side tell one thing, and a day or a clock time
  each gives once, of one role, is that thing's ("go to the polls on Monday, May 4, after a 37-day
  campaign" / "set for May 11, with a 44-day campaign") when it dates the deed of the figure that tied them
  on both sides, not another ("were arrested and will appear in court on March 20", "who took office on
  September 6");
* the one clock time each report gives for when its event started (or ended), in clauses of the same
  words but for a word that points back to the event ("The problem began at 5.30am" / "The failure began
  shortly before 04:00"; not "Voting began" / "Counting began", nor "It started at 2pm", which names
  nothing), on one day and of one party.

A duration in a post is a word of its own next to the figure: "after 19 months in office" / "after 22
months in power" tell one tenure, when it may be one holder's: not where a sentence speaks of a predecessor or
a former holder, nor where the two clauses name two people.

Precision comes first: a false "these differ" costs a reader more than a miss.  The work is linear in
the number of figures: figures are indexed by what they count, and only figures that share a key meet.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import NamedTuple

from reader.core.ledger import compare_numbers
from reader.core.model import FILING_DATE, HeadlinePair, Link, LooseConflict, NumberLedger, NumberMention, Sentence
from reader.core.numbers import FINISH_TIME, RATING, START_TIME, STATEMENT_DATE
from reader.core.numwords import FATE_SENSES, GENERAL_PERSON_NOUNS, KNOWING_VERBS, SAME_THING
from reader.core.pattern_cache import PatternCache
from reader.core.relation import years_named
from reader.core.stemmer import stem
from reader.core.terms import HEDGES, STOPWORDS, Token

# ``rx.compile`` is ``re.compile``, from the compiled patterns kept between runs (pattern_cache.py).
rx = PatternCache(__file__)

# The kinds of quantity a report states as a fact of the story.  Left out: dates, weekdays, months,
# years and times (a story tells many moments), ages, ordinals, ranks, ratings, temperatures and
# magnitudes (readings of many places and moments), and percentages (shares of many wholes: "almost 40% of
# revenue" / "roughly 11% of journeys" share every word but the whole).
_KINDS = frozenset({"count", "money", "duration", "length", "area", "volume", "weight", "speed", "power", "energy"})
# Count nouns that name anyone or anything: "two men" and "three men" in one story may be any two
# groups; such a count needs a word next to it in common too.
_ANY_ONE = GENERAL_PERSON_NOUNS | frozenset("""
    people man woman child other one time thing way part case year month week day hour minute
""".split())
# The noun of a key that counts people by the deed done to them (``_deed_keys``), and what a role must look
# like to be a deed: a verb's stem ("rescu", "kill"), not a role of another sort ("group size", "whole").
_PEOPLE = "people by deed"
_DEED = rx.compile(r"[a-z]{3,}")
# Nouns that name all the people an event befell, not a part of them: "About 60 passengers were rescued"
# counts the ferry's people as "More than 80 people were rescued" does.  A kind of person ("Eight children
# were killed" / "At least 20 people were killed") is often a part of the people, and left out.
_ALL_WHO_WERE_THERE = frozenset({"passenger", "resident", "villager", "occupant", "evacuee", "survivor", "victim", "hostage"})
_PEOPLE_OR_ALL = GENERAL_PERSON_NOUNS | _ALL_WHO_WERE_THERE
# Roles read from a verb that tells no deed done to the people counted ("leaving 12 people stranded",
# "told 300 people", "had 40 people"): two counts of them are as likely two sets as one.
_NO_DEEDS = frozenset(stem(word) for word in """
    leaving left told telling asked asking had having made making gave giving saw seen seeing took taken
    taking brought bringing got getting kept keeping remaining included involved affected
""".split())
# Words next to a figure that say nothing of what it counts.
_EMPTY_WORDS = frozenset(stem(word) for word in """
    just only about around some nearly almost least less than more over under up total totals estimated
    estimate approximately roughly another further extra additional per each every cent percent million
    billion thousand hundred trillion figure number numbers amount sum value worth rise rose fall fell
    new latest first including include includes included within across since among toward towards
    throughout via beyond
""".split())
# Words of saying: a word beyond one names who spoke, not what the figure is of ("Officials told 300 people" /
# "Officials told 500 people at the shelter", "Police said 300 people" / "Police said 500 people"): two sets
# the sayer spoke of share the sayer's words.  Next to a figure these end the words that tell what it counts.
_WORDS_OF_SAYING = frozenset(stem(word) for word in """
    said say says saying told tell tells telling asked ask asks asking according added adds stated states
    noted notes reported reports reporting announced announces
""".split())
# Words of when, which share a stem with a verb of what: "the last two years" is not "lasted two years".
_WORDS_OF_WHEN = frozenset({"last", "past", "next"})
# Words that tell one thing in two ways next to a figure: the term of a prison sentence, and a sum a
# regulator or court imposes ("proposed a £27mn fine" / "put forward a penalty of £21 million").
_ONE_WORD = {
    **{stem(word): "jail" for word in "jail jailed sentenced sentence imprisoned imprisonment prison".split()},
    **{stem(word): "fine" for word in "fine fined fines penalty penalties".split()},
}
# Words between a figure and the means it was got by: "raised £48,000 through crowdfunding" / "crowdfunded
# more than £84,000" tell one sum.
_MEANS = frozenset({"through", "via"})
# A stretch of time in a post, after a duration: "after 19 months in office" / "after 22 months in power" tell one
# tenure, which the words before them ("ends the government after", "defeat comes after") seldom share.
_IN_A_POST = rx.compile(r"\s+(?:in|at)\s+(?:office|power|charge|post|government|the\s+helm)\b", re.IGNORECASE)
_TENURE = "tenure"
# Words of another holder of a post: a story of a resignation or a sacking most often sets the tenure beside a
# predecessor's or a record holder's ("Truss quit after 45 days in office" / "Her predecessor had served more than
# three years in office").  A sentence with one of these tells a tenure that may be another's.
_ANOTHER_HOLDER = rx.compile(r"(?i:\b(?:predecessors?|successors?|previous|former|ex-|preceded|succeeded)\b)")
# How many content words before a figure, within its clause, tell what it counts.
_WORDS_BEFORE = 2
# What ends a clause between a figure and a word: the word belongs to another claim.
_CLAUSE_BREAK = rx.compile(r"[,;:()\[\]—–]|\s-\s")
# Fates of one family, as a count's role keeps them (stems): a home "lost", "destroyed" or "burnt" is
# gone; a home "damaged" is not, and keeps its own stem.  The fates of people are numwords.FATE_SENSES.
_FATE_FAMILY = {
    **FATE_SENSES,
    **dict.fromkeys((stem(word) for word in """
        lost gone destroyed burned burnt razed gutted flattened levelled leveled demolished wrecked
    """.split()), "gone"),
}
# The fate said after a verb of knowing ("23 homes were confirmed lost", "12 are feared dead"): the word
# after the knowing verb that is the count's role.
_AFTER_KNOWING = rx.compile(r"\s+([a-z]+)\b")
# A count added to another ("a further 32 homes", "another 12 people"): a second set, not the total.
_ADDED_BEFORE = rx.compile(r"(?i:\b(?:a\s+further|an\s+additional|an\s+extra|another)\s+"
                           r"(?:(?:about|around|some|nearly|at\s+least)\s+)?)\Z")
# Between a full name and the age given after it: "Rosa Huamán, 64", "Rosa Huamán, aged 64", "Rosa Huamán is 64",
# "Rosa Huamán, who was 64,".
_AFTER_A_NAME = rx.compile(r",\s*(?:aged\s+)?|,?\s*(?:who\s+)?(?:is|was)\s+(?:aged\s+)?")
_VERB_BEFORE_AN_AGE = frozenset({"is", "was", "who", "aged"})
# The words that name anyone, man or woman, of whom an age is told ("The 43-year-old man").
_ANYONE_OF_A_SEX = {**dict.fromkeys(("man", "boy", "father", "husband", "son"), "male"),
                    **dict.fromkeys(("woman", "girl", "mother", "wife", "daughter"), "female"),
                    **dict.fromkeys(("person", "individual", "resident", "local", "national", "citizen"), "")}
# What befell a person, on the side of harm or of being held (stems): a sentence that tells a man was stabbed and
# one that tells a man was arrested tell of two men.
_SIDE_OF_A_FATE = {
    **{sense: "held" if family == "held" else "harmed" for sense, family in FATE_SENSES.items()},
    **dict.fromkeys((stem(word) for word in "stabbed shot attacked assaulted bitten beaten mauled hit".split()), "harmed"),
    **dict.fromkeys((stem(word) for word in "arrested charged accused convicted jailed sentenced surrendered custody".split()),
                    "held"),
}
# How far after an age its person's name may stand: "62-year-old Malayalam veteran Jayan Nair".
_WORDS_TO_A_NAME_AFTER_AN_AGE = 4
# An age said of many: "two 20-year-olds", "in their 30s".
_OF_MANY = rx.compile(r"(?i:olds\b|s\Z)")
# A bare number read as a count that ends its clause after "is" or "was": an age when a full name comes first
# ("The New Zealander, Aroha Walsh, is 41."); "Walsh's team is 41 points clear" counts points.
_AN_AGE_AFTER_A_VERB = rx.compile(r"(?i:(?:is|was)\s+(?:aged\s+)?)\Z")
_END_OF_A_CLAUSE = rx.compile(r"\s*(?:[.,;)]|$)")
# The words before a month that make it a time of its own, not a day of the story's week: "cut 1,200 roles in
# February", "since January", "in early March".  A month with a day ("on February 3") is a date, not this.
_IN_A_MONTH = rx.compile(r"(?i:\b(?:in|since|during|until)\s+(?:(?:early|late|mid)[\s-]+)?)\Z")
# The word after a duration that makes it a moment: "three weeks ago", "two days later".
_WHEN_AFTER = rx.compile(r"\s+(?:ago|earlier|later)\b", re.IGNORECASE)
# A time other than the story's own: "last summer", "the previous season", "a year ago".  A year, or a
# date with one, is such a time too (see ``_times_of``).
_OTHER_TIME = rx.compile(r"(?i:\b(?:last|previous|past)\s+(?:summer|winter|spring|autumn|fall|season|year|month|week)"
                         r"|\b(?:a|one|two|three|[0-9]+)\s+(?:years?|months?|seasons?)\s+(?:ago|earlier|before)\b)")
# Another moment of the story's own days: "Earlier in the day, 15 people were rescued from a minibus" tells
# another event than the ferry's "About 60 passengers were rescued"; and a stretch of time that sums many
# events: "more than 400 people were killed by bandits over the year", "since the start of the year".
_ANOTHER_MOMENT = rx.compile(
    r"(?i:\b(?:earlier|later)\s+(?:in\s+the|that|this|the\s+same)\s+(?:day|morning|afternoon|evening|night|week|month)\b"
    r"|\bthe\s+(?:day|night|week|month)\s+before\b|\bthe\s+(?:previous|preceding)\s+(?:day|night|evening)\b"
    r"|\b(?:over|during|throughout|in)\s+the\s+(?:(?:past|last|previous)\s+)?(?:year|decade)s?\b"
    r"|\bsince\s+the\s+(?:start|beginning)\s+of\b)")
# A scope wider than the story's one event, or a sum of many: "Across the state, more than 400 people were
# killed", "In total, 80 people have been rescued so far", "In a separate incident, 12 people were hurt".
# A figure told so counts another set than one told of the event alone (and meets one told the same way).
# "in all" only before a comma or a stop: "in all three provinces" is no total.
_ANOTHER_SCOPE = rx.compile(
    r"(?i:\bacross\s+the\s+(?:state|country|nation|region|county|province|continent|world)\b"
    r"|\b(?:nation|country|state)wide\b|\belsewhere\b|\ba\s+separate\s+(?:incident|attack|accident|case|raid|crash)\b"
    r"|\bin\s+total\b|\bin\s+all(?=\s*[,.;])|\baltogether\b|\ball\s+told\b|\bso\s+far\b|\bto\s+date\b)")
# Cheap tests before the patterns above: a sentence without any of these words tells neither.
_MOMENT_WORDS = ("earlier", "later", "before", "previous", "preceding", "year", "decade", "since")
_SCOPE_WORDS = ("across", "wide", "elsewhere", "separate", "total", "in all", "altogether", "all told", "so far", "to date")
# One scope said in two ways ("nationwide" / "across the country", "in all" / "altogether"): one key.
_SAME_SCOPE = {"countrywide": "nationwide", "across the country": "nationwide", "across the nation": "nationwide",
               "in all": "in total", "altogether": "in total", "all told": "in total", "to date": "so far"}


# The words around two dates that make them the two ends of one span: "between 3 March and 19 April 2024",
# "from March 3 to April 9, 2024".
_SPAN_BEFORE = rx.compile(r"(?i:\b(?:between|from)\s+)\Z")
_SPAN_BETWEEN = rx.compile(r"\s*(?:and|to|until|till|through|[-–])\s*", re.IGNORECASE)


class Report(NamedTuple):
    """One report as the comparison read it: its sentences, with the figures and tokens of each."""

    sentences: Sequence[Sentence]
    numbers: Sequence[Sequence[NumberMention]]
    tokens: Sequence[Sequence[Token]]


class _Figure(NamedTuple):
    sentence: int
    mention: NumberMention
    loose: bool  # no ledger of its sentence paired it


def loose_conflicts(a: Report, b: Report, links: Sequence[Link],
                    top_pairs: Iterable[HeadlinePair | None] = ()) -> tuple[LooseConflict, ...]:
    """The figures ``a`` and ``b`` give differently for one thing outside their linked pairs (see the
    module docstring), in A's order."""
    top_pairs = [pair for pair in top_pairs if pair is not None]
    paired_a = _paired_spans([(link.a, link.numbers, 0) for link in links]
                             + [(pair.a, pair.numbers, 0) for pair in top_pairs])
    paired_b = _paired_spans([(link.b, link.numbers, 1) for link in links]
                             + [(pair.b, pair.numbers, 1) for pair in top_pairs])
    index_a = _indexed(a, paired_a, given=_all_values(b))
    index_b = _indexed(b, paired_b, given=_all_values(a))
    given_a, given_b = _loose_values(a, paired_a), _loose_values(b, paired_b)
    linked = {(link.a, link.b) for link in links} | {(pair.a, pair.b) for pair in top_pairs}
    found: dict[tuple[int, int], LooseConflict] = {}
    for key, figures_a in index_a.items():
        figures_b = index_b.get(key)
        if not figures_b:
            continue
        conflict = _conflict_of(key, a, figures_a, b, figures_b, linked)
        if conflict is not None and not (conflict.a_number.value in given_b or conflict.b_number.value in given_a):
            found.setdefault((conflict.a_number.start, conflict.b_number.start), conflict)
    tied: dict[tuple[int, int], list[LooseConflict]] = defaultdict(list)
    for conflict in found.values():
        tied[conflict.a, conflict.b].append(conflict)
    for conflict in _lone_age_conflicts(a, paired_a, b, paired_b, linked):
        found.setdefault((conflict.a_number.start, conflict.b_number.start), conflict)
    for conflict in _span_conflicts(_spans_of(a, paired_a), _spans_of(b, paired_b), linked, a, b):
        found.setdefault((conflict.a_number.start, conflict.b_number.start), conflict)
    moments_a, moments_b = _moments_of(a, paired_a), _moments_of(b, paired_b)
    for conflict in (*_tied_moment_conflicts(moments_a, moments_b, tied, a, b),
                     *_start_or_finish_conflicts(moments_a, moments_b, linked, a, b)):
        found.setdefault((conflict.a_number.start, conflict.b_number.start), conflict)
    return tuple(sorted(found.values(), key=lambda c: (c.a, c.a_number.start, c.b, c.b_number.start)))


def _paired_spans(ledgers: list[tuple[int, NumberLedger, int]]) -> dict[int, list[tuple[int, int]]]:
    """For each sentence, the spans of its figures some ledger paired (agreed or in conflict).  A date
    paired with a bare year ("19 April 2024" / "a 2024 cyberattack") had its year told, not its day, and
    stays unpaired."""
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for sentence, ledger, side in ledgers:
        for pair in (*ledger.agree, *ledger.conflict):
            if pair[side].kind == "date" and pair[1 - side].kind == "year":
                continue
            spans[sentence].append((pair[side].start, pair[side].end))
    return spans


def _indexed(report: Report, paired: dict[int, list[tuple[int, int]]], given: set[tuple]) -> dict[tuple, list[_Figure]]:
    """Every figure of the report's body sentences and headings, under each key of what it counts.  A
    heading's figure the other report gives (``given``, hedged or not) is left out: a headline sums the
    story up, and "Norvance to cut 2,300 jobs" is told by "will eliminate roughly 2,300 positions", not
    disputed by the 1,200 roles of an earlier round."""
    index: dict[tuple, list[_Figure]] = defaultdict(list)
    for sentence in report.sentences:
        if sentence.kind == "boilerplate":
            continue
        spans = paired.get(sentence.index, ())
        tokens = report.tokens[sentence.index]
        for mention in report.numbers[sentence.index]:
            if mention.kind == "age":
                keys = _named_age_keys(mention, sentence, tokens)
            elif _an_age_after_a_name_and_a_verb(mention, sentence, tokens):
                mention = replace(mention, kind="age", unit="year")  # "Aroha Walsh is 41."
                keys = _named_age_keys(mention, sentence, tokens)
            elif _telling(mention) and not _a_time_gone_by(mention, sentence):
                keys = _keys(mention, sentence, tokens)
            else:
                continue
            if sentence.kind == "heading" and (mention.kind, mention.value) in given:
                continue
            loose = not any(start < mention.end and mention.start < end for start, end in spans)
            figure = _Figure(sentence.index, mention, loose)
            for key in keys:
                index[key].append(figure)
    return index


def _all_values(report: Report) -> set[tuple]:
    """The kind and value of every figure the report gives, hedge or none."""
    return {(m.kind, m.value) for numbers in report.numbers for m in numbers}


def _named_age_keys(m: NumberMention, sentence: Sentence, tokens: Sequence[Token]) -> set[tuple]:
    """An age given right after a full name ("said Rosa Huamán, 64, who"), under that name: one person has
    one age.  Ages are else left out (see ``_KINDS``); a name of one word ("Huamán, 64") may be any of a
    family, so the name must have two words or more, and its last two are the key ("Police Sergeant
    Rosa Huamán" is "Rosa Huamán")."""
    name = _name_before_age(m, sentence, tokens)
    return {("age", "", "of " + " ".join(name[-2:]))} if len(name) >= 2 else set()


def _name_before_age(m: NumberMention, sentence: Sentence, tokens: Sequence[Token]) -> list[str]:
    """The words of the name an age is given right after ("said Rosa Huamán, 64", "Huamán, 64", "Aroha
    Walsh is 41"), in their order; [] where no name comes right before."""
    at = next((i for i, token in enumerate(tokens) if token.end > m.start), len(tokens))
    while at and tokens[at - 1].surface.lower() in _VERB_BEFORE_AN_AGE:
        at -= 1  # "Aroha Walsh is 41", "Walsh, who was 41"
    text, offset = sentence.text, sentence.start
    if not at or not _AFTER_A_NAME.fullmatch(text, tokens[at - 1].end - offset, m.start - offset):
        return []
    name: list[str] = []  # the name's words, last first
    for i in range(at - 1, -1, -1):
        if tokens[i].type != "name":
            break
        if name and not text[tokens[i].end - offset:tokens[i + 1].start - offset].isspace():
            break  # "Lima, Rosa Huamán": a word beyond a comma is no part of her name
        name.append(tokens[i].key)
    return name[::-1]


def _lone_age_conflicts(a: Report, paired_a: dict[int, list[tuple[int, int]]], b: Report,
                        paired_b: dict[int, list[tuple[int, int]]], linked: set[tuple[int, int]]) -> list[LooseConflict]:
    """The ages two reports give of the story's one person whose age each tells ("A 34-year-old surfer is in a
    critical condition" / "The 43-year-old man was surfing"): of the ages each report gives of the story's own
    time (``_ages_of_the_story``), one pair only may be one person's.  Two ages are two people's where they are
    told as two: two kinds of person ("a 34-year-old driver" / "a 19-year-old cyclist"), a man and a woman, two
    full names ("Priya Raman, 34" / "Arjun Mehta, 29"), sentences that each name someone or somewhere the other
    does not (``_other_parties``), or two fates ("A 34-year-old man was stabbed" / "A 19-year-old man was
    arrested").  The one pair left must then be told as one person's (``_told_as_one_person``)."""
    ages_a, ages_b = _ages_of_the_story(a, paired_a), _ages_of_the_story(b, paired_b)
    if not ages_a or not ages_b:
        return []
    one_person = [(fa, fb) for fa in ages_a for fb in ages_b if _may_be_one_person(a, fa, b, fb)]
    if len(one_person) != 1:
        return []
    fa, fb = one_person[0]
    sa, sb = a.sentences[fa.sentence], b.sentences[fb.sentence]
    if ((fa.sentence, fb.sentence) in linked or fa.mention.value == fb.mention.value
            or _gives_age(a, fb.mention.value) or _gives_age(b, fa.mention.value)):
        return []
    if not _told_as_one_person(a, fa, b, fb, linked):
        return []
    if _disputed(sa, fa.mention, sb, fb.mention):
        return [LooseConflict(fa.sentence, fb.sentence, fa.mention, fb.mention)]
    return []


def _ages_of_the_story(report: Report, paired: dict[int, list[tuple[int, int]]]) -> list[_Figure]:
    """The ages the report gives of the story's own time, one for each value, in its first body sentence that
    gives it: not an age some ledger paired (both reports told it), nor one said of many ("two 20-year-olds"),
    nor one in a sentence of another time ("In 2020, a 60-year-old man was killed by a shark")."""
    ages: dict[object, _Figure | None] = {}
    for sentence in report.sentences:
        if sentence.kind == "boilerplate":
            continue
        for m in report.numbers[sentence.index]:
            if m.kind != "age":
                continue
            if _OF_MANY.search(m.surface) or any(start < m.end and m.start < end for start, end in paired.get(sentence.index, ())):
                ages[m.value] = None  # told by both, or of many: no one's age to set against another
            elif sentence.kind == "body" and m.value not in ages and not _times_of(sentence, report.numbers[sentence.index]):
                ages[m.value] = _Figure(sentence.index, m, True)
    return [figure for figure in ages.values() if figure is not None]


def _may_be_one_person(a: Report, fa: _Figure, b: Report, fb: _Figure) -> bool:
    """Whether nothing tells the two ages' people apart (see ``_lone_age_conflicts``)."""
    sa, sb = a.sentences[fa.sentence], b.sentences[fb.sentence]
    ta, tb = a.tokens[fa.sentence], b.tokens[fb.sentence]
    if not _one_person(_person_of_age(fa.mention, sa, ta), _person_of_age(fb.mention, sb, tb)):
        return False
    names_a, names_b = _full_name_of_age(fa.mention, sa, ta), _full_name_of_age(fb.mention, sb, tb)
    if names_a and names_b and names_a != names_b or _other_parties(ta, tb):
        return False  # "lead author Priya Raman, 34," / "Co-author Arjun Mehta, 29,"; "Mark Hill, 34," / "Paul Hill, 29,"
    if _name_before_age(fa.mention, sa, ta) and _name_before_age(fb.mention, sb, tb) and not (names_a and names_a == names_b):
        return False  # "said Huamán, 64," / "said Rosa Huamán, 46,": a family name alone may be anyone of the family
    fates_a, fates_b = _fates_told(ta), _fates_told(tb)
    return not (fates_a and fates_b and not fates_a & fates_b)


def _told_as_one_person(a: Report, fa: _Figure, b: Report, fb: _Figure, linked: set[tuple[int, int]]) -> bool:
    """Whether something tells the two ages are one person's; that nothing tells them apart is not enough,
    since each report often ages someone else ("The 45-year-old driver" / "The victim, a 19-year-old man").
    One person is told by one noun for both ("The suspect, 29," / "The 31-year-old suspect"), two nouns that
    each name anyone ("man" / "person"), one full name, or, where a kind of person stands against "man" or
    no noun, by one fate or deed of both (``_one_deed``), or by a link in which one report calls someone by
    the one noun and the other by the other ("the man was carrying" / "the suspect was carrying")."""
    sa, sb = a.sentences[fa.sentence], b.sentences[fb.sentence]
    ta, tb = a.tokens[fa.sentence], b.tokens[fb.sentence]
    noun_a, noun_b = _person_of_age(fa.mention, sa, ta), _person_of_age(fb.mention, sb, tb)
    if noun_a is not None and (noun_a == noun_b or noun_a in _ANYONE_OF_A_SEX and noun_b in _ANYONE_OF_A_SEX):
        return True
    names_a = _full_name_of_age(fa.mention, sa, ta)
    if names_a and names_a == _full_name_of_age(fb.mention, sb, tb):
        return True
    if _one_deed(ta, noun_a, tb, noun_b):
        return True
    return (noun_a is not None and noun_b is not None
            and any(_one_noun_for_the_other(a.tokens[i], b.tokens[j], noun_a, noun_b) for i, j in linked))


def _one_deed(tokens_a: Sequence[Token], noun_a: str | None, tokens_b: Sequence[Token], noun_b: str | None) -> bool:
    """Whether the two sentences tell one fate of their people ("A 34-year-old surfer ... after being bitten" /
    "The 43-year-old man ... when he was bitten"), or one tells as a deed what the other's noun names him by
    ("a 34-year-old surfer" / "The 43-year-old man was surfing")."""
    keys_a, keys_b = {token.key for token in tokens_a}, {token.key for token in tokens_b}
    if keys_a & keys_b & _SIDE_OF_A_FATE.keys():
        return True
    return _deed_of_noun(noun_a) in keys_b or _deed_of_noun(noun_b) in keys_a


def _deed_of_noun(noun: str | None) -> str | None:
    """The stem of the deed a noun of a doer names: "surfer" -> "surf" (of "surfing"), "driver" -> "driv"."""
    if noun is None or not noun.endswith("er") or len(noun) < 5:
        return None
    return stem(noun[:-2] + "ing")


def _one_noun_for_the_other(tokens_a: Sequence[Token], tokens_b: Sequence[Token], noun_a: str, noun_b: str) -> bool:
    """Whether, in two linked sentences, one names someone by one noun and the other by the other noun, and
    neither by both: the two reports call one person by the two nouns."""
    keys_a = {SAME_THING.get(token.key, token.key) for token in tokens_a}
    keys_b = {SAME_THING.get(token.key, token.key) for token in tokens_b}
    pair = {noun_a, noun_b}
    return (not pair <= keys_a and not pair <= keys_b
            and (noun_a in keys_a and noun_b in keys_b or noun_b in keys_a and noun_a in keys_b))


def _gives_age(report: Report, value: object) -> bool:
    """Whether the report gives that age anywhere."""
    return any(m.kind == "age" and m.value == value for numbers in report.numbers for m in numbers)


def _full_name_of_age(m: NumberMention, sentence: Sentence, tokens: Sequence[Token]) -> set[tuple]:
    """The full name the age is told of: before it ("Priya Raman, 34,"), or within a few words after it in its
    clause ("62-year-old Malayalam veteran Jayan Nair")."""
    named = _named_age_keys(m, sentence, tokens)
    if named:
        return named
    after = [token for token in tokens if token.start >= m.end][:_WORDS_TO_A_NAME_AFTER_AN_AGE]
    text, offset = sentence.text, sentence.start
    for first, second in zip(after, after[1:]):
        if _CLAUSE_BREAK.search(text, m.end - offset, second.start - offset):
            break
        if first.type == "name" and second.type == "name":
            return {("age", "", "of " + first.key + " " + second.key)}
    return set()


def _person_of_age(m: NumberMention, sentence: Sentence, tokens: Sequence[Token]) -> str | None:
    """Whom the age is of, as a noun: "a 34-year-old surfer" (its role: "of surfer"), "The suspect, 29,";
    None where no noun says (a name, "was aged 36")."""
    if m.role.startswith("of "):
        noun = m.role[3:]
    else:
        at = next((i for i, token in enumerate(tokens) if token.end > m.start), len(tokens))
        gap = sentence.text[tokens[at - 1].end - sentence.start:m.start - sentence.start] if at else ""
        if not at or gap.strip() != "," or tokens[at - 1].type != "word" or tokens[at - 1].stop:
            return None
        noun = tokens[at - 1].key
    return SAME_THING.get(noun, noun)


def _one_person(x: str | None, y: str | None) -> bool:
    """Whether two nouns of a person may name one person: the same noun, or a word that names anyone of
    their sex ("man") beside a kind of person ("surfer"); where a noun is unknown, nothing tells them apart."""
    if x is None or y is None or x == y:
        return True
    if x not in _ANYONE_OF_A_SEX and y not in _ANYONE_OF_A_SEX:
        return False  # "driver" / "cyclist"
    return not {_ANYONE_OF_A_SEX.get(x), _ANYONE_OF_A_SEX.get(y)} >= {"male", "female"}


def _fates_told(tokens: Sequence[Token]) -> set[str]:
    """What a sentence tells befell the people in it: harm ("killed", "stabbed", "bitten") or being held
    ("arrested", "charged"); a victim and a suspect are two people.  Being held comes first: a suspect's
    sentence often names the harm done ("arrested on suspicion of attempted murder")."""
    sides = {_SIDE_OF_A_FATE[token.key] for token in tokens if token.key in _SIDE_OF_A_FATE}
    return {"held"} if "held" in sides else sides


def _an_age_after_a_name_and_a_verb(m: NumberMention, sentence: Sentence, tokens: Sequence[Token]) -> bool:
    """Whether a bare count is an age told after a full name and "is" ("Aroha Walsh is 41."): the number
    ends its clause, and ``_named_age_keys`` finds the name."""
    if m.kind != "count" or m.unit or m.hedge:
        return False
    start, end = m.start - sentence.start, m.end - sentence.start
    if not _AN_AGE_AFTER_A_VERB.search(sentence.text, max(0, start - 16), start):
        return False
    if not _END_OF_A_CLAUSE.match(sentence.text, end):
        return False
    return bool(_named_age_keys(m, sentence, tokens))


def _a_time_gone_by(m: NumberMention, sentence: Sentence) -> bool:
    """Whether the duration tells when, not how long: "Nobody saw this coming three weeks ago", "two
    days later"."""
    return m.kind == "duration" and _WHEN_AFTER.match(sentence.text, m.end - sentence.start) is not None


def _loose_values(report: Report, paired: dict[int, list[tuple[int, int]]]) -> set:
    """The values of every figure of the report that no ledger paired, whatever it counts and wherever
    it stands: a value the report gives loose may be its figure for the other report's thing ("employs
    8,400 staff" / "employs 8,400 people", the two left unpaired), so it disputes nothing.  A figure a
    link paired with its equal tells another thing both reports give ("15 objects were taken in less
    than seven minutes" in 2015 is not today's raid)."""
    values = set()
    for sentence in report.sentences:
        spans = paired.get(sentence.index, ())
        values.update(m.value for m in report.numbers[sentence.index]
                      if not any(start < m.end and m.start < end for start, end in spans))
    return values


def _telling(m: NumberMention) -> bool:
    """Whether the figure is a quantity a report states, of a kind this module sets side by side."""
    return m.kind in _KINDS and m.role not in (FILING_DATE, RATING)


def _keys(m: NumberMention, sentence: Sentence, tokens: Sequence[Token]) -> set[tuple]:
    """What the figure counts, as index keys: (kind, unit, noun) for a count of a telling noun, else
    (kind, unit, noun, word) for each word next to it (see ``_words_next_to``); and for a count of
    people, the deed done to them (see ``_deed_keys``)."""
    unit = m.unit if m.kind == "money" else ""
    noun = SAME_THING.get(m.unit, m.unit) if m.kind == "count" else ""
    if m.kind == "count" and not noun:
        return set()  # "a town of 9,000", "set 155": what a bare count counts is too seldom plain
    if noun and noun not in _ANY_ONE:
        keys = {(m.kind, unit, noun)}
    else:
        keys = {(m.kind, unit, noun, word) for word in _words_next_to(m, sentence, tokens)}
    return keys | _deed_keys(m, noun)


def _deed_keys(m: NumberMention, noun: str) -> set[tuple]:
    """A count of people under the deed done to them, as its role keeps it ("About 60 passengers were
    rescued" / "More than 80 people were rescued": both "rescu"): a count of "people" meets another, or a
    count of all who were there (``_ALL_WHO_WERE_THERE``), when one thing befell both (see
    ``_people_of_one_deed``)."""
    if m.kind != "count" or noun not in _PEOPLE_OR_ALL or not _DEED.fullmatch(m.role):
        return set()
    if m.role in KNOWING_VERBS or m.role in _NO_DEEDS:
        return set()
    return {(m.kind, "", _PEOPLE, _FATE_FAMILY.get(m.role, m.role))}


def _words_next_to(m: NumberMention, sentence: Sentence, tokens: Sequence[Token]) -> set[str]:
    """The stems of the content words just before the figure in its clause, and of the word right after
    it (after a count, after its noun): what the figure is of ("demanded $2 million", "a raid that lasted
    just seven minutes", "a seven-minute raid").  A word further on is most often the next claim's
    ("revenue fell to US$264 million and that it would not pay a dividend")."""
    at = next((i for i, token in enumerate(tokens) if token.end > m.start), len(tokens))
    after = next((i for i in range(at, len(tokens)) if tokens[i].start >= m.end), len(tokens))
    if m.kind == "count" and m.unit and after < len(tokens):
        after += 1  # the noun it counts ("390,000 people"), which its key has already
    text, offset = sentence.text, sentence.start
    hedge = frozenset(m.hedge.split())
    words = _content_words(reversed(tokens[:at]), m.start, text, offset, most=_WORDS_BEFORE, before=True, hedge=hedge)
    if m.kind == "duration" and _after_a_verb_of_lasting(tokens[:at], hedge):
        # "The search for survivors lasted nine hours": the subject of "lasted" is what lasted.
        words = _content_words(reversed(tokens[:at]), m.start, text, offset, most=_WORDS_BEFORE + 1, before=True, hedge=hedge)
    if after + 1 < len(tokens) and tokens[after].surface.lower() in _MEANS:
        after += 1  # "raised £48,000 through crowdfunding": the means tells what the sum is
    if _yearly_takings(m, sentence, words):
        words.add(_YEARLY_TAKINGS)
    if m.kind == "money" and _A_VALUE_BEFORE.search(sentence.text, max(0, m.start - sentence.start - 40), m.start - sentence.start):
        words.add(_VALUE)  # "an estimated street value of R85 million" / "was worth some R58 million"
    if _a_tenure(m, sentence):
        words.add(_TENURE)
    elif after < len(tokens) and not tokens[after].stop:
        edge = max(m.end, tokens[after - 1].end) if after else m.end
        most = _WORDS_AFTER_A_DURATION_BEFORE_ITS_NOUN if _a_duration_before_its_noun(m, sentence) else 1
        following = list(itertools.takewhile(lambda token: not token.stop, tokens[after:after + most]))
        words |= _content_words(following, edge, text, offset, most=most, before=False)
    return words


def _yearly_takings(m: NumberMention, sentence: Sentence, words: set[str]) -> bool:
    """Whether the sum is what something takes in each year: a verb of taking in before it and "a year"
    after ("expected to raise about £390m a year" / "will bring in around £370 million a year").  A sum
    after "by" or "to" is a change or a level ("raise the fee by £1,000 a year"), not the takings."""
    if m.kind != "money" or not words & _VERBS_OF_TAKINGS:
        return False
    start, end = m.start - sentence.start, m.end - sentence.start
    before = sentence.text[max(0, start - 24):start].lower().split()
    before = [word for word in before if word not in m.hedge.split()]
    return bool(before) and before[-1] not in ("by", "to") and _A_YEAR.match(sentence.text, end) is not None


def _after_a_verb_of_lasting(before: Sequence[Token], hedge: frozenset[str]) -> bool:
    """Whether the figure follows a verb of lasting ("lasted nearly five hours"), past its hedge."""
    for token in reversed(before):
        if token.surface.lower() in hedge or token.stop:
            continue
        return token.key in _VERBS_OF_LASTING
    return False


def _a_duration_before_its_noun(m: NumberMention, sentence: Sentence) -> bool:
    """Whether the duration is written as one word before the noun it measures: "the 19-minute powered
    descent", "the three-hour standoff"."""
    return m.kind == "duration" and "-" in m.surface and " " not in m.surface.strip() \
        and sentence.text[m.end - sentence.start:m.end - sentence.start + 1] == " "


# Verbs of lasting: before a duration, the words before the verb name what lasted ("The search for survivors
# lasted nine hours", "a standoff that lasted nearly five hours"), one word further than a figure's usual reach.
_VERBS_OF_LASTING = frozenset(stem(word) for word in "lasted lasting lasts last".split())
# After a duration written as one word before its noun, the words up to the noun: "the 19-minute powered descent".
_WORDS_AFTER_A_DURATION_BEFORE_ITS_NOUN = 2
# Verbs of taking money in, before a sum per year: one sum ("raise £390m a year" / "bring in £370 million a year").
_VERBS_OF_TAKINGS = frozenset(stem(word) for word in "raise bring generate yield earn collect".split())
_YEARLY_TAKINGS = "takings a year"
_A_YEAR = rx.compile(r"(?i:\s+(?:a|per|each|every)\s+year\b|\s+annually\b)")
# Words right before a sum that make it the value of what the clause tells of: "The contraband has an estimated
# street value of R85 million" / "The haul was worth some R58 million".  A sum given as a change ("rose in value by
# $2m") is not.
_A_VALUE_BEFORE = rx.compile(r"(?i:\b(?:value\s+of|worth|valued\s+at)\s+(?:(?:some|about|around|roughly|nearly|almost|"
                             r"approximately|an\s+estimated|more\s+than|over|up\s+to)\s+)?)\Z")
_VALUE = "value"
# Words of a span of time: next to a figure they tell when, not what ("in the past six months").
_PERIODS = frozenset(stem(word) for word in "day days week weeks fortnight month months year years hour hours".split())


def _content_words(tokens: Iterable[Token], edge: int, text: str, offset: int, *, most: int, before: bool,
                   hedge: frozenset[str] = frozenset()) -> set[str]:
    """Up to ``most`` content words from ``edge`` outwards, stopping at a clause's end or another figure.
    Names are left out: a place or a person says where or who, not what was counted.  The words of the
    figure's own hedge ("lasted nearly five hours") are not counted: they say how sure, not what."""
    words: set[str] = set()
    taken = 0
    for token in tokens:
        gap = text[token.end - offset:edge - offset] if before else text[edge - offset:token.start - offset]
        if _CLAUSE_BREAK.search(gap) or token.type == "number":
            break
        if token.key in _WORDS_OF_SAYING:
            break
        edge = token.start if before else token.end
        lower = token.surface.lower()
        if (token.stop or token.type == "hedge" or lower in STOPWORDS or lower in HEDGES or lower in _WORDS_OF_WHEN
                or lower in hedge):
            continue
        taken += 1
        key = _ONE_WORD.get(token.key, token.key)
        if token.type != "name" and key not in _EMPTY_WORDS and key not in _PERIODS and len(key) > 2:
            words.add(key)
        if taken == most:
            break
    return words


def _conflict_of(key: tuple, a: Report, figures_a: list[_Figure], b: Report, figures_b: list[_Figure],
                 linked: set[tuple[int, int]]) -> LooseConflict | None:
    """The conflict the figures of one key tell, if they tell one plainly: each report gives one value
    for the thing outside its links, the other report never gives it for the thing, and the ledger sets
    the two apart.  A figure of the thing a link paired with its equal tells another instance of it,
    which both reports give ("23 homes were confirmed lost" beside "about 4,000 homes" without power)."""
    loose_a = _without_headings_the_body_repeats([f for f in figures_a if f.loose], a)
    loose_b = _without_headings_the_body_repeats([f for f in figures_b if f.loose], b)
    values_a = {_value(f.mention) for f in loose_a}
    values_b = {_value(f.mention) for f in loose_b}
    if len(values_a) != 1 or len(values_b) != 1 or values_a == values_b:
        return None
    if values_a & {_value(f.mention) for f in figures_b} or values_b & {_value(f.mention) for f in figures_a}:
        return None
    for fa in _body_first(loose_a, a):
        for fb in _body_first(loose_b, b):
            if (fa.sentence, fb.sentence) in linked:
                continue
            if not _one_thing(key, (a, fa), (b, fb)):
                continue
            if _disputed(a.sentences[fa.sentence], fa.mention, b.sentences[fb.sentence], fb.mention):
                return LooseConflict(fa.sentence, fb.sentence, fa.mention, fb.mention)
    return None


def _without_headings_the_body_repeats(figures: list[_Figure], report: Report) -> list[_Figure]:
    """The figures without a heading's that a body figure of the same value tells again, hedged or not: a deck's
    "capture 3,500 newborn stars" told again as "roughly 3,500 newborn stars" is one figure, the body's, not two
    values that leave the report's figure unclear."""
    told_in_the_body = {f.mention.value for f in figures if report.sentences[f.sentence].kind == "body"}
    return [f for f in figures
            if report.sentences[f.sentence].kind == "body" or f.mention.value not in told_in_the_body]


def _value(m: NumberMention) -> tuple:
    """The figure as the ledger reads its value: the hedge counts ("more than 12,000" is not "12,000")."""
    return (m.value, m.hedge)


def _body_first(figures: list[_Figure], report: Report) -> list[_Figure]:
    """The figures in body sentences before those in headings: a heading sums the story up."""
    return sorted(figures, key=lambda f: (report.sentences[f.sentence].kind != "body", f.sentence))


def _disputed(sa: Sentence, ma: NumberMention, sb: Sentence, mb: NumberMention) -> bool:
    """Whether the ledger, given the two figures in their sentences, sets them against each other."""
    ledger = compare_numbers([ma], [mb], texts=(sa.text, sb.text), offsets=(sa.start, sb.start))
    return bool(ledger.claim_conflicts) and not ledger.agree


def _one_thing(key: tuple, side_a: tuple[Report, _Figure], side_b: tuple[Report, _Figure]) -> bool:
    """Whether two figures of one key tell one thing: one fate, one party, one time (see the module
    docstring).  A key of four parts is a word next to the figure (``_keys``): no noun tells what it is."""
    (a, fa), (b, fb) = side_a, side_b
    sa, sb = a.sentences[fa.sentence], b.sentences[fb.sentence]
    ma, mb = fa.mention, fb.mention
    if ma.kind == "count" and not _same_fate((ma, sa, a.tokens[fa.sentence]), (mb, sb, b.tokens[fb.sentence])):
        return False
    if len(key) == 4 and _other_parties(a.tokens[fa.sentence], b.tokens[fb.sentence]):
        return False
    if len(key) == 4 and (_a_tenure(ma, sa) or _a_tenure(mb, sb)) and not _one_holder(
            (ma, sa, a.tokens[fa.sentence]), (mb, sb, b.tokens[fb.sentence])):
        return False
    if key[2] == _PEOPLE and not _people_of_one_deed(ma, mb):
        return False
    if _times_of(sa, a.numbers[fa.sentence], ma) != _times_of(sb, b.numbers[fb.sentence], mb):
        return False
    return _scopes_of(sa) == _scopes_of(sb)


def _people_of_one_deed(ma: NumberMention, mb: NumberMention) -> bool:
    """Whether two counts of people met by their deed may count one set: one of them counts "people"
    ("passengers" / "residents" count two sets); the ledger judges the rest."""
    return ma.unit in GENERAL_PERSON_NOUNS or mb.unit in GENERAL_PERSON_NOUNS


def _same_fate(x: tuple[NumberMention, Sentence, Sequence[Token]], y: tuple[NumberMention, Sentence, Sequence[Token]]) -> bool:
    """Whether two counts tell what befell one set: neither is added to another, the fates both give are
    of one family, and a count with a fate against one with none shares a word next to the figures."""
    (mx, sx, tx), (my, sy, ty) = x, y
    if _added(mx, sx) or _added(my, sy):
        return False
    fate_x, fate_y = _fate(mx, sx), _fate(my, sy)
    if fate_x and fate_y:
        return _FATE_FAMILY.get(fate_x, fate_x) == _FATE_FAMILY.get(fate_y, fate_y)
    if fate_x or fate_y:
        return bool(_words_next_to(mx, sx, tx) & _words_next_to(my, sy, ty))
    return True


def _a_tenure(m: NumberMention, sentence: Sentence) -> bool:
    """Whether the figure is a stretch of time in a post ("after 45 days in office")."""
    return m.kind == "duration" and _IN_A_POST.match(sentence.text, m.end - sentence.start) is not None


def _one_holder(x: tuple[NumberMention, Sentence, Sequence[Token]], y: tuple[NumberMention, Sentence, Sequence[Token]]) -> bool:
    """Whether two tenures (or a tenure and a stretch met by another word: "served") may be one holder's: neither sentence speaks of another holder ("Her predecessor
    had served more than three years in office"), and the clauses before them do not name two people ("Truss
    quit after" / "Boris Johnson served three years in office before Truss")."""
    (mx, sx, tx), (my, sy, ty) = x, y
    if _ANOTHER_HOLDER.search(sx.text) or _ANOTHER_HOLDER.search(sy.text):
        return False
    names_x, names_y = _names_before_in_clause(mx, sx, tx), _names_before_in_clause(my, sy, ty)
    return not (names_x and names_y and not names_x & names_y)


def _names_before_in_clause(m: NumberMention, sentence: Sentence, tokens: Sequence[Token]) -> set[str]:
    """The names of the figure's clause before it: who it tells of ("Truss quit after 45 days")."""
    text, offset = sentence.text, sentence.start
    names = set()
    for token in reversed([token for token in tokens if token.end <= m.start]):
        if _CLAUSE_BREAK.search(text, token.end - offset, m.start - offset):
            break
        if token.type == "name":
            names.add(token.key)
    return names


def _added(m: NumberMention, sentence: Sentence) -> bool:
    """Whether the count is added to another ("a further 32 homes")."""
    start = m.start - sentence.start
    return _ADDED_BEFORE.search(sentence.text, max(0, start - 24), start) is not None


def _fate(m: NumberMention, sentence: Sentence) -> str:
    """What befell what the count counts, as its role keeps it; where the role is none or a verb of
    knowing, the word after a verb of knowing in the figure's clause ("were confirmed lost": "los", "32
    homes now confirmed gone": "go"); "" where the sentence says only how the count is known."""
    if m.role and m.role not in KNOWING_VERBS:
        return m.role
    after = sentence.text[m.end - sentence.start:m.end - sentence.start + 48]
    after = after[:_CLAUSE_BREAK.search(after).start()] if _CLAUSE_BREAK.search(after) else after
    for word in re.finditer(r"[A-Za-z]+", after):
        if stem(word[0].lower()) in KNOWING_VERBS:
            told = _AFTER_KNOWING.match(after, word.end())
            return stem(told[1]) if told else ""
    return ""


def _other_parties(tokens_a: Sequence[Token], tokens_b: Sequence[Token]) -> bool:
    """Whether each sentence names someone or something the other does not ("Mark Hill, 34," / "His
    brother Paul Hill"): two parties, each with a figure of its own.  A sentence that names no one, or
    only whom the other names too, may tell of the other's party."""
    names_a = {token.key for token in tokens_a if token.type == "name"}
    names_b = {token.key for token in tokens_b if token.type == "name"}
    return bool(names_a - names_b) and bool(names_b - names_a)


def _times_of(sentence: Sentence, numbers: Sequence[NumberMention], figure: NumberMention | None = None) -> frozenset:
    """The times other than the story's own the sentence tells of: its years (alone or in a date) and
    its words of a time gone by ("last summer", "two years ago"), and a month told as a time of its own
    ("in February").  A day alone is most often the story's own week.  Given the ``figure`` the times are
    wanted for, a year in an aside that dates another figure of its own is left out ("The increase, the
    first since fees were frozen at £9,250 in 2017, is expected to raise about £390m")."""
    if figure is not None:
        numbers = [m for m in numbers if not _dated_in_another_aside(m, figure, sentence, numbers)]
    times = years_named(numbers)
    times |= {("month", m.value) for m in numbers if m.kind == "month" and _a_month_of_its_own(m, sentence)}
    lower = sentence.text.lower()
    if "ago" in lower or "last" in lower or "previous" in lower or "past" in lower or "earlier" in lower or "before" in lower:
        times |= {_phrase(found) for found in _OTHER_TIME.finditer(sentence.text)}
    if any(word in lower for word in _MOMENT_WORDS):
        times |= {_phrase(found) for found in _ANOTHER_MOMENT.finditer(sentence.text)}
    return frozenset(times)


def _dated_in_another_aside(time: NumberMention, figure: NumberMention, sentence: Sentence,
                            numbers: Sequence[NumberMention]) -> bool:
    """Whether the year or date stands in an aside set off by commas after the sentence's opening, with a
    figure of its own and without ``figure``: it dates that other figure."""
    if time.kind not in ("year", "date"):
        return False
    text, offset = sentence.text, sentence.start
    breaks = [found for found in _CLAUSE_BREAK.finditer(text) if found[0] == ","]
    opening = next((found.end() for found in breaks if found.end() <= time.start - offset), None)
    closing = next((found.start() for found in breaks if found.start() >= time.end - offset), None)
    if opening is None or closing is None:
        return False  # not set off by commas: "In 2019, customs officers seized 12.9 tonnes"
    start, end = opening + offset, closing + offset
    if start <= figure.start < end:
        return False
    return any(start <= m.start < end and m is not time and m.kind in _KINDS for m in numbers)


def _scopes_of(sentence: Sentence) -> frozenset:
    """The scopes wider than the story's one event the sentence tells of ("across the state", "in a separate
    incident", "elsewhere"), and its words of a sum of many events ("in total", "so far"): a count told so is
    another set than one event's count."""
    lower = sentence.text.lower()
    if not any(word in lower for word in _SCOPE_WORDS):
        return frozenset()
    return frozenset(_SAME_SCOPE.get(phrase, phrase) for phrase in map(_phrase, _ANOTHER_SCOPE.finditer(sentence.text)))


def _phrase(found: re.Match) -> str:
    """A phrase as a key: lower case, one space between words."""
    return " ".join(found[0].lower().split())


def _a_month_of_its_own(m: NumberMention, sentence: Sentence) -> bool:
    """Whether the month is told as a time of its own ("cut 1,200 roles in February", "since January")."""
    start = m.start - sentence.start
    return _IN_A_MONTH.search(sentence.text, max(0, start - 24), start) is not None


class _Span(NamedTuple):
    """Two dates of one sentence that bound one span of days, both left unpaired by every ledger."""

    sentence: int
    ends: tuple[NumberMention, NumberMention]


def _spans_of(report: Report, paired: dict[int, list[tuple[int, int]]]) -> list[_Span]:
    """The spans of days ("between 3 March and 19 April 2024") the report's body sentences give, each of
    two dates of a day and a month that no ledger paired.  A cheap test first: few sentences give two
    dates."""
    spans = []
    for sentence in report.sentences:
        dates = [m for m in report.numbers[sentence.index] if m.kind == "date" and _a_day(m.value)]
        if sentence.kind != "body" or len(dates) < 2:
            continue
        taken = paired.get(sentence.index, ())
        text, offset = sentence.text, sentence.start
        for first, last in zip(dates, dates[1:]):
            if (_SPAN_BEFORE.search(text, max(0, first.start - offset - 12), first.start - offset)
                    and _SPAN_BETWEEN.fullmatch(text, first.end - offset, last.start - offset)
                    and not any(start < m.end and m.start < end for m in (first, last) for start, end in taken)):
                spans.append(_Span(sentence.index, (first, last)))
    return spans


def _a_day(value: object) -> bool:
    """Whether a date's value names a day of a month."""
    return getattr(value, "month", None) is not None and getattr(value, "day", None) is not None


def _same_day(x: object, y: object) -> bool:
    """Whether two dates name one day: one month and day, and one year where both give it."""
    return (x.month, x.day) == (y.month, y.day) and (x.year is None or y.year is None or x.year == y.year)


def _span_conflicts(spans_a: list[_Span], spans_b: list[_Span], linked: set[tuple[int, int]],
                    a: Report, b: Report) -> list[LooseConflict]:
    """Dates are else left out (a story tells many moments), but two spans of days that share one end
    tell one period: "hackers had access between 3 March and 19 April 2024" / "the intruders were inside
    from March 3 to April 9, 2024" give its other end two ways.  Kept only where each report gives one
    span from that end, the other ends name two days the other report nowhere gives, and the ledger
    sets them apart."""
    found = []
    for end in (0, 1):
        for sa in spans_a:
            shared = sa.ends[end].value
            with_b = [sb for sb in spans_b if _same_day(sb.ends[end].value, shared)]
            if len(with_b) != 1 or sum(_same_day(s.ends[end].value, shared) for s in spans_a) != 1:
                continue
            sb = with_b[0]
            ma, mb = sa.ends[1 - end], sb.ends[1 - end]
            if (sa.sentence, sb.sentence) in linked or _same_day(ma.value, mb.value):
                continue
            if None not in (_year_of(sa), _year_of(sb)) and _year_of(sa) != _year_of(sb):
                continue  # "between 3 March and 19 April 2023": the year an end gives is the span's
            if _gives_day(b, ma.value) or _gives_day(a, mb.value):
                continue
            if _disputed(a.sentences[sa.sentence], ma, b.sentences[sb.sentence], mb):
                found.append(LooseConflict(sa.sentence, sb.sentence, ma, mb))
    return found


def _year_of(span: _Span) -> int | None:
    """The year either end of the span gives ("between 3 March and 19 April 2024"), or None."""
    return next((m.value.year for m in span.ends if m.value.year is not None), None)


def _gives_day(report: Report, day: object) -> bool:
    """Whether the report gives that day anywhere."""
    return any(m.kind == "date" and _a_day(m.value) and _same_day(m.value, day)
               for numbers in report.numbers for m in numbers)


# Moments: a day of a month ("May 4") or a clock time ("5.30am").  Every story tells many, so two are set
# side by side only on the strongest evidence that they tell one moment (``_tied_moment_conflicts``,
# ``_start_or_finish_conflicts``).
_MOMENT_KINDS = ("date", "time")
# The words a report uses for its own mishap without naming it: "The problem began at 5.30am" / "The failure
# began shortly before 04:00".  Beside a verb of starting or ending, they point back to the story's event.
_THE_EVENT = frozenset(stem(word) for word in """
    problem problems issue issues failure failures fault faults glitch glitches outage outages disruption
    disruptions incident trouble breakdown
""".split())
# The verbs of starting and ending, as one word each ("began" / "started").
_START_OR_FINISH_WORD = {
    **{stem(word): "start" for word in "start started starts starting began begun begin begins".split()},
    **{stem(word): "finish" for word in "end ended ends ending finish finished finishes finishing".split()},
}


class _Moment(NamedTuple):
    """A date of a day or a clock time no ledger paired, in a body sentence."""

    sentence: int
    mention: NumberMention


def _moments_of(report: Report, paired: dict[int, list[tuple[int, int]]]) -> list[_Moment]:
    """The report's moments that no ledger paired, in its body sentences, leaving out the days things were
    said ("the coastguard said on 3 March")."""
    moments = []
    for sentence in report.sentences:
        if sentence.kind != "body":
            continue
        spans = paired.get(sentence.index, ())
        for m in report.numbers[sentence.index]:
            if (m.kind == "time" or m.kind == "date" and _a_day(m.value)) and m.role not in (STATEMENT_DATE, FILING_DATE) \
                    and not any(start < m.end and m.start < end for start, end in spans):
                moments.append(_Moment(sentence.index, m))
    return moments


def _tied_moment_conflicts(moments_a: list[_Moment], moments_b: list[_Moment],
                           tied: dict[tuple[int, int], list[LooseConflict]], a: Report, b: Report) -> list[LooseConflict]:
    """Two sentences that another loose figure already sets side by side tell one thing ("Canadians will go
    to the polls on Monday, May 4, after a 37-day campaign" / "The election has been set for May 11, with a
    44-day campaign"): a moment each gives, one of its kind and role in each, is the moment of that thing,
    as it would be had the two been linked, when it stands in the same place of the deed on both sides
    (``_place_of_moment``): "Twelve fans were arrested on March 3" / "Fifteen fans were arrested and will
    appear in court on March 20" date two deeds."""
    found = []
    # A report that tells one clock time only tells the one moment of its story: beside the figures that tied
    # two sentences it needs no word between ("attacked at about 7.15am while surfing about 50 metres" /
    # "surfing roughly 150m offshore when he was bitten at 8am").
    lone_time = _clock_times_told(a) == 1 and _clock_times_told(b) == 1
    for (ia, ib), ties in sorted(tied.items()):
        for kind in _MOMENT_KINDS:
            in_a = [m.mention for m in moments_a if m.sentence == ia and m.mention.kind == kind]
            in_b = [m.mention for m in moments_b if m.sentence == ib and m.mention.kind == kind]
            if len(in_a) != 1 or len(in_b) != 1 or in_a[0].role != in_b[0].role:
                continue
            side_a = (in_a[0], a.sentences[ia], a.tokens[ia])
            side_b = (in_b[0], b.sentences[ib], b.tokens[ib])
            words_between = not (kind == "time" and lone_time)
            if not any(_of_the_tied_deed(side_a, tie.a_number, side_b, tie.b_number, words_between) for tie in ties):
                continue
            conflict = _moment_conflict(_Moment(ia, in_a[0]), _Moment(ib, in_b[0]), a, b)
            if conflict is not None:
                found.append(conflict)
    return found


# What opens the clause of another deed within a sentence: "Fifteen fans were arrested and will appear in court
# on March 20", "...; the trial opens on May 2".  Commas are left to the words after them: "on Monday, May 4,
# after a 37-day campaign" is one deed.
_NEXT_DEED = rx.compile(r"(?i:\s+(?:and|but|then)\s+|;|:(?=\s)|\s[—–]\s|\s-\s)")
# Words that open a clause of someone's other deed before a moment: "Truss, who took office on September 6,".
_RELATIVE = rx.compile(r"(?i:\b(?:who|whom|whose|which|where)\b)")


# Words between a figure and a moment after it that put the moment on a later deed: "Fifteen fans were arrested and
# will appear in court at 10am", "is due to be sentenced at 2pm".
_A_LATER_DEED = rx.compile(r"(?i:\b(?:will|would|shall|due|expected|scheduled|set\s+to|later|then|after|afterwards)\b)")


def _clock_times_told(report: Report) -> int:
    """How many clock times the report gives, of any role, paired or not."""
    return sum(m.kind == "time" for numbers in report.numbers for m in numbers)


def _of_the_tied_deed(side_a: tuple[NumberMention, Sentence, Sequence[Token]], tie_a: NumberMention,
                      side_b: tuple[NumberMention, Sentence, Sequence[Token]], tie_b: NumberMention,
                      words_between: bool = True) -> bool:
    """Whether the two moments date the deed of the figures that tied their sentences: they stand in the same
    place beside them (``_place_of_moment``), and where one follows its figure, the other sentence tells every
    word between ("Twelve fans were arrested on March 3" / "Fifteen fans arrested after the violence will appear
    in court on March 20": the other tells no "appear", no "court"; a fate of one family is one word: "were
    arrested on" / "Police detained fifteen fans")."""
    place = _place_of_moment(side_a[0], tie_a, side_a[1])
    if place is None or place != _place_of_moment(side_b[0], tie_b, side_b[1]):
        return False
    if not words_between:
        return not (_A_LATER_DEED.search(side_a[1].text, tie_a.end - side_a[1].start, side_a[0].start - side_a[1].start)
                    or _A_LATER_DEED.search(side_b[1].text, tie_b.end - side_b[1].start, side_b[0].start - side_b[1].start))
    (moment_a, sentence_a, tokens_a), (moment_b, sentence_b, tokens_b) = side_a, side_b
    between_a = _deed_words(tokens_a, max(tie_a.end, _clause_start(moment_a, sentence_a)), moment_a.start, tie_a)
    between_b = _deed_words(tokens_b, max(tie_b.end, _clause_start(moment_b, sentence_b)), moment_b.start, tie_b)
    return (not between_a - _deed_words(tokens_b, 0, sentence_b.end, tie_b)
            and not between_b - _deed_words(tokens_a, 0, sentence_a.end, tie_a))


def _clause_start(m: NumberMention, sentence: Sentence) -> int:
    """Where the figure's clause starts, as a document offset."""
    text, offset = sentence.text, sentence.start
    return max((found.end() + offset for found in _CLAUSE_BREAK.finditer(text, 0, m.start - offset)), default=offset)


def _deed_words(tokens: Sequence[Token], start: int, end: int, tie: NumberMention) -> set[str]:
    """The content words from ``start`` to ``end`` (document offsets), a fate as its family ("arrested":
    held), leaving out the noun the tying figure counts, and names (a place says where, not what was done)."""
    counted = {tie.unit, stem(tie.unit)} if tie.unit else set()
    words = set()
    for token in tokens:
        if token.start < start or token.end > end:
            continue
        lower = token.surface.lower()
        if (token.stop or token.type in ("hedge", "number", "name") or lower in STOPWORDS or lower in HEDGES
                or token.key in counted):
            continue
        words.add(_FATE_FAMILY.get(token.key, token.key))
    return words


def _place_of_moment(moment: NumberMention, tie: NumberMention, sentence: Sentence) -> str | None:
    """Where the moment stands beside the figure that tied its sentence to the other: "with" it, in one deed
    ("Twelve fans were arrested on March 3"); "lead", in the sentence's first deed while the figure is in a
    later one ("It touched down around 9:40 p.m. and carved a path 32 miles long"); None where it dates some
    other deed ("were arrested and will appear in court on March 20", "who took office on September 6")."""
    text, offset = sentence.text, sentence.start
    at = moment.start - offset
    if _RELATIVE.search(text, _clause_start(moment, sentence) - offset, at):
        return None
    deed = _deed_index(text, at)
    if deed == _deed_index(text, tie.start - offset):
        return "with"
    return "lead" if deed == 0 else None


def _deed_index(text: str, at: int) -> int:
    """Which deed of the sentence the offset stands in, counted from 0 (see ``_NEXT_DEED``)."""
    return sum(1 for _ in _NEXT_DEED.finditer(text, 0, at))


def _start_or_finish_conflicts(moments_a: list[_Moment], moments_b: list[_Moment], linked: set[tuple[int, int]],
                               a: Report, b: Report) -> list[LooseConflict]:
    """The clock time each report gives, once, for when the story's event started or finished ("The problem
    began at 5.30am" / "The failure began shortly before 04:00"), told by the same words but for a word that
    points back to the event (``_one_subject``): "Voting began at 7am" / "Counting began at 10pm" tell two
    events, and "The fire broke out at 2am" / "The blaze started at 2.30am" is left to the links."""
    found = []
    for role in (START_TIME, FINISH_TIME):
        in_a = [m for m in moments_a if m.mention.kind == "time" and m.mention.role == role]
        in_b = [m for m in moments_b if m.mention.kind == "time" and m.mention.role == role]
        if len(in_a) != 1 or len(in_b) != 1 or _times_told(a, role) != 1 or _times_told(b, role) != 1:
            continue
        ma, mb = in_a[0], in_b[0]
        sa, sb = a.sentences[ma.sentence], b.sentences[mb.sentence]
        if ((ma.sentence, mb.sentence) in linked or _other_parties(a.tokens[ma.sentence], b.tokens[mb.sentence])
                or _times_of(sa, a.numbers[ma.sentence]) != _times_of(sb, b.numbers[mb.sentence])
                or _scopes_of(sa) != _scopes_of(sb) or _days_at_odds(a.numbers[ma.sentence], b.numbers[mb.sentence])
                or not _one_subject(_words_before_in_clause(ma.mention, sa, a.tokens[ma.sentence]),
                                    _words_before_in_clause(mb.mention, sb, b.tokens[mb.sentence]))):
            continue
        conflict = _moment_conflict(ma, mb, a, b)
        if conflict is not None:
            found.append(conflict)
    return found


def _times_told(report: Report, role: str) -> int:
    """How many clock times of that role the report gives, paired or not."""
    return sum(m.kind == "time" and m.role == role for numbers in report.numbers for m in numbers)


def _days_at_odds(numbers_a: Sequence[NumberMention], numbers_b: Sequence[NumberMention]) -> bool:
    """Whether the two sentences name two days of one kind ("on Monday" / "on Tuesday"): their moments are
    of two days."""
    for kind in ("weekday", "date"):
        days_a = {m.value for m in numbers_a if m.kind == kind}
        days_b = {m.value for m in numbers_b if m.kind == kind}
        if days_a and days_b and not days_a & days_b:
            return True
    return False


def _words_before_in_clause(m: NumberMention, sentence: Sentence, tokens: Sequence[Token]) -> set[str]:
    """The stems of the content words of the figure's clause before it, a verb of starting or ending as
    one word ("The problem began at": problem, start), and not the words of its hedge ("shortly before")."""
    text, offset = sentence.text, sentence.start
    hedge = set(m.hedge.split())
    words = set()
    for token in reversed([token for token in tokens if token.end <= m.start]):
        if _CLAUSE_BREAK.search(text, token.end - offset, m.start - offset) or token.type == "number":
            break
        lower = token.surface.lower()
        if not (token.stop or token.type == "hedge" or lower in STOPWORDS or lower in HEDGES or lower in hedge):
            words.add(_START_OR_FINISH_WORD.get(token.key, token.key))
    return words


def _one_subject(words_a: set[str], words_b: set[str]) -> bool:
    """Whether two clauses tell one thing: each names something besides its verb of starting or ending ("It
    started at 2pm" names nothing: the rain, or the outage), and the same words, but for words that point back
    to the story's event (``_THE_EVENT``)."""
    return _names_something(words_a) and _names_something(words_b) and not (words_a ^ words_b) - _THE_EVENT


def _names_something(words: set[str]) -> bool:
    """Whether a clause's words before a start or finish time name what started or finished."""
    return bool(words - {"start", "finish"} - _EMPTY_WORDS)


def _moment_conflict(ma: _Moment, mb: _Moment, a: Report, b: Report) -> LooseConflict | None:
    """The conflict of two moments, if neither report gives the other's anywhere and the ledger sets them
    apart."""
    if _gives_moment(b, ma.mention) or _gives_moment(a, mb.mention):
        return None
    if _disputed(a.sentences[ma.sentence], ma.mention, b.sentences[mb.sentence], mb.mention):
        return LooseConflict(ma.sentence, mb.sentence, ma.mention, mb.mention)
    return None


def _gives_moment(report: Report, moment: NumberMention) -> bool:
    """Whether the report gives that day or that clock time anywhere."""
    if moment.kind == "date":
        return _gives_day(report, moment.value)
    return any(m.kind == "time" and m.value == moment.value for numbers in report.numbers for m in numbers)


# Every pattern above is compiled: keep them for the next start.
rx.save()
