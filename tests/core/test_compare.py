"""End-to-end behaviour of compare() on real articles.

The central check: take a real article, change ten of its numbers, reword a
few other words and shuffle the paragraphs.  Every changed sentence must be
linked to its original with a number conflict, and no other link may show a
conflict — a fact-checker must be able to trust both the alarms and the
silence.
"""

from __future__ import annotations

import random
import re

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text, load_document
from reader.core.model import FILING_DATE
from reader.core.numbers import find_numbers
from reader.core.sentences import split_sentences

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
NUMBER_WORDS = {"two": "five", "three": "seven", "four": "nine", "five": "eight", "six": "eleven",
                "eight": "thirteen", "ten": "twelve", "twice": "three times", "first": "third"}


def changed_surface(surface: str) -> str | None:
    """A different value written in the same style, or None if we can't change it.

    The change is one an editor could make: a clock time stays a valid time, a
    range keeps its low end below its high end (the high end moves up), a decade
    stays a decade ("1950s" -> "1960s"), an amount changes rather than its
    bracketed conversion, and a number word that opens a sentence keeps its capital."""
    for month in MONTHS:
        if month in surface:
            return surface.replace(month, MONTHS[(MONTHS.index(month) + 5) % 12], 1)
    period = re.match(r"([QH])([1-4])\b", surface)  # a quarter or a half stays one ("Q2" -> "Q3")
    if period:
        letter, number = period.groups()
        return f"{letter}{int(number) % (4 if letter == 'Q' else 2) + 1}" + surface[period.end():]
    main = re.split(r"[(\[]", surface, maxsplit=1)[0]  # not the bracketed conversion: "150 metres [500ft]"
    numbers = list(re.finditer(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", main))
    if numbers:
        if re.search(r"\d\s*(?:[ap]\.?m\b|:\d\d)", main, re.IGNORECASE) and len(numbers) <= 2:
            digits = re.match(r"\d+", main[numbers[0].start():])  # a clock time: the hour, kept on the clock
            hour = int(digits.group())
            new = str(hour % 12 + 1 if re.search(r"[ap]\.?m", main, re.IGNORECASE) else (hour + 3) % 24)
            start, end = numbers[0].start(), numbers[0].start() + digits.end()
        else:
            number = numbers[-1]  # in a range, the high end
            written = number.group()
            value = float(written.replace(",", ""))
            if re.fullmatch(r"\d{3}0", written) and main[number.end():number.end() + 1] == "s":
                value += 10  # a decade
            else:
                value += 3 if value < 1900 or value > 2100 or "." in written else -3
            decimals = len(written.split(".")[1]) if "." in written else 0
            new = f"{value:,.{decimals}f}" if "," in written else f"{value:.{decimals}f}"
            start, end = number.start(), number.end()
        return surface[:start] + new + surface[end:]
    # The last number word (in a range, the high end: "between four and eight" -> "... and thirteen").
    words = [match for word in NUMBER_WORDS for match in re.finditer(rf"\b{word}\b", surface, re.IGNORECASE)]
    if words:
        match = max(words, key=lambda m: m.start())
        other = NUMBER_WORDS[match.group().lower()]
        replacement = other.capitalize() if match.group()[0].isupper() else other
        return surface[: match.start()] + replacement + surface[match.end():]
    return None


def edited_copy(text: str, how_many: int, seed: int):
    """The article with `how_many` numbers changed (one per sentence), a few
    words reworded elsewhere and the paragraphs shuffled.

    Returns the new text and, for each changed sentence, (original sentence text,
    changed sentence text).
    """
    rng = random.Random(seed)
    sentences = [s for s in split_sentences(text) if s.kind == "body"]
    changes = {}
    for sentence in rng.sample(sentences, len(sentences)):
        if len(changes) == how_many:
            break
        for mention in find_numbers(sentence.text):
            new_surface = changed_surface(mention.surface)
            if new_surface:
                changed = sentence.text[: mention.start] + new_surface + sentence.text[mention.end:]
                if changed != sentence.text and text.count(sentence.text) == 1:
                    changes[sentence.text] = changed
                break
    assert len(changes) == how_many, "the article has too few numbers for this test"
    for original, changed in changes.items():
        text = text.replace(original, changed)
    # Reword a few words in sentences whose numbers were left alone.
    for original, changed in (("said", "stated"), ("told", "informed"), ("group", "organisation")):
        text = re.sub(rf"\b{original}\b", changed, text, count=2)
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    rng.shuffle(paragraphs)
    return "\n\n".join(paragraphs), changes


@pytest.mark.parametrize("seed_index", [2, 4])
def test_ten_changed_numbers_are_ten_conflicts_and_nothing_else(seeds, seed_index):
    original = load_document(seeds[seed_index])
    edited_text, changes = edited_copy(original.text, 10, seed=seed_index)
    edited = document_from_text(edited_text, title="edited copy")
    comparison = compare(original, edited)

    a_index = {s.text: s.index for s in comparison.a_sentences}
    expected = set()
    for old, new in changes.items():
        # the reworded pass may have touched the changed sentence too: find it by position
        b_matches = [s.index for s in comparison.b_sentences if _same_but_reworded(s.text, new)]
        assert len(b_matches) == 1, new
        expected.add((a_index[old], b_matches[0]))

    conflicted = {(link.a, link.b) for link in comparison.links if link.numbers.conflict}
    linked = {(link.a, link.b) for link in comparison.links}
    assert expected <= linked, "every changed sentence is linked to its original"
    assert conflicted == expected, "conflicts exactly where numbers were changed"


def _same_but_reworded(candidate: str, wanted: str) -> bool:
    def normal(text):
        for original, changed in (("said", "stated"), ("told", "informed"), ("group", "organisation")):
            text = re.sub(rf"\b{changed}\b", original, text)
        return text
    return " ".join(normal(candidate).split()) == " ".join(normal(wanted).split())  # hard wraps may move


def test_comparison_offsets_point_into_each_document(seeds):
    a, b = load_document(seeds[0]), load_document(seeds[2])
    comparison = compare(a, b)
    for document, sentences in ((a, comparison.a_sentences), (b, comparison.b_sentences)):
        for sentence in sentences:
            assert document.text[sentence.start:sentence.end] == sentence.text
    for link in comparison.links:
        sa, sb = comparison.a_sentences[link.a], comparison.b_sentences[link.b]
        for span in link.diff:
            assert sa.start <= span.a_start <= span.a_end <= sa.end
            assert sb.start <= span.b_start <= span.b_end <= sb.end
        for x, y in link.numbers.agree + link.numbers.conflict:
            assert a.text[x.start:x.end] == x.surface and b.text[y.start:y.end] == y.surface


def test_an_article_compared_with_itself_links_every_body_sentence_to_itself(seeds):
    document = load_document(seeds[1])
    comparison = compare(document, document)
    body = [s.index for s in comparison.a_sentences if s.kind == "body"]
    links = {(link.a, link.b) for link in comparison.links}
    assert {(i, i) for i in body} <= links
    assert all(link.relation == "equivalent" and not link.numbers.conflict
               for link in comparison.links if link.a == link.b)


@pytest.mark.parametrize("a, b", [
    ("SHENZHEN, Nov 26 (Reuters) - Huawei launched its new Mate 70 phone on Tuesday, priced at 5,499 yuan.",
     "SHENZHEN, Nov 27 (Reuters) - Huawei launched its new Mate 70 phone on Tuesday, priced at 5,499 yuan."),
    ("Nov 26 (Reuters) - Huawei launched its new Mate 70 phone on Tuesday, priced at 5,499 yuan.",
     "Nov 27 (Reuters) - Huawei launched its new Mate 70 phone on Tuesday, priced at 5,499 yuan."),
    ("SHENZHEN, China, Nov. 26 — Huawei launched its new Mate 70 phone on Tuesday, priced at 5,499 yuan.",
     "SHENZHEN, China, Nov. 27 — Huawei launched its new Mate 70 phone on Tuesday, priced at 5,499 yuan."),
    ("本报深圳11月26日电 华为公司周二发布了新款手机，起售价为5499元。",
     "新华社深圳11月27日电（记者 李明）华为公司周二发布了新款手机，起售价为5499元。"),
])
def test_the_filing_date_of_a_dateline_is_no_dispute(a, b):
    comparison = compare(document_from_text(a), document_from_text(b))
    (link,) = comparison.links
    # The two filing dates differ, and are shown to; the claim is the same.
    assert len(link.numbers.conflict) == 1 and all(x.role == y.role == FILING_DATE for x, y in link.numbers.conflict)
    assert not link.has_conflict and link.relation == "equivalent"
    # The same dates in the story itself are a dispute.
    comparison = compare(document_from_text("Huawei launched its new phone on Nov 26, priced at 5,499 yuan."),
                         document_from_text("Huawei launched its new phone on Nov 27, priced at 5,499 yuan."))
    assert [(x.surface, y.surface) for x, y in comparison.links[0].numbers.conflict] == [("Nov 26", "Nov 27")]


def test_a_filing_date_never_disputes_the_date_of_the_event():
    rest = ("\n\nThe rocket carried two weather satellites.\n\nThe company said it would study the telemetry "
            "before the next flight.\n\nShares in the maker fell sharply in early trading.")
    comparison = compare(
        document_from_text("CAPE HARLOW, March 6 (Global Wire) - The Aster rocket failed on Thursday, March 5." + rest),
        document_from_text("SHENZHEN, Nov 26 (Reuters) - The Aster rocket failed on Thursday, March 6." + rest))
    link = next(link for link in comparison.links if link.a == link.b == 0)
    assert [(x.surface, y.surface, x.role) for x, y in link.numbers.conflict] == [
        ("March 6", "Nov 26", FILING_DATE), ("March 5", "March 6", "")]
    assert link.numbers.only_a == link.numbers.only_b == () and link.has_conflict
    comparison = compare(
        document_from_text("CAPE HARLOW, March 6 (Global Wire) - The Aster rocket failed shortly after launch." + rest),
        document_from_text("The Aster rocket failed shortly after launch on Thursday, March 5." + rest))
    link = next(link for link in comparison.links if link.a == link.b == 0)
    assert link.numbers.conflict == () and link.numbers.only_a == ()


def test_a_run_on_text_of_thousands_of_words_keeps_its_unchanged_start_and_end():
    # Text without full stops is one "sentence"; difflib alone took 12 s on 24,000 words of it.
    words = "the council said budget road school park housing tax police river bridge".split()
    run_on = " ".join(words[(i * 7) % len(words)] for i in range(3000))
    changed = run_on[:8000] + " committee " + run_on[8000:]
    (link,) = compare(document_from_text(run_on), document_from_text(changed)).links
    first, last = link.diff[0], link.diff[-1]
    assert first.op == "equal" and first.a_end >= 7900 and last.op == "equal" and last.a_start <= 8100
    inserted = [span for span in link.diff if span.op != "equal"]
    assert inserted and all(span.b_start >= 7900 for span in inserted)
    assert any("committee" in changed[span.b_start:span.b_end] for span in inserted)
