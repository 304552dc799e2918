"""Two things of one kind, told apart by one word before the same noun: "the [nurses'] union" / "the
[doctors'] union", "[primary] teachers" / "[secondary] teachers", "the [city] council" / "the [county]
council", "the [northbound] lanes" / "the [southbound] lanes".

Two such sentences share every other word, so they read as one claim restated; but each tells what
another body, group or place did, and neither corroborates the other.  Nor does one deny the other
when their verbs are opposites ("The nurses' union has accepted the offer" / "The doctors' union
rejected the offer"): two actors, two deeds.

Which words set two things apart no corpus can teach a lexical engine: "video" / "television
replays" and "appellate" / "lower courts" are the same things told in other words.  So the words
are listed, by kind, in groups of words that tell one thing ("north", "northern"); two words of one
kind from two groups tell two things.  Only words that are never one another's paraphrase are
listed: "national" and "federal", "city" and "town", "lawyers" and "barristers" may be."""

from __future__ import annotations

from reader.core.terms import Token, tokenize

# Each kind: groups of words that name one thing, as written (a possessive's "'s" or "'" aside): "counties"
# is no tier of government but the counties themselves ("disaster in 39 counties" / "a federal disaster").
_KINDS = (
    # tiers of government ("district" is left out: a US district judge is a federal judge)
    ("city", "county", "state", "federal", "provincial", "municipal"),
    # schooling
    ("primary", "secondary", "elementary", "tertiary"),
    ("junior", "senior"),
    # trades that strike, vote and bargain apart
    ("nurses", "doctors", "midwives", "paramedics", "teachers", "lecturers", "pilots", "firefighters",
     "pharmacists", "dentists", "miners", "farmers", "dockers", "porters"),
    # directions
    ("north northern northbound", "south southern southbound", "east eastern eastbound",
     "west western westbound"),
    ("upper", "lower"),
    ("inner", "outer"),
    ("men male", "women female", "boys", "girls"),
    ("home", "away"),
    ("domestic", "international"),
    ("civil", "criminal"),
    ("public", "private"),
    ("democratic democrat democrats", "republican republicans"),
    ("labour", "conservative conservatives tory tories"),
)


# word -> (kind, group): two words of one kind and two groups tell two things.
_GROUP_OF: dict[str, tuple[int, int]] = {
    word: (kind, group)
    for kind, groups in enumerate(_KINDS)
    for group, words in enumerate(groups)
    for word in words.split()
}


# The keys the tokenizer gives the listed words: most sentences hold none, and a key is looked up in a
# set before any word is read as written.
_KEYS = frozenset(token.key for word in _GROUP_OF for token in tokenize(word))


def kinds_apart(a_tokens: list[Token], b_tokens: list[Token]) -> bool:
    """Does each sentence name, by a word before one noun both give ("union", "teachers", "council"), another
    thing of one kind, the other sentence naming its own nowhere?  "The nurses' union" / "The doctors' union";
    not "The nurses' union" / "The union" (the union may be the nurses'), nor "nurses and doctors" told on
    both sides."""
    a_listed = _listed(a_tokens)
    b_listed = _listed(b_tokens) if a_listed else []
    if not b_listed:
        return False
    a_groups = {group for _, group in a_listed}
    b_groups = {group for _, group in b_listed}
    for (kind, group), noun in _marked(a_tokens, a_listed):
        for (other_kind, other_group), other_noun in _marked(b_tokens, b_listed):
            if (kind == other_kind and group != other_group and noun == other_noun
                    and (kind, group) not in b_groups and (kind, other_group) not in a_groups):
                return True
    return False


def _listed(tokens: list[Token]) -> list[tuple[int, tuple[int, int]]]:
    """The places of the sentence's listed words, wherever they stand ("Nurses and doctors"), each with its
    kind and group."""
    return [(place, group) for place, token in enumerate(tokens)
            if token.key in _KEYS and (group := _GROUP_OF.get(_as_written(token.surface)))]


def _marked(tokens: list[Token], listed: list[tuple[int, tuple[int, int]]]) -> list[tuple[tuple[int, int], str]]:
    """Of the ``listed`` words, those that name the doer of what the sentence tells or the things it counts, each
    with its kind and group, and the key of the noun they stand before: the word opens its clause's subject ("[The]
    nurses' union has accepted", "Officials said [the] doctors' union rejected") or follows a figure ("300 primary
    schools"), and its noun says no one's words ("City officials said 12 died": the sayer, not what happened).  A
    listed word elsewhere tells a detail of one event the reports may disagree on ("The crash happened on the
    northbound carriageway" / "... on the southbound carriageway")."""
    return [(group, tokens[place + 1].key) for place, group in listed
            if place + 1 < len(tokens) and not tokens[place + 1].stop and tokens[place + 1].type != "number"
            and (_opens_a_subject(tokens, place) or _counted_kind(tokens, place)) and not _a_sayer(tokens, place + 1)]


# Words a clause's subject may follow: "Officials said [the doctors' union] rejected it", "..., but [the county
# council] approved it".
_CLAUSE_OPENERS = frozenset("said says told that but and while whereas although though as".split())
# Words before a subject's qualifier, inside its phrase: "[The] nurses' union", "[Both] primary teachers".
_BEFORE_A_QUALIFIER = frozenset("the a an both all some most many its their our his her".split())


def _opens_a_subject(tokens: list[Token], place: int) -> bool:
    """Does the listed word at ``place`` open its clause's subject, past a determiner: at the sentence's start
    or after a word that opens a clause (_CLAUSE_OPENERS)?"""
    k = place - 1
    while k >= 0 and tokens[k].surface.lower() in _BEFORE_A_QUALIFIER:
        k -= 1
    return k < 0 or tokens[k].surface.lower() in _CLAUSE_OPENERS


def _counted_kind(tokens: list[Token], place: int) -> bool:
    """Does the listed word at ``place`` follow a figure, as the kind of the things it counts ("300 [primary]
    schools", "5,000 [junior] doctors")?  Two kinds counted are two counts, wherever the sentence gives them."""
    return place > 0 and tokens[place - 1].type == "number"


def _a_sayer(tokens: list[Token], noun: int) -> bool:
    """Does a word of saying follow the noun at ``noun`` ("City officials [said]", "State police [told]")?"""
    return noun + 1 < len(tokens) and tokens[noun + 1].type == "hedge"


def _as_written(surface: str) -> str:
    """The word in lower case, without a possessive's "'s" or "'": "nurses'" -> "nurses", "Women's" -> "women"."""
    lower = surface.lower().replace("’", "'")
    return lower[:-2] if lower.endswith("'s") else lower.rstrip("'")
