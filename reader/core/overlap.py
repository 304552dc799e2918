"""Whether two articles look like two reports of one story at all.

An editor who opens the wrong file, or the same article twice, sees a screen
of "only in this source" or of "same claim" and may not know why.  This module
turns a comparison into one plain warning for those cases, or none.

The measure is the share of the *shorter* article's story sentences that have
a partner: a short report of a long story links most of what it says, and two
different stories link next to nothing.  Measured (tests/benchmarks, furniture
gold pages and the sample story): on 60 pairs of pages about different stories
the share is at most 0.14 (most often 0.03-0.05, a sentence or two sharing a
rare word); on the ten pairs of the sample story's five reports it is at least
0.23.  The warning says "may": it is a hint to look, not a verdict.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.model import Comparison, Sentence

FEW_LINKED_SHARE = 0.15
# A short article has too few sentences for a share to say much: one stray link between two
# five-sentence reports of two events ("issued a red warning for the western coast" / "issued a
# tsunami warning for the coast") is a fifth of either.  One sentence with a partner, out of this
# many or more, is no sign of one story either.
ONE_LINK_TOO_FEW = 4


@dataclass(frozen=True)
class Overlap:
    """How much of the shorter article has a partner in the other one."""

    linked: int  # story sentences of the shorter article that have a partner
    sentences: int  # story sentences of the shorter article
    same_text: bool  # both articles tell the same sentences, word for word
    without_story: str = ""  # "A", "B" or "A and B": the articles with no story sentence at all
    # With ``same_text``: what differs beside the story, "" when nothing does (one file opened twice),
    # else "headlines" or "headings or page furniture" (one wire story run under two headlines).
    differs_apart: str = ""

    @property
    def share(self) -> float:
        return self.linked / self.sentences if self.sentences else 0.0

    @property
    def one_story_doubtful(self) -> bool:
        """Too few of the shorter article's sentences have a partner for the two to read as one story: none,
        less than ``FEW_LINKED_SHARE`` of them, or one of ``ONE_LINK_TOO_FEW`` or more."""
        return (self.linked == 0 or self.share < FEW_LINKED_SHARE
                or self.linked == 1 and self.sentences >= ONE_LINK_TOO_FEW)

    def warning(self) -> str | None:
        """One sentence for the reader when the pair looks wrong, else None."""
        if self.same_text and self.differs_apart:
            return (f"The story text of A and B is the same word for word: only their {self.differs_apart} "
                    "differ, so there is nothing else to compare.")
        if self.same_text:
            return "Both sides show the same text: there is nothing to compare."
        if self.without_story:
            # All of it read as headings and page furniture ("Share this article", "Advertisement"):
            # the wrong file, or a page saved before its story loaded.
            which = ("Neither article holds any" if self.without_story == "A and B"
                     else f"Article {self.without_story} holds no")
            return (f"{which} story text: every line reads as a heading or page furniture, "
                    "so there is nothing to align.")
        if self.linked == 0:
            return "The two articles share no sentence: they may not report the same story."
        if self.one_story_doubtful:
            verb = "has" if self.linked == 1 else "have"  # "Only 1 of the 10 sentences ... has a partner"
            return (f"Only {self.linked} of the {self.sentences} sentences of the shorter article "
                    f"{verb} a partner in the other: they may not report the same story.")
        return None


def _story(sentences: tuple[Sentence, ...]) -> list[Sentence]:
    return [s for s in sentences if s.kind == "body"]


def _words(sentence: Sentence) -> tuple[str, ...]:
    """The sentence's words, so that line breaks and spacing do not count as a difference."""
    return tuple(sentence.text.split())


def measure(comparison: Comparison) -> Overlap:
    """How much of the shorter report's story the links reach, and whether the two are one text."""
    story_a, story_b = _story(comparison.a_sentences), _story(comparison.b_sentences)
    # Word for word, sentence by sentence, stopping at the first that differs (two reports of a story
    # differ at once; only a file opened twice reads to the end).
    same_text = (bool(story_a) and len(story_a) == len(story_b)
                 and all(_words(x) == _words(y) for x, y in zip(story_a, story_b)))
    side, shorter = ("a", story_a) if len(story_a) <= len(story_b) else ("b", story_b)
    linked = {getattr(link, side) for link in comparison.links}
    without_story = " and ".join(name for name, story in (("A", story_a), ("B", story_b)) if not story)
    differs = _differs_apart_from_the_story(comparison) if same_text else ""
    return Overlap(sum(1 for s in shorter if s.index in linked), len(shorter), same_text, without_story, differs)


def _differs_apart_from_the_story(comparison: Comparison) -> str:
    """What differs between two articles whose story sentences are the same: "" (nothing), or their
    "headlines", "headings or page furniture", or both, told word for word as the story was."""
    headlines = comparison.headlines
    headline_a = headlines.a if headlines else -1
    headline_b = headlines.b if headlines else -1
    differ = []
    if headlines and _words(comparison.a_sentences[headline_a]) != _words(comparison.b_sentences[headline_b]):
        differ.append("headlines")
    rest_a = [_words(s) for s in comparison.a_sentences if s.kind != "body" and s.index != headline_a]
    rest_b = [_words(s) for s in comparison.b_sentences if s.kind != "body" and s.index != headline_b]
    if rest_a != rest_b:
        differ.append("headings or page furniture")
    return " and ".join(differ)
