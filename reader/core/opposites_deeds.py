"""Deeds a report tells failed, refused, awaited or denied, against the deed the other report tells done.

The rules of ``opposites`` read a claim turned round where a negation is put before a verb both reports tell
("was not approved" / "was approved") or a word is swapped for its opposite.  These rules read a deed the other
way round where the two reports tell it in other words, each by a rule of its own:

- a deed still awaited against it done: "[still needs the approval of] Judge Murphy" / "Judge Murphy
  [approved] the settlement" (``awaits_the_deed_done``);
- a danger denied against a warning of it given: "there was [no] tsunami threat" / "[issued a] tsunami
  warning" (``danger_denied_against_a_warning``);
- a deed failed against that deed, or a known result of it, done to the same thing by the same one: "[was
  unable to] reach the group" / "The group was [airlifted] by a coastguard helicopter"
  (``deed_failed_against_done``);
- a deed denied against it told in another form, a noun for a verb: "was not the [cause]" / "was [caused]
  by" (``deed_denied_in_another_form``);
- a thing refused outright against it decided on: "[ruled out] a re-examination" / "[ordered] a fresh
  examination" (``refused_against_decided``);
- a leaving denied against it done: "would not [resign]" / "[stepped down]"
  (``leaving_denied_against_done``).

Each rule is read only on a changed run of a link's word diff, with the two sentences around it, and each first
tries a cheap test on the run, since most runs hold none of the words it reads.  ``opposites`` calls them from
``turns_the_claim_round`` and its kin; ``link_notes`` quotes the words they turn on (``to_the_awaiting``,
``to_the_failing``).  The negations and the word helpers they read are those of ``negation_words``, which
``opposites`` reads too: this module imports nothing from ``opposites``.
"""

from __future__ import annotations

from collections.abc import Iterator

from reader.core.negation_words import (
    BE_FORMS,
    BEFORE_A_QUALIFIER,
    CARRYING_A_VERB,
    DETERMINERS,
    IMPLIED_NEGATIONS,
    NEGATIONS,
    NOUN_NEGATIONS,
    RULE_OUT,
    SUBJECT_PRONOUNS,
    TENSE_CARRIERS,
    TOLD_AHEAD,
    YET,
    holds_negation,
    inflections,
    is_negation,
    may_be_a_noun,
    negations_in,
    past,
    run_ends,
    same_word,
    stems_of,
    subject_of_negated,
    thing_after,
    thing_named_at,
    without_tense,
)
from reader.core.stemmer import stem
from reader.core.terms import STOPWORDS

# --- a deed denied in another form ------------------------------------------------------------------------------

def deed_denied_in_another_form(plain: list[str], negated: list[str], plain_all: list[str], negated_all: list[str]
                                ) -> int | None:
    """The place in the negated run of a noun or verb denied there, where the other run tells the same deed in
    the other form, a verb for a noun or a noun for a verb: "the contamination was [caused] by the main break" /
    "the main break was not the [cause] of the contamination", "had opened an [investigation]" / "was not
    [investigating]".  The negation stands on the deed's subject as the other sentence tells it (a pronoun, or a
    thing both name: not "the [fire] was not the cause of" against "the smoke caused").  None where no such deed."""
    if holds_negation(plain):
        return None
    for k, (word, as_noun) in _denied_with_their_form(negated):
        if len(word) < _SHORTEST_DEED or word in STOPWORDS or negated_all.count(word) != 1:
            continue
        told = [j for j, told in enumerate(plain) if told != word and same_word(told, word)
                and (j > 0 and plain[j - 1] in BEFORE_A_QUALIFIER) != as_noun]
        if told and _denied_of_a_subject_told(negated_all, negated, k, plain_all) and not (
                not as_noun and (_another_object_after(negated_all, word, plain_all)
                                 or _told_as_what_the_other_does_not(negated_all, word, plain_all))) and not (
                as_noun and _done_to_another_thing_than_denied(negated_all, word, plain_all, plain[told[0]])):
            return k
    return None


def _done_to_another_thing_than_denied(negated_all: list[str], noun: str, plain_all: list[str], verb: str) -> bool:
    """Is the deed the noun denies of one thing ("not the cause [of the rail crash]") and the verb told of another
    ("the [landslip] caused by the storm", "the storm caused [the landslip]")?  The storm causing a landslip says
    nothing against its not causing the crash."""
    denied_of = _complement_at(negated_all, negated_all.index(noun))
    if not denied_of or verb not in plain_all:
        return False
    at = plain_all.index(verb)
    if plain_all[at + 1:at + 2] == ["by"]:  # "the collapse of the roof [was] caused by": the thing stands before
        things = _named_before(plain_all, at)
    else:
        things = [thing] if (thing := _thing_acted_on(plain_all, at)) else []
    return bool(things) and not any(same_word(thing, word) for thing in things for word in denied_of)


def _named_before(words: list[str], at: int) -> list[str]:
    """The nouns of the thing named before a passive verb, past its tense and back through "of": "collapse" and
    "roof" of "the collapse of the roof was [caused]"."""
    k = at - 1
    while k > 0 and words[k] in TENSE_CARRIERS:
        k -= 1
    things = []
    while k >= 0 and words[k].isalpha() and words[k] not in STOPWORDS:
        things.append(words[k])
        k -= 1
        while k >= 0 and words[k] in DETERMINERS:
            k -= 1
        if k < 1 or words[k] != "of":
            break
        k -= 1
    return things


# The shortest word read as a deed in two forms ("cause" / "caused"): shorter ones are too often two words.
_SHORTEST_DEED = 4


def _another_object_after(words: list[str], verb: str, other_all: list[str]) -> bool:
    """Does the verb act on a thing the other sentence does not name: "was not investigating [the driver]" against
    "had opened an investigation into the crash" denies another deed?"""
    after = words.index(verb) + 1
    if after + 1 >= len(words) or words[after] not in BEFORE_A_QUALIFIER:
        return False
    return not any(same_word(words[after + 1], told) for told in other_all)


# The most words from a verb, past its object, to the "as" that tells what it takes the object as.
_MOST_WORDS_TO_AS = 5


def _told_as_what_the_other_does_not(words: list[str], verb: str, other_all: list[str]) -> bool:
    """Does the verb take its object as a thing the other sentence does not name: "not investigating the death [as
    suspicious]" against "opened an investigation into the death"?  That denies another claim (that the death is
    suspicious), not the deed."""
    after = words.index(verb) + 1
    for k in range(after, min(len(words) - 1, after + _MOST_WORDS_TO_AS)):
        if words[k] in _CLAUSE_STOPS:
            return False
        if words[k] == "as" and words[k + 1].isalpha() and words[k + 1] not in STOPWORDS:
            return not any(same_word(words[k + 1], told) for told in other_all)
    return False


def _denied_with_their_form(words: list[str]) -> Iterator[tuple[int, tuple[str, bool]]]:
    """Each word a negation of a verb stands before, past the words that carry a tense and an article after them
    ("was not [investigating]", "was not the [cause]"), with its place and whether an article made it a noun."""
    for k, word in enumerate(words):
        if not is_negation(word) or word in NOUN_NEGATIONS:
            continue
        after = past(words, k + 1, CARRYING_A_VERB)
        as_noun = after < len(words) and words[after] in BEFORE_A_QUALIFIER
        after += as_noun
        if after < len(words) and words[after].isalpha():
            yield after, (words[after], as_noun)


def _denied_of_a_subject_told(negated_all: list[str], negated: list[str], k: int, plain_all: list[str]) -> bool:
    """Is the negation before the word at ``k`` of the run told of a pronoun, or of a thing the other sentence names
    too (read back from the negation as ``_negated_of_the_same_thing`` reads it)?"""
    at = next((end - len(negated) + k for end in run_ends(negated, negated_all)), None)
    if at is None:
        return False
    while at > 0 and not is_negation(negated_all[at - 1]):
        at -= 1
    places = subject_of_negated(negated_all, at)
    if not places:
        return False
    if negated_all[places[0]] in SUBJECT_PRONOUNS:
        return True
    for place in places:
        thing = thing_named_at(negated_all, place, places)
        if thing:
            return any(same_word(part, told) for part in thing for told in plain_all)
    return False


# --- a thing refused against it decided on, a leaving denied against it done -----------------------------------

# Verbs that refuse a thing outright, put where the other report tells the thing decided on: "[ruled out] a
# re-examination" / "[ordered] a fresh examination".  By stem; "rule out" is two words.
REFUSING_OUTRIGHT = frozenset(map(stem, "reject refuse veto".split()))
# Verbs that decide on a thing, or set it going: what a refusal of the same thing denies.
_DECIDING_ON = DECIDING_ON = frozenset(map(stem, """order announce launch grant schedule authorise authorize sanction promise
    commission""".split()))
# How many words after the two verbs are read for the thing both act on ("a fresh [examination]").
_MOST_WORDS_TO_THE_THING = 3


def refused_against_decided(refusing: list[str], deciding: list[str], refusing_all: list[str],
                            deciding_all: list[str]) -> bool:
    """Is the run a verb that refuses a thing outright ("ruled out", "rejected") where the other run has a verb that
    decides on it ("ordered", "announced"), each before the same thing: "Lakshmi [ruled out] a re-examination" /
    "Lakshmi [ordered] a fresh examination for the affected students"?"""
    refusal, decision = without_tense(refusing), without_tense(deciding)
    if len(decision) != 1 or stem(decision[0]) not in _DECIDING_ON:
        return False
    if not (len(refusal) == 1 and stem(refusal[0]) in REFUSING_OUTRIGHT
            or len(refusal) == 2 and (stem(refusal[0]), refusal[1]) == RULE_OUT):
        return False
    if IMPLIED_NEGATIONS.intersection(deciding_all) or negations_in(deciding_all):
        return False  # "ordered no inquiry", "ordered it without an inquiry": the other report denies it too
    if _before_a_to(refusing, refusing_all) and _before_a_to(deciding, deciding_all) and _passive(deciding):
        return False  # "refused [to] pay the fine" / "[was] ordered [to] pay the fine": ordered by another, refused
    refused, decided = _thing_places(refusing, refusing_all), _thing_places(deciding, deciding_all)
    return any(same_word(refusing_all[one], deciding_all[other])
               and not _things_told_apart(refusing_all, one, deciding_all, other)
               for one in refused for other in decided)


def _passive(run: list[str]) -> bool:
    """Is the run's verb passive ("[was] ordered"), its subject the one the deed is done to, not its doer?"""
    return any(word in BE_FORMS for word in run)


def _before_a_to(run: list[str], sentence: list[str]) -> bool:
    """Does a "to" stand right after the run in its sentence ("refused [to] pay", "was ordered [to] pay")?  The verb
    then acts on a deed, not on a thing decided."""
    return any(end < len(sentence) and sentence[end] == "to" for end in run_ends(run, sentence)) if run else False


# Words that open what a thing is of, on or for, or what a post is: "a referendum [on] independence", "resign [as]
# chairman".  Two reports that name one thing each with another such complement tell two things.
_COMPLEMENT_OPENERS = frozenset("on into of for over about as".split())
# Words that end a complement: the clause goes on to something else.
_CLAUSE_STOPS = frozenset(", ; . : and but because after saying who which that when while".split())
_MOST_WORDS_OF_A_COMPLEMENT = 4
# Words that set a thing apart from one of its kind told before: "a [second] referendum", "[another] inquiry".
ANOTHER_OF_ITS_KIND = frozenset("second third fourth fifth another further".split())


def _complement_at(words: list[str], k: int) -> list[str] | None:
    """The content words of what the word at ``k`` is of, on or as: "independence" of "referendum on
    independence", "chief executive" of "stepped down as chief executive of the club"; None where none follows."""
    if k + 1 >= len(words) or words[k + 1] not in _COMPLEMENT_OPENERS:
        return None
    content = []
    for word in words[k + 2:k + 2 + _MOST_WORDS_OF_A_COMPLEMENT]:
        if word in _CLAUSE_STOPS or word in _COMPLEMENT_OPENERS:
            break
        if word.isalpha() and word not in STOPWORDS:
            content.append(word)
    return content or None


def _complements_differ(one_all: list[str], one: int, other_all: list[str], other: int) -> bool:
    """Does each sentence tell the word at its place with a complement that shares no word with the other's: "a
    referendum [on independence]" / "a referendum [on the new constitution]", "resign [as chairman]" / "stepped
    down [as chief executive]"?"""
    one_told, other_told = _complement_at(one_all, one), _complement_at(other_all, other)
    return (one_told is not None and other_told is not None
            and not any(same_word(word, told) for word in one_told for told in other_told))


def _things_told_apart(one_all: list[str], one: int, other_all: list[str], other: int) -> bool:
    """Do the two sentences name two things of one kind: each with another complement, or one as "a [second]"
    such thing where the other sentence does not say so?"""
    if _complements_differ(one_all, one, other_all, other):
        return True
    return any(word in ANOTHER_OF_ITS_KIND and word not in other_all
               for word in one_all[max(0, one - _MOST_WORDS_TO_THE_THING):one]) or any(
        word in ANOTHER_OF_ITS_KIND and word not in one_all
        for word in other_all[max(0, other - _MOST_WORDS_TO_THE_THING):other])


# The ways a report tells someone leaving a post, each a word or a verb and its particle: "would not [resign]" /
# "[stepped down]" tell the one deed denied and done.  By stem.
_LEAVING_A_POST = (("resign",), ("quit",), (stem("step"), "down"), (stem("stand"), "down"))
# How many words after the negation the deed may stand ("would not [resign]", "has no intention of [quitting]").
_MOST_WORDS_FROM_THE_NEGATION = 4


def leaving_denied_against_done(negated: list[str], plain: list[str], negated_all: list[str] | None = None,
                                plain_all: list[str] | None = None) -> int | None:
    """The place, in a run that denies someone leaves a post ("said he would not resign"), of the word that tells the
    leaving, where the other run tells the leaving done in another word ("[stepped down] on Friday"); None where not.
    Given the two sentences, not where they name two posts ("resign [as chairman]" / "stepped down [as chief
    executive]"), nor where the leaving is told done in a year the denying sentence does not name ("stepped down
    ... [in 2019]"): that was another time."""
    if not any(map(is_negation, negated)) or holds_negation(plain):
        return None  # most runs: no negation to read a leaving denied by
    denied = _leaving_told(negated)
    if denied is None:
        return None
    done = _leaving_told(plain)
    if done is None or _leaving_at(negated, denied) == _leaving_at(plain, done) or (
            done and plain[done - 1] in TOLD_AHEAD):
        return None
    if not any(map(is_negation, negated[max(0, denied - _MOST_WORDS_FROM_THE_NEGATION):denied])):
        return None
    if negated_all is not None and plain_all is not None and _another_post_or_year(negated_all, plain_all):
        return None
    return denied


def _another_post_or_year(negated_all: list[str], plain_all: list[str]) -> bool:
    """Do the sentences name two posts left ("resign as chairman" / "stepped down as chief executive"), or does the
    leaving done stand in a year the denying sentence does not name ("stepped down in 2019")?"""
    denied, done = _leaving_told(negated_all), _leaving_told(plain_all)
    if denied is not None and done is not None:
        denied_end = denied + len(_leaving_at(negated_all, denied)) - 1
        done_end = done + len(_leaving_at(plain_all, done)) - 1
        if _complements_differ(negated_all, denied_end, plain_all, done_end):
            return True
    return any(_a_year(word) and word not in negated_all for word in plain_all)


def _a_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _leaving_told(words: list[str]) -> int | None:
    return next((k for k in range(len(words)) if _leaving_at(words, k)), None)


def _leaving_at(words: list[str], k: int) -> tuple[str, ...] | None:
    for phrase in _LEAVING_A_POST:
        if stem(words[k]) == phrase[0] and tuple(words[k + 1:k + len(phrase)]) == phrase[1:]:
            return phrase
    return None


def _thing_places(run: list[str], sentence: list[str]) -> list[int]:
    """The places of the words of the thing the run's verb acts on, past its articles: "[fresh examination for]"."""
    for end in run_ends(run, sentence):
        return [k for k in range(end, min(len(sentence), end + _MOST_WORDS_TO_THE_THING + 1))
                if sentence[k] not in BEFORE_A_QUALIFIER and may_be_a_noun(sentence[k])][:_MOST_WORDS_TO_THE_THING]
    return []


# --- a deed awaited, a danger denied, a deed failed -------------------------------------------------------------

# A deed told done in one sentence and still awaited in the other: "Judge Murphy [approved] the settlement" /
# "The settlement [still needs the approval of] Judge Murphy, who [has not yet signed off] on the deal".  Each
# family holds the verbs and nouns that tell one deed, near enough to stand for each other ("signed off" for
# "approved"); by stem.  "sign off" is its verb with "off" after it.
_AWAITED_DEEDS = tuple(
    (stems_of(verbs), stems_of(nouns)) for verbs, nouns in (
        ("approve sign ratify endorse authorise authorize sanction clear pass rubber-stamp greenlight",
         "approval signature ratification endorsement authorisation authorization sanction clearance passage"),
        ("complete finish finalise finalize conclude", "completion"),
        ("confirm", "confirmation"),
    ))
# Verbs that tell a deed still awaited of its noun: "still needs the approval", "awaits ratification".
_AWAITING = frozenset("need needs needed require requires required await awaits awaited awaiting wait waits"
                      " waiting".split())
# The words that tell the deed is still to come: "[still] needs", "[awaits]", "not [yet] signed", "is [yet] to".
_STILL = "still"
_AWAITING_ALONE = frozenset("await awaits awaiting".split())
_MOST_WORDS_BEFORE_THE_DEED = 3  # "the judge's final" approval
# Words between "awaits" and its deed that name no one who must do it.
_BEFORE_AN_AWAITED_DEED = frozenset("the a an its their his her for on".split())
# Words of a sentence that tell its deed done not as done: "to be approved", "will sign", "not approved".
_NOT_DONE_BEFORE = frozenset("be being to will would could should may might must yet".split()) | NEGATIONS
# Words that stop the naming of who must do the deed: "the approval of [Judge Murphy], who".
_AFTER_THE_DOER = frozenset("who which that before and but or after until when".split())
_MOST_WORDS_OF_THE_DOER = 4
# The words of an awaiting phrase that name no doer: "[still] needs", "has not [yet] signed [off]", "yet [to] approve".
_TOLD_AWAITED = frozenset("still yet to off".split())


def awaited_deeds(words: list[str]) -> list[tuple[int, int, int]]:
    """The deeds ``words`` (lower-cased) tell as still awaited: (where the phrase starts, where it ends, the
    family of the deed in ``_AWAITED_DEEDS``).  "still needs the approval", "awaits ratification" (a verb of
    waiting before the deed's noun), "has not yet signed off", "has yet to approve" (the deed's verb after
    "yet")."""
    found = []
    for k, word in enumerate(words):
        if word == _STILL and k + 1 < len(words) and words[k + 1] in _AWAITING or word in _AWAITING_ALONE:
            found += _deed_noun_after(words, k + 1 if word == _STILL else k)
        elif word == YET:
            found += _deed_verb_after_yet(words, k)
    return found


def _deed_noun_after(words: list[str], verb: int) -> list[tuple[int, int, int]]:
    """The awaited deed's noun a few words after the verb of waiting at ``verb``, as ``awaited_deeds`` finds it."""
    for end in range(verb + 1, min(len(words), verb + 2 + _MOST_WORDS_BEFORE_THE_DEED)):
        family = _family_of(words[end], nouns=True)
        if family is not None:
            start = verb - 1 if words[verb - 1:verb] == [_STILL] else verb
            return [(start, end + 1, family)]
    return []


def _deed_verb_after_yet(words: list[str], k: int) -> list[tuple[int, int, int]]:
    """The awaited deed's verb after the "yet" at ``k`` of "not yet signed", "has yet to approve", "is yet to be
    ratified", with the verb group before it ("has not yet"), as ``awaited_deeds`` finds it."""
    after = k + 1
    while after < len(words) and words[after] in ("to", "be", "been"):
        after += 1
    if after >= len(words) or _family_of(words[after], nouns=False) is None:
        return []
    if not (words[k - 1:k] and holds_negation(words[k - 1:k]) or words[k + 1:k + 2] == ["to"]):
        return []  # "yet" of "and yet approved": no deed awaited
    start = k
    while start and (words[start - 1] in TENSE_CARRIERS or holds_negation(words[start - 1:start])):
        start -= 1
    end = after + 2 if words[after + 1:after + 2] == ["off"] else after + 1
    return [(start, end, _family_of(words[after], nouns=False))]


def _family_of(word: str, *, nouns: bool) -> int | None:
    """The family in ``_AWAITED_DEEDS`` whose nouns (or verbs) ``word`` is one of, by stem; None if none."""
    key = stem(word.removesuffix("'s").removesuffix("’s"))
    return next((k for k, family in enumerate(_AWAITED_DEEDS) if key in family[1 if nouns else 0]), None)


def _tells_the_deed_done(words: list[str], family: int, other: list[str]) -> bool:
    """Does the sentence tell a deed of ``family`` as done: a verb of it told by its "-ed" ("approved", "has
    signed off", "was ratified"), not as to come or not done ("to be approved", "not yet signed")?  Not a verb the
    ``other`` sentence has too: the two tell it alike, of another thing ("the budget bill [passed] by lawmakers")."""
    return any(word.endswith("ed") and word not in other and _family_of(word, nouns=False) == family
               and _NOT_DONE_BEFORE.isdisjoint(words[max(0, k - 2):k]) and not _done_in_part(words, k, other)
               and not _done_to_another_thing(words, k, other)
               for k, word in enumerate(words))


# The most words of the thing a deed is done to, read after the verb: "completed [due diligence]".
_MOST_WORDS_OF_THE_THING_DONE_TO = 2


def _done_to_another_thing(words: list[str], k: int, other: list[str]) -> bool:
    """Does the verb at ``k`` act on a thing the other sentence does not name: "The buyer completed [due diligence]
    on the sale" against "The sale has yet to be completed"?  Not where it names no thing after it ("was approved
    by the judge")."""
    after = past(words, k + 1, DETERMINERS)
    thing = []
    for word in words[after:after + _MOST_WORDS_OF_THE_THING_DONE_TO]:
        if not word.isalpha() and not word.endswith(("'s", "’s")) or word in STOPWORDS:
            break
        thing.append(word.removesuffix("'s").removesuffix("’s"))
    return bool(thing) and not any(same_word(word, told) for word in thing for told in other)


# Words that tell a deed done only in part or for now, which leaves the deed awaited still to come: "approved the
# deal's [first phase]", "[preliminarily] approved", "approved [in principle]", "[initial] approval".
_IN_PART = frozenset("""first phase stage part partly partially preliminary preliminarily initial initially principle
    provisional provisionally conditional conditionally interim draft""".split())
_MOST_WORDS_FROM_THE_DEED_TO_THE_PART = 4  # "approved the deal's first [phase]"


def _done_in_part(words: list[str], k: int, other: list[str]) -> bool:
    """Is the deed at ``k`` told done in part ("approved the deal's first phase", "preliminarily approved"), in words
    the other sentence does not have?"""
    near = words[max(0, k - 2):k + 1 + _MOST_WORDS_FROM_THE_DEED_TO_THE_PART]
    return any(word in _IN_PART and word not in other for word in near)


def awaits_the_deed_done(awaiting: list[str], other: list[str], awaiting_all: list[str], other_all: list[str]
                         ) -> bool:
    """Does a changed run (``awaiting``, lower-cased) tell as still awaited a deed the other sentence tells done:
    "[still needs the approval of]" Judge Murphy / Judge Murphy "[approved]" the settlement?  Not where its own
    sentence tells the deed done too ("The committee approved the plan, which still needs the approval of the
    council" tells two deeds), nor where it names someone else to do it, before the noun or after it ("still needs
    Senate approval" / "The House passed the bill").  The deed's verb may stand in the awaiting phrase ("has not
    yet been [approved] by Judge Murphy" / "Judge Murphy [approved]"): only the rest of its sentence is read for the
    verb told alike."""
    if _STILL not in awaiting and YET not in awaiting and _AWAITING_ALONE.isdisjoint(awaiting):
        return False  # the cheap test: most runs hold none of these
    return any(_marker_in(awaiting_all[start:end], awaiting)
               and _tells_the_deed_done(other_all, family, awaiting_all[:start] + awaiting_all[end:])
               and not _tells_the_deed_done(awaiting_all, family, other_all)
               and _doer_told_in(awaiting_all, start, end, other_all)
               for start, end, family in awaited_deeds(awaiting_all))


def not_yet_against_done(negated: list[str], plain: list[str], negated_all: list[str], plain_all: list[str]) -> bool:
    """Does a changed run end on "not yet" before a verb that the other sentence tells done right after its own run,
    the two runs only putting the verb in another tense or saying who told it: "[said they had not yet] opened" /
    "[in Lecco have] opened" an investigation, "[hasn't yet] signed" / "[has] signed"?  A negation of the very verb
    with "yet" says the deed is still to come, whatever else the runs add.  Not where the other sentence negates
    anything itself ("has not opened ..., but ..."), nor where the verb after either run differs."""
    if negated[-1:] != [YET] or not holds_negation(negated[-2:-1]) or holds_negation(plain) or negations_in(plain_all):
        return False
    verbs = {negated_all[end] for end in run_ends(negated, negated_all) if end < len(negated_all)}
    if plain:
        told = {plain_all[end] for end in run_ends(plain, plain_all) if end < len(plain_all)}
    else:
        told = set(plain_all)  # a run put in before the verb: the other sentence tells the verb anywhere
    return any(verb.isalpha() and verb not in TENSE_CARRIERS and verb not in STOPWORDS and verb in told
               for verb in verbs)


def _marker_in(phrase: list[str], run: list[str]) -> bool:
    """Does the changed run hold the word of the phrase that tells its deed awaited, so the change is the one that
    tells it?"""
    return any(word in run for word in phrase if word == _STILL or word == YET or word in _AWAITING_ALONE)


def _doer_told_in(words: list[str], start: int, end: int, other_all: list[str]) -> bool:
    """Are the words that name who must do the awaited deed (``words[start:end]``), before its noun ("Senate"
    approval, "the judge's" approval) and after it ("of Judge Daniel Murphy"), all in the other sentence?"""
    named = [word for word in words[start:end] if word not in _AWAITING and word not in _TOLD_AWAITED
             and word not in _BEFORE_AN_AWAITED_DEED and word not in TENSE_CARRIERS and not holds_negation([word])
             and _family_of(word, nouns=True) is None and _family_of(word, nouns=False) is None]
    if end < len(words) and words[end] in ("of", "by", "from"):
        for word in words[end + 1:end + 1 + _MOST_WORDS_OF_THE_DOER]:
            if word in _AFTER_THE_DOER:
                break
            named.append(word)
    return all(word.removesuffix("'s").removesuffix("’s") in other_all or word in STOPWORDS for word in named)


def to_the_awaiting(words: list[str]) -> tuple[int, int] | None:
    """Where, in a changed run (lower-cased), the words that tell a deed still awaited stand ("still needs the
    approval" of "the settlement still needs the approval of"); None where the run holds none whole."""
    found = awaited_deeds(words)
    return found[0][:2] if found else None


# A danger denied against a warning of it issued: "there was [no] tsunami threat" / "[issued a] tsunami warning".
# The nouns of one family stand for one another after "no" when the word before them is the same ("tsunami"):
# a report that says there is no threat denies the warning the other report says was issued.
_DANGER_NOUNS = frozenset("threat threats risk risks danger dangers warning warnings alert alerts".split())
# Verbs that put a warning out: "issued", "raised", "declared", "sounded", "triggered" a warning.
_WARNING_GIVEN = stems_of("issue raise declare sound trigger")
# Words that tell the warning as over in the sentence that denies the danger: "no tsunami threat [after] the
# warning was [lifted]", "is [no longer] a threat".  Then the denial follows the warning and both may hold.
_DANGER_PASSED = frozenset("after once since now longer lifted cancelled canceled withdrawn ended downgraded".split())
# The most words between the verb that gives a warning and the thing it warns of: "issued [a] tsunami warning".
_MOST_WORDS_BEFORE_THE_DANGER = 2


def _dangers_denied(words: list[str]) -> list[str]:
    """The things ``words`` say there is no danger of: "tsunami" of "there was no tsunami threat", "flood" of "no
    flood risk" (the word between "no" and a noun of ``_DANGER_NOUNS``), and of "no threat of a tsunami"."""
    return [words[k + 1] for k in range(len(words) - 2)
            if words[k] == "no" and words[k + 2] in _DANGER_NOUNS and words[k + 1].isalpha()
            and words[k + 1] not in _DANGER_NOUNS] + [
        thing for k in range(len(words) - 2) if words[k] == "no" and words[k + 1] in _DANGER_NOUNS
        and (thing := _thing_of(words, k + 2)) is not None]


def _thing_of(words: list[str], k: int) -> str | None:
    """The noun of the "of" at ``k``, past a determiner: "[of a] tsunami" -> "tsunami"; None where no "of" stands
    there."""
    return thing_after(words, k) if words[k] == "of" else None


def _warning_given(words: list[str], thing: str) -> bool:
    """Do ``words`` tell a warning of ``thing`` given: "issued a tsunami warning", "raised the flood alert"?"""
    return any(stem(word) in _WARNING_GIVEN and any(
        same_word(words[j], thing) and words[j + 1:j + 2] and words[j + 1] in _DANGER_NOUNS
        for j in range(k + 1, min(len(words) - 1, k + 2 + _MOST_WORDS_BEFORE_THE_DANGER)))
        for k, word in enumerate(words))


def danger_denied_against_a_warning(denying: list[str], other: list[str], denying_all: list[str],
                                    other_all: list[str]) -> bool:
    """Does a changed run put in the "no" of a danger denied ("said there was [no] tsunami threat to the coast")
    where the other sentence tells a warning of the same danger given ("[issued a] tsunami warning for the
    coast")?  Not where the denying sentence tells the danger as passed ("no threat after the warning was
    lifted"), nor where the other sentence negates anything ("issued no tsunami warning")."""
    if "no" not in denying or "no" in other:
        return False  # the cheap test: most runs hold no "no"
    denied = _dangers_denied(denying_all)
    if not denied or _DANGER_PASSED.intersection(denying_all) or holds_negation(other_all):
        return False
    if sum(word in _DANGER_NOUNS for word in denying_all) > 1:
        return False  # the denying sentence names the warning too: "no threat, though a warning stands"
    return any(_warning_given(other_all, thing) for thing in denied) and not _places_differ(denying_all, other_all)


# The words that place a danger or a warning: "no threat of flooding [in] the town", "a flood warning [for] the
# river".  "For" places a warning, which is given for an area.
_PLACING = frozenset("in at on for across along near around".split())
# Days and months those words open too ("[on] Friday", "[in] March"): times, no places.
_TIMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december morning afternoon evening night weekend today tomorrow""".split())


# Nouns that name a place only in general: "the town" and "the area" may be one place, no other places.
_GENERAL_PLACES = frozenset("area areas region district town city county village locality neighbourhood".split())


def _places(words: list[str]) -> set[str]:
    """The nouns a sentence places its danger or warning at, past a determiner ("town" of "in the town")."""
    found = set()
    for k, word in enumerate(words[:-1]):
        if word in _PLACING:
            after = past(words, k + 1, DETERMINERS)
            if (after < len(words) and words[after].isalpha() and words[after] not in STOPWORDS
                    and words[after] not in _TIMES):
                found.add(words[after])
    return found


def _places_differ(denying_all: list[str], other_all: list[str]) -> bool:
    """Does each sentence place the danger at a place the other does not name ("no threat of flooding [in the
    town]" / "a flood warning [for the river]")?  A danger denied in one place says nothing of a warning for
    another."""
    denying_places, other_places = _places(denying_all), _places(other_all)
    if not _GENERAL_PLACES.isdisjoint(denying_places) and not _GENERAL_PLACES.isdisjoint(other_places):
        return False  # "in the town" / "for the area": two general names that may tell one place
    return (bool(denying_places) and bool(other_places)
            and not any(same_word(one, other) for one in denying_places for other in other_places)
            and not any(same_word(place, word) for place in denying_places for word in other_all)
            and not any(same_word(place, word) for place in other_places for word in denying_all))


# A deed failed in one sentence and told done in the other: "A coastguard helicopter from Inverness [was unable
# to] reach the group" / "The group was [airlifted by] a coastguard helicopter".  The verbs differ ("reach",
# "airlifted"), so no negation is put in before a verb both tell; but the same one acts on the same thing, and
# one report says it could not.  The phrases that tell a deed failed, the words before the verb failed:
_FAILING = (("unable", "to"), ("failed", "to"), ("could", "not"), ("couldn't",), ("couldn’t",), ("not", "able", "to"))
# The one word of those phrases that is no negation and negates no verb (``holds_negation``) on its own.
_UNABLE = "unable"
# Words that tell the deed failed and the deed done as two moments of one story ("was unable to reach the group
# [until] Saturday", "was [later] airlifted"), or set the failure against what came after ("[but]", "[instead]").
_TOLD_IN_TURN = frozenset("""later eventually finally until after afterwards then once when but instead initially
    first again subsequently before""".split())
# Words a subject is named with that say nothing of who it is: its determiners and the prepositions and "and" that
# join its words ("the crew [of] the boat"), and the words of an attribution around it ("[police officials said]").
_JOINING_A_NAME = frozenset("the a an its their his her from of in at on and".split())
_OF_AN_ATTRIBUTION = frozenset("said says police officials".split())
_MOST_WORDS_FROM_THE_THING_TO_THE_DEED = 6  # "the [crew] of the fishing boat were [rescued]"
# The days a failure is told on ("[on Sunday]", "[yesterday]"): a failure of its own day against a deed told done
# on no day tells an earlier moment of the story, the deed done after it.
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday".split())


def _deed_failed_at(words: list[str]) -> tuple[int, int] | None:
    """Where the phrase that tells a deed failed starts, and where the verb failed stands ("was [unable to] reach":
    the "unable" and the "reach"); None where the sentence holds none, or more than one."""
    found = []
    for k in range(len(words)):
        for phrase in _FAILING:
            end = k + len(phrase)
            if tuple(words[k:end]) == phrase and end < len(words) and words[end].isalpha():
                found.append((k, end))
    return found[0] if len(found) == 1 else None


def _thing_acted_on(words: list[str], verb: int) -> str | None:
    """The noun the verb at ``verb`` acts on, past a determiner: "reach [the] group" -> "group"."""
    return thing_after(words, verb)


# The deeds that tell a failed deed done after all, besides the failed verb itself: reaching people is done when
# they are rescued, airlifted or winched to safety; freeing them when they are rescued.  Any other deed done to the
# same thing is another deed ("could not save the driver" / "treated the driver", "unable to recover the wreck" /
# "located the wreck", "failed to capture the town" / "shelled the town").  Irregular forms after "/".
_RESULTS_OF_A_DEED = {
    "reach": "rescue airlift winch evacuate free",
    "free": "rescue extricate",
    "find": "locate",
    "locate": "find/found",
}


def _past_forms(listed: str) -> frozenset[str]:
    """The forms of the listed verbs that tell a deed done: "rescued", "found" (irregular forms after "/")."""
    return frozenset(form for entry in listed.split() for word, *irregular in [entry.split("/")]
                     for form in {form for form in inflections(word) if form.endswith("ed")} | set(irregular))


def _told_done(verb: str) -> frozenset[str]:
    """The words that tell the deed of ``verb`` done: its own past forms and those of its results."""
    return _past_forms(f"{verb} {_RESULTS_OF_A_DEED.get(verb, '')}")


def _done_to(words: list[str], thing: str, verb: str, failing_all: list[str]) -> bool:
    """Do ``words`` tell the failed deed (``verb``) done to ``thing`` after all, the verb or one of its results a
    few words from it that the failing sentence does not have ("The group was [airlifted]", "[rescued] the group")?"""
    places = [k for k, word in enumerate(words) if same_word(word, thing)]
    done = _told_done(verb)
    return any(word in done and word not in failing_all
               and any(abs(k - place) <= _MOST_WORDS_FROM_THE_THING_TO_THE_DEED for place in places)
               for k, word in enumerate(words))


def deed_failed_against_done(failing: list[str], other: list[str], failing_all: list[str], other_all: list[str]
                             ) -> bool:
    """Does a changed run tell a deed failed ("[was unable to reach the group]", "could not reach") by the one the
    other sentence tells doing that deed, or a known result of it (``_RESULTS_OF_A_DEED``), to the same thing ("The
    group was airlifted by a coastguard helicopter")?
    Only where the subject that failed is named in the other sentence, the thing it failed to act on is the one the
    other deed is done to, the other sentence negates nothing and tells nothing ahead, and neither tells the two as
    moments in turn ("was unable to reach the group on Friday; it airlifted them on Saturday")."""
    if _UNABLE not in failing and not holds_negation(failing):
        return False  # the cheap test: most runs hold no such word
    found = _deed_failed_at(failing_all)
    if found is None or not any(word in failing for word in failing_all[found[0]:found[1]]):
        return False
    start, verb = found
    if (holds_negation(other_all) or TOLD_AHEAD.intersection(other_all)
            or _TOLD_IN_TURN.intersection(failing_all) or _TOLD_IN_TURN.intersection(other_all)):
        return False
    if _DAYS.intersection(failing_all) and _DAYS.isdisjoint(other_all):
        return False  # "unable to locate the man [on Sunday]" / "found the body": what came after, no contradiction
    subject = [word for word in failing_all[:start] if word not in _JOINING_A_NAME and word not in _OF_AN_ATTRIBUTION
               and word not in TENSE_CARRIERS and word not in STOPWORDS]
    thing = _thing_acted_on(failing_all, verb)
    return (thing is not None and any(word in other_all for word in subject) and thing in other_all
            and _done_to(other_all, thing, failing_all[verb], failing_all))


def to_the_failing(words: list[str]) -> tuple[int, int] | None:
    """Where, in a changed run, the words that tell a deed failed stand, from its tense to the verb's "to" ("was
    unable to" of "was unable to reach the group", "could not"); None where the run holds none whole."""
    found = _deed_failed_at(words + ["x"])  # a verb after the run's last word may stand in the next run
    if found is None:
        return None
    start = found[0]
    while start and words[start - 1] in TENSE_CARRIERS:
        start -= 1
    return start, found[1]


def may_await(words: list[str]) -> bool:
    """Might the run tell a deed still awaited (``awaits_the_deed_done``): "still" before a verb of waiting, or
    "awaits"?  ("not yet" is a negation, glanced at already.)"""
    return not _AWAITING_ALONE.isdisjoint(words) or any(
        word == _STILL and words[k + 1:k + 2] and words[k + 1] in _AWAITING for k, word in enumerate(words))


def may_fail(words: list[str]) -> bool:
    """Might the run tell a deed failed (``deed_failed_against_done``) with the one word of its phrases that no
    negation glance sees: "was [unable] to reach"?"""
    return _UNABLE in words


# The words ``may_await`` and ``may_fail`` let no run through without: ``opposites`` glances for them (with the
# negations) before it reads a run by either, so these sets must hold every word the two glances test for first.
WORDS_MAY_AWAIT_NEEDS = _AWAITING_ALONE | {_STILL}
WORDS_MAY_FAIL_NEEDS = frozenset({_UNABLE})
