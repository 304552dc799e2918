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

from reader.core.terms import Token

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


def kinds_apart(a_tokens: list[Token], b_tokens: list[Token]) -> bool:
    """Does each sentence name, by a word before one noun both give ("union", "teachers", "council"), another
    thing of one kind, the other sentence naming its own nowhere?  "The nurses' union" / "The doctors' union";
    not "The nurses' union" / "The union" (the union may be the nurses'), nor "nurses and doctors" told on
    both sides."""
    a_marked, b_marked = _marked(a_tokens), _marked(b_tokens)
    if not a_marked or not b_marked:
        return False
    a_groups, b_groups = _told(a_tokens), _told(b_tokens)
    for (kind, group), noun in a_marked:
        for (other_kind, other_group), other_noun in b_marked:
            if (kind == other_kind and group != other_group and noun == other_noun
                    and (kind, group) not in b_groups and (kind, other_group) not in a_groups):
                return True
    return False


def _marked(tokens: list[Token]) -> list[tuple[tuple[int, int], str]]:
    """The sentence's listed words that stand before a content word, each with its kind and group, and that word's
    key."""
    return [(group, following.key)
            for token, following in zip(tokens, tokens[1:])
            if (group := _GROUP_OF.get(_as_written(token.surface))) and not following.stop and following.type != "number"]


def _told(tokens: list[Token]) -> set[tuple[int, int]]:
    """The kinds and groups of all the sentence's listed words, wherever they stand ("Nurses and doctors")."""
    return {group for token in tokens if (group := _GROUP_OF.get(_as_written(token.surface)))}


def _as_written(surface: str) -> str:
    """The word in lower case, without a possessive's "'s" or "'": "nurses'" -> "nurses", "Women's" -> "women"."""
    lower = surface.lower().replace("’", "'")
    return lower[:-2] if lower.endswith("'s") else lower.rstrip("'")
