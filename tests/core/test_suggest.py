"""The suggested tag per sentence (reader.core.suggest): on two real reports of
one story (seeds 000 and 002), then the edge cases on comparisons built by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.compare import compare
from reader.core.document import load_document
from reader.core.model import Comparison, Document, Link, NumberLedger, NumberMention, Sentence
from reader.core.suggest import CORROBORATED, DISPUTED, SINGLE_SOURCE, suggest
from reader.core.tags import TAG_KINDS

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def seed_comparison() -> Comparison:
    # 000 (Reuters) and 002 (another outlet) report the Wagner commander's asylum request.
    return compare(load_document(str(SEEDS[0])), load_document(str(SEEDS[2])))


def only(sentences, *words):
    found = [s for s in sentences if all(w in s.text for w in words)]
    assert len(found) == 1, (words, [s.text for s in found])
    return found[0]


def test_suggestions_are_tag_kinds_one_per_sentence_in_order(seed_comparison):
    assert {CORROBORATED, SINGLE_SOURCE, DISPUTED} == set(TAG_KINDS)
    for side, sentences in (("a", seed_comparison.a_sentences), ("b", seed_comparison.b_sentences)):
        evidence = suggest(seed_comparison, side)
        assert [e.index for e in evidence] == [s.index for s in sentences]
        assert {e.suggested for e in evidence} <= set(TAG_KINDS) | {None}


def test_the_month_the_two_sources_disagree_on_is_disputed(seed_comparison):
    """000 says the sledgehammer video was shown in November, 002 that it went viral in December."""
    a = only(seed_comparison.a_sentences, "November", "sledgehammer")
    b = only(seed_comparison.b_sentences, "December", "sledgehammer")
    ev_a = suggest(seed_comparison, "a")[a.index]
    ev_b = suggest(seed_comparison, "b")[b.index]
    link = next(link for link in ev_a.links if link.b == b.index)
    assert ("November", "December") in [(x.surface, y.surface) for x, y in link.numbers.conflict]
    assert ev_a.conflict and ev_b.conflict
    assert ev_a.suggested == ev_b.suggested == DISPUTED


def test_a_claim_only_one_source_makes_is_single_source(seed_comparison):
    # 002 never reports Prigozhin's defence of his group's fighting record.
    a = only(seed_comparison.a_sentences, "effective fighting force")
    evidence = suggest(seed_comparison, "a")[a.index]
    assert a.kind == "body"
    assert evidence.links == () and evidence.state == "unmatched"
    assert evidence.suggested == SINGLE_SOURCE


def test_single_source_is_exactly_the_unmatched_body_sentences(seed_comparison):
    for side in ("a", "b"):
        unmatched = {s.index for s in seed_comparison.unmatched(side)}
        assert unmatched, "each source says something the other does not"
        single = {e.index for e in suggest(seed_comparison, side) if e.suggested == SINGLE_SOURCE}
        assert single == unmatched


def test_a_claim_both_sources_make_is_corroborated(seed_comparison):
    # Both: "... did not address the claims of killings or mistreatment of prisoners in the statement."
    a = only(seed_comparison.a_sentences, "did not address the claims of killings")
    b = only(seed_comparison.b_sentences, "did not address the claims of killings")
    evidence = suggest(seed_comparison, "a")[a.index]
    assert [(link.b, link.relation) for link in evidence.links] == [(b.index, "equivalent")]
    assert not evidence.conflict
    assert evidence.state == "equivalent" and evidence.suggested == CORROBORATED
    assert suggest(seed_comparison, "b")[b.index].suggested == CORROBORATED


def test_headings_and_boilerplate_get_no_suggestion(seed_comparison):
    headline = only(seed_comparison.a_sentences, "seeks asylum in Norway")
    credit = only(seed_comparison.a_sentences, "Reuters")
    assert (headline.kind, credit.kind) == ("heading", "boilerplate")
    kinds = set()
    for side, sentences in (("a", seed_comparison.a_sentences), ("b", seed_comparison.b_sentences)):
        for sentence, evidence in zip(sentences, suggest(seed_comparison, side)):
            if sentence.kind != "body":
                kinds.add(sentence.kind)
                assert evidence.state == sentence.kind
                assert evidence.suggested is None
    assert kinds == {"heading", "boilerplate"}


# Edge cases the seeds may not show, on a comparison built by hand.

TEXT_A = "Title\n\nOne. Two. Three. Four."
TEXT_B = "Uno. Dos. Tres. Cuatro. Cinco."


def sentences_of(text: str, kinds: tuple[str, ...]) -> tuple[Sentence, ...]:
    out, cursor = [], 0
    for index, part in enumerate(text.replace("\n\n", " ").split(" ")):
        start = text.index(part, cursor)
        out.append(Sentence(index, start, start + len(part), part, kinds[index]))
        cursor = start + len(part)
    return tuple(out)


def conflict_ledger() -> NumberLedger:
    return NumberLedger(conflict=((NumberMention(0, 1, "1", "count", 1), NumberMention(0, 1, "2", "count", 2)),))


def hand_comparison(links: tuple[Link, ...]) -> Comparison:
    return Comparison(
        Document("a.txt", "A", TEXT_A, "sha-a"), Document("b.txt", "B", TEXT_B, "sha-b"),
        sentences_of(TEXT_A, ("heading", "body", "body", "body", "body")),
        sentences_of(TEXT_B, ("body",) * 5),
        links,
    )


def test_related_without_a_number_conflict_suggests_nothing():
    evidence = suggest(hand_comparison((Link(1, 0, 0.4, "related"),)), "a")[1]
    assert evidence.state == "related" and not evidence.conflict
    assert evidence.suggested is None


def test_a_number_conflict_wins_over_an_equivalent_link():
    links = (
        Link(1, 0, 0.9, "equivalent", numbers=conflict_ledger()),  # same claim, but a number differs
        Link(2, 1, 0.9, "equivalent"),  # A2 matches B1 ...
        Link(2, 2, 0.5, "related", numbers=conflict_ledger()),  # ... but B2 gives its number differently
        Link(3, 3, 0.5, "related"),
        Link(3, 4, 0.9, "equivalent"),
    )
    a = suggest(hand_comparison(links), "a")
    assert [e.state for e in a] == ["heading", "equivalent", "equivalent", "equivalent", "unmatched"]
    assert [e.suggested for e in a] == [None, DISPUTED, DISPUTED, CORROBORATED, SINGLE_SOURCE]
    assert [link.b for link in a[3].links] == [3, 4]  # in the comparison's order
    b = suggest(hand_comparison(links), "b")
    assert [e.suggested for e in b] == [DISPUTED, CORROBORATED, DISPUTED, None, CORROBORATED]


def test_a_heading_gets_no_suggestion_even_when_linked():
    # The engine only links body text; should a link reach a heading, it still is no claim to tag.
    evidence = suggest(hand_comparison((Link(0, 0, 0.9, "equivalent", numbers=conflict_ledger()),)), "a")[0]
    assert evidence.state == "heading" and evidence.conflict
    assert evidence.suggested is None


def test_side_must_be_a_or_b():
    with pytest.raises(ValueError):
        suggest(hand_comparison(()), "c")


def test_a_report_beside_itself_suggests_no_tag():
    """The same file on both sides links every sentence to itself: nothing there corroborates anything."""
    document = load_document(str(SEEDS[0]))
    comparison = compare(document, load_document(str(SEEDS[0])))
    for side in ("a", "b"):
        evidence = suggest(comparison, side)
        assert any(e.state == "equivalent" for e in evidence)
        assert {e.suggested for e in evidence} == {None}
    # Another outlet's report of the story: its links corroborate again.
    other = compare(document, load_document(str(SEEDS[2])))
    assert CORROBORATED in {e.suggested for e in suggest(other, "a")}
