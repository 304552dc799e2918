"""The warning for a pair of articles that do not look like two reports of one story."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from reader.core.compare import compare
from reader.core.document import document_from_text, load_document
from reader.core.overlap import measure

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
OTHER_STORIES = [ROOT / "tests" / "data" / "furniture" / name
                 for name in ("01_wire_flood.txt", "03_local_factory_fire.txt", "06_magazine_science.txt")]


@pytest.mark.parametrize("a, b", list(itertools.combinations(SEEDS, 2)), ids=lambda p: p.name[:3])
def test_two_reports_of_the_sample_story_get_no_warning(a, b):
    overlap = measure(compare(load_document(a), load_document(b)))
    assert overlap.warning() is None, (overlap, a.name, b.name)
    assert overlap.linked > 0


@pytest.mark.parametrize("other", OTHER_STORIES, ids=lambda p: p.name)
def test_an_article_about_another_story_is_flagged(other):
    seed = load_document(SEEDS[0])
    warning = measure(compare(seed, load_document(other))).warning()
    assert warning is not None and "may not report the same story" in warning


def test_the_same_article_on_both_sides_is_flagged_even_rewrapped():
    document = load_document(SEEDS[2])
    rewrapped = document_from_text(document.text.replace("\n", "\r\n").replace(". ", ".  "), title="copy")
    overlap = measure(compare(document, rewrapped))
    assert overlap.same_text
    assert overlap.warning().startswith("Both sides show the same text")


def test_one_changed_word_is_not_the_same_text():
    document = load_document(SEEDS[2])
    changed = document_from_text(document.text.replace("sledgehammer", "hammer", 1), title="copy")
    overlap = measure(compare(document, changed))
    assert not overlap.same_text and overlap.warning() is None


def test_the_count_is_of_the_shorter_article():
    story = ("The council approved the new tram line on Tuesday. Work on the line starts in May. "
             "The mayor said the cost would be met by a regional grant.")
    other = ("Fishermen in the north reported a record herring catch this week. Prices at the "
             "harbour fell by a third. Buyers from three countries attended the auction. "
             "The harbour master expects a quieter spring. " * 3)
    overlap = measure(compare(document_from_text(story + " " + other, title="a"),
                              document_from_text(story, title="b")))
    assert (overlap.linked, overlap.sentences) == (3, 3)
    assert overlap.warning() is None


def test_an_article_of_nothing_but_furniture_is_pointed_out(seeds):
    """The wrong file, or a page saved before its story loaded: said, not shown as an empty comparison."""
    furniture = document_from_text("Share this article\n\nSign up for our newsletter\n\nRead more\n\nAdvertisement\n")
    warning = measure(compare(furniture, load_document(seeds[0]))).warning()
    assert warning.startswith("Article A holds no story text")
    warning = measure(compare(load_document(seeds[0]), furniture)).warning()
    assert warning.startswith("Article B holds no story text")
    assert measure(compare(furniture, furniture)).warning().startswith("Neither article holds any story text")


@pytest.mark.parametrize("linked, verb", [(1, "has"), (2, "have")])
def test_the_warning_counts_its_sentences_in_good_english(linked, verb):
    from reader.core.overlap import Overlap

    overlap = Overlap(linked=linked, sentences=20, same_text=False, without_story="")
    assert f"sentences of the shorter article {verb} a partner" in overlap.warning()


def test_one_stray_link_between_two_short_reports_of_two_events_is_flagged():
    ferry = ("Ferry capsizes off Bergen\n\nA ferry carrying 212 people capsized off Norway on Tuesday night.\n\n"
             "Rescue crews pulled 198 people from the water.\n\nThe ferry operator said the ship had passed an "
             "inspection.\n\nForecasters had issued a red warning for the western coast on Monday.\n\n"
             "The search will continue through the night.\n")
    quake = ("Earthquake strikes Chile\n\nA strong earthquake struck central Chile early on Sunday.\n\n"
             "The quake hit at a depth of 35 km.\n\nPresident Boric sent the army to help.\n\n"
             "Power was cut to 400,000 homes.\n\nAuthorities briefly issued a tsunami warning for the coast.\n")
    overlap = measure(compare(document_from_text(ferry), document_from_text(quake)))
    assert overlap.linked <= 1
    assert "may not report the same story" in overlap.warning()
