"""Order-free, many-to-many sentence alignment.

Input: the content terms of every candidate sentence of A and of B (see
terms.py).  Output: scored pairs ``(a, b, score)``.

How a pair is scored.  Every term is weighted by how *distinctive* it is
within the story being compared — an inverse document frequency over the
sentences of both documents — so the names every sentence shares count for
little and "sledgehammer" counts for a lot.  The score is the cosine of the
two weighted term sets (0..1).  Measured alternatives that did not beat it on
the hand-labelled sample story: containment of the shorter sentence in the
longer, weighted Dice, and mixes of these with the cosine; a logistic link
model over score, share-of-best, containment and mutual-best features (it
learnt the cross-outlet paraphrase documents and lost precision on the
sample story).  Also measured and left out: clauses of long sentences as
extra alignment units (sentence recall 0.45 -> 0.49 but precision 0.60 ->
0.50, same-story links on the paraphrase documents 0.95 -> 0.93); IDF per
document (the larger or the mean of the two); one-letter name variants
folded together ("andrei"/"andrey": on the paraphrase corpus it mostly merged
different people, "david"/"davis"); day-precise dates also keyed by month;
IDF raised to a power (0.7 or 1.3-1.6: trades precision for recall);
WordNet synonyms of each word's most frequent sense as extra, down-weighted
terms (sample story: recall 0.46 -> 0.41-0.44 at the same precision; the
paraphrase documents unchanged); a link that loses to a better partner kept
anyway when the two competitors say the same thing (paraphrase pairs linked
0.94 -> 0.96, but same-story links 0.95 -> 0.94: many different stories are
written in one template, "The Dow Jones industrial average rose ..."); near-best
for one sentence only, and at least 0.6 of the other's best, for sentences of
any length (sample story recall 0.46 -> 0.56 but precision 0.60 -> 0.57, and
same-story links 0.95 -> 0.89; the rule kept, for long sentences only, is
below); a hubness correction (each score less the mean of both sentences' best
few scores, as in cross-lingual retrieval: sample story recall +0.02-0.03, but
same-story links 0.945 -> 0.91); at most one or two links per sentence below a
score of 0.2-0.3 (precision for recall, on the frontier below); word
associations learnt from the paraphrase corpus's pairs (IBM model 1: 2,753
pairs give spelling variants and noise, not "fled"/"escaped"); pivoted length
normalisation, as in document retrieval (each norm mixed with the story's
average norm, slopes 0.6-0.95: F1 over the two annotations 0.538-0.556 against
0.544, precision a little up and recall a little down, no steady gain); a
background IDF from the paraphrase corpus mixed into the story's (F1 0.478-0.542);
the neighbours of a link as evidence for the pair between them (outlets
reorder so much that 20 of the first annotation's 196 links have a linked
pair diagonally next to them); a people's adjective folded into its country
("Norwegian" -> "Norway": sample story 0.67 / 0.48 -> 0.64 / 0.47 on the first
annotation, 0.63 / 0.47 -> 0.63 / 0.48 on the second, the paraphrase documents
unchanged); a share of best that slides from 0.9 down to 0.5 as the score rises
from 0.3-0.45 to 0.65-0.8 (paraphrase pairs linked 0.942 -> 0.944-0.961, but
same-story links 0.947 -> 0.902-0.939; the sample story unchanged); other type
boosts (words 1.2-1.4 against the rest: sample story F1 +0.01 to +0.03, but
same-story links 0.947 -> 0.941 and links between unrelated pages 19 -> 25-31;
names 0.6-1.2, numbers 0.5-0.7, attribution words 0.1-0.2: each on the frontier
below); a lower floor (0.08-0.12) for a short sentence and a long one it is
near-best for (sample story precision 0.67 -> 0.54-0.59 for recall 0.48 ->
0.51-0.52); and more candidates per sentence or a higher proposal cap (16, or
100 sentences: the same links, within a pair or two); more stop words
("within", "without", "already", "around", "however", ...: sample story F1 -0.004
on both annotations, paraphrase pairs linked 0.942 -> 0.940); adjacent content
words as extra terms ("asylum seeker", weighted 0.15-0.6 of a word: precision
for recall again, sample story 0.67 / 0.48 -> 0.74 / 0.43 at 0.3, or 0.63 /
0.50 with the score floor lowered to 0.12; paraphrase pairs linked 0.942 ->
0.917-0.940); a term for each number's kind of quantity ("54 hours" and "57
hours" share "a duration": sample story F1 +0.004 / +0.023 and 20 -> 12 changed
numbers missed by eval_changed_numbers.py, but links between unrelated pages
19 -> 30; with the unit in the term, or at half weight, no gain); and words one
outlet swaps for another, learnt from the pair's own confident links (the word
diffs of the sample story's links hold no single-word swaps to learn from, and
on the paraphrase documents pairs linked fell 0.942 -> 0.91); the first five letters of each
content word of six or more as an extra term, weighted 0.5-0.8 ("defected"/"defector",
"prison"/"prisoner", which the stemmer keeps apart; with the floor at 0.14: sample story
0.67 / 0.48 -> 0.67 / 0.50 and 0.63 / 0.47 -> 0.66 / 0.51, but same-story links 0.947 -> 0.942
and pairs linked 0.942 -> 0.940, other weights mixed); BM25 (a sentence's terms are a set, so
its saturation has nothing to act on and its length factor divides out of the cosine; its IDF
formula, or IDF less 0.3-0.7, moves along the frontier); terms of a confidently linked partner
added to a sentence and the rest re-scored (nothing, or with a looser rule same-story links
0.947 -> 0.87); mutual top-2 or top-3 partners linked above 0.15 (pairs linked 0.97-0.98 but
same-story links 0.59-0.76); and terms frequent in one document only weighted down (precision
for recall again); WordNet synonyms only for words the other document does not
use ("defected" in one, "deserted" in the other: sample story 0.68 / 0.50 -> 0.69 /
0.51 and 0.64 / 0.49 -> 0.65 / 0.50, but links between unrelated pages 24 -> 28, and a
thesaurus to ship); a soft cosine over the story's own word co-occurrence (PPMI, or a small LSA)
for sentences left unlinked (it only re-ranks pairs that already share words: sample story
0.68 / 0.50 -> 0.65-0.67 / 0.52-0.55, 0.64 / 0.49 -> 0.60-0.62 / 0.50-0.53, same-story links
0.947 -> 0.943-0.945, and without a gate 112-312 links between unrelated pages); near spellings
of rare words only one document uses ("andrei"/"andrey", but also "person"/"prison": nothing
moved, or everything worse when opened to all words); word order, as difflib's ratio over the
pair's content words mixed in at 0.1-0.2 (0.68 / 0.50 -> 0.70 / 0.51 and 0.64 / 0.49 -> 0.68 /
0.52 at 0.15 only, a spike; unweighted Dice without order does as well; same-story links 0.947 ->
0.944, 2 more links between unrelated pages); and reciprocal rank in place of, or beside, the
share of best (paraphrase pairs linked up to 0.96 for same-story links down to 0.93, or 0.93 for
0.965: the same frontier); and a sentence restated elsewhere (a pair scoring 0.8-0.95) left out of
the best that its restatement's neighbours must come near (paraphrase pairs linked 0.942 ->
0.943-0.945 for same-story links 0.954 -> 0.945-0.948, the sample story unchanged); and a second partner
of a sentence that tells another of its claims (the two pairs sharing different terms of it: "a 5.5% pay
rise ... and raises the starting salary" / "a pay rise of 4.5 per cent" and "Starting salaries will rise",
at 0.6-0.9 of its best: sample story 0.694 / 0.528 -> 0.678-0.685 / 0.520-0.536, same-story links 0.955 ->
0.951 for 5 more paraphrase pairs); and, after the second round, a sentence left unlinked linked to its best
partner when that partner is linked for other terms than the two share (at most half of them told by its
links: sample story 0.694 / 0.528 -> 0.690 / 0.548 and 0.658 / 0.521 -> 0.664 / 0.550, but same-story links
0.955 -> 0.949; with a word only the two use as its anchor, as in the second round, the sample story 0.688 /
0.520 and 0.651 / 0.512; the rule kept, for the partner of a sentence's neighbour only, is
``_facts_regrouped``); and a sentence that opens on a pronoun ("It will be demolished") given the terms of the
sentence before it, as what the pronoun stands for (its names only: sample story 0.694 / 0.528 -> 0.658
/ 0.496 and 0.658 / 0.521 -> 0.622 / 0.487; all its terms: 0.680 / 0.488 and 0.670 / 0.500); and the
names of a source at a sentence's end ("..., the Office for National Statistics said") weighed as attribution
words (sample story unchanged, paraphrase documents 4103 -> 4095 links at 0.955 same-story, but links between
unrelated pages 25 -> 26); and a term for a negation ("no", "not", "never", "n't": "No one was injured" /
"There were no injuries"), not counted among the words two sentences share (sample story 0.694 / 0.528 -> 0.700
/ 0.528 and 0.658 / 0.521 -> 0.664 / 0.521, paraphrase relation agreement 2794 -> 2795 of 3625 -> 3626 links,
but links between unrelated pages 25 -> 26: "... are not permitted to hold shares" / "Share prices ... were not
a matter"; counted among them, 25 -> 28).

Where it stands (``tests/benchmarks/eval_seed_alignment.py --baseline``): on two
independent hand annotations of the sample story it links with precision
0.69 / 0.65 and sentence recall 0.53 / 0.52; a plain IDF cosine with
best-partner links gives 0.50 / 0.52 at the threshold that yields the ~0.50 /
0.50 the targets are stated against (0.175), 0.61 / 0.43 at 0.20; the two
annotators agree with each other at 0.78 / 0.89.  What is left is paraphrase
without shared words ("visited a private house and asked for help" / "banged
on the first door he came to").  The threshold and share-of-best settings
trade precision for recall, and the paraphrase documents' linked pairs for
their same-story links, along one frontier (all measured); the long-sentence
rule below is the one change that moved recall up on both annotations at the
same precision, and the one-word rule (``ONE_WORD_MIN_SCORE``) trades a little
recall for precision and for far fewer links between unrelated pages.  The
second round (``_second_round``) added sentence recall 0.48 -> 0.50 and 0.47 ->
0.49 at precision 0.67 -> 0.68 and 0.63 -> 0.64, with the paraphrase documents
and the unrelated pages unchanged (without its anchor word: paraphrase pairs
linked 0.942 -> 0.945 but same-story links 0.947 -> 0.939; leftovers linked to
any sentence's near-best, not only to each other: precision 0.65 / 0.62).

How far a better *selection* could go (``eval_seed_alignment.py --ceiling``):
27% of the sentences that have a gold partner score below 0.1 with every one of
their partners, and for a third of them a gold partner is not their best-scoring
sentence.  Told which sentences have a partner at all, linking each to its best
would give precision / recall 0.79 / 0.67 at a floor of 0.1 (first annotation):
the targets need a better score, not a better rule.  On the paraphrase
documents, 93.2% of paraphrase pairs are the best-scoring partner of either of
their two sentences, so linking 97% of them means linking second-best partners.

Which pairs become links.  A pair is linked when its score clears
``MIN_SCORE`` and comes within ``MIN_SHARE_OF_BEST`` of the best score of
*both* of its sentences.  Near-ties are kept on purpose: two outlets often
repeat one wire sentence, and one long sentence may report what two short
ones each say; a sentence that merely shares a name with many others is
nobody's near-best and links to none of them.  A pair that scores
``HIGH_SCORE`` or more is close to a restatement; it only has to reach
``HIGH_SHARE_OF_BEST`` of the best: when one outlet repeats a sentence almost
word for word in two places, the looser paraphrase of it in the other source
must not lose its link to the verbatim copy (on cross-outlet paraphrase pairs
laid out as documents this links 94% of paraphrase pairs instead of 89%).
A long sentence that reports several claims is the other exception (see
``_one_claim_of_many``): a short sentence may link to it when it is the short
one's near-best partner, even though the long one has a better partner for
another of its claims.  On the two sample-story annotations this raises
sentence recall 0.46 -> 0.52 and 0.44 -> 0.49 at precision 0.61 -> 0.62 and
0.56 -> 0.56; on the paraphrase documents, whose sentences are single claims,
it adds 32 links (same-story links 0.950 -> 0.945, most of the rest plainly
the same event in clusters the labels do not join).

That is the first round (``near_best_links``).  Four more follow, each on less
evidence than the one before and so only for what the rounds before left
unlinked (see ``select_links``): near-best pairs among the leftovers that share
a word no other sentence uses (``_second_round``); short sentences one figure
apart (``_figures_apart``); the two leads (``_lead_links``, from
``LEAD_MIN_SCORE``, below ``MIN_SCORE``); and a sentence whose best partner is
linked to its neighbour (``_facts_regrouped``).

Speed: candidate pairs come from an inverted index over *rare* terms only, so
the work grows with the number of genuinely similar pairs, not with
``len(A) * len(B)``; exact scores are computed for candidates only.  Proposals
run from both sides (the best few partners of every sentence of A *and* of
B), so ``compare(B, A)`` finds the mirror image of ``compare(A, B)``.  For long
documents the command line proposes from B's side in a second process while
this one proposes from A's (``fork``, see beside.py).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

from reader.core.beside import run_beside
from reader.core.terms import ACRONYM, ACRONYM_LETTERS, NAME_GOES_ON, figure_of_key, number_kind, written_unit_of_key

# Boosts by token type.  Attribution words ("said") say little about *what* is
# claimed.  Numbers and names are already weighted by their rarity; boosting
# them further was measured to hurt: paraphrases often differ in a number
# (which the ledger then reports) and unrelated sentences share a year.
TYPE_BOOST = {"number": 1.0, "name": 1.0, NAME_GOES_ON: 1.0, ACRONYM: 1.0, "word": 1.0, "hedge": 0.35}

MIN_SCORE = 0.15
MIN_SHARE_OF_BEST = 0.9
HIGH_SCORE = 0.65
HIGH_SHARE_OF_BEST = 0.5
# One long sentence often reports what several short ones each say ("an
# orphan who served in the army and in prison before joining Wagner").  Its
# best partner then covers one of its claims and the others fall short of
# the share of best; a short sentence whose near-best partner is such a long
# sentence is linked to it when the pair reaches this share of the long one's
# best.  "Long": at least this many content terms, and this many times the
# short one's.
MULTI_CLAIM_MIN_TERMS = 14
# A pair that shares a single word ("nobody", "left", "sign"), attribution words
# aside, is linked only at this score or more.  Between unrelated pages such pairs
# made most of the links (short quotations, one rare word in common); on the
# sample story's two annotations: precision 0.62 -> 0.66 and 0.56 -> 0.62,
# sentence recall 0.52 -> 0.48 and 0.49 -> 0.48; the paraphrase documents unchanged.
ONE_WORD_MIN_SCORE = 0.4
MULTI_CLAIM_RATIO = 1.3
MULTI_CLAIM_SHARE_OF_BEST = 0.4
# A term in more sentences than this is too common to *propose* candidates
# (it still counts in the exact score of a candidate).  A fixed cap keeps the
# proposal pass linear in document length; on MSRP-as-documents (8,000
# sentences) a cap of 40 finds the same links as one of 400, 20% faster.
CANDIDATE_MAX_DF = 40
CANDIDATES_PER_SENTENCE = 8
# Two short sentences left unlinked that are one figure apart are linked, scored without that
# figure (see _figures_apart).  "Short": the shorter has at most this many terms.  Measured:
# changed-numbers eval 47 -> 36 missed alarms (0 false alarms either way), the sample story
# unchanged, links between unrelated pages 23 -> 24, paraphrase documents' same-story links 0.948 ->
# 0.947.  Longer sentences, or two figures apart on each side, cost more same-story links (0.944).
FIGURE_APART_MAX_TERMS = 8
FIGURE_APART_MIN_SCORE = 0.2
# News is written lead first: an outlet's first two paragraphs say what happened, and another
# outlet's first two say it too, in other words.  Between the two leads a pair is linked on less
# evidence (see _lead_links), once the documents are shown to report one story: they have this
# many links already.  Measured: the sample story 0.682 / 0.504 -> 0.688 / 0.528 on the first
# annotation and 0.645 / 0.496 -> 0.652 / 0.521 on the second; three leads a side lose precision
# (0.655 / 0.524), and without the gate 2 more links between unrelated pages (25 -> 27; none with it).
# A sentence with a restatement elsewhere (a link of HIGH_SCORE or more) takes no lead link: in the
# edited copies of eval_changed_numbers.py, whose paragraphs are shuffled, the leads are no leads
# (9 false alarms without this; 0 with it).  The paraphrase documents are unchanged.
LEAD_SENTENCES = 2
LEAD_MIN_SCORE = 0.09
LEAD_MIN_LINKS = 3
# What one outlet tells in one sentence another may tell in two, one after the other: a sentence left
# unlinked whose best partner is linked to a sentence this near it (in places among the candidates) is
# linked to that partner too (see _facts_regrouped).  0 turns the round off.
REGROUPED_REACH = 1
# Below this score such a pair must each give a figure of one kind of quantity, which the ledger then compares
# ("fines of up to £1,000" / "£500", "at 11pm on Sunday" / "at about 1am on Monday"): a title or a subject they
# share alone ("The transport secretary said ..." / "The transport secretary, Helen Vardy, visited ...", "The
# company ...") tells another claim of the same actor as often as the same claim.
REGROUPED_BARE_SCORE = 0.25

TermSet = dict[str, str]  # term key -> token type
Scores = dict[tuple[int, int], float]  # (index in A's candidates, index in B's) -> score
Frame = tuple[str, ...]  # a sentence that tells nothing but figures: its words, and its figures' kinds


# A word in capitals ("The CAA said ...", terms.ACRONYM) often stands for a name of several words that the
# story spells out somewhere, in either report ("The Civil Aviation Authority said ...", "Britain's
# Information Commissioner's Office (ICO)"): the two share nothing unless the name is read as the acronym.
# Measured: paraphrase documents 2591 -> 2592 pairs linked and 3915/4101 -> 3917/4103 same-story links; the
# sample story, the unrelated pages and the edited copies unchanged.  The acronym replaced by the name's words
# instead lost pairs (2591 -> 2589: "SARS" weighed as four words), and read off lower-case keys without the
# capitals as evidence it took "Jew" and "US" for names ("Judge Edward W.", "United Steelworkers").


def acronyms_spelt_out(*documents_terms: Sequence[TermSet]) -> None:
    """In place: every name of several words whose initials are an acronym (``ACRONYM`` term) the story
    uses, and that is the one such name of the story, given the acronym as a term too ("The Civil
    Aviation Authority said ..." and "The CAA said ..." share "caa"), in the term sets of every document
    (``documents_terms``).  The acronym's sentence is left as it is: read as the name's words, the
    acronym alone would weigh as much as they do together.

    A name of several words is a name term followed by its ``NAME_GOES_ON`` terms, and each of its tails
    of two words or more may be the one abbreviated ("Britain's Information Commissioner's Office":
    "ico")."""
    # The value scans run in C: most sentences have neither an acronym nor a name of several words.
    all_terms = [terms for term_sets in documents_terms for terms in term_sets]
    acronyms = {key for terms in all_terms if ACRONYM in terms.values()
                for key, kind in terms.items() if kind == ACRONYM}
    if not acronyms:
        return
    found = [(terms, initials, tail) for terms in all_terms if NAME_GOES_ON in terms.values()
             for initials, tail in _names_of_several_words(terms) if initials in acronyms]
    spelt: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for _, initials, tail in found:
        spelt[initials].add(tail)
    for terms, initials, _ in found:
        if len(spelt[initials]) == 1:
            terms.setdefault(initials, NAME_GOES_ON)


def _names_of_several_words(terms: TermSet) -> list[tuple[str, tuple[str, ...]]]:
    """(initials, words) of each tail of two words or more of each name of several words in ``terms``: a
    name term followed by its ``NAME_GOES_ON`` terms."""
    longest = max(ACRONYM_LETTERS)
    tails = []
    name: list[str] = []
    joined: list[str] = []  # the name before and this one, as if an "of" joined them (see below)
    for key, kind in (*terms.items(), ("", "")):
        if kind == NAME_GOES_ON and name and len(key) > 1:
            name.append(key)
            joined.append(key)
            continue
        for first in range(max(0, len(name) - longest), len(name) - 1):
            tail = tuple(name[first:])
            tails.append(("".join(word[0] for word in tail), tail))
        # Two names with only function words between them may be one with an "of" or "for" in it: "National
        # Union [of] Students" is the NUS.  Only its tails across the join, and of three words or more: two
        # letters ("University [of] Sydney": "us") stand for too much else.
        for first in range(max(0, len(joined) - longest), len(joined) - len(name)):
            tail = tuple(joined[first:])
            if len(tail) >= _JOINED_ACRONYM_LETTERS:
                tails.append(("".join(word[0] for word in tail), tail))
        # Not from an acronym ("NSW Police"), nor through an initial ("U.S.", "George W. Bush").
        starts = kind == "name" and len(key) > 1
        joined = name + [key] if starts and name else []
        name = [key] if starts else []
    return tails


_JOINED_ACRONYM_LETTERS = 3


def term_weights(term_sets: Sequence[TermSet]) -> dict[str, float]:
    """Inverse document frequency of each term over all candidate sentences."""
    df: dict[str, int] = defaultdict(int)
    for terms in term_sets:
        for key in terms:
            df[key] += 1
    n = len(term_sets) + 1
    return {key: math.log(n / count) for key, count in df.items()}


def _weighted(terms: TermSet, idf: dict[str, float]) -> dict[str, float]:
    return {key: idf[key] * TYPE_BOOST[kind] for key, kind in terms.items()}


def _norm(weights: dict[str, float]) -> float:
    return math.sqrt(sum(w * w for w in weights.values()))


def _unit(weights: dict[str, float]) -> dict[str, float]:
    norm = _norm(weights)
    return {key: w / norm for key, w in weights.items()} if norm else {}


def cosine(wa: dict[str, float], wb: dict[str, float]) -> float:
    """The cosine of two sentences' weighted terms (0..1), for a pair the aligner did not score: its
    close figures (``_one_figure_rounded``) add nothing here."""
    if len(wa) > len(wb):
        wa, wb = wb, wa
    dot = sum(w * wb[key] for key, w in wa.items() if key in wb)
    if not dot:
        return 0.0
    return min(1.0, dot / (_norm(wa) * _norm(wb)))


def _propose(units: list[dict[str, float]], others: list[dict[str, float]], max_df: int) -> list[list[int]]:
    """The best few partners in ``others`` of every sentence in ``units``, by the
    part of the cosine that their rare terms make up."""
    rare = _rare_postings(others, max_df)
    # The partial dot products add up in a list indexed by sentence rather than in
    # a dict (the hottest loop of alignment: indexing a list is cheaper than
    # hashing), reset after each sentence.  ``met`` lists the partners in the
    # order they were first met, which is how a dict would have ordered them and
    # so how ties are broken.  Every product is > 0 (IDF and boosts are), so a
    # partial of 0.0 means "not met yet".
    partial = [0.0] * len(others)
    proposals = []
    for weights in units:
        met: list[int] = []
        for key, w in weights.items():
            posting = rare.get(key)
            if posting:
                for j, wj in posting:
                    if partial[j]:
                        partial[j] += w * wj
                    else:
                        partial[j] = w * wj
                        met.append(j)
        if len(met) > CANDIDATES_PER_SENTENCE:
            # sorted() is stable: equal partials keep the order they were met in.
            best = sorted(met, key=partial.__getitem__, reverse=True)[:CANDIDATES_PER_SENTENCE]
        else:
            best = met
        for j in met:
            partial[j] = 0.0
        proposals.append(best)
    return proposals


def _rare_postings(others: list[dict[str, float]], max_df: int) -> dict[str, list[tuple[int, float]]]:
    """Term -> [(sentence, weight)] for the terms in at most ``max_df`` sentences."""
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for j, weights in enumerate(others):
        for key, w in weights.items():
            postings[key].append((j, w))
    return {key: posting for key, posting in postings.items() if len(posting) <= max_df}


# Proposals from B's side run in a second process (``fork=True``) only for documents this long
# (sentences of A and B together): for shorter ones, starting the process costs more than it saves.
FORK_MIN_SENTENCES = 2000


def score_candidates(
    a_terms: Sequence[TermSet], b_terms: Sequence[TermSet], *, fork: bool = False
) -> tuple[Scores, list[dict[str, float]], list[dict[str, float]]]:
    """Exact scores of the most promising partners of every sentence.

    Partners are proposed by the distinctive terms a pair shares (an inverted
    index, skipping terms too common to discriminate), from A's side and from
    B's; only the ``CANDIDATES_PER_SENTENCE`` best proposals of each sentence
    get an exact score.  Returns the scores and each side's term weights.
    ``fork``: propose and score from B's side in a second process (see beside.py).
    """
    acronyms_spelt_out(a_terms, b_terms)
    idf = term_weights(list(a_terms) + list(b_terms))
    wa = [_weighted(t, idf) for t in a_terms]
    wb = [_weighted(t, idf) for t in b_terms]
    ua = [_unit(w) for w in wa]
    ub = [_unit(w) for w in wb]

    fork = fork and len(ua) + len(ub) >= FORK_MIN_SENTENCES

    def from_a() -> set[tuple[int, int]]:
        return {(i, j) for i, js in enumerate(_propose(ua, ub, CANDIDATE_MAX_DF)) for j in js}

    def from_b() -> set[tuple[int, int]]:
        return {(i, j) for j, is_ in enumerate(_propose(ub, ua, CANDIDATE_MAX_DF)) for i in is_}

    if not fork:
        return _exact_scores(from_a() | from_b(), ua, ub), wa, wb
    # Each side's proposals are scored in the process that proposes them; a pair
    # both sides propose is scored twice, to the same value.
    scores_b = run_beside(lambda: _exact_scores(from_b(), ua, ub), fork=True)
    scores = _exact_scores(from_a(), ua, ub)
    scores.update(scores_b())
    return scores, wa, wb


def _exact_scores(pairs: set[tuple[int, int]], ua: list[dict[str, float]], ub: list[dict[str, float]]) -> Scores:
    """The cosine of every pair (unit weights), pairs that share nothing left out."""
    scores: Scores = {}
    rounded_a = [_rounded_figures(u) for u in ua]
    rounded_b = [_rounded_figures(u) for u in ub]
    for i, j in pairs:
        x, y = ua[i], ub[j]
        if len(x) > len(y):
            x, y = y, x
        # A list, not a generator, to sum: the same terms added in the same order, a little faster
        # (this runs for every candidate pair).
        score = sum([w * y[key] for key, w in x.items() if key in y])
        if rounded_a[i] and rounded_b[j]:
            score += _one_figure_rounded(ua[i], ub[j], rounded_a[i], rounded_b[j])
        if score > 0:
            scores[(i, j)] = min(1.0, score)
    return scores


# Kinds of quantity that reports round ("1,204,311 votes" / "about 1.2 million votes"); money by currency.
_ROUNDED_KINDS = frozenset("count money percent weight length speed area".split())
# Two figures within this share of each other are one figure rounded, or one quantity told at two
# moments: 1,204,311 and 1.2 million (0.4%), $4.82bn and $4.8bn, 167,441 and 167,000, an index at
# 9,123.45 and 9,121.3.  Figures under 1,000 (and so percentages) are written as they are: "310 people"
# and "312 people", "45.1%" and "45.3%", are two figures.  Requiring the rounder figure to be the
# other one rounded (1.2 million / 1,204,311 but not 2.47bn / 2.45bn) lost the whole gain below.
# Measured (0.5-3%, from 100 or 1,000 on, with or without the two shared words: all alike):
# paraphrase documents' same-story links 0.947 -> 0.954 (a close figure tells the right partner from
# a template sentence of another day); the sample story, the unrelated pages and
# eval_changed_numbers unchanged.
ROUNDED_SHARE = 0.01
ROUNDED_MIN = 1000
# A measure one outlet converts into its readers' units ("about 400 metres" / "some 1,300 feet",
# 396.2 m; "60mph" / "97km/h"; "70F" / "21C"), of any size: the terms keep their exact value in one
# unit, so the two forms share no term unless they are taken as one figure rounded.  Converted
# figures are rounded more coarsely than counts ("40-foot" is 12.2 m, "12-metre").  One of the two
# must be written in another unit (terms.CONVERTED): "44C" and "44.5C" are two readings.
CONVERTED_SHARE = 0.02
_MEASURES = frozenset("length weight speed area temperature".split())


def _rounded_figures(weights: dict[str, float]) -> list[tuple[str, float, str]] | None:
    """The sentence's figures that reports round: (kind and currency, value, term key)."""
    found = []
    for key in weights:
        if key[0] != "#":
            continue  # a word: most terms, and this runs over every term of both documents
        figure = figure_of_key(key)
        if figure is None:
            continue
        # Any measure, for a partner written in another unit: _one_figure decides which pairs count.
        if figure.value and (figure.kind in _MEASURES or figure.kind in _ROUNDED_KINDS and abs(figure.value) >= ROUNDED_MIN):
            found.append((figure.kind + figure.currency, figure.value, key))
    return found or None


def _one_figure_rounded(x: dict[str, float], y: dict[str, float], figures_x, figures_y) -> float:
    """What the pair's close figures add to its cosine (unit weights ``x``, ``y``): each pair of
    figures within ROUNDED_SHARE counts as a term the two sentences share.  Only for sentences that
    share two words besides, or a figure: a close figure and a unit noun make no claim ("Schools get
    £2.47bn" / "Hospitals get £2.45bn", "It employs 4,020 staff" / "It will cut 4,000 staff"), but
    "38,500 runners started the 42.195-kilometre race" / "38,500 athletes set off on the 26.2-mile
    course" tell one start.  A measure and its conversion need one shared word only: two outlets
    that both measured it tell one thing ("The skiers were carried about 400 metres down the slope"
    / "The skiers were swept some 1,300 feet down the mountainside").  The closest pairs are taken
    first, each figure once: the same whichever sentence is A."""
    shared = [key for key in x if key in y]
    words = sum(1 for key in shared if key[0] != "#")
    converted_only = words < 2 and not any(key[0] == "#" for key in shared)
    if converted_only and not words:
        return 0.0
    return sum(x[key] * y[other_key] for key, other_key in _close_figures(x, y, figures_x, figures_y, converted_only))


def one_figure_told_two_ways(x: dict[str, float], y: dict[str, float]) -> list[tuple[str, str]]:
    """The figures of two sentences' terms (``x``, ``y``: key -> weight) that are one figure told two
    ways (see _one_figure): a measure and its conversion, a figure and its rounding; each figure
    once.  For what the two sentences are read to share (relation.pair_features)."""
    figures_x, figures_y = _rounded_figures(x), _rounded_figures(y)
    if not (figures_x and figures_y):
        return []
    return _close_figures(x, y, figures_x, figures_y)


def _close_figures(x, y, figures_x, figures_y, converted_only: bool = False) -> list[tuple[str, str]]:
    """Pairs of figures, one of ``x``'s and one of ``y``'s, that neither sentence shares as a term and
    that are one figure (_one_figure); the closest are taken first, each figure once: the same
    whichever sentence is A."""
    close = []
    for kind, value, key in figures_x:
        if key in y:
            continue
        for other_kind, other, other_key in figures_y:
            if other_kind == kind and other_key not in x and _one_figure(key, value, other_key, other, converted_only):
                close.append((_apart(value, other), min(key, other_key), max(key, other_key), key, other_key))
    pairs = []
    used: set[str] = set()
    for *_, key, other_key in sorted(close):
        if key not in used and other_key not in used:
            pairs.append((key, other_key))
            used.update((key, other_key))
    return pairs


def _one_figure(key: str, value: float, other_key: str, other: float, converted_only: bool = False) -> bool:
    """Are two figures of one kind one figure rounded: within CONVERTED_SHARE when they are written
    in two units, one of them converted (terms.CONVERTED: "1,300 feet" / "400 metres", "60mph" /
    "97km/h"; not "111F" / "112F"), else (unless ``converted_only``) within ROUNDED_SHARE and large
    enough to be rounded (ROUNDED_MIN)?"""
    apart = _apart(value, other)
    unit, other_unit = written_unit_of_key(key), written_unit_of_key(other_key)
    if unit != other_unit:
        return apart <= CONVERTED_SHARE
    return not converted_only and min(abs(value), abs(other)) >= ROUNDED_MIN and apart <= ROUNDED_SHARE


def _apart(value: float, other: float) -> float:
    """How far apart two figures are, as a share of the larger."""
    return abs(value - other) / max(abs(value), abs(other))


def _same_words_but_the_figure(x: dict[str, float], y: dict[str, float]) -> bool:
    """Whether two sentences say the same apart from their figures: they share two words, or every
    word of the one with fewer ("sworn in on January 12" / "due to be sworn in on January 21")."""
    words_x = [key for key in x if key[0] != "#"]
    words_y = [key for key in y if key[0] != "#"]
    fewer, other = (words_x, y) if len(words_x) <= len(words_y) else (words_y, x)
    shared = sum(1 for key in fewer if key in other)
    return shared >= 2 or bool(fewer) and shared == len(fewer)


def _numbers_by_kind(weights: dict[str, float]) -> dict[str, list[str]] | None:
    """A sentence's number terms by kind of quantity ("#date=...": "date"), or None if it has none."""
    kinds: dict[str, list[str]] = {}
    for key in weights:
        kind = number_kind(key)
        if kind is not None:
            kinds.setdefault(kind, []).append(key)
    return kinds or None


def _one_figure_apart(dot: float, x: dict[str, float], y: dict[str, float],
                      kinds_x: dict[str, list[str]], kinds_y: dict[str, list[str]]) -> float:
    """The score of two short sentences that differ in one figure of one kind ("sworn in on January
    12" / "on January 13", "has 10 days to appeal" / "15 days"), scored without it, if that reaches
    FIGURE_APART_MIN_SCORE; else their cosine ``dot`` (unit weights).

    The two figures are the reports' values for one quantity: what the ledger is there to show,
    not a sign of two different claims.  Counted against the pair, a rare figure outweighed the one
    or two words a short sentence has left, and the conflict was never reported."""
    out_x = out_y = 0.0
    for kind, keys_x in kinds_x.items():
        keys_y = kinds_y.get(kind)
        if not keys_y:
            continue
        only_x = [key for key in keys_x if key not in y]
        only_y = [key for key in keys_y if key not in x]
        if not (only_x and only_y):
            continue
        if out_x or len(only_x) > 1 or len(only_y) > 1:
            return dot  # more than one figure apart: a template filled in for another day, as often
        out_x, out_y = x[only_x[0]] ** 2, y[only_y[0]] ** 2
    if not out_x or not _same_words_but_the_figure(x, y):
        return dot
    apart = dot / math.sqrt(max(1e-9, (1.0 - out_x) * (1.0 - out_y)))
    return apart if apart >= FIGURE_APART_MIN_SCORE else dot


def select_links(
    scores: Scores, a_terms: Sequence[TermSet], b_terms: Sequence[TermSet],
    weights: tuple[list[dict[str, float]], list[dict[str, float]]] | None = None,
    leads: tuple[Sequence[int], Sequence[int]] = ((), ()),
    frames: tuple[Sequence[Frame | None], Sequence[Frame | None]] = ((), ()),
) -> list[tuple[int, int, float]]:
    """The scored pairs that become links (see the module docstring).

    ``a_terms``/``b_terms``: the candidate sentences' terms, as scored (how many
    a sentence has tells a long, many-claim sentence from a short one).
    ``weights``: the sentences' term weights (``score_candidates`` returns them);
    with them, short sentences left unlinked that are one figure apart are linked
    too (see ``_figures_apart``).  ``leads``: the places, among A's and B's
    candidates, of each document's first body sentences (see ``_lead_links``).
    ``frames``: by place among A's and B's candidates, the frame of each sentence that tells
    nothing but figures, else None (see ``figure_frames_matched``).
    """
    links = near_best_links(scores, a_terms, b_terms)
    links += _second_round(scores, links, a_terms, b_terms)
    if weights is not None:
        links += _figures_apart(scores, links, *weights)
    links += figure_frames_matched(links, *frames)
    links += _lead_links(scores, links, a_terms, b_terms, *leads)
    links += _facts_regrouped(scores, links, a_terms, b_terms)
    links.sort()
    return links


def _facts_regrouped(
    scores: Scores, links: list[tuple[int, int, float]], a_terms: Sequence[TermSet], b_terms: Sequence[TermSet]
) -> list[tuple[int, int, float]]:
    """The last round: a sentence left unlinked, linked to its best partner (from ``MIN_SCORE``) when
    that partner is linked to the sentence next to it and the two share a term the partner's links do
    not give.  Two outlets group one story's facts into sentences differently: "The ballot closed with a
    turnout of 58%, and two-thirds backed strikes." / "Seventy-two per cent backed strikes on a turnout
    of 48%." in one place, the neighbour of the first telling the rest; the partner's best match takes
    the one link, and the other sentence, with its conflicting figures, was left to one source.

    Only a neighbour's partner: an outlet that splits what the other tells in one sentence writes the
    pieces one after the other.  Without that gate (any partner linked for other terms) the sample story
    gained as much, but links joining one story on the paraphrase documents, whose sentences are in no
    order, fell 0.955 -> 0.949; with it they are unchanged (as are the unrelated pages and the edited
    copies), and the sample story gains a little on both annotations (0.694 / 0.528 -> 0.696 / 0.532,
    0.658 / 0.521 -> 0.661 / 0.525).  Two sentences next to it as the gate, or a floor of 0.12, lost
    precision on the sample story.  Over the 42 article pairs of the last QA passes the round added 19
    links, most of them the planted conflicts the one link had lost ("58%" / "48%", "11pm" / "1am",
    "fines of up to £1,000" / "£500"); a partner on one shared word is enough here, as the neighbour's
    link is the evidence that the two report one fact.  Below ``REGROUPED_BARE_SCORE`` the two must also
    each give a figure of one kind: that kept every planted conflict of those pairs and dropped the four
    links that joined two claims of one actor (19 links -> 14; the sample story's small gain above went
    with them).  It is the one round that reads where sentences
    stand, so it is the one that is not blind to order."""
    partners_a: dict[int, set[int]] = defaultdict(set)
    partners_b: dict[int, set[int]] = defaultdict(set)
    for i, j, _ in links:
        partners_a[i].add(j)
        partners_b[j].add(i)
    best_a: dict[int, tuple[float, int]] = {}
    best_b: dict[int, tuple[float, int]] = {}
    for (i, j), score in scores.items():
        # Ties go to the lower place, whichever side is A: compare(B, A) mirrors compare(A, B).
        if i not in partners_a and (score, -j) > best_a.get(i, (0.0, 0)):
            best_a[i] = (score, -j)
        if j not in partners_b and (score, -i) > best_b.get(j, (0.0, 0)):
            best_b[j] = (score, -i)
    found = [(i, -j, score) for i, (score, j) in best_a.items()
             if _tells_more_beside(i, -j, score, partners_b, a_terms, b_terms)]
    found += [(-i, j, score) for j, (score, i) in best_b.items()
              if _tells_more_beside(j, -i, score, partners_a, b_terms, a_terms)]
    return list(dict.fromkeys(found))


def _tells_more_beside(left: int, partner: int, score: float, linked: dict[int, set[int]],
                       left_terms: Sequence[TermSet], partner_terms: Sequence[TermSet]) -> bool:
    """Does the sentence ``left`` (unlinked) tell what its best ``partner`` in the other document says
    beside what the sentence next to it, linked to that partner, tells (``_facts_regrouped``)?"""
    beside = linked.get(partner)
    if score < MIN_SCORE or not beside or not any(0 < abs(other - left) <= REGROUPED_REACH for other in beside):
        return False
    if score < REGROUPED_BARE_SCORE and not _quantities_of_one_kind(left_terms[left], partner_terms[partner]):
        return False
    told = set().union(*(left_terms[other].keys() for other in beside))
    return any(key not in told and kind != "hedge" for key, kind in left_terms[left].items()
               if key in partner_terms[partner])


def _quantities_of_one_kind(a: TermSet, b: TermSet) -> bool:
    """Do two sentences each give a figure of one kind of quantity (two dates, two sums of money)?"""
    kinds_a = {number_kind(key) for key in a} - {None}
    return bool(kinds_a) and not kinds_a.isdisjoint(number_kind(key) for key in b)


def _lead_links(
    scores: Scores, links: list[tuple[int, int, float]], a_terms: Sequence[TermSet], b_terms: Sequence[TermSet],
    leads_a: Sequence[int], leads_b: Sequence[int],
) -> list[tuple[int, int, float]]:
    """Pairs of lead sentences (the first ``LEAD_SENTENCES`` body sentences of each document)
    that the rounds before left unlinked, linked from ``LEAD_MIN_SCORE``: each the other's
    near-best among the leads (``MIN_SHARE_OF_BEST``), sharing two words, in two documents that
    have ``LEAD_MIN_LINKS`` links and so report one story.  Two outlets' leads tell the one event
    in their own words ("reduced the risk of heart attack by 23%" / "lowered the chance of a heart
    attack by 32 per cent"), and share fewer words than sentences that quote one source do.  Near-
    best, not best: a newsletter's first line ("Halvard had a good quarter and a bad evening.") may
    share the company's name with the other lead a little better than the lead that tells its
    figures does."""
    if len(links) < LEAD_MIN_LINKS:
        return []
    linked = {(i, j) for i, j, _ in links}
    restated_a = {i for i, _, score in links if score >= HIGH_SCORE}
    restated_b = {j for _, j, score in links if score >= HIGH_SCORE}
    found = []
    lead_a, lead_b = leads_a[:LEAD_SENTENCES], leads_b[:LEAD_SENTENCES]
    for i in lead_a:
        for j in lead_b:
            score = scores.get((i, j), 0.0)
            if (score < LEAD_MIN_SCORE or (i, j) in linked or i in restated_a or j in restated_b
                    or score < MIN_SHARE_OF_BEST * max(scores.get((i, other), 0.0) for other in lead_b)
                    or score < MIN_SHARE_OF_BEST * max(scores.get((other, j), 0.0) for other in lead_a)
                    or _shared_words(a_terms[i], b_terms[j]) < 2):
                continue
            found.append((i, j, score))
    return found


def _figures_apart(
    scores: Scores, links: list[tuple[int, int, float]], wa: list[dict[str, float]], wb: list[dict[str, float]]
) -> list[tuple[int, int, float]]:
    """The last round: two short sentences that both rounds left unlinked and that say the same
    apart from one figure ("sworn in on January 12" / "on January 21"), each the other's best such
    partner, scored without that figure (see _one_figure_apart).

    Only leftovers: a figure apart is weaker evidence than words and figures shared.  Scored so in
    the first round, such pairs outranked true partners ("Bauer was elected mayor in 2016" went to
    "Bauer was re-elected in 2020" instead of the sentence telling the same election); letting
    linked sentences take one more link so made false conflicts in edited copies of articles (0 ->
    23 in eval_changed_numbers.py)."""
    linked_a = {i for i, _, _ in links}
    linked_b = {j for _, j, _ in links}
    units_a: dict[int, dict[str, float]] = {}
    units_b: dict[int, dict[str, float]] = {}
    apart: list[tuple[int, int, float]] = []
    for (i, j), score in scores.items():
        if i in linked_a or j in linked_b:
            continue
        if min(len(wa[i]), len(wb[j])) > FIGURE_APART_MAX_TERMS:
            continue
        if i not in units_a:
            units_a[i] = _unit(wa[i])
        if j not in units_b:
            units_b[j] = _unit(wb[j])
        x, y = units_a[i], units_b[j]
        kinds_x, kinds_y = _numbers_by_kind(x), _numbers_by_kind(y)
        if kinds_x and kinds_y:
            without = _one_figure_apart(score, x, y, kinds_x, kinds_y)
            if without > score:
                apart.append((i, j, min(1.0, without)))
    best_a: dict[int, float] = defaultdict(float)
    best_b: dict[int, float] = defaultdict(float)
    for i, j, score in apart:
        best_a[i] = max(best_a[i], score)
        best_b[j] = max(best_b[j], score)
    # A tie is no evidence: two partners one figure apart alike would be two false conflicts.
    ties_a = Counter(i for i, _, score in apart if score == best_a[i])
    ties_b = Counter(j for _, j, score in apart if score == best_b[j])
    return [(i, j, score) for i, j, score in apart
            if score == best_a[i] == best_b[j] and ties_a[i] == 1 and ties_b[j] == 1]


def figure_frames_matched(
    links: list[tuple[int, int, float]], frames_a: Sequence[Frame | None], frames_b: Sequence[Frame | None]
) -> list[tuple[int, int, float]]:
    """Two sentences left unlinked that tell nothing but a figure in the same words ("She was 86." /
    "She was 89.", "I was 25 once." / "I was 28 once."), each frame once among its document's unlinked
    sentences: the two figures are the reports' values for one quantity, and the ledger shows them.

    Their figures are their only terms, so two values share nothing and no round above scores them.
    A frame found twice on one side (two people's ages, "He was 52." twice) pairs nothing: which is
    whose the words do not say.  Scored by the share of the frame that is words."""
    linked_a = {i for i, _, _ in links}
    linked_b = {j for _, j, _ in links}
    left_a = _frames_once(frames_a, linked_a)
    left_b = _frames_once(frames_b, linked_b)
    return [(i, left_b[frame], sum(1 for part in frame if part[0] != "#") / len(frame))
            for frame, i in left_a.items() if frame in left_b]


def _frames_once(frames: Sequence[Frame | None], linked: set[int]) -> dict[Frame, int]:
    """Each frame found once among the unlinked places, with its place."""
    count = Counter(frame for place, frame in enumerate(frames) if frame is not None and place not in linked)
    return {frame: place for place, frame in enumerate(frames)
            if frame is not None and place not in linked and count[frame] == 1}


def near_best_links(
    scores: Scores, a_terms: Sequence[TermSet], b_terms: Sequence[TermSet]
) -> list[tuple[int, int, float]]:
    """The first round: pairs near the best of both their sentences, or one claim of a long sentence."""
    best_a: dict[int, float] = defaultdict(float)
    best_b: dict[int, float] = defaultdict(float)
    for (i, j), score in scores.items():
        if score > best_a[i]:
            best_a[i] = score
        if score > best_b[j]:
            best_b[j] = score
    links = []
    for (i, j), score in scores.items():
        if score < MIN_SCORE:
            continue
        best_i, best_j = best_a[i], best_b[j]
        best = best_i if best_i > best_j else best_j
        share = HIGH_SHARE_OF_BEST if score >= HIGH_SCORE else MIN_SHARE_OF_BEST
        size_a, size_b = len(a_terms[i]), len(b_terms[j])
        # The size test of _one_claim_of_many first, inline: most pairs that miss the share of best
        # are between sentences too short to hold many claims, and a call per pair cost a tenth of the round.
        if not (
            score >= share * best
            or size_a >= MULTI_CLAIM_MIN_TERMS and _one_claim_of_many(score, best_j, best_i, size_a, size_b)
            or size_b >= MULTI_CLAIM_MIN_TERMS and _one_claim_of_many(score, best_i, best_j, size_b, size_a)
        ):
            continue
        # Checked last, on the few pairs that got this far: "Sign up now" and "The agreement
        # signed last year ..." share one word, and one word is no claim.  A sentence of one
        # content word ("We still do.") scores high with anything that has it: never on one word.
        if (score < ONE_WORD_MIN_SCORE or min(size_a, size_b) < 2) and _shared_words(a_terms[i], b_terms[j]) < 2:
            continue
        links.append((i, j, score))
    return links


def _second_round(
    scores: Scores, links: list[tuple[int, int, float]], a_terms: Sequence[TermSet], b_terms: Sequence[TermSet]
) -> list[tuple[int, int, float]]:
    """Links between sentences the first round left unlinked on both sides.

    A sentence whose best partner was won by a closer one may still report
    what one of the other source's leftover sentences says.  Among the
    leftovers, a pair is linked when it clears ``MIN_SCORE``, each is the
    other's near-best leftover, the two share two words, and one of the terms
    they share (a word, a name, a figure) is in no other sentence of either
    document: a term only these two sentences use is the anchor that
    parallel-text aligners start from.
    Without that anchor the second round linked market reports of different
    days to each other on the paraphrase documents ("shares rose ... in late
    morning trading").
    """
    linked_a = {i for i, _, _ in links}
    linked_b = {j for _, j, _ in links}
    left = []
    best_a: dict[int, float] = defaultdict(float)
    best_b: dict[int, float] = defaultdict(float)
    for (i, j), score in scores.items():
        if i in linked_a or j in linked_b:
            continue
        if score > best_a[i]:
            best_a[i] = score
        if score > best_b[j]:
            best_b[j] = score
        if score >= MIN_SCORE:
            left.append((i, j, score))
    near_best = [
        (i, j, score) for i, j, score in left
        if score >= MIN_SHARE_OF_BEST * max(best_a[i], best_b[j])
        and _shared_words(a_terms[i], b_terms[j]) >= 2
    ]
    if not near_best:
        return []
    shared = {key for i, j, _ in near_best for key in _shared_keys(a_terms[i], b_terms[j])}
    in_two_at_most = _seen_at_most_twice(shared, a_terms, b_terms)
    return [(i, j, score) for i, j, score in near_best
            if not in_two_at_most.isdisjoint(_shared_keys(a_terms[i], b_terms[j]))]


def _shared_keys(a: TermSet, b: TermSet) -> set[str]:
    return a.keys() & b.keys()


def _seen_at_most_twice(keys: set[str], a_terms: Sequence[TermSet], b_terms: Sequence[TermSet]) -> set[str]:
    """Those of ``keys`` that are terms of at most two sentences of both documents."""
    if not keys:
        return set()
    seen: dict[str, int] = defaultdict(int)
    for terms in (*a_terms, *b_terms):
        for key in keys.intersection(terms):
            seen[key] += 1
    return {key for key in keys if seen[key] <= 2}


def _shared_words(a: TermSet, b: TermSet) -> int:
    """How many terms two sentences share, attribution words ("said") aside.

    A name of several words that both sentences give is one of them ("Grand Slam", "Yevgeny
    Prigozhin": its later words are not counted again), so two sentences that share one name and
    nothing else share one thing; "Keir Starmer" and "Starmer" still share "Starmer".  Measured: the
    sample story 0.688 / 0.528 -> 0.694 / 0.528 and 0.652 / 0.521 -> 0.658 / 0.521 on its two
    annotations; the paraphrase documents, the unrelated pages and the edited copies unchanged.  Not
    counting a name's later words when either sentence has them so gave 0.697 / 0.520 and 0.670 /
    0.521, but lost "Keir Starmer" / "Starmer".

    A measure one of them gives converted ("40-foot" / "12-metre") is one of them too, as it is in
    the score (_one_figure_rounded), and a telling figure both give counts as two (_telling_figure)."""
    if len(a) > len(b):
        a, b = b, a
    shared = sum(1 + (kind == "number" and _telling_figure(key)) for key, kind in a.items()
                 if kind != "hedge" and key in b and not kind == b[key] == NAME_GOES_ON)
    return shared + _converted_measures(a, b) if shared < 2 else shared


def _telling_figure(key: str) -> bool:
    """Is the number term a count or an amount of 1,000 or more told to three significant digits or
    more ("1,420,000" / "1.42 million", "$4.82bn", "28,915")?  Two reports that give one such
    figure tell one thing as surely as two shared words do: between pages on different stories,
    the figures in common are years, dates and round or small numbers."""
    figure = figure_of_key(key)
    if figure is None or figure.kind not in _TELLING_KINDS or abs(figure.value) < ROUNDED_MIN:
        return False
    digits = f"{abs(figure.value):.6f}".replace(".", "").strip("0")
    return len(digits) >= _TELLING_DIGITS


_TELLING_KINDS = frozenset({"count", "money"})
_TELLING_DIGITS = 3


def _converted_measures(a: TermSet, b: TermSet) -> int:
    """How many of A's measures B gives converted (within CONVERTED_SHARE, in another term)."""
    measures_a, measures_b = _rounded_figures(a), _rounded_figures(b)
    if not (measures_a and measures_b):
        return 0
    return sum(1 for kind, value, key in measures_a if key not in b
               and any(other_kind == kind and other_key not in a and _one_figure(key, value, other_key, other, True)
                       for other_kind, other, other_key in measures_b))


def _one_claim_of_many(score: float, short_best: float, long_best: float, long_size: int, short_size: int) -> bool:
    """Whether a short sentence reports one of the claims of a long one.

    The long sentence's best partner may be another of its claims, reported
    by another short sentence; this pair still counts when the long sentence
    is the short one's near-best partner and the pair is not far below the
    long one's best.
    """
    return (
        long_size >= MULTI_CLAIM_MIN_TERMS
        and long_size >= MULTI_CLAIM_RATIO * short_size
        and score >= MIN_SHARE_OF_BEST * short_best
        and score >= MULTI_CLAIM_SHARE_OF_BEST * long_best
    )
