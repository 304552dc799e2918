"""Loose figures, from QA pass 34 (D2, r34o4): a figure a report's deck tells and its body tells again is one
figure, the body's; the deck's copy, hedged otherwise or not, must not make the report's figure look unclear and
silence its loose conflict with the other report (loose_figures.py)."""

from reader.core.compare import compare
from reader.core.model import Document


def _loose(text_a: str, text_b: str) -> list[tuple[str, str]]:
    comparison = compare(Document("a", "a", text_a, "a"), Document("b", "b", text_b, "b"))
    return [(c.a_number.surface, c.b_number.surface) for c in comparison.loose_conflicts]


WEBB_A = """Webb reveals new view of the Lobster Nebula

The image shows about 2,500 young stars, many of them still wrapped in the clouds of gas and dust from which they formed.

Building it required 14 hours of observing time, spread over two days in September 2024.

The James Webb Space Telescope (JWST) has captured a breathtaking new image of the Lobster Nebula, a vast star-forming region in the constellation Scorpius.

The $10 billion observatory launched on Dec. 25, 2021, from Kourou, French Guiana."""

WEBB_B_BODY = """The image reveals roughly {stars} newborn stars, according to the Space Telescope Science Institute.

The 41-hour observation was carried out last September.

The James Webb Space Telescope has released a spectacular new image of a stellar nursery called the Lobster Nebula.

Webb, a US$10-billion telescope, launched on 25 December 2021."""


def _webb_b(deck: str, stars: str = "3,500") -> str:
    return "Webb telescope's new Lobster Nebula image\n\n" + deck + "\n\n" + WEBB_B_BODY.format(stars=stars)


def test_a_figure_the_deck_tells_again_is_still_the_bodys_loose_figure():
    deck = "Canadian-built instrument helped capture 3,500 newborn stars in the Lobster Nebula"
    assert ("2,500", "3,500") in _loose(WEBB_A, _webb_b(deck))


def test_without_the_deck_the_conflict_stands_as_before():
    assert ("2,500", "3,500") in _loose(WEBB_A, _webb_b("Astronomers share a new view of a stellar nursery"))


def test_a_deck_figure_against_a_body_that_agrees_disputes_nothing():
    # B's body gives A's 2,500; its deck's 3,500 sums up something else and is set against no one.
    deck = "Canadian-built instrument helped capture 3,500 newborn stars in the Lobster Nebula"
    assert not [pair for pair in _loose(WEBB_A, _webb_b(deck, stars="2,500")) if "3,500" in pair[1]]


def test_a_deck_that_gives_another_value_than_the_body_still_leaves_the_figure_unclear():
    # Deck 3,000, body 3,500: the report gives two values for the stars, and none is set against A's.
    deck = "Canadian-built instrument helped capture 3,000 newborn stars in the Lobster Nebula"
    assert not [pair for pair in _loose(WEBB_A, _webb_b(deck)) if pair[0] == "2,500"]
