"""The words that negate a claim, and the word helpers that read them, shared by the rules of ``opposites`` and
``opposites_deeds``.

Both modules read a changed run for a negation ("not", "didn't", "failed to", "has yet to"), the words that carry
its verb's tense ("was", "has been"), the subject the negation stands on ("the [water main] had not burst") and a
word in its other forms ("cross" / "crossed").  These words and helpers live here, in a module that imports
neither rule module, so each rule module imports them like any other: ``opposites`` may then import
``opposites_deeds`` at its top and read the deed rules' own words (``opposites._GLANCED_FIRST``), instead of the
two modules importing each other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from reader.core.numwords import ONES, TEENS, TENS
from reader.core.stemmer import stem
from reader.core.terms import STOPWORDS

# --- negations --------------------------------------------------------------------------------------------------

# Words that negate what follows, or the claim they stand in ("None of the skiers were wearing
# transceivers", "Nobody was hurt"); a contraction ("didn't", "wasn’t") negates its verb.
# "non-binding", "non-lethal": the prefix written apart negates its word as "not" does.
NEGATIONS = frozenset("not never no none nobody nothing non".split())
# "neither I nor my film are" is one negation, as "I and my film are not" is: "neither" counts,
# "nor" does not.
PAIRED_NEGATIONS = frozenset({"neither"})
CONTRACTED = ("n't", "n’t")
# "cannot" is "can" negated: the verb and its negation in one word.
NEGATED_FORMS = {"cannot": "can", "won't": "will", "won’t": "will", "can't": "can", "can’t": "can",
                 "shan't": "shall", "shan’t": "shall"}
# The negations that deny a verb ("had not burst", "never arrived", "wasn't damaged"), not a noun ("no tumors").
NOUN_NEGATIONS = frozenset("no none nobody nothing non neither".split())
# Words that deny as "not" does, which the negations above do not count: "unless the subsidies are repealed" is
# "if the subsidies are not repealed", "lacked the authority" "had no authority".
IMPLIED_NEGATIONS = frozenset("unless without lack lacks lacked lacking".split())


def is_negation(word: str) -> bool:
    """Is the lower-case word a negation ("not", "never", "no", "neither", "didn't", "cannot")?"""
    return word in NEGATIONS or word in PAIRED_NEGATIONS or word in NEGATED_FORMS or word.endswith(CONTRACTED)


# --- a word in its forms ----------------------------------------------------------------------------------------

def inflections(word: str) -> set[str]:
    """The forms a word takes in news copy, as a regular word makes them: "agree" -> "agrees",
    "agreed", "agreeing"; "ban" -> "banned"; "deny" -> "denied".  (Some are no words; they do no harm.)"""
    forms = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing"}
    if word.endswith("e"):
        forms.add(word[:-1] + "ing")
    if word.endswith("y"):
        forms |= {word[:-1] + "ied", word[:-1] + "ies"}
    if len(word) > 2 and word[-1] not in "aeiouwy" and word[-2] in "aeiou":
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


def stems_of(listed: str) -> frozenset[str]:
    """The stems of every form of the listed verbs ("withdraw/withdrew/withdrawn": irregular forms after "/")."""
    return frozenset(stem(form) for entry in listed.split() for word, *irregular in [entry.split("/")]
                     for form in inflections(word) | set(irregular))


def same_word(one: str, other: str) -> bool:
    """Are two lower-case words one word in two of its forms ("cross" / "crossed", "need" / "needs")?"""
    return (one == other or stem(one) == stem(other) or other in inflections(one)
            or one in inflections(other))


# --- negating phrases -------------------------------------------------------------------------------------------

# "failed to inform" is "did not inform", "refused to pay" is "did not pay", and "has yet to complete" is "has
# not yet completed": a form of "fail" or "refuse", or "yet", before "to" and a verb negates that verb as "not"
# does.  ("failing to address" / "not addressing" are both negated, and say one thing.)
_FAIL = frozenset("fail fails failed failing".split())
_REFUSE = frozenset("refuse refuses refused refusing".split())
NEGATING_BEFORE_TO = _FAIL | _REFUSE | {"yet"}
# "declined to comment" refuses as "refused to" does; but "declined" as often tells a fall, the level it fell to
# after "to" ("shares declined to record lows", "declined to a three-year low", "declined to levels last seen"),
# so it refuses only where a verb follows, not a word of a level (``_a_verb_refused``).
DECLINE = frozenset("decline declines declined declining".split())
_LEVEL_WORDS = (frozenset("""a an the its their his her this that these those record records level levels low lows
    lowest high highs historic about around roughly nearly almost just below under less fewer near some zero
    million millions billion billions trillion half""".split()) | frozenset(ONES) | frozenset(TEENS)
                | frozenset(TENS) | frozenset("hundred hundreds thousand thousands".split()))
# "rejected calls to resign", "resisted demands to pay": refusing what others ask leaves the deed undone, as
# "refused to" does.  The verb, up to one word before what is asked ("rejected [growing] calls to"), and "to".
REFUSING_ASKED = stems_of("reject rebuff resist dismiss ignore refuse decline")
_ASKED = frozenset("call calls demand demands request requests plea pleas appeal appeals pressure proposal proposals"
                   .split())
_MOST_WORDS_BEFORE_ASKED = 1


def _a_verb_refused(word: str) -> bool:
    """Might the word after "declined to" be the verb refused ("comment", "take", "discuss"), not the level a
    figure fell to: a word of a level, or a plural noun ("record [lows]", "[levels]"; a verb ends in "-ss" or
    "-us" where it ends in "s": "discuss", "focus")?"""
    return (word.isalpha() and word not in _LEVEL_WORDS
            and not (word.endswith("s") and not word.endswith(("ss", "us"))))


def negating_phrase_length(words: list[str], k: int) -> int:
    """How many words a phrase that negates the verb after it ("failed to", "yet to", "declined to", "rejected
    calls to") holds, opening at ``k``, the verb read in ``words``; 0 where none opens there."""
    word = words[k]
    if word in NEGATING_BEFORE_TO or word in DECLINE:
        if not (k + 2 < len(words) and words[k + 1] == "to" and words[k + 2].isalpha()):
            return 0
        if word == YET and k > 0 and is_negation(words[k - 1]):
            return 0
        return 2 if word not in DECLINE or _a_verb_refused(words[k + 2]) else 0
    if stem(word) not in REFUSING_ASKED:
        return 0
    for asked in range(k + 1, min(len(words), k + 2 + _MOST_WORDS_BEFORE_ASKED)):
        if words[asked] in _ASKED:
            after = asked + 1
            return after - k + 1 if after + 1 < len(words) and words[after] == "to" and words[after + 1].isalpha() else 0
    return 0


def negating_phrase(words: list[str], k: int) -> bool:
    """Does a phrase that negates the verb after it ("failed to", "yet to") open at ``k``?"""
    return negating_phrase_length(words, k) > 0


def holds_negation(words: list[str]) -> bool:
    """Do the lower-case ``words`` negate anything: a negation ("not", "didn't") or a phrase that negates the
    verb after it ("failed to inform", "has yet to complete")?"""
    return any(map(is_negation, words)) or (
        # every negating phrase ends in "to" (see negating_phrase_length): most runs hold none
        "to" in words and any(negating_phrase(words, k) for k in range(len(words))))


def negations_in(words: list[str]) -> int:
    """How many negations and negating phrases the lower-case ``words`` hold, with a "nor" that no "neither"
    opens ("None of them picked him, nor was he asked" negates twice)."""
    lone_nor = "nor" in words and not PAIRED_NEGATIONS.intersection(words)
    phrases = sum(negating_phrase(words, k) for k in range(len(words))) if "to" in words else 0
    return sum(map(is_negation, words)) + phrases + lone_nor


# --- the words around a verb ------------------------------------------------------------------------------------

# "be" and "have" as they carry a verb's tense: "was identified" / "has not been identified" tell one deed,
# the one denied, whatever the tense each report tells it in.  Only a tense changed, on both sides: a "have"
# put in with the negation alone ("have not decided whether" / "decided") may tell a decision not yet taken.
TENSE_CARRIERS = frozenset("is are was were be been being has have had".split())
# "do", "does", "did", which carry a negation to the verb after them: "did not cross", "doesn't need".
DO_FORMS = frozenset("do does did".split())
# The words that carry a verb's tense or its negation, read past from a negation to the verb: "not [been] injured".
CARRYING_A_VERB = TENSE_CARRIERS | DO_FORMS
# The forms of "be", which make a verb after them passive, its subject the one acted on: "the damage [was] covered".
BE_FORMS = frozenset("is are was were be been being".split())
# The "yet" of "not yet" and "has yet to": "has not yet signed", "is yet to be ratified".
YET = "yet"
# Words that tell a deed ahead, as planned or expected, not done: "will allow flights to resume".
TOLD_AHEAD = frozenset("will would shall may might could should plan plans planned expect expects expected hope hopes"
                       .split())
# "rule out", a verb that calls off or refuses what it acts on ("ruled out reopening talks"), is two words: the
# stem of its verb and its particle.
RULE_OUT = (stem("rule"), "out")


def without_tense(words: list[str]) -> list[str]:
    """The run without the words that only carry its verb's tense ("has been" -> "", "was" -> "")."""
    return [word for word in words if word not in TENSE_CARRIERS]


# --- the thing a negation is told of ----------------------------------------------------------------------------

# Words a participle stands after when it qualifies a noun: "a [burst] water main", "the [stolen] car".
BEFORE_A_QUALIFIER = frozenset("a an the its their his her this that".split())
# The determiners read past, before a noun: "reach [the] group", "scrapped [its] plans".
DETERMINERS = frozenset("its their his her the a an".split())
# Pronouns that stand for a subject told before them: "the pipe had flooded the basement, but [it] had not burst".
SUBJECT_PRONOUNS = frozenset("it they this these he she".split())
# How far before its negation a verb's subject is read: past a phrase that places it, however long ("the car
# [found in the river near the bridge] had not been stolen").  Past a relative clause ("the bridge, [which was
# closed to traffic on Monday], had not been damaged", "the pipe [that flooded the basement]"), the noun it
# opens after is the subject.
_MOST_WORDS_TO_THE_SUBJECT = 12
_RELATIVE_PRONOUNS = frozenset("which who that".split())
# Words that open a clause of its own: a subject before one ("the pipe had flooded the basement, though the
# boiler had not burst") is not the negated verb's.
CLAUSE_OPENERS = frozenset("though although but and while whereas because".split())


def thing_named_at(words: list[str], place: int, places: list[int]) -> list[str]:
    """The word or two of a thing named right after an article at ``place``, among ``places``: "the [boiler]",
    "the [old library]"; none when no article stands before it."""
    if place == 0 or words[place - 1] not in BEFORE_A_QUALIFIER or not may_be_a_noun(words[place]):
        return []
    following = place + 1
    return words[place:following + 1] if following in places and may_be_a_noun(words[following]) else [words[place]]


def may_be_a_noun(word: str) -> bool:
    return word.isalpha() and word not in STOPWORDS


def past(words: list[str], k: int, skipped: frozenset[str] | Callable[[str], bool]) -> int:
    """The first place from ``k`` on whose word is not among ``skipped``, or not one ``skipped`` accepts where it is a
    test ("to [publicly] back" past ``adverb_in_ly``); ``len(words)`` where none is."""
    skips = skipped if callable(skipped) else skipped.__contains__
    while k < len(words) and skips(words[k]):
        k += 1
    return k


def thing_after(words: list[str], k: int, skipped: frozenset[str] = DETERMINERS) -> str | None:
    """The noun right after the word at ``k``, past a determiner (or the other ``skipped`` words): the thing a verb
    acts on ("reach [the] group" -> "group") or an "of" names ("[of a] tsunami" -> "tsunami"); None where the word
    there may be no noun."""
    at = past(words, k + 1, skipped)
    return words[at] if at < len(words) and may_be_a_noun(words[at]) else None


def subject_of_negated(words: list[str], k: int) -> list[int]:
    """The places of the words before the negation of the verb at ``k`` in its clause, nearest first, where its
    subject stands: "the water main under the car park had not burst" -> "park", "car", "the", "under", "main",
    "water", "the"; "the bridge, which was closed, had not been damaged" -> "closed", "was", "which", "bridge"."""
    j = k - 1
    while j >= 0 and (words[j] in TENSE_CARRIERS or words[j] in DO_FORMS or is_negation(words[j])):
        j -= 1
    places = []
    for place in range(j, max(-1, j - _MOST_WORDS_TO_THE_SUBJECT), -1):
        if words[place] in CLAUSE_OPENERS:
            break
        places.append(place)
        if words[place] in _RELATIVE_PRONOUNS and place > 0:
            places.append(place - 1)
            break
    return places


def run_ends(run: list[str], sentence: list[str]) -> Iterator[int]:
    """Where each place the run stands in its sentence ends, the sentence's end included (``run`` not empty)."""
    for end in range(len(run), len(sentence) + 1):
        if sentence[end - len(run):end] == run:
            yield end
