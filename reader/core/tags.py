"""Tags and their anchors: what a fact-checker marked, and how to find it again.

An anchor describes a passage the way robust annotation systems do (W3C
TextQuoteSelector + TextPositionSelector, as Hypothesis uses them): the exact
quote, ~32 characters of context either side, the half-open character offsets
``[start, end)`` into ``Document.text``, and the sha256 of the source version
the offsets were taken on.

Re-anchoring against a source's current text, in order:

1. same version (sha256) and the offsets still hold the quote: keep them;
2. every exact occurrence of the quote, ranked by how well its surroundings
   match the saved prefix/suffix, then by closeness to the old offset; this is
   what keeps a quote that occurs three times on *its* occurrence;
3. a fuzzy search (difflib) near wherever the context or pieces of the quote
   are found, tolerating small edits inside the quote;
4. otherwise ``None``: the caller marks the tag *orphaned* and keeps it.

A short quote ("Medvedev") found only in unrelated surroundings is not
trusted: re-attaching it to some other mention would silently move the
fact-checker's judgement onto a different claim.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import re
import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from difflib import SequenceMatcher
from pathlib import Path
from typing import Iterable

from reader.core.cjk import CJK_CHAR
from reader.core.errors import TagError

TAG_KINDS = ("corroborated", "single-source", "disputed")
TAG_STATUSES = ("anchored", "orphaned")

CONTEXT_CHARS = 32
# Quotes at least this long are distinctive enough to trust an exact match
# whatever its surroundings; shorter ones need their context to agree.
DISTINCTIVE_QUOTE = 32
MIN_CONTEXT = 0.4  # 0 = unrelated surroundings, 1 = identical
MIN_FUZZY_SIMILARITY = 0.75  # difflib ratio between the old quote and the candidate
MAX_PROBE_HITS = 50  # a probe that occurs more often than this is not distinctive


@dataclass(frozen=True)
class Anchor:
    quote: str
    prefix: str
    suffix: str
    start: int
    end: int
    source_sha256: str


@dataclass(frozen=True)
class Passage:
    """A span of one source.  ``source`` is the resolved absolute path, "" for pasted text."""

    source: str
    source_title: str
    anchor: Anchor


@dataclass(frozen=True)
class MadeBeside:
    """The article a tag was made beside: its file ("" for pasted text), its title and its text's
    sha256.  A verdict is reached against that article ("single source": the other article does not
    say it), so a tag shown beside another article can say where it was made, partners or not."""

    source: str
    title: str
    sha256: str


@dataclass(frozen=True)
class Tag:
    id: str
    passage: Passage
    kind: str
    note: str
    partners: tuple[Passage, ...]
    author: str
    created: str
    modified: str
    status: str = "anchored"
    beside: MadeBeside | None = None  # None: not recorded (tags of earlier versions, most imported ones)

    @property
    def source(self) -> str:
        return self.passage.source

    @property
    def anchor(self) -> Anchor:
        return self.passage.anchor

    @property
    def orphaned(self) -> bool:
        return self.status == "orphaned"


# --- small helpers -----------------------------------------------------------------


def now_iso() -> str:
    """The current UTC time as ISO 8601 with milliseconds: ``2024-05-01T09:30:00.123Z``."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def now_after(previous: str) -> str:
    """The current time, or one millisecond after ``previous`` when the clock has not moved past it
    (two changes within a millisecond): a change is always newer than what it replaced, which is
    how an import tells a tag changed since a file was written."""
    now = now_iso()
    try:
        earlier = datetime.fromisoformat(previous.replace("Z", "+00:00"))
    except ValueError:
        return now
    if earlier.tzinfo is None or datetime.fromisoformat(now.replace("Z", "+00:00")) > earlier:
        return now
    return (earlier + timedelta(milliseconds=1)).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def normalize_time(value: str) -> str:
    """Any ISO 8601 time as UTC in the form :func:`now_iso` writes; naive times count as UTC."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise TagError(f"'{value}' is not an ISO 8601 time (like 2024-05-01T09:30:00Z)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    moment = moment.astimezone(timezone.utc)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def same_moment(given: str, stored: str) -> bool:
    """Whether a time read from a file is the stored time: the same, or the same minute (second)
    when the file gives whole minutes (seconds): a spreadsheet shows and saves times so."""
    if given == stored:
        return True
    return (given.endswith(":00.000Z") and given[:16] == stored[:16]
            or given.endswith(".000Z") and given[:19] == stored[:19])


def default_author() -> str:
    """The OS user name; never fails (containers and services may have no passwd entry)."""
    try:
        name = getpass.getuser()
    except Exception:  # KeyError / OSError when the uid has no name
        name = ""
    return name or os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"


def normalize_kind(value: str) -> str:
    """``"Single source"``, ``"single_source"`` -> ``"single-source"``; anything else is an error."""
    kind = re.sub(r"[\s_]+", "-", (value or "").strip().lower())
    if kind not in TAG_KINDS:
        shown = " ".join((value or "").split())  # the error is one line
        raise TagError(f"unknown tag '{shown}' (use corroborated, single-source or disputed)")
    return kind


def source_key(path: str) -> str:
    """How the store names a source: its resolved absolute path ("" for pasted text)."""
    if not path:
        return ""
    return str(Path(path).expanduser().resolve())


# --- half characters ------------------------------------------------------------------

# Half of a character outside the Basic Multilingual Plane (an emoji, a rare CJK ideograph):
# what JavaScript and other UTF-16 tools write when they cut a string between its two halves
# ("\ud83d" in a JSON file).  It is no character; UTF-8, SQLite and the tag files cannot hold it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT_CHARACTER = "\ufffd"


def has_half_character(text: str) -> bool:
    return _LONE_SURROGATE.search(text) is not None


def whole_characters(text: str) -> str:
    """``text`` with every half character replaced by U+FFFD, as a UTF-8 decoder shows broken bytes."""
    return _LONE_SURROGATE.sub(REPLACEMENT_CHARACTER, text)


def _whole_passage(passage: Passage) -> Passage:
    a = passage.anchor
    anchor = Anchor(whole_characters(a.quote), whole_characters(a.prefix), whole_characters(a.suffix),
                    a.start, a.end, a.source_sha256)
    return Passage(passage.source, whole_characters(passage.source_title), anchor)


def with_whole_characters(tag: Tag) -> Tag:
    """``tag`` with every half character in its words (note, quotes, titles, author) replaced.
    Its sources are paths and are left as they are: another name would be another file."""
    texts = (tag.id, tag.note, tag.author, tag.passage.source_title, tag.passage.anchor.quote,
             tag.passage.anchor.prefix, tag.passage.anchor.suffix,
             *(text for p in tag.partners for text in (p.source_title, p.anchor.quote, p.anchor.prefix,
                                                       p.anchor.suffix)),
             tag.beside.title if tag.beside else "")
    if not any(has_half_character(text) for text in texts):
        return tag
    beside = tag.beside and replace(tag.beside, title=whole_characters(tag.beside.title))
    return replace(tag, id=whole_characters(tag.id), note=whole_characters(tag.note),
                   author=whole_characters(tag.author), passage=_whole_passage(tag.passage),
                   partners=tuple(_whole_passage(p) for p in tag.partners), beside=beside)


# --- anchors ------------------------------------------------------------------------


def make_anchor(text: str, start: int, end: int, sha256: str) -> Anchor:
    if not (0 <= start < end <= len(text)):
        raise TagError(f"a tag needs a non-empty passage inside the text (got {start}-{end} of {len(text)})")
    return Anchor(
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS):start],
        suffix=text[end:end + CONTEXT_CHARS],
        start=start,
        end=end,
        source_sha256=sha256,
    )


def make_passage(document, start: int, end: int) -> Passage:
    """A passage of a loaded :class:`~reader.core.model.Document`."""
    return Passage(
        source=source_key(document.path),
        source_title=document.title,
        anchor=make_anchor(document.text, start, end, document.sha256),
    )


def beside_of(document) -> MadeBeside:
    """What a tag records of ``document``, the article it is made beside."""
    return MadeBeside(source=source_key(document.path), title=document.title, sha256=document.sha256)


def new_tag(document, start: int, end: int, kind: str, note: str = "",
            partners: Iterable[Passage] = (), author: str | None = None, beside=None) -> Tag:
    """A fresh tag on ``document.text[start:end]`` with a new uuid4 and the current time, made
    while the document ``beside`` was shown next to it (None: alone)."""
    kind = normalize_kind(kind)
    stamp = now_iso()
    return Tag(
        id=str(uuid.uuid4()),
        passage=make_passage(document, start, end),
        kind=kind,
        note=note,
        partners=tuple(partners),
        author=author or default_author(),
        created=stamp,
        modified=stamp,
        status="anchored",
        beside=beside_of(beside) if beside is not None else None,
    )


def _side_similarity(saved: str, actual: str, *, before: bool) -> float:
    """How alike a saved context and the text now next to the quote are.

    Half the score is the run of characters that still match right next to the
    quote (unrelated text scores ~0), half is difflib's ratio (tolerates an
    edit a few words away).
    """
    if not saved:
        # The quote used to start/end the text: still true scores 1, else no evidence.
        return 1.0 if not actual else 0.5
    run = 0
    pairs = zip(reversed(saved), reversed(actual)) if before else zip(saved, actual)
    for a, b in pairs:
        if a != b:
            break
        run += 1
    ratio = SequenceMatcher(None, saved, actual, autojunk=False).ratio()
    return 0.5 * run / len(saved) + 0.5 * ratio


def context_similarity(anchor: Anchor, text: str, start: int, end: int) -> float:
    """0..1: how well the text around ``[start, end)`` matches the anchor's prefix and suffix."""
    before = text[max(0, start - len(anchor.prefix)):start] if anchor.prefix else text[max(0, start - 1):start]
    after = text[end:end + len(anchor.suffix)] if anchor.suffix else text[end:end + 1]
    return (_side_similarity(anchor.prefix, before, before=True)
            + _side_similarity(anchor.suffix, after, before=False)) / 2


def occurrences(text: str, needle: str, limit: int | None = None) -> list[int]:
    found, at = [], text.find(needle)
    while at != -1:
        found.append(at)
        if limit is not None and len(found) > limit:
            break
        at = text.find(needle, at + 1)
    return found


def reanchor(anchor: Anchor, text: str, sha256: str) -> Anchor | None:
    """The anchor moved onto ``text`` (a source's current text), or ``None`` if it is lost."""
    quote = anchor.quote
    if not quote:
        return None
    if sha256 == anchor.source_sha256 and text[anchor.start:anchor.end] == quote:
        return anchor
    exact = _best_exact(anchor, text)
    if exact is not None:
        return make_anchor(text, exact, exact + len(quote), sha256)
    fuzzy = _best_fuzzy(anchor, text)
    if fuzzy is not None:
        return make_anchor(text, fuzzy[0], fuzzy[1], sha256)
    return None


def _best_exact(anchor: Anchor, text: str) -> int | None:
    quote = anchor.quote
    if anchor.prefix or anchor.suffix:
        # Fast path for the usual case, an edit elsewhere: quote and context intact.
        whole = occurrences(text, anchor.prefix + quote + anchor.suffix)
        if whole:
            return min((at + len(anchor.prefix) for at in whole), key=lambda at: abs(at - anchor.start))
    best, best_key = None, None
    for at in occurrences(text, quote):
        context = context_similarity(anchor, text, at, at + len(quote))
        key = (context, -abs(at - anchor.start))
        if best_key is None or key > best_key:
            best, best_key = at, key
    if best is None:
        return None
    if len(quote) >= DISTINCTIVE_QUOTE or best_key[0] >= MIN_CONTEXT:
        return best
    return None


def _best_fuzzy(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """A span of ``text`` that is a lightly edited copy of the quote, near its old context."""
    quote = anchor.quote
    n = len(quote)
    if n < 4:
        return None
    guesses: set[int] = set()
    spans: set[tuple[int, int]] = set()

    def probe(needle: str, shift: int) -> list[int]:
        if len(needle) < 8:
            return []
        hits = occurrences(text, needle, MAX_PROBE_HITS)
        if len(hits) > MAX_PROBE_HITS:
            return []
        for hit in hits:
            guesses.add(hit + shift)
        return hits

    prefix_ends = [hit + len(anchor.prefix) for hit in probe(anchor.prefix, len(anchor.prefix))]
    suffix_starts = probe(anchor.suffix, -n)
    # The context survived on both sides: what lies between is the edited quote.
    for p in prefix_ends:
        for s in suffix_starts:
            if p < s <= p + 2 * n + CONTEXT_CHARS:
                spans.add((p, s))
    piece = min(16, n // 2)
    if piece >= 8:
        probe(quote[:piece], 0)
        probe(quote[-piece:], piece - n)
        probe(quote[n // 2 - piece // 2: n // 2 - piece // 2 + piece], piece // 2 - n // 2)
    slack = n // 4 + 8
    for guess in guesses:
        lo = max(0, guess - slack)
        window = text[lo:guess + n + slack]
        span = _aligned_span(quote, window)
        if span is not None:
            spans.add((lo + span[0], lo + span[1]))

    best, best_score = None, 0.0
    for start, end in spans:
        candidate = text[start:end]
        if not candidate.strip():
            continue
        similarity = SequenceMatcher(None, quote, candidate, autojunk=False).ratio()
        if similarity < MIN_FUZZY_SIMILARITY:
            continue
        context = context_similarity(anchor, text, start, end)
        if n < DISTINCTIVE_QUOTE and context < MIN_CONTEXT:
            continue
        score = similarity + 0.5 * context
        if score > best_score:
            best, best_score = (start, end), score
    return best


def _aligned_span(quote: str, window: str) -> tuple[int, int] | None:
    """The part of ``window`` that difflib aligns with ``quote``, stray 1-2 character matches trimmed."""
    blocks = [b for b in SequenceMatcher(None, quote, window, autojunk=False).get_matching_blocks() if b.size]
    while blocks and blocks[0].size < 3:
        blocks.pop(0)
    while blocks and blocks[-1].size < 3:
        blocks.pop()
    if not blocks:
        return None
    # Extend to the quote's own ends where the window allows, so an edit in the
    # first or last word does not cut that word off.
    first, last = blocks[0], blocks[-1]
    start = max(0, first.b - first.a)
    end = min(len(window), last.b + last.size + (len(quote) - last.a - last.size))
    return start, end


# --- finding a quote given by a person (import) -----------------------------------

_LOOSE = {
    "'": "['‘’‛′]", "‘": "['‘’‛′]", "’": "['‘’‛′]",
    '"': "[\"“”„″]", "“": "[\"“”„″]", "”": "[\"“”„″]",
    "-": "[-‐‑‒–—]", "–": "[-‐‑‒–—]", "—": "[-‐‑‒–—]",
}


def _loose_pattern(quote: str) -> re.Pattern:
    """A regex that matches the quote whatever its whitespace runs and quote/dash styles.

    Chinese and Japanese put no space between words, so a line break between two of their
    characters comes and goes as the text is re-wrapped: there any whitespace, or none, matches."""
    pattern = ""
    previous = ""
    for word in quote.split():
        if pattern:
            pattern += r"\s*" if _both_cjk(previous, word[0]) else r"\s+"
        for ch in word:
            if previous and pattern[-3:] not in (r"\s+", r"\s*") and _both_cjk(previous, ch):
                pattern += r"\s*"
            pattern += _LOOSE.get(ch, re.escape(ch))
            previous = ch
    return re.compile(pattern)


def _both_cjk(before: str, after: str) -> bool:
    return bool(CJK_CHAR.match(before) and CJK_CHAR.match(after))


def locate_quote(text: str, quote: str, start: int | None = None,
                 prefix: str = "", suffix: str = "") -> tuple[int, int] | None:
    """Where a quote someone typed or exported sits in ``text``, as ``(start, end)``.

    Exact occurrences first; failing that, one that differs only in whitespace
    or in straight/typographic quotes and dashes (a quote typed into a
    spreadsheet).  Among several occurrences: the one at ``start`` if given,
    else the best context match when ``prefix``/``suffix`` are given, else the
    one nearest ``start``, else the first.
    """
    if not quote:
        return None
    spans = [(at, at + len(quote)) for at in occurrences(text, quote)]
    if not spans and quote.strip():
        spans = [m.span() for m in _loose_pattern(quote).finditer(text)]
    if not spans:
        return None
    if start is not None:
        for span in spans:
            if span[0] == start:
                return span
    if prefix or suffix:
        probe = Anchor(quote, prefix, suffix, start or 0, (start or 0) + len(quote), "")
        return max(spans, key=lambda s: (context_similarity(probe, text, *s),
                                         -abs(s[0] - (start or 0))))
    if start is not None:
        return min(spans, key=lambda s: abs(s[0] - start))
    return spans[0]


def same_wording(old: str, new: str) -> bool:
    """Whether ``new`` says what ``old`` said, differing at most in whitespace and in
    straight/typographic quotes and dashes (a re-wrapped or re-typeset passage)."""
    return old == new or _loose_pattern(old).fullmatch(new.strip()) is not None


# --- identity -----------------------------------------------------------------------

# uuid5 namespace for tags imported without an id: the same row always gets the same id.
IMPORT_NAMESPACE = uuid.UUID("6f1c2a52-8f0e-4c56-9a3e-7d1b0c3e5a91")


def same_judgement(stored: Tag, incoming: Tag) -> bool:
    """Whether an incoming copy of a tag says what the stored one says: the same verdict and
    note on the same words.  A copy that names no partner passage says nothing about them."""
    if not incoming.partners:
        same_partners = True
    else:
        same_partners = len(stored.partners) == len(incoming.partners) and all(
            a.source == b.source and _same_or_lossy_copy(a.anchor.quote, b.anchor.quote)
            for a, b in zip(stored.partners, incoming.partners))
    return (stored.kind == incoming.kind and _same_or_lossy_copy(stored.note, incoming.note)
            and stored.source == incoming.source
            and _same_or_lossy_copy(stored.passage.anchor.quote, incoming.passage.anchor.quote)
            and same_partners)


def lost_letters(tag: Tag) -> bool:
    """Whether a tag read from a file shows letters lost to the encoding it was saved in: "??"
    is what a legacy code page leaves of "已核实" or "Київ", and hardly ever anything else."""
    return any("??" in text for text in (tag.note, tag.passage.anchor.quote))


def _same_or_lossy_copy(stored: str, incoming: str) -> bool:
    """Whether ``incoming`` is ``stored``, or a copy saved in an encoding that lacked some of its
    letters: a spreadsheet saving "CSV" in a legacy code page writes "?" for each of them
    ("已核实" -> "???").  Such a copy is no edit, and must not overwrite the letters."""
    return stored == incoming or (
        len(stored) == len(incoming) and "?" in incoming
        and all(a == b or (b == "?" and not a.isascii()) for a, b in zip(stored, incoming)))


def tag_fingerprint(tag: Tag) -> str:
    """What makes two tags the same judgement: source, offsets, kind, note and quote."""
    a = tag.passage.anchor
    return _content_hash(tag.source, a.start, a.end, tag.kind, tag.note, a.quote)


def _content_hash(source: str, start: int, end: int, kind: str, note: str, quote: str) -> str:
    payload = json.dumps([source, start, end, kind, note, quote], ensure_ascii=False)
    # "surrogatepass": a file name of bytes that are not UTF-8 holds half characters; it is
    # hashed as it is (never stored: the store refuses it with a message of its own).
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def derived_tag_id(source: str, start: int, end: int, kind: str, note: str, quote: str) -> str:
    """A stable id for an imported tag that brought none, so importing twice adds nothing."""
    return str(uuid.uuid5(IMPORT_NAMESPACE, _content_hash(source, start, end, kind, note, quote)))
