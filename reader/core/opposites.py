"""Words that turn a claim round: negations, and pairs of opposites.

"The court found him guilty" / "The court found him not guilty", "The ministry confirmed the
report" / "The ministry denied the report", "The plant was profitable" / "The plant was unprofitable":
every other word is shared, so the two read as one claim restated, but each says the opposite of the
other.  worddiff.py finds such a change in a link's word diff (``turns_round``), and the relation of
the link is then "related" (a dispute), never "equivalent".

Only a change of these words *alone* (with the words that carry a verb: "survived" / "was killed
in") counts: "for failing to address the scandal" / "for not addressing the scandal" rewords a
clause around its negation and says the same thing.  And two such changes turn the claim back:
"Everyone on board survived" / "No one on board was killed" swaps the quantifier and the verb for
their opposites and says one thing twice.  A claim is turned round when an odd number of the changed
runs turn it (``runs_turning_round``).

A deed told the other way round in other words (failed, refused, awaited or denied where the other report tells
it done: "was unable to reach the group" / "The group was airlifted") is read by the rules of ``opposites_deeds``.
The negations themselves, and the word helpers both modules read, are in ``negation_words``.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache, partial

# The rules of deeds told in other words, failed, refused, awaited or denied, which the rules below call.
from reader.core import opposites_deeds as deeds
from reader.core.negation_words import (
    BE_FORMS,
    BEFORE_A_QUALIFIER,
    CARRYING_A_VERB,
    CLAUSE_OPENERS,
    CONTRACTED,
    DECLINE,
    DETERMINERS,
    DO_FORMS,
    IMPLIED_NEGATIONS,
    NEGATED_FORMS,
    NEGATING_BEFORE_TO,
    NEGATIONS,
    NOUN_NEGATIONS,
    PAIRED_NEGATIONS,
    REFUSING_ASKED,
    RULE_OUT,
    SUBJECT_PRONOUNS,
    TENSE_CARRIERS,
    TOLD_AHEAD,
    YET,
    holds_negation,
    inflections,
    is_negation,
    may_be_a_noun,
    negating_phrase,
    negating_phrase_length,
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
from reader.core.numwords import (
    MONTHS,
    ONES,
    PERSON_NOUNS,
    SAME_THING,
    TEENS,
    TENS,
    WEEKDAYS,
)
from reader.core.stemmer import stem
from reader.core.terms import STOPWORDS, Token, adverb_in_ly

# "No. 3", "Shaft No 3": the abbreviation of "number", which a figure follows; no negation.
NUMBERING_NO = "no."
# "None of the skiers" is "no skiers": the "of" goes with the negation, and goes out with it.
_PARTITIVE_NEGATIONS = frozenset({"none", "neither"})

# Pairs of words (any inflection) of which one says the opposite of the other in a news claim.
# Only pairs that cannot be the same fact told two ways: "rose" / "fell", not "cut" / "reduced".
# Irregular forms follow their word after "/".
_OPPOSITE_WORDS = """
    confirm deny; accept reject; approve reject; admit deny; survive die; survive kill; survive drown; alive dead;
    guilty innocent; convict acquit; win lose/lost; rise/rose/risen fall/fell/fallen; increase decrease;
    gain lose/lost; up down; higher lower; more fewer; allow ban; allow forbid/forbade/forbidden;
    legal illegal; open close; support oppose; agree disagree; pass fail; succeed fail; true false;
    include exclude; impose lift; above below; before after; arrive depart; start end; open shut; open seal;
    resume halt; resume suspend; resume stop; increase reduce; increase cut; raise lower; raise reduce;
    raise cut; restore cut; restore lose/lost; agree refuse; accept refuse; larger smaller; bigger smaller;
    greater smaller; largest smallest; biggest smallest; wider narrower; widen narrow;
    grow/grew/grown shrink/shrank/shrunk; online offline
"""
# Sides of the same sense, each word of the one the opposite of each of the other: "welcomed" / "condemned",
# "backed" / "criticised", "improved" / "worsened", "climbed" / "slid", "cleared" / "blocked" the deal,
# "earlier" / "later" than expected.  A side holds only words of one sense, so no two words of a side say
# the opposite; a word may stand in several sides ("deny": of a decision, of a claim).
_OPPOSITE_SIDES = """
    welcome praise applaud hail commend back support endorse defend favour
        | condemn criticise denounce deplore oppose reject attack;
    praise credit | blame;
    accept approve clear pass ratify sign grant allow permit uphold/upheld
        | reject veto block refuse deny overturn ban forbid/forbade/forbidden prevent quash dismiss;
    confirm admit acknowledge | deny refute dispute contradict;
    improve strengthen | worsen deteriorate weaken;
    accelerate quicken | slow decelerate;
    expand widen wide | contract narrow; tighten | ease loosen relax; escalate heighten | ease calm defuse;
    lengthen extend | shorten;
    rise/rose/risen increase climb gain jump surge soar advance
        | fall/fell/fallen decrease decline drop slide/slid slip dip plunge tumble sink/sank/sunk slump;
    raise boost hike | lower cut reduce slash; add create hire | cut shed eliminate;
    hire appoint | fire sack dismiss;
    start begin resume launch | stop halt end suspend cease finish abandon;
    continue | stop halt end suspend cease collapse; resume | collapse;
    impose introduce | lift scrap abolish;
    enter join arrive | leave/left exit quit depart; attend | boycott skip miss;
    meet/met beat/beaten break/broke/broken exceed top hit | miss; lead/led | trail; include | omit;
    buy/bought purchase acquire | sell/sold; buyer purchaser | seller; import | export; importer | exporter;
    lend/lent | borrow; lender | borrower; deploy send/sent | withdraw/withdrew/withdrawn; advance | retreat;
    arrest detain capture | release free; convict | clear; appear | disappear; encourage | discourage;
    early/earlier/earliest sooner | late/later/latest; ahead | behind; above over | below under;
    first | last; last previous | next;
    inside | outside; indoor | outdoor; internal | external; inner | outer; interior | exterior;
    north northern northbound | south southern southbound; east eastern eastbound | west western westbound;
    upward upstream uphill upstairs | downward downstream downhill downstairs;
    high highest | low lowest; upper | lower; top | bottom;
    more most many | less least few fewest; maximum | minimum; majority | minority;
    good better best | bad worse worst; well | poorly; strong stronger strongest | weak weaker weakest;
    positive | negative; optimistic | pessimistic; bullish | bearish; hawkish | dovish;
    profit | loss; surplus | deficit; success | failure; victory | defeat; winner | loser;
    safe | dangerous; right correct | wrong; friendly | hostile; peaceful | violent; public | private;
    full | empty; present | absent; wet | dry; hot warm | cold cool; heavy | light;
    fast faster fastest quick | slow slower slowest; long longer longest | short shorter shortest;
    old older oldest | young younger youngest; rich richer wealthy | poor poorer; easy easier | hard harder;
    with | without; pro | anti; proceed | cancel abandon;
    unaffected undamaged unharmed intact | affected disabled disrupted damaged destroyed;
    enter join | withdraw/withdrew/withdrawn
"""
# The verbs above with "re" before them say the same as the verb itself: "reopened" / "closed",
# "regained" / "lost", "reimposed" / "lifted".  (Some, "redead", are no words; they do no harm.)
_AGAIN = "re"
# Quantifiers and their opposites: "All of" / "None of", "everyone" / "no one", "always" / "never".
# They take neither endings nor "re"; "_" joins the words of one that is written as two.  What a
# quantifier says hangs on the rest of its clause: "Everyone survived" / "No one survived" are
# opposites, but "Everyone survived" / "No one was killed" say one thing, the verb swapped for its
# opposite too; so a swap counts only where an odd number of changes turn the claim
# (``runs_turning_round``).
_OPPOSITE_QUANTIFIERS = """
    all none; all no; every no; everyone no_one; everybody nobody; everything nothing; always never
"""


def _opposite_pairs() -> tuple[dict[str, str], frozenset[frozenset[str]]]:
    """Each form's key (``_key``) -> the word it is a form of, and the pairs of opposite words."""
    word_of: dict[str, str] = {}
    pairs = set()
    listings = ((_OPPOSITE_WORDS, _verb_forms), (_OPPOSITE_QUANTIFIERS, _quantifier_forms),
                (_OPPOSITE_SIDES, _verb_forms))
    for listed, forms_of in listings:
        for one_side, other_side in _listed_sides(listed):
            words = ([], [])
            for side, listed_words in zip(words, (one_side, other_side)):
                for listed_word in listed_words:
                    word, forms = forms_of(listed_word)
                    for form in forms:
                        word_of.setdefault(_key(form), word)
                    side.append(word)
            pairs |= {frozenset((one, other)) for one in words[0] for other in words[1]}
    return word_of, frozenset(pairs)


def _listed_sides(listed: str) -> list[tuple[list[str], list[str]]]:
    """The two sides of each entry of a list: "confirm deny" (a pair), "welcome praise | condemn oppose"."""
    entries = []
    for entry in listed.replace("\n", " ").split(";"):
        sides = entry.split("|") if "|" in entry else entry.split()
        if len(sides) == 2:
            entries.append((sides[0].split(), sides[1].split()))
    return entries


def _verb_forms(side: str) -> tuple[str, set[str]]:
    """A listed word ("rise/rose/risen") and its forms, with "re" before them too."""
    word, *irregular = side.split("/")
    forms = inflections(word) | set(irregular)
    return word, forms | {_AGAIN + form for form in forms}


def _quantifier_forms(side: str) -> tuple[str, set[str]]:
    word = side.replace("_", " ")
    return word, {word}


def _key(word: str) -> str:
    """What a word is looked up by: its stem, or the words of a quantifier written as two ("no one")."""
    return word if " " in word else stem(word)


_WORD_OF, OPPOSITES = _opposite_pairs()


def _allies() -> dict[str, frozenset[str]]:
    """Each listed word -> the listed words on its side of some pair: those that share an opposite with it
    ("climb" -> "rise", "gain", ...)."""
    opposite_of: dict[str, set[str]] = {}
    for pair in OPPOSITES:
        one, other = tuple(pair)
        opposite_of.setdefault(one, set()).add(other)
        opposite_of.setdefault(other, set()).add(one)
    return {word: frozenset(ally for opposite in opposites for ally in opposite_of[opposite])
            for word, opposites in opposite_of.items()}


_ALLIES = _allies()


def _told_in_other_words(word: str, words: list[str]) -> bool:
    """Does the sentence (its lower-cased ``words``) tell ``word``'s side too, in another of its words ("rose"
    for "climbed")?  Then a change elsewhere that puts in the opposite ("... before falling back") adds a
    claim of its own, and turns none round."""
    listed = _WORD_OF.get(_key(word))
    allies = _ALLIES.get(listed, frozenset()) if listed else frozenset()
    return any(_WORD_OF.get(_key(other)) in allies for other in words)


def lowered_words(tokens: list[Token]) -> list[str]:
    """The tokens' surfaces lower-cased, as the checks below read them: "No" before digits is kept as
    the numbering it is ("Shaft No. 3", "No 10"), not the negation "no" ("no 24-hour cover", "No two
    flats").  The relation (worddiff.turns_round) and the report read a sentence through this one
    function, so a word that turns the claim round for the one is reported by the other."""
    words = [t.surface.lower() for t in tokens]
    for k, token in enumerate(tokens[:-1]):
        if token.surface in ("No", "NO") and tokens[k + 1].surface[:1].isdigit():
            words[k] = NUMBERING_NO
    return words


def without_negation(word: str) -> str:
    """The lower-case word with its negation taken off: "didn't" -> "did", "cannot" -> "can"."""
    if word in NEGATED_FORMS:
        return NEGATED_FORMS[word]
    for ending in CONTRACTED:
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def are_opposites(one: str, other: str) -> bool:
    """Do two lower-case words say opposite things ("confirmed" / "denied", "agreed" / "disagreed",
    "reopened" / "closed", "everyone" / "no one", "profitable" / "unprofitable")?"""
    first, second = _WORD_OF.get(_key(one)), _WORD_OF.get(_key(other))
    if first is not None and second is not None and frozenset((first, second)) in OPPOSITES:
        return True
    return negated_by_prefix(one, other) or negated_by_prefix(other, one)


# The prefixes that negate a word: "unprofitable", "illegal", "irregular", "impossible", "inaccurate",
# "dishonest", "nonpayment".  Each is tried only where the word without it stands in the other
# sentence in its place (``swapped_for_its_opposite``), so "uniform" never meets "form"; and each
# checks its word further (``_PREFIX_RULES``), because a prefix of those letters often negates nothing:
# "understand", "discover", "income", "impress".  A word of two letters is too short to tell: "unto" /
# "to".
_SHORTEST_BASE = 3


def negated_by_prefix(word: str, base: str) -> bool:
    """Is the lower-case ``word`` the lower-case ``base`` with a prefix that negates it ("unprofitable" /
    "profitable", "disallowed" / "allowed", "illegal" / "legal"), not letters that only look like one
    ("understand" / "stand", "discovered" / "covered", "inform" / "form")?"""
    if len(base) < _SHORTEST_BASE or not word.endswith(base):
        return False
    prefix = word[: -len(base)]
    rule = _PREFIX_RULES.get(prefix)
    return rule is not None and rule(base)


# "uniform", "unison", "underpaid": "uni-" (one) and "under-" are other prefixes.
_NOT_UN = ("i", "der")
# Verbs that "un-" undoes rather than negates: "The journalist who uncovered the payments" reveals them,
# and says nothing against "covered"; so "unveiled", "unlocked", "unleashed", "unfolded".  And "unrest"
# is a noun of its own, no "not rest".  By stem, so every form of each is known.
_UN_REVERSES = frozenset(stem(word) for word in """cover veil do pack lock leash fold earth ravel wrap load tie
    tied plug seal zip roll button mask rest""".split())


def _un_negates(base: str) -> bool:
    """"unable", "unknown", "unlawful", "unarmed", "unconfirmed": "un-" negates the adjective or participle
    it is put on, but undoes a verb ("uncovered", "unveiled", ``_UN_REVERSES``)."""
    return not base.startswith(_NOT_UN) and stem(base) not in _UN_REVERSES


def _non_negates(base: str) -> bool:
    """"nonpayment", "nonbinding", "nonviolent": "non-" has no other sense."""
    return True


# "in-" and its forms "im-", "il-", "ir-" negate adjectives ("inaccurate", "impossible", "illegal",
# "irregular", "invalid"), which their endings tell; before verbs and nouns they mean "into" ("inform",
# "income", "import", "improve", "invent").
_ADJECTIVE_ENDINGS = ("able", "ible", "al", "ant", "ent", "ive", "ic", "ous", "ect", "ete", "ate", "ite", "ure",
                      "ar", "id", "ane")
_SHORTEST_ADJECTIVE = 5  # "legal", "valid"; not "vent" (invent), "tent" (intent), "sure" (insure)
# Adjectives that "in-" does not negate: "inflammable" is "flammable", "invaluable" beyond value,
# "inhabitable" "habitable", "infamous" notorious; "immigrant" and "immediate" are other words.
# "indifferent" is uncaring, not the same.
_IN_WITHOUT_NEGATION = ("flammab", "valuab", "habitab", "famous", "migra", "media", "differ")
# The letters each form of "in-" comes before: "illegal", "irregular", "immoral", "impossible",
# "imbalance"; "in-" itself before any other ("inaccurate", "invalid").
_IN_FORMS = {"in": "", "il": "l", "ir": "r", "im": "mpb"}
_IN_FORMED = "".join(_IN_FORMS.values())


def _in_negates(letters: str, base: str) -> bool:
    """Does the form of "in-" that comes before ``letters`` negate ``base``: an adjective, by its ending
    ("accurate", "legal", "possible"), and not a word of "stall" ("install")?"""
    fits = base[0] in letters if letters else base[0] not in _IN_FORMED
    return (fits and len(base) >= _SHORTEST_ADJECTIVE and base.endswith(_ADJECTIVE_ENDINGS)
            and not base.endswith("all") and not base.startswith(_IN_WITHOUT_NEGATION))


# "dis-" negates only some words ("disagree", "disallow", "disobey", "dishonest", "disqualified"): before
# most it means "apart" or undoes ("discover", "disclose", "dismiss", "display", "disarm", "disembark"), and
# it makes nouns and adjectives of their own ("disorder", "disinformation", "disaffected", "disease",
# "disappointed"), none of which says "not" the word without it.  So only the words below, by stem.
_DIS_NEGATES = frozenset(stem(word) for word in """agree allow obey approve qualify continue connect honest
    honour honor like trust loyal believe prove credit respect satisfy please favour favor similar comfort
    obedient""".split())


def _dis_negates(base: str) -> bool:
    """Does "dis-" negate ``base`` ("disallowed", "dishonest"), not mean "apart" ("discovered") or make a
    word of its own ("disorder")?"""
    return stem(base) in _DIS_NEGATES


_PREFIX_RULES = {"un": _un_negates, "non": _non_negates, "dis": _dis_negates,
                 **{prefix: partial(_in_negates, letters) for prefix, letters in _IN_FORMS.items()}}


def runs_turning_round(runs: list[tuple[list[str], list[str]]], a_all: list[str], b_all: list[str]) -> list[bool]:
    """For each changed run (its lower-cased words in A and in B), does it turn the claim round
    (``turns_the_claim_round``)?  All False when each quantifier turned is turned back by a verb or a
    negation turned ("Everyone [survived]" / "No one [was killed]", "All [survived]" / "None [died]"):
    "no one" is "everyone ... not".  Two negations or two verbs turned are two clauses turned ("was not
    armed and was not dangerous" / "was armed and was dangerous"), and do not cancel.  The relation
    (worddiff.turns_round) and the report both count through this one function, so the report calls
    out a change exactly where the relation reads the claim turned round."""
    turning = [turns_the_claim_round(a_run, b_run, a_all, b_all) for a_run, b_run in runs]
    quantifiers = sum(1 for turns, (a_run, b_run) in zip(turning, runs) if turns and _QUANTIFIERS.intersection(a_run + b_run))
    others = sum(turning) - quantifiers
    if quantifiers % 2 and safety_told_both_ways(a_all, b_all):
        others += 1  # "were all [safe]" / "[none] ... had been [hurt]": the harm denied turns the quantifier back
    return turning if quantifiers != others else [False] * len(turning)


# Words that tell people came to no harm, and the harms that a "none" or "not" before them denies: "its crew of
# 23 were all safe" / "none of its 23 crew members had been hurt" tell one thing, the quantifier and the state
# both turned.
_UNHARMED = frozenset("safe unharmed unhurt uninjured unscathed".split())
_HARMS = frozenset("hurt harmed injured wounded injury injuries harm".split())
_MOST_WORDS_FROM_A_NEGATION_TO_THE_HARM = 8


def safety_told_both_ways(a_all: list[str], b_all: list[str]) -> bool:
    """Does one sentence tell people unharmed ("were all safe") where the other denies them harm ("none of its
    crew had been hurt", "no one was injured"), neither telling the other's words?"""
    return _safe_against_harm_denied(a_all, b_all) or _safe_against_harm_denied(b_all, a_all)


def _safe_against_harm_denied(safe_all: list[str], denying_all: list[str]) -> bool:
    if _UNHARMED.isdisjoint(safe_all) or _HARMS.isdisjoint(denying_all) or not _HARMS.isdisjoint(safe_all):
        return False
    if not _UNHARMED.isdisjoint(denying_all) or any(map(is_negation, safe_all)):
        return False
    reach = _MOST_WORDS_FROM_A_NEGATION_TO_THE_HARM
    return any(word in _HARMS and any(map(is_negation, denying_all[max(0, k - reach):k]))
               for k, word in enumerate(denying_all))


def scattered_opposite(runs: list[tuple[list[str], list[str]]], a_all: list[str], b_all: list[str]
                       ) -> tuple[int, int] | None:
    """The places, among ``runs``, of words taken out of A and of words put into B by two changes that swap a
    claim's verb for its opposite, when the other sentence told the claim in another order: "Organisers
    [called off] the festival" / "The festival [went ahead] ..., [organisers said]".  The diff keeps what the two
    verbs act on between them, so neither is a change of the other, and each is read without the words the
    other sentence has anywhere ("organisers" only moved).  None when no such pair, or more than one."""
    found = []
    pairs = taken_out_and_put_in(runs)
    if not pairs:
        return None
    a_own = {k: _not_in(runs[k][0], b_all) for k, _ in pairs}  # each run's words once, not once for each pair
    b_own = {n: _not_in(runs[n][1], a_all) for _, n in pairs}
    for k, n in pairs:
        a_words, b_words = a_own[k], b_own[n]
        if (_verbs_swapped_apart(a_words, b_words, a_all, b_all)
                or _infinitive_swapped_apart(a_words, b_words, a_all, b_all)
                or _change_against_a_comparison(a_words, b_words, a_all, b_all)
                or _change_against_a_comparison(b_words, a_words, b_all, a_all)):
            if _QUANTIFIERS.intersection(a_words + b_words) and safety_told_both_ways(a_all, b_all):
                continue  # "were [all] safe" / "[none] of ... had been hurt": the harm denied turns it back
            found.append((k, n))
    return found[0] if len(found) == 1 else None


# Comparatives that tell a change over time with "than" and an earlier time ("[More] people said they could speak
# Irish [than in 2016]"), each with the listed verb of the change it tells.
_COMPARATIVE_CHANGES = {"more": "increase", "fewer": "decrease", "less": "decrease"}
# Words after "than" that name an earlier time: "than in 2016", "than last year", "than a decade ago", "than before".
_EARLIER_TIMES = frozenset("last previous before ago earlier".split())
_MOST_WORDS_AFTER_THAN = 4


def _change_against_a_comparison(changing: list[str], comparing: list[str], changing_all: list[str],
                                 comparing_all: list[str]) -> bool:
    """Is a verb of change taken out of one side ("The number of people who ... [decreased] slightly") where the
    other puts in the comparative of the opposite change, set against an earlier time ("[More] people said they
    could speak Irish than in 2016"), of the thing the first names ("people")?  "More than in 2016" says it rose.
    Not where the changing side compares too ("fell less than expected"), nor where either negates, nor of
    another thing ("More women ..." / "The number of men ... fell")."""
    if len(comparing) != 1 or comparing[0] not in _COMPARATIVE_CHANGES or not changing:
        return False
    verb = next((word for word in changing if _key(word) in _WORD_OF), None)
    if verb is None or not are_opposites(verb, _COMPARATIVE_CHANGES[comparing[0]]) or "than" in changing_all:
        return False
    if not all(word == verb or word in TENSE_CARRIERS or adverb_in_ly(word) for word in changing):
        return False  # "[Polish decreased]" / "... Irish": the change of another thing
    if negations_in(changing_all) or negations_in(comparing_all):
        return False
    at = comparing_all.index(comparing[0])
    thing = comparing_all[at + 1] if at + 1 < len(comparing_all) else ""
    return (thing.isalpha() and thing not in STOPWORDS and _told_in(thing, changing_all[:changing_all.index(verb)])
            and _than_an_earlier_time(comparing_all[at + 2:]))


def _than_an_earlier_time(words: list[str]) -> bool:
    """Do the words hold "than" before an earlier time ("than in 2016", "than last year", "than a year ago")?"""
    for k, word in enumerate(words):
        if word == "than":
            after = words[k + 1:k + 1 + _MOST_WORDS_AFTER_THAN]
            return any(_a_year_word(told) or told in _EARLIER_TIMES for told in after)
    return False


def _a_year_word(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def negated_apart(runs: list[tuple[list[str], list[str]]], a_all: list[str], b_all: list[str]) -> tuple[int, int] | None:
    """The places, among ``runs``, of a word taken out of one side and of the same word negated, put into the other
    side at another place: "a [burst] water main had weakened the chalk" / "the water main [had not burst]".  The
    diff cannot keep the word, which stands in another place on each side, so no change is the negation alone.
    Only in two sentences that hold different numbers of negations, where the word stands nowhere else in the
    negated one.  (A's run first, then B's.)  None when no such pair, or more than one."""
    if len(runs) < 2 or not _runs_negate(runs):
        return None  # no negation put in anywhere: the runs first, as the sentences' count runs for every link
    a_count, b_count = negations_in(a_all), negations_in(b_all)
    if a_count == b_count:
        return None
    a_negated = a_count > b_count
    plain_all = b_all if a_negated else a_all
    if IMPLIED_NEGATIONS.intersection(plain_all):
        return None
    found = []
    for k, n in taken_out_and_put_in(runs):
        plain, negated = (runs[n][1], runs[k][0]) if a_negated else (runs[k][0], runs[n][1])
        negated_all = a_all if a_negated else b_all
        if not holds_negation(plain) and (
                any(_modifies(plain, word) and negated_all.count(word) == 1
                    and _negated_of_the_same_thing(word, plain_all, negated_all)
                    for word in words_negated(negated, verbs_only=True))
                or _deed_denied_in_a_clause_after(plain, negated, negated_all)
                or _deed_denied_of_the_one_told_before(plain, negated, negated_all)
                or deeds.deed_denied_in_another_form(plain, negated, plain_all, negated_all) is not None
                or _state_denied_of_another_subject(plain, negated, plain_all, negated_all)
                or _deed_refused_against_given(plain, negated, plain_all, negated_all)):
            found.append((k, n))
    return found[0] if len(found) == 1 else None


def _runs_negate(runs: list[tuple[list[str], list[str]]]) -> bool:
    """Does a run negate: a negation ("not"), or a phrase that refuses the verb after it ("refused to back"), which
    is read only in a run that holds a "to"?"""
    if any(map(is_negation, (word for a_run, b_run in runs for word in a_run + b_run))):
        return True
    return any("to" in run and holds_negation(run) for a_run, b_run in runs for run in (a_run, b_run))


def _deed_refused_against_given(plain: list[str], negated: list[str], plain_all: list[str], negated_all: list[str]
                                ) -> bool:
    """Is the verb a run refuses ("the board had [refused to publicly back] Moran") told done on the other side, in
    any of its forms ("Moran had been given the board's full [backing]"), of the same people, at no other time or
    place?  The refuser must be the one the other side says did it (``_doer_of``: "the [board's] backing"), not a
    speaker ("was covered by the government, [insurers] said") nor another of its kind ("[another] bank funded"),
    and the thing refused must be named there ("Moran")."""
    refused = _verb_refused_at(negated)
    if refused is None:
        return False
    phrase_at, verb_at = refused
    verb = negated[verb_at]
    told = [word for word in plain if same_word(word, verb)]
    if len(told) != 1 or plain_all.count(told[0]) != 1 or negated_all.count(verb) != 1:
        return False
    start = next(end - len(negated) for end in run_ends(negated, negated_all))
    refusers = [_bare(negated_all[place]) for place in subject_of_negated(negated_all, start + phrase_at)
                if may_be_a_noun(_bare(negated_all[place]))]
    doers = _doer_of(plain_all, plain_all.index(told[0]))
    thing = thing_after(negated_all, start + verb_at)
    bare_negated, bare_plain = [_bare(word) for word in negated_all], [_bare(word) for word in plain_all]
    return (bool(refusers) and bool(doers) and all(_told_in(word, doers) for word in refusers)
            and all(_told_in(word, bare_negated) for word in doers)
            and (thing is None or _told_in(_bare(thing), bare_plain))
            and not _scopes_differ(plain_all, negated_all))


# How many words of a noun phrase are read for a subject or a thing ("the [second suspect]", "an [electrical fault]").
_MOST_WORDS_OF_A_PHRASE = 3
# How far before a deed told as a noun its doer's possessive is read: "the [board's] full backing".
_MOST_WORDS_TO_A_POSSESSIVE = 3


def _doer_of(words: list[str], at: int) -> list[str]:
    """Who does the deed told at ``at``, as a sentence names the doer: the agent after "by" ("was covered by [the
    government]"), a possessive before a noun ("the [board's] full backing"), or the subject of an active verb
    ("[another bank] funded", "[the government] will cover"); none where the sentence names no doer ("the damage was
    covered, insurers said": the speaker did not cover it)."""
    if at + 1 < len(words) and words[at + 1] == "by":
        return _noun_phrase_from(words, past(words, at + 2, DETERMINERS))
    possessives = [_bare(word) for word in words[max(0, at - _MOST_WORDS_TO_A_POSSESSIVE):at] if _bare(word) != word]
    if possessives:
        return possessives
    j = at - 1
    while j >= 0 and adverb_in_ly(words[j]):
        j -= 1
    if j >= 0 and words[j] in BE_FORMS:
        return []
    while j >= 0 and (words[j] in CARRYING_A_VERB or words[j] in TOLD_AHEAD):
        j -= 1
    start = j + 1
    while start > 0 and j + 1 - start < _MOST_WORDS_OF_A_PHRASE and may_be_a_noun(_bare(words[start - 1])):
        start -= 1
    return [_bare(word) for word in words[start:j + 1]]


def _noun_phrase_from(words: list[str], start: int) -> list[str]:
    """The nouns and their qualifiers from ``start`` on, a few at most ("the [government]", "[rival insurers]")."""
    end = start
    while end < len(words) and end - start < _MOST_WORDS_OF_A_PHRASE and may_be_a_noun(words[end]):
        end += 1
    return [_bare(word) for word in words[start:end]]


def _verb_refused_at(words: list[str]) -> tuple[int, int] | None:
    """Where a phrase that refuses or fails the verb after it opens ("[refused] to back", "[declined] to publicly
    endorse"), and where that verb stands, past an adverb in "-ly"; None where the words hold no such phrase, or
    more than one."""
    found = [(k, past(words, k + length, adverb_in_ly)) for k in range(len(words))
             if (length := negating_phrase_length(words, k))]
    if len(found) != 1 or found[0][1] >= len(words) or not may_be_a_noun(words[found[0][1]]):
        return None
    return found[0]


def _bare(word: str) -> str:
    """The word without a possessive "'s" ("board's" -> "board")."""
    return word.removesuffix("'s").removesuffix("’s")


def _deed_denied_in_a_clause_after(plain: list[str], negated: list[str], negated_all: list[str]) -> bool:
    """Is the verb a run opens on (past the words that carry it) denied by a clause the other side puts in after a
    "but" or "yet", of the same subject: "She [won the] Olivier award" / "She was nominated for an Olivier award
    [but never won]", "[but did not win]", "[but she was never convicted]"?  The other side tells another deed in
    the place of the verb, and then denies the verb itself, which it tells nowhere else."""
    if len(negated) < 3 or negated[0] not in _CLAUSE_AGAINST:
        return False
    rest = negated[2:] if negated[1] in SUBJECT_PRONOUNS else negated[1:]
    if not rest or not is_negation(rest[0]) or rest[0] in NOUN_NEGATIONS:
        return False  # the negation opens the clause, on its verb: "but never won", not "but the prize went to"
    verb = _carried(plain)[:1]
    return bool(verb) and verb[0].isalpha() and any(
        same_word(word, verb[0]) and negated_all.count(word) == 1 for word in words_negated(rest, verbs_only=True))


def _deed_denied_of_the_one_told_before(plain: list[str], negated: list[str], negated_all: list[str]) -> bool:
    """Is the verb a run tells of a subject ("the ferry's [captain was arrested]") denied of the same subject in
    a relative clause the other run puts in ("searching for the [captain, who fled after the accident and has
    not been arrested]")?  The other side names the subject as the object of another verb, so the diff keeps no
    word of the claim; read back from the denied verb, the clause's subject is its "who" and what that stands after."""
    for word in words_negated(negated, verbs_only=True):
        if plain.count(word) != 1 or negated.count(word) != 1 or negated_all.count(word) != 1:
            continue
        told_subject = _subject_before_the_verb(plain, plain.index(word))
        denied_subject = _antecedent_of_the_relative(negated, negated.index(word))
        if told_subject and denied_subject and same_word(told_subject, denied_subject):
            return True
    return False


def _subject_before_the_verb(words: list[str], k: int) -> str | None:
    """The noun right before the verb at ``k`` and the words that carry it: "captain" of "captain was arrested"."""
    j = k - 1
    while j >= 0 and (words[j] in TENSE_CARRIERS or words[j] in DO_FORMS):
        j -= 1
    return words[j] if j >= 0 and words[j].isalpha() and may_be_a_noun(words[j]) else None


def _antecedent_of_the_relative(words: list[str], k: int) -> str | None:
    """The word a "who" or "which" stands after, where that pronoun is the subject of the negated verb at ``k``,
    right before it ("captain who has not been arrested") or joined to it by an "and" ("captain who fled ... and
    has not been arrested"); none where another clause comes between ("who said the man had not been arrested")."""
    j = k - 1
    while j >= 0 and (words[j] in TENSE_CARRIERS or words[j] in DO_FORMS or is_negation(words[j])):
        j -= 1
    if j >= 1 and words[j] == "and":
        for back in range(j - 1, max(0, j - _MOST_WORDS_OF_A_RELATIVE_CLAUSE) - 1, -1):
            if words[back] in _RELATIVE_SUBJECTS or words[back] in _REPORTING or words[back] in CLAUSE_OPENERS:
                j = back
                break
    return words[j - 1] if j >= 1 and words[j] in _RELATIVE_SUBJECTS else None


# The relative pronouns that stand for a thing or person named before them, as a clause's subject.
_RELATIVE_SUBJECTS = frozenset({"who", "which"})
# The most words read back from an "and" to the relative pronoun whose clause it goes on.
_MOST_WORDS_OF_A_RELATIVE_CLAUSE = 8


def _state_denied_of_another_subject(plain: list[str], negated: list[str], plain_all: list[str],
                                     negated_all: list[str]) -> bool:
    """Is a clause of the one run ("[The objects were insured], a spokesperson for") told negated in the other, its
    subject in another word, at another place ("said [the collection was not insured], as is common")?  The
    attribution moved from one end to the other keeps the diff from setting the two clauses against each other;
    each is read from a word or two before its verb to the word negated (``_one_claim_of_another_subject``)."""
    for word in words_negated(negated, verbs_only=True):
        if plain.count(word) != 1 or negated.count(word) != 1 or negated_all.count(word) != 1:
            continue
        told_end, negated_end = plain.index(word) + 1, negated.index(word) + 1
        for told_start in range(max(0, told_end - _LONGEST_CLAUSE_READ), told_end):
            told = plain[told_start:told_end]
            for negated_start in range(max(0, negated_end - _LONGEST_CLAUSE_READ - 1), negated_end):
                clause = negated[negated_start:negated_end]
                if _one_claim_of_another_subject(clause, _without_negations(clause), told, negated_all, plain_all):
                    return True
    return False


# A clause read for ``_state_denied_of_another_subject``: a determiner, a subject of a word or two, and a verb
# with its tense ("the objects were insured"); a word more where it is negated.
_LONGEST_CLAUSE_READ = 5


# Conjunctions that open a clause set against what the sentence told before it: "nominated [but] never won".
_CLAUSE_AGAINST = frozenset({"but", "yet"})


def _modifies(run: list[str], word: str) -> bool:
    """Does ``word`` stand in the run right after an article, qualifying the noun after it ("a burst water
    main"), not as a verb of its own ("the subsidies are repealed")?"""
    return any(run[k] == word and run[k - 1] in BEFORE_A_QUALIFIER for k in range(1, len(run)))


def _negated_of_the_same_thing(word: str, plain_all: list[str], negated_all: list[str]) -> bool:
    """Is ``word`` negated of the thing it qualifies on the other side: "a burst [water main]" / "the [water main]
    under the car park had not burst", not "a burst [pipe]" / "the pipe had flooded ..., though the boiler had not
    burst"?  Read back from the negation in its clause, the noun it qualifies comes before any thing the other
    side does not tell ("the [boiler]"; a word or two after an article, told when one of them is: "the old
    [library]"); past things both tell ("the car found in the [river] near the [bridge]") it is still the
    subject.  A subject told before ("..., but [it] had not burst", "... and had not burst") keeps the dispute.
    No word is read for another: "the vehicle" is another thing than "a stolen car", though "the vehicle
    [found] in the river" names a thing told by the word after it."""
    places = subject_of_negated(negated_all, negated_all.index(word))
    if not places or negated_all[places[0]] in SUBJECT_PRONOUNS:
        return True
    nouns = _nouns_qualified(plain_all, word)
    for place in places:
        if any(same_word(noun, negated_all[place]) for noun in nouns):
            return True
        thing = thing_named_at(negated_all, place, places)
        if thing and not any(same_word(part, told) for part in thing for told in plain_all):
            return False
    return True


# A noun the qualifier stands before is a word or two ("a burst [pipe]", "a burst [water main]").
_MOST_WORDS_OF_A_NOUN = 2


def _nouns_qualified(words: list[str], word: str) -> list[str]:
    """The words of the noun that ``word`` qualifies after an article, up to the first word that is none of it:
    "a burst water main had" -> "water", "main"."""
    nouns = []
    for k in range(1, len(words)):
        if words[k] == word and words[k - 1] in BEFORE_A_QUALIFIER:
            for following in words[k + 1:k + 1 + _MOST_WORDS_OF_A_NOUN]:
                if following in STOPWORDS or not following.isalpha():
                    break
                nouns.append(following)
    return nouns


def words_negated(words: list[str], verbs_only: bool = False) -> list[str]:
    """The words a negation of the run stands right before, past the words that carry a verb: "had not [burst]",
    "was not [damaged]", "did not [close]"; with ``verbs_only``, only those after a negation of a verb."""
    negated = []
    for k, word in enumerate(words):
        if not is_negation(word) or verbs_only and word in NOUN_NEGATIONS:
            continue
        after = past(words, k + 1, CARRYING_A_VERB)
        if after < len(words) and words[after].isalpha() and len(words[after]) >= _SHORTEST_BASE:
            negated.append(words[after])
    return negated


def _verbs_swapped_apart(a_words: list[str], b_words: list[str], a_all: list[str], b_all: list[str]) -> bool:
    """Is a verb taken out of A (its own words, ``a_words``) swapped for its opposite put into B elsewhere, a
    verb neither sentence tells in other words?"""
    return (bool(a_words) and bool(b_words) and may_turn_round(a_words, b_words)
            and swapped_for_its_opposite(a_words, b_words, a_all, b_all)
            and not any(_told_in_other_words(word, b_all) for word in a_words)
            and not any(_told_in_other_words(word, a_all) for word in b_words)
            and not _state_now_against_a_dated_past(a_words, b_words, a_all)
            and not _state_now_against_a_dated_past(b_words, a_words, b_all))


# The words that tell a state as it stands now: "He [is] survived by his wife", "The bridge [remains] open".
_NOW = frozenset("is are remains remain has have".split())


def _state_now_against_a_dated_past(now: list[str], dated: list[str], now_all: list[str]) -> bool:
    """Does one run tell a state as it stands now ("He [is survived by] his wife") and the other its opposite with
    a year the first sentence does not name ("His wife [died in 2010 and he later remarried]")?  What came to pass
    in a past year may have been undone since: the two tell two times, not one claim turned."""
    return bool(now) and now[0] in _NOW and any(
        len(word) == 4 and word.isdigit() and word[:2] in ("19", "20") and word not in now_all for word in dated)


def _infinitive_swapped_apart(a_words: list[str], b_words: list[str], a_all: list[str], b_all: list[str]) -> bool:
    """Is the verb of one side the opposite of an infinitive the other puts in, which a verb kept or changed
    before it lets happen: "[suspended] all flights" / "allowed flights [to resume]", "closed the road" /
    "let traffic [to reopen]"?  Only where both sentences hold as many negations ("refused to allow flights to
    resume" keeps them suspended) and the infinitive is told as done, not ahead ("will allow flights to
    resume" once the ban ends)."""
    a_verb, b_verb = _infinitive_verb(a_words, a_all), _infinitive_verb(b_words, b_all)
    if a_verb is b_verb is None or (a_verb is not None and b_verb is not None):
        return False
    return (negations_in(a_all) == negations_in(b_all)
            and not TOLD_AHEAD.intersection(a_all + b_all)
            and _verbs_swapped_apart(a_verb or a_words, b_verb or b_words, a_all, b_all))


def _infinitive_verb(words: list[str], sentence: list[str]) -> list[str] | None:
    """The verb of a run that is an infinitive alone ("to resume" -> "resume") after a verb that lets it
    happen, a few words before it ("allowed flights to resume"); None for any other run: "asked pilots to
    resume" or "hopes to resume" tell no deed done."""
    if len(words) != 2 or words[0] != "to" or not words[1].isalpha():
        return None
    lets = any(sentence[k:k + 2] == words and _LETTING.intersection(map(stem, sentence[max(0, k - _MOST_WORDS_LET):k]))
               for k in range(len(sentence)))
    return words[1:] if lets else None


# Verbs that let what their infinitive says happen ("allowed flights to resume", "cleared the plant to
# reopen"), by stem, and how far before the infinitive one stands: the verb, and up to three words of what it lets.
_LETTING = frozenset(stem(word) for word in "allow permit let clear authorise authorize enable".split())
_MOST_WORDS_LET = 4


def taken_out_and_put_in(runs: list[tuple[list[str], list[str]]]) -> list[tuple[int, int]]:
    """The places, among ``runs``, of each run with words of A beside each other run with words of B: what one
    change takes out and another puts in ("In the women's race, [Bekele led from the start and] won" /
    "[Bekele trailed from the start] in the women's race [but] won")."""
    taken_out = [k for k, (a_run, _) in enumerate(runs) if a_run]
    put_in = [n for n, (_, b_run) in enumerate(runs) if b_run]
    return [(k, n) for k in taken_out for n in put_in if k != n]


def _not_in(run: list[str], other: list[str] | set[str]) -> list[str]:
    """The run's words, without those ``other`` has."""
    return [word for word in run if word not in other]


# The words of the quantifiers above, and the negations that are quantifiers ("None of", "Nobody").
_QUANTIFIERS = frozenset(_OPPOSITE_QUANTIFIERS.replace(";", " ").replace("_one", "").split()) | {
    "none", "nobody", "nothing", "neither"}


def turns_the_claim_round(a_words: list[str], b_words: list[str], a_all: list[str], b_all: list[str]) -> bool:
    """Does a changed run, on its own, turn the claim round: one word swapped for its opposite
    (``swapped_for_its_opposite``) or a negation put in or taken out (``negation_put_in``)?  The rules that need
    a word the run lacks (a negation, "still", a verb that calls off) are not read: this runs for every link."""
    negates = _may_negate_or_tell_a_deed(a_words) or _may_negate_or_tell_a_deed(b_words)
    stems = {stem(word) for word in a_words} | {stem(word) for word in b_words}
    return (swapped_for_its_opposite(a_words, b_words, a_all, b_all)
            or negates and negation_put_in(a_words, b_words, a_all, b_all)
            and not _denied_of_another_person(a_all, b_all)
            or not _CALLING_OFF_OR_RULING.isdisjoint(stems)
            and (called_off(a_words, b_words, a_all, b_all) or called_off(b_words, a_words, b_all, a_all))
            or denied_before_the_claim(a_words, b_words, a_all, b_all)
            or denied_before_the_claim(b_words, a_words, b_all, a_all)
            or (negates or YET in a_words or YET in b_words) and _deed_denied_or_awaited(a_words, b_words, a_all, b_all)
            or _may_refuse_a_decision(stems) and (deeds.refused_against_decided(a_words, b_words, a_all, b_all)
                                                  or deeds.refused_against_decided(b_words, a_words, b_all, a_all))
            or _NO in stems and (_none_against_told(a_words, a_all, b_all) or _none_against_told(b_words, b_all, a_all)
                                 or _none_against_had(a_words, a_all, b_all) or _none_against_had(b_words, b_all, a_all)
                                 or _no_plans_against_done(a_words, a_all, b_all)
                                 or _no_plans_against_done(b_words, b_all, a_all))
            or _WITHOUT in stems and (_lacked_against_had(a_words, b_words, a_all, b_all)
                                      or _lacked_against_had(b_words, a_words, b_all, a_all))
            or _safe_against_told_not_to(a_words, a_all, b_all) or _safe_against_told_not_to(b_words, b_all, a_all)
            or _alone_against_joined(a_words, b_words, a_all, b_all) or _alone_against_joined(b_words, a_words, b_all, a_all)
            or negates and _POWER in a_all and _POWER in b_all and (_outage_denied_against_told(a_words, a_all, b_all)
                                                                   or _outage_denied_against_told(b_words, b_all, a_all)))


# A loss of power told as a thing ("power cuts", "outages") or as a deed ("customers lost power", "were left without
# power"): "did not cause any power cuts" / "Around 4000 customers lost power" tell one outage denied and told.
_POWER = "power"
_OUTAGES = frozenset("cut cuts outage outages failure failures blackout blackouts".split())
_LOSING = frozenset("lost lose loses losing without".split())
_MOST_WORDS_FROM_THE_NEGATION_TO_THE_OUTAGE = 4
# "no further power cuts", "no new outages": outages after those told, which the other report's loss does not deny.
_OTHER_OUTAGES = frozenset("further more new other another later next".split())


def _outage_denied_against_told(run: list[str], sentence: list[str], other_all: list[str]) -> bool:
    if negations_in(other_all) or not _power_lost_in(other_all) or _scopes_differ(sentence, other_all):
        return False
    reach = _MOST_WORDS_FROM_THE_NEGATION_TO_THE_OUTAGE
    for end in run_ends(run, sentence):
        for k in range(end - len(run), end):
            told = sentence[k + 1:k + 2 + reach]
            if is_negation(sentence[k]) and _power_lost_in(told) and _OTHER_OUTAGES.isdisjoint(told):
                return True
    return False


def _power_lost_in(words: list[str]) -> bool:
    """Do the words tell power lost: "power" with an outage after it ("power cuts") or a loss before it ("lost
    power", "without power")?"""
    return any(word == _POWER and (words[k + 1:k + 2] and words[k + 1] in _OUTAGES
                                   or k and words[k - 1] in _LOSING) for k, word in enumerate(words))


# "alone" after a thing says nothing else took part, and "and" another thing in its place says one did: "taken with
# Webb's Near-Infrared Camera (NIRCam) [alone]" / "combines data from the Near-Infrared Camera (NIRCam) [and the
# Canadian-built NIRISS instrument]".  The thing before both is one the two sentences keep; the run put in for
# "alone" only names another thing (no verb of its own: "lived [alone]" / "lived [and worked] in Paris"), and a
# year or a count before "alone" only stresses it ("in 2023 alone").  So does a place or a period: "In Texas alone,
# more than 40 people died", "Sales in London alone rose 5%", "last year alone" tell where or when most of it
# happened, not that nothing else took part (``_alone_stresses_a_place_or_period``).
_ALONE = "alone"
_JOINING = frozenset("and plus".split())
_MOST_WORDS_OF_THE_THING_JOINED = 7
_LIVING_ALONE = frozenset("live lives lived living stand stands stood act acts acted work works worked travel "
                          "travels travelled traveled".split())
# The words that open a place or a period ("in Texas", "across Europe", "during March") and, read back from the thing
# before "alone", those that open another phrase ("with NIRCam", "data from X"): the nearest decides.
_OPENING_A_PLACE_OR_PERIOD = frozenset("in across throughout within inside at on during over around".split())
_OPENING_ANOTHER_PHRASE = frozenset("with from by of for using via".split())
_MOST_WORDS_OF_A_PLACE_NAME = 4
_PERIODS = frozenset("year years month months week weeks day days weekend quarter season decade century night morning "
                     "afternoon evening".split()) | {name.lower() for name in (*MONTHS, *WEEKDAYS)}


def _alone_against_joined(alone: list[str], joined: list[str], alone_all: list[str], joined_all: list[str]) -> bool:
    if alone != [_ALONE] or not joined or joined[0] not in _JOINING or len(joined) > _MOST_WORDS_OF_THE_THING_JOINED:
        return False
    if any(word in TENSE_CARRIERS or word.endswith("ed") or is_negation(word) for word in joined):
        return False
    before_alone = {alone_all[end - 2] for end in run_ends(alone, alone_all)
                    if end >= 2 and not _alone_stresses_a_place_or_period(alone_all, end - 1)}
    before_joined = {joined_all[end - len(joined) - 1] for end in run_ends(joined, joined_all) if end > len(joined)}
    return any(word.isalpha() and word not in _LIVING_ALONE and not word.endswith("ed") and may_be_a_noun(word)
               for word in before_alone & before_joined)


def _alone_stresses_a_place_or_period(sentence: list[str], at: int) -> bool:
    """Does "alone" at ``at`` follow a period ("last year alone", "in March alone") or a name a place word opens
    ("In Texas alone", "Sales in London alone"), not a thing told with "with" or "from" ("with NIRCam alone")?"""
    if sentence[at - 1] in _PERIODS:
        return True
    for word in reversed(sentence[max(0, at - 1 - _MOST_WORDS_OF_A_PLACE_NAME):at - 1]):
        if word in _OPENING_A_PLACE_OR_PERIOD:
            return True
        if word in _OPENING_ANOTHER_PHRASE:
            return False
    return False


# "safe to drink" says the water may be drunk, and "not to drink" tells people to leave it: one claim turned round
# where a run ends on the word before "to" and a verb ("the supply remained [safe] to drink") that the other
# sentence tells after "not to" ("told residents not to drink tap water"), of one thing where both name what it
# acts on.  The other run may hold the "not" or keep it as a word both sentences have ("was not affected").
_SAFE_TO = frozenset("safe fit okay ok".split())
_NOT = "not"
_TO = "to"


def _safe_against_told_not_to(safe: list[str], safe_all: list[str], told_not_all: list[str]) -> bool:
    if not safe or safe[-1] not in _SAFE_TO or _NOT not in told_not_all:
        return False
    # "was [not] safe to drink" denies it itself, as the other sentence does
    safe_ends = [end for end in run_ends(safe, safe_all) if not any(map(is_negation, safe_all[max(0, end - 3):end - 1]))]
    told_not = [k + 1 for k, word in enumerate(told_not_all) if word == _NOT]
    told_not_deeds = _deeds_after_to(told_not, told_not_all)
    return any(same_word(verb, other) and (None in (thing, other_thing) or same_word(thing, other_thing))
               for verb, thing in _deeds_after_to(safe_ends, safe_all) for other, other_thing in told_not_deeds)


def _deeds_after_to(ends: list[int], sentence: list[str]) -> list[tuple[str, str | None]]:
    """The verb after "to" right at each of ``ends``, with the thing it acts on if any."""
    return [(sentence[end + 1], thing_after(sentence, end + 1)) for end in ends
            if sentence[end:end + 1] == [_TO] and end + 1 < len(sentence)]


# "no" before the subject of a verb denies the deed of every such thing: "[no whales] had been euthanised" /
# "staff euthanised several whales", "[no warning sirens] sounded" / "the tornado sirens sounded".
_NO = "no"
# Words after "no" that make it no quantifier of a thing: "no longer", "no more than".
_NO_BEFORE_A_DEGREE = frozenset("longer more less fewer later sooner earlier one".split())
# How many words the noun after "no" may take ("no [warning sirens]"), and how far apart the other sentence may
# tell the same noun and verb ("the tornado [sirens sounded]", "euthanised [several] whales").
_MOST_WORDS_OF_THE_THING_DENIED = 3
_MOST_WORDS_BETWEEN_THING_AND_VERB = 3
# A count of none, which says what "no" says: "[zero] deaths have been linked" / "no deaths have been linked".
_NONE_TOLD = frozenset("zero 0 nil".split())


def _none_against_told(run: list[str], sentence: list[str], other_all: list[str]) -> bool:
    """Is "no" in the run put before a thing and the verb told of it ("[no whales had been] euthanised", "[no
    warning sirens sounded]"), where the other sentence, with no negation at all, tells that verb of that thing,
    as subject or object ("sirens sounded", "euthanised several whales"), not as a thing ahead ("would euthanise"),
    nor at another time or place (``_scopes_differ``)?"""
    if negations_in(other_all) or _scopes_differ(sentence, other_all):
        return False
    for end in run_ends(run, sentence):
        for k in range(end - len(run), end):
            if sentence[k] == _NO and _denied_thing_told(sentence, k, other_all):
                return True
    return False


def _denied_thing_told(sentence: list[str], k: int, other_all: list[str]) -> bool:
    """Does the other sentence tell plainly the verb a "no" at ``k`` denies, of the thing it stands before?"""
    if k + 1 >= len(sentence) or sentence[k + 1] in _NO_BEFORE_A_DEGREE:
        return False
    for verb_from in range(k + 2, min(len(sentence), k + 2 + _MOST_WORDS_OF_THE_THING_DENIED)):
        thing = sentence[verb_from - 1]
        verb_at = past(sentence, verb_from, TENSE_CARRIERS)
        if not may_be_a_noun(thing) or verb_at >= len(sentence):
            return False
        verb = sentence[verb_at]
        # a verb after its tense ("had been [euthanised]") or in its past ("[sounded]"), not a noun ("hosepipe [ban]")
        if may_be_a_noun(verb) and (verb_at > verb_from or verb.endswith("ed")) and _told_of_the_thing(
                thing, verb, other_all):
            return True
    return False


def _told_of_the_thing(thing: str, verb: str, words: list[str]) -> bool:
    """Do ``words`` tell the verb, not ahead, near the thing, before or after it ("sirens sounded", "euthanised
    several whales")?"""
    reach = _MOST_WORDS_BETWEEN_THING_AND_VERB
    things = [p for p, word in enumerate(words)
              if same_word(word, thing) and _NONE_TOLD.isdisjoint(words[max(0, p - 2):p])]
    ends = [_end_of_its_of_phrase(words, p) for p in things]
    for q, word in enumerate(words):
        if word != thing and same_word(word, verb) and not TOLD_AHEAD.intersection(words[max(0, q - 2):q]) and any(
                0 < q - end <= reach or 0 < p - q <= reach for p, end in zip(things, ends, strict=True)):
            return True
    return False


# "no" before a thing denies the thing another sentence tells had "with" it: "there were [no] military honors at the
# cremation" / "The funeral was held with full military honours".  The thing is the noun that ends the words after
# "no" (a word or two before it may qualify it: "full", "military").
_MOST_WORDS_FROM_WITH_TO_THE_THING = 3


def _none_against_had(run: list[str], sentence: list[str], other_all: list[str]) -> bool:
    if _WITH not in other_all or _scopes_differ(sentence, other_all) or _years_apart(sentence, other_all):
        return False
    for end in run_ends(run, sentence):
        for k in range(end - len(run), end):
            if sentence[k] == _NO and _thing_had_with(_thing_denied_after(sentence, k), other_all):
                return True
    return False


def _years_apart(one: list[str], other: list[str]) -> bool:
    """Does either sentence name a year the other does not ("at the funeral in 1998 of his predecessor")?"""
    return {word for word in one if _a_year_word(word)} != {word for word in other if _a_year_word(word)}


def _thing_denied_after(sentence: list[str], k: int) -> list[str]:
    """The words of the thing a "no" at ``k`` stands before, up to the first word that is no noun's."""
    thing = []
    for word in sentence[k + 1:k + 1 + _MOST_WORDS_OF_THE_THING_DENIED]:
        if word in STOPWORDS or word in _NO_BEFORE_A_DEGREE or not may_be_a_noun(word):
            break
        thing.append(word)
    return thing


def _thing_had_with(thing: list[str], other_all: list[str]) -> bool:
    """Does ``other_all`` tell the thing (its last word, and the words before it where it names them) right after
    "with", with no negation of its own?"""
    if not thing:
        return False
    reach = _MOST_WORDS_FROM_WITH_TO_THE_THING
    for p, word in enumerate(other_all):
        if word != _WITH or any(map(is_negation, other_all[max(0, p - 2):p + 1 + reach])):
            continue
        after = other_all[p + 1:p + 2 + reach]
        if any(same_word(told, thing[-1]) for told in after) and all(
                any(same_word(told, qualifier) for told in after) for qualifier in thing[:-1]):
            return True
    return False


# "no plans to" a deed denies it ahead, as "will not" does: "had no plans to introduce night-time pressure
# reductions" / "Night-time water pressure will also be reduced".  The deed is the verb after "to", or, after a verb
# that only brings a deed about ("introduce", "impose"), the deed its noun names ("reductions": "reduce"); the other
# sentence tells that deed, unnegated, of a thing the denial names too ("pressure"), as planned or done for good
# (``_deed_of_another_time_or_cause``).
_NO_PLANS = ("no", "plans", "to")
_BRINGING_ABOUT = frozenset(stem(word) for word in "introduce impose implement make carry bring order".split())
_DEED_NOUN_ENDINGS = ("ions", "ion", "ments", "ment", "ures", "ure", "s")
_MOST_WORDS_OF_THE_THING_PLANNED = 4


def _no_plans_against_done(run: list[str], sentence: list[str], other_all: list[str]) -> bool:
    if "plans" not in sentence or negations_in(other_all) or _scopes_differ(sentence, other_all):
        return False
    for end in run_ends(run, sentence):
        for k in range(end - len(run), end):
            if tuple(sentence[k:k + 3]) == _NO_PLANS and k + 3 < len(sentence) and _planned_deed_told(
                    sentence, k + 3, other_all):
                return True
    return False


def _planned_deed_told(sentence: list[str], at: int, other_all: list[str]) -> bool:
    """Does ``other_all`` tell the deed "no plans to" denies at ``at``, of a thing named after it?"""
    verb = sentence[at]
    after = [word for word in sentence[at + 1:at + 1 + _MOST_WORDS_OF_THE_THING_PLANNED] if word not in STOPWORDS]
    if stem(verb) in _BRINGING_ABOUT and after:
        deed, things = after[-1], after[:-1]
        told = [word for word in other_all if _deed_of_the_noun(word, deed)]
    else:
        things = after
        told = [word for word in other_all if same_word(word, verb)]
    return (bool(told) and any(same_word(word, thing) for thing in things for word in other_all)
            and not _deed_of_another_time_or_cause(other_all, other_all.index(told[0])))


# A plan denied is not denied by a deed of a passing cause or a day: "no plans to close the library" / "The library
# closed early on Wednesday because of the storm" tells a closing for the day, not the closure the plan would be.
# The deed told ahead ("will close on Monday") is the plan still, whatever the day.
_BECAUSE = "because"
# "due to" and "owing to" tell a cause after the deed ("closed due to flooding"); before it they may tell it ahead
# ("is due to close").
_CAUSES_AFTER = frozenset("due owing".split())
_FOR_A_WHILE = frozenset("temporarily briefly".split())
_FOR_A_PART_OF_A_DAY = frozenset("day night morning afternoon evening weekend hour hours".split())
_DAYS = frozenset("today yesterday tonight".split()) | {name.lower() for name in WEEKDAYS}
_EARLY = "early"
_MOST_WORDS_FROM_AHEAD_TO_THE_DEED = 4


def _deed_of_another_time_or_cause(sentence: list[str], at: int) -> bool:
    """Is the deed at ``at`` told for a while ("temporarily", "closed early", "for the day"), with a cause ("because
    of the storm", "due to flooding"), or, unless told ahead ("will", "is to"), dated to a day ("on Wednesday")?"""
    if (_BECAUSE in sentence or not _CAUSES_AFTER.isdisjoint(sentence[at + 1:])
            or not _FOR_A_WHILE.isdisjoint(sentence) or sentence[at + 1:at + 2] == [_EARLY]):
        return True
    if any(word == "for" and sentence[k + 2:k + 3] and sentence[k + 2] in _FOR_A_PART_OF_A_DAY
           for k, word in enumerate(sentence)):
        return True
    before = sentence[max(0, at - _MOST_WORDS_FROM_AHEAD_TO_THE_DEED):at]
    told_ahead = not TOLD_AHEAD.isdisjoint(before) or _TO in before
    return not told_ahead and not _DAYS.isdisjoint(sentence)


def _deed_of_the_noun(word: str, noun: str) -> bool:
    """Is ``word`` a form of the verb whose deed ``noun`` names ("reduced" of "reductions")?"""
    for ending in _DEED_NOUN_ENDINGS:
        if noun.endswith(ending) and len(noun) - len(ending) >= _SHORTEST_DEED_STEM:
            base = noun[:-len(ending)]
            if stem(word).startswith(base[:-1]) and word != noun and len(stem(word)) <= len(base) + 1:
                return True
    return False


_SHORTEST_DEED_STEM = 4


# How many words an "of" phrase after a thing may take before the verb told of the thing: "a ransom [of about
# US$3 million] was paid".
_MOST_WORDS_OF_AN_OF_PHRASE = 4


def _end_of_its_of_phrase(words: list[str], p: int) -> int:
    """Where the thing at ``p`` ends with the "of" phrase that tells what it was ("a ransom of about US$3 million"),
    when a tense follows the phrase ("was paid"): the figure or the kind a report adds is no word between a subject
    and its verb.  ``p`` itself where no such phrase follows."""
    if words[p + 1:p + 2] != ["of"]:
        return p
    for c in range(p + 2, min(len(words), p + 3 + _MOST_WORDS_OF_AN_OF_PHRASE)):
        if words[c] in TENSE_CARRIERS:
            return c - 1
    return p


# "without" denies what follows it: "set off [without checking] the forecast" / "[had checked] the forecast", "was
# operating [without] a valid licence" / "was operating [legally under] a valid licence".
_WITHOUT = "without"
# The words that tell a thing had, which "without" before the same thing denies.
_HAVING = frozenset("with under".split())


def _lacked_against_had(lacking: list[str], having: list[str], lacking_all: list[str], having_all: list[str]) -> bool:
    """Is the run "without" a thing or a deed ("without [a valid licence]", "without checking [the forecast]")
    where the other run has that thing ("[with|under] a valid licence") or tells the deed done ("had checked"),
    each ending its run before the words both keep?  The negation is the run's last word or the one before the
    deed, so it stands on the thing both name, not on another."""
    if _WITHOUT not in lacking or _WITHOUT in having or holds_negation(having) or holds_negation(lacking):
        return False
    told = without_tense(having)
    denied = lacking[lacking.index(_WITHOUT) + 1:]
    if not told or len(denied) > 1 or not _same_words_after(lacking, lacking_all, having, having_all):
        return False
    if not denied:
        return told[-1] in _HAVING
    return denied[0].endswith("ing") and told[-1] != denied[0] and same_word(told[-1], denied[0])


def denied_in_other_words(a_words: list[str], b_words: list[str], a_all: list[str], b_all: list[str]) -> bool:
    """Does a changed run deny, in other words, the very thing the other run tells: "[without] a valid licence" /
    "[legally under] a valid licence", "[not caused by]" / "[the result of]"?  The report quotes both runs, as it
    does a word swapped for its opposite."""
    if _lacked_against_had(a_words, b_words, a_all, b_all) or _lacked_against_had(b_words, a_words, b_all, a_all):
        return True
    if _alone_against_joined(a_words, b_words, a_all, b_all) or _alone_against_joined(b_words, a_words, b_all, a_all):
        return True
    a_negated = holds_negation(a_words)
    if a_negated == holds_negation(b_words):
        return False
    negated, plain = (a_words, b_words) if a_negated else (b_words, a_words)
    return _one_deed_in_other_words(without_tense(_without_negations(negated, do_support=True)), without_tense(plain))


def _same_words_after(run: list[str], sentence: list[str], other: list[str], other_sentence: list[str]) -> bool:
    """Does each run go on, past an article, to the thing the other goes on to, a word qualifying it on one side
    only ("the [forecast]" / "the weather [forecast]"), not to another thing ("the [bill]" / "the [fine]")?"""
    return _thing_goes_on_to(run, sentence, other, other_sentence) or _thing_goes_on_to(other, other_sentence, run,
                                                                                          sentence)


# How many words after a run the thing the other run goes on to may stand: "the weather [forecast]".
_MOST_WORDS_TO_THE_THING_KEPT = 2


def _thing_goes_on_to(run: list[str], sentence: list[str], other: list[str], other_sentence: list[str]) -> bool:
    after = {sentence[at] for end in run_ends(run, sentence)
             if (at := past(sentence, end, DETERMINERS)) < len(sentence)}
    reach = _MOST_WORDS_TO_THE_THING_KEPT
    return any(word in after and may_be_a_noun(word) for end in run_ends(other, other_sentence)
               for word in other_sentence[past(other_sentence, end, DETERMINERS):][:reach])


def _deed_denied_or_awaited(a_words: list[str], b_words: list[str], a_all: list[str], b_all: list[str]) -> bool:
    """Does either run tell a deed awaited, failed or denied (a danger, a leaving) against the other telling it
    done, or the very verb after it negated with "not yet" (``opposites_deeds``)?  Each rule needs a negation,
    "unable", "still", "yet" or "awaits" in its run."""
    return (deeds.awaits_the_deed_done(a_words, b_words, a_all, b_all)
            or deeds.awaits_the_deed_done(b_words, a_words, b_all, a_all)
            or deeds.danger_denied_against_a_warning(a_words, b_words, a_all, b_all)
            or deeds.danger_denied_against_a_warning(b_words, a_words, b_all, a_all)
            or deeds.deed_failed_against_done(a_words, b_words, a_all, b_all)
            or deeds.deed_failed_against_done(b_words, a_words, b_all, a_all)
            or deeds.leaving_denied_against_done(a_words, b_words, a_all, b_all) is not None
            or deeds.leaving_denied_against_done(b_words, a_words, b_all, a_all) is not None
            or deeds.not_yet_against_done(a_words, b_words, a_all, b_all)
            or deeds.not_yet_against_done(b_words, a_words, b_all, a_all))


def _may_refuse_a_decision(stems: set[str]) -> bool:
    """Might one run refuse what the other decides on (``deeds.refused_against_decided``): a verb of each among
    the two runs' stems?"""
    return not deeds.DECIDING_ON.isdisjoint(stems) and (
        RULE_OUT[0] in stems or not deeds.REFUSING_OUTRIGHT.isdisjoint(stems))


def _denied_of_another_person(a_all: list[str], b_all: list[str]) -> bool:
    """Is the verb negated in one sentence told plainly in the other of another person, each named by a role or
    kind right before the verb: "The [driver] was injured" / "The [passenger] was not injured", "The [mother] was
    taken" / "the [baby] was not taken"?  The diff sets the two subjects apart in a change of their own, and the
    negation alone reads as the claim turned; but two people told by two words are usually two people, of whom
    both claims may hold.  (A name against a role may be one person: "Smith" / "the driver" is left to dispute.)"""
    return (any(_two_people(verb, subject, b_all) for verb, subject in _verbs_negated_with_subjects(a_all))
            or any(_two_people(verb, subject, a_all) for verb, subject in _verbs_negated_with_subjects(b_all)))


def _verbs_negated_with_subjects(words: list[str]) -> Iterator[tuple[str, str]]:
    """Each verb a negation denies in the sentence, with the noun right before its negation and tense ("the
    [passenger] was not [injured]"), where the noun stands after a determiner."""
    for k, word in enumerate(words):
        if is_negation(word) and word not in NOUN_NEGATIONS:
            verb, subject = _word_after_carriers(words, k), _subject_before(words, k)
            if verb and subject:
                yield verb, subject


def _two_people(verb: str, subject: str, other_all: list[str]) -> bool:
    """Does the other sentence tell ``verb`` plainly of another person than ``subject``, both people?"""
    if not _names_a_person(subject):
        return False
    for k, word in enumerate(other_all):
        if same_word(word, verb) and not any(map(is_negation, other_all[max(0, k - 3):k])):
            told = _subject_before(other_all, k)
            if told and _names_a_person(told) and not _may_be_one_person(subject, told):
                return True
    return False


# Words for a person by kind alone, which a report uses for one another names by a role: "the [man]" / "the
# suspect".  Two of them ("the man" / "the woman") are two people.
_PERSONS_BY_KIND = frozenset("man men woman women boy boys girl girls person persons people individual".split())


def _may_be_one_person(one: str, other: str) -> bool:
    """May two nouns for people name the same: one word in two forms, one person in ``SAME_THING``
    ("policeman" / "police"), or a person by kind against one by a role ("the man" / "the suspect")?  Two roles
    ("the driver" / "the passenger", "the mother" / "the baby") are two people."""
    return (same_word(one, other) or _same_thing(one, other)
            or (one in _PERSONS_BY_KIND) != (other in _PERSONS_BY_KIND))


def _same_thing(one: str, other: str) -> bool:
    return SAME_THING.get(_singular(one), _singular(one)) == SAME_THING.get(_singular(other), _singular(other))


def _word_after_carriers(words: list[str], k: int) -> str:
    """The word after ``k`` past the words that carry a verb ("not [been] injured" -> "injured"); "" if none."""
    after = past(words, k + 1, CARRYING_A_VERB)
    return words[after] if after < len(words) and words[after].isalpha() else ""


def _subject_before(words: list[str], k: int) -> str:
    """The noun right before the words at ``k`` and before it that carry a verb or negate it, when a determiner
    or a count stands before the noun ("[the passenger] was not", "[two passengers] were"); "" otherwise."""
    j = k - 1
    while j >= 0 and (words[j] in TENSE_CARRIERS or words[j] in DO_FORMS or is_negation(words[j])):
        j -= 1
    if j < 1 or not may_be_a_noun(words[j]):
        return ""
    before = words[j - 1]
    return words[j] if before in DETERMINERS or before in ONES or before.isdigit() else ""


# Verbs that deny the claim told after them: "denied that the group had ignored a warning" says it had not.
_DENYING = frozenset(stem(form) for word in ("deny", "refute") for form in inflections(word))
# "nor" negates a denial after a "neither", which ``holds_negation`` counts alone.
_NEGATED_DENIAL = frozenset({"nor"})
# The words after a denial that the other report must tell too, for the denial to be of its claim: "paid the"
# fine, "misled parliament".
_WORDS_OF_THE_CLAIM_DENIED = 2


def denied_before_the_claim(denying: list[str], other: list[str], denying_all: list[str], other_all: list[str]
                            ) -> bool:
    """Does a changed run (``denying``) put a denial before the claim the other report tells, with nothing in its
    place there: "[Summit North denied that] the group had ignored a weather warning" / "The group had ignored a
    weather warning, police said"?  The run ends on the denying verb, or on it and "that", and the words after it
    in its sentence are the other report's.  Only where the other report denies nothing, and both hold as many
    negations: "denied that it had not paid" / "had not paid" is no plain denial of a plain claim.  A denial
    itself negated ("[nor denied] wrongdoing", "neither admitted to nor denied") denies nothing."""
    if other or to_the_denial(denying) is None or _DENYING.intersection(map(stem, other_all)):
        return False
    if holds_negation(denying) or _NEGATED_DENIAL.intersection(denying):
        return False
    return (negations_in(denying_all) == negations_in(other_all)
            and _claim_told_after(denying, denying_all, other_all))


def to_the_denial(words: list[str]) -> tuple[int, int] | None:
    """Where the denial that ends the run stands in it, the denying verb to its "that": (2, 4) of "Summit North
    denied that", (0, 1) of "denied he", the subject after it told again as a pronoun; None where no denial ends
    the run."""
    end = len(words) - 1 if words[-1:] and words[-1] in SUBJECT_PRONOUNS else len(words)
    denial_end = end
    if words[end - 1:end] == ["that"]:
        end -= 1
    return (end - 1, denial_end) if end and stem(words[end - 1]) in _DENYING else None


def _claim_told_after(run: list[str], sentence: list[str], other: list[str]) -> bool:
    """Is what the run denies, the words after it in its sentence, the other sentence's claim: told there word for
    word (tense aside: "had ignored" / "ignored") through the end of its clause?  Its subject alone is not the
    claim: "denied that [the soldiers killed in the attack were] on a combat mission" / "[The soldiers killed in
    the attack were] from a regiment" denies another claim of the same soldiers."""
    for end in run_ends(run, sentence):
        claim = without_tense(sentence[end:])
        told = _longest_told(claim, without_tense(other))
        if told >= _WORDS_OF_THE_CLAIM_DENIED and _clause_ends(claim[told:]):
            return True
    return False


def _longest_told(words: list[str], other: list[str]) -> int:
    """How many of ``words``, from the first, stand one after another somewhere in ``other``."""
    longest = 0
    for start, word in enumerate(other):
        if words[:1] == [word]:
            told = 1
            while told < len(words) and start + told < len(other) and other[start + told] == words[told]:
                told += 1
            longest = max(longest, told)
    return longest


def _clause_ends(rest: list[str]) -> bool:
    """Do the words left of a denied claim open no more of it: none, another clause ("and", "after", "when"), or
    who said it ("police said", "his lawyer said")?  (The words are read without their commas.)"""
    return (not rest or rest[0] in _OPENING_ANOTHER_CLAUSE or rest[0] in _OPENING_A_CLAUSE_AFTER
            or len(rest) <= _MOST_WORDS_OF_A_REPORTER and rest[-1] in _REPORTING)


# Verbs that call off what they act on, a plan or a deed ("has scrapped plans for a plant", "ruled out reopening
# talks"): put in before what the other report tells as going ahead, they deny it as "not" does.  By stem; "rule
# out" is two words (``RULE_OUT``).
_CALLING_OFF = frozenset(stem(form) for word in "scrap abandon shelve ditch axe cancel drop".split()
                         for form in inflections(word))
# What such a verb calls off when it is no deed: "scrapped [plans] for", "abandoned [its bid] to".
_PLANS = frozenset("plan plans proposal proposals bid bids project projects scheme schemes".split())


# Verbs that stop or refuse a plan, as the calling-off verbs do: "[would withdraw] its bid" / "has dropped its
# bid", "[halted] the project" / "abandoned" say one thing.  Against any other verb (but those below, that doubt or
# shrink it) a plan called off is a plan turned round: news tells a plan standing in more ways than a list could
# hold ("approved", "confirmed", "drew up", "pushed through", "kept", "lodged" plans).
_STOPPING = stems_of("""withdraw/withdrew/withdrawn halt reject pull kill suspend freeze/froze/frozen pause
    postpone defer block veto refuse mothball""")
# Verbs that put a plan in doubt, or only weigh or judge it, and tell nothing of it going ahead: "[is reconsidering]
# plans", "[reviewed] plans", "[criticised] plans" deny no "scrapped" plans.
_LEAVING_IN_DOUBT = stems_of("""reconsider rethink/rethought review criticise criticize condemn question challenge
    oppose debate discuss""")
# Verbs that shrink a plan with "back" or "down" after them: "[scaled back] plans", "[watered down] the scheme".
_SHRINKING = stems_of("scale pare water cut wind tone")
_SHRINKING_PARTICLES = frozenset("back down".split())
# Words that stop a plan only when they act on it, as its verb or the verb's particle, the plan after them past a
# particle or a determiner: "[ended] the project", "[held up] the scheme", "[voted down] the proposal", "[backed
# down on] its plans"; not "[held] talks and backed plans", "[ended] talks on the plan".
_STOPPING_WHEN_ON_THE_PLAN = stems_of("end stop delay hold/held down")
_PARTICLES_BEFORE_A_PLAN = frozenset("off down up out on back".split())
# "[put] its plans [on hold]": near the plan, in its clause ("its plans for the bypass on hold"), not a hold of
# something else told after it ("with the tunnel on hold", "while calls were put on hold").
_ON_HOLD = ("on", "hold")
_MOST_WORDS_FROM_A_PLAN_TO_ON_HOLD = 8
_OPENING_ANOTHER_PHRASE = frozenset("with while though although but and whereas because after as".split())
# Words that join two verbs of one run: in "[held talks and backed] plans" the verb after the last acts on the plan.
_JOINING_VERBS = frozenset("and but then".split())
# "plan" as a verb of intent, before "to".
_PLANNING = frozenset("plan plans planned planning".split())


def called_off(calling: list[str], other: list[str], calling_all: list[str], other_all: list[str]) -> bool:
    """Does a changed run (``calling``) put in a verb that calls off what the other report tells as going ahead:
    "said it [plans] to build" / "[has scrapped] plans for", "said it would [reopen] talks" / "[ruled out
    reopening] talks"?  The verb ends its run, and the plan it calls off is the word kept after it, which the
    other report has, and the other run tells what was done with the plan in a verb of its own ("[approved]
    plans for", "[drew up] plans for") or the other report tells it as its subject's intent ("it plans to
    build"); or the verb is followed by the deed that ends the other run, in another form.  Only where the other
    report calls off nothing, in the listed verbs or in others that stop or refuse the plan (``_stops_the_plan``:
    "[halted] the project" / "[abandoned] the project" call it off alike), and both hold as many negations ("has
    not scrapped plans" keeps them)."""
    kept = without_tense(calling)
    while kept and kept[-1] in DETERMINERS:
        kept = kept[:-1]  # "has axed [its] plans"
    ends_calling_off = bool(kept) and _calling_off_at(kept, len(kept) - 1)
    if not (ends_calling_off or len(kept) >= 2 and _calling_off_at(kept, len(kept) - 2)):
        return False  # the run's own words first: the checks over both sentences run for every link
    if ends_calling_off and not (_tells_a_deed(other) or _plan_meant(other_all)):
        return False
    if (_stops_the_plan(other, other_all) or _calls_off_in(other_all)
            or negations_in(calling_all) != negations_in(other_all)):
        return False
    if ends_calling_off:
        return (_plan_follows(calling_all, kept[-1]) and any(word in _PLANS for word in other_all)
                or _cause_ruled_out(calling, other, calling_all, other_all))
    if not other or not other[-1].isalpha() or _holds(calling_all, other[-1]):
        return False
    return same_word(kept[-1], other[-1]) or (_told_in_other_words(kept[-1], other[-1:])
                                             and _one_thing_after(calling, other, calling_all, other_all))


def _one_thing_after(run: list[str], other: list[str], run_all: list[str], other_all: list[str]) -> bool:
    """Do both runs go on, past a determiner, to one word ("ruled out cutting [the] levy" / "will reduce [the] levy"),
    not to two things ("the [levy]" / "the [VAT] rate")?"""
    after = {run_all[at] for end in run_ends(run, run_all) if (at := past(run_all, end, DETERMINERS)) < len(run_all)}
    return any(other_all[at] in after for end in run_ends(other, other_all)
               if (at := past(other_all, end, DETERMINERS)) < len(other_all))


# Words that tell a thing as the cause of what happened: "was [caused by]", "was [blamed on]", "was [due to]", "the
# [result of]", "[triggered by]", "[sparked by]".  The preposition ends the run; the cause is the thing kept after it.
_CAUSING = stems_of("cause trigger spark start blame attribute result due")
_BEFORE_A_CAUSE = frozenset("by on to of".split())
# Words that leave a cause in doubt: "[may have been caused by]", "[possibly caused by]", "[is investigating whether]".
_DOUBTING_A_CAUSE = frozenset("""can could should must may might possibly probably likely suspected thought believed
    whether""".split())


def _cause_ruled_out(ruling: list[str], other: list[str], ruling_all: list[str], other_all: list[str]) -> bool:
    """Does the run end on "ruled out" before the thing the other run tells, plainly, as the cause, kept by both
    right after the runs: "Powerlink [ruled out] a lightning strike" / "The blackout was [caused by] a lightning
    strike"?  A cause ruled out is a cause denied.  Not a cause in doubt ("may have been caused by"), nor another
    thing ruled out than the one told ("ruled out [sabotage]" / "caused by [a lightning strike]")."""
    if len(ruling) < 2 or (stem(ruling[-2]), ruling[-1]) != RULE_OUT:
        return False
    if len(other) < 2 or other[-1] not in _BEFORE_A_CAUSE or not _CAUSING.intersection(map(stem, other[:-1])):
        return False
    if _DOUBTING_A_CAUSE.intersection(other_all):
        return False
    return _one_thing_after(ruling, other, ruling_all, other_all)


def _tells_a_deed(run: list[str]) -> bool:
    """Does the run hold a word of its own, past the words that carry a tense and the determiners: a verb done
    with the plan ("[approved]", "[drew up]"), not an article alone ("[the]" / "[has scrapped] plans")?"""
    return any(word.isalpha() and word not in TENSE_CARRIERS and word not in DETERMINERS for word in run)


def _stops_the_plan(run: list[str], sentence: list[str]) -> bool:
    """Does the run stop, refuse, shrink or doubt the plan, in the verb that acts on it (after the run's last "and":
    "[held talks and backed]" backs it), or put it on hold (``_on_hold``)?"""
    last = max((k + 1 for k, word in enumerate(run) if word in _JOINING_VERBS), default=0)
    acting = run[last:]
    return (any(stem(word) in _STOPPING or stem(word) in _LEAVING_IN_DOUBT for word in acting)
            or any(stem(word) in _SHRINKING and _shrinks(sentence, word) for word in acting)
            or any(stem(word) in _STOPPING_WHEN_ON_THE_PLAN and _acts_on_a_plan(sentence, word) for word in acting)
            or _on_hold(run, sentence))


def _shrinks(sentence: list[str], word: str) -> bool:
    """Does "back" or "down" follow ``word`` in the sentence ("scaled back", "watered down")?"""
    return any(here == word and sentence[k + 1] in _SHRINKING_PARTICLES for k, here in enumerate(sentence[:-1]))


def _acts_on_a_plan(sentence: list[str], word: str) -> bool:
    """Does a plan (``_PLANS``) follow ``word`` in the sentence, past particles and a determiner: "ended [the]
    project", "backed down [on its] plans"?"""
    for k, here in enumerate(sentence):
        if here == word:
            after = k + 1
            while after < len(sentence) and (sentence[after] in _PARTICLES_BEFORE_A_PLAN
                                             or sentence[after] in DETERMINERS):
                after += 1
            if after < len(sentence) and sentence[after] in _PLANS:
                return True
    return False


def _on_hold(run: list[str], sentence: list[str]) -> bool:
    """Does the run say "on hold", or the sentence put the plan on hold in its own clause: "put its plans for the
    bypass on hold", not "put the plans forward, with the tunnel on hold"?"""
    if _holds_phrase(run, _ON_HOLD):
        return True
    for k, word in enumerate(sentence):
        if word in _PLANS:
            for after in range(k + 1, min(len(sentence) - 1, k + 1 + _MOST_WORDS_FROM_A_PLAN_TO_ON_HOLD)):
                if sentence[after] in _OPENING_ANOTHER_PHRASE:
                    break
                if tuple(sentence[after:after + 2]) == _ON_HOLD:
                    return True
    return False


def _plan_meant(words: list[str]) -> bool:
    """Does the sentence tell a plan as its subject's intent, "plan" a verb before "to" ("it plans to build", "had
    planned to open"), not a noun ("the project to build")?"""
    return any(word in _PLANNING and words[k + 1] == "to" for k, word in enumerate(words[:-1]))


def _holds_phrase(words: list[str], phrase: tuple[str, ...]) -> bool:
    return any(tuple(words[k:k + len(phrase)]) == phrase for k in range(len(words) - len(phrase) + 1))


def _calling_off_at(words: list[str], k: int) -> bool:
    """Does a verb that calls off end at ``k`` ("scrapped", "ruled out")?"""
    if k < 0:
        return False
    return stem(words[k]) in _CALLING_OFF or k > 0 and (stem(words[k - 1]), words[k]) == RULE_OUT


def _calls_off_in(words: list[str]) -> bool:
    return any(_calling_off_at(words, k) for k in range(len(words)))


def to_the_calling_off(words: list[str]) -> int:
    """How many of the run's words (lower-cased) reach to the end of its last verb that calls off: 2 of "has
    scrapped its", 2 of "ruled out reopening"; 0 where none."""
    return next((k + 1 for k in reversed(range(len(words))) if _calling_off_at(words, k)), 0)


def _plan_follows(words: list[str], verb: str) -> bool:
    """Does a plan (``_PLANS``) follow the verb in the sentence, with a determiner between or none?"""
    for k, word in enumerate(words[:-1]):
        if word == verb:
            after = words[k + 2] if words[k + 1] in DETERMINERS and k + 2 < len(words) else words[k + 1]
            if after in _PLANS:
                return True
    return False


# Words that only carry a verb, and the preposition that ties it to what follows: "survived" / "was
# killed in", "rose" / "had fallen", "survived" / "died of" swap one verb for its opposite.
_VERB_CARRIERS = frozenset("is are was were be been being has have had do does did in of on at by from with".split())
# Verbs that keep a state as "was" states it: "was closed" / "stayed open", "remained shut" / "reopened".
_STATE_CARRIERS = frozenset("""stay stays stayed staying remain remains remained remaining keep keeps kept keeping
    """.split())
# Adverbs that place a claim in the telling and change nothing of it: "remained open" / "was also closed",
# "was still closed", "has now reopened".
_TELLING_ADVERBS = frozenset("also still now again already then finally eventually officially".split())


def swapped_for_its_opposite(a_words: list[str], b_words: list[str], a_all: list[str], b_all: list[str]) -> bool:
    """Is a changed run one word replaced by its opposite ("confirmed" / "denied", "survived" / "was
    killed in": the words that carry a verb do not count), neither of which the other sentence has
    anywhere ("below 50 ... above" / "above 50 ... below" only moves them)?  A quantifier's opposite
    ("Everyone" / "No one") turns the claim round only with no other change that turns it back
    (``runs_turning_round``).  All lists are lower-cased words: the run's (``a_words``, ``b_words``)
    and the sentences'."""
    if _forecast_told(a_words) and _forecast_told(b_words) and _scopes_differ(a_all, b_all):
        return False  # "expected to fall [in London]" / "will keep rising [in the north]": two forecasts of two places
    a_words, b_words = _without_forecasts_of_both(*_without_modals_of_both(a_words, b_words))
    one, other = _the_word(a_words), _the_word(b_words)
    if (one is None) != (other is None):
        # One word against a longer run: the run's opening, where the claim it rebuilds begins ("was
        # called off" / "went ahead, with Bell reading a statement"), or the word itself with a prefix that
        # negates it ("were [likely]" / "were [unlikely in the near term]").
        one = one or _the_opening(a_words) or _opening_negated_by_prefix(a_words, other)
        other = other or _the_opening(b_words) or _opening_negated_by_prefix(b_words, one)
    elif one is None and other is None:
        # Two longer runs that each open on a word of the lists, the rest only adding to it: "[has been sealed
        # to slow the loss of air]" / "[remains open so that crew can monitor the crack]".
        a_words, b_words = _past_a_subject_told(a_words, b_all), _past_a_subject_told(b_words, a_all)
        one, other = _the_opening(a_words), _the_opening(b_words)
        if one is None and other is None:
            one, other = _openings_negated_by_prefix(a_words, b_words)
        if one is not None and other is not None and (
                _two_times_told(a_words, b_words, a_all, b_all) or _turned_again_after(a_words, b_words)
                or (_acts_on_something(a_words) or _acts_on_something(b_words))
                and not _one_object_qualified(a_words, b_words, a_all, b_all)):
            return False
    if one is None or other is None:
        one, other = _the_last_word(a_words), _the_last_word(b_words)
    return (one is not None and other is not None
            and (are_opposites(one, other) or _particles_opposite(one, other, a_all, b_all)
                 or _opposite_on_a_restraint(one, other, a_all, b_all) or _opposite_of_a_refusal(one, other, a_all, b_all))
            and not _holds(b_all, one) and not _holds(a_all, other)
            and not (one in _TELLING_ORDER and a_all[:1] == [one] and b_all[:1] == [other])
            and not _part_against_the_whole(one, a_all, other, b_all)
            and not _two_people_in_the_runs(a_words, b_words)
            and not _a_thing_shown_caught_and_released(one, other, a_all, b_all))


# "captured" / "released" a suspect (or an animal) are opposites; "captured" / "released" an image, data or a report
# are two steps of one publication, the telescope taking the image and the agency putting it out.  The verbs of
# holding and of freeing are opposites only where neither acts on a thing made to be shown, after the verb ("has
# captured a breathtaking new image") or before it ("the image was released").
_HOLDING = stems_of("arrest detain capture")
_FREEING = stems_of("release free")
_THINGS_SHOWN = frozenset("""image images photo photos photograph photographs picture pictures footage video videos
    data view views snapshot snapshots scan scans recording recordings report reports statement statements figures
    results findings details document documents map maps album albums film films song songs trailer trailers
    moment moments""".split())
_MOST_WORDS_BEFORE_THE_THING_SHOWN = 4
_MOST_WORDS_AFTER_THE_THING_SHOWN = 5


def _a_thing_shown_caught_and_released(one: str, other: str, a_all: list[str], b_all: list[str]) -> bool:
    keys = {stem(one), stem(other)}
    if _HOLDING.isdisjoint(keys) or _FREEING.isdisjoint(keys):
        return False
    return _acts_on_a_thing_shown(a_all, one) or _acts_on_a_thing_shown(b_all, other)


def _acts_on_a_thing_shown(words: list[str], verb: str) -> bool:
    before, after = _MOST_WORDS_BEFORE_THE_THING_SHOWN, _MOST_WORDS_AFTER_THE_THING_SHOWN
    return any(not _THINGS_SHOWN.isdisjoint(words[max(0, k - before):k + 1 + after])
               for k, word in enumerate(words) if word == verb)


def _past_a_subject_told(words: list[str], other_all: list[str]) -> list[str]:
    """The run from its first word that carries a tense on, where the words before it are a subject the other
    sentence names too: "[union PPTA] has also accepted a similar" / "The PPTA ... rejected its", so that the run
    opens on its verb; the run as it is otherwise.  A subject the other sentence does not name ("NZEI has
    accepted") may be another one, and is kept."""
    carrier = next((k for k, word in enumerate(words) if word in TENSE_CARRIERS), 0)
    if carrier and _the_opening(words) is None and any(
            may_be_a_noun(word) and word in other_all for word in words[:carrier]):
        return words[carrier:]
    return words


def _two_people_in_the_runs(a_words: list[str], b_words: list[str]) -> bool:
    """Does each run name a person, none of them one the other may be ("[the driver] survived" / "[a passenger] was
    killed")?  The opposite verbs then tell what befell two people."""
    a_people = [word for word in a_words if _names_a_person(word)]
    b_people = [word for word in b_words if _names_a_person(word)]
    return bool(a_people and b_people) and not any(_may_be_one_person(one, other)
                                                   for one in a_people for other in b_people)


# Words that take a part of a whole: "[some] events at the festival were cancelled", "[two of the] concerts".
_PART_QUANTIFIERS = frozenset("some several many few most part parts dozens hundreds".split()) | (
    frozenset(ONES) | frozenset(TEENS) | frozenset(TENS)) - {"zero"}
_INSIDE_A_PART = frozenset("of the a an its their his her this that these those".split())
_MOST_WORDS_FROM_A_PART_TO_ITS_VERB = 8


def _part_against_the_whole(one: str, a_all: list[str], other: str, b_all: list[str]) -> bool:
    """Does one sentence tell its verb of a part ("[Some events] at the festival were cancelled", "[two of the]
    concerts") of a thing the other tells whole ("The festival went ahead as planned"): a quantifier of a part
    before the verb, whose noun the other sentence does not name?  A part cancelled says nothing against the whole
    going ahead.  Not where both name the one noun ("Some flights were cancelled" / "Flights went ahead"), nor
    a quantifier turned ("Some" / "None": ``runs_turning_round``)."""
    if one in _QUANTIFIERS or other in _QUANTIFIERS:
        return False
    return _part_named_before(a_all, one, b_all) or _part_named_before(b_all, other, a_all)


def _part_named_before(words: list[str], verb: str, other_all: list[str]) -> bool:
    if verb not in words or _PART_QUANTIFIERS.isdisjoint(words):
        return False  # the cheap test: most sentences name no part
    at = words.index(verb)
    for k in range(max(0, at - _MOST_WORDS_FROM_A_PART_TO_ITS_VERB), at):
        if words[k] not in _PART_QUANTIFIERS or (k and words[k - 1] in _INSIDE_A_PART - {"of"}):
            continue  # "[the] two sides", "[a] few": no part taken
        noun = k + 1
        while noun < at and (words[noun] in _INSIDE_A_PART or words[noun].endswith(("'s", "’s"))):
            noun += 1
        if (noun < at and words[noun].isalpha() and words[noun] not in STOPWORDS
                and not any(same_word(word, words[noun]) for word in other_all)
                and not _part_placed_as_the_other_tells(words[noun + 1:at], other_all)):
            return True
    return False


def _part_placed_as_the_other_tells(between: list[str], other_all: list[str]) -> bool:
    """Do the words between the part's noun and its verb name what the other sentence names around its own subject,
    not that subject itself: "Two trains [on the Brighton line]" / "Services on the Brighton line ran as normal"?
    Then the part is of the thing the other tells (trains of the services on that line), and the claims meet.
    "Some events [at the festival]" / "The festival went ahead" names the other's subject: a part of that whole."""
    subject = next((word for word in other_all if word.isalpha() and word not in STOPWORDS), None)
    return any(word.isalpha() and word not in STOPWORDS and not same_word(word, subject or "")
               and any(same_word(word, told) for told in other_all) for word in between)



# Modals that tell what someone may, must or can do: "customers [should stop] using" / "customers [can continue]
# using" tell two opposite things to do, whatever the modal.  Taken off only where both runs open on one: a modal
# against a plain verb tells what may come against what was done ("[could fall]" / "[rose]"), no claim turned.
_MODALS = frozenset("can could should must may might ought".split())


def _without_modals_of_both(a_words: list[str], b_words: list[str]) -> tuple[list[str], list[str]]:
    """Both runs without the modal each opens on, when each opens on one ("should stop" / "can continue" ->
    "stop" / "continue"); both as they are otherwise."""
    if len(a_words) > 1 and len(b_words) > 1 and a_words[0] in _MODALS and b_words[0] in _MODALS:
        return a_words[1:], b_words[1:]
    return a_words, b_words


# What tells a claim ahead at the opening of a run: "[will] keep rising", "[are expected to] fall", "[is likely to]
# rise".  Against each other they tell two forecasts, and the verbs after them say whether the two agree.
_FORECAST_OPENERS = frozenset("will would".split())
_FORECAST_BEFORE_TO = frozenset("expected forecast predicted projected likely set due poised tipped".split())


def _forecast_told(words: list[str]) -> int:
    """How many words at the run's opening tell the claim ahead ("are expected to" -> 3, "will" -> 1), past the
    words that carry the verb; 0 where none do, or nothing follows them."""
    k = 0
    while k < len(words) and words[k] in TENSE_CARRIERS:
        k += 1
    if words[k:k + 1] and words[k] in _FORECAST_OPENERS:
        k += 1
    elif words[k + 1:k + 2] == ["to"] and words[k] in _FORECAST_BEFORE_TO:
        k += 2
    else:
        return 0
    return k if k < len(words) else 0


# The words that open a phrase placing a claim in time or space: "[in] January", "[before] the summer", "[this]
# year", "[by] 2026", "[in] Scotland".  A figure places it too ("close [20] stores").
_SCOPE_OPENERS = frozenset("in at on before after by until till during within over this next last from".split())


def _scopes(words: list[str]) -> set[str]:
    """The phrases of a sentence (lower-cased words) that place its claim, each as its opening word and the word
    after it past a determiner ("in september", "this year", "by 2026"), and its figures ("20")."""
    found = {word for word in words if any(map(str.isdigit, word))}
    for k, word in enumerate(words):
        if word in _SCOPE_OPENERS:
            after = past(words, k + 1, DETERMINERS)
            if after < len(words) and words[after].isalnum() and _TELLINGS.isdisjoint(words[after:after + 2]):
                found.add(f"{word} {words[after]}")
    return found


# Where a claim was told, not where it holds: "said [in a statement]", "told reporters [at a press conference]",
# "wrote [in a post]".  Such a phrase places the telling; the claims of two sentences so told may be one.
_TELLINGS = frozenset("""statement statements interview interviews briefing briefings conference post letter email
    release""".split())


def _scopes_differ(a_all: list[str], b_all: list[str]) -> bool:
    """Does each sentence place its claim in a time, place or figure the other does not tell ("would not close any
    stores [in Scotland]" / "plans to close [20] stores [in England]", "[in January]" / "[in the summer]")?  Then
    the two may tell two deeds, and one told the other way round says nothing against the other."""
    a_scopes, b_scopes = _scopes(a_all), _scopes(b_all)
    return bool(a_scopes - b_scopes) and bool(b_scopes - a_scopes)


def _without_forecasts_of_both(a_words: list[str], b_words: list[str]) -> tuple[list[str], list[str]]:
    """Both runs without the forecast each opens on, when each opens on one ("are expected to fall" / "will keep
    rising" -> "fall" / "keep rising"); both as they are otherwise: a forecast against a deed done tells what may
    come against what was ("[could fall]" / "[rose]")."""
    a_told, b_told = _forecast_told(a_words), _forecast_told(b_words)
    if a_told and b_told:
        return a_words[a_told:], b_words[b_told:]
    return a_words, b_words


def _opening_negated_by_prefix(words: list[str], word: str | None) -> str | None:
    """The word a longer run opens on (past the words that carry its verb), when it is ``word`` with a prefix
    that negates it, or ``word`` is it so ("[unlikely in the near term]" against "likely"); None otherwise."""
    kept = _carried(words)
    if word is None or not kept:
        return None
    opening = kept[0]
    return opening if negated_by_prefix(opening, word) or negated_by_prefix(word, opening) else None


def _openings_negated_by_prefix(a_words: list[str], b_words: list[str]) -> tuple[str | None, str | None]:
    """The openings of two longer runs when the one is the other with a prefix that negates it ("[likely but
    that the Bank would move]" / "[unlikely in the near term]"); (None, None) otherwise."""
    a_kept, b_kept = _carried(a_words), _carried(b_words)
    if not a_kept or not b_kept or _opening_negated_by_prefix(b_words, a_kept[0]) is None:
        return None, None
    return a_kept[0], b_kept[0]


def _acts_on_something(words: list[str]) -> bool:
    """Does a longer run's opening take an object the run names ("arrested [two men]", "opened [a new
    factory]"), rather than a clause that only tells why or how ("has been sealed [to slow ...]", "remains
    open [so that ...]")?  Two opposite verbs on two things named in the runs are two deeds, not one claim
    turned round."""
    kept = _carried(words)
    if kept and stem(kept[0]) in _SURVIVING:
        return False  # "survived [the crash]": the ordeal lived through, which "was killed" tells as well
    k = 2 if tuple(kept[:2]) in _WORD_OF_PHRASAL_VERB else 1
    while k < len(kept) and (kept[k] in _ADVERBS_AFTER_A_VERB or adverb_in_ly(kept[k]) or kept[k][:1].isdigit()):
        k += 1  # "fell back", "rose sharply", "climbed 2%"
    return k < len(kept) and kept[k] not in _CLAUSE_AFTER_A_VERB and not _with_right_after(words, kept[0])


# "with" right after a verb or a state opens what goes with it, not an object: "were also disrupted, [with] staff
# forced to use paper records" (the words that carry a verb drop "with" from the run, ``_carried``).
_WITH = "with"


def _with_right_after(words: list[str], opening: str) -> bool:
    at = words.index(opening) if opening in words else -1
    return 0 <= at and words[at + 1:at + 2] == [_WITH]


# The verb whose object is no thing acted on but an ordeal lived through: "survived [the crash]".
_SURVIVING = stems_of("survive")


# Adverbs that tell how long or when, not what the verb acts on: "remained open [throughout]", "stayed shut
# [overnight]".
_ADVERBS_AFTER_A_VERB = frozenset("back again further away throughout overnight meanwhile".split())


# Words that open what a verb's clause goes on with, not its object: "sealed to slow", "open so that",
# "closed because of", "rose after", "fell in early trading", "remained open throughout, [although] some", and
# the time it tells: "fell [between] August and September", "rose sharply [last] month" (``_TIMES_AFTER_A_VERB``).
_TIMES_AFTER_A_VERB = frozenset("between last this next yesterday".split())
_CLAUSE_AFTER_A_VERB = frozenset("""to so because as after before when while until since for in on at by with from
    and but or then despite amid following until although though whereas""".split()) | _TIMES_AFTER_A_VERB


# Words that set one thing of a kind apart from another ("passed its [first] reading" / "failed its [second]
# reading" are two readings): a run that qualifies the object with one of them names a thing of its own.
_SETTING_APART = frozenset("""first second third fourth fifth last previous next earlier later new old other another
    same different""".split())
_DEGREES = frozenset("most more".split())


def _one_object_qualified(a_words: list[str], b_words: list[str], a_all: list[str], b_all: list[str]) -> bool:
    """Do two runs that open on opposites go on only to the object both sentences name right after them, one
    run qualifying it and the other not: "[passed its most recent] inspection" / "[failed an] inspection" is one
    inspection passed and failed?  Not where the qualifier sets the thing apart ("its second") or counts it."""
    rests = [[word for k, word in enumerate(rest) if word not in DETERMINERS
              and not (word in _DEGREES and k + 1 < len(rest))]  # "most" of "most recent" tells a degree, no amount
             for rest in (_carried(words)[1:] for words in (a_words, b_words))]
    if all(rests) and rests[0] != rests[1]:
        return False
    if any(word[:1].isdigit() or word in _SETTING_APART or word in ONES or _key(word) in _WORD_OF
           for word in rests[0] + rests[1]):
        return False
    after_a = {a_all[end] for end in run_ends(a_words, a_all) if end < len(a_all)}
    after_b = {b_all[end] for end in run_ends(b_words, b_all) if end < len(b_all)}
    return any(word.isalpha() and word not in STOPWORDS for word in after_a & after_b)


def _two_times_told(a_words: list[str], b_words: list[str], a_all: list[str], b_all: list[str]) -> bool:
    """Do two runs that open on opposites go on to a time ("fell [last month]" / "rose [this month]"), each sentence
    telling one the other does not?  Two times, two moves: neither turns the other round."""
    return not _TIMES_AFTER_A_VERB.isdisjoint(a_words + b_words) and _scopes_differ(a_all, b_all)


def _turned_again_after(a_words: list[str], b_words: list[str]) -> bool:
    """Do two runs that open on opposites turn again after their openings: a negation, or another pair of
    opposites ("[always risen]" / "[never fallen]" says one thing twice turned)?"""
    if holds_negation(a_words) or holds_negation(b_words):
        return True
    rest_a, rest_b = _carried(a_words)[1:], _carried(b_words)[1:]
    return any(are_opposites(one, other) for one in rest_a for other in rest_b)


def may_turn_round(a_words: list[str], b_words: list[str]) -> bool:
    """Might a changed run (its lower-cased words on each side) turn the claim round?  A glance, looser than
    ``turns_the_claim_round`` and far cheaper, for those who would read the sentences in full only where it
    might: a negation on either side, or words on both sides of which one pair are opposites, or a word
    that is opposite only with the words around it (a verb's particle, "off" of "laid off"; a verb that
    undoes a restraint, "lifted"), or a longer run that ends on a verb told as done (``_the_last_word``) or
    opens on a word of the lists (``_the_opening``)."""
    if _may_negate_or_tell_a_deed(a_words) or _may_negate_or_tell_a_deed(b_words):
        if holds_negation(a_words) or holds_negation(b_words) or _may_refuse(a_words) or _may_refuse(b_words):
            return True
        if deeds.may_fail(a_words) or deeds.may_fail(b_words):
            return True  # a deed failed ("was unable to reach"), against it done elsewhere (``deed_failed_against_done``)
        if any(not _TOLD_GOING_AHEAD.isdisjoint(words) and any(_as_normal_at(words, k) for k in range(len(words)))
               for words in (a_words, b_words)) or deeds.may_await(a_words) or deeds.may_await(b_words):
            return True  # a deed told still awaited ("still needs the approval of"), against it done elsewhere
    if not a_words or not b_words:
        # A verb that calls off, put in on its own before the plan both reports tell ("The retailer [has
        # scrapped] plans to open"): it ends its run (``called_off``), after a determiner or two at most.  And a
        # denial put in before the claim both tell ("[Summit North denied that] the group had ignored").
        return any(_calling_off_at(words, k) for words in (a_words, b_words)
                   for k in range(max(0, len(words) - 3), len(words))) or to_the_denial(a_words or b_words) is not None
    if len(a_words) * len(b_words) > _MOST_WORD_PAIRS_GLANCED_AT:
        # Each run also without the words of the other, as ``scattered_opposite`` reads them ("[The driver]
        # survived the crash" / "[The driver] was among those killed").
        return (_the_last_word(a_words) is not None and _the_last_word(b_words) is not None
                or (_the_word(a_words) or _the_opening(a_words) or _the_opening(_not_in(a_words, set(b_words))))
                is not None
                and (_the_word(b_words) or _the_opening(b_words) or _the_opening(_not_in(b_words, set(a_words))))
                is not None)
    if any(word in _PARTICLES_READ_WITH_A_VERB or (key := stem(word)) in _STEMS_GLANCED_AT
           or key in deeds.REFUSING_OUTRIGHT for word in a_words + b_words):
        return True
    if _may_compare_a_change(a_words, b_words) or _may_compare_a_change(b_words, a_words):
        return True
    return _may_hold_opposites(a_words, b_words) and any(
        _cached_opposites(one, other) for one in a_words for other in b_words)


def _may_compare_a_change(changing: list[str], comparing: list[str]) -> bool:
    """Might one run be a comparative alone and the other tell a change (``_change_against_a_comparison``)?"""
    return (len(comparing) == 1 and comparing[0] in _COMPARATIVE_CHANGES
            and any(_key(word) in _WORD_OF for word in changing))


def _may_hold_opposites(a_words: list[str], b_words: list[str]) -> bool:
    """Might a word of the one run be the opposite of a word of the other (``_cached_opposites``)?  Only where
    both runs hold a word of the lists, or a word of one is a word of the other with a prefix of two or three
    letters ("unable" / "able", "nonbinding" / "binding").  A few look-ups a word, where reading every pair
    of words costs one a pair."""
    if _holds_a_listed_word(a_words) and _holds_a_listed_word(b_words):
        return True
    return _prefixed_in(a_words, b_words) or _prefixed_in(b_words, a_words)


def _holds_a_listed_word(words: list[str]) -> bool:
    return any(_WORD_OF.get(_key(word)) is not None for word in words)


def _prefixed_in(words: list[str], bases: list[str]) -> bool:
    """Is a word of ``words`` one of ``bases`` with two or three letters before it (each prefix of
    ``_PREFIX_RULES``)?"""
    return any(word[2:] in bases or word[3:] in bases for word in words if len(word) > _SHORTEST_BASE + 1)


def _may_negate_or_tell_a_deed(words: list[str]) -> bool:
    """Does the run hold a word without which none of the first tests of ``may_turn_round`` holds: a negation
    (a contracted one by its letters), the "to" of a negating phrase, "unable", "still", "awaits", or a word of a
    deed going ahead as normal?  One look-up for the run, where most runs hold none."""
    return not _GLANCED_FIRST.isdisjoint(words) or any(ending in word for word in words for ending in CONTRACTED)


def _may_refuse(words: list[str]) -> bool:
    """Might the run end on a negating phrase whose verb follows it ("[declined to] take over")?"""
    return words[-1:] == ["to"] and any(stem(word) in _REFUSAL_OPENERS for word in words)


# A long run against another is seldom one word swapped: past this many pairs of words, only its last word.
_MOST_WORD_PAIRS_GLANCED_AT = 64
# The same few thousand words meet again and again across a long story's links.
_cached_opposites = lru_cache(maxsize=65536)(
    lambda one, other: are_opposites(one, other) or _opposed_as_a_refusal(one, other))


# Words that open a sentence to place it in the report's own telling, not in the claim: "Earlier, the
# minister said ..." / "Later, the minister said ..." tell one claim, reported at two points of two days.
_TELLING_ORDER = frozenset({"earlier", "later"})


# Verbs that say opposite things only of a restraint they act on: "The curfew was lifted" / "The curfew
# was extended", "lifted the sanctions" / "renewed the sanctions", "lifted restrictions" / "tightened
# restrictions".  Of anything else they say other things, or the same: "extended an invitation" offers it,
# and "lifted its offer" raises an offer that "extended its offer" keeps open longer.  By stem.  ("Eased" and
# "relaxed" against "tightened" say the opposite of anything, policy or a market: ``_OPPOSITE_SIDES``.)
_OPPOSITE_ON_A_RESTRAINT = frozenset(frozenset(stem(word) for word in pair.split()) for pair in
                                     "lift extend; lift renew; lift tighten".split(";"))
# What such a verb acts on: a ban, an order or the measures of an emergency.  Nouns, as written: "ordered" is
# no order.
_RESTRAINTS = frozenset("""ban bans embargo embargoes sanction sanctions curfew curfews lockdown lockdowns
    restriction restrictions order orders moratorium freeze suspension blockade quarantine mandate closure
    closures warning warnings alert alerts injunction measure measures emergency shutdown""".split())
# "in order to" is no order.
_NOT_AN_ORDER = ("in", "order")


def _opposite_on_a_restraint(one: str, other: str, a_all: list[str], b_all: list[str]) -> bool:
    """Are two words a pair of ``_OPPOSITE_ON_A_RESTRAINT`` ("lifted" / "extended") in two sentences that
    each name a restraint (``_names_a_restraint``)?"""
    return (frozenset((stem(one), stem(other))) in _OPPOSITE_ON_A_RESTRAINT
            and _names_a_restraint(a_all) and _names_a_restraint(b_all))


# Verbs that say the opposite of "declined" only where it refuses ("agreed to publish" / "declined to publish",
# "accepted the offer" / "declined the offer"): "declined" as often tells a fall ("shares declined 5%"), which
# "rose" and its side oppose (``_OPPOSITE_SIDES``), and no one agrees or accepts a figure.  By the listed word
# each form is of (``_WORD_OF``).
_OPPOSITE_OF_A_REFUSAL = frozenset(frozenset(pair.split()) for pair in "agree decline; accept decline".split(";"))
# What "declined" refuses when it takes it for its object, after a determiner and a word at most: "declined the
# offer", "declined an invitation to speak", "declined his party's nomination".
_OFFERED = frozenset("""offer offers invitation invitations request requests nomination nominations post role job
    deal bid bids proposal proposals plea pleas appeal appeals call calls demand demands""".split())
_MOST_WORDS_BEFORE_OFFERED = 2


def _opposite_of_a_refusal(one: str, other: str, a_all: list[str], b_all: list[str]) -> bool:
    """Are two words a pair of ``_OPPOSITE_OF_A_REFUSAL`` ("agreed" / "declined"), the "declined" refusing in
    its sentence (``_refuses``)?"""
    if not _opposed_as_a_refusal(one, other):
        return False
    declined, sentence = (one, a_all) if one in DECLINE else (other, b_all)
    return declined in DECLINE and _refuses(sentence, declined)


def _opposed_as_a_refusal(one: str, other: str) -> bool:
    """Are two words, whatever their forms, a pair of ``_OPPOSITE_OF_A_REFUSAL`` ("agreed" / "declined")?"""
    return frozenset((_WORD_OF.get(_key(one)), _WORD_OF.get(_key(other)))) in _OPPOSITE_OF_A_REFUSAL


def _refuses(words: list[str], declined: str) -> bool:
    """Does ``declined`` refuse where it stands in the sentence: before "to" and a verb ("declined to publish",
    ``negating_phrase_length``), or before what was offered or asked ("declined the offer"), not a fall
    ("declined 5%", "declined to a record low", "declined the most since 2008")?"""
    for k, word in enumerate(words):
        if word == declined and (negating_phrase_length(words, k) or any(
                words[k + 1:k + 2] and words[k + 1] in DETERMINERS | {"his", "her"} and offered in _OFFERED
                for offered in words[k + 2:k + 2 + _MOST_WORDS_BEFORE_OFFERED])):
            return True
    return False


def _names_a_restraint(words: list[str]) -> bool:
    """Does the sentence (its lower-cased ``words``) name a ban, an order, a curfew or another restraint
    (``_RESTRAINTS``), not an "order" of "in order to"?"""
    return any(word in _RESTRAINTS and tuple(words[k - 1:k + 1]) != _NOT_AN_ORDER for k, word in enumerate(words))


# "switched on" / "switched off", "The lights were on" / "were off": the particles of a verb, or what
# "be" states, say opposite things; the prepositions of the same letters do not ("on Monday", "off the
# coast", "fishing on the lake" / "fishing off the lake").
_OPPOSITE_PARTICLES = frozenset({"on", "off"})
# Words that open what a preposition governs: "on the coast", "off its coast", "on 5 March", "on Monday".
_OBJECT_OPENERS = frozenset("""the a an this that these those its his her their our my your each every some any
    all both""".split()) | frozenset("""monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december""".split())
# Verbs that "be" states a state with ("were on", "is off"), and the verbs whose "on" and "off" work a switch
# ("switched on", "turned off", "left on", "logged off"), by stem, so every form of each is known.  With any
# other verb the particle makes a phrase of its own, which its opposite particle does not turn round:
# "based on" and "based off" say one thing, and "relied on", "called on", "signed off", "set off" or
# "kicked off" are no switch.
_BE = frozenset("is are was were be been being".split())
_SWITCHING_VERBS = frozenset(stem(word) for word in "switch turn shut cut log power flick leave keep put".split())


def _particles_opposite(one: str, other: str, a_all: list[str], b_all: list[str]) -> bool:
    """Are two words "on" and "off", each standing as a verb's particle in its sentence (``_a_particle``)?"""
    if {one, other} != _OPPOSITE_PARTICLES:
        return False
    return _a_particle(a_all, one) and _a_particle(b_all, other)


def _a_particle(words: list[str], particle: str) -> bool:
    """Does ``particle`` stand somewhere in the sentence's lower-cased ``words`` right after a verb and
    before no noun it would govern ("switched on.", "were off by noon"), not as a preposition ("on
    Monday", "off the coast", "on 5 March")?"""
    return any(word == particle and k > 0 and _verb_before_particle(words[k - 1]) and not _object_after(words, k)
               for k, word in enumerate(words))


def _verb_before_particle(word: str) -> bool:
    return word in _BE or stem(word) in _SWITCHING_VERBS


def _object_after(words: list[str], k: int) -> bool:
    """Does a noun the word at ``k`` would govern follow it: a determiner, a day or month, a figure?"""
    following = words[k + 1] if k + 1 < len(words) else ""
    return following in _OBJECT_OPENERS or following[:1].isdigit()


# Two words the tokens split that are one word of the lists: "re-opened" (the hyphen splits it)
# and "no one".
_TWO_WORDS_AS_ONE = {_AGAIN: "{}", "no": " {}"}


# Two-word verbs that say what one listed word says: "laid off" 200 workers / "hired" them, "called off" the
# strike / "went ahead with" it, "turned down" the offer / "accepted" it, "pulled out of" the talks / "joined"
# them.  A verb (its forms as ``_verb_forms`` makes them) and its particle, then the word it stands for.
_PHRASAL_VERBS = """
    lay/laid off: fire; take/took/taken on: hire; call off: cancel; go/went/gone ahead: proceed;
    shut down: close; turn down: reject; pull out: withdraw; step up: increase; scale back: cut;
    knock/knocked out: disable; plead/pled guilty: admit
"""
# A plea of not guilty denies the charge as "denied" does: "pleaded not guilty to" / "admitted" turn the claim round,
# "pleaded not guilty to" / "denied" tell one plea.  (A form of "plead", "not", "guilty"; "pleaded guilty" is above.)
_NOT_GUILTY = ("not", "guilty")
_DENIAL_PLEADED = "deny"


def _phrasal_verbs() -> dict[tuple[str, str], str]:
    """(a form of the verb, its particle) -> the listed word the two stand for (see _PHRASAL_VERBS)."""
    words = {}
    for entry in _PHRASAL_VERBS.replace("\n", " ").split(";"):
        phrase, word = entry.split(":")
        verb, particle = phrase.split()
        words |= {(form, particle): word.strip() for form in _verb_forms(verb)[1]}
    return words


_WORD_OF_PHRASAL_VERB = _phrasal_verbs()


def _one_word(words: list[str]) -> str | None:
    """The run as one word, when it is one: "denied", "re" "opened" ("re-opened") as "reopened", "no"
    "one" as "no one", "laid" "off" as "fire" (``_PHRASAL_VERBS``); None for a longer run."""
    if len(words) == 1:
        return words[0]
    if len(words) == 2 and words[0] in _TWO_WORDS_AS_ONE:
        return words[0] + _TWO_WORDS_AS_ONE[words[0]].format(words[1])
    if len(words) == 2:
        return _WORD_OF_PHRASAL_VERB.get((words[0], words[1]))
    if len(words) == 3 and _pleaded_not_guilty(words):
        return _DENIAL_PLEADED
    return None


def _pleaded_not_guilty(words: list[str]) -> bool:
    """Do the words open on a plea of not guilty ("pleaded not guilty", "pleads not guilty")?"""
    return tuple(words[1:3]) == _NOT_GUILTY and _WORD_OF_PHRASAL_VERB.get((words[0], _NOT_GUILTY[1])) is not None


def _the_word(words: list[str]) -> str | None:
    """The one word a changed run turns on, without the words that carry its verb or complete it
    ("was killed in" -> "killed", "was allowed to stand" -> "allowed", "denied reports" -> "denied"); None
    for a longer run.  A verb that works a switch stands for the state its particle tells ("switched [on] at" ->
    "on"): the words that carry a verb take "on" off with "at" (``_carried``)."""
    word = _one_word(_without_claim_named(_without_infinitive(_carried(words))))
    if word is not None and stem(word) in _SWITCHING_VERBS:
        return _switched_state_opening(words) or word
    return word


# Nouns that name a claim a verb of saying takes for its object: "denied reports that a suspect had been
# arrested" denies that a suspect had been arrested, as "denied that" does; "confirmed claims that".
_CLAIM_NOUNS = frozenset("""report reports claim claims allegation allegations rumour rumours rumor rumors
    suggestion suggestions speculation accounts""".split())


def _without_claim_named(words: list[str]) -> list[str]:
    """The run without the noun naming the claim after its verb, with up to two words before the noun:
    "denied reports", "denied the reports", "denied media reports" / "confirmed", as "denied" /
    "confirmed"."""
    if 2 <= len(words) <= _MOST_WORDS_NAMING_A_CLAIM + 1 and words[-1] in _CLAIM_NOUNS:
        return words[:1]
    return words


# "the reports", "media reports", "the media reports": the words that name the claim after its verb.
_MOST_WORDS_NAMING_A_CLAIM = 3


def _the_opening(words: list[str]) -> str | None:
    """The word a longer changed run opens on, as one word of the lists ("went ahead" as "proceed"), when
    the words after it only add to it; None where no word of the lists opens it."""
    kept = _carried(words)
    if not kept:
        return None  # a run put in or taken out: nothing in its place to set it against
    if len(kept) > 1 and kept[0].isdigit():
        kept = kept[1:]  # an age or a count told beside the subject before the verb: "Pryce, [34,] pleaded guilty"
        kept = kept[_place_told_after_an_age(words):]
    if _pleaded_not_guilty(kept):
        return _DENIAL_PLEADED
    phrasal = _WORD_OF_PHRASAL_VERB.get(tuple(kept[:2]))
    if phrasal is not None:
        return phrasal
    if _as_normal_at(kept, 0):
        return _GOING_AHEAD
    if _key(kept[0]) in _WORD_OF:
        return kept[0]
    return _switched_state_opening(words)


def _switched_state_opening(words: list[str]) -> str | None:
    """The particle a longer run opens on when it states a switch's state ("[switched on at] the time" /
    "[off when] the aircraft lurched"): "on" or "off" first past the words that carry a tense, or right after a
    verb that works a switch.  The words that carry a verb drop "on" from the run (``_carried``), so it is read
    from the words as written; whether the particle is a particle in its sentence is ``_particles_opposite``'s."""
    k = past(words, 0, TENSE_CARRIERS)
    if k < len(words) and stem(words[k]) in _SWITCHING_VERBS:
        k += 1
    if k >= len(words) or words[k] not in _OPPOSITE_PARTICLES or _object_after(words, k):
        return None  # "left [on Monday]": a preposition, no state
    return words[k]


# "Services will [run as normal]", "the match [went on as planned]", "will [operate normally]", "will [go ahead]": the
# deed goes ahead as it was to, the opposite of calling it off ("have been cancelled").  A verb of running (any form),
# a particle, and "as" with the word of what was to be, or "normally"; "go ahead" says it alone.
_RUNNING = stems_of("run/ran operate go/went/gone take/took/taken")
_RUNNING_PARTICLES = frozenset("on ahead place".split())
_AS_EXPECTED = frozenset("normal usual planned scheduled".split())
_NORMALLY = "normally"
_GOING = stems_of("go/went/gone")
_AHEAD = "ahead"
_GOING_AHEAD = "proceed"
# The words without one of which no run tells a deed going ahead as it was to (``_as_normal_at``).
_TOLD_GOING_AHEAD = frozenset({"as", _NORMALLY, _AHEAD})


def _as_normal_at(words: list[str], k: int) -> int:
    """How many words at ``k`` tell a deed going ahead as it was to ("run as normal" -> 3, "will operate as usual" ->
    4, "went on as planned" -> 4, "take place as scheduled" -> 4, "will operate normally" -> 3, "will go ahead" ->
    3); 0 where none do."""
    start = k + 1 if words[k:k + 1] and words[k] in _FORECAST_OPENERS else k
    if start >= len(words) or stem(words[start]) not in _RUNNING:
        return 0
    after = start + 1
    if words[after:after + 1] and words[after] in _RUNNING_PARTICLES:
        after += 1
    if words[after:after + 1] == [_NORMALLY]:
        return after + 1 - k
    if words[after:after + 1] == ["as"] and words[after + 1:after + 2] and words[after + 1] in _AS_EXPECTED:
        return after + 2 - k
    if words[after - 1] == _AHEAD and stem(words[start]) in _GOING:
        return after - k  # "will go ahead": going ahead says it without an "as"
    return 0


# Where a subject's age is told with where the subject lives: "Gareth Pryce, 34, [of Llandaff, Cardiff,] pleaded
# guilty".  The place is a word or a few, after "of" or "from".
_PLACE_OPENERS = frozenset({"of", "from"})
_MOST_WORDS_OF_A_PLACE = 3


def _place_told_after_an_age(words: list[str]) -> int:
    """How many words of the place told after the age a run opens on ("34 of llandaff cardiff pleaded guilty" -> 2,
    "llandaff cardiff", the "of" not counted, as ``_carried`` drops it), up to the word of the lists that opens the
    claim; 0 where the age is followed by no place, or by no such word within a place's length."""
    if len(words) < 3 or not words[0].isdigit() or words[1] not in _PLACE_OPENERS:
        return 0
    for length in range(1, min(_MOST_WORDS_OF_A_PLACE, len(words) - 3) + 1):
        rest = words[2 + length:]
        if (_pleaded_not_guilty(rest) or tuple(rest[:2]) in _WORD_OF_PHRASAL_VERB
                or _key(rest[0]) in _WORD_OF):
            return length
    return 0


def _the_last_word(words: list[str]) -> str | None:
    """The word a longer changed run ends on, the verb that the kept words after it complete: "which owns
    the vessel, refused [to pay for the cleanup]" / "said on Monday it had agreed [to pay ...]" turn on
    "refused" / "agreed".  Only a verb told as done, by its "-ed": at the end of a longer run a noun or an
    adjective is as often what the run names as what it claims ("four-year private [colleges]" / "public
    [colleges]"; "helps customers buy" / "sells"), and a word with a negating prefix as often the same word
    spelt apart ("non binding" / "nonbinding")."""
    kept = _carried(words)
    return kept[-1] if kept and kept[-1].isalpha() and kept[-1].endswith("ed") else None


def _without_infinitive(words: list[str]) -> list[str]:
    """The run without an infinitive that only completes its verb: "allowed to stand" / "disallowed",
    "able to vote" / "unable", as "allowed" / "disallowed"."""
    if len(words) == 3 and words[1] == "to" and words[2].isalpha():
        return words[:1]
    return words


def _carried(words: list[str]) -> list[str]:
    """The run without the words that only carry its verb ("was killed in" -> "killed", "was also closed" ->
    "closed"), unless nothing else is left."""
    kept = [word for k, word in enumerate(words)
            if word not in _VERB_CARRIERS and word not in _STATE_CARRIERS and word not in _TELLING_ADVERBS
            or k and (words[k - 1], word) in _WORD_OF_PHRASAL_VERB]  # the "on" of "took on" is its verb's
    if len(kept) > 1 and kept[0] in _OPENING_PRONOUNS and words[1:2] and words[1] in _VERB_CARRIERS:
        kept = kept[1:]  # "[She is survived by]" / "[died in 2015]": the subject told before its verb is no claim
    if tuple(kept[:2]) == _AMONG_THOSE and kept[2:]:
        kept = kept[2:]  # "was [among those] killed" tells "was killed" of the one named, among others
        if kept[0] in _RELATIVE_SUBJECTS and kept[1:]:
            kept = kept[1:]  # "was among those [who] drowned"
    return kept or words


_AMONG_THOSE = ("among", "those")


# Pronouns that may open a changed run as the subject of its verb, before a word that carries the verb ("she is").
_OPENING_PRONOUNS = frozenset("he she they it we".split())


def turning_part(words: list[str]) -> tuple[int, int] | None:
    """Where, in a longer changed run (its lower-cased words), the words it turns on stand, as
    ``swapped_for_its_opposite`` reads such a run: from its start to its opening word of the lists (with a
    two-word verb's particle: "has been sealed", "knocked out"), or its last word when that is a verb told
    as done ("which owns the vessel, refused"); None where neither."""
    k = 0
    while k < len(words) and (words[k] in _VERB_CARRIERS or words[k] in _STATE_CARRIERS
                              or words[k] in _TELLING_ADVERBS):
        k += 1
    start = 0
    if k < len(words) - 1 and words[k].isdigit():
        start = k = k + 1  # an age told before the verb (``_the_opening``): "[34,] pleaded guilty"
        place = _place_told_after_an_age(words[k - 1:])
        start = k = k + (place + 1 if place else 0)
    if _pleaded_not_guilty(words[k:]):
        return start, k + 3
    if k < len(words) - 1 and (words[k], words[k + 1]) in _WORD_OF_PHRASAL_VERB:
        return start, k + 2
    if _as_normal_at(words, k):
        return start, k + _as_normal_at(words, k)
    if k < len(words) and _key(words[k]) in _WORD_OF:
        return start, k + 1
    if words and words[-1].isalpha() and words[-1].endswith("ed"):
        return len(words) - 1, len(words)
    return None


def _holds(words: list[str], word: str) -> bool:
    """Does the sentence (its lower-cased ``words``) have ``word``, as one word or as two (``_one_word``)?"""
    return word in words or any(_one_word(words[k:k + 2]) == word for k in range(len(words) - 1))


# The verbs that report what someone announced, before the "would" of the future as they told it: "The
# minister said she would travel to Kyiv", "the firm announced that it would close the plant".
_REPORTING_A_FUTURE = frozenset("""said says told tells announced announces confirmed confirms stated states declared
    declares insisted insists indicated indicates signalled signaled added""".split())
# The most words between such a verb and "would": "that", and a subject ("she", "the firm", "the new owners").
_MOST_WORDS_BEFORE_WOULD = 4


def reported_future(words: list[str], k: int) -> bool:
    """Is the "would" at ``k`` the future of what someone reported ("said she would travel", "announced that
    the firm would close"), as "will" is in their own words?  Not a "would" of a habit ("he would often visit"),
    which no reporting verb stands just before, nor one of a condition told after it in its clause ("said the
    company would close the plant if demand fell"): what was said is what would happen, not what will.  "Even
    if" keeps the future ("would go ahead even if")."""
    return (any(words[j] in _REPORTING_A_FUTURE for j in range(max(0, k - _MOST_WORDS_BEFORE_WOULD - 1), k))
            and not _condition_after(words, k))


# The words that make what goes before them a condition's outcome: "would close the plant if demand fell".
_OPENING_A_CONDITION = frozenset("if unless".split())
# The words that open another clause, past which a condition is no longer the "would"'s.
_OPENING_ANOTHER_CLAUSE = frozenset("and but while whereas although though because after before since said".split())


def _condition_after(words: list[str], k: int) -> bool:
    """Does a condition ("if", "unless", not "even if") follow the word at ``k`` in its clause?"""
    for j in range(k + 1, len(words)):
        if words[j] in _OPENING_ANOTHER_CLAUSE:
            return False
        if words[j] in _OPENING_A_CONDITION:
            return words[j - 1] != "even"
    return False


def negation_put_in(a_words: list[str], b_words: list[str], a_all: list[str], b_all: list[str]) -> bool:
    """Is a changed run a negation put in or taken out, and nothing else ("guilty" / "not guilty",
    "was" / "wasn't", "crossed" / "did not cross", "now" / "not yet"), in two sentences that hold
    different numbers of negations (one that only moves, "not due to farmers" / "due to doctors, not
    farmers", turns nothing round)?"""
    a_words, b_words = _with_the_verb_refused(a_words, a_all, b_words)
    b_words, a_words = _with_the_verb_refused(b_words, b_all, a_words)
    a_words, b_words = _with_the_reported_will(a_words, a_all, b_words), _with_the_reported_will(b_words, b_all, a_words)
    a_negated = holds_negation(a_words)
    if a_negated == holds_negation(b_words):
        return False
    if negations_in(a_all) == negations_in(b_all) and not _negation_on_another_deed(
            *((a_all, b_all) if a_negated else (b_all, a_all))) and not _deed_refused_against_done(
            *((a_words, b_words) if a_negated else (b_words, a_words))):
        return False
    negated, plain = (a_words, b_words) if a_negated else (b_words, a_words)
    negated_all, plain_all = (a_all, b_all) if a_negated else (b_all, a_all)
    if _done_by_another_of_its_kind(plain, plain_all, negated_all) or _done_by_another_of_its_kind(
            negated, negated_all, plain_all):
        return False  # "[Another] bank funded the stadium" / "The bank refused to fund": two banks
    if _state_denied_behind_a_seeming(negated, plain, negated_all, plain_all):
        return True  # "The planet [is likely] tidally locked" / "[it does not appear to be] tidally locked"
    negated, plain = _without_the_future_told_alike(negated, plain, negated_all, plain_all)
    if _count_against_none(plain, negated) and _same_deed_after(plain, plain_all, negated, negated_all):
        return True
    plain = _without_what_not_yet_denies(_without_what_a_refusal_denies(plain, negated), negated)
    if not plain and not _deed_kept(negated, negated_all, plain_all):
        return False
    if not plain and _denied_of_another_object(negated, negated_all, plain_all):
        return False  # "asked [not] to bring dogs" / "asked to bring wetsuits": two things, neither denied
    if not plain and _no_sign_before_a_clause(negated, negated_all, plain_all):
        return True  # "there was [no indication] the men were armed" / "the men were armed"
    if not plain and _only_the_object_kept(negated):
        return True  # "found [him not] guilty" / "He was found guilty": the one found is told in the verb's object
    if _negation_for_an_adverb(negated, plain) or _degree_denied(negated, plain):
        return True
    if _no_against_a_qualifier(negated, plain, negated_all, plain_all):
        return True
    if without_tense(negated) == ["no"] and _object_denied_as_subject(negated_all, plain_all):
        return True
    if not plain and _NOT_YET_PUT_IN.intersection(negated) and not without_tense(_without_negations(negated)):
        return True  # "[has not yet] passed a medical" / "passed his medical": the deed denied as not done so far
    if plain and deeds.deed_denied_in_another_form(plain, negated, plain_all, negated_all) is not None:
        return True  # "had opened an [investigation]" / "was not [investigating]": one deed, a noun against a verb
    if _done_by_two_doers(negated, plain, negated_all, plain_all):
        return False  # "was [flagged] by a sniffer dog" / "was [not detected] by the scanner": two finders
    # "did not cross" is "crossed" negated, but "didn't" may stand for a verb of its own ("He did" /
    # "He didn't"): the claim is the same with the "do" the negation needs or without it.
    return any(_one_claim(kept, plain) or _one_claim(_what_is_said(kept), plain)
               or _one_deed_in_other_words(without_tense(kept), without_tense(plain))
               or bool(plain) and _one_claim(without_tense(_without_the_future_refused(kept, plain)),
                                             without_tense(plain))
               or _one_claim_of_another_subject(negated, kept, plain, negated_all, plain_all)
               or _one_verb_before_a_clause(negated, kept, plain)
               or _proof_denied_before_a_clause(negated, kept, plain, negated_all, plain_all)
               for kept in (_without_negations(negated), _without_negations(negated, do_support=True)))


def _done_by_two_doers(negated: list[str], plain: list[str], negated_all: list[str], plain_all: list[str]) -> bool:
    """Is each run a verb whose doer follows it after "by", the two doers sharing no word: "was [flagged] by a
    sniffer dog" / "was [not detected] by the scanner"?  What one did and the other did not are two deeds; "by a
    sniffer dog" / "[not detected] by dogs" denies the one deed."""
    doers = [_doer_after(run, sentence) for run, sentence in ((negated, negated_all), (plain, plain_all))]
    if not doers[0] or not doers[1]:
        return False
    return not any(same_word(one, other) for one in doers[0] for other in doers[1])


def _doer_after(run: list[str], sentence: list[str]) -> list[str]:
    """The words of the doer "by" brings after the run ("flagged [by a sniffer dog]" -> "sniffer", "dog"), past its
    determiners; none where no "by" ends the run or follows it."""
    end = next(run_ends(run, sentence), None) if run else None
    if end is None:
        return []
    if run[-1] != "by":
        if sentence[end:end + 1] != ["by"]:
            return []
        end += 1
    at = past(sentence, end, DETERMINERS)
    return [word for word in sentence[at:at + _MOST_WORDS_OF_A_PHRASE] if word.isalpha() and word not in STOPWORDS]


# Words that set a subject apart from the one of its kind the other report names: "[another] bank", "the [other]
# driver".
_ANOTHER_DOER = deeds.ANOTHER_OF_ITS_KIND | {"other"}


def _done_by_another_of_its_kind(run: list[str], sentence: list[str], other_all: list[str]) -> bool:
    """Does the subject right before the run (a few words back) name another of its kind, which the other sentence
    does not: "[Another bank] funded" / "The bank refused to fund"?  Two actors, neither denied."""
    for end in run_ends(run, sentence) if run else ():
        start = end - len(run)
        return any(word in _ANOTHER_DOER and word not in other_all
                   for word in sentence[max(0, start - _MOST_WORDS_OF_A_PHRASE):start])
    return False


# The words of a verb group that tells a state as it seems, which a negation may stand among: "[is likely]",
# "[does not appear to be]", "[seems to have been]", "[is probably]".
_SEEMING = frozenset("likely probably apparently appear appears appeared seem seems seemed".split())
_SEEMING_GROUP = CARRYING_A_VERB | _SEEMING | {"to"}


def _state_denied_behind_a_seeming(negated: list[str], plain: list[str], negated_all: list[str], plain_all: list[str]
                                   ) -> bool:
    """Do both runs end on a verb group of tense carriers and seeming words alone, one of them negated ("The planet
    [is likely] tidally locked" / "Unlike many planets ..., [it does not appear to be] tidally locked"), of the same
    subject, before the same state?  What else the runs hold ("Unlike many planets this close to their stars") sets
    the state in another light, but denies it all the same.  The subject and the state are read whole, as in a
    denied clause (``_clause_told``): "[the second suspect] is likely" is not "[the first suspect]", and "linked to
    [an electrical fault]" is not "linked to [the earlier blaze]"."""
    negated_group, plain_group = _seeming_group_at_the_end(negated), _seeming_group_at_the_end(plain)
    if not negated_group or not plain_group or holds_negation(plain[-plain_group:]):
        return False
    if not any(map(is_negation, negated[-negated_group:])) or _SEEMING.isdisjoint(
            negated[-negated_group:] + plain[-plain_group:]):
        return False  # a bare "was" / "was not" is read by the rules below, with their guards
    negated_end = _end_before_a_shared_word(negated, negated_all)
    plain_end = _end_before_a_shared_word(plain, plain_all)
    if negated_end is None or plain_end is None:
        return False
    one = _subject_before_a_group(negated_all, negated_end - negated_group)
    other = _subject_before_a_group(plain_all, plain_end - plain_group)
    return (bool(one and other) and _one_subject(one, other)
            and _state_told(negated_all, negated_end, plain_all) and _state_told(plain_all, plain_end, negated_all))


def _end_before_a_shared_word(run: list[str], sentence: list[str]) -> int | None:
    """Where the run ends in its sentence, where it stands before a word it leaves to both sentences (the state
    told); None otherwise."""
    return next((end for end in run_ends(run, sentence) if end < len(sentence)), None)


def _subject_before_a_group(sentence: list[str], at: int) -> tuple[str, ...]:
    """The subject before the verb group at ``at``: a pronoun ("it"), or the nouns and their qualifiers back to a
    determiner ("the [second suspect]"), marked with ``_OPENS_THE_SENTENCE`` where they open the sentence ("[The
    planet] is likely"), the one thing a pronoun on the other side may then stand for; () where none stands there."""
    if at < 1:
        return ()
    if sentence[at - 1] in SUBJECT_PRONOUNS:
        return (sentence[at - 1],)
    start = at
    while start > 0 and at - start < _MOST_WORDS_OF_A_PHRASE and may_be_a_noun(sentence[start - 1]):
        start -= 1
    opens = start == 0 or start == 1 and sentence[0] in DETERMINERS
    return (*sentence[start:at], _OPENS_THE_SENTENCE) if opens else tuple(sentence[start:at])


# Marks a subject that opens its sentence, the one thing a pronoun on the other side may stand for.
_OPENS_THE_SENTENCE = ""


def _one_subject(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Are two subjects one: a pronoun against a subject that opens its sentence, or the same words each way?"""
    one_pronoun, other_pronoun = one[0] in SUBJECT_PRONOUNS, other[0] in SUBJECT_PRONOUNS
    if one_pronoun and other_pronoun:
        return one == other
    if one_pronoun or other_pronoun:
        return _OPENS_THE_SENTENCE in one + other  # "it" / "The planet is likely", not "Scientists said the planet"
    nouns, other_nouns = [word for word in one if word], [word for word in other if word]
    return (all(any(_same_thing(word, told) for told in other_nouns) for word in nouns)
            and all(any(_same_thing(word, told) for told in nouns) for word in other_nouns))


def _state_told(sentence: list[str], at: int, other_all: list[str]) -> bool:
    """Does ``other_all`` tell the state at ``at`` and the thing after it, where there is one: "linked to [an
    electrical fault]", "damaged by [the flood]", "tidally [locked]"?"""
    if not may_be_a_noun(sentence[at]):
        return False
    thing_at = past(sentence, at + 1, _BEFORE_THE_THING)
    thing_end = thing_at
    while (thing_end < len(sentence) and thing_end - thing_at < _MOST_WORDS_OF_A_PHRASE
           and may_be_a_noun(sentence[thing_end])):
        thing_end += 1
    return all(_told_in(word, other_all) for word in [sentence[at], *sentence[thing_at:thing_end]])


def _seeming_group_at_the_end(run: list[str]) -> int:
    """How many words at the run's end make a verb group of tense carriers, seeming words and negations, with a tense
    carrier or a "do" in it ("is likely", "does not appear to be"); 0 where none ends it."""
    k = len(run)
    while k > 0 and (run[k - 1] in _SEEMING_GROUP or is_negation(run[k - 1])):
        k -= 1
    group = run[k:]
    return len(group) if (TENSE_CARRIERS.intersection(group) or DO_FORMS.intersection(group)) else 0


def _denied_of_another_object(negated: list[str], negated_all: list[str], plain_all: list[str]) -> bool:
    """Is a negation put in alone before a verb both sentences tell ("asked [not] to bring"), where each acts on a
    thing the other sentence names nowhere: "not to bring [dogs] to the beach" / "to bring [wetsuits] and
    buckets"?  Telling people not to bring one thing says nothing against asking them to bring another."""
    for end in run_ends(negated, negated_all):
        verb_at = past(negated_all, end, _BEFORE_A_DENIED_VERB)
        if verb_at >= len(negated_all) or not may_be_a_noun(negated_all[verb_at]):
            return False
        denied_thing = thing_after(negated_all, verb_at)
        told_at = next((k for k, word in enumerate(plain_all) if same_word(word, negated_all[verb_at])), None)
        told_thing = thing_after(plain_all, told_at) if told_at is not None else None
        return bool(denied_thing and told_thing) and not any(
            same_word(denied_thing, word) for word in plain_all) and not any(
            same_word(told_thing, word) for word in negated_all)
    return False


# The words read past from a negation to the verb it denies ("not [to] bring", "not [be] allowed").
_BEFORE_A_DENIED_VERB = CARRYING_A_VERB | {"to"}




# Nouns of a sign or proof, which "no" before them denies the clause they open: "there was no [indication] the
# men were armed", "no [evidence] that the fire was started deliberately".  "no sign [of] the hikers" names a
# thing, not a clause, and is left alone.
_SIGNS = frozenset("indication indications evidence sign signs suggestion proof".split())
# The words a clause of its own opens on after a sign denied: "that", an article, a pronoun.
_CLAUSE_STARTS = BEFORE_A_QUALIFIER | SUBJECT_PRONOUNS | {"that"}
# How many words after the sign the clause's verb is looked for ("the two men [were]").
_MOST_WORDS_TO_THE_CLAUSE_VERB = 5


def _no_sign_before_a_clause(negated: list[str], negated_all: list[str], plain_all: list[str]) -> bool:
    """Is a run put in alone a sign denied ("there was no indication", "officials found no evidence"), ending before
    a clause the other sentence tells plainly ("the men were armed")?  The clause said to be without a sign is
    the claim denied, so the other sentence must tell its verb and the thing after it: "no indication that the
    shooting was linked to [terrorism]" denies nothing of "the shooting was linked to [a dispute]"."""
    if negated[-1] == "that":  # "no evidence [that] the fire was started deliberately"
        negated = negated[:-1]
    if len(negated) < 2 or negated[-1] not in _SIGNS or negated[-2] != "no":
        return False
    for end in run_ends(negated, negated_all):
        clause = negated_all[end:end + 1 + _MOST_WORDS_TO_THE_CLAUSE_VERB]
        if clause and clause[0] in _CLAUSE_STARTS and TENSE_CARRIERS.intersection(clause[1:]):
            carrier = next(j for j in range(end + 1, end + len(clause)) if negated_all[j] in TENSE_CARRIERS)
            return _clause_told(negated_all, end, carrier, plain_all)
    return False


# The words read past from a clause's verb to the thing it is told of: "linked [to] terrorism", "started [by the]
# tenant".
_BEFORE_THE_THING = DETERMINERS | frozenset("to of in on at by with from for into against".split())


def _clause_told(words: list[str], start: int, carrier: int, other_all: list[str]) -> bool:
    """Does ``other_all`` tell the clause opening at ``start``, whose tense is carried at ``carrier``: its verb, the
    thing after the verb where there is one ("was linked to [terrorism]", "was started [deliberately]"), and a
    word of its subject where it names one ("the [men] were armed"; not "the [guards] were armed")?"""
    verb_at = past(words, carrier, TENSE_CARRIERS)
    if verb_at >= len(words) or not may_be_a_noun(words[verb_at]):
        return False
    told = [words[verb_at]]
    if (thing := thing_after(words, verb_at, _BEFORE_THE_THING)) is not None:
        told.append(thing)
    subject = [word for word in words[start:carrier] if may_be_a_noun(word)]
    return (all(_told_in(word, other_all) for word in told)
            and (not subject or any(_told_in(word, other_all) for word in subject)))


def _told_in(word: str, words: list[str]) -> bool:
    return any(same_word(word, other) for other in words)


# One deed told in two ways, whose negation on one side denies the deed the other tells: "was [not caused by]" /
# "was [the result of]", "would [not challenge]" / "would [appeal]", "did [not close]" / "[shut]".  Groups of
# words that say one thing, "_" joining the words of one told in two.
_ONE_DEED = """
    caused_by result_of due_to blamed_on triggered_by; appeal challenge contest; close shut; need require;
    detect flag spot discover
"""


def _one_deed_groups() -> list[frozenset[tuple[str, ...]]]:
    groups = []
    for entry in _ONE_DEED.replace("\n", " ").split(";"):
        groups.append(frozenset(tuple(stem(word) for word in phrase.split("_")) for phrase in entry.split()))
    return groups


_ONE_DEED_GROUPS = _one_deed_groups()
_ONE_DEED_WORDS = frozenset(word for group in _ONE_DEED_GROUPS for phrase in group for word in phrase)


def _one_deed_in_other_words(kept: list[str], plain: list[str]) -> bool:
    """Are the negated run, its negation taken off, and the other run one deed told in two of its ways ("caused by"
    / "the result of", "challenge" / "appeal")?  Articles before either are read past."""
    one = tuple(stem(word) for word in kept if word not in DETERMINERS and word not in DO_FORMS)
    other = tuple(stem(word) for word in plain if word not in DETERMINERS)
    if not one or not other or one == other or not _ONE_DEED_WORDS.issuperset(one + other):
        return False
    return any(one in group and other in group for group in _ONE_DEED_GROUPS)


# Pronouns that stand as a verb's object between it and a negation of what it finds: "found [him not] guilty",
# "declared [them not] liable".  The other report may tell the same person as the subject ("He was found guilty").
_OBJECT_PRONOUNS = frozenset("him her them".split())


def _only_the_object_kept(negated: list[str]) -> bool:
    """Is a negated run put in or taken out a negation and the object pronoun before it, and nothing else?"""
    kept = _without_negations(negated)
    return len(kept) == 1 and kept[0] in _OBJECT_PRONOUNS and len(negated) == 2 and negated[0] == kept[0]


def _deed_refused_against_done(negated: list[str], plain: list[str]) -> bool:
    """Is the run a phrase that refuses or fails the very verb the other run tells done, and nothing else:
    "[declined to neutralise]" / "[neutralised]", "[refused to sign]" / "[signed]"?  The phrase denies that verb
    whatever negation the sentences hold elsewhere ("no time gaps were recorded" is another claim), so the two
    sentences' count of negations does not read it as one moved."""
    phrased = _negating_phrase_places(negated)
    if not phrased or any(map(is_negation, negated)):
        return False
    kept = without_tense([word for k, word in enumerate(negated) if k not in phrased])
    return bool(kept) and _one_claim(kept, without_tense(plain))


def _deed_kept(negated: list[str], negated_all: list[str], plain_all: list[str]) -> bool:
    """Does the other report tell the word a negation put in alone stands before, in any of its forms: "has [not
    yet] passed a medical" / "passed his medical", "was [not] known to police" / "was known to police"?  A verb
    of its own after it is another deed, changed in another run, which the negation does not deny of the other
    report's: "has [not yet] been completed" / "has been agreed" (the deal agreed may still be completed)."""
    denied = {_past_a_degree_told_alike(negated_all, _past_an_infinitive_to(negated_all, end), end, plain_all)
              for end in run_ends(negated, negated_all)} - {""}
    return any(same_word(word, told) for word in denied for told in plain_all)


def _past_a_degree_told_alike(negated_all: list[str], word: str, end: int, plain_all: list[str]) -> str:
    """The verb after ``word`` where ``word`` is an adverb of degree and the other report has one before the same
    verb: "had [not] been adequately [staffed]" / "had been fully [staffed]" deny one deed, told to a degree on
    both sides; ``word`` otherwise ("had been poorly staffed" tells the deed done badly, as the negation does)."""
    if word not in _DEGREE_ADVERBS:
        return word
    after = negated_all.index(word, end) + 1
    verb = negated_all[after] if after < len(negated_all) else ""
    told_alike = any(plain_all[j] in _DEGREE_ADVERBS and same_word(plain_all[j + 1], verb)
                     for j in range(len(plain_all) - 1))
    return verb if told_alike else word


def _past_an_infinitive_to(words: list[str], end: int) -> str:
    """The first word from ``end`` on past the words that carry a tense, or the verb after it where that word is the
    "to" of an infinitive: "told [not] to [bathe]" denies bathing, not the "to" that "told to use bottled water"
    has too, another deed told to another people."""
    word = _first_word_after(words, end)
    if word != "to":
        return word
    place = words.index("to", end) + 1
    return words[place] if place < len(words) and words[place].isalpha() else ""


def _first_word_after(words: list[str], end: int) -> str:
    """The first word from ``end`` on that does not only carry a tense; "" at the sentence's end."""
    return next((word for word in words[end:] if word not in TENSE_CARRIERS), "")


# "not yet" put in alone before the verb both reports keep: "has not yet passed" / "passed" denies the deed so far.
# (A "have" put in with "not" alone may tell a decision not yet taken, where "decided" tells one taken: not read.)
_NOT_YET_PUT_IN = frozenset({"yet"})
# Words that say there is none or hardly any, which "no" says or only sharpens: "showed little remorse" / "showed no
# remorse", "Zero deaths" / "No deaths".
_NEAR_NONE = frozenset("zero little few scant minimal negligible hardly barely scarcely".split())


def _no_against_a_qualifier(negated: list[str], plain: list[str], negated_all: list[str], plain_all: list[str]) -> bool:
    """Is "no" put in place of a word that qualifies the same noun in the other report: "had shown [genuine] remorse"
    / "had shown [no] remorse", "raised [serious] concerns" / "raised [no] concerns"?  "no" denies there is any of
    the noun, which the other report tells there is.  Not against a word that says there is none or hardly any
    ("zero", "little": ``_NEAR_NONE``); a count in its place is ``_count_against_none``'s."""
    negated, plain = without_tense(negated), without_tense(plain)
    if (negated != ["no"] or len(plain) != 1 or not plain[0].isalpha() or plain[0] in _NEAR_NONE
            or _a_count(plain[0])):
        return False
    nouns_denied = _words_after(negated_all, "no")
    return any(same_word(noun, told) for noun in _words_after(plain_all, plain[0]) for told in nouns_denied)


def _object_denied_as_subject(negated_all: list[str], plain_all: list[str]) -> bool:
    """Does the negated report deny of a thing, its subject after a "no", the deed the other report tells done to
    it as its object: "[No] hosepipe ban has been announced" / "Southern Water [announced a] hosepipe ban", "No
    charges have been filed" / "Prosecutors filed charges"?  The thing turned from object to subject keeps the
    diff from setting the verbs against each other; the passive verb after "no" names the deed, and the other
    report has that verb with the same noun a word or two after it."""
    for k in (k for k, word in enumerate(negated_all) if word == "no"):
        denied = _passive_after_no(negated_all, k + 1)
        if denied is None:
            continue
        noun, verb = denied
        if any(same_word(plain_all[j], verb)
               and any(same_word(word, noun) for word in plain_all[j + 1:j + 1 + _MOST_WORDS_TO_THE_OBJECT])
               for j in range(len(plain_all))):
            return True
    return False


def _passive_after_no(words: list[str], start: int) -> tuple[str, str] | None:
    """The last noun and the verb of "no [hosepipe ban] has been [announced]" read from ``start`` (after the
    "no"): a word or two of a noun, at least one tense carrier with "been", "was" or "were" (a passive), then the
    verb; None for any other reading ("no one was hurt" names no deed done to a thing: "one" is no noun)."""
    end = start
    while end < min(len(words), start + _MOST_WORDS_OF_A_SUBJECT) and words[end] not in TENSE_CARRIERS:
        end += 1
    carriers = end
    while carriers < len(words) and words[carriers] in TENSE_CARRIERS:
        carriers += 1
    if end == start or carriers == len(words) or not PASSIVE_CARRIERS.intersection(words[end:carriers]):
        return None
    noun, verb = words[end - 1], words[carriers]
    if noun in NOUN_NEGATIONS or noun in _NOT_A_THING or not (noun.isalpha() and verb.isalpha()):
        return None
    return noun, verb


# The tense carriers of a passive ("has been announced", "was found") and the words after "no" that name no thing.
PASSIVE_CARRIERS = frozenset("been was were".split())
_NOT_A_THING = frozenset("one longer more sooner".split())
# The most words between a verb and the noun it acts on: "announced [a] ban", "filed [criminal] charges".
_MOST_WORDS_TO_THE_OBJECT = 3


def _words_after(words: list[str], word: str) -> list[str]:
    """The words that follow each ``word`` in the sentence."""
    return [words[k + 1] for k in range(len(words) - 1) if words[k] == word and words[k + 1].isalpha()]


# Verbs that report a claim, and the words that open it: "[The château said the collection] was not insured".
_REPORTING = frozenset("said says told confirmed confirms added adds stated states reported".split())
_MOST_WORDS_OF_A_REPORTER = 3
# A subject told in other words is a word or two: "the [factory]" / "the [unit]", "the [objects]" / "the
# [collection]".
_MOST_WORDS_OF_A_SUBJECT = 2


def _one_claim_of_another_subject(negated: list[str], kept: list[str], plain: list[str], negated_all: list[str],
                                  plain_all: list[str]) -> bool:
    """Is the negated run (``kept``: its negations taken off) the other run with the subject of its verb told in
    another word, which the link reads as the same thing: "the [factory had] a valid licence" / "the [unit did
    not have] a valid licence", "the [objects were] insured" / "[the château said the collection was not]
    insured"?  The verb and what follows are the same claim, denied of what the link holds to be the same subject.
    Only a verb negated ("not", "didn't", not "no"), a subject of a word or two that the other sentence has
    nowhere (a subject both tell is another thing: "the pipe flooded ..., though the boiler had not burst"), and
    a saying verb before it on a side ("the château said") read as the telling, not the claim."""
    if not any(is_negation(word) and word not in NOUN_NEGATIONS for word in negated):
        return False
    kept, told = _subject_and_rest(kept), _subject_and_rest(plain)
    if kept is None or told is None:
        return False
    (kept_subject, kept_rest), (told_subject, told_rest) = kept, told
    return (not any(word in plain_all for word in kept_subject) and not any(word in negated_all for word in told_subject)
            and _one_claim(without_tense(kept_rest), without_tense(told_rest))
            and _may_name_one_thing(kept_subject[-1], told_subject[-1]))


# Words a report uses for a thing another report names otherwise: "the [unit]" for "the factory", "the
# [collection]" for "the objects".  A subject told in another word is read as the same thing only when one of
# the two is such a word.  Not "building" or "property", which reports set against their contents.
_STAND_IN_NOUNS = frozenset("""unit units plant plants site sites facility facilities premises firm firms company
    companies business businesses operator group organisation organization collection collections object objects
    item items piece pieces artefact artefacts artifact artifacts artwork artworks vehicle vehicles craft vessel
    vessels device devices product products""".split())
# Words that name a part or the contents of a thing, never the thing itself: "the house was insured" / "the
# [contents] were not insured" tells of two things.
_PARTS_OF_A_THING = frozenset("""contents content interior exterior roof roofs stock equipment furniture fittings
    fixtures grounds basement cellar wing annexe annex extension garage garden""".split())
# People named by plurals not formed with an "s": "the [children] were not hurt".
_PEOPLE_PLURALS = frozenset("people men women children folk police staff crew".split())


def _may_name_one_thing(one: str, other: str) -> bool:
    """May two subject nouns that differ name one thing: "factory" / "unit", "objects" / "collection",
    "car" / "vehicle"?  Not two people ("the mother" / "the baby", "the driver" / "the passenger": people in one
    story told by two roles are usually two people; ``_may_be_one_person``), and not a thing and its parts ("the building" / "the
    contents"); otherwise only when one is a word reports use for a thing named otherwise (``_STAND_IN_NOUNS``),
    or both are one thing in ``SAME_THING``."""
    if same_word(one, other):
        return True
    if _names_a_person(one) or _names_a_person(other):
        return _names_a_person(one) and _names_a_person(other) and _may_be_one_person(one, other)
    if _PARTS_OF_A_THING.intersection((one, other)):
        return False
    return bool(_STAND_IN_NOUNS.intersection((one, other))) or _same_thing(one, other)


def _singular(word: str) -> str:
    """A noun's singular by its plain plural endings: "passengers" -> "passenger", "casualties" -> "casualty";
    unchanged otherwise."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2] in PERSON_NOUNS:
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _names_a_person(word: str) -> bool:
    """Does the noun name a person or people by a role or kind: "driver", "passengers", "mother", "children"?"""
    return word in PERSON_NOUNS or word in _PEOPLE_PLURALS or _singular(word) in PERSON_NOUNS


def _subject_and_rest(words: list[str]) -> tuple[list[str], list[str]] | None:
    """The subject a run opens on (a word or two after a saying verb and a determiner, if any) and the rest of the
    run; None where it opens on no such word."""
    for k, word in enumerate(words[:_MOST_WORDS_OF_A_REPORTER + 1]):
        if word in _REPORTING:
            words = words[k + 1:]
            break
    while words and (words[0] in DETERMINERS or words[0] == "that"):
        words = words[1:]
    end = 0
    while end < min(len(words), _MOST_WORDS_OF_A_SUBJECT) and may_be_a_noun(words[end]) and not is_negation(words[end]):
        end += 1
    # A subject is followed by the word that carries its verb: "unit [have]", "collection [was]"; a verb is not
    # ("[inserted] a clause").
    if not end or end == len(words) or words[end] not in TENSE_CARRIERS and words[end] not in DO_FORMS:
        return None
    return words[:end], words[end:]


# Words that open a clause after a verb, telling when or why: "sounded [as soon as] the window was forced" / "did not
# sound [when] the window was forced".
_OPENING_A_CLAUSE_AFTER = frozenset("when as once while because if despite".split())
_MOST_WORDS_OPENING_A_CLAUSE = 3


def _one_verb_before_a_clause(negated: list[str], kept: list[str], plain: list[str]) -> bool:
    """Is the negated run the other run's verb negated, each going on with its own words to open the clause both
    keep after it: "[sounded as soon as] the window was forced" / "[did not sound when] the window was forced"?
    The verb is the one the negation stands before, in any of its forms; what follows on each side opens a clause
    (``_OPENING_A_CLAUSE_AFTER``), so no particle makes the verb another ("ruled out" / "did not rule on")."""
    kept, plain = without_tense(kept), without_tense(plain)
    if not kept or not plain or not same_word(kept[0], plain[0]) or kept[0] not in words_negated(negated):
        return False
    rests = kept[1:], plain[1:]
    if not any(rests):
        return False
    if all(len(rest) <= _MOST_WORDS_OPENING_A_CLAUSE for rest in rests):
        if all(not rest or rest[0] in _OPENING_A_CLAUSE_AFTER for rest in rests):
            return True
    # Each side goes on with a clause of its own after the verb ("[sounded as soon as the window was forced, but the
    # gang had fled]" / "[did not sound, and] the thefts were only discovered"), which adds to the claim and turns
    # nothing back: the only negation is the verb's.  Not a clause that places the verb in time ("sounded [after]"
    # / "did not sound [before]"): the two may both hold.
    return (all(rests) and all(rest[0] in _OPENING_A_CLAUSE_OF_ITS_OWN for rest in rests)
            and negations_in(negated) == 1 and not holds_negation(plain))


# Words that open a clause after a verb, adding to the claim without placing the verb in time.
_OPENING_A_CLAUSE_OF_ITS_OWN = frozenset("and but while whereas although though as when once because".split())


# Verbs that tell a claim shown true: "the findings [showed] that walking causes" / "the study [cannot prove] that
# walking causes".  One negated before the "that" clause both reports keep denies what the other says was shown.
_SHOWING = stems_of("show/shown prove/proven demonstrate establish confirm find/found")
_MODAL_OF_ABILITY = frozenset("can could".split())


def _proof_denied_before_a_clause(negated: list[str], kept: list[str], plain: list[str], negated_all: list[str],
                                  plain_all: list[str]) -> bool:
    """Is the negated run a verb of showing denied ("cannot prove", "did not show") where the other run has one told
    plainly ("showed", "proved"), each ending its run before the "that" of the clause both keep, with at most a
    subject of a word or two told in other words before it ("the [findings showed] that" / "the [study cannot
    prove] that")?  What one says was shown, the other says was not."""
    if not any(is_negation(word) and word not in NOUN_NEGATIONS for word in negated):
        return False
    verb = [word for word in without_tense(kept) if word not in _MODAL_OF_ABILITY and word not in DO_FORMS]
    shown = without_tense(plain)
    if not verb or not shown or stem(verb[-1]) not in _SHOWING or stem(shown[-1]) not in _SHOWING:
        return False
    if len(verb) > _MOST_WORDS_OF_A_SUBJECT + 1 or len(shown) > _MOST_WORDS_OF_A_SUBJECT + 1:
        return False
    return _that_follows(negated, negated_all) and _that_follows(plain, plain_all)


def _that_follows(run: list[str], sentence: list[str]) -> bool:
    """Does "that" follow the run in its sentence?"""
    return any(sentence[end:end + 1] == ["that"] for end in run_ends(run, sentence))


# The future a negation refuses: "will not", "won't", "shall not".
_FUTURE = frozenset({"will", "shall"})


def _without_the_future_refused(kept: list[str], plain: list[str]) -> list[str]:
    """The negated run, its negation taken off (``kept``), without its "will" where the other run tells the deed
    as done, with "has", "have" or "had": "will not involve the police" / "has involved the police" denies what
    the other report says happened.  Not the other way round: "will involve" / "has not involved" tells a deed
    not yet done, which may still come."""
    if not _PERFECT.intersection(plain):
        return kept
    return [word for word in kept if word not in _FUTURE]


# What a refusal denies of the deed it refuses: "[will] take over" / "[declined to] take over", as "will not" does.
_TOLD_AS_COMING = frozenset("will would shall".split())


def _with_the_reported_will(run: list[str], sentence: list[str], other: list[str]) -> list[str]:
    """The run with a "would" that is the future of what someone reported ("Tallis said the county [would not]
    take over", ``reported_future``) read as the "will" the other run has ("The county [will] take over"): the
    one report tells the deed to come in its own words, the other in the speaker's.  Not a "would" of a
    condition ("would not take over the routes if the grant were cut"), nor one against another "would"."""
    if "would" not in run or "will" not in other:
        return run  # the run's own words first: the sentence is read only for a "would" against a "will"
    for end in run_ends(run, sentence):
        start = end - len(run)
        if all(reported_future(sentence, start + k) for k, word in enumerate(run) if word == "would"):
            return ["will" if word == "would" else word for word in run]
    return run


def _without_what_a_refusal_denies(plain: list[str], negated: list[str]) -> list[str]:
    """The run without "will", "would" and "shall" when the other run refuses the deed ("declined to", "rejected
    calls to"): they are what the refusal denies."""
    if not _negating_phrase_places(negated):
        return plain
    return [word for word in plain if word not in _TOLD_AS_COMING]


def _negation_for_an_adverb(negated: list[str], plain: list[str]) -> bool:
    """Is a negation put where the other report has an adverb, and nothing else changed: "had [not] been
    consulted" / "had been [fully] consulted", "was [not] formally charged" / "was [officially] charged"?  The
    adverb tells how the deed was done, and so that it was, which the negation denies."""
    kept = without_tense(_without_negations(negated, do_support=True))
    told = without_tense(plain)
    return not kept and len(told) == 1 and adverb_in_ly(told[0])


# Adverbs that tell how far a deed or state went, which a negation may stand before without ceasing to deny it:
# "were [not properly] equipped" / "were [well] equipped", "was [not adequately] staffed" / "was [fully] staffed".
_DEGREE_ADVERBS = frozenset("properly fully adequately well sufficiently".split())


def _degree_denied(negated: list[str], plain: list[str]) -> bool:
    """Is a negation and an adverb of degree put where the other report has another such adverb, and nothing else
    changed: "were [not properly] equipped" / "were [well] equipped"?  Against an adverb that says the deed went
    badly ("[poorly] equipped", "[partly] staffed") the two say one thing, and no adverb of the list stands there."""
    kept = without_tense(_without_negations(negated, do_support=True))
    told = without_tense(plain)
    return (len(kept) == 1 and kept[0] in _DEGREE_ADVERBS and len(told) == 1 and told[0] in _DEGREE_ADVERBS
            and negations_in(negated) == 1)


# The words of a plan told in the present before its "to": "[plans to] close its offices", "[intends to] sell",
# "[is going to] close".  (A plan told in the past, "had planned to", may have been dropped since.)
_PLANNING_TO = frozenset("plan plans planning intend intends intending aim aims aiming want wants going".split())
# The words that may stand before a reported "would" in a changed run: the reporting verb and its subject's pronoun
# ("[said it would not] close").
_REPORTING_FRAME = _REPORTING_A_FUTURE | frozenset("that it they he she we".split())


def _without_the_future_told_alike(negated: list[str], plain: list[str], negated_all: list[str], plain_all: list[str]
                                   ) -> tuple[list[str], list[str]]:
    """The negated run and the other without what tells the deed ahead on each side, where both do: "The company
    [said it would not] close any offices" / "The company [also plans to] close its offices" -> "not" / "".  A
    "would" is the future of what was reported (``reported_future``: not one of a condition, "would not close the
    plant if"), and the other run tells a plan in the present, or "will"; the two runs as they are otherwise."""
    if "would" not in negated and "will" not in negated:
        return negated, plain  # the cheap test: most negated runs tell nothing ahead
    told = [word for word in plain if word not in _TELLING_ADVERBS and word not in TENSE_CARRIERS]
    if told != ["will"] and not (len(told) == 2 and told[0] in _PLANNING_TO and told[1] == "to"):
        return negated, plain
    if _scopes_differ(negated_all, plain_all):
        return negated, plain  # "would not close the branch [before the summer]" / "plans to close it [in September]"
    ahead = next(k for k, word in enumerate(negated) if word in ("would", "will"))
    if not all(word in _REPORTING_FRAME for word in negated[:ahead]):
        return negated, plain
    if negated[ahead] == "would" and not any(reported_future(negated_all, end - len(negated) + ahead)
                                             for end in run_ends(negated, negated_all)):
        return negated, plain
    return negated[ahead + 1:], []


def holds_negation_in(run: list[str], sentence: list[str]) -> bool:
    """Does the run negate anything, read in its sentence: a negation, or a negating phrase whose verb comes
    after the run ("[had declined to] take over")?"""
    return holds_negation(run) or _refusal_ending(run, sentence)


def _negation_on_another_deed(negated_all: list[str], plain_all: list[str]) -> bool:
    """Does the other sentence's negation negate a deed of its own, where the negated sentence's deed stands in it
    plainly: "had not tried to buy the painting" / "had tried to buy the painting but could not match the bids"?
    Then one negation is taken out, and another put in on a word the negated sentence does not have, not one
    negation moved ("not due to farmers" / "due to doctors, not farmers" negates "farmers" in both)."""
    denied, denied_elsewhere = words_negated(negated_all), words_negated(plain_all)
    # "not because of who she is" / "is not being prosecuted for who she is": a negation on a word that names
    # no deed ("because") is one moved, to the verb.
    return (bool(denied) and bool(denied_elsewhere) and all(word in plain_all for word in denied)
            and not any(word in negated_all or word in STOPWORDS for word in denied_elsewhere))


def _count_against_none(plain: list[str], negated: list[str]) -> bool:
    """Is a count of something put where the other report says there is none: "[Two] deaths have been
    linked" / "[No] deaths have been linked", "[three] people" / "[no] people", "[Two people were] hurt" /
    "[No one was] hurt", "[Nobody]" / "[Some people]", "[A] student has been suspended" / "[No] student has been
    suspended", "[Two students have]" / "[No student has]"?  The count is one word, in figures or in words ("2",
    "two", "dozens", "some", the "a" of one thing), and "no" in its place, before the same words for what it
    counts in any of their forms ("a few" / "no" may be a report's way of telling one thing; "few" alone as
    well).  A word that stands for the counted on its own ("no one", "nobody", "nothing") is set against the
    count with or without one word for what it counts.  The "be" or "have" after either carries the verb, which
    then agrees with the count, and tells nothing."""
    plain, negated = without_tense(plain), without_tense(negated)
    if not plain or not _a_count(plain[0]) or plain[0] in _ONE_THING and plain[1:2] == ["few"]:
        return False
    if _one_word(negated) in _NO_ONE:
        return len(plain) <= 2 and all(word.isalpha() for word in plain[1:])
    return negated[:1] == ["no"] and len(plain) == len(negated) and all(map(same_word, plain[1:], negated[1:]))


def _same_deed_after(plain: list[str], plain_all: list[str], negated: list[str], negated_all: list[str]) -> bool:
    """Is what the count and the "none" set against it are said to do the same on both sides, read in each
    sentence after its run (``_deed_after``): "[A man] was hurt" / "[No one] was hurt", "[A] student has been
    suspended" / "[No] student has been suspended"?  A count of what was done is no denial of another deed: "[A
    man] was arrested after the fight" / "[No one] was injured in the fight", "[A] student was arrested" / "[No]
    student was charged" may both hold.  (The diff splits such a change at the kept "was", so the deed is read in
    the sentence, not in the run.)"""
    counted = {_deed_after(plain_all, end, past_an_adverb=True) for end in run_ends(plain, plain_all)}
    denied = {_deed_after(negated_all, end) for end in run_ends(negated, negated_all)}
    return any(len(one) == len(other) and all(map(same_word, one, other)) for one in counted for other in denied)


def _deed_after(words: list[str], end: int, past_an_adverb: bool = False) -> tuple[str, ...]:
    """The verb told after a count that ends at ``end``: the first word after the "be" or "have" that carries its
    tense, past a word or two for what is counted ("student [was] arrested", "[were] hurt"); without such a word,
    the word for what is counted and the verb ("deaths linked", "died in").  With ``past_an_adverb``, past an
    adverb in "-ly" before the verb too: "A man was [seriously] injured" is still a man injured, which "No one
    was injured" denies (not the other way round: "No one was seriously injured" leaves a man lightly hurt)."""
    after = words[end:]
    for k, word in enumerate(after[:_MOST_WORDS_OF_A_NOUN + 1]):
        if word in TENSE_CARRIERS:
            verb = without_tense(after[k:])
            if past_an_adverb and verb[:1] and adverb_in_ly(verb[0]):
                verb = verb[1:]
            return tuple(verb[:1])
    return tuple(after[:2])


def _a_count(word: str) -> bool:
    return word.isdigit() and int(word) > 0 or word in _COUNT_WORDS or word in _ONE_THING


# The article of one thing counts it as "one" does: "A student has been suspended" / "No student has been".
_ONE_THING = frozenset({"a", "an"})


# The words that stand for none of what is counted: "No one was hurt" / "Two people were hurt".
_NO_ONE = frozenset({"no one", "nobody", "nothing", "none"})


# "zero" says what "no" says.
_COUNT_WORDS = (frozenset(ONES) | frozenset(TEENS) | frozenset(TENS) | frozenset(
    "dozens hundreds thousands several some many".split())) - {"zero"}


# Verbs of saying whose negation leaves open what the other report has them say: "have yet to say whether the
# road will reopen" / "said the road will reopen", "did not confirm if" / "confirmed".
_SAYING_VERBS = frozenset(stem(word) for word in "say tell confirm disclose reveal announce state specify".split())
_OPEN_QUESTION = frozenset({"whether", "if"})
_PERFECT = frozenset({"have", "has", "had"})


def _what_is_said(words: list[str]) -> list[str]:
    """A negated run read for its verb of saying alone: without "have" and the "whether" or "if" the verb
    opens ("have [yet to] say whether" -> "say"); the run as it is where no verb of saying ends it so."""
    kept = [word for word in words if word not in _PERFECT]
    if len(kept) >= 2 and kept[-1] in _OPEN_QUESTION and stem(kept[-2]) in _SAYING_VERBS:
        return kept[:-1]
    return words


# The stems a negating phrase opens on, for a glance at a run before reading its sentence.
_REFUSAL_OPENERS = frozenset(map(stem, NEGATING_BEFORE_TO | DECLINE)) | REFUSING_ASKED


def _negating_phrase_places(words: list[str]) -> set[int]:
    """Where the words of each negating phrase ("failed to", "yet to", "rejected calls to") stand among ``words``."""
    return {k + step for k in range(len(words)) for step in range(negating_phrase_length(words, k))}


def _refusal_ending(run: list[str], sentence: list[str]) -> bool:
    """Does the run end on a negating phrase whose verb the sentence has after it, kept by both reports: "will" /
    "[had declined to] take over the routes"?  The run then negates that verb as "will not" does."""
    if len(run) < 2 or run[-1] != "to" or not _REFUSAL_OPENERS.intersection(map(stem, run)):
        return False
    return any(negating_phrase_length(sentence, k) == end - k
               for end in run_ends(run, sentence) for k in range(end - len(run), end))


def _with_the_verb_refused(run: list[str], sentence: list[str], other: list[str]) -> tuple[list[str], list[str]]:
    """The run that ends on a negating phrase (``_refusal_ending``), and the other run, each with the verb after it
    put to it, so the phrase is read as it is in the sentence; both runs as they are otherwise."""
    if not _refusal_ending(run, sentence):
        return run, other
    for end in run_ends(run, sentence):
        if end < len(sentence):
            return run + [sentence[end]], other + [sentence[end]]
    return run, other


def _one_claim(words: list[str], others: list[str]) -> bool:
    """Are two runs word for word the same words, each in any of its forms ("cross" / "crossed",
    "need" / "needs", "was" / "is")?"""
    return len(words) == len(others) and all(map(same_word, words, others))


# "not yet" denies what "now" and "already" say: "We are not yet confident" / "We are now confident".
_WHAT_NOT_YET_DENIES = frozenset("now already".split())


def _not_yet(words: list[str], k: int) -> bool:
    """Is the word at ``k`` the "yet" of a negation ("not yet", "never yet")?"""
    return words[k] == YET and k > 0 and is_negation(words[k - 1])


def _without_what_not_yet_denies(plain: list[str], negated: list[str]) -> list[str]:
    """The run without "now" and "already" when the other run says "not yet" or "yet to": they are what it
    denies ("has already completed" / "has yet to complete")."""
    if not any(_not_yet(negated, k) or (negated[k] == YET and negating_phrase(negated, k))
               for k in range(len(negated))):
        return plain
    return [word for word in plain if word not in _WHAT_NOT_YET_DENIES]


def _without_negations(words: list[str], do_support: bool = False) -> list[str]:
    """The words with their negations taken off ("not" / "", "wasn't" / "was", "None of" / "", "not yet"
    / "", "failed to" / ""), and with ``do_support`` the "do" that carries one too ("did not" / "", "doesn't" / "")."""
    kept = []
    phrased = _negating_phrase_places(words)
    for k, word in enumerate(words):
        if word in NEGATIONS or word in PAIRED_NEGATIONS or _not_yet(words, k) or k in phrased:
            continue
        if word == "of" and k and words[k - 1] in _PARTITIVE_NEGATIONS:
            continue
        unnegated = without_negation(word)
        if do_support and unnegated in DO_FORMS and (unnegated != word or _negation_follows(words, k)):
            continue
        kept.append(unnegated)
    return kept


def _negation_follows(words: list[str], k: int) -> bool:
    return k + 1 < len(words) and (words[k + 1] in NEGATIONS or words[k + 1] in PAIRED_NEGATIONS)


# The particles the opposites read with the verb before them ("laid off", "switched on"), and the verbs that
# say opposite things only of a restraint ("lifted" / "extended"): ``may_turn_round`` lets them through.
_PARTICLES_READ_WITH_A_VERB = _OPPOSITE_PARTICLES | {particle for _, particle in _WORD_OF_PHRASAL_VERB}
_RESTRAINT_VERBS = frozenset().union(*_OPPOSITE_ON_A_RESTRAINT)


# The stems ``may_turn_round`` lets through on their own (with those that refuse outright, ``deeds.REFUSING_OUTRIGHT``):
# verbs that say opposite things of a restraint, or call off.
_STEMS_GLANCED_AT = _RESTRAINT_VERBS | _CALLING_OFF
# The stems of a verb that calls off, and the "rule" of "rule out": ``called_off`` reads a run only with one.
_CALLING_OFF_OR_RULING = _CALLING_OFF | {RULE_OUT[0]}
# The words of ``_may_negate_or_tell_a_deed``: each of the first tests of ``may_turn_round`` needs one of them, the
# negations, the "to" every negating phrase ends in (``negating_phrase_length``), a deed going ahead as normal, and
# those the deed rules' glances ``deeds.may_await`` ("still", "awaits") and ``deeds.may_fail`` ("unable") need.
_GLANCED_FIRST = (NEGATIONS | PAIRED_NEGATIONS | frozenset(NEGATED_FORMS) | _TOLD_GOING_AHEAD | {"to"}
                  | deeds.WORDS_MAY_AWAIT_NEEDS | deeds.WORDS_MAY_FAIL_NEEDS)
