"""Words that turn a claim round: negations, and pairs of opposites.

"The court found him guilty" / "The court found him not guilty", "The ministry confirmed the
report" / "The ministry denied the report": every other word is shared, so the two read as one
claim restated, but each says the opposite of the other.  worddiff.py finds such a change in a
link's word diff (``turns_round``), and the relation of the link is then "related" (a dispute),
never "equivalent".

Only a change of these words *alone* counts: "for failing to address the scandal" / "for not
addressing the scandal" rewords a clause around its negation and says the same thing.
"""

from __future__ import annotations

from reader.core.stemmer import stem

# Words that negate what follows; a contraction ("didn't", "wasn’t") negates its verb.
NEGATIONS = frozenset("not never no".split())
# "No. 3", "Shaft No 3": the abbreviation of "number", which a figure follows; no negation.
NUMBERING_NO = "no."
# "neither I nor my film are" is one negation, as "I and my film are not" is: "neither" counts,
# "nor" does not.
_PAIRED_NEGATIONS = frozenset({"neither"})
_CONTRACTED = ("n't", "n’t")
# "cannot" is "can" negated: the verb and its negation in one word.
_NEGATED_FORMS = {"cannot": "can", "won't": "will", "won’t": "will", "can't": "can", "can’t": "can",
                  "shan't": "shall", "shan’t": "shall"}

# Pairs of words (any inflection) of which one says the opposite of the other in a news claim.
# Only pairs that cannot be the same fact told two ways: "rose" / "fell", not "cut" / "reduced".
_OPPOSITE_WORDS = """
    confirm deny; accept reject; approve reject; admit deny; survive die; alive dead;
    guilty innocent; convict acquit; win lose; rise fall; increase decrease; gain lose;
    up down; higher lower; more fewer; allow ban; allow forbid; legal illegal; open close;
    support oppose; agree disagree; pass fail; succeed fail; true false; include exclude;
    impose lift; above below; before after; arrive depart; start end
"""
OPPOSITES = frozenset(
    frozenset((stem(one), stem(other)))
    for one, other in (pair.split() for pair in _OPPOSITE_WORDS.replace("\n", " ").split(";") if pair.strip())
)


def is_negation(word: str) -> bool:
    """Is the lower-case word a negation ("not", "never", "no", "neither", "didn't", "cannot")?"""
    return word in NEGATIONS or word in _PAIRED_NEGATIONS or word in _NEGATED_FORMS or word.endswith(_CONTRACTED)


def without_negation(word: str) -> str:
    """The lower-case word with its negation taken off: "didn't" -> "did", "cannot" -> "can"."""
    if word in _NEGATED_FORMS:
        return _NEGATED_FORMS[word]
    for ending in _CONTRACTED:
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def are_opposites(one: str, other: str) -> bool:
    """Do two lower-case words say opposite things ("confirmed" / "denied", "rose" / "fell")?"""
    return frozenset((stem(one), stem(other))) in OPPOSITES
