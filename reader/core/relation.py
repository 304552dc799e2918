"""Is a link ``equivalent`` (the same claim: the sources corroborate each other)
or ``related`` (overlapping claims that differ in substance: a candidate for
dispute)?

A number conflict always makes a link ``related``, and so do two names that
trade places around a verb ("Arsenal beat Chelsea" / "Chelsea beat Arsenal",
see ``names_swapped``): the same words, another claim.  So do three more rules,
where an editor's idea of "the same claim" is not the paraphrase corpus's:

- one side reports the claim as alleged, rumoured or unconfirmed and the other
  does not ("Witnesses said a hospital was evacuated" / "A hospital was
  allegedly evacuated", "Velto ignored" / "Velto allegedly ignored", "said" /
  "claimed", "is said to have", "appear to have gained"; see ``alleges``).  Plain
  attribution moved or reworded ("police said" / "according to police", "said" /
  "told") is no allegation and stays with the model;
- each side has a letters-and-digits code of one family the other lacks
  ("Airbus A350-900" / "A350-1000", "F-35A" / "F-35B"; see ``codes_differ``):
  the ledger reads no figure inside a code;
- each side names as the doer another thing of one kind, by a word before one
  noun the other lacks ("the nurses' union" / "the doctors' union", "primary" /
  "secondary teachers"; see kinds_apart.py): two actors' claims, each told by
  one source.  On the corpus's 4,076 labelled pairs it fires on none.

A quotation both sides give alike but put in different mouths ("the judge" / "prosecutor Sam Ito";
see ``quote_given_to_others``) is related too, but the tokens carry no quotation marks: the rule reads
the sentences' text, and ``compare`` applies it.  On the corpus's 4,076 labelled pairs it fires on none.

Rules rather than features: the corpus labels "X allegedly did Y, the
government said" / "X did Y, investigators said" a paraphrase, so a feature
fitted on it learns to ignore the difference (a hedge-on-one-side feature
gained nothing, below).  Of the corpus's 4,133 links the allegation rule fires
on 53 (35 of them read equivalent before), the code rule on none; agreement
with the labels went from 0.778 to 0.772, the price of calling a change of who
vouches for a claim a difference.  A claim only inferred ("appear" or "seem" with
"to" and a verb, but not "appear" as an infinitive: "summoned to appear to give evidence" is an
appearance in court; see ``seems_so``) joined the rule later: it turned 7 linked labelled pairs related,
3 with the labels and 4 against them (2,790 of 3,624 agreeing before, 2,789
after); "apparently" and "seemingly" would have cost 6 more, and are left to the
model.  A claim forecast on one side and stated on the other ("are expected to win" / "win"; see
``forecast_differs``) joined after that: it turns 8 linked labelled pairs related, 4 with the labels
and 4 against them (2,788 agreeing before and after).  Read against a claim told ahead ("will
arrive") too, it cost 10: the corpus, like an editor, takes "is expected to" and "will" for one claim.  A deed
intended on one side and told as done on the other ("plans to scrap" / "has scrapped"; see ``intent_differs``)
joined last: it turns one labelled pair related, against its label ("Intel plans to present a paper" / "was
presented by Intel scientists"), and 2,787 agree after it (2,789 before).  Two times apart, one of them a year
alone ("In 2013, a stampede ... killed 36" / "In January, a crush ... killed at least 30"; see ``times_apart``),
joined after that: two events, not one claim; no labelled pair's agreement changes (2,794 of 3,625 before and
after), nor anything on the sample story.  Otherwise a small logistic model over lexical features decides:

- how much of each sentence's distinctive weight the other shares, and how
  much weight one side says alone (an added claim);
- length, numbers and names on one side only, and whether only one side is
  negated ("did not" vs "did");
- how many of each sentence's word n-grams (1 to 4 words, and content-word
  pairs) the other repeats: a restatement keeps phrases together, a related
  claim reuses words in new phrases;
- the shape of the word diff (difflib, computed for the link anyway): its
  ratio, how many runs changed, the longest changed run on either side (a
  related claim adds a whole clause; a restatement swaps a word here and
  there) and the longest unchanged run.

5-fold cross-validated accuracy on the paraphrase corpus (eval_msrp.py --fit):
73.8% with the first two groups and the diff ratio, 76.1% with the n-grams,
77.1% with the whole diff shape.  Measured and left
out: hedge/attribution words on one side only, the number of number conflicts
(the rule above already decides those), the length difference in content
words (nothing gained); a character-level difflib ratio of the two sentences
(+1 point, but 0.3-0.7 ms per link: seconds on long documents).  The weights
were fitted on a public paraphrase corpus of sentence pairs from different
news outlets (tests/benchmarks/eval_msrp.py refits and reports them); the
corpus itself is not shipped.
"""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass

from reader.core.align import one_figure_told_two_ways
from reader.core.kinds_apart import kinds_apart
from reader.core.ledger import counts_of_two_fates
from reader.core.model import NumberLedger
from reader.core.numwords import WEEKDAYS
from reader.core.opposites import reported_future
from reader.core.stemmer import stem
from reader.core.terms import STOPWORDS, Token, adverb_in_ly
from reader.core.worddiff import DiffShape


@dataclass(frozen=True)
class PairFeatures:
    score: float  # cosine of weighted terms (align.py)
    a_covered: float  # share of A's term weight that B also has
    b_covered: float
    diff: DiffShape  # how the word sequences differ (difflib, from the link's word diff)
    length_ratio: float  # shorter / longer, in words
    numbers_only: int  # numbers on one side only
    numbers_agree: int
    names_only: int  # names on one side only
    negation_differs: bool  # one side has a negation word the other lacks
    only_a: float  # term weight (idf) that A has and B lacks
    only_b: float
    # For each n-gram order in OVERLAP_ORDERS: (share of the sentence with fewer
    # of its n-grams repeated, share of the one with more).
    overlaps: tuple[tuple[float, float], ...]
    # Two names trade places around one verb: "Arsenal beat Chelsea" / "Chelsea beat Arsenal".
    # Not a feature of the model (the same words, so it reads a restatement): a rule, as a
    # number conflict is.
    names_swapped: bool = False
    # One side only reports the claim as alleged, rumoured or unconfirmed ("allegedly", "is said to
    # have"), the other states it or has it from a source ("witnesses said"): a rule (see
    # ``allegation_only_one_side``).
    allegation_differs: bool = False
    # Each side has a letters-and-digits code the other lacks: "Airbus A350-900" / "A350-1000",
    # "F-35A" / "F-35B" (see ``codes_differ``).  A rule.
    codes_differ: bool = False
    # Each side dates the event at a time the other lacks, one of them a year: two events (see
    # ``times_apart``).  A rule.
    times_apart: bool = False
    # Each side names another thing of one kind by a word before one noun: "the nurses' union" / "the
    # doctors' union" (see kinds_apart.py).  A rule.
    kinds_apart: bool = False

    def vector(self) -> tuple[float, ...]:
        low, high = sorted((self.a_covered, self.b_covered))
        return (
            self.score,
            low,
            high,
            self.diff.ratio,
            self.length_ratio,
            math.log1p(self.numbers_only),
            math.log1p(self.numbers_agree),
            math.log1p(self.names_only),
            float(self.negation_differs),
            math.log1p(max(self.only_a, self.only_b)),
            math.log1p(min(self.only_a, self.only_b)),
            *(share for pair in self.overlaps for share in pair),
            math.log1p(self.diff.changes),
            math.log1p(self.diff.largest_change_low),
            math.log1p(self.diff.largest_change_high),
            self.diff.longest_kept,
        )


# N-gram overlaps: ("all", n) counts every word (by its key: stem or number
# value), ("content", n) skips function words.
OVERLAP_ORDERS = (("all", 1), ("all", 2), ("all", 3), ("all", 4), ("content", 1), ("content", 2))

FEATURE_NAMES = ("score", "covered_low", "covered_high", "sequence_ratio", "length_ratio",
                 "log_numbers_only", "log_numbers_agree", "log_names_only", "negation_differs",
                 "log_only_high", "log_only_low") + tuple(
    f"{words}_{n}gram_{end}" for words, n in OVERLAP_ORDERS for end in ("low", "high")) + (
    "log_changes", "log_largest_change_low", "log_largest_change_high", "longest_kept")

_NEGATIONS = frozenset("not no never none nor without nothing neither".split())

# Fitted weights (bias first, then one per feature in FEATURE_NAMES order).
WEIGHTS = (0.7195, 1.1105, 1.7107, 1.5836, 1.2903, 0.2856, -0.2583, -0.0299, 0.2139, -1.1600, -0.3996,
           -0.0217, 1.7336, 0.3384, 2.1211, -0.1912, 1.0088, -1.0475, 1.2417, -0.6305, -0.2697, 0.5978,
           -1.3804, -1.9475, -0.0812, -0.0107, -1.3902, -1.3792)


def pair_features(
    score: float,
    wa: dict[str, float],
    wb: dict[str, float],
    a_tokens: list[Token],
    b_tokens: list[Token],
    numbers: NumberLedger,
    diff: DiffShape,
    texts: tuple[SentenceText, SentenceText] = (None, None),
) -> PairFeatures:
    """The features of one sentence pair; ``diff`` comes with the link's word
    diff (worddiff.diff_and_shape), so difflib runs once per link.  ``texts`` are the two sentences'
    texts and document offsets, (text, start), where the caller has them: the punctuation between
    tokens is read from them (``times_apart``)."""
    # A figure told two ways ("40C" / "104F", "1,204,311" / "1.2 million") is shared too.
    told_two_ways = one_figure_told_two_ways(wa, wb)
    shared = sum(w for key, w in wa.items() if key in wb) + sum(wa[key] for key, _ in told_two_ways)
    a_total = sum(wa.values()) or 1.0
    b_total = sum(wb.values()) or 1.0
    shared_b = sum(w for key, w in wb.items() if key in wa) + sum(wb[key] for _, key in told_two_ways)
    a_words = [t.surface.lower() for t in a_tokens]
    b_words = [t.surface.lower() for t in b_tokens]
    a_names = {t.key for t in a_tokens if t.type == "name"}
    b_names = {t.key for t in b_tokens if t.type == "name"}
    lengths = sorted((len(a_tokens) or 1, len(b_tokens) or 1))
    return PairFeatures(
        score=score,
        a_covered=shared / a_total,
        b_covered=shared_b / b_total,
        diff=diff,
        length_ratio=lengths[0] / lengths[1],
        numbers_only=len(numbers.only_a) + len(numbers.only_b),
        numbers_agree=len(numbers.agree),
        names_only=len(a_names ^ b_names),
        negation_differs=_negated(a_words) != _negated(b_words),
        only_a=max(0.0, a_total - shared),
        only_b=max(0.0, b_total - shared_b),
        overlaps=ngram_overlaps(a_tokens, b_tokens),
        names_swapped=bool(a_names & b_names) and names_swapped(a_tokens, b_tokens),
        allegation_differs=(_alleges(a_tokens, a_words) != _alleges(b_tokens, b_words)
                            or forecast_differs(a_words, b_words)),
        codes_differ=codes_differ(a_tokens, b_tokens),
        times_apart=times_apart(numbers, a_tokens, b_tokens, *texts),
        kinds_apart=kinds_apart(a_tokens, b_tokens),
    )


def _negated(words: list[str]) -> bool:
    """Does the sentence (its lower-cased words) say "not", "never", "didn't" ...?"""
    if not _NEGATIONS.isdisjoint(words):
        return True
    # Most sentences hold no "n't" anywhere: one search of their joined words spares a test of each word.
    joined = " ".join(words)
    return ("n't" in joined or "n’t" in joined) and any(w.endswith(("n't", "n’t")) for w in words)


# Verbs whose two sides may trade places without changing the claim: "Putin met Biden", "Biden
# met Putin"; "Arsenal drew with Chelsea", "Israel exchanged prisoners with Hamas", "Arsenal vs
# Chelsea".  Stems, as terms.py keys words.
_SYMMETRIC = frozenset("""meet met talk spoke speak play drew draw tie marri agre negoti face join exchang swap
    trade fought fight clash vs versus v""".split())
# The word that turns a sentence around without changing who did what: "Smith was arrested by police".
_PASSIVE = "by"
# "Arsenal beat Chelsea", "Medvedev told CNN that Osechkin ...": the two names close around the verb.
_MOST_WORDS_BETWEEN = 4
# Verbs news reports with no -ed, -s or -ing to show them ("beat", "told"); a word between two
# names without either ("Fluor company of the US" / "US company Fluor") is taken for a noun.
_BARE_VERBS = frozenset("""beat won lost led told said hit shot sued met saw left took gave paid sold bought held
    struck threw caught fought kept sent made named chose hired fired elected defeated""".split())


def names_swapped(a_tokens: list[Token], b_tokens: list[Token]) -> bool:
    """Do two names stand close on either side of one verb in both sentences, in the opposite
    order?  "Arsenal beat Chelsea 3-1" / "Chelsea beat Arsenal 3-1": every word is shared, so the
    claim looks restated, but the winner changed.  A verb that works both ways ("met") and a
    passive on one side ("Reuters quoted Medvedev" / "Medvedev was quoted by Reuters") are no swap.

    Measured on the paraphrase corpus's 3,600 linked pairs: with the names anywhere in the
    sentence and any word between them, 8 pairs fired, all restatements (clauses moved, a
    passive, "Fluor company of the US" / "US company Fluor"); as written here, none."""
    a_places, b_places = _name_places(a_tokens), _name_places(b_tokens)
    shared = [name for name in a_places if name in b_places]
    for i, first in enumerate(shared):
        for second in shared[i + 1:]:
            if (a_places[first] < a_places[second]) == (b_places[first] < b_places[second]):
                continue
            a_between = _between(a_tokens, a_places[first], a_places[second])
            b_between = _between(b_tokens, b_places[first], b_places[second])
            if a_between is None or b_between is None or (_PASSIVE in a_between) != (_PASSIVE in b_between):
                continue
            verbs = (a_between & b_between) - {_PASSIVE}
            if verbs and not verbs & _SYMMETRIC:
                return True
    return False


def _name_places(tokens: list[Token]) -> dict[str, int]:
    """Each name's first place in the sentence."""
    places: dict[str, int] = {}
    for place, token in enumerate(tokens):
        if token.type == "name":
            places.setdefault(token.key, place)
    return places


def _between(tokens: list[Token], one: int, other: int) -> set[str] | None:
    """The keys of the verbs between two close places (and "by"), or None when they are far apart."""
    low, high = sorted((one, other))
    if high - low - 1 > _MOST_WORDS_BETWEEN:
        return None
    return {t.key for t in tokens[low + 1:high] if t.key == _PASSIVE or t.type in ("word", "hedge") and not t.stop
            and (t.surface.lower().endswith(("ed", "s", "ing")) or t.surface.lower() in _BARE_VERBS)}

# Words that report a claim as alleged, rumoured or unconfirmed: the writer does not vouch for it,
# and neither does a named source.  "Witnesses said a hospital was evacuated" / "A hospital was
# allegedly evacuated" differ in substance for an editor: one has it from someone, the other only
# reports a claim; so do "Velto ignored the warnings" / "Velto allegedly ignored the warnings".
# Plain attribution ("said", "told", "according to") is no allegation: "police said" / "according
# to police" is one claim.  Two sides that both allege ("allegedly" / "reportedly") are left to the
# model.  Legal steps ("accused of", "charged with") are not on the list: they report an act (a
# charge), and the corpus pairs "is charged with" / "faces charges of" as one claim.
_ALLEGING = frozenset("""allegedly alleged allege alleges alleging reportedly purportedly purported supposedly
    rumoured rumored unconfirmed unverified unsubstantiated""".split())
# Nouns that name an allegation allege only what follows "that": "rumours that he resigned" / "he
# resigned", but "called the allegations absurd" only mentions one.
_ALLEGATIONS = frozenset("allegation allegations accusation accusations rumour rumours rumor rumors".split())
# "claim" alleges when it reports speech ("claimed that", "claims to have", "the company claims the
# drug works", ", the researchers claim."), not when it has an object of its own ("claimed
# responsibility", "claimed three lives") or is a noun ("insurance claims", "dismissed the claim";
# but "Short's claims that ..." reports one).
_CLAIM = frozenset("claim claims".split())
_CLAIMED = frozenset("claimed claiming".split())
_CLAIMED_OBJECTS = frozenset("""responsibility credit victory win title titles lives life seat seats prize medal
    medals gold silver bronze crown record asylum compensation damages ownership refund refunds benefit benefits
    victim victims
    territory sovereignty jurisdiction stake spot place lead throne championship trophy cup pole top""".split())
# What a group claims when it claims an act: "Hamas claimed the attack" is "claimed responsibility for it".
_DEEDS = frozenset("""attack attacks bombing bombings killing killings shooting shootings kidnapping
    assassination strike strikes raid raids explosion explosions blast blasts hack hacks""".split())
# A denial's words before "allegations that" / "claims that": the sentence reports the denial.
_DENIAL = frozenset("""denied denies deny denying rejected rejects reject rejecting dismissed dismisses dismiss
    dismissing refuted refutes refute disputed disputes dispute""".split())
_PRONOUNS = frozenset("he she they we i you it who".split())
_FINITE = frozenset("was were is are had has have will would could can may might did does".split())
_RELATIVES = frozenset("which that who whom whose when where".split())
_CLAUSE_ENDS = frozenset("and but or".split())
# Past tenses a claim says of a deed ("claimed the strike on the hospital killed 30"); any word in
# -ed took "claimed the attack in a video released on Friday" for one.
_DEED_VERBS = frozenset("""killed caused targeted staged hit destroyed started carried injured wounded struck
    damaged harmed involved used came began happened occurred failed succeeded aimed""".split())
# Whom something may be said to: "Nothing was said to police".
_LISTENERS = frozenset("police reporters journalists friends colleagues investigators officials relatives family me"
                       " him her them us".split())
# Verbs whose object is a noun "claims" ("Insurers expect claims to rise", "paid claims to families").
_CLAIMS_HANDLED = frozenset("""expect expects expected paid pay pays paying process processed processes file filed
    files settle settled settles handle handled handles reject rejected receive received receives submit submitted
    insurance""".split())
_CLAUSE_OPENERS = _PRONOUNS | frozenset("the a an its his her their this these those".split())
_DETERMINERS = frozenset("the a an his her their its our your my this these those any every no each".split())
# "is said to have chosen", "is believed to be hiding", "was reported as saying", "is suspected of
# killing", "is suspected to be the cause": a passive verb of saying or thinking that does not vouch for
# what follows.
_SAID_TO = frozenset("said believed thought understood rumoured rumored feared suspected".split())
_BE = frozenset("is are was were be been being".split())
# "are expected to win", "is projected to grow", "is set to reopen", "are likely to be": a claim forecast,
# which is not yet so.  "The board is minded to recommend the offer" (British business and planning copy)
# tells an intention, not yet carried out, as firmly as a forecast.  Only after "be" ("is widely expected
# to"): "the expected result", "as expected", "officials expected to finish" state what is so.
FORECAST = frozenset("expected projected forecast forecasted predicted set likely minded".split())
_TO_WHAT = frozenset("be have has had".split())
# "The attackers appear to have gained access", "the fire seems to have started": the writer only
# infers the claim from what is seen, and no source vouches for it either (see ``seems_so``; the
# report's hedge lines read it through the same function).
_SEEMING = frozenset("appear appears appeared appearing seem seems seemed seeming".split())


# Every word that may make a sentence allege (each test in _alleges starts from one of them): a
# sentence with none of them is checked at once.
_ALLEGING_WORDS = _ALLEGING | _ALLEGATIONS | _SAID_TO | _CLAIM | _CLAIMED | _SEEMING | {"suspected", "reported"}


# Who is told or shown something, after "to": "appeared to fans", "seemed to the court".
_TOLD = _LISTENERS | frozenset("that authorities council court government ministry management staff parliament congress"
                               .split())
# Bare verbs that end in a single "s" ("appears to focus", "is thought to bias").
_INFINITIVES_IN_S = frozenset("focus bias canvas".split())
# Words after which "appear" is an appearance, in court or before a committee: "summoned to appear", "due
# to appear", "will appear to answer questions" (an appearance set for a day).  After any other modal or
# "do" it is the hedge it most often is in British copy: "would appear to show", "could appear to", "did
# not appear to brake".
_BEFORE_AN_APPEARANCE = frozenset("to will shall".split())
_NOT = frozenset("not never".split())


def seems_so(words: list[str], i: int) -> bool:
    """Does "appear" or "seem" (any form) at ``i`` say the claim is only inferred from what is seen ("The
    attackers appear to have gained access", "seemed to confirm", "appears to focus")?  ``words`` are
    the sentence's words as written, without the punctuation around them.  Not where "to" is followed
    by whom something is shown ("appeared to fans", "appeared to the court", "appeared to Interpol"),
    nor where "appear" is an infinitive, which in news copy is an appearance in court or before a
    committee ("summoned to appear to give evidence", "failed to appear to answer the charges", "will
    appear to face charges"), unless "to be" or "to have" follows ("did not appear to have spread").
    After another modal or "do" it is inferred again ("would appear to show", "did not appear to brake")."""
    plain = [word.lower() for word in words]
    if plain[i] not in _SEEMING or i + 2 >= len(plain) or plain[i + 1] != "to" or not _bare_verb(words[i + 2]):
        return False
    if plain[i + 2] in _TO_WHAT:
        return True
    if plain[i].startswith("appear") and _court_business(plain, i + 2):
        return False
    return not (plain[i] == "appear" and _stands_bare(plain, i))


# What one appears in court or before a committee to do, and what it is done to: "did not appear to answer
# the charge", "failed to appear to face trial", "appeared to give evidence".  The verb alone tells
# nothing: "did not appear to answer the question", "did not appear to give way" are inferred.
_COURT_BUSINESS = {
    "answer": frozenset("charge charges bail summons allegation allegations".split()),
    "face": frozenset("charge charges trial court magistrates judge jury sentencing".split()),
    "give": frozenset({"evidence"}),
    "stand": frozenset({"trial"}),
    "plead": None, "testify": None,  # only said of a court or a committee
}
_BEFORE_THE_MATTER = frozenset("the a an his her their its to".split())


def _court_business(plain: list[str], k: int) -> bool:
    """Is the verb at ``k`` (of the lower-cased words) a step of court business, with what it is done to
    after it ("answer [the] charge", "give evidence"), or a verb said of a court alone ("plead")?"""
    if plain[k] not in _COURT_BUSINESS:
        return False
    matters = _COURT_BUSINESS[plain[k]]
    if matters is None:
        return True
    following = [word for word in plain[k + 1:k + 4] if word not in _BEFORE_THE_MATTER]
    return bool(following) and following[0] in matters


def _stands_bare(plain: list[str], i: int) -> bool:
    """Is the verb at ``i`` (of the lower-cased words) an infinitive of an appearance: after "to", "will"
    or "shall", a "not" between or not ("to appear", "will appear", "ordered not to appear")?"""
    k = i - 1
    while k >= 0 and plain[k] in _NOT:
        k -= 1
    return k >= 0 and plain[k] in _BEFORE_AN_APPEARANCE


def _bare_verb(written: str) -> bool:
    """May the word after a "to" be a bare verb ("have", "confirm", "focus"), not whom something is
    said or shown to: a name ("to Interpol"), a determiner ("to the court"), a listener ("to police")
    or a plural ("to fans")?"""
    word = written.lower()
    return (word.isalpha() and not written[:1].isupper() and word not in _DETERMINERS and word not in _TOLD
            and not (word.endswith("s") and not word.endswith("ss") and word not in _INFINITIVES_IN_S))


def claims_a_thing(objects: list[str], words: list[str], i: int) -> bool:
    """Does the "claim" verb at ``i`` of the lower-cased ``words`` take a thing of its own for its object
    ("claimed responsibility", "claimed at least 12 lives", "claimed the attack"), ``objects`` being the words
    of content after it (no stop words, no numbers)?  A deed claimed, told as done: no claim passed on.  Not a
    deed with a clause of its own, which is what is claimed of it ("claimed the attack was staged")."""
    return any(obj in _CLAIMED_OBJECTS or obj in _DEEDS for obj in objects[:3]) and not _clause_follows(words, i)


def _clause_follows(words: list[str], i: int) -> bool:
    """Does a clause of its own follow the claim verb at ``i`` ("claimed the strike on the hospital
    killed 30", "claim the blast was an accident"), rather than a relative one ("claimed the attack,
    which killed 12")?"""
    for k in range(i + 2, min(len(words), i + 9)):
        word = words[k]
        if word in _RELATIVES or word in _CLAUSE_ENDS:
            return False  # "claimed the attack, which killed 12"; "claimed the title and celebrated"
        if word in _FINITE or word in _DEED_VERBS:
            return True
    return False


def _denied(words: list[str], i: int) -> bool:
    """Is the word at ``i`` the object of a denial ("denied the allegations", "rejected claims")?"""
    return any(word in _DENIAL for word in words[max(0, i - 3):i])


# Words that tell a claim ahead of the day as firmly as a forecast does: "will arrive" / "are expected to
# arrive", "scheduled to host" / "expected to arrive", "is poised to win" / "is expected to win" are one claim;
# only against a claim stated as so is a forecast a difference.
_TOLD_AHEAD = frozenset("will would shall 'll ’ll scheduled due poised".split())
# Modals before a verb, which tell a deed that may be, not one done: "could cut", "may be cut".  Not told ahead
# as firmly as "will" (so no forecast against "are expected to"), but no deed done against an intent.
_MODALS = frozenset("may might could can cannot should must".split())
# What stands between a modal or "to" and its verb: "could be cut", "are to be cut", "could have been cut".
_AUXILIARIES_AFTER_A_MODAL = frozenset("be been being have not".split())
# Words that tell a claim ahead only with "to" and a verb after them: "is to announce", "is going to
# announce", "plans to announce", "intends to announce", "is designed to operate for 14 days" (what a thing
# is made to do tells its plan, as firmly as "is expected to work for two weeks") ("went to the shops",
# "plans to the council" tell nothing ahead).  "Be" itself counts only so: "The minister is to announce the plan".
_AHEAD_BEFORE_TO = _BE | frozenset("""going plan plans planned planning intend intends intended intending
    aim aims aimed aiming designed""".split())


def forecast_differs(a_words: list[str], b_words: list[str]) -> bool:
    """Does one sentence (its lower-cased words) forecast its claim ("The Socialists are expected to win
    13 seats") and the other state it ("The Socialists win 13 seats"), not tell it ahead as well ("will
    win")?  Or does one tell what its subject means to do and the other that it was done (``intent_differs``)?"""
    a_ahead, b_ahead = _forecasts(a_words), _forecasts(b_words)
    if a_ahead != b_ahead and not _told_ahead(b_words if a_ahead else a_words):
        return True
    return intent_differs(a_words, b_words) or intent_differs(b_words, a_words)


def _forecasts(words: list[str]) -> bool:
    return not FORECAST.isdisjoint(words) and any(forecast(words, i) for i in range(len(words)))


# Words that tell what the subject means to do, with "to" and a verb after them: "plans to scrap", "intends
# to sell", "aims to close", "has vowed to reopen", "threatened to strike".  Not yet done.
INTENT = frozenset("""plan plans planned planning intend intends intended intending aim aims aiming vow vows
    vowed pledge pledges pledged promise promises promised threaten threatens threatened threatening""".split())


def intent_differs(intending: list[str], other: list[str]) -> bool:
    """Does the first sentence tell what its subject means to do ("The office plans to scrap the census"), or
    what it will do ("The council will write to every resident"), and the other tell that very deed as done
    ("The office has scrapped the census", "The council has written to every resident"): the intended verb
    stands in the other sentence, not after "to" ("agreed to sell" / "plans to sell" tell no deed done), and
    the other tells nothing ahead ("will scrap")?  Only the deed intended counts: "filed suit seeking to block
    the offer" / "filed suit to block the offer" intend one thing alike."""
    if (INTENT.isdisjoint(intending) and WILL.isdisjoint(intending) and "would" not in intending
            or not INTENT.isdisjoint(other)):
        return False
    # A deed the intending sentence also tells as done ("will cut 300 jobs after it cut 100 last year") is
    # no deed only intended there.
    intended = _intended_verbs(intending) - {stem(word) for k, word in enumerate(intending)
                                             if _told_as_done(intending, k) and not _told_ahead_before(intending, k)}
    return bool(intended) and any(stem(word) in intended and _told_as_done(other, k)
                                  and not _told_ahead_before(other, k) for k, word in enumerate(other))


# "will" or "shall" right before a verb tells the deed as to come, as a plan does: against the deed told as
# done, two claims ("will write" / "has written").  Not "will be" or "will have": what follows is no deed.
WILL = frozenset({"will", "shall"})
_NO_DEED_AFTER_WILL = frozenset({"be", "have", "not", "never"})
# Adverbs between "will" and its verb ("will also write", "will soon reopen"): the verb after them is the deed.
_ADVERBS_AFTER_WILL = frozenset({"also", "still", "soon", "now", "then", "again", "finally", "shortly"})


def _intended_verbs(words: list[str]) -> set[str]:
    """The stems of the verbs a sentence (its lower-cased words) tells as meant or to come: after "plans to"
    ("is intended to make it easy" tells what a thing is for), or right after "will"."""
    verbs = set()
    for i, word in enumerate(words[:-1]):
        if (word in INTENT and i + 2 < len(words) and words[i + 1] == "to" and _a_verb_follows(words, i + 2)
                and not (i and words[i - 1] in _BE)):
            verbs.add(stem(words[i + 2]))
        elif word in WILL or word == "would" and reported_future(words, i):
            k = i + 1
            while k < len(words) - 1 and (words[k] in _ADVERBS_AFTER_WILL or adverb_in_ly(words[k])):
                k += 1
            if words[k] not in _NO_DEED_AFTER_WILL and _a_verb_follows(words, k):
                verbs.add(stem(words[k]))
    return verbs


# Words before a verb's participle that tell the deed done: "has scrapped", "was scrapped", "had appealed".
_DONE_BEFORE = frozenset("has have had was were been is are".split())


def _told_as_done(words: list[str], k: int) -> bool:
    """Is the word at ``k`` a verb told as done: a past form ("scrapped", "appealed"), a participle after
    "has" or "was" ("has begun"), or a verb whose past is its present after its subject ("The company cut 200
    jobs")?  Not a noun of the same stem ("announced 200 job cuts" against "plans to cut 200 jobs", "announced
    the launch", "a fuel duty cut"), nor a deed under way ("is acquiring", "is being cut"), nor one after "be",
    which only a modal or "to" puts before a verb ("could be cut", "are to be cut").  A verb told ahead ("will
    cut", "could cut") is left to _told_ahead_before."""
    word = words[k]
    if word.endswith("ing") or k > 0 and words[k - 1] in _UNDONE_BEFORE:
        return False
    if word.endswith("ed") or k > 0 and words[k - 1] in _DONE_BEFORE:
        return True
    return word in _PAST_AS_PRESENT and k > 0 and not _a_noun_of_the_verb(words, k)


_PAST_AS_PRESENT = frozenset("cut shut quit put set hit cast let spread hurt bid cost split shed".split())
# "be" and "being" right before a verb: "could be cut", "are to be cut", "is being cut": no deed done.
_UNDONE_BEFORE = frozenset("be being".split())
_ARTICLES = frozenset("a an the its their his her this that".split())
_INDEFINITE_ARTICLES = frozenset("a an another".split())
# Words after a noun that would follow no transitive verb straight away: "a fuel duty cut in the budget".
_AFTER_A_NOUN = frozenset("of in on to for at by from with and or but".split())


def _a_noun_of_the_verb(words: list[str], k: int) -> bool:
    """Is the verb-like word at ``k`` ("cut", "hit") a noun: after an article ("a cut of 200 jobs"), before
    "of" ("the spread of the virus"), or with an indefinite article two or three words before and no object
    after ("announced a fuel duty cut in the budget", "a further cut"), where a deed has one ("A storm hit
    the coast"), and where the article does not open the subject ("A second airline quit on Friday")?"""
    if words[k - 1] in _ARTICLES or words[k + 1:k + 2] == ["of"]:
        return True
    nothing_done_to = k + 1 == len(words) or words[k + 1] in _AFTER_A_NOUN
    return nothing_done_to and any(
        words[j] in _INDEFINITE_ARTICLES and j > 0 and words[j - 1] not in _OPENING_A_CLAUSE
        for j in range(max(0, k - 3), k - 1))


# Words after which "a"/"an" opens the subject of a clause, whose verb the word after it may be ("said that
# a second airline quit", "said a second airline quit", "when an earthquake hit", "On Friday a second airline
# quit"): no noun of the verb.  The sentence's opening too.  Not a verb that takes a thing as its object
# ("announced a fuel duty cut", "reported a cut").
_OPENING_A_CLAUSE = frozenset("""that and but or when after before as while because since until then so if
    where whereas though although said says say believe believes believed think thinks thought added claimed
    warned yesterday today tonight""".split()) | {day.lower() for day in WEEKDAYS}


def _told_ahead_before(words: list[str], k: int) -> bool:
    """Is the verb at ``k`` told ahead by the words just before it: "to" ("agreed to sell", "is set to
    scrap"), or "will", "would", "'ll", "scheduled", "due" or "poised" a word or two before ("will scrap",
    "will soon scrap"), or a modal or "to" with only auxiliaries between ("could cut", "may be cut", "are to
    be cut")?  Another verb told ahead in the sentence ("has scrapped the census and will rely on records")
    leaves this one done."""
    before = words[max(0, k - 2):k]
    if (before[-1:] == ["to"] or not _TOLD_AHEAD.isdisjoint(before)
            or any(word.endswith(("'ll", "’ll")) for word in before)):
        return True
    i = k - 1
    while i >= 0 and words[i] in _AUXILIARIES_AFTER_A_MODAL:
        i -= 1
    return i >= 0 and (words[i] in _MODALS or words[i] == "to")


def _told_ahead(words: list[str]) -> bool:
    return (not _TOLD_AHEAD.isdisjoint(words) or any(word.endswith(("'ll", "’ll")) for word in words)
            or any(_ahead_with_to(words, i) for i in range(len(words) - 2)))


def _ahead_with_to(words: list[str], i: int) -> bool:
    """Does the word at ``i`` tell the claim ahead with "to" and a verb after it ("is to announce", "is
    going to win", "plans to close")?"""
    return words[i] in _AHEAD_BEFORE_TO and words[i + 1] == "to" and _a_verb_follows(words, i + 2)


def forecast(words: list[str], i: int) -> bool:
    """Does the lower-cased word at ``i`` forecast the claim ("The Socialists are expected to win",
    "is set to reopen"): one of ``FORECAST`` after "be", with "to" and a verb after it?"""
    return (words[i] in FORECAST and i + 2 < len(words) and words[i + 1] == "to" and _after_be(words, i)
            and _a_verb_follows(words, i + 2))


def _after_be(words: list[str], i: int) -> bool:
    """Does "be" (any form) stand right before the word at ``i``, or an adverb between ("is widely")?"""
    return i > 0 and (words[i - 1] in _BE or i > 1 and words[i - 2] in _BE and words[i - 1].endswith("ly"))


# What a thing is set to when "set to" is not a forecast: "The poem was set to music", "set to Chinese
# music", "the counter was set to zero".  Nouns a forecast never puts right after "set to" ("is set to score",
# "set to sail", "set to fire the manager" and "set to work with" are forecasts, so those stay out).
_SET_TO_WHAT = frozenset("music verse poetry poem melody lyric word zero nought naught".split())
# Endings of adjectives that stand before such a noun: "set to Chinese music", "set to classical music",
# "set to Italian verse".
_ADJECTIVE_ENDINGS = ("ese", "ian", "ish", "al", "ic", "ful", "ous", "ive", "ern")


def _a_verb_follows(words: list[str], k: int) -> bool:
    """May the lower-cased word at ``k`` (after "to") be a bare verb?  Not whom the "to" leads to ("to the
    court", "to police"), nor a plural ("set to words"), nor what a thing is set to ("set to music", "set
    to Chinese music")."""
    then = words[k]
    if not then.isalpha() or then in _DETERMINERS or then in _LISTENERS or _plural(then):
        return False
    if _what_a_thing_is_set_to(then):
        return False
    adjective_before_noun = (then.endswith(_ADJECTIVE_ENDINGS) and k + 1 < len(words)
                             and _what_a_thing_is_set_to(words[k + 1]))
    return not adjective_before_noun


def _what_a_thing_is_set_to(word: str) -> bool:
    return stem(word) in _SET_TO_WHAT_STEMS


_SET_TO_WHAT_STEMS = frozenset(stem(word) for word in _SET_TO_WHAT)


def _plural(word: str) -> bool:
    """Does the lower-cased word end as a plural noun does, which no bare verb does ("words", "lyrics";
    not "pass", "focus", "discuss")?"""
    return word.endswith("s") and not word.endswith(("ss", "us")) and word not in _INFINITIVES_IN_S


def alleges(tokens: list[Token]) -> bool:
    """Does the sentence report its claim as alleged, rumoured or unconfirmed (see ``_ALLEGING``)?"""
    return _alleges(tokens, [t.surface.lower() for t in tokens])


def _alleges(tokens: list[Token], lowered: list[str]) -> bool:
    """``alleges``, given the tokens' surfaces lower-cased."""
    if _ALLEGING_WORDS.isdisjoint(lowered):
        return False  # most sentences: no word that may allege
    words = [word.replace("’", "'") for word in lowered]
    written = [t.surface for t in tokens]
    last = len(words) - 1
    for i, word in enumerate(words):
        if word in _ALLEGING:
            return True
        before = words[i - 1] if i else ""
        after = words[i + 1].split("'")[0] if i < last else ""  # "it's": "it"
        if word in _ALLEGATIONS and after == "that" and not _denied(words, i):
            return True
        then = words[i + 2] if i + 1 < last else ""
        # "is said to have", "is said to favour"; not "was said to police".
        if word in _SAID_TO and after == "to" and (then in _TO_WHAT or before in _BE and then.isalpha()
                                                  and then not in _DETERMINERS and then not in _LISTENERS):
            return True
        if word in _SEEMING and seems_so(written, i):
            return True
        if word == "suspected" and after == "of" and before in _BE:  # "is suspected of killing"; "the man suspected of"
            return True
        if word == "reported" and (after == "to" and then in _TO_WHAT or after == "as" and then == "saying"):
            return True
        if word not in _CLAIM and word not in _CLAIMED:
            continue
        if before in _DETERMINERS or before.endswith("'s") or _denied(words, i):  # a noun: "the claims"
            if after == "that" and not _denied(words, i):
                return True
            continue
        # "claims to have found", "claims to own"; not "expect claims to rise", "paid claims to families".
        if after == "that" or after == "to" and (then in _TO_WHAT or before not in _CLAIMS_HANDLED
                                                 and then.isalpha() and then not in _DETERMINERS):
            return True
        subject = before in _PRONOUNS or (i > 0 and tokens[i - 1].type == "name")
        # "claimed at least 12 lives", "claim the title", "claimed the attack": an object of its own.
        # But a deed with a clause of its own is what is claimed of it: "claimed the attack was staged".
        following = tokens[i + 1:i + 6]
        if claims_a_thing([t.surface.lower() for t in following if not t.stop and t.type != "number"], words, i):
            continue
        if word in _CLAIMED:
            return True
        elif i == last or tokens[i + 1].start - tokens[i].end > 1:  # ", the researchers claim."
            if subject or word == "claim" and before.endswith("s"):
                return True
        elif subject or after in _CLAUSE_OPENERS:
            return True
    return False


# "1990s", "21st", "NZ75c": a number the ledger reads (or should), not a code.
_NUMBER_WITH_SUFFIX = re.compile(r"\d+(?:st|nd|rd|th|s)|(?:us|nz|au|hk|nt)\d+(?:c|m|bn|k)?")


def codes_differ(a_tokens: list[Token], b_tokens: list[Token]) -> bool:
    """Does each sentence have a code of letters and digits the other lacks?  "Airbus A350-900" /
    "Airbus A350-1000", "F-35A" / "F-35B", "COVID-19" / "COVID-20": the number inside a code is no
    figure for the ledger, but a changed code names another thing.  A code on one side only ("the
    A350" / "the A350-900") is a detail one report adds, not a difference; "G7" and "G-7" are one code."""
    a_codes, b_codes = _codes(a_tokens), _codes(b_tokens)
    return any(_one_family(x, y) for x in a_codes - b_codes for y in b_codes - a_codes)


# A code's family: its first run of letters, or of digits when it opens with one.
_FAMILY = re.compile(r"[^\W\d_]+|\d+")


def _one_family(x: str, y: str) -> bool:
    """Two codes of one family that name two things: the same first run of letters ("a350900" /
    "a3501000", "covid19" / "covid20", "h5n1" / "h7n9") or of digits ("35a" / "35b"), and neither
    a longer form of the other ("nz75" / "nz75c").  "4k" / "z200" are two things of which a
    sentence may name either."""
    if x.startswith(y) or y.startswith(x):
        return False
    x_family, y_family = _FAMILY.match(x), _FAMILY.match(y)
    return x_family is not None and y_family is not None and x_family.group() == y_family.group()


def _codes(tokens: list[Token]) -> set[str]:
    codes = set()
    for i, token in enumerate(tokens):
        surface = token.surface
        if surface.isalpha() or token.stop or (token.type == "number" and "=" in token.key):
            continue  # a plain word, or a number the ledger reads
        if not any(c.isdigit() for c in surface):
            continue
        surface = surface.lower()
        if token.type == "number":  # digits the ledger left alone: the "19" of "COVID-19"
            before = tokens[i - 1] if i else None
            # A one-letter prefix is a stop word ("T-72", "S-300"): a capital right before the digits is
            # a code's.  Not "A" or "I", which open sentences ("A 300-page report").
            glued = (before is not None and len(before.surface) == 1 and before.surface.isupper()
                     and before.surface not in "AI" and token.start - before.end == 1)
            if (before is not None and (not before.stop or glued) and before.type != "number"
                    and token.start - before.end <= 1 and any(c.isalpha() for c in before.surface)):
                codes.add(before.surface.lower() + surface)
        elif any(c.isalpha() for c in surface) and not _NUMBER_WITH_SUFFIX.fullmatch(surface):
            codes.add(surface)
            before = tokens[i - 1] if i else None
            if (before is not None and token.start - before.end <= 1 and len(before.surface) <= 2
                    and before.surface.isalpha() and before.surface.isupper()):
                codes.add(before.surface.lower() + surface)  # the "F" of "F-35A"
    return codes


# The distinct n-grams of a list of keys, by n: the slices written out, as every link reads six orders
# of both its sentences.
_NGRAMS = {
    1: set,
    2: lambda keys: set(zip(keys, keys[1:])),
    3: lambda keys: set(zip(keys, keys[1:], keys[2:])),
    4: lambda keys: set(zip(keys, keys[1:], keys[2:], keys[3:])),
}


def ngram_overlaps(a_tokens: list[Token], b_tokens: list[Token]) -> tuple[tuple[float, float], ...]:
    """For each order in ``OVERLAP_ORDERS``, the shares of A's and of B's distinct
    n-grams that the other sentence also has, lower first."""
    a_all = [t.key for t in a_tokens]
    b_all = [t.key for t in b_tokens]
    keys = {"all": (a_all, b_all),
            "content": ([t.key for t in a_tokens if not t.stop], [t.key for t in b_tokens if not t.stop])}
    out = []
    for words, n in OVERLAP_ORDERS:
        a_seq, b_seq = keys[words]
        a_grams, b_grams = _NGRAMS[n](a_seq), _NGRAMS[n](b_seq)
        shared = len(a_grams & b_grams)
        a_share = shared / len(a_grams) if a_grams else 0.0
        b_share = shared / len(b_grams) if b_grams else 0.0
        out.append((a_share, b_share) if a_share <= b_share else (b_share, a_share))
    return tuple(out)


def equivalence_probability(features: PairFeatures, weights=WEIGHTS) -> float:
    z = weights[0] + sum(w * x for w, x in zip(weights[1:], features.vector(), strict=True))
    return 1.0 / (1.0 + math.exp(-z))


def classify(features: PairFeatures, numbers: NumberLedger) -> str:
    if (numbers.disputes_the_claim or counts_of_two_fates(numbers) or features.names_swapped
            or features.allegation_differs or features.codes_differ or features.diff.turned
            or features.times_apart or features.kinds_apart):
        return "related"
    return "equivalent" if equivalence_probability(features) >= 0.5 else "related"


# Two sentences that each place the event at a time the other does not name, one of them by its year
# alone, tell of two events: "In 2013, a stampede at the Kumbh Mela killed 36 people" / "In January,
# a crush at the Maha Kumbh killed at least 30 people" (an earlier disaster recalled by each outlet).
# The ledger compares no year with a month, so nothing conflicts and the model reads a restatement.
# A time both name ("in 2013" / "on January 5, 2013") or none on one side leaves it to the model.
# Only a time that dates what the sentence tells counts: a year after "in" or "during" ("In 2013,",
# "killed 36 people in 2013"), not a year that dates something else: one before a noun ("The 2023 law",
# "the 2024 Olympics"), one in a relative clause or an aside ("The bridge, which opened in 1998, was
# closed", "Ellis, who was first elected in 2019, resigned", "The bridge, built in 1932, collapsed"), a
# deadline or a starting point ("to phase out coal by 2030", "closed until 2026", "cut 2,000 jobs since
# 2020": a target or a span, not the time of the deed), or a year beside another time that already dates
# the deed ("pledged on Tuesday to ... in 2030"; "pledged in March" on the other side is the same pledge).
_TIMES = frozenset({"year", "month", "date", "weekday"})
# The words before a year that make it the time of the claim: "in 2013", "during 2019", "in early 2013".
# "by", "until", "since", "before" and "after" name a target or a span and are left out (review 25 M3).
_DATING_WORDS = frozenset("in during".split())
_PARTS_OF_A_YEAR = frozenset("early late mid the end start middle beginning of".split())
_RELATIVE_PRONOUNS = frozenset("who which whose whom where".split())
_FARTHEST_RELATIVE = 6  # tokens before the time: "who was first elected in 2019"


def times_apart(numbers: NumberLedger, a_tokens: list[Token], b_tokens: list[Token],
                a_text: SentenceText = None, b_text: SentenceText = None) -> bool:
    """Does each side date the event at a time the other lacks, at least one of them a year, and no time
    agree?  ``a_text`` and ``b_text`` are each sentence's text and its start in the document, to read the
    punctuation between its tokens (see ``_punctuated``); without them it is guessed from the gaps."""
    a_times = [m for m in numbers.only_a if m.kind in _TIMES]
    b_times = [m for m in numbers.only_b if m.kind in _TIMES]
    if not a_times or not b_times or any(m.kind in _TIMES for m, _ in numbers.agree):
        return False
    if not any(m.kind == "year" for m in (*a_times, *b_times)):
        return False
    a_times = _times_of_the_deed(a_times, a_tokens, a_text)
    b_times = _times_of_the_deed(b_times, b_tokens, b_text)
    if not a_times or not b_times or not any(m.kind == "year" for m in (*a_times, *b_times)):
        return False
    return not years_named(a_times) & years_named(b_times)


def _times_of_the_deed(times, tokens: list[Token], text: SentenceText) -> list:
    """The times of one side that date what it tells.  A year beside another time that does ("pledged on
    Tuesday to phase out coal in 2030") is the time of something else, a target or a period."""
    times = [m for m in times if _dates_the_event(m, tokens, text)]
    if any(m.kind != "year" for m in times):
        return [m for m in times if m.kind != "year"]
    return times


def years_named(times) -> set:
    """The years number mentions of time name: "2013", "January 5, 2013" (both 2013); ``loose_figures`` reads a
    sentence's times with it too."""
    years = {m.value for m in times if m.kind == "year"}
    years |= {m.value.year for m in times if m.kind == "date" and getattr(m.value, "year", None) is not None}
    return years


def _dates_the_event(mention, tokens: list[Token], text: SentenceText = None) -> bool:
    """Does the time mention date what the sentence tells, not a thing it names or a clause about it?  A
    year must follow a word of time ("in 2013", "in early 2013"); no time may stand in a relative clause
    or in an aside set off by commas after the sentence's first word ("The bridge, built in 1932,")."""
    k = next((k for k, token in enumerate(tokens) if token.start == mention.start), None)
    if k is None:
        return False
    if mention.kind == "year" and not _after_a_word_of_time(tokens, k):
        return False
    return not _in_a_clause_of_its_own(tokens, k, text)


def _after_a_word_of_time(tokens: list[Token], k: int) -> bool:
    before = k - 1
    while before >= 0 and tokens[before].surface.lower() in _PARTS_OF_A_YEAR and k - before < 4:
        before -= 1
    return before >= 0 and tokens[before].surface.lower() in _DATING_WORDS


def _in_a_clause_of_its_own(tokens: list[Token], k: int, text: SentenceText = None) -> bool:
    """Is ``tokens[k]`` in a relative clause ("which opened in 1998") or in an aside that commas or dashes
    set off after the sentence's first word ("The bridge, built in 1932, collapsed")?"""
    opening = k
    while opening > 0 and k - opening < _FARTHEST_RELATIVE and not _punctuated(tokens, opening - 1, text):
        opening -= 1
        if tokens[opening].surface.lower() in _RELATIVE_PRONOUNS:
            return True
    if opening == 0 or not _punctuated(tokens, opening - 1, text) or k + 1 >= len(tokens):
        return False
    # An aside: set off on both sides, and opened by a word other than the time's own preposition.
    return _punctuated(tokens, k, text) and tokens[opening].surface.lower() not in _DATING_WORDS


# A sentence's text and the document offset it starts at (tokens carry document offsets), or None.
SentenceText = tuple[str, int] | None
# What sets a clause off: commas, brackets, colons, dashes ("bridge—built in 1932—collapsed").
_CLAUSE_MARKS = frozenset(",;:()[]—–")


def _punctuated(tokens: list[Token], k: int, text: SentenceText = None) -> bool:
    """Does punctuation stand between ``tokens[k]`` and the next token ("bridge, which")?  Read from the
    characters between them when the sentence's text is at hand, so that an unspaced dash counts and a
    double space does not; without it, guessed from the gap's width (a comma makes it wider than a
    space)."""
    if k + 1 >= len(tokens):
        return False
    if text is None:
        return tokens[k + 1].start - tokens[k].end > 1
    sentence, offset = text
    between = sentence[tokens[k].end - offset:tokens[k + 1].start - offset]
    return any(mark in _CLAUSE_MARKS for mark in between) or between.strip() in ("-", "--")


# A quotation given alike on both sides but put in another speaker's mouth: "'This was greed, pure and
# simple,' the judge told him" / "'This was greed, pure and simple,' prosecutor Sam Ito told the court".
# Every word of the claim is shared, so the model reads a restatement; but one report has the wrong
# speaker, and the two do not corroborate each other.  The tokens carry no quotation marks, so the rule
# reads the sentences' text (``quote_given_to_others``), wherever those are at hand.  It stays narrow:
# a quotation of some length, a speech verb beside it, and a speaker told apart by a name or by what
# they are (judge, prosecutor, spokesman); a speaker named on one side only, "he" against a name, or
# "a spokesman" against "a police spokesman" is no difference.  A court report's "the jury was told"
# names who heard the words, not who said them: that side names no speaker.
_QUOTATION = re.compile(
    r"\"([^\"]+)\"|“([^”]+)”|«([^»]+)»"
    # Single marks, where an apostrophe between letters stays inside: "'We don't know,' he said".
    r"|(?<![\w'’])['‘]((?:[^'‘’]|(?<=\w)['’](?=\w))+)['’](?![\w'’])")
_SHORTEST_QUOTATION = 4  # words: "'No comment,' he said" is too common to tell one speaker from another
_QUOTATION_ALIKE = 0.8
_MOST_SPEAKER_WORDS = 6
_SPEECH_VERBS = frozenset("""said says say told tells added adds stated states declared declares wrote writes
    insisted insists explained explains noted notes remarked replied responded recalled warned warns argued
    argues urged urges continued asked asks""".split())
_ACCORDING = ("according", "to")
_NOT_SPEAKERS = frozenset("he she they it i we you who one".split())
# Words that stand before a name and tell nothing of who it is.
_HONORIFICS = frozenset("dr mr mrs ms miss mx prof sir dame lord lady rev st".split())
# What a speaker is, in groups of words for one part: a prosecutor is not a judge, but a "lawyer" and an
# "attorney", or a firm's "chairman" and its "chief executive", may be one person.  Only parts one person
# seldom holds two of in a story: no family ("his mother" may be "a teacher"), no witness or victim, and
# no vague word ("official", "source", "aide", "head", "secretary": "a senior official" or "the press
# secretary" may well be "the spokesman").
_ROLE_GROUPS = (
    "judge magistrate", "prosecutor prosecution", "lawyer attorney solicitor barrister counsel",
    "defendant accused", "juror jury", "spokesman spokeswoman spokesperson spokesmen spokeswomen",
    "minister", "president chairman chairwoman chair executive ceo founder director", "chancellor", "mayor",
    "governor", "senator", "mp lawmaker legislator", "coach manager", "captain",
    "detective inspector sergeant constable superintendent officer",
    "doctor physician surgeon professor researcher scientist academic", "nurse", "paramedic", "firefighter",
    "pilot", "ambassador envoy",
    "commander colonel",
)
_ROLES = {word: group for group in _ROLE_GROUPS for word in group.split()}
_SPEAKER_ENDS = frozenset("""on in at during after before when while as who which that whose where yesterday today
    tonight earlier later last this""".split())
# Abbreviations whose point ends no clause: "said Dr. Ingrid Solvang".
_ABBREVIATION = re.compile(r"(?:[A-Z]|Dr|Mr|Mrs|Ms|Mx|Prof|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Insp|Det|Supt|Jr|Sr)\.")
_CLAUSE_BREAK = re.compile(r"[,;:.!?—–]$|^[-—–]+$")
_LIKE_SPELLINGS = 0.75  # "Whitlock" / "Whitlow": one name respelled, which the report tells as such


@dataclass(frozen=True)
class Speaker:
    """Who a quotation is given to: the words as written, the parts they tell, and the name of the
    person, where they name one (see ``_speaker``)."""

    written: str
    names: frozenset[str]
    roles: frozenset[str]


def quote_given_to_others(a_text: str, b_text: str) -> tuple[str, str] | None:
    """The two speakers ("the judge", "prosecutor Sam Ito") of a quotation that both sentences give
    alike and attribute to someone else (see ``_QUOTATION``), or None."""
    if not (_may_quote(a_text) and _may_quote(b_text)):
        return None  # most sentences
    a_quoted, b_quoted = _attributed_quotations(a_text), _attributed_quotations(b_text)
    for a_words, a_speaker in a_quoted:
        for b_words, b_speaker in b_quoted:
            if _quoted_alike(a_words, b_words) and _speakers_differ(a_speaker, b_speaker):
                return a_speaker.written, b_speaker.written
    return None


def _may_quote(text: str) -> bool:
    return any(mark in text for mark in "\"“«'‘")


def _attributed_quotations(text: str) -> list[tuple[list[str], Speaker]]:
    """Each long enough quotation of ``text`` (its words, lower-cased) with the speaker a speech verb
    gives it to, after it ("..., the judge said", "..., said the judge") or before it ("The judge
    said: ...")."""
    quoted = []
    for found in _QUOTATION.finditer(text):
        words = re.findall(r"[^\W_]+", next(group for group in found.groups() if group is not None).lower())
        if len(words) < _SHORTEST_QUOTATION:
            continue
        speaker = (_speaker_after(text[found.end():], opens=False)
                   or _speaker_before(text[:found.start()]))
        if speaker is not None:
            quoted.append((words, speaker))
    return quoted


def _clause_words(words: list[str]) -> list[str]:
    """The words up to and with the first that ends a clause ("said Dr. Ingrid Solvang," of "said Dr.
    Ingrid Solvang, the cardiologist"), a quotation mark included."""
    clause = []
    for word in words:
        if any(mark in word for mark in "\"“”«»‘"):
            break
        clause.append(word)
        if _ends_clause(word):
            break
    return clause


def _speaker_after(text: str, opens: bool) -> Speaker | None:
    """The speaker of the clause ``text`` opens with: "the judge told him" (a speaker, then the verb),
    "said the judge" or "according to the judge" (the verb, then a speaker).  A verb in the passive
    ("the jury was told", "MPs were told by the minister") has the listener before it: the speaker is
    the one "by" names, if any."""
    following = text.lstrip(" ,.!?;:—–-\u00a0").split()
    words = _clause_words(following)
    plain = [word.lower().strip(_SPEAKER_PUNCTUATION) for word in words]
    if plain[:1] and plain[0] in _SPEECH_VERBS or tuple(plain[:2]) == _ACCORDING:
        return _speaker_from(words, plain, 2 if plain[0] == _ACCORDING[0] else 1, following[len(words):])
    verb = next((k for k, word in enumerate(plain[:_MOST_SPEAKER_WORDS + 1]) if word in _SPEECH_VERBS), None)
    if verb is None:
        return _speaker_told_twice_before_the_verb(following, opens)
    if not verb:
        return None
    if _passive(plain, verb):
        return (_speaker_from(words, plain, verb + 2, following[len(words):])
                if plain[verb + 1:verb + 2] == [_PASSIVE] else None)
    return _speaker(words[:verb], opens)


def _speaker_from(words: list[str], plain: list[str], start: int, rest: list[str]) -> Speaker | None:
    """The speaker named from ``start`` up to the words that say where or when ("said the judge in
    court"), with the clause after it when that names or describes the same person ("said the mayor,
    Peter Quill"; ``rest``: the words after the clause)."""
    end = next((k for k in range(start, len(plain)) if plain[k] in _SPEAKER_ENDS), len(plain))
    if end == len(plain) and words[-1:] and words[-1].endswith(","):
        appositive = _clause_words(rest)
        if not _joins_another(rest[len(appositive):]):
            told = _in_apposition(words[start:], appositive, opens=False)
            if told is not None:
                return told
    return _speaker(words[start:end], opens=False)


def _speaker_told_twice_before_the_verb(words: list[str], opens: bool) -> Speaker | None:
    """The speaker of "the mayor, Peter Quill, said" or "Peter Quill, the mayor, told reporters": two
    clauses side by side, then the speech verb (not one in the passive: "..., was told")."""
    first = _clause_words(words)
    second = _clause_words(words[len(first):])
    after = [word.lower().strip(_SPEAKER_PUNCTUATION) for word in words[len(first) + len(second):][:2]]
    if not (first and second and first[-1].endswith(",") and second[-1].endswith(",")):
        return None
    if after[1:] and after[0] in _PASSIVE_ADVERBS:  # "the mayor, Peter Quill, also said"
        after = after[1:]
    if not (after and after[0] in _SPEECH_VERBS):
        return None
    return _in_apposition(first, second, opens)


# Words that join a second speaker to the first: "said the mayor, Peter Quill, and the council leader".
_JOINING = frozenset("and or & with".split())


def _joins_another(words: list[str]) -> bool:
    return bool(words) and words[0].lower() in _JOINING


def _in_apposition(first: list[str], second: list[str], opens: bool) -> Speaker | None:
    """One speaker told in two clauses side by side: one names the person, the other describes them
    ("the mayor, Peter Quill", "Peter Quill, the mayor", "the council leader, Ann Marlow", "Gillian
    Kent, director at MSN UK").  The description gives its part, if a known one, and no names: its
    capitals tell what the person belongs to.  None unless exactly one clause describes and the other
    names: "Peter Quill, 52", "Ingrid Solberg, of Oslo University Hospital" or two names in a row are
    left to the first clause alone."""
    if not (first and second) or _described(first) == _described(second):
        return None
    (description, opens_description), (naming, opens_naming) = (
        ((first, opens), (second, False)) if _described(first) else ((second, False), (first, opens)))
    described = _speaker(description, opens_description)
    named = _speaker(naming, opens_naming) or _name_alone(naming)
    if named is None or not named.names or len(description) > _MOST_SPEAKER_WORDS or _possessive(naming):
        return None
    roles = named.roles | (described.roles if described is not None else frozenset())
    return Speaker(" ".join(first + second).strip(_SPEAKER_PUNCTUATION), named.names, roles)


def _described(clause: list[str]) -> bool:
    """Does the clause describe someone rather than name them: "the mayor", "a spokesman for the
    council", "director at MSN UK"?"""
    opening = clause[0].lower().strip(_SPEAKER_PUNCTUATION) if clause else ""
    return opening in _DESCRIBING or _role_of(opening) is not None


def _name_alone(clause: list[str]) -> Speaker | None:
    """A clause of a name and nothing else ("Quill", or "Peter Quill" opening its sentence), which the
    description beside it shows to be a person's."""
    words = [word.strip(_SPEAKER_PUNCTUATION) for word in clause]
    if not 0 < len(words) <= _MOST_NAME_WORDS or not all(
            _NAME_WORD.fullmatch(word) and word.lower() not in STOPWORDS | _NOT_SPEAKERS for word in words):
        return None
    return Speaker(" ".join(words), frozenset(part for word in words for part in re.split(r"[-'’]", word.lower())),
                   frozenset())


_MOST_NAME_WORDS = 3


def _possessive(clause: list[str]) -> bool:
    """"Peter Quill's successor" is described by a name, and is not the one named."""
    return any(word.strip(_SPEAKER_PUNCTUATION).endswith(("'s", "’s")) for word in clause)


# Words that may stand between "was" and its verb without making it active: "the jury was also told".
_PASSIVE_ADVERBS = frozenset("also later then earlier previously once again".split())


def _passive(plain: list[str], verb: int) -> bool:
    """Is the speech verb at ``verb`` passive ("was told", "had been told", "were later told")?"""
    before = plain[verb - 1]
    if verb >= 2 and (before in _PASSIVE_ADVERBS or before.endswith("ly")):
        before = plain[verb - 2]
    return before in _BE


def _speaker_before(text: str) -> Speaker | None:
    """The speaker of the clause right before a quotation: "The judge told him:", "Speaking outside
    court, the judge said:", "According to the judge,"."""
    head = text.rstrip()
    if not head.endswith((":", ",")):
        return None
    words = head.split()
    start = _clause_start(words, len(words) - 1)
    speaker = _speaker_after(" ".join(words[start:]), opens=start == 0)
    if speaker is None and start >= 2:
        # "The mayor, Peter Quill, said:": the speaker is told in the two clauses before the verb's.
        second = _clause_start(words, start - 1)
        if second >= 1:
            first = _clause_start(words, second - 1)
            speaker = _speaker_after(" ".join(words[first:]), opens=first == 0)
    return speaker


def _clause_start(words: list[str], last: int) -> int:
    """Where the clause whose last word is at ``last`` starts."""
    start = last
    while start > 0 and not _ends_clause(words[start - 1]):
        start -= 1
    return start


def _ends_clause(word: str) -> bool:
    """Does the written ``word`` end its clause ("court,", "said:"), not an abbreviation ("Dr.")?"""
    return bool(_CLAUSE_BREAK.search(word)) and not _ABBREVIATION.fullmatch(word)


_SPEAKER_PUNCTUATION = ".,;:!?\"'“”‘’()[]—–"


def _speaker(words: list[str], opens: bool) -> Speaker | None:
    """The speaker these few words tell, or None: a pronoun, or words that tell neither a name nor a
    part.  Its names are a person's only: two or more ("Sam Ito", "Moqtada al-Sadr"), or one with a
    title or part ("Dr Solvang", "prosecutor Ito"); one alone may be a firm ("Microsoft told the BBC"
    / "stated Gillian Kent, director at MSN UK").  Words after "the" or "a" describe the speaker, and
    their capitals name what it belongs to, not who it is ("the Connecticut Democrat" is Lieberman, "The
    US investment bank" Goldman).  A capitalised word that opens its sentence ("Officials said") is no
    name."""
    if not words or len(words) > _MOST_SPEAKER_WORDS:
        return None
    names, roles, titled = set(), set(), False
    for place, written in enumerate(words):
        word = written.strip(_SPEAKER_PUNCTUATION).removesuffix("'s").removesuffix("’s")
        lower = word.lower()
        if lower in _NOT_SPEAKERS:
            return None
        role = _role_of(lower)
        if role is not None:
            roles.add(role)
        elif lower in _HONORIFICS:
            titled = True
        elif _NAME_WORD.fullmatch(word) and lower not in STOPWORDS and not (place == 0 and opens):
            names.update(re.split(r"[-'’]", lower))
    if words[0].lower() in _DESCRIBING or not (len(names) >= 2 or titled or roles):
        names = set()
    if not (names or roles):
        return None
    return Speaker(" ".join(words).strip(_SPEAKER_PUNCTUATION), frozenset(names), frozenset(roles))


def _role_of(lower: str) -> str | None:
    """The part a lower-cased word tells ("judges": the judge's), if any."""
    return _ROLES.get(lower) or (_ROLES.get(lower[:-1]) if lower.endswith("s") else None)


# A word of a name: "Ito", "al-Sadr", "O'Brien".
_NAME_WORD = re.compile(r"(?:[a-z]{1,3}[-'’])?[A-Z][^\W\d_]*(?:[-'’][^\W\d_]+)*")
# Words that open a speaker described rather than named: "the judge", "a Home Office spokesman".
_DESCRIBING = frozenset("the a an his her their its our".split())


def _quoted_alike(a_words: list[str], b_words: list[str]) -> bool:
    return a_words == b_words or difflib.SequenceMatcher(None, a_words, b_words).ratio() >= _QUOTATION_ALIKE


def _speakers_differ(a: Speaker, b: Speaker) -> bool:
    """Are two speakers two people: each named, by no name of the other's nor one respelled; or, where
    either is not named, each told by a part that is not the other's ("the judge" / "prosecutor Sam
    Ito")?"""
    if a.names and b.names:
        return a.names.isdisjoint(b.names) and not any(
            difflib.SequenceMatcher(None, x, y).ratio() >= _LIKE_SPELLINGS for x in a.names for y in b.names)
    return bool(a.roles and b.roles) and a.roles.isdisjoint(b.roles)
