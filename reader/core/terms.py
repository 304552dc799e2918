"""Words of a sentence as the aligner and the word diff see them.

A sentence becomes a list of ``Token``s (with document offsets, so the window
can highlight them) and, from those, a set of *terms*: the stemmed content
words, names and normalised numbers that carry its claim.  Function words are
dropped because every sentence has them; numbers are keyed by their value so
"198-km" and "198 kilometers" are one term.
"""

from __future__ import annotations

import unicodedata
from array import array
from typing import NamedTuple

from reader.core.cjk import CJK_CHAR, CJK_RANGES, has_cjk
from reader.core.invisible import IN_WORD, visible
from reader.core.model import NumberMention
from reader.core.numbers import LIST_MARKER, Date, Range, find_numbers
from reader.core.pattern_cache import PatternCache
from reader.core.stemmer import stem

# ``rx.compile`` is ``re.compile``, from the compiled patterns kept between runs (pattern_cache.py).
rx = PatternCache(__file__)

# Letters/digits with inner apostrophes ("he's", "Wagner’s"); hyphens split words
# so "barbed-wire" and "barbed wire" share both terms.  Invisible characters inside a word
# (a soft hyphen from "resi&shy;dents", a zero-width space or joiner) are part of it: the
# reader sees one word, and the key leaves them out (invisible.py).
_INNER = "'’" + IN_WORD
_WORD = rf"[^\W_]+(?:[{_INNER}][^\W_]+)*"
# In text with Chinese or Japanese, each of their characters is a word of its own (see cjk.py).
# A pattern of its own: the character ranges slow down every word of other text (measured: a
# third of tokenize).
_CJK_WORD = rf"[{CJK_RANGES}]|[^\W_{CJK_RANGES}]+(?:[{_INNER}][^\W_{CJK_RANGES}]+)*"

# Each word with the run of other characters before it.  findall() hands both
# over as strings, so offsets come from adding up lengths instead of two method
# calls on a match object per word (measured: a fifth of tokenize).  A match
# starts only where a word ends (or at the start), so the search gives up at
# once on every character of trailing punctuation instead of scanning it again.
_GAP_AND_WORD = rx.compile(rf"(?<![\W_])([\W_]*)({_WORD})")
_GAP_AND_CJK_WORD = rx.compile(rf"(?<![\W_])([\W_]*)((?:{_CJK_WORD}))")

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up
    upon very was we were what when where which while who whom why will with would you your
    yours yourself yourselves mr mrs ms dr s t ll re ve d m o""".split()
)

# Words that change who vouches for a claim, or how firmly: a fact-checker
# wants to see "said" turn into "allegedly".
HEDGES = frozenset(
    """said says say saying told tells claim claims claimed claiming reportedly reported
    reports allegedly alleged alleges according apparently purportedly purported
    suggested suggests believe believed believes think thinks thought unconfirmed unverified denied denies
    deny insisted insists admitted admits stated states added adds may might could
    possibly probably likely""".split()
)


# Verbs that end in "-ly" as adverbs do ("will apply", "will rely on"): no adverb to read past.
_VERBS_IN_LY = frozenset("""apply supply reply rely comply fly ally rally tally bully multiply imply sully dally
    belly jelly""".split())


# A prefix one of those verbs takes and stays a verb ("will reapply", "will resupply", "misapply").
_PREFIXES_OF_VERBS_IN_LY = ("re", "mis", "over", "under", "out", "pre", "co")
# Adverbs in "-ly" as short as the words the length test turns away ("ugly", "holy", "ally"): "will only write".
_SHORT_ADVERBS_IN_LY = frozenset("only duly idly ably".split())


def adverb_in_ly(word: str) -> bool:
    """Is the lower-cased word an adverb by its "-ly" ("sharply", "quickly", "only"), not a verb that ends so
    ("apply", "reapply")?"""
    if word in _SHORT_ADVERBS_IN_LY:
        return True
    return word.endswith("ly") and len(word) > 4 and not _verb_in_ly(word)


def _verb_in_ly(word: str) -> bool:
    """Is the lower-cased word one of the verbs in "-ly", bare or after a prefix ("resupply")?  Only a verb of
    five letters or more is looked for after a prefix: "really" is no "re" + "ally"."""
    return word in _VERBS_IN_LY or any(
        word.startswith(prefix) and len(word) - len(prefix) >= 5 and word[len(prefix):] in _VERBS_IN_LY
        for prefix in _PREFIXES_OF_VERBS_IN_LY)


class Token(NamedTuple):
    """One word (or one whole number expression) of a sentence.

    A named tuple rather than a frozen dataclass: a 100,000-word document makes
    100,000 of them, and a frozen dataclass's ``__init__`` costs several times
    as much (measured: ~0.5 s of a 100k-word comparison).
    """

    start: int  # document offsets
    end: int
    surface: str
    key: str  # what counts as "the same word": a stem, or "#kind=value" for numbers
    type: str  # "word", "name", "number" or "hedge"
    stop: bool  # a function word: kept for the word diff, ignored by the aligner


def tokenize(
    text: str,
    offset: int = 0,
    numbers: list[NumberMention] | None = None,
) -> list[Token]:
    """Tokens of ``text``; offsets are ``offset`` + position in ``text``.

    A capitalised word is a name unless it opens the sentence (see
    ``promote_opening_names`` for those).  ``numbers`` are the number mentions
    of ``text`` if the caller has them already (document offsets); each
    becomes one token.
    """
    if numbers is None:
        numbers = find_numbers(text, offset)
    cjk = has_cjk(text)
    words = (_GAP_AND_CJK_WORD if cjk else _GAP_AND_WORD).findall(text)
    # Most sentences have no number, and skip its bookkeeping.
    tokens = _tokens_around(numbers, words, offset) if numbers else _plain_tokens(words, offset)
    tokens = _list_marker_kept_out(text, tokens)
    if "dmit" in text:  # "admitted", "Admits"
        tokens = _admissions_kept_apart(tokens)
    if "pens " in text or "PENS " in text:  # "opens new tab", "Opens in a New Window"
        tokens = _link_labels_left_out(text, offset, tokens)
    return _character_pairs(tokens) if cjk else tokens


# Text copied from a news site keeps the label its links read out to screen readers: "shares of
# Acme (ACME.O), opens new tab rose 5%", "the report, opens new tab".  The words are the page's,
# not the story's: no terms, and no difference from an outlet whose copy lacks them.
_LINK_LABEL = rx.compile(r"(?i:opens? (?:in )?(?:a )?new (?:tab|window))\b")


def _link_labels_left_out(text: str, offset: int, tokens: list[Token]) -> list[Token]:
    labels = [(found.start() + offset, found.end() + offset) for found in _LINK_LABEL.finditer(text)]
    return [t for t in tokens if not any(start <= t.start < end for start, end in labels)] if labels else tokens


def _tokens_around(numbers: list[NumberMention], words: list[tuple[str, str]], offset: int) -> list[Token]:
    """``tokenize`` for text with numbers: each number mention is one token.  ``words``: the
    text's (gap, word) pairs."""
    tokens: list[Token] = []
    append = tokens.append
    make = tuple.__new__  # Token(...) without the keyword-argument handling: measurably faster
    pending = iter(numbers)
    mention = next(pending)
    taken = None  # the mention whose token is already in
    first_word = True
    end = offset
    for gap, word in words:
        start = end + len(gap)
        end = start + len(word)
        while mention is not None and mention.end <= start:
            mention = next(pending, None)
        if mention is not None and mention.start <= start:
            if mention is not taken:  # later words of a number are part of its one token
                taken = mention
                append(Token(mention.start, mention.end, mention.surface, _number_key(mention), "number", False))
                first_word = False
            continue
        key, kind, stop, inner_key, inner_kind = _WORD_CLASSES.get(word) or _classify(word)
        if first_word:
            append(make(Token, (start, end, word, key, kind, stop)))
            first_word = False
        else:
            append(make(Token, (start, end, word, inner_key, inner_kind, stop)))
    return tokens


# "Admit" is a hedge as a verb of saying ("He admitted that he had lied", "admits he was wrong"), not as the
# word of a hospital or a school taking someone in: "She has been admitted to hospital", "was admitted on
# Wednesday", "Queen admitted to hospital after fall".  Read passive (after a form of "be" or "get") or
# before "to" and a place that takes people in, it is a plain word: no "hedged only" note, and the
# aligner weighs it as any other word.
_BE_OR_GET = frozenset("be is are am was were been being get gets got gotten getting".split())
_PLACES_THAT_ADMIT = frozenset("""hospital hospitals hospice clinic infirmary ward wards care intensive icu
    emergency unit school schools university college bar""".split())
_DETERMINERS = frozenset("the a an his her their its".split())
_BETWEEN_BE_AND_ADMITTED = frozenset("also later then first already again since twice just only".split())


def _admissions_kept_apart(tokens: list[Token]) -> list[Token]:
    """The tokens with "admit" as an admission (see ``_PLACES_THAT_ADMIT``) typed a plain word."""
    for k, token in enumerate(tokens):
        if token.type == "hedge" and token.surface.lower().startswith("admit") and _an_admission(tokens, k):
            tokens[k] = token._replace(type="word")
    return tokens


def _an_admission(tokens: list[Token], k: int) -> bool:
    """Is the "admit" of ``tokens[k]`` one into a hospital or a school: passive ("has been admitted", "was
    later admitted") or before "to" and such a place ("admitted to hospital", "admitted to the ICU")?"""
    before = k - 1
    if before >= 0 and tokens[before].surface.lower() in _BETWEEN_BE_AND_ADMITTED:
        before -= 1
    if before >= 0 and tokens[before].surface.lower() in _BE_OR_GET:
        return True
    after = [token.surface.lower() for token in tokens[k + 1:k + 4]]
    if not after or after[0] not in ("to", "into"):
        return False
    place = after[2:3] if after[1:2] and after[1] in _DETERMINERS else after[1:2]
    return bool(place) and place[0] in _PLACES_THAT_ADMIT


def _character_pairs(tokens: list[Token]) -> list[Token]:
    """Chinese and Japanese characters keyed by pairs: each character with the next one when it
    touches it ("广东省" gives the terms "广东" and "东省"); the run's last character, already in
    its pair, is no term of its own, and a lone character is its own term.  The word diff still
    compares the characters one by one."""
    single = [token.type == "word" and len(token.surface) == 1 and CJK_CHAR.match(token.surface) is not None
              for token in tokens]
    make = tuple.__new__
    last = len(tokens) - 1
    paired = []
    for i, token in enumerate(tokens):
        start, end, surface = token[0], token[1], token[2]
        if not single[i]:
            paired.append(token)
        elif i < last and single[i + 1] and tokens[i + 1][0] == end:
            paired.append(make(Token, (start, end, surface, surface + tokens[i + 1][2], "word", False)))
        else:  # a run's last character (in the pair before it), or a lone one (a term itself)
            in_pair = i > 0 and single[i - 1] and tokens[i - 1][1] == start
            paired.append(make(Token, (start, end, surface, surface, "word", in_pair)))
    return paired


def _list_marker_kept_out(text: str, tokens: list[Token]) -> list[Token]:
    """A list item's number ("4. Sylhet: 51.9 percent") stays in the word diff but is no term:
    two lists of one story may number their items differently (see numbers.find_numbers)."""
    if tokens and tokens[0].surface.isdigit() and LIST_MARKER.match(text):
        first = tokens[0]
        tokens[0] = first._replace(key=first.surface, type="word", stop=True)
    return tokens


def _plain_tokens(words: list[tuple[str, str]], offset: int) -> list[Token]:
    """``tokenize`` for text without numbers (the hot path of a long document)."""
    tokens: list[Token] = []
    append = tokens.append
    known = _WORD_CLASSES.get
    make = tuple.__new__
    first_word = True
    end = offset
    for gap, word in words:
        key, kind, stop, inner_key, inner_kind = known(word) or _classify(word)
        start = end + len(gap)
        end = start + len(word)
        if first_word:
            append(make(Token, (start, end, word, key, kind, stop)))
            first_word = False
        else:
            append(make(Token, (start, end, word, inner_key, inner_kind, stop)))
    return tokens


# word -> (key, type, stop, key and type when it is not the first word of its
# sentence, where a capital letter makes it a name).  A plain dict rather than
# lru_cache: the same words recur thousands of times in a long document and a
# dict lookup costs a fraction of a cached call.
_WORD_CLASSES: dict[str, tuple[str, str, bool, str, str]] = {}
_WORD_CLASSES_MAX = 200_000


def _classify(word: str) -> tuple[str, str, bool, str, str]:
    if len(_WORD_CLASSES) >= _WORD_CLASSES_MAX:
        _WORD_CLASSES.clear()  # an unusually large vocabulary: start again rather than grow
    lower, key, kind, stop = _word_class(word)
    inner_key, inner_kind = (lower, "name") if kind == "word" and not stop and word[0].isupper() else (key, kind)
    classes = _WORD_CLASSES[word] = (key, kind, stop, inner_key, inner_kind)
    return classes


# Contractions whose verb is not the letters before the apostrophe.
_NEGATED_VERBS = {"won't": "will", "shan't": "shall", "ain't": "is"}


def _word_class(word: str) -> tuple[str, str, str, bool]:
    """(lower-cased word, key, type, stop) of a word, names aside.  A full-width word ("ＧＤＰ")
    or a ligature ("ﬁnal") is the word it stands for."""
    if not word.isascii():
        word = unicodedata.normalize("NFKC", visible(word))
    lower = word.lower().replace("’", "'")
    if "'" in lower:
        # possessive / contraction: "Wagner's" -> "wagner"; "won't" is "will", not the past of "win"
        lower = _NEGATED_VERBS.get(lower, lower.split("'")[0])
    if lower in STOPWORDS:
        return lower, lower, "word", True
    if lower in HEDGES:
        return lower, stem(lower), "hedge", False
    if word.isdigit():
        return lower, "#" + word, "number", False
    return lower, stem(lower), "word", False


# A measure written in another unit than the one its value is kept in ("1,300 feet": 396.24 metres;
# "60mph", "104F") is a term of its own, marked with the unit it is written in ("#length=396.24~in ft"):
# the aligner takes it and a figure within a few hundredths of it written in another unit ("about 400
# metres", "97km/h", "40C") for one figure rounded (align._one_figure_rounded), but not two close
# figures written in one unit ("44C" / "44.5C", "111F" / "112F": two cities' readings).
CONVERTED = "~in "
_CONVERTIBLE_KINDS = frozenset("length weight speed area temperature".split())
_NUMERAL = rx.compile(r"\d[\d,]*(?:\.\d+)?")


def _converted(token: Token) -> bool:
    """Is the number token a measure whose value is not the figure written ("1,300 feet")?"""
    figure = figure_of_key(token.key)
    if figure is None or figure.kind not in _CONVERTIBLE_KINDS:
        return False
    written = _NUMERAL.search(token.surface)
    return written is None or float(written.group().replace(",", "")) != figure.value


def _written_unit(token: Token) -> str:
    """The unit a measure's figure is written in, as the number reader names it ("1,300 feet" and
    "1,310 ft": "ft"; "104F": "F"), else the letters written beside the figure."""
    mentions = find_numbers(token.surface)
    if mentions and mentions[0].unit:
        return mentions[0].unit
    return "".join(c for c in token.surface if c.isalpha()).casefold()


def written_unit_of_key(key: str) -> str:
    """The unit a converted measure's term is written in (see CONVERTED); "" for any other term."""
    return key.partition(CONVERTED)[2]


# The term type of a name's second or later word (see content_terms).
NAME_GOES_ON = "name, continued"
# The term type of a word written in capitals ("CAA", "ICO", "NATO"): the aligner reads it as the name of
# several words the story may spell out somewhere (align.acronyms_spelt_out), else as a name.
ACRONYM = "name, initials"
ACRONYM_LETTERS = range(2, 7)


def _acronym(surface: str) -> bool:
    return len(surface) in ACRONYM_LETTERS and surface.isupper() and surface.isalpha()


def content_terms(tokens: list[Token]) -> dict[str, str]:
    """The terms the aligner compares: key -> token type (first one wins), ``NAME_GOES_ON`` for a
    name's word that follows another of its words ("Slam" of "Grand Slam", "Prigozhin" of "Yevgeny
    Prigozhin"): the aligner weighs it as a name, but counts a name of several words once among
    the things two sentences share (align._shared_words); ``ACRONYM`` for a word in capitals that
    opens a name ("CAA", but not "NSW Police"'s "Police").

    A range also counts as its two ends, so "2019 to 2024" still shares "2024"
    with "2016 to 2024" when one report moves the other end; a full date also counts
    without its year, so "July 6th, 2022" shares "July 6" with a report that leaves the
    year out."""
    terms: dict[str, str] = {}
    before = None
    # The fields unpacked once a token, and numbers (the only keys with ends) apart from words:
    # a long document has tens of thousands of tokens.
    for token in tokens:
        start, _, _, key, kind, stop = token
        if stop:
            pass
        elif kind == "number":
            if _converted(token):
                terms.setdefault(key + CONVERTED + _written_unit(token), "number")  # see CONVERTED
            elif key not in terms:
                terms[key] = kind
                for end in _RANGE_ENDS.get(key, ()):
                    terms.setdefault(end, "number")
        elif key not in terms:
            if kind == "name" and before is not None and before[4] == "name" and start - before[1] <= 1:
                kind = NAME_GOES_ON
            elif kind != "hedge" and _acronym(token[2]):
                kind = ACRONYM
            terms[key] = kind
        before = token
    return terms


# Number key of a range -> the keys of its two ends, and of a full date -> its key without the
# year (filled as they are met; a document has few distinct ranges and dates).
_RANGE_ENDS: dict[str, tuple[str, ...]] = {}


def _number_key(mention: NumberMention) -> str:
    """"#kind=value": numbers compare by value, whatever their surface.  A share in words is
    keyed as its percentage ("half", "one in five": "#percent=50", "#percent=20"): the two reports
    say one share ("half of all entries" / "50 per cent of entries")."""
    if mention.kind == "ratio" and isinstance(mention.value, (int, float)):
        return f"#percent={_as_percent(mention.value)!r}"
    key = f"#{mention.kind}={mention.value!r}"
    value = mention.value
    if key in _RANGE_ENDS or len(_RANGE_ENDS) >= 100_000:
        return key
    if isinstance(value, Range):
        _RANGE_ENDS[key] = (f"#{mention.kind}={value.low!r}", f"#{mention.kind}={value.high!r}")
    elif isinstance(value, Date) and None not in value:
        _RANGE_ENDS[key] = (f"#{mention.kind}={value._replace(year=None)!r}",)
    return key


def _as_percent(share: float) -> int | float:
    """0.5 -> 50, 0.2 -> 20 (not 20.000000000000004), 0.125 -> 12.5: as a percentage is written."""
    percent = round(share * 100, 6)
    return int(percent) if percent == int(percent) else percent


# What ``_number_key`` writes for one plain figure: "#count=1204311", "#percent=4.5",
# "#money=Money(currency='USD', amount=4800000000)".  Read back by ``figure_of_key``.
_FIGURE_KEY = rx.compile(r"#([a-z]+)=(?:Money\(currency='([A-Z]{3})', amount=)?(-?[0-9.]+(?:e[+-]?[0-9]+)?)\)?$")


def figure_frame(tokens: list[Token]) -> tuple[str, ...] | None:
    """The words of a sentence that tells nothing but figures ("She was 86.", "I was 25 once."), each
    figure as its kind of quantity: ("she", "was", "#count"); None if the sentence has a content word,
    no figure, or fewer than two words around its figures.  Such a sentence has no term but its figure
    for the aligner to weigh, and two outlets giving two ages share nothing: the frame is what they
    share (see align.figure_frames_matched)."""
    frame = []
    words = 0
    for token in tokens:
        if token.type == "number":
            kind = number_kind(token.key)
            if kind is None:
                return None
            frame.append("#" + kind)
        elif token.stop:
            frame.append(token.key)
            words += 1
        else:
            return None
    return tuple(frame) if words >= 2 and words < len(frame) else None


def number_kind(key: str) -> str | None:
    """The kind of quantity of a number term ("#date=Date(...)": "date"); None for a word, or for
    digits the number reader left alone ("#19" of "COVID-19")."""
    if key[0] != "#" or "=" not in key:
        return None
    return key[1:key.index("=")]


class Figure(NamedTuple):
    kind: str  # "count", "money", "percent", ...
    currency: str  # an amount's ("USD"), else ""
    value: float


def figure_of_key(key: str) -> Figure | None:
    """A number term's quantity when it is one plain figure: "#count=1204311" is
    Figure("count", "", 1204311.0), "#money=Money(currency='USD', amount=4.8e9)" is
    Figure("money", "USD", 4.8e9).  None for words, dates, ranges and other compound values."""
    if key[0] != "#":
        return None
    match = _FIGURE_KEY.match(key.partition(CONVERTED)[0])
    if match is None:
        return None
    return Figure(match.group(1), match.group(2) or "", float(match.group(3)))


# Tokens sent between processes (see beside.py): a long document's tokens pickled as
# named tuples took 0.35 s there and back, most of it per-tuple pickling.  Packed, each
# token is three integers (its offsets and its class: key, type, stop) in one array,
# and its surface is sliced from the document text again: 0.15 s.
PackedTokens = tuple[list[tuple[str, str, bool]], array, array, dict[str, tuple[str, ...]]]


def pack_tokens(sentences_tokens: list[list[Token]]) -> PackedTokens:
    """Every sentence's tokens in a compact form for ``unpack_tokens``.  The range keys'
    ends go with them: ``content_terms`` looks them up in this process's ``_RANGE_ENDS``."""
    classes: dict[tuple[str, str, bool], int] = {}
    offsets_and_classes = array("q")
    lengths = array("q", map(len, sentences_tokens))
    add = offsets_and_classes.extend
    for tokens in sentences_tokens:
        for token in tokens:
            token_class = token[3:]  # (key, type, stop)
            code = classes.get(token_class)
            if code is None:
                code = classes[token_class] = len(classes)
            add((token[0], token[1], code))
    ranges = {key: _RANGE_ENDS[key] for key, _, _ in classes if key in _RANGE_ENDS}
    return list(classes), offsets_and_classes, lengths, ranges


def unpack_tokens(text: str, packed: PackedTokens) -> list[list[Token]]:
    """The tokens ``pack_tokens`` packed, of the document whose text is ``text``."""
    classes, offsets_and_classes, lengths, ranges = packed
    _RANGE_ENDS.update(ranges)
    make = tuple.__new__
    starts, ends, codes = offsets_and_classes[0::3], offsets_and_classes[1::3], offsets_and_classes[2::3]
    tokens = [make(Token, (start, end, text[start:end]) + classes[code]) for start, end, code in zip(starts, ends, codes)]
    sentences_tokens = []
    first = 0
    for length in lengths:
        sentences_tokens.append(tokens[first:first + length])
        first += length
    return sentences_tokens


class NameEvidence(NamedTuple):
    """What a document's words say about which capitalised words are names (see
    ``promote_opening_names``); gathered per document, so that each process reading one
    gathers its own."""

    names: set[str]  # keys of the words capitalised mid-sentence
    lowercase: set[str]  # words as written in lower case somewhere (lower-cased)


def name_evidence(sentences_tokens: list[list[Token]]) -> NameEvidence:
    # Comprehensions over the columns: a 100,000-word document has that many tokens.
    names = {token[3] for tokens in sentences_tokens for token in tokens if token[4] == "name"}
    written_lower = {token[3] if token[5] else token[2] for tokens in sentences_tokens for token in tokens
                     if token[4] != "number" and token[2][:1].islower()}
    return NameEvidence(names, {word.lower() for word in written_lower})


def promote_opening_names(sentences_tokens: list[list[Token]], *evidence: NameEvidence) -> None:
    """Turn a capitalised sentence-opening word into a name, in place, where the
    story shows it is one: capitalised mid-sentence somewhere and never written
    in lower case.  ``evidence``: ``name_evidence`` of each document of the story
    (by default, of ``sentences_tokens``).  Done after tokenizing so the text is read only once.
    """
    evidence = evidence or (name_evidence(sentences_tokens),)
    names = set().union(*(e.names for e in evidence)) - set().union(*(e.lowercase for e in evidence))
    for tokens in sentences_tokens:
        if tokens:
            first = tokens[0]
            if first.type == "word" and not first.stop and first.surface[:1].isupper():
                lower = _word_class(first.surface)[0]
                if lower in names:
                    tokens[0] = first._replace(key=lower, type="name")


# Every pattern above is compiled: keep them for the next start.
rx.save()
